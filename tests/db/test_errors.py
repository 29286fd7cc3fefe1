"""Environment problems become one-line StoreUnavailable messages that say what to do."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from db import StoreBug, StoreUnavailable, open_store
from db.errors import translate
from tests.db.conftest import Clock, event, timeline


def one_line(exc: BaseException) -> str:
    text = str(exc)
    assert text and "\n" not in text
    return text


def test_garbage_file_is_damaged_and_says_move_it_away(db_path: Path, clock: Clock) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not an sqlite file \x00\xff" * 300)
    with pytest.raises(StoreUnavailable) as caught:
        open_store(db_path, clock=clock)
    assert caught.value.reason == "damaged"
    assert one_line(caught.value) == (f"The timeline database is damaged; move the file away ({db_path}) "
                                      "to start a new one.")


def test_damaged_file_message_points_at_the_latest_backup(db_path: Path, clock: Clock) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"\xde\xad" * 4096)
    backup = db_path.with_name("timeline.db.bak-v1-20250101T000000Z")
    backup.write_bytes(b"")
    with pytest.raises(StoreUnavailable) as caught:
        open_store(db_path, clock=clock)
    assert one_line(caught.value) == (f"The timeline database is damaged; restore the last backup ({backup}) "
                                      f"or move the file away ({db_path}).")


def test_file_damaged_after_open_is_reported_not_crashed(db_path: Path, clock: Clock) -> None:
    with open_store(db_path, clock=clock) as store:
        store.save_timeline(timeline("s1", event("e1")))
    raw = bytearray(db_path.read_bytes())
    raw[4096:8192] = b"\xff" * 4096  # page 2 onwards is garbage now
    db_path.write_bytes(bytes(raw))
    with pytest.raises(StoreUnavailable) as caught, open_store(db_path, clock=clock) as store:
        store.load_timeline("s1")
        store.documents()
    assert caught.value.reason == "damaged"
    one_line(caught.value)


def hold_write_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_locked_file_gives_in_use_message_and_reads_still_work(db_path: Path, clock: Clock) -> None:
    with open_store(db_path, clock=clock, busy_timeout=0.2) as store:
        store.save_timeline(timeline("s1", event("e1")))
        other = hold_write_lock(db_path)
        started = time.monotonic()
        with pytest.raises(StoreUnavailable) as caught:
            store.set_status("e1", "confirmed")
        assert 0.15 < time.monotonic() - started < 3
        assert caught.value.reason == "locked"
        assert "in use by another" in one_line(caught.value)
        assert store.load_timeline("s1") is not None  # WAL: readers are not blocked by the writer
        other.execute("ROLLBACK")
        other.close()
        assert store.set_status("e1", "confirmed").status == "confirmed"


def test_opening_a_new_file_while_it_is_locked(db_path: Path, clock: Clock) -> None:
    db_path.parent.mkdir(parents=True)
    other = hold_write_lock(db_path)
    try:
        with pytest.raises(StoreUnavailable) as caught:
            open_store(db_path, clock=clock, busy_timeout=0.1)
        assert caught.value.reason == "locked"
    finally:
        other.close()


def test_folder_that_cannot_exist(tmp_path: Path, clock: Clock) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StoreUnavailable) as caught:
        open_store(blocker / "timeline.db", clock=clock)
    assert caught.value.reason == "cannot-open"
    one_line(caught.value)


def raised(action: str, path: Path) -> sqlite3.Error:
    """A real sqlite3 error for `action`, to check the translation of codes we cannot provoke
    through the store as root (read-only) or without filling a disk (full)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS t (x)")
    conn.close()
    if action == "read-only":
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        statements = ["INSERT INTO t VALUES (1)"]
    elif action == "full":
        conn = sqlite3.connect(path, isolation_level=None)
        statements = ["PRAGMA max_page_count=2", "INSERT INTO t VALUES (zeroblob(100000))"]
    else:
        conn = sqlite3.connect(path, isolation_level=None)
        statements = ["CREATE UNIQUE INDEX u ON t(x)", "INSERT INTO t VALUES (1)", "INSERT INTO t VALUES (1)"]
    try:
        for sql in statements:
            conn.execute(sql)
    except sqlite3.Error as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError(f"{action} did not fail")


@pytest.mark.parametrize(("action", "reason", "words"), [
    ("read-only", "read-only", "read-only"),
    ("full", "full", "is full"),
])
def test_environment_codes_become_unavailable(tmp_path: Path, action: str, reason: str, words: str) -> None:
    path = tmp_path / "t.db"
    error = translate(raised(action, path), path)
    assert isinstance(error, StoreUnavailable) and error.reason == reason
    assert words in one_line(error) and str(path) in str(error)


def test_constraint_violation_is_a_bug(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    error = translate(raised("constraint", path), path)
    assert isinstance(error, StoreBug) and not isinstance(error, StoreUnavailable)
    assert "SQLITE_CONSTRAINT" in str(error)
