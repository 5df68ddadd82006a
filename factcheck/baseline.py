"""Baseline: add new conflicts to claims.yaml's ``acknowledged`` list without losing anything.

The file is edited as text, not re-serialized, so comments, key order and every field
a person added to an entry stay exactly as they were; new entries are appended to the
end of the list, so diffs stay small. The write is atomic.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import yaml

from .config import CONFIG_VERSION, ConfigError, write_atomic
from .model import Group

_HEADER = f"""# factcheck settings and baseline (see README "claims.yaml").
version: {CONFIG_VERSION}

acknowledged:
"""


def _entry(group: Group, indent: str) -> str:
    record = {
        "id": group.id,
        "fact": group.subject,
        "kind": group.kind.value,
        "values": sorted({f"{c.path.rsplit('/', 1)[-1]}: {c.value}" for c in group.claims}),
        "reason": "",
    }
    text = yaml.safe_dump([record], sort_keys=False, allow_unicode=True, width=1000)
    return "".join(indent + line + "\n" for line in text.splitlines())


def update_baseline(path: Path, new: Sequence[Group]) -> int:
    """Append the given conflicts to ``acknowledged`` in ``path``; return how many.

    Raises:
        ConfigError: the file exists but its ``acknowledged`` is not a list.
    """
    fresh = [g for g in new if g.new]
    if not path.exists():
        write_atomic(path, _HEADER + "".join(_entry(g, "  ") for g in fresh))
        return len(fresh)
    if not fresh:
        return 0
    text = path.read_text(encoding="utf-8")
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    node = None
    if isinstance(root, yaml.MappingNode):
        node = next((v for k, v in root.value if k.value == "acknowledged"), None)
    entries = "".join(_entry(g, "  ") for g in fresh)
    if node is None:
        sep = "" if text.endswith("\n") or not text else "\n"
        write_atomic(path, f"{text}{sep}\nacknowledged:\n{entries}")
    elif isinstance(node, yaml.SequenceNode) and node.value and not node.flow_style:
        indent = " " * node.value[0].start_mark.column
        entries = "".join(_entry(g, indent[:-2] if len(indent) >= 2 else "") for g in fresh)
        cut = len(text[: node.end_mark.index].rstrip())
        line_end = text.find("\n", cut)
        cut = len(text) if line_end < 0 else line_end + 1
        write_atomic(path, text[:cut] + ("" if text[:cut].endswith("\n") else "\n") + entries + text[cut:])
    elif (isinstance(node, yaml.SequenceNode) and not node.value) or (
        isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null")
    ):
        start, end = node.start_mark.index, node.end_mark.index
        write_atomic(path, text[:start].rstrip(" ") + "\n" + entries + text[end:].lstrip("\n"))
    else:
        mark = node.start_mark
        raise ConfigError(f"{path}:{mark.line + 1}:{mark.column + 1}: acknowledged must be a block list to update it")
    return len(fresh)
