"""What a date's place on the page says, over what its words say.

A calendar's head ("Date: July 13, 2026 / Time: 8:30 A.M."), a date and hour alone on their line, an argument
schedule's day heading, the order's own date line, the clerk's stamp: each is read from where it stands.
"""

from __future__ import annotations

import re

from viewer.core import classify, dateline, entries, match, rows
from viewer.core.kindwords import HEARING
from viewer.core.segment import Segment
from viewer.core.titles import ARGUMENT_ROW, clipped
from viewer.core.vocabulary import COURT_CONVENES, ROW_AFTER_HOUR, RULING_SITTING

# A sitting already named in a few words keeps its name ("Scheduling and planning conference"), not "Deadline for Hearing".
_SITTING_TITLE = re.compile(r"(?!.*\b(?:after|before|prior|deadline)\b)(?:[\w'-]+\s+){0,4}(?:conference|hearing|trial|argument)", re.I)
_RANGES = ("range", "range-months", "numeric-range")  # "April 1 through April 4" on its own line is a sitting's days, not a signing
# An estate notice's "DOD: November 25, 2022", "date of birth April 16, 1941": a life's dates, never the paper's.
_LIFE_DATE = re.compile(r"\b(?:DOD|DOB|date\s+of\s+(?:death|birth)|born|died)\s*:?\s*(?:on\s+)?$", re.I)
# The clerk's filed stamp: "FILED ... FEDERAL CIRCUIT OCT 27 2010 JAN HORBALY CLERK" (OCR "ClERK"); S.D. Tex.'s
# "ENTERED ... August 18, 2016 David J. Bradley, Clerk"; on pleading paper, "... Apr 14, 2023 3 SEAN F. MCAVOY, CLERK";
# Texas' e-filing stamp "08/14/2023 04:28:53 PM / Velva L. Price / District Clerk".
_CLERK_STAMP = re.compile(r"\s*(?:\d{1,2}\s+)?(?:[A-Z][A-Za-z.'-]*,?\s+){1,4}C[LlI1]ERK\b"
                          r"|\s*(?:[A-Z][A-Za-z.'-]*\s+){1,4}[A-Z][a-z]+,\s+Clerk\b"
                          r"|\s*(?:[A-Z][A-Za-z.'-]*\s+){1,4}(?:District|County|Circuit)\s+Clerk\b")
# An opinion's head flattened into one line: "... (Dkt. Nos. 11, 22) September 20, 2016 MASTROIANNI, U.S.D.J."
# ("... ORDER December 21, 2016 TALWANI, D.J.")
_JUDGE_NEXT = re.compile(r"\s+(?-i:[A-Z][A-Z'-]+),\s+(?:U\.\s?S\.\s?(?:D|M|B)\.\s?J|(?:D|C|M)\.\s?J|J)\.")
# A signature line that ends in its date: "Faun Marie Phillipson Circuit Court Judge March 13, 2023", then a line break.
_JUDGE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][\w.'-]*[ \t]+){1,5}"
                           r"(?:(?:Circuit|District|Superior|County|Probate|Chancery)[ \t]+)?"
                           r"(?:Court[ \t]+)?(?:Judge|Justice)[ \t]+$")
_LINE_ENDS = re.compile(r"[ \t]*(?:\n|$)")
# A docket report's row for the court's own paper: "06/30/2016 7 ORDER AND NOTICE OF INITIAL CONFERENCE: Initial
# Conference set for ...": the row's date is the day the order was entered (other rows' papers are left to their words).
_ORDER_ROW = re.compile(r"[ \t]+\d{1,4}[ \t]+(?:[A-Z]+[ \t]+){0,3}ORDER\b")
# An argument schedule's day heading: "Thursday, January 3, 2013:" alone on its line (or with where the court sits:
# "Friday, November 3, 2023 - to be held at Dr. Henry A. Wise, Jr., High School ...:"), the cases listed under it.
_DAY_HEAD_REST = re.compile(r"(?:[ \t]+[-\u2013\u2014][ \t]+[^\n:]{1,160})?[ \t]*:[ \t]*(?:\n|$)")  # ("... 2023 - to be held at ...:")
_DAY_HEAD_LEAD = re.compile(r"[ \t]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]*)?", re.I)
_CONVENES = re.compile(COURT_CONVENES, re.I)
_SCHEDULE_TITLE = re.compile(r"\b(?:schedule\s+of\s+(?:oral\s+)?arguments?|(?:oral\s+)?argument\s+(?:schedule|calendar|docket)|"
                             r"court\s+call|calendar\s+call)\b", re.I)

