"""Read-only values the store hands to lists and history views, and their row mapping (pure)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.rows import Row, decode_instant


@dataclass(frozen=True)
class StatusCounts:
    """How many events of a document or case are in each status."""

    events: int = 0
    proposed: int = 0
    confirmed: int = 0
    edited: int = 0
    dismissed: int = 0


@dataclass(frozen=True)
class DocumentSummary:
    """One line of the recent-files list."""

    sha256: str
    path: str
    case_number: str
    court: str
    caption: str
    pages: int
    counts: StatusCounts
    added: dt.datetime
    last_opened: dt.datetime | None
    amended_from: str | None  # sha256 of the order this one amends


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list."""

    court: str
    number: str
    caption: str
    timezone: str
    documents: int
    counts: StatusCounts
    latest_sha256: str  # the most recently added order of the case
    last_opened: dt.datetime | None


@dataclass(frozen=True)
class HistoryEntry:
    """One change of one field of an event; `old`/`new` are the stored text forms."""

    uid: str
    field: str
    old: str | None
    new: str | None
    at: dt.datetime
    who: str


def _counts(row: Row) -> StatusCounts:
    return StatusCounts(*(int(row[name] or 0) for name in ("events", "proposed", "confirmed", "edited",
                                                            "dismissed")))


def row_to_document_summary(row: Row) -> DocumentSummary:
    """A DocumentSummary from a row of `queries.DOCUMENT_SUMMARIES`."""
    added = decode_instant(row["added_at"])
    assert added is not None  # NOT NULL column
    return DocumentSummary(sha256=row["sha256"], path=row["path"], case_number=row["number"],
                           court=row["court"], caption=row["caption"], pages=row["pages"],
                           counts=_counts(row), added=added,
                           last_opened=decode_instant(row["last_opened_at"]),
                           amended_from=row["amended_from_sha"])


def row_to_case_summary(row: Row) -> CaseSummary:
    """A CaseSummary from a row of `queries.CASE_SUMMARIES`."""
    return CaseSummary(court=row["court"], number=row["number"], caption=row["caption"],
                       timezone=row["timezone"], documents=row["documents"], counts=_counts(row),
                       latest_sha256=row["latest_sha256"],
                       last_opened=decode_instant(row["last_opened_at"]))


def row_to_history(row: Row) -> HistoryEntry:
    """A HistoryEntry from an event_history row."""
    at = decode_instant(row["at"])
    assert at is not None  # NOT NULL column
    return HistoryEntry(uid=row["uid"], field=row["field"], old=row["old"], new=row["new"], at=at,
                        who=row["who"])
