"""States and territories: names, Bluebook abbreviations, main time zones, split-state counties.

Plain data for `viewer.courts` (standard library only, no logic beyond lookups). The main zone
of a state is the zone of its capital and most of its people; where a state is split between
zones, `COUNTY_ZONES` lists the counties that differ, so a state court ("Circuit Court of
Escambia County, Florida") gets the zone of the county it sits in. Counties not listed fall
back to the main zone: the table covers the counties on the other side of each line, not
every county of the state.
"""

from __future__ import annotations

NY = "America/New_York"
CHI = "America/Chicago"
DEN = "America/Denver"
LA = "America/Los_Angeles"
IND = "America/Indiana/Indianapolis"
BOISE = "America/Boise"

# postal code -> (full name, Bluebook abbreviation(s) as written in citations, main IANA zone).
# The first abbreviation is the Bluebook form; the others are spellings seen in practice.
STATES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "AL": ("Alabama", ("Ala.",), CHI),
    "AK": ("Alaska", ("Alaska",), "America/Anchorage"),
    "AZ": ("Arizona", ("Ariz.",), "America/Phoenix"),  # no DST (the Navajo Nation's DST aside)
    "AR": ("Arkansas", ("Ark.",), CHI),
    "CA": ("California", ("Cal.", "Calif."), LA),
    "CO": ("Colorado", ("Colo.",), DEN),
    "CT": ("Connecticut", ("Conn.",), NY),
    "DE": ("Delaware", ("Del.",), NY),
    "DC": ("District of Columbia", ("D.C.",), NY),
    "FL": ("Florida", ("Fla.",), NY),
    "GA": ("Georgia", ("Ga.",), NY),
    "HI": ("Hawaii", ("Haw.", "Hawaii"), "Pacific/Honolulu"),
    "ID": ("Idaho", ("Idaho",), BOISE),
    "IL": ("Illinois", ("Ill.",), CHI),
    "IN": ("Indiana", ("Ind.",), IND),
    "IA": ("Iowa", ("Iowa",), CHI),
    "KS": ("Kansas", ("Kan.", "Kans."), CHI),
    "KY": ("Kentucky", ("Ky.",), NY),
    "LA": ("Louisiana", ("La.",), CHI),
    "ME": ("Maine", ("Me.",), NY),
    "MD": ("Maryland", ("Md.",), NY),
    "MA": ("Massachusetts", ("Mass.",), NY),
    "MI": ("Michigan", ("Mich.",), "America/Detroit"),
    "MN": ("Minnesota", ("Minn.",), CHI),
    "MS": ("Mississippi", ("Miss.",), CHI),
    "MO": ("Missouri", ("Mo.",), CHI),
    "MT": ("Montana", ("Mont.",), DEN),
    "NE": ("Nebraska", ("Neb.", "Nebr."), CHI),
    "NV": ("Nevada", ("Nev.",), LA),
    "NH": ("New Hampshire", ("N.H.",), NY),
    "NJ": ("New Jersey", ("N.J.",), NY),
    "NM": ("New Mexico", ("N.M.",), DEN),
    "NY": ("New York", ("N.Y.",), NY),
    "NC": ("North Carolina", ("N.C.",), NY),
    "ND": ("North Dakota", ("N.D.",), CHI),
    "OH": ("Ohio", ("Ohio",), NY),
    "OK": ("Oklahoma", ("Okla.",), CHI),
    "OR": ("Oregon", ("Or.", "Ore."), LA),
    "PA": ("Pennsylvania", ("Pa.",), NY),
    "RI": ("Rhode Island", ("R.I.",), NY),
    "SC": ("South Carolina", ("S.C.",), NY),
    "SD": ("South Dakota", ("S.D.",), CHI),
    "TN": ("Tennessee", ("Tenn.",), CHI),  # Nashville and Memphis; East Tennessee is Eastern
    "TX": ("Texas", ("Tex.",), CHI),
    "UT": ("Utah", ("Utah",), DEN),
    "VT": ("Vermont", ("Vt.",), NY),
    "VA": ("Virginia", ("Va.",), NY),
    "WA": ("Washington", ("Wash.",), LA),
    "WV": ("West Virginia", ("W. Va.",), NY),
    "WI": ("Wisconsin", ("Wis.", "Wisc."), CHI),
    "WY": ("Wyoming", ("Wyo.",), DEN),
    "PR": ("Puerto Rico", ("P.R.",), "America/Puerto_Rico"),
    "VI": ("Virgin Islands", ("V.I.",), "America/St_Thomas"),
    "GU": ("Guam", ("Guam",), "Pacific/Guam"),
    "MP": ("Northern Mariana Islands", ("N. Mar. I.",), "Pacific/Saipan"),
    "AS": ("American Samoa", ("Am. Samoa",), "Pacific/Pago_Pago"),
}

