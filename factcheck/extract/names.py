"""Named facts: people in roles, the parties to an action, the place of an event."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from ..lexicon import MONTHS, PORTFOLIOS, ROLE_MODIFIERS, ROLE_WORDS, STOPWORDS, VERB_CLASSES
from .context import term_of
from .places import Place, find_places, place_at, without_possessive
from .text import Cues, Token, starting_in
from .times import era_of

# A personal name: two or three capitalized words; "Kak-soo" and a broken hyphen
# ("Sang- gyun") stay inside one word, and so does a capital inside it ("MacFarlane",
# "DeGeneres", "McCain").
_WORD = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-‐]\s?[A-Za-z][a-z]+)?"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{1,2}}"
_ROLE_ALT = "|".join(sorted((re.escape(r) for r in ROLE_WORDS), key=len, reverse=True))
# What a role is "of" ends on an organisation or portfolio word ("of National Defense",
# "of the Defense Ministry", "of State"); what an envoy is "to" is a short place name.
_ORG_END = (
    r"(?:Ministry|Department|Office|Agency|Committee|Council|Board|Bureau|Company|"
    r"Corporation|Bank|Party|Affairs|Defen[cs]e|State|Justice|Finance|Health|Education|"
    r"Interior|Trade|Unification|Commerce|Energy|Labou?r|Agriculture|Transport|Police|"
    r"Commission|Court|Group|Entertainment|Association|Federation|Union|Institute|University)"
)
_OF = rf"(?:\s+(?P<prep>of|for)\s+(?:the\s+)?(?P<obj>(?:[A-Z][\w.&-]*\s+){{0,3}}?{_ORG_END})|\s+(?P<to>to)\s+(?P<dest>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)??))?"  # noqa: E501
_ROLE_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<role>(?i:{_ROLE_ALT})){_OF},?\s+(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})")
_ROLE_AFTER_RE = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:the\s+|a\s+|an\s+)?(?P<qual>(?:[\w.'’-]+\s+){{0,3}}?)(?P<role>(?i:{_ROLE_ALT})){_OF}(?=[,.;])"
)
# A person given a role: "X was elected president of the Academy", "the board named X
# as its new chief executive", "X, 52, has been appointed police chief".
_APPOINTING = r"(?:elected|named|appointed|chosen|picked|selected|tapped|hired|nominated)"
_APPOINTED_TAIL = (
    rf"\s+(?:as\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?P<qual>(?:[\w.'’-]+\s+){{0,4}}?)"
    rf"(?P<role>(?i:{_ROLE_ALT}))(?![\w-])(?:\s+of\s+(?:the\s+)?(?P<obj>(?:[\w.,'’-]+\s+){{0,3}}?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}}))?"
)
_APPOINTED_RE = re.compile(
    rf"(?P<name>{_NAME})(?:,\s+\d+,)?\s+(?:was|is|has\s+been|had\s+been|being)\s+{_APPOINTING}{_APPOINTED_TAIL}"
    rf"|\b{_APPOINTING}\s+(?P<name2>{_NAME}){_APPOINTED_TAIL.replace('?P<', '?P<a_')}"
)
# Capitalized words that name organisations, documents or things, not people.
_NON_PERSON_WORDS = frozenset(
    {
        "ministry",
        "department",
        "agreement",
        "security",
        "council",
        "committee",
        "house",
        "party",
        "office",
        "agency",
        "board",
        "court",
        "police",
        "army",
        "navy",
        "force",
        "forces",
        "government",
        "university",
        "company",
        "group",
        "news",
        "times",
        "post",
        "national",
        "international",
        "united",
        "states",
        "republic",
        "cabinet",
        "assembly",
        # a company's legal form ends its name: "president of Quorix Group Inc., a ..."
        "inc",
        "corp",
        "ltd",
        "llc",
        "plc",
    }
)
_NOT_NAME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "a"}
) | frozenset(MONTHS)
_SUBJECT_GLUE = frozenset(
    {
        "are",
        "is",
        "was",
        "were",
        "will",
        "would",
        "to",
        "likely",
        "set",
        "expected",
        "scheduled",
        "due",
        "going",
        "also",
        "jointly",
        "have",
        "has",
        "had",
        "be",
        "about",
        "and",
        "reportedly",
        "officially",
    }
)
_ORG_WORDS = frozenset(
    {
        "ministry",
        "department",
        "office",
        "agency",
        "police",
        "army",
        "navy",
        "committee",
        "council",
        "board",
        "government",
        "party",
        "cabinet",
        "court",
        "bureau",
        "service",
        "company",
        "bank",
        "university",
        "county",
        "city",
        "state",
        "federal",
        "national",
    }
)


_QUALIFIER_WORD_RE = re.compile(r"[\w.’'-]+")
_CLAUSE_MARKS = (",", ";", ":", "(", ")", '"', "“", "”", "—")
_OF_RE = re.compile(r"\s+of\b")
# A role title starts on one of these words (case-folded), and a signing on one of these.
_ROLE_CUES = frozenset(re.match(r"[a-z]*", r.casefold()).group(0) for r in ROLE_WORDS)  # type: ignore[union-attr]
_SIGN_CUES = frozenset(w for w, verb in VERB_CLASSES.items() if verb == "sign")
# Portfolio phrases, the longest first ("foreign affairs" before "affairs"), compiled once.
_PORTFOLIO_PATTERNS = [
    (re.compile(rf"\b{phrase}\b"), PORTFOLIOS[phrase]) for phrase in sorted(PORTFOLIOS, key=len, reverse=True)
]


@dataclass(frozen=True, slots=True)
class Mention:
    """A named fact found in a sentence, before it becomes a ``Claim``."""

    kind: str  # "role", "parties" or "place"
    start: int
    end: int
    value: str
    names: tuple[str, ...]
    noun: str
    qualifier: str
    terms: tuple[str, ...]
    subject: str


def name_key(name: str) -> str:
    """Return a spelling-insensitive key of a personal name."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"[^a-z ]", "", re.sub(r"[-‐]\s*", "", folded.lower())).strip()


