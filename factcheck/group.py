"""Grouping stage: claims across articles -> groups about one fact (block, then match).

Claims are first bucketed by an exact key (kind, unit, counted noun / role / action),
so only claims that could be about the same fact are ever compared. Inside a bucket,
two claims are *linked* when their subjects match:

- a **strong** link (enough shared subject evidence) may put a conflict on record;
- a **weak** link (some shared evidence, equal values) only corroborates, and is
  used only when it does not bring two incompatible values together.
"""

from __future__ import annotations

import multiprocessing
import operator
import re
import sys
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import combinations
from typing import NamedTuple

from rapidfuzz import fuzz

from .config import Settings
from .conflicts import compatible, same_person, severity, years_apart
from .extract.context import stem
from .extract.places import places_compatible
from .extract.times import eras_compatible
from .lexicon import (
    AMOUNT_KINDS,
    AMOUNT_MEASURES,
    AMOUNT_SYNONYMS,
    CONTRASTING_TERMS,
    KIN_NOUNS,
    MARKET_WORDS,
    PEOPLE_NOUNS,
    PEOPLE_TOLLS,
    PHASE_VERBS,
    RIVAL_NOUNS,
    UNIQUE_ROLES,
)
from .model import Claim, Group, Kind, Severity, Status, fingerprint

_WORD_RE = re.compile(r"[a-z]+")
# Shares told in articles published further apart than this are two measurements.
_SHARE_DAYS = 31
# Buckets larger than this compare claims only when they share an index word.
_SMALL_BLOCK = 64
# Two quotations this similar (0-100) are one quotation, give or take punctuation.
_SAME_QUOTE = 90
# Counted things too common to identify a fact by themselves.
_GENERIC_NOUNS = frozenset({"", "person", "death", "time", "amount", "share"})
# Counted people of any kind are in every toll ("killed six children" in two stories are two
# tolls): an action in common does not tell one fact, but many words in common do.
_TOLL_NOUNS = _GENERIC_NOUNS | PEOPLE_NOUNS
# An index word shared by more claims than this says too little to propose a pair.
_COMMON_KEY = 200
# Words of large blocks compared at once with cdist; a larger vocabulary is scored pair by pair.
_MAX_VOCABULARY = 6000
# Rows of one cdist call: 512 x 6,000 one-byte scores is 3 MB.
_CDIST_ROWS = 512


@dataclass(frozen=True, slots=True)
class Link:
    """Why two claims were judged to be about the same fact."""

    strong: bool
    reason: str
    score: float = 0.0


def group_claims(
    claims: Iterable[Claim],
    settings: Settings,
    acronyms: Mapping[str, tuple[str, ...]] | None = None,
    warn: Callable[[str], None] | None = None,
    jobs: int = 1,
) -> tuple[Group, ...]:
    """Return the groups of claims about one fact, conflicts first, in a stable order.

    Args:
        claims: every claim of the corpus, in any order.
        settings: thresholds and tolerances.
        acronyms: acronym -> stems of its long form, from the whole corpus.
        warn: told when a block is too large to compare in full.
        jobs: processes that group blocks side by side (the result does not depend on it).
    """
    blocks: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    count = 0
    for c in claims:
        blocks[c.block].append(c)
        count += 1
    # Claims of different blocks never meet: each block is grouped alone, so a run holds
    # the pairs (and sort keys) of one block at a time, and blocks may go to other processes.
    # Fork only a process that runs no other thread: a thread's held locks would stay held
    # in the child (a progress bar drawing, say).
    if jobs > 1 and count >= _PARALLEL_CLAIMS and len(blocks) > 1 and _CAN_FORK and threading.active_count() == 1:
        done = _group_blocks_in_processes(blocks, settings, acronyms or {}, jobs)
    else:
        done = {}
        for block in sorted(blocks):
            notes: list[str] = []
            items = sorted(blocks.pop(block), key=lambda c: c.sort_key)
            done[block] = (_group_block(items, settings, acronyms or {}, notes.append), notes)
    groups: list[Group] = []
    for block in sorted(done):  # warnings in block order, whatever process grouped the block
        found, notes = done[block]
        groups.extend(found)
        for note in notes:
            if warn is not None:
                warn(note)
    return tuple(sorted(filter(_reported, groups), key=group_order))


def _reported(g: Group) -> bool:
    """Whether a group is reported: a conflict, or agreement between articles."""
    return g.status is Status.CONFLICT or len({c.path for c in g.claims}) > 1


# Fewer claims than this are grouped in this process: starting others costs more than it saves.
_PARALLEL_CLAIMS = 20_000
# Other processes see the blocks by forking (copy on write): nothing is pickled to them.
# Only on Linux: macOS offers fork, but its system libraries are not safe across it.
_CAN_FORK = sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
_Blocks = dict[tuple[str, str, str], list[Claim]]
_SHARED: tuple[_Blocks, Settings, Mapping[str, tuple[str, ...]]] | None = None


def _group_blocks_in_processes(
    blocks: _Blocks, settings: Settings, acronyms: Mapping[str, tuple[str, ...]], jobs: int
) -> dict[tuple[str, str, str], tuple[list[Group], list[str]]]:
    """Group each block in one of ``jobs`` forked processes, largest blocks first, and
    return each block's groups and warnings. Only the groups travel back."""
    global _SHARED
    _SHARED = (blocks, settings, acronyms)
    try:
        order = sorted(blocks, key=lambda b: (-len(blocks[b]), b))
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            return dict(pool.imap_unordered(_group_shared_block, order))
    finally:
        _SHARED = None


def _group_shared_block(block: tuple[str, str, str]) -> tuple[tuple[str, str, str], tuple[list[Group], list[str]]]:
    """``_group_block`` for a block of the forked parent's claims (see above)."""
    assert _SHARED is not None
    blocks, settings, acronyms = _SHARED
    notes: list[str] = []
    items = sorted(blocks[block], key=lambda c: c.sort_key)
    found = _group_block(items, settings, acronyms, notes.append)
    # a group keeps only its claims: singletons were dropped, and nothing else is sent home
    return block, ([g for g in found if _reported(g)], notes)


