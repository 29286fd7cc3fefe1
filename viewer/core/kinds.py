"""Which kind of event a date's clause states: a sitting, a paper, a cut-off, service or an expiry.

The kind words (kindwords.py) are weighed by their distance from the date; a few constructions
(kindrules.py) decide the kind whatever word stands nearest ("is CONTINUED to", "in Dept. S-17",
"shall expire after ten days"). classify.py asks this for every dated and counted mention.
"""

from __future__ import annotations

import re

from viewer.core import rows
from viewer.core.fastre import ORIGINALS, guarded
from viewer.core.kindrules import CONTINUED_TO, special_kind
from viewer.core.kindwords import DISCOVERY, EXPIRY, FILING, HEARING, MEET, PAYMENT_DUE, SERVICE

I = re.IGNORECASE

_BY_THIS_DATE = guarded(r"\b(?:by|on\s+or\s+before|no\s+later\s+than)\s+this\s+date\b", I)
DEADLINE_LEAD = guarded(r"(?:\bby|on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|\bNLT|"
                           r"\bbefore|\buntil|\bevent\s+later\s+than|\bdue(?:\s+by|\s+on)?|\bextended\s+(?:to|through)|\bto\s+and\s+including)\s*(?:\w+,?\s+)?$", I)
# "the Court extends the time for plaintiffs to file a response to the Order to Show Cause ... to May 1, 2017": a
# time extended to a day is a deadline, though the lead is a bare "to".
# (and a party's own time: "the Court sua sponte extends defense counsel's time to March 16, 2022, to comply")
_TIME_EXTENDED_TO = guarded(r"\bextend(?:s|ed)?\s+(?:the\s+|(?:[\w-]+\s+)?[\w-]+['\u2019]s?\s+)?time\s+"
                            r"(?:(?:for|to|within\s+which)\b[^.;]{0,200}?\s)?to\s*$", I)
_KIND_WORDS = (("hearing", HEARING), ("filing", FILING), ("discovery", DISCOVERY), ("meet", MEET))
_KIND_WORDS_LOWER = tuple((kind, guarded(ORIGINALS.get(p.pattern, p.pattern), p.flags & ~re.IGNORECASE))
                          for kind, p in _KIND_WORDS)


def kind_of(before: str, after: str, directive: bool, relative: bool = False) -> tuple[str, float]:
    """The kind whose words stand nearest the date; deadline words favour papers over sittings."""
    found = _kind_words(before, after)
    if ", after which" in after:  # ("appear ... for argument ... on November 14, 1986 at 9:30 a.m., after which the
        # Magistrate will submit a Memorandum Opinion": what follows is another event, unless nothing else names one)
        own = after.split(", after which", 1)[0]
        if own_words := _kind_words(before, own):
            after, found = own, own_words
    # ("All motions in limine must be filed by this date and noted ... before the pretrial conference | 6/10/2024")
    extended = before.endswith("to ") and bool(_TIME_EXTENDED_TO.search(before[-300:]))
    deadline = bool(DEADLINE_LEAD.search(before)) or relative or bool(_BY_THIS_DATE.search(before)) or extended
    if extended and not found:
        return "filing", 0.7  # a party's time extended, nothing else named: the time to file its paper
    return special_kind(before, after, found, deadline) or _weigh(before, after, found, deadline, directive, relative)


def _kind_words(before: str, after: str) -> dict[str, int]:
    """Each kind's nearest word to the date, as a distance in characters (kinds with no word left out)."""
    low_before, low_after = before.lower(), after.lower()
    if len(low_before) == len(before) and len(low_after) == len(after):  # same offsets: scan in lower case
        near = {kind: _nearest(pattern, low_before, low_after) for kind, pattern in _KIND_WORDS_LOWER}
    else:
        near = {kind: _nearest(pattern, before, after) for kind, pattern in _KIND_WORDS}
    return {k: d for k, d in near.items() if d is not None}


def _weigh(before: str, after: str, found: dict[str, int], deadline: bool, directive: bool,
           relative: bool) -> tuple[str, float]:
    """The nearest kind word decides, after the rules that set some words aside."""
    if found.get("hearing") is not None and (relative or deadline) and len(found) > 1:
        found.pop("hearing")  # "papers due 7 days before the hearing": the hearing is the anchor
    if "meet" in found and "filing" in found:
        # "a joint submission regarding mediation" and "Mediation Questionnaire due" are papers;
        # "Rule 26 conference due by" and "Mediation Due by" are the parties' meeting; "Sanctions are due and
        # payable within 30 days" a payment.
        meeting = re.search(rf"rule\s+26(?:\s*\(f\))?\s+conference|\bmediation\s+due\b|\bpayable\b|{PAYMENT_DUE}",
                            f"{before} {after}", I)
        found.pop("filing" if meeting and _only_due(before, after) else "meet")
    if "discovery" in found and "filing" in found:
        # "Initial Disclosures due": discovery; "shall file ... expert reports": a filing; "Reply due by 1/24/2020,
        # the Second Phase of Discovery shall be completed": the paper named before its own "due".
        found.pop("filing" if _only_due(before, after) and not _PAPER_DUE.search(before[-80:]) else "discovery")
    if not found and rows.names_paper(before, after):
        return "filing", 0.8  # a schedule row "Defendants opposition to Plaintiffs motion ...: February 23, 2024"
    if found:
        kind = min(found, key=lambda k: found[k])
        if kind == "hearing":
            return ("hearing", 0.9) if not relative else ("other", 0.6)
        return ("filing", 0.9) if kind == "filing" else ("other", 0.85)
    clause = f"{before} {after}"
    if CONTINUED_TO.search(before):
        return "hearing", 0.7  # "The MSJ is advanced to March 1, 2023": sittings are moved, papers extended
    if _SCHEDULED_FOR.search(before[-60:]):
        return "hearing", 0.7  # "State v. Cesar Antonio Lira, scheduled for 9:45 a.m. Monday, Sept. 27": a case's sitting
    if SERVICE.search(clause):  # ("... before the hearing, personally upon the chair")
        return "service", 0.85
    if EXPIRY.search(clause):
        return "expiry", 0.85
    return "other", 0.7 if directive else 0.5


_PAPER_DUE = re.compile(r"\b(?:repl(?:y|ies)|oppositions?|motions?|briefs?|memorand\w*)\s+(?:(?:is|are)\s+)?due"
                        r"(?:\s+by|\s+on)?\s*$", I)
_SCHEDULED_FOR = re.compile(r"\b(?:re)?scheduled\s+for\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?,?\s+)?"
                            r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", I)


def _only_due(before: str, after: str) -> bool:
    """Whether the only filing word near the date is the bare "due" (or "deliver": "All expert reports shall be
    delivered on or before January 17, 2025" are handed to the other side, not filed; or a list that a discovery
    verb governs: "The parties shall disclose fact witnesses and exhibit lists on or before January 20, 2017")."""
    words = [" ".join(m.group(0).lower().split()) for m in FILING.finditer(f"{before} {after}")]
    return all(w.startswith(("due", "deliver", "witness list", "exhibit list")) for w in words)


def _nearest(pattern: re.Pattern[str], before: str, after: str) -> int | None:
    """Distance in characters from the mention to the closest match of `pattern`."""
    distances = [len(before) - m.end() for m in pattern.finditer(before)]
    distances += [m.start() for m in pattern.finditer(after)]
    return min(distances) if distances else None
