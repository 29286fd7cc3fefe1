"""The schema, as an append-only list of sqlite-utils migrations applied on every open.

Never edit a migration once it has shipped: add `m003_...` instead. A file that has migrations
this build does not know was written by a newer version and is refused (writing to it could
break that version's data). Before migrating a file that already holds data, a copy is taken
with SQLite's backup API, so a failed or unwanted upgrade can always be undone by hand.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database, Migrations

from db.errors import StoreUnavailable

MIGRATIONS = Migrations("case_timeline")
NAMES: list[str] = []  # registration order; the schema version is how many of these are applied


def _migration(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register `fn` with the migration set and remember its place in the order."""
    NAMES.append(fn.__name__)
    return MIGRATIONS()(fn)


@_migration
def m001_create_timeline_tables(db: Database) -> None:
    """Cases, documents, events and their history: the timelines counsel works on."""
    statements = [
        # key: normalised "court|number", or "document:<sha256>" when the caption had no number.
        """CREATE TABLE cases (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, court TEXT NOT NULL,
            number TEXT NOT NULL, caption TEXT NOT NULL, timezone TEXT NOT NULL,
            state TEXT NOT NULL, created_at TEXT NOT NULL)""",
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, path TEXT NOT NULL,
            pages INTEGER NOT NULL, text_source TEXT NOT NULL,
            case_id INTEGER NOT NULL REFERENCES cases(id),
            amended_from INTEGER REFERENCES documents(id),
            warnings TEXT NOT NULL DEFAULT '[]', added_at TEXT NOT NULL, extracted_at TEXT NOT NULL)""",
        "CREATE INDEX documents_case ON documents(case_id)",
        # user_fields: names the user set (they win over re-extraction); extracted: the latest
        # extraction's values of the editable fields, to see later whether an amendment changed them.
        """CREATE TABLE events (
            uid TEXT PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
            position INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, date TEXT, time TEXT,
            timezone TEXT NOT NULL, stated TEXT NOT NULL, relative TEXT, computation TEXT NOT NULL,
            quote TEXT NOT NULL, page INTEGER NOT NULL, span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL, boxes TEXT NOT NULL, confidence REAL NOT NULL,
            flags TEXT NOT NULL, recital INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('proposed', 'confirmed', 'edited', 'dismissed')),
            sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
            user_fields TEXT NOT NULL DEFAULT '[]', extracted TEXT NOT NULL DEFAULT '{}',
            matched_from TEXT REFERENCES events(uid), updated_at TEXT NOT NULL)""",
        # Covers the per-document status counts of the case list.
        "CREATE INDEX events_document_status ON events(document_id, status)",
        """CREATE TABLE event_history (
            id INTEGER PRIMARY KEY, uid TEXT NOT NULL REFERENCES events(uid), field TEXT NOT NULL,
            old TEXT, new TEXT, at TEXT NOT NULL, who TEXT NOT NULL)""",
        "CREATE INDEX event_history_uid ON event_history(uid)",
    ]
    for sql in statements:
        db.execute(sql)


@_migration
def m002_add_closure_days_settings_last_opened(db: Database) -> None:
    """Court closure days the user adds, app settings, and when each document was last opened."""
    db.execute("CREATE TABLE closure_days (day TEXT PRIMARY KEY, note TEXT NOT NULL DEFAULT '')")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("ALTER TABLE documents ADD COLUMN last_opened_at TEXT")
    db.execute("CREATE INDEX documents_last_opened ON documents(last_opened_at)")


LATEST = len(NAMES)


def _tables(db: Database) -> set[str]:
    rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return {name for (name,) in rows.fetchall()}


def schema_state(db: Database) -> tuple[int, set[str], bool]:
    """(our schema version, names of migrations we do not know, whether any table exists)."""
    tables = _tables(db)
    if Migrations.migrations_table not in tables:
        return 0, set(), bool(tables)
    applied = {m.name for m in MIGRATIONS.applied(db)}
    return len(applied & set(NAMES)), applied - set(NAMES), bool(tables)


def check_compatible(db: Database, path: Path) -> int:
    """The schema version of the open file, refusing files we must not write to.

    Raises:
        StoreUnavailable: the file comes from a newer version, or from another program.
    """
    version, unknown, has_tables = schema_state(db)
    if unknown:
        raise StoreUnavailable(
            f"The timeline database ({path}) was written by a newer version of Case Timeline "
            f"(it has {len(unknown)} schema change(s) this version does not know); update the app "
            "or open another file.", path=path, reason="too-new")
    if version == 0 and has_tables and not _is_migrations_only(db):
        raise StoreUnavailable(f"The file {path} is a database of another program, not a timeline "
                               "database; choose another file.", path=path, reason="foreign")
    return version


def _is_migrations_only(db: Database) -> bool:
    # Another migration set (or an interrupted first open) may have created only this table.
    return _tables(db) <= {Migrations.migrations_table}


def backup_path(path: Path, version: int, now: dt.datetime) -> Path:
    """`<name>.bak-v<N>-<UTC timestamp>` beside `path`, not yet taken.

    >>> backup_path(Path("/x/t.db"), 1, dt.datetime(2025, 1, 2, 3, 4, 5)).name
    't.db.bak-v1-20250102T030405Z'
    """
    stamp = now.astimezone(dt.timezone.utc) if now.tzinfo else now
    base = path.with_name(f"{path.name}.bak-v{version}-{stamp.strftime('%Y%m%dT%H%M%SZ')}")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def take_backup(path: Path, target: Path) -> None:
    """Copy the committed content of `path` into a new owner-only file `target`.

    A separate reading connection does the copy: the backup API waits forever on a source
    connection that is itself inside a transaction.
    """
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    source = sqlite3.connect(path)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()


def migrate(db: Database, path: Path | None, now: Callable[[], dt.datetime]) -> int:
    """Bring the schema up to date, backing the file up first when it already holds data.

    Runs under one IMMEDIATE transaction, so two windows opening the same new file at once do
    not both try to create the tables.

    Returns:
        The schema version before migrating (LATEST when nothing was pending).
    """
    if check_compatible(db, path or Path(":memory:")) == LATEST:
        return LATEST
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        version = check_compatible(db, path or Path(":memory:"))  # again, now under the write lock
        if path is not None and version > 0:
            take_backup(path, backup_path(path, version, now()))
        MIGRATIONS.apply(db)
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    return version
