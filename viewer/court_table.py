"""The federal courts as data: 94 districts, 13 courts of appeals and the national courts.

`viewer.courts` turns these rows into `Court` values and name patterns; nothing here has
logic. Codes are PACER court ids ("vaed", "ca9"); a district's bankruptcy court uses the
same id with a final "b" instead of "d" ("nysd" -> "nysb"), as PACER does.

Time zones are those of the courthouse cities. A district that spans two zones lists its
divisions in `DISTRICT_DIVISIONS`, and its own (division-less) zone is the *eastern-most* of
its divisions: when the caption names no division, a midnight deadline computed in that zone
is never later than the real one, so a clerk calendaring from it cannot miss the deadline.
"""

from __future__ import annotations

from viewer.state_zones import BOISE, CHI, DEN, IND, LA, NY

LOUISVILLE = "America/Kentucky/Louisville"
DETROIT = "America/Detroit"

# (PACER code, state, direction word or "" for a single-district state, zone of the court).
DISTRICTS: tuple[tuple[str, str, str, str], ...] = (
    ("alnd", "AL", "Northern", CHI), ("almd", "AL", "Middle", CHI),
    ("alsd", "AL", "Southern", CHI),
    ("akd", "AK", "", "America/Anchorage"),
    ("azd", "AZ", "", "America/Phoenix"),
    ("ared", "AR", "Eastern", CHI), ("arwd", "AR", "Western", CHI),
    ("cand", "CA", "Northern", LA), ("caed", "CA", "Eastern", LA),
    ("cacd", "CA", "Central", LA), ("casd", "CA", "Southern", LA),
    ("cod", "CO", "", DEN),
    ("ctd", "CT", "", NY),
    ("ded", "DE", "", NY),
    ("dcd", "DC", "", NY),
    ("flnd", "FL", "Northern", NY), ("flmd", "FL", "Middle", NY),
    ("flsd", "FL", "Southern", NY),
    ("gand", "GA", "Northern", NY), ("gamd", "GA", "Middle", NY),
    ("gasd", "GA", "Southern", NY),
    ("hid", "HI", "", "Pacific/Honolulu"),
    ("idd", "ID", "", BOISE),
    ("ilnd", "IL", "Northern", CHI), ("ilcd", "IL", "Central", CHI),
    ("ilsd", "IL", "Southern", CHI),
    ("innd", "IN", "Northern", IND), ("insd", "IN", "Southern", IND),
    ("iand", "IA", "Northern", CHI), ("iasd", "IA", "Southern", CHI),
    ("ksd", "KS", "", CHI),
    ("kyed", "KY", "Eastern", NY), ("kywd", "KY", "Western", LOUISVILLE),
    ("laed", "LA", "Eastern", CHI), ("lamd", "LA", "Middle", CHI),
    ("lawd", "LA", "Western", CHI),
    ("med", "ME", "", NY),
    ("mdd", "MD", "", NY),
    ("mad", "MA", "", NY),
    # Marquette (W.D. Mich., Northern Division) is Eastern; only the four counties that border
    # Wisconsin are Central, and no division sits there.
    ("mied", "MI", "Eastern", DETROIT), ("miwd", "MI", "Western", DETROIT),
    ("mnd", "MN", "", CHI),
    ("msnd", "MS", "Northern", CHI), ("mssd", "MS", "Southern", CHI),
    ("moed", "MO", "Eastern", CHI), ("mowd", "MO", "Western", CHI),
    ("mtd", "MT", "", DEN),
    ("ned", "NE", "", CHI),  # Omaha, Lincoln and North Platte are all Central
    ("nvd", "NV", "", LA),
    ("nhd", "NH", "", NY),
    ("njd", "NJ", "", NY),
    ("nmd", "NM", "", DEN),
    ("nynd", "NY", "Northern", NY), ("nyed", "NY", "Eastern", NY),
    ("nysd", "NY", "Southern", NY), ("nywd", "NY", "Western", NY),
    ("nced", "NC", "Eastern", NY), ("ncmd", "NC", "Middle", NY),
    ("ncwd", "NC", "Western", NY),
    ("ndd", "ND", "", CHI),  # Bismarck, Fargo, Grand Forks and Minot are all Central
    ("ohnd", "OH", "Northern", NY), ("ohsd", "OH", "Southern", NY),
    ("oknd", "OK", "Northern", CHI), ("oked", "OK", "Eastern", CHI),
    ("okwd", "OK", "Western", CHI),
    ("ord", "OR", "", LA),  # Pendleton is Pacific; only Malheur County is Mountain
    ("paed", "PA", "Eastern", NY), ("pamd", "PA", "Middle", NY),
    ("pawd", "PA", "Western", NY),
    ("prd", "PR", "", "America/Puerto_Rico"),
    ("rid", "RI", "", NY),
    ("scd", "SC", "", NY),
    ("sdd", "SD", "", CHI),
    ("tned", "TN", "Eastern", NY), ("tnmd", "TN", "Middle", CHI),
    ("tnwd", "TN", "Western", CHI),
    ("txnd", "TX", "Northern", CHI), ("txed", "TX", "Eastern", CHI),
    ("txsd", "TX", "Southern", CHI), ("txwd", "TX", "Western", CHI),
    ("utd", "UT", "", DEN),
    ("vtd", "VT", "", NY),
    ("vaed", "VA", "Eastern", NY), ("vawd", "VA", "Western", NY),
    ("waed", "WA", "Eastern", LA), ("wawd", "WA", "Western", LA),
    ("wvnd", "WV", "Northern", NY), ("wvsd", "WV", "Southern", NY),
    ("wied", "WI", "Eastern", CHI), ("wiwd", "WI", "Western", CHI),
    ("wyd", "WY", "", DEN),
    ("gud", "GU", "", "Pacific/Guam"),
    ("nmid", "MP", "", "Pacific/Saipan"),
    ("vid", "VI", "", "America/St_Thomas"),  # St. Croix division too (same zone)
)

