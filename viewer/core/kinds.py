"""Which kind of event a date's clause states: a sitting, a paper, a cut-off, service or an expiry.

The kind words (kindwords.py) are weighed by their distance from the date; a few constructions
decide the kind whatever word stands nearest ("is CONTINUED to", "in Dept. S-17", "shall expire
after ten days"). classify.py asks this for every dated and counted mention.
"""

from __future__ import annotations

import re

from viewer.core import rows
from viewer.core.fastre import ORIGINALS, ends, guarded
from viewer.core.kindwords import DISCOVERY, EXPIRY, FILING, HEARING, MEET, SANCTIONS_DUE, SERVICE

I = re.IGNORECASE

_CONTINUED_TO = guarded(r"\b(?:continued|advanced|re-?set|rescheduled|moved|postponed|adjourned)\s+"
                        r"(?:from\s+[^;]{3,40}?,?\s+)?(?:to|until)\s*$", I)  # ("CONTINUED from February 20, 2014, to")
_HOLD_BY = guarded(r"\blast\s+(?:date|day)\s+to\s+(?:conduct|hold|complete|participate)|"
                   # ("ORDER the trial court to conduct a hearing, no later than June 7, 2021")
                   r"\b(?:conduct|hold|convene)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:hearing|conference)s?,?\s+"
                   r"(?:no\s+later\s+than|not\s+later\s+than|on\s+or\s+before)|"
                   r"\b(?:(?:must|shall)\s+be\s+)?(?:held|conducted|completed)\s+(?:no\s+later\s+than|not\s+later\s+than|by|"
                   r"on\s+or\s+before)|"
                   # (the Tax Court's remand: "shall offer petitioner an administrative hearing ... but no later than")
                   r"\b(?:offer|afford)\s+(?:\w+\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?hearing\b[^.;]{0,200}?\b(?:no|not)\s+later\s+than|"
                   r"\b(?:jury\s+selection|hearing|trial)\s+(?:deadline|cut-?off)\b|"  # ("Jury Selection Deadline 6/1/2017")
                   # ("Deadline to request to Speak at Public Hearing: January 3, 2023 at 4 p.m.": a row named a deadline)
                   r"(?:^|\n)[ \t]*deadline\s+(?:to|for)\s+(?!file\b|submit\b|serve\b)[^:\n]{0,80}:\s*$", I)
# "Dispositive Motion Deadlines: Filed by 5/24/2019; Hearing by 6/21/2019": the last day to be heard.
_TAKES_EFFECT = guarded(r"\btakes?\s+effect(?:\s+at)?(?:\s+(?:on|at|as\s+of))?\s*$", I)  # (the hour is blanked: "at  on")
_HEARING_BY = guarded(r"(?:^|[:;]\s*)hearings?\s+by\s*$", I)
_TRANSCRIPT_DUE = guarded(r"\b(?:redacted\s+)?transcripts?\s+(?:submission\s+)?(?:due|deadline|to\s+be\s+filed)\b[^.;]{0,12}$", I)
_SERVE_THIS_ORDER = guarded(r"\b(?:shall|must|is\s+(?:hereby\s+)?(?:ordered|directed)\s+to|are\s+(?:hereby\s+)?(?:ordered|"
                            r"directed)\s+to)\s+serve\s+(?:a\s+copy\s+of\s+)?(?:this|the)\s+order\b", I)
# "provide a copy of the response on Plaintiffs by <date>": a copy that goes to a party is served.
# (A paper of the case, not "a copy of the administrative record and plan documents": documents produced.)
_COPY_TO_PARTY = guarded(r"\b(?:provide|deliver|send|mail|e-?mail|forward)\s+(?:a\s+)?cop(?:y|ies)\s+of\s+(?:the|its|their|his|her|any|each)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:response|reply|brief|motion|opposition|memorandum|objections?|papers|notice|"
                         r"report|recommendation|filing|petition|complaint|answer)s?\b[^.;]{0,60}?\s+"
                         r"(?:on|upon|to)\s+(?:(?:the|all|opposing|defense|\w+'s|\w+s')\s+)?(?:plaintiffs?|defendants?|petitioners?|respondents?|"
                         r"appellants?|appellees?|movants?|counsel|parties)\b[^.;]{0,60}$", I)
