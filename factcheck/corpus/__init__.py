"""Corpus stage: files and folders in; articles, with metadata and source lines, out.

Formats: plain text, Markdown with front matter, HTML pages, JSON and JSON Lines dumps
(one article per record). Every file is decoded whatever its encoding. A file that cannot
be used gives one warning line and is skipped; the run goes on.
"""

from __future__ import annotations

import datetime as dt
import errno
import fnmatch
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..config import Config, Input
from ..extract.dates import parse_date
from ..extract.text import is_furniture
from ..lexicon import OUTLET_WORDS
from ..model import Article, Claim
from .decode import Undecodable, decode
from .markdown import read_markdown
from .records import BadJson, field, read_records

PLAIN = frozenset({".txt", ".text"})
MARKDOWN = frozenset({".md", ".markdown"})
HTML = frozenset({".html", ".htm", ".xhtml"})
JSON = frozenset({".json"})
JSON_LINES = frozenset({".jsonl", ".ndjson"})
SUFFIXES = PLAIN | MARKDOWN | HTML | JSON | JSON_LINES

_PUBLISHED_RE = re.compile(r"(?im)^.{0,80}?\b(?:published|posted|first published|date)\s*:?\s*(.{6,40})")
# A dateline stands in the first lines, and says nothing but its date, time and label.
_DATELINE_LINES = 8
_LETTERS_RE = re.compile(r"[a-z]+")
_DATELINE_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed thu thur thurs fri sat sun st nd rd th am pm a m p
    published updated posted last modified first on at et est edt ct cst cdt mt mst mdt pt pst
    pdt gmt utc bst ist cet cest hrs hr jst kst""".split()
)
_OUTLET_WORD_RE = re.compile("|".join(map(re.escape, OUTLET_WORDS)))
_OUTLET_RE = re.compile(r"\b((?:The\s+)?(?:[A-Z][\w&.'-]*\s+){0,3}(?:" + "|".join(OUTLET_WORDS) + r"))\b")
_HTML_IN_TEXT_RE = re.compile(r"</?(?:p|br|div|li|h[1-6])\b[^>]*>", re.I)
# A located claim is looked for this many lines past its paragraph's first line at most.
_SEARCH_LINES = 100


class CorpusError(Exception):
    """A path given on the command line is unusable (it does not exist)."""


@dataclass(frozen=True, slots=True)
class Document:
    """An article and the decoded text of the file it came from (to place claims on lines)."""

    article: Article
    source: str


@dataclass(frozen=True, slots=True)
class Loaded:
    """What one file gave: its articles, and a warning for each thing skipped."""

    documents: tuple[Document, ...]
    warnings: tuple[str, ...] = ()
    skipped: int = 0
    skipped_records: int = 0


@dataclass(frozen=True, slots=True)
class Found:
    """Files to read (each with the name shown in reports), and problems met while looking."""

    files: tuple[tuple[Path, str], ...]
    warnings: tuple[str, ...] = ()


def discover(paths: Iterable[Path], inputs: Input, base: Path | None = None) -> Found:
    """List the files to read under the given paths, in a stable order.

    Folders are walked recursively, hidden files and folders left out, symbolic links
    followed once (a loop is reported, not walked). A file in a folder is read when its
    suffix is a known format or it matches an ``include`` glob, and no ``exclude`` glob
    matches it. A file named on the command line is always read.

    Raises:
        CorpusError: a given path does not exist.
    """
    files: dict[str, tuple[Path, str]] = {}
    warnings: list[str] = []
    for path in paths:
        if not os.path.lexists(path):
            raise CorpusError(f"{path}: no such file or folder")
        if path.is_dir():
            root = _display(path, base)
            prefix = "" if root == "." else root + "/"
            for file, rel in _walk(path, warnings, base):
                if _wanted(rel, file.suffix.lower(), inputs):
                    files.setdefault(prefix + rel, (file, prefix + rel))
        else:
            files.setdefault(_display(path, base), (path, _display(path, base)))
    return Found(tuple(files[k] for k in sorted(files)), tuple(warnings))


def _walk(root: Path, warnings: list[str], base: Path | None) -> Iterator[tuple[Path, str]]:
    """Yield each file under ``root`` with its path inside ``root``, in sorted order."""
    seen: set[tuple[int, int]] = set()

    def problem(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        warnings.append(f"{_display(where, base)}: skipped: cannot read folder ({exc.strerror or exc})")

    for folder, dirs, names in os.walk(root, followlinks=True, onerror=problem):
        here = Path(folder)
        try:
            st = here.stat()
        except OSError:
            dirs[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:
            warnings.append(f"{_display(here, base)}: skipped: symbolic link loop")
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        inside = os.path.relpath(folder, root).replace(os.sep, "/")
        inside = "" if inside == "." else inside + "/"
        for name in sorted(names):
            if not name.startswith("."):
                yield here / name, inside + name


def _wanted(rel: str, suffix: str, inputs: Input) -> bool:
    if any(_glob(rel, g) for g in inputs.exclude):
        return False
    if inputs.include:
        return any(_glob(rel, g) for g in inputs.include)
    return suffix in SUFFIXES


def _glob(rel: str, pattern: str) -> bool:
    """fnmatch on the path inside the folder; "**/" may also match nothing, a bare name any folder."""
    pattern = pattern.strip().removeprefix("./")
    candidates = {pattern}
    while pattern.startswith("**/"):
        pattern = pattern[3:]
        candidates.add(pattern)
    if "/" not in pattern:
        return any(fnmatch.fnmatchcase(part, pattern) for part in rel.split("/")) or fnmatch.fnmatchcase(rel, pattern)
    return any(fnmatch.fnmatchcase(rel, c) or fnmatch.fnmatchcase(rel, c.rstrip("/") + "/*") for c in candidates)


def load(file: Path, shown: str, config: Config) -> Loaded:
    """Read one file into its articles; never raises for a bad file, it warns instead."""
    suffix = file.suffix.lower()
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            return _skip(shown, "a folder")
        if not stat.S_ISREG(info.st_mode):
            return _skip(shown, "not a regular file (a pipe, socket or device)")
        size = info.st_size
        if size > config.input.max_file_size:
            return _skip(shown, f"larger than the size limit ({_size(size)} > {_size(config.input.max_file_size)})")
        data = file.read_bytes()
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # a symbolic link that points at itself
            return _skip(shown, "symbolic link loop")
        reason = "broken symbolic link" if file.is_symlink() and not file.exists() else exc.strerror or str(exc)
        return _skip(shown, f"cannot read ({reason})")
    if not data.strip():
        return _skip(shown, "empty file")
    try:
        source = decode(data, markup=suffix in HTML)
    except Undecodable as exc:
        return _skip(shown, str(exc))
    if not source.strip():
        return _skip(shown, "empty file")
    if suffix in HTML:
        return _html(shown, source, config)
    if suffix in MARKDOWN:
        return _markdown(shown, source, config)
    if suffix in JSON | JSON_LINES:
        return _records(shown, source, config, suffix in JSON_LINES)
    return Loaded((Document(_plain(shown, source, config), source),))


def _skip(shown: str, reason: str) -> Loaded:
    return Loaded((), (f"{shown}: skipped: {reason}",), 1)


def _size(n: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}".replace(".0 ", " ")
    return f"{n} bytes"


def _plain(path: str, text: str, config: Config) -> Article:
    source = config.source(path)
    return Article(
        path=path,
        text=text,
        published=source.published or _published_from_text(text) or _dateline(text),
        outlet=source.outlet or _outlet_from_text(text),
        home=source.home,
        title=next((line.strip() for line in text.splitlines() if line.strip()), None),
    )


def _markdown(shown: str, source: str, config: Config) -> Loaded:
    md = read_markdown(source)
    meta = md.meta
    stated = config.source(shown)
    article = Article(
        path=shown,
        text=md.text,
        published=stated.published
        or _date(_first(meta, "date", "published", "pubdate"))
        or _published_from_text(md.text)
        or _dateline(md.text),
        outlet=stated.outlet or _text(_first(meta, "outlet", "source", "publisher", "site")),
        home=stated.home,
        title=_text(meta.get("title")) or next((line for line in md.text.splitlines() if line.strip()), None),
        url=_text(_first(meta, "url", "link", "canonical")),
        lines=md.lines,
    )
    warnings = (f"{shown}: {md.problem}",) if md.problem else ()
    return Loaded((Document(article, source),), warnings)


def _html(shown: str, source: str, config: Config) -> Loaded:
    from .html import BrokenHtml, read_html  # trafilatura takes 0.1 s to import: only for HTML

    try:
        page = read_html(source)
    except BrokenHtml as exc:
        return _skip(shown, str(exc))
    stated = config.source(shown)
    article = Article(
        path=shown,
        text=page.text,
        published=stated.published or _date(page.date),
        outlet=stated.outlet or page.site,
        home=stated.home,
        title=page.title,
        url=page.url,
        lines=page.lines,
    )
    return Loaded((Document(article, source),))


def _records(shown: str, source: str, config: Config, lines_format: bool) -> Loaded:
    fields = config.input.fields
    documents: list[Document] = []
    warnings: list[str] = []
    names: set[str] = set()
    try:
        for record in read_records(source, lines_format):
            where = f"{shown}:{record.line}"
            if record.fields is None:
                warnings.append(f"{where}: skipped: {record.problem}")
                continue
            text = field(record.fields, fields.text)
            if not isinstance(text, str) or not text.strip():
                warnings.append(f"{where}: skipped: record has no text (looked for: {', '.join(fields.text)})")
                continue
            if _HTML_IN_TEXT_RE.search(text):
                from .html import html_fragment

                text = html_fragment(text)
            ident = _text(field(record.fields, fields.id)) or str(record.number)
            name = f"{shown}#{ident}"
            if name in names:
                name = f"{shown}#{ident}@{record.line}"
            names.add(name)
            stated = config.source(name)
            text = "\n".join(line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
            article = Article(
                path=name,
                text=text,
                published=stated.published or _date(field(record.fields, fields.date)),
                outlet=stated.outlet or _text(field(record.fields, fields.outlet)),
                home=stated.home,
                title=_text(field(record.fields, fields.title)),
                url=_text(field(record.fields, fields.url)),
                lines=(record.line,) * (text.count("\n") + 1),
            )
            documents.append(Document(article, source))
    except BadJson as exc:
        return _skip(shown, str(exc))
    return Loaded(tuple(documents), tuple(warnings), 0, len(warnings))


def _first(meta: dict[str, Any], *keys: str) -> Any:
    return next((meta[k] for k in keys if meta.get(k) not in (None, "")), None)


def _text(value: Any) -> str | None:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip() or None
    return None


def _date(value: Any) -> dt.date | None:
    """A publication date from metadata: a YAML/JSON date, ISO text, or "Nov. 23, 2016"."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        try:  # ISO 8601, with or without a time: "2023-03-14T09:30:00-05:00"
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return parse_date(value[:80])
    return None


