"""How factcheck scales: generated corpora of N articles, measured against a regex floor.

For each size it generates a corpus by recombining the sentences of ``corpus/`` with varied
numbers, names, places and dates (seeded, so every run builds the same corpus), then runs,
each in a fresh process:

- floor: one compiled regex scanning every file for numbers (the least any whole-corpus pass costs);
- cold: ``factcheck check`` with an empty cache;
- warm: the same run again, nothing changed;
- touched: after 1% of the files were edited;

and prints wall time, CPU time (user + system, all processes) and peak memory (largest
resident set of any one process), with each time as a ratio to the floor's wall time.

Usage:
    python benchmarks/scale.py                     # 1k and 10k articles
    python benchmarks/scale.py --sizes 1000 10000 100000 --jobs 2
    python benchmarks/scale.py --adversarial       # 1 MB hostile texts, extraction time each
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.extract.text import body_sentences  # noqa: E402

FIRST = ["Maria", "James", "Chen", "Aiko", "Omar", "Elena", "Kwame", "Lars", "Priya", "Tomas", "Yuki", "Hassan"]
LAST = ["Alvarez", "Okafor", "Lindqvist", "Tanaka", "Haddad", "Novak", "Mensah", "Kowalski", "Reyes", "Petrov"]
PLACES = ["Norway", "Chile", "Kenya", "Vietnam", "Poland", "Canada", "Egypt", "Peru", "Ghana", "Finland", "Brazil"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
_NUMBER_RE = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+\b")
_NAME_RE = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?\b")
_PLACE_RE = re.compile(r"\b(?:Japan|South Korea|North Korea|China|Seoul|Tokyo|the United States)\b")
FLOOR_SCRIPT = r"""
import os, re, sys
pattern = re.compile(rb"\d[\d,.]*")
n = 0
for folder, _dirs, names in os.walk(sys.argv[1]):
    for name in names:
        with open(os.path.join(folder, name), "rb") as f:
            n += len(pattern.findall(f.read()))
