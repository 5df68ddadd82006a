"""Recall and false alarms on made-up stories of kinds the devset does not hold (a measurement).

The devset's seven stories are awards, a prison escape, shootings, quakes and air strikes.
Here are six more (in ``benchmarks/stories/``), this project's own, each told by two made-up articles in different
words and agreeing on every fact: a title fight, a takeover, an obituary, a hijacking at
sea, riots and a product launch. The script checks each story as it is (every reported
conflict is a false alarm), then makes one edit at a time, one value of one article
changed as the devset's perturbed cases change it, and counts the edits whose new value a
reported conflict shows. None of the texts comes from a corpus.

Usage:
    python benchmarks/stories.py             # summary
    python benchmarks/stories.py --verbose   # a line per missed edit and per false alarm
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.config import load_config  # noqa: E402
from factcheck.model import Status  # noqa: E402
from factcheck.pipeline import check  # noqa: E402

# Each story is a folder of ``stories/``, each article a file of it.
STORIES: dict[str, dict[str, str]] = {
    story.name: {f.name: f.read_text(encoding="utf-8") for f in sorted(story.iterdir())}
    for story in sorted((Path(__file__).parent / "stories").iterdir())
}

# (story, article, text as written, text after the edit)
EDITS: list[tuple[str, str, str, str]] = [
    ("boxing", "a.txt", "14,000 fans", "42,000 fans"),
    ("boxing", "b.txt", "around 14,000", "around 42,000"),
    ("boxing", "a.txt", "The 32-year-old Ivanov", "The 38-year-old Ivanov"),
    ("boxing", "b.txt", "Reyes, who is 34", "Reyes, who is 39"),
    ("boxing", "a.txt", "about $5 million for the bout", "about $15 million for the bout"),
    ("boxing", "b.txt", "Reyes received $1.5 million", "Reyes received $4.5 million"),
    ("boxing", "a.txt", "ninth successful defence", "24th successful defence"),
    ("boxing", "b.txt", "51-2 with 46", "51-2 with 36"),
    ("deal", "a.txt", "$4.2 billion in cash", "$8.4 billion in cash"),
    ("deal", "b.txt", "receive $26 per share", "receive $36 per share"),
    ("deal", "a.txt", "premium of 24 percent", "premium of 54 percent"),
    ("deal", "b.txt", "roughly 1,500 positions", "roughly 4,500 positions"),
    ("deal", "a.txt", "employs about 8,000 people", "employs about 24,000 people"),
    ("deal", "b.txt", "rose 21% to $25.75", "rose 41% to $25.75"),
    ("deal", "a.txt", "fell 3 percent to $41.20", "fell 9 percent to $41.20"),
    ("obit", "a.txt", "died on Thursday", "died on Monday"),
    ("obit", "b.txt", "in 1961 for", "in 1971 for"),
    ("obit", "a.txt", "Born in 1923", "Born in 1929"),
    ("obit", "b.txt", "appeared in 43 films", "appeared in 63 films"),
    ("obit", "a.txt", "acting at 17", "acting at 21"),
    ("obit", "a.txt", "married three times", "married five times"),
    ("pirates", "a.txt", "arrested nine suspected", "arrested 27 suspected"),
    ("pirates", "b.txt", "Its 25 crew", "Its 75 crew"),
    ("pirates", "a.txt", "ransom of $25 million", "ransom of $75 million"),
    ("pirates", "b.txt", "some 450 nautical", "some 150 nautical"),
    ("pirates", "a.txt", "seized on Nov. 15", "seized on Nov. 8"),
    ("pirates", "b.txt", "19 of them", "7 of them"),
    ("pirates", "a.txt", "2 million barrels", "6 million barrels"),
    ("riot", "a.txt", "31 officers", "93 officers"),
    ("riot", "b.txt", "87 people had been arrested", "261 people had been arrested"),
    ("riot", "a.txt", "a 15-year-old boy", "a 17-year-old boy"),
    ("riot", "b.txt", "at around 9 p.m.", "at around 12 p.m."),
    ("riot", "a.txt", "at least 130 shops", "at least 390 shops"),
    ("launch", "a.txt", "go on sale on Oct. 21", "go on sale on Oct. 28"),
    ("launch", "b.txt", "$1,999 for the 15-inch", "$2,999 for the 15-inch"),
    ("launch", "a.txt", "weighs 4.5 pounds", "weighs 6.5 pounds"),
    ("launch", "b.txt", "shipped 2.6 million", "shipped 7.8 million"),
    ("launch", "a.txt", "up 38 percent", "up 68 percent"),
    ("launch", "b.txt", "five hours of battery", "nine hours of battery"),
    ("election", "a.txt", "58 percent of the vote", "48 percent of the vote"),
    ("election", "b.txt", "by 58% to 36%", "by 58% to 26%"),
    ("election", "a.txt", "turnout was 71 percent", "turnout was 51 percent"),
    ("election", "b.txt", "with 112 seats", "with 92 seats"),
    ("election", "a.txt", "The 52-year-old", "The 57-year-old"),
    ("election", "b.txt", "takes office on May 15", "takes office on May 22"),
    ("election", "a.txt", "About 4.2 million people", "About 6.2 million people"),
    ("sentence", "a.txt", "to 25 years in prison", "to 35 years in prison"),
    ("sentence", "b.txt", "to 25 years behind bars", "to 15 years behind bars"),
    ("sentence", "a.txt", "Kell robbed 14 banks", "Kell robbed 24 banks"),
    ("sentence", "a.txt", "Kell, 41,", "Kell, 46,"),
    ("sentence", "b.txt", "on July 2, 2015", "on July 9, 2015"),
    ("sentence", "a.txt", "five-day trial", "nine-day trial"),
    ("sentence", "b.txt", "about $380,000", "about $980,000"),
    ("storm", "a.txt", "killing six people", "killing 18 people"),
    ("storm", "b.txt", "Six people died", "18 people died"),
    ("storm", "a.txt", "about 200,000 homes", "about 600,000 homes"),
    ("storm", "b.txt", "140 km/h in Port Ellis", "190 km/h in Port Ellis"),
    ("storm", "a.txt", "120 millimetres", "40 millimetres"),
    ("storm", "b.txt", "around 1,200 residents", "around 3,600 residents"),
    ("storm", "a.txt", "Three of the dead", "Five of the dead"),
    ("results", "a.txt", "rose 12 percent to $310 million", "rose 32 percent to $310 million"),
    ("results", "b.txt", "to $310 million", "to $410 million"),
    ("results", "a.txt", "climbed to $2.4 billion", "climbed to $3.4 billion"),
    ("results", "b.txt", "4.6 million tablets", "6.6 million tablets"),
    ("results", "a.txt", "rose 5 percent to $38.40", "rose 9 percent to $38.40"),
    ("results", "b.txt", "around $2.6 billion", "around $3.6 billion"),
    ("transfer", "a.txt", "five-year contract", "seven-year contract"),
    ("transfer", "b.txt", "$90 million, five-year", "$70 million, five-year"),
    ("transfer", "a.txt", "Ostrow, 27,", "Ostrow, 29,"),
    ("transfer", "b.txt", "a fee of $45 million", "a fee of $65 million"),
    ("transfer", "a.txt", "scored 31 goals", "scored 21 goals"),
    ("transfer", "b.txt", "31 times in 38 appearances", "31 times in 28 appearances"),
    ("trial", "a.txt", "to 12 years in prison", "to 16 years in prison"),
    ("trial", "b.txt", "received six years", "received nine years"),
    ("trial", "a.txt", "Brandt, 29,", "Brandt, 36,"),
    ("trial", "b.txt", "about $2.3 million", "about $6.9 million"),
    ("trial", "a.txt", "Morrow, 52,", "Morrow, 58,"),
]


def conflicts(story: dict[str, str]) -> list[list[tuple[str, str]]]:
    """The conflicts a check of the story's articles reports: (article, sentence) of each claim."""
    with tempfile.TemporaryDirectory() as folder:
        for name, text in story.items():
            (Path(folder) / name).write_text(text, encoding="utf-8")
        report = check([Path(folder)], load_config(None), base=Path(folder))
    return [[(c.path, c.sentence) for c in g.claims] for g in report.groups if g.status is Status.CONFLICT]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    false = 0
    for name, story in STORIES.items():
        for found in conflicts(story):
            false += 1
            if args.verbose:
                print(f"FALSE {name}: {found}")
    tally: dict[str, list[int]] = {}
    for name, article, old, new in EDITS:
        edited = dict(STORIES[name])
        assert old in edited[article], (name, old)
        edited[article] = edited[article].replace(old, new)
        found = any(any(path == article and new in sentence for path, sentence in group) for group in conflicts(edited))
        counts = tally.setdefault(name, [0, 0])
        counts[0] += found
        counts[1] += 1
        if args.verbose and not found:
            print(f"missed {name}: {article}: {old!r} -> {new!r}")
    hits = sum(n for n, _ in tally.values())
    by_story = " ".join(f"{name}={n}/{m}" for name, (n, m) in tally.items())
    print(f"stories found={hits}/{len(EDITS)} false={false} {by_story}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
