"""Quantity claims: a number, its hedge and unit, and what it counts, where and doing what."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..config import Settings
from ..lexicon import (
    COMMON_VERBS,
    DEMONYMS,
    DURATION_UNITS,
    FRAMES,
    MEMBER_OF,
    MONTHS,
    MULTIWORD_NOUNS,
    NOUN_EQUIVALENTS,
    NOUNISH_ING,
    NUMBER_WORDS,
    PEOPLE_TOLLS,
    STOPWORDS,
    VERB_CLASSES,
    WEEKDAYS,
)
from ..model import Hedge
from .context import Context, ordinal_edition_at, read_context, stem, term_of
from .numbers import NUMBER_CUES, Number, compound_unit, duration_unit, find_numbers, is_label, length_unit
from .places import Place
from .text import Cues, Token

_MAX_NP = 4


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


def _verbish(tok: Token, nxt: Token | None, first: bool) -> bool:
    low = tok.lower
    if low.endswith("ing") and low not in NOUNISH_ING:
        return True
    if low.endswith("ed") and len(low) > 4:
        # "wounded soldiers" is adjectival; "troops stationed", "protesters gathered" are verbs.
        return not first or nxt is None or not nxt.is_word or nxt.lower in STOPWORDS
    return False


def _conjunct(tokens: list[Token], j: int, hi: int) -> tuple[list[Token], int]:
    words: list[Token] = []
    while j < hi and len(words) < _MAX_NP:
        tok = tokens[j]
        nxt = tokens[j + 1] if j + 1 < hi else None
        stop = tok.lower in STOPWORDS and not (tok.text.isupper() and len(tok.text) > 1)  # "US"
        # "23 people dead", "five soldiers missing": the predicate, not part of the noun
        stop = stop or (bool(words) and (tok.lower in COMMON_VERBS or tok.lower in VERB_CLASSES))
        if tok.is_word and not stop and tok.lower not in NUMBER_WORDS and not _verbish(tok, nxt, not words):
            words.append(tok)
            j += 1
        elif tok.text == "-" and words and nxt is not None and nxt.is_word and tok.start == tokens[j - 1].end:
            j += 1
        else:
            break
    return words, j


def _head(words: list[Token]) -> str:
    if len(words) >= 2:
        pair = (words[-2].lower, words[-1].lower)
        if pair in MULTIWORD_NOUNS:
            return MULTIWORD_NOUNS[pair]
    last = words[-1].lower
    if last.endswith("s") and last[:-1] in DEMONYMS:
        return "person"  # "20 Palestinians": people, with their nationality as a modifier
    return NOUN_EQUIVALENTS.get(last) or stem(last)


def _sure_noun(words: list[Token]) -> bool:
    """Whether a phrase read after a number surely ends at its noun ("80 people",
    "35,000 U.S. troops"), not at a verb no lexicon knows ("25,000 vehicles cross")."""
    if len(words) == 1:
        return True
    last = words[-1].lower
    return (
        last in NOUN_EQUIVALENTS
        or (words[-2].lower, last) in MULTIWORD_NOUNS
        or (last.endswith("s") and last[:-1] in DEMONYMS)
    )


def noun_phrase(tokens: list[Token], j: int, hi: int) -> tuple[list[Token], int, str]:
    """Return the noun phrase at ``j`` (coordinated heads allowed), its end and head.

    "navy, air force and marines" is one phrase when every conjunct names the same
    kind of thing (all military personnel); otherwise only the first conjunct counts.
    """
    first, end = _conjunct(tokens, j, hi)
    if not first:
        return [], j, ""
    head = _head(first)
    words, k, saw_and = list(first), end, False
    while k < hi and (tokens[k].text == "," or tokens[k].lower in ("and", "or")):
        sep = k
        while k < hi and (tokens[k].text == "," or tokens[k].lower in ("and", "or")):
            saw_and = saw_and or tokens[k].lower in ("and", "or")
            k += 1
        nxt, k2 = _conjunct(tokens, k, hi)
        if not nxt or _head(nxt) != head:
            k = sep
            break
        words.extend(nxt)
        k = k2
    if k != end and saw_and:
        return words, k, head
    return first, end, head


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
        place = next((p for p in places if p.start <= tok.start < p.end), None)
        if place is not None:
            agents.append(place.country)
            continue
        if i == len(words) - 1:
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
    numbers = [
        n
        for n in find_numbers(tokens, text)
        if not is_label(tokens, n, text) and not any(a <= tokens[n.num_start].start < b for a, b in masked)
    ]
    bounds = [
        _split_point(tokens, a.end, b.start) if not _paired(tokens, a, b) else None
        for a, b in zip(numbers, numbers[1:], strict=False)
    ]
    for idx, num in enumerate(numbers):
        # "7.6 and 7.5 magnitude quakes": a coordinated pair shares one clause.
        lo_k = next((k for k in range(idx - 1, -1, -1) if bounds[k] is not None), None)
        hi_k = next((k for k in range(idx, len(bounds)) if bounds[k] is not None), None)
        lo = bounds[lo_k] or 0 if lo_k is not None else 0
        hi = bounds[hi_k] or len(tokens) if hi_k is not None else len(tokens)
        q = _quantity(tokens, text, places, num, lo, hi, settings)
        if q is not None and not q.context.negated:
            yield q


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
            return "length", _length_noun(tokens, num.start), factor, end + 2
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
    if end < len(tokens):
        factor = length_unit(tokens[end].lower)
        if factor is not None:
            return "length", _length_noun(tokens, num.start), factor, end + 1
    return None


def _length_noun(tokens: list[Token], start: int) -> str:
    """What a length measures: a depth, a height, or (by default) a distance."""
    for tok in tokens[max(0, start - 4) : start]:
        if tok.lower in ("depth", "deep", "height", "high", "tall", "long", "length", "wide", "width"):
            return {"deep": "depth", "high": "height", "tall": "height", "long": "length", "wide": "width"}.get(
                tok.lower, tok.lower
            )
    return "distance"


def _is_conversion(tokens: list[Token], num: Number) -> bool:
    """Return whether a measure repeats the one before it in other units: "10 km (6 miles)"."""
    k = num.start - 1
    return k >= 1 and tokens[k].text == "(" and length_unit(tokens[k - 1].lower) is not None


def may_have_ordinal(cues: Cues) -> bool:
    """Whether ``find_ordinals`` may find anything: only numeric ordinals count."""
    return cues.digits


def find_ordinals(tokens: list[Token], places: list[Place]) -> Iterator[Quantity]:
    """Yield editions of named events: "the 81st annual Oscars", "the 79th Academy Awards".

    Only a numeric ordinal before "annual" or a capitalized name counts: "the second
    woman" or "21st century" states no edition.
    """
    for i, tok in enumerate(tokens):
        edition = ordinal_edition_at(tokens, i)
        if edition is None:
            continue
        value = float(edition[1:])
        ctx = read_context(tokens, places, i, i + 1)
        if ctx.negated:
            continue
        yield Quantity(
            tok.start, tok.end, value, "ordinal", Hedge.EXACT, value, value, "edition", "edition", False, ctx
        )


def _paired(tokens: list[Token], a: Number, b: Number) -> bool:
    """Return whether two numbers are coordinated values of one noun ("7.6 and 7.5")."""
    between = [t.lower for t in tokens[a.end : b.start]]
    return between in (["and"], ["or"], ["to"]) and b.start == a.end + 1 and b.hedge is Hedge.EXACT


def _split_point(tokens: list[Token], a: int, b: int) -> int:
    """Where the clause of one number ends and the next one's begins, between a and b."""
    for k in range(b - 1, a - 1, -1):
        if tokens[k].lower in ("and", "or", "but", "while", "whereas") or tokens[k].text in (",", ";"):
            return k + 1
    return b