print(n, file=sys.stderr)
"""
MEASURE_SCRIPT = r"""
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
wall = time.perf_counter() - start
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{wall} {r.ru_utime + r.ru_stime} {r.ru_maxrss} {code}")
"""


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    rss_mb: float


def sentence_pool() -> list[str]:
    pool: list[str] = []
    for file in sorted((ROOT / "corpus").glob("*.txt")):
        pool.extend(s.text for s in body_sentences(file.read_text(encoding="utf-8")))
    return pool


def vary(sentence: str, rng: random.Random) -> str:
    """The sentence with some of its numbers, names and places changed."""

    def number(m: re.Match[str]) -> str:
        if rng.random() < 0.7:
            return m.group(0)
        value = int(m.group(0).replace(",", ""))
        if 1900 <= value <= 2100:
            return str(rng.randint(1990, 2024))
        new = max(1, int(value * rng.uniform(0.5, 1.5)))
        return f"{new:,}" if "," in m.group(0) else str(new)

    sentence = _NUMBER_RE.sub(number, sentence)
    if rng.random() < 0.3:
        sentence = _NAME_RE.sub(lambda m: f"{rng.choice(FIRST)} {rng.choice(LAST)}", sentence, count=1)
    if rng.random() < 0.3:
        sentence = _PLACE_RE.sub(lambda m: rng.choice(PLACES), sentence, count=1)
    return sentence


def generate(folder: Path, n: int, seed: int = 7) -> int:
    """Write ``n`` articles of about 3.4 KB each; return the bytes written."""
    rng = random.Random(seed)
    pool = sentence_pool()
    total = 0
    for i in range(n):
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        year = rng.randint(2010, 2020)
        lines = [
            f"Report {i}: {rng.choice(PLACES)} and {rng.choice(PLACES)} talks",
            f"Published : {rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}",
            "",
        ]
        paragraph: list[str] = []
        size = sum(len(line) for line in lines)
        while size < 3400:
            s = vary(rng.choice(pool), rng)
            paragraph.append(s)
            size += len(s) + 1
            if len(paragraph) >= rng.randint(1, 3):
                lines.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            lines.append(" ".join(paragraph))
        text = "\n".join(lines) + "\n"
        (sub / f"article_{i:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def measure(command: list[str]) -> Run:
    out = subprocess.run(
        [sys.executable, "-c", MEASURE_SCRIPT, *command], capture_output=True, text=True, check=True
    ).stdout.split()
    return Run(float(out[0]), float(out[1]), int(out[2]) / 1024)


def touch(folder: Path, share: float, seed: int = 11) -> int:
    files = sorted(folder.rglob("*.txt"))
    rng = random.Random(seed)
    chosen = rng.sample(files, max(1, int(len(files) * share)))
    for file in chosen:
        with file.open("a", encoding="utf-8") as f:
            f.write(f"Officials said {rng.randint(2, 900)} delegates attended the talks.\n")
    return len(chosen)


def bench_size(n: int, jobs: int | None, keep: Path | None) -> list[tuple[str, Run]]:
    work = Path(tempfile.mkdtemp(prefix=f"factcheck-bench-{n}-"))
    corpus = work / "corpus"
    cache = work / "cache"
    size = generate(corpus, n)
    print(f"\n{n:,} articles, {size / 1e6:.1f} MB in {corpus}", file=sys.stderr)
    check = [sys.executable, "-m", "factcheck", "check", str(corpus), "--format", "json", "--cache-dir", str(cache)]
    if jobs:
        check += ["--jobs", str(jobs)]
    runs = [("floor (one regex, all files)", measure([sys.executable, "-c", FLOOR_SCRIPT, str(corpus)]))]
    runs.append(("cold (empty cache)", measure(check)))
    runs.append(("warm (unchanged)", measure(check)))
    touch(corpus, 0.01)
    runs.append(("1% of files touched", measure(check)))
    if keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return runs


def print_table(n: int, runs: list[tuple[str, Run]]) -> None:
    floor = runs[0][1].wall
    print(f"\n{n:,} articles\n")
    print("| run | wall s | x floor | CPU s | peak RSS MB |")
    print("|---|---:|---:|---:|---:|")
    for name, r in runs:
        print(f"| {name} | {r.wall:.2f} | {r.wall / floor:.1f} | {r.cpu:.2f} | {r.rss_mb:.0f} |")


ADVERSARIAL = {
    "digits and separators": "1,2.3,4 5-6/7 8,000.00, 9.9.9 " * 40_000,
    "hedge words": "about roughly more than nearly up to at least some around over " * 16_000,
    "capitalized words": "The Big Red Fox Jumped Over Seoul Tokyo Korea Japan Minister Kim " * 16_000,
    "one line, no spaces": "a1b2,c3.d4" * 100_000,
    "sentence fragments": "More than 35,000 U.S. troops, about 50,000. " * 24_000,
    "hedged counts, one sentence per line": "Officials said about 35,000 troops, more than 2,000 ships "
    "and up to 90 planes arrived in Seoul on Monday.\n" * 10_000,
    "digits and hedges in prose lines": "Roughly 1,2.3,4 5-6/7 about 8,000.00, over 9.9.9 more than 7, said Kim Lee.\n"
    * 14_000,
    # a line without a stop: not prose (longer than any sentence), so not read
    "one line of capitalized words and digits": "Minister Kim 12 were hurt at 3 pm and " * 27_000,
    # sentences as long as prose may run, each holding hundreds of values: each value's
    # work must not grow with the sentence (a scan per value would be quadratic)
    "long sentences of times": ("at 3 pm and " * 240 + "then.\n") * 350,
    "long sentences of tolls": ("12 were hurt and " * 170 + "then.\n") * 350,
    "long sentences of signings": ("signed by Ab Cd and Ef Gh, " * 105 + "then.\n") * 350,
    "people named by a description": "Ana Morrow, a mother of 12, met a Harlow mother of 12 in 2011.\n" * 16_000,
}


def adversarial() -> None:
    from factcheck.config import Settings
    from factcheck.extract import extract_claims
    from factcheck.model import Article

    print("| 1 MB input | extraction s | claims |")
    print("|---|---:|---:|")
    for name, text in ADVERSARIAL.items():
        # ends on a stop, as prose does: a line without one is page furniture, never read
        text = text[:999_999].rstrip() + "."
        start = time.perf_counter()
        claims = extract_claims(Article("x.txt", text), Settings())
        print(f"| {name} | {time.perf_counter() - start:.2f} | {len(claims)} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=None, help="passed to factcheck (default: its own)")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpora")
    parser.add_argument("--adversarial", action="store_true", help="only time extraction of 1 MB hostile texts")
    args = parser.parse_args()
    if args.adversarial:
        adversarial()
        return 0
    results = [(n, bench_size(n, args.jobs, Path(".") if args.keep else None)) for n in args.sizes]
    for n, runs in results:
        print_table(n, runs)
    if len(results) > 1:
        (n0, r0), (n1, r1) = results[-2], results[-1]
        print(f"\ncold {n1:,} / cold {n0:,}: {r1[1][1].wall / r0[1][1].wall:.1f}x for {n1 / n0:.0f}x the articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
