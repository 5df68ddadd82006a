"""claims.yaml loading, validation errors with positions, and the baseline writer."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.baseline import update_baseline
from factcheck.config import CONFIG_VERSION, ConfigError, load_config
from factcheck.model import Group, Kind, Status


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(text)
    return path


def test_defaults_when_no_file() -> None:
    cfg = load_config(None)
    assert cfg.settings.tolerances.about == 0.10


def test_settings_and_sources_are_read(tmp_path: Path) -> None:
    cfg = load_config(
        _write(
            tmp_path,
            "version: 1\nsettings:\n  tolerances: {about: 0.2}\nsources:\n  a.txt: {published: 2016-11-23, home: Spain}\n",  # noqa: E501
        )
    )
    assert cfg.settings.tolerances.about == 0.2
    assert cfg.source("x/a.txt").home == "Spain"


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("version: 1\nsetings: {}\n", ":2:1:", "unknown key 'setings'"),
        ("version: 1\nsettings:\n  tolerances: {about: lots}\n", ":3:", "tolerances.about"),
        ("version: 1\nacknowledged:\n  - reason: x\n", ":3:5:", "needs an 'id'"),
        ("version: [1\n", ":2:1:", "invalid YAML"),
        ("version: 9\n", ":1:10:", "newer"),
        ("version: 1\nacknowledged:\n  - id: a\n  - id: a\n", ":4:", "duplicate"),
    ],
)
def test_errors_name_file_line_and_column(tmp_path: Path, text: str, where: str, words: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(_write(tmp_path, text))
    message = str(info.value)
    assert "claims.yaml" in message and where in message and words in message
    assert "\n" not in message


def _group(ident: str) -> Group:
    return Group(id=ident, kind=Kind.QUANTITY, subject="troops in Mali", status=Status.CONFLICT, claims=(), reason="")


def test_baseline_keeps_comments_reasons_and_order(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "# team notes\nversion: 1\nacknowledged:\n  - id: aaa\n    reason: checked by the desk  # keep\n    owner: jo\n",  # noqa: E501
    )
    change = update_baseline(path, [_group("bbb")])
    assert (change.added, change.pruned, change.upgraded) == (1, 0, True)
    text = path.read_text()
    # everything kept as written; only the version is raised to the current one
    assert text.startswith(
        f"# team notes\nversion: {CONFIG_VERSION}\nacknowledged:\n"
        "  - id: aaa\n    reason: checked by the desk  # keep\n    owner: jo\n"
    )
    data = yaml.safe_load(text)
    assert [e["id"] for e in data["acknowledged"]] == ["aaa", "bbb"]
    assert data["acknowledged"][0]["owner"] == "jo"


def test_baseline_fills_an_empty_list_and_creates_a_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "version: 1\nacknowledged: []\n")
    update_baseline(path, [_group("ccc")])
    assert [e["id"] for e in yaml.safe_load(path.read_text())["acknowledged"]] == ["ccc"]
    fresh = tmp_path / "new" / "claims.yaml"
    fresh.parent.mkdir()
    update_baseline(fresh, [_group("ddd")])
    assert load_config(fresh).acknowledged[0].id == "ddd"
