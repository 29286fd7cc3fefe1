"""Compiled regular expressions, each built from named fragments with a why-comment.

Matching is case-insensitive throughout: orders shout ("ENTERED THIS 20th DAY OF DECEMBER").
"""

from __future__ import annotations

import re

from viewer.core.fastre import Folded, guarded, word_start
from viewer.core.vocabulary import (
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    STAMP_MONTHS,
    UNITS,
    WEEKDAYS,
    ZONES,
)


def _alt(words: object) -> str:
    """Longest-first alternation so "september" wins over "sep"."""
    items = sorted((str(w) for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in items)


MONTH = rf"(?P<month>{_alt(MONTHS)})\.?"
WEEKDAY = rf"(?:(?:{_alt(WEEKDAYS)})\.?,?\s+)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
ORDINAL = rf"(?P<ordinal>{_alt(ORDINAL_WORDS)})"
I = re.IGNORECASE

# A further day in a list sharing its month: not an hour, a count or a year ("June 2 and 3 p.m.", "May 6, 8 days").
# (a listed day is no docket number's head: "Sept. 27 and 19AP664-CR, State v. Johnson")
_LISTED_DAY = (r"[0-3]?\d(?:st|nd|rd|th)?(?!\d|[:.\-/]\d|[A-Za-z]|\s*(?:[ap]\.?m\b|o'clock|%|percent|days?\b|weeks?\b|months?\b|"
               r"years?\b|hours?\b|minutes?\b|business\b|court\b|calendar\b))")

# A cheap first-letter test lets the engine skip most positions before trying the alternations
# (weekday and month names start with one of these letters).
_FIRST = "(?=[JFMASONDTWjfmasondtw])"

# Each date form is its own pattern so a match knows which fields it has.
DATE_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # A clerk's e-filing stamp, year first: "FILED 18 AUG 31 AM 11:42", "FILED\n2025 MAR 26 09:46 AM" (King County).
    ("stamp", re.compile(rf"(?<=FILED\s)(?P<year>\d\d|(?:19|20)\d\d)\s+(?P<month>{STAMP_MONTHS})"
                         r"\s+(?P<day>[0-3]?\d)\b")),
    # "the 20th day of December, 2024", "this 20 day of December 2024", "the twentieth day of December"
    # (OCR reads a raised "th" as quotes: "this 10“” day of September")
    ("day-of", guarded(
        rf"\b(?:the|this)\s+(?:{DAY}|(?P<day_sp>[0-3]?\d)(?:\s(?:st|nd|rd|th)|[\"\u201c\u201d]{{1,2}})|{ORDINAL})\s+day\s+of\s+{MONTH}(?:,?\s+{YEAR})?\b", I)),
    # "June 2 and 3, 2025", "March 3, 10 and 17, 2025", "December 5, 19, 2014": days sharing one month and
    # year, each a date of its own (match.find_dates checks that a conjunction or the year joins them).
    ("day-list", guarded(
        rf"{_FIRST}\b{WEEKDAY}?{MONTH}\s+{DAY}(?P<more>(?:\s*,\s*{_LISTED_DAY})*(?:,?\s+(?:and|&|or)\s+{_LISTED_DAY})?)"
        rf"(?:,?\s+{YEAR}\b)?", I)),
    # "September 17 through 28, 2018", "Sept. 17-28, 2018": a range; the first day is the event.
    ("range", guarded(
        rf"{_FIRST}\b{WEEKDAY}?{MONTH}\s+{DAY}\s*(?:-|through|thru|to)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{YEAR}\b", I)),
    # "March 4th through March 8th", "January 27 through February 2, 1997": a range over months; the first day.
    ("range-months", guarded(
        rf"{_FIRST}\b{WEEKDAY}?{MONTH}\s+{DAY}\s*(?:-|through|thru)\s*(?:{_alt(MONTHS)})\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b"
        rf"(?:(?:,?\s+|,){YEAR}\b|(?![:\d]))", I)),
    # "Thursday, March 30, 2023", "Jan. 10, 2025", "December 20th" (year optional)
    # ("April 11,2011": OCR and typists drop the space after the comma)
    ("month-day", guarded(rf"{_FIRST}\b{WEEKDAY}?{MONTH}\s+{DAY}\b(?:(?:,?\s+|,){YEAR}(?:\b|(?=[A-Z][a-z]))|(?![:\d]))", I)),
    # "10 January 2025", "10th of January, 2025"
    ("day-month", guarded(rf"(?=[\dMTWFSmtwfs])\b{WEEKDAY}?{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}\b", I)),
    # N.D. Cal.'s docket: "Jury Trial set for 5/15/2017 to 5/26/2017 at 8:30 a.m.": a range; the first day is the event.
    # (Not a move: "continue pre-trial conference from 2/28/23 to 4/25/23", "is extended from 9/10/2018 to 10/10/2018".)
    ("numeric-range", guarded(
        r"(?=\d)(?<![\d/.-])(?<!from\s)(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d|\d\d)\s*"
        r"(?:-|\u2013|through|thru|to)\s*[01]?\d/[0-3]?\d/(?:(?:19|20)\d\d|\d\d)(?![\d-]|/\d)", I)),
    # "1/10/2025", "01/10/25", "06-14-2022"; a year is required: "1/2 hour" is not a date.
    ("numeric", guarded(
        r"(?=\d)(?<![\d/.-])(?P<m>[01]?\d)(?P<sep>[/-])(?P<d>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?![\d-]|/\d)")),
    # (A stray slash before a word is a typo, "to 2/8/12/at 10:00 a.m."; "1/2/3/4" is no date.)
    # "12/9 /2016", "6/26/ 2018": a stray space by a slash (typed or OCR), only with a four-digit year
    ("numeric-spaced", guarded(r"(?=\d)(?<![\d/.-])(?P<m>[01]?\d)[ ]?/[ ]?(?P<d>[0-3]?\d)[ ]?/[ ]?(?P<y>(?:19|20)\d\d)(?![\d-]|/\d)")),
    # "05-NOV-2014": Hawaii's e-filing stamp and docket systems write day, month abbreviation, year
    ("day-mon-year", guarded(r"(?<![\w-])(?P<day>[0-3]?\d)-(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))-"
                             r"(?P<year>(?:19|20)\d\d)(?![\w-])")),
    # "2025-01-10" (and Minnesota's e-signature "2023.02.28")
    ("iso", guarded(r"(?<![\d.-])(?P<y>(?:19|20)\d\d)(?P<sep>[-.])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?![\d-]|\.\d)")),
)