def _age_before(tokens: list[Token], num: Number, end: int, places: list[Place]) -> str | None:
    """Whether the words around the number make it an age ("aged 85", "at the age of 85",
    "at age 85", "died at 85", "she was 85.", "who was 85,"): ``None`` when they do not,
    else the person when they tell it ("Smith, aged 85", "Page, who was 85", "the singer
    died at 85"), or ""."""
    if num.currency or num.percent or num.value != int(num.value) or num.start < 1 or not 0 < num.value < 120:
        return None
    before = tokens[num.start - 1].lower
    two = tokens[num.start - 2].lower if num.start >= 2 else ""
    if before == "aged":  # "Smith, aged 85," / "a man aged 32"
        return _person_before(tokens, num.start - (3 if two == "," else 2), places)
    if before == "of" and two == "age":  # "died at the age of 85"
        at = num.start - 5 if num.start >= 5 and tokens[num.start - 4].lower == "at" else -1
        return person_who_died(tokens, at, places) if at >= 0 and tokens[at].lower in DYING else ""
    if before == "age" and two == "at":  # "died at age 85"
        return person_who_died(tokens, num.start - 3, places) if num.start >= 3 else ""
    after = tokens[end].lower if end < len(tokens) else "."
    closed = after in _AFTER_AGE or after in ("when", "in", "on", "of", "after")  # nothing counted after it
    if before == "at" and closed:
        # "the singer died at 85 in hospital", "died on Thursday at 85"; "died at 5 p.m."
        # is a clock time, read apart
        died = next((k for k in range(num.start - 2, max(-1, num.start - 8), -1) if tokens[k].lower in DYING), None)
        if died is not None and all(t.text not in ",;" for t in tokens[died : num.start]):
            return person_who_died(tokens, died, places)
    if closed and before in ("was", "is") and two in ("he", "she", "who"):
        # "Page, who was 85, died": the person before "who"; "she was 85": no one named
        comma = num.start >= 4 and tokens[num.start - 3].text == ","
        return _person_before(tokens, num.start - 4, places) if two == "who" and comma else ""
    return None