# "On or before December 16, 2022, the parties may serve on the Receiver requests to ...": the date heads the duty.
_THEN_SERVE = guarded(r"^[\s,]*(?:[\w'’().]+\s+){1,8}?(?:shall|must|may|will)\s+(?:\w+\s+)?serve\b(?![\s,]+(?:and\s+)?(?:file|submit|lodge))", I)
# "Rule 26 shall be effective for documents filed on or after 1 February 1985", "complaints may be filed beginning on
# July 13, 2020": the first day something may be done, not a deadline for doing it.
_FROM_DAY = guarded(r"\b(?:on\s+or\s+after|beginning\s+on|starting\s+on|no\s+earlier\s+than|not\s+earlier\s+than)\s*$", I)
_APPEAR_ON = guarded(r"\bto\s+appear\s*(?:on|at|before)?\s*$", I)
_PRESENTENCE = guarded(r"\bpre-?sentence\s+(?:investigation\s+)?report|\bPSR\b", I)
# (Objections to the report are stated to probation, as the report is disclosed by it: other.)
_ANSWERED = guarded(r"\b(?:respon\w+|memorand\w*|motions?|statements?)\b", I)
_BY_PROBATION = guarded(r"\bby\s+the\s+probation\s+(?:officer|department|office)", I)
_EXCLUDED_UNTIL = guarded(r"\bexclud\w*\b[^.;]{0,60}\b(?:until|through|to)\b", I)
# "the time between today's date and May 21, 2024, shall be deemed excludable time": where it ends.
EXCLUDABLE_AFTER = guarded(r"^[\s,]*(?:shall|will|is|are)\s+(?:be\s+)?(?:deemed\s+)?(?:excludable|excluded)\b", I)
_IN_ROOM = guarded(r"[\s,;]*(?:in\s+)?(?:Dept\.?|Department|Courtroom|Ctrm\.?|Room)(?:\s+[\w-]|\s*$)", I)
_CONTINUED_END = guarded(r"(?:^|[.\n]\s*|\b(?:is|are|be|hereby)\s+(?:hereby\s+)?)continued\s+(?:to|until)\s*$|"
                         r"^\s*(?:to\s+)?continue\s+to\s*$", I)
_ACTION_CONTINUED = guarded(r"(?<!of\s)\b(?:this|the)\s+(?:action|case|matter|prosecution)\b[^.;]{0,60}?\bcontinued\s+until\s*$", I)
_PAPER_DUE = guarded(r"\b(?:deadline|due|time\s+to|date\s+to|briefs?|responses?|repl(?:y|ies)|oppositions?|discovery)\b", I)
_AUTHORITY_THROUGH = guarded(r"\b(?:authori[sz]\w*|cash\s+collateral)\b[^.;]{0,160}\b(?:through|until)\s*(?:and\s+including\s*)?$", I)
_EXPIRES_AT = guarded(r"\b(?:shall|will|to)\s+(?:\w+\s+)?(?:expire|terminate|dissolve)\s*(?:on|at|in|within|after)?\s*$", I)
_BY_THIS_DATE = guarded(r"\b(?:by|on\s+or\s+before|no\s+later\s+than)\s+this\s+date\b", I)
DEADLINE_LEAD = guarded(r"(?:\bby|on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|\bNLT|"
                           r"\bbefore|\buntil|\bdue(?:\s+by|\s+on)?)\s*(?:\w+,?\s+)?$", I)
_KIND_WORDS = (("hearing", HEARING), ("filing", FILING), ("discovery", DISCOVERY), ("meet", MEET))
_KIND_WORDS_LOWER = tuple((kind, guarded(ORIGINALS.get(p.pattern, p.pattern), p.flags & ~re.IGNORECASE))
                          for kind, p in _KIND_WORDS)


def kind_of(before: str, after: str, directive: bool, relative: bool = False) -> tuple[str, float]:
    """The kind whose words stand nearest the date; deadline words favour papers over sittings."""
    found = _kind_words(before, after)
    # ("All motions in limine must be filed by this date and noted ... before the pretrial conference | 6/10/2024")
    deadline = bool(DEADLINE_LEAD.search(before)) or relative or bool(_BY_THIS_DATE.search(before))
    return _special_kind(before, after, found, deadline) or _weigh(before, after, found, deadline, directive, relative)


def _kind_words(before: str, after: str) -> dict[str, int]:
    """Each kind's nearest word to the date, as a distance in characters (kinds with no word left out)."""
    low_before, low_after = before.lower(), after.lower()
    if len(low_before) == len(before) and len(low_after) == len(after):  # same offsets: scan in lower case
        near = {kind: _nearest(pattern, low_before, low_after) for kind, pattern in _KIND_WORDS_LOWER}
    else:
        near = {kind: _nearest(pattern, before, after) for kind, pattern in _KIND_WORDS}
    return {k: d for k, d in near.items() if d is not None}