# Divisions whose zone differs from their district's, keyed by the lower-case name a caption
# uses ("Pensacola Division", "Western Division", "at Winchester"). Directional names are
# listed beside the city they stand for. Divisions not listed take the district's zone.
DISTRICT_DIVISIONS: dict[str, dict[str, str]] = {
    "flnd": {"pensacola": CHI, "panama city": CHI, "tallahassee": NY, "gainesville": NY},
    "kywd": {"louisville": LOUISVILLE, "paducah": CHI, "owensboro": CHI,
             "bowling green": CHI},
    # E.D. Tenn.: Winchester (Franklin County) is Central; Knoxville (Northern), Chattanooga
    # (Southern) and Greeneville (Northeastern) are Eastern.
    "tned": {"knoxville": NY, "northern": NY, "chattanooga": NY, "southern": NY,
             "greeneville": NY, "northeastern": NY, "winchester": CHI},
    # N.D. Ind.: Hammond (Lake County) is Central; South Bend, Fort Wayne, Lafayette Eastern.
    "innd": {"hammond": CHI, "south bend": IND, "fort wayne": IND, "lafayette": IND},
    "insd": {"evansville": CHI, "indianapolis": IND, "terre haute": IND, "new albany": IND},
    # D.S.D.: Rapid City (Western Division) is Mountain; Pierre (Central), Sioux Falls
    # (Southern) and Aberdeen (Northern) are Central.
    "sdd": {"rapid city": DEN, "western": DEN, "pierre": CHI, "central": CHI,
            "sioux falls": CHI, "southern": CHI, "aberdeen": CHI, "northern": CHI},
    # D. Idaho: Coeur d'Alene (Northern) and Moscow/Lewiston (Central) are Pacific.
    "idd": {"coeur d'alene": LA, "northern": LA, "moscow": LA, "lewiston": LA, "central": LA,
            "boise": BOISE, "southern": BOISE, "pocatello": BOISE, "eastern": BOISE},
    # W.D. Tex.: El Paso is Mountain; Pecos and Alpine (Reeves, Brewster) are Central.
    "txwd": {"el paso": DEN},
    # D. Alaska: Nome and Juneau have their own tz entries (same offsets as Anchorage today).
    "akd": {"nome": "America/Nome", "juneau": "America/Juneau"},
}

