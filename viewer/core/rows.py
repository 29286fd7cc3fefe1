"""Schedule rows: where the clause after a date ends when the date sits in a row or a table cell.

Scheduling orders list their dates as rows ("July 13, 2017: Deadline for ...", "Expert: 3/25/2019",
"Discovery completed by November 8, 2024" on its own line) or as table cells under a label line.
Read as prose, each date would swallow the next row's words; these rules cut the clause at the row.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from viewer.core import match
from viewer.core.fastre import guarded
from viewer.core.patterns import MONTH, WEEKDAY
from viewer.core.vocabulary import WHICHEVER

# Another item of a comma list: "... due by 8/30/2013, Defendants to Provide X by 9/6/2013, ...", "...,
# Jury Selection Deadline 6/1/2017"
# (Not ", Plaintiff shall SHOW CAUSE why ... dismissed due to ...": a clause with its own verb is the duty.)
_LIST_ITEM = guarded(r",\s+(?=[A-Z])(?![^,;]{0,80}?\b(?:shall|must|will)\b)(?=[^,;]{0,80}?\b(?:due(?!\s+to\b)|by|set\s+for|[Dd]eadline)\b)")
# "July 13, 2017: Deadline for requests for modification": the date heads its row ...
_DATE_COLON = re.compile(r"[ \t]*:[ \t]+(?=[A-Za-z])")
# ... unless the words before lead into it ("signed ... on 1/8/2018: The Jury Trial is set for").
_LEADS_INTO = re.compile(r"\b(?:on|by|until|before|after|of|for|at|to|through|from|dated|signed|filed|entered|held|set|"
                         r"is|are|was|were|and|or|than)\s*$", re.I)
# "held on 2/15/2018 Objections to PSR due by": a docket text runs the next row on after the date.
_NEXT_CLAUSE = re.compile(r"[ \t]+(?-i:[A-Z])[^.;:\n]{0,80}?\b(?:due|set\s+for)\b")
# ... or, after a comma, the whole lead of the next item in a docket text's run: "Dispositive motions due by 5/8/2025,
# Settlement Conference held no later than 7/8/2025".
_NEXT_ITEM = re.compile(r",\s+(?-i:[A-Z])[^.;:,]{2,80}?\b(?:due\s+by|due|by|no\s+later\s+than|not\s+later\s+than|"
                        r"on\s+or\s+before)\s*", re.I)
_LABEL_END = re.compile(r"[^\d\s]:\s*$")
# ... or name the next date's sitting: "Last Day To Oppose Discharge: 8/25/97 hearing on 06/25/1997 at 2:00 p.m."
_NEXT_SITTING = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:hearing|conference|trial|meeting)\s+"
                           r"(?:(?:set|scheduled)\s+)?(?:on|for)\s*$", re.I)
_NEXT_LABEL = re.compile(r"(?<=\s)(?-i:[A-Z])[\w'-]*(?:\s+[\w'-]+){0,12}:\s")
# "Discovery completed by November 8, 2024\nAll dispositive motions ...": the date ends its line
# and the next line starts a new row (a capital), so nothing after the date belongs to it.
_ROW_END = re.compile(r"[ \t,.;]*\n[ \t]*(?-i:[A-Z])")
# A schedule row naming a paper before its date, with a colon ("Defendants opposition ...: February 23, 2024").
_PAPER_LABEL = guarded(r"\b(?:motions?|oppositions?|repl(?:y|ies)|responses?|briefs?|memorand\w*)\b[^.;:]{0,120}:\s*$", re.I)
# A briefing table's row without a colon: "Appellant's Reply Brief   Fri. Nov 12 2004" alone on its line.
_PAPER_ROW = guarded(r"(?!.*\b(?:is|are|was|were|be|been|to|on|by|at|until|shall|must|will|may|has|have|had|set|"
                     r"continued|filed|due|ordered)\b)\s*(?:[\w'’().-]+\s+){0,6}?(?:briefs?|appendix|appendices|repl(?:y|ies)|responses?|motions?|"
                     r"memorand\w*|oppositions?|petitions?|objections?)(?:\s+[\w'’().-]+){0,7}\s*", re.I)
# A clerk's note "Opposition/cross motion by 3/9/18", "Sur reply by 3/31/18": the paper, then "by" and the date.
_PAPER_BY = guarded(r"(?:^|[.;]\s*)(?:[\w'’/-]+\s+){0,3}?(?:oppositions?|repl(?:y|ies)|sur-?\s?repl(?:y|ies)|responses?|briefs?|"
                    r"motions?|memorand\w*|objections?)\s+by\s*$", re.I)
_RULE_CHARS = " \t\n|-–—:."


class RowClause(NamedTuple):
    """The words after a date that belong to it, and whether the date heads its row."""

    after: str
    row_first: bool


def clause_after(text: str, left: int, date_start: int, after: str, clause_end: re.Pattern[str]) -> RowClause:
    """Cut `after` (the text from the date to the next mention) to the date's own row and clause."""
    row_first = _DATE_COLON.match(after) if not _LEADS_INTO.search(text, max(left, date_start - 30), date_start) else None
    if row_first:
        after = after[row_first.end():]
    elif _LABEL_END.search(text, max(left, date_start - 3), date_start):
        # "Expert: 3/25/2019 Mid-Discovery Status Conference: 11/5/2018": the next label is the next row's;
        # all of it when the words up to the next date end in a colon ("Discovery shall close on: May 31, 2019
        # All pretrial motions, other than discovery motions, shall be filed ... on or before: August 2, 2019")
        next_row = after.rstrip().endswith(":") or _NEXT_SITTING.match(after)
        after = "" if next_row else _NEXT_LABEL.split(after, maxsplit=1)[0]
    after = clause_end.split(after, maxsplit=1)[0]
    if (_ROW_END.match(after) and not (after.startswith(",")
                                       and _OPENS_SENTENCE.search(text[max(left, date_start - 30):date_start]))
            or _NEXT_CLAUSE.match(after)):
        after = ""  # the row ends with its date (not "No later than April 15, 2025, / Plaintiff's Counsel must file")
    if _LIST_ITEM.search(after):
        after = _LIST_ITEM.split(after, maxsplit=1)[0]
    if after.startswith(", ") and _NEXT_ITEM.fullmatch(after):
        after = ""
    if "\n" in after and (gap := _NEW_PARAGRAPH.search(after)) and after[:gap.start()].strip():
        after = after[:gap.start()]  # ("Trial: March 10, 2025, at 8:30 a.m., in Bakersfield Federal Courthouse / / This
        # action was removed from Kern County": a pleading page's end; the next paragraph is another clause)
    return RowClause(after, bool(row_first))


