"""JSON Lines and JSON dumps: one article per record, each named ``file.jsonl#id``.

Which field holds the text, title, date, outlet, URL and id is a setting (``input.fields``
in claims.yaml); the first field a record has, in the order listed, is used. Every line of
a record's text points at the line where the record starts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Record:
    """One record: its position, its fields (still raw) or why it was skipped."""

    line: int
    number: int
    fields: Mapping[str, Any] | None
    problem: str | None = None


class BadJson(Exception):
    """A ``.json`` file that is not valid JSON."""


def read_records(source: str, lines_format: bool) -> Iterator[Record]:
    """Yield the records of a JSON Lines (``lines_format``) or JSON file, in order.

    Raises:
        BadJson: a ``.json`` file does not parse (a bad JSON *line* is one skipped record).
    """
    if lines_format:
        number = 0
        for line_no, line in enumerate(source.split("\n"), start=1):
            if not line.strip():
                continue
            number += 1
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Record(line_no, number, None, f"invalid JSON line ({exc.msg} at column {exc.colno})")
                continue
            yield _record(line_no, number, value)
        return
    decoder = json.JSONDecoder()
    pos = _skip_space(source, 0)
    try:
        if source.startswith("[", pos):
            pos = _skip_space(source, pos + 1)
            number = 0
            while pos < len(source) and source[pos] != "]":
                value, end = decoder.raw_decode(source, pos)
                number += 1
                yield _record(source.count("\n", 0, pos) + 1, number, value)
                pos = _skip_space(source, end)
                if source.startswith(",", pos):
                    pos = _skip_space(source, pos + 1)
                elif not source.startswith("]", pos):
                    raise json.JSONDecodeError("expected ',' or ']'", source, pos)
        else:
            value, end = decoder.raw_decode(source, pos)
            if _skip_space(source, end) != len(source):
                raise json.JSONDecodeError("extra data", source, _skip_space(source, end))
            yield _record(source.count("\n", 0, pos) + 1, 1, value)
    except json.JSONDecodeError as exc:
        raise BadJson(f"invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None


def _skip_space(source: str, pos: int) -> int:
    while pos < len(source) and source[pos] in " \t\n\r":
        pos += 1
    return pos


def _record(line: int, number: int, value: Any) -> Record:
    if not isinstance(value, dict):
        return Record(line, number, None, "record is not a JSON object")
    return Record(line, number, value)


def field(record: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    """The value of the first of ``names`` the record has (case-insensitive), else None."""
    lowered = {str(k).lower(): v for k, v in record.items()}
    for name in names:
        value = lowered.get(name.lower())
        if value not in (None, ""):
            return value
    return None
