"""Text layout for extraction: body paragraphs, sentences with line numbers, tokens."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from ..lexicon import ABBREVIATIONS

# Page furniture: navigation, sharing and comment widgets, bylines, photo credits.
_FURNITURE_RE = re.compile(
    r"""(?ix)
    \b(?:log\s?in|sign\s?in|sign\s?up|subscribe|newsletter|copyright|
    \d+\s+comments?|(?:leave|post|write)\s+(?:a\s+)?comments?|comments?\s+section|
    all\ rights\ reserved|click\ here|follow\ us|share\ this|back\ to\ top|
    link\ copied|read\ more|related\ articles?|advertisement)\b
    | \[[^\]]*\b(?:photo|image|picture|video)\b[^\]]*\]
    | ^\s*(?:by\s+[A-Z]|published\s*:|posted\s*:|updated\s*:|photo\s*:|file\s+(?:photo|picture))
    | \S+@\S+\.\w+
    """
)
# Every match of the pattern above holds one of these (case-folded), or starts with "by".
_FURNITURE_HINTS = (
    "log", "sign", "subscri", "newsletter", "copyright", "comment", "rights", "click", "follow",
    "share", "back", "link", "read", "related", "advertis", "[", "published", "posted",
    "updated", "photo", "file", "@",
)  # fmt: skip
_LETTER_RE = re.compile(r"[^\W\d_]")
_ASCII_LETTER_RE = re.compile(r"[A-Za-z]")
# A body sentence ends like prose; headlines, menus and captions do not.
_PROSE_END_RE = re.compile(r"""[.!?]["'”’)\]]*\s*$""")
_SENTENCE_END_RE = re.compile(r"""[.!?]["'”’)\]]*(?=\s+["'“‘(]?[A-Z0-9])""")
_TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}|\d+(?:st|nd|rd|th)\b|\d+(?:[.,]\d+)*|[A-Za-z]+(?:['’][A-Za-z]+)*|[$€£¥₩%]|\S"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A body sentence and where it stands in its article."""

    text: str
    line: int
    column: int


class Token(NamedTuple):
    """A word, number or mark of a sentence, with its character span.

    A named tuple, not a frozen dataclass: a large corpus has tens of millions of
    tokens, and a tuple is made twice as fast.
    """

    text: str
    lower: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()


def is_furniture(line: str) -> bool:
    """Return whether a line is page furniture rather than article prose."""
    stripped = line.strip()
    if not stripped or not _PROSE_END_RE.search(stripped):
        return True
    if len(stripped.split()) < 4:
        return True
    # Lines mostly in another script (navigation in the site's language) are furniture.
    if not stripped.isascii():
        letters = len(_LETTER_RE.findall(stripped))
        if letters and len(_ASCII_LETTER_RE.findall(stripped)) < 0.8 * letters:
            return True
    folded = stripped.lower()
    if not folded.startswith("by") and not any(hint in folded for hint in _FURNITURE_HINTS):
        return False  # the pattern starts on words and ignores case: slow, so only where it can match
    return _FURNITURE_RE.search(stripped) is not None


def body_sentences(text: str) -> Iterator[Sentence]:
    """Yield the prose sentences of an article, each with its 1-based line and column."""
    for number, line in enumerate(text.splitlines(), start=1):
        if is_furniture(line):
            continue
        yield from _split_line(line, number)


def _split_line(line: str, number: int) -> Iterator[Sentence]:
    start = len(line) - len(line.lstrip())
    for match in _SENTENCE_END_RE.finditer(line):
        end = match.end()
        if _is_abbreviation(line, match.start()):
            continue
        piece = line[start:end].strip()
        if piece:
            yield Sentence(piece, number, start + 1)
        start = end + (len(line[end:]) - len(line[end:].lstrip()))
    piece = line[start:].strip()
    if piece:
        yield Sentence(piece, number, start + 1)


def _is_abbreviation(line: str, dot: int) -> bool:
    """Return whether the period at ``dot`` closes an abbreviation, not a sentence."""
    if line[dot] != ".":
        return False
    word = re.search(r"[\w.]*$", line[:dot])
    before = word.group(0).lower() if word else ""
    if not before:
        return False
    if len(before) == 1 and before.isalpha():  # an initial: "S. Korea", "John F. Kennedy"
        return True
    return before.rstrip(".") in ABBREVIATIONS


def tokenize(text: str) -> list[Token]:
    """Split a sentence into words, numbers and marks."""
    return [Token(w := m.group(), w.lower(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
