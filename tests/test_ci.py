"""CI life: exit codes for every --fail-on, formats on the command line, and the baseline over time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from factcheck import cli
from factcheck.cli import main
from factcheck.config import CONFIG_VERSION

from .test_cli import CONTRADICTION, project  # noqa: F401 - the fixture

# Contradicts a fact the corpus agrees on (U.S. troops in South Korea): a brand-new conflict.
NEW_CONFLICT = "About 40,000 U.S. troops are stationed in South Korea, the ministry said.\n"


def _check(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner(env=env).invoke(main, ["check", "corpus", *args])
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("state", "fail_on", "code"),
    [
        ("acknowledged only", "new", 0),
        ("acknowledged only", "any", 1),
        ("acknowledged only", "never", 0),
        ("a new conflict", "new", 1),
        ("a new conflict", "any", 1),
        ("a new conflict", "never", 0),
        ("no conflict", "new", 0),
        ("no conflict", "any", 0),
        ("no conflict", "never", 0),
    ],
)
def test_exit_code_table(project: Path, state: str, fail_on: str, code: int) -> None:  # noqa: F811
    if state == "a new conflict":
        (project / "corpus" / "005_new.txt").write_text(NEW_CONFLICT)
    if state == "no conflict":
        for f in (project / "corpus").iterdir():
            f.unlink()
        (project / "corpus" / "a.txt").write_text("Officials said 12 people were hurt in the blast on Monday.\n")
        (project / "corpus" / "b.txt").write_text("Twelve people were hurt in the blast on Monday, officials said.\n")
    got, output = _check("--fail-on", fail_on)
    assert got == code, output


def test_click_errors_exit_2_never_1(project: Path) -> None:  # noqa: F811
    assert _check("--fail-on", "sometimes")[0] == 2
    assert _check("--format", "xml")[0] == 2
    assert CliRunner().invoke(main, ["frobnicate"]).exit_code == 2


def test_internal_error_is_one_line_and_exit_2(
    project: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def boom(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(cli, "check", boom)
    monkeypatch.setattr("sys.argv", ["factcheck", "check", "corpus"])
    with pytest.raises(SystemExit) as stop:
        cli.run()
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: RuntimeError: disk on fire" in err and "Traceback" not in err


def test_github_format_is_chosen_inside_actions(project: Path) -> None:  # noqa: F811
    (project / "corpus" / "005_new.txt").write_text(NEW_CONFLICT)
    code, output = _check(env={"GITHUB_ACTIONS": "true"})
    assert code == 1
    assert output.startswith("::error file=corpus/005_new.txt,line=1,")
    assert "::notice title=factcheck summary::" in output
    text = _check("--format", "text", env={"GITHUB_ACTIONS": "true"})[1]
    assert "NEW CONFLICT" in text and "::error" not in text


def test_output_file_gets_the_format_and_the_terminal_the_text(project: Path) -> None:  # noqa: F811
    code, output = _check("--format", "sarif", "--output", "report.sarif")
    assert code == 0 and "4 conflicts (0 new, 4 acknowledged)" in output
    doc = json.loads((project / "report.sarif").read_text())
    assert doc["version"] == "2.1.0"
    assert not list(project.glob(".report.sarif.*"))  # no temporary file left behind


def test_min_severity_error_hides_warnings(project: Path) -> None:  # noqa: F811
    # 31,500 vs "about 28,500": outside its reach, but within the 10% "about" tolerance: a warning
    (project / "corpus" / "005_new.txt").write_text(
        "The ministry said 31,500 U.S. troops are stationed in South Korea.\n"
    )
    code, output = _check("--format", "json")
    warned = [g for g in json.loads(output)["groups"] if g["new"]]
    assert code == 1 and warned and {g["severity"] for g in warned} == {"warning"}
    code, output = _check("--format", "json", "--min-severity", "error")
    assert code == 0 and not [g for g in json.loads(output)["groups"] if g["new"]]


def test_a_conflict_that_gains_a_value_is_new_again_and_says_what_changed(project: Path) -> None:  # noqa: F811
    (project / "corpus" / "005_new.txt").write_text(CONTRADICTION)
    code, output = _check("--format", "json")
    assert code == 1
    (changed,) = [g for g in json.loads(output)["groups"] if g["new"]]
    assert changed["changed"] == {"previous": "2c3e48927d367214", "added": ["005_new.txt: About 61,000 U.S. troops"]}
    assert "stale" in json.loads(output) and json.loads(output)["stale"] == []  # continued, not stale
    assert "Changed since acknowledged as 2c3e48927d367214: new 005_new.txt: About 61,000" in _check()[1]


def test_baseline_round_trip_keeps_reasons_comments_and_order(project: Path) -> None:  # noqa: F811
    config = project / "claims.yaml"
    text = config.read_text()
    text = text.replace("acknowledged:\n", "acknowledged:  # reviewed by the desk, keep\n", 1)
    text = text.replace(
        "reason: 'Real change over time:", "reason: 'Checked with the ministry on Monday. Real change over time:", 1
    )
    text = text.replace(
        "    reason: 'The 2012 signing planned for Tokyo",
        "    owner: desk-7  # who checked it\n    reason: 'The 2012 signing planned for Tokyo",
    )
    config.write_text(text)
    (project / "corpus" / "005_new.txt").write_text(NEW_CONFLICT)
    result = CliRunner().invoke(main, ["baseline", "corpus"])
    assert result.exit_code == 0, result.output
    after = config.read_text()
    assert after.startswith(text.rstrip("\n") + "\n")  # every byte a person wrote, in place
    entries = yaml.safe_load(after)["acknowledged"]
    before_ids = [e["id"] for e in yaml.safe_load(text)["acknowledged"]]
    assert [e["id"] for e in entries][:-1] == before_ids  # nothing reordered, one appended
    assert entries[-1]["reason"] == "" and entries[-1]["values"] and entries[-1]["kind"] == "quantity"
    assert entries[0]["reason"].startswith("Checked with the ministry on Monday.")
    assert "# reviewed by the desk, keep" in after and "owner: desk-7  # who checked it" in after
    assert _check()[0] == 0
    # a second run changes nothing
    CliRunner().invoke(main, ["baseline", "corpus"])
    assert config.read_text() == after


def test_stale_entries_are_listed_and_removed_only_with_prune(project: Path) -> None:  # noqa: F811
    (project / "corpus" / "001_15ef771c5bf63371.txt").unlink()  # its conflicts go away
    code, output = _check()
    assert code == 0 and output.count("stale:") == 3
    config = project / "claims.yaml"
    before = config.read_text()
    result = CliRunner().invoke(main, ["baseline", "corpus"])
    assert config.read_text() == before and result.output.count("stale:") == 3
    result = CliRunner().invoke(main, ["baseline", "corpus", "--prune"])
    assert "3 stale removed" in result.output
    left = yaml.safe_load(config.read_text())["acknowledged"]
    assert [e["id"] for e in left] == ["475efbba64192e62"]
    assert "# What a person knows about each article" in config.read_text()  # comments kept
    assert "stale:" not in _check()[1]


def test_an_older_file_version_is_upgraded_on_write_a_newer_refused(project: Path) -> None:  # noqa: F811
    config = project / "claims.yaml"
    config.write_text(config.read_text().replace(f"version: {CONFIG_VERSION}", "version: 1"))
    (project / "corpus" / "005_new.txt").write_text(NEW_CONFLICT)
    result = CliRunner().invoke(main, ["baseline", "corpus"])
    assert f"upgraded to version {CONFIG_VERSION}" in result.output
    assert yaml.safe_load(config.read_text())["version"] == CONFIG_VERSION
    config.write_text(config.read_text().replace(f"version: {CONFIG_VERSION}", "version: 99"))
    code, output = _check()
    assert code == 2 and "newer than this factcheck understands" in output


@pytest.mark.parametrize("command", [[], ["check"], ["baseline"], ["claims"]])
def test_every_help_ends_with_examples(command: list[str]) -> None:
    text = CliRunner().invoke(main, [*command, "--help"]).output
    tail = text.rstrip().split("\n\n")[-1].splitlines()
    assert tail[0] == "Examples:" and all(line.startswith("  factcheck") or "factcheck" in line for line in tail[1:])
    assert "Options:" in text and text.index("Options:") < text.index("Examples:")


def test_version_and_pre_commit_hook() -> None:
    from factcheck import __version__
    from tests.conftest import ROOT

    assert CliRunner().invoke(main, ["--version"]).output.strip() == f"factcheck, version {__version__}"
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["entry"] == "factcheck check" and hook["pass_filenames"] is False and hook["require_serial"] is True
