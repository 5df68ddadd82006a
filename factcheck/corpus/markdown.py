"""Markdown: YAML front matter as metadata, and the prose with its syntax taken out.

Paragraphs wrapped over several lines become one line of text (sentences may run across
the wraps); each keeps the number of its first source line, and claims are placed on
their exact line afterwards (see ``locate``). Code blocks, HTML comments, link
definitions and table rulers carry no prose and are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

_FRONT_RE = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FENCE_RE = re.compile(r"^\s{0,3}(```|~~~)")
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT_RE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_LIST_RE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_QUOTE_RE = re.compile(r"^\s{0,3}(?:>\s?)+")
_RULER_RE = re.compile(r"^\s*(?:\|?\s*:?-{3,}:?\s*)+\|?\s*$|^\s{0,3}(?:[-*_]\s*){3,}$")
_LINKDEF_RE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[\^[^\]]+\]"), ""),  # footnote marks
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<(?:https?|mailto):[^>]+>"), ""),  # autolinks
    (re.compile(r"</?[A-Za-z][^>\n]*>"), ""),  # inline HTML tags
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"`([^`]*)`"), r"\1"),  # code spans
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])"), r"\1"),  # escapes
)


@dataclass(frozen=True, slots=True)
class MarkdownText:
    """Prose (one paragraph per line), the source line of each line, and the front matter."""

    text: str
    lines: tuple[int, ...]
    meta: dict[str, Any]
    problem: str | None = None


def read_markdown(source: str) -> MarkdownText:
    """Return the prose of a Markdown file and its front matter (empty when it has none)."""
    meta: dict[str, Any] = {}
    problem = None
    first = 1
    m = _FRONT_RE.match(source)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1) or "")
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 2}: " if mark else ""
            problem = f"front matter is not valid YAML ({where}{getattr(exc, 'problem', None) or 'error'}); ignored"
            loaded = None
        if isinstance(loaded, dict):
            meta = {str(k).lower(): v for k, v in loaded.items()}
        first = source.count("\n", 0, m.end()) + 1
        source = source[m.end() :]
    paragraphs: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    fenced = False
    body = _COMMENT_RE.sub(lambda c: "\n" * c.group(0).count("\n"), source)
    for number, raw in enumerate(body.split("\n"), start=first):
        if _FENCE_RE.match(raw):
            fenced = not fenced
            raw = ""
        if fenced or _RULER_RE.match(raw) or _LINKDEF_RE.match(raw) or (current and _SETEXT_RE.match(raw)):
            raw = ""
        heading = _HEADING_RE.match(raw)
        item = _LIST_RE.match(raw)
        line = _inline(_LIST_RE.sub("", _QUOTE_RE.sub("", raw), count=1))
        if raw.strip().startswith("|"):
            line = " ; ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        if heading or item or raw.strip().startswith("|") or not line.strip():
            if current:
                paragraphs.append((start, current))
            current = []
        if not line.strip():
            continue
        if not current:
            start = number
        current.append(_inline(heading.group(1)) if heading else line.strip())
        if heading or raw.strip().startswith("|"):
            paragraphs.append((start, current))
            current = []
    if current:
        paragraphs.append((start, current))
    return MarkdownText(
        text="".join(" ".join(words) + "\n" for _, words in paragraphs),
        lines=tuple(start for start, _ in paragraphs),
        meta=meta,
        problem=problem,
    )


def _inline(text: str) -> str:
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return text
