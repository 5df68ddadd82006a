"""Corpus stage: a folder (or files) in, readable Articles with their metadata out."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .extract.dates import parse_date
from .extract.text import is_furniture
from .lexicon import OUTLET_WORDS
from .model import Article

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
MAX_BYTES = 10 * 1024 * 1024

_PUBLISHED_RE = re.compile(r"(?im)^.{0,80}?\b(?:published|posted|first published|date)\s*:?\s*(.{6,40})")
_OUTLET_RE = re.compile(r"\b((?:The\s+)?(?:[A-Z][\w&.'-]*\s+){0,3}(?:" + "|".join(OUTLET_WORDS) + r"))\b")


class CorpusError(Exception):
    """The corpus path itself is unusable (missing, not a folder or file)."""


@dataclass(frozen=True, slots=True)
class Corpus:
    """The readable articles of a run and one warning per skipped file."""

    articles: tuple[Article, ...]
    warnings: tuple[str, ...]


def read_corpus(paths: Iterable[Path], config: Config, base: Path | None = None) -> Corpus:
    """Read every article under the given paths, skipping unusable files with a warning.

    Raises:
        CorpusError: a given path does not exist.
    """
    files: list[Path] = []
    for path in paths:
        if not path.exists():
            raise CorpusError(f"{path}: no such file or folder")
        if path.is_dir():
            files.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in TEXT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            files.append(path)
    articles: list[Article] = []
    warnings: list[str] = []
    for file in sorted(set(files), key=lambda p: p.as_posix()):
        shown = _display(file, base)
        text, problem = _read_text(file)
        if problem:
            warnings.append(f"{shown}: skipped: {problem}")
            continue
        articles.append(_article(shown, text, config))
    return Corpus(tuple(articles), tuple(warnings))


def _display(file: Path, base: Path | None) -> str:
    base = base or Path.cwd()
    try:
        return file.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return file.as_posix()


def _read_text(file: Path) -> tuple[str, str | None]:
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            return "", f"larger than {MAX_BYTES // (1024 * 1024)} MB"
        data = file.read_bytes()
    except OSError as exc:
        return "", f"cannot read ({exc.strerror or exc})"
    if not data.strip():
        return "", "empty file"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "", "binary file"
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(encoding)
            if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            return text.replace("\r\n", "\n").replace("\r", "\n"), None
        except UnicodeDecodeError:
            continue
    return "", "not valid UTF-8 text (save it as UTF-8)"


def _article(path: str, text: str, config: Config) -> Article:
    source = config.source(path)
    published = source.published or _published_from_text(text)
    outlet = source.outlet or _outlet_from_text(text)
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Article(path=path, text=text, published=published, outlet=outlet, home=source.home, title=title)


def _published_from_text(text: str) -> dt.date | None:
    """Return the date after a "Published :" or "Posted :" label, if the text has one."""
    for m in _PUBLISHED_RE.finditer(text):
        date = parse_date(m.group(1))
        if date is not None:
            return date
    return None


def _outlet_from_text(text: str) -> str | None:
    """Return an outlet's name from the page furniture ("The Korea Herald"), if any."""
    for line in text.splitlines():
        if line.strip() and is_furniture(line):
            m = _OUTLET_RE.search(line)
            if m:
                return m.group(1).strip()
    return None
