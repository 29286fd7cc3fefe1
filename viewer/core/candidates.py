"""Turn mentions into candidate events, one per dated or relative mention in a sentence.

A candidate still speaks in cleaned-text offsets and may lack a year or an anchor date;
resolve.py settles those, merge.py turns candidates into Events.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from viewer.core import classify, hourof, match, placed, rows, ties, titles, undated
from viewer.core.fastre import covered, guarded, mask
from viewer.core.kindwords import HEARING, PARTY_DUTY, SITTING_NAMED
from viewer.core.segment import SENTENCE_REACH, Segment, near, row_start

# The clause after a date ends at a parenthesis (not an aside "(i.e., ...)"), a semicolon or a sentence stop.
# (A colon too: "until 1/29/18: The Jury Trial is set for ..." starts another clause; and so does a joined
# clause with its own verb: "meet and confer ... by August 25, 2021, and they will submit ... by August 26".)
# (Not a short aside between a subject and its verb, "the parties (petitioners and respondent) shall file",
# nor the alternatives after "either" or "or": "shall either (1) file a joint letter ... or (2) file objections",
# nor an aside before the object: "shall file in paper form (not electronically) a ratification of petition".)
_CLAUSE_END = guarded(r"(?<!either)(?<!\bor)\s[(\[](?!i\.e\.|e\.g\.|[¶§]|[^()\[\]\n]{1,60}[)\]],?\s*(?:shall|must|will|may|are|is|an?(?=\s))\b)"
                      r"|;|(?<![A-Z]\.[A-Z])(?:(?<!\s[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)\.\s|\.\s(?![A-Z]))|(?<!\s[a-z])\.\)|:\s")  # (not "Washington, D.C. trial session", nor
# a name's initial: "Sharon G. Lenar shall file", nor "Mr. Axup shall show"; but "Fed.R.Civ.P. 55(b)(2)" ends like any
# word)
_JOINED_CLAUSE = re.compile(r",?\s+(?:and|but)\s+(?:(?:[\w']+\s+){1,4}?(?:will|shall|must|(?:is|are)\s+(?:hereby\s+)?(?:directed|ordered)\s+to)|"
                            r"(?:[\w']+\s+){1,6}?(?:is|are)\s+(?:hereby\s+)?(?:(?:re-?)?set|scheduled)\s+(?:for|on))\s"
                            r"|,\s+that\s")  # (searched only where "and"/"but" stands; "..., and the mediator is directed to file")
_BE_HELD = re.compile(r"\b(?:(?:shall|will|to)\s+be\s+held|will\s+(?:instead\s+)?commence)\b[^.;]*\bon\s*$",
                      re.I)  # (a setting "on", not a cut-off "by")
# A period's first day: "from July 13 to August 9, 2020, more in-person proceedings will take place" - its clause
# runs on past the last day, which the first day's own clause (cut at the next date) never reaches.
_PERIOD_FROM = re.compile(r"\bfrom\s*$", re.I)
_PERIOD_TO = re.compile(r"\s*(?:to|through|until|-|\u2013)\s*")
_CLAUSE_STOP = re.compile(r"\s*[;:]|\.\s")  # (not "Time excluded from 11/1/17 until 1/29/18: The Jury Trial is set")
# (the words between a date and its hour name the sitting: "to be heard", E.D. Tex.'s "*Pretrial Conference - 9:00 a.m.")
_HEARD_GAP = re.compile(r"\s+(?:to\s+be\s+(?:heard|held)|(?:[A-Z]\w+\s+){0,3}subject\s+to\s+call)\b"
                        rf"|[ \t]+{hourof.SITTING_DASH}$", re.I)
# (A bare party name is a subject too: "on or before May 25, 2022, petitioner and respondent each shall file"; so is
# one after a row's "By this date,": "February 26, 2015: By this date, the FHWA and NCDOT shall file".)
_BARE_SUBJECT = re.compile(r"[\s,:]*(?:by\s+this\s+date,?\s*)?(?:(?:the|each|all|both)\s+[\w']+(?:\s+[\w']+)?|"
                           r",\s*(?:plaintiffs?|defendants?|petitioners?|"
                           r"respondents?|appellants?|appellees?|movants?|debtors?|creditors?|counsel|intervenors?)(?:'s?)?)\s*",
                           re.I)
_JOINED_DUTY = re.compile(r",\s+(?:and|but)\s+(?:[\w']+\s+){0,4}?(?:will|shall|must)\s")  # a second duty in one sentence
_BARE_LINK = guarded(r"[\s,]*(?:at\s+[\d:]+\s*(?:[ap]\.?\s?m\.?)?)?\s*,?\s*(?:(?:is|are|has\s+been|have\s+been)\s+(?:hereby\s+)?)?"
                        r"(?:(?:stricken|struck|vacated)\s+and\s+)?"  # ("is stricken and reset to 2/23/17")
                        r"(?:(?:re-?)?(?:set|scheduled)|re-?scheduled|continued|moved|advanced|postponed)?\s*"
                        r"(?:to|for|until|through|and|or)?\s*"
                        # ("is continued to commence at 1:30 p.m. on March 5")
                        r"(?:(?:commence|begin|start)\s+(?:at\s+[\d:]+\s*(?:[ap]\.?\s?m\.?)?\s*)?(?:on\s+)?)?"
                        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
                        # ("... on July 8, 2019 at 8:45 a.m. and resetting same for July 30, 2019")
                        r"(?:(?:re-?setting|rescheduling|continuing)\s+(?:same|it|the\s+same)\s+(?:to|for)\s*)?", re.I)
_AT_HOUR = re.compile(r",?\s*at\s*")  # an entry keeps a stamp's hour, or one said "at": "this 17 day of January, at 1:10 p.m."
_ITEM_NUMBER = re.compile(r"(?<![\w(])\d{1,2}\)\s+(?=[A-Z])")
_M = TypeVar("_M", bound=Any)
_UNLESS = re.compile(r"\b(?:unless|if)\s*$", re.I)  # "... a status report no later than <date>, unless by that date"
# ("Should Plaintiffs respond by that date, no request ... shall be deemed admitted": what follows the duty)
_CONSEQUENCE = guarded(r"\s*(?:failure\s+to|if\b|unless\b|should\s+\w+\s+fail|(?-i:Should)\s)", re.I)
_UPON = re.compile(r"\s*(?:upon|after|following|once)\s+(?P<event>(?:the\s+)?(?:filing|service|receipt|entry)\s+of\s+"
                   r"[^,;]{2,60}),", re.I)
_TOLD_AFTER = re.compile(r"\s*,\s*(?:[\w']+\s+){1,3}(?:had|was|were)\b", re.I)
_JUST_LINK = re.compile(r"[\s,]*(?:at\s+[\d:]+\s*(?:[ap]\.?\s?m\.?)?)?[\s,]*(?:just|immediately|right)?\s*", re.I)
# ("Failure by the appellant to secure ...", "Mr. Branch's failure to file an amended complaint within 30 days ...")
_FAILURE_BY = re.compile(r"\s*(?:failure\s+(?:by|of)\s+[^.;]{1,60}?\s+to|(?:[\w.]+\s+){0,3}?[\w.]+['\u2019]s\s+failure\s+to)\b",
                         re.I)


@dataclass
class Candidate:
    """One possible event, with everything classify and match found about it."""

    kind: str
    title: str
    start: int                # span of the quote in cleaned text
    end: int
    mention: int              # offset of the date or period itself (for ordering)
    stated: str
    paragraph: int
    recital: bool = False
    confidence: float = 0.9
    written: match.DateMention | None = None
    time: dt.time | None = None
    zone: str | None = None
    relative: match.RelativeMention | None = None
    date: dt.date | None = None
    anchor: "Candidate | None" = None
    source_span: tuple[int, int] | None = None  # set when the quote is not in the cleaned text
    computation: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    also: list[str] = field(default_factory=list)  # other statements of the same event
    context: str = ""  # the sentence, for matching anchors by their words
    restated_by: "Candidate | None" = None  # a docket parenthetical that dates this same duty


@dataclass
class Mentions:
    """All mentions in the document, found once."""

    dates: list[match.DateMention]
    times: list[match.TimeMention]
    relatives: list[match.RelativeMention]
    months: list[match.MonthMention]
    anything: list[int] = field(default_factory=list)  # starts of every dated/period mention
    hints: bytearray = field(default_factory=bytearray)  # where undated-obligation words stand
    _starts: dict[int, list[int]] = field(default_factory=dict)

    def starts(self, items: list[Any]) -> list[int]:
        """Start offsets of one of the (sorted) mention lists, computed once."""
        if id(items) not in self._starts:
            self._starts[id(items)] = [m.start for m in items]
        return self._starts[id(items)]


def find_mentions(text: str) -> Mentions:
    """Run every matcher once over the whole cleaned text."""
    blocked = match.blocked_spans(text)
    dates = match.find_dates(text, blocked)
    in_dates = mask(len(text), [(d.start, d.end) for d in dates])
    not_times = mask(len(text), [(d.start, d.end) for d in dates] + blocked)
    times = [t for t in match.find_times(text) if not covered(not_times, t.start, t.end)]
    relatives = []
    for r in match.find_relatives(text):
        if not covered(in_dates, r.start, r.end) or ties.names_date(text, r, in_dates):
            relatives.append(r)
        elif cut := ties.before_its_date(text, r, in_dates):
            relatives.append(cut)
    months = match.find_months(text, dates)
    anything = sorted([d.start for d in dates] + [r.start for r in relatives] + [m.start for m in months])
    hints = mask(len(text), [(m.start(), m.end()) for m in undated.HINT.finditer(text)])
    return Mentions(dates, times, relatives, months, anything, hints)


def from_segment(text: str, seg: Segment, found: Mentions) -> list[Candidate]:
    """Candidates for one sentence: its dates, periods, month settings and obligations."""
    # Most sentences mention nothing: two cheap look-ups, not four searches, send them away.
    if bisect_left(found.anything, seg.start) == bisect_left(found.anything, seg.end):
        return _with_context(_undated(text, seg), seg) if covered(found.hints, seg.start, seg.end) else []

    def inside(items: list[_M]) -> list[_M]:
        starts = found.starts(items)  # mentions are sorted by start
        return items[bisect_left(starts, seg.start):bisect_left(starts, seg.end)]

    dates, times, relatives = inside(found.dates), inside(found.times), inside(found.relatives)
    # (A repeat, "October 11, 2010, and every 28 days thereafter, the parties shall file", does not
    # end the first date's clause: the duty is stated after it.)
    marks = _Marks.of([(m.start, m.end) for m in dates] + [(r.start, r.clause_end or r.end) for r in relatives
                                                           if not _after_every(text, r)])
    # ("conference on\n\nAugust 15, 2012, at\n\n10:00 a.m. (Mountain Time)": a page layout's blank line parts them)
    next_time = bisect_left(found.starts(found.times), seg.end)  # (one item, not a copy of every later time)
    spilled = [t for t in found.times[next_time:next_time + 1]  # (or the next sentence's "on that date at 8:30 a.m.")
               if not text[seg.end:t.start].strip() or t.start - seg.end <= hourof.NEXT_REACH]
    dated = [_dated(text, seg, d, times + spilled, marks) for d in dates]
    date_marks = [(d.start, d.end) for d in dates]
    counted = [c for r in relatives if (c := _relative(text, seg, r, marks, times, date_marks)) is not None]
    counted = ties.settle(text, dated, counted)
    out: list[Candidate | None] = [*dated, *counted]
    out += [_month(text, seg, m, marks) for m in inside(found.months)]
    if not out:
        out += _undated(text, seg)
    return _with_context([c for c in out if c is not None], seg)


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether `at` stands inside quoted words opened earlier in the sentence ('he states, "documents
    will be filed within (30) calendar days"', 'the order required the parties to "file ... no later
    than seven (7) days prior"'): a party's words or an earlier order, not what this order sets.
    (A docket text quoting the order's own operative words opens its sentence with the quote.)"""
    if _INTRODUCES.search(text, max(0, start - 40), start):  # a quotation opening the sentence, introduced by the
        return True  # one before: 'Rule 5.5(c)(2), which states: "...If any communication ... within thirty (30) days'
    curly_open, curly_close = text.count("\u201c", start, at), text.count("\u201d", start, at)
    inside = curly_open > curly_close or (curly_open == 0 and text.count('"', start, at) % 2 == 1)
    opened = max(text.rfind("\u201c", start, at), text.rfind('"', start, at))
    # A straight quote right after a letter closes ("Plaintifis" application", an OCR'd stray): not inside.
    if not inside or (text[opened] == '"' and opened > start and not text[opened - 1].isspace()
                      and text[opened - 1] not in "([:"):
        return False
    lead = text[start:opened]
    if _JUDGE_SAYS.fullmatch(lead):
        return False
    lead = lead[max(lead.rfind(". "), lead.rfind("; ")) + 1:]  # since the last full stop the segmenter kept
    return bool(_WORD.search(_PARENTHETICAL.sub("", lead)))


