"""Give every candidate its date: years, year typos, anchors of relative periods, TRO expiry.

Order of work matters: the order's own entry date is found first (it decides missing years
and exposes year typos), then written dates, then periods counted from them.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from functools import cached_property

from viewer.core import courtdays, dayhours
from viewer.core.candidates import Candidate
from viewer.core.acts import ACT_OF, PAPERS_ACT
from viewer.core.anchors import (BECOMES_FINAL, COURT_DECIDES, LATER_ORDER, bare_service, copy_of_objections,
                                  objection_to_this, sends_this_order, spelled_out)
from viewer.core.contentwords import words
from viewer.core.courtdays import HolidayCalendar
from viewer.core.fastre import guarded
from viewer.core.kindwords import PARTY_DUTY, REPLY
from viewer.core.match import ON_THE_DAY, PREVIOUS, PREVIOUS_NEAR, THIS_ORDER
from viewer.core.vocabulary import TAKES_EFFECT_WORDS

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ANCHOR_ENTRY = guarded(r"\b(?:entry|entered|this\s+(?:order|filing|notice|docket\s+entry|decision|ruling|opinion|memorandum|disposition)|date\s+(?:hereof|of\s+this)|"
                           r"issuance(?!\s+of\s+(?!(?:this|the)\s+(?:per\s+curiam\s+)?order\b))|"  # (not "of the summonses")
                           r"the\s+date\s+this|this\s+date|today(?:'s\s+date)?|signing|the\s+court's\s+(?:order|opinion)$)\b", re.I)
# ("within sixty days of the court's order", the phrase ending there, is this order.)
_ANCHOR_SERVICE = guarded(r"\b(?:service|served|being\s+served|receipt|receiv\w+|notice)\b", re.I)
_ANCHOR_HEARING = guarded(r"\b(?:hearing|argument|conference|(?:tele|video)-?conference|(?<!-)trial(?!\s+order)|sentencing|appearance|proceeding|"
                             r"arraignment|calendar\s+call|pre-?trial$)\b", re.I)  # ("the scheduled pretrial")
# Words that say nothing about which event is meant: parties, courts, deadlines in general.
# Receiving this order, or being served with it: the clerk's electronic notice goes out on entry.
# ("after being served with a copy" of a report and recommendation; not "service of this Order",
# which in a TRO is the plaintiff's service on the defendants.)
_RECEIPT_OF_ORDER = guarded(r"\b(?:receiv\w*|receipt\s+of)\s+(?:of\s+)?(?:(?:this|the)\s+order|this\s+notice)\b|"
                            # ("a copy" alone, or of this order or report: not "a copy of that party's objections")
                            r"\bserved\s+with\s+(?:a\s+copy\b(?!\s+of\s+(?!(?:this|these|the)\s+(?:order|report|findings|"
                            r"recommendation)))|(?:this|these|the)\s+(?:attached\s+|foregoing\s+)?(?:report|findings|"
                            r"recommendation))|\bservice\s+of\s+(?:this|these|the)\s+(?:attached\s+|foregoing\s+)?(?:report|findings|"
                            r"recommendation)", re.I)  # ("14 days after being served with the attached report")
def describe(day: dt.date) -> str:
    """"Friday 2025-01-10"."""
    return f"{WEEKDAYS[day.weekday()]} {day.isoformat()}"


_OWN_NAME = re.compile(r"(?:^|\n)\s*(?-i:This)\s+((?-i:[A-Z][a-z]+)(?:\s+(?:of|and|on|for|(?-i:[A-Z][a-z]+))){0,5})\s+(?-i:[a-z])|"
                       r"(?:^|\n)\s*((?-i:[A-Z]{3,})(?:\s+(?-i:OF|AND|ON|FOR|[A-Z]{2,})){1,5})"
                       r"(?=\s+(?-i:[A-Z][a-z])|[ \t]*\n)")  # (a head on its own line: "DECISION OF DISMISSAL")
_DATE_OF_PAPER = re.compile(r"\bdate\s*of\s+(?:the|this)\s*((?-i:[A-Z])[\w\s]{2,60})$", re.I)


_ORDER_SERVED = guarded(r"\b(?:serve|mail|send|deliver)\s+(?:a\s+)?(?:(?:true\s+)?cop(?:y|ies)\s+of\s+)?(?:this|the|said)\s+order\b"
                        r"[^.]{0,80}?\b(?:on|upon)\b|\bto\s+serve\s+(?:documents|process)\b|"
                        r"\bservice\s+of\s+(?:this|the)\s+order\s+(?:on|upon)\b", re.I)
# (E.D. Cal.'s formula "within 14 days of the date of service of this order": the clerk's service, as labelling rule 2
# reads it; the older sets label a bare "from the service of this order" undated)
_SERVICE_OF_THIS = guarded(r"\bdate\s+of\s+service\s+of\s+(?:this|the)\s+order\b", re.I)


class AnchorPool:
    """Every candidate in text order, so the ones near a period are found by binary search."""

    def __init__(self, candidates: list[Candidate], text: str = "") -> None:
        head = text[:3000]  # (the head: what the paper is)
        self.text = text
        self.items = sorted(candidates, key=lambda o: o.mention)
        filed = _FILED_HERE.search(head[:400])
        self.filed_here = filed.group(1).lower() if filed else None
        self.mentions = [o.mention for o in self.items]
        self.ruled_at = dayhours.ruling_sitting(self.items, head)
        self._words: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self._leads: dict[int, frozenset[str]] = {}
        # What the paper calls itself: "This Final Decision of Dismissal incorporates ...", a head "DECISION OF
        # DISMISSAL": "within 60 days after the date of the Final Decision of Dismissal" counts from its entry.
        own = _OWN_NAME.search(head[:600])
        self.own_name = words(next(g for g in own.groups() if g)) if own else frozenset()

    @cached_property
    def serves_order(self) -> bool:
        """Whether someone is told to serve this order ("Plaintiff shall serve a copy of this Order on Defendants",
        "ORDER DIRECTING CLERK OF COURT TO SERVE DOCUMENTS ON ATTORNEY GENERAL"): then "service of this order" is
        that service; otherwise it is the clerk's notice on entry (labelling rule 2). Read once, and only for an
        order that counts from "the date of service of this order": most never do."""
        return bool(_ORDER_SERVED.search(self.text))

    def words_of(self, o: Candidate) -> tuple[frozenset[str], frozenset[str]]:
        """The content words of a candidate's title and context, worked out once per candidate:
        in a long order every period weighs the same nearby candidates again."""
        found = self._words.get(id(o))
        if found is None:
            found = self._words[id(o)] = (words(o.title), words(o.context))
        return found

    def lead_of(self, o: Candidate) -> frozenset[str]:
        """The content words just before a candidate's date, once per candidate (a run-on "sentence" holds
        thousands of dates, each weighed by every period in it)."""
        found = self._leads.get(id(o))
        if found is None:
            at = max(0, o.mention - o.start)
            found = self._leads[id(o)] = words(o.context[max(0, at - _OWN_REACH):at])
        return found

    def around(self, c: Candidate, reach: int | None = None) -> list[Candidate]:
        """Live candidates other than `c` within `reach` characters of it (all when None)."""
        lo, hi = 0, len(self.items)
        if reach is not None:
            lo = bisect_left(self.mentions, c.mention - reach)
            hi = bisect_right(self.mentions, c.mention + reach)
        return [o for o in self.items[lo:hi] if o is not c and not o.recital and o.restated_by is None]




def find_anchor(c: Candidate, pool: AnchorPool) -> Candidate | str | None:
    """The event a period counts from: a candidate, "service"/"entry" words, or None."""
    assert c.relative is not None
    if c.anchor is not None:  # the period named its own date: "60 days after 5/24/2021"
        return c.anchor
    phrase = spelled_out(c.relative.anchor)
    near = pool.around(c, _NEAR)
    found = _anchor_among(c, phrase, near, pool)
    if found is None and len(near) < len(pool.items) - 1:  # a long document: look further away too
        found = _anchor_among(c, phrase, pool.around(c), pool)
    return found


# "NOTICE OF FILING OF OFFICIAL TRANSCRIPT ... 7 calendar days from the filing of the transcript":
# the paper a notice of filing files is filed when the notice is entered.
_FILED_HERE = re.compile(r"\bnotice\s+of\s+(?:the\s+)?filing\s+of\s+(?:an?\s+|the\s+)?(?:official\s+)?(\w+)", re.I)


# Anchors are looked for within about ten pages first: in a long filing the hearing that
# "the hearing" means is the one nearby, and scanning every candidate is quadratic.
_NEAR = 30_000


# A standing rule for papers still to come: "responses to all motions in this case shall be filed within seven days".
_EACH_MOTION = re.compile(r"\b(?:responses?|repl(?:y|ies)|oppositions?|objections?)\s+to\s+(?:all|any|each|every)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:motions?|objections?|responses?)\b", re.I)


def _anchor_among(c: Candidate, phrase: str, others: list[Candidate], pool: AnchorPool) -> Candidate | str | None:
    if phrase == PREVIOUS_NEAR:  # only a date in the same breath: "March 8, 2012, with ... in advance"
        near = [o for o in others if o.written and 0 < c.mention - o.mention <= 100]
        if near:
            return max(near, key=lambda o: o.mention)
        # ... or the sitting the sentence names, set earlier: "The telephone conference will be cancelled if all
        # forms are submitted twenty-four hours in advance."
        # (Named closely enough to tell which: two words shared with its title, not just "the noticed hearing".)
        at = max(0, c.mention - c.start)  # (the sentence up to the period, near it only: run-on text is long)
        named = list(re.finditer(r"(?:[\w-]+\s+){0,2}" + _ANCHOR_HEARING.pattern, c.context[max(0, at - 400):at], re.I))
        sitting = named[-1] if named else None
        wanted = words(sitting.group(0)) if sitting else frozenset()
        earlier = [o for o in others if o.kind == "hearing" and o.date and o.mention < c.mention
                   and len(wanted & pool.words_of(o)[0]) >= 2]
        return _best(sitting.group(0), earlier, pool) if sitting and earlier else None
    if phrase == PREVIOUS:
        earlier = [o for o in others if o.mention < c.mention and o.kind != "entry"
                   and (o.written or o.relative)]
        return max(earlier, key=lambda o: o.mention) if earlier else None
    if phrase == THIS_ORDER and _EACH_MOTION.search(c.context, max(0, c.mention - c.start - 120), c.mention - c.start):
        return None  # "responses to all motions in this case shall be filed within seven days": from each motion
    if phrase == THIS_ORDER and REPLY.search(c.title):  # "Plaintiffs' response shall be filed within 10 days
        # thereafter; Defendants' reply, if any, shall be filed within 5 days": from the response
        answered = [o for o in others if o.relative and o.start == c.start and o.mention < c.mention
                    and _ANSWERING.search(o.context, max(0, o.mention - o.start - 60), o.mention - o.start)]
        if answered:
            return max(answered, key=lambda o: o.mention)
    if _THIS_TITLED.search(phrase):  # "ten (10) days from the date of this Scheduling Conference Report and Order"
        return _entry_among(others) or "entry"
    if _ANCHOR_HEARING.search(phrase) and not PAPERS_ACT.match(phrase):
        hearings = [o for o in others if o.kind == "hearing"]
        if re.search(r"\bnext\b", phrase, re.I):  # "the next scheduled hearing": the first one ahead
            return _next_hearing(hearings, _entry_among(others))
        # (a duty still to come counts from a sitting still to come: not one this order moves away, "the conference
        # scheduled for December 9, 2021 at 10:00 AM is ADJOURNED to January 4, 2022")
        moved = {o.date for o in others if o.kind == "other" and o.title.endswith("(former setting)")}
        live = [o for o in hearings if not o.recital and o.date not in moved] if not c.recital else []
        reset = [o for o in live if o.date and _MOVED_TO.search(o.context)] if _NEW_SITTING.search(phrase) else []
        if reset:  # "Prior to the new hearing": the sitting this order moves the matter to
            return max(reset, key=lambda o: o.date or dt.date.min)
        return _best(phrase, live, pool, c) or _best(phrase, hearings, pool, c) or None
    paper = _DATE_OF_PAPER.search(phrase) if pool.own_name else None
    if paper and words(paper.group(1)) and words(paper.group(1)) <= pool.own_name:
        return _entry_among(others) or "entry"  # "the date of the Final Decision of Dismissal": this paper
    if (_RECEIPT_OF_ORDER.search(phrase) and not copy_of_objections(c.context, phrase)) \
            or objection_to_this(c.context, phrase):  # electronic notice reaches counsel on entry
        return _entry_among(others) or "service"
    if _SERVICE_OF_THIS.search(phrase) and not pool.serves_order:  # "within 14 days of the date of service of this order"
        return _entry_among(others) or "entry"
    if BECOMES_FINAL.search(phrase):  # "within 30 days of this opinion becoming final": a day no paper states
        return None
    entry, service = _ANCHOR_ENTRY.search(phrase), _ANCHOR_SERVICE.search(phrase)
    # "service of this Order" counts from service; "entry and service of this order" from entry.
    if service and (not entry or service.start() < entry.start()):
        sent = next((o for o in others if o.kind == "service" and o.written and not o.recital
                     and sends_this_order(o.context, o.mention - o.start)), None) if bare_service(phrase) else None
        return sent or "service"
    if entry and LATER_ORDER.search(phrase):
        return None  # "15 days following entry on the docket of Court's order on the motion to transfer": not yet made
    if entry:
        return _entry_among(others, docketed=bool(_DOCKET_ENTRY.search(phrase))) or pool.ruled_at or "entry"
    if pool.filed_here and ACT_OF.search(phrase) and pool.filed_here in phrase.lower().split():
        return _entry_among(others) or "entry"  # the paper this notice files is filed with it
    if COURT_DECIDES.search(phrase) or _ANY_CASE.match(phrase):  # "30 days after resolution of dispositive motions":
        # not the motions' deadline; "within 150 days of filing a case": each case's own day
        return None
    # ("30 days after a supplemental clerk's record is filed" counts from a paper's filing: not from the day an appeal
    # is reinstated, whose sentence names that filing too)
    if _BARE_DEADLINE.fullmatch(phrase) and c.relative and c.relative.amount and PARTY_DUTY.search(c.context):
        # "The serving party ... must serve his/her discovery requests at least thirty (30) days before the deadline":
        # the one just set
        earlier = [o for o in others if o.mention < c.mention and o.kind in ("filing", "other")
                   and (o.written or o.relative)]
        return max(earlier, key=lambda o: o.mention) if earlier else None
    act = ACT_OF.search(phrase)
    papers = ("filing", "service") if act else ("filing", "other", "service", "expiry")
    # ("14 days before the mediation" counts from a sitting; "after the delivery of the transcript of the hearing" does not)
    return _best(phrase, [o for o in others if o.kind in papers], pool, c) \
        or (None if act else _best(phrase, [o for o in others if o.kind == "hearing"], pool, c))


def _next_hearing(hearings: list[Candidate], entry: Candidate | None) -> Candidate | None:
    ahead = [h for h in hearings if h.date and (entry is None or entry.date is None or h.date > entry.date)]
    return min(ahead, key=lambda h: h.date or dt.date.max) if ahead else None


def _entry_among(others: list[Candidate], docketed: bool = False) -> Candidate | None:
    """The order's own (earliest) dated entry among the candidates, if any; for "after the entry of
    this order", the docket's entry stamp when the order also has a signing date."""
    entries = [o for o in others if o.kind == "entry" and o.date]
    stamped = [o for o in entries if o.title.startswith("Entered")] if docketed else []
    return min(stamped or entries, key=lambda o: o.date or dt.date.max) if entries else None


