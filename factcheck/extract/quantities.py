"""Quantity claims: a number, its hedge and unit, and what it counts, where and doing what."""

from __future__ import annotations

import bisect
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..config import Settings
from ..lexicon import (
    CHANGE_VERBS,
    COLLECTIVES,
    CURRENCY_WORDS,
    DURATION_UNITS,
    EMPLOYING_VERBS,
    FRAMES,
    IMPACT_VERBS,
    LENGTH_UNITS,
    MAGNITUDES,
    MEMBER_OF,
    MULTIWORD_NOUNS,
    MUNITIONS,
    NOUN_EQUIVALENTS,
    ORDINAL_WORDS,
    PEOPLE_TOLLS,
    VERB_CLASSES,
    WEIGHT_UNITS,
)
from ..model import Hedge
from .ages import age_before, appositive_person, person_after, person_before_apposition
from .context import (
    EDITION_RE,
    REPORTING_VERBS,
    Context,
    appraises,
    ordinal_edition_at,
    past_form,
    read_context,
    separates,
    stem,
    term_of,
)
from .numbers import NUMBER_CUES, Number, compound_unit, duration_unit, find_numbers, is_label, length_unit
from .phrases import complement, noun_phrase, object_priced, per_unit, subject_priced, sure_noun
from .places import Place, place_at
from .text import Cues, Token


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity found in a sentence, before it becomes a ``Claim``."""

    start: int  # character span of the value as written
    end: int
    value: float
    unit: str
    hedge: Hedge
    low: float
    high: float
    noun: str
    noun_text: str
    contrast: bool
    context: Context
    person: str = ""  # whose age, when told: a name ("Dorian Falk, 34,") or a noun marked "~" ("~girl")
    era_end: int = -1  # where the periods that date the claim stop ("accused of killing X in 2011")
    range_low: float | None = None  # the first value of a range ("between 20 and 30 people": 20)


def _with_modifiers(ctx: Context, words: list[Token], places: list[Place], noun: str) -> Context:
    """Add the noun phrase's own modifiers ("U.S." troops, "Aegis" destroyers) to the context."""
    terms, agents = list(ctx.terms), list(ctx.agents)
    folded = {
        k
        for i in range(len(words) - 1)
        if MULTIWORD_NOUNS.get((words[i].lower, words[i + 1].lower)) == noun
        for k in (i, i + 1)
    }
    for i, tok in enumerate(words):
        if i in folded:
            continue
        place = place_at(places, tok.start)
        if place is not None:
            agents.append(place.country)
            continue
        if i == len(words) - 1:
            # The counted thing is the noun; what an amount pays for narrows it: "a $90
            # million contract" is an amount of a contract, not of a bonus.
            head = term_of(tok) if noun == "amount" and tok.lower not in CURRENCY_WORDS else None
            if head and head[0].isalpha():  # "$2 million dollars" is no amount of dollars
                terms.append(f"+of:{head}")
            continue
        term = term_of(tok)
        if term and NOUN_EQUIVALENTS.get(tok.lower) != noun and term not in terms:
            terms.append(term)
    return replace(ctx, terms=tuple(sorted(terms)), agents=tuple(sorted(set(agents))))


def frame_of(tokens: list[Token], start: int, end: int) -> str:
    """Return how the preposition around a value frames it ("since", "after", "for"...)."""
    before = tokens[start - 1].lower if start > 0 else ""
    after = tokens[end].lower if end < len(tokens) else ""
    if after == "ago":
        return "ago"
    return FRAMES.get(before, "at")


def _interval(value: float, hedge: Hedge, settings: Settings, integral: bool) -> tuple[float, float]:
    tol = settings.tolerances
    unit = 1.0 if integral else 0.0
    if hedge is Hedge.ABOUT:
        d = max(value * tol.about, unit)
        return value - d, value + d
    if hedge is Hedge.NEARLY:
        return value - max(value * tol.about, unit), value
    if hedge is Hedge.AT_LEAST:
        return value, max(value * (1 + tol.beyond), value + unit)
    if hedge is Hedge.AT_MOST:
        return min(value * (1 - tol.beyond), value - unit), value
    return value, value


def may_quantify(cues: Cues) -> bool:
    """Whether ``find_quantities`` may find anything: a digit or a number word."""
    return cues.digits or not cues.words.isdisjoint(NUMBER_CUES)