# Counties (parishes, boroughs) whose zone differs from their state's main zone. Keys are
# lower-case county names without the word "County". Sources: the federal time-zone
# boundaries in 49 CFR part 71 and the IANA tz database's county notes.
COUNTY_ZONES: dict[str, dict[str, str]] = {
    # Florida west of the Apalachicola River is Central (Gulf County is split; its seat,
    # Port St. Joe, is Eastern, so it is not listed).
    "FL": {c: CHI for c in ("escambia", "santa rosa", "okaloosa", "walton", "holmes",
                            "washington", "bay", "jackson", "calhoun")},
    # Texas: the two far-western counties are Mountain.
    "TX": {"el paso": DEN, "hudspeth": DEN},
    # Kentucky: the western half is Central; Louisville keeps its own tz history.
    "KY": {"jefferson": "America/Kentucky/Louisville", "oldham": "America/Kentucky/Louisville",
           **{c: CHI for c in ("mccracken", "daviess", "warren", "christian", "hopkins",
                               "henderson", "graves", "calloway", "marshall", "logan",
                               "barren", "muhlenberg", "ohio", "todd", "trigg", "union",
                               "webster", "hart", "simpson", "allen", "butler", "edmonson",
                               "grayson", "breckinridge", "hancock", "livingston", "lyon",
                               "caldwell", "crittenden", "ballard", "carlisle", "hickman",
                               "fulton", "mclean", "monroe", "metcalfe", "cumberland",
                               "clinton", "russell", "adair", "green", "wayne")}},
    # Tennessee: the main zone is Central; East Tennessee is Eastern.
    "TN": {c: NY for c in ("knox", "hamilton", "sullivan", "washington", "blount", "sevier",
                           "bradley", "anderson", "greene", "hamblen", "carter", "roane",
                           "jefferson", "monroe", "mcminn", "loudon", "cocke", "campbell",
                           "claiborne", "hawkins", "johnson", "unicoi", "union", "grainger",
                           "scott", "morgan", "meigs", "rhea", "polk", "hancock")},
    # Indiana: the north-west (Chicago area) and south-west (Evansville area) are Central.
    "IN": {c: CHI for c in ("lake", "porter", "la porte", "laporte", "newton", "jasper",
                            "starke", "vanderburgh", "posey", "warrick", "gibson", "spencer",
                            "perry")},
    # Michigan: the counties bordering Wisconsin are Central.
    "MI": {c: "America/Menominee" for c in ("gogebic", "iron", "dickinson", "menominee")},
    # North Dakota: the south-west is Mountain.
    "ND": {c: DEN for c in ("adams", "billings", "bowman", "dunn", "golden valley", "grant",
                            "hettinger", "slope", "stark")},
    # South Dakota: west of the Missouri (roughly) is Mountain.
    "SD": {c: DEN for c in ("pennington", "meade", "lawrence", "butte", "fall river", "custer",
                            "harding", "perkins", "ziebach", "corson", "haakon", "jackson",
                            "oglala lakota", "bennett", "dewey")},
    # Nebraska: the panhandle and south-west are Mountain.
    "NE": {c: DEN for c in ("scotts bluff", "box butte", "dawes", "sioux", "sheridan",
                            "cheyenne", "kimball", "banner", "morrill", "garden", "deuel",
                            "keith", "perkins", "chase", "dundy", "grant", "arthur",
                            "hooker")},
    # Kansas: four western counties are Mountain.
    "KS": {c: DEN for c in ("sherman", "wallace", "greeley", "hamilton")},
    # Oregon: Malheur County follows Boise.
    "OR": {"malheur": BOISE},
    # Idaho: the panhandle is Pacific; the main zone (Boise) is Mountain.
    "ID": {c: LA for c in ("kootenai", "bonner", "boundary", "benewah", "shoshone", "latah",
                           "nez perce", "clearwater", "lewis")},
    # Alaska: the Aleutians west of 169°30' W follow Adak.
    "AK": {"aleutians west": "America/Adak"},
}


def state_code(name: str) -> str | None:
    """The postal code for a state written as a postal code or a full name, or None."""
    key = " ".join(name.split()).strip(" .,").upper()
    if key in STATES:
        return key
    for code, (full, _abbrs, _zone) in STATES.items():
        if full.upper() == key:
            return code
    return None
