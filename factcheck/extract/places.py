"""Place names of the world (countries, demonyms, capitals) found in a sentence."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..lexicon import AMBIGUOUS_PLACES, CAPITALS, COUNTRY_ALIASES, DEMONYMS


@dataclass(frozen=True, slots=True)
class Place:
    """A mention of a place: ``name`` is the canonical place, ``country`` its country."""

    start: int
    end: int
    name: str
    country: str
    demonym: bool


def _variants(alias: str) -> set[str]:
    titled = " ".join(w[:1].upper() + w[1:] for w in alias.split(" "))
    out = {titled}
    if len(alias.replace(".", "")) <= 4:  # US, U.S., UK, PRC, DPRK, ROK
        out.add(alias.upper())
    return out


def _build() -> tuple[re.Pattern[str], dict[str, tuple[str, str, bool]]]:
    table: dict[str, tuple[str, str, bool]] = {}
    for alias, country in COUNTRY_ALIASES.items():
        for v in _variants(alias):
            table[v] = (country, country, False)
    for demonym, country in DEMONYMS.items():
        for v in _variants(demonym):
            table.setdefault(v, (country, country, True))
            table.setdefault(v + "s", (country, country, True))  # "South Koreans"
    for capital, country in CAPITALS.items():
        for v in _variants(capital):
            table.setdefault(v, (capital, country, False))
    names = sorted(table, key=len, reverse=True)
    # Every name starts on one of a few capitals: the lookahead turns other positions
    # away before the lookbehind and the long alternation run (three times faster).
    initials = "".join(sorted({re.escape(n[0]) for n in names}))
    pattern = re.compile(
        rf"(?=[{initials}])(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w]|\.\w)"
        r"(?:['’]s)?"
    )
    return pattern, table


_PLACE_RE, _PLACE_TABLE = _build()
_POSSESSIVE_RE = re.compile(r"['’]s$")


def without_possessive(word: str) -> str:
    """``"Japan's"`` -> ``"Japan"``."""
    return _POSSESSIVE_RE.sub("", word)


def find_places(text: str) -> list[Place]:
    """Return the known places mentioned in ``text``, in order."""
    out: list[Place] = []
    for m in _PLACE_RE.finditer(text):
        raw = without_possessive(m.group(0))
        name, country, demonym = _PLACE_TABLE[raw]
        out.append(Place(m.start(), m.start() + len(raw), name, country, demonym))
    return out


def _start(place: Place) -> int:
    return place.start


def place_at(places: list[Place], position: int) -> Place | None:
    """The place (of ``find_places``) whose span holds the character at ``position``."""
    k = bisect.bisect_right(places, position, key=_start) - 1
    return places[k] if k >= 0 and places[k].start <= position < places[k].end else None


def canonical_place(text: str) -> str:
    """Return the canonical name of a place phrase ("S. Korea" -> "south korea")."""
    places = find_places(text)
    if len(places) == 1 and places[0].end - places[0].start >= len(text.strip()) - 1:
        return places[0].name
    return " ".join(text.lower().replace(".", "").split())


def places_compatible(a: str, b: str) -> bool:
    """Return whether two canonical places may be the same place."""
    if a == b:
        return True
    return b in AMBIGUOUS_PLACES.get(a, ()) or a in AMBIGUOUS_PLACES.get(b, ())


def country_of(place: str) -> str:
    """Return the country a canonical place lies in, or the place itself."""
    return CAPITALS.get(place, place)
