"""Finish the timeline: one event per real event, sanity flags, stable ids, source spans.

The same event is often stated twice (a docket parenthetical restating the order, a signature
line printed twice); it becomes one event that remembers every statement. Nothing is dropped:
doubtful events are flagged and explained instead.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence

from viewer.core.candidates import Candidate
from viewer.core.classify import MODIFIED_TITLE
from viewer.core.clean import CleanText
from viewer.core.kindwords import REPLY
from viewer.core.model import Case, Event, Relative, SourceText
from viewer.core.sameness import parties, same_event, same_sitting, shouts

_QUOTE_LIMIT = 320
# Statements of one kind and day compared with each other: an order has a handful; a run-on text with
# thousands of them would compare every pair (a restatement is looked for among the first ones only).
_WIDEST = 64


_BARE_SITTING = re.compile(r"(?:Hearing|Oral argument)(?: \([^()]*\))?")


def deduplicate(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Fold repeated statements of one event into the first, richest statement."""
    candidates = _absorb_references(_absorb_lead_ins(_absorb_vacated(candidates)))
    kept: list[Candidate] = []
    # Only candidates of one kind, date and recital standing can be one event: compare within those.
    groups: dict[tuple[str, dt.date | None, bool], list[Candidate]] = {}
    verbatim: dict[tuple[object, ...], Candidate] = {}  # the same sentence stated again, word for word
    for c in candidates:
        group = groups.setdefault((c.kind, c.date, c.recital), [])
        key = _verbatim_key(c)
        twin = verbatim[key] if key in verbatim and same_event(verbatim[key], c) else \
            next((k for k in group[:_WIDEST] if same_event(k, c)), None)
        if twin is None:
            kept.append(c)
            group.append(c)
            verbatim.setdefault(key, c)
            continue
        if shouts(twin) and not shouts(c):  # the body's sentence, not the caption, tells the duty
            kept[kept.index(twin)], group[group.index(twin)] = c, c
            twin, c = c, twin
        if c.time and not twin.time:
            twin.time, twin.zone, twin.stated = c.time, c.zone, c.stated
            if _BARE_SITTING.fullmatch(twin.title):  # a calendar's day heading, then the matter's own line and hour
                twin.title = c.title
        twin.confidence = max(twin.confidence, c.confidence)
        twin.also.append(c.stated)
        _carry_doubts(twin, c)
    return kept


_DOUBTS = ("year-corrected", "weekday-mismatch")


def _carry_doubts(twin: Candidate, c: Candidate) -> None:
    """A restatement the order got wrong stays in view: the body's "Thursday, June 20, 2012" (read as 2013) folded into
    the docket text's "June 20, 2013" leaves the event flagged for review, with the body's words and the reading."""
    doubts = [f for f in _DOUBTS if f in c.flags and f not in twin.flags]
    if doubts:
        twin.flags += doubts + ([] if "needs-review" in twin.flags else ["needs-review"])
        twin.computation += [line for line in c.computation if line not in twin.computation]


# "Plaintiff must file by April 18, 2024 either:", "may discharge this Order by filing, no later than
# April 21, 2022:": the paper is named in the list that follows; the date restates the duty stated
# just before.
# ("by January 27, 2014, the following:" names other papers: not a restatement.)
_LIST_AHEAD = re.compile(r",?\s*(?:[\w']+\s+){0,3}either\s*:|\s*:", re.I)


def _leads_a_list(c: Candidate) -> bool:
    at = c.mention - c.start + len(c.stated)
    return c.written is not None and 0 <= at <= len(c.context) and bool(_LIST_AHEAD.match(c.context, at))


def _same_party(lead: Candidate, duty: Candidate) -> bool:
    """Whether the lead-in and the duty name the same party (or either names none)."""
    at = max(0, lead.mention - lead.start)
    owes, owed = parties(lead.context, max(0, at - 80), at + 80), parties(duty.context)
    return not owes or not owed or bool(owes & owed)


def _absorb_lead_ins(candidates: Sequence[Candidate]) -> list[Candidate]:
    """A date that only leads into a list of ways to meet a duty stated the same day is that duty."""
    leads = [_leads_a_list(c) for c in candidates]  # (once each, not once per pair)
    kept = []
    for c, lead in zip(candidates, leads):
        twin = next((o for o, its in zip(candidates, leads) if o is not c and o.date == c.date and not o.recital
                     and o.kind == "filing" and not its and _same_party(c, o)), None) if c.date and not c.recital and lead else None
        if twin is None:
            kept.append(c)
        else:
            twin.also.append(c.stated)
    return kept


# "extension of the November 15, 2021-discovery deadline", "by the current November 15, 2021 deadline":
# the date names a deadline set elsewhere; it is that deadline, not a new one.
# ("Failure To File Pretrial Statement, August 24, 2014, Deadline": a title naming the deadline too.)
_REFERENCE_BEFORE = re.compile(r"(?:\b(?:the|current|existing|original|present|prior|previous)|,)\s+$", re.I)
_REFERENCE_AFTER = re.compile(r"[\s,-]*(?:[\w-]+\s+){0,2}?(?:deadline|cut-?off)\b", re.I)


