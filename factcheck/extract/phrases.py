"""Noun phrases after a number, and the words that narrow what they name.

"80 people", "navy, air force and marines", "30,000 homes without power": what a number
counts (its head, folded with the lexicon's equivalents) and what narrows it.
"""

from __future__ import annotations

from ..lexicon import (
    COMMON_VERBS,
    DEMONYMS,
    IRREGULAR_PLURALS,
    MONTHS,
    MULTIWORD_NOUNS,
    NOUN_EQUIVALENTS,
    NOUNISH_ING,
    NUMBER_WORDS,
    PREDICATE_ADVERBS,
    STOPWORDS,
    VERB_CLASSES,
    WEEKDAYS,
)
from .context import stem
from .text import Token

_MAX_NP = 4


def _verbish(tok: Token, nxt: Token | None, first: bool) -> bool:
    low = tok.lower
    if low.endswith("ing") and low not in NOUNISH_ING:
        return True
    if low.endswith("ed") and len(low) > 4:
        # "wounded soldiers" is adjectival; "troops stationed", "protesters gathered" are verbs.
        return not first or nxt is None or not nxt.is_word or nxt.lower in STOPWORDS
    return False


def _counted_plural(word: str, nxt: str) -> bool:
    """Whether ``word`` is a counted noun in the plural that ends its phrase before
    ``nxt``: "three armed men burst into", "25,000 vehicles cross" (a plural rarely
    modifies a noun, and ``nxt`` is no noun the lexicon knows, nor one with ``word``)."""
    plural = word in IRREGULAR_PLURALS or (word in NOUN_EQUIVALENTS and word.endswith("s") and not word.endswith("ss"))
    return plural and nxt not in NOUN_EQUIVALENTS and (word, nxt) not in MULTIWORD_NOUNS


def _conjunct(tokens: list[Token], j: int, hi: int) -> tuple[list[Token], int]:
    words: list[Token] = []
    while j < hi and len(words) < _MAX_NP:
        tok = tokens[j]
        nxt = tokens[j + 1] if j + 1 < hi else None
        stop = tok.lower in STOPWORDS and not (tok.text.isupper() and len(tok.text) > 1)  # "US"
        # "23 people dead", "five soldiers missing": the predicate, not part of the noun
        stop = stop or (
            bool(words)
            and (
                tok.lower in COMMON_VERBS
                or tok.lower in VERB_CLASSES
                or tok.lower in PREDICATE_ADVERBS
                or _counted_plural(words[-1].lower, tok.lower)
            )
        )
        if tok.is_word and not stop and tok.lower not in NUMBER_WORDS and not _verbish(tok, nxt, not words):
            words.append(tok)
            j += 1
        elif tok.text == "-" and words and nxt is not None and nxt.is_word and tok.start == tokens[j - 1].end:
            j += 1
        else:
            break
    return words, j


def _head(words: list[Token]) -> str:
    if len(words) >= 2:
        pair = (words[-2].lower, words[-1].lower)
        if pair in MULTIWORD_NOUNS:
            return MULTIWORD_NOUNS[pair]
    last = words[-1].lower
    if last.endswith("s") and last[:-1] in DEMONYMS:
        return "person"  # "20 Palestinians": people, with their nationality as a modifier
    return NOUN_EQUIVALENTS.get(last) or stem(last)


def sure_noun(words: list[Token]) -> bool:
    """Whether a phrase read after a number surely ends at its noun ("80 people",
    "35,000 U.S. troops"), not at a verb no lexicon knows ("25,000 vehicles cross")."""
    if len(words) == 1:
        return True
    last = words[-1].lower
    return (
        last in NOUN_EQUIVALENTS
        or (words[-2].lower, last) in MULTIWORD_NOUNS
        or (last.endswith("s") and last[:-1] in DEMONYMS)
    )


