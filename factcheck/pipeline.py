"""Pipeline: read, extract, group, judge, and mark conflicts new or acknowledged."""

from __future__ import annotations

import gc
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import Any

from .cache import Cache, code_version, pack, unpack
from .cache import key as cache_key
from .config import Acknowledged, Config
from .corpus import Found, discover, load, locate
from .model import Article, Claim, Group, Report, Severity, Status, pickled_by_slots

Progress = Callable[[int, int], None]
# Files per task sent to a worker process, and extracts written to the cache at once.
_CHUNK = 16
_CACHE_BATCH = 500


@pickled_by_slots
@dataclass(frozen=True, slots=True)
class Extracted:
    """What one file gives, computed from that file alone: articles, claims, acronyms, warnings.

    Articles keep their metadata; their text is dropped once extracted, so a run holds
    claims, not whole corpora, in memory.
    """

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    acronyms: tuple[tuple[str, tuple[str, ...]], ...] = ()
    warnings: tuple[str, ...] = ()
    skipped: int = 0
    skipped_records: int = 0


def extract_file(file: Path, shown: str, config: Config) -> Extracted:
    """Read one file and extract the claims of each of its articles, placed on source lines."""
    from .extract import extract_claims, find_acronyms  # not imported by a run the cache serves whole

    loaded = load(file, shown, config)
    claims: list[Claim] = []
    acronyms: dict[str, tuple[str, ...]] = {}
    for doc in loaded.documents:
        claims.extend(locate(extract_claims(doc.article, config.settings), doc))
        for acronym, stems in find_acronyms(doc.article).items():
            acronyms.setdefault(acronym, stems)
    return Extracted(
        articles=tuple(replace(d.article, text="", lines=()) for d in loaded.documents),
        claims=tuple(claims),
        acronyms=tuple(acronyms.items()),
        warnings=loaded.warnings,
        skipped=loaded.skipped,
        skipped_records=loaded.skipped_records,
    )


def extract_all(
    paths: Sequence[Path],
    config: Config,
    base: Path | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
    cache: Cache | None = None,
) -> Extracted:
    """Extract every file under the given paths, in a stable order, merged into one result.

    Raises:
        CorpusError: a given path does not exist.
    """
    found, keys = _discover(paths, config, base, cache, jobs)
    return _extract(found, config, keys, progress, jobs, cache)


def check(
    paths: Sequence[Path],
    config: Config,
    base: Path | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
    cache: Cache | None = None,
) -> Report:
    """Run the whole pipeline on files and folders and return the report.

    Args:
        paths: folders (read recursively) and files.
        config: the loaded claims.yaml.
        base: paths in the report are relative to this folder (default: the cwd).
        progress: called with (files done, files in all) during extraction.
        jobs: worker processes for extraction (the output does not depend on it).
        cache: an open extraction cache. When the whole corpus is unchanged, the grouped
            report is taken from it, and ``Report.claims`` is then empty (``claim_count``
            still tells how many there were); acknowledgements are always applied afresh.
    """
    with _collecting_no_garbage():
        return _check(paths, config, base, progress, jobs, cache)


