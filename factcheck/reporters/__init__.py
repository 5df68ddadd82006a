"""Reporters: one module per output format, all with the same ``render`` signature."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ..model import Report
from . import github, json_report, markdown, sarif, terminal

Renderer = Callable[[Report, TextIO, bool, bool], None]

# format name -> render(report, out, color, verbose); feeds click.Choice in the CLI.
REPORTERS: dict[str, Renderer] = {
    "text": terminal.render,
    "json": json_report.render,
    "sarif": sarif.render,
    "github": github.render,
    "markdown": markdown.render,
}
