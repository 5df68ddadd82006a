"""SARIF 2.1.0 reporter, for GitHub code scanning and other static-analysis dashboards.

One result per conflict, located at the claim that is new, with the other sources as
related locations. The conflict's fingerprint is ``partialFingerprints.primaryLocationLineHash``
so that code scanning tracks it across runs; acknowledged conflicts carry an external
suppression with the reason from claims.yaml.
"""

from __future__ import annotations

from typing import Any, TextIO

from .. import __version__
from ..model import Claim, Kind, Report, Severity
from ._common import message, to_json

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/factcheck/"

_RULES: dict[Kind, tuple[str, str, str]] = {
    Kind.QUANTITY: (
        "QuantityConflict",
        "Sources state incompatible numbers for one fact.",
        "Two articles give counts, amounts, percentages or measures of the same thing that "
        "cannot both be true, even with their hedges ('about', 'more than') read as ranges. "
        "Check which source is right, correct the article, or acknowledge the difference "
        "with a reason in claims.yaml (factcheck baseline).",
    ),
    Kind.DATE: (
        "DateConflict",
        "Sources give different dates or times for one event.",
        "Two articles date the same event differently (day, month, year or clock time). "
        "A day apart may be two time zones and is reported as a warning. Check the event's "
        "date, correct the article, or acknowledge the difference in claims.yaml.",
    ),
    Kind.NAMED: (
        "NamedConflict",
        "Sources name different people or places for one fact.",
        "Two articles name different people in a one-holder role, different signatories or "
        "places of one event, or different speakers of one quotation. Spelling variants "
        "and partial names are not conflicts. Check the sources or acknowledge it in claims.yaml.",
    ),
}


def _rule_id(kind: Kind) -> str:
    return f"factcheck/{kind.value}-conflict"


def _location(c: Claim, ident: int | None = None) -> dict[str, Any]:
    loc: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": c.path.replace("\\", "/"), "uriBaseId": "%SRCROOT%"},
            "region": {
                "startLine": c.line,
                "startColumn": c.column,
                "endColumn": c.column + len(c.value),
                "snippet": {"text": c.sentence},
            },
        },
        "message": {"text": f"{c.value} ({c.published.isoformat() if c.published else 'date unknown'})"},
    }
    if ident is not None:
        loc["id"] = ident
    return loc


def sarif_record(report: Report) -> dict[str, Any]:
    """Return the SARIF log of a run as plain data."""
    kinds = list(Kind)
    rules = [
        {
            "id": _rule_id(kind),
            "name": name,
            "shortDescription": {"text": short},
            "fullDescription": {"text": full},
            "help": {"text": full, "markdown": full},
            "defaultConfiguration": {"level": "error"},
            "properties": {"tags": ["fact-consistency"]},
        }
        for kind in kinds
        for name, short, full in [_RULES[kind]]
    ]
    results = []
    for g in report.conflicts:
        primary = g.primary()
        others = [c for c in g.claims if c is not primary]
        result: dict[str, Any] = {
            "ruleId": _rule_id(g.kind),
            "ruleIndex": kinds.index(g.kind),
            "level": "error" if g.severity is Severity.ERROR else "warning",
            "message": {"text": message(g)},
            "locations": [_location(primary)],
            "relatedLocations": [_location(c, k) for k, c in enumerate(others, start=1)],
            "partialFingerprints": {"primaryLocationLineHash": g.id},
            "baselineState": "new" if g.new else "unchanged",
            "properties": {"subject": g.subject, "gap": g.gap_days, "groupedBecause": g.reason},
        }
        if not g.new:
            result["suppressions"] = [
                {"kind": "external", "status": "accepted", "justification": g.acknowledged_reason or ""}
            ]
        results.append(result)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The folder factcheck ran in."}}},
                "results": results,
                "properties": {"staleAcknowledged": list(report.stale), "skippedFiles": list(report.warnings)},
            }
        ],
    }


def render(report: Report, out: TextIO, color: bool = False, verbose: bool = False) -> None:
    """Write the SARIF log as one JSON document."""
    out.write(to_json(sarif_record(report)))
