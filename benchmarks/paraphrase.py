"""Recall and false alarms on made-up paraphrases of other kinds of news (a measurement).

The devset covers seven stories (awards, a prison escape, shootings, quakes, an air
strike). Users check coverage of trials, deals, sport, obituaries, elections, storms and
fires too. Each pair below is this project's own: two sentences from two articles about
one story, the second told in other words, with one value changed so that the two clash
(``CLASH``), or two sentences that state different facts and must not be reported
(``APART``). None comes from a corpus. A rule is worth keeping when it finds more of
``CLASH`` without reporting any of ``APART``; the pairs that every rule misses show what
grouping does not read yet.

Usage:
    python benchmarks/paraphrase.py             # summary by kind of news
    python benchmarks/paraphrase.py --verbose   # a line per miss and per false alarm
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.config import Settings  # noqa: E402
from factcheck.extract import extract_claims  # noqa: E402
from factcheck.group import group_claims  # noqa: E402
from factcheck.model import Article, Status  # noqa: E402

# (kind of news, first article's sentence, second article's sentence)
CLASH: list[tuple[str, str, str]] = [
    # deals and business
    (
        "deal",
        "Chipmaker Veltra said on Monday it would buy graphics firm Quorix for $5.4 billion in cash and stock.",
        "Veltra agreed to acquire Quorix in a deal valued at $4.2 billion, the companies said on Monday.",
    ),
    (
        "deal",
        "Veltra will pay $21 a share for Quorix, a premium of 24 percent over Friday's close.",
        "The offer of $21 per share represents a premium of 31% to Quorix's closing price on Friday.",
    ),
    (
        "deal",
        "Veltra will pay $21 a share in cash for Quorix.",
        "Under the agreement, Quorix shareholders will receive $26 per share in cash.",
    ),
    (
        "deal",
        "Veltra said it would cut about 1,500 jobs after the merger.",
        "The combined company plans to eliminate 3,000 positions, Veltra said.",
    ),
    (
        "deal",
        "The Harlow-based company employs 12,000 people in 30 countries.",
        "Quorix, based in Harlow, has about 8,000 employees in 30 countries.",
    ),
    (
        "deal",
        "Brightline Foods reported a net profit of $310 million for the quarter.",
        "Brightline Foods said quarterly net profit came to $410 million.",
    ),
    # sport
    (
        "sport",
        "First baseman Mark Teller agreed to an eight-year, $180 million contract with the Hawks on Tuesday.",
        "The Hawks signed Teller to an eight-year deal worth $160 million, the team announced Tuesday.",
    ),
    (
        "sport",
        "Teller agreed to an eight-year contract with the Hawks on Tuesday.",
        "The Hawks signed Teller to a seven-year deal on Tuesday.",
    ),
    (
        "sport",
        "The Hawks fired head coach Dale Morrow on Monday after a 9-14 start.",
        "The Hawks dismissed coach Dale Morrow on Wednesday, the team said.",
    ),
    (
        "sport",
        "Ivanov knocked out Reyes in the 11th round to retain his heavyweight title.",
        "Ivanov retained the heavyweight title with a knockout of Reyes in the seventh round.",
    ),
    (
        "sport",
        "The fight drew a crowd of 45,000 at the Harlow stadium.",
        "Some 61,000 fans packed the Harlow stadium for the fight.",
    ),
    # obituaries
    (
        "obituary",
        "The actress June Halloway, who starred in dozens of musicals, died Thursday at her home. She was 91.",
        "June Halloway died at the age of 89 at her home on Thursday, her publicist said.",
    ),
    (
        "obituary",
        "Mark Fell, the former FBI official who leaked secrets to reporters, died on Thursday at 95.",
        "Fell died Thursday at his home in Santa Rosa, aged 93.",
    ),
    (
        "obituary",
        "Halloway died of heart failure on Thursday, her publicist said.",
        "Halloway died on Saturday of heart failure, her publicist said.",
    ),
    # quakes and storms
    (
        "quake",
        "The 6.2-magnitude quake struck at a depth of 12 kilometres, the geological survey said.",
        "The earthquake had a depth of 35 km, according to the geological survey.",
    ),
    (
        "quake",
        "The quake was centred 40 miles northwest of Marden, the geological survey said.",
        "The epicentre was 150 kilometres northwest of Marden, the geological survey said.",
    ),
    (
        "quake",
        "A magnitude 6.4 earthquake struck northern Marden province on Sunday, killing at least 30 people.",
        "The 5.9-magnitude quake that hit Marden province on Sunday killed at least 30 people.",
    ),
    (
        "quake",
        "The earthquake struck at 11:35 a.m. local time on Sunday.",
        "The quake hit Marden province at 2:35 p.m. on Sunday.",
    ),
    (
        "storm",
        "The storm made landfall near Port Ellis on Tuesday with winds of 120 mph.",
        "Hurricane Lena came ashore near Port Ellis on Tuesday with sustained winds of 150 mph.",
    ),
    (
        "storm",
        "About 200,000 homes lost power as the storm swept through the county.",
        "The storm knocked out power to 450,000 homes in the county.",
    ),
    # crime and courts
    (
        "crime",
        "The gunman opened fire at the office party, killing three people and wounding two others.",
        "Four people were killed and two injured when a gunman opened fire at an office holiday party.",
    ),
    (
        "crime",
        "Police said the gunman, 42, shot himself after the attack at the office party.",
        "The 45-year-old gunman later shot himself, police said.",
    ),
    (
        "crime",
        "Thieves stole jewels worth about 85 million euros from the Paris store on Thursday.",
        "The robbers made off with jewelry valued at 40 million euros from the store in Paris on Thursday.",
    ),
    (
        "crime",
        "Four armed men entered the jewellery store shortly before closing time on Thursday.",
        "Three armed men burst into the jewellery store on Thursday before closing time.",
    ),
    (
        "crime",
        "Jurors deliberated for about 12 hours before convicting Lopez of murder.",
        "The jury convicted Lopez of murder after deliberating for 30 hours.",
    ),
    (
        "crime",
        "Lopez faces up to 25 years to life in prison when he is sentenced on May 3.",
        "Lopez will be sentenced on May 17, the judge said.",
    ),
    (
        "crime",
        "Police arrested 12 people after the riot in the Harlow district on Saturday.",
        "Thirty people were arrested after rioting broke out in Harlow on Saturday, police said.",
    ),
    (
        "crime",
        "The driver, who was drunk, hit four pedestrians on Main Street on Friday night.",
        "Police said the drunk driver struck seven pedestrians on Main Street on Friday night.",
    ),
    # fire
    (
        "fire",
        "The fire destroyed the church, causing an estimated $1 million in damage.",
        "Damage to the church was estimated at $3 million, fire officials said.",
    ),
    (
        "fire",
        "More than 60 firefighters battled the blaze at the warehouse for six hours.",
        "Firefighters fought the warehouse blaze for 12 hours, officials said.",
    ),
    (
        "fire",
        "The fire broke out at about 2 a.m. on Sunday at the Harlow church.",
        "The blaze started at 5 a.m. Sunday at the church in Harlow, fire officials said.",
    ),
    # elections
    (
        "election",
        "President Aram Kerimov won re-election with 89.2 percent of the vote, the electoral commission said.",
        "Kerimov received 97 percent of the votes cast, according to the electoral commission.",
    ),
    (
        "election",
        "Turnout was 93.9 percent, the electoral commission said.",
        "The electoral commission put turnout at 87 percent.",
    ),
    (
        "election",
        "Six candidates are running for president in Sunday's election.",
        "Nine candidates are on the ballot in Sunday's presidential election.",
    ),
    # products and tech
    (
        "product",
        "The new laptop will go on sale on Oct. 14 for $1,299.",
        "The new laptop will be available on Oct. 21 for $1,299.",
    ),
    (
        "product",
        "The new laptop will go on sale on Oct. 14 for $1,299.",
        "The new laptop, priced at $1,499, goes on sale Oct. 14.",
    ),
    (
        "product",
        "The patch fixes 11 security flaws in the operating system, the company said.",
        "The update addresses eight vulnerabilities in the operating system, the company said.",
    ),
    # piracy and rescue
    (
        "sea",
        "Pirates seized the tanker with its crew of 25 off the coast of Somalia on Saturday.",
        "The tanker, with 28 crew members aboard, was hijacked off Somalia on Saturday.",
    ),
    (
        "sea",
        "The navy said its warship sank the pirate vessel and rescued 13 fishermen.",
        "The warship sank the pirate mother ship, freeing 16 fishermen, the navy said.",
    ),
    (
        "sea",
        "The ship was carrying 2 million barrels of crude oil when it was seized.",
        "The hijacked tanker was loaded with 3 million barrels of oil.",
    ),
    # appointments
    (
        "role",
        "Harlow Mayor Susan Greer named Tom Ridley as the city's new police chief on Monday.",
        "Harlow's new police chief, Mark Dent, was sworn in on Monday, Mayor Susan Greer said.",
    ),
    (
        "role",
        "The company named Ana Ruiz chief executive on Tuesday.",
        "Brightline's new chief executive, Laura Kent, takes over on Tuesday.",
    ),
]

APART: list[tuple[str, str, str]] = [
    (
        "deal",
        "Veltra will take on $2 billion of Quorix debt, the companies said.",
        "Veltra will buy Quorix for $5.4 billion, the companies said.",
    ),
    ("deal", "Veltra reported revenue of $5 billion last year.", "Veltra will pay $5.4 billion for Quorix."),
    ("deal", "Quorix shares rose 24 percent on Monday.", "Veltra shares fell 3 percent on Monday."),
    ("sport", "Teller hit 33 home runs last season.", "In 2006 Teller hit 43 home runs."),
    (
        "sport",
        "Teller agreed to an eight-year contract with the Hawks.",
        "Teller's previous contract with the Eagles ran for three years.",
    ),
    ("obituary", "Halloway died on Thursday at 91.", "Her husband, Tom Halloway, died in 2001 at 78."),
    ("obituary", "June Halloway died on Thursday. She was 91.", "Her sister Ann Halloway is 87."),
    ("quake", "The quake struck at a depth of 10 kilometres.", "The aftershock struck at a depth of 35 kilometres."),
    (
        "quake",
        "A magnitude 6.4 earthquake struck Marden province on Sunday.",
        "A 5.1-magnitude aftershock struck Marden province on Monday.",
    ),
    ("storm", "The storm left 30,000 homes without power.", "The storm destroyed 800 homes."),
    (
        "crime",
        "The gunman opened fire at the office party, killing three people.",
        "Three years ago a gunman killed five people at a nearby factory.",
    ),
    ("crime", "Four people were killed in the shooting.", "Two people were wounded in the shooting."),
    ("crime", "Lopez was sentenced to 25 years in prison.", "His co-defendant was sentenced to 8 years in prison."),
    ("crime", "Police arrested 12 people on Saturday.", "Police arrested 30 more people on Sunday."),
    (
        "fire",
        "The fire destroyed the church, causing an estimated $1 million in damage.",
        "The church had been renovated in 2005 at a cost of $3 million.",
    ),
    ("fire", "About 300 firefighters battled the blaze.", "About 40 fire engines battled the blaze."),
    ("election", "Kerimov won 89 percent of the vote.", "His nearest rival won 3 percent of the vote."),
    ("election", "Turnout was 93.9 percent.", "Turnout in the 2007 election was 99 percent."),
    ("product", "The laptop costs $1,299.", "The tablet costs $499."),
    ("product", "The new laptop goes on sale on Oct. 14.", "The old laptop went on sale on March 3."),
    ("sea", "Pirates are holding 12 ships and 250 crew members.", "Pirates seized the tanker with its crew of 25."),
    ("role", "Harlow Mayor Susan Greer spoke on Monday.", "Former Harlow mayor Tom Ridley spoke on Monday."),
]


def conflicts(first: str, second: str) -> list[set[str]]:
    day = dt.date(2010, 5, 4)
    claims = [
        c
        for n, text in enumerate((first, second))
        for c in extract_claims(Article(f"{'ab'[n]}.txt", text, published=day), Settings())
    ]
    groups = group_claims(claims, Settings())
    return [{c.value for c in g.claims} for g in groups if g.status is Status.CONFLICT]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    kinds: dict[str, list[int]] = {}
    for kind, first, second in CLASH:
        found = bool(conflicts(first, second))
        tally = kinds.setdefault(kind, [0, 0])
        tally[0] += found
        tally[1] += 1
        if args.verbose and not found:
            print(f"missed {kind}: {first} || {second}")
    false = 0
    for kind, first, second in APART:
        found = conflicts(first, second)
        false += bool(found)
        if args.verbose and found:
            print(f"FALSE {kind}: {first} || {second} {found}")
    total = sum(t[1] for t in kinds.values())
    hits = sum(t[0] for t in kinds.values())
    by_kind = " ".join(f"{k}={v[0]}/{v[1]}" for k, v in sorted(kinds.items()))
    print(f"paraphrase found={hits}/{total} false={false}/{len(APART)} {by_kind}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