# D. Massachusetts' docket texts open with the judge's name: 'Judge Mark L. Wolf: "...[I]t is hereby ORDERED'.
_JUDGE_SAYS = re.compile(r"\s*(?:(?:Chief|Senior|District|Magistrate|Bankruptcy|U\.S\.)\s+)*Judge\s+[A-Z][\w.' -]{1,40}:\s*")
_INTRODUCES = re.compile(r"\b(?:states|provides|reads|says)\s*:\s*[\"\u201c](?:\.\.\.|\u2026)?\s*$")
_PARENTHETICAL = re.compile(r"\([^()]*\)")  # "(afc)": a clerk's initials before a docket quote
_WORD = re.compile(r"[A-Za-z]{2}")


def _with_context(candidates: list[Candidate], seg: Segment) -> list[Candidate]:
    for c in candidates:
        c.context = seg.text
    return candidates


@dataclass(frozen=True)
class _Marks:
    """Where the sentence's mentions start and end, sorted, for clause limits by binary search
    (a long list or table row can hold thousands of dates)."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, spans: list[tuple[int, int]]) -> _Marks:
        return cls(sorted(s for s, _ in spans), sorted(e for _, e in spans))


def _bounds(seg: Segment, marks: _Marks, start: int, end: int) -> tuple[int, int]:
    """Clause limits for the mention at [start, end): the neighbouring mentions or the sentence."""
    at = bisect_right(marks.ends, start) - 1
    after = bisect_left(marks.starts, end)
    left = max(marks.ends[at], seg.start) if at >= 0 else seg.start
    right = min(marks.starts[after], seg.end) if after < len(marks.starts) else seg.end
    return left, right


def _period_end(seg: Segment, marks: _Marks, start: int) -> int:
    """Where the clause of the mention starting at `start` (a period's last day) ends."""
    at = bisect_left(marks.starts, start)
    if at == len(marks.starts) or marks.starts[at] != start:
        return start
    return _bounds(seg, marks, start, marks.ends[at])[1]


# A caption's own stamp: "Court of Federal Claims No. 07-359C (Filed: September 14, 2010)".
_CAPTION_STAMP = re.compile(r"\bNo\.?\s*[\w.:/-]*\d[\w.:/-]*(?:\s[A-Z]{1,2})?\s*[(\[]\s*(?:filed|decided|issued|entered)\s*:?\s*$",
                            re.I)  # ("No. 08-352 C (Filed May 28, 2008)")


def _dated(text: str, seg: Segment, date: match.DateMention, times: list[match.TimeMention],
           marks: _Marks) -> Candidate:
    left, right = _bounds(seg, marks, date.start, date.end)
    opens, listed_end = date.listed or (date.start, date.end)
    if date.listed:  # each day of "March 3, 10 and 17, 2025, at 9:00" reads the list's clause and hour
        left = _bounds(seg, marks, opens, opens + 1)[0]
    when = hourof.attached_time(text, replace(date, end=listed_end) if date.listed else date, times)
    after_start = when.end if when and when.start > date.end else date.end
    after = text[after_start:right]
    if when and when.start > date.end and _HEARD_GAP.match(text, date.end, when.start):
        after = text[date.end:when.start] + after  # ("Continued to <date> to be heard in Room 301 at 9:00")
    # "8/27/2024 Confidential assessment ... due.": read as the row "<label> <date>"
    day_first = rows.day_first_label(text, seg.start, opens, after,
                                     seg.end if when and when.start > date.end and right == seg.end else None, date.end)
    after, row_first = ("", True) if day_first else rows.clause_after(text, left, date.start, after, _CLAUSE_END)
    after = rows.duty_past_alternative(text, after, after_start, seg.end)
    if _PERIOD_FROM.search(text, max(left, date.start - 8), date.start) and _PERIOD_TO.fullmatch(after):
        after = _CLAUSE_STOP.split(text[after_start:_period_end(seg, marks, right)], maxsplit=1)[0]
    if ", in the event " in after:  # ("is continued to ... March 5, in the event no dispositional document is filed")
        after = after.split(", in the event ", 1)[0]  # the condition names what may end the setting, not its kind
    if " and " in after or " but " in after or ", that " in after:  # (", that Rule 26 Meeting Report be filed by")
        head = _JOINED_CLAUSE.split(after, maxsplit=1)[0]
        after = after if _BARE_SUBJECT.fullmatch(head) else head  # (", the parties and the Receiver shall": one subject)
    before = local = day_first + " " if day_first else "" if row_first else text[left:opens]
    if row_first and when is None:  # "Friday, March 1, 2013: HEARING regarding class certification at 4:00 PM"
        when = hourof.later_time(text, times, date.end, after_start + len(after) + 12)
    lead_in = text[max(seg.start, opens - SENTENCE_REACH):opens]  # the sentence up to the date, bounded
    label = rows.cell_label(text, seg.start, date.start, after)
    if label:  # "Deadline to Amend Pleadings:\n|\nAugust 12, 2016\n|": the row's label heads the date
        before = local = label
    linked = not row_first and bool(_BARE_LINK.fullmatch(before))
    if linked:  # "reset from April 10, 2025 [at 10 a.m.] to April 17": whole lead-in
        before = lead_in
    # The clause before a date starts after an open parenthesis or the last semicolon ...
    paren = max(before.rfind(" ("), before.rfind("\n("))
    cut = max(paren if ")" not in before[paren:] else -1, before.rfind("; "))
    if cut >= 0 and not classify.DOCKET_STAMP.search(before) and not _CAPTION_STAMP.search(before):
        # ... but "(Entered:" and a caption's "No. 07-359C (Filed:" stay whole
        before = before[cut + 2:]
    before = rows.after_reasons(before)  # ("Because these investors knew what they were buying, the Defendants are")
    dash = before.rfind(" -- ")
    if dash >= 0 and before[dash + 4:dash + 5].isupper():
        before = before[dash + 4:]  # a docket text's run of settings: "... filed by X -- Discovery due by 4/28/2017"
    items = list(_ITEM_NUMBER.finditer(before))
    if items:  # "... IT IS ORDERED as follows: 1) Sentence will be imposed on": the item is the clause
        before = before[items[-1].end():]
    if when and left <= when.start and when.end <= date.start and not label:
        # "self-surrender by 1:00 p.m. on Friday, February 17": read the clause without its time
        before = before[: max(0, len(before) - (date.start - when.start))] + text[when.end:date.start]
    reading = classify.read_dated(before, after, near(text, seg, date.start, date.end),
                                  lead_in)
    if not reading.recital and reading.kind in ("other", "filing") and _BE_HELD.search(before) \
            and not HEARING.search(before) and HEARING.search(lead_in):  # the sitting named before an earlier date:
        # "a public hearing on the petition submitted May 6, 1997 ... shall be held ... on January 13, 1998"
        reading = classify.Reading("hearing", classify.make_title("hearing", lead_in, after), False, reading.confidence)
    if row_first and reading.recital and reading.confidence <= 0.4:  # a schedule's row led by its date, no verb:
        reading = classify.Reading(reading.kind, reading.title, False, 0.6)  # "10. May 3, 2024: Exchange of exhibit lists"
    if not reading.recital and reading.kind != "entry" and _quoted(text, seg.start, date.start) \
            and not (reading.kind == "hearing" and SITTING_NAMED.match(after)):  # '"... the January 16 hearing"' stays
        reading = classify.Reading(reading.kind, reading.title, True, reading.confidence)  # someone else's words
    if linked and reading.recital and re.search(r"\b(?:is|are|shall\s+be|will\s+be|hereby)\b", local, re.I):
        # "that was previously set for 2/4/19 is RESCHEDULED to 2/20/19": the new setting is live.
        reading = classify.Reading(reading.kind, reading.title, False, reading.confidence)
    reading, when = placed.read_by_place(text, seg, date, when, reading, before, label or day_first)
    candidate = Candidate(reading.kind, reading.title, seg.start, seg.end, date.start, date.stated,
                          seg.paragraph, reading.recital, reading.confidence, written=date)
    if when and (reading.kind != "entry" or when.start - date.end <= 4 or _AT_HOUR.fullmatch(text, date.end, when.start)):
        candidate.time, candidate.zone = when.time, when.zone
        candidate.stated = text[min(date.start, when.start):max(date.end, when.end)]
    return candidate


def _relative(text: str, seg: Segment, rel: match.RelativeMention, marks: _Marks,
              times: list[match.TimeMention], date_marks: list[tuple[int, int]]) -> Candidate | None:
    left, right = _bounds(seg, marks, rel.start, rel.end)
    upon = _UPON.match(seg.text) if rel.anchor == match.THIS_ORDER else None
    if upon:  # "Upon the filing of the PAR, petitioner may reply within thirty (30) days": from that filing
        rel = replace(rel, anchor=upon.group("event"))
    if rel.amount == 0 and left > seg.start and _JUST_LINK.fullmatch(text, left, rel.start):
        return None  # "held on 4/20/2015, at 9:00 a.m., just prior to the status conference": where it sits
    if rel.amount == 0 and _TOLD_AFTER.match(text, rel.end):
        return None  # "Prior to the conference, the court had set ...": when something was done, no deadline
    # "Prior to the conference, counsel shall meet": with nothing before it, the duty follows.
    sentence = near(text, seg, rel.start, rel.end)
    if rel.amount == 0 and rel.direction == "before" and not PARTY_DUTY.search(sentence):
        return None  # "The court will send an email ... prior to the hearing": nobody's deadline but the court's
    lead = text[row_start(text, left, rel.start) or left:rel.start]
    lead = lead[:every.start()] if (every := _EVERY.search(lead)) else lead  # ("file a status report every 60 days")
    after = _PURPOSE.split(text[rel.end:right].split(";", 1)[0], maxsplit=1)[0]  # (the next duty starts after a
    # semicolon; "... before the deadline in order to allow the other party time to answer" names no paper of its own)
    if " and " in after or " but " in after:  # ("At least 14 days prior to the conference, counsel shall meet and
        after = _JOINED_DUTY.split(after, maxsplit=1)[0]  # confer ..., and shall submit a discovery plan ...")
    if " and " in lead or " but " in lead:  # (the second duty's own words are the ones after "and shall")
        lead = _JOINED_DUTY.split(lead)[-1]
    reading = classify.read_relative(lead, after, sentence, same_day=bool(match.ON_THE_DAY.match(rel.stated)))
    if rel.anchor == match.PREVIOUS and rel.amount == 0 and (_CONSEQUENCE.match(seg.text)
                                                             or _UNLESS.search(lead[-12:])):
        # "Failure to file the brief within that time will result in dismissal": a warning
        # about the deadline just set, not a second duty.
        reading = classify.Reading(reading.kind, reading.title, True, reading.confidence)
    # "Failure by the appellant to secure ... within 21 days ... may result in dismissal" warns
    # about a duty; like an "if" clause it is calendared only when nothing else states the duty.
    warning = bool(_FAILURE_BY.match(seg.text)) and rel.amount > 0
    quoted = _quoted(text, seg.start, rel.start)
    if quoted:  # 'he states, "documents will be filed within (30) calendar days."'
        reading = classify.Reading(reading.kind, reading.title, True, reading.confidence)
    conditional = (reading.recital or warning) and bool(classify.CONDITION.match(text[left:rel.start]) or warning) \
        and not quoted  # (a rule's quoted "If any communication ... is not responded to within thirty (30) days")
    if conditional:  # "If the brief is not filed within 10 days, ...": the duty it names, kept aside
        duty = classify.read_relative(text[left:rel.start], text[rel.end:right], sentence, in_condition=True)
        reading = classify.Reading(duty.kind, duty.title, True, min(duty.confidence, 0.6))
    if _TODAYS.match(rel.stated):  # "today's status conference": the sitting itself, on the order's day
        sitting = rel.stated.split(None, 1)[1]
        reading = classify.Reading("hearing", titles.first_upper(sitting), False, 0.8)
    candidate = Candidate(reading.kind, reading.title, seg.start, seg.end, rel.start, rel.stated,
                          seg.paragraph, reading.recital, reading.confidence, relative=rel)
    if conditional:
        candidate.flags.append("conditional")
    if _after_every(text, rel) or _INTERVALS.search(rel.stated):
        # "and every 28 days thereafter", "at thirty day intervals thereafter"
        candidate.flags.append("recurring")
        candidate.computation.append(f"Repeats every {rel.amount} {rel.unit}; the first repeat is shown.")
    # "7 days prior to the hearing, by 5:00 p.m.": a cut-off stated in the period's own clause.
    own = [t for t in times if left <= t.start < right and not _date_owns(text, t, date_marks)]
    if own and (rel.amount or match.ON_THE_DAY.match(rel.stated)):  # ("at 8:00 a.m. on the first day of trial")
        candidate.time, candidate.zone = own[0].time, own[0].zone
    return candidate


_TODAYS = re.compile(r"(?:today|tomorrow)(?:'s|\u2019s)\s", re.I)
_EVERY = re.compile(r"\bevery\s+$", re.I)  # "every 28 days": a repeat, not a single count
_PURPOSE = re.compile(r"\bin\s+order\s+to\b|\bso\s+(?:as|that)\b", re.I)
_INTERVALS = re.compile(r"\bintervals?\b", re.I)


def _after_every(text: str, rel: _M) -> bool:
    return bool(_EVERY.search(text, max(0, rel.start - 8), rel.start))


def _date_owns(text: str, when: match.TimeMention, marks: list[tuple[int, int]]) -> bool:
    """Whether the time sits right after or before a date of the sentence ("May 5 at 10 a.m.")."""
    return any(0 <= when.start - e <= 25 or 0 <= s - when.end <= 12 for s, e in marks)


def _month(text: str, seg: Segment, month: match.MonthMention,
           marks: _Marks) -> Candidate | None:
    """"Bench Trial set for the March 2018 trial term": a setting without a day."""
    left, right = _bounds(seg, marks, month.start, month.end)
    clause = text[left:right]
    if not HEARING.search(clause) or classify.PAST.search(clause):
        return None
    title = titles.make_title("hearing", text[left:month.start], "")
    candidate = Candidate("hearing", f"{title} ({month.stated})", seg.start, seg.end, month.start,
                          month.stated, seg.paragraph, confidence=0.6)
    candidate.flags.append("month-only")
    candidate.computation.append(f"The order gives only a month ({month.stated}); no day to calendar.")
    return candidate


def _undated(text: str, seg: Segment) -> list[Candidate]:
    """Obligations with no date: post a bond, serve the order, act within a reasonable time."""
    return [_undated_candidate(seg, kind, title) for kind, title in undated.duties(seg.text)]


def _undated_candidate(seg: Segment, kind: str, title: str) -> Candidate:
    candidate = Candidate(kind, title, seg.start, seg.end, seg.start, "", seg.paragraph,
                          confidence=0.6)
    candidate.flags.append("undated")
    candidate.computation.append("The order sets no date for this; calendar a reminder.")
    return candidate