# A court form's own date at its foot: "X ADR Track Form Date - 06/18/2004", "Form revised: 12/09"; or in its
# caption: "NORTHWESTERN DIVISION Revised 9/03/08 Linda Tvedt, Plaintiff".
# A media advisory's "WHAT: Sentencing hearing in re State v. Ramos ... WHEN: Tuesday, September 28, 2021 at 9 a.m.":
# the sitting named on the WHAT line.
# (or without colons, each label at its line's start: N.C.'s "WHAT Oral arguments in 413PA21 ... / WHEN Wednesday, ...")
_WHEN_LABEL = re.compile(r"(?-i:\bWHEN)\s*:\s*$|\n[ \t]*(?-i:WHEN)[ \t]+$")
_WHAT_ABOVE = re.compile(r"(?-i:\bWHAT)\s*:\s*([^\n]{3,160})|\n[ \t]*(?-i:WHAT)[ \t]+([^\n]{3,160})")
_WHAT_REACH = 600
# The heading's own amendment date: "ORDER BY CHIEF JUDGE JOSEY-HERRING (Amended 7/14/21)" - this paper as it now stands.
_AMENDED_AS_OF = re.compile(r"\(\s*(?:as\s+)?amended\s*:?\s*(?:on\s+)?$", re.I)
_PAREN_CLOSES = re.compile(r"\s*\)")
_HEAD_REACH = 600
_FORM_DATE = re.compile(r"\bform\s+(?:date|rev(?:ised|ision)?\.?(?:\s+date)?)\s*[-:]?\s*$"
                        r"|(?:^|\n|(?-i:\b[A-Z]{2,})\s)(?-i:Revised|REVISED|Rev\.)\s*:?\s*$", re.I)

# A circuit's slip opinion or order opens "Submitted ... June 17, 2013 / Filed June 27, 2013 / Before: <the panel>".
_FILED_LEAD = re.compile(r"(?:^|\s)(?-i:Filed)\s+$")
_PANEL_NEXT = re.compile(r"\s*(?-i:Before)\s*:")


def _what_above(text: str, at: int) -> str | None:
    """The nearest "WHAT:" line's words above a "WHEN:" label."""
    found = [(m.group(1) or m.group(2)).strip() for m in _WHAT_ABOVE.finditer(text, max(0, at - _WHAT_REACH), at)]
    return found[-1] if found else None


def read_by_place(text: str, seg: Segment, date: match.DateMention, when: match.TimeMention | None,
                  reading: classify.Reading, before: str,
                  label: str | None) -> tuple[classify.Reading, match.TimeMention | None]:
    """The reading (and hour) a date's place gives it, or the ones its words gave."""
    if _FORM_DATE.search(text, max(0, date.start - 24), date.start):  # the court's form's revision, not this order's date
        return classify.Reading("other", "Form revised", True, 0.5), None
    if _LIFE_DATE.search(text, max(0, date.start - 24), date.start):  # an estate notice's "DOD: November 25, 2022"
        return classify.Reading("other", "Date of birth or death", True, 0.6), None
    sitting = rows.head_sitting(text, before, date.end)
    if sitting:  # a calendar's or tentative ruling's head, "Date: July 13, 2026 / Time: 8:30 A.M. / Dept. 9"
        reading, when = classify.Reading("hearing", sitting[1], False, 0.85), sitting[0]
    elif when and 0 <= when.start - date.end <= 3 and _CLERK_STAMP.match(text, when.end, when.end + 60):
        reading = classify.Reading("entry", "Filed (clerk's stamp)", False, 0.85)  # "08/14/2023 04:28:53 PM / Velva L.
        # Price / District Clerk / Travis County": the clerk's e-filing stamp, not a sitting
    elif when and reading.kind != "entry" and rows.calendar_line(text, date.start, date.end, when.start, when.end):
        title = reading.title if reading.kind == "hearing" and _SITTING_TITLE.fullmatch(reading.title) else "Hearing"
        reading = classify.Reading("hearing", title, False, 0.8)  # a calendar page's "August 13, 2026 at 3:00 p.m."
    elif when and when.start > date.end and _CONVENES.search(text, date.end, when.start):
        reading = classify.Reading("hearing", "Court session", False, 0.85)  # "DECEMBER 1, 2020 - COURT CONVENES AT 1:00"
    elif _ORDER_ROW.match(text, date.end) and (not date.start or text[date.start - 1] == "\n"):
        reading = classify.Reading("entry", "Entered on the docket", False, 0.85)
    elif _PANEL_NEXT.match(text, date.end) and _FILED_LEAD.search(text, max(0, date.start - 12), date.start):
        reading = classify.Reading("entry", "Filed", False, 0.9)  # a circuit's head: "Filed June 27, 2013 Before: ..."
    elif _ruling_case_line(text, date) or _ruling_event_line(text, date, when) or _under_hearing_label(text, date):
        reading = classify.Reading("hearing", RULING_SITTING, False, 0.8)
    elif _notice_head(text, date):
        reading = classify.Reading("hearing", "Oral argument", False, 0.8)
    elif _argument_day(text, date) or _calendar_day(text, date):
        reading = classify.Reading("hearing", "Oral argument", False, 0.8)
    elif _listing_line(text, date, when):
        reading = classify.Reading("hearing", _listed_case(text, date) if when else "Oral argument", False, 0.8)
    elif _WHEN_LABEL.search(text, max(0, date.start - 12), date.start) and (what := _what_above(text, date.start)) \
            and HEARING.search(what):
        reading = classify.Reading("hearing", clipped(what, 80), False, 0.8)
    elif date.start < _HEAD_REACH and _AMENDED_AS_OF.search(text, max(0, date.start - 20), date.start) \
            and _PAREN_CLOSES.match(text, date.end):
        reading = classify.Reading("entry", "Order amended", False, 0.8)
    elif reading.kind != "entry" and not label and date.form not in _RANGES and (dateline.stands_alone(text, seg, date)
                                                    or _CLERK_STAMP.match(text, date.end, date.end + 60)
                                                    or _JUDGE_NEXT.match(text, date.end, date.end + 60)
                                                    or (_JUDGE_BEFORE.search(text, max(0, date.start - 90), date.start)
                                                        and _LINE_ENDS.match(text, date.end))):
        reading = classify.Reading("entry", "Order dated", False, 0.85)
    if reading.kind == "entry" and entries.motion_filed_label(text, seg.start):  # M.D. Fla.'s "MOTION: ... FILED: <date>"
        reading = classify.Reading("filing", "Motion filed", True, 0.6)
    if date.form == "stamp" or entries.e_filed_block(text, date.start) or entries.caps_stamp(date.stated):
        # the clerk's "FILED 18 AUG 31 AM 11:42", "APR 27 2012"
        reading = classify.Reading("entry", "Filed (clerk's stamp)", False, 0.9)
    return reading, when


