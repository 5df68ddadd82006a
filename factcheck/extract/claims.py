"""Extraction stage: one article in, its claims out (a pure function of the article).

The package imports this module when ``extract_claims`` or ``find_acronyms`` is first
asked for (see ``__init__``)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from ..config import Settings
from ..conflicts import same_person
from ..lexicon import (
    MONTHS,
    OTHER_EVENT_WORDS,
    PLACE_PREPOSITIONS,
    STOPWORDS,
    VERB_CLASSES,
    WEEKDAYS,
)
from ..model import Article, Claim, Hedge, Kind
from .ages import DYING, person_who_died
from .context import (
    REPORTING_VERBS,
    clause_bounds,
    clause_phase,
    edition_at,
    is_doing,
    read_context,
    sentence_names,
    separates,
    stem,
)
from .dates import find_dates, may_date
from .names import find_actions, find_roles, may_name_parties, may_name_role, name_key
from .places import Place, canonical_place, find_places
from .quantities import Quantity, find_ordinals, find_quantities, frame_of, may_have_ordinal, may_quantify
from .quotes import find_quotes, may_quote
from .text import Sentence, Token, body_sentences, cues, tokenize
from .times import (
    clock_spans,
    day_context,
    death_days,
    era_of,
    event_era,
    find_times,
    may_name_death_day,
    may_time,
    resolve_era,
    without_other_events,
)

# "General Security of Military Information Agreement (GSOMIA)"
_SPACE_BEFORE_MARK_RE = re.compile(r"\s+([,.;:!?])")
_ACRONYM_RE = re.compile(r"\([A-Z]{2,}\)")
# An age that is all a sentence calls someone by: "The 10-year-old was shot", "said the 34-year-old".
_THE_AGED_RE = re.compile(r"\b[Tt]he (\d{1,3})-year-old\b")
# Capitalized words that open a line or a clause without naming anyone ("Yesterday, a mother of 12").
_NOT_PEOPLE = STOPWORDS | MONTHS.keys() | set(WEEKDAYS) | {"yesterday", "today", "police", "prosecutors"}
# A name of one to three capitalized words ("Ana Morrow", "Zurana Horton").
_NAME = r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
_ACRONYM_DEF_RE = re.compile(r"((?:[A-Z][\w-]*\s+(?:(?:of|and|for|the|on)\s+)?){1,8})\(([A-Z]{2,})\)")


def find_acronyms(article: Article) -> dict[str, tuple[str, ...]]:
    """Return the acronyms an article defines, each with the stems of its long form."""
    out: dict[str, tuple[str, ...]] = {}
    if _ACRONYM_RE.search(article.text) is None:
        return out  # the definition pattern tries every capital; most articles define nothing
    for m in _ACRONYM_DEF_RE.finditer(article.text):
        words = m.group(1).split()
        initials = "".join(w[0] for w in words if w[0].isupper()).lower()
        acronym = m.group(2).lower()
        # Keep only the trailing words whose initials spell the acronym's start.
        if not initials.endswith(acronym[: len(initials)][-len(initials) :]) and acronym[0] not in initials:
            continue
        stems = tuple(sorted({stem(w.lower()) for w in words if w[0].isupper()}))
        out.setdefault(acronym, stems)
    return out


def extract_claims(article: Article, settings: Settings) -> tuple[Claim, ...]:
    """Return every claim stated in the article's body sentences, in text order."""
    claims: list[Claim] = []
    home = canonical_place(article.home) if article.home else f"here@{article.path}"
    previous = ""
    for sentence in body_sentences(article.text):
        before, previous = previous, sentence.text
        # Most sentences state nothing an extractor reads: they are passed over before
        # they are tokenized, and each extractor runs only where its cues are.
        cue = cues(sentence.text)
        counts, ordinals, when, clock = may_quantify(cue), may_have_ordinal(cue), may_date(cue), may_time(cue)
        quotes, roles_named, parties = may_quote(cue), may_name_role(cue), may_name_parties(cue)
        death_day = may_name_death_day(cue)
        if not (counts or ordinals or when or clock or quotes or roles_named or parties or death_day):
            continue
        first_claim = len(claims)
        tokens = tokenize(sentence.text)
        places = find_places(sentence.text)
        dates = find_dates(sentence.text, article.published) if when else []
        masked = tuple((d.start, d.end) for d in dates)
        quantities = [
            *(find_quantities(tokens, sentence.text, places, settings, masked) if counts else ()),
            *(find_ordinals(tokens, places) if ordinals else ()),
        ]
        for q in quantities:
            if q.unit == "age" and not q.person and tokens[0].lower in ("he", "she") and before:
                q = replace(q, person=_who_died(before))  # "... died on Friday. She was 85."
            claims.append(_quantity_claim(article, sentence, tokens, q, home))
        times = find_times(sentence.text) if clock else []
        own = _own_clauses(tokens, [(d.start, d.end) for d in dates] + [(t.start, t.end) for t in times])
        clocks = clock_spans(sentence.text) if clock and any(d.precision == "year" for d in dates) else []
        for d in dates:
            if d.precision == "year" and edition_at(tokens, _token_span(tokens, d.start, d.end)[0]):
                continue  # "the 2013 Academy Awards": a name, not a date stated about it
            if d.precision == "year" and any(lo <= d.start < hi for lo, hi in clocks):
                continue  # "1931 GMT", "(1931 GMT)": a clock time, not the year 1931
            claim = _when_claim(
                article, sentence, tokens, places, home, d.start, d.end, d.text, quantities, own[(d.start, d.end)]
            )
            if claim is not None:
                unit = claim.unit.replace("time", "date", 1)
                day = "" if d.precision in ("day", "monthday") else claim.day  # the date is its own day
                claims.append(
                    claim.evolve(
                        normalized=d.normalized,
                        unit=unit,
                        low=float(d.low),
                        high=float(d.high),
                        day=day,
                        era=event_era(_clause_without(sentence.text, tokens, d.start, d.end, own[(d.start, d.end)])),
                    )
                )
        for t in times:
            claim = _when_claim(
                article, sentence, tokens, places, home, t.start, t.end, t.text, (), own[(t.start, t.end)]
            )
            if claim is not None:
                h, m = divmod(t.minutes, 60)
                zone = f" {t.zone.upper()}" if t.zone else ""
                unit = claim.unit + (f"@{t.zone}" if t.zone else "")
                # a clock time without an action class is told by the phase it gives ("broke out")
                verb = claim.verb or clause_phase(tokens, *_token_span(tokens, t.start, t.end))
                claims.append(
                    claim.evolve(
                        normalized=f"{h:02d}:{m:02d}{zone}", unit=unit, low=float(t.low), high=float(t.high), verb=verb
                    )
                )
        for died in death_days(tokens, places, article.published) if death_day else ():
            # a weekday, not a date: compared by the day of the week (see conflicts._dates);
            # a person dies once, so no period another clause names ("won an Oscar in 1961,
            # died on Thursday") tells another death apart
            claim = _when_claim(article, sentence, tokens, places, home, died.start, died.end, died.text, quantities)
            if claim is not None:
                unit = claim.unit.replace("time", "date", 1)
                claims.append(claim.evolve(normalized=died.weekday, unit=unit, day="", era="", verb="kill"))
        for quote in find_quotes(sentence.text, places) if quotes else ():
            speakers = tuple(name_key(n) for n in quote.speakers)
            claims.append(
                _named_claim(article, sentence, quote.start, " and ".join(quote.speakers), "quote", speakers).evolve(
                    subject=f"who said “{quote.key} …”", noun=quote.key, terms=(quote.text,)
                )
            )
        roles = list(find_roles(sentence.text, places)) if roles_named else []
        for m in [*roles, *(find_actions(sentence.text, tokens, places, roles) if parties else ())]:
            acted = m.kind != "role"
            claims.append(
                _named_claim(article, sentence, m.start, m.value, m.kind, m.names).evolve(
                    subject=m.subject,
                    noun=m.noun,
                    terms=m.terms,
                    place=m.qualifier,
                    verb=m.noun if acted else "",
                    # an action is dated by its clause ("signed the law in 1999"); a role is
                    # held over a period, which role_period_days bounds
                    era=_era(sentence.text, tokens, m.start, m.end, article.published) if acted else "",
                )
            )
        if len(claims) > first_claim:
            names = sentence_names(tokens)
            claims[first_claim:] = [c.evolve(sentence_names=names) for c in claims[first_claim:]]
    return tuple(_name_the_described(_name_aged_nouns(claims, article.text, settings), article.text, settings))


