"""Reporters: one module per output format, all with the same ``render`` signature."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ..model import Report
from . import github, json_report, markdown, sarif

Renderer = Callable[[Report, TextIO, bool, bool], None]


def _text(report: Report, out: TextIO, color: bool, verbose: bool) -> None:
    """The terminal reporter, imported when it is used: rich takes a while to import, and
    a run for a script (``--format json``) never draws on a terminal."""
    from . import terminal

    terminal.render(report, out, color, verbose)


# format name -> render(report, out, color, verbose); feeds click.Choice in the CLI.
REPORTERS: dict[str, Renderer] = {
    "text": _text,
    "json": json_report.render,
    "sarif": sarif.render,
    "github": github.render,
    "markdown": markdown.render,
}