def _argument_day(text: str, date: match.DateMention) -> bool:
    """A day heading ("Thursday, January 3, 2013:") under a page titled as an argument schedule."""
    # (the cheap looks first: finding the line's start scans back through a run-on line)
    if not (_DAY_HEAD_REST.match(text, date.end) and _SCHEDULE_TITLE.search(text, 0, min(date.start, 600))):
        return False
    line_start = text.rfind("\n", max(0, date.start - 80), date.start) + 1
    return bool(_DAY_HEAD_LEAD.fullmatch(text, line_start, date.start))


# A tentative-rulings page lists its matters by case line: ">Case No. CU14-080876, McDaniel v. McDaniel, 4/24/2015":
# the day the matter is heard (and the ruling made).
_CASE_LINE = re.compile(r"[ \t>]*Case\s+No\.?\s*[\w-]+,[^\n]{3,160}?,\s*$", re.I)
_RULINGS_HEAD = re.compile(r"\btentative\s+rulings?\b", re.I)


def _ruling_event_line(text: str, date: match.DateMention, when: match.TimeMention | None) -> bool:
    """San Diego's tentative-ruling sheet: its "EVENT DATE: / EVENT TIME:" labels stand apart from their values, a line
    "06/14/2024  09:00:00 AM  C-60 COUNTY OF SAN DIEGO" (the matter's sitting)."""
    return (when is not None and 0 <= when.start - date.end <= 4 and (not date.start or text[date.start - 1] == "\n")
            and bool(_RULINGS_HEAD.search(text, 0, 300)))


def _ruling_case_line(text: str, date: match.DateMention) -> bool:
    if not _RULINGS_HEAD.search(text, 0, 300):  # (first: the line's start may lie far back in a run-on line)
        return False
    line_start = text.rfind("\n", 0, date.start) + 1
    return bool(_CASE_LINE.fullmatch(text, line_start, date.start))


# A ruling page's head row, its label on the line above: "Hearing Date / Time" over "Tue, 11/25/2025 - 15:08".
_HEARING_LABEL_ABOVE = re.compile(r"(?:^|\n)[ \t]*hearing\s+date(?:[ \t]*(?:/|and|&)[ \t]*time)?[ \t]*:?[ \t]*\n\s*$",
                                  re.I)


def _under_hearing_label(text: str, date: match.DateMention) -> bool:
    line_start = text.rfind("\n", 0, date.start) + 1
    return bool(dateline.WEEKDAY_LEAD.fullmatch(text, line_start, date.start)
                and _HEARING_LABEL_ABOVE.search(text, max(0, line_start - 60), line_start))