# Month-only settings ("the March 2018 trial term") are kept as undated events.
MONTH_ONLY = guarded(rf"(?=[JFMASONDjfmasond])\b{MONTH}\s+{YEAR}\b(?!\s*,?\s*\d)", I)

_ZONE_WORDS = _alt(ZONES)
# "10 a.m.", "10:00 AM", "4:00 p.m. (Eastern Standard Time)", "noon", "14:00", "09:00 A.M.", "09:00:00 AM", "10:00 o'clock A.M."
TIME = guarded(
    r"(?=[\dnNmM])(?<![\d:/])(?:(?P<hour>[01]?\d|2[0-3])(?:[ ]?:[ ]?(?P<minute>[0-5]\d)(?::[0-5]\d)?)?:?(?:\s*o['\u2019]\s?clock)?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?::[0-5]\d)?(?!\s*[ap]\.?m)(?![\d/:])"
    r"|(?P<word>noon|midnight))"
    # ("1 :30 p.m.": OCR's space by the colon, with a.m./p.m. after it)
# ("2:00 PM (prevailing Eastern Time)"; after a comma only a zone that says so: "4:30 p.m., Pacific Daylight Time",
    # not "9:00 a.m., Central Islip")
    rf"(?:(?:\s*|,\s*(?=[a-z]+(?:\s+[a-z]+)?\s+time\b|[ecmp][sd]?t\b))\(?\s*(?:prevailing\s+)?(?P<zone>{_ZONE_WORDS})\b\.?\)?)?", I)