_BARE_DEADLINE = re.compile(r"\s*(?:the|that|this|such)\s+(?:deadline|cut-?off(?:\s+date)?)\s*", re.I)
# ("within 150 days of filing a case"; "WITHIN TEN DAYS OF ANY INITIAL PUBLIC OFFERING": each one's own day)
_ANY_CASE = re.compile(r"(?:the\s+)?(?:filing|service|commencement)\s+(?:of\s+)?(?:a|an|any|each|every)\s|"
                       r"(?:any|each|every)\s", re.I)
_ANSWERING = re.compile(r"\b(?:responses?|oppositions?|answers?)\b", re.I)
_THIS_TITLED = re.compile(r"\bthis\s+(?:(?-i:[A-Z])[\w-]*\s+){1,5}(?-i:Order|Report|Opinion|Memorandum|Decision|Ruling)\b")
_NEW_SITTING = re.compile(r"\b(?:new|continued|rescheduled|reset)\s+(?:[\w-]+\s+)?(?:hearing|conference|trial|date)\b", re.I)
_MOVED_TO = re.compile(r"\b(?:continu\w*|re-?set|reschedul\w*|adjourn\w*|moved)\s+(?:[\w\s]{0,60}?\s)?(?:to|until)\b", re.I)
_DOCKET_ENTRY = re.compile(r"\bentry\s+of\s+(?:this|the)\s+order\b|\bentered\b", re.I)


