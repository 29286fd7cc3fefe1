"""Where the database lives, how it is opened, and the transaction every user action runs in.

Orders are often sealed, so the file and any folder we create for it are private to the user
(0600 / 0700). SQLite gives its -wal and -shm files the main file's permissions.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import platformdirs

from db.errors import StoreUnavailable

MEMORY = ":memory:"
# UPSERT (INSERT ... ON CONFLICT DO UPDATE) arrived in SQLite 3.24 (2018).
MIN_SQLITE = (3, 24, 0)


def default_path() -> Path:
    """The per-user data folder of the OS, e.g. ~/.local/share/case-timeline/timeline.db."""
    return Path(platformdirs.user_data_dir("case-timeline", appauthor=False)) / "timeline.db"


def _make_private_folders(folder: Path) -> None:
    """Create `folder` and any missing parents, each 0700; leave existing folders alone."""
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        try:
            new.mkdir(mode=0o700)
        except FileExistsError:  # another process made it meanwhile
            continue
        os.chmod(new, 0o700)  # mkdir's mode is reduced by the umask; be exact


def prepare_file(path: Path) -> None:
    """Create the database file owner-only if it does not exist yet (SQLite would use 0644)."""
    if path.is_dir():
        raise StoreUnavailable(f"{path} is a folder, not a timeline database; choose a file.",
                               path=path, reason="cannot-open")
    _make_private_folders(path.parent)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def connect(path: Path | None, busy_timeout: float) -> sqlite3.Connection:
    """Open the database with the settings every connection of ours uses.

    Args:
        path: the file, or None for a private in-memory database (tests, previews).
        busy_timeout: seconds to wait for another writer before reporting "in use".
    """
    if sqlite3.sqlite_version_info < MIN_SQLITE:
        raise StoreUnavailable(f"This Python uses SQLite {sqlite3.sqlite_version}; the timeline database "
                               "needs 3.24 or newer: update Python.", path=path or Path(MEMORY),
                               reason="cannot-open")
    if path is not None:
        prepare_file(path)
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so sqlite3 never opens a deferred
    # transaction behind our back. check_same_thread=False: the Store serialises access itself.
    conn = sqlite3.connect(MEMORY if path is None else path, timeout=busy_timeout,
                           isolation_level=None, check_same_thread=False)
    try:
        _configure(conn, busy_timeout)
    except BaseException:
        conn.close()
        raise
    return conn


def _configure(conn: sqlite3.Connection, busy_timeout: float) -> None:
    conn.row_factory = sqlite3.Row
    # First real read of the file: a damaged or foreign file fails here, not later.
    conn.execute("PRAGMA journal_mode=WAL").fetchone()
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
    # FULL makes each commit durable against power loss, not only crashes (~1 ms per commit).
    conn.execute("PRAGMA synchronous=FULL")


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection, *, write: bool) -> Iterator[sqlite3.Connection]:
    """One transaction: IMMEDIATE for writes, so the write lock is taken before anything is read
    and two windows can never both act on the same stale values (no lost update).

    A read transaction gives several SELECTs one consistent snapshot.
    """
    conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
