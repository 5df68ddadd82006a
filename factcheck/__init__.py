"""factcheck: find where news articles about the same subject disagree."""

from __future__ import annotations

from .config import ConfigError, find_config, load_config
from .pipeline import check

__version__ = "0.1.0"
__all__ = ["ConfigError", "__version__", "check", "find_config", "load_config"]