def _clean_name(raw: str) -> str:
    words = raw.split()
    while words and words[-1].lower().strip(".,") in _NOT_NAME_WORDS:
        words.pop()
    while words and words[0].lower() in _NOT_NAME_WORDS:
        words.pop(0)
    return " ".join(words)


def _qualifier(text: str, start: int, places: list[Place]) -> tuple[str, list[str]]:
    """Read the words before a role title: the country and the organisation words."""
    lo = max(0, start - 60)
    # the words right before the title, in its clause: "on Monday, Mayor Greer said" has none
    lo = max(lo, *(text.rfind(mark, lo, start) + 1 for mark in _CLAUSE_MARKS))
    words = _QUALIFIER_WORD_RE.findall(text, lo, start)[-4:]
    country, kept = "", list[str]()
    for w in reversed(words):
        low = w.lower().rstrip(".")
        low = without_possessive(low)
        if low in STOPWORDS and low not in ("state",):
            break
        if not (w[0].isupper() or low in _ORG_WORDS or low in PORTFOLIOS):
            break
        kept.insert(0, low)
    span_start = start - len(" ".join(words[-len(kept) :])) - 1 if kept else start
    for p in starting_in(places, span_start - 1, start):
        country = p.country
    return country, kept


def _of(m: re.Match[str]) -> list[str]:
    """The words of the organisation a role is "of" ("president of ABC Entertainment Group")."""
    if m.group("prep") != "of" or not m.group("obj"):
        return []
    return [w.lower() for w in m.group("obj").split()]


def _organisation(kept: list[str]) -> str:
    """The organisation a role title is written after, when no country or portfolio tells
    it: "Harlow County coroner" -> "org:harlow county"; "" for modifiers ("acting") or
    generic organisation words alone ("Ministry spokesman")."""
    words = [w for w in kept if w not in ROLE_MODIFIERS]
    if all(w in _ORG_WORDS or w in PORTFOLIOS for w in words):
        return ""  # "the Ministry spokesman", "police chief": no organisation is named
    return "org:" + " ".join(words)


def _role_key(role: str, kept: list[str], obj: str, prep: str) -> tuple[str, str]:
    """Return (role title, portfolio) with modifiers folded in ("vice minister", "defense")."""
    base = ROLE_WORDS[role.casefold()]  # the pattern ignores case: "ſ" matches "s"
    mods = [w for w in kept if w in ROLE_MODIFIERS]
    title = " ".join([*mods, base]) if mods else base
    portfolio = ""
    hay = " ".join([*kept, obj.lower() if prep == "of" else ""])
    for pattern, name in _PORTFOLIO_PATTERNS:
        if pattern.search(hay):
            portfolio = name
            break
    return title, portfolio


def may_name_role(cues: Cues) -> bool:
    """Whether ``find_roles`` may find anything: a role title's first word."""
    return not cues.words.isdisjoint(_ROLE_CUES)


def may_name_parties(cues: Cues) -> bool:
    """Whether ``find_actions`` may find anything: a verb of signing."""
    return not cues.words.isdisjoint(_SIGN_CUES)


