"""The code stays as the project asks: ruff-clean, ruff-formatted and typed (mypy --strict).

The tools are pinned in the ``test`` extra, so a new release of either cannot turn CI red
on its own.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install -e '.[test]')")
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "factcheck", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted() -> None:
    result = _run("ruff", "format", "--check", "factcheck", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_types_check_strictly() -> None:
    result = _run("mypy", "factcheck")
    assert result.returncode == 0, result.stdout + result.stderr