_OPENS_SENTENCE = re.compile(r"(?:^|[.;:]\s+|\n\s*)(?:no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by)\s*$", re.I)
_NEW_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*(?=[A-Z])")


def cell_label(text: str, seg_start: int, date_start: int, after: str) -> str:
    """The label of a table cell holding only this date: the line before, past any rules ("|", "-").

    "Deadline to Amend Pleadings:\\n|\\nAugust 12, 2016\\n|": the row's label heads the date.
    """
    if text[seg_start:date_start].strip(_RULE_CHARS) or after.strip(_RULE_CHARS):
        return ""
    lines = text[max(0, seg_start - 240):seg_start].split("\n")
    while lines and not lines[-1].strip(_RULE_CHARS):
        lines.pop()  # separator lines between the label and its date
    if not lines or not lines[-1].rstrip().endswith(":"):
        return ""
    label = [lines.pop().strip()]
    while lines and lines[-1].strip(_RULE_CHARS) and not lines[-1].rstrip().endswith((":", ".")) \
            and len(label) < 3 and not re.search(r"\d", lines[-1]):
        label.insert(0, lines.pop().strip())  # "Deadline to File Oppositions to Dispositive / Motions:"
    return " ".join(label) + " "


# A row's title may run on under its date: "Joint Brief of Medical Amici Curiae in Support 10/09/07" / "of
# Environmental Petitioners".
_ROW_RUNS_ON = re.compile(r"[ \t]*\n[ \t]*(?!.*\b(?:is|are|was|were|be|been|shall|must|will|may|due)\b)[\w'’(). -]{1,60}\s*", re.I)


def paper_row(before: str, after: str) -> bool:
    """Whether the date ends a short verbless line that names a paper (a briefing table's row)."""
    row_ends = not after.strip() or after.lstrip()[:1] in ";." or bool(_ROW_RUNS_ON.fullmatch(after))
    # (a row may follow another after a semicolon: "...; Response 7/8/2016")
    return row_ends and len(before) <= 80 and "\n" not in before.strip() and bool(_PAPER_ROW.fullmatch(before.lstrip(" ;")))