# The same pattern tried only where a digit stands (most of a text is letters); "noon" and
# "midnight" are found by a literal search instead (match.find_times).
TIME_DIGITS = re.compile("(?=\\d)" + TIME.pattern[len("(?=[\\dnNmM])"):], I)

# "fourteen (14)", "14", and "(14)" alone (OCR that moved the word elsewhere).
# (Tens and units as two small alternations: one long list of all 170 words slowed every period search.)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_BELOW_HUNDRED = (rf"(?:(?:{_TENS})(?:[-\s](?:{_ONES})\b)?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                  rf"eighteen|nineteen|ten|{_ONES})")
# ("one hundred eighty (180) days", "one-hundred and twenty days": without the hundreds it read as eighty)
_NUMBER_WORD = rf"(?:(?:one|two|three|a)[-\s]hundred(?:[-\s]+(?:and\s+)?{_BELOW_HUNDRED}\b)?|{_BELOW_HUNDRED}|an|a)"
NUMBER = rf"(?:(?P<word>{_NUMBER_WORD})\s*(?:\(\s*(?P<paren>\d+)\s*\))?|\(?(?P<digits>\d+)\)?)"
UNIT = rf"(?P<unit>{_alt(UNITS).replace(chr(92) + ' ', chr(92) + 's+')})"  # ("two (2) business\ndays": a line may break)
# Where a period is counted from: "prior to the hearing", "after service", "of entry".
DIRECTION = (r"(?P<direction>prior\s+to|before|preceding|in\s+advance\s+of|after|following|"
             r"from|of|subsequent\s+to|since)")
# "no later than two (2) days prior to the hearing", "within 14 days of service of this Order", "one (1) full week prior"
RELATIVE = guarded(
    rf"(?P<lead>no\s+later\s+than|not\s+later\s+than|NLT|no\s+fewer\s+than|not\s+less\s+than|"
    rf"at\s+least|within|by|on\s+or\s+before)?\s*\b{NUMBER}[\s-]+(?:full\s+)?{UNIT}(?:,(?=\s+from\b))?"  # ("every 60 days, from the date")
    rf"(?P<between>[ \t]+(?!extension|enlargement|continuance)\w+)?\s+{DIRECTION}\s+"
    rf"(?P<anchor>[^.;:()]{{1,90}}(?:\([a-z\d]{{1,2}}\)[^.;:()]{{0,40}})?)", I)  # ("the scheduled Rule 16(b) conference")
# (A word between on the same line; "a 90-day extension of the deadline" and "a four-month stay of this
# litigation" count nothing from it.)

# A period with no anchor named counts from the order itself: "Objections due within 14 days",
# "Plaintiff may file his motions to amend in 21 days", "this restraining order shall expire after ten days".
IMPLICIT = guarded(
    rf"\b(?P<lead>within|in|(?<=expire\s)after|(?<=expires\s)after)\s+(?:the\s+next\s+)?{NUMBER}[\s-]+{UNIT}\b(?!\s+(?:\w+\s+)?(?:prior|before|after|"
    r"following|from|of|preceding|in\s+advance|subsequent|since|thereafter|later))", I)
# "with the motions to be filed at least 35 days in advance": before the date just stated.
IN_ADVANCE = guarded(rf"\b(?P<lead>at\s+least\s+|no\s+(?:fewer|less)\s+than\s+)?{NUMBER}[\s-]+{UNIT}"
                        r"\s+in\s+advance\b(?!\s+of)", I)
# "the parties have 14 days within which to file": from the order (or filing) itself.
WITHIN_WHICH = guarded(rf"\b(?P<lead>have|has|(?:is|are)\s+(?:granted|given|allowed)|granted|given|allowed|"
                       rf"(?:grant|allow|give|afford)(?:s|ed)?\s+(?:the\s+)?[a-z]+)\s+{NUMBER}[\s-]+{UNIT}\s+(?:within\s+which|in\s+which)\b", I)
