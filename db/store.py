"""The store: timelines in, timelines out, one transaction per user action.

`Store` takes and returns domain values (`viewer.core.model`); rows, cursors and sqlite3
exceptions never leave `db/`. Every write runs in one IMMEDIATE transaction that reads the
current values itself, so two windows (or two processes) on one file never lose each other's
changes. "Now" comes from an injected clock, so history and tests are deterministic.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db import edits, queries
from db.connection import MEMORY, connect, default_path, transaction
from db.errors import InvalidValue, StoreBug, translated
from db.merge import Planned, plan, resolve_ids
from db.migrations import migrate
from db.rows import (StoredEvent, case_columns, case_key, decode_flags, document_columns, encode_instant,
                     row_to_case, row_to_document)
from db.summaries import (CaseSummary, DocumentSummary, HistoryEntry, row_to_case_summary,
                          row_to_document_summary, row_to_history)
from viewer.core.model import Event, Timeline

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The default clock."""
    return dt.datetime.now(dt.timezone.utc)


class Store:
    """A timeline database. Use `open_store` to get one; close it when done.

    Safe to share between threads (calls are serialised); each process or window should open
    its own Store on the same file.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Clock) -> None:
        self.path = path
        self._conn = conn
        self._clock = clock
        self._lock = threading.RLock()

    @contextlib.contextmanager
    def _tx(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        """One transaction, with sqlite3 errors turned into store errors."""
        with self._lock, translated(self.path), transaction(self._conn, write=write) as conn:
            yield conn

    def _now(self) -> str:
        return encode_instant(self._clock())

    def save_timeline(self, timeline: Timeline) -> Timeline:
        """Store an extraction, keeping everything the user did to earlier ones.

        Returns:
            The timeline as stored: user edits applied, statuses and store flags set.

        Raises:
            StoreBug: the timeline has duplicate event ids or badly typed values.
        """
        _check_unique_ids(timeline.events)
        now = self._now()
        with self._tx(write=True) as conn:
            self._save(conn, timeline, now)
            loaded = _load(conn, timeline.document.sha256)
        assert loaded is not None  # written just above, in the same transaction
        return loaded

    def save_timelines(self, timelines: Iterable[Timeline]) -> int:
        """Store many extractions as one action (an import): all of them or, on error, none.

        Same merging as `save_timeline`, without reading each result back.

        Returns:
            How many timelines were saved.
        """
        now = self._now()
        count = 0
        with self._tx(write=True) as conn:
            for timeline in timelines:
                _check_unique_ids(timeline.events)
                self._save(conn, timeline, now)
                count += 1
        return count

    def _save(self, conn: sqlite3.Connection, timeline: Timeline, now: str) -> None:
        info = timeline.document
        case_id = queries.upsert_case(conn, case_key(timeline.case, info.sha256),
                                      case_columns(timeline.case), now)
        columns = document_columns(info, timeline.warnings)
        row = queries.document_by_sha(conn, info.sha256)
        if row is None:
            amends = queries.latest_document_of_case(conn, case_id)
            document_id = queries.insert_document(conn, columns, case_id, amends, now)
        else:
            document_id, amends = int(row["id"]), row["amended_from"]
            queries.update_document(conn, document_id, columns, case_id, now)
        taken = queries.uids_elsewhere(conn, [e.id for e in timeline.events], document_id)
        events = resolve_ids(timeline.events, taken, info.sha256)
        previous = list(queries.stored_events(conn, amends).values()) if amends else []
        self._write(conn, plan(events, queries.stored_events(conn, document_id), previous, document_id), now)

    @staticmethod
    def _write(conn: sqlite3.Connection, planned: list[Planned], now: str) -> None:
        queries.write_events(conn, (p.stored for p in planned), now)
        queries.write_history(conn, (c for p in planned for c in p.changes), now)

    def load_timeline(self, sha256: str) -> Timeline | None:
        """The stored timeline of a document, or None if it was never saved."""
        with self._tx(write=False) as conn:
            return _load(conn, sha256)

    def mark_opened(self, sha256: str) -> bool:
        """Record that the user opened a stored document (for the recent list); False if unknown."""
        now = self._now()
        with self._tx(write=True) as conn:
            return queries.mark_opened(conn, sha256, now)

    def documents(self) -> list[DocumentSummary]:
        """Every stored document, most recently opened first."""
        with self._tx(write=False) as conn:
            return [row_to_document_summary(r) for r in conn.execute(queries.DOCUMENT_SUMMARIES)]

    def cases(self) -> list[CaseSummary]:
        """Every case with at least one document, most recently opened first."""
        with self._tx(write=False) as conn:
            return [row_to_case_summary(r) for r in conn.execute(queries.CASE_SUMMARIES)]

    def update_event(self, uid: str, *, who: str = "user", expected_sequence: int | None = None,
                     **changes: Any) -> Event:
        """Change fields of an event as the user; they then win over any re-extraction.

        Args:
            uid: the event's id.
            who: recorded in the history.
            expected_sequence: the sequence the caller saw; a different current one raises
                StoreConflict instead of silently editing a changed event.
            **changes: editable fields (see `db.rows.EDITABLE`) and their new values.

        Returns:
            The event as stored now (status "edited" unless nothing changed).
        """
        edits.check_changes(changes, who)
        return self._act(uid, expected_sequence, lambda stored: edits.edited(stored, changes, who))

    def set_status(self, uid: str, status: str, *, who: str = "user") -> Event:
        """Confirm, dismiss or reopen ("proposed") an event."""
        edits.check_status(status, who)
        return self._act(uid, None, lambda stored: edits.status_set(stored, status, who))

    def _act(self, uid: str, expected: int | None,
             action: Callable[[StoredEvent], Planned | None]) -> Event:
        """Read, check and change one event inside one write transaction."""
        now = self._now()
        with self._tx(write=True) as conn:
            stored = queries.stored_event(conn, uid)
            if stored is None:
                raise StoreBug(f"no event with uid {uid!r}")
            edits.check_sequence(stored, expected)
            planned = action(stored)
            if planned is None:
                return stored.event
            self._write(conn, [planned], now)
            return planned.stored.event

    def history(self, uid: str) -> list[HistoryEntry]:
        """Every recorded change of an event, oldest first."""
        with self._tx(write=False) as conn:
            return [row_to_history(r) for r in queries.history(conn, uid)]

    def sequences(self, sha256: str) -> dict[str, int]:
        """uid -> SEQUENCE of a document's events, for the .ics export."""
        with self._tx(write=False) as conn:
            return queries.sequences(conn, sha256)

    def closure_days(self) -> list[tuple[dt.date, str]]:
        """Days the user marked as court closures, in date order."""
        with self._tx(write=False) as conn:
            rows = conn.execute("SELECT day, note FROM closure_days ORDER BY day").fetchall()
        return [(dt.date.fromisoformat(r["day"]), r["note"]) for r in rows]

    def add_closure_day(self, day: dt.date, note: str) -> None:
        """Mark a day as a court closure (replacing the note if already marked)."""
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime) or not isinstance(note, str):
            raise InvalidValue(f"closure day needs a date and a note, got {day!r}, {note!r}")
        with self._tx(write=True) as conn:
            conn.execute("INSERT INTO closure_days (day, note) VALUES (?, ?) "
                         "ON CONFLICT(day) DO UPDATE SET note = excluded.note", (day.isoformat(), note))

    def remove_closure_day(self, day: dt.date) -> None:
        """Unmark a closure day (nothing happens if it was not marked)."""
        with self._tx(write=True) as conn:
            conn.execute("DELETE FROM closure_days WHERE day = ?", (day.isoformat(),))

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """A stored setting, or `default`."""
        with self._tx(write=False) as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row["value"]) if row else default

    def set_setting(self, key: str, value: str) -> None:
        """Store a setting."""
        if not isinstance(key, str) or not isinstance(value, str):
            raise InvalidValue(f"settings are text, got {key!r} = {value!r}")
        with self._tx(write=True) as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def close(self) -> None:
        """Close the connection; further calls raise StoreBug. Closing twice is harmless."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_unique_ids(events: tuple[Event, ...]) -> None:
    ids = [e.id for e in events]
    if len(ids) != len(set(ids)):
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        raise InvalidValue(f"timeline has duplicate event ids: {', '.join(duplicates)}")


def _load(conn: sqlite3.Connection, sha256: str) -> Timeline | None:
    row = queries.document_by_sha(conn, sha256)
    if row is None:
        return None
    events = tuple(s.event for s in queries.stored_events(conn, int(row["id"])).values())
    return Timeline(document=row_to_document(row), case=row_to_case(row), events=events,
                    warnings=decode_flags(row["warnings"]))


def open_store(path: str | Path | None = None, *, clock: Clock | None = None,
               busy_timeout: float = 5.0) -> Store:
    """Open (creating and migrating as needed) the timeline database.

    Args:
        path: the file; None for the per-user default location, ":memory:" for a throwaway one.
        clock: returns "now" for history and timestamps; UTC now by default.
        busy_timeout: seconds to wait for another window's write before reporting "in use".

    Raises:
        StoreUnavailable: the file is damaged, locked, read-only, from a newer version, ...
    """
    target = default_path() if path is None else None if str(path) == MEMORY else Path(path).expanduser()
    shown = target or Path(MEMORY)
    now = clock or utc_now
    with translated(shown):
        conn = connect(target, busy_timeout)
        try:
            migrate(Database(conn), target, now)
        except BaseException:
            conn.close()
            raise
    return Store(conn, shown, now)