def _display(file: Path, base: Path | None) -> str:
    base = base or Path.cwd()
    try:
        return file.absolute().relative_to(base.absolute()).as_posix()
    except ValueError:
        return file.as_posix()


def _published_from_text(text: str) -> dt.date | None:
    """Return the date after a "Published :" or "Posted :" label, if the text has one."""
    for m in _PUBLISHED_RE.finditer(text):
        date = parse_date(m.group(1))
        if date is not None:
            return date
    return None


def _dateline(text: str) -> dt.date | None:
    """Return the date of a dateline above the story ("Nov. 30, 2009", "Updated: July 2,
    2013 15:01 IST", "Tue, 02 Jul 2013 12:28 CDT"): a line before the first prose line
    that holds a full date and nothing else but weekdays, times, zones and labels."""
    for line in text.splitlines()[:_DATELINE_LINES]:
        stripped = line.strip()
        if not stripped:
            continue
        if not is_furniture(stripped):
            return None  # the story has begun: a date further down is no dateline
        if len(stripped) > 60 or not stripped[0].isalnum():
            continue
        words = set(_LETTERS_RE.findall(stripped.lower()))
        if words <= _DATELINE_WORDS and (date := parse_date(stripped) or parse_date(stripped.title())):
            return date
    return None


def _outlet_from_text(text: str) -> str | None:
    """Return an outlet's name from the page furniture ("The Korea Herald"), if any."""
    for line in text.splitlines():
        # an outlet's word first: a cheap test before the furniture test
        if _OUTLET_WORD_RE.search(line) and line.strip() and is_furniture(line):
            m = _OUTLET_RE.search(line)
            if m:
                return m.group(1).strip()
    return None


