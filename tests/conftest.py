"""Shared fixtures: the sample corpus, its claims.yaml, and an article factory."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.config import Config, Settings, load_config
from factcheck.extract import extract_claims
from factcheck.model import Article, Claim

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CONFIG = ROOT / "claims.yaml"


@pytest.fixture
def sample_config() -> Config:
    return load_config(CONFIG)


def claims_of(text: str, published: dt.date | None = None, home: str | None = None) -> tuple[Claim, ...]:
    """Extract the claims of one made-up article."""
    return extract_claims(Article(path="a.txt", text=text, published=published, home=home), Settings())


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from the current output")
