"""The extraction pipeline: clean → segment → match → classify → resolve → merge.

`extract_timeline` reads like a clerk's checklist, one commented step per stage. It is pure:
the court's zone and holiday calendar come in as arguments, and it never reads the clock.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import replace

from viewer.core import (bulletin, caption, courtdays, dayhours, effective, lists, merge, resolve, restate, sigblock,
                         sittimes, superseded, written)
from viewer.core.candidates import Candidate, Mentions, find_mentions, from_segment
from viewer.core.clean import CleanText, clean
from viewer.core.courtdays import WEEKENDS_ONLY, HolidayCalendar
from viewer.core.fastre import guarded
from viewer.core.match import PREVIOUS, PREVIOUS_NEAR, THIS_ORDER
from viewer.core.model import Case, DocumentInfo, SourceText, Timeline
from viewer.core.papers import split_enumerated, split_papers
from viewer.core.segment import Segment, segment

_CUTOFF_LEAD = guarded(r"\b(?:no\s+later\s+than|not\s+later\s+than|by|before|until)\s*$", re.I)
# "... no later than 4:00 p.m. (Eastern Time) on the dates listed": a cut-off for every date.
_FOR_ALL_DATES = guarded(r"[\s,]*(?:on|by)\s+(?:the|each|such|all)\s+(?:\w+\s+)?(?:dates?|deadlines?)\b", re.I)
_TRO = guarded(r"temporary\s+restraining\s+order", re.I)
# An order headed "TEMPORARY INJUNCTION" (one converting a TRO) has no Rule 65(b)(2) end; a TRO's own heading
# ("... TEMPORARY RESTRAINING ORDER AND ORDER TO SHOW CAUSE RE PRELIMINARY INJUNCTION") keeps the rule.
_INJUNCTION_HEAD = re.compile(r"\b(?:TEMPORARY|PRELIMINARY)\s+INJUNCTION\b")
_TRO_HEAD = re.compile(r"\bTEMPORARY\s+RESTRAINING\s+ORDER\b|\bTRO\b")
# The decretal words; "temporarily" first so a finding ("unless ... restrained") is not taken.
_RESTRAINED = (guarded(r"(?:are|is)\s+(?:hereby\s+)?temporarily\s+(?:restrained|enjoined)(?:\s+and\s+enjoined)?", re.I),
               guarded(r"(?:are|is)\s+(?:hereby\s+)?restrained\s+and\s+enjoined", re.I))


def extract_timeline(source: SourceText, info: DocumentInfo, *, case: Case,
                     calendar: HolidayCalendar = WEEKENDS_ONLY) -> Timeline:
    """Every event the order sets in motion, each with its source and computation."""
    cleaned = clean(source.text)
    sentences = segment(cleaned.text)
    found = find_mentions(cleaned.text)
    candidates = [c for s in sentences for c in from_segment(cleaned.text, s, found)]
    lists.mark_items(candidates, sentences, cleaned.text)  # "the following ... by the indicated dates:"
    candidates = split_papers(candidates)  # "voir dire questions, jury instructions and verdict forms by ...": three
    candidates = split_enumerated(candidates, cleaned.text)  # "the following documents shall be filed: (1) ... (2) ..."
    candidates += dayhours.calendar_hours(candidates, found, cleaned.text)  # "WEDNESDAY, JUNE 11 / 10 a.m. / 11 a.m."
    # The order's own date decides missing years and exposes year typos.
    entry = written.entry_date(candidates)
    if entry is None:
        candidates += _ecf_entry(source.text) or _decided_entry(source.text) or _minute_entry(candidates, cleaned.text) \
            or sigblock.signed_entry(cleaned, candidates)
        entry = written.entry_date(candidates)
    written.demote_weak_entries(candidates, entry)
    written.date_written(candidates, entry, calendar, cleaned.text)
    effective.ahead(candidates, entry, cleaned.text)  # "and effective July 1, 2010, ... Rule 212-4 is amended"
    # (after the dates are checked: the Bulletin comes out on Saturdays, a day no court set)
    bulletin.mark_publication(candidates, cleaned.text)  # "[42 Pa.B. 669] [Saturday, February 4, 2012]"
    restate.link(candidates, cleaned.text)  # "(Response Brief due by 7/26/2017)" is that duty's date
    restate.outer_dates(candidates, cleaned.text)  # "within 120 days and in any event, by September 27": one duty
    warnings = _resolve_periods(candidates, calendar, cleaned.text)
    restate.pair_by_date(candidates, cleaned.text)
    restate.later_of_counts(candidates, cleaned.text)  # "within 10 days of this Order, OR within 10 days of ..."
    candidates = restate.fold(candidates)
    _paragraph_times(candidates, found, sentences, cleaned.text)
    sittimes.hour_of_it(candidates, found, sentences, cleaned.text)  # "The hearing will take place at 9:30 a.m."
    candidates += sittimes.report_times(candidates, found, sentences, cleaned.text)  # "must be present at 8:00 a.m."
    candidates += _tro_expiry(cleaned, candidates, calendar)
    candidates += effective.on_entry(cleaned.text, sentences, candidates)  # "This order is effective upon entry."
    # A recital with no date tells counsel nothing they can calendar.
    candidates = [c for c in candidates if not (c.recital and c.date is None)]
    merge.lone_conditions(candidates)
    merge.warnings_of_duties(candidates)
    merge.night_sittings(candidates)
    merge.vacated_banner(candidates, cleaned.text)
    superseded.mark_superseded(candidates, cleaned.text, entry)
    candidates = merge.deduplicate(restate.fold_summary(restate.fold_clerk_dates(candidates, cleaned.text)))
    merge.sanity_flags(candidates)
    _end_of_day_notes(candidates, case.timezone)
    events = merge.to_events(candidates, cleaned, source, case, info.sha256)
    full_case = replace(case, number=case.number or caption.case_number(cleaned.text),
                        caption=case.caption or caption.caption(cleaned.text))
    return Timeline(info, full_case, events, tuple(warnings + _warnings(events, entry, info)))


_MINUTES = re.compile(r"\s*(?:minute\s+entry|minutes)\b", re.I)
_HELD_ON = re.compile(r"\bheld\s+on:?\s*$", re.I)


def _minute_entry(candidates: list[Candidate], text: str) -> list[Candidate]:
    """A minute entry with no entry stamp is dated by the proceedings it records ("held on 2/2/2018")."""
    if not _MINUTES.match(text):
        return []
    held = next((c for c in candidates if c.written and c.mention < 400
                 and _HELD_ON.search(text, max(0, c.mention - 20), c.mention)), None)
    if held is None:
        return []
    c = Candidate("entry", "Minute entry (dated by the proceedings it records)", held.start, held.end,
                  held.mention, held.stated, held.paragraph, confidence=0.6, written=held.written)
    c.flags.append("needs-review")
    c.computation.append("No entry date is shown: a minute entry is taken as entered the day of the "
                         "proceedings it records. Confirm the docket's entry date.")
    return [c]


def _ecf_entry(raw: str) -> list[Candidate]:
    """With no signed or entered line, the ECF header's "Filed" date is the order's date."""
    return _header_entry(caption.ecf_filed_date(raw), raw, "Order filed (ECF header stamp)", 0.8)


def _decided_entry(raw: str) -> list[Candidate]:
    """With no dating line, a reporter's first line "X v. Y, No. ... (Jan. 13, 1998)" dates the decision."""
    return _header_entry(caption.decided_date(raw), raw, "Decided (reporter's caption line)", 0.75)