# A docket text's verbless row, "Initial Disclosures 3/7/2016." or "...: Opening Brief 6/10/2016; Response 7/8/2016;"
# (not "Argued", "Decided" or "Filed": a past step's label; nor "See ECF Order", "ORDER At Wilmington").
_LABEL_ROW = guarded(r"(?:^|[.;:]\s+)(?!(?:\S+\s+)*?(?:\w+ed|date|see|order|ecf|at|on|in|by|of|from|since|until)\s)"
                     r"(?:(?-i:[A-Z])[\w'\u2019/-]*\s+){1,4}$", re.I)
_ROW_ENDS = re.compile(r"\s*(?:[.;]|$)")


def label_row(before: str, after: str) -> bool:
    """Whether the date ends a row of a title-case label and its date, with nothing after it."""
    return bool(_LABEL_ROW.search(before) and _ROW_ENDS.match(after))


# A bulleted row of a label, a dash and its date: "with the following changes: • Close of discovery - March 1, 2012 •
# Plaintiff's expert disclosure - January 15, 2012 Defendant's expert disclosure - February 15, 2012".
_DASH_ROW = re.compile(r"(?:^|[\n•:;]|\d{4})\s*[A-Z][\w'\u2019/]*(?:\s+[\w'\u2019/]+){0,5}\s+[-\u2013\u2014]\s*$")
_DASH_ROW_ENDS = re.compile(r"\s*(?:[.;\u2022]|$|[A-Z])")


def dash_row(before: str, after: str) -> bool:
    """Whether the date ends a row "Label - DATE" that a bullet, a colon or the last row's year opens (or a bulleted
    line's "• Close of discovery May 15, 2014", its date ending the line)."""
    return (before.rstrip()[-1:] in "-\u2013\u2014" and _DASH_ROW.search(before[-120:]) is not None
            and _DASH_ROW_ENDS.match(after) is not None
            or _BULLET_ROW.search(before[-120:]) is not None and _BULLET_ROW_ENDS.fullmatch(after) is not None)


_BULLET_ROW = re.compile(r"(?:^|\n)[ \t]*[\u2022\u25aa\u25cf\u25e6][ \t]*[A-Z][\w'\u2019/]*(?:[ \t]+[\w'\u2019/]+){0,5}[ \t]+$")
_BULLET_ROW_ENDS = re.compile(r"[ \t]*(?:\n[^\n]*)?", re.S)


# A schedule's row that opens with its day: "Summary: 10/31/2023 Substantial completion of document discovery.",
# "8/27/2024 Confidential assessment for Settlement Conference due." (not a docket's "12/30/2024 Order Issued" or
# "05/25/2017 MOTION to dismiss filed by ...", nor "04/05/2022 A hearing will be held": history or a sentence).
_DAY_FIRST_HEAD = re.compile(r"\s*(?:(?:Schedule\s+)?Summary:|Schedule:|"
                             r"(?:[A-Z][\w-]*[ \t]+){0,3}Schedule[ \t]*\n)?\s*")
# (not a label's "Response brief due:"; a table's heading on its own line: "Amended Case Schedule")
_DAY_FIRST_LABEL = guarded(r"(?-i:[A-Z])(?!(?-i:[A-Z]{3,})\b)(?![^\n]*?(?:filed|entered|docketed))"  # ("CaseFiled")
                           r"(?:(?!\b(?:is|are|was|were|will|shall|granted|denied|issued|sent|signed|held|set|"
                           r"(?-i:ORDER|MOTION|NOTICE))\b)[^.;:\n]){2,140}", re.I)
_SCHEDULE_WORD = guarded(r"\b(?:deadlines?|due|discovery|disclosures?|conference|trial|hearing|mediation|completion|"
                         r"cut-?off|experts?|exhibits?|witness\w*|pretrial|stipulations?|memoranda|motions?|briefs?)\b",
                         re.I)
