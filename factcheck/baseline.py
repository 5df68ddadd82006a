"""Baseline: keep claims.yaml's ``acknowledged`` list in step with the corpus, losing nothing.

The file is edited as text, not re-serialized, so comments, key order and every field
a person added to an entry stay exactly as they were. New entries are appended to the
end of the list (diffs stay small); stale entries are removed only when asked; an older
``version`` is raised to the current one. The write is atomic.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from .config import CONFIG_VERSION, ConfigError, write_atomic
from .model import Group

_HEADER = f"""# factcheck settings and baseline (see README "claims.yaml").
version: {CONFIG_VERSION}

acknowledged:
"""


@dataclass(frozen=True, slots=True)
class BaselineChange:
    """What one baseline update did."""

    added: int
    pruned: int
    upgraded: bool


def _entry(group: Group, indent: str) -> str:
    record: dict[str, object] = {
        "id": group.id,
        "fact": group.subject,
        "kind": group.kind.value,
        "values": list(group.keys),
        "reason": "",
    }
    if group.previous:
        record["supersedes"] = group.previous  # the acknowledged entry this conflict grew from
    text = yaml.safe_dump([record], sort_keys=False, allow_unicode=True, width=1000)
    return "".join(indent + line + "\n" for line in text.splitlines())


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _next_line(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end < 0 else end + 1


def update_baseline(path: Path, new: Sequence[Group], prune: Collection[str] = ()) -> BaselineChange:
    """Acknowledge ``new`` conflicts in ``path`` and drop the entries whose ids are in ``prune``.

    Raises:
        ConfigError: the file exists but is not a mapping, or its ``acknowledged`` is not a
            block list.
    """
    fresh = [g for g in new if g.new]
    if not path.exists():
        write_atomic(path, _HEADER + "".join(_entry(g, "  ") for g in fresh))
        return BaselineChange(len(fresh), 0, False)
    text = path.read_text(encoding="utf-8")
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is not None and not isinstance(root, yaml.MappingNode):
        raise ConfigError(f"{path}:1:1: claims.yaml must be a mapping")
    top = {k.value: (k, v) for k, v in root.value} if root is not None else {}
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) on the original text

    upgraded = False
    if "version" not in top:
        edits.append((_first_key(text, root), _first_key(text, root), f"version: {CONFIG_VERSION}\n"))
        upgraded = True
    else:
        node = top["version"][1]
        if isinstance(node, yaml.ScalarNode) and node.value.isdigit() and int(node.value) < CONFIG_VERSION:
            edits.append((node.start_mark.index, node.end_mark.index, str(CONFIG_VERSION)))
            upgraded = True

    node = top["acknowledged"][1] if "acknowledged" in top else None
    pruned = 0
    if isinstance(node, yaml.SequenceNode) and not node.flow_style:
        for k, item in enumerate(node.value):
            ident = _item_id(item)
            if ident is None or ident not in prune:
                continue
            start = _line_start(text, item.start_mark.index)
            end = (
                _line_start(text, node.value[k + 1].start_mark.index)
                if k + 1 < len(node.value)
                else _next_line(text, len(text[: item.end_mark.index].rstrip()))
            )
            edits.append((start, end, ""))
            pruned += 1

    if fresh:
        edits.append(_append(path, text, node, fresh))
    if not edits:
        return BaselineChange(0, 0, False)
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + replacement + text[end:]
    write_atomic(path, text)
    return BaselineChange(len(fresh), pruned, upgraded)


def _first_key(text: str, root: yaml.Node | None) -> int:
    """Where to insert a top-level key so that it comes first, after leading comments."""
    if root is None or not root.value:
        return len(text)
    return _line_start(text, root.value[0][0].start_mark.index)


def _item_id(item: yaml.Node) -> str | None:
    if isinstance(item, yaml.MappingNode):
        for k, v in item.value:
            if k.value == "id" and isinstance(v, yaml.ScalarNode):
                return str(v.value)
    return None


def _append(path: Path, text: str, node: yaml.Node | None, fresh: Sequence[Group]) -> tuple[int, int, str]:
    """The edit that adds ``fresh`` entries at the end of ``acknowledged`` (made if missing)."""
    entries = "".join(_entry(g, "  ") for g in fresh)
    if node is None:
        sep = "" if text.endswith("\n") or not text else "\n"
        return len(text), len(text), f"{sep}\nacknowledged:\n{entries}"
    if isinstance(node, yaml.SequenceNode) and node.value and not node.flow_style:
        indent = " " * node.value[0].start_mark.column
        entries = "".join(_entry(g, indent[:-2] if len(indent) >= 2 else "") for g in fresh)
        cut = _next_line(text, len(text[: node.end_mark.index].rstrip()))
        return cut, cut, ("" if text[:cut].endswith("\n") else "\n") + entries
    if (isinstance(node, yaml.SequenceNode) and not node.value) or (
        isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null")
    ):
        start, end = node.start_mark.index, node.end_mark.index
        head = text[:start]
        trimmed = len(head.rstrip(" "))
        tail = text[end:]
        return trimmed, end + (len(tail) - len(tail.lstrip("\n"))), "\n" + entries
    mark = node.start_mark
    raise ConfigError(f"{path}:{mark.line + 1}:{mark.column + 1}: acknowledged must be a block list to update it")
