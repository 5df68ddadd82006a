"""Command line: parse options, call the library, pick a reporter, set the exit code."""

from __future__ import annotations

import enum
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

import click

from . import __version__
from .baseline import update_baseline
from .config import Config, ConfigError, find_config, load_config
from .corpus import CorpusError
from .model import Report
from .pipeline import check, extract_only
from .reporters import REPORTERS
from .reporters.json_report import claim_record
from .reporters.terminal import claims_table, progress_bar


class ExitCode(enum.IntEnum):
    """What the exit status means to CI."""

    CLEAN = 0
    NEW_CONFLICTS = 1
    ERROR = 2


def _fail(message: str) -> NoReturn:
    click.echo(f"factcheck: error: {message}", err=True)
    sys.exit(ExitCode.ERROR)


def _use_color(flag: bool | None) -> bool:
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def _config(path: Path | None) -> Config:
    try:
        return load_config(path if path is not None else find_config(Path.cwd()))
    except ConfigError as exc:
        _fail(str(exc))


def _paths(paths: Sequence[Path]) -> list[Path]:
    return list(paths) or [Path(".")]


PATHS = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
CONFIG = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="claims.yaml to use (default: the nearest claims.yaml in this folder or a parent).",
)
COLOR = click.option(
    "--color/--no-color",
    default=None,
    help="Force or turn off colour (default: on a terminal, unless NO_COLOR is set).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
    """Find where articles about the same subject disagree.

    \b
    Examples:
      factcheck check corpus/
      factcheck check corpus/ --format json > report.json
      factcheck claims corpus/000_article.txt
      factcheck baseline corpus/
    """


@main.command("check")
@PATHS
@CONFIG
@click.option(
    "--format", "fmt", type=click.Choice(sorted(REPORTERS)), default="text", show_default=True, help="Output format."
)
@click.option("-v", "--verbose", is_flag=True, help="Also show groups whose sources agree.")
@click.option("--update-baseline", is_flag=True, help="Acknowledge every new conflict in claims.yaml (reasons kept).")
@COLOR
def check_cmd(
    paths: tuple[Path, ...],
    config_path: Path | None,
    fmt: str,
    verbose: bool,
    update_baseline: bool,
    color: bool | None,
) -> None:
    """Report conflicting facts across the articles in PATHS.

    Exits 0 when no new conflict is found, 1 when there is one, 2 on a usage or
    configuration error.

    \b
    Examples:
      factcheck check corpus/
      factcheck check corpus/ --verbose
      factcheck check corpus/ --format json | jq '.groups[] | select(.status == "conflict")'
      NO_COLOR=1 factcheck check corpus/ --config ci/claims.yaml
    """
    config = _config(config_path)
    report = _run(paths, config)
    if update_baseline:
        _write_baseline(config, report, config_path)
        config = _config(config.path or config_path or Path("claims.yaml"))
        report = _run(paths, config)
    REPORTERS[fmt](report, sys.stdout, _use_color(color) and fmt == "text", verbose)
    sys.exit(ExitCode.NEW_CONFLICTS if report.new_conflicts else ExitCode.CLEAN)


@main.command("baseline")
@PATHS
@CONFIG
def baseline_cmd(paths: tuple[Path, ...], config_path: Path | None) -> None:
    """Acknowledge the current conflicts in claims.yaml (existing reasons are kept).

    \b
    Examples:
      factcheck baseline corpus/
      factcheck baseline corpus/ --config ci/claims.yaml
    """
    config = _config(config_path)
    report = _run(paths, config)
    added = _write_baseline(config, report, config_path)
    click.echo(
        f"{added} new conflicts acknowledged in {config.path or config_path or 'claims.yaml'}; fill in their reasons",
        err=True,
    )


@main.command("claims")
@PATHS
@CONFIG
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format."
)
@COLOR
def claims_cmd(paths: tuple[Path, ...], config_path: Path | None, fmt: str, color: bool | None) -> None:
    """List every claim extracted from PATHS.

    \b
    Examples:
      factcheck claims corpus/
      factcheck claims corpus/003_article.txt --format json
    """
    config = _config(config_path)
    try:
        claims, warnings, _articles = extract_only(_paths(paths), config)
    except CorpusError as exc:
        _fail(str(exc))
    for w in warnings:
        click.echo(f"factcheck: warning: {w}", err=True)
    if fmt == "json":
        json.dump({"claims": [claim_record(c) for c in claims]}, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        claims_table(claims, sys.stdout, _use_color(color))


def _run(paths: Sequence[Path], config: Config) -> Report:
    try:
        with progress_bar(sys.stderr) as progress:
            return check(_paths(paths), config, progress=progress)
    except CorpusError as exc:
        _fail(str(exc))


def _write_baseline(config: Config, report: Report, explicit: Path | None = None) -> int:
    target = config.path or explicit or Path("claims.yaml")
    try:
        return update_baseline(target, report.new_conflicts)
    except (ConfigError, OSError) as exc:
        _fail(str(exc))


def run() -> None:
    """Console-script entry: turn any unexpected failure into one line and exit 2."""
    try:
        main(standalone_mode=True)
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        _fail(f"internal error: {type(exc).__name__}: {exc}")
