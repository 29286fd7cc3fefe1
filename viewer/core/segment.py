"""Split cleaned order text into paragraphs and sentences, keeping character offsets.

Orders break sentences across pages and blank lines ("notice of the Preliminary / Injunction
hearing"), and docket text runs many sentences together, so paragraphs are rebuilt first
(a block that does not end a sentence continues into the next) and then split into sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    "u.s.c usc fed r civ crim app p no nos v vs jan feb mar apr jun jul aug sep sept oct nov dec "
    "inc co corp ltd dkt doc e.g i.e mr ms mrs dr st jr sr cir supp ex seq al para hon j u.s f "
    "ave blvd dist div cal fla ill mass mich minn pa tex va wash wis cl ct ann stat ch art sec "
    "n.d s.d e.d w.d m.d c.d d.n.j d.d.c s.d.n.y e.d.n.y approx est ed dept ctrm rm rev".split())
_TIME_ABBREVIATIONS = frozenset({"a.m", "p.m", "am", "pm"})
_NON_SPACE = re.compile(r"\S")
_BLOCK_BREAK = re.compile(r"\n[ ]*\n+|\f+")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9¶])|[.!?](?<![\s,].)(?=[A-Z][a-z])(?![\w.%+-]*@)|"  # (OCR ", .St. Paul";
                           # not an address's "Michael.Johnson@courts.state.mn.us")
                           r"\.(?=\s+[a-z][.)]\s+[A-Z])|"  # ("... 36(a)(3). d. Defendant's responses shall be due")
                           r"\.(?<=[a-z]\.)\d{1,2}(?=\s+[A-Z][a-z])")  # (a footnote mark: "at 11:00 a.m.1 The dispositive ...")
# (The bullet alternative starts at the bullet, checking the space before it looking back, so the
# scan can skip ahead to newlines and bullets instead of trying every space.)
_LIST_START = re.compile(r"\n(?=[ ]*(?:-\s+)?(?:\d{1,2}\.|[A-Za-z]\.|\([a-z0-9]{1,3}\))\s)|[•▪●◦](?<=\s[•▪●◦])(?=\s)")
# A calendar line's "9 a.m. • Monday, September 13": the bullet joins the hour to its day, no list item.
_HOUR_BULLET = re.compile(r"(?:^|\n)[ \t]*\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?[ \t]*$", re.I)
# A line under 40 characters that does not end mid-phrase ("The parties are to file a" + a line
# break is not a heading); wrapped lines run full width.
# (Not a single word such as a hard-wrapped "IT", and not when the next line carries on in
# lower case: "... (Doc. 5)[1]" / "on September 12, 2018".)
_SHORT_LINE = re.compile(r"(?m)^(?=[^\n]{1,40}\n)"
                         r"(?![^\n]*\b(?:of|the|a|an|and|or|to|on|by|at|in|for|with|from|shall|must|will|file|than|"
                         r"before|until)\n)(?=[^\n]*\S\s+\S|[^\n]*\d)"
                         r"[^\n]{1,40}(?<![,;\-])\n(?![ \t]*[a-z])")
# A table row's label over its date ("Discovery Deadline" / "MARCH 3, 2020") is one row, not two;
# a capitals line over a date ("FOR THE COURT" / "DEC 22 2011") is a signature block and stays apart.
_ABBREVIATED = re.compile(r"(?:^|\s)(?:[A-Za-z]|Civ|Crim|App|Fed|Bankr|Evid|No|Nos|Stat|Sec)\.$")
_RUNS_ON = re.compile(r"\s*(?:\d|[a-z])")
_MID_PHRASE = re.compile(r"\b(?:be|the|a|an|of|to|in|on|at|by|for|and|or|shall|will|must|is|are|with|from)[ \t]*\n$")
# A date alone on its line, perhaps with its hour ("5/7/2015 at 11:00 AM").
_HOUR_TAIL = r"(?:[ \t]+(?:at[ \t]+)?\d{1,2}(?::\d\d)?[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*"
_NUMERIC_DATE = r"\d{1,2}/\d{1,2}/\d{2,4}"
_DATE_NEXT = re.compile(r"\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2},\s+\d{4}|" + _NUMERIC_DATE + ")" + _HOUR_TAIL + r"(?:\n|$)")
_DATE_LINE = re.compile(r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}-[A-Za-z]{3}-\d{4}|" + _NUMERIC_DATE + ")"
                        + _HOUR_TAIL + "$")
_HOUR_LINE = re.compile(r"[ \t]*\d{1,2}:\d\d[ \t]*[AaPp]\.?[Mm]\.?[ \t]*(?:\n|$)")  # a stamp's hour under its date
_LEADER_TO = re.compile(r"[ \t]*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", re.I)
_MONTH_DAY_NEXT = re.compile(r"[ \t]+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?"
                             r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d", re.I)
_MONTH_END = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]*\n$", re.I)
_DAY_NEXT = re.compile(r"[ \t]*[0-3]?\d(?:st|nd|rd|th)?,?[ \t]*\n?[ \t]*(?:19|20)\d\d\b")
_TIME_LABEL = re.compile(r"\s*(?:Time|At)\s*:", re.I)
_HEADING_LINE = re.compile(r"(?m)^[^a-z\n]{8,}\n")
# ("ten o'clock am. (10:00 a.m.)": the same time again in digits does not end the sentence either.)
_ZONE_AFTER = re.compile(r"\s+\(?(?:E|C|M|P)\.?(?:(?:S|D)\.?)?T\b|\s+\(?(?:Eastern|Central|Mountain|Pacific)\b|"
                         r"\s+\(\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b|"
                         # ("beginning at 10:00 a.m. Tuesday, May 30, 2023": the day follows its hour)
                         r"\s+(?i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                         r"August|September|October|November|December)\b|"  # (or in capitals: "9 a.m. MONDAY, NOVEMBER 4")
                         r"\s+(?i:on)\s+(?=[A-Za-z]+\s+\d|\d)|"  # ("4:00 P.M. ON DECEMBER 29, 2005")
                         r"\s+\d{1,2}/\d{1,2}/\d{2,4}\b")  # ("Pretrial conference set for 10:30 a.m. 7/2/2024")


@dataclass(frozen=True)
class Segment:
    """A sentence: [start, end) in the cleaned text, and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int
    text: str


