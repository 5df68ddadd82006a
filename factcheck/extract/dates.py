"""Calendar dates and periods in a sentence ("Nov. 30", "December 2014", "1910-45")."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..lexicon import MONTHS
from .text import Cues

_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_FULL_MONTHS = "January February March April June July August September October November December".split()
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_PART = r"(?P<part>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
_PATTERNS = [
    ("mdy", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    ("dmy", rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
    ("range", r"\b(?P<y1>1[6-9]\d\d|20\d\d)\s?[-–]\s?(?P<y2>\d\d(?:\d\d)?)\b(?![-–]\d)"),
    ("part_my", rf"\b{_PART}[-\s]+{_MONTH}\s+{_YEAR}\b"),
    ("part_y", rf"\b{_PART}[-\s]+{_YEAR}\b"),
    ("my", rf"\b{_MONTH},?\s+{_YEAR}\b"),
    ("md", rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s*\d)(?!:)"),
    # "February's show": a month named alone is a date only when the possessive makes it
    # one ("May's" is left out: it is as often a name).
    ("mposs", rf"\b(?P<month>{'|'.join(_FULL_MONTHS)})(?=['’]s)\b"),
    # "in September", "since March": a month named alone after a preposition of time
    (
        "prep",
        r"(?:(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Dd]uring\s))"
        rf"(?P<month>{'|'.join([*_FULL_MONTHS, 'May'])})\b(?![.,]?\s*\d)(?!['’]s)",
    ),
    ("dm", rf"\b{_DAY}\s+{_MONTH}\b"),
    # "next March", "last September", "this June": a month the publication date places
    ("rel", rf"\b(?P<rel>[Nn]ext|[Ll]ast|[Tt]his)\s+{_MONTH}\b(?![.,]?\s*\d)"),
    ("y", rf"(?<![\d,.$£€-]){_YEAR}(?![\d,.]\d|[-–]\d|\s*(?:%|per\s?cent))\b"),
]
# Every date starts on a digit, a capital (a month) or a lowercase "early/mid/late/the/next/last/this":
# the lookahead turns every other position away before the ten alternatives are tried.
_DATE_RE = re.compile(
    "(?=[0-9A-Zemlnt])(?:" + "|".join(f"(?P<{n}>{p.replace('(?P<', f'(?P<{n}_')})" for n, p in _PATTERNS) + ")"
)


_ANY_YEAR = 2000  # a leap year, so that "Feb. 29" without a year is a date


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or period: ``low``/``high`` are ordinal days, ``normalized`` ISO-like."""

    start: int
    end: int
    text: str
    low: int
    high: int
    normalized: str
    precision: str


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _span(y: int, m1: int, d1: int, m2: int, d2: int | None = None) -> tuple[int, int]:
    last = calendar.monthrange(y, m2)[1] if d2 is None else d2
    return dt.date(y, m1, d1).toordinal(), dt.date(y, m2, last).toordinal()


_MONTH_CUES = frozenset(m.lower() for m in _FULL_MONTHS)


