"""A docket's summons returns: "SUMMONS Returned Executed by X. Elzie R Bryant served on 9/27/2006, answer due
10/17/2006; Kirby Roy, III served on 9/27/2006, answer due 10/17/2006; ..."

Each served party's service is a past event and its answer a duty of its own (LABELLING.md rule 8: one event per
duty), named by the party so that ten answers due the same day stay ten.
"""

from __future__ import annotations

import re

from viewer.core.fastre import guarded

_ANSWER_NEXT = re.compile(r"\s*[,;]\s*(?:his\s+|her\s+|its\s+|their\s+)?answer\s+due\s*(?:by\s*)?$", re.I)
_SERVED_ON = guarded(r"(?:^|[.;:]\s+)(?P<who>[A-Z][^.;:\n]{1,80}?)\s+served\s+on\s*$")
_ANSWER_DUE = guarded(r"(?:^|[.;:]\s+)(?P<who>[A-Z][^.;:\n]{1,80}?)\s+served\s+on\s+[\d/.-]{6,10}\s*[,;]\s*"
                      r"(?:his\s+|her\s+|its\s+|their\s+)?answer\s+due\s*(?:by\s*)?$", re.I)
_TAIL = 160  # a served party's name and its two dates: the end of the lead-in is enough


def read_return(before: str, after: str, prefix: str) -> tuple[str, str, bool] | None:
    """(kind, title, recital) for one served party's service (a recital) or answer due; None when the date is
    neither."""
    tail = prefix[-_TAIL:]
    if _ANSWER_NEXT.match(after):
        served = _SERVED_ON.search(tail)
        if served:
            return "service", f"{_name(served)} served", True
    due = _ANSWER_DUE.search(tail) if "answer" in before.lower() else None
    if due:
        return "filing", f"Answer due ({_name(due)})", False
    return None


def _name(found: re.Match[str]) -> str:
    return " ".join(found.group("who").split())
