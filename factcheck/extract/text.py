"""Text layout for extraction: body paragraphs, sentences with line numbers, tokens."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple, Protocol, TypeVar

from ..lexicon import ABBREVIATIONS, MONTHS, WEEKDAYS

# Page furniture: navigation, sharing and comment widgets, bylines, photo credits.
# Four patterns, each run only where it can match: the widget words on the case-folded
# line (a case-insensitive word alternation is three times slower), a bracketed photo
# credit, a byline or label at the start, an e-mail address.
_WIDGET_RE = re.compile(
    r"""(?x)
    \b(?:log\s?in|sign\s?in|sign\s?up|subscribe|newsletter|copyright|
    \d+\s+comments?|(?:leave|post|write)\s+(?:a\s+)?comments?|comments?\s+section|
    all\ rights\ reserved|click\ here|follow\ us|share\ this|back\ to\ top|
    link\ copied|read\ more|related\ articles?|advertisement)\b
    """
)
_CREDIT_RE = re.compile(r"\[[^\]]*\b(?:photo|image|picture|video)\b[^\]]*\]", re.IGNORECASE)
_LABEL_RE = re.compile(r"\s*(?:published\s*:|posted\s*:|updated\s*:|photo\s*:|file\s+(?:photo|picture))", re.IGNORECASE)
# A byline: "By" and a run of capitalized words that ends the line or a comma, "and" or a
# bar ("By Jane Roe, Reuters."), on a short line. Not "By Monday, police had arrested 20
# people." nor "By then, ...": a time, and prose.
_NOT_BYLINE = ("the", "then", "now", "this", "that", "last", "early", "late", "noon", "midnight", "mid")
_BYLINE_RE = re.compile(
    r"\s*(?:[Bb]y|BY)\s+(?!(?:"
    + "|".join(w.capitalize() for w in sorted({*_NOT_BYLINE, *WEEKDAYS, *MONTHS}, key=lambda w: (-len(w), w)))
    + r")\b)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*(?:[,(|]|and\b|[.]?$)"
)
_BYLINE_WORDS = 12
_EMAIL_RE = re.compile(r"\S+@\S+\.\w+")
_DIGIT_RE = re.compile(r"\d")
_FOREIGN_LETTER_RE = re.compile(r"[^\W\d_\x00-\x7f]")  # a letter beyond ASCII
_ASCII_LETTER_RE = re.compile(r"[A-Za-z]")
# A body sentence ends like prose (a stop, then closing marks); headlines, menus and captions do not.
_CLOSERS = "\"'”’)]"
_CLOSERS_AND_SPACE = _CLOSERS + " \t"
_SENTENCE_END_RE = re.compile(r"""[.!?]["'”’)\]]*(?=\s+["'“‘(]?[A-Z0-9])""")
_ASCII_RUN_RE = re.compile(r"[a-z]+")
_ANY_RUN_RE = re.compile(r"[A-Za-z]+")
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


class Cues(NamedTuple):
    """What a sentence holds that an extractor needs before it can find anything.

    Made without tokenizing: most sentences of news state no fact, and those are
    passed over for the price of two C-speed scans. Every extractor says which cues
    it needs (``may_*`` next to it); a cue is never missing where the extractor would
    find something, so skipping changes no result.
    """

    digits: bool
    quote: bool
    words: frozenset[str]  # every run of letters, case-folded


def cues(text: str) -> Cues:
    """Return the cues of a sentence (see ``Cues``)."""
    words = set(_ASCII_RUN_RE.findall(text.casefold()))
    if not text.isascii():
        # A letter beyond ASCII may fold into ASCII letters ("ſ" -> "s") and join a
        # run, while the tokenizer splits there: take the runs both ways.
        words.update(w.lower() for w in _ANY_RUN_RE.findall(text))
    return Cues(_DIGIT_RE.search(text) is not None, '"' in text or "“" in text, frozenset(words))


_new_tuple = tuple.__new__


# A line this long is prose though no stop ends it: a sentence cut short where the page
# was copied, or a lede that lost its period. Headlines and labels are shorter.
_UNSTOPPED_PROSE = 20


def is_furniture(line: str) -> bool:
    """Return whether a line is page furniture rather than article prose."""
    stripped = line.strip()
    if not stripped.rstrip(_CLOSERS_AND_SPACE).endswith((".", "!", "?")) and len(stripped.split()) < _UNSTOPPED_PROSE:
        return True  # prose ends on a stop, perhaps inside quotes or brackets ('show. "' too)
    if len(stripped.split()) < 4:
        return True
    # Lines mostly in another script (navigation in the site's language) are furniture.
    if not stripped.isascii():
        # Curly quotes are not letters: ASCII letters are counted only when others exist.
        foreign = len(_FOREIGN_LETTER_RE.findall(stripped))
        if foreign:
            ascii_letters = len(_ASCII_LETTER_RE.findall(stripped))
            if ascii_letters < 0.8 * (foreign + ascii_letters):
                return True
    return (
        _WIDGET_RE.search(stripped.casefold()) is not None
        or ("[" in stripped and _CREDIT_RE.search(stripped) is not None)
        or _LABEL_RE.match(stripped) is not None
        or (_BYLINE_RE.match(stripped) is not None and len(stripped.split()) <= _BYLINE_WORDS)
        or ("@" in stripped and _EMAIL_RE.search(stripped) is not None)
    )


# No prose sentence is longer (news sentences run to about 400 characters): a longer run
# without a stop is a table, a list or garbage, whose "clauses" would be misread, and whose
# every value would cost a read of its whole length.
LONGEST_SENTENCE = 3_000


def body_sentences(text: str) -> Iterator[Sentence]:
    """Yield the prose sentences of an article, each with its 1-based line and column."""
    for number, line in enumerate(text.splitlines(), start=1):
        if is_furniture(line):
            continue
        yield from (s for s in _split_line(line, number) if len(s.text) <= LONGEST_SENTENCE)


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
    # the word before the period (word characters and periods), read backwards: a
    # pattern anchored at the end would be tried from every position of the line
    first = dot
    while first > 0 and (line[first - 1].isalnum() or line[first - 1] in "_."):
        first -= 1
    before = line[first:dot].lower()
    if not before:
        return False
    if len(before) == 1 and before.isalpha():  # an initial: "S. Korea", "John F. Kennedy"
        return True
    return before.rstrip(".") in ABBREVIATIONS


def tokenize(text: str) -> list[Token]:
    """Split a sentence into words, numbers and marks."""
    # tuple.__new__ skips the named tuple's Python-level constructor: a quarter faster.
    return [_new_tuple(Token, (w := m.group(), w.lower(), m.start(), m.end())) for m in _TOKEN_RE.finditer(text)]


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...


_S = TypeVar("_S", bound=_Spanned)


def _start_of(item: _Spanned) -> int:
    return item.start


def starting_in(items: list[_S], lo: int, hi: int) -> list[_S]:
    """The items (places, people named in a sentence: in text order) that start in
    [lo, hi): a binary search, as a sentence may name thousands and ask once per value."""
    return items[bisect.bisect_left(items, lo, key=_start_of) : bisect.bisect_left(items, hi, key=_start_of)]