_ROW_ASIDE = re.compile(r"\s+--\s+|\s+\(")  # (a row's aside: "12/29/2023 End of Fact discovery -- Settlement Demand")
_NEXT_LABEL_CUT = re.compile(r"[ \t]*([^.;:\n]{2,140})")
# A table of days, each alone on its line over its label: "Jan. 16, 2012 / Deadline to file joint interim status
# report. / Feb. 3, 2012 / Deadline to complete mediation." (a row whose neighbour row is a day again: not a caption's
# "11-05-2024 / From the 37th Judicial District Court").
_ROW_DAY = rf"[ \t]*{WEEKDAY}?(?:{MONTH}\s+\d{{1,2}}\b|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b)"  # (the date forms' own names)
_LABEL_BELOW = re.compile(r"[ \t.]*\n[ \t]*([^\n]{2,140})\n" + _ROW_DAY, re.I)
_ROW_ABOVE = re.compile(r"(?:^|\n)" + _ROW_DAY + r"[^\n]*\n[^\n]{2,140}\n[ \t]*$", re.I)
_LABEL_UNDER = re.compile(r"[ \t.]*\n[ \t]*([^\n]{2,140})")


def next_label(text: str, at: int) -> str:
    """The next sentence's words up to its first stop: a row's label the sentence splitter put after its hour."""
    found = _NEXT_LABEL_CUT.match(text, at)
    return found.group(1) if found else ""


def day_first_label(text: str, seg_start: int, opens: int, after: str, next_at: int | None, ends: int) -> str:
    """The label of a verbless schedule row the date opens ("" when the date does not open one); `next_at`: where the
    next sentence starts when the date's hour ended the sentence ("10/11/2024 at 9:00 a.m. / Final Pretrial
    Conference."); `ends`: where the date ends, for a table's day alone on its line over its label ("Jan. 16, 2012 /
    Deadline to file joint interim status report.")."""
    if _DAY_FIRST_HEAD.fullmatch(text, seg_start, opens) is None:
        return ""
    if next_at is not None and not after.strip(" ."):
        after = next_label(text, next_at)
    elif not after.strip(" ."):
        after = _table_label(text, opens, ends)
    label = _ROW_ASIDE.split(after, maxsplit=1)[0].strip(" \t").rstrip(".;")  # (not "-- Settlement Demand (...)")
    return label if _DAY_FIRST_LABEL.fullmatch(label) and _SCHEDULE_WORD.search(label) else ""


def _table_label(text: str, opens: int, ends: int) -> str:
    """The label under a date alone on its line in a table of such rows ("" when the date is not one)."""
    below = _LABEL_BELOW.match(text, ends)
    if below:
        return below.group(1)
    under = _LABEL_UNDER.match(text, ends)
    return under.group(1) if under and _ROW_ABOVE.search(text, max(0, opens - 300), opens) else ""


# A sentence that opens with its reasons: "Because these investors could not possibly have been defrauded ..., the
# Defendants are given leave to file an order to show cause ... by January 14, 2022" - the reasons' past tense is no
# recital of the duty that follows them.
_REASONS = re.compile(r"\s*(?:Because|Since|Given\s+that)\b[^;]{0,600}?,\s+"
                      r"(?=(?:the\s+)?(?-i:[A-Z])[\w'\u2019]*(?:\s+[\w'\u2019]+)?"
                      r"\s+(?:is|are|shall|must|will|may)\b)", re.I)


def after_reasons(before: str) -> str:
    """The clause before a date without the reasons that open its sentence."""
    found = _REASONS.match(before)
    return before[found.end():] if found else before


def names_paper(before: str, after: str) -> bool:
    """Whether a row's words before the date name a paper: a labelled row, a table row or "Reply by"."""
    tail = before[-200:]
    return bool(_PAPER_LABEL.search(tail)) or paper_row(before, after) or bool(_PAPER_BY.search(tail)) or (
        not before.strip() and bool(_DEADLINE_FOR_PAPER.match(after)))


# A row headed by its date: "Monday, February 18, 2013: deadline for Plaintiffs motion requesting class certification".
_DEADLINE_FOR_PAPER = re.compile(r"[\s:.-]*(?:the\s+)?deadline\s+(?:for|to\s+file)\s+(?:[\w']+\s+){0,3}?(?:motions?|oppositions?|"
                                 r"repl(?:y|ies)|briefs?|responses?|memorand\w*|objections?|petitions?)\b", re.I)


