"""Items listed under one directive: "shall submit the following by the indicated dates: 12/5/03
Docketing statement. 12/5/03 Entry of Appearance form. 12/22/03 Dispositive motions, if any."

Each item is a date then a paper, with no verb of its own, so read alone it looks like
background. A clerk reads it under its lead: every item is a duty, and a paper when the lead
asks for papers. The list runs until a new lead or a paragraph that is not an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.candidates import Candidate
from viewer.core.classify import DIRECTIVE, PAST, read_dated
from viewer.core.fastre import guarded
from viewer.core.kindwords import DISCOVERY, HEARING, MEET
from viewer.core.segment import Segment

# "the following document(s) ... by the indicated date(s) :", "as follows:", "the dates below:"
_LEAD = guarded(r"\b(?:the\s+following|as\s+follows|below|(?:indicated|listed|shown)\s+dates?|"
                r"dates?\s+(?:shown|indicated|listed))\b[^.:]{0,80}?:", re.I)
# A lead whose items are sittings: "the sessions of the Court shall be held ... as follows:" (not "the trial and
# related dates are set as follows:", whose items are deadlines).
_HELD = re.compile(r"\b(?:shall|will)\s+be\s+held\b", re.I)
# A schedule table's header row: "EVENT DATE", "Deadline Date", "Event / Deadline".
_TABLE_HEAD = re.compile(r"(?im)^[ \t]*(?:events?|deadlines?|actions?|descriptions?|items?)[ \t/|]+"
                         r"(?:dates?|deadlines?)[ \t]*$")
# A row's date ends its line (the next line is the next row).
_LINE_END = re.compile(r"[ \t,.;]*(?:\n|$)")
_PAPERS = guarded(r"\b(?:file|submit|serve|lodge|deliver|provide|brief(?:s|ing)?)\b", re.I)
# What may stand before an item's date: nothing, a bullet, or a list number "(a)", "1.".
_ITEM_HEAD = re.compile(r"[\s•▪●◦*-]*(?:\(?[a-z0-9]{1,3}[.)]\s*)?", re.I)


@dataclass
class _Lead:
    papers: bool
    paragraph: int
    table: bool = False  # rows end with their date ("Discovery completed by November 8, 2024")
    sittings: bool = False  # "the sessions of the Court shall be held ... as follows:": each item is a sitting


def mark_items(candidates: list[Candidate], sentences: list[Segment], text: str) -> None:
    """Make date-first items under a directive lead live duties (in place)."""
    by_sentence: dict[int, list[Candidate]] = {}
    for c in candidates:
        by_sentence.setdefault(c.start, []).append(c)
    lead: _Lead | None = None
    for seg in sentences:
        found = _LEAD.search(seg.text) if ":" in seg.text else None  # most sentences have no colon
        after_lead = seg.start
        if found and DIRECTIVE.search(seg.text, 0, found.end()):
            papers = bool(_PAPERS.search(seg.text, 0, found.end()))
            held = not papers and bool(_HELD.search(seg.text, 0, found.end()) and HEARING.search(seg.text, 0, found.end()))
            lead = _Lead(papers, seg.paragraph, sittings=held)
            after_lead = seg.start + found.end()  # items may follow the colon in the same sentence
        if ("ate" in seg.text or "ATE" in seg.text or "eadline" in seg.text or "EADLINE" in seg.text) \
                and _TABLE_HEAD.search(seg.text):  # (most sentences name neither: skip the regex)
            lead = _Lead(False, seg.paragraph, table=True)
        if lead is None:
            continue
        mine = sorted((c for c in by_sentence.get(seg.start, []) if c.mention >= after_lead), key=lambda c: c.mention)
        if after_lead > seg.start:  # the lead's own sentence: only the named items after its colon
            ends = [after_lead] + [c.written.end if c.written else c.mention for c in mine]
            items = [c for c, prev in zip(mine, ends) if not lead.table and _named_item(c, text, prev)]
            for c in items:
                _as_item(c, lead.papers, lead.sittings)
            continue
        ends = [seg.start] + [c.written.end if c.written else c.mention for c in mine]
        items = [c for c, prev in zip(mine, ends) if _is_item(c, seg, text, lead.table) or _labelled(c, text)
                 or (not lead.table and _named_item(c, text, prev))]
        # (A short line with no date is a row's label, "Pittsburgh" over "March 2 through March 6": not the end.)
        if not items and seg.paragraph != lead.paragraph and (mine or len(seg.text.split()) > 6):
            lead = None  # the list is over
        for c in items:
            _as_item(c, lead.papers if lead else False, lead.sittings if lead else False)


def _is_item(c: Candidate, seg: Segment, text: str, table: bool) -> bool:
    """A written date at the head of its sentence (or ending its row in a table), with no past verb."""
    if c.written is None or c.kind == "entry":
        return False
    if table:
        line = text.rfind("\n", 0, c.mention) + 1
        return bool(_LINE_END.match(text, c.written.end)) and not PAST.search(text, line, c.mention)
    return bool(_ITEM_HEAD.fullmatch(text, seg.start, c.mention)) and not PAST.search(seg.text)


def _labelled(c: Candidate, text: str) -> bool:
    """A date alone on its line under the label line above it ("Discovery completed by\nDecember 1,
    2023"): a flattened schedule table. It reads as its label says (not as the order's own date)."""
    if c.written is None or c.mention < 2 or not _LINE_END.match(text, c.written.end):
        return False
    line = text.rfind("\n", 0, c.mention) + 1
    if line < 2 or text[line:c.mention].strip():
        return False
    label = text[text.rfind("\n", 0, line - 1) + 1:line - 1].strip()
    if not label or PAST.search(label):
        return False
    if c.kind != "entry" and not c.recital:
        return True  # already read as a setting from its whole clause (a line may wrap mid-sentence)
    reading = read_dated(label, "", label)
    if reading.kind == "entry":  # "Dated:\nApril 29, 2024" is the signature
        return False
    c.kind, c.title = reading.kind, reading.title
    return True


# "Appellant's Brief October 7, 2016 (not to exceed 14,000 words) Appellees' Brief(s) November 7, 2016":
# a list of a short name then its date, after "the following briefing schedule will now apply:".
_NOTE = re.compile(r"^\s*(?:\([^()]*(?:\([^()]*\)[^()]*)*\)\s*)+")  # "(not to exceed 14,000 words)"


_BY_LEAD = re.compile(r"\s*:\s*(?:on\s+or\s+before|(?:no|not)\s+later\s+than|by)$", re.I)
_OPEN_ENDS = {"the", "a", "an", "and", "or", "pending"}  # (not "due by", "set for", "Week of": those end a name)


def _named_item(c: Candidate, text: str, since: int) -> bool:
    """A date right after a short verbless name, since the previous mention: the name is the item."""
    if c.written is None or c.kind == "entry" or not 0 <= since <= c.mention:
        return False
    name = _NOTE.sub("", text[since:c.mention]).strip(" \t\n,;").rstrip(" .")  # (and a row's dotted leader)
    name = _BY_LEAD.sub("", name)  # "Defendants to the Court: on or before January 29, 2019": the name before the lead
    words = name.split()
    if not 1 <= len(words) <= 6 or not name[:1].isupper() or DIRECTIVE.search(name) or PAST.search(name):
        return False
    if words[-1].lower() in _OPEN_ENDS:  # "Pending the March 16, 2018, hearing": the date is inside a phrase
        return False
    c.title = name
    return True


def _as_item(c: Candidate, papers: bool, sittings: bool = False) -> None:
    if sittings and c.kind == "other":
        c.kind = "hearing"
    if papers and not (DISCOVERY.search(c.title) or MEET.search(c.title)):  # ("Close of Fact Discovery: February 28,
        c.kind = "filing"  # 2018" under "the following deadlines" is no paper)
        if not c.title.lower().endswith("due"):
            c.title = f"{c.title} due"
    c.recital = False
    c.confidence = max(c.confidence, 0.75)
    c.computation.append("Listed under the order's directive before the list; due on the date shown.")