# Words of dying after which an age is the age at death ("died at 85").
DYING = frozenset({"died", "dies", "dying"})


def person_who_died(tokens: list[Token], k: int, places: list[Place]) -> str:
    """The person the subject before the verb of dying at ``tokens[k]`` names ("Mara Quint
    died", "Quint, who died", "the singer died"), or "" (see ``_person_before``)."""
    if k < 1 or tokens[k].lower not in DYING:
        return ""
    j = k - 1
    if tokens[j].lower == "who" and j >= 2 and tokens[j - 1].text == ",":
        j -= 2  # "Mara Quint, who died at 85"
    elif tokens[j].text == ",":
        # "Mara Quint, who sang in the choir for 40 years, died": the subject before the
        # clause between commas
        j = next((i - 1 for i in range(j - 1, max(0, j - 16), -1) if tokens[i].text == ","), -1)
    return _person_before(tokens, j, places)


# Marks that close an age told between commas after a name ("Dorian Falk, 34, was ..."),
# and the suffixes a name may carry before it ("Lionel Brandt Jr., 61,").
_AFTER_AGE = frozenset({",", ".", ";"})
_NAME_SUFFIXES = frozenset({"jr", "sr"})
_PERSON_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their"})
_BEFORE_PLACE = frozenset(
    {"in", "at", "from", "near", "to", "across", "outside", "inside", "into", "toward", "towards"}
)


def _appositive_person(tokens: list[Token], num: Number, end: int, places: list[Place]) -> str:
    """The person whose age a bare number between commas tells, or "".

    News writes a person's age in digits right after the name ("Mara Quint, 52, and
    ...", "said Lee Park, 61.") or after a noun with its article ("the climber, 34,":
    returned as "~climber"). A number in a list ("4, 5, 6"), after a place ("in Seoul,
    12,"), a month, a weekday or an acronym, or with a hedge is no such age.
    """
    first = tokens[num.start]
    if num.words or num.currency or num.percent or num.hedge is not Hedge.EXACT or num.start != num.num_start:
        return ""
    if not first.text.isdigit() or not 1 <= num.value <= 115 or num.start < 2 or tokens[num.start - 1].text != ",":
        return ""
    if end < len(tokens) and (
        tokens[end].text not in _AFTER_AGE or (end + 1 < len(tokens) and tokens[end + 1].is_number)
    ):
        return ""
    return _person_before(tokens, num.start - 2, places)


