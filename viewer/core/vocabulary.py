"""Word lists the patterns are built from. Data, not logic: extend a table, not a regex."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "twenty-one": 21, "twenty-eight": 28, "thirty": 30, "forty-five": 45,
    "forty": 40, "forty-two": 42, "fifty": 50, "sixty": 60, "ninety": 90,
    "seventy-two": 72, "forty-eight": 48, "twenty-four": 24, "a": 1, "an": 1,
}

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
}

UNITS: dict[str, str] = {
    "day": "days", "days": "days", "calendar day": "days", "calendar days": "days",
    "business day": "court_days", "business days": "court_days", "court day": "court_days",
    "court days": "court_days", "judicial day": "court_days", "judicial days": "court_days",
    "working day": "court_days", "working days": "court_days",
    "week": "weeks", "weeks": "weeks", "month": "months", "months": "months",
    "hour": "hours", "hours": "hours", "year": "years", "years": "years",
}
