"""Terminal reporter: conflicts first, each source's value highlighted, then a summary."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from ..model import Claim, Group, Report, Severity, Status, counted
from ._common import describe_gap, what_changed

# Below this many articles a run ends before a progress bar would help.
PROGRESS_AFTER_SECONDS = 1.0

WIDTH = 100


def _sentence(c: Claim) -> Text:
    """The claim's sentence with its value highlighted."""
    text = Text(c.sentence)
    start = c.sentence.find(c.value)
    if start >= 0:
        text.stylize("bold yellow", start, start + len(c.value))
    return text


def _group(console: Console, g: Group) -> None:
    if g.status is Status.CONFLICT:
        if g.new:
            label = "[bold red]NEW CONFLICT[/]" if g.severity is Severity.ERROR else "[bold yellow]NEW WARNING[/]"
        else:
            label = "[dim]acknowledged[/]"
    else:
        label = "[green]agree[/]"
    console.print(f"{label} [bold]{escape(g.subject)}[/] [dim]({g.kind.value}, {g.id}, {describe_gap(g.gap_days)})[/]")
    for c in g.claims:
        date = c.published.isoformat() if c.published else "date unknown"
        console.print(
            f"  [cyan]{escape(c.path)}:{c.line}[/] [dim]{date}[/]  "
            f"[bold]{escape(c.value)}[/]  [dim]→ {escape(c.normalized)}[/]"
        )
        console.print(Text("      ").append(_sentence(c)), overflow="fold")
    if g.previous:
        console.print(f"  [bold]{escape(what_changed(g))}[/]")
    if g.reason:
        console.print(f"  [dim]grouped: {escape(g.reason)}[/]")
    if g.acknowledged_reason:
        console.print(f"  [dim]acknowledged: {escape(g.acknowledged_reason)}[/]")
    console.print()


def render(report: Report, out: TextIO, color: bool = False, verbose: bool = False) -> None:
    """Write the human report: conflicts, then (verbose) agreements, then a summary."""
    console = Console(
        file=out,
        width=WIDTH,
        no_color=not color,
        color_system="standard" if color else None,
        force_terminal=color,
        highlight=False,
        soft_wrap=False,
    )
    for warning in report.warnings:
        console.print(f"[yellow]warning:[/] {escape(warning)}")
    for g in report.groups:
        if g.status is Status.CONFLICT or verbose:
            _group(console, g)
    for ident in report.stale:
        console.print(
            f"[yellow]stale:[/] acknowledged conflict {ident} is no longer found "
            "(remove it: factcheck baseline --prune)"
        )
    conflicts = report.conflicts
    new = report.new_conflicts
    agree = sum(1 for g in report.groups if g.status is Status.AGREE)
    summary = (
        f"{counted(len(report.articles), 'article')}, {counted(report.claim_count, 'claim')}, "
        f"{counted(len(conflicts), 'conflict')} ({len(new)} new, {len(conflicts) - len(new)} acknowledged), "
        f"{counted(agree, 'agreeing group')}"
    )
    if report.skipped_summary:
        summary += f", {report.skipped_summary}"
    console.print(f"[bold red]{summary}[/]" if new else f"[bold green]{summary}[/]")


def claims_table(claims: Sequence[Claim], out: TextIO, color: bool = False) -> None:
    """Write every extracted claim as a table."""
    console = Console(file=out, width=WIDTH + 40, no_color=not color, force_terminal=color, highlight=False)
    table = Table(show_lines=False, box=None, pad_edge=False)
    for col in ("location", "kind", "subject", "value", "normalized", "interval"):
        table.add_column(col, overflow="fold")
    for c in claims:
        interval = "" if c.low is None else f"[{c.low:g}, {c.high:g}]"
        table.add_row(f"{c.path}:{c.line}", c.kind.value, c.subject, c.value, c.normalized, interval)
    console.print(table)
    console.print(f"{len(claims)} claims")


@contextmanager
def progress_bar(err: TextIO) -> Iterator[Callable[[int, int], None] | None]:
    """Yield a progress callback drawing a bar on ``err`` when it is a terminal."""
    if not err.isatty():
        yield None
        return
    console = Console(file=err)
    with Progress(
        TextColumn("extracting files"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("extract", total=None, visible=False)
        start = time.monotonic()

        def update(done: int, total: int) -> None:
            # Only a run that lasts is worth a bar: it appears after about a second.
            bar.update(task, completed=done, total=total, visible=time.monotonic() - start >= PROGRESS_AFTER_SECONDS)
            if done >= total:
                bar.stop()  # extraction is over: its drawing thread ends before grouping forks

        yield update
