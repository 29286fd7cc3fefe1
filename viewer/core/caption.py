"""Read the caption: case number, parties, and the ECF stamp's filed date.

The court and its zone come from viewer/courts.py (outside the core); this module only reads
what the order itself prints.
"""

from __future__ import annotations

import datetime as dt
import re

from viewer.core import patterns as p
from viewer.core.fastre import guarded
from viewer.core.vocabulary import MONTHS, expand_year

_ECF_FILED = p.ECF_STAMP
_PARTIES = guarded(
    r"(?P<first>[A-Z][^\n]{2,120}?),?\s*\n+\s*(?:Plaintiffs?|Petitioners?|Appellants?|Movants?)"
    r"[^\n]*\n[\s\S]{0,200}?\b(?:v\.?|vs\.?|versus)\s*\n[\s\S]{0,120}?"
    r"(?P<second>[A-Z][^\n]{2,160}?),?\s*\n+\s*(?:Defendants?|Respondents?|Appellees?)", re.M)
_INLINE = guarded(r"(?P<first>[A-Z][\w.,&' -]{2,80}?)\s+(?:v\.|vs\.?)\s+(?P<second>[A-Z][\w.,&' -]{2,80}?)"
                     r"(?=[,;)\n]|\s+(?:No\.|Case))")


def case_number(text: str) -> str:
    """The docket number in the caption or ECF stamp, normalised to "1:24-cv-2323"."""
    head = text[:4000]
    match = p.CASE_NUMBER.search(head) or p.BARE_CASE_NUMBER.search(head)
    if not match:
        return ""
    number = re.sub(r"\s+", "", match.group("num"))
    # "1-24-cv-2323" (an OCR or typing slip for the colon) reads as "1:24-cv-2323".
    return re.sub(r"^(\d{1,2})-(\d{2}-[a-z]{2,4}-)", r"\1:\2", number, flags=re.I)


def caption(text: str) -> str:
    """"Microsoft Corporation v. Does 1-10 Operating an Azure Abuse Network", or ""."""
    head = text[:3000]
    lines = [re.sub(r"^[\s)]+|[\s)]+$", "", line) for line in head.splitlines()]
    parties = _parties_from_lines([line for line in lines if line])
    if parties:
        return parties
    match = _PARTIES.search(head) or _INLINE.search(head)
    if not match:
        return ""
    first = " ".join(match.group("first").split()).rstrip(",")
    second = " ".join(match.group("second").split()).rstrip(",")
    return f"{first} v. {second}"


_ROLE = guarded(r"^(?:plaintiffs?|petitioners?|appellants?|movants?)\W*$", re.I)
_OTHER_ROLE = guarded(r"^(?:defendants?|respondents?|appellees?)\W*$", re.I)
_VERSUS = guarded(r"^(?:v\.?|vs\.?|versus)$", re.I)


# Lines beside a caption's parties that name no party: the case number, the paper's title ("SCHEDULING ORDER"),
# and the court's name printed in the margin (N.D. California: "United States District Court" / "Northern
# District of California").
_NOT_PARTY = re.compile(r"(?:case|civil|criminal|no\b)|(?:united\s+states\s+)?(?:district\s+court|court\s+of)\b|"
                        r"(?:northern|southern|eastern|western|central|middle)\s+district\s+of\b|(?-i:(?:[A-Z]+\s+){0,4}ORDER$)", re.I)


def _parties_from_lines(lines: list[str]) -> str:
    """A caption laid out in lines (party, role, "v.", party, role), as court PDFs print it."""
    role = next((i for i, line in enumerate(lines) if _ROLE.match(line)), None)
    other = next((i for i, line in enumerate(lines) if _OTHER_ROLE.match(line)), None)
    if role is None or other is None or other < role or role == 0:
        return ""
    first = _party([line for line in lines[max(0, role - 2):role] if not _NOT_PARTY.match(line)])
    middle = [line for line in lines[role + 1:other] if not _VERSUS.match(line) and not _NOT_PARTY.match(line)]
    second = _party(middle[:3])
    return f"{first} v. {second}" if first and second else ""


def _party(lines: list[str]) -> str:
    kept = [line for line in lines if not re.search(r"\b(?:COURT|DISTRICT|DIVISION)\b", line)]
    name = " ".join(" ".join(kept).split()).rstrip(",. ")
    if not name.isupper():
        return name
    small = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
    words = name.title().split()
    return " ".join(w.lower() if i and w.lower() in small else w for i, w in enumerate(words))


def ecf_filed_date(text: str) -> tuple[dt.date, int, int] | None:
    """The "Filed 12/20/24" date of the first ECF header stamp, with its span."""
    found = [m for m in (_ECF_FILED.search(text), p.ECF_STAMP_APPEAL.search(text), p.ECF_STAMP_USCA.search(text)) if m]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    number = {group: int(match.group(group).upper().replace("O", "0").replace("L", "1")) for group in "ymd"}
    try:
        day = dt.date(expand_year(number["y"]), number["m"], number["d"])
    except ValueError:
        return None
    return day, match.start(), match.end()


# A reporter's first line names the case and the day it was decided:
# "Cross v. Larosa, No. Cv 96-0477442s (Jan. 13, 1998)".
_DECIDED = re.compile(r"\A\s*[^\n]{2,200}?\bv(?:s)?\.\s[^\n]{2,200}?\((?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2}),\s+"
                      r"(?P<y>(?:19|20)\d\d)\)")


def decided_date(text: str) -> tuple[dt.date, int, int] | None:
    """The decision date a reporter's first line gives, with its span."""
    match = _DECIDED.match(text)
    month = MONTHS.get(match.group("month").lower()) if match else None
    if match is None or month is None:
        return None
    try:
        day = dt.date(int(match.group("y")), month, int(match.group("d")))
    except ValueError:
        return None
    return day, match.start("month"), match.end("y")
