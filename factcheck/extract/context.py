"""The clause around a value: what it is about, where, which action, whether negated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from ..lexicon import (
    CLAUSE_OPENERS,
    HEDGES,
    IRREGULAR_DOINGS,
    IRREGULAR_PASTS,
    MODALS,
    MONTHS,
    MULTIWORD_NOUNS,
    NEGATIONS,
    NOUN_EQUIVALENTS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PHASES,
    PHRASAL_VERBS,
    PROJECTILES,
    SCOPE_NOUNS,
    STOPWORDS,
    TERM_EQUIVALENTS,
    VERB_CLASSES,
)
from .places import Place, without_possessive
from .text import Token, starting_in

_STEMMER = snowballstemmer.stemmer("english")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "across", "throughout", "inside", "near", "into"})
_WIDE_PREPOSITIONS = frozenset({"around", "across", "throughout"})
_BREAKS = frozenset({";", ":", "(", ")", "—"})
_VALUE_PREPOSITIONS = frozenset(
    {"since", "in", "on", "at", "from", "until", "by", "before", "after", "during", "between", "of", "to"}
)
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_HEDGE_WORDS = frozenset(w for h in HEDGES for w in h.split())
_WINDOW = 20  # tokens either side: a clause, not a paragraph
_ACRONYM_RE = re.compile(r"^[A-Z]{2,}s?$")
_ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$")
# An ordinal in digits that may number an edition or an occurrence ("79th", "24th").
EDITION_RE = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
_YEAR_RE = re.compile(r"^(?:1[6-9]\d\d|20\d\d)$")
_LIST_WORDS = frozenset({"and", "or", ","})
# Parts of a whole that news numbers in words ("the first half", "the third quarter").
_PARTS = frozenset(
    "half halves quarter quarters round rounds period periods inning innings set sets leg legs stage stages "
    "phase phases semester term".split()
)
_ORDINAL_WORDS = {w: f"#{w}" for w in ORDINAL_WORDS}
_CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc"})


@dataclass(frozen=True, slots=True)
class Context:
    """What the clause around a value says about it."""

    terms: tuple[str, ...]
    place: str
    place_text: str
    agents: tuple[str, ...]
    verb: str
    verb_text: str
    negated: bool
    span: tuple[int, int] = (0, 0)


REPORTING_VERBS = frozenset(
    {
        "said",
        "says",
        "told",
        "reported",
        "added",
        "announced",
        "stated",
        "claimed",
        "noted",
        "confirmed",
        "explained",
        "according",
        "quoted",
        "estimated",
        "wrote",
    }
)


def _attribution_follows(tokens: list[Token], i: int, hi: int) -> bool:
    """Return whether tokens from ``i`` are an attribution tail ("the ministry said.")."""
    for k in range(i, min(hi, i + 7)):
        if tokens[k].lower in REPORTING_VERBS:
            return all(
                not t.is_word
                or t.lower
                in (
                    "on",
                    "in",
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "today",
                    "yesterday",
                    "earlier",
                    "later",
                    "reporters",
                    "journalists",
                )
                for t in tokens[k + 1 : hi]
            )
        if tokens[k].text in (",", ";"):
            return False
    return False


def _proper_run(tokens: list[Token], i: int, hi: int) -> list[Token]:
    """Return the capitalized words at ``i`` that name a place not in the gazetteer."""
    run: list[Token] = []
    while i < hi and len(run) < 3:
        tok = tokens[i]
        word = without_possessive(tok.lower)  # "in Sunday's election" names a day, not a place
        if not (tok.is_word and tok.is_capitalized) or word in MONTHS or word in _WEEKDAYS:
            break
        run.append(tok)
        i += 1
    return run


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return the canonical stem of a word (synonyms folded, then Snowball-stemmed)."""
    word = TERM_EQUIVALENTS.get(word, word)
    word = NOUN_EQUIVALENTS.get(word, word)
    if " " in word:
        return word
    return str(_STEMMER.stemWord(word))


def term_of(token: Token) -> str | None:
    """Return the subject term a token contributes, or ``None`` for function words."""
    return _term(token.text)