def _name_aged_nouns(claims: list[Claim], text: str, settings: Settings) -> list[Claim]:
    """Give an age told of a noun ("a 15-year-old boy") the name the article sets beside
    that noun ("The boy, Alex Lind, was ...", "Alex Lind, the boy ..."), as another report
    may tell it ("15-year-old Alex Lind"): where the article names one person so and tells
    one age of the noun. Two such people, or two ages ("a 15-year-old boy", "a 12-year-old
    boy was hurt too"), and the ages keep their noun."""
    ages: dict[str, set[float]] = {}
    for c in claims:
        if c.unit == "age" and len(c.names) == 1 and c.names[0][0] == "~" and c.low is not None:
            ages.setdefault(c.names[0][1:], set()).add(c.low)
    named: dict[str, str] = {}
    for noun, values in ages.items():
        if len(values) > 1:
            continue
        word = re.escape(noun)
        found = {
            name_key(m.group(1))
            for pattern in (rf"\b[Tt]he {word}, {_NAME},", rf"{_NAME}, (?:the|a|an) (?:[\w'’-]+ ){{0,2}}?{word}\b")
            for m in re.finditer(pattern, text)
            if _names_someone(text, m.start(1), m.group(1))
        }
        keys = sorted(found, key=lambda k: (len(k), k))
        if keys and all(same_person(k, keys[-1], settings) for k in keys):
            named["~" + noun] = keys[-1]  # the fullest name
    if not named:
        return claims
    return [
        c.evolve(names=(named[c.names[0]],)) if c.unit == "age" and len(c.names) == 1 and c.names[0] in named else c
        for c in claims
    ]


