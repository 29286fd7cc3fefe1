"""Short readable titles for events, from the clause around the date.

"Opening brief due (Plaintiffs)" out of "Plaintiffs shall file their opening brief by"; the
order's boilerplate ("IT IS FURTHER ORDERED that", "no later than") is stripped first.
"""

from __future__ import annotations

import re

from viewer.core.fastre import guarded
from viewer.core.vocabulary import SITTING_INITIALS, STATE_PATTERN

I = re.IGNORECASE

BOILERPLATE = guarded(
    r"^(?:(?:it\s+is\s+(?:further\s+|hereby\s+|therefore\s+)*ordered,?\s*(?:that,?)?|"
    r"in\s+accordance\s+with\s+[^,]+,|pursuant\s+to\s+[^,]+,|provided\s+that|ordered:?|(?:accordingly|therefore|thus|wherefore),|"
    r"order:|text\s+order:|minute\s+order:|further,|and|on\s+or\s+before|on\s*,|on\s+(?=\w+\s)|if\s+[^,]{0,120},|\(|-|:|,|"
    r"upon\s+due\s+consideration,?(?:\s+(?:and\s+)?for\s+cause,?)?(?:\s+it\s+is(?:\s+hereby)?)?|"
    r"\d{1,2}\)|(?-i:[A-Z][A-Z ]{6,}):|nlt|no\s+later\s+than|not\s+later\s+than|within|[•▪●◦*]|"
    # (where the last row sits, run on before the next: "Mike Mansfield Federal Courthouse Butte, Montana Attorney
    # conference to discuss ...")
    r"(?-i:(?:[A-Z][\w.'-]*\s+){0,5}(?:Federal\s+)?Court\s?house,?\s+(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*,\s+"
    rf"(?:{STATE_PATTERN})\b))\s*)+", I)
TRAILING = guarded(r"(?:\s+(?:by|on|on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|"
                      r"at|for|set\s+for|scheduled\s+for|is|are|shall\s+be|on\s+\w+day|\w+day|"
                      r"(?:is\s+)?continued\s+(?:to|until)|in\s+(?:Dept\.?|Department|Courtroom|Room)\s+[\w-]+))+"
                      r"[\s,:(-]*$", I)


_SENTENCE_ADVERB = re.compile(r"^(?:Additionally|Finally|Further(?:more)?|Moreover|Lastly|Also|In\s+addition|Likewise|"
                              r"Similarly)\s*,\s*", re.I)
_JOINER = re.compile(r"^(?:and|or|but|then)\s+(?=\w)|^with\s+(?!the\s)(?=(?:[\w-]+\s+){1,2}due\b)", re.I)  # ("with Rebuttal due")


# Where the court's own words start: "Whereas, on December 19, 2011, the Honorable ... filed a petition ...; and It Is
# Further Ordered that these rule adoptions shall be effective 30 days from ...": the title is the order's part.
# (only after a recital's "; and": elsewhere the whole clause reads better, and merging compares titles)
_ORDERED_THAT = re.compile(r";\s*(?:and\s+)?(?=it\s+is\s+(?:further\s+|hereby\s+|therefore\s+)*ordered\b)", I)


def make_title(kind: str, before: str, after: str) -> str:
    """A short readable title from the clause, without boilerplate and the date itself."""
    before, after = " ".join(before.split()), " ".join(after.split())
    before = _SENTENCE_ADVERB.sub("", before)  # ("Finally, no later than April 18, 2014, plaintiffs must file ...")
    if "rdered" in before[8:].lower() and (recitals := list(_ORDERED_THAT.finditer(before))):
        before = before[recitals[-1].end():]
    text = {"hearing": lambda: hearing_phrase(before, after), "expiry": lambda: _expiry_phrase(before),
            "filing": lambda: _filing_phrase(f"{_DATE_LEAD.sub('', before)}, {after}")}.get(kind, lambda: "")()
    if not text:
        text = _stripped(before)
        if len(text) < 8:  # "1) NLT 30 days ..., parties shall meet": the duty follows
            text = f"{_DATE_LEAD.sub('', text)} {_stripped(after)}".strip()  # (not "By defendants shall file")
    text = " ".join(text.split()).strip(" ,;:-(.").lstrip(")] ")  # (nor a closing parenthesis left of a clause cut after it)
    text = _ITEM_MARK.sub("", text)  # "d. Defendant's discovery responses ...": the list letter is not the title
    text = _JOINER.sub("", text)  # ", and docket call and final pretrial conference is set for": no "And ..." title
    text = clipped(text)
    if not text:
        text = {"filing": "Filing deadline", "hearing": "Hearing", "service": "Service",
                "expiry": "Expires", "entry": "Order dated"}.get(kind, "Deadline")
    return text[0].upper() + text[1:]


