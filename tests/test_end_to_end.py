"""Golden outputs on corpus/ with claims.yaml; refresh with: pytest --update-golden."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from factcheck import check, load_config
from factcheck.reporters import REPORTERS

from .conftest import CONFIG, CORPUS, ROOT

GOLDEN = Path(__file__).parent / "golden"


def _render(fmt: str) -> str:
    report = check([CORPUS], load_config(CONFIG), base=ROOT)
    out = io.StringIO()
    REPORTERS[fmt](report, out, False, True)
    return out.getvalue()


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("json", "corpus.json"),
        ("text", "corpus.txt"),
        ("sarif", "corpus.sarif"),
        ("github", "corpus.github.txt"),
        ("markdown", "corpus.md"),
    ],
)
def test_golden(fmt: str, name: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"):
        monkeypatch.delenv(key, raising=False)  # markdown links are relative outside Actions
    got = _render(fmt)
    path = GOLDEN / name
    if request.config.getoption("--update-golden"):
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


def test_output_is_deterministic() -> None:
    assert _render("json") == _render("json")


def test_golden_json_is_valid() -> None:
    doc = json.loads((GOLDEN / "corpus.json").read_text(encoding="utf-8"))
    assert doc["summary"]["new_conflicts"] == 0