def _header_entry(found: tuple[dt.date, int, int] | None, raw: str, title: str, confidence: float) -> list[Candidate]:
    """An entry dated from a header line of the raw text (no written mention in the cleaned text)."""
    if found is None:
        return []
    day, start, end = found
    c = Candidate("entry", title, 0, 0, 0, raw[start:end], -1, confidence=confidence, source_span=(start, end))
    c.date = day
    return [c]


def _paragraph_times(candidates: list[Candidate], found: Mentions, sentences: list[Segment],
                     text: str) -> None:
    """A cut-off stated once for a paragraph ("no later than 4:00 p.m. (Eastern Standard Time)
    on the appropriate dates listed in this paragraph") applies to its untimed filings."""
    mentions = sorted(c.mention for c in candidates if c.written or c.relative)
    time_starts = [t.start for t in found.times]
    by_paragraph: dict[int, list[Candidate]] = {}
    for c in candidates:
        by_paragraph.setdefault(c.paragraph, []).append(c)
    for seg in sentences:
        if seg.paragraph not in by_paragraph:
            continue
        times = found.times[bisect_left(time_starts, seg.start):bisect_left(time_starts, seg.end)]
        has_own = bisect_left(mentions, seg.start) != bisect_left(mentions, seg.end)
        if len(times) != 1 or not _CUTOFF_LEAD.search(text, max(seg.start, times[0].start - 30), times[0].start):
            continue
        if has_own and not _FOR_ALL_DATES.match(text, times[0].end, seg.end):
            continue
        for c in by_paragraph[seg.paragraph]:
            if c.kind == "filing" and c.time is None:
                c.time, c.zone = times[0].time, times[0].zone
                around = " ".join(text[max(seg.start, times[0].start - 40):times[0].end + 50].split())
                c.computation.append(f"Cut-off {times[0].stated} from the same paragraph: '…{around}…'.")