def first_upper(text: str) -> str:
    """The text with its first letter in capitals (the rest as written: "Trial brief", "Rule 16 conference")."""
    return text[:1].upper() + text[1:]


def clipped(text: str, limit: int = 90) -> str:
    """A title cut at a word to `limit` characters, marked with an ellipsis when cut."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


# A calendar row's sitting titled by its case ("Oral argument: Kno-18-129 Earl Gammon v. ..."): placed.py and dayhours.py
# name them so, and sameness.py keeps two rows so named apart (two cases heard at one hour are two sittings).
ARGUMENT_ROW, HEARING_ROW = "Oral argument: ", "Hearing: "
CASE_ROW = re.compile(rf"(?:{ARGUMENT_ROW}|{HEARING_ROW})\S")


_RESTRAINTS = ((re.compile(r"\btemporary\s+restraining\s+orders?\b|\btros?\b", re.I), "Temporary restraining order expires"),
               (re.compile(r"\bpreliminary\s+injunctions?\b", re.I), "Preliminary injunction expires"))


def _expiry_phrase(before: str) -> str:
    """What ends, when the clause names an order that restrains (the one named last): "the extension [of the TRO] to
    and including"."""
    tail = before[-400:]
    found = [(named[-1].start(), title) for pattern, title in _RESTRAINTS if (named := list(pattern.finditer(tail)))]
    return max(found)[1] if found else ""


_ITEM_MARK = re.compile(r"^(?:[a-zA-Z]|\d{1,2})[.)]\s+(?=[A-Z])")  # ("B. Responses to ...", "d. Defendant's ...")


def _stripped(text: str) -> str:
    for _ in range(3):  # a pass that changes nothing would change nothing the next time either
        done = TRAILING.sub("", BOILERPLATE.sub("", text).strip()).strip()
        if done == text:
            break
        text = done
    return text


_WHO = (r"(?P<who>(?:each|all|the)\s+part(?:y|ies)|counsel|(?:the\s+)?(?-i:[A-Z][\w.'-]*)"
        r"(?:\s+(?-i:[A-Z])[\w.'-]*){0,3})")
_ACTIVE = guarded(
    _WHO + r"\s+(?:also\s+|further\s+)?(?:shall|must|may|will|(?:is|are)\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:file|submit|serve|deliver|lodge|provide)\b"
    r"(?:\s+with\s+the\s+(?:court|clerk))?(?:\s+and\s+(?:serve|file)(?:\s+(?:on|upon)\s+[^,]*?\bcounsel)?)?"
    r"(?:\s+(?:in\s+writing|in\s+paper(?:\s+form)?|electronically|along\s+with\s+[^,]*|to\s+the\s+court))?"
    r"(?:\s*\([^()]{1,30}\))?"  # (Tax Court: "shall file in paper form (not electronically) a ratification")
    r"(?:,\s*[^,]{1,20},)?[\s,]+(?:(?:any|the|a|an|their|its|his|her|all|one)\s+)?(?P<what>[^,;()]{3,70}?)"
    r"(?=\s+(?:with|to|on|upon|by|no\s+later|not\s+later|within|in\s+accordance|on\s+or|that|which)\b|[,;(]|$)", re.I)
