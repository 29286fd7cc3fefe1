"""Settings this order moves or cancels in another sentence than the one that names them.

"Trial is set to commence on March 13, 2012. ... CONTINUING ... Bench Trial to 4/16/12": the March
date is the former setting. "A pretrial conference and a motion hearing were scheduled for August 30,
2016. ... the pretrial conference and motion hearing are CANCELED": so is August 30. Counsel see
them as former settings (to take off the calendar), not as sittings to attend. The same holds for a
deadline another sentence extends, when both name the same papers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from viewer.core.candidates import Candidate
from viewer.core.kindwords import HEARING, sitting_words as _sittings
from viewer.core.vocabulary import RULING_SITTING

# "is hereby CONTINUED to March 13, 2009", "CONTINUING Final Pretrial Conference to 2/8/12/at".
# (Not PACER's own label "Set/Reset Duty Hearings as to ...:", which sets as often as it moves.)
# (Not "the injunction hearing is continued and that a non-jury trial is set for": a new clause sets anew.)
_MOVED_TO = re.compile(r"\b(?:continu\w*|(?<!/)re-?set\w*|reschedul\w*|postpon\w*|advanc\w*)\b"
                       r"(?:(?!\band\s+that\b)[^.;]){0,80}?"
                       r"\b(?:to|until|(?<!\sscheduled\s)(?<!\sset\s)for)\s*$", re.I)  # (not "a motion to continue the
# settlement conference scheduled for November 8": the setting the motion is about)
_CANCELLED = re.compile(r"\b(?:is|are)\s+(?:hereby\s+)?(?:cancel+ed|vacated|stricken|terminated)\b", re.I)


def _lead(c: Candidate) -> str:
    """The sentence up to the date, at most _LEAD characters: the end-anchored tests look no further
    (a run-on "sentence" of a flattened table would otherwise be read whole for every date)."""
    at = max(0, c.mention - c.start)
    return c.context[max(0, at - _LEAD):at]


_LEAD = 200


def _cancelled_after(text: str, old: Candidate, words: set[str]) -> bool:
    """Whether a sentence soon after `old` cancels a sitting of the same name."""
    # (Only the sitting named before the verb, in its own clause: "the hearing on the motion is vacated; this
    # adversary proceeding shall proceed to trial on July 7" cancels the hearing, not the trial.)
    for clause in re.split(r"\.\s|;\s", text[old.end:old.end + _AFTER]):
        cancel = _CANCELLED.search(clause)
        named = _DATED.search(clause[:cancel.start()]) if cancel else None
        if named and old.stated not in clause:
            continue  # "The status conference set for 6/28/2016 is hereby vacated": that date's sitting only
        if cancel and _IF.search(clause[:cancel.start()]):
            continue  # "if the settlement conference is cancelled or postponed, request ... must be made": a condition
        if cancel and words & _sittings(clause[:cancel.start()]):
            return True
    return False


_IF = re.compile(r"\b(?:if|unless|whether|in\s+the\s+event)\b", re.I)
_DATED = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")
_AFTER = 600  # how far after the setting a cancelling sentence is looked for
_DATE_LABEL = re.compile(r"\bdate:?\s*$", re.I)  # "Hearing Date: April 8, 2024": the sitting this ruling is for


# What kind of conference or hearing: "Case Management Conference" is not the "Mandatory Settlement Conference"
# another sentence resets, nor is a "Telephonic Pre-Settlement Conference" the settlement conference.
_QUALIFIED = re.compile(r"\b(pre-?settlement|settlement|status|management|scheduling|pre-?trial|motions?|evidentiary|confirmation|"
                        r"sentencing|initial|detention|preliminary)\s+(?:conference|hearing)s?\b", re.I)


def _other_sitting(lead: str, moved_lead: str) -> bool:
    """Whether the two clauses name differently qualified sittings (each its last one)."""
    a, b = _QUALIFIED.findall(lead), _QUALIFIED.findall(moved_lead)
    return bool(a and b) and a[-1].lower().replace("-", "").rstrip("s") != b[-1].lower().replace("-", "").rstrip("s")


def mark_superseded(candidates: Sequence[Candidate], text: str, entry: dt.date | None) -> None:
    """Turn hearings and deadlines another sentence moves or cancels into former settings (in place)."""
    _moved_deadlines(candidates, entry)
    hearings = [c for c in candidates if c.kind == "hearing" and c.date and c.written]
    moves = [(m, _sittings(m.context)) for m in hearings if not m.recital and _MOVED_TO.search(_lead(m))]
    moved_ids = {id(m) for m, _ in moves}
    for old in hearings:
        lead = _lead(old)
        if id(old) in moved_ids or (entry and old.date and old.date < entry) or _DATE_LABEL.search(lead) \
                or old.title == RULING_SITTING \
                or (old.recital and _MOVED_TO.search(lead)):
            continue  # the new setting itself, a sitting already past, the one the ruling's header is for, or a
            # move only asked for or told ("Defendant requests ... continuing the trial date ... to June 26, 2023")
        # the sitting named last in the date's own clause ("... hearing on July 7, 2005, the Court concludes
        # that ... so the trial may proceed on July 7" names the trial only; "to continue the May 2, 2006 trial
        # ... to complete a plea hearing now scheduled for May 30" names the plea hearing)
        named = list(HEARING.finditer(re.split(r"[.;]\s|,\s(?!\d)", lead)[-1]))
        words = _sittings(named[-1].group(0)) if named else _sittings(lead + " " + old.title)
        # (not by a move that names this very date as well: "continued ... to January 12, 2023, and January 26, 2023")
        moved = any(m.start != old.start and m.date != old.date and words & named and old.stated not in m.context
                    and not _other_sitting(lead, _lead(m)) for m, named in moves)
        if words and (moved or _cancelled_after(text, old, words)):
            old.kind, old.recital = "other", False
            old.title = f"{old.title} (former setting)"
            old.computation.append("This order moves or cancels this setting elsewhere in its text.")


# "Similarly, an extension would impinge on the January 13, 2013 dispositive motion deadline. ... The
# dispositive motions filing deadline is extended to February 28, 2013": the January date is the former one.
_DEADLINE_MOVED_TO = re.compile(r"\b(?:extended|continued|re-?set|moved|changed|enlarged)\s+(?:\w+\s+){0,3}?(?:to|until)\s*$", re.I)
_PAPERS = re.compile(r"\b(?:dispositive|discovery|expert|disclosures?|pretrial|amend\w*|pleadings?|joinder|limine|"
                     r"summary|mediation|designations?|witness|exhibits?|briefs?|repl(?:y|ies)|responses?|oppositions?|answers?)\b", re.I)


_ANSWERING = frozenset({"response", "reply", "opposition", "answer"})


def _papers(c: Candidate) -> set[str]:
    """The papers named around a date ("the January 13, 2013 dispositive motion deadline")."""
    at = max(0, c.mention - c.start)
    # (this date's own sentence only, or its own item of a clerk's list "( Brief due by 5/9/2023., Cross Motions due by
    # 7/7/2023., Replies due by 8/18/2023.)")
    before = re.split(r"[.;],?\s", c.context[max(0, at - 120):at])[-1]
    after = re.split(r"[.;],?\s", c.context[at + len(c.stated):at + len(c.stated) + 60])[0]
    near = f"{before}{c.stated}{after}"
    return {re.sub(r"ies$", "y", m.group(0).lower()).rstrip("s") for m in _PAPERS.finditer(f"{near} {c.title}")}


def _moved_deadlines(candidates: Sequence[Candidate], entry: dt.date | None) -> None:
    deadlines = [c for c in candidates if c.kind in ("filing", "other") and c.date and c.written and not c.recital]
    moves = [(m, _papers(m)) for m in deadlines if _DEADLINE_MOVED_TO.search(_lead(m))]
    moved_ids = {id(m) for m, _ in moves}
    for old in deadlines:
        if id(old) in moved_ids or (entry and old.date and old.date < entry) or "(former setting)" in old.title:
            continue
        papers = _papers(old)
        # (a response to the motions is not the motions: "the deadline for filing pretrial motions shall be continued
        # to April 16, 2012. Responses to pretrial motions shall be due on April 23, 2012" moves nothing of the second)
        if papers and any(m.start != old.start and m.date != old.date and papers & named
                          and papers & _ANSWERING == named & _ANSWERING for m, named in moves):
            old.kind = "other"
            old.title = f"{old.title} (former setting)"
            old.computation.append("This order extends this deadline elsewhere in its text.")