def _special_kind(before: str, after: str, found: dict[str, int], deadline: bool) -> tuple[str, float] | None:
    """The constructions that decide the kind whatever words stand nearest."""
    if "until" in before[-12:].lower() and ends(_ACTION_CONTINUED, before):
        return "other", 0.8  # "this action be, and it hereby is, continued until October 1, 2023": a continuance ends
    if found.get("hearing") is not None and _CONTINUED_TO.search(before):
        return "hearing", 0.9  # "The hearing on the Demurrer filed by ... is CONTINUED TO <date>"
    if _IN_ROOM.match(after) and not deadline:
        return "hearing", 0.8  # "3/19/26, 9:00 a.m., Dept. S-17": a date and hour in a courtroom is a sitting
    tail = before[-40:].lower()  # (cheap word tests first: these end-anchored patterns run for every date)
    if ("after" in tail or "beginning" in tail or "starting" in tail or "earlier" in tail) and ends(_FROM_DAY, before) \
            and found.get("hearing") is None:  # (not "the trial session ... beginning on January 24, 2022")
        return "other", 0.75
    if "continue" in tail and ends(_CONTINUED_END, before) and not _PAPER_DUE.search(before[-80:]):
        return "hearing", 0.8  # "Plaintiff's motion ... is CONTINUED to April 8, 2026 at 1:30 p.m.": its hearing moves
    if "effect" in tail and ends(_TAKES_EFFECT, before):
        return "other", 0.8  # "This amended order shall take effect at 12:01 a.m. on November 15, 2021, and shall remain ..."
    if ("through" in tail or "until" in tail) and ends(_AUTHORITY_THROUGH, before):
        return "expiry", 0.8  # "authorized to use cash collateral ... through November 19, 2005": the authority ends
    if ("expire" in tail or "terminate" in tail or "dissolve" in tail) and ends(_EXPIRES_AT, before):
        return "expiry", 0.85  # "... upon the posting of a bond, and shall expire after ten days": the verb on the date
    if _EXCLUDED_UNTIL.search(before) or EXCLUDABLE_AFTER.match(after):
        return "other", 0.8  # "The speedy trial time is excluded until the ... conference on <date>"
    if found.get("hearing") is not None and (_HOLD_BY.search(f"{before} {after}") or ends(_HEARING_BY, before)):
        return "other", 0.8  # "Settlement conference must be held no later than ...": a deadline, not a setting
    if _TRANSCRIPT_DUE.search(before):
        return "other", 0.8  # the court reporter's transcript, redacted or not: not a party's paper
    if _SERVE_THIS_ORDER.search(before) and not _APPEAR_ON.search(before):  # (not "... on the defendant to appear <date>")
        return "service", 0.85  # "must serve a copy of this Order on defendant and file proof of such service"
    if "cop" in before[-200:].lower() and _COPY_TO_PARTY.search(before[-200:]):
        return "service", 0.8
    if "serve" in after[:100].lower() and _THEN_SERVE.match(after):
        return "service", 0.8
    if _PRESENTENCE.search(f"{before} {after}") and not _ANSWERED.search(f"{before} {after}") or _BY_PROBATION.search(after):
        return "other", 0.8  # probation prepares the presentence report; the parties file objections to it
    if found.get("hearing") is not None and deadline and _only_show_cause(before, after):
        return "filing", 0.85  # "No later than December 17, 2021, the plaintiff SHALL show cause why ..."
    return None


def _weigh(before: str, after: str, found: dict[str, int], deadline: bool, directive: bool,
           relative: bool) -> tuple[str, float]:
    """The nearest kind word decides, after the rules that set some words aside."""
    if found.get("hearing") is not None and (relative or deadline) and len(found) > 1:
        found.pop("hearing")  # "papers due 7 days before the hearing": the hearing is the anchor
    if "meet" in found and "filing" in found:
        # "a joint submission regarding mediation" and "Mediation Questionnaire due" are papers;
        # "Rule 26 conference due by" and "Mediation Due by" are the parties' meeting; "Sanctions are due and
        # payable within 30 days" a payment.
        meeting = re.search(rf"rule\s+26(?:\s*\(f\))?\s+conference|\bmediation\s+due\b|\bpayable\b|{SANCTIONS_DUE}",
                            f"{before} {after}", I)
        found.pop("filing" if meeting and _only_due(before, after) else "meet")
    if "discovery" in found and "filing" in found:
        # "Initial Disclosures due": discovery; "shall file ... expert reports": a filing.
        found.pop("filing" if _only_due(before, after) else "discovery")
    if not found and rows.names_paper(before, after):
        return "filing", 0.8  # a schedule row "Defendants opposition to Plaintiffs motion ...: February 23, 2024"
    if found:
        kind = min(found, key=lambda k: found[k])
        if kind == "hearing":
            return ("hearing", 0.9) if not relative else ("other", 0.6)
        return ("filing", 0.9) if kind == "filing" else ("other", 0.85)
    clause = f"{before} {after}"
    if _CONTINUED_TO.search(before):
        return "hearing", 0.7  # "The MSJ is advanced to March 1, 2023": sittings are moved, papers extended
    if SERVICE.search(clause):
        return "service", 0.85
    if EXPIRY.search(clause):
        return "expiry", 0.85
    return "other", 0.7 if directive else 0.5


def _only_show_cause(before: str, after: str) -> bool:
    """Whether the only sitting word near the date is "show cause" (answered in writing by a deadline)."""
    words = [m.group(0).lower() for m in HEARING.finditer(f"{before} {after}")]
    return bool(words) and all(w.startswith("show") for w in words)


def _only_due(before: str, after: str) -> bool:
    """Whether the only filing word near the date is the bare "due"."""
    words = [m.group(0).lower() for m in FILING.finditer(f"{before} {after}")]
    return all(w.startswith("due") for w in words)


def _nearest(pattern: re.Pattern[str], before: str, after: str) -> int | None:
    """Distance in characters from the mention to the closest match of `pattern`."""
    distances = [len(before) - m.end() for m in pattern.finditer(before)]
    distances += [m.start() for m in pattern.finditer(after)]
    return min(distances) if distances else None