def _names_someone(text: str, start: int, name: str) -> bool:
    """Whether capitalized words found at ``text[start:]`` name a person: not a word that
    opens lines and clauses ("Yesterday", "Police"), not a place ("in Harlow, a 45-year-old
    man"), and not one word opening a sentence ("Separately, a 45-year-old man")."""
    if name.split()[0].lower() in _NOT_PEOPLE:
        return False
    before = text[:start].rstrip()
    if not before or before[-1] in '.!?\n"“':
        return " " in name
    return before.rsplit(None, 1)[-1].lower() not in PLACE_PREPOSITIONS


def _name_the_described(claims: list[Claim], text: str, settings: Settings) -> list[Claim]:
    """Name the person a sentence calls by a description alone, where the article gives
    that description to one named person only: an age ("The 10-year-old was shot ..."
    after "killed 10-year-old Ana Morrow") or a family ("accused of killing a Harlow
    mother of 12" where a line, the headline too, writes "Ana Morrow, a mother of 12" or
    "mother of 12, Ana Morrow"). The sentence then names her too, as another report of it
    would. Two people so described, or none named, and the sentence is left as it is."""
    aged: dict[float, set[str]] = {}
    for c in claims:
        if c.unit == "age" and c.names and c.names[0][0] != "~" and c.low is not None:
            aged.setdefault(c.low, set()).add(c.names[0])
    found: dict[tuple[int, str], str] = {}
    families: dict[tuple[str, str], set[str]] | None = None  # read once, when first asked
    decided: dict[object, str | None] = {}  # a description's one person, once per description
    for c in claims:
        if c.names:
            continue
        key: object
        if c.unit == "age" and c.low in aged:
            if not any(float(m.group(1)) == c.low for m in _THE_AGED_RE.finditer(c.sentence)):
                continue
            key, people = c.low, aged[c.low]
        elif c.unit == "count" and c.noun.startswith("of:"):
            family = re.search(rf"\b([A-Za-z]+) of {re.escape(c.value)}\b", c.sentence)
            if family is None:
                continue
            if families is None:
                families = _families(text)
            key = (family.group(1).lower(), c.value.lower())
            people = families.get(key, set())
        else:
            continue
        if key not in decided:
            ranked = sorted(people, key=lambda p: (len(p), p))  # the fullest name last
            one = ranked and all(same_person(p, ranked[-1], settings) for p in ranked)
            decided[key] = ranked[-1] if one else None
        person = decided[key]
        if person is not None:
            found[(c.line, c.sentence)] = person
    if not found:
        return claims
    out = []
    for c in claims:
        named = found.get((c.line, c.sentence))
        if named is not None:
            words = {stem(w) for w in named.split() if len(w) > 1}
            c = c.evolve(sentence_names=tuple(sorted(words.union(c.sentence_names))))
        out.append(c)
    return out


