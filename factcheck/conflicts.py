"""Conflict stage: whether two claims about one fact can both be true, one checker per kind."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from rapidfuzz import fuzz

from .config import Settings
from .extract.places import country_of
from .lexicon import NOUN_EQUIVALENTS, RISING_TOLLS, WEEKDAYS
from .model import Claim, Hedge, Kind, Severity

Checker = Callable[[Claim, Claim, Settings], bool]
_NEAR_MINUTES = 30  # clock times this close beyond their hedges are a near miss
_AGREEMENT = NOUN_EQUIVALENTS["agreement"]  # a pact, treaty, accord, deal or contract


def same_person(a: str, b: str, settings: Settings) -> bool:
    """Return whether two name keys can name one person.

    Spelling variants ("alishvandi" / "alishbandi") match by similarity; a partial
    name matches a full one when it is one of its words ("lohan" / "lindsay lohan").
    """
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if len(wa) == 1 or len(wb) == 1:
        short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        return any(fuzz.ratio(short[0], w) >= settings.match_threshold for w in long_)
    if fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")) >= settings.match_threshold:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if long_[len(long_) - len(short) :] == short:
        return True  # "Boone Isaacs" / "Cheryl Boone Isaacs": the full name's last words
    # Same surname and a first name that is a variant of the other ("Heidar"/"Heydar").
    return fuzz.ratio(wa[-1], wb[-1]) >= settings.match_threshold and fuzz.ratio(wa[0], wb[0]) >= 70


def intervals_overlap(a: Claim, b: Claim, settings: Settings) -> bool:
    """Whether the intervals two hedged values allow meet (two bounds alike always do)."""
    assert a.low is not None and a.high is not None and b.low is not None and b.high is not None
    if a.hedge is b.hedge and a.hedge in (Hedge.AT_LEAST, Hedge.AT_MOST):
        return True  # two lower (or two upper) bounds never contradict each other
    eps = 1e-9 * max(abs(a.high), abs(b.high), 1.0)
    return a.low <= b.high + eps and b.low <= a.high + eps


def years_apart(a: Claim, b: Claim) -> int | None:
    """How many birthdays may lie between two articles' dates (``None``: a date unknown)."""
    if a.published is None or b.published is None:
        return None
    return math.ceil(abs((a.published - b.published).days) / 365.25)


def _quantities(a: Claim, b: Claim, settings: Settings) -> bool:
    if a.unit == "age":
        # a person grows older between two articles: "49" in 2009 and "52" in 2012 agree
        drift = years_apart(a, b)
        if drift and None not in (a.low, a.high, b.low, b.high):
            return a.low - drift <= b.high and b.low - drift <= a.high  # type: ignore[operator]
    if a.unit == "count" and a.verb in RISING_TOLLS:
        # a toll "of at least 50" is a floor: any higher count agrees with it
        for floor, other in ((a, b), (b, a)):
            if floor.hedge is Hedge.AT_LEAST and None not in (other.high, floor.low) and other.high >= floor.low:  # type: ignore[operator]
                return True
    return intervals_overlap(a, b, settings)


def _named(a: Claim, b: Claim, settings: Settings) -> bool:
    if a.unit == "quote":
        # One source may name fewer speakers; they clash when each names someone the other does not.
        a_only = [x for x in a.names if not any(same_person(x, y, settings) for y in b.names)]
        b_only = [y for y in b.names if not any(same_person(x, y, settings) for x in a.names)]
        return not (a_only and b_only)
    if a.unit == "parties" and min(len(a.names), len(b.names)) < 2 and _AGREEMENT in a.terms + b.terms:
        # An agreement has a signer on each side: one article may name one side's, the
        # other the other side's. Only two full sets of signers, with no one in common,
        # clash. (A law or a bill has one signer.)
        return True
    if a.unit == "place":
        pa, pb = a.names[0], b.names[0]
        return pa == pb or country_of(pa) == pb or country_of(pb) == pa
    return any(same_person(x, y, settings) for x in a.names for y in b.names)


def weekday_of(c: Claim) -> int | None:
    """The day of the week (Monday 0) a date claim tells: a weekday claim's own ("died
    on Thursday"), or a full date's; ``None`` for a month, a year or a yearless day."""
    if c.normalized in WEEKDAYS:
        return WEEKDAYS.index(c.normalized)
    if c.low is not None and c.low == c.high and not c.unit.startswith("time"):
        return dt.date.fromordinal(int(c.low)).weekday()
    return None


def _dates(a: Claim, b: Claim, settings: Settings) -> bool:
    """Dates and times; a day stated without a year ("Nov. 30") is compared by month and
    day, a weekday by the day of the week."""
    if a.low is None or b.low is None:
        # a weekday ("died on Thursday"): another weekday, or a full date, tells its day
        days = weekday_of(a), weekday_of(b)
        return None in days or days[0] == days[1]
    if a.normalized.startswith("--") != b.normalized.startswith("--"):
        known, yearless = (b, a) if a.normalized.startswith("--") else (a, b)
        if len(known.normalized) < 7 or not known.normalized[4] == "-":
            return True  # "Nov. 30" against "2009": no telling
        # "--11-30" against "2009-11-30" or "2009-11"; "--02" against "2009-03-01"
        common = min(len(known.normalized) - 4, len(yearless.normalized) - 1)
        return known.normalized[4 : 4 + common] == yearless.normalized[1 : 1 + common]
    return intervals_overlap(a, b, settings)


CHECKERS: dict[Kind, Checker] = {
    Kind.QUANTITY: _quantities,
    Kind.DATE: _dates,
    Kind.NAMED: _named,
}


def compatible(a: Claim, b: Claim, settings: Settings) -> bool:
    """Return whether two claims about the same fact can both be true."""
    return CHECKERS[a.kind](a, b, settings)


def severity(a: Claim, b: Claim, settings: Settings) -> Severity:
    """Return how clear the clash between two incompatible claims is.

    Dates a day apart may be one moment in two time zones: a warning. Numbers whose
    stated values differ by no more than the "about" tolerance clash only because a
    hedge was read narrowly: a warning. Anything else is an error.
    """
    if a.kind is Kind.DATE and (a.low is None or b.low is None):
        days = weekday_of(a), weekday_of(b)
        # the day before or after: one death told in two time zones, or "late Thursday"
        # and "early Friday"
        near = None not in days and (days[0] - days[1]) % 7 in (1, 6)  # type: ignore[operator]
        return Severity.WARNING if near else Severity.ERROR
    if a.kind is Kind.DATE and a.low is not None and b.low is not None and a.high is not None and b.high is not None:
        gap = max(a.low, b.low) - min(a.high, b.high)
        if a.unit.startswith("time"):
            return Severity.WARNING if gap <= _NEAR_MINUTES else Severity.ERROR
        return Severity.WARNING if gap <= 1 else Severity.ERROR
    if a.stated is None or b.stated is None:
        return Severity.ERROR
    scale = max(abs(a.stated), abs(b.stated))
    if scale and abs(a.stated - b.stated) / scale <= settings.tolerances.about:
        return Severity.WARNING
    return Severity.ERROR
