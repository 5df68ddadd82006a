"""JSON reporter: the canonical, machine-readable record of a run."""

from __future__ import annotations

from typing import Any, TextIO

from ..model import Claim, Group, Report, Status
from ._common import describe_gap, to_json


def claim_record(c: Claim) -> dict[str, Any]:
    """Return the JSON fields of one claim (shared by ``check`` and ``claims``)."""
    return {
        "path": c.path,
        "line": c.line,
        "column": c.column,
        "kind": c.kind.value,
        "subject": c.subject,
        "value": c.value,
        "normalized": c.normalized,
        "unit": c.unit,
        "hedge": c.hedge.value,
        "interval": [c.low, c.high] if c.low is not None else None,
        "place": c.place if not c.place.startswith("here@") else "here",
        "sentence": c.sentence,
        "published": c.published.isoformat() if c.published else None,
        "outlet": c.outlet,
    }


def group_record(g: Group) -> dict[str, Any]:
    """Return the JSON fields of one group."""
    return {
        "id": g.id,
        "subject": g.subject,
        "kind": g.kind.value,
        "status": g.status.value,
        "severity": g.severity.value if g.severity else None,
        "new": g.new,
        "acknowledged": g.acknowledged_reason is not None,
        "reason": g.acknowledged_reason,
        "grouped_because": g.reason,
        "gap_days": g.gap_days,
        "gap": describe_gap(g.gap_days),
        "changed": {"previous": g.previous, "added": list(g.changed)} if g.previous else None,
        "claims": [claim_record(c) for c in g.claims],
    }


def report_record(report: Report) -> dict[str, Any]:
    """Return the whole report as plain data."""
    conflicts = report.conflicts
    return {
        "version": 1,
        "summary": {
            "articles": len(report.articles),
            "claims": report.claim_count,
            "groups": len(report.groups),
            "conflicts": len(conflicts),
            "new_conflicts": len(report.new_conflicts),
            "acknowledged": sum(1 for g in conflicts if not g.new),
            "agreements": sum(1 for g in report.groups if g.status is Status.AGREE),
            "skipped_files": report.skipped,
            "skipped_records": report.skipped_records,
        },
        "groups": [group_record(g) for g in report.groups],
        "stale": list(report.stale),
        "warnings": list(report.warnings),
    }


def render(report: Report, out: TextIO, color: bool = False, verbose: bool = False) -> None:
    """Write the report as one JSON object."""
    # One write: json.dump would make hundreds of thousands of small ones on a large corpus.
    out.write(to_json(report_record(report)))
