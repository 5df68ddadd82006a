"""Extraction stage: one article in, its claims out (a pure function of the article).

``extract_claims`` and ``find_acronyms`` live in ``claims``, which compiles every
extractor's patterns when imported (a tenth of a second). The package loads it when one
of them is first asked for, so a run whose extracts all come from the cache, and the
modules that need only dates or sentence splitting, never pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .claims import extract_claims, find_acronyms

__all__ = ["extract_claims", "find_acronyms"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import claims

        return getattr(claims, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
