"""Properties that must hold for any input (hypothesis).

- Extraction never raises, whatever the text.
- Grouping does not depend on the order in which articles (and so claims) arrive.
- Conflicts are symmetric: if a clashes with b, b clashes with a.
- A sentence passed over for want of an extractor's cues holds nothing it would find.
"""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.config import Settings
from factcheck.conflicts import compatible
from factcheck.extract import extract_claims, find_acronyms
from factcheck.extract.dates import find_dates, may_date
from factcheck.extract.names import find_actions, find_roles, may_name_parties, may_name_role
from factcheck.extract.places import find_places
from factcheck.extract.quantities import find_ordinals, find_quantities, may_have_ordinal, may_quantify
from factcheck.extract.quotes import find_quotes, may_quote
from factcheck.extract.text import cues, tokenize
from factcheck.extract.times import find_times, may_time
from factcheck.group import group_claims
from factcheck.model import Article, Claim

# News-like vocabulary so that generated text actually reaches the extractors' rules.
_WORDS = (
    "about roughly more than at least up to nearly some killed killing injured dead troops soldiers people "
    "quake magnitude 6.1-magnitude kilometres miles 3:45 pm about 3pm 0737 GMT on Tuesday yesterday in 2004 "
    "Nov. 30 November 30, 2009 $184M $184 million 32-year-old 90 days 12% percent the 81st annual Oscars "
    'said told “ ” " , . ( ) - and or of in the a mother of 12 Paul Lee president Seoul Japan U.S. '
    "seven 24 19 35,000 50,000 first latest last year ago since after before"
).split()

_news_text = st.lists(st.sampled_from(_WORDS), min_size=0, max_size=60).map(" ".join)
_any_text = st.text(max_size=400)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(_any_text, _news_text), published=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1))))
@example(text="The ſpokesman Kim Tae-young said so.", published=None)  # the role pattern ignores case
def test_extractors_never_raise(text: str, published: dt.date | None) -> None:
    article = Article(path="x.txt", text=text, published=published)
    claims = extract_claims(article, Settings())
    find_acronyms(article)
    for claim in claims:
        assert claim.sentence and claim.value
        assert claim.low is None or claim.high is None or claim.low <= claim.high


_SENTENCES = st.sampled_from(
    [
        "The quake killed {n} people in the coastal town of Paro on Sunday.",
        "The Sunday quake in the coastal town of Paro left {n} people dead.",
        "The ferry left the pier at {h}:15 p.m. on Friday with forty passengers aboard.",
        "The ferry left the pier at about {h}pm on Friday with forty passengers aboard.",
        "A {m}.1-magnitude quake struck the coast of the island on Monday.",
        "About {n},000 Dutch troops are stationed in the border region, officials said.",
        "“We will rebuild every school and every clinic before the winter,” said {who}.",
    ]
)
_article_texts = st.lists(
    st.tuples(
        _SENTENCES,
        st.integers(2, 9),
        st.integers(1, 11),
        st.integers(4, 8),
        st.sampled_from(["Amara Okafor", "Daniel Brandt", "Okafor"]),
    ).map(lambda t: t[0].format(n=t[1], h=t[2], m=t[3], who=t[4])),
    min_size=1,
    max_size=3,
).map(" ".join)


def _signature(claims: list[Claim]) -> list[tuple[str, str, tuple[tuple[str, int, str], ...]]]:
    groups = group_claims(claims, Settings())
    return sorted((g.id, g.status.value, tuple((c.path, c.line, c.value) for c in g.claims)) for g in groups)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(_article_texts, min_size=2, max_size=5), seed=st.integers(0, 10_000))
def test_grouping_does_not_depend_on_article_order(texts: list[str], seed: int) -> None:
    articles = [Article(path=f"{i}.txt", text=t) for i, t in enumerate(texts)]
    claims = [c for a in articles for c in extract_claims(a, Settings())]
    shuffled = list(articles)
    random.Random(seed).shuffle(shuffled)
    reordered = [c for a in shuffled for c in extract_claims(a, Settings())]
    random.Random(seed + 1).shuffle(reordered)
    assert _signature(claims) == _signature(reordered)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(_article_texts, min_size=2, max_size=4))
def test_conflicts_are_symmetric(texts: list[str]) -> None:
    articles = [Article(path=f"{i}.txt", text=t) for i, t in enumerate(texts)]
    claims = [c for a in articles for c in extract_claims(a, Settings())]
    for a in claims:
        for b in claims:
            if a.kind is b.kind and a.unit == b.unit:
                assert compatible(a, b, Settings()) == compatible(b, a, Settings())
    # and the report does not depend on which article is called first
    assert _signature(claims) == _signature(list(reversed(claims)))


# Words that are cues, words that look like them, and letters that fold into ASCII ("ſ", "K").
_CUE_WORDS = (
    "one twelve dozen a Dozen forty-two 7 3rd 81st annual Oscars February February's May's noon Midnight "
    'minister Minister MINISTER ſpokesman Kelvin \u212aing vice president Prime said “ ” " signed inked '
    "Seal sealed the pact in Seoul Defense Minister Kim Tae-young , . élog one's x_one Kone"
).split()
_cue_text = st.lists(st.sampled_from(_CUE_WORDS), min_size=0, max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(_cue_text, _any_text))
@example(text="The ſpokesman Kim Tae-young said so.")  # the role pattern ignores case: ſ is s
@example(text="ſone people")  # ſ folds to "s", but the tokenizer reads "one"
def test_sentences_skipped_for_want_of_cues_hold_nothing(text: str) -> None:
    """An extractor whose cues are missing would have found nothing (skipping is lossless)."""
    cue, tokens, places = cues(text), tokenize(text), find_places(text)
    roles = list(find_roles(text, places))
    found = {
        "quantities": (may_quantify, list(find_quantities(tokens, text, places, Settings()))),
        "ordinals": (may_have_ordinal, list(find_ordinals(tokens, places))),
        "dates": (may_date, find_dates(text, dt.date(2020, 6, 1))),
        "times": (may_time, find_times(text)),
        "quotes": (may_quote, list(find_quotes(text, places))),
        "roles": (may_name_role, roles),
        "parties": (may_name_parties, list(find_actions(text, tokens, places, roles))),
    }
    for name, (may, results) in found.items():
        assert may(cue) or not results, f"{name}: found {results} without cues"


_ERA_WORDS = (
    "in 2004 last year this yearly same month two years ago the first quake latest attacks May 3 may "
    "Jan. January's Sept ſummer the spring of 1999 , . fall fallen next decade weeks later day"
).split()


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.lists(st.sampled_from(_ERA_WORDS), max_size=15).map(" ".join), _any_text))
def test_clauses_passed_over_for_want_of_period_cues_name_no_period(text: str) -> None:
    from factcheck.extract.times import _named_periods, era_of

    assert era_of(text) == _named_periods(text)
