"""Corpus stage: every input format, every encoding, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.config import Config, ConfigError, load_config
from factcheck.corpus import discover, load
from factcheck.model import Claim, Status
from factcheck.pipeline import check, extract_all

FORMATS = Path(__file__).parent / "cases" / "formats"
FILES = ("article.txt", "article.md", "article.html", "article.jsonl")

# Two articles that clearly disagree: the conflict every bad-input test must still see.
QUAKE_A = "The earthquake killed 12 people in the mountain town on Monday, officials said.\n"
QUAKE_B = "The earthquake killed 30 people in the mountain town on Monday, officials said.\n"


def _facts(claims: list[Claim] | tuple[Claim, ...]) -> set[tuple[str, str, str, str]]:
    return {(c.kind.value, c.subject, c.value, c.normalized) for c in claims}


def _claims_by_file(folder: Path, config: Config | None = None) -> dict[str, tuple[Claim, ...]]:
    extracted = extract_all([folder], config or Config(), base=folder)
    out: dict[str, list[Claim]] = {}
    for claim in extracted.claims:
        out.setdefault(claim.path.split("#")[0], []).append(claim)
    return {k: tuple(v) for k, v in out.items()}


@pytest.fixture
def quake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with a clear conflict between two plain-text articles; the cwd is its parent."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(QUAKE_A)
    (folder / "b.txt").write_text(QUAKE_B)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return folder


def _run(*args: str) -> tuple[int, str, dict]:
    """Run ``check --format json``; return the exit code, stderr and the parsed report."""
    result = CliRunner().invoke(main, ["check", *args, "--format", "json"])
    assert result.exit_code in (0, 1), result.output + result.stderr
    return result.exit_code, result.stderr, json.loads(result.stdout)


def _conflict_paths(doc: dict) -> list[set[str]]:
    return [{c["path"] for c in g["claims"]} for g in doc["groups"] if g["status"] == "conflict"]


def _quake_conflict_reported(doc: dict) -> bool:
    return any({"news/a.txt", "news/b.txt"} <= paths for paths in _conflict_paths(doc))


# --- one article, four formats -------------------------------------------------------


def test_the_same_article_in_every_format_gives_the_same_claims() -> None:
    by_file = _claims_by_file(FORMATS)
    assert sorted(by_file) == sorted(FILES)
    plain = _facts(by_file["article.txt"])
    assert len(plain) >= 8
    for name in FILES:
        assert _facts(by_file[name]) == plain, name


@pytest.mark.parametrize("name", ["article.txt", "article.md", "article.html"])
def test_every_claim_points_at_the_source_line_where_its_value_stands(name: str) -> None:
    lines = (FORMATS / name).read_text(encoding="utf-8").split("\n")
    for claim in _claims_by_file(FORMATS)[name]:
        line = lines[claim.line - 1]
        assert line[claim.column - 1 :].startswith(claim.value), (name, claim.line, claim.value)


def test_a_record_claim_points_at_the_record_line() -> None:
    claims = _claims_by_file(FORMATS)["article.jsonl"]
    assert {c.line for c in claims} == {1}
    assert {c.path for c in claims} == {"article.jsonl#harbor-bridge"}


def test_metadata_is_read_from_front_matter_html_and_records() -> None:
    articles = {a.path: a for a in extract_all([FORMATS], Config(), base=FORMATS).articles}
    for name in ("article.md", "article.html", "article.jsonl#harbor-bridge"):
        article = articles[name]
        assert article.published == dt.date(2023, 3, 14), name
        assert article.outlet == "The Harbor Gazette", name
        assert article.title == "Council votes to close Harbor Bridge for repairs", name
        assert article.url == "https://gazette.example/harbor-bridge", name
    assert articles["article.txt"].published == dt.date(2023, 3, 14)


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("Nov. 30, 2009", dt.date(2009, 11, 30)),
        ("Updated: July 2, 2013 15:01 IST", dt.date(2013, 7, 2)),
        ("Tue, 02 Jul 2013 12:28 CDT", dt.date(2013, 7, 2)),
        ("7:15 a.m. Dec. 7, 2009", dt.date(2009, 12, 7)),
        ("WEDNESDAY 03 JULY 2013", dt.date(2013, 7, 3)),
        ("12 January 2010 @ 09:29 pm", dt.date(2010, 1, 12)),
        ("Storm of March 3, 2009 remembered in the valley", None),  # a headline with a date
    ],
)
def test_a_dateline_above_the_story_is_its_publication_date(
    tmp_path: Path, dateline: str, published: dt.date | None
) -> None:
    body = "The county council voted on Monday to close the bridge for two weeks of repairs."
    (tmp_path / "a.txt").write_text(f"Council closes bridge\n\n{dateline}\n\n{body}\n", encoding="utf-8")
    [article] = extract_all([tmp_path], Config(), base=tmp_path).articles
    assert article.published == published


def test_a_date_below_the_first_prose_line_is_no_dateline(tmp_path: Path) -> None:
    body = "The county council voted on Monday to close the bridge for two weeks of repairs."
    (tmp_path / "a.txt").write_text(f"Council closes bridge\n\n{body}\n\nMarch 3, 2009\n", encoding="utf-8")
    [article] = extract_all([tmp_path], Config(), base=tmp_path).articles
    assert article.published is None


def test_page_furniture_scripts_comments_and_code_yield_no_claims() -> None:
    planted = {"7,000", "12", "40%", "$300", "6", "2,000", "$1.2 billion", "500", "26 months", "125", "90,000", "1,200"}
    for name, claims in _claims_by_file(FORMATS).items():
        assert not planted & {c.value for c in claims}, name


def test_a_folder_mixing_formats_reports_conflicts_across_formats(tmp_path: Path) -> None:
    for name in ("article.md", "article.html"):
        shutil.copy(FORMATS / name, tmp_path / name)
    record = json.loads((FORMATS / "article.jsonl").read_text(encoding="utf-8"))
    record["body"] = record["body"].replace("More than 60,000 vehicles", "About 25,000 vehicles")
    (tmp_path / "wire.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = check([tmp_path], Config(), base=tmp_path)
    conflicts = [g for g in report.groups if g.status is Status.CONFLICT]
    assert len(conflicts) == 1
    assert {c.path for c in conflicts[0].claims} == {"article.md", "article.html", "wire.jsonl#harbor-bridge"}
    assert {c.value for c in conflicts[0].claims} == {"More than 60,000 vehicles", "About 25,000 vehicles"}


# --- records ---------------------------------------------------------------------------


def test_json_list_records_are_articles_with_their_own_lines(tmp_path: Path) -> None:
    records = [{"id": "a", "text": QUAKE_A}, {"id": "b", "text": QUAKE_B}]
    (tmp_path / "dump.json").write_text(json.dumps(records, indent=2), encoding="utf-8")
    report = check([tmp_path], Config(), base=tmp_path)
    (conflict,) = report.conflicts
    assert sorted((c.path, c.line) for c in conflict.claims) == [("dump.json#a", 2), ("dump.json#b", 6)]


def test_record_field_names_come_from_claims_yaml(tmp_path: Path) -> None:
    cfg = tmp_path / "claims.yaml"
    cfg.write_text("input:\n  fields:\n    text: [story, body]\n    id: slug\n    date: when\n")
    rec = {"slug": "s1", "story": QUAKE_A, "when": "2024-05-06"}
    (tmp_path / "cms.jsonl").write_text(json.dumps(rec) + "\n" + json.dumps({"slug": "s2", "body": QUAKE_B}) + "\n")
    extracted = extract_all([tmp_path], load_config(cfg), base=tmp_path)
    assert {a.path: a.published for a in extracted.articles} == {
        "cms.jsonl#s1": dt.date(2024, 5, 6),
        "cms.jsonl#s2": None,
    }


def test_a_record_body_in_html_is_read_as_text(tmp_path: Path) -> None:
    rec = {"id": "x", "content": "<p>The earthquake killed <b>12</b> people in the mountain town, officials said.</p>"}
    (tmp_path / "x.jsonl").write_text(json.dumps(rec) + "\n")
    claims = extract_all([tmp_path], Config(), base=tmp_path).claims
    assert [c.value for c in claims if c.kind.value == "quantity"] == ["12 people"]


# --- encodings and line ends ------------------------------------------------------------

ENCODED = [
    ("utf-8-sig", lambda t: t.encode("utf-8-sig")),
    ("utf-16 with BOM", lambda t: t.encode("utf-16")),
    ("utf-16-be with BOM", lambda t: b"\xfe\xff" + t.encode("utf-16-be")),
    ("utf-16-le without BOM", lambda t: t.encode("utf-16-le")),
    ("cp1252", lambda t: t.replace("officials", "“officials”").replace("town", "café town").encode("cp1252")),
    ("CRLF", lambda t: t.replace("\n", "\r\n").encode()),
    ("CR", lambda t: t.replace("\n", "\r").encode()),
]


@pytest.mark.parametrize("label,encode", ENCODED, ids=[e[0] for e in ENCODED])
def test_every_encoding_and_line_end_gives_the_same_claims_and_lines(tmp_path: Path, label: str, encode) -> None:
    text = (FORMATS / "article.txt").read_text(encoding="utf-8")
    (tmp_path / "article.txt").write_bytes(encode(text))
    claims = _claims_by_file(tmp_path)["article.txt"]
    expected = _claims_by_file(FORMATS)["article.txt"]
    assert [(c.value, c.line) for c in claims] == [(c.value, c.line) for c in expected]


def test_cp1252_punctuation_and_euc_kr_are_decoded(tmp_path: Path) -> None:
    (tmp_path / "west.txt").write_bytes(
        "The mayor said “12 bridges” need work, at a cost of €40 million.\n".encode("cp1252")
    )
    korean = "서울 시청은 다리 12개를 보수한다고 밝혔다. 공사는 내년까지 계속된다.\n"
    (tmp_path / "east.txt").write_bytes((korean * 3 + QUAKE_A).encode("euc-kr"))
    west = load(tmp_path / "west.txt", "west.txt", Config()).documents[0].article.text
    east = load(tmp_path / "east.txt", "east.txt", Config()).documents[0].article.text
    assert "“12 bridges”" in west and "€40 million" in west
    assert east.startswith(korean) and QUAKE_A in east


# --- discovery ---------------------------------------------------------------------------


def test_discovery_is_recursive_skips_hidden_folders_and_unknown_suffixes(tmp_path: Path) -> None:
    for rel in ("a.txt", "sub/b.md", "sub/deeper/c.html", ".git/d.txt", "sub/.cache/e.txt", ".hidden.txt", "f.csv"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(QUAKE_A)
    shown = [s for _f, s in discover([tmp_path], Config().input, base=tmp_path).files]
    assert shown == ["a.txt", "sub/b.md", "sub/deeper/c.html"]


def test_include_and_exclude_globs_from_claims_yaml_and_the_command_line(quake: Path) -> None:
    (quake / "drafts").mkdir()
    (quake / "drafts" / "c.txt").write_text(QUAKE_B.replace("30", "45"))
    (quake / "notes.log").write_text(QUAKE_B.replace("30", "55"))
    (quake.parent / "claims.yaml").write_text("input:\n  exclude: ['drafts/**']\n")
    _code, _err, doc = _run("news")
    assert {c["path"] for g in doc["groups"] for c in g["claims"]} == {"news/a.txt", "news/b.txt"}
    _code, _err, doc = _run("news", "--include", "*.log", "--include", "*.txt")
    assert "news/notes.log" in {c["path"] for g in doc["groups"] for c in g["claims"]}
    _code, _err, doc = _run("news", "--exclude", "b.txt")
    assert doc["groups"] == []


def test_a_file_named_on_the_command_line_is_always_read(quake: Path) -> None:
    (quake / ".draft.log").write_text(QUAKE_B)
    (quake.parent / "claims.yaml").write_text("input:\n  exclude: ['*.log']\n")
    _code, _err, doc = _run("news/a.txt", "news/.draft.log")
    assert {"news/a.txt", "news/.draft.log"} in _conflict_paths(doc)


# --- bad input: one warning, the file skipped, the run goes on ------------------------------


def _bad_binary(folder: Path) -> None:
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)


def _bad_empty(folder: Path) -> None:
    (folder / "empty.txt").write_bytes(b"  \n\n")


def _bad_broken_html(folder: Path) -> None:
    (folder / "page.html").write_text("<!-- nothing but a comment -->")


def _bad_html_without_text(folder: Path) -> None:
    (folder / "page.html").write_text("<html><head><script>var n = 'Officials said 99 died.';</script></head></html>")


def _bad_json(folder: Path) -> None:
    (folder / "dump.json").write_text('[{"text": "The earthquake killed 44 people, officials said."}, {"te')


def _bad_symlink_loop(folder: Path) -> None:
    os.symlink("loop.txt", folder / "loop.txt")


def _bad_dangling_symlink(folder: Path) -> None:
    os.symlink("gone.txt", folder / "link.txt")


def _bad_folder_loop(folder: Path) -> None:
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")


def _bad_pipe(folder: Path) -> None:
    os.mkfifo(folder / "pipe.txt")


BAD = {
    "binary": (_bad_binary, "photo.txt: skipped: binary file"),
    "empty": (_bad_empty, "empty.txt: skipped: empty file"),
    "broken html": (_bad_broken_html, "page.html: skipped: broken HTML"),
    "html without text": (_bad_html_without_text, "page.html: skipped: broken HTML (no text found)"),
    "invalid json": (_bad_json, "dump.json: skipped: invalid JSON"),
    "symlink loop": (_bad_symlink_loop, "loop.txt: skipped: symbolic link loop"),
    "dangling symlink": (_bad_dangling_symlink, "link.txt: skipped: cannot read (broken symbolic link)"),
    "folder loop": (_bad_folder_loop, "up: skipped: symbolic link loop"),
    "pipe": (_bad_pipe, "pipe.txt: skipped: not a regular file"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_file_is_skipped_with_one_warning_and_the_run_goes_on(quake: Path, case: str) -> None:
    make, warning = BAD[case]
    make(quake)
    code, err, doc = _run("news")
    assert code == 1
    assert _quake_conflict_reported(doc)
    matching = [w for w in doc["warnings"] if warning in w]
    assert len(matching) == 1, doc["warnings"]
    assert doc["summary"]["skipped_files"] == 1
    assert warning in err


def test_a_file_over_the_size_limit_is_skipped(quake: Path) -> None:
    (quake.parent / "claims.yaml").write_text("input:\n  max_file_size: 1 KB\n")
    (quake / "huge.txt").write_text(QUAKE_A * 40)
    code, _err, doc = _run("news")
    assert code == 1 and _quake_conflict_reported(doc)
    assert doc["warnings"] == ["news/huge.txt: skipped: larger than the size limit (3.1 KB > 1 KB)"]


def test_an_unreadable_file_is_skipped(quake: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (quake / "secret.txt").write_text(QUAKE_B)
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # chmod 000 does not stop root, who runs CI
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, _err, doc = _run("news")
    assert code == 1 and _quake_conflict_reported(doc)
    assert doc["warnings"] == ["news/secret.txt: skipped: cannot read (Permission denied)"]


def test_invalid_json_lines_skip_only_their_record(quake: Path) -> None:
    good = json.dumps({"id": "ok", "text": QUAKE_B.replace("30", "47")})
    (quake / "feed.jsonl").write_text(good + "\n{not json\n[1, 2]\n" + json.dumps({"id": "empty", "title": "x"}) + "\n")
    code, _err, doc = _run("news")
    assert code == 1 and _quake_conflict_reported(doc)
    assert any("news/feed.jsonl#ok" in paths for paths in _conflict_paths(doc))
    assert doc["warnings"] == [
        "news/feed.jsonl:2: skipped: invalid JSON line (Expecting property name enclosed in double quotes at column 2)",
        "news/feed.jsonl:3: skipped: record is not a JSON object",
        "news/feed.jsonl:4: skipped: record has no text (looked for: text, body, content)",
    ]
    assert doc["summary"]["skipped_records"] == 3 and doc["summary"]["skipped_files"] == 0


def test_invalid_front_matter_warns_and_the_article_is_still_read(quake: Path) -> None:
    (quake / "c.md").write_text("---\ntitle: [unclosed\n---\n\n" + QUAKE_B.replace("30", "51"))
    _code, _err, doc = _run("news")
    assert any("news/c.md" in paths for paths in _conflict_paths(doc))
    assert len(doc["warnings"]) == 1 and doc["warnings"][0].startswith("news/c.md: front matter is not valid YAML")


def test_the_summary_counts_skipped_files(quake: Path) -> None:
    _bad_binary(quake)
    _bad_empty(quake)
    result = CliRunner().invoke(main, ["check", "news"])
    assert "2 files skipped" in result.output


def test_a_missing_path_on_the_command_line_is_a_usage_error(quake: Path) -> None:
    result = CliRunner().invoke(main, ["check", "news", "nowhere"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "factcheck: error: nowhere: no such file or folder"


@pytest.mark.parametrize(
    "yaml_text,message",
    [
        ("input:\n  max_file_size: huge\n", "claims.yaml:2:18: max_file_size must be a size"),
        ("input:\n  fields:\n    body: [x]\n", "claims.yaml:3:5: unknown key 'body' in input.fields"),
        ("input:\n  include: '*.txt'\n", "claims.yaml:2:12: input.include must be a list"),
    ],
)
def test_input_settings_are_validated_with_positions(tmp_path: Path, yaml_text: str, message: str) -> None:
    cfg = tmp_path / "claims.yaml"
    cfg.write_text(yaml_text)
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")) as info:
        load_config(cfg)
    assert str(info.value).startswith(str(tmp_path))


def test_a_teaser_box_inside_the_story_yields_no_claims() -> None:
    from factcheck.corpus.html import read_html

    story = "".join(f"<p>{s}</p>\n" for s in (QUAKE_A, "Rescue teams searched the valley through the night.") * 3)
    page = (
        "<html><body><article><h1>Quake</h1>\n"
        + story
        + '<div class="read-also"><p>Flood in the north leaves 4,000 families homeless, aid groups said.</p></div>\n'
        + story
        + "</article></body></html>"
    )
    text = read_html(page).text
    assert QUAKE_A.strip() in text
    assert "4,000" not in text
