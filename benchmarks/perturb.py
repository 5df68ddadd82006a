"""Recall on more perturbations than the devset ships (a measurement, not a test).

The devset's perturbed cases each change ONE value of ONE agreement in ONE article. The
unperturbed cases hold many more agreements than were picked for that. This script makes
the same kind of change to every numeric, date and time agreement of every unperturbed
case, once per article that states it, runs ``factcheck check`` on each edited copy and
reports:

- found: a reported conflict covers the edited fact (the new value against another one);
- false: a reported conflict covers an agreement of the case that was not edited;
- other: conflicts that match nothing in the gold (read them: the gold is incomplete).

The case's own gold conflicts stay expected, so finding them is no "other".

A link that only corroborates (weak) cannot raise a conflict when a value changes, so
``found`` measures how many facts the grouping links strongly enough, on texts it was not
tuned on sentence by sentence. Changes follow ``../shared/devset/README.md``: counts times
three (small counts plus at least two; a third when another article gives a floor such as
"at least 40", which a higher value would not contradict), magnitudes times 1.3 (or 0.7), ordinals plus 15,
dates a week later (the weekday kept) or three months on (not when another article gives
only the month the edited date stays in: the devset's edits contradict every other article),
clock times three hours later;
with ``--names``, a full name next to a role word ("coroner X said", "X, president, ABC")
becomes a made-up one.

Usage:
    python benchmarks/perturb.py                       # every agreement, 2 jobs
    python benchmarks/perturb.py --verbose             # a line per miss and per false alarm
    python benchmarks/perturb.py --cases ecb_d0001 ecb_d0005
    python benchmarks/perturb.py --names               # names next to a role word as well
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

WORDS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()
MONTHS = "January February March April May June July August September October November December".split()
_PROSE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")
EDITED = "the edited fact"
ABBREVS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()


def _score_module() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _bigger(n: float, down: bool = False) -> float:
    """Three times the value (small ones plus two); a third of it, rounded, when ``down``."""
    if down:
        return max(1, round(n / 3)) if n >= 6 else -1
    return n * 3 if n >= 2 else n + 2


# A floor before a value: "at least 40" allows 120, so an edit of a value that agrees
# with another article's floor goes down, and an edit of a floor goes up.
_FLOOR_RE = re.compile(r"\b(?:at least|more than|over|upwards of)\s*$", re.IGNORECASE)


def _floored(item: dict[str, Any], file: str) -> bool:
    value = (item.get("values") or {}).get(file)
    value = str(value[0] if isinstance(value, list) else value)
    sentence = (item.get("evidence") or {}).get(file) or ""
    at = sentence.find(value)
    return bool(re.match(r"(?i)(?:at least|more than|over|upwards of)\b", value)) or (
        at >= 0 and _FLOOR_RE.search(sentence[:at]) is not None
    )


def _direction(item: dict[str, Any], file: str) -> bool | None:
    """Whether the edit goes down (True), up (False), or cannot contradict (None): two
    floors ("at least 40" / "at least 120") never contradict each other."""
    other_floor = any(_floored(item, f) for f in (item.get("values") or {}) if f != file)
    if other_floor and _floored(item, file):
        return None
    return other_floor


def _number(text: str, subtype: str, down: bool = False) -> str | None:
    """The value with its first number changed, in the same surface form."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if m:
        raw = m.group()
        value = float(raw.replace(",", ""))
        if subtype == "magnitude":
            new = f"{value * 1.3:.1f}" if value * 1.3 < 10 else f"{value * 0.7:.1f}"
        elif subtype == "ordinal":
            suffix = re.match(r"(?:st|nd|rd|th)", text[m.end() :])
            new = str(int(value) + 15)
            return text[: m.start()] + _ordinal(int(new)) + text[m.end() + (suffix.end() if suffix else 0) :]
        elif "." in raw:
            new = f"{_bigger(value, down):.1f}"
        else:
            big = int(_bigger(value, down))
            if big < 1:
                return None
            new = f"{big:,}" if "," in raw else str(big)
        return text[: m.start()] + new + text[m.end() :]
    for i, word in enumerate(WORDS):
        w = re.search(rf"\b{word}\b", text, re.IGNORECASE)
        if w and i > 0:
            new_i = int(_bigger(i, down))
            if not 1 <= new_i < len(WORDS):
                return None
            new_word = WORDS[new_i]
            if w.group()[0].isupper():
                new_word = new_word.capitalize()
            return text[: w.start()] + new_word + text[w.end() :]
    return None


