"""The sample corpus: every forbidden trap of seeds.yaml as a negative case, and the known facts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from factcheck import check
from factcheck.config import Config
from factcheck.model import Report, Status

from .conftest import CORPUS, ROOT

SEEDS = ROOT.parent / "shared" / "gold" / "seeds.yaml"

# The traps of shared/gold/seeds.yaml, restated so the test runs without shared/.
FORBIDDEN = [
    ("*", "28,500", "*", "35,000|50,000"),
    ("*", "24|19", "000_*", "10"),
    ("*", "19|24", "003_*", "13"),
    ("003_*", "two", "003_*", "20"),
    ("*", "six", "*", "several"),
    ("000_*", "January 2011", "001_*", "early 2011"),
    ("002_*|003_*", "Moon Sang-gyun", "004_*", "Moon Sang"),
    ("002_*|003_*", "one year|90 days|four years", "002_*|003_*", "one month|90 days|another year"),
]


def _norm(text: str) -> str:
    return re.sub(r"[\s,\-]+", "", text.lower())


def _matches(report_claim: tuple[str, str], file: str, value: str) -> bool:
    path, val = report_claim
    name = Path(path).name
    files = file.split("|")
    return any(Path(name).match(f) for f in files) and any(_norm(v) in _norm(val) for v in value.split("|"))


@pytest.fixture(scope="module")
def report() -> Report:
    from factcheck.config import load_config

    return check([CORPUS], load_config(ROOT / "claims.yaml"), base=ROOT)


@pytest.mark.parametrize(("file_a", "value_a", "file_b", "value_b"), FORBIDDEN)
def test_trap_is_never_one_conflict(report: Report, file_a: str, value_a: str, file_b: str, value_b: str) -> None:
    for g in report.conflicts:
        pairs = [(c.path, c.value) for c in g.claims]
        side_a = [p for p in pairs if _matches(p, file_a, value_a)]
        side_b = [p for p in pairs if _matches(p, file_b, value_b) and p not in side_a[:1]]
        assert not (side_a and side_b), f"{g.subject}: {pairs}"


def _covering(report: Report, sides: list[tuple[str, str]], status: Status) -> list[str]:
    return [
        g.id
        for g in report.groups
        if g.status is status and all(any(_matches((c.path, c.value), f, v) for c in g.claims) for f, v in sides)
    ]


@pytest.mark.parametrize(
    "sides",
    [
        [("001_*", "35,000"), ("000_*|003_*", "50,000")],
        [("000_*", "24"), ("003_*", "19")],
        [("001_*", "Shin Kak-soo|Koichiro Gemba"), ("002_*", "Han Min-koo|Yasumasa Nagamine")],
    ],
)
def test_known_conflicts_are_each_one_group(report: Report, sides: list[tuple[str, str]]) -> None:
    assert len(_covering(report, sides, Status.CONFLICT)) == 1


@pytest.mark.parametrize(
    "sides",
    [
        [("000_*", "28,500"), ("001_*", "28,500"), ("003_*", "28,500")],
        [("000_*", "six"), ("003_*", "six")],
        [("002_*", "December 2014"), ("003_*", "December 2014"), ("004_*", "December 2014")],
        [("000_*", "1910"), ("001_*", "1910"), ("004_*", "1910")],
    ],
)
def test_agreements_are_agree_groups(report: Report, sides: list[tuple[str, str]]) -> None:
    assert len(_covering(report, sides, Status.AGREE)) == 1


def test_defense_minister_change_over_four_years_is_not_a_conflict(report: Report) -> None:
    for g in report.conflicts:
        values = {c.value for c in g.claims}
        assert not ({"Kim Kwan-jin", "Han Min-koo"} <= values)


def test_sample_baseline_acknowledges_every_conflict(report: Report) -> None:
    assert report.conflicts and not report.new_conflicts
    assert all(g.acknowledged_reason for g in report.conflicts)


@pytest.mark.skipif(not SEEDS.exists(), reason="shared/gold/seeds.yaml not beside the project")
def test_forbidden_list_matches_seeds_file() -> None:
    seeds = yaml.safe_load(SEEDS.read_text())
    assert len(seeds["cases"][0]["forbidden"]) == len(FORBIDDEN)


def test_default_config_runs_without_home_places() -> None:
    # Without claims.yaml, "here" matches no named place: 28,500 never meets 50,000.
    report = check([CORPUS], Config(), base=ROOT)
    for g in report.conflicts:
        values = {c.value for c in g.claims}
        assert not any("28,500" in v for v in values)