def _refers(c: Candidate) -> bool:
    at = c.mention - c.start
    end = at + len(c.stated)
    return c.written is not None and 0 <= at <= end <= len(c.context) and bool(
        (at == 0 or _REFERENCE_BEFORE.search(c.context, max(0, at - 12), at)) and _REFERENCE_AFTER.match(c.context, end))


def _absorb_references(candidates: Sequence[Candidate]) -> list[Candidate]:
    """A date that only names a deadline stated elsewhere in the order joins that statement."""
    refers = [_refers(c) for c in candidates]  # (once each, not once per pair)
    kept = []
    for at, c in enumerate(candidates):
        twin = next((o for i, o in enumerate(candidates) if i != at and o.date == c.date and not o.recital
                     and o.kind != "entry" and (i < at or not refers[i])), None) \
            if c.date and not c.recital and refers[at] else None
        if twin is None:
            kept.append(c)
        else:
            twin.also.append(c.stated)
    return kept


def _verbatim_key(c: Candidate) -> tuple[object, ...]:
    rel = c.relative
    spec = (rel.amount, rel.unit, rel.direction, id(c.anchor)) if rel else None
    return (c.kind, c.date, c.recital, c.time, c.title, c.context, spec)


def _absorb_vacated(candidates: Sequence[Candidate]) -> list[Candidate]:
    """A setting the order later strikes or resets is one event: the vacated one."""
    vacated = [c for c in candidates if c.kind == "other" and c.title.endswith("(former setting)") and c.date]
    kept = []
    for c in candidates:
        twin = next((v for v in vacated if c.kind == "hearing" and not c.recital and v.date == c.date
                     and not (v.time and c.time and v.time != c.time)  # reset to a later hour that day
                     and same_sitting(v.title, c.title)), None)
        if twin is None:
            kept.append(c)
            continue
        twin.time = twin.time or c.time
        twin.also.append(c.stated)
    return kept


def lone_conditions(candidates: Sequence[Candidate]) -> None:
    """A period the order states only inside a condition ("If the brief is not filed within 10
    days of this order, the case will be abated") is still the deadline to meet: calendar it,
    flagged, unless the order also sets it as a duty (then the condition only repeats it)."""
    live = {c.date for c in candidates if not c.recital and c.date and c.kind != "entry"}
    for c in candidates:
        if "conditional" in c.flags and c.recital and c.date and c.date not in live:
            c.recital = False
            c.confidence = min(c.confidence, 0.6)
            _flag(c, "needs-review", "The order states this period only as a condition "
                  "('if ... within ...'); it is calendared so the consequence is not missed.")


# "Failure to move for a default judgment by April 4, 2022 may result in dismissal": a warning about the duty set
# that day, not another event (alone, it is the only word of the duty and stays).
_FAILURE_TO = re.compile(r"\s*(?:any\s+|the\s+)?failure\s+(?:of\s+[^,;]{1,40}?\s+|by\s+[^,;]{1,40}?\s+)?to\b", re.I)


def warnings_of_duties(candidates: Sequence[Candidate]) -> None:
    """Make a dated "Failure to ... by <date>" warning history when a duty is set that same day."""
    warning = {id(c) for c in candidates if _FAILURE_TO.match(c.context)}  # (each sentence read once)
    duties = {c.date for c in candidates if not c.recital and c.date and c.kind != "entry" and id(c) not in warning}
    for c in candidates:
        if c.written and not c.recital and c.date in duties and id(c) in warning:
            c.recital = True
            c.computation.append("A warning about the duty set that day, not another event.")


# "***VACATED - AS PER D.E. #33 ORDER*** ORDER: Plaintiff shall file ...": the clerk's banner on a
# docket text the court later vacated; every setting in it is a former one.
_VACATED_BANNER = re.compile(r"\W{0,6}(?:VACATED|WITHDRAWN|STRICKEN|SUPERSEDED)\b")


def vacated_banner(candidates: Sequence[Candidate], text: str) -> None:
    """Turn the settings of a docket text marked vacated into former settings (in place)."""
    if not _VACATED_BANNER.match(text):
        return
    for c in candidates:
        if c.kind != "entry" and not c.recital and c.date and c.title != MODIFIED_TITLE:
            c.kind, c.title = "other", f"{c.title} (former setting)"
            _flag(c, "needs-review", "The docket text is marked vacated: this setting no longer stands.")


def night_sittings(candidates: Sequence[Candidate]) -> None:
    """A hearing "at 12:45 AM" is a slip for the afternoon: courts do not sit before 6 a.m."""
    for c in candidates:
        if c.kind == "hearing" and c.time and c.time.hour < 6 and re.search(r"\d\s*a\.?\s?m\b", c.stated, re.I):
            fixed = dt.time(c.time.hour + 12, c.time.minute)
            _flag(c, "time-corrected", f"The order says {c.time:%H:%M} (a.m.), an hour no court sits; "
                  f"read as {fixed:%H:%M}. Confirm with chambers.")
            c.time = fixed