def _best(phrase: str, options: list[Candidate], pool: AnchorPool, counted: Candidate | None = None) -> Candidate | None:
    """The option whose title and quote share most words with the anchor phrase."""
    wanted = words(phrase)
    if "complet" in wanted and "motion" not in wanted:  # "thirty days after the discovery cut-off": an end, not the
        options = [o for o in options if "motion" not in pool.words_of(o)[0]]  # "Motion for discovery due"
    # Ties go to the surer event, then to one with a set time ("August 27, 2004, from 10:00 a.m."),
    # then to the later statement (an order restating an old setting first, then setting the new).
    scored = []
    for i, o in enumerate(options):
        title, context = pool.words_of(o)
        if counted is not None and o.start == counted.start:  # a date in the period's own sentence: its words up to
            context = pool.lead_of(o)  # the date (the rest holds the anchor phrase itself)
        scored.append((len(wanted & title) * 2 + len(wanted & context), o.confidence, o.time is not None, i, o))
    scored = [s for s in scored if s[0] > 0 or len(options) == 1 and _ANCHOR_HEARING.search(phrase)]
    if not scored:
        return None
    top = max(s[0] for s in scored)
    tied = [s for s in scored if s[0] == top]
    if len(tied) > 1:  # dates of one sentence share its words: the words just before each date tell them apart
        # ("the brief is anticipated to be filed by April 3, 2024, an extension ... is granted to December 1, 2023":
        # "60 days before the anticipated filing date" counts from April 3)
        # (after the surer event and a set time: a docket's "(Joint Proposed Pretrial Order due by 10/21/2013)"
        # restates the setting "by October 21, 2013, at 12:00 p.m.", whose hour counts)
        return max(tied, key=lambda s: (s[1], s[2], len(wanted & _lead_words(s[4])), s[3]))[4]
    return tied[0][4]


