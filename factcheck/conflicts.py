"""Conflict stage: whether two claims about one fact can both be true, one checker per kind."""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz import fuzz

from .config import Settings
from .extract.places import country_of
from .model import Claim, Hedge, Kind, Severity

Checker = Callable[[Claim, Claim, Settings], bool]
_NEAR_MINUTES = 30  # clock times this close beyond their hedges are a near miss


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
    # Same surname and a first name that is a variant of the other ("Heidar"/"Heydar").
    return fuzz.ratio(wa[-1], wb[-1]) >= settings.match_threshold and fuzz.ratio(wa[0], wb[0]) >= 70


def _intervals(a: Claim, b: Claim, settings: Settings) -> bool:
    assert a.low is not None and a.high is not None and b.low is not None and b.high is not None
    if a.hedge is b.hedge and a.hedge in (Hedge.AT_LEAST, Hedge.AT_MOST):
        return True  # two lower (or two upper) bounds never contradict each other
    eps = 1e-9 * max(abs(a.high), abs(b.high), 1.0)
    return a.low <= b.high + eps and b.low <= a.high + eps


def _named(a: Claim, b: Claim, settings: Settings) -> bool:
    if a.unit == "quote":
        # One source may name fewer speakers; they clash when each names someone the other does not.
        a_only = [x for x in a.names if not any(same_person(x, y, settings) for y in b.names)]
        b_only = [y for y in b.names if not any(same_person(x, y, settings) for x in a.names)]
        return not (a_only and b_only)
    if a.unit == "place":
        pa, pb = a.names[0], b.names[0]
        return pa == pb or country_of(pa) == pb or country_of(pb) == pa
    return any(same_person(x, y, settings) for x in a.names for y in b.names)


def _dates(a: Claim, b: Claim, settings: Settings) -> bool:
    """Dates and times; a day stated without a year ("Nov. 30") is compared by month and day."""
    if a.normalized.startswith("--") != b.normalized.startswith("--"):
        known = b if a.normalized.startswith("--") else a
        if len(known.normalized) != 10:
            return True  # "Nov. 30" against "2009" or "November 2009": no telling
        return known.normalized[4:] == (a if known is b else b).normalized[1:]
    return _intervals(a, b, settings)


CHECKERS: dict[Kind, Checker] = {
    Kind.QUANTITY: _intervals,
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
