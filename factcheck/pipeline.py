"""Pipeline: read, extract, group, judge, and mark conflicts new or acknowledged."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from .config import Acknowledged, Config
from .corpus import read_corpus
from .extract import extract_claims, find_acronyms
from .group import group_claims
from .model import Article, Claim, Group, Report, Severity, Status

Progress = Callable[[int, int], None]


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
        progress: called with (articles done, articles in all) during extraction.
    """
    corpus = read_corpus(paths, config, base)
    claims: list[Claim] = []
    acronyms: dict[str, tuple[str, ...]] = {}
    total = len(corpus.articles)
    for done, article in enumerate(corpus.articles, start=1):
        claims.extend(extract_claims(article, config.settings))
        for acronym, stems in find_acronyms(article).items():
            acronyms.setdefault(acronym, stems)
        if progress is not None:
            progress(done, total)
    groups = group_claims(claims, config.settings, acronyms)
    marked = mark_acknowledged(groups, config.acknowledged)
    present = {g.id for g in marked if g.status is Status.CONFLICT}
    continued = {g.previous for g in marked if g.previous}
    stale = tuple(a.id for a in config.acknowledged if a.id not in present and a.id not in continued)
    return Report(
        groups=marked,
        articles=corpus.articles,
        claims=tuple(sorted(claims, key=lambda c: c.sort_key)),
        warnings=corpus.warnings,
        stale=stale,
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
    corpus = read_corpus(paths, config, base)
    claims = [c for a in corpus.articles for c in extract_claims(a, config.settings)]
    return tuple(sorted(claims, key=lambda c: c.sort_key)), corpus.warnings, corpus.articles