# Names territorial courts actually use in captions (they are not "United States District
# Court for the District of ..."); other districts follow the pattern.
TERRITORIAL_NAMES: dict[str, str] = {
    "gud": "District Court of Guam",
    "nmid": "United States District Court for the Northern Mariana Islands",
    "vid": "District Court of the Virgin Islands",
}

# Courts of appeals: (code, ordinal word, Bluebook ordinal, seat zone, state of the clerk's
# principal office). FRAP 26(a)(6)(C) counts holidays of "the state where either ... the
# district court that rendered the challenged judgment or order, or the circuit clerk's
# principal office" is located; the clerk's state is what a court-level table can give.
CIRCUITS: tuple[tuple[str, str, str, str, str], ...] = (
    ("ca1", "First", "1st", NY, "MA"),        # Boston
    ("ca2", "Second", "2d", NY, "NY"),        # New York
    ("ca3", "Third", "3d", NY, "PA"),         # Philadelphia
    ("ca4", "Fourth", "4th", NY, "VA"),       # Richmond
    ("ca5", "Fifth", "5th", CHI, "LA"),       # New Orleans
    ("ca6", "Sixth", "6th", NY, "OH"),        # Cincinnati
    ("ca7", "Seventh", "7th", CHI, "IL"),     # Chicago
    ("ca8", "Eighth", "8th", CHI, "MO"),      # St. Louis
    ("ca9", "Ninth", "9th", LA, "CA"),        # San Francisco
    ("ca10", "Tenth", "10th", DEN, "CO"),     # Denver
    ("ca11", "Eleventh", "11th", NY, "GA"),   # Atlanta
    ("cadc", "District of Columbia", "D.C.", NY, "DC"),
    ("cafc", "Federal", "Fed.", NY, "DC"),
)

# National courts: (code, name, short, zone, state, extra spellings). The state decides
# whose holidays extend forward-counted periods:
# - Tax Court Rule 25(b) names "a legal holiday in the District of Columbia": state "DC".
# - The Court of Federal Claims, Court of International Trade, Court of Appeals for Veterans
#   Claims and the Supreme Court are national courts whose time rules (RCFC 6(a), CIT Rule 6,
#   CAVC Rule 26, S. Ct. Rule 30) list federal holidays and days the President or Congress
#   declares, without the state-holiday clause of Fed. R. Civ. P. 6(a)(6)(C) (RCFC and CIT
#   wording not verified here). Their state is "": treating a local holiday as a holiday there
#   could push a deadline a day too late, and the error we can afford is the early one.
NATIONAL: tuple[tuple[str, str, str, str, str, tuple[str, ...]], ...] = (
    # Not plain "Tax Court": several states have one ("Tax Court of New Jersey").
    ("ustc", "United States Tax Court", "T.C.", NY, "DC", ("U.S. Tax Court",)),
    ("cofc", "United States Court of Federal Claims", "Fed. Cl.", NY, "",
     ("U.S. Court of Federal Claims", "Court of Federal Claims")),
    ("cit", "United States Court of International Trade", "Ct. Int'l Trade", NY, "",
     ("U.S. Court of International Trade", "Court of International Trade")),
    ("cavc", "United States Court of Appeals for Veterans Claims", "Vet. App.", NY, "",
     ("Court of Appeals for Veterans Claims",)),
    ("scotus", "Supreme Court of the United States", "U.S.", NY, "",
     ("United States Supreme Court", "U.S. Supreme Court")),
)

# Court-type words that open a state-court caption ("Circuit Court of Cook County",
# "SUPREME COURT OF THE STATE OF NEW YORK", "Court of Common Pleas").
# Longer phrases come before their last word's shorter forms ("civil district" before "civil").
STATE_COURT_TYPES: tuple[str, ...] = (
    "supreme", "superior", "circuit", "district", "civil district", "county", "chancery",
    "family", "probate", "surrogate's", "surrogates", "juvenile", "municipal", "justice",
    "civil", "criminal", "appellate", "land", "housing", "orphans'", "magistrate", "state",
    "trial", "city", "parish", "general sessions", "business", "tax", "workers' compensation",
    "claims",
)