def may_date(cues: Cues) -> bool:
    """Whether ``find_dates`` may find anything: every date holds a digit but
    "February's" (a month named alone, see ``_PATTERNS``)."""
    return cues.digits or not cues.words.isdisjoint(_MONTH_CUES)


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Return the dates and periods stated in ``text``.

    A day and month without a year ("Nov. 30") takes its year from the publication
    date when known (the nearest such date not more than a month ahead); otherwise it
    is skipped, since it cannot be compared.
    """
    out: list[DateMention] = []
    for m in _DATE_RE.finditer(text):
        kind = m.lastgroup or ""
        g = {k[len(kind) + 1 :]: v for k, v in m.groupdict().items() if v and k.startswith(kind + "_")}
        mention = _mention(kind, g, published)
        if mention is None:
            continue
        low, high, norm, precision = mention
        out.append(DateMention(m.start(), m.end(), m.group(0), low, high, norm, precision))
    return out


def _mention(kind: str, g: dict[str, str], published: dt.date | None) -> tuple[int, int, str, str] | None:
    try:
        if kind in ("mdy", "dmy"):
            y, mo, d = int(g["year"]), _month(g["month"]), int(g["day"])
            day = dt.date(y, mo, d).toordinal()
            return day, day, f"{y:04d}-{mo:02d}-{d:02d}", "day"
        if kind in ("md", "dm"):
            mo, d = _month(g["month"]), int(g["day"])
            if published is None:
                # The year is unknown: comparable only with other dates stated without one.
                day = dt.date(_ANY_YEAR, mo, d).toordinal()
                return day, day, f"--{mo:02d}-{d:02d}", "monthday"
            y = published.year
            if dt.date(y, mo, d) > published + dt.timedelta(days=31):
                y -= 1
            day = dt.date(y, mo, d).toordinal()
            return day, day, f"{y:04d}-{mo:02d}-{d:02d}", "day"
        if kind == "prep":
            # "in March" may be last March or next, as the tense says: compared by month only
            mo = _month(g["month"])
            lo, hi = _span(_ANY_YEAR, mo, 1, mo)
            return lo, hi, f"--{mo:02d}", "monthonly"
        if kind == "mposs":
            mo = _month(g["month"])
            if published is None:
                lo, hi = _span(_ANY_YEAR, mo, 1, mo)
                return lo, hi, f"--{mo:02d}", "monthonly"
            # the nearest such month to the publication date, before or after it
            y = min((published.year + k for k in (-1, 0, 1)), key=lambda y: abs(dt.date(y, mo, 15) - published))
            lo, hi = _span(y, mo, 1, mo)
            return lo, hi, f"{y:04d}-{mo:02d}", "month"
        if kind == "rel":
            if published is None:
                return None  # "next March" of an undated article: no month can be told
            mo, rel = _month(g["month"]), g["rel"].lower()
            y = published.year
            if rel == "next" and mo <= published.month:
                y += 1
            elif rel == "last" and mo >= published.month:
                y -= 1
            lo, hi = _span(y, mo, 1, mo)
            return lo, hi, f"{y:04d}-{mo:02d}", "month"
        if kind == "my":
            y, mo = int(g["year"]), _month(g["month"])
            lo, hi = _span(y, mo, 1, mo)
            return lo, hi, f"{y:04d}-{mo:02d}", "month"
        if kind == "range":
            y1, tail = int(g["y1"]), g["y2"]
            y2 = int(tail) if len(tail) == 4 else (y1 // 100) * 100 + int(tail)
            if y2 <= y1:
                return None
            return _span(y1, 1, 1, 1)[0], _span(y2, 12, 1, 12)[1], f"{y1:04d}/{y2:04d}", "range"
        if kind in ("part_y", "part_my"):
            y = int(g["year"])
            part = " ".join(g["part"].split())
            if kind == "part_my":
                mo = _month(g["month"])
                last = calendar.monthrange(y, mo)[1]
                lo_d, hi_d = {"early": (1, 10), "mid": (10, 20), "late": (20, last)}.get(part, (1, last))
                lo, hi = _span(y, mo, lo_d, mo, hi_d)
                return lo, hi, f"{y:04d}-{mo:02d} ({part})", "part"
            months = {
                "early": (1, 4),
                "the beginning of": (1, 3),
                "the start of": (1, 3),
                "mid": (4, 9),
                "the middle of": (4, 9),
                "late": (9, 12),
                "the end of": (10, 12),
            }
            m1, m2 = months.get(part, (1, 12))
            lo, hi = _span(y, m1, 1, m2)
            return lo, hi, f"{y:04d} ({part})", "part"
        if kind == "y":
            y = int(g["year"])
            lo, hi = _span(y, 1, 1, 12)
            return lo, hi, f"{y:04d}", "year"
    except (ValueError, KeyError):
        return None
    return None


def parse_date(text: str) -> dt.date | None:
    """Parse a full date such as "June 28, 2012" or "2012-06-28"."""
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if iso:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    for m in find_dates(text, None):
        if m.precision == "day":
            return dt.date.fromordinal(m.low)
    return None
