"""Several papers due in one clause are several events (LABELLING.md rule 8: one event per duty).

"The parties shall exchange and file ... their proposed voir dire questions, jury instructions and
special verdict forms no later than five business days prior to trial" sets three papers on one day;
counsel calendar (and tick off) each.
"""

from __future__ import annotations

import re
from dataclasses import replace

from viewer.core.candidates import Candidate
from viewer.core.titles import first_upper

_HEAD = (r"(?:voir\s+dire(?:\s+questions)?|jury\s+instructions|(?:special\s+)?verdict\s+forms?|witness\s+lists?|"
         r"exhibit\s+lists?|deposition\s+designations|trial\s+briefs?|briefs?|appendix|appendices|"
         r"memorand(?:um|a)(?:\s+of\s+law)?|motions?\s+in\s+limine|"
         r"findings\s+of\s+fact(?:\s+and\s+conclusions\s+of\s+law)?|pretrial\s+(?:order|statement)s?|"
         r"status\s+reports?|special\s+verdicts?|interrogatories|requests\s+to\s+charge|record\s+excerpts|"
         r"disclosure\s+statements?|plans?\s+of\s+reorganization|record\s+or\s+appendix|records?\s+on\s+appeal)")
_NP = (r"(?:(?:proposed|joint|special|opening|answering|trial|supplemental|revised|their|its|his|her|the|a|any|all|two|"
       rf"final|(?-i:[a-z]+(?:'s|s')))\s+){{0,3}}{_HEAD}")  # ("the appellant's brief")
_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+)"
_LIST = re.compile(rf"\b{_NP}(?:{_JOIN}{_NP})+\b", re.I)
_ONE_PAPER = re.compile(rf"\b{_NP}\b", re.I)
_OR = re.compile(r"\s*,?\s*(?:and/)?or\s+", re.I)  # ("the record on appeal and brief or briefs": the list's last paper)
_REACH = 400  # longer than any clause that lists papers
_LEAD_WORDS = re.compile(r"^(?:(?:the|a|their|its|his|her|any|all|two)\s+)+", re.I)


def split_papers(candidates: list[Candidate]) -> list[Candidate]:
    """Each filing whose clause lists several papers, as one candidate per paper."""
    return [one for c in candidates for one in _split(c)]


def _split(c: Candidate) -> list[Candidate]:
    if c.kind != "filing" or c.recital or not c.context:
        return [c]
    at = max(0, c.mention - c.start)
    # the words before the date or period, in its clause (read near the mention only: a run-on "sentence"
    # of a flattened table is thousands of characters long, and this runs for every filing in it)
    clause = re.split(r"[;:]\s|\.\s", c.context[max(0, at - _REACH):at])[-1]
    lists = list(_LIST.finditer(clause))
    later = _ONE_PAPER.search(clause, lists[-1].end()) if lists else None
    if later and not _OR.fullmatch(clause, lists[-1].end(), later.start()):  # "... trial briefs and proposed findings
        return [c]  # ... by January 5, with reply briefs, if any, to be submitted ... on January 6": the nearest paper's date
    if not lists:  # "On or before May 8, 2024, the appellant shall serve and file the record or appendix and the brief"
        lists = _listed_after(c.context, at + len(c.stated))
    if lists:
        items = [_LEAD_WORDS.sub("", item.strip()) for item in _items(lists[-1].group(0))]
    else:
        items = _numbered_inline(c.context[max(0, at - _REACH):at]) or (
            _numbered_after(c.context, at + len(c.stated))
            if _THE_FOLLOWING.search(c.context, max(0, at - 60), at) or _FILE_BY.search(c.context, max(0, at - 60), at)
            else [])
    names = [item for item in items if item]
    if len({name.lower() for name in names}) < 2:
        return [c]
    return [replace(c, title=f"{name[:1].upper()}{name[1:]} due", flags=list(c.flags), computation=list(c.computation),
                    also=list(c.also)) for name in names]


