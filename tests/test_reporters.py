"""SARIF, GitHub annotations and Markdown: shape, escaping, limits, and one shared signature."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest

from factcheck import check, load_config
from factcheck.model import Claim, Group, Hedge, Kind, Report, Severity, Status
from factcheck.reporters import REPORTERS
from factcheck.reporters import github as gh
from factcheck.reporters.sarif import sarif_record

from .conftest import CONFIG, CORPUS, ROOT

SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
# A new article that contradicts a fact the corpus agrees on (U.S. troops in South Korea).
NEW_ARTICLE = "About 40,000 U.S. troops are stationed in South Korea, the ministry said.\n"


@pytest.fixture
def mixed_report(tmp_path: Path) -> Report:
    """The sample corpus (acknowledged conflicts) plus an article that brings a new one."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in CORPUS.iterdir():
        (corpus / f.name).write_bytes(f.read_bytes())
    (corpus / "005_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    return check([corpus], load_config(CONFIG), base=tmp_path)


def _render(fmt: str, report: Report) -> str:
    out = io.StringIO()
    REPORTERS[fmt](report, out, False, False)
    return out.getvalue()


def _claim(value: str, path: str = "a.txt", line: int = 3) -> Claim:
    return Claim(
        kind=Kind.QUANTITY,
        path=path,
        line=line,
        column=5,
        sentence=f"Officials said {value} were there.",
        value=value,
        normalized=value,
        unit="count",
        hedge=Hedge.EXACT,
        low=1.0,
        high=1.0,
        subject="people, at the site",
        noun="person",
    )


def _conflict(ident: str, severity: Severity, value: str = "12") -> Group:
    return Group(
        id=ident,
        kind=Kind.QUANTITY,
        subject="people at the site",
        status=Status.CONFLICT,
        claims=(_claim("30", "a.txt", 7), _claim(value, "b.txt", 3)),
        reason="same thing counted",
        severity=severity,
    )


def test_every_format_has_the_same_signature_and_writes_something(mixed_report: Report) -> None:
    assert {"text", "json", "sarif", "github", "markdown"} <= REPORTERS.keys()
    for fmt in REPORTERS:
        assert _render(fmt, mixed_report).strip()


@pytest.mark.skipif(not SCHEMA.exists(), reason="the shared SARIF schema is not present")
def test_sarif_validates_against_the_schema(mixed_report: Report) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    doc = json.loads(_render("sarif", mixed_report))
    jsonschema.validate(doc, schema)


def test_sarif_locates_results_at_the_new_claim_and_suppresses_acknowledged(mixed_report: Report) -> None:
    run = sarif_record(mixed_report)["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == ["factcheck/quantity-conflict", "factcheck/date-conflict", "factcheck/named-conflict"]
    results = run["results"]
    new = [r for r in results if r["baselineState"] == "new"]
    known = [r for r in results if r["baselineState"] == "unchanged"]
    assert len(new) == 1 and len(known) == 4
    where = new[0]["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == "corpus/005_new.txt"
    assert where["region"]["startLine"] == 1 and where["region"]["startColumn"] >= 1
    assert new[0]["relatedLocations"] and "suppressions" not in new[0]
    for r in results:
        assert rules[r["ruleIndex"]] == r["ruleId"]
        assert len(r["partialFingerprints"]["primaryLocationLineHash"]) == 16
        assert not r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("/")
    for r in known:
        (suppression,) = r["suppressions"]
        assert suppression["kind"] == "external" and suppression["justification"]


def test_github_escapes_data_and_properties() -> None:
    assert gh.escape_data("50% more\r\nlines") == "50%25 more%0D%0Alines"
    assert gh.escape_property("a: b, c%\n") == "a%3A b%2C c%25%0A"
    group = dataclasses.replace(_conflict("f" * 16, Severity.ERROR, "12% of 3,000:\nall"))
    line = gh.command("error", group)
    # located at the last source in path order (no dates, one claim per value)
    title = "factcheck%3A quantity conflict%3A people at the site"
    assert line.startswith(f"::error file=b.txt,line=3,col=5,title={title}::")
    assert "\n" not in line and "12%25 of 3,000:%0Aall" in line


def test_github_shows_the_most_severe_first_capped_then_a_summary() -> None:
    groups = tuple(_conflict(f"w{k:015d}", Severity.WARNING) for k in range(12)) + tuple(
        _conflict(f"e{k:015d}", Severity.ERROR) for k in range(13)
    )
    report = Report(groups=groups, articles=(), claims=())
    lines = _render("github", report).splitlines()
    levels = [line.split(" ", 1)[0] for line in lines]
    assert levels == ["::error"] * 10 + ["::warning"] * 10 + ["::notice"]
    assert "25 new conflicts (13 errors, 12 warnings)" in lines[-1] and "5 not annotated" in lines[-1]


def test_summaries_count_one_in_the_singular() -> None:
    report = Report(groups=(_conflict("e" * 16, Severity.ERROR),), articles=(), claims=(_claim("30"),))
    assert "0 articles, 1 claim, 1 conflict (1 new, 0 acknowledged), 0 agreeing groups" in _render("text", report)
    assert "1 new conflict (1 error, 0 warnings), 0 acknowledged, 0 stale acknowledgements" in _render("github", report)
    markdown = _render("markdown", report)
    assert "### factcheck: 1 new conflict\n" in markdown and "1 claim, 1 conflict (1 new" in markdown


def test_markdown_tables_new_and_folds_acknowledged(mixed_report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"):
        monkeypatch.delenv(key, raising=False)
    text = _render("markdown", mixed_report)
    assert text.startswith("### factcheck: 1 new conflict\n")
    new_rows = text.split("<details>")[0]
    assert "| 🔴 error |" in new_rows and "[corpus/005_new.txt:1](corpus/005_new.txt#L1)" in new_rows
    assert "2012-06-28" in new_rows  # publication dates of the sources
    assert "<summary>4 acknowledged conflicts</summary>" in text and "Real change over time" in text
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.com")
    monkeypatch.setenv("GITHUB_REPOSITORY", "team/news")
    monkeypatch.setenv("GITHUB_SHA", "abc123")
    assert "(https://github.com/team/news/blob/abc123/corpus/005_new.txt#L1)" in _render("markdown", mixed_report)


def test_markdown_cells_cannot_break_the_table() -> None:
    group = _conflict("a" * 16, Severity.ERROR, "12 | 13 <b>")
    text = _render("markdown", Report(groups=(group,), articles=(), claims=()))
    row = next(line for line in text.splitlines() if line.startswith("| 🔴"))
    assert "12 \\| 13 &lt;b&gt;" in row and row.count(" | ") == 3


@pytest.mark.parametrize(
    "value",
    [
        {"a": [], "b": {}, "c": [1, 2.5, None, True, "Café “quoted” \\ / \n\t"], "d": {"e": [{"f": -0.001}]}},
        {"big": 2**70, "text": "x"},  # beyond 64 bits: orjson refuses, the json module writes it
        {"lone": "\ud800"},  # a lone surrogate: likewise
    ],
)
def test_json_text_is_laid_out_as_the_json_module_would(value: object) -> None:
    from factcheck.reporters._common import to_json

    assert to_json(value) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"