_LEAD = 60  # how far before its date an option's own words are read to break a tie
_OWN_REACH = 400  # how far before its date an option sharing the period's sentence is read


def _lead_words(o: Candidate) -> frozenset[str]:
    at = max(0, o.mention - o.start)
    return words(o.context[max(0, at - _LEAD):at])


def count_from(c: Candidate, anchor: Candidate, calendar: HolidayCalendar) -> None:
    """Date a relative candidate from its anchor's date under Rule 6(a)."""
    assert c.relative is not None and anchor.date is not None
    rel = c.relative
    label = anchor.title[:1].lower() + anchor.title[1:]
    if "recurring" in c.flags and anchor.kind != "entry":
        # "due by 10/11/2010, and every 28 days thereafter": the same duty again (but "a status report
        # every 60 days from the date of this order" is no repeat of the order)
        c.kind, c.title = anchor.kind, f"{anchor.title} (repeats every {rel.amount} {rel.unit})"
    if rel.amount == 1 and re.match(r"tomorrow", rel.stated, re.I):  # "tomorrow's sentencing hearing": a sitting,
        c.date = anchor.date + dt.timedelta(days=1)  # the next calendar day, never rolled
        c.computation.append(f"The day after the {label} ({describe(anchor.date)}): {describe(c.date)}.")
        return
    if rel.amount == 0:
        whole_day = ON_THE_DAY.match(rel.stated)  # "on the day of sentencing"
        c.date, c.time = anchor.date, c.time or (None if whole_day else anchor.time)
        c.computation.append(f"Same day as the {label} ({describe(anchor.date)})" + (
            f", by {anchor.time:%H:%M}" if anchor.time and rel.direction == "before" else "") + ".")
        return
    if rel.unit == "hours":
        start = dt.datetime.combine(anchor.date, anchor.time or dt.time(0, 0))
        moment, result = courtdays.count_hours(start, rel.amount, rel.direction, calendar,
                                               trigger_label=label)
        c.date, c.time = moment.date(), moment.time()
        if anchor.time is None:  # the day is certain for whole days of hours; the hour is not
            c.time = None
            c.flags.append("anchor-time-unknown")
            c.computation.append(f"The order does not say at what time the {label} happened: "
                                 "the period ends at that same clock time on the day shown.")
            if rel.amount % 24:
                c.flags.append("needs-review")
    else:
        result = courtdays.count_period(anchor.date, rel.amount, rel.unit, rel.direction, calendar,
                                        trigger_label=label)
        c.date = result.date
    c.computation.append(result.explain())
    c.flags += [f for f in result.flags if f not in c.flags]
    if (c.kind == "expiry" or _takes_effect(c)) and "rolled" in c.flags and rel.unit in ("days", "calendar_days", "weeks"):
        end_unrolled(c, unrolled_last_day(anchor.date, rel.amount, rel.unit, rel.direction))
    if anchor.kind == "filing" and not anchor.recital and rel.direction == "after" and (anchor.relative is None or re.search(
            r"\b(?:is|are)\s+(?:filed|served)|\bfiling\s+of\b|\bservice\s+of\b", c.context, re.I)):
        c.flags.append("anchor-is-deadline")  # "3 weeks after the amended complaint is filed"
        c.computation.append(f"The order counts from when the {anchor.title[:1].lower()}{anchor.title[1:]} "
                             "is actually filed; this is the latest date, counted from its deadline. "
                             "If it is filed earlier, enter that date.")
    if anchor.kind == "entry" and (_RECEIPT_OF_ORDER.search(rel.anchor) or objection_to_this(c.context, rel.anchor)):
        c.flags += ["anchor-assumed", "needs-review"]
        c.computation.append("Counted from the order's entry, assuming it was received that day "
                             "(electronic notice); enter the actual receipt date if it differs.")
    if rel.anchor == THIS_ORDER:
        c.flags.append("anchor-implied")
        source = "the order's own date" if anchor.kind == "entry" else f"the {label} it follows"
        c.computation.append(f"The order names no starting event; counted from {source}.")
    if result.alternative:
        c.computation.append(f"Other reading: {describe(result.alternative)}.")


