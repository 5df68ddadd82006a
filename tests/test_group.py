"""Grouping and conflict rules on made-up articles."""

from __future__ import annotations

import datetime as dt

from factcheck.config import Settings
from factcheck.conflicts import same_person
from factcheck.group import _full_names, _merged_reason, _surnames, group_claims
from factcheck.model import Group, Status

from .conftest import claims_of_articles


def _groups(*texts: str, dates: tuple[dt.date | None, ...] = ()) -> tuple[Group, ...]:
    return group_claims(claims_of_articles(*texts, dates=dates), Settings())


def test_same_fact_different_numbers_is_a_conflict() -> None:
    groups = _groups(
        "More than 4,000 French troops are stationed in Mali, officials said.",
        "Roughly 9,000 French troops are serving in Mali, the ministry said.",
    )
    assert [g.status for g in groups] == [Status.CONFLICT]


def test_hedged_value_inside_range_is_not_a_conflict() -> None:
    groups = _groups(
        "About 4,000 French troops are stationed in Mali, officials said.",
        "Some 4,200 French troops are serving in Mali, the ministry said.",
    )
    assert [g.status for g in groups] == [Status.AGREE]


def test_different_places_never_group() -> None:
    groups = _groups(
        "About 4,000 French troops are stationed in Mali, officials said.",
        "About 9,000 French troops are stationed in Chad, officials said.",
    )
    assert groups == ()


def test_different_qualifiers_do_not_group() -> None:
    groups = _groups(
        "The country has signed trade pacts with 24 nations, the ministry said.",
        "The country has a logistics agreement with 10 nations, the ministry said.",
    )
    assert groups == ()


def test_killed_and_injured_never_group() -> None:
    groups = _groups("The blast killed 12 people in the market.", "The blast injured 40 people in the market.")
    assert all(g.status is not Status.CONFLICT for g in groups)


def test_spelling_variants_are_one_person() -> None:
    s = Settings()
    assert same_person("moon sanggyun", "moon sanggyun", s)
    assert same_person("heidar alishvandi", "heydar alishbandi", s)
    assert same_person("lohan", "lindsay lohan", s)
    assert not same_person("anna berg", "eva stone", s)


def test_role_change_years_apart_is_history_not_conflict() -> None:
    groups = _groups(
        "Spanish Defense Minister Ana Lopez visited the base, officials said.",
        "Spanish Defense Minister Eva Stone visited the base, officials said.",
        dates=(dt.date(2012, 1, 1), dt.date(2016, 1, 1)),
    )
    assert all(g.status is not Status.CONFLICT for g in groups)


def test_same_role_two_people_same_week_is_a_conflict() -> None:
    groups = _groups(
        "Spanish Defense Minister Ana Lopez visited the base, officials said.",
        "Spanish Defense Minister Eva Stone visited the base, officials said.",
        dates=(dt.date(2016, 1, 1), dt.date(2016, 1, 3)),
    )
    assert [g.status for g in groups] == [Status.CONFLICT]


def test_grouping_does_not_depend_on_article_order() -> None:
    texts = (
        "More than 4,000 French troops are stationed in Mali, officials said.",
        "Roughly 9,000 French troops are serving in Mali, the ministry said.",
        "About 4,100 French troops are stationed in Mali, a source said.",
    )
    claims = claims_of_articles(*texts)
    forward = group_claims(claims, Settings())
    backward = group_claims(list(reversed(claims)), Settings())
    assert forward == backward


def test_fingerprint_ignores_lines_and_file_order() -> None:
    a = "Roughly 9,000 French troops are serving in Mali, the ministry said."
    b = "More than 4,000 French troops are stationed in Mali, officials said."
    one = _groups(a, b)
    two = _groups("\n\n" + b, "Intro line.\n\n" + a)
    assert [g.id for g in one] == [g.id for g in two]


def test_claims_told_alike_in_several_articles_are_judged_by_their_own_dates() -> None:
    """Claims that differ only in where they stand are judged once per pair of contents;
    what their dates of publication change (an age grows) must still be judged per pair."""
    first = "Dorian Falk, 49, was arrested in Harlow on Tuesday, police said."
    told = "Dorian Falk, 52, was arrested in Harlow on Tuesday, police said."

    def ages(*dates: dt.date) -> list[tuple[Status, list[str]]]:
        groups = _groups(first, told, told, dates=dates)
        return [(g.status, [c.value for c in g.claims]) for g in groups if g.claims[0].unit == "age"]

    # three years on Falk is 52; a month on he cannot be
    assert ages(dt.date(2009, 3, 2), dt.date(2012, 6, 1), dt.date(2009, 4, 1)) == [
        (Status.CONFLICT, ["49", "52", "52"])
    ]
    assert ages(dt.date(2009, 3, 2), dt.date(2012, 6, 1), dt.date(2012, 4, 1)) == [(Status.AGREE, ["49", "52", "52"])]


def test_a_group_gives_each_kind_of_evidence_once() -> None:
    # the links share different words ("border, guard"; "border"): one list of them
    groups = _groups(
        "More than 4,000 French troops are stationed in Mali to guard the northern border, officials said.",
        "Roughly 9,000 French troops are stationed in Mali to guard the border, the ministry said.",
        "About 4,000 French troops are stationed in Mali to fight rebels near the border, a spokesman said.",
    )
    [group] = [g for g in groups if g.kind.value == "quantity"]
    assert group.reason == (
        "same thing counted (troop); same action (station); same place (mali); "
        "shared words: border, guard; both sentences name: french, mali"
    )


def test_a_long_list_of_shared_words_is_cut_with_a_count() -> None:
    reasons = ["dates; shared words: " + ", ".join(f"w{k}" for k in range(10)), "dates; shared words: w9, x"]
    assert _merged_reason(reasons) == "dates; shared words: w9, w0, w1, w2, w3, w4, w5, w6 and 3 more"


def test_a_reason_given_many_times_weighs_as_often_as_it_was_given() -> None:
    """Each distinct reason is read once and its words counted as often as it was given:
    the same merge as reading every copy."""
    reasons = ["dates; shared words: harbor, summit"] * 3 + ["same day (friday); shared words: talks, summit"] * 2
    assert _merged_reason(reasons) == "dates; shared words: summit, harbor, talks; same day (friday)"
    # one reason given once more than another changes which words lead
    assert _merged_reason(["dates; shared words: b"] * 2 + ["dates; shared words: a"]) == "dates; shared words: b, a"


def test_full_names_keep_a_capital_inside_a_word() -> None:
    sentence = "The producers hired Seth MacFarlane, and Ellen DeGeneres will host in Veltra's Marden region."
    assert _full_names(sentence) == {"seth macfarlane", "ellen degeneres"}
    assert _surnames(sentence) == {"macfarlan", "degener", "marden"}
