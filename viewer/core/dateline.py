"""The order's own date line: a date alone on its line at the head or foot of the order, or among the
header lines, is the date the order was made ("Opinion 21-cv-09471-SI 06-14-2022 ORDER TO SHOW CAUSE")."""

from __future__ import annotations

import re

from viewer.core import classify
from viewer.core.kindwords import FILING, HEARING
from viewer.core.match import DateMention
from viewer.core.segment import Segment
from viewer.core.vocabulary import STATE_PATTERN

_HEADER_AFTER = re.compile(r"\s*(?:[A-Z]{2,}\b|The\s+Court\b[^.]{0,40}\bhereby\b|$)")
# A reporter's head line: the court, then the date ending the line ("United States Bankruptcy Court, S.D. Florida.
# May 8, 1985"; a case site's "Court of Appeals Fifth District of Texas at Dallas Jun 10, 2019").
_COURT_LINE = re.compile(r"\bCourt\b[^\n]{0,60}(?:[.,]|\bat\s+(?-i:[A-Z][a-z]+)(?:\s(?-i:[A-Z][a-z]+))?)[ \t]*$")
_LINE_END = re.compile(r"[ \t]*\n")
# ... or the court on the line above, the date opening its own ("Supreme Court of Arkansas." / "February 8, 2007.*792
# Appellant, pro se.": the star page and the counsel line run on after the date).
_COURT_ABOVE = re.compile(r"(?:Supreme\s+Court|Court\s+of\s+(?:Criminal\s+|Civil\s+)?Appeals)\s+of\s+"
                          rf"(?:{STATE_PATTERN})\.?[ \t]*\n[ \t]*$")

# Michigan's "February 12, 2021 [column] Bridget M. McCormack, / Chief Justice": the bench listed beside the date.
_BENCH = re.compile(r"\s*(?:[A-Z][\w.'-]*,?\s+){1,4}[A-Z][\w.'-]*,?\s*(?:Chief\s+)?(?:Justice|Judge)s?\s*")  # ("Young, Jr.,")


_CITY_STATE = rf"(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),[ \t]+(?:{STATE_PATTERN})[ \t.]*"  # "Columbia, South Carolina"
_PLACE_NEXT = re.compile(rf"[ \t]*\n[ \t]*{_CITY_STATE}(?:\n|$)")
# ... or under it, after the signatures: "Columbia, South Carolina / July 30, 2021" (footnotes may follow).
_PLACE_ABOVE = re.compile(rf"(?:^|\n)[ \t]*{_CITY_STATE}\n[ \t]*$")


# A court's press release opens with its dateline: "Des Moines, September 8, 2015- The Iowa Supreme Court ...",
# "FRANKFORT, Ky., June 4, 2025 - The Supreme Court of Kentucky will hear ...".
_PRESS_PLACE = re.compile(r"(?:^|\n)[ \t]*(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,)(?-i:[A-Z][A-Za-z.'-]+(?:[ \t][A-Z][A-Za-z'-]+){0,2}),"
                          r"(?:[ \t]+(?-i:[A-Z][A-Za-z.]{1,12})(?:,|(?=[ \t]+\()))?[ \t]+\(?$")
_PRESS_DASH = re.compile(r"\)?[ \t]*(?:--|[-\u2013\u2014])[ \t]*[A-Z][a-z]")  # (the story's first word)
# ("FRANKFORT, Ky. (Oct. 3, 2012) - The Supreme Court of Kentucky will convene": the date in parentheses; "ST. PAUL, MN")
# ... or over the signature block's "Date" label (D. Mass.: "3/20/2017 / Date / By: / /s/ Mark L. Wolf"), wherever the
# block stands (a notice may reprint the local rule below it).
_ATTEST_NEXT = re.compile(r"[ \t]*\n\s*(?:ATTEST\b|Attest\b|Date[ \t]*\n[ \t]*By\b)")
_SO_ORDERED = re.compile(r"\bSO\s+ORDERED[.!]?\s*$", re.I)
# A schedule's cell: the date alone between its row labels ("Deadline for a party claiming patent infringement to
# serve ... production. / May 4, 2021 / May 10, 2021 Deadline to join ..."), not the order's date.
_LABEL_ABOVE = re.compile(r"(?:^|\n)[ \t]*(?:Deadline|Last\s+day)\b[^\n]*(?:\n[^\n]+){0,4}\n\s*$", re.I)
_LABEL_BELOW = re.compile(r"[ \t]*\n\s*(?:Deadline|Last\s+day)\b", re.I)


_COUNT_TO = re.compile(r"\b(?:days?|weeks?|months?)\)?\s+(?:to|until|through)\s*$", re.I)


