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
        "fire",
        "More than 100 firefighters battled the blaze at the Marden superstore.",
        "About 40 firefighters fought the fire at the superstore in Marden, officials said.",
    ),
    (
        "quake",
        "The earthquake struck at a depth of 12 miles on Sunday, the geological survey said.",
        "The quake was 1.2 miles deep, according to the geological survey.",
    ),
    (
        "quake",
        "A strong earthquake hit Marden on Tuesday, killing one person and injuring dozens.",
        "The earthquake in Marden on Tuesday killed four people, officials said.",
    ),
    (
        "quake",
        "A powerful earthquake in Marden province flattened buildings on Tuesday, killing at least five people.",
        "A 6.1-magnitude earthquake which hit Marden on Tuesday killed two people and injured dozens.",
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
    (
        "deal",
        "Veltra will pay $21 a share in cash for Quorix.",
        "Quorix shares closed at $16 a share in cash trading on Monday.",
    ),
    (
        "deal",
        "Veltra will pay $21 a share in cash for Quorix.",
        "Quorix shareholders received a dividend of $2 per share in cash.",
    ),
    (
        "crime",
        "Thieves stole jewels worth 85 million euros from the Paris store.",
        "Jewels worth 40 million euros were recovered from the Paris store.",
    ),
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
    ("election", "Turnout in the capital was 52 percent.", "Turnout was 93.9 percent, the commission said."),
    ("election", "Kerimov's party won 60 percent of the seats.", "Kerimov won 89 percent of the vote."),
    ("deal", "Unemployment in the region fell to 7 percent.", "Inflation in the region rose to 9 percent."),
    ("product", "The laptop costs $1,299.", "The tablet costs $499."),
    ("product", "The new laptop goes on sale on Oct. 14.", "The old laptop went on sale on March 3."),
    ("sea", "Pirates are holding 12 ships and 250 crew members.", "Pirates seized the tanker with its crew of 25."),
    ("sport", "The fight drew a crowd of 45,000 at the stadium.", "A crowd of 3,000 watched the weigh-in on Friday."),
    (
        "deal",
        "Quorix, based in Harlow, has about 8,000 employees.",
        "Veltra, a Harlow-based rival, has 3,000 employees.",
    ),
    ("fire", "Firefighters battled the blaze for six hours.", "Firefighters battled a second blaze for two hours."),
    (
        "deal",
        "Quorix reported a net profit of $310 million in 2009.",
        "Quorix reported a profit of $250 million in 2010.",
    ),
    ("election", "Kerimov won 89 percent of the vote in 2007.", "Kerimov won 97 percent of the vote in 2012."),
    ("sea", "The ship was carrying 2 million barrels of oil.", "The ship can carry up to 3 million barrels of oil."),
    ("storm", "The storm had winds of 120 mph when it hit Marden.", "Its winds had weakened to 60 mph by Tuesday."),
    (
        "crime",
        "Police arrested 12 people after the riot on Saturday.",
        "Police arrested 30 after another riot on Sunday.",
    ),
    (
        "product",
        "The laptop, priced at $1,299, goes on sale Oct. 14.",
        "The tablet, priced at $499, goes on sale Oct. 14.",
    ),
    ("sea", "Pirates seized the tanker with its crew of 25.", "The navy rescued a crew of 19 from a fishing boat."),
    (
        "product",
        "Quorix's patch fixes 11 security flaws in its Vela operating system, the company said.",
        "Veltra's patch fixes eight flaws in its Tern browser, the company said.",
    ),
    ("role", "Harlow Mayor Susan Greer spoke on Monday.", "Former Harlow mayor Tom Ridley spoke on Monday."),
    (
        "other",
        "Tickets for Friday's concert at the Harlow arena cost $50.",
        "Tickets for Friday's game at the Harlow arena cost $80.",
    ),
    (
        "storm",
        "The storm killed 12 people in Haiti on Tuesday.",
        "The storm killed 30 people in the Caribbean on Tuesday.",
    ),
    (
        "storm",
        "The storm killed 12 people in Haiti, officials said.",
        "The storm killed 4 people in Cuba, officials said.",
    ),
    (
        "crime",
        "Police arrested 12 protesters in the capital on Saturday.",
        "Police arrested 40 protesters across the country on Saturday.",
    ),
    (
        "sea",
        "The plane was carrying 150 passengers and 6 crew when it crashed.",
        "The plane was carrying 162 people when it crashed.",
    ),
    (
        "crime",
        "Three of the victims were children, police said.",
        "Twelve people were killed in the shooting, police said.",
    ),
    ("fire", "The fire destroyed 40 homes in Marden on Sunday.", "Last year a fire destroyed 200 homes in Marden."),
    (
        "deal",
        "The company hired 300 workers at its Harlow plant this year.",
        "The company employs 3,000 workers at its Harlow plant.",
    ),
    (
        "deal",
        "The bill would raise the minimum wage to $15 an hour by 2025.",
        "The minimum wage is currently $7.25 an hour.",
    ),
    (
        "crime",
        "The suspect was released on $50,000 bail on Monday.",
        "A second suspect was held on $100,000 bail on Monday.",
    ),
    ("crime", "The jury awarded the family $5 million in damages.", "The family had sought $20 million in damages."),
    (
        "deal",
        "Veltra offered $5.4 billion for Quorix in March.",
        "Veltra raised its offer for Quorix to $6.1 billion in May.",
    ),
    ("quake", "The quake killed 12 people in the village of Lorca.", "The quake killed 300 people across the region."),
    (
        "quake",
        "The earthquake struck at a depth of 12 miles on Sunday, the geological survey said.",
        "The largest aftershock was 1.2 miles deep, according to the geological survey.",
    ),
    (
        "crime",
        "A bomb exploded at a market in Harlow on Tuesday, killing 12 people.",
        "A second bomb exploded near a mosque in Harlow on Tuesday, killing four people.",
    ),
    (
        "quake",
        "A quake hit Marden on Tuesday, killing one person.",
        "A landslide in Marden on Tuesday killed four people, officials said.",
    ),
    (
        "storm",
        "The storm killed four people in Marden on Tuesday.",
        "The storm killed 30 people across the country on Tuesday, including four in Marden.",
    ),
    (
        "crime",
        "Police in Harlow said on Tuesday the fire killed three people.",
        "Police in Harlow said on Tuesday the crash killed five people.",
    ),
    (
        "quake",
        "A quake hit Marden on Tuesday, killing one person in the town of Ulla.",
        "A quake hit Marden on Tuesday, killing four people in the province.",
    ),
    ("other", "Rescuers found 12 survivors on Monday.", "Rescuers found 30 bodies on Tuesday."),
    (
        "crime",
        "Gunmen killed four police officers in the north on Sunday.",
        "Gunmen killed nine police officers in the south on Sunday.",
    ),
    (
        "sea",
        "The ship was carrying 25 crew members when it was seized.",
        "The pirates are holding 25 crew members from three ships.",
    ),
    (
        "sport",
        "Kerimov won 89 percent of the vote in the first round.",
        "Kerimov won 97 percent of the vote in the runoff.",
    ),
    ("election", "The senator was first elected in 1998.", "The senator was re-elected in 2004."),
    (
        "other",
        "The school has 600 students, the principal said.",
        "About 200 students were evacuated from the school, the principal said.",
    ),
    ("crime", "The shooting happened at 2 p.m. on Friday.", "Police arrived at the scene at 2:20 p.m. on Friday."),
    ("obituary", "The actor was born in 1940 in Harlow.", "The actor died in 2010 in Harlow."),
    (
        "deal",
        "The company said it sold 2 million phones in the first week.",
        "The company said it sold 10 million phones last year.",
    ),
    ("crime", "He was sentenced to 15 years in prison on Monday.", "Prosecutors had asked for 25 years in prison."),
    ("other", "The bridge cost $40 million to build in 1990.", "Repairs to the bridge will cost $12 million."),
    ("storm", "The storm dumped 20 inches of rain on Marden.", "The storm dumped 8 inches of rain on Harlow."),
    (
        "quake",
        "The earthquake killed more than 200 people in 2003.",
        "The earthquake killed at least 30 people, officials said.",
    ),
    ("sport", "Around 5,000 soldiers are stationed at the base.", "Around 500 soldiers were sent to the border."),
    ("sport", "The team won 5-2 on Saturday, its ninth straight win.", "The team has won 12 of its last 15 games."),
    ("deal", "Shares of Veltra fell 5 percent on the news.", "Shares of Quorix rose 24 percent on the news."),
    ("other", "The museum has about 2 million visitors a year.", "About 5,000 visitors came to the museum on Sunday."),
    ("crime", "The suspect was arrested on March 3 in Harlow.", "The suspect was charged on March 10 in Harlow."),
    ("crime", "The trial began on June 1, the court said.", "The trial ended on June 20, the court said."),
    ("role", "Smith was appointed chief executive in 2004.", "Smith stepped down as chief executive in 2011."),
    ("deal", "The company was founded in 1985 in Harlow.", "The company moved to Harlow in 1999."),
    ("fire", "The fire started at 2 a.m. and was put out at 6 a.m.", "Firefighters arrived at 2:15 a.m."),
    ("other", "The store opens at 9 a.m. on weekdays.", "The robbery happened at 9:40 a.m. on Monday."),
    ("crime", "The victim was shot on May 22 and died on May 29.", "The victim died on May 29, police said."),
    ("other", "The bridge opened in 1937.", "The bridge was closed in 2012 for repairs."),
    (
        "role",
        "Harlow Mayor Susan Greer said the city would rebuild.",
        "Former Harlow mayor Tom Ridley said the city had been warned.",
    ),
    (
        "deal",
        "The company's chief executive, Ana Ruiz, said sales rose.",
        "Ruiz replaced Tom Dent as chief executive in 2009.",
    ),
    (
        "other",
        "The film won the Oscar for best picture in 2010.",
        "The film won the Golden Globe for best drama in 2009.",
    ),
    ("quake", "The quake struck at 3:45 p.m. local time on Tuesday.", "An aftershock struck at 5:10 p.m. on Tuesday."),
    ("sea", "The flight left Harlow at 6:15 a.m.", "The flight was due in Marden at 9:40 a.m."),
    ("other", "The polls closed at 8 p.m. on Sunday.", "The first results came in at 11 p.m. on Sunday."),
    ("obituary", "He was born on July 4, 1950, in Harlow.", "He moved to Marden on July 4, 1975."),
    ("other", "The strike began on Monday.", "The strike ended on Friday."),
    ("other", "The law was passed in 2010 and took effect in 2012.", "The law took effect in 2012."),
    ("sea", "The ship was seized on Nov. 15 off Somalia.", "The crew was released on Jan. 9 after a ransom was paid."),
    (
        "crime",
        "The gunman was identified as Tom Ridley, 34, of Harlow.",
        "Police said the victim, Ana Ruiz, 29, of Harlow, died at the scene.",
    ),
    ("fire", "Coach Dale Morrow was fired on Monday.", "Assistant coach Sam Ortiz was named interim coach on Monday."),
    (
        "crime",
        "The attack killed 12 soldiers and four civilians, officials said.",
        "The attack killed 16 people, officials said.",
    ),
    ("crime", "The bomb killed 20 people, including 8 children.", "The bomb killed 8 children and 12 adults."),
    (
        "crime",
        "At least 40 people were killed and 100 injured in the blast.",
        "The blast killed 25 Afghans and 15 foreigners.",
    ),
    ("crime", "Of the 40 dead, 12 were police officers.", "The blast killed 40 people."),
    ("sea", "The plane had 228 people on board, including 12 crew.", "All 216 passengers and 12 crew members died."),
    (
        "storm",
        "The hurricane killed 12 people in Florida and 30 in Cuba.",
        "The hurricane killed 42 people across the region.",
    ),
    ("crime", "Two of the five suspects were arrested on Monday.", "Police are still searching for three suspects."),
    ("election", "The senator, 67, is serving his fifth term.", "The senator's wife, 63, spoke at the rally."),
    ("deal", "The company has 400 stores in 12 countries.", "The company plans to open 50 stores in 3 countries."),
    ("election", "Voters approved the bond measure with 62 percent.", "The measure needed 55 percent to pass."),
    ("crime", "The court sentenced him to 12 years.", "He faced up to 20 years in prison."),
    (
        "sport",
        "The team scored 3 goals in the second half.",
        "The team scored 2 goals in the second half of the previous game.",
    ),
    ("crime", "Police said 3 people were arrested at the protest.", "Police said 300 people took part in the protest."),
    ("other", "About 200 homes were evacuated on Friday.", "About 500 people were evacuated on Friday."),
    ("storm", "The wildfire has burned 12,000 acres.", "The wildfire was 40 percent contained."),
    (
        "fire",
        "Officials said 1,500 firefighters were battling the fire.",
        "The fire destroyed 1,500 acres, officials said.",
    ),
    (
        "quake",
        "The quake was felt 300 kilometres away in the capital.",
        "The quake's epicentre was 40 kilometres from the town.",
    ),
    ("deal", "The company's shares closed at $24.50 on Friday.", "The company's shares opened at $26 on Friday."),
    (
        "other",
        "Unemployment rose to 9.5 percent in June from 9.4 percent in May.",
        "Unemployment was 9.4 percent in May.",
    ),
    ("sea", "The ship sank in 30 metres of water.", "The ship was 120 metres long."),
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