def find_quantities(
    tokens: list[Token],
    text: str,
    places: list[Place],
    settings: Settings,
    masked: tuple[tuple[int, int], ...] = (),
) -> Iterator[Quantity]:
    """Yield the quantities of one sentence that count or measure something.

    ``masked`` holds character spans already read as something else (dates).
    """
    masked = _merged(masked)
    numbers = [
        n
        for n in find_numbers(tokens, text)
        if not is_label(tokens, n, text) and not _inside(tokens[n.num_start].start, masked)
    ]
    spans = _clauses(tokens, numbers)
    # An age between commas after a name ("sentenced Tom Kell, 41, of Harlow to 25 years in
    # prison") is said in passing: the values around it read their clause as if it were not
    # there (it keeps its own reading).
    aside = {k for k, n in enumerate(numbers) if appositive_person(tokens, n, n.end, places)}
    if aside:
        rest = [k for k in range(len(numbers)) if k not in aside]
        for k, span in zip(rest, _clauses(tokens, [numbers[k] for k in rest]), strict=True):
            spans[k] = span
    previous: Quantity | None = None
    for idx, num in enumerate(numbers):
        lo, hi = spans[idx]
        q = _quantity(tokens, text, places, num, lo, hi, settings, previous)
        if q is not None and idx and previous is None and _ranged(tokens, numbers[idx - 1], num):
            q = _as_range(tokens, numbers[idx - 1], num, q, settings)
        previous = q
        if q is not None and not q.context.negated:
            yield q


def _clauses(tokens: list[Token], numbers: list[Number]) -> list[tuple[int, int]]:
    """The token range [lo, hi) each number reads its clause in, parted between neighbours.

    "7.6 and 7.5 magnitude quakes": a coordinated pair shares one clause, and so do a value
    and how long its clause's doing lasted."""
    bounds = [
        _split_point(tokens, a.end, b.start)
        if not (_paired(tokens, a, b) or _lasts(tokens, a, b) or _reached_after_comma(tokens, a, b))
        else None
        for a, b in zip(numbers, numbers[1:], strict=False)
    ]
    out = []
    for idx in range(len(numbers)):
        lo_k = next((k for k in range(idx - 1, -1, -1) if bounds[k] is not None), None)
        hi_k = next((k for k in range(idx, len(bounds)) if bounds[k] is not None), None)
        lo = bounds[lo_k] or 0 if lo_k is not None else 0
        hi = bounds[hi_k] or len(tokens) if hi_k is not None else len(tokens)
        out.append((lo, hi))
    return out