def _person_before(tokens: list[Token], k: int, places: list[Place]) -> str:
    """The person the words ending at ``tokens[k]`` name: a name ("Lionel Brandt Jr."),
    a noun after its article, marked "~" ("the climber"), or "" (a place, a month, a
    weekday, an acronym, nothing)."""
    if k < 0:
        return ""
    if k >= 1 and tokens[k].text == "." and tokens[k - 1].lower in _NAME_SUFFIXES:
        k -= 2
    elif tokens[k].lower in _NAME_SUFFIXES:
        k -= 1
    if k >= 1 and tokens[k].is_word and not tokens[k].is_capitalized and tokens[k - 1].lower in _PERSON_DETERMINERS:
        if tokens[k].lower in STOPWORDS or tokens[k].lower in DURATION_UNITS:
            return ""
        return "~" + tokens[k].lower  # "The climber, 34, fell": the age of a person told by a noun
    words: list[Token] = []
    while k >= 0 and len(words) < 4 and tokens[k].is_word and tokens[k].is_capitalized:
        words.insert(0, tokens[k])
        k -= 1
    before = tokens[k].lower if k >= 0 else ""
    while words and words[0].lower in STOPWORDS:
        before = words.pop(0).lower  # "However, Smith, 49,": not a name word
    if before in _BEFORE_PLACE:
        return ""  # "in Harlow, 12, people": a place, whether or not it is known
    if not words:
        return ""
    last = words[-1]
    if (
        last.lower in MONTHS
        or last.lower in WEEKDAYS
        or last.lower in STOPWORDS
        or (last.text.isupper() and len(last.text) > 1)
    ):
        return ""
    if any(p.start <= last.start < p.end for p in places):
        return ""  # "in Seoul, 12, ...": a place, not a person
    return " ".join(w.text for w in words)


def _person_after(tokens: list[Token], k: int, hi: int) -> str:
    """Who an age glued to the words after it belongs to: a name ("the 34-year-old Dorian
    Falk"), a noun marked "~" ("a 10-year-old girl" -> "~girl"), or "" ("the 40-year-old
    has hosted before")."""
    words: list[Token] = []
    while k < hi and len(words) < 3 and tokens[k].is_word and tokens[k].is_capitalized:
        words.append(tokens[k])
        k += 1
    if words:
        return " ".join(w.text for w in words)
    np_words, _end, _head = noun_phrase(tokens, k, hi)
    if not np_words or np_words[-1].lower in STOPWORDS:
        return ""
    return "~" + np_words[-1].lower


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


# Prepositions that say which of the counted things are meant: "homes without power",
# "patients for burns", "people with injuries".
_COMPLEMENT_PREPOSITIONS = frozenset({"without", "for", "with"})
_COMPLEMENT_SKIP = frozenset({"the", "a", "an", "their", "its", "his", "her", "no"})


def complement(tokens: list[Token], k: int, hi: int, money: bool = False) -> str:
    """The phrase right after a counted noun that narrows it ("30,000 homes without
    power": "+without:power"), as a subject term marked "+", or "". Its head is folded as
    a subject word is, and an action word stands for its class ("for murder" =
    "for the killing")."""
    if k + 1 >= hi or not (tokens[k].lower in _COMPLEMENT_PREPOSITIONS or money and tokens[k].lower == "on"):
        return ""  # an amount is also narrowed by what it is spent on: "$3 billion on defense"
    j = k + 1
    while j < min(hi, k + 4) and (tokens[j].lower in _COMPLEMENT_SKIP or tokens[j].lower in STOPWORDS):
        j += 1  # "for the new road"
    if j >= hi or tokens[j].lower in WEEKDAYS or tokens[j].lower in MONTHS:
        return ""  # "on Friday" tells when, not what
    action = VERB_CLASSES.get(tokens[j].lower)
    head = action or noun_phrase(tokens, j, hi)[2]
    return f"+{tokens[k].lower}:{head}" if head else ""


def _per_unit(tokens: list[Token], k: int, hi: int) -> int:
    """Past "a share", "per share", "each" after an amount ("$21 a share for Quorix")."""
    if k + 1 < hi and tokens[k].lower in ("a", "per") and tokens[k + 1].is_word:
        return k + 2
    if k < hi and tokens[k].lower in ("each", "apiece"):
        return k + 1
    return k


def _object_priced(tokens: list[Token], start: int, lo: int) -> str:
    """What an action of buying or selling was done to, when the amount follows it with
    "for" ("bought the painting for $5 million": "+obj:paint"), marked as a subject term;
    else "". Two amounts paid for two things are two facts."""
    k = start - 1
    if k - 1 < lo or tokens[k].lower != "for" or not tokens[k - 1].is_word:
        return ""
    j = k - 2
    while j >= max(lo, k - 4) and tokens[j].is_word and tokens[j].lower not in VERB_CLASSES:
        j -= 1
    if j < max(lo, k - 4) or VERB_CLASSES.get(tokens[j].lower) != "buy":
        return ""
    word = tokens[k - 1].lower
    return f"+obj:{NOUN_EQUIVALENTS.get(word) or stem(word)}"


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