# A family set beside a name, either way round: "Ana Morrow, 34, a mother of 12," and
# "mother of 12, Ana Morrow" (the headline's way).
_FAMILY_AFTER_NAME_RE = re.compile(
    rf"{_NAME},(?: \d{{1,3}},)? (?:a|an|the) (?:[\w'’-]+ ){{0,2}}?([A-Za-z]+) of (\w+)\b"
)
_FAMILY_BEFORE_NAME_RE = re.compile(rf"\b([A-Za-z]+) of (\w+), {_NAME}")


def _families(text: str) -> dict[tuple[str, str], set[str]]:
    """The people an article's lines (its headline too) give a family to by apposition,
    by (noun, number as written): ("mother", "12") -> {"ana morrow"}. One pass over the text."""
    out: dict[tuple[str, str], list[str]] = {}
    for m in _FAMILY_AFTER_NAME_RE.finditer(text):
        out.setdefault((m.group(2).lower(), m.group(3).lower()), []).append(m.group(1))
    for m in _FAMILY_BEFORE_NAME_RE.finditer(text):
        out.setdefault((m.group(1).lower(), m.group(2).lower()), []).append(m.group(3))
    return {
        key: {name_key(n) for n in set(names) if not {w.lower() for w in n.split()} & _NOT_PEOPLE}
        for key, names in out.items()
    }


def _named_claim(
    article: Article, sentence: Sentence, start: int, value: str, unit: str, names: tuple[str, ...]
) -> Claim:
    """A named fact (who said it, who holds a role, who signed, where) at ``start`` of the
    sentence, before its subject is filled in."""
    return Claim(
        kind=Kind.NAMED,
        path=article.path,
        line=sentence.line,
        column=sentence.column + start,
        sentence=sentence.text,
        value=value,
        normalized="; ".join(names),
        unit=unit,
        hedge=Hedge.EXACT,
        low=None,
        high=None,
        subject="",
        noun="",
        published=article.published,
        outlet=article.outlet,
        names=names,
    )


def _who_died(text: str) -> str:
    """The person a sentence tells died ("The actress Mara Quint died on Friday"), whom
    "She was 85." right after it speaks of; or ""."""
    if not any(w in text for w in DYING):
        return ""
    tokens = tokenize(text)
    places = find_places(text)
    return next((p for k, t in enumerate(tokens) if t.lower in DYING and (p := person_who_died(tokens, k, places))), "")


# Doings of an attack that its killing, told in the same clause, dates as well.
_HARM = frozenset({"injure", "shoot"})


def _when_claim(
    article: Article,
    sentence: Sentence,
    tokens: list[Token],
    places: list[Place],
    home: str,
    start: int,
    end: int,
    text: str,
    quantities: Sequence[Quantity] = (),
    bounds: tuple[int, int] | None = None,
) -> Claim | None:
    """A date or time claim, before its value is filled in (unit "time[:frame]").

    The values its clause also states are kept as marked terms ("=money:USD|amount|310000000|
    310000000"): "reported a profit of $310 million in 2009" and "reported a profit of $250
    million in 2010" tell of two years' results, not of one date told twice."""
    first, last = _token_span(tokens, start, end)
    lo, hi = bounds or (0, len(tokens))
    ctx = read_context(tokens, places, first, last, lo, hi)
    if ctx.negated or not (ctx.terms or ctx.verb):
        return None
    lo, hi = ctx.span
    before = tokens[_token_span(tokens, lo, lo)[0] : first]
    if ctx.verb in _HARM and any(VERB_CLASSES.get(t.lower) == "kill" for t in before):
        # "slaying Mara Quint and wounding two others in October 2011": one attack, dated
        # by its gravest doing, as other reports of it tell it ("killed on Oct. 21, 2011");
        # not a killing told after the date ("wounded a guard in March and later killed himself")
        ctx = replace(ctx, verb="kill")
    # (not an age: a person's, told as the article's date allows, not the occurrence's)
    told = sorted(
        {f"={q.unit}|{q.noun}|{q.low:g}|{q.high:g}" for q in quantities if lo <= q.start < hi and q.unit != "age"}
    )
    if told:
        ctx = replace(ctx, terms=tuple(sorted({*ctx.terms, *told})))
    frame = "report" if _reported_when(tokens, first, last) else frame_of(tokens, first, last)
    return Claim(
        kind=Kind.DATE,
        path=article.path,
        line=sentence.line,
        column=sentence.column + start,
        sentence=sentence.text,
        value=text,
        normalized="",
        unit="time" if frame == "at" else f"time:{frame}",
        hedge=Hedge.EXACT,
        low=None,
        high=None,
        subject="when: " + _gist(tokens, first, last),
        noun="",
        terms=ctx.terms,
        place=_resolve(ctx.place, home),
        agent=",".join(ctx.agents),
        verb=ctx.verb,
        published=article.published,
        outlet=article.outlet,
        day=_day(sentence.text, ctx.span, start, end, article.published) if text.lower() not in WEEKDAYS else "",
        era=_era(sentence.text, tokens, start, end, article.published, bounds),
        contrast=any(t.lower in OTHER_EVENT_WORDS for t in tokens[slice(*_token_span(tokens, *ctx.span))]),
    )