def _group_block(
    items: list[Claim],
    settings: Settings,
    acronyms: Mapping[str, tuple[str, ...]],
    warn: Callable[[str], None] | None,
) -> list[Group]:
    """Group the claims of one block (sorted by position): link pairs, then merge."""
    if len(items) < 2:
        return []
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    strong: dict[tuple[int, int], str] = {}
    weak: list[tuple[int, int, str]] = []
    proposed: list[tuple[bool, float, int, int, str]] = []
    spelling = Spelling(settings.match_threshold)
    if len(items) > _SMALL_BLOCK and not _whole_named(items[0]):
        spelling.learn({t for c in items for t in _expand(c.terms, acronyms)})
    judge = _Judge(items, settings, acronyms, spelling)
    for i, j in _candidate_pairs(items, acronyms, warn):
        link = judge.link(i, j)
        if link is None:
            continue
        agree = judge.compatible(i, j)
        if link.strong:
            proposed.append((not agree, -link.score, i, j, link.reason))
        elif agree:
            weak.append((i, j, link.reason))
    # One fact per article: a claim takes at most one partner in each other article,
    # the agreeing one first ("7.6 and 7.5" / "7.6 and 7.5": each value its twin),
    # then the best evidenced.
    by_source: dict[str, list[int]] = defaultdict(list)
    for k, c in enumerate(items):
        by_source[c.path].append(k)
    # (claim, article it took a partner in), as one int: i * articles + article number
    source_no = {path: n for n, path in enumerate(by_source)}
    taken: set[int] = set()

    def also_states(k: int, other: int) -> bool:
        """Whether the article of claim ``k`` also states, about the same kind of thing,
        a value that agrees with ``other``: then it tells of two things, not against one.
        For a quantity that value must be linked to ``other`` itself (weakly at least):
        "the other two bombs were dropped near the airstrip" tells another doing than "two
        of the bombs fell within the camp", and excuses no clash with it."""
        return any(
            judge.states(x, other) and (items[x].kind is not Kind.QUANTITY or judge.link(x, other) is not None)
            for x in by_source[items[k].path]
            if x not in (k, other)  # inside one article, the other claim is not a third one
        )

    for clash, _score, i, j, reason in sorted(proposed):
        if clash and (also_states(i, j) or also_states(j, i)):
            continue
        ij, ji = i * len(source_no) + source_no[items[j].path], j * len(source_no) + source_no[items[i].path]
        if ij in taken or ji in taken:
            if not clash:
                weak.append((i, j, reason))
            continue
        taken.update((ij, ji))
        strong[(i, j)] = reason
        parent[find(j)] = find(i)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        members[find(i)].append(i)
    reasons: dict[int, list[str]] = defaultdict(list)
    for (i, _j), reason in sorted(strong.items()):
        reasons[find(i)].append(reason)
    for i, j, reason in weak:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        if all(judge.compatible(x, y) for x in members[ri] for y in members[rj]):
            parent[rj] = ri
            members[ri].extend(members.pop(rj))
            reasons[ri].extend(reasons.pop(rj, []))
            reasons[ri].append(reason)
    pairs_of: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i, j in strong:
        pairs_of[find(i)].append((i, j))
    return [
        _make_group([items[k] for k in sorted(idx)], sorted(idx), pairs_of[find(root)], reasons[root], settings, judge)
        for root, idx in members.items()
        if len(idx) > 1
    ]


class _Judge:
    """Links and agreements of the pairs of one block's claims. Claims that differ only in
    where they stand (a wire story many outlets run, a sentence quoted again) are judged
    alike, so each pair of contents is judged once; a link inside one article, where lines
    and sentences matter, is judged afresh."""

    def __init__(
        self, items: list[Claim], settings: Settings, acronyms: Mapping[str, tuple[str, ...]], spelling: Spelling
    ) -> None:
        self.items, self.settings, self.acronyms, self.spelling = items, settings, acronyms, spelling
        contents: dict[tuple[object, ...], int] = {}
        self.content = [contents.setdefault(_content(c), len(contents)) for c in items]
        self.dated = items[0].unit in _DATED_UNITS  # the only judgements dates of publication change
        # Expanded subject words, made only for the claims that meet another: a block of
        # 250,000 claims whose words are all too common keeps no 250,000 sets.
        self.terms: dict[int, frozenset[str]] = {}
        self.links: dict[int, Link | None] = {}
        self.agreements: dict[int, bool] = {}
        self.statements: dict[int, bool] = {}

    def _key(self, i: int, j: int) -> int:
        """The pair of contents (and what their dates change), as one int."""
        pair = self.content[i] * len(self.items) + self.content[j]
        if not self.dated:
            return pair
        return pair * _DATINGS + _dating(self.items[i], self.items[j], self.settings)

    def _words(self, k: int) -> frozenset[str]:
        found = self.terms.get(k)
        if found is None:
            found = self.terms[k] = _expand(self.items[k].terms, self.acronyms)
        return found

    def link(self, i: int, j: int) -> Link | None:
        a, b = self.items[i], self.items[j]
        if a.path == b.path:
            return _link(a, b, self._words(i), self._words(j), self.settings, self.spelling)
        key = self._key(i, j)
        if key not in self.links:
            self.links[key] = _link(a, b, self._words(i), self._words(j), self.settings, self.spelling)
        return self.links[key]

    def compatible(self, i: int, j: int) -> bool:
        return self._judged(self.agreements, compatible, i, j)

    def states(self, i: int, j: int) -> bool:
        """Whether claim ``i`` states claim ``j``'s value (see ``_agrees``)."""
        return self._judged(self.statements, _agrees, i, j)

    def _judged(self, known: dict[int, bool], judge: Callable[[Claim, Claim, Settings], bool], i: int, j: int) -> bool:
        key = self._key(i, j)
        found = known.get(key)
        if found is None:
            found = known[key] = judge(self.items[i], self.items[j], self.settings)
        return found


# More than any ``_dating`` (years between two dates of publication, plus one).
_DATINGS = 1 << 16
# What a claim says, without where it stands: every field but its file, position, outlet
# and date of publication (``_dating`` tells what of it matters).
_CONTENT = operator.attrgetter(
    *(f.name for f in fields(Claim) if f.name not in ("path", "line", "column", "outlet", "published"))
)


def _content(c: Claim) -> tuple[object, ...]:
    return _CONTENT(c)


# Units whose links or agreements the dates of publication change (see ``_dating``).
_DATED_UNITS = frozenset({"role", "age", "percent"})


