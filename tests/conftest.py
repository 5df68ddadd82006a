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


def claims_of_articles(*texts: str, dates: tuple[dt.date | None, ...] = ()) -> list[Claim]:
    """Extract the claims of several made-up articles, named 0.txt, 1.txt, ..."""
    out: list[Claim] = []
    for i, text in enumerate(texts):
        published = dates[i] if i < len(dates) else None
        out.extend(extract_claims(Article(path=f"{i}.txt", text=text, published=published), Settings()))
    return out


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from the current output")
