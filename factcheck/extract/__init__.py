"""Extraction stage: one article in, its claims out (a pure function of the article)."""

from __future__ import annotations

import re

from ..config import Settings
from ..model import Article, Claim, Hedge, Kind
from .context import read_context, stem
from .dates import find_dates
from .names import find_actions, find_roles
from .places import canonical_place, find_places
from .quantities import Quantity, find_quantities, frame_of
from .text import Sentence, body_sentences, tokenize

__all__ = ["extract_claims", "find_acronyms"]

# "General Security of Military Information Agreement (GSOMIA)"
_ACRONYM_DEF_RE = re.compile(r"((?:[A-Z][\w-]*\s+(?:(?:of|and|for|the|on)\s+)?){1,8})\(([A-Z]{2,})\)")


def find_acronyms(article: Article) -> dict[str, tuple[str, ...]]:
    """Return the acronyms an article defines, each with the stems of its long form."""
    out: dict[str, tuple[str, ...]] = {}
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
    for sentence in body_sentences(article.text):
        tokens = tokenize(sentence.text)
        places = find_places(sentence.text)
        dates = find_dates(sentence.text, article.published)
        masked = tuple((d.start, d.end) for d in dates)
        for q in find_quantities(tokens, sentence.text, places, settings, masked):
            claims.append(_quantity_claim(article, sentence, q, home))
        for d in dates:
            first = next((i for i, t in enumerate(tokens) if t.end > d.start), 0)
            last = next((i for i, t in enumerate(tokens) if t.start >= d.end), len(tokens))
            ctx = read_context(tokens, places, first, last)
            if ctx.negated or not ctx.terms:
                continue
            frame = frame_of(tokens, first, last)
            claims.append(
                Claim(
                    kind=Kind.DATE,
                    path=article.path,
                    line=sentence.line,
                    column=sentence.column + d.start,
                    sentence=sentence.text,
                    value=d.text,
                    normalized=d.normalized,
                    unit="date" if frame == "at" else f"date:{frame}",
                    hedge=Hedge.EXACT,
                    low=float(d.low),
                    high=float(d.high),
                    subject="when: " + _gist(tokens, first, last),
                    noun="",
                    terms=ctx.terms,
                    place=_resolve(ctx.place, home),
                    agent=",".join(ctx.agents),
                    verb=ctx.verb,
                    published=article.published,
                    outlet=article.outlet,
                )
            )
        roles = list(find_roles(sentence.text, places))
        for m in [*roles, *find_actions(sentence.text, tokens, places, roles)]:
            claims.append(
                Claim(
                    kind=Kind.NAMED,
                    path=article.path,
                    line=sentence.line,
                    column=sentence.column + m.start,
                    sentence=sentence.text,
                    value=m.value,
                    normalized="; ".join(m.names),
                    unit=m.kind,
                    hedge=Hedge.EXACT,
                    low=None,
                    high=None,
                    subject=m.subject,
                    noun=m.noun,
                    terms=m.terms,
                    place=m.qualifier,
                    verb=m.noun if m.kind != "role" else "",
                    published=article.published,
                    outlet=article.outlet,
                    names=m.names,
                )
            )
    return tuple(claims)


def format_number(value: float) -> str:
    """Return a number without float noise: 35000.0 -> "35000", 1.25 -> "1.25"."""
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    return f"{value:.6g}"


def _resolve(place: str, home: str) -> str:
    return home if place == "here" else place


def _gist(tokens: list, first: int, last: int, width: int = 7) -> str:
    """A short readable stretch of the clause around a value, for the report."""
    lo = max(0, first - width)
    hi = min(len(tokens), last + 3)
    words = [t.text for t in tokens[lo:first]] + ["…"] + [t.text for t in tokens[last:hi]]
    text = " ".join(words)
    return re.sub(r"\s+([,.;:!?])", r"\1", text).strip(" ,")


def _quantity_claim(article: Article, sentence: Sentence, q: Quantity, home: str) -> Claim:
    ctx = q.context
    place = _resolve(ctx.place, home)
    shown_place = ctx.place_text if ctx.place != "here" else ("here" + (f" ({article.home})" if article.home else ""))
    what = q.noun_text or {"percent": "share", "duration": "duration", "age": "age"}.get(q.unit, q.unit)
    subject = " ".join(
        filter(
            None,
            [
                what,
                ctx.verb_text,
                ("in " + shown_place)
                if shown_place and shown_place != "here" and not shown_place.startswith("here ")
                else shown_place,
            ],
        )
    )
    if q.unit.startswith("money:"):
        normalized = f"{q.unit[6:]} {format_number(q.value)}"
    elif q.unit == "percent":
        normalized = f"{format_number(q.value)}%"
    elif q.unit == "duration":
        normalized = f"{format_number(round(q.value, 2))} days"
    elif q.unit == "age":
        normalized = f"{format_number(q.value)} years old"
    else:
        normalized = format_number(q.value)
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
    )
