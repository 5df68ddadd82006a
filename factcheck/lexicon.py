"""Closed vocabularies of English news language used by extraction and grouping.

Everything here describes the language (hedges, units, roles, places of the world,
words that mean the same thing), never an entity or sentence of a sample article.
"""

from __future__ import annotations

from .model import Hedge


def _by_word(classes: dict[str, str]) -> dict[str, str]:
    """``{"kill": "killed dead ..."}`` -> ``{"killed": "kill", "dead": "kill", ...}``."""
    return {word: canon for canon, words in classes.items() for word in words.split()}


# Hedge phrases, longest first when matched. "more than 35,000" is AT_LEAST,
# "roughly 50,000" is ABOUT, "up to 10" is AT_MOST; see README "Hedges".
HEDGES: dict[str, Hedge] = {
    "about": Hedge.ABOUT,
    "around": Hedge.ABOUT,
    "roughly": Hedge.ABOUT,
    "approximately": Hedge.ABOUT,
    "approx.": Hedge.ABOUT,
    "some": Hedge.ABOUT,
    "an estimated": Hedge.ABOUT,
    "estimated": Hedge.ABOUT,
    "circa": Hedge.ABOUT,
    "more or less": Hedge.ABOUT,
    "nearly": Hedge.NEARLY,
    "almost": Hedge.NEARLY,
    "close to": Hedge.NEARLY,
    "just under": Hedge.NEARLY,
    "more than": Hedge.AT_LEAST,
    "over": Hedge.AT_LEAST,
    "at least": Hedge.AT_LEAST,
    "above": Hedge.AT_LEAST,
    "upwards of": Hedge.AT_LEAST,
    "in excess of": Hedge.AT_LEAST,
    "no fewer than": Hedge.AT_LEAST,
    "no less than": Hedge.AT_LEAST,
    "not less than": Hedge.AT_LEAST,
    "just over": Hedge.AT_LEAST,
    "well over": Hedge.AT_LEAST,
    "fewer than": Hedge.AT_MOST,
    "less than": Hedge.AT_MOST,
    "under": Hedge.AT_MOST,
    "below": Hedge.AT_MOST,
    "up to": Hedge.AT_MOST,
    "as many as": Hedge.AT_MOST,
    "as much as": Hedge.AT_MOST,
    "at most": Hedge.AT_MOST,
    "no more than": Hedge.AT_MOST,
    "not more than": Hedge.AT_MOST,
    "within": Hedge.AT_MOST,
}

# Words that say a number counts something *other* than a nearby similar number
# ("another 50,000", "other 13 countries", "an additional 10").
CONTRAST_WORDS = frozenset({"another", "other", "additional", "further", "extra"})
# Near a date, these tell of an event other than the one the story is about
# ("another flood swept the valley in 1987", "similar storms that struck the coast in 1999").
OTHER_EVENT_WORDS = CONTRAST_WORDS | {"similar", "previous", "prior", "earlier", "again"}


# Ordinals in words, by the number they stand for ("the third quarter", "her second appearance").
ORDINAL_WORDS: dict[str, int] = {
    w: n
    for n, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=1
    )
}

# Prepositions before a place: capitalized words after them name a place, not a person
# ("in Harlow, 12, people"; "in Harlow, a 45-year-old man").
PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "near", "to", "across", "outside", "inside", "into", "toward", "towards"}
)

NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million billion trillion dozen""".split()
)

# How a preposition frames a date or duration: "since 2011" starts a state, "in 2011"
# places an event, "until"/"by" bound it, "after four years" measures a wait. Claims
# framed differently are different facts.
FRAMES: dict[str, str] = {
    "since": "since",
    "from": "since",
    "until": "until",
    "till": "until",
    "through": "until",
    "by": "until",
    "before": "before",
    "after": "after",
    "ago": "ago",
    "for": "for",
    "within": "within",
}

MAGNITUDES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
}

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₩": "KRW",
}

CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "yen": "JPY",
    "won": "KRW",
    "yuan": "CNY",
    "rupees": "INR",
}

PERCENT_WORDS = frozenset({"percent", "per cent", "%", "pct"})

# Durations, in days, so that "90 days" and "three months" compare.
DURATION_UNITS: dict[str, float] = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1,
    "week": 7,
    "month": 30.44,
    "year": 365.25,
    "decade": 3652.5,
}

# Hedges of clock times, as minutes before and after the stated time: "about 3pm"
# is 2:30-3:30, "shortly after 8:30" is 8:30-9:00. An exact time allows 5 minutes.
TIME_HEDGES: dict[str, tuple[int, int]] = {
    "about": (-30, 30),
    "around": (-30, 30),
    "approximately": (-30, 30),
    "roughly": (-30, 30),
    "some time around": (-30, 30),
    "just after": (0, 30),
    "shortly after": (0, 30),
    "soon after": (0, 45),
    "just past": (0, 30),
    "after": (0, 90),
    "just before": (-30, 0),
    "shortly before": (-30, 0),
    "before": (-90, 0),
}
# Time-zone names folded to one label; a time without a zone is local.
TIME_ZONES: dict[str, str] = {"utc": "gmt", "gmt": "gmt", "local time": ""}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Nouns that scope a count to an area without naming it ("in the province").
SCOPE_NOUNS = frozenset(
    "province region country city state area district county capital town village island world nation "
    "north south east west northeast northwest southeast southwest".split()
)

# Lengths, in kilometres, so that "55 kilometers" and "34 miles" compare.
LENGTH_UNITS: dict[str, float] = {
    "kilometer": 1.0,
    "kilometre": 1.0,
    "km": 1.0,
    "kms": 1.0,
    "mile": 1.609344,
    "meter": 0.001,
    "metre": 0.001,
    "foot": 0.0003048,
    "feet": 0.0003048,
    "ft": 0.0003048,
    "yard": 0.0009144,
    "centimeter": 0.00001,
    "centimetre": 0.00001,
    "cm": 0.00001,
    "millimeter": 0.000001,
    "millimetre": 0.000001,
    "mm": 0.000001,
    "inch": 0.0000254,
    "inches": 0.0000254,
}

# Weights, in kilograms, so that "4.5 pounds" and "2 kg" compare ("pounds" is money
# unless a word of weighing comes just before the number: "weighs 4.5 pounds").
WEIGHT_UNITS: dict[str, float] = {
    "kilogram": 1.0,
    "kilograms": 1.0,
    "kg": 1.0,
    "kgs": 1.0,
    "kilo": 1.0,
    "kilos": 1.0,
    "gram": 0.001,
    "grams": 0.001,
    "tonne": 1000.0,
    "tonnes": 1000.0,
    "ton": 907.18474,
    "tons": 907.18474,
    "pound": 0.45359237,
    "pounds": 0.45359237,
    "lb": 0.45359237,
    "lbs": 0.45359237,
    "ounce": 0.028349523,
    "ounces": 0.028349523,
    "oz": 0.028349523,
}

# Nouns that, before "of N", make N a count of their members ("a mother of 12",
# "a family of five").
MEMBER_OF = frozenset(
    """mother mom mum father dad parent grandmother grandfather grandmother family household""".split()
)

# Words after which a number labels or ranks rather than counts ("level 2",
# "article 9", "No. 5", "Category 4", "World War 2").
LABEL_WORDS = frozenset(
    {
        "level",
        "grade",
        "phase",
        "stage",
        "class",
        "step",
        "round",
        "page",
        "pages",
        "chapter",
        "article",
        "section",
        "no",
        "no.",
        "number",
        "nos",
        "room",
        "gate",
        "terminal",
        "flight",
        "route",
        "highway",
        "channel",
        "vol",
        "vol.",
        "volume",
        "part",
        "season",
        "episode",
        "war",
        "category",
        "type",
        "version",
        "model",
        "item",
        "clause",
        "paragraph",
        "line",
        "act",
        "rule",
        "resolution",
        "platform",
        "figure",
        "table",
        "exit",
        "lane",
        "unit",
        "apartment",
        "suite",
        "floor",
        "precinct",
        "district",
        "ward",
        "block",
        "pier",
        "bus",
        "interstate",
        "seed",
        "rank",
        "ranked",
        "tier",
        "code",
        "zone",
        "sector",
        "division",
        "week",
    }
)

# Determiners that make "the two countries" a reference, not a count statement.
ANAPHORIC_DETERMINERS = frozenset({"the", "these", "those", "both"})

NEGATIONS = frozenset({"not", "no", "never", "n't", "without", "nor"})

# Function words and reporting verbs: they end a noun phrase and carry no subject.
# "Took place", "happened" and "occurred" tell that something happened, not what; "take"
# alone says as little ("took part", "took the keys", "took office").
STOPWORDS = frozenset(
    """a an the and or but nor of in on at to for from by with without into onto over under
    as than that this these those it its it's they them their there here he she his her him
    we us our you your i me my who whom whose which what when where why how all any each
    every both either neither some such no not only also too very just still even yet so
    is are was were be been being am has have had having do does did done will would shall
    should can could may might must said says say saying told tells according reported
    reports reportedly added adding noted stated stating announced claimed explained
    officials official spokesman spokesperson spokeswoman sources source including
    include includes consisting consist consists comprising mainly mostly largely chiefly
    primarily mainly about around roughly nearly almost some more less fewer least most
    up down out off again further then once if because while although though despite
    since until after before during between among against through across per via upon
    within amid amidst toward towards whether however meanwhile currently now today
    yesterday tomorrow week month year years time times day days one ones another other
    others thing things way ways lot lots part percent kind sort many much several few
    last next first second third new old well outside inside near behind beyond aboard
    happen happens happened occur occurs occurred place take takes took taken taking""".split()
)

# Adverbs that open a predicate, so end the noun phrase before it ("the 45-year-old gunman
# later shot himself": the age is the gunman's, not "later"'s). Most such words are stopwords.
PREDICATE_ADVERBS = frozenset(
    "later soon already allegedly apparently eventually initially subsequently immediately".split()
)

# Common verbs without a telltale ending: they end a noun phrase ("six warships took part").
COMMON_VERBS = frozenset(
    """took take takes made make makes gave give gives went go goes came come comes got get gets
    left held hold holds met meet meets ran run runs fled flee fell fall falls rose rise rises
    won win wins lost lose loses saw see sees paid pay pays sent send sends spent spend spends
    built build builds brought bring brings bought buy buys kept keep keeps found find finds
    stood stand stands began begin begins became become becomes led lead leads hit hits put puts
    set sets cut cuts let lets remain remains face faces need needs want wants hope hopes
    live lives work works return returns join joins die dies fight fights flew fly flies
    gathered marched protested""".split()
)

# Plurals without an "s": a counted noun in the plural ends its phrase when a word no
# lexicon knows follows ("three armed men burst into the store": men, not "burst").
IRREGULAR_PLURALS = frozenset(
    """people men women children gunmen policemen firemen crewmen servicemen airmen guardsmen
    personnel""".split()
)

# Counted people of a kind, as folded: as common in tolls as "people" ("killed six
# children", "two men were arrested"), so no more telling of one fact by themselves.
PEOPLE_NOUNS = frozenset("child men man women woman girl boy".split())

# Words that may start a number's noun phrase but are participles, not nouns.
NOUNISH_ING = frozenset(
    {
        "building",
        "buildings",
        "meeting",
        "meetings",
        "bombing",
        "bombings",
        "shooting",
        "shootings",
        "killing",
        "killings",
        "launching",
        "warning",
        "warnings",
        "opening",
        "hearing",
        "hearings",
        "filing",
        "filings",
        "earnings",
        "savings",
        "holdings",
        "dwelling",
        "dwellings",
        "offering",
        "offerings",
        "sibling",
        "siblings",
        "ceiling",
        "training",
        "housing",
        "funding",
        "spending",
        "sentencing",
        "sharing",
        "evening",
    }
)

# Words that close a clause after a comma: ", including", ", according to", ", which".
CLAUSE_OPENERS = frozenset(
    {
        "and",
        "but",
        "or",
        "while",
        "whereas",
        "which",
        "who",
        "where",
        "when",
        "including",
        "according",
        "as",
        "although",
        "though",
        "despite",
        "because",
        "after",
        "before",
        "since",
        "so",
        "giving",
        "making",
        "leaving",
        "bringing",
        "raising",
        "citing",
    }
)

# Head nouns that mean the same thing, mapped to one canonical head.
NOUN_EQUIVALENTS: dict[str, str] = _by_word(
    {
        "troop": "troops soldiers soldier servicemen serviceman servicemembers servicewomen "
        "personnel marines marine sailors sailor airmen airman navy army forces force "
        "guardsmen guardsman peacekeepers peacekeeper",
        "person": "people persons person individuals individual civilians civilian",
        "country": "countries country nations nation states",
        "pact": "pacts pact agreements agreement accords accord treaties treaty deals deal contracts contract",
        "organization": "organizations organization organisations organisation groups group",
        "death": "deaths death dead fatalities fatality casualties",
        "child": "children child kids kid",
        "vehicle": "vehicles vehicle cars car",
        "missile": "missiles missile rockets rocket",
        "home": "homes home houses house",
        "quake": "quakes quake earthquakes earthquake tremors tremor temblors temblor",
        "bomb": "bombs bomb",
        "mother": "mother mothers mom moms mum mums",
        "father": "father fathers dad dads",
        "refugee": "refugees refugee evacuees evacuee",
        "fire": "fire fires blaze blazes inferno infernos",
        "firefighter": "firefighters firefighter firemen fireman",
        "job": "jobs job positions position",
        "employee": "employees employee workers worker staffers staffer",
        "crew": "crew crews crewmen crewman",
        "crowd": "crowd crowds spectators spectator fans onlookers",
        "jewel": "jewels jewel jewelry jewellery gems gem",
        "flaw": "flaws flaw vulnerabilities vulnerability bugs bug",
        "game": "games game matches match appearances appearance",
        "shop": "shops shop stores store",
    }
)

# A group counted by its members: "a crowd of 45,000" is 45,000 in the crowd, "a crew of
# 25" 25 crew members, "a workforce of 12,000" 12,000 employees (the counted noun, folded
# as NOUN_EQUIVALENTS folds it). Unlike "a mother of 12", the group is what is counted.
COLLECTIVES: dict[str, str] = {
    "crowd": "crowd",
    "crew": "crew",
    "workforce": "employee",
    "staff": "employee",
    "garrison": "troop",
    "contingent": "troop",
}

# Multi-word head nouns folded before matching ("air force" -> troop).
MULTIWORD_NOUNS: dict[tuple[str, ...], str] = {
    ("crew", "members"): "crew",
    ("crew", "member"): "crew",
    ("air", "force"): "troop",
    ("air", "forces"): "troop",
    ("service", "members"): "troop",
    ("service", "member"): "troop",
    ("armed", "forces"): "troop",
    ("security", "holes"): "flaw",
    ("security", "hole"): "flaw",
}

# Verbs that mean the same event, mapped to one class; differing classes never group
# ("killed" vs "injured"), one missing class is no evidence either way.
VERB_CLASSES: dict[str, str] = _by_word(
    {
        "kill": "killed kill kills killing killings died die dies dying dead perished slain slay slays slaying "
        "slayings slew murder murders murdered murdering executed executing death deaths",
        "injure": "injured injure injures injuring hurt wounded wounding wounds injury injuries",
        "arrest": "arrested arrest arrests arresting detained detain detaining captured capture captures capturing "
        "recaptured apprehended apprehend caught catch catches catching nabbed",
        "station": "stationed station serving serve serves served deployed deploy based posted garrisoned",
        "sign": "signed sign signs signing clinched clinch sealed seal inked ink concluded conclude "
        "agreed agree agrees",
        "hit": "hit hits struck strike strikes striking rocked rock rocks rattled rattle jolted jolt jolts shook "
        "shakes",
        "flee": "fled flee flees fleeing escaped escape escapes escaping evacuated evacuate evacuating displaced "
        "sheltering",
        "host": "host hosts hosted hosting emcee emceed emceeing",
        "shoot": "shot shoot shoots shooting shootings",
        "drop": "dropped drop drops dropping",
        "buy": "buy buys bought buying acquire acquires acquired acquiring purchase purchases "
        "purchased purchasing pay pays paid paying sell sells sold selling cost costs costing priced sale",
        "win": "win wins won winning",
        "steal": "stole steal steals stealing stolen rob robs robbed robbing looted loot looting",
        "cut": "cut cuts cutting slash slashes slashed slashing eliminate eliminates eliminated eliminating "
        "axe axes axed axing",
        "missing": "missing",
        "fight": "fought fight fights fighting battled battle battles battling tackled tackle tackling",
        "seize": "seized seize seizes seizing hijacked hijack hijacks hijacking commandeered commandeer",
        # not "demand", "demands": mostly a noun in news ("strong demand for its tablets")
        "demand": "demanded demanding sought seek seeks seeking",
        "sentence": "sentenced sentence sentences sentencing jailed",
        "burn": "burned burnt burn burns burning torched torch torches torching",
    }
)

# Verbs of two words, by the class of their action: "made off with the jewels" is a
# theft, "opened fire" a shooting, "passed away" a death, "sworn in" and "takes office"
# an inauguration.
PHRASAL_VERBS: dict[tuple[str, str], str] = {
    **{(w, "off"): "steal" for w in ("made", "make", "makes", "making")},
    **{(w, "fire"): "shoot" for w in ("opened", "open", "opens", "opening")},
    **{(w, "fire"): "burn" for w in ("set", "sets", "setting")},
    **{(w, "ablaze"): "burn" for w in ("set", "sets", "setting")},
    **{(w, "fire"): "burn" for w in ("caught", "catch", "catches", "catching")},
    **{(w, "away"): "kill" for w in ("passed", "pass", "passes", "passing")},
    **{(w, "in"): "inaugurate" for w in ("sworn", "swear", "swears", "swearing")},
    **{(w, "office"): "inaugurate" for w in ("take", "takes", "took", "taking", "assume", "assumes", "assumed")},
}

# What a gun fires: "the bullet that struck her", "was hit by gunfire" tell a shooting,
# not a quake's or a storm's striking.
PROJECTILES = frozenset({"bullet", "bullets", "gunfire", "gunshot", "gunshots"})

# What is dropped or fired at a place (counted nouns, as folded), and the words that tell
# where it came down: "five bombs fell in the camp", "two rockets landed near the school"
# and "two shells hit the market" tell one impact, as "hit" does. Not "exploded": a bomb
# that landed may not have gone off.
MUNITIONS = frozenset({"bomb", "missile", "shell", "mortar", "grenade", "projectile", "munition"})
IMPACT_VERBS = frozenset({"fell", "fall", "falls", "landed", "land", "lands", "slammed", "crashed"})

# Tolls that rise as a story unfolds: "at least 30 injured" is a floor that a later
# "180 injured" does not contradict, however far above it lies.
RISING_TOLLS = frozenset({"kill", "injure", "arrest", "flee", "missing"})
# Actions done to people: "wounded two others" counts people only with one of these.
PEOPLE_TOLLS = RISING_TOLLS | {"shoot"}

# Words (stems) that tell apart two facts of one kind: a clause with a word of one side
# and none of the other is not about the same thing as a clause the other way round
# ("40 homes were destroyed" / "120 homes were damaged").
CONTRASTING_TERMS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"destroy", "flatten", "level", "raze", "demolish"}), frozenset({"damag"})),
    (frozenset({"aftershock"}), frozenset({"quak"})),  # an aftershock is not the quake it follows
)

# Kinds of amount and share: an amount of one kind is never an amount of another ("a net
# profit of $310 million" / "a net loss of $50 million"; "revenue" / "profit"), however
# alike the rest of the two clauses is.
AMOUNT_KINDS = frozenset(
    """revenue revenues turnover profit profits earnings income loss losses debt debts cost costs
    price prices value damage damages budget deficit surplus fine fines bail salary wage wages bonus
    reward ransom compensation settlement investment funding spending tax taxes dividend premium fee fees
    unemployment inflation growth margin approval vote votes turnout""".split()
)

# Words of a market's trading: an amount per share told with one is a price on the market
# ("Quorix shares closed at $16 a share"), not what a buyer pays for each share.
MARKET_WORDS = frozenset("close closed closes closing trade traded trades trading opened stock".split())

# Kinds of amount that are one kind in other words (company results): "net profit" = "net
# income" = "net earnings"; "revenue" = "sales" = "turnover".
AMOUNT_SYNONYMS = {
    "profit": "profit profits income earnings",
    "revenue": "revenue revenues sales turnover",
}

# Measures of one kind of amount or share: two clauses that each name a different one tell
# two amounts ("a net profit of $310 million" / "an operating profit of $450 million"; "core
# inflation" / "headline inflation"); one clause naming none may mean either.
AMOUNT_MEASURES = frozenset("net gross operating pretax adjusted core underlying headline".split())

# Relatives: an amount, a term or a share told of someone's relative is the relative's ("the
# suspect's brother was held on $250,000 bail" is not the suspect's bail). Stemmed before
# use, so plurals need no entry.
KIN_NOUNS = frozenset(
    """brother sister son daughter father mother parent husband wife uncle aunt cousin nephew niece
    grandson granddaughter grandfather grandmother stepson stepdaughter stepfather stepmother""".split()
)
# Rivals in a vote: a share told of one is theirs ("his challenger took 40 percent" is not the
# winner's share). Only for shares: "agreed to acquire rival Brightline" names a company.
RIVAL_NOUNS = frozenset("challenger rival opponent contender".split())

# Phases of an incident or a session: the clock time of one phase is never the moment of
# another ("polls opened at 7 a.m." / "closed at 8 p.m."; "the fire was reported at 3:33" /
# "was contained at 6:10"), nor of the incident told without a phase. The alarm is a phase
# of its own: "the barn fire was reported at 2:15" and "a call came in at 2:20" tell one moment,
# not the moment the fire broke out. Read only
# for clock times: "the trial starts Monday" still dates the trial. A word after "+" is
# the particle that must follow ("broke out", "took off").
PHASES: dict[str, str] = _by_word(
    {
        "begin": "began begins started starts opened opens erupted ignited broke+out breaks+out kicked+off",
        "end": "ended ends closed closes finished finishes contained extinguished doused put+out adjourned",
        "depart": "departed departs left leaves took+off takes+off",
        "arrive": "arrived arrives landed landfall came+ashore comes+ashore come+ashore",
        "alarm": "reported alerted call+came calls+came",
    }
)
PHASE_VERBS = frozenset(PHASES.values())

# Synonyms of descriptive words, folded before subject terms are compared.
TERM_EQUIVALENTS: dict[str, str] = {
    "information": "intelligence",
    "intel": "intelligence",
    "caller": "call",
    "callers": "call",
    "calls": "call",
    "juror": "jury",
    "jurors": "jury",
    "goes": "go",  # the stemmer leaves "goe"
    # where a quake was centred is its epicentre ("centred 40 miles northwest of ...")
    "centred": "epicenter",
    "centered": "epicenter",
    "epicentre": "epicenter",
    "epicentres": "epicenter",
    "epicenters": "epicenter",
    # adjectives of offices and institutions, which the stemmer keeps apart from their nouns
    "presidential": "president",
    "parliamentary": "parliament",
    "gubernatorial": "governor",
    "ministerial": "minister",
    "governmental": "government",
    "electoral": "election",
}

# Role titles. UNIQUE_ROLES have one holder per organisation at a time, so two
# different people in the same such role and period is a conflict.
ROLE_WORDS: dict[str, str] = {
    "minister": "minister",
    "secretary": "secretary",
    "president": "president",
    "vice president": "vice president",
    "prime minister": "prime minister",
    "premier": "prime minister",
    "chancellor": "chancellor",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "ambassador": "ambassador",
    "envoy": "envoy",
    "mayor": "mayor",
    "governor": "governor",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "chair": "chair",
    "chief executive": "chief executive",
    "ceo": "chief executive",
    "director": "director",
    "leader": "leader",
    "coroner": "coroner",
    "police chief": "police chief",
    "fire chief": "fire chief",
    "prosecutor": "prosecutor",
    "district attorney": "district attorney",
    "head coach": "coach",
    "coach": "coach",
    "producer": "producer",
    "sheriff": "sheriff",
    "judge": "judge",
    "commissioner": "commissioner",
    "senator": "senator",
    "king": "king",
    "queen": "queen",
    "pope": "pope",
    "counterpart": "counterpart",
}
UNIQUE_ROLES = frozenset(
    {
        "president",
        "prime minister",
        "chancellor",
        "mayor",
        "governor",
        "chief executive",
        "king",
        "queen",
        "pope",
        "minister",
        "coroner",
        "police chief",
        "fire chief",
        "district attorney",
        "sheriff",
    }
)
ROLE_MODIFIERS = frozenset(
    {"vice", "deputy", "acting", "former", "assistant", "senior", "chief", "first", "interim", "general"}
)
# Ministry portfolios, folded so "Defense Minister" = "Minister of National Defense".
PORTFOLIOS: dict[str, str] = {
    "defense": "defense",
    "defence": "defense",
    "national defense": "defense",
    "national defence": "defense",
    "foreign": "foreign affairs",
    "foreign affairs": "foreign affairs",
    "finance": "finance",
    "interior": "interior",
    "home": "interior",
    "justice": "justice",
    "health": "health",
    "education": "education",
    "trade": "trade",
    "unification": "unification",
    "state": "state",
}

# Words that make a capitalized name an organisation, not a person ("ABC Entertainment Group").
ORG_WORDS = frozenset(
    """group inc inc. corp corp. co company companies association academy agency department ministry
    council committee university college school news times post journal entertainment network
    television tv radio police office court bank fund party union organization organisation
    institute foundation commission board service survey award awards league club federation
    government administration authority army navy force forces house senate congress parliament""".split()
)

# Countries: canonical name -> (aliases, demonyms, capital).
_COUNTRIES = """
united states|u.s.;us;usa;u.s.a.;america;united states of america|american|washington
united kingdom|uk;u.k.;britain;great britain|british|london
south korea|s. korea;republic of korea;rok|south korean;s. korean|seoul
north korea|n. korea;dprk|north korean;n. korean|pyongyang
korea|korea|korean|
japan|japan|japanese|tokyo
china|china;prc|chinese|beijing
taiwan|taiwan|taiwanese|taipei
russia|russia;russian federation|russian|moscow
ukraine|ukraine|ukrainian|kyiv;kiev
canada|canada|canadian|ottawa
australia|australia|australian|canberra
new zealand|new zealand|new zealander|wellington
india|india|indian|new delhi
pakistan|pakistan|pakistani|islamabad
afghanistan|afghanistan|afghan|kabul
iran|iran|iranian|tehran
iraq|iraq|iraqi|baghdad
syria|syria|syrian|damascus
israel|israel|israeli|jerusalem
palestine|palestine;palestinian territories|palestinian|ramallah
egypt|egypt|egyptian|cairo
turkey|turkey;turkiye|turkish|ankara
saudi arabia|saudi arabia|saudi|riyadh
france|france|french|paris
germany|germany|german|berlin
italy|italy|italian|rome
spain|spain|spanish|madrid
portugal|portugal|portuguese|lisbon
netherlands|netherlands;holland|dutch|amsterdam
belgium|belgium|belgian|brussels
poland|poland|polish|warsaw
sweden|sweden|swedish|stockholm
norway|norway|norwegian|oslo
greece|greece|greek|athens
ireland|ireland|irish|dublin
mexico|mexico|mexican|mexico city
brazil|brazil|brazilian|brasilia
argentina|argentina|argentine;argentinian|buenos aires
chile|chile|chilean|santiago
colombia|colombia|colombian|bogota
peru|peru|peruvian|lima
indonesia|indonesia|indonesian|jakarta
philippines|philippines|filipino;philippine|manila
vietnam|vietnam|vietnamese|hanoi
thailand|thailand|thai|bangkok
malaysia|malaysia|malaysian|kuala lumpur
singapore|singapore|singaporean|
nigeria|nigeria|nigerian|abuja
kenya|kenya|kenyan|nairobi
south africa|south africa|south african|pretoria
ethiopia|ethiopia|ethiopian|addis ababa
somalia|somalia|somali|mogadishu
sudan|sudan|sudanese|khartoum
libya|libya|libyan|tripoli
lebanon|lebanon|lebanese|beirut
jordan|jordan|jordanian|amman
yemen|yemen|yemeni|sanaa
"""

COUNTRY_ALIASES: dict[str, str] = {}
DEMONYMS: dict[str, str] = {}
CAPITALS: dict[str, str] = {}
for _line in _COUNTRIES.strip().splitlines():
    _name, _aliases, _demonyms, _capitals = _line.split("|")
    COUNTRY_ALIASES[_name] = _name
    for _a in filter(None, _aliases.split(";")):
        COUNTRY_ALIASES[_a] = _name
    for _d in filter(None, _demonyms.split(";")):
        DEMONYMS[_d] = _name
    for _c in filter(None, _capitals.split(";")):
        CAPITALS[_c] = _name

# An unqualified name that may stand for a more specific one ("Korea" in a Seoul
# paper means South Korea): compatible, never a conflict by itself.
AMBIGUOUS_PLACES: dict[str, frozenset[str]] = {
    "korea": frozenset({"south korea", "north korea"}),
}

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# Title abbreviations that do not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st mt ft jr sr
    inc ltd co corp vs etc jan feb mar apr jun jul aug sep sept oct nov dec no nos fig
    u.s u.k u.n e.u s n a.m p.m approx est dept univ ave""".split()
)

