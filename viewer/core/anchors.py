"""The event a counted period names: "within 14 days after service of this order Respondents shall
answer" counts from "service of this order", and the words after it are the duty, not the anchor."""

from __future__ import annotations

import re

from viewer.core.vocabulary import ORDER_SENT, SITTING_SPELLED

_PARTIES = frozenset("plaintiff plaintiffs defendant defendants respondent respondents petitioner petitioners appellant "
                     "appellants appellee appellees movant movants counsel".split())


_DUTY_VERBS = frozenset("respond file answer reply submit serve show appear object amend pay move comply provide".split())


_JOINS = {"of", "for", "on", "in", "to", "with", "by", "from", "at", "upon", "after", "before", "is", "was", "be", "as"}


def trim_anchor(anchor: str, offset: int) -> tuple[str, int]:
    """The anchor's noun phrase, stopping at the first clause word, and where it ends."""
    # (and a modal: "within 21 days from the date of this Order Respondents shall file ..." names its duty there)
    stops = {"and", "or", "but", "which", "who", "that", "if", "unless", "provided", "the", "to", "shall", "must", "will"}
    kept: list[str] = []
    end = offset
    words = list(re.finditer(r"\S+", anchor))
    for index, word in enumerate(words):
        if index > 1 and word.group(0).lower() == "to" and index + 1 < len(words) \
                and words[index + 1].group(0).lower() in _DUTY_VERBS:
            break  # "sixty days from this decision to respond": the duty, not the anchor
        if index > 1 and word.group(0).lower() == "in" and index + 1 < len(words) \
                and words[index + 1].group(0).lower() == "order":
            break  # "thirty (30) days before the deadline in order to allow the other party time": a purpose
        relative_clause = word.group(0).lower() == "which" and kept and kept[-1].lower() in ("on", "in", "of", "at")
        named = word.group(0).lower() in ("the", "that") and bool(kept) and (kept[-1].lower() in ("of", "with") or (
            kept[-1].lower() == "for" and len(kept) > 1 and kept[-2].lower() in ("date", "day", "time")))  # "the filing
        # of the Amended Complaint", "being served with the attached report", "a copy of that party's objections",
        # "the date for the scheduling conference"
        party = index > 2 and word.group(0).lower().strip(",") in _PARTIES  # "of this order respondent answer ..."
        # (an article right after a noun starts the object: "before the pretrial conference a confidential letter")
        article = index > 1 and word.group(0).lower() in ("a", "an") and kept[-1].lower() not in _JOINS
        if index >= 12 or party or article or index > 2 and word.group(0).lower() in stops and not relative_clause and not named:
            break  # ("the date on which this order is filed" goes on to name its event)
        kept.append(word.group(0).strip(","))
        end = offset + word.end() - (1 if word.group(0).endswith(",") else 0)
        if word.group(0).endswith(","):
            break
    return " ".join(kept), end


# Sittings that scheduling orders name by their initials: "Motions in limine 28 days before FPTC".
_TRIAL_SPAN = re.compile(r"\btrial\s+(?:calendar|term|period|docket)\b", re.I)
_ABBREVIATION = re.compile(rf"\b(?:{'|'.join(SITTING_SPELLED)})\b")


def spelled_out(anchor: str) -> str:
    """The anchor phrase with a sitting's initials spelled out ("28 days before FPTC") and a trial's span read as the
    trial ("the beginning of the trial calendar" is the trial, not calendar call)."""
    return _TRIAL_SPAN.sub("trial", _ABBREVIATION.sub(lambda m: f"{SITTING_SPELLED[m.group(0)]} {m.group(0)}", anchor))


# Anchors no paper dates: a ruling still to come, a later order, a decision becoming final.
# ("60 days after it decides ...", "from the date when discovery is denied by the Magistrate Judge")
COURT_DECIDES = re.compile(r"\b(?:resolution|ruling|decision|disposition|determination)\s+(?:of|on)\b|"
                           r"\b(?:it|the\s+court)\s+(?:decides|rules\s+on|resolves)\b|"
                           r"\bwhen\s+[\w\s]{1,30}?\b(?:is|are)\s+(?:granted|denied)\b", re.I)
# (The anchor phrase may stop at "order on": not "this order on the docket"; "thirty (30) days from the entry of the
# given order": a later one.)
LATER_ORDER = re.compile(r"\b(?:court['\u2019]s|an)\s+(?:order|ruling|decision)\s+"
                         r"(?:on|resolving|deciding|disposing\s+of)\b|"
                         r"\b(?:the\s+given|such|any|a\s+(?:subsequent|further|later))\s+order\b", re.I)
BECOMES_FINAL = re.compile(r"\b(?:becom(?:es|ing)|is|being)\s+final\b", re.I)


# "may object to ... this Order, but are required to file any objections within 14 days of service as provided
# for in Fed. R. Civ. P. 72(a)": the service meant is of this order, which the clerk makes on entry.
_OBJECTING_TO_THIS = re.compile(r"\bobject\w*\b[^.]{0,120}?\bthis\s+(?:order|report|recommendation)\b|"
                                r"\bthis\s+(?:order|report|recommendation)\b[^.]{0,120}?\bobject", re.I)


# "Response to objections must be filed within fourteen (14) days after being served with a copy thereof": a copy of
# the objections (Rule 72(b)(2)), not of this report; nobody knows that day yet.
_RESPONSE_TO_OBJECTIONS = re.compile(r"\brespon\w*\s+to\s+(?:any\s+|the\s+|another\s+party's\s+|such\s+)?objections\b",
                                     re.I)


def copy_of_objections(context: str, phrase: str) -> bool:
    """Whether "a copy thereof" in a response's period is a copy of the objections it answers."""
    return "thereof" in phrase.lower() and bool(_RESPONSE_TO_OBJECTIONS.search(context))


def objection_to_this(context: str, phrase: str) -> bool:
    """Whether a bare "service" anchor in a sentence objecting to this order means this order's service."""
    return bool(re.match(r"service\b(?!\s+of\b)", phrase, re.I)) and bool(_OBJECTING_TO_THIS.search(context))


# "Within forty-five (45) days after such service, Respondent shall file ... an answer", where the docket text says
# "(11 Petition and this Order emailed on 3/26/2024.)": the service meant is that one, with its day.
_BARE_SERVICE = re.compile(r"(?:such|said|the|that)?\s*service(?:\s+of\s+(?:this|the)\s+order)?", re.I)
_ORDER_SENT = re.compile(ORDER_SENT, re.I)


def bare_service(phrase: str) -> bool:
    """Whether an anchor is service with nothing else named: "such service", "service of this Order"."""
    return _BARE_SERVICE.fullmatch(phrase.strip()) is not None


def sends_this_order(context: str, mention: int) -> bool:
    """Whether the words just before a date (at `mention` in `context`) say the clerk sent this order that day."""
    return _ORDER_SENT.search(context, max(0, mention - 60), mention) is not None