# "Parties have seven (7) calendar days to file with the court a Notice of Intent", "Plaintiff is GRANTED fourteen
# (14) days to file a Fourth Amended Complaint": from the order.
# (Not "after which plaintiff will have fourteen days to file any reply", nor "seven days to respond to
# Marlow's supplemental filing": those run from another paper.)
_GIVEN_TO = r"\s+to\s+(?:file|serve|submit|answer|show|appeal|amend|pay|comply)\b"  # (the duty the time is for)
HAVE_DAYS_TO = guarded(rf"(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)\b(?P<lead>has|have|(?:is|are)\s+(?:hereby\s+)?(?:granted|given|allowed))"
                       rf"\s+{NUMBER}[\s-]+{UNIT}"
                       rf"(?=['’]?(?:\s+leave)?{_GIVEN_TO})", I)  # (the duty
# follows; "Plaintiff shall have thirty days' leave to amend her complaint")
# A sentence that opens with who gets the time: "Respondents will have 60 days to answer, or otherwise respond to, the
# Amended Petition" (not "If your motion ... is granted, you will have 30 days to file").
HAVE_DAYS_WILL = guarded(rf"(?:^|(?<=[.;]\s)|(?<=\n))(?!(?:If|When|Unless|Once|After|Should)\b)(?-i:[A-Z])[\w'’-]*"
                         rf"(?:\s+[\w'’-]+){{0,2}}?\s+will\s+(?P<lead>have)\s+{NUMBER}[\s-]+{UNIT}"
                         rf"(?={_GIVEN_TO})", I)
# ("grant appellant twenty (20) days in which to file her brief": one word for who is given the time.)
# E.D. Cal. titles an order by its period: "ORDER TO SHOW CAUSE ...; Thirty-Day Deadline", "THREE DAY DEADLINE":
# the answer is due that many days after the order. (A title: after ";" or ":" or in capitals; "the 90 day
# deadline for electronic access" in a sentence is the law's own period.)
DAY_DEADLINE = guarded(rf"(?:(?<=[;:\n])|(?<=[;:]\s)|(?=(?-i:[A-Z\d(][A-Z\d()\s-]*DEADLINE)))\s*"
                       rf"\b(?P<lead>){NUMBER}[\s-]+{UNIT}\s+deadline\b", I)
# "Defendants may file its response 14 days thereafter": counts from the deadline just before.
# ("and every 28 days thereafter": the first repeat; candidates.py flags it recurring. Not a story's "About five months
# thereafter, on June 21, 2004, the State filed".)
THEREAFTER = guarded(rf"(?<!\babout\s)(?<!\bapproximately\s)(?<!\bsome\s)(?<!\bnearly\s)(?<!\balmost\s)"
                     rf"\b(?P<lead>within\s+)?{NUMBER}[\s-]+{UNIT}\s+(?:intervals?\s+)?(?:thereafter|later|after\s+that)\b", I)

# "The Secretary may also respond within that time": the deadline of the period just stated.
SAME_PERIOD = Folded(word_start("within") + r"\s+(?:that|the\s+same)\s+(?:time|period)(?:\s+period)?\b",
                     starts=("within",))

# "By the same date, plaintiff shall file his brief", "shall answer or otherwise plead by that date": the
# day of the duty just stated.
SAME_DATE = Folded(r"\b(?:by|on\s+or\s+before|no\s+later\s+than|not\s+later\s+than)"
                   r"\s+(?:that|the\s+same|said|such)\s+(?:date|day)\b",  # ("by said deadline" names one in the sentence)
                   starts=("by ", "on or before ", "no later than ", "not later than "))

# "CASE STAYED FOR 30 DAYS": the stay ends that many days after the order.
# ("is adjourned for thirty days to allow for supplemental submission": New York's adjourned motion)
STAY = guarded(rf"\b(?:stay(?:ed|s)?|abate[sd]?|abatement|remand(?:ed|s)?|hold|adjourn(?:ed|s)?)\b[^.;]{{0,40}}?\b(?P<lead>for)\s+(?:a\s+period\s+of\s+)?{NUMBER}[\s-]+{UNIT}", I)

