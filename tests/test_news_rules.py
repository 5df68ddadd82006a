"""Quantity kinds and grouping rules for news in general, on made-up sentences.

Each rule has a positive case (the conflict is found) and a negative one (a look-alike
that is not a conflict). None of these sentences comes from the development set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.config import Settings
from factcheck.extract import extract_claims
from factcheck.group import group_claims
from factcheck.model import Article, Claim, Group, Hedge, Kind, Severity, Status

from .conftest import claims_of, claims_of_articles


def _conflicts(*texts: str, dates: tuple[dt.date | None, ...] = ()) -> list[Group]:
    return [g for g in group_claims(claims_of_articles(*texts, dates=dates), Settings()) if g.status is Status.CONFLICT]


def _values(group: Group) -> set[str]:
    return {c.value for c in group.claims}


def _one(text: str, unit: str) -> Claim:
    found = [c for c in claims_of(text) if c.unit.startswith(unit)]
    assert len(found) == 1, found
    return found[0]


# --- quantity kinds --------------------------------------------------------------------


def test_magnitude_in_its_three_spellings() -> None:
    assert _one("A 5.8-magnitude tremor shook the valley towns overnight.", "magnitude").stated == 5.8
    assert _one("The magnitude 4.9 tremor shook the valley towns overnight.", "magnitude").stated == 4.9
    assert _one("A 6.3 magnitude tremor shook the valley towns overnight.", "magnitude").stated == 6.3


def test_coordinated_magnitudes_share_the_unit() -> None:
    found = [c.stated for c in claims_of("The region was shaken by the 6.8 and 6.2 magnitude quakes on Friday.")]
    assert found == [6.8, 6.2]


def test_lengths_are_kilometres_and_conversions_are_not_new_claims() -> None:
    claims = [c for c in claims_of("The tremor struck at a depth of 20 kilometres (12 miles) under the bay.")]
    assert [(c.unit, c.noun, c.stated) for c in claims] == [("length", "depth", 20.0)]
    miles = _one("The tremor struck 30 miles east of the harbour town, officials said.", "length")
    assert miles.stated == pytest.approx(48.28, abs=0.01)


def test_where_a_quake_was_centred_is_its_epicentre() -> None:
    found = _conflicts(
        "The quake was centred 40 miles northwest of Marden, the geological survey said.",
        "The epicentre was 150 kilometres northwest of Marden, the geological survey said.",
    )
    assert [_values(g) for g in found] == [{"40 miles", "150 kilometres"}]


def test_a_measure_named_after_at_tells_of_the_clause_before() -> None:
    # "struck at a depth of 12 kilometres": the depth is the quake's
    depth = _one("The 6.2-magnitude quake struck at a depth of 12 kilometres, the survey said.", "length")
    assert "quak" in depth.terms
    found = _conflicts(
        "The 6.2-magnitude quake struck at a depth of 12 kilometres, the geological survey said.",
        "The earthquake had a depth of 35 km, according to the geological survey.",
    )
    assert [_values(g) for g in found] == [{"12 kilometres", "35 km"}]
    assert not _conflicts(
        "The 6.2-magnitude quake struck at a depth of 12 kilometres, the geological survey said.",
        "The aftershock struck at a depth of 35 kilometres.",
    )


def test_a_place_given_as_a_place_on_one_side_and_a_word_on_the_other_is_shared() -> None:
    found = _conflicts(
        "Police arrested 12 people after the riot in the Harlow district on Saturday.",
        "Thirty people were arrested after rioting broke out in Harlow on Saturday, police said.",
    )
    assert [_values(g) for g in found] == [{"12 people", "Thirty people"}]
    # though it is no word of the clause that tells one toll from another in one place
    assert not _conflicts(
        "A quake hit Marden on Tuesday, killing one person.",
        "A landslide in Marden on Tuesday killed four people, officials said.",
    )


def test_tolls_in_sentences_that_name_nothing_in_common_are_two_events() -> None:
    # shelling of a camp in Marden, quakes that drove people of Veltra to camps: the
    # clauses share "refugee camp", the sentences no name
    assert not _conflicts(
        "Shelling of houses in the Marden refugee camp left one person dead and 16 injured.",
        "Thousands of Veltra residents flooded refugee camps after two earthquakes flattened buildings "
        "and killed four people.",
    )
    # the same camp named on both sides is one toll
    found = _conflicts(
        "Shelling of houses in the Marden refugee camp left one person dead and 16 injured.",
        "Shelling of the Marden refugee camp killed four people, officials said.",
    )
    assert [_values(g) for g in found] == [{"one person", "four people"}]


def test_a_count_across_a_region_is_not_the_count_in_one_country_of_it() -> None:
    # "around" after the value is a place preposition; before it, a hedge
    assert _one("The floods killed some 4,000 people around the Ostrow Sea.", "count").place == "ostrow sea"
    whole = _one("The floods killed around 4,000 people in 2009.", "count")
    assert (whole.hedge, whole.place) == (Hedge.ABOUT, "")
    # a place named in the possessive is the place ("in Veltra's north": Veltra)
    assert _one("The floods killed 1,300 people in Veltra's northern province.", "count").place == "veltra"
    # the whole names the country only as where the storm began: a part is no clash
    assert not _conflicts(
        "The 2009 floods killed 1,300 people in Veltra's northern province.",
        "In 2009, a storm off Veltra caused floods that killed some 4,000 people around the Ostrow Sea.",
    )
    assert not _conflicts(
        "The 2009 floods killed 1,300 people in Veltra's northern province.",
        "In 2009, a storm off Veltra caused floods that killed some 4,000 people across the Ostrow Sea.",
    )


def test_clauses_alike_in_words_but_naming_two_places_are_two_facts() -> None:
    # no action class, the same words, but Ostrow on one side and Teller on the other
    assert not _conflicts(
        "The blizzard brought 14 inches of snow to Ostrow overnight.",
        "The blizzard brought 30 inches of snow to Teller overnight.",
    )
    found = _conflicts(
        "The blizzard brought 14 inches of snow to Ostrow overnight.",
        "The blizzard brought 30 inches of snow to Ostrow overnight, forecasters said.",
    )
    assert [_values(g) for g in found] == [{"14 inches", "30 inches"}]


def test_leaving_is_a_phase_of_a_journey() -> None:
    # the departure is not the arrival
    assert not _conflicts(
        "The ferry left Ostrow at 7:20 a.m. on Friday.",
        "The ferry was due in Teller at 11:05 a.m. on Friday.",
    )
    for other in (
        "The ferry departed from Ostrow at 8:10 a.m. on Friday.",
        "The ferry left Ostrow at 8:10 a.m. on Friday.",
    ):
        found = _conflicts("The ferry left Ostrow at 7:20 a.m. on Friday.", other)
        assert [_values(g) for g in found] == [{"7:20 a.m.", "8:10 a.m."}], other


def test_the_same_victims_beside_two_dates_tell_one_occurrence() -> None:
    charged = "Ivan Morrow, 41, is charged with murder for the shooting deaths of three co-workers in March 2011."
    found = _conflicts(
        charged,
        "The man who allegedly shot and killed three co-workers in June at the Quorix plant in Harlow will face trial.",
    )
    assert [_values(g) for g in found] == [{"March 2011", "June"}]
    # other victims: another shooting, though told with the same words
    assert not _conflicts(
        charged,
        "The man who allegedly shot and killed two co-workers in June at the Quorix plant in Harlow will face trial.",
    )


def test_a_count_that_was_needed_is_not_the_count_that_was_cast() -> None:
    # each clause tells a doing the other does not ("passed" / "needed"): two facts,
    # though the clauses share most of their words
    passed = "The bill passed the Senate by 68 votes to 32."
    assert not _conflicts(passed, "The bill needed 60 votes to pass the Senate.")
    assert not _conflicts(passed.replace(".", " after a long debate."), "The bill needed 60 votes in the Senate.")
    found = _conflicts(passed, "The bill passed the Senate by 61 votes to 39, the clerk said.")
    assert [_values(g) for g in found] == [{"68 votes", "61 votes"}]


def test_small_lengths_are_lengths_too() -> None:
    wave = _one("The wave was 30 centimetres high when it reached the pier.", "length")
    assert (wave.noun, wave.normalized) == ("height", "0.3 m")
    rain = _one("The storm dumped 20 inches of rain on the valley.", "length")
    assert rain.stated == pytest.approx(0.000508) and rain.normalized == "0.51 m"


@pytest.mark.parametrize(
    "text",
    [
        "The death toll rose to 40 on Tuesday.",
        "Rescuers found more bodies in Marden, raising the death toll to 40.",
        "The death toll from Sunday's quake in Marden has risen to 40.",
        "The quake left a death toll of 40 in the province.",
    ],
)
def test_a_death_toll_counts_people_killed(text: str) -> None:
    claim = _one(text, "count")
    assert (claim.noun, claim.verb, claim.stated) == ("person", "kill", 40)


def test_a_death_toll_clashes_with_a_toll_told_by_a_verb() -> None:
    found = _conflicts(
        "The death toll from the quake in Marden rose to 40 on Tuesday.",
        "The quake killed 12 people in Marden on Tuesday.",
    )
    assert [_values(g) for g in found] == [{"40", "12 people"}]
    # a toll told with another list of values, or as a price, is no death toll
    assert not claims_of("The death toll, the mayor said, and the damage, rose to 40.")
    assert [c.unit for c in claims_of("The death toll rose to $40.")] == ["money:USD"]


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("Between 20 and 30 people were killed in the attack.", "Between 20 and 30 people", 20, 30),
        ("Rebels killed 20 to 30 people in the attack.", "20 to 30 people", 20, 30),
        ("Two or three people were hurt in the crash.", "Two or three people", 2, 3),
        ("Between 2 and 3 million people fled the floods.", "Between 2 and 3 million people", 2e6, 3e6),
        ("Prices rose 10 to 15 percent last year.", "10 to 15 percent", 10, 15),
    ],
)
def test_a_range_is_one_value_its_ends_bound(text: str, value: str, low: float, high: float) -> None:
    (claim,) = claims_of(text)
    assert (claim.value, claim.low, claim.high, claim.hedge) == (value, low, high, Hedge.RANGE)


def test_a_range_allows_what_lies_inside_it() -> None:
    told = "Between 20 and 30 people were killed when a bomb exploded in a crowded market in Harlow on Tuesday."
    assert not _conflicts(told, "A bomb killed 25 people in a crowded market in Harlow on Tuesday.")
    found = _conflicts(told, "A bomb killed 45 people in a crowded market in Harlow on Tuesday.")
    assert [_values(g) for g in found] == [{"Between 20 and 30 people", "45 people"}]
    term = _one("The fire burned for three to four hours.", "duration")
    assert (term.noun, term.normalized) == ("duration:for", "0.12 days to 0.17 days")


def test_a_change_from_one_value_to_another_is_no_range() -> None:
    (claim,) = claims_of("Unemployment rose from 5 to 7 percent in the province.")
    assert (claim.value, claim.low, claim.high) == ("7 percent", 7, 7)


def test_nautical_miles_are_a_length_that_plain_miles_may_mean() -> None:
    sea = _one("Pirates seized the tanker 450 nautical miles off the coast.", "length")
    assert sea.stated == pytest.approx(833.4)
    told = "Pirates seized the tanker 450 nautical miles off the coast of Marden on Saturday."
    assert not _conflicts(told, "Pirates seized the tanker about 830 kilometres off the coast of Marden on Saturday.")
    # an outlet that writes "miles" for the same sea distance does not contradict it
    assert not _conflicts(told, "Pirates seized the tanker 450 miles off the coast of Marden on Saturday.")
    found = _conflicts(told, "Pirates seized the tanker 300 miles off the coast of Marden on Saturday.")
    assert [_values(g) for g in found] == [{"450 nautical miles", "300 miles"}]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The storm packed winds of 177 km/h as it hit Marden.", "177 km/h"),
        ("The storm packed winds of 110 miles per hour as it hit Marden.", "110 miles per hour"),
        ("The storm packed winds of 110 mph as it hit Marden.", "110 mph"),
        ("The storm packed winds of 96 knots as it hit Marden.", "96 knots"),
    ],
)
def test_speeds_are_km_per_hour_not_distances(text: str, value: str) -> None:
    speed = _one(text, "speed")
    assert speed.value == value and speed.low is not None and speed.high is not None
    assert speed.low <= 177 <= speed.high  # each spelling of one speed, rounded as written


def test_a_speed_clashes_only_with_a_speed() -> None:
    told = "Hurricane Ike hit Marden on Tuesday with winds of 110 mph."
    assert not _conflicts(told, "Hurricane Ike hit Marden on Tuesday with winds of 177 km/h.")
    assert not _conflicts(told, "Hurricane Ike hit Marden on Tuesday, 200 kilometres from the capital.")
    found = _conflicts(told, "Hurricane Ike hit Marden on Tuesday with winds of 240 km/h.")
    assert [_values(g) for g in found] == [{"110 mph", "240 km/h"}]


def test_money_scale_spellings_agree() -> None:
    a = _one("The museum sold the painting for $212M at the spring auction.", "money")
    b = _one("The painting went for $212 million at the spring auction.", "money")
    assert (a.low, a.high) == (b.low, b.high) == (212e6, 212e6)


def test_ages_durations_and_percentages() -> None:
    assert _one("The 41-year-old driver was taken to hospital.", "age").stated == 41
    assert _one("The strike lasted 90 days before a deal was reached.", "duration").stated == 90
    assert _one("Turnout rose to 64 percent in the northern districts.", "percent").stated == 64


def test_ages_of_one_named_person_conflict() -> None:
    found = _conflicts(
        "Police arrested the 34-year-old Dorian Falk outside the depot.",
        "Dorian Falk, a 43-year-old welder, has lived near the depot for a decade.",
    )
    assert [_values(g) for g in found] == [{"34-year-old", "43-year-old"}]


def test_an_age_at_death_after_the_day_is_the_age_of_who_died() -> None:
    assert _one("Ostrow died on Monday at the age of 71.", "age").names == ("ostrow",)
    assert _one("Ostrow died in Harlow on Monday at age 71.", "age").names == ("ostrow",)
    found = _conflicts("Ostrow, 64, died on Monday in Harlow.", "Ostrow died on Monday at the age of 71.")
    assert [_values(g) for g in found] == [{"64", "71"}]
    # a clause between: the age is not said to be the dead person's
    assert _one("Ostrow died on Monday, and his wife, at the age of 71, survives him.", "age").names == ()


def test_ages_of_different_people_in_one_story_are_not_grouped() -> None:
    # a story has several ages; the same action says nothing about whose age it is
    assert not _conflicts(
        "The gunman wounded a 31-year-old clerk before fleeing the store.",
        "The 17-year-old accused of firing the shots wounded two customers.",
    )


def test_edition_ordinals_but_not_ordinary_ordinals() -> None:
    assert _one("She will host the 58th annual music awards next month.", "ordinal").stated == 58
    assert not [
        c for c in claims_of("She became the second woman to lead the 21st century party.") if c.unit == "ordinal"
    ]


def test_member_counts_after_of() -> None:
    claim = _one("Police said the victim, a father of seven, was walking home from work.", "count")
    assert (claim.noun, claim.stated) == ("of:father", 7.0)


# --- dates and times -------------------------------------------------------------------


def test_clock_times_and_their_hedges() -> None:
    exact = _one("The ferry left the pier at 6:15 p.m. with forty passengers aboard.", "time")
    about = _one("The ferry left the pier at about 6pm with forty passengers aboard.", "time")
    after = _one("The ferry left the pier shortly after 6 p.m. with forty passengers aboard.", "time")
    assert exact.normalized == "18:15"
    assert (about.low, about.high) == (17 * 60 + 30, 18 * 60 + 30)
    assert (after.low, after.high) == (18 * 60, 18 * 60 + 30)


def test_time_zones_are_kept_apart() -> None:
    gmt = _one("The blast hit the depot at 0915 GMT, the agency said.", "time")
    assert gmt.unit == "time@gmt"
    assert not _conflicts(
        "The blast hit the fuel depot at 0915 GMT on Monday.",
        "The blast hit the fuel depot at 12:15 p.m. local time on Monday.",
    )


def test_clock_time_conflict_and_hedged_agreement() -> None:
    clash = _conflicts(
        "The fire broke out in the mill warehouse at 4:40 p.m. on Saturday.",
        "The fire broke out in the mill warehouse at about 2pm on Saturday.",
    )
    assert len(clash) == 1 and _values(clash[0]) == {"4:40 p.m.", "about 2pm"}
    assert not _conflicts(
        "The fire broke out in the mill warehouse at 4:10 p.m. on Saturday.",
        "The fire broke out in the mill warehouse at about 4pm on Saturday.",
    )


def test_times_of_different_days_are_different_moments() -> None:
    assert not _conflicts(
        "The fire broke out in the mill warehouse at 4:40 p.m. on Saturday.",
        "The fire broke out in the mill warehouse at 9 a.m. on Sunday.",
    )


def test_day_without_a_year_compares_by_month_and_day() -> None:
    assert not _conflicts(
        "The miners were rescued from the collapsed shaft on Aug. 14 after nine days.",
        "The miners were rescued from the collapsed shaft on August 14, 2019 after nine days.",
    )


def test_weekday_and_yesterday_resolved_against_publication_date() -> None:
    published = dt.date(2021, 3, 12)  # a Friday
    claim = _one("Protesters marched through the capital yesterday, police said at 3 p.m.", "time")
    assert claim.day == ""  # no publication date known: "yesterday" cannot be resolved
    (dated,) = [
        c
        for c in extract_claims(
            Article("a.txt", "Protesters marched through the capital yesterday at 3 p.m., police said.", published),
            Settings(),
        )
        if c.unit == "time"
    ]
    assert dated.day == "thursday"


def _death_days(text: str, published: dt.date | None = None) -> list[str]:
    return [c.normalized for c in claims_of_articles(text, dates=(published,)) if c.kind is Kind.DATE]


def test_the_weekday_a_named_person_died_is_a_fact() -> None:
    assert _death_days("Ana Morrow died of heart failure on Thursday, her agent said.") == ["thursday"]
    assert _death_days("Morrow died Saturday at a hospital in Harlow.") == ["saturday"]
    # the appositive may be long
    text = "Ana Morrow, the singer who recorded more than 30 albums and toured Europe for years, died on Monday."
    assert _death_days(text) == ["monday"]
    # "yesterday" only with the publication date (a Friday)
    assert _death_days("Ana Morrow died yesterday in Harlow.") == []
    assert _death_days("Ana Morrow died yesterday in Harlow.", dt.date(2021, 3, 12)) == ["thursday"]


@pytest.mark.parametrize(
    "text",
    [
        "A patient died on Monday at the Harlow clinic.",  # a noun: another patient may die on another day
        "Ana Morrow died in hospital, two days after she was shot on Tuesday.",  # another event's day
        "Ana Morrow died at home, her agent said on Friday.",  # when it was said
        "Ana Morrow was buried on Friday in Harlow.",  # no dying told
        "On Monday, the council said Ana Morrow died.",  # the day is the saying's
    ],
)
def test_a_weekday_is_no_death_day_where_the_sentence_does_not_tie_it_to_a_named_death(text: str) -> None:
    assert _death_days(text) == []


def test_a_weekday_opening_a_full_date_is_left_to_the_date() -> None:
    assert _death_days("Ana Morrow died on Thursday, Nov. 27, 2008, in Harlow.") == ["2008-11-27"]


def test_two_weekdays_of_one_death_conflict_and_a_full_date_tells_its_weekday() -> None:
    found = _conflicts(
        "Ana Morrow died of heart failure on Thursday, her agent said.",
        "The singer Ana Morrow died on Saturday of heart failure, her agent said.",
    )
    assert [_values(g) for g in found] == [{"Thursday", "Saturday"}]
    assert found[0].severity is Severity.ERROR
    # Nov. 27, 2008 was a Thursday, Nov. 28 a Friday: a day apart is a warning
    assert not _conflicts(
        "Ana Morrow died of heart failure on Thursday, her agent said.",
        "Ana Morrow died of heart failure on Nov. 27, 2008, in Harlow.",
    )
    (near,) = _conflicts(
        "Ana Morrow died of heart failure on Thursday, her agent said.",
        "Ana Morrow died of heart failure on Nov. 28, 2008, in Harlow.",
    )
    assert near.severity is Severity.WARNING
    # two people's deaths are two facts
    assert not _conflicts(
        "Ana Morrow died of heart failure on Thursday, her agent said.",
        "Ivo Brandt died of heart failure on Saturday, his agent said.",
    )


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("The festival returns to the Harlow park next March, organisers said.", "2014-03"),
        ("Next March the festival returns to the Harlow park.", "2014-03"),
        ("The festival drew big crowds to the Harlow park last September.", "2012-09"),
        ("The festival drew big crowds to the Harlow park last August.", "2012-08"),  # the month it is
        ("The festival comes to the Harlow park this June, organisers said.", "2013-06"),
    ],
)
def test_next_last_and_this_month_are_resolved_against_the_publication_date(text: str, normalized: str) -> None:
    published = dt.date(2013, 8, 2)
    (claim,) = [c for c in extract_claims(Article("a.txt", text, published), Settings()) if c.kind.value == "date"]
    assert claim.normalized == normalized
    # an undated article cannot tell which March is meant
    assert not [c for c in claims_of(text) if c.kind.value == "date"]


def test_last_month_and_last_year_are_periods_of_the_publication_date() -> None:
    # two months apart, "last month" names two months: not one fact
    assert not _conflicts(
        "The Harlow plant laid off 400 workers last month, the union said.",
        "The Harlow plant laid off 900 workers last month, the union said.",
        dates=(dt.date(2013, 1, 5), dt.date(2013, 3, 5)),
    )
    # the same week, the same month
    found = _conflicts(
        "The Harlow plant laid off 400 workers last month, the union said.",
        "The Harlow plant laid off 900 workers last month, the union said.",
        dates=(dt.date(2013, 1, 5), dt.date(2013, 1, 9)),
    )
    assert [_values(g) for g in found] == [{"400 workers", "900 workers"}]
    claim = next(
        c
        for c in claims_of_articles("The Harlow plant laid off 400 workers last year.", dates=(dt.date(2013, 1, 5),))
        if c.stated == 400
    )
    assert claim.era == "2012"


def test_a_period_after_and_and_another_doing_is_that_doings() -> None:
    # "and won an Oscar in 1961": 1961 dates the Oscar, not the films
    told = "Mara Quint appeared in 43 films and won an Oscar in 1961."
    assert _one(told, "count").era == ""
    (clash,) = _conflicts(told, "Mara Quint appeared in 63 films over five decades.")
    assert _values(clash) == {"43 films", "63 films"}
    # without a doing after "and", the period is the clause's own
    assert _one("Mara Quint made 43 films and plays in 1961.", "count").era == "1961"


def test_years_and_months_ago_are_resolved_against_the_publication_date() -> None:
    five_years_ago = "The Harlow plant employed 900 workers five years ago, the union said."
    # five years before a 2009 article is 2004
    (clash,) = _conflicts(
        five_years_ago,
        "The Harlow plant employed 1,500 workers in 2004, the union said.",
        dates=(dt.date(2009, 3, 15), dt.date(2012, 6, 1)),
    )
    assert _values(clash) == {"900 workers", "1,500 workers"}
    assert not _conflicts(
        five_years_ago,
        "The Harlow plant employed 1,500 workers in 2006, the union said.",
        dates=(dt.date(2009, 3, 15), dt.date(2012, 6, 1)),
    )
    # undated, five years ago and two years ago are still two periods
    assert not _conflicts(five_years_ago, "The Harlow plant employed 1,500 workers two years ago, the union said.")
    cut = claims_of_articles("Veltra cut 300 jobs three months ago.", dates=(dt.date(2009, 3, 15),))
    (months,) = [c for c in cut if c.unit == "count"]
    assert months.era == "2008,~dec"


def test_when_it_was_announced_is_not_when_it_happens() -> None:
    assert not _conflicts(
        "The league announced Tuesday that the final will be played in the port city stadium on June 3.",
        "The final will be played in the port city stadium on Saturday, June 3, the league said.",
        dates=(dt.date(2017, 5, 9), dt.date(2017, 5, 10)),
    )


# --- subjects that survive rewording ---------------------------------------------------


def test_killed_dead_and_died_are_one_action() -> None:
    clash = _conflicts(
        "The landslide buried the mountain village of Kotar on Monday, killing nine people.",
        "The landslide that buried the mountain village of Kotar on Monday left 23 people dead.",
    )
    assert len(clash) == 1 and _values(clash[0]) == {"nine people", "23 people"}


def test_the_deaths_of_people_are_a_killing() -> None:
    # a toll told as a noun: "caused the deaths of four people"
    clash = _conflicts(
        "The blast caused the deaths of four people in Harlow on Tuesday.",
        "Six people died in the blast in Harlow on Tuesday.",
    )
    assert [_values(g) for g in clash] == [{"four people", "Six people"}]
    assert not _conflicts(
        "The blast caused the deaths of four people in Harlow on Tuesday.",
        "Six people were injured in the blast in Harlow on Tuesday.",
    )


def test_destroyed_is_not_damaged() -> None:
    assert not _conflicts("The flood destroyed 40 homes in the valley.", "The flood damaged 120 homes in the valley.")
    found = _conflicts("The flood destroyed 40 homes in the valley.", "The flood destroyed 120 homes in the valley.")
    assert [_values(g) for g in found] == [{"40 homes", "120 homes"}]


def test_injured_is_not_killed() -> None:
    assert not _conflicts(
        "The landslide buried the mountain village of Kotar on Monday, killing nine people.",
        "The landslide buried the mountain village of Kotar on Monday, injuring 23 people.",
    )


def test_troops_and_soldiers_are_one_thing_counted() -> None:
    clash = _conflicts(
        "About 1,200 Dutch soldiers are deployed in the border region, the army said.",
        "More than 3,000 Dutch troops are deployed in the border region, officials said.",
    )
    assert len(clash) == 1


def test_two_lower_bounds_never_clash() -> None:
    assert not _conflicts(
        "The ferry sank off the cape on Tuesday, killing at least seven people.",
        "The ferry sank off the cape on Tuesday, killing at least three people.",
    )


def test_a_count_of_another_year_is_another_fact() -> None:
    assert not _conflicts(
        "The storm flooded the delta on Sunday and killed 14 people, officials said.",
        "The 1999 storm that flooded the delta killed 9,000 people, officials said.",
    )


def test_a_scoped_part_is_not_the_whole() -> None:
    assert not _conflicts(
        "The floods killed 800 people across the region in August, officials said.",
        "The floods killed 300 people in the province alone in August, officials said.",
    )


def test_an_article_that_also_states_the_value_is_not_against_it() -> None:
    assert not _conflicts(
        "A 6.2-magnitude quake hit the island on Monday. The 7.1-magnitude quake that hit the island "
        "in the same week was felt on the mainland.",
        "A 6.2-magnitude quake hit the island on Monday, the survey said.",
    )


def test_a_value_of_another_doing_the_article_states_does_not_excuse_a_clash() -> None:
    # the other article's two bombs were dropped near the airstrip: another fact than the
    # bombs that landed in the camp, so they do not make "six" a second thing
    found = _conflicts(
        "Two of the bombs fell within the Marden camp, the spokesman said.",
        "Eight bombs were dropped on the Marden camp - six landed inside the camp itself, while the "
        "other two bombs were dropped near the airstrip.",
    )
    assert [_values(g) for g in found] == [{"Two of the bombs", "six"}]


def test_a_toll_told_with_its_year_is_the_toll_of_the_same_named_victims_told_without() -> None:
    trial = "The trial of two men accused of killing Mara Quint, 34, in 2011 and wounding two others opened on Monday."
    found = _conflicts(trial, "A jury found Tom Kell guilty of the murder of Mara Quint and the injury of five others.")
    assert [_values(g) for g in found] == [{"two others", "five others"}]
    # a place with its country is no victim: the 2004 tsunami's toll is not the quake's
    assert not _conflicts(
        "The 2004 tsunami killed 168,000 people in Veltra's Marden province and on nearby islands.",
        "The quake killed five people in Veltra's Marden province and on nearby islands.",
    )
    # nor does a year excuse a period of its own ("last year")
    assert not _conflicts(
        "Tom Kell was accused of wounding two others last year in Harlow.",
        "Tom Kell was accused of wounding five others in Harlow.",
    )


def test_coordinated_values_are_paired_with_their_twins() -> None:
    same = ("The town was hit by the 6.8 and 6.2 magnitude quakes on Friday.",) * 2
    assert not _conflicts(*same)
    clash = _conflicts(same[0], "The town was hit by the 7.9 and 6.2 magnitude quakes on Friday.")
    assert len(clash) == 1 and _values(clash[0]) == {"6.8", "7.9"}


# --- named facts -----------------------------------------------------------------------


def test_same_quotation_different_speakers_is_a_conflict() -> None:
    quote = "“We will rebuild every school and every clinic before the winter comes,”"
    clash = _conflicts(f"{quote} said Amara Okafor, the regional governor.", f"{quote} said Daniel Brandt.")
    assert len(clash) == 1 and _values(clash[0]) == {"Amara Okafor", "Daniel Brandt"}


def test_a_capital_inside_a_name_stays_inside_it() -> None:
    quote = "“We will rebuild every school and every clinic before the winter comes,”"
    assert [c.value for c in claims_of(f"{quote} DeGeneres said on Monday.")] == ["DeGeneres"]
    assert [c.value for c in claims_of("Harlow police chief Ian MacAllister said the suspect was armed.")] == [
        "Ian MacAllister"
    ]
    # "Seth MacFarlane" and "Seth Macintosh" are two people, not one "Seth Mac"
    found = _conflicts(
        "Harlow police chief Ian MacAllister said the suspect was armed.",
        "Harlow police chief Ian Macintosh said the suspect was armed.",
    )
    assert [_values(g) for g in found] == [{"Ian MacAllister", "Ian Macintosh"}]


def test_same_quotation_partial_name_or_fewer_speakers_agrees() -> None:
    quote = "“We will rebuild every school and every clinic before the winter comes,”"
    assert not _conflicts(f"{quote} said Amara Okafor.", f"{quote} Okafor said.")
    assert not _conflicts(f"{quote} said Okafor and Brandt.", f"{quote} said Amara Okafor.")


def test_one_holder_role_of_a_named_organisation_held_by_two_people_conflicts() -> None:
    found = _conflicts(
        "The cause of death was a heart attack, said Harlow County coroner Ed Brinks.",
        "Harlow County coroner Mark Jensen said the cause of death was a heart attack.",
    )
    assert [_values(g) for g in found] == [{"Ed Brinks", "Mark Jensen"}]
    after = _one("The cause was a heart attack, said Ed Brinks, the Harlow County coroner.", "role")
    assert after.place == "org:harlow county"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Police chief Tom Reyes said the suspect was armed.", "police chief"),
        ("Fire Chief Dan Hall said the blaze was contained by noon.", "fire chief"),
        ("Prosecutor Ana Varga began opening statements on Monday.", "prosecutor"),
        ("Head coach Len Ortiz was fired after the loss.", "coach"),
    ],
)
def test_more_role_titles_name_their_holder(text: str, role: str) -> None:
    assert _one(text, "role").noun == role


def test_a_city_has_one_police_chief_at_a_time() -> None:
    found = _conflicts(
        "Harlow police chief Tom Reyes said the suspect was armed.",
        "The suspect was armed, said Harlow police chief Alan Brooks.",
    )
    assert [_values(g) for g in found] == [{"Tom Reyes", "Alan Brooks"}]


def test_the_organisation_a_role_is_of_is_its_qualifier() -> None:
    found = _conflicts(
        "“We will rebuild the studio this year,” said Paula Hart, president of Brightline Media Group.",
        "Brightline Media Group president Diane Moss said the studio would reopen in the spring.",
    )
    assert [_values(g) for g in found] == [{"Paula Hart", "Diane Moss"}]


def test_a_role_s_qualifier_is_in_its_own_clause() -> None:
    # "on Monday, Mayor Greer said": Monday is no organisation the mayor is of
    late = _one("The new bridge opened on Monday, Mayor Susan Greer said.", "role")
    assert (late.value, late.place) == ("Susan Greer", "")
    # so the mayor of Harlow, named so elsewhere, is the same person in the same role
    groups = group_claims(
        claims_of_articles(
            "Harlow Mayor Susan Greer cut the ribbon at the new bridge.",
            "The new bridge opened on Monday, Mayor Susan Greer said.",
        ),
        Settings(),
    )
    assert [(g.kind.value, g.status) for g in groups if g.kind.value == "named"] == [("named", Status.AGREE)]


def test_a_company_s_legal_form_is_no_person() -> None:
    text = "Sales fell, said Ann Teller, president of Teller Research Group Inc., a Harlow firm."
    assert [c.value for c in claims_of(text) if c.unit == "role"] == []


def test_an_organisation_written_with_a_possessive_is_the_same_organisation() -> None:
    assert _one("Ana Ruiz, Brightline's chief executive, said sales rose.", "role").place == "org:brightline"
    found = _conflicts(
        "Brightline chief executive Laura Kent said sales rose.",
        "Ana Ruiz, Brightline's chief executive, said sales rose.",
    )
    assert [_values(g) for g in found] == [{"Laura Kent", "Ana Ruiz"}]


@pytest.mark.parametrize(
    ("text", "name", "title", "qualifier"),
    [
        (
            "Ana Ruiz was named chief executive of Brightline on Tuesday.",
            "Ana Ruiz",
            "chief executive",
            "org:brightline",
        ),
        ("The board named Ana Ruiz as its interim chief executive.", "Ana Ruiz", "interim chief executive", ""),
        ("Jeff Morrow was appointed Minister of Defense on Friday.", "Jeff Morrow", "minister", "defense"),
        (
            "The vote made news after Mara Quint was elected as the first Marden-born president of the Harlow Academy.",
            "Mara Quint",
            "president",
            "org:harlow academy",
        ),
    ],
)
def test_a_person_given_a_role_holds_it(text: str, name: str, title: str, qualifier: str) -> None:
    role = _one(text, "role")
    assert (role.value, role.noun, role.place) == (name, title, qualifier)


def test_a_role_given_in_another_period_is_history() -> None:
    assert not [c for c in claims_of("Tom Ridley was elected mayor of Harlow in 1993.") if c.unit == "role"]
    assert not [c for c in claims_of("Tom Ridley was not elected mayor of Harlow.") if c.unit == "role"]


def test_a_role_given_to_one_person_clashes_with_another_holder() -> None:
    found = _conflicts(
        "Ana Ruiz was named chief executive of Brightline on Tuesday.",
        "Brightline chief executive Laura Kent said sales rose.",
    )
    assert [_values(g) for g in found] == [{"Ana Ruiz", "Laura Kent"}]


def test_one_holder_role_without_the_same_organisation_is_no_conflict() -> None:
    # no organisation named, or two different ones: two coroners may both be right
    assert not _conflicts("Coroner Ed Brinks said it was an accident.", "Coroner Mark Jensen said it was an accident.")
    assert not _conflicts(
        "Harlow County coroner Ed Brinks said it was an accident.",
        "Marden County coroner Mark Jensen said it was an accident.",
    )
    # generic words before the title name no organisation ("the Ministry spokesman")
    assert _one("The Ministry spokesman Lee Park said the talks went well.", "role").place == ""


def test_speakers_coordinated_before_or_after_the_verb_are_both_named() -> None:
    quote = "“We will rebuild every school and every clinic before the winter comes,”"
    jointly = [c.value for c in claims_of(f"{quote} said Okafor and Brandt jointly.") if c.unit == "quote"]
    assert jointly == ["Okafor and Brandt"]
    opening = [c.value for c in claims_of(f"Okafor and Brandt added: {quote.strip(',”')}.”") if c.unit == "quote"]
    assert opening == ["Okafor and Brandt"]
    # a single capitalized word opening the sentence is still no speaker by itself
    assert not [c for c in claims_of(f"Police added: {quote.strip(',”')}.”") if c.unit == "quote"]


def test_a_partial_name_that_ends_the_full_name_is_the_same_person() -> None:
    quote = "“We will rebuild every school and every clinic before the winter comes,”"
    assert not _conflicts(f"{quote} said Amara Nkem Okafor.", f"{quote} said Nkem Okafor, the governor.")
    clash = _conflicts(f"{quote} said Amara Nkem Okafor.", f"{quote} said Daniel Okafor, the governor.")
    assert len(clash) == 1 and _values(clash[0]) == {"Amara Nkem Okafor", "Daniel Okafor"}


def test_quotation_listener_and_places_are_not_speakers() -> None:
    quote = "“We will rebuild every school and every clinic before the winter comes,”"
    (claim,) = [c for c in claims_of(f"{quote} a Nova Vila resident told Reuters.") if c.unit == "quote"] or [None]
    assert claim is None


# --- severity --------------------------------------------------------------------------


def test_near_miss_is_a_warning_clear_clash_an_error() -> None:
    near = _conflicts(
        "The 6.1-magnitude quake struck the coast of the island on Monday.",
        "The 6.3-magnitude quake struck the coast of the island on Monday.",
    )
    far = _conflicts(
        "The 6.1-magnitude quake struck the coast of the island on Monday.",
        "The 7.9-magnitude quake struck the coast of the island on Monday.",
    )
    assert [g.severity for g in near] == [Severity.WARNING]
    assert [g.severity for g in far] == [Severity.ERROR]


def test_clock_time_near_miss_is_a_warning() -> None:
    (near,) = _conflicts(
        "The fire broke out in the mill warehouse at 4:50 p.m. on Saturday.",
        "The fire broke out in the mill warehouse at about 4pm on Saturday.",
    )
    assert near.severity is Severity.WARNING


def test_a_participle_clause_is_about_the_clause_before_it() -> None:
    # ", leaving 12 people dead": what the count is about is said before the comma
    (left,) = [c for c in claims_of("No guards were at the depot shelled by rebels, leaving 12 people dead.")]
    assert left.value == "12 people" and {"depot", "shell", "rebel"} <= set(left.terms)
    clash = _conflicts(
        "No guards were at the fuel depot shelled by rebels near Varna, leaving 12 people dead.",
        "Rebels shelled a fuel depot near Varna on Sunday, killing at least 30 people.",
    )
    assert [_values(g) for g in clash] == [{"12 people", "at least 30 people"}]


def test_a_participle_clause_about_another_event_is_not_grouped() -> None:
    assert not _conflicts(
        "A bus skidded off the mountain road near Varna, leaving 12 people dead.",
        "Rebels shelled a fuel depot near Varna on Sunday, killing at least 30 people.",
    )


def test_a_count_is_shown_with_what_it_counts_when_the_noun_is_sure() -> None:
    assert _one("Rescuers said at least 80 people were trapped.", "count").value == "at least 80 people"
    assert _one("About 400 Ukrainians crossed the border.", "count").value == "About 400 Ukrainians"
    # a counted plural ends its phrase before a word no lexicon knows ("cross" is a verb)
    assert _one("About 25,000 vehicles cross the bridge every day.", "count").value == "About 25,000 vehicles"
    # a word the lexicon does not know as a noun may still end a phrase: the number stands alone
    assert _one("About 300 tourists cross the bridge every day.", "count").value == "About 300"


def test_a_counted_plural_ends_its_noun_phrase_before_an_unknown_word() -> None:
    # "burst" is no noun: the men are counted, not a "burst"
    assert _one("Three armed men burst into the jewellery store on Thursday.", "count").noun == "men"
    assert _one("Two people familiar with the talks said so.", "count").noun == "person"
    # a plural that names a kind with another noun stays one phrase ("air forces")
    assert _one("Some 4,000 service members arrived.", "count").noun == "troop"


def test_robbers_counted_in_other_words_clash() -> None:
    (clash,) = _conflicts(
        "Four armed men entered the jewellery store in Ostrow shortly before closing time on Thursday.",
        "Three armed men burst into the jewellery store in Ostrow on Thursday before closing time.",
    )
    assert _values(clash) == {"Four", "Three"}


def test_children_killed_in_two_stories_are_two_tolls() -> None:
    # the action alone does not make one toll of children, as it does not of people
    assert not _conflicts(
        "An earthquake killed six children when a school collapsed in the hills above Marden.",
        "The dead included seven children aged one to 12, three women and two men.",
    )


# --- inside one article ----------------------------------------------------------------

_SELF_CONTRADICTION = (
    "The museum holds 40 paintings by Dutch masters of the golden age in its restored east wing. "
    "The museum holds 55 paintings by Dutch masters of the golden age in its east wing and gardens."
)


def test_an_article_that_contradicts_itself_is_reported() -> None:
    (clash,) = _conflicts(_SELF_CONTRADICTION)
    assert _values(clash) == {"40 paintings", "55 paintings"} and {c.path for c in clash.claims} == {"0.txt"}


def test_subject_overlap_setting_governs_how_alike_clauses_must_be() -> None:
    strict = group_claims(claims_of_articles(_SELF_CONTRADICTION), Settings(subject_overlap=0.9))
    assert not [g for g in strict if g.status is Status.CONFLICT]  # 7 of 8 words shared: not enough at 0.9


# --- the sentence around the clause ----------------------------------------------------


def test_time_of_one_action_by_the_same_named_person_conflicts() -> None:
    found = _conflicts(
        # the clauses of the times share no word; only the sentences' names tie them
        "Marlow Pike was missing at roll call; he had fled the clinic at 6 a.m.",
        "Guards confirmed that Marlow Pike was gone: he escaped shortly after 9 a.m.",
    )
    assert [_values(g) for g in found] == [{"6 a.m.", "shortly after 9 a.m."}]


def test_time_of_one_action_without_a_shared_name_is_not_grouped() -> None:
    assert not _conflicts(
        "The inmate fled the clinic at 6 a.m. on foot, the warden said.",
        "A second prisoner, held in another county, escaped shortly after 9 a.m.",
    )


def test_took_place_or_happened_says_nothing_about_which_event() -> None:
    assert not _conflicts(
        "It took place at 7:40 a.m., hours before the market opened.",
        "The parade took place at 2 p.m. and drew a large crowd.",
    )
    assert not _conflicts("It happened at 7:40 a.m. on a quiet road.", "The collapse happened at 2 p.m.")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The warehouse fire was reported at 3:33 a.m.", "The warehouse fire was contained at 6:10 a.m."),
        ("The warehouse fire broke out at 3:33 a.m.", "The warehouse fire was put out at 6:10 a.m."),
        ("The warehouse fire was reported at 3:33 a.m.", "Crews arrived at the warehouse fire at 3:50 a.m."),
        ("Polls opened at 7 a.m. across the county.", "Polls closed at 8 p.m. across the county."),
        ("The barn fire was reported at 2:15 a.m.", "The barn fire broke out at 1:50 a.m., hours earlier."),
        ("A call came in about the barn fire at 2:15 a.m.", "The barn fire was put out at 5:30 a.m."),
        ("The ferry took off at 6:15 a.m. from the harbour.", "The ferry landed at 9:40 a.m. at the harbour."),
    ],
)
def test_phases_of_an_incident_are_different_moments(first: str, second: str) -> None:
    assert not _conflicts(first, second)


def test_a_phase_is_read_for_clock_times_only() -> None:
    # "the trial started on March 3" dates the trial; phases tell the moments of one day
    assert _one("The fraud trial started at 9 a.m. sharp.", "time").verb == "begin"
    assert _one("The ferry took off at 6:15 a.m. from the harbour.", "time").verb == "depart"
    assert _one("The fraud trial started on March 3.", "date").verb == ""


def test_an_alarm_told_as_a_report_and_as_a_call_is_one_moment() -> None:
    # the moment a fire was reported is the moment the call came in, not when it broke out
    assert _one("The barn fire was reported at 2:15 a.m.", "time").verb == "alarm"
    assert _one("Dispatchers said a call came in at 2:15 a.m. about the barn.", "time").verb == "alarm"
    found = _conflicts(
        "The barn fire was reported at 2:15 a.m., the sheriff's office said.",
        "Dispatchers said a call came in at 4:40 a.m. from a driver who saw the barn on fire.",
    )
    assert [_values(g) for g in found] == [{"2:15 a.m.", "4:40 a.m."}]


def test_one_phase_told_at_two_times_conflicts() -> None:
    found = _conflicts("The warehouse fire broke out at 3:33 a.m.", "The warehouse fire broke out at 5:10 a.m.")
    assert [_values(g) for g in found] == [{"3:33 a.m.", "5:10 a.m."}]


def test_date_of_an_action_by_the_same_named_person_conflicts() -> None:
    found = _conflicts(
        # the clauses of the dates share no word; only the sentences' names tie them
        "Critics loved Rhea Vance; she hosted the show in 2009.",
        "Rhea Vance won praise: she was the host of the ceremony in 2006.",
    )
    assert [_values(g) for g in found] == [{"2009", "2006"}]


def test_dates_without_an_action_class_link_on_most_of_their_words() -> None:
    found = _conflicts(
        "The bridge was closed on March 3, 2014 for repairs.",
        "Officials closed the bridge on March 10, 2014 for repairs.",
    )
    assert [_values(g) for g in found] == [{"March 3, 2014", "March 10, 2014"}]
    # two moments of one place: the words they share are not most of either clause
    assert not _conflicts(
        "The museum closed in 2007 for a long renovation of its halls.",
        "The museum reopened in 2009 after the renovation.",
    )
    assert not _conflicts("The company was founded in 1998 in Harlow.", "The company moved to Harlow in 2004.")


def test_one_edition_of_a_named_event_is_one_event() -> None:
    found = _conflicts(
        # the edition is the only name the sentences share; the years after "following"
        # belong to other turns, not to this one
        "Lena Ortiz hosted the 12th Harbor Film Gala in 2015.",
        "The presenter hosted the 12th annual show in 2017, following stints in 2003 and 2008.",
    )
    assert [_values(g) for g in found] == [{"2015", "2017"}]


def test_two_editions_of_a_named_event_are_two_events() -> None:
    assert not _conflicts(
        "Lena Ortiz hosted the 12th Harbor Film Gala in 2015.",
        "Lena Ortiz hosted the 14th Harbor Film Gala in 2017.",
    )


def test_a_year_that_names_an_edition_is_no_date_stated_about_it() -> None:
    assert not _conflicts(
        "Marco Bell hosted the 2013 Harbor Film Gala, which critics panned.",
        "Lena Ortiz hosted the 12th Harbor Film Gala in 2011.",
    )
    assert not _conflicts(
        "Marco Bell hosted both the 2004 and 2005 Harbor Film Galas to acclaim.",
        "Lena Ortiz hosted the Harbor Film Gala in 2001, and the critics loved it.",
    )


def test_a_place_shared_by_two_dated_actions_does_not_make_them_one() -> None:
    assert not _conflicts(
        "Rhea Vance hosted the show in Hollywood in 2009.",
        "Tom Ashby will host the ceremony in Hollywood on March 2, 2014.",
    )


def test_two_dates_of_two_doings_in_one_sentence_have_a_clause_each() -> None:
    # leaving on March 3 is not reaching on July 2; reaching on June 9 is
    found = _conflicts(
        "The convoy left Harlow on March 3 and reached Marden on June 9, officials said.",
        "The convoy reached Marden on July 2, officials said.",
    )
    assert [_values(g) for g in found] == [{"June 9", "July 2"}]
    found = _conflicts(
        "The convoy left Harlow on March 3 and reached Marden on June 9, officials said.",
        "The convoy left Harlow on March 5, officials said.",
    )
    assert [_values(g) for g in found] == [{"March 3", "March 5"}]
    # each reads its period in its own clause: the leaving is not "of July"
    found = _conflicts(
        "The convoy left Harlow on March 3 and reached Marden on June 9, officials said.",
        "The convoy left Harlow on March 5 and reached Marden on July 12, officials said.",
    )
    assert sorted(sorted(_values(g)) for g in found) == [["July 12", "June 9"], ["March 3", "March 5"]]
    # without a doing between, two dates share the clause
    assert _conflicts("Floods hit Harlow on March 3 and June 9.", "Floods hit Harlow on March 5.")


def test_another_or_a_similar_event_is_not_the_story_s_event() -> None:
    assert not _conflicts(
        "Residents compared the damage with similar storms that hit Port Ellis in 1998.",
        "Another cyclone hit Port Ellis in 1991, flattening the harbour.",
    )


def test_a_period_states_the_dates_inside_it_a_floor_not_every_higher_toll() -> None:
    from factcheck.group import _agrees

    year = _one("Rhea Vance hosted the Lantern Awards in 2011.", "date")
    month = _one("Rhea Vance hosted the Lantern Awards in March 2011.", "date")
    assert _agrees(year, month, Settings()) and not _agrees(month, year, Settings())
    floor = _one("At least 300 people were killed in the fighting.", "count")
    lower = _one("At least 90 people were killed in the fighting.", "count")
    assert not _agrees(floor, lower, Settings())


def test_a_period_stated_holds_the_dates_inside_it() -> None:
    # The first article also says 2011, which "March 2011" lies in: no clash with it.
    assert not _conflicts(
        "Rhea Vance hosted the Lantern Awards in 2011 and 2014, and presented them again in 2013.",
        "Rhea Vance hosted the Lantern Awards in March 2011, weeks after the flood.",
    )


def test_a_month_named_with_a_possessive_is_a_date() -> None:
    claim = _one("The network named Dev Arlo as the host of February's awards gala.", "date")
    assert claim.value == "February" and claim.normalized == "--02"
    dated = claims_of_articles("Dev Arlo will host November's gala.", dates=(dt.date(2010, 1, 5),))
    assert [c.normalized for c in dated if c.kind.value == "date"] == ["2009-11"]
    assert not [c for c in claims_of("Theresa May's cabinet met for two hours.") if c.kind.value == "date"]


def test_a_month_without_a_year_conflicts_with_another_month() -> None:
    found = _conflicts(
        "The network named Dev Arlo as the host of February's awards gala.",
        "Dev Arlo will host the gala, broadcast live on Sunday, March 7, 2010, from the Orpheum.",
    )
    assert [_values(g) for g in found] == [{"February", "March 7, 2010"}]
    assert not _conflicts(
        "The network named Dev Arlo as the host of March's awards gala.",
        "Dev Arlo will host the gala, broadcast live on Sunday, March 7, 2010, from the Orpheum.",
    )


def test_a_month_named_alone_after_a_preposition_of_time_is_a_date() -> None:
    claim = _one("Police said Dale Morrow was arrested in September after a long inquiry.", "date")
    assert claim.value == "September" and claim.normalized == "--09"
    # last March or next, as the tense says: the year is left open even when the article is dated
    dated = claims_of_articles("The trial of Dale Morrow opens in March.", dates=(dt.date(2010, 1, 5),))
    assert [c.normalized for c in dated if c.kind.value == "date"] == ["--03"]
    # "may" is a modal, "May's" a name as often as a month
    assert not [c for c in claims_of("In May's words, the talks may fail.") if c.kind.value == "date"]


def test_a_month_named_alone_conflicts_with_another_month_of_one_event() -> None:
    (clash,) = _conflicts(
        "Dale Morrow was arrested in March after a two-year investigation into the Harlow fraud ring.",
        "Dale Morrow was arrested in June 2009 after a two-year investigation into the fraud ring in Harlow.",
    )
    assert _values(clash) == {"March", "June 2009"}
    assert not _conflicts(
        "Dale Morrow was arrested in June after a two-year investigation into the Harlow fraud ring.",
        "Dale Morrow was arrested on June 12, 2009 after a two-year investigation into the fraud ring in Harlow.",
    )


def test_a_relative_period_beside_a_stated_date_belongs_to_something_else() -> None:
    claim = _one("The Oct. 9 breakout by a forger recaptured last month shook the prison.", "date")
    assert claim.era == ""
    # without a date of its own, the clause's period still marks the claim
    count = _one("Guards recaptured 14 inmates last month after the breakout.", "count")
    assert count.era == "last month"


def test_a_toll_given_as_at_least_is_a_floor() -> None:
    assert not _conflicts(
        "The storm struck the coast overnight, injuring at least 12 people in the port.",
        "Officials said 130 people were injured when the storm struck the port.",
    )
    found = _conflicts(
        "The storm struck the coast overnight, injuring at least 12 people in the port.",
        "Officials said five people were injured when the storm struck the port.",
    )
    assert [_values(g) for g in found] == [{"at least 12 people", "five people"}]


def test_a_floor_is_not_read_as_stating_every_higher_toll() -> None:
    # The first article's "at least 300" is not "40": it does not excuse its clash with "90".
    found = _conflicts(
        "Forty people were killed in the militia attack on the Tarvo market. "
        "At least 300 people were killed in the region's fighting.",
        "At least 90 people were killed in the militia attack on the Tarvo market.",
    )
    assert [_values(g) for g in found] == [{"Forty people", "At least 90 people"}]


def test_a_word_capitalized_only_to_open_a_sentence_is_not_a_shared_name() -> None:
    from factcheck.extract.context import sentence_names
    from factcheck.extract.text import tokenize
    from factcheck.group import _shared_names

    police = sentence_names(tokenize("Police said the van left at noon."))
    also_police = sentence_names(tokenize("Police believe it was stolen."))
    chief = sentence_names(tokenize("The van was found by Police Chief Ray Dunn."))
    assert police == ("^polic",)
    assert _shared_names(police, also_police) == ()  # both only open their sentences
    assert _shared_names(police, chief) == ("polic",)  # written as a name mid-sentence


def test_members_of_someone_are_not_dated_by_the_event_of_the_clause() -> None:
    # "in March 2014" dates the killing; a father of seven was a father of seven then too
    found = _conflicts(
        "Jurors heard how the two men shot a Dayton father of seven in March 2014.",
        "The two men are accused of having shot a Dayton father of nine outside his shop.",
    )
    assert [_values(g) for g in found] == [{"seven", "nine"}]


def test_a_count_in_another_year_is_still_another_count() -> None:
    # the members rule above leaves the era veto of ordinary counts as it was
    assert not _conflicts(
        "In 2004, a flood destroyed 40 homes in the valley town of Marden.",
        "The flood destroyed 12 homes in the valley town of Marden.",
    )


def test_others_after_a_toll_verb_count_people() -> None:
    claim = _one("The blast killed a guard and wounded two others, police said.", "count")
    assert (claim.value, claim.noun, claim.verb, claim.stated) == ("two others", "person", "injure", 2)
    found = _conflicts(
        "The blast at the depot killed a guard and wounded two others, police said.",
        "Five people were wounded in the blast at the depot, police said.",
    )
    assert [_values(g) for g in found] == [{"two others", "Five people"}]


def test_others_without_a_toll_verb_count_nothing_known() -> None:
    # other bombs, other ministers: the clause does not say what "others" are
    assert not [
        c for c in claims_of("Four bombs were dropped, and two others fell near the airstrip.") if c.stated == 2
    ]
    assert not [c for c in claims_of("Three ministers resigned and two others were moved.") if c.stated == 2]


def test_a_date_at_a_venue_and_in_its_town_is_one_place_when_the_sentence_names_both() -> None:
    found = _conflicts(
        "A former clerk was charged in the 1971 slayings of two men in Harlow.",
        "Harlow police arrested a former clerk in the 1973 slayings of two men at Kemp's Hardware Store.",
    )
    assert [_values(g) for g in found] == [{"1971", "1973"}]


def test_a_date_at_a_venue_elsewhere_is_another_place() -> None:
    # the venue's sentence does not name the town: nothing ties the two places
    assert not _conflicts(
        "A former clerk was charged in the 1971 slayings of two men in Harlow.",
        "Police arrested a former clerk in the 1973 slayings of two men at Kemp's Hardware Store.",
    )


def test_a_count_scoped_to_a_place_stays_a_part_when_the_other_sentence_names_it() -> None:
    # a place scopes a count: "90,000 in Sindh" is part of the toll, not the toll
    assert not _conflicts(
        "The monsoon floods killed 90,000 people in Sindh province, the disaster agency said.",
        "The monsoon floods killed 140,000 people in Pakistan, the disaster agency said, Sindh province worst hit.",
    )


def test_a_toll_with_its_noun_left_out_counts_people() -> None:
    # "killing three (of them)": the verb of a toll says what the number counts
    claims = claims_of("The gunman shot five shoppers at the mall, killing three of them.")
    assert [(c.value, c.noun, c.verb) for c in claims] == [
        ("five shoppers", "shopper", "shoot"),
        ("three of them", "person", "kill"),
    ]
    found = _conflicts(
        "The gunman killed three at the mall's food court on Friday, police said.",
        "The gunman killed five people at the mall's food court on Friday, police said.",
    )
    assert [_values(g) for g in found] == [{"three", "five people"}]


def test_others_after_a_counted_thing_are_more_of_that_thing() -> None:
    claims = claims_of("The fire destroyed 20 homes and damaged 40 others.")
    assert [(c.value, c.noun) for c in claims] == [("20 homes", "home"), ("40 others", "home")]
    # after a toll's verb they are people, whatever was counted before
    claims = claims_of("The gunman killed two guards and wounded three others.")
    assert [(c.value, c.noun) for c in claims] == [("two guards", "guard"), ("three others", "person")]
    # the clause after "and" shares the subject of the one before, so the fire's damage meets
    found = _conflicts(
        "The fire destroyed 20 homes in Harlow and damaged 40 others on Tuesday.",
        "The fire damaged 60 homes in Harlow on Tuesday.",
    )
    assert [_values(g) for g in found] == [{"40 others", "60 homes"}]


def test_a_number_before_a_toll_s_verb_counts_people() -> None:
    # "and 12 were hurt", "24 dead": the toll's verb after the number says it counts people
    claims = claims_of("Four people died and 12 were hurt when the roof of the market collapsed.")
    assert [(c.value, c.noun, c.verb) for c in claims] == [
        ("Four people", "person", "kill"),
        ("12", "person", "injure"),
    ]
    claims = claims_of("The quake left 24 dead and over 200 injured, officials said.")
    assert [(c.value, c.noun, c.verb) for c in claims] == [
        ("24 dead", "person", "kill"),
        ("over 200", "person", "injure"),
    ]
    assert [(c.value, c.verb) for c in claims_of("Police said 12 were arrested after the riot.")] == [("12", "arrest")]
    found = _conflicts(
        "Four people died and 12 were hurt when the roof of the market in Harlow collapsed on Tuesday.",
        "The roof of the market in Harlow collapsed on Tuesday, injuring 20 people.",
    )
    assert [_values(g) for g in found] == [{"12", "20 people"}]


def test_a_number_before_another_doing_counts_more_of_the_thing_before() -> None:
    claims = claims_of("The watchdog said 92 ships had been attacked this year and 36 hijacked.")
    assert [(c.value, c.noun, c.verb) for c in claims] == [("92 ships", "ship", ""), ("36", "ship", "seize")]
    # not after a thing some other words count ("the other two")
    claims = claims_of(
        "Four bombs fell on the camp, while the other two bombs fell near the airstrip and one was defused."
    )
    assert [c.value for c in claims if c.stated == 1] == []


def test_a_part_of_the_things_counted_meets_only_parts() -> None:
    claims = claims_of("Two of the witnesses District Attorney Ana Varga named took the stand on Monday.")
    counts = [(c.value, c.noun, "#part" in c.terms) for c in claims if c.unit == "count"]
    assert counts == [("Two of the witnesses", "wit", True)]
    told = "Two of the bombs fell within the Marden camp, the spokesman said."
    found = _conflicts(told, "Five of the bombs fell within the Marden camp, the spokesman said.")
    assert [_values(g) for g in found] == [{"Two of the bombs", "Five of the bombs"}]
    # two of the bombs are not all the bombs dropped
    assert not _conflicts(told, "Planes dropped five bombs on the Marden camp, the spokesman said.")


def test_munitions_that_fell_landed_or_hit_tell_one_impact() -> None:
    verbs = [
        (c.value, c.verb)
        for text in (
            "Three rockets landed near the Harlow market on Monday.",
            "Five of the bombs fell within the Marden camp, the spokesman said.",
            "Two bombs hit the Marden camp on Monday.",
        )
        for c in claims_of(text)
    ]
    assert verbs == [("Three rockets", "hit"), ("Five of the bombs", "hit"), ("Two bombs", "hit")]
    # only munitions: climbers that fell came down nowhere a bomb did; a bomb that went
    # off may not be one that landed
    assert [c.verb for c in claims_of("Two of the climbers fell near the summit on Monday.")] == [""]
    assert [c.verb for c in claims_of("Two bombs exploded near the Harlow market on Monday.")] == [""]


def test_a_count_of_some_of_the_things_counted_before_is_a_part_of_them() -> None:
    # "two landed": two of the four bombs, as "two of the bombs" would say
    claims = claims_of("Four bombs were dropped on the Marden camp - two landed inside the camp itself.")
    parts = [(c.value, c.noun, "#part" in c.terms) for c in claims]
    assert parts == [("Four bombs", "bomb", False), ("two", "bomb", True)]
    found = _conflicts(
        "Four bombs were dropped on the Marden camp - two landed inside the camp itself.",
        "Five of the bombs fell within the Marden camp, the spokesman said.",
    )
    assert [_values(g) for g in found] == [{"two", "Five of the bombs"}]
    # the part is not the whole: four dropped, two of them in the camp
    assert not _conflicts(
        "Four bombs were dropped on the Marden camp - two landed inside the camp itself.",
        "Planes dropped four bombs on the Marden camp on Monday, the spokesman said.",
    )
    # four dropped against two dropped is a clash of wholes, whatever part landed where
    (clash,) = _conflicts(
        "Four bombs were dropped on the Marden camp - two landed inside the camp itself.",
        "Planes dropped two bombs on the Marden camp on Monday, the spokesman said.",
    )
    assert _values(clash) == {"Four bombs", "two bombs"}


def test_an_amount_per_share_is_one_price_only_with_the_company_and_no_other_kind() -> None:
    offer = "Harlow Foods agreed to pay $34 a share for Ostrow Mills on Monday."
    (clash,) = _conflicts(offer, "Ostrow Mills shareholders will get $38 per share under the deal.")
    assert _values(clash) == {"$34", "$38"}
    assert [c.noun for c in claims_of(offer) if c.unit.startswith("money")] == ["per share"]
    # the market's price, a dividend, a total: other facts
    assert not _conflicts(offer, "Ostrow Mills shares closed at $29 a share on Friday.")
    assert not _conflicts(offer, "Ostrow Mills paid a dividend of $2 a share on Monday.")
    assert not _conflicts(offer, "Harlow Foods agreed to pay $4.2 billion for Ostrow Mills on Monday.")
    # the words of the deal alone are not the company
    assert not _conflicts(offer, "Veltra agreed to pay $12 a share for Quorix on Monday.")


def test_torched_and_set_fire_to_are_one_burning_and_stores_are_shops() -> None:
    (clash,) = _conflicts(
        "Protesters set fire to at least 130 shops in Harlow on Sunday night.",
        "Rioters torched about 300 stores in Harlow on Sunday night.",
    )
    assert _values(clash) == {"at least 130 shops", "about 300 stores"}
    # looting is not burning
    assert not _conflicts(
        "Rioters looted about 130 stores in Harlow on Sunday night.",
        "Rioters torched about 300 stores in Harlow on Sunday night.",
    )
    # opening fire is still a shooting
    assert [c.verb for c in claims_of("Gunmen opened fire on 12 shoppers in Harlow.")] == ["shoot"]


def test_caught_and_captured_are_arrests_but_caught_fire_is_burning() -> None:
    (clash,) = _conflicts(
        "Police caught Tom Kell in Harlow on July 9, 2015, after a bank teller recognised him.",
        "Tom Kell was arrested in Harlow on July 2, 2015, after a teller recognised him.",
    )
    assert _values(clash) == {"July 9, 2015", "July 2, 2015"}
    assert [c.verb for c in claims_of("Troops captured 40 rebels near Harlow on Monday.")] == ["arrest"]
    assert [c.verb for c in claims_of("The Harlow warehouse caught fire on March 3, 2015.")] == ["burn"]


def test_a_part_told_with_its_whole_counts_what_its_clause_tells() -> None:
    # "112 of the 200 seats": the seats won, the whole beside it
    (won,) = [c for c in claims_of("The Civic Party won 112 of the 200 seats in parliament.") if c.unit == "count"]
    assert (won.value, won.noun, won.stated, "#part" in won.terms) == ("112 of the 200 seats", "seat", 112, False)
    (clash,) = _conflicts(
        "The Civic Party won 112 of the 200 seats in parliament.",
        "The Civic Party won 92 seats in the new parliament.",
    )
    assert _values(clash) == {"112 of the 200 seats", "92 seats"}
    # a number that ends the sentence has nothing after it to read
    unstopped = (
        "Officials in the valley town said late on Tuesday night that the death toll from the blast"
        " at the depot had risen to 12"
    )
    assert [c.stated for c in claims_of(unstopped)] == [12]


@pytest.mark.parametrize(
    "text",
    [
        "Four bombs were dropped on the camp and two were defused.",  # not what befalls people
        "Three buildings collapsed and two were damaged.",
        "The 12 were killed in the crash.",  # "the 12" refers back
        "In the crash on Route 9, 12 vehicles were damaged.",
    ],
)
def test_a_number_before_another_verb_counts_no_people(text: str) -> None:
    assert not [c for c in claims_of(text) if c.noun == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit two in a row along the coast.",  # not a toll's verb
        "Rebels killed 2,000 cattle in the raid.",  # the noun is there, and it is not people
        "Police arrested two more after the raid.",  # "more" of what, the sentence does not say
        "The victim was killed two days later in hospital.",  # a duration
    ],
)
def test_a_number_after_a_verb_counts_people_only_after_a_toll(text: str) -> None:
    assert not [c for c in claims_of(text) if c.unit == "count" and c.noun == "person"]


# --- ages told after a name --------------------------------------------------------------


def test_an_age_in_an_apposition_after_a_name_is_that_persons() -> None:
    assert _one("Tom Kell, the 41-year-old Harlow man who robbed 14 banks, was sentenced.", "age").names == (
        "tom kell",
    )
    assert _one("The shop was empty, said Ana Morrow, a 45-year-old neighbour.", "age").names == ("ana morrow",)
    # a lone word opening the sentence, or a place, names no one
    assert _one("Separately, a 45-year-old man was arrested at the depot.", "age").names == ("~man",)
    assert _one("In Harlow, a 45-year-old man was arrested at the depot.", "age").names == ("~man",)
    assert _one("Police said that in Harlow, a 45-year-old man was arrested.", "age").names == ("~man",)


def test_an_age_said_in_passing_does_not_part_the_clause_around_it() -> None:
    # the prison term is the sentencing's, though "Tom Kell, 41," stands between them
    claims = claims_of("A judge on Thursday sentenced Tom Kell, 41, of Harlow to 25 years in prison for fraud.")
    term = _one_of(claims, "duration")
    assert (term.verb, term.day) == ("sentence", "thursday")
    assert _one_of(claims, "age").names == ("tom kell",)


def test_sworn_in_and_takes_office_are_one_swearing_in_of_one_person() -> None:
    (clash,) = _conflicts(
        "The new governor of Marden will be sworn in on Jan. 12.",
        "Ostrow, who led the Marden council for six years, takes office on Jan. 19.",
        dates=(dt.date(2015, 1, 2), dt.date(2015, 1, 2)),
    )
    assert _values(clash) == {"Jan. 12", "Jan. 19"}
    # two people sworn in, in one city
    assert not _conflicts(
        "Ana Morrow will be sworn in as mayor of Chicago on May 15.",
        "Ivo Brandt will be sworn in as police chief of Chicago on May 22.",
    )


def test_a_prison_term_is_not_dated_by_its_crime_nor_told_apart_by_another_clauses_name() -> None:
    # "for leading the 2014 robbery" dates the robbery; ", and his accomplice Ivo Brandt was
    # jailed" is another person's term in a clause of its own
    (clash,) = _conflicts(
        "Tom Kell, 41, was sentenced on Thursday to 16 years in prison for leading the 2014 robbery of a "
        "Harlow depot, and his accomplice Ivo Brandt was jailed for six years.",
        "A judge sentenced ringleader Tom Kell to 12 years behind bars on Thursday.",
    )
    assert _values(clash) == {"16 years", "12 years"}


def test_a_named_persons_prison_term_is_one_fact() -> None:
    (clash,) = _conflicts(
        "A judge on Thursday sentenced Tom Kell, 41, of Harlow to 25 years in prison for fraud.",
        "Tom Kell was sentenced on Thursday to 15 years behind bars.",
    )
    assert _values(clash) == {"25 years", "15 years"}
    # an accomplice named on one side only: two people's terms
    assert not _conflicts(
        "Tom Kell was sentenced to 25 years in prison on Thursday.",
        "Ana Morrow, who helped Tom Kell, was sentenced to 10 years in prison on Thursday.",
    )


_SHOT_BOY = (
    "Riot police shot dead a 15-year-old boy in the capital on Saturday night. "
    "The boy, Ivo Brandt, was hit by a single bullet."
)


def test_an_age_told_of_a_noun_is_the_age_of_the_person_the_article_names_so() -> None:
    (age,) = [c for c in claims_of(_SHOT_BOY) if c.unit == "age"]
    assert age.names == ("ivo brandt",)
    # so it meets the age another report tells with the name, wherever each places the story
    (clash,) = _conflicts(_SHOT_BOY, "Protests spread across the country after police killed 17-year-old Ivo Brandt.")
    assert _values(clash) == {"15-year-old", "17-year-old"}
    # "Ivo Brandt, the boy who ..." names him too
    other_way = "Riot police shot dead a 15-year-old boy on Saturday. Ivo Brandt, the boy who died, was a student."
    assert [c.names for c in claims_of(other_way) if c.unit == "age"] == [("ivo brandt",)]


def test_an_age_of_a_noun_keeps_its_noun_where_the_article_tells_two_such_ages() -> None:
    # two boys: which of them the name is, the article does not say
    text = _SHOT_BOY + " A 12-year-old boy was also hurt."
    assert sorted(c.names for c in claims_of(text) if c.unit == "age") == [("~boy",), ("~boy",)]
    assert not _conflicts(text, "Protests spread across the country after police killed 17-year-old Ivo Brandt.")


def test_an_age_between_commas_after_a_name_is_that_persons_age() -> None:
    claim = _one("Dorian Falk, 34, was arrested outside the depot on Friday.", "age")
    assert (claim.value, claim.stated, claim.subject, claim.names) == ("34", 34, "age of Dorian Falk", ("dorian falk",))
    suffixed = _one("Police said Lionel Brandt Jr., 61, had left the house.", "age")
    assert suffixed.names == ("lionel brandt",)
    said = _one("The house was empty, said Mara Quint, 52.", "age")
    assert said.names == ("mara quint",)


@pytest.mark.parametrize(
    "text",
    [
        "The scores were 4, 5, 6 and 7 across the rounds.",  # a list
        "In Harlow, 12, people gathered near the depot.",  # a place
        "On Sunday, 40, were hurt near the depot.",  # a weekday
        "The UN, 12, and other bodies signed the letter.",  # an acronym
        "Dorian Falk, about 34, was arrested outside the depot.",  # a hedged number is no stated age
    ],
)
def test_a_number_between_commas_is_an_age_only_after_a_name(text: str) -> None:
    assert not [c for c in claims_of(text) if c.unit == "age"]


def test_one_persons_ages_told_after_the_name_conflict() -> None:
    found = _conflicts(
        "Mara Quint, 52, told reporters the depot had been closed for a week.",
        "Quint, 57, was the last worker to leave the depot, police said.",
    )
    assert [_values(g) for g in found] == [{"52", "57"}]


def test_ages_of_two_people_of_one_family_are_not_grouped() -> None:
    assert not _conflicts(
        "John Marr, 45, was driving the van when it left the road near the depot.",
        "Ian Marr, 19, was driving the van when it left the road near the depot.",
    )
    # a son's age told after his name is not his father's, named elsewhere in the sentence
    assert not _conflicts(
        "Brandt sings at home and cooks for his son Felix, 8, and daughter Ava, 3.",
        "The 40-year-old Brandt sings at home and cooks for his family.",
    )


def test_a_persons_age_grows_between_articles_years_apart() -> None:
    later, soon = dt.date(2013, 6, 1), dt.date(2010, 6, 20)
    first = "Mara Quint, 52, told reporters the depot had been closed for a week."
    assert not _conflicts(first, "Mara Quint, 55, ran the depot until it closed.", dates=(dt.date(2010, 6, 1), later))
    found = _conflicts(first, "Mara Quint, 55, ran the depot until it closed.", dates=(dt.date(2010, 6, 1), soon))
    assert [_values(g) for g in found] == [{"52", "55"}]


# --- more ways news writes a value ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "stated"),
    [
        ("The victim, aged 32, was taken to hospital.", "age", 32),
        ("The singer died on Thursday at the age of 85, her agent said.", "age", 85),
        ("A magnitude-5.8 tremor shook the valley towns overnight.", "magnitude", 5.8),
        ("The $5.4bn merger was announced on Monday.", "money:USD", 5.4e9),
    ],
)
def test_ages_magnitudes_and_amounts_in_more_spellings(text: str, unit: str, stated: float) -> None:
    claim = _one(text, unit)
    assert claim.stated == pytest.approx(stated)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mara Quint died at 85 in a hospital near her home.", ("mara quint",)),
        ("Mara Quint died on Friday in Harlow at 85.", ("mara quint",)),
        ("Quint, who was 85, died in a hospital near her home.", ("quint",)),
        ("Smith, aged 85, died in a hospital near his home.", ("smith",)),
        ("A man aged 32 was arrested near the depot.", ("~man",)),
        ("The singer died at age 85 in a hospital near her home.", ("~singer",)),
        ("Mara Quint, who died at the age of 85, sang in the choir.", ("mara quint",)),
        ("The actress died in her sleep on Friday. She was 85.", ("~actress",)),
        ("The actress Mara Quint died in her sleep on Friday. She was 85.", ("mara quint",)),
        ("Mara Quint, who sang in the choir for 40 years, died on Friday. She was 85.", ("mara quint",)),
        ("The hall was sold on Friday. She was 85.", ()),
    ],
)
def test_ages_told_with_a_verb_and_their_person(text: str, names: tuple[str, ...]) -> None:
    claim = _one(text, "age")
    assert (claim.stated, claim.names) == (85 if "85" in text else 32, names)


@pytest.mark.parametrize(
    "text",
    [
        "The old man died at 5 p.m. on Friday in a hospital.",  # a clock time
        "The old man died on Friday, and the hospital at 85 Main Street closed.",  # an address
        "The team was 85 points ahead at the break.",  # a count
        "The lake is 12 metres deep at its centre.",  # a length
    ],
)
def test_a_number_after_a_verb_is_an_age_only_in_an_age_phrase(text: str) -> None:
    assert not [c for c in claims_of(text) if c.unit == "age"]


def test_a_duration_glued_to_its_noun_is_a_duration() -> None:
    claim = _one("The council approved a 90-day moratorium on new permits.", "duration")
    assert (claim.value, claim.stated) == ("90-day", 90)
    found = _conflicts(
        "The striker signed an eight-year contract with the club on Tuesday.",
        "The striker signed a seven-year contract with the club on Tuesday.",
    )
    assert [_values(g) for g in found] == [{"eight-year", "seven-year"}]
    # an age and a label are not durations; "the 10-year yield" names a bond
    assert _one("The 20-year-old was arrested on Monday.", "age").stated == 20
    assert not claims_of("The 21-article agreement was signed on Monday.")
    assert not claims_of("The 10-year yield rose sharply.")


def test_a_clock_time_in_twenty_four_hours_is_no_year() -> None:
    # "(1931 GMT)" converts the local time; it is not the year 1931
    claims = claims_of("The tremor struck at 2:31 p.m. (1931 GMT) on Tuesday.")
    assert [(c.unit, c.value) for c in claims] == [("time", "2:31 p.m.")]
    assert [c.unit for c in claims_of("The tremor struck at 1931 GMT on Tuesday.")] == ["time@gmt"]
    assert [c.value for c in claims_of("The town hall was built in 1931.")] == ["1931"]


def test_the_before_a_count_still_refers_back() -> None:
    # money and shares after "the" state their value; a count after "the" refers back
    assert not claims_of("The two countries signed the pact on Monday.")


def test_all_before_a_count_states_the_whole_count() -> None:
    # "all 228 people on board" is the toll itself, not a reference back
    claim = _one("The crash killed all 228 people on board, the airline said.", "count")
    assert (claim.stated, claim.noun, claim.verb) == (228, "person", "kill")
    found = _conflicts(
        "The crash near the coast killed all 228 people on board, the airline said.",
        "The crash near the coast killed 216 people on board, the airline said.",
    )
    assert [_values(g) for g in found] == [{"228 people", "216 people"}]


def test_an_age_glued_before_a_name_or_noun_knows_its_person() -> None:
    assert _one("Police arrested the 34-year-old Dorian Falk outside the depot.", "age").names == ("dorian falk",)
    assert _one("A 10-year-old girl was hurt outside the depot.", "age").names == ("~girl",)
    assert _one("The climber, 34, fell to his death.", "age").names == ("~climber",)
    found = _conflicts(
        "Police arrested the 34-year-old Dorian Falk outside the depot.",
        "Dorian Falk, 43, was the last worker to leave the depot, police said.",
    )
    assert [_values(g) for g in found] == [{"34-year-old", "43"}]


def test_ages_of_people_told_by_different_nouns_are_two_people() -> None:
    # the shared place would link them; the driver is not the passenger
    assert not _conflicts(
        "The driver, 34, was hurt when the bus crashed near Harlow on Monday.",
        "The 43-year-old passenger was hurt when the bus crashed near Harlow on Monday.",
    )


def test_ages_told_by_the_same_noun_alone_are_not_one_person() -> None:
    # two shootings in one folder: two "girls", nothing else in common but the noun
    assert not _conflicts(
        "A 10-year-old girl was shot while playing outside her home.",
        "An 11-year-old girl was shot outside a store, police said.",
    )


# --- the lexicon at work on other kinds of news --------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (  # buying: "buy", "acquire", "pay" are one action
            "Halvorsen said it would buy Brightline Foods for $2.3 billion in cash and stock.",
            "Grocer Halvorsen agreed to acquire rival Brightline Foods for about $3.4 billion.",
            {"$2.3 billion", "about $3.4 billion"},
        ),
        (  # a price: "costs" and "is priced at"
            "The new tablet costs $1,299 and goes on sale in the spring.",
            "The new tablet is priced at $1,199 and goes on sale in the spring.",
            {"$1,299", "$1,199"},
        ),
        (  # winning a share of the vote
            "The incumbent won 89 percent of the vote, the election commission said.",
            "The election commission said the incumbent won 62% of the vote.",
            {"89 percent", "62%"},
        ),
        (  # cutting jobs: "cut" and "eliminate"
            "The carmaker said it will cut 5,000 jobs by the end of next year.",
            "The carmaker plans to eliminate 12,000 jobs by the end of next year.",
            {"5,000 jobs", "12,000 jobs"},
        ),
        (  # a blaze is a fire, and battling it is fighting it
            "More than 100 firefighters battled the blaze at the Harlow depot on Monday.",
            "About 40 firefighters fought the fire at the Harlow depot on Monday.",
            {"More than 100 firefighters", "About 40 firefighters"},
        ),
        (  # jobs and positions
            "The carmaker said it will cut about 1,500 jobs after the merger.",
            "The combined carmaker plans to eliminate 3,000 positions, it said.",
            {"about 1,500 jobs", "3,000 positions"},
        ),
        (  # workers and employees
            "About 800 workers at the Harlow plant went on strike on Monday.",
            "Some 2,000 employees at the Harlow plant went on strike on Monday.",
            {"About 800 workers", "Some 2,000 employees"},
        ),
        (  # a jury and its jurors deliberate alike
            "The jury deliberated for 12 hours before finding him guilty of murder.",
            "Jurors deliberated for about 30 hours before convicting him of murder.",
            {"12 hours", "about 30 hours"},
        ),
        (  # "came ashore" is the landfall
            "The hurricane made landfall at 3 a.m. near the port, forecasters said.",
            "Forecasters said the hurricane came ashore near the port at about 7 a.m.",
            {"3 a.m.", "about 7 a.m."},
        ),
    ],
)
def test_actions_and_words_told_in_other_words_are_one_fact(first: str, second: str, values: set[str]) -> None:
    assert [_values(g) for g in _conflicts(first, second)] == [values]


def test_stealing_and_buying_are_two_actions() -> None:
    assert _one("Thieves stole jewels worth $4 million from the store.", "money").verb == "steal"
    assert not _conflicts(
        "Thieves stole jewels worth $4 million from the Harlow store on Thursday.",
        "The Harlow store paid $9 million for the jewels on Thursday.",
    )


def test_a_record_or_score_is_not_a_count() -> None:
    assert not [c for c in claims_of("The team fired its coach after a 9-14 start.") if c.unit == "count"]
    # "people aboard" counts people; "aboard" is not what is counted
    assert _one("All 155 people aboard survived the landing.", "count").noun == "person"


# --- definite counts, accusations, coordinated verbs, magnitudes -------------------------


def test_a_definite_count_defined_by_what_follows_states_how_many() -> None:
    # "the three men charged with ..." defines its set; "the two men" alone refers back
    claim = _one("The three men charged with robbing the Harlow depot appeared in court.", "count")
    assert (claim.value, claim.stated) == ("three men", 3)
    assert _one("The four climbers who reached the summit were flown out on Monday.", "count").stated == 4
    assert not [c for c in claims_of("The two men then drove north to the depot.") if c.unit == "count"]
    assert not [c for c in claims_of("The two countries signed the treaty in the capital.") if c.unit == "count"]
    found = _conflicts(
        "A jury convicted one of the two men accused of robbing the Harlow depot.",
        "The trial of five men accused of robbing the Harlow depot began on Monday.",
    )
    assert [_values(g) for g in found] == [{"two men", "five men"}]


def test_a_period_after_an_accusation_dates_the_act_not_the_people_counted() -> None:
    # "in March 2015" tells when the depot was robbed; the men are two men in any year
    found = _conflicts(
        "The trial of two men accused of robbing the Harlow depot in March 2015 opened.",
        "A jury convicted one of the five men accused of robbing the Harlow depot.",
    )
    assert [_values(g) for g in found] == [{"two men", "five men"}]
    # a count not defined by an accusation keeps the period veto
    assert not _conflicts(
        "Two guards were injured when robbers hit the Harlow depot in March 2015.",
        "Five guards were injured when robbers hit the Harlow depot.",
    )


def test_coordinated_verbs_share_the_subject_of_the_first_clause() -> None:
    killed = [c for c in claims_of("Heavy rains flooded 30 homes and killed four people in Marden.") if c.stated == 4]
    assert killed and {"heavi", "rain"} <= set(killed[0].terms)
    found = _conflicts(
        "Heavy rains flooded 30 homes and killed four people in the hill town of Marden.",
        "The heavy rains killed nine people in the hill town of Marden, officials said.",
    )
    assert [_values(g) for g in found] == [{"four people", "nine people"}]


def test_a_coordinated_clause_without_a_verb_class_keeps_its_own_words() -> None:
    # "and said ..." is no action of the count: nothing of the first clause is borrowed
    claims = claims_of("Heavy rains flooded 30 homes and officials said four people died.")
    died = [c for c in claims if c.stated == 4]
    assert died and "rain" not in died[0].terms


def test_injury_is_the_injuring_action() -> None:
    claim = _one("He was convicted of the murder of a guard and the injury of two others.", "count")
    assert (claim.value, claim.verb, claim.noun) == ("two others", "injure", "person")


def test_a_quake_s_magnitude_told_with_few_shared_words_but_the_same_names() -> None:
    # the clause of "6.9" is cut short by the depth that follows; the sentences share
    # the action, the quake and the names of the region and the agency
    found = _conflicts(
        "The 6.9-magnitude quake struck at a depth of 10 kilometers near Lorca in Murcia, "
        "the National Seismic Institute said.",
        "A strong 5.4-magnitude earthquake struck the Spanish region of Murcia on Monday, "
        "the National Seismic Institute said.",
    )
    assert [_values(g) for g in found] == [{"6.9", "5.4"}]


def test_a_quake_s_magnitude_told_with_two_shared_words_and_no_name() -> None:
    found = _conflicts(
        "A 6.1-magnitude quake struck the remote coastal province, officials said.",
        "Rescuers dug through rubble after the 5.2-magnitude quake struck the province overnight.",
    )
    assert [_values(g) for g in found] == [{"6.1", "5.2"}]


def test_magnitudes_of_a_quake_and_its_aftershock_are_not_grouped() -> None:
    assert not _conflicts(
        "A 5.1-magnitude aftershock struck Murcia, the National Seismic Institute said.",
        "A strong 6.4-magnitude earthquake struck Murcia, the National Seismic Institute said.",
    )


def test_an_aftershock_is_not_the_quake_it_follows() -> None:
    # many shared words, the same action: the aftershock's magnitude is still another fact
    assert not _conflicts(
        "A 5.1-magnitude aftershock struck the hill town of Lorca on Monday morning.",
        "A 6.4-magnitude quake struck the hill town of Lorca on Monday morning.",
    )


def test_the_age_at_death_told_in_the_next_sentence_is_the_dead_person_s() -> None:
    found = _conflicts(
        "The actress Mara Quint, who starred in a dozen musicals, died on Friday at her home. She was 91.",
        "Mara Quint died at the age of 89 at her home on Friday, her agent said.",
    )
    assert [_values(g) for g in found] == [{"91", "89"}]
    # "She was 85" after a sentence in which nobody dies names no one
    assert not _conflicts(
        "The choir sang at the Harlow town hall on Friday. She was 85.",
        "Mara Quint died at the age of 89 at her home on Friday, her agent said.",
    )


def test_an_adjunct_after_a_short_conjunct_tells_of_both_values() -> None:
    # "Four people were killed and two injured when ...": the shooting tells of the four dead
    claims = claims_of("Four people were killed and two injured when a gunman opened fire at an office party.")
    killed = next(c for c in claims if c.stated == 4)
    assert {"gunman", "parti"} <= set(killed.terms)
    found = _conflicts(
        "Four people were killed and two injured when a gunman opened fire at an office party.",
        "A gunman opened fire at an office party on Friday, killing three people.",
    )
    assert [_values(g) for g in found] == [{"Four people", "three people"}]
    # a conjunct with more than a number and its action keeps its adjunct to itself
    claims = claims_of("Four people were killed and the police arrested two men when the raid began.")
    assert "raid" not in next(c for c in claims if c.stated == 4).terms


def test_an_amount_or_share_told_in_mostly_the_same_words_links_without_an_action() -> None:
    found = _conflicts(
        "Brightline Foods reported a net profit of $310 million for the quarter.",
        "Brightline Foods said its quarterly net profit came to $410 million.",
    )
    assert [_values(g) for g in found] == [{"$310 million", "$410 million"}]
    # a count of people needs more than that: many counts of a story share their words
    assert not _conflicts(
        "Brightline Foods said 310 people work at its Harlow plant.",
        "Brightline Foods said 410 people work at the Harlow plant in shifts.",
    )


def test_ordinal_words_tell_one_of_a_series() -> None:
    assert "#second" in _one("Sales rose 4 percent in the second quarter.", "percent").terms
    # "the second woman to host" names no part of a series
    assert not [t for t in _one("She became the second woman to host the show in 2007.", "date").terms if t[0] == "#"]
    assert not _conflicts(
        "Brightline Foods reported a net profit of $310 million for the first quarter.",
        "Brightline Foods said its net profit came to $410 million in the second quarter.",
    )
    # one of a series is not the whole: "in the first half" / "in the match"
    assert not _conflicts(
        "Brightline Foods reported a net profit of $310 million for the first half of the year.",
        "Brightline Foods said its net profit for the year came to $410 million.",
    )


def test_what_narrows_the_counted_thing_tells_two_facts_apart() -> None:
    claim = _one("The storm left 30,000 homes without power on Monday.", "count")
    assert "+without:power" in claim.terms
    assert "+for:steal" in _one("Police arrested 12 people for looting in the port.", "count").terms
    found = _conflicts(
        "The storm left 30,000 homes in the county without power on Monday.",
        "On Monday the storm left 80,000 homes in the county without power, the utility said.",
    )
    assert [_values(g) for g in found] == [{"30,000 homes", "80,000 homes"}]
    # the same narrowing told with another word of the same action still links
    found = _conflicts(
        "Police arrested 12 people for looting in the port city on Sunday.",
        "Police said 30 people were arrested for stealing in the port city on Sunday.",
    )
    assert [_values(g) for g in found] == [{"12 people", "30 people"}]


def test_a_thing_counted_on_one_day_in_one_place_links_on_one_word() -> None:
    found = _conflicts(
        "The storm made landfall near Port Ellis on Tuesday with winds of 120 mph.",
        "Hurricane Lena came ashore near Port Ellis on Tuesday with sustained winds of 150 mph.",
    )
    assert [_values(g) for g in found] == [{"120 mph", "150 mph"}]


def test_a_weekday_with_a_possessive_is_a_day_not_a_place_or_a_subject_word() -> None:
    claim = _one("Six candidates are running for president in Sunday's election.", "count")
    assert claim.place == "" and "sunday" not in claim.terms


def test_a_price_is_narrowed_by_what_its_subject_is_for() -> None:
    assert "+for:concert" in _one("Tickets for Friday's concert at the Harlow arena cost $50.", "money").terms
    found = _conflicts(
        "Tickets for Friday's concert at the Harlow arena cost $50, the promoter said.",
        "The promoter said tickets for the concert at the Harlow arena on Friday cost $80.",
    )
    assert [_values(g) for g in found] == [{"$50", "$80"}]


# --- a toll told after another value of its sentence ----------------------------------------


def test_the_verb_just_before_a_second_number_governs_it() -> None:
    # no comma or "and" between "6.1" and "two": the clause of "two" begins at "killed",
    # and the subject before it tells what killed them
    claims = claims_of("A 6.1-magnitude quake which hit Marden on Tuesday killed two people and injured dozens.")
    toll = next(c for c in claims if c.stated == 2)
    assert (toll.verb, toll.day) == ("kill", "tuesday")
    assert "quak" in toll.terms
    magnitude = next(c for c in claims if c.unit == "magnitude")
    assert magnitude.verb == "hit"


def test_a_participle_after_another_value_s_clause_reads_that_clause() -> None:
    claims = claims_of("A 6.1-magnitude earthquake struck Marden province on Tuesday, killing at least four people.")
    toll = next(c for c in claims if c.stated == 4)
    assert (toll.verb, toll.day) == ("kill", "tuesday")
    assert {"quak", "provinc"} <= set(toll.terms)


def test_a_toll_told_on_the_same_day_of_the_same_named_story_is_one_toll() -> None:
    found = _conflicts(
        "A strong earthquake hit Marden on Tuesday, killing one person and injuring dozens.",
        "The earthquake in Marden on Tuesday killed four people, officials said.",
    )
    assert [_values(g) for g in found] == [{"one person", "four people"}]
    found = _conflicts(
        "A powerful earthquake in Marden province flattened buildings on Tuesday, killing at least five people.",
        "A 6.1-magnitude earthquake which hit Marden on Tuesday killed two people and injured dozens.",
    )
    assert [_values(g) for g in found] == [{"at least five people", "two people"}]


@pytest.mark.parametrize(
    "other",
    [
        "The earthquake in Marden on Wednesday killed four people, officials said.",  # another day
        "The earthquake on Tuesday killed four people, officials said.",  # no name in common
        "A landslide in Marden on Tuesday killed four people, officials said.",  # no word in common
    ],
)
def test_a_toll_with_one_shared_word_needs_the_day_and_a_name(other: str) -> None:
    assert not _conflicts("A strong earthquake hit Marden on Tuesday, killing one person and injuring dozens.", other)


# --- what a length measures ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The tremor was 1.2 miles deep, the survey said.", "depth"),
        ("The tremor struck at a depth of 12 miles.", "depth"),
        ("The new bridge will be 330 metres long.", "length"),
        ("The tower is 120 metres tall.", "height"),
        ("The tremor struck 40 miles east of the harbour.", "distance"),
    ],
)
def test_a_length_measures_what_the_noun_or_adjective_says(text: str, noun: str) -> None:
    claim = _one(text, "length")
    assert claim.noun == noun
    if noun != "distance":
        assert noun in claim.terms and "deep" not in claim.terms  # one word, told either way


def test_a_depth_told_as_a_noun_or_an_adjective_is_one_depth() -> None:
    found = _conflicts(
        "The tremor struck at a depth of 12 miles on Sunday, the survey said.",
        "The tremor was 1.2 miles deep, according to the survey.",
    )
    assert [_values(g) for g in found] == [{"12 miles", "1.2 miles"}]
    # the same depth in other units agrees
    assert not _conflicts(
        "The tremor struck at a depth of 12 miles on Sunday, the survey said.",
        "The tremor was 19 kilometres deep, according to the survey.",
    )
    # an aftershock's depth is another fact
    assert not _conflicts(
        "The tremor struck at a depth of 12 miles on Sunday, the survey said.",
        "The aftershock was 1.2 miles deep, according to the survey.",
    )


def test_a_short_aside_before_the_verb_does_not_end_the_clause() -> None:
    # "on Tuesday (6 May) killed 12": the day before the aside is the toll's day
    claim = _one("Rebels on Tuesday (6 May) killed 12 people near the school in Harlow.", "count")
    assert (claim.day, claim.verb) == ("tuesday", "kill")
    assert "rebel" in claim.terms
    # a long parenthesis is a clause of its own
    claim = _one("Rebels (who had shelled the town for a week before the truce) killed 12 people.", "count")
    assert "rebel" not in claim.terms


def test_an_age_set_off_by_commas_does_not_end_the_clause() -> None:
    # ", 41, and wounding ...": the comma closes the age, the "and" goes on with the list
    sentence = (
        "Tomas Reed, 22, was convicted of killing Ana Morrow, 41, and wounding Ivo Brandt, 30, "
        "and Lena Quint, 9, in March 2019 as he fired at rival gang members."
    )
    (claim,) = [c for c in claims_of(sentence) if c.kind is Kind.DATE]
    assert {"morrow", "brandt", "quint"} <= set(claim.terms)
    # a comma before "and" that closes no age still ends the clause
    claim = _one("Crews cleared the road in Harlow, and the bridge reopened on March 3, 2019.", "date")
    assert "harlow" not in claim.terms and "road" not in claim.terms


def test_an_attack_that_killed_and_wounded_is_dated_by_the_killing() -> None:
    found = _conflicts(
        "Tomas Reed, 22, was convicted of killing Ana Morrow, 41, and wounding Ivo Brandt, 30, "
        "in March 2019 outside a bar in Harlow.",
        "Ana Morrow, 41, was killed on June 2, 2019 outside a bar in Harlow.",
    )
    assert [_values(g) for g in found] == [{"March 2019", "June 2, 2019"}]
    # a wounding alone is its own doing, whatever else the two sentences share
    assert not _conflicts(
        "Tomas Reed wounded Ivo Brandt in March 2019 outside a bar in Harlow.",
        "Tomas Reed killed Ana Morrow on June 2, 2019 outside a bar in Harlow.",
    )


def test_a_capitalized_word_in_ed_names_something_it_is_no_doing() -> None:
    claim = _one("Rebels shelled a United Nations-run school in Harlow, killing 12 people.", "count")
    assert "unit" in claim.terms and "!unit" not in claim.terms
    assert "!shell" in claim.terms  # "shelled" is a doing


# --- contracts and what things are worth -------------------------------------------------


def test_a_term_and_an_amount_before_one_noun_share_its_clause() -> None:
    # "an eight-year, $180 million contract": both values tell of the contract
    claims = claims_of("Veltra signed Mark Ostrow to a five-year, $90 million contract with the Hawks on Monday.")
    money, term = _one_of(claims, "money"), _one_of(claims, "duration")
    assert {"+of:pact", "hawk"} <= set(money.terms) and {"pact", "hawk"} <= set(term.terms)
    assert (money.day, money.verb) == (term.day, term.verb) == ("monday", "sign")
    # the amount may come first: "a $180 million, nine-year deal" is still one contract's term
    claims = claims_of("Veltra signed Ostrow to a $90 million, six-year deal with the Hawks on Monday.")
    money, term = _one_of(claims, "money"), _one_of(claims, "duration")
    assert {"pact", "hawk"} <= set(term.terms)
    assert (money.day, money.verb) == (term.day, term.verb) == ("monday", "sign")


def test_games_matches_and_appearances_are_one_thing_counted() -> None:
    (clash,) = _conflicts(
        "Ostrow scored 12 goals in 30 games for the Marden Rovers last season.",
        "He netted a dozen times in 24 appearances for the Rovers last season.",
    )
    assert _values(clash) == {"30 games", "24 appearances"}
    # for another club: another count
    assert not _conflicts(
        "Ostrow scored 12 goals in 30 games for the Marden Rovers last season.",
        "He made 24 appearances for the Harlow Hawks last season.",
    )


def test_one_kind_of_amount_in_other_words_is_one_kind() -> None:
    (clash,) = _conflicts(
        "Quorix said its second-quarter net profit was $310 million.",
        "Quorix reported second-quarter net income of $250 million.",
    )
    assert _values(clash) == {"$310 million", "$250 million"}
    (sales,) = _conflicts(
        "Quorix said its second-quarter revenue was $2.4 billion.",
        "Quorix reported second-quarter sales of $2.9 billion.",
    )
    assert _values(sales) == {"$2.4 billion", "$2.9 billion"}
    # a profit is still no revenue
    assert not _conflicts(
        "Quorix said its second-quarter net profit was $310 million.",
        "Quorix reported second-quarter sales of $2.4 billion.",
    )


def test_the_level_a_change_reached_after_a_comma_shares_its_clause() -> None:
    claims = claims_of("Quorix reported a 12% increase in net income for the quarter on Wednesday, to $310 million.")
    assert {"net", "quarter", "quorix"} <= set(_one_of(claims, "money").terms)


def test_demand_as_a_noun_is_no_demanding() -> None:
    helped = _one("Quorix said its net profit rose to $310 million, helped by strong demand for tablets.", "money")
    assert helped.verb == ""
    assert _one("The pirates demanded a ransom of $25 million for the crew.", "money").verb == "demand"


def test_one_kind_of_amount_of_one_thing_links_without_an_action() -> None:
    (clash,) = _conflicts(
        "The blaze gutted the library, causing an estimated $2 million in damage.",
        "Damage to the library was estimated at $6 million, fire officials said.",
    )
    assert _values(clash) == {"an estimated $2 million", "$6 million"}
    # the kind alone is in every story of a storm: one library, one school
    assert not _conflicts(
        "The storm caused an estimated $2 million in damage to the Marden library.",
        "The storm caused some $6 million in damage to the Harlow school.",
    )
    # what was sought is not what was awarded
    assert not _conflicts(
        "The jury awarded the Quint family $2 million in damages.",
        "The Quint family had sought $6 million in damages.",
    )


def _one_of(claims: list[Claim], unit: str) -> Claim:
    found = [c for c in claims if c.unit.startswith(unit)]
    assert len(found) == 1, found
    return found[0]


def test_what_an_amount_pays_for_narrows_it() -> None:
    assert "+of:pact" in _one("The Hawks gave Ostrow a $90 million contract on Monday.", "money").terms
    # so a bonus and a contract of one player are two facts
    assert not _conflicts(
        "The Hawks gave Ostrow a $12 million bonus on Monday, the team said.",
        "The Hawks gave Ostrow a $90 million contract on Monday, the team said.",
    )
    # though both are for one player: each preposition is compared on its own
    assert not _conflicts(
        "The Hawks approved a $12 million bonus for Ostrow on Monday, the team said.",
        "The Hawks approved a $90 million contract for Ostrow on Monday, the team said.",
    )


def test_a_things_worth_is_told_in_the_clause_that_names_the_thing() -> None:
    found = _conflicts(
        "Ostrow agreed to a five-year, $90 million contract with the Hawks on Monday.",
        "The Hawks signed Ostrow to a five-year deal worth $75 million, the team said.",
    )
    assert [_values(g) for g in found] == [{"$90 million", "$75 million"}]
    claim = _one("The city bought a depot valued at $4 million from Veltra.", "money")
    assert {"+of:depot", "veltra"} <= set(claim.terms) and claim.verb == "buy"
    # the worth of another thing is another fact
    assert not _conflicts(
        "The Hawks signed Ostrow to a five-year deal worth $75 million, the team said.",
        "The Hawks sold their stadium, valued at $300 million, to Veltra on Monday.",
    )


def test_agreeing_to_a_deal_is_signing_it() -> None:
    found = _conflicts(
        "Ostrow agreed to a five-year contract with the Hawks on Monday.",
        "The Hawks signed Ostrow to a four-year deal on Monday.",
    )
    assert [_values(g) for g in found] == [{"five-year", "four-year"}]
    # agreeing to buy is buying: "agreed" does not govern a price
    assert _one("Quorix agreed to buy Veltra for $5.4 billion on Monday.", "money").verb == "buy"


# --- shares of one kind ------------------------------------------------------------------


def test_two_shares_of_one_kind_are_one_measure() -> None:
    found = _conflicts(
        "Turnout was 71.4 percent, the election board said.",
        "The election board put turnout at 64 percent.",
    )
    assert [_values(g) for g in found] == [{"71.4 percent", "64 percent"}]
    found = _conflicts(
        "Mayor Ilse Varga won re-election with 58 percent of the vote, officials said.",
        "Varga received 66 percent of the votes cast, according to officials.",
    )
    assert [_values(g) for g in found] == [{"58 percent", "66 percent"}]


def test_shares_of_other_holders_scopes_or_months_are_other_measures() -> None:
    # whose share: the winner's is not the rival's
    assert not _conflicts("Varga won 58 percent of the vote.", "Her nearest rival won 31 percent of the vote.")
    # a part of the electorate is not all of it
    assert not _conflicts("Turnout in the province was 52 percent.", "Turnout was 64 percent, the election board said.")
    # a share is measured again: two months apart, two measures
    assert not _conflicts(
        "Unemployment was 7.1 percent, the statistics office said.",
        "Unemployment was 6.4 percent, the statistics office said.",
        dates=(dt.date(2011, 1, 5), dt.date(2011, 3, 7)),
    )
    # within days, one measure
    assert _conflicts(
        "Unemployment was 7.1 percent, the statistics office said.",
        "Unemployment was 6.4 percent, the statistics office said.",
        dates=(dt.date(2011, 1, 5), dt.date(2011, 1, 6)),
    )


# --- groups counted by their members -----------------------------------------------------


def test_a_group_of_n_counts_its_members() -> None:
    crowd = _one("The final drew a crowd of 38,000 at the Harlow stadium.", "count")
    assert (crowd.noun, crowd.stated) == ("crowd", 38000.0)
    found = _conflicts(
        "The final drew a crowd of 38,000 at the Harlow stadium on Sunday.",
        "Some 52,000 fans packed the Harlow stadium for the final on Sunday.",
    )
    assert [_values(g) for g in found] == [{"38,000", "Some 52,000 fans"}]
    # "crew members" and "a crew of" are one counted thing; seized = hijacked
    found = _conflicts(
        "Gunmen seized the freighter with its crew of 19 off Port Ellis on Friday.",
        "The freighter, with 23 crew members aboard, was hijacked off Port Ellis on Friday.",
    )
    assert [_values(g) for g in found] == [{"19", "23 crew members"}]


def test_a_group_of_n_is_not_its_owners_members_nor_another_group() -> None:
    assert _one("Marta Quint, a mother of 12, was shot on Friday.", "count").noun == "of:mother"
    assert not [c for c in claims_of("The crew of the two ships was freed.") if c.unit == "count"]
    assert not _conflicts(
        "The final drew a crowd of 38,000 at the Harlow stadium on Sunday.",
        "A crowd of 2,000 watched the teams train at the Harlow stadium on Friday.",
    )


def test_seizing_and_hijacking_are_one_action() -> None:
    found = _conflicts(
        "The freighter was carrying 400 containers when it was seized.",
        "The hijacked freighter was loaded with 250 containers.",
    )
    assert [_values(g) for g in found] == [{"400 containers", "250 containers"}]


def test_jewels_are_jewellery_whatever_the_spelling() -> None:
    # what an amount is the worth of narrows it, so its spellings must fold
    found = _conflicts(
        "Thieves stole jewels worth about 85 million euros from the Harlow store on Thursday.",
        "Thieves stole jewellery valued at 40 million euros from the Harlow store on Thursday.",
    )
    assert [_values(g) for g in found] == [{"about 85 million euros", "40 million euros"}]


def test_how_long_a_doing_lasted_shares_the_clause_of_the_value_before() -> None:
    found = _conflicts(
        "More than 40 firefighters battled the blaze at the Harlow depot for nine hours.",
        "Firefighters fought the depot blaze in Harlow for 14 hours, officials said.",
    )
    assert [_values(g) for g in found] == [{"nine hours", "14 hours"}]
    # after a comma the duration is a clause of its own ("..., for 10 years a landmark")
    lasted = _one_of(claims_of("Police arrested 12 people, for two hours the square was closed."), "duration")
    assert "polic" not in lasted.terms


def test_a_noun_of_a_value_names_the_value_though_another_value_precedes() -> None:
    # "represents a premium of 31%": the premium is the share's, not the offer's
    share = _one_of(claims_of("The offer of $18 per share represents a premium of 27% to the close."), "percent")
    assert "premium" in share.terms
    found = _conflicts(
        "Quorix will pay $18 a share for Veltra, a premium of 27 percent over Friday's close.",
        "The offer of $18 per share represents a premium of 35% to Veltra's closing price on Friday.",
    )
    assert [_values(g) for g in found] == [{"27 percent", "35%"}]


def test_an_adverb_after_the_noun_opens_the_predicate() -> None:
    age = _one("The 51-year-old driver later turned himself in, police said.", "age")
    assert age.names == ("~driver",)
    found = _conflicts(
        "Police said the driver, 47, turned himself in after the crash on Route 9.",
        "The 51-year-old driver later turned himself in, police said.",
    )
    assert [_values(g) for g in found] == [{"47", "51-year-old"}]


def test_people_a_company_employs_are_its_employees() -> None:
    assert _one("Veltra employs 3,000 people at its Harlow plant.", "count").noun == "employee"
    found = _conflicts(
        "Veltra employs 3,000 people at its Harlow plant.", "Veltra has about 4,500 employees at its Harlow plant."
    )
    assert [_values(g) for g in found] == [{"3,000 people", "about 4,500 employees"}]


def test_a_hyphenated_compound_is_no_doing_of_the_clause() -> None:
    # "Harlow-based" tells where a company is, not what was done to the count
    assert _one("Veltra, a Harlow-based rival, has 3,000 employees.", "count").verb == ""
    assert not _conflicts(
        "Quorix, based in Harlow, has about 8,000 employees.",
        "Veltra, a Harlow-based rival, has 3,000 employees.",
    )


def test_a_second_one_of_a_kind_is_not_the_storys_one() -> None:
    assert "#another" in _one_of(claims_of("Firefighters battled a second blaze for two hours."), "duration").terms
    assert not _conflicts(
        "Firefighters battled the blaze at the Harlow depot for six hours.",
        "Firefighters battled a second blaze at the Harlow depot for two hours.",
    )
    assert not _conflicts(
        "Police arrested 12 people after the riot in Harlow on Saturday.",
        "Police arrested 30 people after another riot in Harlow on Sunday.",
    )
    # a third victim in a conjunct after the toll is another fact, not another toll
    toll = _one_of(claims_of("She opened fire, killing two women and critically injuring a third co-worker."), "count")
    assert "#another" not in toll.terms
    # "the second half" is a part, as before; "a first" is no other one
    assert "#second" in _one("Harlow scored 3 goals in the second half.", "count").terms
    assert "#another" not in _one("Police arrested 12 people in a first sweep.", "count").terms


def test_an_aside_that_prices_a_thing_prices_the_noun_before_it() -> None:
    assert "+of:laptop" in _one("The laptop, priced at $1,299, goes on sale Oct. 14.", "money").terms
    assert not _conflicts(
        "The laptop, priced at $1,299, goes on sale Oct. 14.",
        "The tablet, priced at $499, goes on sale Oct. 14.",
    )


def test_dates_whose_clauses_state_other_values_date_two_occurrences() -> None:
    # two years' results, two elections: each article right about its own
    assert not _conflicts(
        "Quorix reported a net profit of $310 million in 2009.",
        "Quorix reported a net profit of $250 million in 2010.",
    )
    assert not _conflicts(
        "Varga won 58 percent of the vote in 2007.",
        "Varga won 66 percent of the vote in 2012.",
    )
    # the same result dated twice is one fact, and its two dates clash
    found = _conflicts(
        "Quorix reported a net profit of $310 million in 2009.",
        "Quorix reported a net profit of $310 million in 2010.",
    )
    assert [_values(g) for g in found] == [{"2009", "2010"}]


def test_what_can_or_might_be_is_not_what_is() -> None:
    assert "#can" in _one("The tanker can carry up to 3 million barrels of oil.", "count").terms
    assert not _conflicts(
        "The tanker was carrying 2 million barrels of oil when it was seized.",
        "The tanker can carry up to 3 million barrels of oil.",
    )
    # two capacities still meet; "May" the month is no modal
    assert _conflicts(
        "The tanker can carry 3 million barrels of oil.", "The tanker can carry 2 million barrels of oil."
    )
    assert "#can" not in _one("In May 40 people were killed in the Harlow blast.", "count").terms
    # a modal far from the value governs something else
    far = "Officials could answer few questions about how the convicted robber Dorian Falk, 49, escaped."
    assert "#can" not in _one(far, "age").terms


def test_an_action_is_dated_by_its_clause() -> None:
    # who signed a law in 1999 and who signed one on Monday are two signings
    assert not _conflicts(
        "President Aram Kerimov signed the law on Monday.",
        "Former president Tolvanen signed the law in 1999.",
    )
    found = _conflicts(
        "President Aram Kerimov signed the law on Monday.",
        "Prime Minister Olga Sova signed the law on Monday.",
    )
    assert [_values(g) for g in found] == [{"Aram Kerimov", "Olga Sova"}]


def test_each_side_of_an_agreement_has_its_own_signer() -> None:
    # one article names Veltra's signer, the other Ostrow's: both may be right
    assert not _conflicts(
        "Veltra's ambassador to Ostrow, Ivan Morrow, signed the deal on Monday.",
        "Ostrow Foreign Minister Tom Hale signed the deal on Monday.",
    )
    # two full sets of signers with no one in common clash
    found = _conflicts(
        "Veltra's ambassador to Ostrow, Ivan Morrow, and Ostrow Foreign Minister Tom Hale signed the deal on Monday.",
        "Veltra Defense Minister Ana Ruiz and Ostrow Trade Minister Olga Sova signed the deal on Monday.",
    )
    assert [_values(g) for g in found] == [{"Ivan Morrow and Tom Hale", "Ana Ruiz and Olga Sova"}]


def test_two_measures_of_one_kind_of_amount_are_two_amounts() -> None:
    net = "Quorix posted a net profit of $310 million in the quarter."
    assert not _conflicts(net, "Quorix posted an operating profit of $450 million in the quarter.")
    # a clause that names no measure may mean the one the other names
    found = _conflicts(net, "Quorix posted a profit of $450 million in the quarter, the company said.")
    assert [_values(g) for g in found] == [{"$310 million", "$450 million"}]


def test_a_relative_s_or_a_rival_s_amount_term_or_share_is_theirs() -> None:
    assert not _conflicts(
        "Ostrow was sentenced to 15 years in prison.", "Ostrow's son was sentenced to 4 years in prison."
    )
    for rival in ("Her rival took 35 percent of the vote.", "Her opponent received 35 percent of the vote."):
        assert not _conflicts("The governor won re-election with 61 percent of the vote.", rival), rival
    found = _conflicts(
        "Ostrow's son was sentenced to 15 years in prison on Friday.",
        "Ostrow's son was sentenced to 4 years in prison on Friday, the court said.",
    )
    assert [_values(g) for g in found] == [{"15 years", "4 years"}]


def test_a_level_reached_is_another_moments_level() -> None:
    assert not _conflicts(
        "The hurricane had winds of 120 mph when it hit Marden.",
        "The hurricane's winds had weakened to 60 mph by Tuesday.",
    )
    assert not _conflicts("Unemployment was 8.1 percent in Harlow.", "Unemployment rose to 9.5 percent in Harlow.")
    # two levels reached still meet, and a toll that rose is still the toll
    assert _conflicts("The winds weakened to 60 mph over Marden.", "The winds weakened to 85 mph over Marden.")
    assert "#reached" not in _one("The death toll rose to 40 people on Tuesday.", "count").terms


def test_going_on_sale_for_a_price_is_selling_it() -> None:
    found = _conflicts(
        "The new tablet will go on sale on March 3 for $499.",
        "The new tablet, priced at $599, goes on sale March 3.",
    )
    assert [_values(g) for g in found] == [{"$499", "$599"}]
    assert not _conflicts("Quorix sales rose 5 percent in March.", "Quorix shares rose 3 percent in March.")


def test_an_offices_adjective_is_its_noun() -> None:
    found = _conflicts(
        "Six candidates are running for president in Sunday's election.",
        "Nine candidates are on the ballot in Sunday's presidential election.",
    )
    assert [_values(g) for g in found] == [{"Six candidates", "Nine candidates"}]
    # another office's race is another count
    assert not _conflicts(
        "Six candidates are running for president in Sunday's election.",
        "Nine candidates are on the ballot in Sunday's parliamentary election.",
    )


def test_a_share_told_alike_in_two_articles_is_judged_by_each_ones_date() -> None:
    # the same words a day and two months after the first: one measure, then another
    told = "Unemployment was 6.4 percent, the statistics office said."
    groups = group_claims(
        claims_of_articles(
            "Unemployment was 7.1 percent, the statistics office said.",
            told,
            told,
            dates=(dt.date(2011, 1, 5), dt.date(2011, 3, 7), dt.date(2011, 1, 6)),
        ),
        Settings(),
    )
    clashes = [sorted(c.path for c in g.claims) for g in groups if g.status is Status.CONFLICT]
    assert clashes == [["0.txt", "2.txt"]]


def test_a_persons_age_does_not_tell_occurrences_apart_nor_a_currency_word_what_was_paid() -> None:
    # the ages differ (a birthday between the articles), the arrest is one: its dates clash
    found = _conflicts(
        "Andre Lopez, 20, was arrested in Harlow in October 2011.",
        "Andre Lopez, 21, was arrested in Harlow in January 2011.",
    )
    assert {"October 2011", "January 2011"} in [_values(g) for g in found]
    assert not [t for t in _one("It borrowed $2 million dollars from the fund.", "money").terms if t[0] == "+"]


def test_flaws_and_vulnerabilities_are_one_thing_counted() -> None:
    (clash,) = _conflicts(
        "The patch fixes 11 security flaws in the operating system, the company said.",
        "The update addresses eight vulnerabilities in the operating system, the company said.",
    )
    assert _values(clash) == {"11 security flaws", "eight vulnerabilities"}


def test_things_counted_in_sentences_naming_different_makers_are_two_facts() -> None:
    # common words alone ("patch", "fixes") do not join two companies' products
    assert not _conflicts(
        "Quorix's patch fixes 11 security flaws in its Vela operating system, the company said.",
        "Veltra's patch fixes eight flaws in its Tern browser, the company said.",
    )


def test_a_bullet_that_strikes_someone_shoots_them() -> None:
    for struck in (
        "A stray bullet struck Ana Morrow outside her Harlow home on May 3.",
        "Ana Morrow was struck by a stray bullet outside her Harlow home on May 3.",
    ):
        (clash,) = _conflicts(struck, "Ana Morrow was shot outside her Harlow home on May 10.")
        assert _values(clash) == {"May 3", "May 10"}
    # a storm's striking is no shooting
    assert _one("The storm struck Harlow on May 3, flooding homes.", "date").verb == "hit"


def test_the_person_a_sentence_calls_by_an_age_alone_is_the_one_of_that_age_the_article_names() -> None:
    told = "Prosecutors said Ivo Brandt fired the bullet that struck Ana Morrow on May 29."
    lede = "Last spring a stray bullet killed 10-year-old Ana Morrow in Harlow."
    later = "The 10-year-old was shot on the night of May 22 while she played outside her home."
    (clash,) = _conflicts(f"{lede}\n{later}", told)
    assert _values(clash) == {"May 22", "May 29"}
    shot = [c for c in claims_of(f"{lede}\n{later}") if c.value == "May 22"]
    assert {"ana", "morrow"} <= set(shot[0].sentence_names)
    # two people of that age: which one is meant is not known
    two = "Last spring a stray bullet killed 10-year-old Ana Morrow in Harlow, and 10-year-old Lia Kell was hurt."
    assert not _conflicts(f"{two}\n{later}", told)
    # an age no one named holds names no one
    assert not _conflicts(f"Last spring a stray bullet killed Ana Morrow, 11, in Harlow.\n{later}", told)


def test_the_person_a_sentence_calls_by_a_family_alone_is_the_one_the_article_so_describes() -> None:
    told = "Ivo Brandt was found guilty of slaying Ana Morrow, 34, in October 2011."
    later = "Prosecutors showed video at the trial of two men accused of killing a Harlow mother of 12 in July 2011."
    for tie in (
        "Trial of Harlow mother of 12, Ana Morrow, hears from police",  # a headline ties her too
        "Ana Morrow, 34, a mother of 12, was walking her daughter to school.",
    ):
        (clash,) = _conflicts(told, f"{tie}\n{later}")
        assert _values(clash) == {"October 2011", "July 2011"}
    # no one so described, or two: the description names no one
    assert not _conflicts(told, f"Yesterday, a mother of 12 spoke to the jury.\n{later}")
    two = "Ana Morrow, a mother of 12, and Lia Kell, a mother of 12, were both shot."
    assert not _conflicts(told, f"{two}\n{later}")


def test_a_short_clause_wholly_inside_another_with_its_doing_and_name_dates_one_doing() -> None:
    (clash,) = _conflicts(
        "Brandt faces up to 10 years in prison when he is sentenced on June 2.",
        "Brandt will be sentenced on June 9, prosecutors said.",
        dates=(dt.date(2010, 5, 4), dt.date(2010, 5, 4)),
    )
    assert _values(clash) == {"June 2", "June 9"}
    # another person, or a clause with a word the other lacks, is another doing
    assert not _conflicts("Brandt was released on June 2.", "Kell was released on June 9.")
    assert not _conflicts("Brandt was sentenced on June 2 for theft.", "Brandt was sentenced on June 9 for fraud.")


def test_verbs_of_two_words_tell_their_action() -> None:
    (clash,) = _conflicts(
        "Thieves stole $2 million in cash from the Harlow bank on Friday.",
        "The robbers made off with $5 million in cash from the bank in Harlow on Friday.",
    )
    assert _values(clash) == {"$2 million", "$5 million"}
    assert _one("The gunman opened fire in the mall at 9:15 a.m.", "time").verb == "shoot"
    assert _one("Mara Quint passed away on May 3 at her home in Harlow.", "date").verb == "kill"
    # "made" alone is no theft
    assert _one("The bank made $5 million in profit on Friday.", "money").verb != "steal"


def test_an_age_is_told_as_of_the_story_not_of_the_event_its_clause_sets_it_against() -> None:
    (clash,) = _conflicts(
        "Ivo Brandt, 34, had not fought in 14 months after losing to Tom Kell in January 2008.",
        "Brandt, who is 39, was returning after a year out of the ring following a loss to Tom Kell.",
    )
    assert _values(clash) == {"34", "39"}
    # an age told with a year of its own clause is that year's
    assert not _conflicts("Mara Quint died on Thursday at 91.", "Her husband, Tom Quint, died in 2001 at 78.")


def test_an_irregular_past_after_and_parts_the_clauses_of_two_dates() -> None:
    claims = claims_of("Born in 1923 in Marden, Quint began acting at 17 and made her first film in 1942.")
    (born,) = [c for c in claims if c.value == "1923"]
    assert "film" not in born.terms
    assert born.era == ""


def test_a_verb_past_a_comma_after_a_date_is_the_sentences_not_the_dates() -> None:
    won = "Mara Quint, the actress who starred in 40 films and won an Oscar in 1961, died on Thursday in Harlow."
    # (the sentence tells a second date: the weekday Quint died)
    assert {c.value: c.verb for c in claims_of(won) if c.kind is Kind.DATE} == {"1961": "win", "Thursday": "kill"}
    (clash,) = _conflicts(won, "Quint won the best actress Oscar in 1971 for her role in a war film.")
    assert _values(clash) == {"1961", "1971"}


def test_a_capitalized_word_inside_a_sentence_is_a_name_not_an_action() -> None:
    # "Hurt" and "Strike" are surnames here, not injuring or striking
    assert _one("Actor William Hurt opened the new theatre in Harlow on May 3.", "date").verb == ""
    assert _one("Ana Strike was hired by the Hawks on May 3.", "date").verb == ""


def test_weights_compare_across_units_and_pounds_weigh_only_when_weighing() -> None:
    (clash,) = _conflicts(
        "Police seized 2 tonnes of cocaine in Harlow on Monday.",
        "Police seized 6,600 pounds of cocaine in Harlow on Monday.",
    )
    assert _values(clash) == {"2 tonnes", "6,600 pounds"}
    assert not _conflicts(
        "Police seized 2 tonnes of cocaine in Harlow on Monday.",
        "Police seized 4,400 pounds of cocaine in Harlow on Monday.",
    )
    assert _one("The new laptop weighs 4.5 pounds.", "weight").normalized == "2.04 kg"
    # pounds that pay
    assert _one("The fine was 500 pounds.", "money").normalized == "GBP 500"
    assert _one("The city got 5 million pounds of funding.", "money").normalized == "GBP 5000000"


def test_an_ordinal_counts_occurrences_of_a_doing() -> None:
    assert _one("Mara Quint will make her second appearance as host.", "ordinal").noun == "appearance"
    defence = _one("It was the champion's 24th successful defence of the title.", "ordinal")
    assert (defence.value, defence.noun, defence.low) == ("24th successful defence", "defense", 24.0)
    assert not [c for c in claims_of("Kerimov won a second term in 2012.") if c.unit == "ordinal"]  # one more
    (clash,) = _conflicts(
        "Mara Quint will host the awards for the second time, the academy said.",
        "Quint will host the awards for the third time, her publicist said.",
    )
    assert _values(clash) == {"second time", "third time"}
    # counted over two windows
    assert not _conflicts(
        "The quake was the second time this year that a strong tremor hit Harlow.",
        "It was the third time this month that Harlow was hit by a strong tremor.",
        dates=(dt.date(2013, 8, 2), dt.date(2013, 8, 2)),
    )
