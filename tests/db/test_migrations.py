"""Schema migrations: from empty, from v1 (built here by hand), backups, and refusals."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
from pathlib import Path

import pytest

from db import StoreBug, StoreUnavailable, open_store
from db.migrations import LATEST, NAMES
from tests.db.conftest import Clock

# The v1 schema exactly as m001 shipped it, frozen here so that a change to migrations.py can
# never silently change what "a v1 file" means in this test.
V1_SCHEMA = """
CREATE TABLE [_sqlite_migrations] ([id] INTEGER PRIMARY KEY, [migration_set] TEXT, [name] TEXT, [applied_at] TEXT);
CREATE UNIQUE INDEX [idx__sqlite_migrations_migration_set_name] ON [_sqlite_migrations] ([migration_set], [name]);
INSERT INTO _sqlite_migrations (migration_set, name, applied_at)
    VALUES ('case_timeline', 'm001_create_timeline_tables', '2024-12-01 10:00:00.000000+00:00');
CREATE TABLE cases (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, court TEXT NOT NULL,
    number TEXT NOT NULL, caption TEXT NOT NULL, timezone TEXT NOT NULL,
    state TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, path TEXT NOT NULL,
    pages INTEGER NOT NULL, text_source TEXT NOT NULL,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    amended_from INTEGER REFERENCES documents(id),
    warnings TEXT NOT NULL DEFAULT '[]', added_at TEXT NOT NULL, extracted_at TEXT NOT NULL);
CREATE INDEX documents_case ON documents(case_id);
CREATE TABLE events (
    uid TEXT PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
    position INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, date TEXT, time TEXT,
    timezone TEXT NOT NULL, stated TEXT NOT NULL, relative TEXT, computation TEXT NOT NULL,
    quote TEXT NOT NULL, page INTEGER NOT NULL, span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL, boxes TEXT NOT NULL, confidence REAL NOT NULL,
    flags TEXT NOT NULL, recital INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('proposed', 'confirmed', 'edited', 'dismissed')),
    sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    user_fields TEXT NOT NULL DEFAULT '[]', extracted TEXT NOT NULL DEFAULT '{}',
    matched_from TEXT REFERENCES events(uid), updated_at TEXT NOT NULL);
CREATE INDEX events_document_status ON events(document_id, status);
CREATE TABLE event_history (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL REFERENCES events(uid), field TEXT NOT NULL,
    old TEXT, new TEXT, at TEXT NOT NULL, who TEXT NOT NULL);
CREATE INDEX event_history_uid ON event_history(uid);
INSERT INTO cases VALUES (1, 'e.d. va.|1:24-cv-1', 'E.D. Va.', '1:24-cv-1', 'A v. B', 'America/New_York', 'VA',
                          '2024-12-01T10:00:00+00:00');
INSERT INTO documents VALUES (1, 'sha-v1', '/old/order.pdf', 6, 'text', 1, NULL, '[]',
                              '2024-12-01T10:00:00+00:00', '2024-12-01T10:00:00+00:00');
INSERT INTO events VALUES ('e1', 1, 0, 'hearing', 'PI hearing (edited)', '2025-01-10', '10:00:00',
    'America/New_York', 'January 10', NULL, '', 'shall appear', 5, 0, 10, '[]', 0.7, '["needs-review"]', 0,
    'edited', 1, '["title"]', '{"title": "PI hearing"}', NULL, '2024-12-01T10:00:00+00:00');
INSERT INTO event_history (uid, field, old, new, at, who)
    VALUES ('e1', 'title', 'PI hearing', 'PI hearing (edited)', '2024-12-01T10:00:00+00:00', 'user');
"""


def make_v1(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    conn.close()


def applied(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [n for (n,) in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.bak-*"))


def test_new_file_gets_latest_schema_private(db_path: Path, clock: Clock) -> None:
    open_store(db_path, clock=clock).close()
    assert applied(db_path) == NAMES and len(NAMES) == LATEST == 2
    assert {"cases", "documents", "events", "event_history", "closure_days", "settings"} <= tables(db_path)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
    assert backups(db_path) == []  # nothing to protect in a new file


def test_reopening_applies_nothing_and_backs_up_nothing(db_path: Path, clock: Clock) -> None:
    for _ in range(3):
        open_store(db_path, clock=clock).close()
    assert applied(db_path) == NAMES
    assert backups(db_path) == []


def test_v1_file_is_backed_up_then_migrated_keeping_data(db_path: Path, clock: Clock) -> None:
    make_v1(db_path)
    with open_store(db_path, clock=clock) as store:
        loaded = store.load_timeline("sha-v1")
        assert loaded is not None
        assert loaded.events[0].title == "PI hearing (edited)" and loaded.events[0].status == "edited"
        assert [h.new for h in store.history("e1")] == ["PI hearing (edited)"]
        store.add_closure_day(dt.date(2025, 1, 9), "National day of mourning")
        assert store.documents()[0].last_opened is None  # the column m002 added
    assert applied(db_path) == NAMES
    [backup] = backups(db_path)
    assert backup.name == "timeline.db.bak-v1-20250106T090001Z"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert "closure_days" not in tables(backup) and applied(backup) == NAMES[:1]


def test_failed_migration_leaves_v1_file_and_its_backup(db_path: Path, clock: Clock) -> None:
    make_v1(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE closure_days (x)")  # makes m002 fail half-way
    conn.commit()
    conn.close()
    with pytest.raises(StoreBug):
        open_store(db_path, clock=clock)
    assert applied(db_path) == NAMES[:1]
    assert "settings" not in tables(db_path)  # m002's first statements were rolled back too
    assert len(backups(db_path)) == 1


def test_file_from_newer_version_is_refused_untouched(db_path: Path, clock: Clock) -> None:
    open_store(db_path, clock=clock).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('case_timeline', 'm003_from_the_future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreUnavailable) as caught:
        open_store(db_path, clock=clock)
    assert caught.value.reason == "too-new"
    assert "newer version" in str(caught.value) and "\n" not in str(caught.value)
    assert backups(db_path) == [] and applied(db_path)[-1] == "m003_from_the_future"


def test_database_of_another_program_is_refused(db_path: Path, clock: Clock) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE photos (id)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreUnavailable) as caught:
        open_store(db_path, clock=clock)
    assert caught.value.reason == "foreign"
    assert tables(db_path) == {"photos"}
