"""What every reporter says alike: how a claim is cited and what changed in a conflict."""

from __future__ import annotations

from ..model import Claim, Group, Report, Severity


def cite(c: Claim) -> str:
    """A claim as "value (path:line, date)"."""
    date = c.published.isoformat() if c.published else "date unknown"
    return f"{c.value} ({c.path}:{c.line}, {date})"


def message(g: Group) -> str:
    """One line saying what the conflict is: the fact, then every value and where."""
    text = f"{g.subject}: " + " vs ".join(cite(c) for c in g.claims)
    change = what_changed(g)
    return f"{text}. {change}" if change else text


def what_changed(g: Group) -> str:
    """For a conflict that grew since it was acknowledged, what it gained."""
    if not g.previous:
        return ""
    return f"Changed since acknowledged as {g.previous}: new " + "; ".join(g.changed)


def ordered(report: Report) -> list[Group]:
    """Conflicts, most severe first: new errors, new warnings, then acknowledged ones."""
    rank = {Severity.ERROR: 0, Severity.WARNING: 1, None: 2}
    return sorted(report.conflicts, key=lambda g: (not g.new, rank[g.severity]))