def _date(text: str) -> str | None:
    """A week later, weekday kept (or a week earlier near the month's end); else three months on."""
    for names in (MONTHS, ABBREVS):
        for month in names:
            m = re.search(rf"\b{re.escape(month)}(\s+)(\d{{1,2}})\b", text)
            if m:
                day = int(m.group(2))
                new = day + 7 if day + 7 <= 28 else day - 7
                return text[: m.start(2)] + str(new) + text[m.end(2) :]
            m = re.search(rf"\b(\d{{1,2}})(\s+){re.escape(month)}", text)
            if m:
                day = int(m.group(1))
                new = day + 7 if day + 7 <= 28 else day - 7
                return text[: m.start(1)] + str(new) + text[m.end(1) :]
    for names in (MONTHS, ABBREVS):
        for i, month in enumerate(names):
            m = re.search(rf"\b{re.escape(month)}(?![a-z])", text)
            if m:
                return text[: m.start()] + names[(i + 3) % 12] + text[m.end() :]
    m = re.search(r"\b(19|20)(\d\d)\b", text)
    if m:
        return text[: m.start()] + str(int(m.group()) - 2) + text[m.end() :]
    return None


def _month_allows(new: str, values: dict[str, Any], file: str) -> bool:
    """Whether another article gives only a month (no day, no year) that the edited date
    still falls in: such an edit contradicts nothing, and the devset makes none."""
    for other, value in values.items():
        if other == file:
            continue
        for text in value if isinstance(value, list) else [value]:
            text = str(text)
            if not re.search(r"\d", text) and any(m in text and m in new for m in MONTHS + ABBREVS):
                return True
    return False


def _time(text: str) -> str | None:
    m = re.search(r"\b(\d{1,2})(?=[:.]\d\d|\s*[ap]\.?m|\s*o'clock)", text, re.IGNORECASE)
    if not m:
        return None
    hour = int(m.group(1))
    new = (hour + 3 - 1) % 12 + 1 if hour <= 12 else (hour + 3) % 24
    if hour <= 12 and hour + 3 > 11:
        new = hour - 3 if hour > 3 else hour + 3  # keep the part of the day
    return text[: m.start(1)] + str(new) + text[m.end(1) :]


# Role words a name may stand next to ("coroner X said", "X, president, ABC"): the devset
# replaces only such names. Written here, not taken from factcheck's lexicon, so that
# the benchmark does not measure only what factcheck already knows.
ROLE_NEAR = frozenset(
    """president spokesman spokeswoman spokesperson producer producers director chief coroner
    minister secretary officer commissioner governor mayor prosecutor attorney judge sheriff
    chairman chairwoman ceo head manager inspector general captain lieutenant sergeant
    detective superintendent official executive professor leader coach host founder""".split()
)
# Full names put in place of the one replaced, none of them in the devset.
STAND_INS = ("Martin Hale", "Laura Bennett", "Victor Osei", "Helen Marsh")


def _name(value: str, sentence: str, n: int) -> str | None:
    """A stand-in for a full name written next to a role word in its sentence, or None."""
    if len(value.split()) < 2 or not all(w[0].isupper() for w in value.split()):
        return None
    at = sentence.find(value)
    if at < 0:
        return None
    before = re.findall(r"[A-Za-z]+", sentence[:at].lower())[-4:]
    after = re.findall(r"[A-Za-z]+", sentence[at + len(value) :].lower())[:4]
    if ROLE_NEAR.isdisjoint(before) and ROLE_NEAR.isdisjoint(after):
        return None
    return STAND_INS[n % len(STAND_INS)]


def perturb(value: str, subtype: str, down: bool = False) -> str | None:
    if subtype == "date":
        return _date(value)
    if subtype == "time":
        return _time(value)
    if subtype in ("count", "magnitude", "ordinal", "age", "distance"):
        return _number(value, subtype, down)
    return None


def make_cases(gold: dict[str, Any], wanted: set[str], names: bool = False) -> list[dict[str, Any]]:
    """One edited case per (agreement, article): the gold conflict and the other agreements."""
    out = []
    for case in gold["cases"]:
        name = case["case"]
        if not name.startswith("ecb_d0") or (wanted and name not in wanted):
            continue
        agreements = (case.get("agreements") or []) + (case.get("named_agreements") or [] if names else [])
        for n, item in enumerate(agreements):
            values = item.get("values") or {}
            evidence = item.get("evidence") or {}
            for file, value in sorted(values.items()):
                value = value[0] if isinstance(value, list) else value
                sentence = evidence.get(file)
                if item.get("subtype") == "name":
                    new = _name(str(value), sentence or "", n) if names else None
                else:
                    down = _direction(item, file)
                    new = None if down is None else perturb(str(value), item.get("subtype", ""), down)
                    if new and item.get("subtype") == "date" and _month_allows(new, values, file):
                        new = None  # "February 15" does not contradict another article's "February"
                if not new or new == value or not sentence or value not in sentence:
                    continue
                others = [a for k, a in enumerate(agreements) if k != n]
                if not names:
                    others += case.get("named_agreements") or []
                conflict = dict(item, id=EDITED, values=dict(values, **{file: new}), values_before=values)
                out.append(
                    {
                        "case": f"{name}#{n}:{file}",
                        "dir": name,
                        "file": file,
                        "sentence": sentence,
                        "old": str(value),
                        "new": new,
                        "conflicts": [conflict, *(case.get("conflicts") or [])],
                        "agreements": others,
                        "soft_conflicts": case.get("soft_conflicts") or [],
                    }
                )
    return out