# "These rules shall become effective thirty (30) days after publication": a change of state, like a stay's end.
_TAKES_EFFECT_IN = re.compile(rf"\b(?:{TAKES_EFFECT_WORDS})\s*$", re.I)


def _takes_effect(c: Candidate) -> bool:
    at = max(0, c.mention - c.start)
    return bool(_TAKES_EFFECT_IN.search(c.context[max(0, at - 30):at]))


def unrolled_last_day(trigger: dt.date, amount: int, unit: str, direction: str) -> dt.date:
    """The last day of a period in days or weeks, before any weekend or holiday roll."""
    days = amount * (7 if unit == "weeks" else 1)
    return trigger + dt.timedelta(days=days if direction == "after" else -days)


def end_unrolled(c: Candidate, last: dt.date) -> None:
    """A stay, remand or restraint ends on its last day; the weekend roll is the other reading.

    Rule 6(a)(1)(C) carries a last day to act past a weekend; whether it also stretches a period
    that simply ends is not settled, so the earlier (safer) day is shown and the later one named.
    """
    assert c.date is not None
    c.computation.append(unrolled_note(last, c.date))
    c.date = last
    c.flags = [f for f in c.flags if f != "rolled"] + ["readings-differ"]


def unrolled_note(last: dt.date, rolled: dt.date) -> str:
    return (f"A period that ends something (a stay, a remand, a restraint) or puts rules in effect is shown "
            f"ending on its last day, {describe(last)}; read as a deadline to act, Rule 6(a)(1)(C) would carry it to "
            f"{describe(rolled)}.")


