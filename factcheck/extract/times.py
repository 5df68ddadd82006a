"""Clock times ("3:45 pm", "about 3pm", "0737 GMT") and the day a clause speaks of."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..lexicon import MONTHS, TIME_HEDGES, TIME_ZONES, WEEKDAYS
from .ages import DYING, person_who_died
from .places import Place
from .text import Cues, Token, cues

_AMPM = r"(?P<ampm>[ap])\.?\s?m\b\.?"
_CLOCK_RE = re.compile(
    r"(?<![\d.:,])(?:"
    rf"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?{_AMPM}"
    r"|(?P<h24>[01]\d|2[0-3]):?(?P<m24>[0-5]\d)\s?(?:hours?\s+)?(?P<zone24>GMT|UTC)\b"
    r"|(?P<h24b>[01]?\d|2[0-3]):(?P<m24b>[0-5]\d)(?!\s?[ap]\.?\s?m)(?=\s?(?:GMT|UTC|local\s+time)\b)"
    r"|\b(?P<word>noon|midnight)\b"
    r")"
    r"(?:\s?(?P<zone>GMT|UTC|[ECMP][SD]?T|BST|CET|CEST|IST|JST|KST|WIB|local\s+time)\b)?",
    re.IGNORECASE,
)
_HEDGE_RE = re.compile(r"(?P<hedge>" + "|".join(sorted(TIME_HEDGES, key=len, reverse=True)) + r")\s+(?:at\s+)?$", re.I)
_BOUND_RE = re.compile(r"\b(?:since|until|till|by|from|between|to)\s+(?:about\s+|around\s+)?$", re.I)


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time of day: ``low``/``high`` in minutes after midnight, hedge included."""

    start: int
    end: int
    text: str
    low: int
    high: int
    minutes: int
    zone: str


_WORD_TIMES = frozenset({"noon", "midnight"})


def may_time(cues: Cues) -> bool:
    """Whether ``find_times`` may find anything: a digit, "noon" or "midnight"."""
    return cues.digits or not cues.words.isdisjoint(_WORD_TIMES)


def find_times(text: str) -> list[TimeMention]:
    """Return the clock times stated in ``text`` with their hedges as intervals.

    "about 3pm" allows half an hour either side; "shortly after 8:30 p.m." the half
    hour after; an exact time five minutes (clocks are read and rounded). Bounds
    ("until 6 p.m.", "between 2 and 4 pm") state no moment and are skipped, as are
    conversions in brackets ("3pm (12am GMT)").
    """
    out: list[TimeMention] = []
    for m in _CLOCK_RE.finditer(text):
        minutes = _minutes(m)
        if minutes is None:
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        if before.rstrip().endswith("(") or _BOUND_RE.search(before):
            continue
        start = m.start()
        lo_off, hi_off = -5, 5
        hedge = _HEDGE_RE.search(before)
        if hedge is not None:
            lo_off, hi_off = TIME_HEDGES[" ".join(hedge.group("hedge").lower().split())]
            start = m.start() - len(before) + hedge.start()
        zone = (m.group("zone") or m.group("zone24") or "").lower()
        zone = TIME_ZONES.get(" ".join(zone.split()), zone)
        end = m.end()
        out.append(TimeMention(start, end, text[start:end].rstrip(), minutes + lo_off, minutes + hi_off, minutes, zone))
    return out


