"""Pipeline: read, extract, group, judge, and mark conflicts new or acknowledged."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .config import Acknowledged, Config
from .corpus import discover, load, locate
from .extract import extract_claims, find_acronyms
from .group import group_claims
from .model import Article, Claim, Group, Report, Severity, Status

Progress = Callable[[int, int], None]


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
    paths: Sequence[Path], config: Config, base: Path | None = None, progress: Progress | None = None
) -> Extracted:
    """Extract every file under the given paths, in a stable order, merged into one result.

    Raises:
        CorpusError: a given path does not exist.
    """
    found = discover(paths, config.input, base)
    articles: list[Article] = []
    claims: list[Claim] = []
    acronyms: dict[str, tuple[str, ...]] = {}
    warnings = list(found.warnings)
    skipped = len(found.warnings)
    skipped_records = 0
    for done, (file, shown) in enumerate(found.files, start=1):
        part = extract_file(file, shown, config)
        articles.extend(part.articles)
        claims.extend(part.claims)
        for acronym, stems in part.acronyms:
            acronyms.setdefault(acronym, stems)
        warnings.extend(part.warnings)
        skipped += part.skipped
        skipped_records += part.skipped_records
        if progress is not None:
            progress(done, len(found.files))
    return Extracted(
        tuple(articles),
        tuple(sorted(claims, key=lambda c: c.sort_key)),
        tuple(acronyms.items()),
        tuple(warnings),
        skipped,
        skipped_records,
    )


def check(
    paths: Sequence[Path],
    config: Config,
    base: Path | None = None,
    progress: Progress | None = None,
) -> Report:
    """Run the whole pipeline on files and folders and return the report.

    Args:
        paths: folders (read recursively) and files.
        config: the loaded claims.yaml.
        base: paths in the report are relative to this folder (default: the cwd).
        progress: called with (files done, files in all) during extraction.
    """
    extracted = extract_all(paths, config, base, progress)
    groups = group_claims(list(extracted.claims), config.settings, dict(extracted.acronyms))
    marked = mark_acknowledged(groups, config.acknowledged)
    present = {g.id for g in marked if g.status is Status.CONFLICT}
    continued = {g.previous for g in marked if g.previous}
    stale = tuple(a.id for a in config.acknowledged if a.id not in present and a.id not in continued)
    return Report(
        groups=marked,
        articles=extracted.articles,
        claims=extracted.claims,
        warnings=extracted.warnings,
        stale=stale,
        skipped=extracted.skipped,
        skipped_records=extracted.skipped_records,
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
            was = next((a for a in gone if a.kind in ("", g.kind.value) and set(a.values) < keys), None)
            if was is None:
                out.append(g)
            else:
                out.append(replace(g, previous=was.id, changed=tuple(sorted(keys - set(was.values)))))
    return tuple(out)


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
