"""The SQL the store runs, one small function per statement; callers own the transaction.

Plain parameterised SQL rather than sqlite-utils' table methods here: those inspect the schema
on every call (seven queries per upsert), which alone would eat the 10 ms budget of an edit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from db.merge import Change
from db.rows import Column, Row, StoredEvent, row_to_stored, stored_to_row

_EVENT_COLUMNS = ("uid", "document_id", "position", "kind", "title", "date", "time", "timezone",
                  "stated", "relative", "computation", "quote", "page", "span_start", "span_end",
                  "boxes", "confidence", "flags", "recital", "status", "sequence", "user_fields",
                  "extracted", "matched_from", "updated_at")
_UPSERT_EVENT = (
    f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) "
    f"VALUES ({', '.join(':' + c for c in _EVENT_COLUMNS)}) ON CONFLICT(uid) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _EVENT_COLUMNS if c != "uid"))

_COUNTS = """SELECT document_id, COUNT(*) AS events,
    SUM(status = 'proposed') AS proposed, SUM(status = 'confirmed') AS confirmed,
    SUM(status = 'edited') AS edited, SUM(status = 'dismissed') AS dismissed
    FROM events GROUP BY document_id"""

DOCUMENT_SUMMARIES = f"""WITH counts AS ({_COUNTS})
    SELECT d.sha256, d.path, d.pages, d.added_at, d.last_opened_at, c.number, c.court, c.caption,
           a.sha256 AS amended_from_sha, n.events, n.proposed, n.confirmed, n.edited, n.dismissed
    FROM documents d JOIN cases c ON c.id = d.case_id
    LEFT JOIN counts n ON n.document_id = d.id LEFT JOIN documents a ON a.id = d.amended_from
    ORDER BY COALESCE(d.last_opened_at, d.added_at) DESC, d.id DESC"""

CASE_SUMMARIES = f"""WITH counts AS ({_COUNTS})
    SELECT c.court, c.number, c.caption, c.timezone, COUNT(d.id) AS documents,
           (SELECT sha256 FROM documents WHERE case_id = c.id ORDER BY id DESC LIMIT 1) AS latest_sha256,
           MAX(COALESCE(d.last_opened_at, d.added_at)) AS last_opened_at,
           SUM(n.events) AS events, SUM(n.proposed) AS proposed, SUM(n.confirmed) AS confirmed,
           SUM(n.edited) AS edited, SUM(n.dismissed) AS dismissed
    FROM cases c JOIN documents d ON d.case_id = c.id LEFT JOIN counts n ON n.document_id = d.id
    GROUP BY c.id ORDER BY last_opened_at DESC, c.id DESC"""


def upsert_case(conn: sqlite3.Connection, key: str, columns: dict[str, Column], now: str) -> int:
    """The id of the case with `key`, created or updated from the latest caption."""
    conn.execute(
        "INSERT INTO cases (key, court, number, caption, timezone, state, created_at) "
        "VALUES (:key, :court, :number, :caption, :timezone, :state, :now) ON CONFLICT(key) DO UPDATE SET "
        "court = excluded.court, number = excluded.number, caption = excluded.caption, "
        "timezone = excluded.timezone, state = excluded.state", {"key": key, "now": now, **columns})
    # No RETURNING: it needs SQLite 3.35, newer than some Linux distributions ship.
    return int(conn.execute("SELECT id FROM cases WHERE key = ?", (key,)).fetchone()["id"])


def document_by_sha(conn: sqlite3.Connection, sha256: str) -> Row | None:
    """The documents row (with its case's columns) for a hash."""
    row: Row | None = conn.execute(
        "SELECT d.*, c.court, c.number, c.caption, c.timezone, c.state FROM documents d "
        "JOIN cases c ON c.id = d.case_id WHERE d.sha256 = ?", (sha256,)).fetchone()
    return row


def latest_document_of_case(conn: sqlite3.Connection, case_id: int) -> int | None:
    """The most recently added document of a case, which a new order of that case amends."""
    row = conn.execute("SELECT id FROM documents WHERE case_id = ? ORDER BY id DESC LIMIT 1",
                       (case_id,)).fetchone()
    return int(row["id"]) if row else None


def insert_document(conn: sqlite3.Connection, columns: dict[str, Column], case_id: int,
                    amended_from: int | None, now: str) -> int:
    """Add a document; returns its id."""
    cursor = conn.execute(
        "INSERT INTO documents (sha256, path, pages, text_source, warnings, case_id, amended_from, "
        "added_at, extracted_at, last_opened_at) VALUES (:sha256, :path, :pages, :text_source, "
        ":warnings, :case_id, :amended_from, :now, :now, :now)",
        {**columns, "case_id": case_id, "amended_from": amended_from, "now": now})
    assert cursor.lastrowid is not None  # an INSERT into a rowid table always sets it
    return cursor.lastrowid


def update_document(conn: sqlite3.Connection, document_id: int, columns: dict[str, Column],
                    case_id: int, now: str) -> None:
    """Refresh a document from a new extraction (the file may have moved)."""
    conn.execute(
        "UPDATE documents SET path = :path, pages = :pages, text_source = :text_source, "
        "warnings = :warnings, case_id = :case_id, extracted_at = :now, last_opened_at = :now "
        "WHERE id = :id", {**columns, "case_id": case_id, "now": now, "id": document_id})


def mark_opened(conn: sqlite3.Connection, sha256: str, now: str) -> bool:
    """Record that a document was opened; False if it is not stored."""
    return conn.execute("UPDATE documents SET last_opened_at = ? WHERE sha256 = ?",
                        (now, sha256)).rowcount > 0


def stored_events(conn: sqlite3.Connection, document_id: int) -> dict[str, StoredEvent]:
    """A document's events by uid, in timeline order."""
    rows = conn.execute("SELECT * FROM events WHERE document_id = ? ORDER BY position, uid",
                        (document_id,))
    return {row["uid"]: row_to_stored(row) for row in rows}


def stored_event(conn: sqlite3.Connection, uid: str) -> StoredEvent | None:
    """One event by uid."""
    row = conn.execute("SELECT * FROM events WHERE uid = ?", (uid,)).fetchone()
    return row_to_stored(row) if row else None


def uids_elsewhere(conn: sqlite3.Connection, uids: Sequence[str], document_id: int) -> set[str]:
    """Which of `uids` already belong to another document."""
    found: set[str] = set()
    for start in range(0, len(uids), 500):  # stay under SQLite's bound-parameter limit
        chunk = list(uids[start:start + 500])
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(f"SELECT uid FROM events WHERE uid IN ({marks}) AND document_id != ?",
                            (*chunk, document_id))
        found.update(row["uid"] for row in rows)
    return found


def write_events(conn: sqlite3.Connection, events: Iterable[StoredEvent], now: str) -> None:
    """Insert or update events rows."""
    conn.executemany(_UPSERT_EVENT, (stored_to_row(e, now) for e in events))


def write_history(conn: sqlite3.Connection, changes: Iterable[Change], now: str) -> None:
    """Append history rows, all stamped with the action's time."""
    conn.executemany("INSERT INTO event_history (uid, field, old, new, at, who) VALUES (?, ?, ?, ?, ?, ?)",
                     ((c.uid, c.field, c.old, c.new, now, c.who) for c in changes))


def history(conn: sqlite3.Connection, uid: str) -> list[Row]:
    """An event's history rows, oldest first."""
    return conn.execute("SELECT * FROM event_history WHERE uid = ? ORDER BY id", (uid,)).fetchall()


def sequences(conn: sqlite3.Connection, sha256: str) -> dict[str, int]:
    """uid -> SEQUENCE of a document's events."""
    rows = conn.execute("SELECT e.uid, e.sequence FROM events e JOIN documents d ON d.id = e.document_id "
                        "WHERE d.sha256 = ?", (sha256,))
    return {row["uid"]: int(row["sequence"]) for row in rows}