def _own_clauses(tokens: list[Token], spans: list[tuple[int, int]]) -> dict[tuple[int, int], tuple[int, int]]:
    """The token range [lo, hi) each date or time of a sentence may read its clause in.

    Two of them part where a conjunction or comma is followed by a doing of the second's
    own: "left Harlow on March 3 and reached Marden on June 9" tells two dates of two
    doings. Without a doing between they share the clause: "on March 3 and June 9",
    "at 3 pm on Tuesday"."""
    ordered = sorted(set(spans))
    cuts = [0]
    for (_, a_end), (b_start, _) in zip(ordered, ordered[1:], strict=False):
        a, b = _token_span(tokens, a_end, a_end)[1], _token_span(tokens, b_start, b_start)[0]
        cut = next(
            (k + 1 for k in range(b - 1, a - 1, -1) if separates(tokens[k]) and _doing_in(tokens[k + 1 : b])),
            None,
        )
        cuts.append(cut if cut is not None else cuts[-1])
    # each one's clause ends where the next one's begins (one pass from the end)
    his, later = [0] * len(ordered), len(tokens)
    for i in range(len(ordered) - 1, -1, -1):
        his[i] = later
        if i and cuts[i] > cuts[i - 1]:
            later = cuts[i]
    return {span: (cuts[i], his[i]) for i, span in enumerate(ordered)}


def _doing_in(tokens: Sequence[Token]) -> bool:
    """Whether the words name a doing: an action class or a past form ("reached")."""
    return any(is_doing(t) for t in tokens)


