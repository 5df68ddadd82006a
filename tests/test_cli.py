"""The command line: exit codes first, then output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

from .conftest import CONFIG, CORPUS

# A new article that contradicts the corpus on U.S. troops in Japan.
CONTRADICTION = (
    "About 61,000 U.S. troops, mostly navy, air force and marines, are stationed in Japan, officials said.\n"
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(CORPUS, tmp_path / "corpus")
    shutil.copy(CONFIG, tmp_path / "claims.yaml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)  # the text report unless a test asks
    return tmp_path


def test_sample_corpus_exits_clean(project: Path) -> None:
    result = CliRunner().invoke(main, ["check", "corpus"])
    assert result.exit_code == 0, result.output
    assert "0 new" in result.output


def test_contradicting_article_exits_1(project: Path) -> None:
    (project / "corpus" / "005_new.txt").write_text(CONTRADICTION)
    result = CliRunner().invoke(main, ["check", "corpus"])
    assert result.exit_code == 1, result.output
    assert "NEW CONFLICT" in result.output


def test_update_baseline_then_clean(project: Path) -> None:
    (project / "corpus" / "005_new.txt").write_text(CONTRADICTION)
    before = (project / "claims.yaml").read_text()
    result = CliRunner().invoke(main, ["check", "corpus", "--update-baseline"])
    assert result.exit_code == 0, result.output
    after = (project / "claims.yaml").read_text()
    assert after.startswith(before.rstrip("\n"))  # nothing a person wrote is lost or moved
    assert CliRunner().invoke(main, ["check", "corpus"]).exit_code == 0


def test_malformed_config_exits_2_with_one_line(project: Path) -> None:
    (project / "claims.yaml").write_text("version: 1\nsettings: [oops\n")
    result = CliRunner().invoke(main, ["check", "corpus"])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line]
    assert len(lines) == 1 and "claims.yaml:" in lines[0] and "Traceback" not in result.output


def test_missing_folder_exits_2(project: Path) -> None:
    result = CliRunner().invoke(main, ["check", "no-such-folder"])
    assert result.exit_code == 2
    assert "no-such-folder" in result.output


def test_unknown_option_exits_2(project: Path) -> None:
    assert CliRunner().invoke(main, ["check", "--frobnicate"]).exit_code == 2


def test_json_contract(project: Path) -> None:
    result = CliRunner().invoke(main, ["check", "corpus", "--format", "json"])
    assert result.exit_code == 0
    doc = json.loads(result.output)
    assert doc["groups"]
    for g in doc["groups"]:
        assert {"id", "subject", "kind", "status", "new", "claims"} <= g.keys()
        assert g["kind"] in ("quantity", "date", "named") and g["status"] in ("conflict", "agree")
        for c in g["claims"]:
            assert {"path", "line", "value", "sentence", "normalized"} <= c.keys()
    values = {c["value"] for g in doc["groups"] for c in g["claims"]}
    assert "more than 35,000 U.S. troops" in values  # the value as written, hedge included


def test_claims_command_json(project: Path) -> None:
    result = CliRunner().invoke(main, ["claims", "corpus", "--format", "json"])
    assert result.exit_code == 0
    claims = json.loads(result.output)["claims"]
    assert any(c["value"] == "more than 35,000 U.S. troops" and c["kind"] == "quantity" for c in claims)


def test_no_color_env_means_plain_text(project: Path) -> None:
    result = CliRunner(env={"NO_COLOR": "1"}).invoke(main, ["check", "corpus"], color=True)
    assert "\x1b[" not in result.output


def test_bad_files_are_skipped_with_a_warning(project: Path) -> None:
    (project / "corpus" / "empty.txt").write_text("")
    (project / "corpus" / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    result = CliRunner().invoke(main, ["check", "corpus"])
    assert result.exit_code == 0, result.output
    for name in ("empty.txt", "binary.txt"):
        assert name in result.output
    assert "2 files skipped" in result.output


def test_a_run_the_cache_serves_whole_imports_no_extractor_nor_grouping(project: Path) -> None:
    """Start-up is most of a warm run: it must not compile the extractors' patterns."""
    import subprocess
    import sys

    argv = ["check", "corpus", "--format", "json", "--cache-dir", str(project / "cache")]
    probe = (
        "import sys\nfrom factcheck.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        "heavy = ['factcheck.extract.claims', 'factcheck.group', 'numpy', 'rich']\n"
        "print('LOADED', [m for m in heavy if m in sys.modules])\n"
    )
    runs = [subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True) for _ in (0, 1)]
    cold, warm = (r.stdout.splitlines()[-1] for r in runs)
    assert cold == "LOADED ['factcheck.extract.claims', 'factcheck.group']"  # the probe sees imports
    assert warm == "LOADED []"