def _items(listed: str) -> list[str]:
    """A list's papers, split at its commas and "and"s but never inside one paper's name ("proposed findings of fact
    and conclusions of law" is one; "the record on appeal and brief or briefs" two)."""
    inside = [m.span() for m in _ONE_PAPER.finditer(listed)]
    cuts = [m for m in re.finditer(_JOIN, listed, re.I) if not any(a < m.start() < b for a, b in inside)]
    bounds = [0] + [x for m in cuts for x in m.span()] + [len(listed)]
    return [listed[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2)]


# The date leads its clause and the papers follow the verb: "No later than December 19, 2001, the Debtor is to
# file its revised Plan Of Reorganization and revised Disclosure Statement".
_LEADS = re.compile(r"[\s,]*(?:[\w'’]+\s+){0,4}?(?:shall|must|is\s+to|are\s+to)\s+(?:serve\s+and\s+file|file\s+and\s+serve|"
                    r"file|submit)\s+", re.I)


# "The parties are further directed to submit: (1) a proposed brief description of the case, to be read to the venire
# and (2) a brief, mutually acceptable overview of the applicable law, ..., no later than October 19, 2022": two papers.
_SUBMIT_NUMBERED = re.compile(r"\b(?:submit|file|lodge|provide)\s*:?\s*\(1\)\s", re.I)
_NUMBER_MARK = re.compile(r"\s*(?:,\s*)?(?:and\s+)?\((\d)\)\s+")
_ITEM_END = re.compile(r",\s+(?:to|which|that|in|for|as|with|each)\b|,?\s+(?:and|or)\s*$", re.I)


def _numbered_inline(before: str) -> list[str]:
    """The papers a "submit: (1) ... and (2) ..." clause lists, in its own words (none when it lists none)."""
    lead = list(_SUBMIT_NUMBERED.finditer(before))
    if not lead:
        return []
    marks = list(_NUMBER_MARK.finditer(before, lead[-1].end() - 4))
    if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return []
    ends = [m.start() for m in marks[1:]] + [len(before)]
    names = []
    for mark, end in zip(marks, ends):
        item = before[mark.end():end]
        cut = _ITEM_END.search(item)
        names.append(_inline_name(item[:cut.start()] if cut else item))
    return [first_upper(name) for name in names]


# "... then the parties shall file the following by March 21, 2023: (1) a joint Rule 26(f) Report, and (2) a proposed
# schedule ...": the numbered papers follow the date.
_NUMBERED_NEXT = re.compile(r"\s*:\s*(?=\(1\)\s)")
_THE_FOLLOWING = re.compile(r"\bthe\s+following\b", re.I)  # (not "supplemental briefs ... addressing: (1) whether ...")
# (or the filing verb right before the date: "The court DIRECTS plaintiff to file, by no later than Monday, April 6,
# 2020: (1) a one-page overview ... and (2) a supplemental brief")
_FILE_BY = re.compile(r"\b(?:file|submit|lodge)\s*,?\s*(?:by\s+)?"
                      r"(?:on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|by)"
                      r"\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$", re.I)


def _numbered_after(context: str, end: int) -> list[str]:
    colon = _NUMBERED_NEXT.match(context, end)
    if not colon:
        return []
    rest = context[colon.end():colon.end() + _REACH]
    return _numbered_inline("file " + rest.split(". ", 1)[0])


def _inline_name(item: str) -> str:
    """An inline item's name: up to a comma after three words or more, at most ten words ("a brief, mutually
    acceptable overview of the applicable law": the comma after "a brief" stays)."""
    head, comma, _ = item.partition(",")
    words = _without_loose_ends((head if comma and len(head.split()) >= 3 else item).split()[:10])
    return _LEAD_WORDS.sub("", " ".join(words).rstrip(".,"))


def _listed_after(context: str, end: int) -> list[re.Match[str]]:
    lead = _LEADS.match(context, end, min(len(context), end + 80))
    found = _LIST.match(context, lead.end()) if lead else None
    return [found] if found else []