# Periods with no count: "prior to the final pre-trial conference", "along with the joint
# pre-trial order", "at the same time as the response".
EVENT_NOUN = (r"(?:order|brief|response|reply|motion|memorand\w*|filing|submission|conference|"
              r"hearing|trial|argument|statement|report|letter|disclosures?|opposition|"
              r"objections?|exhibits?|list|deadline|sentencing|answer|proceeding|meeting|"
              r"rearraignment|arraignment|plea)")
# "by 4:00 p.m. the court day before the hearing", "the day after the conference": one day.
DAY_NEXT_TO = guarded(rf"\bthe\s+(?P<court>court\s+|business\s+|judicial\s+)?day\s+(?:immediately\s+)?(?P<direction>before|prior\s+to|"
                      rf"preceding|after|following)\s+(?P<anchor>(?:the\s+|(?=(?:oral\s+)?argument\b))"
                      rf"(?:[\w'-]+\s+){{0,4}}?{EVENT_NOUN})\b", I)  # ("by noon on the day before argument"; not a web
# page's "updated by 3:00pm the day prior to hearing")
# "The time between today's date and the anticipated trial is excluded": the exclusion ends at trial.
UNTIL_EVENT_EXCLUDED = guarded(
    rf"\bbetween\s+(?:today(?:'s|’s)?\s+date|today|now|the\s+date\s+of\s+this\s+order)\s+and\s+"
    rf"(?P<anchor>the\s+(?:[\w'-]+\s+){{0,3}}?{EVENT_NOUN})(?=\s+(?:date\s+)?(?:is|are|shall|will)\s+(?:be\s+)?"
    r"(?:hereby\s+)?(?:deemed\s+)?exclu)", I)
# "counsel may participate in today's status conference": a sitting on the order's own day.
TODAYS = guarded(rf"\b(?P<day>today|tomorrow)(?:'s|\u2019s)\s+(?P<anchor>(?:[\w-]+\s+){{0,3}}?(?:hearing|conference|trial|argument|"
                 r"sentencing|arraignment|proceeding)s?)\b", I)
SAME_TIME = guarded(
    # ("must be prepared to submit to custody on the day of sentencing": that day)
    # ("as far in advance of the conference as possible", "well in advance of": no day at all)
    r"\b(?P<lead>prior\s+to|(?<!far\s)(?<!well\s)in\s+advance\s+of|along\s+with|together\s+with|simultaneously\s+with|at\s+the\s+time\s+of|"
    r"on\s+the\s+(?:same\s+|first\s+)?day\s+of|"  # ("appear in court at 8:00 a.m. on the first day of trial")
    rf"concurrently\s+with|at\s+the\s+same\s+time\s+as|"
    # ("shall file the exhibit list no later than the final pretrial conference": that day; not "no later than the
    # Friday before the pretrial conference", a day counted from it)
    rf"(?:no|not)\s+later\s+than|at\s+or\s+before|on\s+or\s+before)\s+(?P<anchor>(?:the\s+|(?<=day\sof\s))"
    rf"(?:(?!(?:before|after|prior|following|preceding)\b)[\w'-]+\s+){{0,4}}?{EVENT_NOUN})\b", I)

