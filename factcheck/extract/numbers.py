"""Numbers in a sentence: digits, number words, magnitudes, currencies, hedges."""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from ..lexicon import (
    ANAPHORIC_DETERMINERS,
    CONTRAST_WORDS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DURATION_UNITS,
    HEDGES,
    LABEL_WORDS,
    LENGTH_UNITS,
    MAGNITUDES,
    NUMBER_WORDS,
)
from ..model import Hedge
from .text import Token

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred", "thousand", "million", "billion", "trillion"}
# A number mention starts on a digit or on one of these words.
NUMBER_CUES = frozenset(_UNITS) | {"dozen"}
_NUMBER_STARTS = NUMBER_CUES | {"a"}  # "a dozen"
_HEDGE_SEQS = sorted(((tuple(h.split()), v) for h, v in HEDGES.items()), key=lambda x: -len(x[0]))
# The same, by last word: only hedges ending on the word before a number are tried.
_HEDGES_ENDING: dict[str, list[tuple[tuple[str, ...], Hedge]]] = {}
for _seq, _hedge in _HEDGE_SEQS:
    _HEDGES_ENDING.setdefault(_seq[-1], []).append((_seq, _hedge))
# Patterns of the hot path, compiled once (re's own cache is a lookup per call).
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+")
_LETTERS_RE = re.compile(r"[A-Za-z]+")
_ORDINAL_SUFFIX_RE = re.compile(r"(?:st|nd|rd|th)\b")
_CLOCK_OR_RANGE_RE = re.compile(r"\s*(?::\d|[ap]\.?m\b|/\s*\d|[-–]\s*\d)", re.IGNORECASE)
_ZONE_RE = re.compile(r"\s*(?:GMT|UTC|[ECMP][SD]T|hours?\s+(?:GMT|UTC|local))\b")
_YEAR_RE = re.compile(r"1[5-9]\d\d|20\d\d")
_DIGITS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_ATTACHED_OK = {"bn", "m", "mn", "k", "b", "tn", "s"}


@dataclass(frozen=True, slots=True)
class Number:
    """A number mention: tokens ``[start, end)`` hold hedge, number and magnitude."""

    start: int
    end: int
    num_start: int
    value: float
    hedge: Hedge
    contrast: bool
    currency: str
    percent: bool
    anaphoric: bool
    words: bool