# A tentative ruling's or calendar's head: "Date: July 13, 2026" over "Time: 8:30 A.M.", then "Dept." and
# "Motion: Motion for Leave to File Amended Complaint". The date and time are the sitting the ruling is for (not
# a minute order's own "MINUTE ORDER DATE: 05/24/2021 TIME: 09:00:00 AM" header).
_DATE_ROW = re.compile(r"(?:(?:^|\n)[ \t]*(?:hearing\s+)?date|(?<!Filed\s)(?<!Entered\s)(?<!Signed\s)(?<!minute\sorder\s)"
                       r"(?-i:\b(?:Date|DATE)))\s*:\s*$", re.I)
# (or run on, a caption's box flattened: "Settlement Conf.: Date: May 12, 2009 Time: 10 a.m. Dept.: 7"; or under a
# pleading paper's line number: "13 ... Date: Oct. 6, 2014 / 14 Time: 2:30 p.m.")
_TIME_ROW = re.compile(r"[ \t]*(?:\n\s*(?:\d{1,2}\.?[ \t]+)?)?time\s*:[ \t]*", re.I)  # (or a numbered row's "1. TIME:")
_MOTION_ROW = re.compile(r"\n[ \t]*(?:motion|matter)\s*:[ \t]*([^\n]+)", re.I)


# A notice's form rows: "DATE OF HEARING SESSION: September 24, 2020 / LOCATION OF HEARING SESSION: ... / TIME OF
# HEARING SESSION: 9:30 a.m." (the Panel on Multidistrict Litigation).
_DATE_OF = re.compile(r"\bDATE\s+OF\s+([A-Z][A-Z ]{2,40}?)\s*:\s*$")


# An argument docket's day heading over its sittings: "Wednesday, October 18, 2017 / Rule 20 argument - 10:00 a.m."
_SITTING_UNDER = re.compile(r"[ \t]*\n\s*((?-i:[A-Z])[\w ]{0,40}?\b(?:arguments?|hearings?|ceremony|session|calendar))"
                            r"[ \t]*[-\u2013:]?[ \t]*(?=\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b)", re.I)


def head_sitting(text: str, before: str, date_end: int) -> tuple[match.TimeMention, str] | None:
    """The time on the "Time:" line under a "Date:" line, and a title naming the motion heard, if any (or the first
    sitting under a day's heading)."""
    labelled = _DATE_OF.search(before[-60:]) if "DATE" in before[-60:] else None
    if labelled:  # the notice's "TIME OF HEARING SESSION:" row, a few rows down
        time_of = re.compile(rf"\bTIME\s+OF\s+{re.escape(labelled.group(1))}\s*:\s*").search(text, date_end, date_end + 400)
        when = _time_at(text, time_of.end()) if time_of else None
        if when:
            return when, labelled.group(1).capitalize()
    row = _TIME_ROW.match(text, date_end) if "date" in before[-12:].lower() and _DATE_ROW.search(before[-40:]) else None
    if row is None:
        alone = not before[before.rfind("\n") + 1:].strip()  # a date alone at its line's start
        under = _SITTING_UNDER.match(text, date_end, date_end + 120) if alone else None
        when = _time_at(text, under.end()) if under else None
        return (when, under.group(1)) if under and when else None
    when = _time_at(text, row.end())
    if when is None:
        return None
    motion = _MOTION_ROW.search(text, when.end, when.end + 300)
    return when, f"Hearing: {motion.group(1).strip()[:80]}" if motion else "Hearing"


def _time_at(text: str, at: int) -> match.TimeMention | None:
    """The time written right at `at` ("10:00 a.m."), in the text's offsets."""
    found = match.find_times(text[at:at + 20])
    if not found or found[0].start != 0:
        return None
    return replace(found[0], start=found[0].start + at, end=found[0].end + at)


# (or the room after the hour: "Wednesday, November 4, 2009 9:30 a.m. Moot Courtroom", "... 9:00 AM Courtroom 5")
_ROOM_TAIL = re.compile(r"[\s,.-]*(?:in\s+)?(?:[A-Z][a-z]+\s+)?(?:Courtroom|Room|Dept\.?|Department|Ctrm\.?)(?:\s+[\w-]+)?[\s.]*")
# (or the case's caption: "..., 10:30 a.m., State vs. Kaiimi Skip Hiapo")
_CAPTION_TAIL = re.compile(r"[\s,.-]*(?-i:[A-Z])[^\n]{0,80}?\bvs?\.\s+(?-i:[A-Z])[^\n]{0,80}", re.I)
_LINE_REST = re.compile(r"[\s,.\u2022-]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|at|@|time\s*:)?[\s,.:-]*", re.I)
# Nebraska's call: "March 13, 2018  Norfolk  subject to call at 1:30 PM", "Tuesday, August 30, 2016 | Lincoln | subject
# to call at 9:00 AM" (the place's words or cells between the date and its hour).
SUBJECT_TO_CALL = r"(?-i:[A-Z][\w.]*[\s|]+){0,3}subject\s+to\s+call\s+at"
_CALL_GAP = re.compile(r"[\s,|]*" + SUBJECT_TO_CALL + r"\s*", re.I)
# (a calendar's line may open with the case's number: "No. CAAP-22-0000405, Wednesday, April 23, 2025, 10:30 a.m.")
_LINE_HEAD = re.compile(r"\s*(?:No\.\s*[A-Z0-9][\w:-]*\d,?)?" + _LINE_REST.pattern, re.I)


