"""Command line: parse options, call the library, pick a reporter, set the exit code."""

from __future__ import annotations

import enum
import inspect
import io
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NoReturn

import click

from . import __version__
from .baseline import BaselineChange, update_baseline
from .cache import DEFAULT_DIR, Cache
from .config import CONFIG_VERSION, Config, ConfigError, find_config, load_config, write_atomic
from .corpus import CorpusError
from .model import Report, Severity
from .pipeline import at_least, check, extract_only
from .reporters import REPORTERS
from .reporters._common import to_json
from .reporters.json_report import claim_record


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


def _config(path: Path | None, include: Sequence[str] = (), exclude: Sequence[str] = ()) -> Config:
    """claims.yaml, with the command line's --include/--exclude globs added to its own."""
    try:
        config = load_config(path if path is not None else find_config(Path.cwd()))
    except ConfigError as exc:
        _fail(str(exc))
    if not include and not exclude:
        return config
    inputs = replace(
        config.input, include=config.input.include + tuple(include), exclude=config.input.exclude + tuple(exclude)
    )
    return replace(config, input=inputs)


def _paths(paths: Sequence[Path]) -> list[Path]:
    return list(paths) or [Path(".")]


_EXAMPLES = "\b\nExamples:"


class _ExamplesLast:
    """Help that ends with the docstring's examples, after the options, as man pages do."""

    help: str | None

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        text, _, _ = inspect.cleandoc(self.help or "").partition(_EXAMPLES)
        if text.strip():
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text.strip())

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        _, found, examples = inspect.cleandoc(self.help or "").partition(_EXAMPLES)
        if found:
            formatter.write_paragraph()
            formatter.write_text("Examples:")
            with formatter.indentation():
                for line in examples.strip("\n").splitlines():
                    formatter.write(f"{formatter.current_indent * ' '}{line.strip()}\n")


class Command(_ExamplesLast, click.Command):
    """A command whose --help ends with examples."""


class Group(_ExamplesLast, click.Group):
    """The command group, whose --help ends with examples too."""

    command_class = Command


PATHS = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
CONFIG = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="claims.yaml to use (default: the nearest claims.yaml in this folder or a parent).",
)


def SELECT(command: Callable[..., Any]) -> Callable[..., Any]:
    """--include and --exclude: which files of a folder are read (added to claims.yaml's)."""
    command = click.option(
        "--exclude",
        multiple=True,
        metavar="GLOB",
        help="Skip files whose path in the folder matches GLOB (repeatable), e.g. 'drafts/**'.",
    )(command)
    return click.option(
        "--include",
        multiple=True,
        metavar="GLOB",
        help="Read only files matching GLOB (repeatable), e.g. '*.html'; default: every known format.",
    )(command)


def PERFORMANCE(command: Callable[..., Any]) -> Callable[..., Any]:
    """--jobs, --cache-dir and --no-cache."""
    command = click.option("--no-cache", is_flag=True, help="Neither read nor write the extraction cache.")(command)
    command = click.option(
        "--cache-dir",
        type=click.Path(file_okay=False, path_type=Path),
        help=f"Extraction cache folder [default: claims.yaml's cache_dir, else {DEFAULT_DIR} beside claims.yaml].",
    )(command)
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes for extraction [default: all cores]; the output does not depend on it.",
    )(command)


COLOR = click.option(
    "--color/--no-color",
    default=None,
    help="Force or turn off colour (default: on a terminal, unless NO_COLOR is set).",
)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
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


class FailOn(enum.StrEnum):
    """Which conflicts make ``check`` exit 1."""

    NEW = "new"
    ANY = "any"
    NEVER = "never"


def exit_code(report: Report, fail_on: FailOn) -> ExitCode:
    """The exit status for a report: 1 when a conflict that ``fail_on`` counts is present."""
    failing = {FailOn.NEW: report.new_conflicts, FailOn.ANY: report.conflicts, FailOn.NEVER: ()}[fail_on]
    return ExitCode.NEW_CONFLICTS if failing else ExitCode.CLEAN


def _default_format() -> str:
    # As yamllint does: inside GitHub Actions, annotate the pull request.
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


@main.command("check")
@PATHS
@CONFIG
@SELECT
@PERFORMANCE
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(REPORTERS)),
    default=None,
    help="Output format [default: text; github when GITHUB_ACTIONS=true].",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report in --format to FILE (atomically); the text report still goes to the terminal.",
)
@click.option(
    "--fail-on",
    type=click.Choice([f.value for f in FailOn]),
    default=FailOn.NEW.value,
    show_default=True,
    help="Exit 1 on new conflicts, on any conflict (acknowledged too), or never.",
)
@click.option(
    "--min-severity",
    type=click.Choice([s.value for s in Severity]),
    default=Severity.WARNING.value,
    show_default=True,
    help="Report (and fail on) conflicts of at least this severity.",
)
@click.option("-v", "--verbose", is_flag=True, help="Also show groups whose sources agree.")
@click.option("--update-baseline", is_flag=True, help="Acknowledge every new conflict in claims.yaml (reasons kept).")
@COLOR
def check_cmd(
    paths: tuple[Path, ...],
    config_path: Path | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    jobs: int | None,
    cache_dir: Path | None,
    no_cache: bool,
    fmt: str | None,
    output: Path | None,
    fail_on: str,
    min_severity: str,
    verbose: bool,
    update_baseline: bool,
    color: bool | None,
) -> None:
    """Report conflicting facts across the articles in PATHS.

    Exits 0 when no conflict counted by --fail-on is found, 1 when one is, 2 on a usage
    or configuration error.

    \b
    Examples:
      factcheck check corpus/
      factcheck check corpus/ --verbose
      factcheck check corpus/ --format json | jq '.groups[] | select(.status == "conflict")'
      factcheck check corpus/ --format sarif --output factcheck.sarif
      factcheck check corpus/ --format markdown -o comment.md --fail-on never
      factcheck check archive/ --include '*.html' --exclude 'drafts/**'
      factcheck check archive/ --jobs 4 --cache-dir /tmp/factcheck-cache
      NO_COLOR=1 factcheck check corpus/ --config ci/claims.yaml --min-severity error
    """
    config = _config(config_path, include, exclude)
    speed = _Speed(jobs, cache_dir, no_cache)
    report = _run(paths, config, Severity(min_severity), speed)
    if update_baseline:
        _write_baseline(config, report, config_path)
        config = _config(_baseline_path(config, config_path), include, exclude)
        report = _run(paths, config, Severity(min_severity), speed)
    fmt = fmt or _default_format()
    if fmt != "text":  # the text report shows them itself; for a machine format, stderr does
        for w in report.warnings:
            _warn(w)
    if output is not None:
        buffer = io.StringIO()
        REPORTERS[fmt](report, buffer, False, verbose)
        try:
            write_atomic(output, buffer.getvalue())
        except OSError as exc:
            _fail(f"{output}: cannot write: {exc.strerror or exc}")
        fmt = "text"
    REPORTERS[fmt](report, sys.stdout, _use_color(color) and fmt == "text", verbose)
    sys.exit(exit_code(report, FailOn(fail_on)))


