"""Start `pdftotext -bbox-layout` before the rest of the app is imported, and hand it over later.

Why: on a 300-page order pdftotext alone takes ~0.27 s and the app's imports (court tables,
`holidays`, the extraction core) ~0.2 s of CPU on another core. The CLI calls `start()` right
after parsing its arguments, imports the pipeline while pdftotext runs, and `read_document`
then `take()`s the running process instead of starting its own.

While nobody reads, pdftotext writes into an unlinked temporary file (a 64 kB pipe would stop
it after a few pages); see `TextRun`. This module imports nothing heavy on purpose.
"""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, cast

from . import _proc

CHUNK = 1 << 16
POLL = 0.001  # seconds between looks at a spool file that has no new bytes yet

Key = tuple[str, str | None, int, int, int]


class TextRun:
    """One pdftotext -bbox-layout process: `read()` gives its stdout chunk by chunk (b"" at
    the end), `err` holds its stderr, `close()` kills it if needed and releases everything.

    `spool=False` reads stdout through a pipe (the parser keeps pace; memory stays at a
    chunk). `spool=True` lets pdftotext write into an unlinked temporary file that `read()`
    follows as it grows: nobody needs to drain a pipe while the app imports, so pdftotext
    never waits and the import thread is not interrupted (a pump thread reading a pipe cost
    ~0.1 s of imports in GIL hand-offs on two cores). The file lives in the user's temp
    folder and has no name from the start, like the stderr file.
    """

    def __init__(self, cmd: list[str], *, spool: bool) -> None:
        # Closed by close()/_release(), not a with-block: the run outlives this call.
        self.err: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115
        self._fd = -1
        try:
            writer = subprocess.PIPE if not spool else self._spool()
        except BaseException:
            self.err.close()
            raise
        try:
            self.proc = subprocess.Popen(cmd, stdout=writer, stderr=self.err, stdin=subprocess.DEVNULL)
        except BaseException:
            self._release()
            raise
        finally:
            if spool:
                os.close(writer)  # pdftotext holds its own copy
        self._out = cast("io.BufferedReader | None", self.proc.stdout)  # None when spooling

    def _spool(self) -> int:
        """An unlinked file opened twice: pdftotext writes through one descriptor, we read
        through the other (separate offsets, unlike a dup of one descriptor)."""
        folder = tempfile.mkdtemp(prefix="case-timeline-")
        path = os.path.join(folder, "text.xhtml")
        try:
            writer = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            self._fd = os.open(path, os.O_RDONLY)
        finally:
            try:
                os.unlink(path)
            except OSError:
                pass
            os.rmdir(folder)
        return writer

    def read(self) -> bytes:
        """The next chunk of stdout, b"" at the end (or after the process was killed)."""
        if self._out is not None:
            return self._out.read1(CHUNK)
        while True:
            data = os.read(self._fd, CHUNK)
            if data:
                return data
            if self.proc.poll() is not None:  # ended: whatever it wrote last is there now
                return os.read(self._fd, CHUNK)
            time.sleep(POLL)  # the parser caught up with pdftotext; it is still writing

    def close(self) -> None:
        """Kill pdftotext if it still runs, reap it, close the files."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        if self._out is not None:
            self._out.close()
        self._release()

    def _release(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        self.err.close()


def command(path: Path, password: str | None) -> list[str]:
    """The pdftotext command line for the text layer of `path`."""
    return [_proc.PDFTOTEXT, "-bbox-layout", "-enc", "UTF-8", *_proc.password_args(password), str(path), "-"]


def _key(path: Path, password: str | None) -> Key | None:
    """What a prefetched run must match: the file as it is now, and the password."""
    try:
        st = os.stat(path)
        return (os.path.realpath(path), password, st.st_ino, st.st_size, st.st_mtime_ns)
    except OSError:
        return None


_lock = threading.Lock()
_slot: tuple[Key, TextRun] | None = None


def start(path: str | Path, password: str | None = None) -> bool:
    """Start pdftotext on `path` now if it is a readable PDF; True if it was started.

    Never raises: anything odd (missing file, not a PDF, no poppler) is left for
    `read_document` to report in its usual words.
    """
    global _slot
    from .info import sniff  # light: hashlib, re, subprocess

    p = Path(path)
    key = _key(p, password)
    try:
        if key is None or not p.is_file() or sniff(p) != "pdf":
            return False
        run = TextRun(command(p, password), spool=True)
    except Exception:  # noqa: BLE001 - see the docstring
        return False
    with _lock:
        old, _slot = _slot, (key, run)
    if old is not None:
        old[1].close()
    return True


def take(path: Path, password: str | None) -> TextRun | None:
    """The prefetched run for this file and password, if there is one (it is then yours)."""
    global _slot
    with _lock:
        found, _slot = _slot, None
    if found is None:
        return None
    if found[0] == _key(path, password) and found[1].proc.args == command(path, password):
        return found[1]
    found[1].close()  # for another file, or the file changed since: useless
    return None


def discard() -> None:
    """Kill and forget a prefetched run nobody took (e.g. pdfinfo failed first)."""
    global _slot
    with _lock:
        found, _slot = _slot, None
    if found is not None:
        found[1].close()
