"""Data model shared by every pipeline stage: articles, claims, groups, reports."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import operator
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import TypeVar

_T = TypeVar("_T")


def pickled_by_slots(cls: type[_T]) -> type[_T]:
    """Pickle a frozen, slotted dataclass as the tuple of its field values.

    The dataclasses module's own pickling looks up the fields again for every object: a
    warm run unpickles 10,000 articles and their groups, a touched one 10,000 extracts.
    Measured: 10,000 articles unpickle in 0.045 s, not 0.072 s. (Claims, a hundred times
    more numerous, are built faster still: see ``_ClaimSlots``.)
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    setters = tuple(cls.__dict__[name].__set__ for name in names)
    getter = operator.attrgetter(*names, "__class__")  # a tuple, though one field

    def __getstate__(self: _T) -> tuple[object, ...]:
        state: tuple[object, ...] = getter(self)
        return state[:-1]

    def __setstate__(self: _T, state: Sequence[object]) -> None:
        if len(state) != len(setters):
            raise pickle.UnpicklingError(f"{cls.__name__} of {len(state)} fields, not {len(setters)}")
        for put, value in zip(setters, state, strict=True):
            put(self, value)  # the slot itself: a frozen dataclass refuses setattr

    setattr(cls, "__getstate__", __getstate__)  # noqa: B010 - mypy refuses to see a method assigned
    setattr(cls, "__setstate__", __setstate__)  # noqa: B010
    return cls


class Kind(enum.StrEnum):
    """What a claim is about."""

    QUANTITY = "quantity"
    DATE = "date"
    NAMED = "named"


class Hedge(enum.StrEnum):
    """How a stated value is qualified ("about 50", "more than 35", "up to 10")."""

    EXACT = "exact"
    ABOUT = "about"
    AT_LEAST = "at least"
    AT_MOST = "at most"
    NEARLY = "nearly"
    RANGE = "range"  # "between 20 and 30", "two or three": the interval is the range


class Status(enum.StrEnum):
    """Whether the claims of a group can all be true together."""

    CONFLICT = "conflict"
    AGREE = "agree"


class Severity(enum.StrEnum):
    """How sure a conflict is: a clear clash is an error, a near miss a warning."""

    ERROR = "error"
    WARNING = "warning"