def _dating(a: Claim, b: Claim, settings: Settings) -> int:
    """All that the dates of publication change in how two roles, shares or ages are
    judged: whether the roles were told in one period or the shares in one month (0 or
    1), or how many birthdays may lie between the ages (1 + years, 0 when a date is
    unknown)."""
    if a.unit == "role":
        return int(_same_period(a, b, settings.role_period_days))
    if a.unit == "percent":
        return int(_same_period(a, b, _SHARE_DAYS))
    years = years_apart(a, b)
    return 0 if years is None else 1 + years


def _whole_named(c: Claim) -> bool:
    """Whether claims of ``c``'s block are linked as wholes (a role, a quotation), never
    word by word: their words need no spelling variants. A quotation's one "word" is the
    whole quotation, and a benchmark's near-identical quotations made 1.3 million
    "variant" pairs (160 MB) in one block."""
    return c.kind is Kind.NAMED and c.unit in ("role", "quote")


def _agrees(x: Claim, y: Claim, settings: Settings) -> bool:
    """Whether ``x`` states ``y``'s value: compatible, and for dates the same date."""
    if x.kind is Kind.DATE:
        # "in 2010 and 2014" states "March 2010" too: a period holds the dates inside it
        if x.low is None or x.high is None or y.low is None or y.high is None:
            return x.normalized == y.normalized
        return x.low <= y.low and y.high <= x.high
    if x.kind is Kind.QUANTITY and None not in (x.low, x.high, y.low, y.high):
        # the values themselves meet: "at least 300" does not state "at least 90"
        return x.low <= y.high and y.low <= x.high  # type: ignore[operator]
    return compatible(x, y, settings)


def group_order(g: Group) -> tuple[int, str, int, str]:
    """Sort key of groups: conflicts first, then by first claim's position."""
    first = g.claims[0]
    return (0 if g.status is Status.CONFLICT else 1, first.path, first.line, g.id)