@contextmanager
def _collecting_no_garbage() -> Iterator[None]:
    """Pause the cyclic garbage collector for a run, and restore it after.

    A run builds claims to keep them (1.3 million for 100,000 articles), and what it
    drops holds no reference cycles: each full collection would walk every claim again
    and free nothing. Measured on 100,000 articles, that was a sixth of the time to load
    the claims from the cache and group them (70 s, 60 s without).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _check(
    paths: Sequence[Path],
    config: Config,
    base: Path | None,
    progress: Progress | None,
    jobs: int,
    cache: Cache | None,
) -> Report:
    found, keys = _discover(paths, config, base, cache, jobs)
    report_key = None
    if cache is not None and keys and None not in keys:
        report_key = cache_key(code_version(), _settings_key(config), *found.warnings, *(k or "" for k in keys))
    unmarked = cache.get_report(report_key) if cache is not None and report_key else None
    if not isinstance(unmarked, Report):
        from .group import group_claims  # not imported by a run the cache serves whole

        extracted = _extract(found, config, keys, progress, jobs, cache)
        notes: list[str] = []
        groups = group_claims(extracted.claims, config.settings, dict(extracted.acronyms), notes.append, jobs)
        unmarked = Report(
            groups=groups,
            articles=extracted.articles,
            claims=extracted.claims,
            warnings=extracted.warnings + tuple(notes),
            skipped=extracted.skipped,
            skipped_records=extracted.skipped_records,
            total_claims=len(extracted.claims),
        )
        if cache is not None and report_key:
            cache.put_report(report_key, replace(unmarked, claims=()))
    marked = mark_acknowledged(unmarked.groups, config.acknowledged)
    present = {g.id for g in marked if g.status is Status.CONFLICT}
    continued = {g.previous for g in marked if g.previous}
    stale = tuple(a.id for a in config.acknowledged if a.id not in present and a.id not in continued)
    return replace(unmarked, groups=marked, stale=stale)


def _discover(
    paths: Sequence[Path], config: Config, base: Path | None, cache: Cache | None, jobs: int
) -> tuple[Found, list[str | None]]:
    """The files to read, and the cache key of each (``None``: not cached)."""
    found = discover(paths, config.input, base)
    return found, _file_keys(found, config, cache, jobs)


def _settings_key(config: Config) -> str:
    """Every setting that changes what extraction or grouping gives."""
    return repr((config.settings, config.sources, config.input.fields, config.input.max_file_size))


def _file_keys(found: Found, config: Config, cache: Cache | None, threads: int = 1) -> list[str | None]:
    """The cache key of each file: its content, its name, the code and the settings."""
    if cache is None:
        return [None] * len(found.files)
    version, settings = code_version(), _settings_key(config)
    regular: list[int] = []
    infos: list[tuple[Path, os.stat_result]] = []
    for n, (file, _shown) in enumerate(found.files):
        try:
            info = file.stat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):
            regular.append(n)
            infos.append((file, info))
    keys: list[str | None] = [None] * len(found.files)
    for n, digest in zip(regular, cache.digests(infos, threads), strict=True):
        if digest:
            keys[n] = cache_key(version, settings, found.files[n][1], digest)
    return keys


def _extract(
    found: Found,
    config: Config,
    keys: list[str | None],
    progress: Progress | None,
    jobs: int,
    cache: Cache | None,
) -> Extracted:
    cached = cache.get_many([k for k in keys if k]) if cache is not None else {}
    parts: list[Extracted | None] = [cached.get(k) if k else None for k in keys]
    todo = [n for n, part in enumerate(parts) if part is None]
    total = len(parts)
    done = total - len(todo)
    if progress is not None and done:
        progress(done, total)
    fresh: list[tuple[str, bytes]] = []
    results = _extract_files([found.files[n] for n in todo], config, jobs, packing=cache is not None)
    for n, (part, packed) in zip(todo, results, strict=True):
        parts[n] = part
        key = keys[n]
        if key and packed is not None:
            fresh.append((key, packed))
        done += 1
        if progress is not None:
            progress(done, total)
        if cache is not None and len(fresh) >= _CACHE_BATCH:
            cache.put_many(fresh)
            fresh = []
    if cache is not None:
        cache.put_many(fresh)
    return _merge(found.warnings, [p for p in parts if p is not None])


def _extract_files(
    files: list[tuple[Path, str]], config: Config, jobs: int, packing: bool
) -> Iterator[tuple[Extracted, bytes | None]]:
    """Extract files in order, in ``jobs`` worker processes when there are enough of them;
    with ``packing``, each extract comes with its packed form for the cache."""
    if jobs <= 1 or len(files) < 2 * _CHUNK:
        for file, shown in files:
            part = extract_file(file, shown, config)
            yield part, pack(part) if packing else None
        return
    from concurrent.futures import ProcessPoolExecutor  # a warm or small run starts no process

    chunks = [files[i : i + _CHUNK] for i in range(0, len(files), _CHUNK)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for results in pool.map(_extract_chunk, chunks, [config] * len(chunks), [packing] * len(chunks)):
            # A packed extract is both what the cache stores and how it travels home.
            yield from ((unpack(r), r) for r in results) if packing else ((r, None) for r in results)


def _extract_chunk(files: list[tuple[Path, str]], config: Config, packing: bool) -> list[Any]:
    """Extracts of some files, packed for the cache when ``packing`` (see ``_extract_files``)."""
    parts = [extract_file(file, shown, config) for file, shown in files]
    return [pack(p) for p in parts] if packing else parts


def _merge(discovery_warnings: Sequence[str], parts: Sequence[Extracted]) -> Extracted:
    articles: list[Article] = []
    claims: list[Claim] = []
    acronyms: dict[str, tuple[str, ...]] = {}
    warnings = list(discovery_warnings)
    skipped = len(discovery_warnings)
    skipped_records = 0
    for part in parts:
        articles.extend(part.articles)
        claims.extend(part.claims)
        for acronym, stems in part.acronyms:
            acronyms.setdefault(acronym, stems)
        warnings.extend(part.warnings)
        skipped += part.skipped
        skipped_records += part.skipped_records
    in_order = all(a.sort_key <= b.sort_key for a, b in pairwise(claims))  # files come sorted
    return Extracted(
        tuple(articles),
        tuple(claims if in_order else sorted(claims, key=lambda c: c.sort_key)),
        tuple(acronyms.items()),
        tuple(warnings),
        skipped,
        skipped_records,
    )


def mark_acknowledged(groups: Sequence[Group], acknowledged: Sequence[Acknowledged]) -> tuple[Group, ...]:
    """Mark each conflict new or acknowledged, and say what changed in a known one.

    A conflict whose fingerprint is not acknowledged, but that holds every value of an
    acknowledged entry that is no longer found, is that conflict with a new value or
    source: it is new again (it fails the gate), and ``changed`` lists what it gained.
    """
    known = {a.id: a for a in acknowledged}
    present = {g.id for g in groups if g.status is Status.CONFLICT}
    gone = [a for a in acknowledged if a.id not in present and a.values]
    out: list[Group] = []
    for g in groups:
        if g.status is not Status.CONFLICT:
            out.append(replace(g, new=False))
        elif g.id in known:
            out.append(replace(g, new=False, acknowledged_reason=known[g.id].reason))
        else:
            keys = set(g.keys)
            was = next((a for a in gone if a.kind in ("", g.kind.value) and _grew_from(a.values, keys)), None)
            if was is None:
                out.append(g)
            else:
                added = {k for k in keys if not any(_same_value(v, k) for v in was.values)}
                out.append(replace(g, previous=was.id, changed=tuple(sorted(added))))
    return tuple(out)


def _same_value(stored: str, key: str) -> bool:
    """Whether a value stored in claims.yaml names this claim.

    Earlier versions wrote a count without what it counts ("f.txt: about 6,000" for
    "about 6,000 people"): such an entry still names the claim.
    """
    return key == stored or key.startswith(stored + " ")


def _grew_from(stored: Sequence[str], keys: set[str]) -> bool:
    """Whether a conflict holds every stored value of an entry, and more."""
    matched = {k for k in keys for v in stored if _same_value(v, k)}
    return bool(stored) and all(any(_same_value(v, k) for k in keys) for v in stored) and matched < keys


def at_least(report: Report, severity: Severity) -> Report:
    """The report without the conflicts below ``severity`` (warnings, when errors are asked)."""
    if severity is Severity.WARNING:
        return report
    kept = tuple(g for g in report.groups if g.status is not Status.CONFLICT or g.severity is Severity.ERROR)
    return replace(report, groups=kept)


def extract_only(
    paths: Sequence[Path], config: Config, base: Path | None = None
) -> tuple[tuple[Claim, ...], tuple[str, ...], tuple[Article, ...]]:
    """Read and extract without grouping; returns (claims, warnings, articles)."""
    extracted = extract_all(paths, config, base)
    return extracted.claims, extracted.warnings, extracted.articles