@pickled_by_slots
@dataclass(frozen=True, slots=True)
class Article:
    """One source document with its metadata.

    ``text`` is the article's prose, one paragraph per line. ``lines`` gives, for each of
    those lines, the line of the original file it comes from (empty: the same line, as
    for plain text).
    """

    path: str
    text: str
    published: dt.date | None = None
    outlet: str | None = None
    home: str | None = None
    title: str | None = None
    url: str | None = None
    lines: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """One stated fact, with the evidence that locates it in its article.

    ``low``/``high`` is the interval the value (with its hedge) allows: numbers for
    quantities, proleptic ordinal days for dates, and ``None`` for named facts.
    ``normalized`` is the canonical value: ``"35000"``, ``"2014-12"``, ``"kim kwan-jin"``.
    ``terms`` are the subject words of the value's clause, stemmed, with marked words
    first: "!" a doing no action class names ("!appoint"), "#" an edition or a part of a
    series ("#79", "#first"), or one more of a kind ("#another": "a second blaze"), "+" what
    narrows the counted thing ("+without:power", "+of:contract" for an amount), and for a
    date "=" a value its clause also states ("=money:USD|amount|310000000|310000000");
    ``sentence_names`` the words its whole sentence writes capitalized (who and what the
    sentence is about).
    """

    kind: Kind
    path: str
    line: int
    column: int
    sentence: str
    value: str
    normalized: str
    unit: str
    hedge: Hedge
    low: float | None
    high: float | None
    subject: str
    noun: str
    terms: tuple[str, ...] = ()
    place: str = ""
    agent: str = ""
    verb: str = ""
    contrast: bool = False
    stated: float | None = None
    published: dt.date | None = None
    outlet: str | None = None
    names: tuple[str, ...] = ()
    day: str = ""
    era: str = ""
    sentence_names: tuple[str, ...] = ()

    @property
    def block(self) -> tuple[str, str, str]:
        """The exact key claims must share before their subjects are compared.

        Dates framed differently ("since 2014", "in 2014") share a block: they may
        corroborate each other, though only dates framed alike can conflict.
        """
        return (self.kind.value, self.unit.split(":")[0], self.noun)

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.value)

    def evolve(self, **changes: object) -> Claim:
        """A copy with some fields changed: ``dataclasses.replace`` for the extraction hot
        path (the fields are copied, ``__init__`` is not run again)."""
        values = list(_claim_state(self))
        for name, value in changes.items():
            values[_FIELD_AT[name]] = value
        return _build_claim(values)

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle as the field values, read at C speed (dataclasses' default looks up
        the fields again for every claim: a third of the cost of sending claims home)."""
        return (_claim_from_state, (_claim_state(self),))


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
_claim_state = operator.attrgetter(*_CLAIM_FIELDS)
_FIELD_AT = {name: n for n, name in enumerate(_CLAIM_FIELDS)}


class _ClaimSlots:
    """A claim's slots without the frozen dataclass's guard. A claim is built here, each
    field a plain attribute store, then made a ``Claim`` by changing its class, which
    Python allows between classes whose slots are laid out alike. That is five times
    faster than setting a frozen claim's slots one by one (through their descriptors),
    and a run builds claims by the million: unpickled from the workers and the cache,
    and copied with changes during extraction."""

    __slots__ = _CLAIM_FIELDS


# _fill_claim(new, values): "(new.kind, new.path, ...) = values", one store per field.
exec(  # noqa: S102 - fixed source made from the field names, as dataclasses makes __init__
    "def _fill_claim(new, values):\n    (" + "".join(f"new.{n}, " for n in _CLAIM_FIELDS) + ") = values\n"
)


def _build_claim(values: Sequence[object]) -> Claim:
    new = object.__new__(_ClaimSlots)
    _fill_claim(new, values)  # type: ignore[name-defined]  # noqa: F821 - made by exec above
    new.__class__ = Claim  # type: ignore[assignment]
    return new  # type: ignore[return-value]


def _claim_from_state(state: Sequence[object]) -> Claim:
    """Unpickle a claim (from a worker process or the cache) with its words interned.

    A large corpus repeats the same stems, units, places and sentences across hundreds
    of thousands of claims; each is then held once, not once per claim.
    """
    values = list(state)
    if len(values) != len(_CLAIM_FIELDS):
        raise pickle.UnpicklingError(f"a claim of {len(values)} fields, not {len(_CLAIM_FIELDS)}")
    for i in _TEXT_FIELDS:
        text = values[i]
        if type(text) is str:
            values[i] = sys.intern(text)
    for i in _WORDS_FIELDS:
        values[i] = _shared_words(values[i])  # type: ignore[arg-type]
    return _build_claim(values)


# Positions of the text fields (annotations are strings here) and of the word tuples.
_TEXT_FIELDS = tuple(n for n, f in enumerate(fields(Claim)) if f.type in ("str", "str | None"))
_WORDS_FIELDS = tuple(n for n, f in enumerate(fields(Claim)) if f.type == "tuple[str, ...]")


# Word tuples already seen (subject words, sentence names), so that equal ones are one
# object; cleared when full, so a long-lived process does not grow without bound.
_TUPLES: dict[tuple[str, ...], tuple[str, ...]] = {}
_MAX_TUPLES = 500_000


def _shared_words(value: tuple[str, ...]) -> tuple[str, ...]:
    if not value:
        return value
    found = _TUPLES.get(value)
    if found is not None:
        return found
    if len(_TUPLES) >= _MAX_TUPLES:
        _TUPLES.clear()
    words = tuple(sys.intern(v) for v in value)
    _TUPLES[words] = words
    return words


@pickled_by_slots
@dataclass(frozen=True, slots=True)
class Group:
    """Claims about the same fact, with the verdict on whether they can all hold."""

    id: str
    kind: Kind
    subject: str
    status: Status
    claims: tuple[Claim, ...]
    reason: str
    severity: Severity | None = None
    gap_days: int | None = None
    new: bool = True
    acknowledged_reason: str | None = None
    previous: str | None = None
    changed: tuple[str, ...] = ()

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(sorted({c.path for c in self.claims}))

    @property
    def keys(self) -> tuple[str, ...]:
        """The group's claims as "file: value" lines, as the baseline records them."""
        return tuple(sorted({claim_key(c) for c in self.claims}))

    def primary(self) -> Claim:
        """The claim a conflict is reported at: the one that is new.

        For a conflict that changed since it was acknowledged, the first claim that
        brought the change. Otherwise the odd one out: the value the fewest claims state,
        then the most recently published, then the last in path order.
        """
        if self.changed:
            return next(c for c in self.claims if claim_key(c) in self.changed)
        held = Counter(c.normalized for c in self.claims)
        return max(self.claims, key=lambda c: (-held[c.normalized], c.published or dt.date.min, c.sort_key))


@pickled_by_slots
@dataclass(frozen=True, slots=True)
class Report:
    """Everything one run found, in a stable order."""

    groups: tuple[Group, ...]
    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    warnings: tuple[str, ...] = ()
    stale: tuple[str, ...] = field(default_factory=tuple)
    skipped: int = 0
    skipped_records: int = 0
    total_claims: int = 0

    @property
    def claim_count(self) -> int:
        """How many claims were extracted (``claims`` is empty in a report read from the cache)."""
        return self.total_claims or len(self.claims)

    @property
    def skipped_summary(self) -> str:
        """ "2 files skipped, 1 record skipped", or "" when nothing was."""
        parts = [
            f"{counted(n, what)} skipped" for n, what in ((self.skipped, "file"), (self.skipped_records, "record")) if n
        ]
        return ", ".join(parts)

    @property
    def conflicts(self) -> tuple[Group, ...]:
        return tuple(g for g in self.groups if g.status is Status.CONFLICT)

    @property
    def new_conflicts(self) -> tuple[Group, ...]:
        return tuple(g for g in self.conflicts if g.new)


def counted(n: int, noun: str) -> str:
    """ "1 conflict", "2 conflicts", "0 agreeing groups": a count with its noun."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def claim_key(c: Claim) -> str:
    """A claim as one readable line: "file name: value as written"."""
    return f"{c.path.rsplit('/', 1)[-1]}: {c.value}"


def fingerprint(*parts: str) -> str:
    """Return a short stable hash of the given parts (order matters; callers sort)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:16]
