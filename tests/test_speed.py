"""Cache, parallel extraction, blocking and hostile input (speed itself is measured in benchmarks/)."""

from __future__ import annotations

import re
import shutil
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import factcheck.pipeline as pipeline
from factcheck.cli import main
from factcheck.config import Settings
from factcheck.extract import extract_claims
from factcheck.group import group_claims
from factcheck.model import Article

from .conftest import CORPUS, claims_of_articles

FORMATS = Path(__file__).parent / "cases" / "formats"


@pytest.fixture
def many(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """40 articles (enough for the process pool): the sample corpus in variants, plus every format."""
    folder = tmp_path / "news"
    folder.mkdir()
    for n, file in enumerate(sorted(CORPUS.glob("*.txt")) * 8):
        text = file.read_text(encoding="utf-8")
        shift = n % 3  # some values differ between the variants
        text = re.sub(r"\b(\d\d)\b", lambda m, shift=shift: str(int(m.group(1)) + shift), text)
        (folder / f"{n:02d}_{file.name}").write_text(text, encoding="utf-8")
    for file in FORMATS.iterdir():
        shutil.copy(file, folder / file.name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return folder


def _check(*args: str) -> tuple[str, str]:
    result = CliRunner().invoke(main, ["check", "news", *args])
    assert result.exit_code in (0, 1), result.output
    return result.stdout, result.stderr


@pytest.fixture
def extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files extracted (not taken from the cache) during the test."""
    seen: list[str] = []
    real = pipeline.extract_file

    def counting(file: Path, shown: str, config):  # noqa: ANN001, ANN202
        seen.append(shown)
        return real(file, shown, config)

    monkeypatch.setattr(pipeline, "extract_file", counting)
    return seen


@pytest.mark.parametrize("fmt", ["json", "text", "sarif"])
def test_two_jobs_give_the_same_output_as_one_byte_for_byte(many: Path, fmt: str) -> None:
    one, _ = _check("--jobs", "1", "--no-cache", "--format", fmt)
    two, _ = _check("--jobs", "2", "--no-cache", "--format", fmt)
    assert one == two
    assert '"status": "conflict"' in one or "conflict" in one.lower()


def test_extracts_packed_by_workers_are_read_back_as_made_in_process(many: Path, extractions: list[str]) -> None:
    _check("--jobs", "2", "--format", "json")  # workers pack every extract into the cache
    first = sorted(many.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nOfficials said 12 delegates attended.\n", encoding="utf-8")
    cached, _ = _check("--jobs", "1", "--format", "json")  # the others come from the cache
    assert extractions == [f"news/{first.name}"]
    fresh, _ = _check("--jobs", "1", "--no-cache", "--format", "json")
    assert cached == fresh


def test_a_warm_run_extracts_nothing_and_says_the_same(many: Path, extractions: list[str]) -> None:
    cold, _ = _check("--jobs", "1", "--format", "json")
    assert len(extractions) == 44
    warm, _ = _check("--jobs", "1", "--format", "json")
    assert warm == cold
    assert len(extractions) == 44  # nothing extracted again
    assert (many.parent / ".factcheck_cache" / "factcheck.sqlite3").is_file()


def test_only_a_changed_file_is_extracted_again(many: Path, extractions: list[str]) -> None:
    _check("--jobs", "1")
    first = len(extractions)
    target = many / "article.txt"
    target.write_text(target.read_text(encoding="utf-8").replace("18 months", "20 months"), encoding="utf-8")
    out, _ = _check("--jobs", "1", "--format", "json")
    assert extractions[first:] == ["news/article.txt"]
    assert '"20 months"' in out


def test_changed_settings_or_another_name_miss_the_cache(many: Path, extractions: list[str]) -> None:
    _check("--jobs", "1")
    first = len(extractions)
    (many.parent / "claims.yaml").write_text("settings:\n  tolerances:\n    about: 0.2\n")
    _check("--jobs", "1")
    assert len(extractions) == 2 * first
    (many / "article.txt").rename(many / "renamed.txt")
    _check("--jobs", "1")
    assert extractions[2 * first :] == ["news/renamed.txt"]


def test_no_cache_leaves_no_cache_behind(many: Path, extractions: list[str]) -> None:
    _check("--no-cache", "--jobs", "1")
    _check("--no-cache", "--jobs", "1")
    assert len(extractions) == 88
    assert not (many.parent / ".factcheck_cache").exists()


def test_cache_dir_option_and_setting(many: Path) -> None:
    _check("--cache-dir", "elsewhere")
    assert (many.parent / "elsewhere" / "factcheck.sqlite3").is_file()
    (many.parent / "claims.yaml").write_text("cache_dir: .cache/fc\n")
    _check()
    assert (many.parent / ".cache" / "fc" / "factcheck.sqlite3").is_file()


@pytest.mark.parametrize(
    "spoil",
    [
        lambda p: p.write_bytes(b"this is not a database at all" * 100),
        lambda p: sqlite3.connect(p).execute("CREATE TABLE photos (id INTEGER)").connection.commit(),
    ],
    ids=["garbage", "another program's database"],
)
def test_a_corrupt_or_foreign_cache_is_rebuilt_with_a_warning(many: Path, spoil, extractions: list[str]) -> None:
    expected, _ = _check("--no-cache", "--format", "json")
    folder = many.parent / ".factcheck_cache"
    folder.mkdir()
    spoil(folder / "factcheck.sqlite3")
    out, err = _check("--format", "json")
    assert out == expected
    assert "cache file is corrupt or not a factcheck cache" in err and "rebuilt" in err
    before = len(extractions)
    out, err = _check("--format", "json")
    assert out == expected and "cache" not in err
    assert len(extractions) == before


def test_a_block_over_the_cap_warns_and_stays_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.group._COMMON_KEY", 5)
    monkeypatch.setattr("factcheck.group._SMALL_BLOCK", 4)
    texts = [f"Officials said {n} delegates from Norway attended the harbor summit." for n in (10, 11, 12) * 4]
    warnings: list[str] = []
    group_claims(claims_of_articles(*texts), Settings(), warn=warnings.append)
    assert any("over the block cap of 5" in w and "'summit'" in w for w in warnings), warnings
    assert not any("'@'" in w for w in warnings)  # claims without a place share no key


def test_spelling_variants_are_found_in_large_blocks_as_in_small_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "The storm destroyed 40 warehouses in the Kalimantan district, officials said.",
        "The storm destroyed 40 warehouses in the Kalimantann district, officials said.",
    ]
    small = group_claims(claims_of_articles(*texts), Settings())
    monkeypatch.setattr("factcheck.group._SMALL_BLOCK", 0)
    large = group_claims(claims_of_articles(*texts), Settings())
    assert [g.id for g in small] == [g.id for g in large] and len(small) == 1


@pytest.fixture
def no_hang() -> Iterator[None]:
    """Fail, rather than hang the suite, if an extraction backtracks catastrophically."""

    def stop(_signum: int, _frame: object) -> None:
        raise TimeoutError("extraction did not finish within 20 s: catastrophic backtracking?")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


HOSTILE = {
    "digits and separators": "1,2.3,4 5-6/7 8,000.00, 9.9.9 ",
    "hedge words": "about roughly more than nearly up to at least some around over ",
    "capitalized words": "The Big Red Fox Jumped Over Seoul Tokyo Korea Japan Minister Kim ",
    "one line without spaces": "a1b2,c3.d4",
    "sentence fragments": "More than 35,000 U.S. troops, about 50,000. ",
    # sentences as long as prose may run, each holding hundreds of values (a scan per
    # value would be quadratic)
    "long sentences of times": "at 3 pm and " * 240 + "then.\n",
    "long sentences of tolls": "12 were hurt and " * 170 + "then.\n",
    "long sentences of signings": "signed by Ab Cd and Ef Gh, " * 105 + "then.\n",
    # every sentence describes someone the article names by that description elsewhere
    "people named by a description": "Ana Morrow, a mother of 12, met a Harlow mother of 12 in 2011.\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_is_extracted_without_backtracking(name: str, no_hang: None) -> None:
    # 50 KB here; benchmarks/scale.py --adversarial times the full 1 MB.
    # ending on a stop, as prose does (a line without one is furniture and never read)
    text = (HOSTILE[name] * (50_000 // len(HOSTILE[name]) + 1))[:49_999].rstrip() + "."
    claims = extract_claims(Article("x.txt", text), Settings())
    assert all(c.path == "x.txt" for c in claims)


def test_a_run_longer_than_any_sentence_is_not_read() -> None:
    from factcheck.extract.text import LONGEST_SENTENCE, body_sentences

    prose = "Officials said 12 people were hurt in the blast on Monday."
    run = "Officials said 12 people were hurt and " * (LONGEST_SENTENCE // 30) + "then."
    assert [s.text for s in body_sentences(f"{prose}\n{run}\n{prose}")] == [prose, prose]
    assert len(claims_of_articles(f"{prose} {run}")) == 1


def test_words_learnt_in_different_blocks_are_still_compared() -> None:
    from factcheck.group import Spelling

    spelling = Spelling(85)
    spelling.learn(["kalimantan", "warehouses"])
    spelling.learn(["kalimantann", "depots"])
    assert spelling.alike("kalimantan", "kalimantann")
    assert not spelling.alike("kalimantan", "warehouses")


def test_claims_from_another_process_share_their_words() -> None:
    import pickle

    texts = [f"Officials said {n} delegates from Norway attended the harbor summit." for n in (10, 11)]
    a, b = pickle.loads(pickle.dumps(claims_of_articles(texts[0]))) + pickle.loads(
        pickle.dumps(claims_of_articles(texts[1]))
    )
    assert a.terms == b.terms and a.terms is b.terms and a.sentence_names is b.sentence_names
    assert a.unit is b.unit and a.kind is b.kind and a.low == 10 and b.low == 11  # values stay themselves


def test_each_block_is_grouped_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.group as group

    texts = [
        "The storm destroyed 40 warehouses in the harbor district. It sank 3 ferries at the harbor pier.",
        "The storm destroyed 45 warehouses in the harbor district. It sank 5 ferries at the harbor pier.",
    ]
    seen: list[set[tuple[str, str, str]]] = []
    real = group._group_block

    def spy(items: list, *rest: object) -> list:
        seen.append({c.block for c in items})
        return real(items, *rest)

    monkeypatch.setattr(group, "_group_block", spy)
    found = group_claims(claims_of_articles(*texts), Settings())
    assert len(seen) >= 2 and all(len(blocks) == 1 for blocks in seen)
    assert {g.claims[0].noun for g in found} == {"warehous", "ferri"}


def test_roles_and_quotations_learn_no_spelling_variants(monkeypatch: pytest.MonkeyPatch) -> None:
    """Roles and quotations are linked as wholes: a large block of them compares no words
    (a quotation's one "word" is the whole quotation: near-identical ones made millions of pairs)."""
    import factcheck.group as group

    texts = [
        f'"We will not accept any delay in the talks on the harbor," said {who}, a spokesman. '
        f"Defense Minister {who} visited the harbor. Officials said {n} delegates attended the harbor summit."
        for n, who in ((10, "Amara Okafor"), (11, "Amara Okafor"), (12, "Daniel Brandt"))
    ]
    small = group_claims(claims_of_articles(*texts), Settings())
    learnt: list[str] = []
    learn = group.Spelling.learn

    def spy(self: group.Spelling, words: object) -> None:
        learnt.extend(words)  # type: ignore[call-overload]
        learn(self, words)  # type: ignore[arg-type]

    monkeypatch.setattr(group.Spelling, "learn", spy)
    monkeypatch.setattr("factcheck.group._SMALL_BLOCK", 0)
    large = group_claims(claims_of_articles(*texts), Settings())
    assert [g.id for g in small] == [g.id for g in large]
    assert {g.claims[0].unit for g in large} >= {"quote", "role", "count"}
    assert "summit" in learnt  # the count's block learns its words
    assert not any("harbor," in w or "delay" in w for w in learnt)  # no quotation is a word


def test_evolve_is_dataclasses_replace() -> None:
    """The hot path's copy-with-changes gives what dataclasses.replace gives, and leaves the original alone."""
    from dataclasses import replace

    (claim,) = claims_of_articles("Officials said 10 delegates from Norway attended the harbor summit.")
    changes = {"sentence_names": ("harbor", "norway"), "normalized": "11", "low": 11.0, "high": 11.0}
    assert claim.evolve(**changes) == replace(claim, **changes)  # type: ignore[arg-type]
    assert claim.normalized == "10" and claim.evolve() == claim and claim.evolve() is not claim


def test_blocks_grouped_in_other_processes_give_the_same_groups_and_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.group as group

    if not group._CAN_FORK:
        pytest.skip("no fork on this platform: blocks are grouped in this process")
    monkeypatch.setattr(group, "_PARALLEL_CLAIMS", 0)
    monkeypatch.setattr(group, "_COMMON_KEY", 5)  # warnings come from the other processes too
    monkeypatch.setattr(group, "_SMALL_BLOCK", 4)
    articles = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    texts = [*articles, *(f"Officials said {n} delegates from Norway attended the harbor summit." for n in range(12))]
    claims = claims_of_articles(*texts)
    calls: list[int] = []
    real = group._group_blocks_in_processes

    def counting(*args: object) -> object:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(group, "_group_blocks_in_processes", counting)
    one_warnings: list[str] = []
    two_warnings: list[str] = []
    one = group_claims(claims, Settings(), warn=one_warnings.append, jobs=1)
    two = group_claims(claims, Settings(), warn=two_warnings.append, jobs=2)
    assert calls == [1]
    assert one == two and one_warnings == two_warnings
    assert any(g.status.value == "conflict" for g in two) and two_warnings


def test_blocks_are_grouped_here_while_another_thread_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import factcheck.group as group

    monkeypatch.setattr(group, "_PARALLEL_CLAIMS", 0)
    forked: list[int] = []
    monkeypatch.setattr(group, "_group_blocks_in_processes", lambda *args: forked.append(1) or {})
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
        found = group_claims(claims_of_articles(*texts), Settings(), jobs=2)
    finally:
        stop.set()
        other.join()
    assert forked == [] and found


def test_what_the_cache_stores_comes_back_equal_and_frozen(tmp_path: Path) -> None:
    """Claims, articles, groups, reports and extracts pickled by their slots (see
    ``model.pickled_by_slots`` and ``Claim.__reduce__``) unpickle equal, of their own
    class, and still frozen."""
    import pickle
    from dataclasses import FrozenInstanceError

    from factcheck.config import load_config
    from factcheck.model import Claim, Report
    from factcheck.pipeline import check, extract_file

    texts = [
        "Officials said 10 delegates from Norway attended the harbor summit in Marden.",
        "Officials said 14 delegates from Norway attended the harbor summit in Marden.",
    ]
    for n, text in enumerate(texts):
        (tmp_path / f"{n}.txt").write_text(text + "\n", encoding="utf-8")
    config = load_config(None)
    report = check([tmp_path], config, base=tmp_path)
    extracted = extract_file(tmp_path / "0.txt", "0.txt", config)
    assert report.groups and report.claims and report.articles and extracted.claims
    for value in (report, extracted, report.groups[0], report.articles[0], report.claims[0]):
        again = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        assert again == value and type(again) is type(value)
    claim = pickle.loads(pickle.dumps(report.claims[0]))
    assert type(claim) is Claim and hash(claim) == hash(report.claims[0])
    with pytest.raises(FrozenInstanceError):
        claim.value = "11"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        pickle.loads(pickle.dumps(report)).skipped = 3  # type: ignore[misc]
    assert isinstance(pickle.loads(pickle.dumps(report)), Report)


def test_a_run_pauses_the_garbage_collector_and_restores_it(tmp_path: Path) -> None:
    """Cyclic collection is paused while a run builds its claims (see
    ``pipeline._collecting_no_garbage``), and left as it was found."""
    import gc

    from factcheck.config import load_config
    from factcheck.pipeline import check

    (tmp_path / "a.txt").write_text("Officials said 10 delegates attended the harbor summit.\n", encoding="utf-8")
    seen: list[bool] = []
    config = load_config(None)
    was = gc.isenabled()
    try:
        gc.enable()
        check([tmp_path], config, base=tmp_path, progress=lambda done, total: seen.append(gc.isenabled()))
        assert gc.isenabled() and seen and not any(seen)
        gc.disable()
        check([tmp_path], config, base=tmp_path)
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()