def _token_span(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    """The tokens [first, last) that cover the characters [start, end)."""
    # tokens are in text order: a binary search, not a scan (a sentence may hold thousands
    # of values, each asking for its span)
    first = bisect.bisect_right(tokens, start, key=_token_end)
    last = bisect.bisect_left(tokens, end, key=_token_start)
    return (first if first < len(tokens) else 0), last


def _token_end(token: Token) -> int:
    return token.end


def _token_start(token: Token) -> int:
    return token.start


def _day(text: str, span: tuple[int, int], start: int, end: int, published: dt.date | None) -> str:
    """The day named in the value's own clause (not elsewhere in the sentence)."""
    return day_context(text[span[0] : span[1]], start - span[0], published, end - span[0])


def _era(
    text: str,
    tokens: list[Token],
    start: int,
    end: int,
    published: dt.date | None,
    bounds: tuple[int, int] | None = None,
    against: bool = False,
) -> str:
    """The period named in the value's clause ("the 2004 tsunami"), the value itself left
    out; with ``against``, not the periods of another event the clause sets it against."""
    clause = _clause_without(text, tokens, start, end, bounds)
    return resolve_era(era_of(without_other_events(clause) if against else clause), published)


def _clause_without(text: str, tokens: list[Token], start: int, end: int, bounds: tuple[int, int] | None = None) -> str:
    """The text of the clause around the characters [start, end), those left out, read
    within the token range ``bounds`` (the whole sentence when ``None``)."""
    lo, hi = clause_bounds(tokens, *_token_span(tokens, start, end), *(bounds or (0, len(tokens))))
    lo_c = tokens[lo].start if lo < len(tokens) else 0
    hi_c = tokens[hi - 1].end if hi > 0 else 0
    return text[lo_c:start] + " . " + text[end:hi_c]


def _reported_when(tokens: list[Token], first: int, last: int) -> bool:
    """Return whether a date says when something was said ("announced Friday that")."""
    before = [t.lower for t in tokens[max(0, first - 3) : first] if t.lower not in ("on", "late", "early")]
    after = [t.lower for t in tokens[last : last + 2]]
    return bool(before and before[-1] in REPORTING_VERBS) or bool(after and after[0] in REPORTING_VERBS)


def format_number(value: float) -> str:
    """Return a number without float noise: 35000.0 -> "35000", 1.25 -> "1.25"."""
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    return f"{value:.6g}"


def _resolve(place: str, home: str) -> str:
    return home if place == "here" else place


def _gist(tokens: list[Token], first: int, last: int, width: int = 7) -> str:
    """A short readable stretch of the clause around a value, for the report."""
    lo = max(0, first - width)
    hi = min(len(tokens), last + 3)
    words = [t.text for t in tokens[lo:first]] + ["…"] + [t.text for t in tokens[last:hi]]
    text = " ".join(words)
    return _SPACE_BEFORE_MARK_RE.sub(r"\1", text).strip(" ,")


def _person_key(person: str) -> str:
    """A person's name key, or a noun that tells the person, kept marked ("~girl")."""
    return person if person[0] == "~" else name_key(person)


def _normalized(unit: str, value: float) -> str:
    """A quantity's canonical value in its unit: "USD 184000000", "35%", "90 days", "12.5 km"."""
    if unit.startswith("money:"):
        return f"{unit[6:]} {format_number(value)}"
    if unit == "percent":
        return f"{format_number(value)}%"
    if unit == "duration":
        return f"{format_number(round(value, 2))} days"
    if unit == "age":
        return f"{format_number(value)} years old"
    if unit == "ordinal":
        return f"#{format_number(value)}"
    if unit == "weight":
        return f"{format_number(round(value, 2))} kg"
    if unit == "speed":
        return f"{format_number(round(value, 1))} km/h"
    if unit == "length":
        # in metres below a kilometre: "30 cm" is "0.3 m", not "0 km"
        return f"{format_number(round(value, 1))} km" if value >= 1 else f"{format_number(round(value * 1000, 2))} m"
    return format_number(value)


def _quantity_claim(article: Article, sentence: Sentence, tokens: list[Token], q: Quantity, home: str) -> Claim:
    ctx = q.context
    place = _resolve(ctx.place, home)
    shown_place = ctx.place_text if ctx.place != "here" else ("here" + (f" ({article.home})" if article.home else ""))
    what = q.noun_text or {"percent": "share", "duration": "duration", "age": "age"}.get(q.unit, q.unit)
    if q.noun == "per share":
        what = "price per share"
    if q.person:
        what = f"age of the {q.person[1:]}" if q.person[0] == "~" else f"age of {q.person}"
    subject = " ".join(
        filter(
            None,
            [
                what,
                "" if q.person else ctx.verb_text,  # "age of Dorian Falk", not of his "arrest"
                ("in " + shown_place)
                if shown_place and shown_place != "here" and not shown_place.startswith("here ")
                else shown_place,
            ],
        )
    )
    normalized = _normalized(q.unit, q.value)
    if q.range_low is not None:
        normalized = f"{_normalized(q.unit, q.range_low)} to {normalized}"
    return Claim(
        kind=Kind.QUANTITY,
        path=article.path,
        line=sentence.line,
        column=sentence.column + q.start,
        sentence=sentence.text,
        value=sentence.text[q.start : q.end],
        normalized=normalized,
        unit=q.unit,
        hedge=q.hedge,
        low=q.low,
        high=q.high,
        stated=q.value,
        subject=subject,
        noun=q.noun,
        terms=ctx.terms,
        place=place,
        agent=",".join(ctx.agents),
        verb=ctx.verb,
        contrast=q.contrast,
        published=article.published,
        outlet=article.outlet,
        day=_day(sentence.text, ctx.span, q.start, q.end, article.published),
        era=_era(
            sentence.text if q.era_end < 0 else sentence.text[: q.era_end],
            tokens,
            q.start,
            q.end,
            article.published,
            # a person's age is told as of the story, not of another event its clause sets it
            # against ("Reyes, 34, had not fought since losing to Kell in January 2008")
            against=q.unit == "age",
        ),
        names=(_person_key(q.person),) if q.person else (),
    )