# Media words that mark an outlet's name in page furniture ("The Korea Herald").
OUTLET_WORDS = (
    "Herald",
    "Times",
    "News",
    "Post",
    "Daily",
    "Journal",
    "Tribune",
    "Gazette",
    "Telegraph",
    "Guardian",
    "Chronicle",
    "Agency",
    "Press",
    "Reuters",
    "Observer",
    "Independent",
    "Standard",
    "Express",
    "Mail",
    "Review",
    "Wire",
    "Today",
)


# Verbs of change: a value after "<verb> to" is a level reached at some moment ("rose to
# 9.5 percent", "weakened to 60 mph"), which another moment's level does not contradict.
CHANGE_VERBS = frozenset(
    """rose risen rise rises fell fallen fall falls dropped drop drops climbed climb climbs
    increased increase increases decreased decrease decreases grew grown grow grows jumped jump
    jumps slipped slip slips declined decline declines eased ease eases slowed slow slows
    weakened weaken weakens strengthened strengthen strengthens surged surge surges plunged
    plunge plunges soared soar soars""".split()
)

# Irregular past forms of perceiving, doings as a word in -ed is one: where a quake or a
# blast was felt, heard or seen is not where it happened ("the quake was felt 150
# kilometres northwest of Marden" / "the quake was centred 10 miles northwest of Marden").
IRREGULAR_DOINGS = frozenset("felt heard seen".split())

# Irregular past forms that start a clause of their own after "and" or a comma: two
# dates of one sentence with one of these between them date two doings ("was born in
# Marden in 1923 and made her first film in 1942"). Only for parting the clauses of two
# dates: as a doing told beside a value, "swept" or "took" tells no distinct event.
IRREGULAR_PASTS = frozenset(
    """began became brought built came drew drove fell flew found gave got grew held joined
    kept knew led left made met moved ran rose sent set spent stood taught told took went
    wrote""".split()
)

# Verbs whose object, counted in people, is a workforce ("employs 12,000 people").
EMPLOYING_VERBS = frozenset({"employs", "employ", "employed", "employing"})

# Modals before a verb: the value tells what can or might be, not what is (lowercase only:
# "May" is a month).
MODALS = frozenset({"can", "could", "might", "may"})
