"""Ages and whose they are: "Dorian Falk, 34,", "aged 32", "died at the age of 85",
"the 34-year-old Dorian Falk", "a 10-year-old girl"."""

from __future__ import annotations

from ..lexicon import DURATION_UNITS, MONTHS, PLACE_PREPOSITIONS, STOPWORDS, WEEKDAYS
from ..model import Hedge
from .numbers import Number
from .phrases import noun_phrase
from .places import Place, place_at
from .text import Token

# Words of dying after which an age is the age at death ("died at 85").
DYING = frozenset({"died", "dies", "dying"})
# Words a clause between commas after a name may hold ("Mara Quint, the actress who
# starred in more than 40 films and won an Oscar in 1961, died").
_APPOSITION_REACH = 24


def age_before(tokens: list[Token], num: Number, end: int, places: list[Place]) -> str | None:
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
    if before == "of" and two == "age":  # "died at the age of 85", "died on Monday at the age of 85"
        at_age = num.start >= 5 and tokens[num.start - 4].lower == "at"
        return _dying_before(tokens, num.start - 5, places) if at_age else ""
    if before == "age" and two == "at":  # "died at age 85"
        return _dying_before(tokens, num.start - 3, places)
    after = tokens[end].lower if end < len(tokens) else "."
    closed = after in _AFTER_AGE or after in ("when", "in", "on", "of", "after")  # nothing counted after it
    if before == "at" and closed:
        # "the singer died at 85 in hospital", "died on Thursday at 85"; "died at 5 p.m."
        # is a clock time, read apart
        died = _dying_at(tokens, num.start - 2)
        if died is not None:
            return person_who_died(tokens, died, places)
    if closed and before in ("was", "is") and two in ("he", "she", "who"):
        # "Page, who was 85, died": the person before "who"; "she was 85": no one named
        comma = num.start >= 4 and tokens[num.start - 3].text == ","
        return _person_before(tokens, num.start - 4, places) if two == "who" and comma else ""
    return None


def _dying_at(tokens: list[Token], k: int) -> int | None:
    """The verb of dying among the few words ending at ``tokens[k]``, in the same clause
    ("died on Thursday at 85"), or ``None``."""
    died = next((i for i in range(k, max(-1, k - 6), -1) if tokens[i].lower in DYING), None)
    if died is None or any(t.text in ",;" for t in tokens[died : k + 1]):
        return None
    return died


def _dying_before(tokens: list[Token], k: int, places: list[Place]) -> str:
    """The person who died, when a verb of dying ends the words before an age at ``k``
    ("Quint died at the age of 85", "Quint died on Monday at age 85"), or ""."""
    died = _dying_at(tokens, k)
    return person_who_died(tokens, died, places) if died is not None else ""


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
        j = next((i - 1 for i in range(j - 1, max(0, j - _APPOSITION_REACH), -1) if tokens[i].text == ","), -1)
    return _person_before(tokens, j, places)


# Marks that close an age told between commas after a name ("Dorian Falk, 34, was ..."),
# and the suffixes a name may carry before it ("Lionel Brandt Jr., 61,").
_AFTER_AGE = frozenset({",", ".", ";"})
_NAME_SUFFIXES = frozenset({"jr", "sr"})
_PERSON_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their"})


def appositive_person(tokens: list[Token], num: Number, end: int, places: list[Place]) -> str:
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


def person_before_apposition(tokens: list[Token], start: int, places: list[Place]) -> str:
    """The person named just before an apposition that opens at ``tokens[start]`` with its
    article: "Tom Kell, the 41-year-old Harlow man who ...", "said Ana Morrow, a 45-year-old
    neighbour" (the age is Kell's, Morrow's), or "". A lone capitalized word opening the
    sentence ("Separately, a 45-year-old ...") names no one."""
    if start < 3 or tokens[start].lower not in ("the", "a", "an") or tokens[start - 1].text != ",":
        return ""
    person = _person_before(tokens, start - 2, places)
    if not person or person[0] == "~" or (" " not in person and start - 2 == 0):
        return ""
    return person


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
    if before in PLACE_PREPOSITIONS:
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
    if place_at(places, last.start) is not None:
        return ""  # "in Seoul, 12, ...": a place, not a person
    return " ".join(w.text for w in words)


def person_after(tokens: list[Token], k: int, hi: int) -> str:
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