def _expand(terms: tuple[str, ...], acronyms: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """A clause's subject words with acronyms spelt out and a kind of amount told by its
    lexicon's first name ("income" as "profit": "net profit" / "net income" are one); its
    doings ("!") are left out: a doing is also one of its words (see ``_Markers``)."""
    out: set[str] = set()
    for t in terms:
        if t[0] == "!":
            continue
        if t in _AMOUNT_SYNONYMS:
            out.add(_AMOUNT_SYNONYMS[t])
        else:
            out.update(acronyms.get(t, (t,)))
    return frozenset(out)


def _candidate_pairs(
    items: list[Claim], acronyms: Mapping[str, tuple[str, ...]], warn: Callable[[str], None] | None = None
) -> list[tuple[int, int]]:
    """Return the pairs of one block's claims worth comparing: all of them in a small
    block, and in a big one those that share an index word (subject word, name, place).

    A word shared by more than ``_COMMON_KEY`` claims of the block says too little to
    pair them all (that would be quadratic); those claims are paired through their rarer
    words only, and ``warn`` is told.
    """
    if len(items) <= _SMALL_BLOCK:
        return list(combinations(range(len(items)), 2))
    index: dict[str, list[int]] = {}
    over: set[str] = set()  # past the cap: such a posting is dropped, not grown
    for i, c in enumerate(items):
        keys = set(_expand(c.terms, acronyms)) | {f"n:{n}" for n in c.names}
        if c.place:
            keys.add(f"@{c.place}")
        for key in keys - over:
            posting = index.setdefault(key, [])
            posting.append(i)
            if len(posting) > _COMMON_KEY:
                over.add(key)
                del index[key]
    pairs: set[tuple[int, int]] = set()
    for posting in index.values():
        if len(posting) > 1:
            pairs.update(combinations(posting, 2))
    if over and warn is not None:
        kind, unit, noun = items[0].block
        crowded = [f"'{word}'" for word in sorted(over)]
        shown = ", ".join(crowded[:5]) + (f" and {len(crowded) - 5} more" if len(crowded) > 5 else "")
        warn(
            f"grouping: {len(items):,} claims of {kind} {unit} '{noun or '-'}': words over the block cap of "
            f"{_COMMON_KEY} claims ({shown}) link nothing by themselves; rarer shared words still do"
        )
    return sorted(pairs)


class Spelling:
    """Whether two subject words are spelling variants (rapidfuzz ``ratio`` >= threshold).

    The new words of each large block are compared all at once with ``cdist`` on every
    core and the result kept as a set; a pair not compared in one batch is scored when asked.
    """

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.known: set[tuple[str, str]] = set()
        self.batch: dict[str, int] = {}

    def learn(self, words: Iterable[str]) -> None:
        fresh = sorted({w for w in words if len(w) >= 5} - self.batch.keys())
        if len(fresh) < 2 or len(fresh) > _MAX_VOCABULARY:
            return
        import numpy as np  # only large blocks need it: a small corpus runs without the import
        from rapidfuzz import process

        # A band of rows at a time, one byte per score: memory stays small for any vocabulary.
        for top in range(0, len(fresh), _CDIST_ROWS):
            scores = process.cdist(
                fresh[top : top + _CDIST_ROWS],
                fresh,
                scorer=fuzz.ratio,
                score_cutoff=self.threshold,
                dtype=np.uint8,
                workers=-1,
            )
            for i, j in zip(*scores.nonzero(), strict=True):
                if top + i != j:
                    self.known.add((fresh[top + i], fresh[j]))
        number = len(set(self.batch.values()))
        self.batch.update(dict.fromkeys(fresh, number))

    def alike(self, x: str, y: str) -> bool:
        bx, by = self.batch.get(x), self.batch.get(y)
        if bx is not None and bx == by:
            return (x, y) in self.known
        return fuzz.ratio(x, y) >= self.threshold


def _shared_terms(a: frozenset[str], b: frozenset[str], spelling: Spelling) -> list[str]:
    # a value told beside a date ("=...") only tells occurrences apart: no shared word
    shared = sorted(t for t in a & b if t[0] != "=")
    for x in sorted(a - b):
        if len(x) >= 5 and x[0] != "=" and any(len(y) >= 5 and y[0] != "=" and spelling.alike(x, y) for y in b - a):
            shared.append(x)
    return shared


def _place_named(a: Claim, b: Claim) -> bool:
    """Whether ``b``'s sentence names the place that scopes ``a``: then both tell of it."""
    return bool(a.place) and a.place in b.sentence.lower()


def _places_named(a: Claim, b: Claim) -> bool:
    """Whether either claim's sentence names the other's place as well."""
    return _place_named(a, b) or _place_named(b, a)


def _shared_names(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """Names both sentences write, at least one of them mid-sentence (see ``sentence_names``)."""
    mid_a, opening_a = _name_sets(a)
    mid_b, opening_b = _name_sets(b)
    return tuple(sorted((mid_a & mid_b | opening_a & mid_b | mid_a & opening_b) - _NAME_PARTS))


# Words that open or close many names and tell none apart ("West Hill" / "West Papua",
# "New York" / "New Delhi"): two sentences that share only such a word name nothing alike.
_NAME_PARTS = frozenset(
    stem(w)
    for w in "north south east west northern southern eastern western central new great upper lower "
    "saint st san santa fort port mount lake river city county state national united".split()
)


@lru_cache(maxsize=1 << 14)
def _name_sets(names: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """A sentence's names written mid-sentence, and the one opening it ("^" marks it).

    Made once per sentence, not once per pair: a sentence's claims meet many others."""
    return frozenset(x for x in names if x[0] != "^"), frozenset(x[1:] for x in names if x[0] == "^")


def _one_side(a: frozenset[str], b: frozenset[str], x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether clause words ``a`` hold only words of ``x`` and ``b`` only words of ``y``."""
    return not a.isdisjoint(x) and a.isdisjoint(y) and not b.isdisjoint(y) and b.isdisjoint(x)


class _Markers(NamedTuple):
    """The marked words of a clause (see extraction): its doings ("!appoint"), the
    editions and parts of a series it names ("#79", "#first"), and what narrows the
    counted thing ("+without:power"). Marks sort before letters, so they open the sorted
    terms; read once per clause, not once per pair."""

    doings: frozenset[str]
    ordinals: frozenset[str]
    narrowing: frozenset[str]


@lru_cache(maxsize=1 << 14)
def _markers(terms: tuple[str, ...]) -> _Markers:
    marked = terms[: next((k for k, t in enumerate(terms) if t[0] not in "!#+"), len(terms))]
    return _Markers(
        frozenset(t for t in marked if t[0] == "!"),
        frozenset(t for t in marked if t[0] == "#"),
        frozenset(t for t in marked if t[0] == "+"),
    )


_AMOUNT_KINDS = frozenset(stem(w) for w in AMOUNT_KINDS)
_AMOUNT_MEASURES = frozenset(stem(w) for w in AMOUNT_MEASURES)
_AMOUNT_SYNONYMS = {stem(w): stem(first) for first, words in AMOUNT_SYNONYMS.items() for w in words.split()}
# Other people an amount or a term may be told of (relatives), and for a share also rivals.
_KIN = frozenset(stem(w) for w in KIN_NOUNS)
_KIN_OR_RIVALS = _KIN | frozenset(stem(w) for w in RIVAL_NOUNS)


def _named_apart(a: frozenset[str], b: frozenset[str], words: frozenset[str]) -> bool:
    """Whether both clauses name some of ``words`` and none in common."""
    wa, wb = a & words, b & words
    return bool(wa and wb) and wa.isdisjoint(wb)


def _kinds_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether both clauses name a kind of amount or share, or a measure of it ("net",
    "operating"), and no kind (or no measure) in common."""
    return _named_apart(a, b, _AMOUNT_KINDS) or _named_apart(a, b, _AMOUNT_MEASURES)


def _complements_differ(ca: frozenset[str], cb: frozenset[str]) -> bool:
    """Whether both clauses narrow the counted thing with one preposition, differently
    ("homes without power" / "homes without water"; "patients for burns" / "for smoke
    inhalation"; "a $12 million bonus" / "a $90 million contract", amounts "+of:"
    different things); see ``complement`` in extraction."""
    if not ca or not cb or ca == cb:
        return False
    by_a: dict[str, set[str]] = defaultdict(set)
    for t in ca:
        by_a[t.split(":")[0]].add(t)
    by_b: dict[str, set[str]] = defaultdict(set)
    for t in cb:
        by_b[t.split(":")[0]].add(t)
    return any(by_a[p].isdisjoint(by_b[p]) for p in by_a.keys() & by_b.keys())


def _part_of_series(ordinals: frozenset[str]) -> bool:
    """Whether a clause names one part of a series in words ("the first half", "the third quarter")."""
    return any(not t[1].isdigit() for t in ordinals)


def _agents_compatible(a: str, b: str) -> bool:
    if not a or not b:
        return True
    return any(places_compatible(x, y) for x in a.split(",") for y in b.split(","))


def _same_period(a: Claim, b: Claim, days: int) -> bool:
    if a.published is None or b.published is None:
        return True
    return abs((a.published - b.published).days) <= days


class _Evidence(NamedTuple):
    """What two claims share (a named tuple: one is made for nearly every pair compared)."""

    shared: list[str]
    containment: float
    same_verb: bool
    same_day: bool
    same_place: bool
    shared_names: tuple[str, ...] = ()
    other_doings: bool = False  # each clause tells a doing the other does not ("appointed" / "stepped down")
    same_doing: bool = False  # both clauses tell one doing no action class names ("sentenced")

    @property
    def score(self) -> float:
        return len(self.shared) + self.containment + 2 * self.same_verb + self.same_day + self.same_place


def _link(
    a: Claim, b: Claim, ta: frozenset[str], tb: frozenset[str], settings: Settings, spelling: Spelling | None = None
) -> Link | None:
    """Return whether (and how strongly) two claims of one block are about one fact."""
    found = _evidence(a, b, ta, tb, settings, spelling)
    if found is None:
        return None
    if isinstance(found, Link):
        return found
    ev = found
    reasons: list[str] = []
    if ev.same_verb:
        reasons.append(f"same action ({a.verb})")
    if ev.same_day:
        reasons.append(f"same day ({a.day})")
    if ev.same_place:
        reasons.append(f"same place ({a.place})")
    if ev.shared:
        reasons.append("shared words: " + ", ".join(ev.shared))
    if ev.shared_names:
        reasons.append("both sentences name: " + ", ".join(ev.shared_names))
    what = {
        "quantity": f"same thing counted ({a.noun or a.unit})",
        "date": "same moment" if a.unit.startswith("time") else "dates",
        "named": f"same action ({a.noun})",
    }[a.kind.value]
    reason = "; ".join([what, *reasons])
    # "170,000 in Sumatra alone" vs an unscoped toll: a part, not the whole
    scoped_alike = bool(a.place) == bool(b.place) or a.unit != "count" or _place_named(a, b) or _place_named(b, a)
    if a.unit == b.unit and scoped_alike and _strong(a, b, ev, settings.subject_overlap):
        return Link(True, sys.intern(reason), ev.score)  # many pairs give the same reason
    if ev.shared or ev.same_verb + ev.same_place + ev.same_day >= 2:
        return Link(False, sys.intern(reason), ev.score)
    return None


def _evidence(
    a: Claim, b: Claim, ta: frozenset[str], tb: frozenset[str], settings: Settings, spelling: Spelling | None = None
) -> _Evidence | Link | None:
    """The evidence that two claims are about one fact, or ``None`` when something rules it out."""
    if a.path == b.path and a.sentence == b.sentence and a.line == b.line:
        return None  # two values in one sentence are two facts ("24 ... and 10 ...")
    if (a.path == b.path or a.kind is Kind.DATE) and (a.contrast or b.contrast):
        # "another 50,000", "other 13 countries": not the one just named; "another flood
        # swept the valley in 1987", "similar storms in 1999": not the story's event
        return None
    if a.kind is Kind.NAMED and a.unit == "role":
        return _role_link(a, b, settings)
    if a.kind is Kind.NAMED and a.unit == "quote":
        similar = fuzz.ratio(a.terms[0], b.terms[0]) >= _SAME_QUOTE
        return Link(True, "same quotation", 1.0) if similar and a.path != b.path else None
    if a.day and b.day and a.day != b.day:
        return None  # "on Sunday" / "on Wednesday": two different moments
    if not eras_compatible(a.era, b.era) and not a.noun.startswith("of:") and not _one_toll_dated_once(a, b):
        # "in 2004", "last year": another time than the one meant. Not for the members of
        # someone ("a mother of 12", "a family of five"): "accused of killing a mother of 12
        # in 2011" dates the killing, not how many children she has.
        return None
    if a.unit == "ordinal" and a.noun != "edition" and a.era != b.era:
        return None  # "the second time this year" / "the third time this month": two windows counted
    if a.verb != b.verb and (a.verb and b.verb or a.unit.startswith("time") and {a.verb, b.verb} & PHASE_VERBS):
        return None  # "killed" / "injured"; "started at 3:33" / "was reported at 6:10"
    if a.place and b.place and not places_compatible(a.place, b.place):
        # For a date, "in Harlow" / "at Kemp's Hardware Store" tell of one place when the
        # store's sentence names Harlow too. For a count a place is a scope: "90,000 in
        # Sindh" is part of a toll, whatever else its sentence names. A named person's age
        # is the same wherever the sentence places the story (a noun's is not: two girls).
        named_age = a.unit == "age" and _same_named_person(a, b) and _same_aged(a, b, settings)
        if not named_age and (a.kind is not Kind.DATE or not _places_named(a, b)):
            return None
    if a.kind is Kind.DATE and _values_apart(ta, tb):
        return None  # "a profit of $310 million in 2009" / "a profit of $250 million in 2010"
    if any(_one_side(ta, tb, x, y) or _one_side(tb, ta, x, y) for x, y in CONTRASTING_TERMS):
        return None  # "40 homes were destroyed" / "120 homes were damaged"
    if (a.unit.startswith("money") or a.unit == "percent") and _kinds_differ(ta, tb):
        return None  # "a net profit of $310 million" / "a net loss of $50 million"
    others = _KIN_OR_RIVALS if a.unit == "percent" else _KIN
    if (a.unit.startswith("money") or a.unit in ("duration", "percent")) and ta & others != tb & others:
        # "the suspect was held on $1 million bail" / "the suspect's brother ..."; "won
        # re-election with 58 percent of the vote" / "his challenger took 40 percent"
        return None
    ma, mb = _markers(a.terms), _markers(b.terms)
    if _complements_differ(ma.narrowing, mb.narrowing):
        return None  # "30,000 homes without power" / "80,000 homes without water"
    editions_a, editions_b = ma.ordinals, mb.ordinals
    if editions_a and editions_b and editions_a.isdisjoint(editions_b):
        return None  # "the 79th Academy Awards" / "the 81st annual show": two editions
    if _part_of_series(editions_a) != _part_of_series(editions_b):
        return None  # "3 goals in the first half" / "5 goals in the match": a part, not the whole
    if not _agents_compatible(a.agent, b.agent):
        return None
    if a.unit == "age" and (a.names or b.names) and not _same_aged(a, b, settings):
        return None  # "John Marr, 45" / "Ian Marr, 19": a father's and a son's ages
    shared = _shared_terms(ta, tb, spelling or Spelling(settings.match_threshold))
    # a place one clause gives as its place and the other only among its words ("in Harlow" /
    # "in the Harlow district") is a word both share (the same place on both is "same place")
    if a.place != b.place:
        shared += [p for p, other in ((a.place, tb), (b.place, ta)) if _place_among(p, other) and p not in shared]
    smaller = min(len(ta), len(tb))
    return _Evidence(
        other_doings=bool(ma.doings and mb.doings) and ma.doings.isdisjoint(mb.doings),
        same_doing=not ma.doings.isdisjoint(mb.doings),
        shared_names=_shared_names(a.sentence_names, b.sentence_names),
        shared=shared,
        containment=len(shared) / smaller if smaller else 0.0,
        same_verb=bool(a.verb) and a.verb == b.verb,
        same_day=bool(a.day) and a.day == b.day,
        same_place=bool(a.place) and a.place == b.place,
    )


def _one_toll_dated_once(a: Claim, b: Claim) -> bool:
    """Whether two tolls of people, one told with its year and one without, are of one
    attack: the same action, and a full name both sentences write, word for word ("accused of
    killing Mara Quint in 2011 and wounding two others" / "the murder of Mara Quint and the
    injury of two others"). Not a place's name with its country ("Veltra's Marden province")."""
    if a.unit != "count" or a.verb != b.verb or a.verb not in PEOPLE_TOLLS or bool(a.era) == bool(b.era):
        return False
    if not all(x.isdigit() for x in (a.era or b.era).split(",")):
        return False  # "last year", "the first quake": a period of its own
    return not _full_names(a.sentence).isdisjoint(_full_names(b.sentence))


def _place_among(place: str, terms: frozenset[str]) -> bool:
    """Whether every word of a place (canonical: "harlow", "port ellis") is among a clause's words."""
    words = place.split()
    return bool(words) and not place.startswith("here") and all(stem(w) in terms for w in words)


def _same_aged(a: Claim, b: Claim, settings: Settings) -> bool:
    """Whether two ages, one at least told with its person ("Mara Quint, 52,", "the
    34-year-old Dorian Falk", "a 10-year-old girl": names, or nouns marked "~"), may be
    one person's. Two names must be one person and two nouns one noun; a name and a noun
    may be one person. An age without its person may be that of a person its sentence
    names ("his son Felix, 8," is not "the 40-year-old Brandt")."""
    if a.names and b.names:
        x, y = a.names[0], b.names[0]
        if (x[0] == "~") != (y[0] == "~"):
            return True  # "Kathina Thomas, 10," / "the 10-year-old girl"
        return x == y if x[0] == "~" else same_person(x, y, settings)
    told, other = (a, b) if a.names else (b, a)
    words = set(_WORD_RE.findall(other.sentence.lower()))
    return any(w in words for w in told.names[0].lstrip("~").split() if len(w) > 2)


def _same_named_person(a: Claim, b: Claim) -> bool:
    """Whether both ages are told with a person's name (``_same_aged`` found them alike).
    Two nouns are not enough: a story of two shootings has two "10-year-old girls"."""
    return bool(a.names and b.names) and a.names[0][0] != "~" and b.names[0][0] != "~"


def _strong(a: Claim, b: Claim, ev: _Evidence, overlap: float) -> bool:
    """Whether the evidence is enough to put a conflict on record (see README "Grouping").

    ``overlap`` is the ``subject_overlap`` setting: the share of the shorter clause's words
    the other must contain for "mostly alike". Inside one article ask for that much: an
    article rarely contradicts itself.
    Across articles, for a date or time: the same action and a name shared by the two
    sentences; for a date without any action class, most of the clause's words. Otherwise
    a shared action and words of the same clause, or many shared words, or for a specific
    counted thing ("bombs", "mother of") the same action alone. An age needs its person
    named in both clauses (told with its name on both sides, or a name both clauses
    share), or the action and words.
    """
    if a.noun == "per share":
        return _one_price_per_share(a, b, ev)
    n = len(ev.shared)
    mostly_alike = n >= 3 and ev.containment >= overlap and (ev.same_verb or not (a.verb or b.verb))
    if a.path == b.path:
        return mostly_alike
    if ev.same_verb and a.verb in _PERSONAL_ACTIONS:
        # A sentencing or a swearing-in befalls one person: told with other people named,
        # it is another person's ("Ana Morrow, who helped Kell, was sentenced to 10 years" /
        # "Tom Kell was sentenced to 25 years"), however alike the rest of the clause. With
        # the same people, a prison term is that person's term ("a judge sentenced Kell to
        # 15 years in prison"); a date still needs its evidence (a person may be sentenced
        # twice, for two crimes).
        if not _one_named(a, b):
            return False
        if a.unit == "duration":
            return True
    if ev.same_verb and a.kind is Kind.DATE and set(ev.shared_names) - {a.place, b.place}:
        # The same action, with the same people or event named in both sentences:
        # "Ms. Ortiz fled the clinic at 6 a.m." / "Ortiz escaped shortly after 9 a.m.".
        # A place is no such name: two hosts may host in Hollywood in different years.
        return True
    if (
        mostly_alike
        and (a.noun not in _GENERIC_NOUNS or a.kind is Kind.QUANTITY and a.unit != "count")
        and not _names_apart(a, b, ev)
        and not ev.other_doings
    ):
        return True
    if a.kind is Kind.DATE and a.unit.startswith("time"):
        # Few moments of a story are told to the minute: a shared word of the clause and
        # the same action or day suffices, or the same action on the same day.
        return (
            n >= 1
            and (ev.same_verb or ev.same_day or ev.containment >= 0.5)
            or n >= 2
            and ev.containment >= 0.3
            or ev.same_verb
            and ev.same_day
        )
    if a.kind is Kind.DATE:
        # The same action and words; or, where no action class is told, most of the
        # clause's words ("the bridge was closed on March 3 for repairs" / "officials
        # closed the bridge on March 10 for repairs")
        return (
            ev.same_verb
            and n >= 2
            and ev.containment >= 0.2
            and (not _names_apart(a, b, ev) or _values_alike(a, b))
            or (mostly_alike and not (a.verb or b.verb) and not ev.other_doings)
            or (
                # a short clause wholly inside the other, with its doing (or action) and a
                # name both write: "Lopez will be sentenced on May 17" / "Lopez faces life in
                # prison when he is sentenced on May 3"
                n + ev.same_verb >= 2
                and ev.containment == 1.0
                and (ev.same_doing and not (a.verb or b.verb) or ev.same_verb)
                and bool((set(ev.shared_names) | _opening_names(a, b)) - {a.place, b.place})
            )
        )
    if a.unit == "age":
        # An age tells of one person, and a story has several ("the 16-year-old suspect",
        # "an 11-year-old girl was shot too"): the clauses name the same person, or share
        # the action and more words.
        if _same_named_person(a, b):
            return True  # told with its person's name, the same on both sides (see ``_same_aged``)
        return not set(ev.shared).isdisjoint(ev.shared_names) or (ev.same_verb and n >= 2 and ev.containment >= 0.25)
    if (
        a.unit == "magnitude"
        and ev.same_verb
        and set(ev.shared) - set(ev.shared_names)
        and set(ev.shared_names) - {a.place, b.place}
    ):
        # One quake, one magnitude: the same action, a common word of the clause ("quake")
        # and a name both sentences write, though the clause is cut short by a depth or a
        # place ("The 6.9-magnitude quake struck at a depth of 10 km near Lorca in Murcia")
        return True
    if a.unit == "percent" and _one_measure(a, b, ev):
        return True

    if a.unit.startswith("money") and not (a.verb or b.verb or ev.other_doings) and _one_kind_of_amount(ev):
        return True
    if a.noun in _TOLL_NOUNS or a.unit in ("duration", "percent", "magnitude", "ordinal") or a.noun == "distance":
        # A toll told with the same action, a word of the clause, the same day and a name
        # of both sentences ("A quake hit Marden on Tuesday, killing one person" / "The
        # quake killed four people in Marden on Tuesday") is one toll.
        # (the word is one of the clause, not the place both name)
        words = n - len({a.place, b.place} & set(ev.shared))
        same_story = a.unit == "count" and words >= 1 and ev.same_day and bool(ev.shared_names)
        # Sentences that name places or people, none in common, tell of two events though
        # their clauses share words ("shelling in the Marden refugee camp left five dead" /
        # "Veltra residents flooded refugee camps after quakes ... killed one person").
        apart = a.unit == "count" and _names_apart(a, b, ev)
        return ev.same_verb and (n >= 2 and ev.containment >= 0.25 and not apart or same_story)
    # A specific thing counted on one day in one place, with a word of the clause in common
    # and no action told on either side ("winds of 120 mph near Port Ellis on Tuesday" /
    # "winds of 150 mph near Port Ellis on Tuesday")
    told_alike = n >= 1 and ev.same_place and ev.same_day and not (a.verb or b.verb or ev.other_doings)
    return (
        ev.same_verb
        or n >= 2
        and ev.containment >= 0.4
        and not _names_apart(a, b, ev)
        and not ev.other_doings
        or a.noun.startswith("of:")
        or told_alike
    )


# Actions that befall one person once, whoever else the sentence names: a sentencing, a
# swearing-in. Two such dates or terms are one fact only when the two sentences name the
# same people ("Ana Morrow will be sworn in as mayor of Chicago on May 15" / "Ivo Brandt
# will be sworn in as police chief of Chicago on May 22" are two swearings-in).
_PERSONAL_ACTIONS = frozenset({"sentence", "inaugurate"})


def _one_named(a: Claim, b: Claim) -> bool:
    """Whether two sentences name the same people: a name both write (one opening both
    sentences too), and every full name of either ("Ana Morrow") named in the other, by its
    last word at least ("Morrow"). A name a clause of its own writes after the value tells
    of another fact ("Tom Kell was sentenced to 16 years, and his accomplice Ivo Brandt was
    jailed for six")."""
    names_a, names_b = (frozenset(x.lstrip("^") for x in c.sentence_names) for c in (a, b))
    return (
        bool(names_a & names_b - {a.place, b.place})
        and _own_surnames(a.sentence, a.value) <= names_b
        and _own_surnames(b.sentence, b.value) <= names_a
    )


@lru_cache(maxsize=1 << 14)
def _own_surnames(sentence: str, value: str) -> frozenset[str]:
    """The last words of the full names a sentence writes (see ``_surnames``) before the
    clause after its value opens (", and", ", while", "; but")."""
    at = sentence.find(value)
    after = _NEXT_CLAUSE_RE.search(sentence, at + len(value)) if at >= 0 else None
    return _surnames(sentence[: after.start()] if after else sentence)


_NEXT_CLAUSE_RE = re.compile(r"[,;] (?:and|while|but|whereas) ")


@lru_cache(maxsize=1 << 14)
def _surnames(sentence: str) -> frozenset[str]:
    """The last words (stemmed) of the full names a sentence writes: two or more capitalized
    words in a row ("Tom Kell", "Ana Morrow"); a sentence's claims meet many others."""
    return frozenset(stem(m.group(1).lower()) for m in _FULL_NAME_RE.finditer(sentence))


@lru_cache(maxsize=1 << 14)
def _full_names(sentence: str) -> frozenset[str]:
    """The full names a sentence writes (see ``_surnames``), whole and lowercased, but for
    those with a word in the possessive ("Veltra's Marden"): a place and its country."""
    return frozenset(
        m.group(0).lower() for m in _FULL_NAME_RE.finditer(sentence) if "'" not in m.group(0) and "’" not in m.group(0)
    )


_FULL_NAME_RE = re.compile(r"\b(?:[A-Z][a-z'’-]+(?:[A-Z][a-z'’-]+)? )+([A-Z][a-z'’-]+(?:[A-Z][a-z'’-]+)?)\b")


def _one_kind_of_amount(ev: _Evidence) -> bool:
    """Whether two amounts' clauses name one kind of amount and what it is of, with no
    action on either side: "causing an estimated $1 million in damage to the church" /
    "damage to the church was estimated at $3 million". The kind alone ("damage") is in
    every story of a storm, and so are its words ("the storm caused $2 million in damage
    to the library" / "to the school"): the kind and a word more, and every word of the
    shorter clause in the other."""
    kinds = _AMOUNT_KINDS.intersection(ev.shared)
    return bool(kinds) and len(ev.shared) > len(kinds) and ev.containment == 1.0


def _one_measure(a: Claim, b: Claim, ev: _Evidence) -> bool:
    """Whether two shares are one measure: both clauses name one kind of share ("Turnout
    was 93.9 percent" / "put turnout at 87 percent"; "won 89 percent of the vote" /
    "Kerimov received 97 percent of the votes cast"), in the same scope (a place on both
    sides or on neither), with no doing apart, in articles published within a month (a
    share is remeasured: this month's unemployment is not last year's), and with whoever
    holds it named in both sentences when either names anyone ("Kerimov won 89 percent of
    the vote" / "His nearest rival won 3 percent of the vote" are two shares)."""
    if set(ev.shared).isdisjoint(_AMOUNT_KINDS) or bool(a.place) != bool(b.place) or ev.other_doings:
        return False
    if not _same_period(a, b, _SHARE_DAYS):
        return False
    named = [frozenset.union(*_name_sets(c.sentence_names)) - _AMOUNT_KINDS for c in (a, b)]
    if any(named):
        return bool(set(ev.shared_names) - {a.place, b.place})
    return True


# Kinds of amount per share: a dividend, earnings, a market's price ("closed at", "trading").
_PER_SHARE_KINDS = _AMOUNT_KINDS | frozenset(stem(w) for w in MARKET_WORDS)


def _one_price_per_share(a: Claim, b: Claim, ev: _Evidence) -> bool:
    """Whether two amounts per share are one price: a company both sentences name, no
    kind of amount or word of the market told on one side only ("earned $1.20 a share",
    "shares closed at $16 a share" / "will pay $26 a share"), no doings apart, and articles
    published within a month ("raised its offer to $28 a share" is marked as a level
    reached, and never meets the first offer). Nothing else links them: the words of a
    deal ("in cash", the company) are in every sentence of its story."""
    kinds_a, kinds_b = (_PER_SHARE_KINDS.intersection(t) for t in (a.terms, b.terms))
    return (
        bool(set(ev.shared_names) - {a.place, b.place})
        and kinds_a == kinds_b
        and not ev.other_doings
        and _same_period(a, b, _SHARE_DAYS)
    )


def _values_apart(ta: frozenset[str], tb: frozenset[str]) -> bool:
    """Whether two dates' clauses state values of one kind (marked "=unit|noun|low|high"
    by extraction) that cannot both be true: then they date two occurrences (two years'
    profits, two elections' shares), and a change of date is no conflict."""
    told_a, told_b = _told_values(ta), _told_values(tb)
    kinds = told_a.keys() & told_b.keys()
    return bool(kinds) and all(
        all(hi_a < lo_b or hi_b < lo_a for lo_a, hi_a in told_a[k] for lo_b, hi_b in told_b[k]) for k in kinds
    )


def _values_alike(a: Claim, b: Claim) -> bool:
    """Whether two dates' clauses state the same values of one kind beside them ("killed
    two co-workers in September" / "the shooting deaths of two co-workers in May"): one
    occurrence, though each sentence names other people or places."""
    told_a, told_b = _told_values(frozenset(a.terms)), _told_values(frozenset(b.terms))
    kinds = told_a.keys() & told_b.keys()
    return bool(kinds) and all(set(told_a[k]) == set(told_b[k]) for k in kinds)


def _told_values(terms: frozenset[str]) -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for t in terms:
        if t[0] == "=":
            unit, noun, low, high = t[1:].split("|")
            out[f"{unit}|{noun}"].append((float(low), float(high)))
    return out


def _names_apart(a: Claim, b: Claim, ev: _Evidence) -> bool:
    """Whether both sentences name someone or something mid-sentence, and nothing in
    common, nor an edition: "won the Oscar for best picture in 2010" / "won the Golden
    Globe for best drama in 2009" tell of two prizes."""
    mid_a, mid_b = _name_sets(a.sentence_names)[0], _name_sets(b.sentence_names)[0]
    return bool(mid_a and mid_b and not ev.shared_names and not any(t[0] == "#" for t in ev.shared))


def _opening_names(a: Claim, b: Claim) -> frozenset[str]:
    """The capitalized word both sentences open with and both clauses hold ("Lopez will be
    sentenced ..." / "Lopez faces ..."): a name, though an opening word alone tells none."""
    return (_name_sets(a.sentence_names)[1] & _name_sets(b.sentence_names)[1]).intersection(a.terms, b.terms)


def _role_link(a: Claim, b: Claim, settings: Settings) -> Link | None:
    """People in one role: the same person corroborates; two people may conflict.

    Two different people conflict only for a role with one holder at a time, with the
    same organisation or country stated on both sides, within the same period.
    """
    qa, qb = set(filter(None, a.place.split("|"))), set(filter(None, b.place.split("|")))
    if qa and qb and not (qa <= qb or qb <= qa):
        return None
    if not _same_period(a, b, settings.role_period_days):
        return None  # a role changes hands over time; that is history, not a conflict
    if compatible(a, b, settings):
        return Link(False, f"same role ({a.noun}); same person")
    if a.noun in UNIQUE_ROLES and qa and qa == qb:
        return Link(True, f"same role ({a.noun}, {' '.join(sorted(qa))}) in the same period")
    return None


# How many of the words a group's links share its reason lists, the most shared first.
_REASON_ITEMS = 8


def _merged_reason(reasons: list[str]) -> str:
    """One reason for a group from its links' reasons: each kind of evidence once, in the
    order first given, with the words the links share merged, the most often shared first
    ("shared words: quak, aceh, provinc and 4 more")."""
    kinds: dict[str, Counter[str]] = {}
    # A large group's links give the same few reasons thousands of times: each distinct
    # reason is read once, its words counted as often as it was given.
    for reason, times in Counter(reasons).items():
        for piece in reason.split("; "):
            label, colon, items = piece.partition(": ")
            counts = kinds.setdefault(label if colon else piece, Counter())
            if colon:
                for item in items.split(", "):
                    counts[item] += times
    out: list[str] = []
    for label, counts in kinds.items():
        ranked = sorted(counts, key=lambda w: (-counts[w], w))
        if not ranked:
            out.append(label)
            continue
        more = len(ranked) - _REASON_ITEMS
        out.append(f"{label}: {', '.join(ranked[:_REASON_ITEMS])}" + (f" and {more} more" if more > 0 else ""))
    return "; ".join(out)


def _make_group(
    claims: list[Claim],
    idx: list[int],
    strong: list[tuple[int, int]],
    reasons: list[str],
    settings: Settings,
    judge: _Judge,
) -> Group:
    pos = {k: n for n, k in enumerate(idx)}
    clashes = [
        (claims[pos[i]], claims[pos[j]]) for (i, j) in strong if i in pos and j in pos and not judge.compatible(i, j)
    ]
    status = Status.CONFLICT if clashes else Status.AGREE
    sev: Severity | None = None
    if clashes:
        levels = {severity(x, y, settings) for x, y in clashes}
        sev = Severity.ERROR if Severity.ERROR in levels else Severity.WARNING
    first = claims[0]
    subject = Counter(c.subject for c in claims).most_common()
    subject_text = sorted(subject, key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
    values = sorted({c.normalized for c in claims})
    common = sorted(set.intersection(*(set(c.terms) for c in claims)))
    places = sorted({c.place for c in claims if c.place and not c.place.startswith("here@")})
    ident = fingerprint(first.kind.value, first.unit, first.noun, ",".join(places), " ".join(common), "|".join(values))
    dates = [c.published for c in claims if c.published is not None]
    gap = (max(dates) - min(dates)).days if len(dates) > 1 else None
    reason = _merged_reason(reasons)
    return Group(
        id=ident,
        kind=first.kind,
        subject=subject_text,
        status=status,
        claims=tuple(claims),
        reason=reason,
        severity=sev,
        gap_days=gap,
    )