def counts_from_filing(c: Candidate, anchor: Candidate) -> bool:
    """Whether the period runs from the act of filing a paper whose deadline is `anchor`."""
    assert c.relative is not None
    return anchor.kind == "filing" and bool(ACT_OF.search(c.relative.anchor))


def from_filing(c: Candidate, anchor: Candidate, calendar: HolidayCalendar) -> None:
    """Undated (the filing day is unknown), with the date it has if the paper comes on its last day."""
    latest = Candidate(c.kind, c.title, c.start, c.end, c.mention, c.stated, c.paragraph, relative=c.relative)
    count_from(latest, anchor, calendar)
    undated_anchor(c, c.relative.anchor if c.relative else None)
    if latest.date and anchor.date:
        c.computation.append(f"If {c.relative.anchor if c.relative else 'it'} comes on its last day "
                             f"({describe(anchor.date)}), this falls on {describe(latest.date)}.")


def undated_anchor(c: Candidate, anchor: "Candidate | str | None") -> None:
    """A period whose anchor has no date in the order (service, receipt of notice, ...)."""
    assert c.relative is not None
    c.date = None
    c.flags += ["anchor-undated", "needs-review"]
    c.confidence = min(c.confidence, 0.6)
    what = anchor if isinstance(anchor, str) else c.relative.anchor
    c.computation.append(f"Counts {c.relative.amount} {c.relative.unit.replace('_', ' ')} "
                         f"{c.relative.direction} {what}; the order does not date it. "
                         "Enter that date to compute the deadline.")
