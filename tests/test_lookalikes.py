"""Look-alikes: pairs of made-up news sentences about one story that state two different
facts, not one fact twice. None of them may be reported as a conflict.

The sentences are this project's own, written to probe grouping (not taken from any
corpus). A pair that grouping cannot tell apart yet is marked as a strict ``xfail``
(``_KNOWN``, with what it does not read), so that fixing it shows up here.
"""

from __future__ import annotations

import pytest

from factcheck.config import Settings
from factcheck.group import group_claims
from factcheck.model import Status

from .conftest import claims_of_articles

_KNOWN = pytest.mark.xfail(strict=True, reason="the clauses differ only in a phrase grouping does not read yet")

LOOKALIKES = [
    ("Polls opened at 7 a.m. across the state.", "Polls closed at 8 p.m. across the state."),
    ("The first blast killed 12 people in the market.", "The second blast killed 30 people in the market."),
    ("The bombing killed 12 people in Kabul on Monday.", "The bombing killed 30 people in Kandahar on Monday."),
    ("The quake killed 12 people on Monday.", "The death toll from the quake rose to 30 on Tuesday."),
    ("Twelve children were killed in the attack.", "Thirty people were killed in the attack."),
    ("Police arrested five suspects after the raid.", "Police questioned 20 people after the raid."),
    ("The company will cut 500 jobs in Ohio.", "The company will cut 1,200 jobs worldwide."),
    ("The council approved $5 million for parks.", "The council approved $12 million for roads."),
    ("Unemployment fell to 5 percent in March.", "Inflation rose to 8 percent in March."),
    ("The meeting began at 9 a.m. in the town hall.", "The meeting ended at 1 p.m. in the town hall."),
    ("The storm made landfall at 2 a.m. near the port.", "The storm weakened at 9 a.m. near the port."),
    ("The plane took off at 6:15 a.m. from the airport.", "The plane landed at 9:40 a.m. at the airport."),
    ("The suspect was arrested on Monday, police said.", "The suspect was charged on Wednesday, police said."),
    ("The trial opened on March 3 at the county court.", "The verdict came on March 20 at the county court."),
    ("The bill passed the House on May 4.", "The bill passed the Senate on June 9."),
    ("The bill passed the House 220 to 210.", "The bill passed the Senate 60 to 40."),
    ("Smith won 52 percent of the vote.", "Jones won 45 percent of the vote."),
    ("The team scored 3 goals in the first half.", "The team scored 5 goals in the match."),
    ("About 200 people attended the vigil on Friday.", "About 500 people attended the march on Saturday."),
    ("The fire destroyed 40 homes in the valley.", "The fire damaged 120 homes in the valley."),
    ("The storm left 30,000 homes without power.", "The storm left 80,000 homes without water."),
    ("Shares rose 5 percent on Monday.", "Shares fell 3 percent on Tuesday."),
    ("The hospital treated 40 patients for burns.", "The hospital treated 12 patients for smoke inhalation."),
    ("The gunman fired 30 shots in the school.", "The gunman carried 300 rounds of ammunition into the school."),
    ("The plane carried 150 passengers and six crew.", "The plane carried 150 passengers and 12 crew."),
    ("Of the 150 passengers, 40 were Americans.", "The 150 passengers included 60 Britons."),
    ("The victim, a 34-year-old teacher, was shot twice.", "The suspect, a 19-year-old student, was shot by police."),
    ("The earthquake struck at 3:45 p.m. local time.", "A strong aftershock struck at 5:10 p.m. local time."),
    ("The quake struck at a depth of 10 kilometres.", "The aftershock struck at a depth of 35 kilometres."),
    ("Rescuers pulled 12 survivors from the rubble.", "Rescuers pulled 40 bodies from the rubble."),
    ("The company reported revenue of $5 billion in 2015.", "The company reported revenue of $7 billion in 2016."),
    (
        "The airline carried 2 million passengers last year.",
        "The airline expects to carry 3 million passengers next year.",
    ),
    ("The government plans to hire 5,000 teachers.", "The government hired 2,000 teachers last year."),
    (
        "Officials said 30 people were rescued from the river.",
        "Officials said 12 people were still missing in the river.",
    ),
    (
        "At least 12 people died in the crash, police said.",
        "At least 12 people were injured in the crash, police said.",
    ),
    ("The protest drew 10,000 people, organisers said.", "The protest drew 2,000 people, police said."),
    (
        "The vaccine was 95 percent effective in trials.",
        "The vaccine was 60 percent effective against the new variant.",
    ),
    ("The bridge is 1.2 miles long.", "The bridge is 40 feet wide."),
    ("The strike lasted 12 days.", "The previous strike lasted 40 days."),
    ("He was sentenced to 15 years in prison.", "His co-defendant was sentenced to 8 years in prison."),
    ("The suspect, 24, was charged with murder.", "The victim, 31, died at the scene."),
    ("Ten people were arrested on Saturday.", "Four more people were arrested on Sunday."),
    ("The tornado destroyed 12 homes in Smithville.", "The tornado destroyed 40 homes in the county."),
    ("Gunmen killed 7 soldiers in the north.", "Gunmen killed 12 civilians in the north."),
    ("The 2012 budget was $4 billion.", "The 2013 budget was $5 billion."),
    ("Sales rose 12 percent in the first quarter.", "Sales rose 4 percent in the second quarter."),
    ("The rally began at 10 a.m. on Monday.", "The rally began at 2 p.m. on Tuesday."),
    ("He won the title in 2004 and 2008.", "He won the title in 2012."),
    ("Voters approved the measure with 62 percent.", "Voters rejected the other measure with 55 percent."),
    ("About 300 firefighters battled the blaze.", "About 40 fire engines battled the blaze."),
    (
        "Brightline Foods reported a net profit of $310 million for the quarter.",
        "Brightline Foods reported a net loss of $50 million for the quarter.",
    ),
    (
        "Brightline Foods reported revenue of $5 billion for the quarter, the company said.",
        "Brightline Foods reported profit of $1 billion for the quarter, the company said.",
    ),
    (
        "Unemployment in the county stood at 9 percent in May, the labour office said.",
        "Inflation in the county stood at 3 percent in May, the labour office said.",
    ),
    (
        "The two men accused of the robbery were freed on bail on Monday.",
        "Five men were accused of fraud at the Harlow depot on Monday.",
    ),
    (
        "Three people were killed and 12 injured when a bus crashed near Marden on Sunday.",
        "Five people were killed when a truck overturned on the highway on Sunday.",
    ),
    (
        "The city council approved a budget of $4 million for the new park on Monday.",
        "The city council approved $12 million for the new road on Monday.",
    ),
    (
        "The city government spent $3 million on new police cars this year, the mayor said.",
        "The city government spent $5 million on new school buses this year, the mayor said.",
    ),
    (
        "The museum bought the painting for $5 million at the Harlow auction.",
        "The museum sold a sculpture for $2 million at the Harlow auction.",
    ),
    ("Veltra will pay $21 a share for Quorix.", "Veltra will pay $26 a share for Brightline."),
    ("Veltra offered $5.4 billion for Quorix in March.", "Veltra raised its offer for Quorix to $6.1 billion in May."),
    (
        "Gunmen killed four police officers in the north on Sunday.",
        "Gunmen killed nine police officers in the south on Sunday.",
    ),
    ("Kerimov won 89 percent of the vote in the first round.", "Kerimov won 97 percent of the vote in the runoff."),
    ("Smith was appointed chief executive in 2004.", "Smith stepped down as chief executive in 2011."),
    ("The suspect was arrested on March 3 in Harlow.", "The suspect was charged on March 10 in Harlow."),
    ("The trial began on June 1, the court said.", "The trial ended on June 20, the court said."),
    ("The strike began on Monday.", "The strike ended on Friday."),
    (
        "The team scored 3 goals in the second half.",
        "The team scored 2 goals in the second half of the previous game.",
    ),
    ("The company's shares closed at $24.50 on Friday.", "The company's shares opened at $26 on Friday."),
    ("The film won the Oscar for best picture in 2010.", "The film won the Golden Globe for best drama in 2009."),
    ("Police arrested 5 protesters in Harlow on Tuesday.", "Police questioned 12 protesters in Harlow on Tuesday."),
    (
        "Tickets for Friday's concert at the Harlow arena cost $50.",
        "Tickets for Friday's game at the Harlow arena cost $80.",
    ),
    ("The storm dumped 20 inches of rain on Marden.", "The storm dumped 8 inches of rain on Harlow."),
    ("The flight left Harlow at 6:15 a.m.", "The flight was due in Marden at 9:40 a.m."),
    (
        "The bullet that struck the boy was fired in West Hill on May 29.",
        "A quake struck West Marden on April 6, officials said.",
    ),
    (
        "Her husband, Tom Quint, died in 2001. She was 85 when she retired.",
        "Mara Quint died on Friday at the age of 91, her family said.",
    ),
    # other beats: money, votes, shares, sport, courts, crowds, measures, careers
    (
        "Quorix reported revenue of $4.2 billion for the quarter.",
        "Quorix said revenue for the full year rose to $16.8 billion.",
    ),
    ("The Hawks scored three goals in the second half.", "The Hawks won the match 5-2 on Sunday."),
    ("Quorix shares rose 4 percent on Monday.", "Quorix shares have fallen 12 percent this year."),
    ("Morrow was sentenced to 15 years in prison on Friday.", "Prosecutors had sought 25 years in prison for Morrow."),
    ("The fire destroyed 40 homes and damaged 120 others.", "Firefighters saved 300 homes from the fire."),
    ("Turnout was 62 percent in the first round.", "Turnout rose to 70 percent in the runoff."),
    ("The budget allocates $3 billion for schools.", "The budget allocates $5 billion for roads."),
    (
        "About 2,000 people attended the rally on Saturday.",
        "Organizers had expected 10,000 people at the rally on Saturday.",
    ),
    ("The storm killed 12 people in Marden and four in Harlow.", "The storm killed 16 people, officials said."),
    ("The plane carried 150 passengers and six crew members.", "All 156 people on board the plane survived."),
    ("The bill passed the Senate by 68 votes to 32.", "The bill needed 60 votes to pass the Senate."),
    ("Unemployment fell to 4.1 percent in March.", "Unemployment was 4.5 percent a year earlier."),
    ("The quake struck at a depth of 10 kilometres.", "The quake struck 80 kilometres south of Marden."),
    ("Quorix plans to cut 2,000 jobs.", "Quorix employs 40,000 people worldwide."),
    (
        "Veltra bought Quorix for $5 billion in 2015.",
        "Quorix was valued at $8 billion in 2015 before the deal was announced.",
    ),
    ("The museum drew 1.2 million visitors in 2019.", "The museum expects 2 million visitors next year."),
    ("Teller served 12 years in the Senate.", "Teller served four years as governor."),
    ("The ferry was carrying 400 passengers when it sank.", "The ferry could carry up to 1,200 passengers."),
    (
        "Rescuers pulled 30 survivors from the rubble on Tuesday.",
        "Rescuers pulled 12 bodies from the rubble on Tuesday.",
    ),
    (
        "The hurricane had winds of 120 mph when it made landfall on Tuesday.",
        "The hurricane's winds weakened to 75 mph by Friday.",
    ),
    ("The film grossed $40 million in its opening weekend.", "The film has grossed $300 million worldwide."),
    ("The 45-year-old suspect was arrested on Monday.", "His 19-year-old son was also arrested on Monday."),
    ("The bridge, built in 1932, was closed on Monday.", "The bridge was last repaired in 1998."),
    (
        "Police said 200 officers were deployed for the march on Saturday.",
        "About 5,000 people joined the march on Saturday, police said.",
    ),
    (
        "The strike involved 3,000 workers at the Harlow plant.",
        "The strike involved 12,000 workers across the country.",
    ),
    ("The airline cancelled 300 flights on Monday.", "The airline operates 1,500 flights a day."),
    ("Marden has a population of 80,000.", "About 20,000 people were evacuated from Marden."),
    ("The senator won re-election with 58 percent of the vote.", "His challenger took 40 percent of the vote."),
    ("The company was founded in 1998 in Harlow.", "The company went public in 2004."),
    (
        "The drug cut the risk of death by 20 percent in the trial.",
        "The drug cut the risk of stroke by 35 percent in the trial.",
    ),
    ("Prices rose 3 percent in May from a year earlier.", "Prices rose 0.4 percent in May from April."),
    ("The jury deliberated for five hours on Tuesday.", "The trial lasted three weeks."),
    ("The suspect fired 11 shots, police said.", "Three of the shots hit the victim, police said."),
    ("The tower is 300 metres tall.", "The tower's observation deck is 250 metres above the ground."),
    ("The fire burned 12,000 acres by Monday.", "The fire had burned 4,000 acres by Saturday."),
    ("The team has won 10 of its last 12 games.", "The team has lost 2 of its last 12 games."),
    ("The quake was followed by 40 aftershocks.", "The strongest aftershock measured 5.1."),
    ("Veltra will pay $21 a share in cash for Quorix.", "Quorix shares closed at $18 on Friday."),
    (
        "Officials counted 15 deaths in the first week of the outbreak.",
        "The outbreak has killed 120 people since March.",
    ),
    ("The mayor, elected in 2010, resigned on Monday.", "The mayor was re-elected in 2014."),
    # dates and times of two doings, two occurrences or two events of one story
    ("Morrow was arrested on March 3.", "Morrow was charged on March 5."),
    ("Morrow was arrested on March 3 in Harlow.", "Morrow will be sentenced on June 12 in Harlow."),
    ("The law was passed in 2009.", "The law took effect in 2011."),
    ("The company was founded in 1998.", "The company went public in 2004."),
    ("Teller was born in 1950 in Harlow.", "Teller died in 2016 in Harlow."),
    ("The museum opened in 1932.", "The museum was renovated in 1998."),
    ("The quake struck at 3:42 a.m. on Tuesday.", "A strong aftershock hit at 5:10 a.m. on Tuesday."),
    ("The polls opened at 7 a.m.", "The first results came in at 9 p.m."),
    ("The fire broke out at 2 a.m. on Sunday.", "Firefighters arrived at 2:20 a.m. on Sunday."),
    ("The trial began on Monday.", "The jury began deliberating on Thursday."),
    ("Morrow was elected mayor in 2010.", "Morrow was re-elected in 2014."),
    ("The ship left Harlow on May 3.", "The ship reached Marden on May 9."),
    ("The company reported its results on Tuesday.", "The company will report second-quarter results on July 28."),
    ("Voters approved the bond in 2009.", "Construction of the school began in 2011."),
    ("The storm made landfall on Friday.", "The storm formed in the Atlantic on Tuesday."),
    ("Teller was appointed chief executive in 2004.", "Teller stepped down as chief executive in 2011."),
    ("The bridge was closed on March 3 for repairs.", "The bridge reopened on April 20."),
    ("Police were called at 11:40 p.m.", "The suspect was arrested at 1:15 a.m."),
    ("The victim was shot on May 29.", "The victim died of her wounds on June 2."),
    ("The film premiered in Cannes in May.", "The film opens in theaters on Sept. 14."),
    ("The strike started on Monday, the union said.", "The strike is expected to end on Friday, the union said."),
    ("Quorix announced the deal on Monday.", "The deal is expected to close in the first quarter of 2025."),
    ("The 2004 tsunami killed 230,000 people.", "A 2005 quake killed 1,300 people on Nias island."),
    ("The first Academy Awards were held in 1929.", "The 81st Academy Awards will be held on Feb. 22."),
    ("Teller won the championship in 2008.", "Teller won the championship again in 2012."),
    # people in two roles, or in one role of two organisations, and the signers of two sides
    (
        "Veltra Defense Minister Ivan Morrow said the talks would resume.",
        "Veltra Foreign Minister Ana Ruiz said the talks would resume.",
    ),
    ("Former Veltra President Tom Hale attended the ceremony.", "Veltra President Ana Ruiz attended the ceremony."),
    (
        "Harlow police chief Tom Reyes said the suspect was armed.",
        "Marden police chief Alan Brooks said the suspect was armed.",
    ),
    ("Quorix chief executive Laura Kent said sales rose.", "Quorix chief financial officer Dan Pike said sales rose."),
    (
        "Brightline's acting chief executive Laura Kent spoke on Monday.",
        "Brightline's former chief executive Ana Ruiz spoke on Monday.",
    ),
    ("Harlow Mayor Susan Greer cut the ribbon.", "Harlow Deputy Mayor Tom Ridley cut the ribbon."),
    (
        "Veltra's ambassador to Ostrow, Ivan Morrow, signed the deal.",
        "Veltra's ambassador to Marden, Tom Hale, signed the deal.",
    ),
    (
        "A spokesman for Quorix, Dan Pike, declined to comment.",
        "A spokeswoman for Quorix, Ana Ruiz, declined to comment.",
    ),
    ("Hawks head coach Dale Morrow was fired on Monday.", "Hawks assistant coach Tom Hale was fired on Monday."),
    (
        "Quorix chairman Tom Hale said the board approved the deal.",
        "Quorix chief executive Laura Kent said the board approved the deal.",
    ),
    ("Prosecutor Seth Ward said Morrow acted alone.", "Defense attorney Ann Teller said Morrow acted alone."),
    ("Veltra Prime Minister Ivan Morrow arrived in Marden.", "Ostrow Prime Minister Tom Hale arrived in Marden."),
    # amounts, shares and measures of two kinds, two holders or two moments
    (
        "Quorix posted a net profit of $310 million in the quarter.",
        "Quorix posted an operating profit of $450 million in the quarter.",
    ),
    ("Quorix's revenue rose 12 percent to $4.2 billion.", "Quorix's profit rose 30 percent to $800 million."),
    pytest.param(
        "The city will spend $12 million on the new road.",
        "The state will spend $30 million on the new road.",
        marks=_KNOWN,  # whoever spends is a noun on each side (city / state)
    ),
    ("The ransom was set at $5 million.", "The pirates later lowered the ransom to $3 million."),
    ("The bail was set at $500,000.", "Morrow posted $50,000 of the bail."),
    ("The painting sold for $12 million at auction.", "The painting had been expected to fetch $8 million."),
    ("The quake measured 6.1 on Tuesday.", "An aftershock measured 5.2 on Tuesday."),
    ("The first quake measured 6.1.", "The second quake measured 5.4."),
    ("The wave was 10 metres high when it hit the coast.", "The sea wall was 6 metres high."),
    ("The plane flew at 35,000 feet.", "The plane dropped to 10,000 feet before the crash."),
    ("Temperatures reached 45 degrees on Monday.", "Temperatures fell to 30 degrees on Tuesday."),
    ("Inflation was 3.1 percent in May.", "Core inflation was 2.4 percent in May."),
    ("The jobless rate among young people was 18 percent.", "The overall jobless rate was 6 percent."),
    ("The Hawks won 98-91 on Sunday.", "The Hawks lost 88-95 on Wednesday."),
    ("The suspect was held on $1 million bail.", "The suspect's brother was held on $250,000 bail."),
    ("Quorix will invest $2 billion in Harlow.", "Quorix will invest $500 million in Marden."),
    ("The storm caused $2 billion in damage in Marden.", "Insured losses from the storm reached $800 million."),
    ("The victim was 34.", "The victim's son was 12."),
    ("About 40 percent of voters backed the plan in 2010.", "About 55 percent of voters backed the plan in 2014."),
    ("Veltra offered $21 a share.", "Quorix had asked for $30 a share."),
    ("The quake was centred 10 miles northwest of Marden.", "The quake was felt 150 kilometres northwest of Marden."),
    ("The blast was heard 20 miles away in Harlow.", "The blast was centred 2 miles from Harlow's port."),
    # two women of two towns (the town before the noun tells them apart)
    (
        "Police said a 31-year-old Marden woman was also hurt in the blast.",
        "Police said a 45-year-old Harlow woman was also hurt in the blast.",
    ),
    # "dozens" is an amount, not a word of what the clause is about
    (
        "The 6.1-magnitude quake hit Marden on Sunday, injuring dozens.",
        "A 7.5-magnitude quake hit Veltra after dozens of tremors.",
    ),
]


@pytest.mark.parametrize(("first", "second"), LOOKALIKES)
def test_lookalike_facts_are_not_conflicts(first: str, second: str) -> None:
    groups = group_claims(claims_of_articles(first, second), Settings())
    assert [g for g in groups if g.status is Status.CONFLICT] == []