def _stated(case: dict[str, Any]) -> list[str]:
    """What the edited article must not state elsewhere: each way the gold writes the old
    value, and for numbers the number that was changed ("6.1" of "6.1 magnitude quake")."""
    side = case["conflicts"][0]["values_before"][case["file"]]
    alternatives = side if isinstance(side, list) else [side]
    out = [str(a) for a in alternatives]
    if case["conflicts"][0].get("subtype") == "name":
        out.append(case["old"].split()[-1])  # the surname: "Lee" of "Paul Lee"
    if case["conflicts"][0].get("subtype") in ("count", "magnitude", "ordinal", "age", "distance"):
        number = re.search(r"\d[\d,]*(?:\.\d+)?", case["old"])
        if number:
            out.append(number.group())
    return out


def run_one(
    case: dict[str, Any], devset: Path, score: Any, cmd: list[str], keep: Path | None = None
) -> dict[str, Any] | None:
    with tempfile.TemporaryDirectory(prefix="fc-perturb-") as tmp:
        folder = Path(tmp) / case["dir"]
        shutil.copytree(devset / case["dir"], folder)
        target = folder / case["file"]
        text = target.read_text(encoding="utf-8")
        lines = text.split("\n")
        at = next((i for i, line in enumerate(lines) if case["sentence"] in line), None)
        if at is None or case["old"] not in lines[at] or not _PROSE_END.search(lines[at]):
            return None  # the devset edits body sentences, never headlines or datelines
        rest = "\n".join(line for i, line in enumerate(lines) if i != at)
        if any(re.search(rf"(?<![\w.]){re.escape(token)}(?![\w]|\.\d)", rest) for token in _stated(case)):
            return None  # the edited article states the old value elsewhere: no contradiction
        lines[at] = lines[at].replace(case["old"], case["new"], 1)
        target.write_text("\n".join(lines), encoding="utf-8")
        proc = subprocess.run([*cmd, str(folder)], capture_output=True, text=True, timeout=600)
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"{case['case']}: exit {proc.returncode}: {proc.stderr.strip()[-300:]}")
        doc = json.loads(proc.stdout)
        if keep is not None:
            shutil.copytree(folder, keep / case["case"].replace("#", "_").replace(":", "_"), dirs_exist_ok=True)
    result = score.score_case(case, doc, complete=False)
    result["edited_found"] = EDITED not in result["missed"]
    result["subtype"] = case["conflicts"][0].get("subtype")
    result["change"] = f"{case['file']}:{at + 1}: {case['old']!r} -> {case['new']!r}"
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--devset", type=Path, default=SHARED / "devset")
    ap.add_argument("--cases", nargs="*", default=[])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--names", action="store_true", help="also replace names next to a role word")
    ap.add_argument("--keep", type=Path, help="copy each edited case folder here, to look at")
    args = ap.parse_args()
    score = _score_module()
    gold = yaml.safe_load((args.devset / "gold.yaml").read_text(encoding="utf-8"))
    cases = make_cases(gold, set(args.cases), args.names)
    cmd = [sys.executable, "-m", "factcheck", "check", "--format", "json", "--no-cache"]
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = [r for r in pool.map(lambda c: run_one(c, args.devset, score, cmd, args.keep), cases) if r]
    by_type: dict[str, list[int]] = {}
    for r in sorted(results, key=lambda r: r["case"]):
        tally = by_type.setdefault(r["subtype"], [0, 0])
        tally[0] += r["edited_found"]
        tally[1] += 1
        if args.verbose and (not r["edited_found"] or r["false"]):
            line = f"{r['case']}: {'found' if r['edited_found'] else 'MISSED'} false={r['false']} ({r['change']})"
            for ex in r["examples"]["false"]:
                line += f"\n    false: {ex['claims']}"
            print(line)
    found = sum(t[0] for t in by_type.values())
    total = sum(t[1] for t in by_type.values())
    false = sum(r["false"] for r in results)
    other = sum(r["unverified"] for r in results)
    kinds = " ".join(f"{k}={v[0]}/{v[1]}" for k, v in sorted(by_type.items()))
    recall = found / total if total else 1.0
    print(f"perturbed recall={recall:.3f} found={found}/{total} false={false} other={other} {kinds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