# Spans where digits are not dates: statutes, rules, citations, docket and case numbers, money.
# (In two parts: numbers and symbols here, words below; blocked_spans joins them.)
NOT_DATES = guarded(
    r"(?=[\d§$(])(?:\b\d+\s+U\.?\s?S\.?\s?C\.?\s*§*\s*\d+[\w.()-]*(?:\s*(?:,|&|and)\s*\d+[\w.()-]*)*"  # 18 U.S.C. § 1030(a)
    r"|§+\s*\d+[\w.()-]*(?:\s*(?:,|&|and)\s*\d+[\w.()-]*)*"          # §§ 1114, 1116
    r"|\b\d{1,3}\s+(?:F\.\s?(?:\dd|Supp\.(?:\s?\dd)?|App'x)|U\.S\.|S\.\s?Ct\.|L\.\s?Ed\.(?:\s?2d)?)\s+\d+"
    r"|\b\d{1,2}[:-]\d{2}-[a-z]{2,4}-\d{1,6}(?:-[A-Za-z]{1,5})*"     # 1:24-cv-2323-ABC
    r"|\$\s?[\d,]+(?:\.\d\d)?"                                        # $25,000
    r"|\b\d{1,3}-\d{1,3}(?:-\d{1,3})+\.\d+"                           # SDCL 1-26-33.2 (a section, not 1/26/33)
    r"|\(?\b\d{3}\)?[\s.-]\d{3}-\d{4}\b"                              # (202) 555-0100
    # The court-and-year parenthetical of a case citation: "(7th Cir. March 4, 2020)".
    r"|\([^()]{0,30}?(?:Cir\.|Fed\.\s?Cl\.|Bankr\.|D\.\s?[A-Z][\w.]*|Ct\.\s?App\.)[^()]{0,40}?(?:19|20)\d\d\)"
    # A Westlaw or Lexis citation with its date: "2010 WL 996503 (March 16, 2010)", "2019 U.S. Dist. LEXIS 1234 (...)".
    r"|\b(?:19|20)\d\d\s+(?:WL|U\.S\.\s?Dist\.\s?LEXIS|U\.S\.\s?App\.\s?LEXIS|LEXIS)\s+\d+(?:,\s*at\s*\*\d+)?"
    r"\s*\([^()]{0,60}\))", I)
# A case-law site's head line names the order by its citation: "Criminal Action No. 12-cr-00106-MSK (D. Colo. Mar. 16,
# 2012)": that parenthesis dates this order (a citation's parenthesis elsewhere dates another case).
CITED_NUMBER = r"[ \t]*(?:(?:Criminal|Civil)\s+)?(?:Action\s+|Case\s+)?No\.?\s*[\w:.-]+(?:\s+[\w:.-]+){0,2}\s*"
CITED_HEAD = guarded(rf"(?:^|\n){CITED_NUMBER}\((?:[A-Z][\w.']*\s*){{1,5}}$")
CITED_LINE = guarded(CITED_NUMBER)  # (what stands before the parenthesis on its line)
# Rule 65(b)(2), Fed. R. Civ. P. 6, ECF No. 12, Dkt. 5, Docket # 7, Doc. 3, Does 1-10 (lower-cased scan).
NOT_DATES_WORDS = Folded(
    rf"(?:{word_start('rule')}|{word_start('fed')}\.\s*r\.[\w.\s]*?p\.)\s*\d+(?:\([a-z0-9]+\))*"
    rf"|(?:{word_start('ecf')}|{word_start('dkt')}\.?|{word_start('docket')}|{word_start('doc')}\.?)"
    r"\s*(?:no\.?|#)?\s*\d+(?:[-,]\s*\d+)*"
    rf"|{word_start('does')}\s+\d+\s*-\s*\d+"
    rf"|{word_start('sdcl')}\s+(?:to\s+)?\d+(?:-\d+)*", starts=("rule", "fed", "ecf", "dkt", "doc", "does", "sdcl"))

