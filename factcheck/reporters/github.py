"""GitHub Actions reporter: workflow commands that the runner shows as annotations.

GitHub shows at most 10 error and 10 warning annotations per step, so the most severe
new conflicts come first, at most that many of each, and one summary line ends the
output with the counts of everything (shown or not).
"""

from __future__ import annotations

from typing import TextIO

from ..model import Group, Report, Severity, counted
from ._common import message, ordered

# Annotations GitHub displays per step and level.
ANNOTATION_LIMIT = 10


def escape_data(text: str) -> str:
    """Escape a command's message as the runner expects (%, CR, LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command property value (the message escapes, plus ':' and ',')."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, g: Group) -> str:
    """The workflow command annotating one conflict at its new claim."""
    c = g.primary()
    props = {
        "file": c.path.replace("\\", "/"),
        "line": str(c.line),
        "col": str(c.column),
        "title": f"factcheck: {g.kind.value} conflict: {g.subject}",
    }
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{level} {joined}::{escape_data(message(g))}"


def render(report: Report, out: TextIO, color: bool = False, verbose: bool = False) -> None:
    """Write one annotation per new conflict (most severe first, capped), then a summary."""
    shown = {"error": 0, "warning": 0}
    new = [g for g in ordered(report) if g.new]
    for g in new:
        level = "error" if g.severity is Severity.ERROR else "warning"
        if shown[level] < ANNOTATION_LIMIT:
            out.write(command(level, g) + "\n")
            shown[level] += 1
    errors = sum(1 for g in new if g.severity is Severity.ERROR)
    warnings = len(new) - errors
    hidden = len(new) - sum(shown.values())
    summary = (
        f"factcheck: {counted(len(new), 'new conflict')} ({counted(errors, 'error')}, {counted(warnings, 'warning')}), "
        f"{len(report.conflicts) - len(new)} acknowledged, {counted(len(report.stale), 'stale acknowledgement')}, "
        f"{counted(len(report.articles), 'article')}"
    )
    if hidden:
        summary += f"; {hidden} not annotated (GitHub shows {ANNOTATION_LIMIT} per level): see the SARIF or JSON report"
    out.write(f"::notice title=factcheck summary::{escape_data(summary)}\n")