def segment(text: str) -> list[Segment]:
    """Sentences of `text` in order, each tagged with its paragraph number."""
    segments: list[Segment] = []
    for number, (p_start, p_end) in enumerate(_paragraphs(text)):
        for s_start, s_end in _sentences(text, p_start, p_end):
            piece = text[s_start:s_end]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            if trail > lead:
                segments.append(Segment(s_start + lead, s_start + trail, number,
                                        piece[lead:trail]))
    return segments


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Blocks between blank lines, re-joined where a block stops mid-sentence."""
    blocks: list[tuple[int, int]] = []
    last = 0
    for match in _BLOCK_BREAK.finditer(text):
        blocks.append((last, match.start()))
        last = match.end()
    blocks.append((last, len(text)))
    merged: list[tuple[int, int]] = []
    for start, end in blocks:
        if not _NON_SPACE.search(text, start, end):
            continue
        if merged and _continues(_last_line(text, *merged[-1]), text, start, end):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _last_line(text: str, start: int, end: int) -> str:
    """The last non-blank line of text[start:end], stripped (without copying a long paragraph)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[max(start, text.rfind("\n", start, end) + 1):end].strip()


def _continues(last_line: str, text: str, start: int, end: int) -> bool:
    """True when the block ending with `last_line` stops mid-sentence and text[start:end] carries on."""
    tail = last_line.rstrip("\"')]")
    if tail.endswith(".") and _ABBREVIATED.search(tail) and _RUNS_ON.match(text, start, end):
        return True  # "pursuant to Fed. R. Civ. P." + blank line + "16 is hereby scheduled for"
    if not tail or tail[-1] in ".!?;":
        return False
    if tail[-1] == ":":  # "shall appear for an initial pretrial conference:" + the date below
        return len(text[start:end].strip()) < 80
    head = _NON_SPACE.search(text, start, end)
    if head is None:
        return False
    line_end = text.find("\n", head.start(), end)  # the first line only, not a copy of the whole block
    first = text[head.start():end if line_end == -1 else line_end].splitlines()[0]
    if _DATE_LINE.match(first) or (_DATE_LINE.match(last_line) and _TIME_LABEL.match(first)):
        return True  # a schedule table with blank lines: "Discovery Deadline" | "MARCH 3, 2020" | "Time:"
    if last_line.isupper() or len(last_line) < 25:
        return False  # headings and caption lines stand alone
    return not re.match(r"(?:-\s+)?(?:\d{1,2}\.|[A-Z]\.)\s|[A-Z][A-Z ]{6,}$", first)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph."""
    cuts = {start, end}
    for match in _SENTENCE_END.finditer(text, start, end):
        if not _is_abbreviation(text, match.start(), end):
            cuts.add(match.end())
    for match in _LIST_START.finditer(text, start, end):
        if not _HOUR_BULLET.search(text, max(0, match.start() - 16), match.start()):
            cuts.add(match.start())
    for match in _HEADING_LINE.finditer(text, start, end):
        if not ((_TIME_LABEL.match(text, match.end()) or _HOUR_LINE.match(text, match.end()))
                and _DATE_LINE.match(match.group(0).strip())):
            cuts.add(match.end())  # (not "AUGUST 24, 2020" over "Time:": the row's hour follows)
    for match in _SHORT_LINE.finditer(text, start, end):
        line = match.group(0)
        if (_TIME_LABEL.match(text, match.end()) or _HOUR_LINE.match(text, match.end())) and _DATE_LINE.match(line.strip()) \
                or _TIME_LABEL.fullmatch(line.strip()):
            continue  # "AUGUST 24, 2020" / "Time:" / "10:00 A.M.": the row's hour follows its date ("05-NOV-2014" / "01:19 PM")
        if _MONTH_END.search(line) and _DAY_NEXT.match(text, match.end()):
            continue  # "2. July" / "20," / "2006, is fixed as ...": a date broken over lines, one word a line
        if _DATE_NEXT.match(text, match.end()) and not line.isupper() and "," not in line:
            continue  # a row label over its date (not "Columbia, South Carolina" over the signing date)
        if _MID_PHRASE.search(text, max(start, match.start() - 20), match.start()):
            continue  # "shall be" / "held in the Supreme Court" / "Room in ...": the line above runs on
        cuts.add(match.end())  # a short line (a caption, a heading, a date) stands alone
    ordered = sorted(cuts)
    return list(zip(ordered, ordered[1:]))


_RULES_CITED = re.compile(r"\b(?:Civ|Crim|App|Bankr|Evid)\.\s?P\.$")  # (the rules' name, whose number went before)
_NEW_SENTENCE = re.compile(r"\s+(?!Rule\b)(?-i:[A-Z][a-z]+)\b(?!\s+\d)")
_LETTERED = re.compile(r"\b(?:Exhibit|Appendix|Attachment|Schedule|Part|County|Group|Phase|Tier|Track|Option)[ \t]$")


def _is_abbreviation(text: str, dot: int, end: int) -> bool:
    """Whether the period at `dot` ends an abbreviation rather than a sentence."""
    if text[dot] != ".":
        return False
    if text.startswith(". .", dot) or (dot >= 2 and text[dot - 2:dot + 1] == ". ."):
        return True  # a row's dotted leader, "pleading amendment . . . . . . 3 November 2014", runs on to its date
    if dot >= 2 and text[dot - 2:dot + 1] == "..." and _LEADER_TO.match(text, dot + 1, end):
        return True  # ... and "Deadline for FRCP 26(f) conference........ 02/14/2008"
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"'[":
        word_start -= 1
    word = text[word_start:dot].lower().strip(".,")
    if word in _TIME_ABBREVIATIONS or re.sub(r"^\d{1,2}(?::\d\d)?", "", word) in _TIME_ABBREVIATIONS:  # ("10:00a.m")
        # "10 a.m. The parties ..." ends a sentence; "4:00 p.m. (Eastern Time)" does not.
        # (nor does "at 10:45 a.m. Sept. 29": the hour's day follows it)
        return bool(_ZONE_AFTER.match(text, dot + 1, end) or _MONTH_DAY_NEXT.match(text, dot + 1, end))
    if word == "p" and _RULES_CITED.search(text, max(0, dot - 12), dot + 1) and _NEW_SENTENCE.match(text, dot + 1, end):
        return False  # "in accordance with Rule 4(m), Fed. R. Civ. P. Finally, no later than ...": the citation ends it
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()
                                 and not _LETTERED.search(text, max(0, word_start - 16), word_start)):
        return True  # (an initial, not a lettered thing's name: "... from County B." ends its sentence)
    opened = text.rfind("(", max(0, dot - 40), dot)
    if opened >= 0 and ")" not in text[opened:dot] and _MONTH_DAY_NEXT.match(text, dot + 1, end):
        return True  # a citation's court before its date: "(D. Colo. Mar. 16, 2012)"
    # "U.S.C", "Fed.R.Civ.P" (a citation, usually followed by a rule number): dotted short parts
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]|(?:[a-z]{1,5}\.)+[a-z]{1,5}", word))


def row_start(text: str, start: int, at: int) -> int | None:
    """Where the row holding `at` starts when a lead-in after `start` ending its line lists labelled rows ("as
    follows:" over "Petitioner Trial Brief: 45 days before ..."), else None."""
    lead_in = text.rfind(":\n", start, at)
    return lead_in + 2 if lead_in != -1 and _ROW_LABEL.match(text, lead_in + 2, at) else None


_ROW_LABEL = re.compile(r"\s*(?-i:[A-Z])[^:\n]{0,60}:[ \t]")


# A sentence is read whole for its cues ("shall", "was"), but a run-on "sentence" of thousands of
# characters (a flattened table, an OCR page) only near the mention: what lies farther is not its clause.
SENTENCE_REACH = 600


def near(text: str, seg: Segment, start: int, end: int) -> str:
    """The sentence around [start, end), at most SENTENCE_REACH characters either side, from the row a list's
    lead-in opens ("they propose that ... the briefing schedule ... should be as follows:" is not read in its rows)."""
    first = row_start(text, max(seg.start, start - SENTENCE_REACH), start) or seg.start  # (bounded: run-on lines)
    if seg.end - first <= 3 * SENTENCE_REACH:
        return text[first:seg.end]
    return text[max(first, start - SENTENCE_REACH):min(seg.end, end + SENTENCE_REACH)]