def sanity_flags(candidates: Sequence[Candidate]) -> None:
    """Flag collapsed sequences and replies due before responses (explain, never drop)."""
    timed = [c for c in candidates if c.date and not c.recital and c.kind == "filing"]
    counted: dict[tuple[int, dt.date | None], list[Candidate]] = {}  # (periods from one anchor to one day, in order:
    for c in timed:  # a run-on text has thousands, and pairing them all was quadratic)
        if c.relative is not None:
            counted.setdefault((id(c.anchor), c.date), []).append(c)
    for group in counted.values():
        for a in group:
            b = next((b for b in group if b is not a and b.relative and a.relative
                      and b.relative.amount != a.relative.amount), None)
            if b is not None and b.relative is not None:
                _flag(a, "collapsed-sequence",
                      f"Lands on the same day as '{b.title}', which the order set "
                      f"{_period(b)} {b.relative.direction}: the order's "
                      "sequence collapses; consider asking the court.")
    replies = [c for c in timed if REPLY.search(c.title)]
    answers = [c for c in timed if re.search(r"\b(?:response|opposition)\b", c.title, re.I)]
    for reply in replies:
        for answer in answers:
            if reply.date and answer.date and reply.date == answer.date and reply is not answer:
                _flag(reply, "collapsed-sequence",
                      f"Due the same day as the response it replies to ({answer.date}): check the order.")
            if reply.date and answer.date and reply.date < answer.date:
                _flag(reply, "sequence-inverted",
                      f"Due before the response it replies to ({answer.date}): check the order.")


def _period(c: Candidate) -> str:
    assert c.relative is not None
    unit = c.relative.unit.replace("_", " ")
    return f"{c.relative.amount} {unit[:-1] if c.relative.amount == 1 else unit}"


def _flag(c: Candidate, flag: str, why: str) -> None:
    if flag not in c.flags:
        c.flags += [flag, "needs-review"] if "needs-review" not in c.flags else [flag]
        c.computation.append(why)


def to_events(candidates: Sequence[Candidate], cleaned: CleanText, source: SourceText,
              case: Case, sha256: str) -> tuple[Event, ...]:
    """Events in calendar order, each with a stable id and its place in the source."""
    ids: dict[int, str] = {}
    taken: set[str] = set()
    for c in candidates:
        ids[id(c)] = _unique(_event_id(sha256, c), taken)
        taken.add(ids[id(c)])
    events = [_event(c, ids, cleaned, source, case) for c in candidates]
    return tuple(sorted(events, key=_order))


def _order(e: Event) -> tuple[dt.date, dt.time, int]:
    return (e.date or dt.date.max, e.time or dt.time(0, 0), e.start)


def _event_id(sha256: str, c: Candidate) -> str:
    rel = c.relative
    key = "|".join([sha256, c.kind, " ".join(c.stated.lower().split()), str(c.start),
                    f"{rel.amount}{rel.unit}{rel.direction}" if rel else ""])
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def _unique(candidate: str, taken: set[str]) -> str:
    n, out = 1, candidate
    while out in taken:
        n, out = n + 1, f"{candidate}-{n}"
    return out


def _event(c: Candidate, ids: dict[int, str], cleaned: CleanText, source: SourceText,
           case: Case) -> Event:
    start, end = c.source_span or cleaned.source_span(*_quote_window(c, cleaned.text))
    mention = c.source_span[0] if c.source_span else cleaned.source_span(c.mention, c.mention + 1)[0]
    relative = None
    if c.relative is not None:
        anchor = ids.get(id(c.anchor), c.relative.anchor) if c.anchor else c.relative.anchor
        relative = Relative(c.relative.amount, c.relative.unit, c.relative.direction,  # type: ignore[arg-type]
                            anchor)
    return Event(
        id=ids[id(c)], kind=c.kind, title=" ".join(c.title.split()).rstrip(" :") or c.title, date=c.date, time=c.time,
        timezone=c.zone or case.timezone, stated=" ".join(c.stated.split()), relative=relative,
        computation=_sentences(c.computation), quote=" ".join(source.text[start:end].split()),
        page=source.page_at(mention), start=start, end=end, confidence=round(c.confidence, 2),
        flags=tuple(dict.fromkeys(c.flags)), recital=c.recital, boxes=source.boxes(start, end))


def _sentences(parts: list[str]) -> str:
    """Join computation steps as sentences, each ending with a stop."""
    return " ".join(p if p.rstrip().endswith((".", ")", "?")) else f"{p.rstrip()}." for p in parts if p)


def _quote_window(c: Candidate, text: str) -> tuple[int, int]:
    """The sentence, or a window of it around the mention when the sentence is long."""
    if c.end - c.start <= _QUOTE_LIMIT:
        return c.start, c.end
    half = _QUOTE_LIMIT // 2
    start = max(c.start, c.mention - half)
    end = min(c.end, c.mention + half)
    if start > c.start:
        start = text.find(" ", start) + 1 or start
    if end < c.end:
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    return start, end
