"""The date under "FOR THE COURT" in a clerk-signed order, read through scanner damage.

The Federal Circuit (and other courts whose clerk signs orders) dates an order in the signature
block: "FOR THE COURT" / "AUG 2 0 2010  /s/ Jan Horbaly" / "Date  Jan Horbaly, Clerk". Old scans
split the day's digits ("2 0"), misread letters ("N0V") and often lose the year. This is the last
way to date such an order, used only when no signed, entered or stamped date was found: the year is
the one written after the day, or else the year of another date in the order on the same month and
day (the court's filed stamp elsewhere on the page, "APR 05 2011").
"""

from __future__ import annotations

import datetime as dt
import re

from viewer.core.candidates import Candidate
from viewer.core.clean import CleanText

_MONTHS = {"JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6, "JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10,
           "NOV": 11, "DEC": 12}
_MONTH = "|".join(m.replace("O", "[O0]") for m in _MONTHS)  # (a scanner reads the O as a zero: "N0V", "0CT")
_SIGNED_FOR = re.compile(r"\bf[o0]r\s+the\s+c[o0]urt\W{0,3}\n(?:[^\n]{0,3}\n)?[ \t]*"
                         rf"(?P<month>{_MONTH})[a-z]*\.?[ \t]+(?P<day>[0-3]?[ ]?\d)(?![\d/])"
                         r"(?:[ \t]+(?P<year>(?:19|20)\d\d)\b)?", re.I)


def signed_entry(cleaned: CleanText, candidates: list[Candidate]) -> list[Candidate]:
    """An entry dated from the signature block, or nothing when it cannot be read with a year."""
    found = list(_SIGNED_FOR.finditer(cleaned.text))
    if not found:
        return []
    hit = found[-1]  # (the order's own block is its last)
    month, day = _MONTHS[hit.group("month").upper().replace("0", "O")], int(hit.group("day").replace(" ", ""))
    year = int(hit.group("year")) if hit.group("year") else _same_day_year(candidates, month, day)
    try:
        date = dt.date(year, month, day) if year else None
    except ValueError:
        return []
    if date is None:
        return []
    start, end = hit.start("month"), hit.end()
    c = Candidate("entry", "Order dated (clerk's signature block)", start, end, start, cleaned.text[start:end], -1,
                  confidence=0.7, source_span=cleaned.source_span(start, end))
    c.date = date
    c.flags.append("needs-review")
    c.computation.append("Dated from the clerk's signature block under 'FOR THE COURT', read from a damaged scan"
                         + ("." if hit.group("year") else f"; the year is that of the order's other {date:%B} {day} date.")
                         + " Confirm the docket's entry date.")
    return [c]


def _same_day_year(candidates: list[Candidate], month: int, day: int) -> int | None:
    """The year of a written date in the order on the same month and day, if just one year fits."""
    years = {c.written.year for c in candidates
             if c.written and c.written.year and (c.written.month, c.written.day) == (month, day)}
    return years.pop() if len(years) == 1 else None