@lru_cache(maxsize=65536)
def _term(text: str) -> str | None:
    """``term_of`` by the token's text (a token's lowercase is its text's): news repeats its words."""
    if _ORDINAL_RE.match(text):
        return "#" + text[:-2]  # "79th": an edition names one event
    if not text[0].isalpha():
        return None
    if _ACRONYM_RE.match(text):
        return text.rstrip("s").lower()  # kept whole: expanded when grouping
    low = text.lower().strip(".")
    if (
        len(low) < 2
        or low in STOPWORDS
        or low.removesuffix("s") in NUMBER_WORDS  # "dozens", "hundreds": an amount, not what is counted
        or low in _HEDGE_WORDS
        or low in MONTHS
        or low in _WEEKDAYS
        or low in VERB_CLASSES
        or without_possessive(low) in _WEEKDAYS  # "Sunday's vote": the claim's day, not its subject
    ):
        return None
    return stem(low)


def ordinal_edition_at(tokens: list[Token], i: int) -> str | None:
    """``edition_at`` for an ordinal only ("the 79th Academy Awards": "#79")."""
    if i + 1 >= len(tokens) or not EDITION_RE.match(tokens[i].text):
        return None
    nxt = tokens[i + 1]
    if nxt.lower == "annual" or (nxt.is_word and nxt.is_capitalized):
        return "#" + tokens[i].text[:-2]
    return None


def edition_at(tokens: list[Token], i: int) -> str | None:
    """The edition the number at ``i`` gives a named event, as a term ("#79", "#2013");
    ``None`` for any other token.

    A numeric ordinal before "annual" or a capitalized name is one ("the 79th Academy
    Awards", "the 81st annual show"), and so is a year between "the" and a name ("the
    2013 Academy Awards", "both the 2004 and 2005 Tony Awards"): that year is part of
    the event's name, not a date stated about it. "The second woman", "her 3rd title",
    "21st century" or "in 2009 Hugh Jackman" name no edition.
    """
    tok = tokens[i]
    if i + 1 >= len(tokens) or not tok.text[0].isdigit():
        return None
    if tok.text[-1].isalpha():  # "79th"
        return ordinal_edition_at(tokens, i)
    if not _YEAR_RE.match(tok.text):
        return None
    lo = hi = i  # the list of years the year is part of
    while lo >= 2 and tokens[lo - 1].lower in _LIST_WORDS and _YEAR_RE.match(tokens[lo - 2].text):
        lo -= 2
    while hi + 2 < len(tokens) and tokens[hi + 1].lower in _LIST_WORDS and _YEAR_RE.match(tokens[hi + 2].text):
        hi += 2
    if lo == 0 or tokens[lo - 1].lower != "the" or hi + 1 >= len(tokens):
        return None
    name = tokens[hi + 1]
    if name.is_word and name.is_capitalized and name.lower not in MONTHS and name.lower not in _WEEKDAYS:
        return "#" + tok.text
    return None


def sentence_names(tokens: list[Token]) -> tuple[str, ...]:
    """The terms a sentence writes capitalized: its people, places, events and titles.

    A claim's own clause says most about it; the names of the sentence around it tell
    which event the clause belongs to ("Ms. Ortiz ... fled at 6 a.m."). A word that is
    capitalized only because it opens the sentence ("Police said ...") is marked "^": it
    counts as a name only where another sentence writes it capitalized mid-sentence.
    An edition ("the 79th Academy Awards": "#79") names its event too.
    """
    names: set[str] = {e for i, t in enumerate(tokens) if t.text[0].isdigit() and (e := edition_at(tokens, i))}
    capitalized = [(i, t) for i, t in enumerate(tokens) if t.text[0].isupper()]  # one pass at C speed
    for i, tok in capitalized:
        if not tok.is_word or tok.lower in _CLOCK_WORDS:
            continue
        t = term_of(tok)
        if t is not None and not t.startswith("#"):
            opens = i == 0 or tokens[i - 1].text in ('"', "“", "‘", "'", "(")
            names.add("^" + t if opens else t)
    return tuple(sorted(n for n in names if not (n.startswith("^") and n[1:] in names)))


# A parenthetical this short is an aside inside the clause ("(6 January)", "(AFP)",
# "(£3 million)"), not the end of it.
_ASIDE = 5


def _aside_start(tokens: list[Token], close: int, lo: int) -> int | None:
    """The index of the "(" that opens a short aside closed at ``close``, or ``None``."""
    for k in range(close - 1, max(lo, close - _ASIDE - 1) - 1, -1):
        if tokens[k].text == "(":
            return k if k < close - 1 else None
        if tokens[k].text in _BREAKS or tokens[k].text in ".!?":
            return None
    return None