def noun_phrase(tokens: list[Token], j: int, hi: int) -> tuple[list[Token], int, str]:
    """Return the noun phrase at ``j`` (coordinated heads allowed), its end and head.

    "navy, air force and marines" is one phrase when every conjunct names the same
    kind of thing (all military personnel); otherwise only the first conjunct counts.
    """
    first, end = _conjunct(tokens, j, hi)
    if not first:
        return [], j, ""
    head = _head(first)
    words, k, saw_and = list(first), end, False
    while k < hi and (tokens[k].text == "," or tokens[k].lower in ("and", "or")):
        sep = k
        while k < hi and (tokens[k].text == "," or tokens[k].lower in ("and", "or")):
            saw_and = saw_and or tokens[k].lower in ("and", "or")
            k += 1
        nxt, k2 = _conjunct(tokens, k, hi)
        if not nxt or _head(nxt) != head:
            k = sep
            break
        words.extend(nxt)
        k = k2
    if k != end and saw_and:
        return words, k, head
    return first, end, head


# Prepositions that say which of the counted things are meant: "homes without power",
# "patients for burns", "people with injuries".
_COMPLEMENT_PREPOSITIONS = frozenset({"without", "for", "with"})
_COMPLEMENT_SKIP = frozenset({"the", "a", "an", "their", "its", "his", "her", "no"})


def complement(tokens: list[Token], k: int, hi: int, money: bool = False) -> str:
    """The phrase right after a counted noun that narrows it ("30,000 homes without
    power": "+without:power"), as a subject term marked "+", or "". Its head is folded as
    a subject word is, and an action word stands for its class ("for murder" =
    "for the killing")."""
    if k + 1 >= hi or not (tokens[k].lower in _COMPLEMENT_PREPOSITIONS or money and tokens[k].lower == "on"):
        return ""  # an amount is also narrowed by what it is spent on: "$3 billion on defense"
    j = k + 1
    while j < min(hi, k + 4) and (tokens[j].lower in _COMPLEMENT_SKIP or tokens[j].lower in STOPWORDS):
        j += 1  # "for the new road"
    if j >= hi or tokens[j].lower in WEEKDAYS or tokens[j].lower in MONTHS:
        return ""  # "on Friday" tells when, not what
    while j + 1 < hi and tokens[j].lower.endswith(("'s", "’s")):
        j += 1  # "for Friday's concert": what the concert is, not whose
    action = VERB_CLASSES.get(tokens[j].lower)
    head = action or noun_phrase(tokens, j, hi)[2]
    return f"+{tokens[k].lower}:{head}" if head else ""


def per_unit(tokens: list[Token], k: int, hi: int) -> int:
    """Past "a share", "per share", "each" after an amount ("$21 a share for Quorix")."""
    if k + 1 < hi and tokens[k].lower in ("a", "per") and tokens[k + 1].is_word:
        return k + 2
    if k < hi and tokens[k].lower in ("each", "apiece"):
        return k + 1
    return k


def object_priced(tokens: list[Token], start: int, lo: int) -> str:
    """What an action of buying or selling was done to, when the amount follows it with
    "for" ("bought the painting for $5 million": "+obj:paint"), marked as a subject term;
    else "". Two amounts paid for two things are two facts."""
    k = start - 1
    if k - 1 < lo or tokens[k].lower != "for" or not tokens[k - 1].is_word:
        return ""
    j = k - 2
    while j >= max(lo, k - 4) and tokens[j].is_word and tokens[j].lower not in VERB_CLASSES:
        j -= 1
    if j < max(lo, k - 4) or VERB_CLASSES.get(tokens[j].lower) != "buy":
        return ""
    word = tokens[k - 1].lower
    return f"+obj:{NOUN_EQUIVALENTS.get(word) or stem(word)}"


def subject_priced(tokens: list[Token], start: int, lo: int) -> str:
    """What the subject of a price is for, when a verb of buying stands right before the
    amount ("Tickets for Friday's concert cost $50": "+for:concert"); else ""."""
    k = start - 1
    if k >= lo and tokens[k].lower == "at":
        k -= 1  # "are priced at $50"
    if k < lo or VERB_CLASSES.get(tokens[k].lower) != "buy":
        return ""
    for j in range(k - 1, max(lo, k - 10) - 1, -1):
        if tokens[j].text in ",;":
            return ""
        if tokens[j].lower == "for":
            return complement(tokens, j, k)
    return ""