# The ECF header stamp in its forms: "Case 1:24-cv-02323 Document 13 Filed 12/20/24 Page 1 of 6
# PageID# 1121", "... Document 2 Filed on 10/29/20 in TXSD Page 1 of 2", "Case No. 1:23-cv-01343-GPG-KLM
# Document 17 filed 06/09/23 USDC Colorado pg 1 of 3".
ECF_STAMP = guarded(
    # (E.D. Mich. leaves out "Case": "2:12-cv-10038-DML-MJH Doc # 77 Filed 09/27/13 Pg 1 of 5"; OCR reads the judge's
    # initials "GMS" as "Gl\/IS"; D. Utah: "Filed 03/19/21 PageID. Page 1 of 4")
    # (OCR of a scanned header: "Case 1 :05-cv—00454-GIVIS", "1:04-cv—O1374—SLR ... Filed O3/O9/2005", and a letter l for
    # the digit one: "Case 2:l2-cr-00l63-RJS-BCW Document 45 Filed 02/20/l3 Page l of l0")
    # (D. Me.: "Case 1:11-cv-00117-GZS -DBH -BMS Document 34 #: 198 Filed 06/22/11"; a text layer that drops spaces:
    # "Case3:09-cv-02292-JW Document772 Filed04/28/11 Page2 of 4")
    # (OCR of the page count: "Filed 05/25/2005 Page 1 of4", "Filed 11/16/2006I Page 1 6f;4", "Paget of 4")
    r"(?:Case(?:\s+No\.)?:?\s?)?(?:\d\s?:\s?[\dl]{2}[-\u2212\u2014]?[a-z]{2}[-\u2212\u2014][\dOl]+(?:\s?[-\u2014][A-Za-z][A-Za-z\d\\/|]*)*"
    r"|MDL\s+No\.\s?\d+)\s+(?:Document|Doc\s?#:?)\s?\d+(?:-\d+)?(?:\s+#:\s?\d+)?\s+"
    r"(?:Filed:?(?:\s+on)?|Entered\s+on\s+[A-Z]{3,5}\s+Docket)\s*(?P<m>[\dOl]{2})/(?P<d>[\dOl]{2})/(?P<y>[\dOl]{2}(?:[\dOl]{2})?)[Il|]?(?:\s+in\s+[A-Z]{3,6}|\s+USDC\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s+(?:(?:PageID\.?\s+)?(?:Paget|(?:(?:Page|pg)\s?)?[\dl]+)\s+[o6]f[;:]?\s*[\dl]+\.?(?:\s+Page\s?I\s?D\s?#?:?\s?\d+)?|1(?:\s+\d{1,2}){9,})\n?", re.I)
# (N.D. Ohio: "Case: 4:14-cv-02074-BYP Doc #: 18 Filed: 01/28/15 1 of 6. PageID #: 251"; S.D. Fla.: "Case 9:17-cv-80728-DMM
# Document 6 Entered on FLSD Docket 06/19/2017 Page 1 of 4";
# the Panel on Multidistrict Litigation: "Case MDL No. 2151 Document 735 Filed 08/13/21 Page 1 of 13"; E.D. Wash.'s
# pleading paper, whose line numbers stand where the page would: "Document 26 Filed 11/06/2007 1 2 3 ... 26 A telephonic")

# The courts of appeals' header: "Case: 14-7001   Document: 4   Page: 1   Filed: 10/30/2013".
ECF_STAMP_APPEAL = guarded(r"Case:\s*\d{2}-\d{3,5}\s+Document:\s*\d+\s+Page:\s*\d+\s+"
                           r"Filed:\s*(?P<m>\d\d)/(?P<d>\d\d)/(?P<y>\d{4})\n?", re.I)
# The D.C. Circuit's: "USCA Case #18-7185 Document #1776122 Filed: 03/05/2019 Page 1 of 1".
ECF_STAMP_USCA = guarded(r"USCA\s+Case\s+#\d{2}-\d{3,5}\s+Document\s+#\d+\s+Filed:\s*(?P<m>\d\d)/(?P<d>\d\d)/"
                         r"(?P<y>\d{4})\s+Page\s+\d+\s+of\s+\d+\n?", re.I)

CASE_NUMBER = guarded(
    r"\b(?:Case\s+No\.?|Civil\s+Action\s+No\.?|No\.?|Case)\s*:?\s*"
    r"(?P<num>\d{1,2}[:-]\s?\d{2}-[a-z]{2,4}-\d{1,6}(?:-[A-Za-z]{1,5})*|\d{2}-\d{1,6})\b", I)
BARE_CASE_NUMBER = guarded(r"\b(?P<num>\d{1,2}:\d{2}-[a-z]{2,4}-\d{1,6}(?:-[A-Za-z]{1,5})*)\b", I)