def find_roles(text: str, places: list[Place]) -> Iterator[Mention]:
    """Yield people named with a role ("Defense Minister X", "X, spokesman of Y")."""
    seen: set[tuple[int, int]] = set()
    for m in _ROLE_BEFORE_RE.finditer(text):
        name = _clean_name(m.group("name"))
        if not _is_person(name, text, m.start("name"), places):
            continue
        country, kept = _qualifier(text, m.start("role"), places)
        title, portfolio = _role_key(m.group("role"), kept, m.group("obj") or "", m.group("prep") or "")
        target = _target(m.group("to"), m.group("dest"))
        qualifier = "|".join(filter(None, [country, portfolio, target])) or _organisation(kept + _of(m))
        start = m.start("name")
        seen.add((start, start + len(name)))
        label = _label(kept, m)
        yield Mention("role", start, start + len(name), name, (name_key(name),), title, qualifier, (), label)
    for m in _ROLE_AFTER_RE.finditer(text):
        name = _clean_name(m.group("name"))
        start = m.start("name")
        if (start, start + len(name)) in seen or not _is_person(name, text, start, places):
            continue
        kept = [without_possessive(w.lower()) for w in (m.group("qual") or "").split()]  # "Brightline's"
        title, portfolio = _role_key(m.group("role"), kept, m.group("obj") or "", m.group("prep") or "")
        country = next((p.country for p in starting_in(places, m.start("qual"), m.end())), "")
        target = _target(m.group("to"), m.group("dest"))
        proper = [w for w, raw in zip(kept, (m.group("qual") or "").split(), strict=True) if raw[0].isupper()]
        qualifier = "|".join(filter(None, [country, portfolio, target])) or _organisation(proper + _of(m))
        label = _label(m.group("qual").split(), m)
        seen.add((start, start + len(name)))
        yield Mention("role", start, start + len(name), name, (name_key(name),), title, qualifier, (), label)
    yield from _appointments(text, places, seen)


def _appointments(text: str, places: list[Place], seen: set[tuple[int, int]]) -> Iterator[Mention]:
    """Yield people a sentence tells were given a role ("X was elected president of the
    Academy", "named X as its new chief executive"). The organisation is the one the role
    is "of", else a name written before the title ("Brightline's new chief executive").
    A sentence that names a year or another period tells of another time: none there."""
    if any(not p.startswith("~") for p in era_of(text).split(",") if p):
        return  # "X was elected president in 1993": history, not who holds the role now
    for m in _APPOINTED_RE.finditer(text):
        passive = m.group("name") is not None  # "X was named ..." / "... named X"
        key, group = ("", "name") if passive else ("a_", "name2")
        name, start = _clean_name(m.group(group)), m.start(group)
        if (start, start + len(name)) in seen or not _is_person(name, text, start, places):
            continue
        raw = (m.group(f"{key}qual") or "").split()
        mods: list[str] = []
        for w in reversed(raw):  # only the words right before the title modify it ("interim coach")
            if w.lower() not in ROLE_MODIFIERS:
                break
            mods.insert(0, w.lower())
        obj = (m.group(f"{key}obj") or "").rstrip(".,")  # "of the Academy." ends the sentence
        title, portfolio = _role_key(m.group(f"{key}role"), mods, obj, "of")
        named = [without_possessive(w).lower() for w in (obj.split() or raw) if w[0].isupper()]
        country = next((p.country for p in starting_in(places, m.start(f"{key}qual"), m.end()) if not p.demonym), "")
        qualifier = country or portfolio or (f"org:{' '.join(named)}" if named else "")
        label = " ".join([*raw, m.group(f"{key}role").lower(), *(["of", obj] if obj else [])])
        seen.add((start, start + len(name)))
        yield Mention("role", start, start + len(name), name, (name_key(name),), title, qualifier, (), label)


def _is_person(name: str, text: str, start: int, places: list[Place]) -> bool:
    """Return whether a capitalized run after or before a role title names a person."""
    words = name.split()
    if not words or words[0].lower() in ROLE_WORDS or words[0].lower() in STOPWORDS:
        return False
    if any(w.lower().rstrip(".,") in _NON_PERSON_WORDS for w in words):
        return False
    if place_at(places, start) is not None:
        return False
    return not _OF_RE.match(text, start + len(name))


def _label(qualifiers: list[str], m: re.Match[str]) -> str:
    """Return the role as the text words it: "South Korean defense minister"."""
    parts = [*qualifiers, m.group("role").lower()]
    if m.group("prep"):
        parts.append(f"{m.group('prep')} {m.group('obj')}")
    if m.group("to"):
        parts.append(f"to {m.group('dest')}")
    return " ".join(p for p in parts if p)


