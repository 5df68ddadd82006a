"""factcheck: find where news articles about the same subject disagree."""

from __future__ import annotations

__version__ = "0.1.0"

from .config import ConfigError, find_config, load_config  # noqa: E402
from .pipeline import check  # noqa: E402 - after __version__, which the cache reads

__all__ = ["ConfigError", "__version__", "check", "find_config", "load_config"]