def calendar_line(text: str, date_start: int, date_end: int, time_start: int, time_end: int) -> bool:
    """Whether a date and its time stand alone on their line ("Thursday, August 13, 2026 at 3:00 p.m."):
    a calendar's sitting. (An order's own date carries no clock time unless a stamp says "filed".)"""
    start, end = min(date_start, time_start), max(date_end, time_end)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    gap = text[min(date_end, time_end):max(date_start, time_start)]
    tail = text[end:line_end]
    return bool(_LINE_HEAD.fullmatch(text[line_start:start]) and (_LINE_REST.fullmatch(gap) or _CALL_GAP.fullmatch(gap))) and bool(
        _LINE_REST.fullmatch(tail) or _ROOM_TAIL.fullmatch(tail) or _CAPTION_TAIL.fullmatch(tail))


# ("Filed by 4/12/2019"; a row's "Witness Lists Filed by (lay and expert): December 18, 2018"; "Filed
# electronically by")
LABELLED_BY = guarded(r"(?:(?:^|[:;]\s*)(?:filed|served|heard|completed)\s+by|"
                      r"(?<!was )(?<!were )(?<!been )\b(?:filed|served)\s+(?:electronically\s+)?by\s*"
                      r"(?:\([^()]{0,40}\))?\s*:)\s*$"
                      r"|(?<!was )(?<!were )(?<!been )\bfiled\s+electronically\s+by\s*$", re.I)
HEARING_LABEL = guarded(r"(?:^|\s)hearings?\s*:?\s*$", re.I)
_DEADLINES_HEAD = guarded(r"\bdeadlines\s*:[^.:]*(?::[^.:]*){0,3}$", re.I)
_DEADLINES_TITLE = guarded(r"(?-i:\bDEADLINES\b)", re.I)  # a section heading over rows "DATE: item"
# A schedule's row, its label on its own line with a paragraph mark: "Initial Expert Designation & Report (¶ 4 a.)
# March 31, 2011" (N.D. Tex.'s "SUMMARY OF CRITICAL DATES").
_MARKED_ROW = re.compile(r"\s*(?:\(?(?:¶|§)[^()\n]{1,12}\)|(?-i:[A-Z])[^\n.;:]{2,80}?\((?:¶|§)[^()\n]{1,12}\))[ \t]*")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def in_deadlines_list(before: str, after: str, prefix: str) -> bool:
    """Whether a date is a row of a deadlines list: "Discovery Deadlines: Non-Expert 2/1/2019; Expert 3/25/2019", a
    "DEADLINES" heading over "DATE: item" rows, or a row labelled with a paragraph mark."""
    return bool(_DEADLINES_HEAD.search(prefix[-120:]) or (not before.strip() and _DEADLINES_TITLE.search(prefix))
                or (_MARKED_ROW.fullmatch(before) is not None and _LINE_END.match(after) is not None))


# "No later than February 7, 2012, or seven (7) days after the date of the settlement conference, whichever occurs
# first, each party must file a brief written report": the duty follows the alternatives.
_OR_ONLY = re.compile(r"[\s,]*(?:and/)?or[\s,]*")
_WHICHEVER = re.compile(rf"{WHICHEVER},?", re.I)


def duty_past_alternative(text: str, after: str, start: int, end: int) -> str:
    """The clause after a date, or the duty after "..., whichever occurs first," when only "or" and a counted
    alternative stand between."""
    if not _OR_ONLY.fullmatch(after):
        return after
    which = _WHICHEVER.search(text, start, min(end, start + 300))
    return text[which.end():end] if which else after