_PASSIVE = guarded(r"\b(?P<what>[A-Z][^;:]{2,80}?),?\s+(?:shall|must|will|may)\s+be\s+(?:filed|submitted|served|lodged|delivered)", re.I)
_DUE = guarded(r"\b(?P<what>[A-Z][^;:().]{2,80}?)\s+(?:are|is)?\s*due\b", re.I)
# The two patterns above try up to 80 characters from every letter; most clauses have neither
# verb, so a plain look for the verb first saves nearly all of that work.
_PASSIVE_VERB = guarded(r"\s(?:shall|must|will|may)\s+be\s+(?:filed|submitted|served|lodged|delivered)", re.I)
_DUE_WORD = guarded(r"\sdue\b", re.I)
# "Respondent is granted thirty (30) days ... to file a Pre-Answer Response that complies": the paper.
# (New York: "the respondents' time to serve and file a brief is enlarged until": the brief, the respondents')
_TO_FILE = guarded(r"\bto\s+(?:file|submit|serve|lodge)(?:\s+and\s+(?:file|serve|submit))?\s+"
                   r"(?:with\s+the\s+(?:court|clerk)\s+)?"
                   r"(?:(?:a|an|the|any|its|his|her|their)\s+)?"
                   r"(?P<what>[^,;()]{3,90}?)(?=\s+(?:that|which|if|with|to|on|upon|by|no\s+later|within|(?:is|are)\s+"
                   r"(?:hereby\s+)?(?:enlarged|extended))\b|[,;(.]|$)", re.I)


# "Legatus is DIRECTED to file", "Respondent is granted thirty (30) days ... to file": who files.
_GIVEN = re.compile(r"\b(?:the\s+)?(?P<who>(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3})\s+(?:is|are)\s+"
                    r"(?:hereby\s+)?(?:directed|granted|ordered|given|allowed)\b"
                    r"|\bthe\s+(?P<whose>(?-i:[a-z]+s))['\u2019]\s+time\s+to\b", re.I)


_DATE_LEAD = guarded(r"\s*(?:\b(?:by|on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|on|before))?\s*$", re.I)


def _filing_phrase(clause: str) -> str:
    """"Opening brief due (Plaintiffs)" from "Plaintiffs shall file their opening brief by"."""
    clause = BOILERPLATE.sub("", clause).strip()
    active = _ACTIVE.search(clause)
    if active and active.group("what"):
        who = re.sub(r"^the\s+", "", active.group("who"), flags=re.I)
        return f"{_paper(active.group('what').rstrip('.'))} due ({who})"
    for pattern, verb in ((_PASSIVE, _PASSIVE_VERB), (_DUE, _DUE_WORD)):
        found = pattern.search(clause) if verb.search(clause) else None
        if found:
            what = re.sub(r"^(?:any|all|the|each)\s+", "", found.group("what").strip(), flags=re.I)
            return f"{what} due"
    perfect = _PERFECT.search(clause)
    if perfect:  # (New York: "the time to perfect the appeal is extended to June 10, 2013")
        given = _GIVEN.search(clause, 0, perfect.start() + 9)
        return PERFECTED + _whose(given)
    to_file = _TO_FILE.search(clause)
    if to_file:
        given = _GIVEN.search(clause, 0, to_file.start() + 2)  # (through "time to")
        return f"{_paper(to_file.group('what'))} due" + _whose(given)
    moved = _DEADLINE_FOR.search(clause)
    if moved:  # "The deadline for Defendants' cross-motion and opposition is extended to": the papers, and whose
        return f"{moved.group('what')} due ({moved.group('who')})"
    answering = _TO_ANSWER.search(clause)
    if answering:  # "Defendant has 5 court days to answer": the answering paper, and who owes it
        owes = _WHO_FIRST.match(clause)
        return f"{_ANSWERING[answering.group(1).lower()]} due" + (f" ({owes.group(1)})" if owes else "")
    amending = _TO_AMEND.search(clause)
    if amending:  # "Plaintiff shall have thirty days' leave to amend her complaint": the amended paper
        owes = _WHO_FIRST.match(clause)
        who = owes.group(1) if owes and owes.group(1).lower() not in ("court", "clerk") else ""  # ("The Court grants ...")
        return f"Amended {amending.group(1).lower()} due" + (f" ({who})" if who else "")
    return ""


_TO_AMEND = re.compile(r"\bto\s+amend\s+(?:(?:the|his|her|its|their)\s+)?(?:operative\s+)?(complaint|petition|pleadings?|"
                       r"counterclaim)\b", re.I)


# (where, or a list to come: "shall file in the office of the Clerk of this Court one of the following:")
_NOT_A_PAPER = re.compile(r"(?:in\s+the\s+office\s+of|one\s+of\s+the\s+following)\b", re.I)