# An argument notice headed by its case and sitting: "No. SCAP-24-0000401, Thursday, May 15, 2025, 10:30 a.m., Nakoa
# III v. Governor ... The above-captioned case has been set for oral argument on the merits at: Supreme Court Courtroom".
_NOTICE_LEAD = re.compile(r"\s*No\.\s*[\w.:-]+,\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s*)?", re.I)
_SET_FOR_ARGUMENT = re.compile(r"\b(?:has\s+been|is|was)\s+(?:re)?(?:set|scheduled|calendared)\s+for\s+"
                               r"(?:oral\s+argument|(?:a\s+)?hearing)\b(?:\s+on\s+the\s+merits)?\s+(?:at|in)\b", re.I)


def _notice_head(text: str, date: match.DateMention) -> bool:
    """The notice's first line names its case and sitting; the sentence setting the argument follows."""
    return date.start < 60 and bool(_NOTICE_LEAD.fullmatch(text, 0, date.start)) and bool(
        _SET_FOR_ARGUMENT.search(text, date.end, date.end + 3000))


# A calendar's day heading over rows led by an hour and a docket number: "Tuesday, November 6, 2018 / Cumberland County
# Courthouse, Portland / 9:50 a.m.   Kno-18-129   Earl Gammon et al. v. Robin E. Boggs et al." (Maine's Law Court).
# (Idaho's: "Thursday, June 23, 2016 - BOISE  Watch Live! ..." over "8:50 a.m.  Marrison v. St. Luke's RMC  #42625".)
_DATE_LINE_END = re.compile(r"[ \t]*(?:[-\u2013\u2014][ \t]+[^\n]{1,100})?(?:\n|$)")
_TIME_ROW = re.compile(rf"\n[ \t]*\d{{1,2}}(?::\d\d)?[ \t]*[ap]\.?[ \t]?m\.?(?={ROW_AFTER_HOUR})", re.I)


def _calendar_day(text: str, date: match.DateMention) -> bool:
    """A day alone on its line with an hour-and-docket row just under it."""
    if not (_DATE_LINE_END.match(text, date.end) and _TIME_ROW.search(text, date.end, date.end + 250)):
        return False
    line_start = text.rfind("\n", max(0, date.start - 80), date.start) + 1
    return bool(_DAY_HEAD_LEAD.fullmatch(text, line_start, date.start))



# An oral-argument listing page (Tennessee's): "Oral Arguments" at its head, then per case "10/05/22 / Robert Crotty et
# al. v. Mark Flora, M.D. / M2021-01193-SC-R11-CV / 10/05/22 1:00pm Supreme Court Davidson County Middle Section".
_LISTING_HEAD = re.compile(r"\s*oral\s+arguments?\s*\n", re.I)
_CELL = re.compile(r"[ \t]*\|[ \t]*")
_COURT_CELL = re.compile(r"[ \t]*\|[ \t]*[^|\n]{0,40}?\b(?:court|panel)\b", re.I)
_PLACE_TAIL = re.compile(r"[ \t,]*(?:(?:supreme|appellate|circuit|district|superior)\s+court|court\s+of\s+\w+)\b[^\n]{0,80}"
                         r"(?:\n|$)", re.I)


def _listing_line(text: str, date: match.DateMention, when: match.TimeMention | None) -> bool:
    """A listing's date-and-hour row (or, under an "Oral Arguments" head, its day line)."""
    if date.start and text[date.start - 1] != "\n":  # (the line's first word: no scan back through a run-on line)
        return False
    if when is not None and _CELL.fullmatch(text, date.end, when.start) and _COURT_CELL.match(text, when.end):
        return True  # its table form: "04/01/20 | 9:30am | Supreme Court | Shelby County | Western Section |"
    if not _LISTING_HEAD.match(text):
        return False
    if when is None:  # the day alone on its line, the cases under it
        return bool(_DATE_LINE_END.match(text, date.end))
    return 0 <= when.start - date.end <= 3 and bool(_PLACE_TAIL.match(text, when.end))


def _listed_case(text: str, date: match.DateMention) -> str:
    """A listing row's sitting named by the case on the lines above it: "Oral argument: Robert Crotty et al. v. Mark
    Flora, M.D. M2021-01193-SC-R11-CV" (each case heard at one hour is its own sitting)."""
    above = text[max(0, date.start - 400):date.start].rstrip("\n").split("\n")
    rows = above[-1:] if above[-1].lstrip().startswith("|") else above[-2:]  # (a table's row: its own cell above)
    lines = [" ".join(line.strip(" |").split()) for line in rows]
    case = " ".join(line for line in lines if line and not match.find_dates(line))
    return clipped(f"{ARGUMENT_ROW}{case}") if case else "Oral argument"

