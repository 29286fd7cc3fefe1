"""Word lists the patterns are built from. Data, not logic: extend a table, not a regex."""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # (misspellings courts print: "JULLY 15, 2024", "Febuary 3")
    "janaury": 1, "feburary": 2, "febuary": 2, "jully": 7, "septmber": 9, "novmber": 11, "decmber": 12,
}

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

_UNITS_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                "sixteen seventeen eighteen nineteen").split()
_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
               "ninety": 90}
# Every number word from one to ninety-nine ("forty-eight", "thirty five"), and "a"/"an" ("an additional week").
NUMBER_WORDS: dict[str, int] = {
    **{word: n for n, word in enumerate(_UNITS_WORDS, start=1)},
    **_TENS_WORDS,
    **{f"{tens}{sep}{unit}": value + n for tens, value in _TENS_WORDS.items()
       for n, unit in enumerate(_UNITS_WORDS[:9], start=1) for sep in ("-", " ")},
    "a": 1, "an": 1,
}



def number_value(words: str) -> int | None:
    """The value of a number in words up to three hundred and ninety-nine: "one hundred and eighty" is 180."""
    low = " ".join(words.lower().replace("-", " ").split())
    head, found, rest = low.partition("hundred")
    if not found:
        return NUMBER_WORDS.get(low) or NUMBER_WORDS.get(low.replace(" ", "-"))
    hundreds = NUMBER_WORDS.get(head.strip())
    rest = rest.strip().removeprefix("and ").strip()
    below = NUMBER_WORDS.get(rest) or NUMBER_WORDS.get(rest.replace(" ", "-")) if rest else 0
    return hundreds * 100 + below if hundreds and below is not None else None


# A clerk's stamp writes the month in three capitals: "FILED 18 AUG 31", "APR 27 2012".
STAMP_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
}

# Stated zone abbreviations and names -> IANA zone. "EST" in July is still New York: the
# court meant its local time, and the flag for the mismatch is raised in resolve.
ZONES: dict[str, str] = {
    "est": "America/New_York", "edt": "America/New_York", "et": "America/New_York",
    "eastern": "America/New_York", "eastern standard time": "America/New_York",
    "eastern daylight time": "America/New_York", "eastern time": "America/New_York",
    "cst": "America/Chicago", "cdt": "America/Chicago", "ct": "America/Chicago",
    "central": "America/Chicago", "central standard time": "America/Chicago",
    "central daylight time": "America/Chicago", "central time": "America/Chicago",
    "mst": "America/Denver", "mdt": "America/Denver", "mt": "America/Denver",
    "mountain": "America/Denver", "mountain standard time": "America/Denver",
    "mountain daylight time": "America/Denver", "mountain time": "America/Denver",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles", "pacific standard time": "America/Los_Angeles",
    "pacific daylight time": "America/Los_Angeles", "pacific time": "America/Los_Angeles",
    "akst": "America/Anchorage", "hst": "Pacific/Honolulu", "ast": "America/Puerto_Rico",
    # (spelled with stops: "1:00 p.m. (E.D.T.) on August 27, 2015")
    "e.s.t": "America/New_York", "e.d.t": "America/New_York", "c.s.t": "America/Chicago", "c.d.t": "America/Chicago",
    "m.s.t": "America/Denver", "m.d.t": "America/Denver",
    "p.s.t": "America/Los_Angeles", "p.d.t": "America/Los_Angeles",
}

UNITS: dict[str, str] = {
    "day": "days", "days": "days", "calendar day": "calendar_days", "calendar days": "calendar_days",
    "business day": "court_days", "business days": "court_days", "court day": "court_days",
    "court days": "court_days", "judicial day": "court_days", "judicial days": "court_days",
    "working day": "court_days", "working days": "court_days",
    "week": "weeks", "weeks": "weeks", "month": "months", "months": "months",
    "hour": "hours", "hours": "hours", "year": "years", "years": "years",
}

# Sittings named by their initials, with what they stand for (an anchor "28 days before FPTC" is the sitting in full).
SITTING_SPELLED = {"FPTC": "final pretrial conference", "FPC": "final pretrial conference",
                   "FPT": "final pretrial conference", "PTC": "pretrial conference",
                   "CMC": "case management conference", "FSC": "final status conference",
                   "MSC": "mandatory settlement conference", "TPC": "trial preparation conference",
                   "TSC": "trial setting conference"}
SITTING_INITIALS = tuple(SITTING_SPELLED)

# "..., whichever is earlier / occurs first / is later": two limits of one duty (restate.py, rows.py).
WHICHEVER = (r"\bwhichever\s+(?:is|occurs|comes|falls)\s+"
             r"(?:earlier|earliest|first|sooner|(?P<later>later|latest|last))\b")

# The sitting a tentative ruling's head names: the ruling is made there, whatever later sitting it continues to.
RULING_SITTING = "Hearing (tentative ruling)"

# How an order says rules or the order itself take effect ("effective", "takes effect", "shall go into effect").
TAKES_EFFECT_WORDS = r"effective|takes?\s+effect|go(?:es)?\s+into\s+effect"
# A calendar row naming its case after the hour: "8:50 a.m.  Marrison v. St. Luke's RMC  #42625".
CASE_NAMED_ROW = r"[^\n]{1,80}?\sv\.?[ \t]+\S"
# A calendar row led by its hour and docket number: "9:50 a.m.   Kno-18-129   Earl Gammon et al. v. Robin E. Boggs", or
# with the case on the next line under the hour and its time limits (South Carolina's roster: "09:30 a.m. (Time Limits:
# 15-15-5) / 2013-000606   Christine Watts, Respondent, v. ...").
_DOCKET_NUMBER = r"(?:No\.\s*)?[A-Za-z]{0,6}-?\d{2,4}-[\w-]*\d[\w-]*[ \t]+\S"
# (or, on its 2011 rosters, a bare appeal number: "10:00 a.m. (Time Limits: 10 - 10 - 5) / 17971   The State, v. ...")
ROW_AFTER_HOUR = (rf"(?:[ \t]+(?:{_DOCKET_NUMBER}|{CASE_NAMED_ROW})"
                  rf"|(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*\n[ \t]*"
                  rf"(?:{_DOCKET_NUMBER}|\d{{4,6}}[ \t]+{CASE_NAMED_ROW}))")
# A docket text's note of the clerk serving this order: "(11 Petition and this Order emailed on 3/26/2024.)".
ORDER_SENT = r"\bthis\s+order\s+(?:e-?mailed|mailed|served|sent)\b"
# A circuit calendar's day heading: "TUESDAY, DECEMBER 1, 2020 - COURT CONVENES AT 1:00 P.M.".
COURT_CONVENES = r"(?:the\s+)?court\s+convenes\s+at"

# For a court's place-and-date line ("Lansing, Michigan October 23, 2019", "Columbia, South Carolina").
STATE_NAMES = ("Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho "
               "Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota "
               "Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah "
               "Vermont Virginia Washington Wisconsin Wyoming").split() + [
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island",
    "South Carolina", "South Dakota", "West Virginia", "District of Columbia", "Puerto Rico", "D.C.",
    "Hawai'i", "Hawaiʻi"]  # (the islands' own spelling)
# The names as one regex alternation, for place lines ("Columbia, South Carolina").
STATE_PATTERN = "|".join(re.escape(s) for s in STATE_NAMES)


def expand_year(year: int) -> int:
    """"93" is 1993 and "24" is 2024: the POSIX %y pivot, since the core cannot ask the clock."""
    if year >= 100:
        return year
    return 1900 + year if year >= 69 else 2000 + year