def _quantity(
    tokens: list[Token],
    text: str,
    places: list[Place],
    num: Number,
    lo: int,
    hi: int,
    settings: Settings,
) -> Quantity | None:
    value, end = num.value, num.end
    unit, noun, np_words, others, person = "count", "", [], False, ""
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
            person = _person_after(tokens, end, hi)  # "the 34-year-old Dorian Falk", "a 10-year-old girl"
        elif glued in DURATION_UNITS and not num.anaphoric:
            # "a 90-day moratorium", "an eight-year contract": how long the thing lasts
            value *= DURATION_UNITS[glued]
            unit, noun, end = "duration", "duration:for", end + 2
            integral = False
            value_end = end
        else:
            return None
    elif (aged := _age_before(tokens, num, end, places)) is not None:
        unit, noun, person = "age", "age", aged  # "aged 85", "at the age of 85", "died at 85"
    elif num.currency:
        unit = f"money:{num.currency}"
        np_words, np_end, head = noun_phrase(tokens, end, hi)
        noun = "amount"
        end = max(end, np_end) if np_words and head not in DURATION_UNITS else end
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
        if not np_words and end < hi and tokens[end].lower == "others":
            # "killed a guard and wounded two others": two more people, if a toll's verb says so
            others = True
            noun, np_words, np_end = "person", [tokens[end]], end + 1
            value_end = np_end
        elif not np_words and (person := _appositive_person(tokens, num, end, places)):
            # "Dorian Falk, 34, was arrested": the age of the person just named
            unit, noun, np_end = "age", "age", end
        elif not np_words and (elided := _elided_people(tokens, num, end, hi)) is not None:
            # "shot three co-workers, killing two (of them)": people, as the toll's verb says
            noun, np_end = "person", elided
            value_end = elided
            toll = tokens[num.start - 1]
        elif not np_words:
            owner = tokens[num.start - 2].lower if num.start >= 2 and tokens[num.start - 1].lower == "of" else ""
            if owner not in MEMBER_OF:
                return None
            # "a mother of 12": the number of her children.
            noun = "of:" + (NOUN_EQUIVALENTS.get(owner) or stem(owner))
            np_words, np_end = [tokens[num.start - 2]], end
        elif _sure_noun(np_words):
            value_end = np_end  # "at least 80 people": the count as written, with what it counts
        if num.value == 1 and num.words and noun not in NOUN_EQUIVALENTS.values():
            return None  # "one sensitive area": a determiner, not a count
        end = np_end
        era_end = _accusation_at(tokens, np_end, hi)
    skip = frozenset({noun}) if noun else frozenset()
    ctx = read_context(tokens, places, num.start, end, lo, hi, skip)
    ctx = _with_modifiers(ctx, np_words, places, noun)
    narrowing = complement(tokens, end, hi) if np_words else ""
    if unit.startswith("money"):
        # "$12 million for the new road", "$21 a share for Quorix", "bought the painting for $5 million"
        narrowing = complement(tokens, _per_unit(tokens, end, hi), hi, money=True)
        narrowing = " ".join(filter(None, (narrowing, _object_priced(tokens, num.start, lo))))
    if narrowing:
        ctx = replace(ctx, terms=tuple(sorted({*ctx.terms, *narrowing.split()})))
    if others and ctx.verb not in PEOPLE_TOLLS:
        return None  # "two others fell near the airstrip": other what, the clause does not say
    if toll is not None:
        ctx = replace(ctx, verb=VERB_CLASSES[toll.lower], verb_text=toll.text)  # it governs: "killing two"
    low, high = _interval(value, num.hedge, settings, integral and unit == "count")
    if unit == "length":
        # Lengths are rounded, and converted ones more so ("10 km (six miles)"): allow half
        # a unit of the last stated digit, or 5%, whichever is more.
        factor = value / num.value if num.value else 1.0
        text_num = tokens[num.num_start].text
        decimals = len(text_num.split(".")[1]) if "." in text_num else 0
        spread = max(0.5 * 10**-decimals, 0.05 * num.value) * factor
        low, high = low - spread, high + spread
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