def clock_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a clock time, those ``find_times`` skips included ("(1931 GMT)")."""
    return [m.span() for m in _CLOCK_RE.finditer(text) if _minutes(m) is not None]


def _minutes(m: re.Match[str]) -> int | None:
    if m.group("word"):
        return 12 * 60 if m.group("word").lower() == "noon" else 0
    if m.group("h"):
        h = int(m.group("h")) % 12
        if m.group("ampm").lower() == "p":
            h += 12
        return h * 60 + int(m.group("m") or 0)
    if m.group("h24"):
        return int(m.group("h24")) * 60 + int(m.group("m24"))
    if m.group("h24b"):
        return int(m.group("h24b")) * 60 + int(m.group("m24b"))
    return None


def day_context(text: str, pos: int, published: dt.date | None, end: int | None = None) -> str:
    """Return the day the sentence names nearest to ``pos``: a weekday ("tuesday").

    "yesterday" and "today" become weekdays when the publication date is known.
    Used to keep apart claims about different days: two claims whose sentences
    name different days are not about the same moment.
    """
    best, where = "", len(text) + 1
    for m in _DAY_RE.finditer(text):
        word = m.group(0).lower()
        if word in ("yesterday", "today", "tonight"):
            if published is None:
                continue
            back = 1 if word == "yesterday" else 0
            word = WEEKDAYS[(published - dt.timedelta(days=back)).weekday()]
        distance = abs(m.start() - pos)
        stop = pos if end is None else end
        between = (text[stop : m.start()] if m.start() >= stop else text[m.end() : pos]).lower()
        if _OTHER_TIME_RE.search(between):
            continue  # "hit Wednesday, days after a quake killed one": another moment
        if _REPORTED_DAY_RE.search(text[max(0, m.start() - 16) : m.start()]):
            continue  # "announced Friday that ...": when it was said, not when it happens
        if distance < where:
            best, where = word, distance
    return best


_MONTH_NAMES = (
    "january february march april june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_ERA_RE = re.compile(
    r"\b(?:(?P<year>1[6-9]\d\d|20\d\d)(?!\s*(?:%|per))"
    r"|(?P<rel>(?:last|next|previous|past|this|same)\s+(?:year|month|decade|spring|summer|autumn|fall|winter)\b"
    r"|(?:\w+\s+)?(?:years?|decades?|months?|weeks?|days?)\s+(?:ago|earlier|before|later)"
    r"|(?:first|second|third|fourth|latest|previous|earlier|initial|subsequent)(?=\s+(?:[\w-]+\s+)?"
    r"(?:quakes?|earthquakes?|tremors?|attacks?|blasts?|explosions?|shots?|strikes?|raids?|bombs?|fires?"
    r"|games?|match(?:es)?|seasons?|races?|elections?|trials?|storms?|hurricanes?|floods?|wars?)\b))"
    r"|(?P<month>" + "|".join(_MONTH_NAMES) + r")\b\.?(?!\w)"
    r"|(?P<may>May)(?=\s+\d|\s*,?\s*(?:1[6-9]|20)\d\d)|(?<=\bin )(?P<may_in>May)\b)",
    re.IGNORECASE,
)

# Every match of the pattern above holds a digit or one of these words, whole.
_ERA_CUES = (
    frozenset(
        "year years month months decade decades week weeks day days spring summer autumn fall winter "
        "first second third fourth latest previous earlier initial subsequent".split()
    )
    | frozenset(_MONTH_NAMES)
    | {"may"}
)  # "May" is a month before digits or after "in"


def eras_compatible(a: str, b: str) -> bool:
    """Whether two clauses' periods allow one moment.

    Years and relative periods ("2004", "last year", "the first quake") must be named on
    both sides alike; a bare month ("~feb") only rules out another month.
    """
    if a == b:
        return True
    sa, sb = set(filter(None, a.split(","))), set(filter(None, b.split(",")))
    if {x for x in sa if not x.startswith("~")} != {x for x in sb if not x.startswith("~")}:
        return False
    ma, mb = {x for x in sa if x.startswith("~")}, {x for x in sb if x.startswith("~")}
    return not (ma and mb and not ma & mb)


def era_of(text: str) -> str:
    """Return the period a clause names besides its value ("2004", "last year", "~apr").

    A fact stated "in 2004" or "last year" is about another time than the same fact
    stated without one: such claims are kept apart.
    """
    cue = cues(text)
    if not cue.digits and cue.words.isdisjoint(_ERA_CUES):
        return ""  # every period named holds a digit or one of the cue words: most clauses name none
    return _named_periods(text)


def _named_periods(text: str) -> str:
    """``era_of`` without its cue test (kept apart so that a test can compare the two)."""
    found: set[str] = set()
    for m in _ERA_RE.finditer(text):
        if m.group("year"):
            if not re.search(r"\bof\s+(?:the\s+)?$", text[: m.start()]):
                found.add(m.group("year"))  # "the tsunami of 2004" names an event, not a time
        elif m.group("rel"):
            words = m.group("rel").lower().split()
            back = _AGO_COUNTS.get(words[0]) if len(words) == 3 and words[2] == "ago" else None
            if back is not None and words[1].rstrip("s") in ("year", "month"):
                found.add(f"{back} {words[1].rstrip('s')}s ago")  # "five years ago": resolved by resolve_era
            else:
                found.add(" ".join(words[-2:]))
        elif m.group("month") and (m.group("month")[0].isupper()):
            found.add("~" + m.group("month").lower()[:3])
        elif m.group("may") or m.group("may_in"):
            found.add("~may")  # "May 3", "May 2012", "in May": the month; "may" alone is a verb
    return ",".join(sorted(found))


# How many years or months back "N years ago" counts, for N in words or digits ("a year ago").
_AGO_COUNTS = {
    **{w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), start=1)},
    **{str(n): n for n in range(1, 100)},
    "a": 1,
    "an": 1,
}
_AGO_RE = re.compile(r"(\d+) (year|month)s ago")

_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def resolve_era(era: str, published: dt.date | None) -> str:
    """``era`` with "last/this/next year" and "last/this/next month" made the year (and
    month) they name from the publication date: "last month" in a January article and in
    a March one are two months. Without a date they stay as written."""
    if published is None or not era:
        return era
    out: set[str] = set()
    for part in era.split(","):
        step = {"last": -1, "this": 0, "next": 1}.get(part.split()[0]) if " " in part else None
        unit = part.split()[-1]
        if ago := _AGO_RE.fullmatch(part):
            # "five years ago" in a 2009 article is 2004; "three months ago" in March 2009, December 2008
            back = int(ago.group(1))
            if ago.group(2) == "year":
                out.add(str(published.year - back))
            else:
                months = published.year * 12 + published.month - 1 - back
                out.update((str(months // 12), "~" + _MONTH_KEYS[months % 12]))
        elif step is None or unit not in ("year", "month"):
            out.add(part)
        elif unit == "year":
            out.add(str(published.year + step))
        else:
            months = published.year * 12 + published.month - 1 + step
            out.update((str(months // 12), "~" + _MONTH_KEYS[months % 12]))
    return ",".join(sorted(out))


def event_era(text: str) -> str:
    """A date claim's era: the years and ordinals its clause ``text`` names, without
    relative periods and without the periods of another event it is set against.

    A stated date is its own period: a "last month" beside it in the clause ("the
    March 4 vote, which the court annulled last month") belongs to something else, and
    so do the years after "following", "after", "since" ("hosted in 2004, following her
    rival's turns in 1994 and 1999"; "the worst flood since 1953").
    """
    era = era_of(without_other_events(text))
    return ",".join(x for x in era.split(",") if " " not in x)


def without_other_events(text: str) -> str:
    """A clause without the phrases that set its moment against another event ("after
    losing to Kell in January 2008", "since 2004"): their periods are the other event's."""
    return _OTHER_EVENT_RE.sub(" ", text)


# Words that set one moment against another ("days after", "following", "since").
_AGAINST = "after|before|since|following|until"
# A phrase that sets the story's event against another one, up to the next comma.
_OTHER_EVENT_RE = re.compile(rf"\b(?:{_AGAINST}|unlike|like)\b[^,;]*", re.IGNORECASE)
_OTHER_TIME_RE = re.compile(rf"\b(?:{_AGAINST}|ago|earlier|later)\b")
_REPORTED_DAY_RE = re.compile(r"\b(?:said|says|announced|told\s+\w+|reported|confirmed|stated)\s+(?:on\s+)?$")
_DAY_RE = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r"|yesterday|today|tonight)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DeathDay:
    """The day of the week a named person died ("Mara Quint died on Thursday"): the
    characters of the day's word, and the day as a weekday ("thursday")."""

    start: int
    end: int
    text: str
    weekday: str


_DEATH_DAY_WORDS = frozenset({*WEEKDAYS, "yesterday", "today"})
# Words that end the stretch after "died" in which its day is told: a new clause or
# another event ("died on Friday, two days after he was shot on Wednesday").
_DEATH_DAY_STOPS = frozenset({",", ".", ";", ":", "and", "but", "after", "before", "since", "when", "while", "than"})
_DEATH_DAY_REACH = 8


def may_name_death_day(cue: Cues) -> bool:
    """Whether ``death_days`` may find anything: a word of dying and a day's word."""
    return not cue.words.isdisjoint(DYING) and not cue.words.isdisjoint(_DEATH_DAY_WORDS)


def death_days(tokens: list[Token], places: list[Place], published: dt.date | None) -> list[DeathDay]:
    """The weekdays on which the people a sentence names died.

    A person dies once: two reports of one death on two weekdays cannot both be right,
    though neither tells a date. Read narrowly: a name (not a noun: "a patient died on
    Monday" may be another patient), then "died", then within a few words of the same
    clause the day ("died of heart failure on Thursday"); "yesterday" and "today" only
    when the publication date tells their weekday. A weekday that opens a full date
    ("died on Thursday, Nov. 30") is left to that date.
    """
    found: list[DeathDay] = []
    for k, t in enumerate(tokens):
        if t.lower not in DYING:
            continue
        person = person_who_died(tokens, k, places)
        if not person or person.startswith("~"):
            continue
        for j in range(k + 1, min(len(tokens), k + 1 + _DEATH_DAY_REACH)):
            word = tokens[j].lower
            if word in _DEATH_DAY_STOPS:
                break
            if word not in _DEATH_DAY_WORDS:
                continue
            if word in WEEKDAYS:
                weekday = word
            elif published is None:
                break
            else:
                weekday = WEEKDAYS[(published - dt.timedelta(days=1 if word == "yesterday" else 0)).weekday()]
            after = [x for x in tokens[j + 1 : j + 3] if x.text != ","]
            if after and (after[0].is_number or after[0].lower.rstrip(".") in MONTHS):
                break  # "Thursday, Nov. 30": the date says it
            found.append(DeathDay(tokens[j].start, tokens[j].end, tokens[j].text, weekday))
            break
    return found
