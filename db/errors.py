"""What can go wrong in the store, split the way the user must react to it.

`StoreUnavailable` is the user's environment (another program holds the file, the disk is full,
the file is damaged or from a newer version): the UI shows its one-line message, which says what
to do. `StoreBug` is ours (constraint violations, misuse of the API): the UI treats it as a crash.
`StoreConflict` is a normal race between two windows: reload and retry.
This split follows qutebrowser's `KnownError`/`BugError` in `misc/sql.py`.

sqlite3 exceptions never leave `db/`: `translated()` converts them at the boundary, using the
SQLite result code rather than the message text, which is not stable across versions.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

Reason = Literal["locked", "read-only", "full", "damaged", "cannot-open", "disk-error", "too-new", "foreign"]

# Primary SQLite result codes (https://www.sqlite.org/rescode.html); extended codes keep these in
# their low byte.
_PERM, _BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT = 3, 5, 6, 7, 8, 10, 11
_FULL, _CANTOPEN, _AUTH, _NOTADB = 13, 14, 23, 26


class StoreError(Exception):
    """Anything the store raises."""


class StoreUnavailable(StoreError):
    """The database cannot be used as it is; the message tells the user what to do.

    Attributes:
        path: the database file.
        reason: a short machine-readable tag, so the UI can offer e.g. "restore backup".
    """

    def __init__(self, message: str, *, path: Path, reason: Reason) -> None:
        super().__init__(message)
        self.path = path
        self.reason: Reason = reason


class StoreBug(StoreError):
    """A programming error: a constraint was violated or the API was misused."""


class InvalidValue(StoreBug, ValueError):
    """A value handed to the store has the wrong type or is outside its allowed set."""


class StoreConflict(StoreError):
    """The event changed in another window since the caller read it (optimistic check)."""


def latest_backup(path: Path) -> Path | None:
    """The newest `<name>.bak-v<N>-<timestamp>` file beside `path`, if any."""
    backups = sorted(path.parent.glob(f"{path.name}.bak-v*"), key=lambda p: p.stat().st_mtime)
    return backups[-1] if backups else None


def damaged(path: Path) -> StoreUnavailable:
    """The error for a file that is not (or no longer) a readable SQLite database."""
    backup = latest_backup(path)
    if backup is not None:
        advice = f"restore the last backup ({backup}) or move the file away ({path})"
    else:
        advice = f"move the file away ({path}) to start a new one"
    return StoreUnavailable(f"The timeline database is damaged; {advice}.", path=path, reason="damaged")


def _unavailable(code: int, path: Path) -> StoreUnavailable | None:
    """Map a primary result code to the user's problem, or None when it is our bug."""
    messages: dict[int, tuple[Reason, str]] = {
        _BUSY: ("locked", f"The timeline database ({path}) is in use by another Case Timeline window "
                          "or program; close it and try again."),
        _READONLY: ("read-only", f"The timeline database ({path}) is read-only; check the permissions "
                                 "of the file and its folder."),
        _FULL: ("full", f"The disk holding the timeline database ({path}) is full; free some space "
                        "and try again (this change was not saved)."),
        _CANTOPEN: ("cannot-open", f"The timeline database ({path}) cannot be opened; check that its "
                                   "folder exists and that you may write to it."),
        _IOERR: ("disk-error", f"The disk failed while using the timeline database ({path}); check the "
                               "disk and try again (this change was not saved)."),
        _NOMEM: ("disk-error", "The computer ran out of memory while using the timeline database; "
                               "close other programs and try again."),
    }
    aliases = {_LOCKED: _BUSY, _PERM: _READONLY, _AUTH: _READONLY}
    code = aliases.get(code, code)
    if code in (_CORRUPT, _NOTADB):
        return damaged(path)
    if code in messages:
        reason, message = messages[code]
        return StoreUnavailable(message, path=path, reason=reason)
    return None


def translate(exc: sqlite3.Error, path: Path) -> StoreError:
    """Turn a sqlite3 exception into ours.

    Args:
        exc: what sqlite3 raised.
        path: the database file, quoted in the message.

    Returns:
        A `StoreUnavailable` for environment problems, otherwise a `StoreBug`.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        found = _unavailable(code & 0xFF, path)
        if found is not None:
            return found
    return StoreBug(f"database error ({getattr(exc, 'sqlite_errorname', type(exc).__name__)}): {exc}")


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    """Convert sqlite3 and file-system errors raised inside the block into store errors."""
    try:
        yield
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    except PermissionError as exc:
        raise StoreUnavailable(f"The timeline database ({path}) cannot be created or opened: "
                               f"permission denied ({exc.filename}).", path=path, reason="read-only") from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise _unavailable(_FULL, path) or exc from exc
        raise StoreUnavailable(f"The timeline database ({path}) cannot be created or opened: "
                               f"{exc.strerror or exc}.", path=path, reason="cannot-open") from exc
