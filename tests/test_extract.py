"""Extraction: sentences in, claims out (values, hedges, units, subjects)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.context import edition_at
from factcheck.extract.text import tokenize
from factcheck.model import Hedge, Kind

from .conftest import claims_of


def quantities(text: str, **kw: object) -> list[tuple[str, str, str]]:
    return [(c.value, c.normalized, c.noun) for c in claims_of(text, **kw) if c.kind is Kind.QUANTITY]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police said 1,250 protesters gathered outside the court.", ("1,250 protesters", "1250", "protest")),
        (
            "Officials counted twenty-eight thousand voters in the district.",
            ("twenty-eight thousand voters", "28000", "voter"),
        ),
        ("About a dozen charities signed the letter on Monday.", ("About a dozen charities", "12", "chariti")),
        ("The ministry said six warships took part in the drill.", ("six warships", "6", "warship")),
        ("The city spent $3bn on the new stadium last year.", ("$3bn", "USD 3000000000", "amount")),
        ("Turnout reached 64.5 percent in the capital region.", ("64.5 percent", "64.5%", "share")),
        ("The fund lost 1.2 million dollars in the crash.", ("1.2 million dollars", "USD 1200000", "amount")),
    ],
)
def test_numbers_are_read_with_their_noun(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in quantities(sentence)


@pytest.mark.parametrize(
    ("sentence", "hedge", "low", "high"),
    [
        ("Roughly 50,000 sailors are serving in Spain.", Hedge.ABOUT, 45000, 55000),
        ("More than 35,000 sailors are serving in Spain.", Hedge.AT_LEAST, 35000, 43750),
        ("Up to 400 workers lost their jobs at the plant.", Hedge.AT_MOST, 300, 400),
        ("Nearly 200 families were evacuated from the valley.", Hedge.NEARLY, 180, 200),
        ("At least 12 climbers were rescued from the ridge.", Hedge.AT_LEAST, 12, 15),
        ("Some 300 volunteers cleaned the beach.", Hedge.ABOUT, 270, 330),
    ],
)
def test_hedges_become_intervals(sentence: str, hedge: Hedge, low: float, high: float) -> None:
    claim = next(c for c in claims_of(sentence) if c.kind is Kind.QUANTITY)
    assert (claim.hedge, claim.low, claim.high) == (hedge, low, high)


@pytest.mark.parametrize(
    "sentence",
    [
        "The regime ruled the island between 1890-1920 with an iron fist.",  # year range
        "The 14-article treaty covers the handling of classified files.",  # article count
        "Documents marked level 3 and below may be shared under the deal.",  # level
        "The vote was held at 10:45 in the morning on the main square.",  # clock time
        "He finished 3rd in the race held in the northern hills.",  # ordinal
        "Contact the desk at reporter77@example.com for the full list.",  # identifier
        "The two countries have agreed to cooperate on border patrols.",  # anaphoric
        "Comments are limited to the board members (0/250) this week.",  # furniture counter
        "Several early warning aircraft patrol the coast each night.",  # vague
        "Tensions rose in 1998 after the border talks had collapsed.",  # bare year
    ],
)
def test_non_counts_yield_no_quantity(sentence: str) -> None:
    assert quantities(sentence) == []


def test_a_count_after_a_possessive_is_stated_and_after_the_it_refers_back() -> None:
    # "its 25 crew", "the ship's 25 crew", "her 12 children": the count is told, often first
    for sentence in (
        "Its 25 crew members were unharmed.",
        "The ship's 25 crew members were unharmed.",
        "Her 12 children were at home.",
    ):
        assert [v for v, _n, _u in quantities(sentence)] in (["25 crew members"], ["12 children"]), sentence
    assert quantities("The two countries have agreed to cooperate on border patrols.") == []


def test_clock_time_with_zone_is_not_a_count() -> None:
    values = [v for v, _n, _u in quantities("The quake struck inland at 0737 GMT, officials said.")]
    assert values == []


def test_subject_carries_place_action_and_modifiers() -> None:
    (claim,) = [c for c in claims_of("More than 4,000 French troops are stationed in Mali.") if c.kind is Kind.QUANTITY]
    assert claim.noun == "troop"
    assert claim.place == "mali" or claim.place == "mali"
    assert claim.verb == "station"
    assert "france" in claim.agent


def test_coordinated_branches_are_one_noun_phrase() -> None:
    (claim,) = [
        c
        for c in claims_of("Another 9,000 navy, air force and marines are serving in Italy.")
        if c.kind is Kind.QUANTITY
    ]
    assert claim.noun == "troop"
    assert claim.place == "italy"
    assert claim.contrast


def test_here_resolves_to_home_place_only_when_known() -> None:
    text = "About 4,000 German troops are stationed here."
    (known,) = [c for c in claims_of(text, home="Poland") if c.kind is Kind.QUANTITY]
    (unknown,) = [c for c in claims_of(text) if c.kind is Kind.QUANTITY]
    assert known.place == "poland"
    assert unknown.place.startswith("here@")


def test_dates_are_read_as_periods() -> None:
    claims = claims_of("The two banks agreed a merger deal in March 2015, officials said.")
    (date,) = [c for c in claims if c.kind is Kind.DATE]
    assert date.normalized == "2015-03"
    assert dt.date.fromordinal(int(date.low or 0)) == dt.date(2015, 3, 1)


def test_day_without_year_takes_publication_year() -> None:
    claims = claims_of("The rail strike began on Nov. 30 across the northern network.", published=dt.date(2010, 12, 2))
    (date,) = [c for c in claims if c.kind is Kind.DATE]
    assert date.normalized == "2010-11-30"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Finance Minister Anna Berg said the budget was balanced.", "Anna Berg", "minister"),
        ("Lars Holm, spokesman of the Transport Ministry, declined to comment.", "Lars Holm", "spokesperson"),
        ("Chile's ambassador to Peru, Rosa Vidal, attended the signing.", "Rosa Vidal", "ambassador"),
        ("Police spokesperson Omar Sy- lla told reporters the road was closed.", "Omar Sy- lla", "spokesperson"),
    ],
)
def test_people_in_roles(sentence: str, name: str, role: str) -> None:
    roles = [(c.value, c.noun) for c in claims_of(sentence) if c.kind is Kind.NAMED and c.unit == "role"]
    assert (name, role) in roles


def test_parties_to_a_signing_are_the_subject_only() -> None:
    text = (
        "Trade Minister Ana Lopez and Canadian Ambassador to Spain John Reed are likely to sign the fisheries treaty "
        "in Madrid on Monday. Foreign Minister Eva Stone scrapped a plan to visit Paris to sign the treaty."
    )
    parties = [c.names for c in claims_of(text) if c.unit == "parties"]
    assert parties == [("ana lopez", "john reed")]


def test_passive_signing_names_parties_after_between() -> None:
    text = "The bilateral fisheries treaty was signed between Trade Minister Ana Lopez and Ambassador Tom Hale at noon."
    (claim,) = [c for c in claims_of(text) if c.unit == "parties"]
    assert claim.names == ("ana lopez", "tom hale")


def test_page_furniture_yields_no_claims() -> None:
    text = "\n".join(
        [
            "Back To Top",
            "By Jane Roe (",
            "Log in to Twitter or Facebook account to connect with 25 friends.",
            "A file picture showing 3 tanks on parade.[News Photo]",
            "Published : June 28, 2012 - 15:38",
            "To write comments, please log in to one of the 4 accounts.",
        ]
    )
    assert claims_of(text) == ()


def test_a_sentence_that_opens_on_by_is_prose_unless_it_is_a_byline() -> None:
    for line in (
        "By Monday, police had arrested 20 people.",
        "By then, the fire had burned 20,000 acres.",
        "By Tuesday, the death toll had risen to 40.",
        "By the time rescuers arrived, 12 people had died.",
    ):
        assert claims_of(line), line
    for line in ("By Jane Roe, Harlow Times staff writer, 3 May.", "By JANE ROE and Tom Hale, 2 reporters."):
        assert claims_of(line) == (), line


@pytest.mark.parametrize(
    "line",
    [
        "Please LOG IN to see the 12 most read stories of the day.",
        "Sign up for our briefing and get 3 stories every morning.",
        "Subscribe now and save 40 percent on your first year.",
        "Copyright 2016 The Daily Planet and its 12 partners.",
        "There are 14 comments on this story so far today.",
        "All Rights Reserved by the 4 member papers of the group.",
        "Click here to see all 30 photos of the parade today.",
        "Follow us on our 5 channels for the latest updates.",
        "Share this story with your 3 closest friends today.",
        "Read more: the 20 best beaches of the coast this summer.",
        "Related articles: 6 things to know about the vote.",
        "Advertisement for 3 new cars sold in the city this week.",
        "The 3 leaders met on Monday [Photo: Reuters archive].",
        "by Jane Roe and 2 other reporters in the capital.",
        "Updated: 4 new details were added to this story today.",
        "Write to news@example.com with your 3 best tips today.",
    ],
)
def test_every_kind_of_furniture_line_is_recognised(line: str) -> None:
    from factcheck.extract.text import is_furniture

    assert is_furniture(line)
    assert not is_furniture("Officials said 12 people were hurt when the roof fell on Monday.")


def test_prose_ending_in_a_quotation_mark_after_a_space_is_prose() -> None:
    # text re-joined from tokens leaves a space before the closing mark: 'this winter. "'
    from factcheck.extract.text import is_furniture

    assert not is_furniture('The mayor said: "We will rebuild 12 schools this winter. "')
    assert not is_furniture("The mayor said we will rebuild 12 schools this winter. ” ")
    assert is_furniture('The mayor on the 12 schools "')


def test_a_long_line_without_a_stop_is_prose_and_a_headline_is_not() -> None:
    # a lede that lost its period, or a sentence cut short where the page was copied
    lede = (
        "Last June a falling crane killed 34-year-old Ivo Brandt as he walked to work along the river path in "
        "central Harlow"
    )
    assert [c.value for c in claims_of(lede) if c.unit == "age"] == ["34-year-old"]
    assert claims_of("Falling crane kills 34-year-old man on his way to work in Harlow") == ()


def test_negated_values_are_not_claims() -> None:
    assert quantities("The talks would not take longer than 40 days, a diplomat said.") == []


@pytest.mark.parametrize(
    ("clause", "era"),
    [
        ("killed 40 people last year", "last year"),
        ("flooded the valley in 1999", "1999"),
        ("two weeks later", "weeks later"),
        ("40 pages of this yearly report", ""),  # "this yearly" names no period
        ("the same monthly figure", ""),
    ],
)
def test_periods_named_in_a_clause(clause: str, era: str) -> None:
    from factcheck.extract.times import era_of

    assert era_of(clause) == era


@pytest.mark.parametrize(
    ("text", "word", "edition"),
    [
        ("She hosted the 79th Academy Awards.", "79th", "#79"),
        ("He hosts the 81st annual show.", "81st", "#81"),
        ("It was her 3rd title.", "3rd", None),
        ("the 21st century", "21st", None),
        ("He hosted the 2013 Academy Awards.", "2013", "#2013"),
        ("He hosted both the 2004 and 2005 Tony Awards.", "2004", "#2004"),
        ("He hosted both the 2004 and 2005 Tony Awards.", "2005", "#2005"),
        ("The 2004 tsunami struck at dawn.", "2004", None),
        ("In 2009 Ivo Brandt hosted.", "2009", None),
        ("It ended on the 2009 May Day march.", "2009", None),
    ],
)
def test_editions_of_named_events(text: str, word: str, edition: str | None) -> None:
    tokens = tokenize(text)
    i = next(k for k, t in enumerate(tokens) if t.text == word)
    assert edition_at(tokens, i) == edition