@main.command("baseline")
@PATHS
@CONFIG
@SELECT
@click.option("--prune", is_flag=True, help="Also remove acknowledged conflicts that are no longer found.")
def baseline_cmd(
    paths: tuple[Path, ...], config_path: Path | None, include: tuple[str, ...], exclude: tuple[str, ...], prune: bool
) -> None:
    """Acknowledge the current conflicts in claims.yaml, keeping every reason and comment.

    New conflicts are appended with an empty reason for a person to fill in. Entries no
    longer found are listed, and removed only with --prune. An older file version is
    upgraded.

    \b
    Examples:
      factcheck baseline corpus/
      factcheck baseline corpus/ --prune
      factcheck baseline corpus/ --config ci/claims.yaml
    """
    config = _config(config_path, include, exclude)
    report = _run(paths, config)
    target = _baseline_path(config, config_path)
    change = _write_baseline(config, report, config_path, prune)
    if not prune:
        for ident in report.stale:
            click.echo(f"factcheck: stale: {ident} is no longer found (remove it with --prune)", err=True)
    click.echo(
        f"{target}: {change.added} new conflicts acknowledged (fill in their reasons)"
        + (f", {change.pruned} stale removed" if change.pruned else "")
        + (f", upgraded to version {CONFIG_VERSION}" if change.upgraded else ""),
        err=True,
    )


@main.command("claims")
@PATHS
@CONFIG
@SELECT
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format."
)
@COLOR
def claims_cmd(
    paths: tuple[Path, ...],
    config_path: Path | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    fmt: str,
    color: bool | None,
) -> None:
    """List every claim extracted from PATHS.

    \b
    Examples:
      factcheck claims corpus/
      factcheck claims corpus/003_article.txt --format json
      factcheck claims exports/stories.jsonl --format json
    """
    config = _config(config_path, include, exclude)
    try:
        claims, warnings, _articles = extract_only(_paths(paths), config)
    except CorpusError as exc:
        _fail(str(exc))
    for w in warnings:
        click.echo(f"factcheck: warning: {w}", err=True)
    if fmt == "json":
        sys.stdout.write(to_json({"claims": [claim_record(c) for c in claims]}))
    else:
        from .reporters.terminal import claims_table

        claims_table(claims, sys.stdout, _use_color(color))


@dataclass(frozen=True, slots=True)
class _Speed:
    jobs: int | None = None
    cache_dir: Path | None = None
    no_cache: bool = False


def _progress_bar() -> AbstractContextManager[Callable[[int, int], None] | None]:
    """A progress bar on stderr when it is a terminal (rich is imported only then)."""
    if not sys.stderr.isatty():
        return nullcontext(None)
    from .reporters.terminal import progress_bar

    return progress_bar(sys.stderr)


def _run(
    paths: Sequence[Path], config: Config, min_severity: Severity = Severity.WARNING, speed: _Speed = _Speed()
) -> Report:
    cache = None if speed.no_cache else Cache(_cache_dir(config, speed.cache_dir), _warn)
    try:
        with _progress_bar() as progress:
            report = check(
                _paths(paths), config, progress=progress, jobs=speed.jobs or os.cpu_count() or 1, cache=cache
            )
    except CorpusError as exc:
        _fail(str(exc))
    finally:
        if cache is not None:
            cache.close()
    return at_least(report, min_severity)


def _cache_dir(config: Config, given: Path | None) -> Path:
    """--cache-dir, else claims.yaml's cache_dir (relative to that file), else beside claims.yaml or here."""
    if given is not None:
        return given
    home = config.path.parent if config.path is not None else Path(".")
    return home / (config.cache_dir or DEFAULT_DIR)


def _warn(message: str) -> None:
    click.echo(f"factcheck: warning: {message}", err=True)


def _baseline_path(config: Config, explicit: Path | None) -> Path:
    """The claims.yaml a baseline is written to: the one read, the one named, or a new one here."""
    return config.path or explicit or Path("claims.yaml")


def _write_baseline(
    config: Config, report: Report, explicit: Path | None = None, prune: bool = False
) -> BaselineChange:
    target = _baseline_path(config, explicit)
    try:
        return update_baseline(target, report.new_conflicts, report.stale if prune else ())
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
