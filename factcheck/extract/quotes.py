"""Who said a quotation: '"It is an honor ...," said Paul Lee, president, ABC Entertainment'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..lexicon import MONTHS, ORG_WORDS, ROLE_WORDS, STOPWORDS, WEEKDAYS
from .places import Place
from .text import Cues

_QUOTE_RE = re.compile(r"[\"“]([^\"“”]{25,}?)[\"”]")
_SPEECH_RE = re.compile(r"\b(?:said|says|told|added|announced|stated|explained|noted|wrote|declared)\b")
# a capital inside a word stays inside it ("DeGeneres", "MacFarlane")
_NAME_RE = re.compile(r"\b[A-Z][a-z'’.-]+(?:[A-Z][a-z'’-]+)?(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+(?:[A-Z][a-z'’-]+)?))*")
_AND_NAME_RE = re.compile(r"\s+and\s+[A-Z][a-z'’-]+(?:[A-Z][a-z'’-]+)?")
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "prof", "mr.", "mrs.", "ms.", "dr."})
_WORD_RE = re.compile(r"[a-z0-9]+")
_KEY_WORDS = 6
_NEAR = 60  # characters between a speaker's name and the speech verb
_PREPOSITIONS = frozenset(
    {"in", "at", "from", "of", "near", "to", "on", "by", "across", "the"}
)  # quotations are blocked by their first words


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation and the people the sentence says spoke it."""

    start: int
    text: str  # the quotation, normalized: lowercase words
    speakers: tuple[str, ...]  # as written
    key: str


def may_quote(cues: Cues) -> bool:
    """Whether ``find_quotes`` may find anything: a quotation mark that opens."""
    return cues.quote


def find_quotes(text: str, places: list[Place]) -> Iterator[Quote]:
    """Yield the quotations of a sentence whose speakers are named in it.

    The speakers are the personal names outside the quotation marks of a sentence
    that has a speech verb ("said", "told"); organisations, places, days and titles
    are not speakers. A sentence without a named speaker yields nothing.
    """
    for m in _QUOTE_RE.finditer(text):
        outside = text[: m.start()] + " | " + text[m.end() :]
        if not _SPEECH_RE.search(outside):
            continue
        words = _WORD_RE.findall(m.group(1).lower())
        if len(words) < 6:
            continue
        speakers = tuple(_speakers(outside, text, m.start(), places))
        if speakers:
            yield Quote(m.start(), " ".join(words), speakers, " ".join(words[:_KEY_WORDS]))


def _speakers(outside: str, text: str, quote_start: int, places: list[Place]) -> Iterator[str]:
    """Names next to a speech verb: "said X", "X said", "X, a doctor, told AFP" (AFP listens)."""
    place_names = {text[p.start : p.end].lower() for p in places}
    verbs = [(v.start(), v.end(), v.group(0)) for v in _SPEECH_RE.finditer(outside)]
    for m in _NAME_RE.finditer(outside):
        before = outside[max(0, m.start() - 12) : m.start()].lower().split()
        if before and before[-1] in _PREPOSITIONS:
            continue  # "in Lampahan", "from the Valley Hotel": a place, not a speaker
        near = any(
            0 <= vs - m.end() <= _NEAR or (word != "told" and 0 <= m.start() - ve <= _NEAR) for vs, ve, word in verbs
        )
        if not near:
            continue
        after = outside[m.end() : m.end() + 20].split()
        if after and after[0].islower() and not _SPEECH_RE.match(after[0]) and after[0] not in ("and", "who"):
            if not after[0].rstrip(".,;:!?").endswith("ly"):  # "said X and Y jointly."
                continue  # "a Bukit Sama village resident": a modifier, not a name of a speaker
        words = m.group(0).split()
        roles = [i for i, w in enumerate(words) if w.lower() in ROLE_WORDS]
        if roles:
            words = words[roles[-1] + 1 :]  # "Seoul Mayor Park Won-soon": the name after the title
        while words and (
            words[0].lower().rstrip(".") in _TITLES or words[0].lower() in ROLE_WORDS or words[0].lower() in STOPWORDS
        ):
            words = words[1:]
        if not words:
            continue
        lowered = [w.lower().strip(".,") for w in words]
        if any(w in ORG_WORDS for w in lowered):
            continue  # "ABC Entertainment Group", "the Academy"
        name = " ".join(words).strip(".")
        if name.lower() in place_names or lowered[0] in MONTHS or lowered[0] in WEEKDAYS:
            continue
        if m.start() == 0 and len(words) == 1 and not _AND_NAME_RE.match(outside, m.end()):
            continue  # a capitalized first word of the sentence ("Zadan and Meron added" names two)
        yield name