def _target(prep: str | None, obj: str | None) -> str:
    if prep != "to" or not obj:
        return ""
    found = find_places(obj)
    return "to " + (found[0].country if found else obj.lower())


def find_actions(text: str, tokens: list[Token], places: list[Place], roles: list[Mention]) -> Iterator[Mention]:
    """Yield the parties to, and the place of, actions such as signing.

    Parties are the people who are the grammatical subject of the verb ("X and Y are
    likely to sign the pact") or named after "between"/"by" in the passive ("the pact
    was signed between X and Y"). People who merely planned a trip to sign are not.
    """
    people = sorted(roles, key=lambda r: r.start)
    verb = "sign"
    for i, tok in [(i, t) for i, t in enumerate(tokens) if t.lower in _SIGN_CUES]:  # one pass at C speed
        passive = i > 0 and tokens[i - 1].lower in ("was", "were", "been", "be", "is", "are")
        if passive:
            j = i + 1
            if j < len(tokens) and tokens[j].lower == "off":
                j += 1
            if j >= len(tokens) or tokens[j].lower not in ("between", "by"):
                continue
            clause_end = _clause_end(tokens, j)
            parties = starting_in(people, tokens[j].end, tokens[clause_end - 1].end)
            obj_tokens = [t for t in tokens[_clause_start(tokens, i) : i - 1]]
        else:
            start = _clause_start(tokens, i)
            glue_from = i
            while glue_from > start and tokens[glue_from - 1].lower in _SUBJECT_GLUE:
                glue_from -= 1
            subject_end = tokens[glue_from - 1].end if glue_from > 0 else 0
            subject = [p for p in starting_in(people, tokens[start].start, subject_end) if p.end <= subject_end]
            parties = [p for p in subject if p.end >= subject_end - 1]
            if parties:
                # Coordinated subjects: "X, and Y are likely to sign" takes X too.
                parties = subject
            obj_tokens = tokens[i + 1 : _clause_end(tokens, i + 1, stop_at_prep=True)]
        if (
            obj_tokens
            and obj_tokens[0].lower not in ("the", "a", "an", "its", "their", "his", "her")
            and term_of(obj_tokens[0]) is None
        ):
            obj_tokens = []  # "the signing will be made": no object named
        terms = tuple(sorted({t for t in (term_of(x) for x in obj_tokens) if t}))
        obj_text = " ".join(x.text for x in obj_tokens).strip()
        if parties and terms:
            names = tuple(p.names[0] for p in parties)
            value = " and ".join(p.value for p in parties)
            yield Mention(
                "parties",
                parties[0].start,
                parties[-1].end,
                value,
                names,
                verb,
                "",
                terms,
                f"parties to {tok.lower} {obj_text}".strip(),
            )
        place = _event_place(tokens, i, places)
        if place is not None and terms:
            yield Mention(
                "place",
                place.start,
                place.end,
                text[place.start : place.end],
                (place.name,),
                verb,
                "",
                terms,
                f"place where {obj_text or 'it'} {tok.lower}".strip(),
            )


# How far a signing's clause reaches, in tokens: no clause is longer, and a bound keeps a
# sentence of thousands of tokens from being read once per verb.
_CLAUSE_REACH = 60


def _clause_start(tokens: list[Token], i: int) -> int:
    k = i
    while (
        k > max(0, i - _CLAUSE_REACH)
        and tokens[k - 1].text not in (";", ":", '"', "“", "”")
        and not (tokens[k - 1].text == "," and tokens[k].lower in ("but", "while", "which", "who", "although"))
    ):
        k -= 1
    return k


def _clause_end(tokens: list[Token], j: int, stop_at_prep: bool = False) -> int:
    k = j
    while k < min(len(tokens), j + _CLAUSE_REACH) and tokens[k].text not in (";", ":", ".", '"', "“", "”", ","):
        if (
            stop_at_prep
            and k > j
            and tokens[k].lower in ("in", "on", "at", "with", "between", "by", "despite", "after", "before")
        ):
            break
        k += 1
    return k


def _event_place(tokens: list[Token], i: int, places: list[Place]) -> Place | None:
    k = i + 1
    while k + 1 < min(len(tokens), i + _CLAUSE_REACH) and tokens[k].text not in (";", ":", "."):
        if tokens[k].text == "," and tokens[k + 1].lower in ("and", "but", "which", "who", "while", "after", "as"):
            return None
        if tokens[k].lower in ("in", "at"):
            nxt = tokens[k + 1]
            place = next((p for p in starting_in(places, nxt.start, nxt.start + 1) if not p.demonym), None)
            if place is not None:
                return place
        k += 1
    return None
