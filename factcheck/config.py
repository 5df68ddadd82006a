"""claims.yaml: settings, per-source metadata and the baseline, loaded and validated."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CONFIG_NAME = "claims.yaml"
# 1: settings, sources, acknowledged (id, fact, reason).
# 2: acknowledged entries also record kind and "file: value" pairs, so that a conflict
#    that gains a value is recognised as the one acknowledged and reported as changed.
CONFIG_VERSION = 2
_TOP_KEYS = {"version", "settings", "sources", "acknowledged", "input", "cache_dir"}
_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMG]?B)\s*$", re.I)
_SIZE_UNITS = {"B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}


class ConfigError(Exception):
    """A configuration problem, worded as one line naming the file and position."""


@dataclass(frozen=True, slots=True)
class Tolerances:
    """How far hedged values reach (fractions of the stated value); see README "Hedges"."""

    about: float = 0.10
    beyond: float = 0.25


@dataclass(frozen=True, slots=True)
class Settings:
    """Tuning settings; defaults live here and nowhere else."""

    match_threshold: float = 85.0
    subject_overlap: float = 0.6
    role_period_days: int = 180
    tolerances: Tolerances = field(default_factory=Tolerances)


@dataclass(frozen=True, slots=True)
class Fields:
    """Which record fields of a JSON/JSON Lines dump hold what; the first one present wins."""

    text: tuple[str, ...] = ("text", "body", "content")
    title: tuple[str, ...] = ("title",)
    date: tuple[str, ...] = ("date", "published")
    outlet: tuple[str, ...] = ("source", "outlet")
    url: tuple[str, ...] = ("url",)
    id: tuple[str, ...] = ("id",)


@dataclass(frozen=True, slots=True)
class Input:
    """Which files are read and how: globs, a size limit, record fields."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    max_file_size: int = 10 * 1024 * 1024
    fields: Fields = field(default_factory=Fields)


@dataclass(frozen=True, slots=True)
class Source:
    """Metadata a person states about one article file."""

    outlet: str | None = None
    published: dt.date | None = None
    home: str | None = None


@dataclass(frozen=True, slots=True)
class Acknowledged:
    """A known conflict: its fingerprint, what it is and why it is accepted."""

    id: str
    fact: str = ""
    reason: str = ""
    kind: str = ""
    values: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Config:
    """A validated claims.yaml (or the defaults when there is none)."""

    path: Path | None = None
    settings: Settings = field(default_factory=Settings)
    sources: tuple[tuple[str, Source], ...] = ()
    acknowledged: tuple[Acknowledged, ...] = ()
    input: Input = field(default_factory=Input)
    cache_dir: str | None = None

    def source(self, path: str) -> Source:
        """Return the metadata stated for an article path (matched by file name too)."""
        name = os.path.basename(path)
        for key, src in self.sources:
            if key in (path, name):
                return src
        return Source()


