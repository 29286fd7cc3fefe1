"""A docket entry's own restatement of a counted duty: "response brief due 60 days after the
opening brief is filed ... (Social Security Response Brief due by 7/26/2017)".

The clerk's parenthetical is the date CM/ECF calendars. It and the counted period are one duty:
the written date is kept, later periods count from it, and when the order's own count gives
another day the event says so and asks for review rather than showing two dates for one paper.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from viewer.core.candidates import Candidate
from viewer.core.sameness import restates
from viewer.core.vocabulary import WHICHEVER

# "(Social Security Response Brief due by " right before the date, inside an open parenthesis;
# "within 30 days (or by June 14, 2012)", "(i.e., by June 14, 2012)".
_PAREN_DUE = re.compile(r"\([^()]{0,160}?\bdue\s*(?:by|on)?\s*$|\((?:or|i\.\s?e\.,?|that\s+is,?)\s+(?:by|on)\s*$",
                        re.I)


def link(candidates: list[Candidate], text: str) -> None:
    """Point each counted filing duty at a later docket parenthetical that restates it."""
    written = [w for w in candidates if w.written and not w.recital
               and _PAREN_DUE.search(text, max(0, w.mention - 200), w.mention)]
    for r in candidates:
        if r.relative is None or r.recital or r.kind != "filing" or r.relative.amount == 0:
            continue
        r.restated_by = next((w for w in written if w.paragraph == r.paragraph and w.mention > r.mention
                              and (w.kind == "filing" and restates(r, w)
                                   or 0 <= w.mention - r.relative.end < 12)), None)  # "30 days (or by June 14)"


# A clerk's note closing a docket text, "Amended/Supplemental Pleadings due by 1/3/2018.": CM/ECF's name
# for a duty the text above set, often in other words ("must file an amended complaint ... within thirty days").
_CLERK_NOTE = re.compile(r"(?:^|[.)]\s+|\u2022[ \t]*)(?-i:[A-Z])[^.;()]{0,80}?\bdue\s+by\s*$", re.I)


def pair_by_date(candidates: list[Candidate], text: str) -> None:
    """After counting: a counted filing duty and a later clerk's note in the same docket text that lands on
    the same day are one duty, paired in order of statement."""
    notes = [w for w in candidates if w.written and not w.recital and w.kind == "filing"
             and _CLERK_NOTE.search(text, max(0, w.mention - 100), w.mention)]
    taken = {id(c.restated_by) for c in candidates if c.restated_by is not None}
    for r in candidates:
        if r.relative is None or r.recital or r.kind != "filing" or r.restated_by is not None or r.date is None:
            continue
        w = next((w for w in notes if id(w) not in taken and w.paragraph == r.paragraph
                  and w.mention > r.mention and (w.date == r.date or _unrolled(r, w))), None)
        if w is not None:
            r.restated_by = w
            taken.add(id(w))


def _unrolled(r: Candidate, w: Candidate) -> bool:
    """Whether the clerk's date is the count's last day before Rule 6(a) moved it off a weekend or holiday ("within
    THIRTY (30) DAYS" and the clerk's "Amended Pleadings due by 9/16/2007", a Sunday): one duty, two readings."""
    return "rolled" in r.flags and r.date is not None and w.date is not None and 0 < (r.date - w.date).days <= 4


# A period with a written outer limit is one duty, dated by the limit the court wrote: "will file its answer
# within 120 days and in any event, by September 27, 2010"; "within 90 days after filing its answer or by
# November 24, 2010 (which is 180 days after the filing of the complaint), whichever is earlier"; and the other
# way round, "to be filed by November 24, 2010 or within 90 days of receipt of the record, whichever is earlier".
_IN_ANY_EVENT = re.compile(r"[^.;]{0,80}?,?\s*(?:and\s+)?(?:in\s+any\s+event|in\s+no\s+event\s+later\s+than|but\s+(?:in\s+no\s+event\s+)?"
                           r"(?:no|not)\s+later\s+than|at\s+the\s+latest)[\s,]*(?:(?:by|on\s+or\s+before|no\s+later\s+than|"
                           r"not\s+later\s+than)\s*)?", re.I)
_OR_BY = re.compile(r"[^.;]{0,80}?,?\s*or\s+(?:(?:by|on\s+or\s+before|no\s+later\s+than)\s*)?", re.I)
_OR = re.compile(r"[\s,]*or\s+", re.I)
_WHICHEVER = re.compile(rf"[^.;]{{0,120}}?{WHICHEVER}", re.I)  # ("effective July 1, 2010, or thirty (30) days after
# publication ..., whichever is later": the written day is the earliest it can be)
_NEAR = 250  # how far apart a count and its written limit stand (a run-on text holds thousands of each)
# "(which is 180 days after ...)"; a dash's aside, "on or before October 13, 2014 — thirty days from the date the
# clerk's record was filed" (how the court counted the date it wrote).
_WHICH_IS = re.compile(r"\s*(?:\((?:which\s+is|i\.\s?e\.,?|that\s+is,?)|[—–]|-{1,2}|,\s+(?:which\s+is|i\.\s?e\.,?|that\s+is,?))\s*",
                       re.I)  # (a dash, cleaned to "-", may touch both: "due on May 16, 2022—20 days from the date ...")


def outer_dates(candidates: list[Candidate], text: str) -> None:
    """Point each counted duty at the written date that bounds it in the same sentence."""
    written = sorted((w for w in candidates if w.written and not w.recital and w.kind != "entry"), key=lambda w: w.mention)
    starts = [w.mention for w in written]
    for r in candidates:
        if r.relative is None or r.recital or r.restated_by is not None:
            continue
        near = written[bisect_left(starts, r.relative.start - _NEAR):bisect_left(starts, r.relative.end + _NEAR)]
        w = next((w for w in near if w.paragraph == r.paragraph and _bounds(r, w, text)), None)
        if w is None:
            continue
        r.restated_by = w
        r.flags.append("outer-date")
        later = _WHICHEVER.match(text, max(r.relative.end, w.mention + len(w.stated)))
        if later and later.group("later"):
            r.flags.append("later-of")
        if r.mention < w.mention:  # "will file its answer within 120 days and in any event, by <date>": named by the count
            w.kind, w.title = r.kind, r.title  # (before periods are counted, so a later count from it names it right)


def _bounds(r: Candidate, w: Candidate, text: str) -> bool:
    """Whether written date `w` is the outer limit of counted duty `r` (or explains it, "(which is ...)")."""
    assert r.relative is not None
    date_end = w.mention + len(w.stated)
    if w.mention >= r.relative.end:  # the period first, then the date
        gap = text[r.relative.end:w.mention]
        return bool(_IN_ANY_EVENT.fullmatch(gap) or _OR_BY.fullmatch(gap) and _WHICHEVER.match(text, date_end))
    if date_end <= r.relative.start:  # the date first: "by <date> or within 90 days of ..., whichever is earlier"
        gap = text[date_end:r.relative.start]
        return bool(_WHICH_IS.fullmatch(gap) or _OR.fullmatch(gap) and _WHICHEVER.match(text, r.relative.end))
    return False


def fold(candidates: list[Candidate]) -> list[Candidate]:
    """Drop the counted duties a parenthetical restates, noting on it what the count gives."""
    for r in (c for c in candidates if c.restated_by is not None):
        w = r.restated_by
        assert w is not None
        if "alternative" in r.flags:  # the other count of "..., whichever is later"
            w.also.append(r.stated)
            continue
        if "outer-date" in r.flags:
            _fold_outer(r, w)
            continue
        if w.kind != r.kind:  # "file within 30 days (or by June 14, 2012) an amended complaint": the period's kind
            w.kind, w.title = r.kind, r.title
        w.also.append(r.stated)
        if r.date is not None and r.date != w.date:
            w.flags += [f for f in ("count-differs", "needs-review") if f not in w.flags]
            w.computation.append(f"The order also states it as '{r.stated}', which counts to {r.date} "
                                 f"under Rule 6(a); the docket gives {w.date}. Confirm with the court.")
        else:
            w.computation.append(f"The order also states it as '{r.stated}'; both give the same day.")
    return [c for c in candidates if c.restated_by is None]


# A docket text above the order it summarises (PACER's and justia's "ORDER directing that Rule 26 Meeting be
# conducted on or before 11/18/2010, ... Signed by Chief Judge X on 10/28/10.", then the order itself): the
# summary's settings are the order's, restated in the clerk's words.
_TOP = 2000  # a docket summary heads the page
_SIGNED_BY = re.compile(r"\bSigned\s+by\s+(?:[\w.]+\s+){0,4}?Judge\b", re.I)


def fold_summary(candidates: list[Candidate]) -> list[Candidate]:
    """Fold each setting of a docket summary into the order's own setting of that kind on that day."""
    signed = [c for c in candidates if c.kind == "entry" and c.mention < _TOP and _SIGNED_BY.search(c.context)]
    if not signed:
        return candidates
    end = signed[0].mention  # the summary ends at its signature; the order follows it
    body = [c for c in candidates if c.mention > end and c.date and not c.recital]
    folded: set[int] = set()
    for s in candidates:
        if s.mention >= end or s.kind == "entry" or s.recital or s.date is None:
            continue
        twin = next((b for b in body if id(b) not in folded and b.kind == s.kind and b.date == s.date
                     and (b.time is None or s.time is None or b.time == s.time)), None)
        if twin is not None:
            folded.add(id(twin))
            twin.time, twin.zone = twin.time or s.time, twin.zone or s.zone
            twin.also.append(s.stated)
            s.restated_by = twin
    return [c for c in candidates if c.restated_by is None]  # (fold has already dropped every earlier restatement)


def fold_clerk_dates(candidates: list[Candidate], text: str) -> list[Candidate]:
    """A docket text's closing "( Memo in Support of Motion due 2/7/2014, Response to Motion due by 2/11/2014.)"
    names, in CM/ECF's words, papers its sentences set for those days: each joins the first duty of its kind stated
    earlier in the same docket text for that day ("file any and all documentation supporting its motion ... by 5
    p.m. on Friday, February 7, 2014")."""
    clerks = {id(c) for c in candidates if _clerk_date(c, text)}
    folded: set[int] = set()
    kept = []
    for c in candidates:
        twin = next((o for o in candidates if o.mention < c.mention and id(o) not in folded and id(o) not in clerks
                     and o.paragraph == c.paragraph and o.kind == c.kind and o.date == c.date and not o.recital
                     and o.written is not None and not _DUE_ROW.search(text, max(0, o.mention - 30), o.mention)),
                    None) if id(c) in clerks else None  # (not another "X due 7/20/2017" row of the clerk's own list)
        if twin is None:
            kept.append(c)
            continue
        folded.add(id(twin))
        twin.also.append(c.stated)
    return kept


def _clerk_date(c: Candidate, text: str) -> bool:
    return (c.kind == "filing" and c.written is not None and c.relative is None and not c.recital and c.date is not None
            and (_PAREN_DUE.search(text, max(0, c.mention - 200), c.mention) is not None
                 or _CLERK_NOTE.search(text, max(0, c.mention - 100), c.mention) is not None
                 and _SIGNED_NEXT.match(text, c.mention) is not None))


_DUE_ROW = re.compile(r"\bdue\s*(?:by|on)?\s*$", re.I)
# The docket text's signature right after the clerk's note: "Notice of Compliance Deadline due by 4/1/2011.Signed by
# Chief Judge Jose A Fuste on 3/8/2011." (the note closes the text: not a schedule's own row "Responses due by ...")
_SIGNED_NEXT = re.compile(r"[\d/]{6,10}\.?\)?\s*(?:\([^()]{0,20}\)\s*)?signed\s+by\b", re.I)


def _fold_outer(r: Candidate, w: Candidate) -> None:
    """The written limit keeps its date (named by the count stated first, in outer_dates); a count that may end
    sooner is said."""
    w.also.append(r.stated)
    if "later-of" in r.flags:
        _later_of(r, w)
    elif r.date and w.date and r.date < w.date and not {"anchor-implied", "anchor-undated"} & set(r.flags):
        w.flags += [f for f in ("count-differs", "needs-review") if f not in w.flags]
        w.computation.append(f"The order also counts '{r.stated}', which ends sooner, on {r.date}: "
                             "the earlier day may be the deadline. Confirm.")
    else:
        w.computation.append(f"The order also counts '{r.stated}'; the date it wrote is the outer limit.")


def _later_of(r: Candidate, w: Candidate) -> None:
    """"<date>, or <count>, whichever is later": the count's day when it falls after the written one."""
    if r.date and w.date and r.date > w.date:
        w.computation.append(f"'{r.stated}' gives {r.date}, later than the date written ({w.date}): whichever is "
                             "later, so that day.")
        w.date = r.date
    elif r.date:
        w.computation.append(f"'{r.stated}' gives {r.date}, no later than the date written: whichever is later, the "
                             "date written.")
    else:
        w.computation.append(f"'{r.stated}' cannot be dated from the order; whichever is later, the date written is "
                             "the earliest it can be. Confirm.")


# "within 10 days of the filing of this Order, OR within 10 days of the filing of the last Defendants' Answer
# (whichever is later)": the later of two counts, one from a day the order does not know, has no date yet.
_OR_COUNT = re.compile(r"[\s,]*or\s+", re.I)


def later_of_counts(candidates: list[Candidate], text: str) -> None:
    """Undate a dated count whose "whichever is later" partner cannot be dated (noting the earliest day); the
    undated partner is the same duty, folded into the first count."""
    counted = sorted((c for c in candidates if c.relative and not c.recital), key=lambda c: c.relative.start)  # type: ignore[union-attr]
    for a, b in zip(counted, counted[1:]):
        assert a.relative is not None and b.relative is not None
        if b.date is not None or not _OR_COUNT.fullmatch(text, a.relative.end, b.relative.start):
            continue
        later = _WHICHEVER.match(text, b.relative.end)
        if later and a.restated_by is None:  # ("thirty days after the discovery cut-off or thirty days from the date
            b.restated_by, b.flags = a, b.flags + ["alternative"]  # when discovery is denied, whichever occurs later")
        if later and later.group("later") and a.date is not None:
            a.computation.append(f"Whichever is later of this ({a.date}) and '{b.stated}', which the order does not "
                                 f"date: {a.date} is the earliest it can be.")
            a.date = None
            a.flags = [f for f in a.flags if f != "rolled"] + [f for f in ("anchor-undated", "needs-review")
                                                               if f not in a.flags]