def _closes_appositive(tokens: list[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` closes a person's age set off by commas and a list
    goes on with "and" ("slaying Mara Quint, 34, and wounding Ivo Brandt, 32, and ...";
    "Lena Marr, 45, and her son were hurt"): the "and" joins the list, it opens no clause."""
    return (
        comma >= 2
        and comma + 1 < len(tokens)
        and tokens[comma + 1].lower == "and"
        and tokens[comma - 2].text == ","
        and tokens[comma - 1].text.isdigit()
        and len(tokens[comma - 1].text) <= 3
    )


def _action_at(tokens: list[Token], k: int) -> str:
    """The action class of the verb at ``tokens[k]``, of one word or two ("made off"), or ""."""
    if k and tokens[k].text[0].isupper():
        return ""  # capitalized inside a sentence: a name ("William Hurt", "Mark Fell"), no verb
    found = None
    if k + 1 < len(tokens) and tokens[k].lower in _PHRASAL_HEADS:
        found = PHRASAL_VERBS.get((tokens[k].lower, tokens[k + 1].lower))  # "caught fire" first
    return found or VERB_CLASSES.get(tokens[k].lower) or ""


_PHRASAL_HEADS = frozenset(head for head, _ in PHRASAL_VERBS)


def _fired(tokens: list[Token], k: int) -> bool:
    """Whether the striking at ``tokens[k]`` is a shot's: a projectile is its subject a few
    words before ("a stray bullet hit", "the bullet that struck") or its agent after ("was
    struck by a stray bullet")."""
    if any(t.lower in PROJECTILES for t in tokens[max(0, k - 3) : k]):
        return True
    by = k + 1 < len(tokens) and tokens[k + 1].lower == "by"
    return by and any(t.lower in PROJECTILES for t in tokens[k + 2 : k + 5])


def clause_bounds(tokens: list[Token], start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """Return the token range of the clause around ``tokens[start:end]``, within [lo, hi)."""
    left = start
    # The value's own preposition ("since December 2014") belongs to the value.
    while left > lo and tokens[left - 1].lower in _VALUE_PREPOSITIONS and start - left < 2:
        left -= 1
    own = left  # ", since December 2014": that comma does not end the clause
    while left > lo and start - left < _WINDOW:
        prev = tokens[left - 1]
        if prev.text == ")" and (opening := _aside_start(tokens, left - 1, lo)) is not None:
            left = opening  # "on Tuesday (6 January) killed 40": an aside does not end the clause
            continue
        if prev.text in _BREAKS:
            break
        if (
            prev.text == ","
            and left != own
            and left < len(tokens)
            and tokens[left].lower in CLAUSE_OPENERS
            and not _closes_appositive(tokens, left - 1)
        ):
            break
        left -= 1
    right = end
    while right < hi and right - end < _WINDOW:
        tok = tokens[right]
        if tok.text in _BREAKS:
            break
        if tok.lower in ("including", "according") or (
            tok.lower == "such" and right + 1 < hi and tokens[right + 1].lower == "as"
        ):
            break
        if (
            tok.text == ","
            and right + 1 < hi
            and tokens[right + 1].lower in CLAUSE_OPENERS
            and not _closes_appositive(tokens, right)
        ):
            break
        if tok.text == "," and _attribution_follows(tokens, right + 1, hi):
            break  # ", the ministry said": who said it is not what it is about
        if tok.lower == "and" and right + 1 < hi and is_doing(tokens[right + 1]):
            break  # "appeared in 43 films and won an Oscar in 1961": the Oscar's year is not the films'
        if tok.text in ".!?" and right == hi - 1:
            break
        right += 1
    return left, right


def clause_phase(tokens: list[Token], start: int, end: int) -> str:
    """The phase of an incident the clause of ``tokens[start:end]`` tells ("broke out",
    "was contained", "took off": see ``PHASES``), the word nearest the value; or "".
    """
    left, right = clause_bounds(tokens, start, end, 0, len(tokens))
    best, distance = "", len(tokens)
    for k in (*range(left, start), *range(end, right)):
        word = tokens[k].lower
        phase = PHASES.get(word)
        if phase is None and k + 1 < right:
            phase = PHASES.get(f"{word}+{tokens[k + 1].lower}")
        if phase is not None and abs(k - start) < distance:
            best, distance = phase, abs(k - start)
    return best


def _verb_rank(k: int, start: int, end: int, comma_after: bool) -> tuple[int, int, int]:
    """Which verb of the clause governs the value at ``[start, end)``: the lowest rank.

    "killing four people, injuring dozens": the verb just before the value governs it;
    "40 people were killed", "leaving 40 people dead": else the one just after; else the
    nearest, the left one first. A verb past a comma right after the value comes last
    ("won an Oscar in 1961, died on Thursday": the dying is the sentence's, not the value's).
    """
    if comma_after and k >= end:
        return 2, k - end, k
    near = (start - 1, start - 2, end, end + 1, end + 2)
    if k in near:
        return 0, near.index(k), 0
    return 1, (start - k) if k < start else (k - end + 1), k


# Words that open an adjunct after a short conjunct ("and two injured when ..."), which
# then tells of both conjuncts.
_ADJUNCT_OPENERS = frozenset({"when", "after", "as", "in", "at", "during", "on", "while"})


def _shared_adjunct(tokens: list[Token], right: int, hi: int) -> range:
    """The adjunct both conjuncts share when the value's clause ends at "and" before a
    short conjunct of a number and an action ("Four people were killed and two injured
    when a gunman opened fire": the shooting tells of the four dead too), else nothing."""
    if right != hi or hi >= len(tokens) or tokens[hi - 1].lower != "and":
        return range(0)
    if not tokens[hi].text[0].isdigit() and tokens[hi].lower not in NUMBER_WORDS:
        return range(0)
    for k in range(hi + 1, min(len(tokens) - 1, hi + 4)):
        if tokens[k].lower in VERB_CLASSES:
            if tokens[k + 1].lower in _ADJUNCT_OPENERS:
                return range(k + 2, clause_bounds(tokens, k + 1, k + 2, k + 1, len(tokens))[1])
            break
    return range(0)


def is_doing(tok: Token) -> bool:
    """Whether a word names a doing: an action class, a past form ("reached") or a common
    irregular past ("made")."""
    return tok.lower in VERB_CLASSES or past_form(tok) or tok.lower in IRREGULAR_PASTS


def past_form(tok: Token) -> bool:
    """Whether a word reads as a doing in the past no action class names ("damaged")."""
    return tok.is_word and tok.text.islower() and _past_word(tok.lower)


def _past_word(lower: str) -> bool:
    """Whether a lowercase word is a past form: in -ed ("damaged") or an irregular one
    of perceiving ("felt")."""
    return lower.endswith("ed") and len(lower) > 4 or lower in IRREGULAR_DOINGS


def _compounded(tokens: list[Token], k: int) -> bool:
    """Whether a word ends a hyphenated compound ("a Harlow-based company", "a UN-run
    school"): an adjective, no doing of the clause."""
    return k > 1 and tokens[k - 1].text == "-" and tokens[k - 1].start == tokens[k - 2].end


def _another(tokens: list[Token], i: int, right: int) -> bool:
    """Whether ``tokens[i]`` opens a noun phrase that tells of one more of a kind, not of the
    one a story is about: "a second blaze", "a third suspect", "another riot"."""
    if i + 1 >= right or not tokens[i + 1].is_word or tokens[i + 1].lower in _PARTS:
        return False
    if tokens[i].lower == "another":
        return not tokens[i + 1].is_number
    ordinal = tokens[i].lower in _ORDINAL_WORDS and tokens[i].lower != "first"
    return ordinal and i > 0 and tokens[i - 1].lower in ("a", "an")


def _modal(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is a modal before a verb ("can carry", "could face", "may have
    killed"): the value tells what can or might be, not what is."""
    return tokens[i].text in MODALS and i + 1 < len(tokens) and tokens[i + 1].is_word


def appraises(tokens: list[Token], k: int) -> bool:
    """Whether the words before ``tokens[k]`` give a thing's worth: "a deal worth",
    "a house valued at", "a laptop priced at"."""
    before = tokens[k - 1].lower
    return before == "worth" or before == "at" and tokens[k - 2].lower in ("valued", "priced")


def separates(tok: Token) -> bool:
    """Whether a token ends one clause where another value's begins (see quantities)."""
    return tok.lower in ("and", "or", "but", "while", "whereas") or tok.text in (",", ";")


def read_context(
    tokens: list[Token],
    places: list[Place],
    start: int,
    end: int,
    lo: int = 0,
    hi: int | None = None,
    skip: frozenset[str] = frozenset(),
) -> Context:
    """Read the clause around the value at ``tokens[start:end]``.

    Args:
        tokens: the sentence's tokens.
        places: the sentence's place mentions.
        start: first token of the value (hedge included).
        end: one past the last token of the value and its noun phrase.
        lo: tokens before ``lo`` belong to another value's clause.
        hi: tokens from ``hi`` on belong to another value's clause.
        skip: canonical nouns that the value's own head already stands for.
    """
    hi = len(tokens) if hi is None else hi
    left, right = clause_bounds(tokens, start, end, lo, hi)
    span_lo = tokens[left].start if left < len(tokens) else 0
    span_hi = tokens[right - 1].end if right > 0 else 0
    inside = [p for p in starting_in(places, span_lo, span_hi) if p.end <= span_hi]
    in_value = tokens[start].start if start < len(tokens) else 0, tokens[end - 1].end
    inside = [p for p in inside if not (in_value[0] <= p.start < in_value[1])]
    covered = {(p.start, p.end) for p in inside}

    def in_place(tok: Token) -> bool:
        return any(a <= tok.start < b for a, b in covered)

    place, place_text = "", ""
    order = list(range(end, right)) + list(range(start - 1, left - 1, -1))
    for i in order:
        tok = tokens[i]
        if tok.lower in ("here",) and i > 0:
            place, place_text = "here", tok.text
            break
        run: list[Token] = []
        if tok.lower in _WIDE_PREPOSITIONS and (tok.lower != "around" or i >= end):
            if i + 2 < right and tokens[i + 1].lower == "the":
                # "killed 230,000 people around the Indian Ocean", "across the Midwest": a
                # region named with "the" is the count's scope ("around" only after the
                # value: before it, it is a hedge)
                run = _proper_run(tokens, i + 2, right)
        if not run and tok.lower in _PLACE_PREPOSITIONS and i + 1 < right:
            nxt = next((p for p in inside if p.start >= tokens[i + 1].start), None)
            if nxt is not None and nxt.start <= tokens[min(i + 2, right - 1)].start and not nxt.demonym:
                place, place_text = nxt.name, nxt.name
                inside = [p for p in inside if p is not nxt]
                break
            if (
                i + 2 < right
                and tokens[i + 1].lower in ("the", "this", "that")
                and tokens[i + 2].lower in SCOPE_NOUNS
                and (i + 3 >= right or tokens[i + 3].lower not in ("of",))
            ):
                # "killed 170,000 in the province": a scope, though no name is given
                place, place_text = tokens[i + 2].lower, " ".join(t.text for t in tokens[i + 1 : i + 3])
                break
            run = _proper_run(tokens, i + 1, right)
        if run:
            place_text = " ".join(t.text for t in run)
            place = without_possessive(place_text).lower()  # "in Marden's north": Marden
            covered.update((t.start, t.end) for t in run)
            break
    agents = sorted({p.country for p in inside})

    verb, verb_text = "", ""
    # the clause's verbs, found in one pass; the lowest ``_verb_rank`` governs the value
    verbs = [
        k for k in range(left, right) if not start <= k < end and _action_at(tokens, k) and not _compounded(tokens, k)
    ]
    if verbs:
        comma_after = end < len(tokens) and tokens[end].text == ","
        i = min(verbs, key=lambda k: _verb_rank(k, start, end, comma_after))
        verb, verb_text = _action_at(tokens, i), tokens[i].text
        if verb == "hit" and _fired(tokens, i):
            verb = "shoot"

    negated = any(tokens[i].lower in NEGATIONS for i in range(left, start))
    terms: list[str] = []
    folded: set[int] = set()
    for i in range(left, right - 1):
        pair = MULTIWORD_NOUNS.get((tokens[i].lower, tokens[i + 1].lower))
        if pair is not None and pair in skip:
            folded.update((i, i + 1))  # "air force" when counting troops
    outer = range(0)
    if left - 1 > lo and tokens[left - 1].text == "," and tokens[left].lower.endswith("ing"):
        # ", leaving 40 people dead", ", bringing the toll to 12": a participle clause tells
        # the result of the clause before it, whose words say what the value is about
        # (only its words: "No one was inside the school, leaving 40 dead" is not negated)
        outer = range(clause_bounds(tokens, left - 1, left - 1, lo, hi)[0], left - 1)
    elif (
        left == lo > 1 and tokens[lo - 1].lower == "and" and (tokens[lo].lower in VERB_CLASSES or past_form(tokens[lo]))
    ):
        # "two quakes flattened buildings and killed three people", "destroyed 20 homes and
        # damaged 40 others": the verbs share the subject, which the clause before names
        outer = range(clause_bounds(tokens, lo - 1, lo - 1, 0, lo - 1)[0], lo - 1)
    elif (
        left == lo > 1
        and tokens[lo - 1].text == ","
        and tokens[lo].lower.endswith("ing")
        and tokens[lo].lower in VERB_CLASSES
    ):
        # "A 6.1-magnitude quake struck Marden on Tuesday, killing four people": the
        # participle tells the result of the clause before, though another value's
        # clause holds it
        outer = range(clause_bounds(tokens, lo - 1, lo - 1, 0, lo - 1)[0], lo - 1)
    elif left == lo > 1 and appraises(tokens, lo):
        # "signed Teller to an eight-year deal worth $160 million": the amount is the worth
        # of a thing the clause before names, and what was done to the thing
        outer = range(clause_bounds(tokens, lo - 1, lo - 1, 0, lo - 1)[0], lo - 1)
        if not verb:
            verbs = [k for k in outer if VERB_CLASSES.get(tokens[k].lower)]
            if verbs:
                verb, verb_text = VERB_CLASSES[tokens[verbs[-1]].lower], tokens[verbs[-1]].text
    elif left == lo > 1 and tokens[lo - 1].lower == "at" and tokens[lo].lower in ("a", "an"):
        # "The 6.2-magnitude quake struck at a depth of 12 km": the clause was split where
        # the measure is named; what is measured is the clause before
        outer = range(clause_bounds(tokens, lo - 1, lo - 1, 0, lo - 1)[0], lo - 1)
    elif left == lo > 0 and tokens[lo].lower in VERB_CLASSES and not separates(tokens[lo - 1]):
        # "The quake which hit Marden on Tuesday killed two people": the clause was split
        # at the verb that governs the value; its subject is the clause before
        outer = range(clause_bounds(tokens, lo, lo, 0, lo)[0], lo)
    if outer:
        span_lo = min(span_lo, tokens[outer.start].start)  # its day is the value's day too
    for i in [*outer, *range(left, start), *range(end, right), *_shared_adjunct(tokens, right, hi)]:
        tok = tokens[i]
        if (covered and in_place(tok)) or i in folded:
            continue
        t = term_of(tok)
        if t is None and tok.text[0].isdigit():
            t = edition_at(tokens, i)  # "the 2013 Academy Awards"
        elif t is None and tok.lower in _ORDINAL_WORDS and i + 1 < right and tokens[i + 1].lower in _PARTS:
            t = _ORDINAL_WORDS[tok.lower]  # "in the first quarter": one part of a series, as "79th" is
        elif t is None and _another(tokens, i, right) and not any(separates(x) for x in tokens[end:i]):
            # "battled a second blaze", "after another riot": not the story's one (a conjunct
            # after the value is another fact: "killing two women and injuring a third")
            t = "#another"
        elif t is None and start - 5 <= i < start and _modal(tokens, i):
            # "the ship can carry up to 3 million barrels": a capacity, not a load (the modal
            # governs the value: "officials could answer few questions about Comeaux, 49," no)
            t = "#can"
        if t is None or NOUN_EQUIVALENTS.get(tok.lower) in skip:
            continue
        if t.startswith("#") and i > 0 and tokens[i - 1].lower.rstrip(".") in MONTHS:
            continue  # "May 22nd" is a day, not an edition
        if t not in terms:
            terms.append(t)
        if _past_word(tok.lower) and (i == 0 or tok.text[0].islower()) and f"!{t}" not in terms:
            # a doing no action class names ("appointed", "stepped down"): kept marked, so
            # that two dates of two different doings are told apart (see grouping)
            terms.append(f"!{t}")
    return Context(tuple(sorted(terms)), place, place_text, tuple(agents), verb, verb_text, negated, (span_lo, span_hi))
