"""Markdown reporter: a pull-request comment.

New conflicts in a table (fact, each source's value with a file:line link and its
publication date); acknowledged ones folded under ``<details>``. Links point at the
commit being checked when GitHub Actions' environment names it, else they are relative.
"""

from __future__ import annotations

import os
from typing import TextIO

from ..model import Claim, Group, Report, Severity, counted
from ._common import describe_gap, ordered, what_changed


def _cell(text: str) -> str:
    """Text made safe for one table cell."""
    return " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def _link(c: Claim) -> str:
    server, repo, sha = (os.environ.get(k) for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"))
    path = c.path.replace("\\", "/")
    target = f"{server}/{repo}/blob/{sha}/{path}#L{c.line}" if server and repo and sha else f"{path}#L{c.line}"
    return f"[{_cell(path)}:{c.line}]({target.replace(' ', '%20').replace(')', '%29')})"


def _values(g: Group) -> str:
    return "<br>".join(f"**{_cell(c.value)}** — {_link(c)}" for c in g.claims)


def _dates(g: Group) -> str:
    return "<br>".join(c.published.isoformat() if c.published else "unknown" for c in g.claims)


def _new_table(groups: list[Group]) -> list[str]:
    lines = ["| | Fact | Values | Published |", "|---|---|---|---|"]
    for g in groups:
        level = "🔴 error" if g.severity is Severity.ERROR else "🟡 warning"
        fact = _cell(g.subject) + f"<br><sub>{g.kind.value} · {describe_gap(g.gap_days)} · `{g.id}`</sub>"
        change = what_changed(g)
        if change:
            fact += f"<br><sub>{_cell(change)}</sub>"
        lines.append(f"| {level} | {fact} | {_values(g)} | {_dates(g)} |")
    return lines


def render(report: Report, out: TextIO, color: bool = False, verbose: bool = False) -> None:
    """Write the comment."""
    groups = ordered(report)
    new = [g for g in groups if g.new]
    known = [g for g in groups if not g.new]
    lines = [f"### factcheck: {counted(len(new), 'new conflict')}", ""]
    lines.append(
        f"{counted(len(report.articles), 'article')}, {counted(report.claim_count, 'claim')}, "
        f"{counted(len(report.conflicts), 'conflict')} ({len(new)} new, {len(known)} acknowledged)."
    )
    lines.append("")
    if new:
        lines += _new_table(new)
        lines.append("")
        lines.append("Acknowledge a conflict: run `factcheck baseline`, then fill in its `reason:` in claims.yaml.")
        lines.append("")
    if known:
        lines += [f"<details><summary>{len(known)} acknowledged conflicts</summary>", ""]
        lines += ["| Fact | Values | Reason |", "|---|---|---|"]
        for g in known:
            lines.append(f"| {_cell(g.subject)} | {_values(g)} | {_cell(g.acknowledged_reason or '')} |")
        lines += ["", "</details>", ""]
    if report.stale:
        lines.append("Stale acknowledgements (no longer found; remove with `factcheck baseline --prune`): ")
        lines += [f"- `{ident}`" for ident in report.stale]
        lines.append("")
    if report.warnings:
        lines += [f"<details><summary>{report.skipped_summary or 'warnings'}</summary>", ""]
        lines += [f"- {_cell(w)}" for w in report.warnings]
        lines += ["", "</details>", ""]
    out.write("\n".join(lines).rstrip("\n") + "\n")