def stands_alone(text: str, seg: Segment, date: DateMention) -> bool:
    """A date alone on its line at the head or foot of the order is the order's own date."""
    after = "" if _BENCH.fullmatch(text, date.end, seg.end) else text[date.end:seg.end]  # (the bench's column)
    rest = (text[seg.start:date.start] + after).strip(" .:") if seg.end - seg.start < 200 else "…"
    if re.search(r"\b(?:effective|modified)\b", rest, re.I):
        return False  # "EFFECTIVE DATE: July 15, 1994": when rules take effect; a law site's "Modified Date:"
    if _GOES_TO_DAY.search(text, max(0, date.start - 10), date.start):
        return False  # a headline's "issues Order moving Primary Election to July 19" (or "date remains July 19")
    if _ROW_DASH.search(text, max(seg.start, date.start - 60), date.start):
        return False  # a row's label and dash: "Close of discovery - March 1, 2012" (a place is capitalised)
    if date.start < 1500 and _PRESS_DASH.match(text, date.end) and _PRESS_PLACE.search(
            text, max(0, date.start - 60), date.start):
        return True
    if date.start < 40 and WEEKDAY_LEAD.fullmatch(text, 0, date.start) and _POSTED_TAIL.match(text, date.end):
        return True  # a court page's posting line heads it: "Fri, 11/06/2015 - 4:00am"
    if _on_own_line(text, date) and _SIGNER_ABOVE.search(text, max(0, date.start - 100), date.start):
        return True  # "Kiry K. Gray / District Court Executive/Clerk of Court / September 3, 2020"
    opens = not text[seg.start:date.start].strip()  # the date opens its sentence
    if opens and (_LABEL_BELOW.match(text, date.end) or _LABEL_ABOVE.search(text, max(0, date.start - 300), date.start)):
        return False
    if _second_line(text, date):
        return True
    if opens and date.start < 600 and _COURT_ABOVE.search(text, max(0, date.start - 80), date.start):
        return True
    if opens and (_PLACE_ABOVE.search(text, max(0, date.start - 60), date.start) or _ATTEST_NEXT.match(text, date.end)):
        return True  # (or over the clerk's attestation: "December 30, 2003 / ATTEST: ____ / Eileen Fox, Clerk")
    if seg.start > len(text) * 0.8 and (_PLACE_NEXT.match(text, date.end)
                                        or opens and _SO_ORDERED.search(text, max(0, seg.start - 24), seg.start)):
        return True  # the foot's date over the court's place: "November 21, 2012 / Columbia, South Carolina"
        # (or right after "IT IS SO ORDERED." when the foot's lines are joined: "SO ORDERED. July 2, 2020 Paige J.")
    if rest and not re.fullmatch(r"(?:dated|date|entered|filed|signed)", rest, re.I):
        return heads_the_order(text, seg, date)
    return seg.start < max(400, len(text) * 0.15) or seg.start > len(text) * 0.8


# A day named as where something goes or stays ("to", "until", "from", "remains"): never the paper's own date.
_GOES_TO_DAY = re.compile(r"\b(?:to|until|through|from|remains)[ \t]+$", re.I)
# A row's lower-case label word and a dash before the date ("Close of discovery - "); a place is capitalised.
_ROW_DASH = re.compile(r"\s[a-z][\w'\u2019/]*[ \t]+[-\u2013\u2014][ \t]*$")
WEEKDAY_LEAD = re.compile(r"[ \t]*(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?")
_POSTED_TAIL = re.compile(r"[ \t]*(?:[-\u2013|][ \t]*)?(?:\d{1,2}:\d\d[ \t]*[ap]\.?m\.?)?[ \t]*(?:\n|$)", re.I)
# The signer's title on the line above a date alone on its line: the signature block's date.
_SIGNER_ABOVE = re.compile(r"(?:Clerk\s+of\s+(?:the\s+)?Court|Court\s+Executive|(?:District|Magistrate|Bankruptcy|Circuit|Chief)\s+"
                           r"Judge|Justice)[ \t]*\n[ \t]*$")


def _on_own_line(text: str, date: DateMention) -> bool:
    """Whether the date fills its line (nothing before it on the line, the line ending after it)."""
    line_start = text.rfind("\n", 0, date.start) + 1
    return not text[line_start:date.start].strip() and (date.end == len(text) or bool(_LINE_END.match(text, date.end)))


def _second_line(text: str, date: DateMention) -> bool:
    """A date filling its own line under a short title line or two at the very top: a docket entry's or an order
    list's "Order - Amended/Additional Filing(s) Needed / 2025-12-09 / ORDERED that ..."."""
    if date.start > 200 or not _on_own_line(text, date):
        return False
    return 0 < text.count("\n", 0, text.rfind("\n", 0, date.start) + 1) <= 2


def heads_the_order(text: str, seg: Segment, date: DateMention) -> bool:
    """A date among the header lines ("Opinion 21-cv-09471-SI 06-14-2022 ORDER TO SHOW CAUSE")."""
    if date.start > 300:
        return False
    before = text[seg.start:date.start]
    if _COUNT_TO.search(before):  # "Agreed Extension - Answer Brief ... (60) days to October 17, 2025": the new day
        return False
    if any(p.search(before) for p in (classify.DIRECTIVE, classify.PAST, HEARING, FILING, classify.DEADLINE_LEAD)):
        return False
    return bool(_HEADER_AFTER.match(text, date.end, seg.end)
                or (_LINE_END.match(text, date.end) and _COURT_LINE.search(text, text.rfind("\n", 0, date.start) + 1,
                                                                         date.start)))