def _parse_digits(text: str) -> float | None:
    if not _DIGITS_RE.match(text):
        return None
    if _GROUPED_RE.match(text):
        text = text.replace(",", "")
    elif "," in text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def _number_words(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """Parse a run of number words at ``i`` ("twenty-eight thousand", "a dozen")."""
    low = tokens[i].lower
    if low == "dozen":
        return 12.0, i + 1
    if low == "a" and i + 1 < len(tokens) and tokens[i + 1].lower == "dozen":
        return 12.0, i + 2
    if low not in _UNITS:
        return None
    words: list[str] = []
    j = i
    while j < len(tokens):
        w = tokens[j].lower
        if w in NUMBER_WORDS:
            words.append(w)
            j += 1
        elif w == "-" and words and j + 1 < len(tokens) and tokens[j + 1].lower in _UNITS:
            if tokens[j].start != tokens[j - 1].end:
                break
            j += 1
        elif w == "and" and words and words[-1] in _SCALES and j + 1 < len(tokens) and tokens[j + 1].lower in _UNITS:
            j += 1
        else:
            break
    try:
        return float(text2num(" ".join(words), "en")), j
    except ValueError:
        return None


def _hedge_before(tokens: list[Token], i: int) -> tuple[Hedge, int, bool]:
    """Return the hedge ending just before ``i``, where the value starts, and a contrast word."""
    contrast = False
    j = i
    # "Roughly, another 50,000": a contrast word or comma may stand between hedge and number.
    while j > 0 and (tokens[j - 1].lower in CONTRAST_WORDS or tokens[j - 1].text == ","):
        contrast = contrast or tokens[j - 1].lower in CONTRAST_WORDS
        j -= 1
    for seq, hedge in _HEDGES_ENDING.get(tokens[j - 1].lower, ()) if j > 0 else ():
        k = j - len(seq)
        if k >= 0 and tuple(t.lower for t in tokens[k:j]) == seq:
            return hedge, k, contrast
    return Hedge.EXACT, i, contrast


def find_numbers(tokens: list[Token], text: str) -> list[Number]:
    """Return the number mentions of a sentence that may count or measure something."""
    out: list[Number] = []
    n = len(tokens)
    i = 0  # tokens before i are read
    # Only a digit or a number word ("a dozen" too) can start a number: the rest of the
    # sentence is passed over in one comprehension rather than token by token.
    starts = [k for k, t in enumerate(tokens) if t.text[0].isdigit() or t.lower in _NUMBER_STARTS]
    for k in starts:
        if k < i:
            continue
        i = k
        tok = tokens[i]
        value: float | None = None
        end = i + 1
        words = False
        if tok.is_number:
            if _attached(text, tok):
                i += 1
                continue
            value = _parse_digits(tok.text)
        else:
            parsed = _number_words(tokens, i)
            if parsed is not None:
                value, end = parsed
                words = True
        if value is None:
            i += 1
            continue
        num_start = i
        # Magnitude: "1.2 million", "$3bn", "$184M".
        if end < n and tokens[end].lower in MAGNITUDES and not words:
            mag = tokens[end]
            if (
                mag.lower in ("hundred", "thousand", "million", "billion", "trillion")
                or mag.start == tokens[end - 1].end
            ):
                value *= MAGNITUDES[mag.lower]
                end += 1
        elif words and end < n and tokens[end].lower in ("million", "billion", "trillion"):
            value *= MAGNITUDES[tokens[end].lower]
            end += 1
        currency = ""
        start = i
        if i > 0 and tokens[i - 1].text in CURRENCY_SYMBOLS:
            currency = CURRENCY_SYMBOLS[tokens[i - 1].text]
            start = i - 1
            if start > 0 and tokens[start - 1].lower == "us" and tokens[start - 1].end == tokens[start].start:
                start -= 1
        elif end < n and tokens[end].lower in CURRENCY_WORDS and not _weighed(tokens, i, end, value):
            currency = CURRENCY_WORDS[tokens[end].lower]
            end += 1
        percent = False
        if end < n and tokens[end].text == "%":
            percent, end = True, end + 1
        elif end < n and tokens[end].lower in ("percent", "pct"):
            percent, end = True, end + 1
        elif end + 1 < n and tokens[end].lower == "per" and tokens[end + 1].lower == "cent":
            percent, end = True, end + 2
        hedge, hstart, contrast = _hedge_before(tokens, start)
        before = tokens[hstart - 1].lower if hstart > 0 else ""
        anaphoric = before in ANAPHORIC_DETERMINERS
        out.append(Number(hstart, end, num_start, value, hedge, contrast, currency, percent, anaphoric, words))
        i = end
    return out


def _weighed(tokens: list[Token], i: int, end: int, value: float) -> bool:
    """Whether the "pounds" at ``tokens[end]`` after the number at ``tokens[i]`` weigh,
    not pay: a word of weighing comes just before ("weighs 4.5 pounds", "weighing about
    200 pounds"), or "of" and a thing follow an amount below a million ("4,400 pounds of
    cocaine"; "5 million pounds of funding" is money)."""
    if tokens[end].lower not in ("pound", "pounds"):
        return False
    if any(t.lower.startswith("weigh") for t in tokens[max(0, i - 3) : i]):
        return True
    return value < 1e6 and end + 1 < len(tokens) and tokens[end + 1].lower == "of"


def _attached(text: str, tok: Token) -> bool:
    """Return whether a digit run is glued to letters, as in identifiers ("A380", "cwlim34")."""
    if tok.start > 0 and (text[tok.start - 1].isalpha() or text[tok.start - 1] in "_#@/"):
        return True
    tail = _LETTERS_RE.match(text, tok.end)
    if tail and tail.group(0).lower() not in _ATTACHED_OK and tail.group(0).lower() not in ("st", "nd", "rd", "th"):
        return True
    return False


def is_label(tokens: list[Token], number: Number, text: str) -> bool:
    """Return whether a number labels, ranks or times something rather than counting it."""
    i, end = number.num_start, number.end
    tok = tokens[i]
    before = tokens[i - 1].lower if i > 0 else ""
    after = tokens[end].text if end < len(tokens) else ""
    rest_at = tokens[end - 1].end
    if before in LABEL_WORDS or before == "#":
        return True
    if _ORDINAL_SUFFIX_RE.match(text, tok.end):  # ordinals: "81st"
        return True
    if _CLOCK_OR_RANGE_RE.match(text, rest_at):
        return True  # clock times, ratios and page counters, ranges ("1910-45")
    if _ZONE_RE.match(text, rest_at):
        return True  # "at 0737 GMT": a clock time
    if i > 0 and tokens[i - 1].text in ("/", ":") and tokens[i - 1].end == tok.start:
        return True
    if i > 1 and tokens[i - 1].text in ("-", "–") and tokens[i - 2].is_number:
        dash, first = tokens[i - 1], tokens[i - 2]
        if first.end == dash.start and dash.end == tok.start:
            return True  # the second of "9-14" (a record, a score, a range), not a count of its noun
    if after == "(" and not number.words:
        return False
    # A bare year ("in 2012") is a date, not a count.
    if not number.words and _YEAR_RE.fullmatch(tok.text) and not number.currency:
        return True
    return False


def compound_unit(tokens: list[Token], number: Number) -> str | None:
    """Return the hyphenated unit glued to a number ("21-article", "90-day"), if any."""
    end = number.end
    if end + 1 < len(tokens) and tokens[end].text == "-" and tokens[end].start == tokens[end - 1].end:
        return tokens[end + 1].lower
    return None


def length_unit(word: str) -> float | None:
    """Return how many kilometres a length unit is ("miles" -> 1.609), if it is one."""
    w = word[:-1] if word.endswith("s") and word[:-1] in LENGTH_UNITS else word
    return LENGTH_UNITS.get(w)


def duration_unit(word: str) -> str | None:
    """Return the duration unit a word names ("months" -> "month"), if any."""
    w = word.rstrip("s") if word.endswith("s") else word
    return w if w in DURATION_UNITS else None