def _merged(spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The spans in text order, overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return tuple(out)


def _inside(position: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether a character lies in one of the spans (from ``_merged``): a binary search,
    as a sentence may hold thousands of dates."""
    k = bisect.bisect_right(spans, (position, sys.maxsize)) - 1
    return k >= 0 and spans[k][0] <= position < spans[k][1]


def _ranged(tokens: list[Token], a: Number, b: Number) -> bool:
    """Whether two numbers are the ends of one range: "between 20 and 30", "20 to 30
    people", "two or three people" (not a change: "rose from 20 to 30")."""
    between = [t.lower for t in tokens[a.end : b.start]]
    before = tokens[a.start - 1].lower if a.start else ""
    if between == ["and"]:
        return before == "between"
    return between in (["to"], ["or"]) and before not in ("from", "between")


def _as_range(tokens: list[Token], a: Number, b: Number, q: Quantity, settings: Settings) -> Quantity:
    """The quantity of a range's second number ``q`` widened to the first number ``a``,
    which has no noun or unit of its own: "between 20 and 30 people" allows 20 to 30,
    "between 2 and 3 million" 2 million to 3 million, "three to four hours" 3 to 4 hours."""
    first = a.value
    if not any(t.lower in MAGNITUDES for t in tokens[a.num_start + 1 : a.end]):
        first *= next((MAGNITUDES[t.lower] for t in tokens[b.num_start + 1 : b.end] if t.lower in MAGNITUDES), 1.0)
    first *= q.value / b.value if b.value else 1.0  # the unit of the second: hours, miles
    low, high = _interval(first, a.hedge, settings, q.unit == "count" and first == int(first))
    start = a.start - 1 if a.start and tokens[a.start - 1].lower == "between" else a.start
    noun = q.noun
    if q.unit == "duration" and noun != "duration:for":
        noun = "duration:" + frame_of(tokens, start, b.end + 1)  # "for three to four hours"
    return replace(
        q,
        start=tokens[start].start,
        low=min(low, q.low),
        high=max(high, q.high),
        noun=noun,
        hedge=Hedge.RANGE if a.hedge is q.hedge is Hedge.EXACT else q.hedge,
        range_low=min(first, q.value),
    )


def _measure(tokens: list[Token], num: Number, glued: str | None) -> tuple[str, str, float, int] | None:
    """Return (unit, noun, factor, end) when the number is a magnitude or a length.

    "6.1-magnitude quake", "magnitude 5.2", "7.6 and 7.5 magnitude quakes";
    "55 kilometers from", "a depth of 12 miles", "a 10-km stretch".
    """
    end = num.end
    before = tokens[num.start - 1].lower if num.start > 0 else ""
    if glued is not None:
        factor = length_unit(glued)
        if glued == "magnitude":
            return "magnitude", "magnitude", 1.0, end + 2
        if factor is not None:
            return "length", _length_noun(tokens, num.start, end + 2), factor, end + 2
        if glued in WEIGHT_UNITS:
            return "weight", "weight", WEIGHT_UNITS[glued], end + 2  # "a 4.5-pound laptop"
        return None
    if before == "magnitude" or (
        num.start > 1 and before in ("of", "-") and tokens[num.start - 2].lower == "magnitude"
    ):  # "magnitude 5.2", "a magnitude of 5.2", "a magnitude-5.2 quake"
        return "magnitude", "magnitude", 1.0, end
    k = end
    # "7.6 and 7.5 magnitude": the first of a coordinated pair shares the unit.
    if k + 1 < len(tokens) and tokens[k].lower in ("and", "or", "to") and tokens[k + 1].is_number:
        k += 2
    if (
        k < len(tokens)
        and tokens[k].lower == "magnitude"
        or (k + 1 < len(tokens) and tokens[k].text == "-" and tokens[k + 1].lower == "magnitude")
    ):
        return "magnitude", "magnitude", 1.0, end
    if end < len(tokens) and tokens[end].lower in _SPEED_UNITS:
        return "speed", "speed", _SPEED_UNITS[tokens[end].lower], end + 1  # "110 mph", "95 knots"
    if end + 1 < len(tokens) and tokens[end].lower == "nautical" and tokens[end + 1].lower in ("mile", "miles"):
        return "length", _length_noun(tokens, num.start, end + 2), _NAUTICAL_MILE, end + 2  # "450 nautical miles"
    if end < len(tokens):
        factor = length_unit(tokens[end].lower)
        if factor is not None:
            after = [t.lower for t in tokens[end + 1 : end + 3]]
            if after in (["/", "h"], ["per", "hour"], ["an", "hour"]):
                return "speed", "speed", factor, end + 3  # "177 km/h", "110 miles per hour"
            return "length", _length_noun(tokens, num.start, end + 1), factor, end + 1
        if tokens[end].lower in WEIGHT_UNITS and not num.currency:
            return "weight", "weight", WEIGHT_UNITS[tokens[end].lower], end + 1  # "weighs 4.5 pounds", "2 tonnes"
    return None


_NAUTICAL_MILE = 1.852  # kilometres
_STATUTE_MILE = LENGTH_UNITS["mile"]
# Speeds, in km/h per unit.
_SPEED_UNITS = {"mph": _STATUTE_MILE, "kph": 1.0, "kmh": 1.0, "knots": _NAUTICAL_MILE, "knot": _NAUTICAL_MILE}


# Words that tell what a length measures, before the number ("a depth of 12 miles") or
# right after its unit ("1.2 miles deep", "330 metres long").
_LENGTH_NOUNS = {
    "depth": "depth",
    "deep": "depth",
    "underground": "depth",
    "height": "height",
    "high": "height",
    "tall": "height",
    "length": "length",
    "long": "length",
    "width": "width",
    "wide": "width",
}


def _length_noun(tokens: list[Token], start: int, after: int) -> str:
    """What a length measures: a depth, a height, or (by default) a distance."""
    for tok in tokens[max(0, start - 4) : start]:
        if tok.lower in _LENGTH_NOUNS and tok.lower != "underground":
            return _LENGTH_NOUNS[tok.lower]
    if after < len(tokens) and tokens[after].lower in _LENGTH_NOUNS:
        return _LENGTH_NOUNS[tokens[after].lower]
    return "distance"


def _with_length_noun(ctx: Context, noun: str) -> Context:
    """A depth, height, length or width is told by a noun or an adjective ("a depth of 12
    miles", "1.2 miles deep"): the clause's words hold the noun either way."""
    told = {stem(w) for w, n in _LENGTH_NOUNS.items() if n == noun}
    return replace(ctx, terms=tuple(sorted({t for t in ctx.terms if t not in told} | {stem(noun)})))


def _is_conversion(tokens: list[Token], num: Number) -> bool:
    """Return whether a measure repeats the one before it in other units: "10 km (6 miles)"."""
    k = num.start - 1
    return k >= 1 and tokens[k].text == "(" and length_unit(tokens[k - 1].lower) is not None


def may_have_ordinal(cues: Cues) -> bool:
    """Whether ``find_ordinals`` may find anything: a numeric ordinal, or one in words."""
    return cues.digits or not cues.words.isdisjoint(_ORDINAL_NUMBERS)


# Ordinals in words from "second" on ("the first time" is too common to tell a count).
_ORDINAL_NUMBERS = {w: float(n) for w, n in ORDINAL_WORDS.items() if n >= 2}
# Occurrences an ordinal counts: "her second appearance as host", "his ninth successful
# defence of the title", "a third term" (the noun, spelt one way).
_OCCURRENCES = {
    "time": "time",
    "appearance": "appearance",
    "defence": "defense",
    "defense": "defense",
    "term": "term",
    "title": "title",
    "win": "win",
    "victory": "win",
    "visit": "visit",
    "trip": "visit",
    "attempt": "attempt",
}
_OCCURRENCE_ADJECTIVES = frozenset({"successful", "straight", "consecutive", "successive", "career", "overall"})


def _occurrence_at(tokens: list[Token], i: int) -> tuple[float, str, int] | None:
    """(ordinal, occurrence, end) when ``tokens[i]`` counts an occurrence: "her second
    appearance", "the 24th successful defence"; not after "a"/"another" ("a second
    time" tells one more, not which)."""
    low = tokens[i].lower
    if low in _ORDINAL_NUMBERS:
        value = _ORDINAL_NUMBERS[low]
    elif EDITION_RE.match(low):
        value = float(low[:-2])
    else:
        return None
    if i == 0 or tokens[i - 1].lower in ("a", "an", "another"):
        return None
    k = i + 1
    if k < len(tokens) and tokens[k].lower in _OCCURRENCE_ADJECTIVES:
        k += 1
    if k < len(tokens) and tokens[k].lower in _OCCURRENCES:
        return value, _OCCURRENCES[tokens[k].lower], k + 1
    return None


def find_ordinals(tokens: list[Token], places: list[Place]) -> Iterator[Quantity]:
    """Yield editions of named events ("the 81st annual Oscars", "the 79th Academy
    Awards": a numeric ordinal before "annual" or a capitalized name) and counted
    occurrences of a doing ("her second appearance", "the 24th successful defence"; see
    ``_occurrence_at``). "the second woman" or "21st century" states neither.
    """
    for i, tok in enumerate(tokens):
        edition = ordinal_edition_at(tokens, i)
        if edition is not None:
            value, noun, end = float(edition[1:]), "edition", i + 1
            ctx = read_context(tokens, places, i, end)
        elif (occurrence := _occurrence_at(tokens, i)) is not None:
            value, noun, end = occurrence
            ctx = read_context(tokens, places, i, end, skip=frozenset({noun}))
        else:
            continue
        if ctx.negated:
            continue
        text_end = tokens[end - 1].end
        yield Quantity(tok.start, text_end, value, "ordinal", Hedge.EXACT, value, value, noun, noun, False, ctx)


def _reached(tokens: list[Token], start: int) -> bool:
    """Whether the value follows a verb of change and "to" ("weakened to 60 mph")."""
    return start >= 2 and tokens[start - 1].lower == "to" and tokens[start - 2].lower in CHANGE_VERBS


def _appraised(tokens: list[Token], start: int) -> str:
    """What an amount is the worth of, marked as ``+of:`` ("a deal worth $75 million",
    "a depot valued at $4 million", "the laptop, priced at $1,299,"), or ""."""
    if start < 2 or not appraises(tokens, start):
        return ""
    thing = start - (2 if tokens[start - 1].lower == "worth" else 3)
    if thing > 0 and tokens[thing].text == ",":
        thing -= 1  # an aside about the noun before it
    term = term_of(tokens[thing]) if thing >= 0 else None
    return f"+of:{term}" if term and term[0].isalpha() else ""


def _paired(tokens: list[Token], a: Number, b: Number) -> bool:
    """Return whether two numbers are values of one noun: coordinated ("7.6 and 7.5"), or a
    term and an amount before one head, in either order ("an eight-year, $180 million
    contract", "a $180 million, eight-year deal")."""
    between = [t.lower for t in tokens[a.end : b.start]]
    if len(between) == 3 and between[0] == "-" and between[2] == "," and b.currency:
        return between[1] in DURATION_UNITS
    if between == [","] and a.currency and b.end + 1 < len(tokens) and tokens[b.end].text == "-":
        return tokens[b.end + 1].lower in DURATION_UNITS  # "a $180 million, eight-year deal"
    return between in (["and"], ["or"], ["to"]) and b.start == a.end + 1 and b.hedge is Hedge.EXACT


def _reached_after_comma(tokens: list[Token], a: Number, b: Number) -> bool:
    """Whether ``b`` is the level ``a``'s change reached, told after a comma: "reported a 12%
    increase in net income for the quarter, to $310 million" (no other break between)."""
    if b.start < 2 or tokens[b.start - 1].lower != "to" or tokens[b.start - 2].text != ",":
        return False
    return not any(separates(t) for t in tokens[a.end : b.start - 2])


def _lasts(tokens: list[Token], a: Number, b: Number) -> bool:
    """Whether ``b`` tells how long the doing of ``a``'s clause lasted: "More than 60
    firefighters battled the blaze for six hours" (no comma or conjunction between)."""
    if b.start < 1 or tokens[b.start - 1].lower != "for" or b.end >= len(tokens) or b.anaphoric:
        return False
    if duration_unit(tokens[b.end].lower) is None or (b.end + 1 < len(tokens) and tokens[b.end + 1].lower == "old"):
        return False
    return not any(separates(t) for t in tokens[a.end : b.start])


def _split_point(tokens: list[Token], a: int, b: int) -> int:
    """Where the clause of one number ends and the next one's begins, between a and b."""
    for k in range(b - 1, a - 1, -1):
        if separates(tokens[k]):
            return k + 1
    if b - 1 > a and tokens[b - 1].lower in VERB_CLASSES:
        # "A 6.1-magnitude quake which hit Marden killed two people": the verb just before
        # the second number governs it (its clause reads the subject before; see ``read_context``)
        return b - 1
    if b - 2 > a and tokens[b - 1].lower == "of" and tokens[b - 2].is_word:
        # "The offer of $21 a share represents a premium of 31%": the noun before "of"
        # names what the second value is
        return b - 3 if b - 3 > a and tokens[b - 3].lower in ("a", "an", "the") else b - 2
    return b


# Participles that restrict a definite noun phrase to a set the clause defines ("the two
# men accused of murder", "the four soldiers killed by ..."): then it states how many.
_DEFINING_PARTICIPLES = frozenset(
    """accused charged convicted suspected arrested detained held killed injured wounded hurt
    trapped rescued evacuated sentenced identified""".split()
)


# People counted by what they are accused of: a period after these dates the act, not them
# ("two men accused of killing a shop owner in 2011" are two men in any year).
_ACCUSED = frozenset({"accused", "charged", "convicted", "suspected", "indicted", "sentenced"})


def _accusation_at(tokens: list[Token], k: int, hi: int) -> int:
    """The character where an accusation after a counted noun begins, or -1."""
    if k + 1 < hi and tokens[k].lower in _ACCUSED and tokens[k + 1].lower in ("of", "with", "in", "for"):
        return tokens[k].start
    return -1


def _defined_set(tokens: list[Token], end: int, hi: int) -> bool:
    """Whether a definite count ("the two men") is followed by what defines its set: "who",
    or one of ``_DEFINING_PARTICIPLES`` with its preposition ("accused of", "killed in").
    Without it the phrase refers back to people already counted ("the two countries")."""
    _words, np_end, head = noun_phrase(tokens, end, hi)
    if not head or np_end + 1 >= hi:
        return False
    after, then = tokens[np_end].lower, tokens[np_end + 1].lower
    if after in ("who", "whom"):
        return True
    return after in _DEFINING_PARTICIPLES and then in ("of", "in", "by", "with", "at", "on", "for", "during", "after")


# What may follow a number that stands alone for people ("killing two, and", "killing two
# in the attack"): a mark, a conjunction or a preposition, not a noun no lexicon knows.
_AFTER_ELIDED = frozenset(
    {",", ".", ";", ":", "–", "—", "-", ")", "and", "but", "while", "as", "in", "on", "at", "when", "after", "before"}
)


def _elided_people(tokens: list[Token], num: Number, end: int, hi: int) -> int | None:
    """The end of a number that stands for people with its noun left out, or ``None``.

    It does when a toll's verb stands just before it and nothing names another thing
    after it: "killing two", "wounded three of them", "executed two of those".
    """
    if num.start == 0 or num.currency or num.percent or num.anaphoric:
        return None
    if VERB_CLASSES.get(tokens[num.start - 1].lower) not in PEOPLE_TOLLS:
        return None
    if end >= hi:
        return end
    after = tokens[end].lower
    if after == "of" and end + 1 < hi and tokens[end + 1].lower in ("them", "those", "whom"):
        return end + 2
    return end if after in _AFTER_ELIDED else None


# Words a number may stand after when it opens a clause ("and 12 were hurt").
_CLAUSE_HEADS = frozenset({"and", "but", "while", ",", ";", "-", "–", "—", "that"}) | REPORTING_VERBS
# Words between an elided subject and its toll's verb ("were", "have been", "were also").
_AUXILIARIES = frozenset({"were", "was", "have", "has", "had", "been", "are", "also", "reportedly"})


def _subject_of(tokens: list[Token], num: Number, end: int, hi: int) -> Token | None:
    """The verb a number with its noun left out is the subject of, or ``None``: "Four
    people died and 12 were hurt", "at least 40 were killed", "92 ships were attacked and
    36 hijacked". The number opens its clause; only auxiliaries stand between it and a
    past form of the verb."""
    if num.currency or num.percent or num.anaphoric:
        return None
    if num.start and tokens[num.start - 1].lower not in _CLAUSE_HEADS:
        return None
    k = end
    while k < hi and k - end < 3 and tokens[k].lower in _AUXILIARIES:
        k += 1
    if k >= hi:
        return None
    word = tokens[k].lower
    if word in _TOLL_PARTICIPLES or past_form(tokens[k]) or (word.endswith("ed") and word in VERB_CLASSES):
        return tokens[k]
    return None


_PARTITIVE_DETERMINERS = frozenset({"the", "these", "those", "its", "their"})


def _per_share(tokens: list[Token], end: int, hi: int) -> bool:
    """Whether an amount is told per share ("$26 a share", "$21 per share")."""
    return end + 1 < hi and tokens[end].lower in ("a", "per", "each") and tokens[end + 1].lower in ("share", "shares")


def _impact_after(tokens: list[Token], end: int, hi: int) -> Token | None:
    """The word right after a count of munitions (auxiliaries aside) that tells where they
    came down ("two bombs fell", "three rockets had landed"), or ``None``."""
    k = end
    while k < hi and k - end < 3 and tokens[k].lower in _AUXILIARIES:
        k += 1
    return tokens[k] if k < hi and tokens[k].lower in IMPACT_VERBS else None


def _partitive(tokens: list[Token], end: int, hi: int) -> tuple[list[Token], int, str] | None:
    """The noun phrase a number counts a part of ("three of the dead", "two of the bombs"):
    its words, end and head; or ``None``."""
    if end < len(tokens) and tokens[end].lower == "of" and _of_a_total(tokens, end):
        # "112 of the 200 seats": the noun is the whole's, past its number (where the clause
        # of the whole's number begins)
        words, np_end, head = noun_phrase(tokens, end + 3, min(len(tokens), end + 12))
        return (words, np_end, head) if head else None
    if end + 2 >= hi or tokens[end].lower != "of" or tokens[end + 1].lower not in _PARTITIVE_DETERMINERS:
        return None
    words, np_end, head = noun_phrase(tokens, end + 2, hi)
    # "two of the witnesses District Attorney David Soares named": a name after the plural
    # starts a clause of its own
    cut = next(
        (k for k in range(end + 3, np_end) if tokens[k].is_capitalized and not tokens[k - 1].is_capitalized), None
    )
    if cut is not None:
        words, np_end, head = noun_phrase(tokens, end + 2, cut)
    return (words, np_end, head) if head else None


def _of_a_total(tokens: list[Token], end: int) -> bool:
    """Whether a part is told with its whole's number: "112 of the 200 seats"."""
    return end + 3 < len(tokens) and tokens[end + 1].lower == "the" and tokens[end + 2].text[0].isdigit()


def _counted_before(before: Quantity | None) -> bool:
    """Whether the quantity told just before counts a thing a number with its noun left
    out may count more of ("92 ships were attacked and 36 hijacked")."""
    return before is not None and before.unit == "count" and before.noun not in ("", "person") and not before.contrast


def _tolls(verb: Token) -> bool:
    """Whether a verb tells what befell people ("killed", "hurt", "missing")."""
    return VERB_CLASSES.get(verb.lower) in PEOPLE_TOLLS


# Toll words that end no "-ed" yet tell what befell people ("12 were hurt", "three are missing").
_TOLL_PARTICIPLES = frozenset({"hurt", "shot", "dead", "slain", "missing"})


# How far before its number a death toll may be named ("the death toll from Sunday's
# quake rose to 40"), in tokens.
_TOLL_REACH = 12


def _death_toll(tokens: list[Token], num: Number, lo: int) -> Token | None:
    """The "death" of "death toll" a number right after "to", "at" or "of" tells ("the
    death toll rose to 40", "raising the death toll to 12", "a death toll of 24"), or
    ``None``. The toll is named in the number's own clause, with no list between."""
    if num.start < 2 or num.currency or num.percent or tokens[num.start - 1].lower not in ("to", "at", "of"):
        return None
    for k in range(num.start - 2, max(lo, num.start - _TOLL_REACH) - 1, -1):
        if separates(tokens[k]):
            return None
        if tokens[k].lower == "toll" and k > 0 and tokens[k - 1].lower == "death":
            return tokens[k - 1]
    return None


def _quantity(
    tokens: list[Token],
    text: str,
    places: list[Place],
    num: Number,
    lo: int,
    hi: int,
    settings: Settings,
    before: Quantity | None = None,
) -> Quantity | None:
    """The quantity the number ``num`` states in its clause ``[lo, hi)``, or ``None``;
    ``before`` is the quantity the sentence stated just before it, if any."""
    value, end = num.value, num.end
    unit, noun, np_words, others, person = "count", "", list[Token](), False, ""
    partitive = False
    era_end = -1
    toll: Token | None = None  # the verb a count of people with its noun left out hangs on
    value_end = num.end
    integral = value == int(value)
    glued = compound_unit(tokens, num)
    measure = _measure(tokens, num, glued)
    if (
        num.anaphoric
        and measure is None
        and glued != "year"
        and not (num.currency or num.percent)
        and not _defined_set(tokens, end, hi)
    ):
        # "the two countries" refers back; it states no count ("the 6.1-magnitude quake",
        # "the $5.4bn deal" state their value, and so does "the two men accused of ...")
        return None
    if measure is not None and _is_conversion(tokens, num):
        return None  # "10 kilometres (6 miles)": the same length again
    if measure is not None:
        unit, noun, factor, end = measure
        value *= factor
        integral = False
        value_end = num.end if unit == "magnitude" else end
    elif glued is not None:
        # "32-year-old": an age; "90-day": a duration; "21-article": a label.
        if glued == "year" and end + 3 < len(tokens) and tokens[end + 3].lower == "old":
            unit, noun, end = "age", "age", end + 4
            value_end = end
            # "the 34-year-old Dorian Falk", "a 10-year-old girl"; "Tom Kell, the 41-year-old
            # Harlow man": the name the apposition follows
            person = person_before_apposition(tokens, num.start - 1, places) or person_after(tokens, end, hi)
        elif glued in DURATION_UNITS and not num.anaphoric:
            # "a 90-day moratorium", "an eight-year contract": how long the thing lasts
            value *= DURATION_UNITS[glued]
            unit, noun, end = "duration", "duration:for", end + 2
            integral = False
            value_end = end
        else:
            return None
    elif (aged := age_before(tokens, num, end, places)) is not None:
        unit, noun, person = "age", "age", aged  # "aged 85", "at the age of 85", "died at 85"
    elif num.currency:
        unit = f"money:{num.currency}"
        np_words, np_end, head = noun_phrase(tokens, end, hi)
        noun = "amount"
        end = max(end, np_end) if np_words and head not in DURATION_UNITS else end
        if _per_share(tokens, end, hi):
            noun = "per share"  # "$26 a share", "$21 per share": a price of one share, not a total
    elif num.percent:
        unit, noun = "percent", "share"
    elif end < len(tokens) and duration_unit(tokens[end].lower):
        d_unit = duration_unit(tokens[end].lower) or "day"
        if end + 1 < len(tokens) and tokens[end + 1].lower == "old":
            unit, noun, end = "age", "age", end + 2
        else:
            value *= DURATION_UNITS[d_unit]
            unit, noun, end = "duration", "duration:" + frame_of(tokens, num.start, end + 1), end + 1
            integral = False
        value_end = end
    else:
        np_words, np_end, noun = noun_phrase(tokens, end, hi)
        if len(np_words) == 1 and np_words[0] is tokens[end] and VERB_CLASSES.get(tokens[end].lower) in PEOPLE_TOLLS:
            # "24 dead", "three died", "12 fled": no noun, but a toll's word that tells of people
            np_words, noun, toll = [], "person", tokens[end]
        if toll is not None:
            value_end = np_end
        elif not np_words and end < hi and tokens[end].lower == "others":
            # "killed a guard and wounded two others": two more people, if a toll's verb says so
            others = True
            noun, np_words, np_end = "person", [tokens[end]], end + 1
            value_end = np_end
        elif not np_words and (person := appositive_person(tokens, num, end, places)):
            # "Dorian Falk, 34, was arrested": the age of the person just named
            unit, noun, np_end = "age", "age", end
        elif not np_words and (elided := _elided_people(tokens, num, end, hi)) is not None:
            # "shot three co-workers, killing two (of them)": people, as the toll's verb says
            noun, np_end = "person", elided
            value_end = elided
            toll = tokens[num.start - 1]
        elif (
            not np_words
            and (verb := _subject_of(tokens, num, end, hi)) is not None
            and (_tolls(verb) or _counted_before(before))
        ):
            # "Four people died and 12 were hurt", "At least 40 were killed": people, as
            # the toll's verb after the number says; else more of the thing counted just
            # before ("92 ships were attacked and 36 hijacked")
            noun, np_end = "person" if _tolls(verb) else before.noun, end  # type: ignore[union-attr]
            toll = verb if verb.lower in VERB_CLASSES else None
            # "Four bombs were dropped - two landed inside the camp": a part of the things
            # counted before, as "two of the bombs" is
            partitive = not _tolls(verb)
        elif not np_words and (part := _partitive(tokens, end, hi)) is not None:
            # "three of the dead were children", "two of the bombs fell in the camp": a part
            # of the things counted, marked so that it meets only other parts; "won 112 of
            # the 200 seats": with the whole told beside it, the count of what its clause
            # tells ("won 112 seats")
            np_words, np_end, noun = part
            value_end, partitive = np_end, not _of_a_total(tokens, end)
        elif not np_words and (told := _death_toll(tokens, num, lo)) is not None:
            # "the death toll rose to 40", "raising the death toll to 12": people killed
            noun, np_end = "person", end
            toll = told
        elif not np_words:
            owner = tokens[num.start - 2].lower if num.start >= 2 and tokens[num.start - 1].lower == "of" else ""
            if owner in COLLECTIVES and not num.anaphoric:
                noun = COLLECTIVES[owner]  # "a crowd of 45,000": the crowd is counted
            elif owner in MEMBER_OF:
                noun = "of:" + (NOUN_EQUIVALENTS.get(owner) or stem(owner))  # "a mother of 12": her children
            else:
                return None
            np_words, np_end = [tokens[num.start - 2]], end
        elif sure_noun(np_words):
            value_end = np_end  # "at least 80 people": the count as written, with what it counts
        if noun == "person" and num.start > 0 and tokens[num.start - 1].lower in EMPLOYING_VERBS:
            noun = "employee"  # "the company employs 12,000 people": its employees
        if num.value == 1 and num.words and noun not in NOUN_EQUIVALENTS.values():
            return None  # "one sensitive area": a determiner, not a count
        end = np_end
        era_end = _accusation_at(tokens, np_end, hi)
    skip = frozenset({noun}) if noun else frozenset()
    ctx = read_context(tokens, places, num.start, end, lo, hi, skip)
    ctx = _with_modifiers(ctx, np_words, places, noun)
    if unit == "length" and noun != "distance":
        ctx = _with_length_noun(ctx, noun)
    narrowing = complement(tokens, end, hi) if np_words else ""
    if unit.startswith("money"):
        # "$12 million for the new road", "$21 a share for Quorix", "bought the painting for $5 million"
        narrowing = complement(tokens, per_unit(tokens, end, hi), hi, money=True)
        bought = object_priced(tokens, num.start, lo) or subject_priced(tokens, num.start, lo)
        narrowing = " ".join(filter(None, (narrowing, bought, _appraised(tokens, num.start))))
    if noun not in ("person", "death") and _reached(tokens, num.start):
        # "the winds had weakened to 60 mph": a level reached, not the one first told (a
        # toll that "rose to 40" is still the toll: tolls are compared as floors)
        narrowing = " ".join(filter(None, (narrowing, "#reached")))
    if partitive:
        narrowing = " ".join(filter(None, (narrowing, "#part")))
    if narrowing:
        ctx = replace(ctx, terms=tuple(sorted({*ctx.terms, *narrowing.split()})))
    if others and ctx.verb not in PEOPLE_TOLLS:
        # "destroyed 20 homes and damaged 40 others": the object of a second verb of one
        # subject is more of the thing counted before; but as a subject of its own ("four
        # bombs fell, and two others were defused") what the others are the clause does not say
        doing = tokens[num.start - 1] if num.start else None
        if doing is None or not (doing.lower in VERB_CLASSES or past_form(doing)):
            return None
        if not _counted_before(before):
            return None
        noun = before.noun  # type: ignore[union-attr]
    if era_end < 0 and ctx.verb == "sentence":
        # "sentenced to 16 years in prison for leading the 2014 robbery": the year is the crime's
        era_end = next((t.start for t in tokens[end:hi] if t.lower == "for"), -1)
    if toll is not None:
        ctx = replace(ctx, verb=VERB_CLASSES[toll.lower], verb_text=toll.text)  # it governs: "killing two"
    elif not ctx.verb and noun in MUNITIONS and (impact := _impact_after(tokens, end, hi)) is not None:
        ctx = replace(ctx, verb="hit", verb_text=impact.text)  # "five of the bombs fell in the camp"
    low, high = _interval(value, num.hedge, settings, integral and unit == "count")
    if unit in ("length", "speed", "weight"):
        # Lengths are rounded, and converted ones more so ("10 km (six miles)"): allow half
        # a unit of the last stated digit, or 5%, whichever is more.
        factor = value / num.value if num.value else 1.0
        text_num = tokens[num.num_start].text
        decimals = len(text_num.split(".")[1]) if "." in text_num else 0
        spread = max(0.5 * 10**-decimals, 0.05 * num.value) * factor
        low, high = low - spread, high + spread
        if num.end < len(tokens) and tokens[num.end].lower == "nautical":
            # a sea distance another outlet may give in "miles", meaning the same nautical ones
            low = min(low, low / _NAUTICAL_MILE * _STATUTE_MILE)
    noun_text = " ".join(t.text for t in np_words)
    return Quantity(
        tokens[num.start].start,
        tokens[value_end - 1].end,
        value,
        unit,
        num.hedge,
        low,
        high,
        noun,
        noun_text,
        num.contrast or others,
        ctx,
        person,
        era_end,
    )