def find_config(start: Path) -> Path | None:
    """Return claims.yaml in ``start`` or its nearest parent, as linters look for theirs."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_config(path: Path | None) -> Config:
    """Load and validate claims.yaml; ``None`` gives the defaults.

    Raises:
        ConfigError: the file cannot be read, is not YAML, or does not fit the schema.
    """
    if path is None:
        return Config()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{where}: invalid YAML: {problem}") from None
    if node is None:
        return Config(path=path)
    return _Reader(path).config(node)


class _Reader:
    """Turns the composed YAML tree into a Config, reporting positions of mistakes."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def error(self, node: yaml.Node, message: str) -> ConfigError:
        mark = node.start_mark
        return ConfigError(f"{self.path}:{mark.line + 1}:{mark.column + 1}: {message}")

    def mapping(self, node: yaml.Node, what: str, allowed: set[str]) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, f"{what} must be a mapping")
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            name = str(key.value)
            if allowed and name not in allowed:
                raise self.error(key, f"unknown key '{name}' in {what} (expected one of: {', '.join(sorted(allowed))})")
            if name in out:
                raise self.error(key, f"duplicate key '{name}' in {what}")
            out[name] = (key, value)
        return out

    def scalar(self, node: yaml.Node) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            raise self.error(node, "expected a single value")
        return yaml.SafeLoader(" ").construct_object(node)

    def number(self, node: yaml.Node, what: str, lo: float, hi: float) -> float:
        value = self.scalar(node)
        if isinstance(value, bool) or not isinstance(value, int | float) or not lo <= value <= hi:
            raise self.error(node, f"{what} must be a number from {lo:g} to {hi:g}")
        return float(value)

    def text(self, node: yaml.Node, what: str) -> str:
        value = self.scalar(node)
        if value is None:
            return ""
        if not isinstance(value, str | int | float):
            raise self.error(node, f"{what} must be text")
        return str(value)

    def texts(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, f"{what} must be a list")
        return tuple(self.text(item, what) for item in node.value)

    def config(self, node: yaml.Node) -> Config:
        top = self.mapping(
            node, "claims.yaml", {"version", "settings", "sources", "acknowledged", "input", "cache_dir"}
        )
        version = 1  # files written before "version" existed
        if "version" in top:
            version = self.scalar(top["version"][1])
            if not isinstance(version, int) or version < 1:
                raise self.error(top["version"][1], "version must be a whole number")
            if version > CONFIG_VERSION:
                raise self.error(
                    top["version"][1],
                    f"version {version} is newer than this factcheck understands ({CONFIG_VERSION}); upgrade factcheck",
                )
        settings = self.settings(top["settings"][1]) if "settings" in top else Settings()
        sources = self.sources(top["sources"][1]) if "sources" in top else ()
        acknowledged = self.acknowledged(top["acknowledged"][1]) if "acknowledged" in top else ()
        inputs = self.input(top["input"][1]) if "input" in top else Input()
        cache_dir = self.text(top["cache_dir"][1], "cache_dir") or None if "cache_dir" in top else None
        return Config(self.path, settings, sources, acknowledged, inputs, cache_dir)

    def input(self, node: yaml.Node) -> Input:
        if isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null"):
            return Input()
        m = self.mapping(node, "input", {"include", "exclude", "max_file_size", "fields"})
        base = Input()
        fields = base.fields
        if "fields" in m:
            f = self.mapping(m["fields"][1], "input.fields", set(Fields.__slots__))
            given = {name: self.names(value, f"input.fields.{name}") for name, (_key, value) in f.items()}
            fields = Fields(**{name: given.get(name, getattr(base.fields, name)) for name in Fields.__slots__})
        return Input(
            include=self.texts(m["include"][1], "input.include") if "include" in m else (),
            exclude=self.texts(m["exclude"][1], "input.exclude") if "exclude" in m else (),
            max_file_size=self.size(m["max_file_size"][1]) if "max_file_size" in m else base.max_file_size,
            fields=fields,
        )

    def names(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        """One field name or a list of them, tried in order."""
        names = self.texts(node, what) if isinstance(node, yaml.SequenceNode) else (self.text(node, what),)
        if not names or not all(names):
            raise self.error(node, f"{what} must name at least one field")
        return names

    def size(self, node: yaml.Node) -> int:
        """A size in bytes: a number, or text such as "10 MB", "500 KB"."""
        value = self.scalar(node)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        m = _SIZE_RE.match(str(value)) if isinstance(value, str) else None
        if not m:
            raise self.error(node, "max_file_size must be a size such as 10 MB, 500 KB or a number of bytes")
        return int(float(m.group(1)) * _SIZE_UNITS[m.group(2).upper()])

    def settings(self, node: yaml.Node) -> Settings:
        if isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null"):
            return Settings()
        m = self.mapping(node, "settings", {"match_threshold", "subject_overlap", "role_period_days", "tolerances"})
        base = Settings()
        tolerances = base.tolerances
        if "tolerances" in m:
            t = self.mapping(m["tolerances"][1], "settings.tolerances", {"about", "beyond"})
            tolerances = Tolerances(
                about=self.number(t["about"][1], "tolerances.about", 0, 1) if "about" in t else tolerances.about,
                beyond=self.number(t["beyond"][1], "tolerances.beyond", 0, 10) if "beyond" in t else tolerances.beyond,
            )
        return Settings(
            match_threshold=self.number(m["match_threshold"][1], "match_threshold", 0, 100)
            if "match_threshold" in m
            else base.match_threshold,
            subject_overlap=self.number(m["subject_overlap"][1], "subject_overlap", 0, 1)
            if "subject_overlap" in m
            else base.subject_overlap,
            role_period_days=int(self.number(m["role_period_days"][1], "role_period_days", 0, 36500))
            if "role_period_days" in m
            else base.role_period_days,
            tolerances=tolerances,
        )

    def sources(self, node: yaml.Node) -> tuple[tuple[str, Source], ...]:
        if isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null"):
            return ()
        out = []
        for name, (_key, value) in self.mapping(node, "sources", set()).items():
            m = self.mapping(value, f"sources.{name}", {"outlet", "published", "home"})
            published = None
            if "published" in m:
                raw = self.scalar(m["published"][1])
                if isinstance(raw, dt.datetime):
                    published = raw.date()
                elif isinstance(raw, dt.date):
                    published = raw
                else:
                    raise self.error(m["published"][1], "published must be a date like 2016-11-23")
            out.append(
                (
                    name,
                    Source(
                        outlet=self.text(m["outlet"][1], "outlet") or None if "outlet" in m else None,
                        published=published,
                        home=self.text(m["home"][1], "home") or None if "home" in m else None,
                    ),
                )
            )
        return tuple(out)

    def acknowledged(self, node: yaml.Node) -> tuple[Acknowledged, ...]:
        if isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null"):
            return ()
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, "acknowledged must be a list of entries")
        out: list[Acknowledged] = []
        seen: set[str] = set()
        for item in node.value:
            m = self.mapping(item, "an acknowledged entry", set())
            if "id" not in m:
                raise self.error(item, "an acknowledged entry needs an 'id' (the conflict's fingerprint)")
            ident = self.text(m["id"][1], "id")
            if ident in seen:
                raise self.error(m["id"][1], f"duplicate acknowledged id '{ident}'")
            seen.add(ident)
            out.append(
                Acknowledged(
                    id=ident,
                    fact=self.text(m["fact"][1], "fact") if "fact" in m else "",
                    reason=self.text(m["reason"][1], "reason") if "reason" in m else "",
                    kind=self.text(m["kind"][1], "kind") if "kind" in m else "",
                    values=self.texts(m["values"][1], "values") if "values" in m else (),
                )
            )
        return tuple(out)


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that readers see the old or the new content, never a mix."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