def _resolve_periods(candidates: list[Candidate], calendar: HolidayCalendar, text: str) -> list[str]:
    """Date every counted period from its anchor; anchors may themselves be periods."""
    # (A period stated only in a condition is dated too: it may be the only statement of it.)
    waiting = [c for c in candidates if c.relative and (not c.recital or "conditional" in c.flags)]
    pool = resolve.AnchorPool(candidates, text)
    for _ in range(4):
        for c in list(waiting):
            anchor = resolve.find_anchor(c, pool)
            if isinstance(anchor, Candidate) and _same_start(c, anchor):
                anchor = None  # two periods from one undated event ("75" and "180 days after the order for relief")
            if isinstance(anchor, Candidate) and anchor.date is None and anchor in waiting:
                continue  # its anchor is a period not dated yet: next pass
            waiting.remove(c)
            if isinstance(anchor, Candidate) and anchor.date is not None and resolve.counts_from_filing(c, anchor):
                c.anchor = anchor
                resolve.from_filing(c, anchor, calendar)
            elif isinstance(anchor, Candidate) and anchor.date is not None:
                c.anchor = anchor
                resolve.count_from(c, anchor, calendar)
            else:
                c.anchor = anchor if isinstance(anchor, Candidate) else None
                resolve.undated_anchor(c, anchor)
    return [f"Could not date '{c.stated}': its anchor is circular." for c in waiting]


_MARKERS = (PREVIOUS, PREVIOUS_NEAR, THIS_ORDER)


def _same_start(c: Candidate, anchor: Candidate) -> bool:
    """Whether a period's anchor is another period counted from the very same event."""
    assert c.relative is not None
    if c.relative.anchor in _MARKERS:  # ("7 days thereafter" chains on the period before it)
        return False
    return anchor.relative is not None and " ".join(anchor.relative.anchor.lower().split()) == \
        " ".join(c.relative.anchor.lower().split())


def _tro_expiry(cleaned: CleanText, candidates: list[Candidate],
                calendar: HolidayCalendar) -> list[Candidate]:
    """Rule 65(b)(2): a TRO with no stated end expires 14 days after entry."""
    text = cleaned.text
    restrained = _RESTRAINED[0].search(text) or _RESTRAINED[1].search(text)
    if not (_TRO.search(text[:4000]) and restrained):
        return []
    if _INJUNCTION_HEAD.search(text, 0, 3000) and not _TRO_HEAD.search(text, 0, 3000):
        return []
    if any(c.kind == "expiry" and c.date for c in candidates):
        return []
    entries = [c for c in candidates if c.kind == "entry" and c.date and not c.recital]
    c = Candidate("expiry", "TRO expires under Rule 65(b)(2) unless extended", restrained.start(),
                  restrained.end(), restrained.start(), "no expiry stated", -1, confidence=0.8)
    if not entries:
        c.flags += ["anchor-undated", "needs-review"]
        c.computation.append("Fed. R. Civ. P. 65(b)(2): expires 14 days after entry at most; "
                             "the entry date was not found. Enter it to compute the expiry.")
        return [c]
    entry = min(entries, key=lambda e: e.date)  # type: ignore[arg-type,return-value]
    result = courtdays.tro_expiry(entry.date, calendar)  # type: ignore[arg-type]
    c.date, c.anchor = result.date, entry
    c.computation.append(result.explain())
    c.flags += list(result.flags)
    if "rolled" in c.flags:  # "not to exceed 14 days": the cap's own last day is the safe reading
        resolve.end_unrolled(c, resolve.unrolled_last_day(entry.date, 14, "days", "after"))  # type: ignore[arg-type]
    for hearing in (h for h in candidates if h.kind == "hearing" and h.date and not h.recital):
        if hearing.date > result.date:  # type: ignore[operator]
            c.flags += ["hearing-after-expiry", "needs-review"]
            c.computation.append(f"The hearing ({hearing.date}) comes after this expiry: "
                                 f"move to extend before {result.date}.")
            break
    return [c]


def _end_of_day_notes(candidates: list[Candidate], zone: str) -> None:
    """Rule 6(a)(4): say when the last day ends for filings with no stated time."""
    for c in candidates:
        if c.kind == "filing" and c.date and not c.recital:
            _time, note = courtdays.end_of_day_note(c.time, c.zone or zone)
            c.computation.append(note[0].upper() + note[1:] + ".")


def _warnings(events: tuple, entry: object, info: DocumentInfo) -> list[str]:  # type: ignore[type-arg]
    warnings = []
    if info.text_source == "none":
        warnings.append("No text could be read from this document (blank or unreadable scan).")
    if entry is None and events:
        warnings.append("The order's own date (signed/entered) was not found: "
                        "years and typos could not be checked against it.")
    if not events and info.text_source != "none":
        warnings.append("No dates, deadlines or hearings were found in this document.")
    return warnings
