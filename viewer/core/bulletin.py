"""The issue date of the official periodical that publishes an order.

Pennsylvania's courts adopt local rules by an order that takes effect a set time "after publication in
the Pennsylvania Bulletin"; the Bulletin prints the order under its volume and page and the issue's date:
"[42 Pa.B. 669]" / "[Saturday, February 4, 2012]". That date is when the order was published: counsel
calendar it, and the order's periods count from it.
"""

from __future__ import annotations

import re

from viewer.core.candidates import Candidate

_ISSUE = re.compile(r"\[\s*\d+\s+Pa\.\s?B\.\s+\d+\s*\][ \t]*\n\s*\[")
_TITLE = "Publication of the order in the Pennsylvania Bulletin"


def mark_publication(candidates: list[Candidate], text: str) -> None:
    """Make the date printed under the Bulletin's volume line the order's publication (not a recital)."""
    issue = _ISSUE.search(text)
    if issue is None:
        return
    dated = next((c for c in candidates if c.written and issue.end() <= c.mention <= issue.end() + 2), None)
    if dated is not None:
        dated.kind, dated.title, dated.recital = "other", _TITLE, False
        # (its sentence is the bare bracketed date: the words periods name it by, "publication in the Pennsylvania
        # Bulletin", are the title's; another period that names the Bulletin must not look the likelier anchor)
        dated.context = f"{_TITLE}. {dated.context}"
        dated.computation.append("The issue date printed under the Pennsylvania Bulletin's volume and page.")