# "the following documents shall be filed:" over numbered lines "(1) proposed jury instructions ... (2) proposed voir
# dire questions ...": each numbered paper is its own duty (LABELLING.md rule 8).
_FOLLOWING = re.compile(r"\bthe\s+following(?:\s+[\w-]+){0,2}\s+(?:shall|must)\s+be\s+(?:filed|submitted|lodged|served)"
                        r"\b[^.:]{0,120}:\s*$", re.I)
_ITEM_LINE = re.compile(r"[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|\(?[a-h][.)])[ \t]+(?P<name>[^\n]{3,})")
_MAX_ITEMS = 12
_RUNS_ON = re.compile(r"[ \t]*[a-z][^\n]*\n")
_TAIL = 200  # the lead ends its sentence: read only the sentence's end (a run-on "sentence" may be huge)
_LOOSE_ENDS = {"by", "of", "the", "to", "a", "an", "and", "or", "for", "in", "on", "at", "be", "asked", "pursuant",
               "setting", "forth", "under"}  # ("a trial brief setting forth", "a pretrial statement pursuant to")


def split_enumerated(candidates: list[Candidate], text: str) -> list[Candidate]:
    """A filing set for "the following documents" listed line by line after its sentence, as one per paper."""
    return [one for c in candidates for one in _enumerated(c, text)]


# N.D. Cal.'s pretrial form: "the parties shall ... complete the following:" over "(1) Serve and file a pretrial
# statement ... (2) Serve and file a trial brief ...": one paper per numbered item that files one (the first must).
_DO_FOLLOWING = re.compile(r"\b(?:shall|must)\b[^.:]{0,160}?\bcomplete\s+the\s+following\s*:\s*$", re.I)
_FILES = re.compile(r"(?:serve\s+and\s+file|file\s+and\s+serve|file|lodge|submit)\s+(?:an?\s+|the\s+)?", re.I)


def _enumerated(c: Candidate, text: str) -> list[Candidate]:
    if c.recital or c.kind not in ("filing", "other"):
        return [c]
    tail = max(c.start, c.end - _TAIL)
    listed = c.kind == "filing" and _FOLLOWING.search(text, tail, c.end)
    if not listed and not _DO_FOLLOWING.search(text, tail, c.end):
        return [c]
    names: list[str] = []
    at = text.find("\n", c.end - 1)
    while at >= 0 and len(names) < _MAX_ITEMS:
        while text.startswith("\n", at + 1):  # (items a blank line apart: "(1) ...;\n\n(2) ...")
            at += 1
        line = _ITEM_LINE.match(text, at + 1)
        if line is None and names and _RUNS_ON.match(text, at + 1):  # an item's second line: "exhibits that will be"
            at = text.find("\n", at + 1)
            continue
        if line is None:
            break
        names.append(_short(line.group("name")))
        at = text.find("\n", line.end() - 1) if line.end() < len(text) else -1
    if len(names) < 2:
        return [c]
    if not listed:  # (the items that file a paper: "complete the following: (1) Serve and file a pretrial statement";
        # not their own lettered parts, "(a) A description of each offense charged")
        filed = [found for name in names if (found := _FILES.match(name))]
        if len(filed) < 2 or not _FILES.match(names[0]):
            return [c]
        names = [first_upper(found.string[found.end():]) for found in filed]
    return [replace(c, kind="filing", title=f"{name} due", flags=list(c.flags), computation=list(c.computation),
                    also=list(c.also)) for name in names]


def _short(name: str) -> str:
    """A listed paper's name: its first words, up to a comma or eight words."""
    words = _without_loose_ends(re.split(r"[,;]", name, maxsplit=1)[0].split()[:8])
    short = " ".join(words).rstrip(".")
    return first_upper(short)


def _without_loose_ends(words: list[str]) -> list[str]:
    """The words without trailing function words ("proposed voir dire questions to be asked by [the Court]")."""
    while len(words) > 1 and words[-1].lower() in _LOOSE_ENDS:
        words = words[:-1]
    return words