def _whose(given: re.Match[str] | None) -> str:
    """" (appellants)": who was given the time, if the clause says."""
    return f" ({given.group('who') or given.group('whose')})" if given else ""


def _paper(what: str) -> str:
    return "Filing" if _NOT_A_PAPER.match(what) else _RECURRING.sub("", what)


# ("file status reports at 90-day intervals beginning": the paper, not its rhythm)
_RECURRING = re.compile(r"\s+(?:at\s+[\w-]+\s+intervals|every\s+[\w-]+(?:\s+\(\d+\))?(?:\s+(?:days|weeks|months))?)"
                        r"(?:,?\s+(?:beginning|starting|commencing))?\s*$", re.I)


PERFECTED = "Appeal to be perfected"
_PERFECT = re.compile(r"\btime\s+to\s+perfect\s+(?:the|an|its|his|her|their|this)\s+appeals?\b", re.I)
_DEADLINE_FOR = re.compile(r"\bdeadline\s+for\s+(?:the\s+)?(?P<who>(?-i:[A-Z])\w+)['\u2019]s?\s+"
                           r"(?P<what>[^,;()]{3,60}?)\s+(?:is|are)\s+(?:hereby\s+)?(?:extended|continued|reset|moved)\b", re.I)
_TO_ANSWER = re.compile(r"\bto\s+(answer|respond|reply|plead|object|oppose)\b", re.I)
_ANSWERING = {"answer": "Answer", "respond": "Response", "reply": "Reply", "plead": "Responsive pleading",
              "object": "Objections", "oppose": "Opposition"}
# (the one who owes it leads with a verb: "Defendant has 5 court days to answer"; not a label, "Last Day To Oppose")
_WHO_FIRST = re.compile(r"\s*(?:the\s+)?(?!(?-i:IT|We|Court)\b)((?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2})"
                        r"(?=(?:,?\s+(?:Inc|LLC|Corp|Co|Ltd)\.?)?,?\s+"
                        r"(?:has|have|is|are|shall|may|must|will|should|was|were|had|(?-i:to))\b)", re.I)


_HEARING_PHRASE = guarded(
    r"((?:[\w'-]+\s+){0,4}?(?:hearing|conference|argument|trial(?:\s+call\b)?|sentencing|arraignments?|ceremony|"
    rf"call|selection|(?-i:{'|'.join(SITTING_INITIALS)}))(?:\s+(?:on|re:?|regarding)\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
    r"[\w' -]{3,50})?)\b", re.I)  # (not "hearing on January 17": a date names a setting, not the sitting)
_LEADING = guarded(r"^(?:(?:the|a|an|for|at|shall|appear|will|be|held|is|are|notice\s+of|"
                      r"set|scheduled|resolve|remaining|disputes|court|to|orders?|ordered|that)\s+)+", re.I)


def hearing_phrase(before: str, after: str) -> str:
    """"Final pre-trial conference" out of "Counsel ... shall appear for a final pre-trial conference"."""
    following = re.match(r"\s*(?!(?:and|or)\s)((?:[\w'-]+\s+){0,3}?(?:hearing|conference|trial|argument|sentencing))\b",
                         after, I)  # (not a second sitting joined on: "a pretrial conference on <date> and for trial")
    found = list(_HEARING_PHRASE.finditer(before))
    if len(found) > 1 and re.fullmatch(r"(?:scheduled|set|noticed)\s+for\s+hearing", found[-1].group(1), I):
        found.pop()  # "the final pretrial conference scheduled for hearing on": the conference names the sitting
    phrase = following.group(1) if following else found[-1].group(1) if found else ""
    if not phrase:
        first = _HEARING_PHRASE.search(after[:120])
        phrase = first.group(1) if first else ""
    phrase = _LEADING.sub("", phrase.strip())
    phrase = phrase.capitalize() if phrase.isupper() and len(phrase) > 4 else phrase  # ("MSC" stays)
    clause = f"{before} {after}"
    if re.search(r"show\s+cause", clause, re.I) and "show cause" not in phrase.lower():
        subject = "Preliminary injunction hearing" if re.search(
            r"preliminary\s+injunction", clause, re.I) else "Hearing"
        phrase = f"{subject} (show cause)" if not phrase or "hearing" in phrase.lower() else phrase
    return phrase