def locate(claims: Iterable[Claim], document: Document) -> tuple[Claim, ...]:
    """Point each claim at the line (and column) of the original file where its value stands.

    Each line of an article's text knows the source line its paragraph starts on; the
    value is then looked for from there to the next paragraph, as the same occurrence
    (the second "12" of a paragraph is found as the second). When the markup splits the
    value, the claim keeps its paragraph's line.
    """
    claims = tuple(claims)
    mapping = document.article.lines
    if not mapping:
        return claims
    text_lines = document.article.text.split("\n")
    source_lines = document.source.split("\n")
    out = []
    for claim in claims:
        index = min(max(claim.line - 1, 0), len(mapping) - 1)
        start = mapping[index]
        later = [n for n in mapping[index + 1 :] if n > start]
        stop = min(later[0] if later else start + _SEARCH_LINES, start + _SEARCH_LINES, len(source_lines)) + 1
        if len(set(mapping)) == 1:  # a record: its text is on its own line
            stop = start + 1
        before = text_lines[index][: max(claim.column - 1, 0)] if index < len(text_lines) else ""
        place = None
        for needle in _needles(claim.value):
            place = _nth(source_lines, start, stop, needle, before.count(needle))
            if place:
                break
        line, column = place or (start, 1)
        out.append(replace(claim, line=line, column=column))
    return tuple(out)


def _needles(value: str) -> list[str]:
    """The value as written, then its last number, then its last word."""
    words = value.split()
    numbers = [w for w in words if any(ch.isdigit() for ch in w)]
    return [n for n in dict.fromkeys([value, *(numbers[-1:]), *(words[-1:])]) if n]


def _nth(lines: list[str], start: int, stop: int, needle: str, skip: int) -> tuple[int, int] | None:
    """The (line, column) of the ``skip``-th next occurrence of ``needle`` in lines [start, stop)."""
    for number in range(max(start, 1), min(stop, len(lines) + 1)):
        col = lines[number - 1].find(needle)
        while col >= 0:
            if skip == 0:
                return number, col + 1
            skip -= 1
            col = lines[number - 1].find(needle, col + 1)
    return None
