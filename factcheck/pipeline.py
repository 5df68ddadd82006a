"""Pipeline: read, extract, group, judge, and mark conflicts new or acknowledged."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from .config import Config
from .corpus import read_corpus
from .extract import extract_claims, find_acronyms
from .group import group_claims
from .model import Article, Claim, Report, Status

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
    known = {a.id: a for a in config.acknowledged}
    marked = tuple(
        replace(g, new=g.id not in known, acknowledged_reason=known[g.id].reason if g.id in known else None)
        if g.status is Status.CONFLICT
        else replace(g, new=False)
        for g in groups
    )
    present = {g.id for g in marked if g.status is Status.CONFLICT}
    stale = tuple(a.id for a in config.acknowledged if a.id not in present)
    return Report(
        groups=marked,
        articles=corpus.articles,
        claims=tuple(sorted(claims, key=lambda c: c.sort_key)),
        warnings=corpus.warnings,
        stale=stale,
    )


def extract_only(
    paths: Sequence[Path], config: Config, base: Path | None = None
) -> tuple[tuple[Claim, ...], tuple[str, ...], tuple[Article, ...]]:
    """Read and extract without grouping; returns (claims, warnings, articles)."""
    corpus = read_corpus(paths, config, base)
    claims = [c for a in corpus.articles for c in extract_claims(a, config.settings)]
    return tuple(sorted(claims, key=lambda c: c.sort_key)), corpus.warnings, corpus.articles
