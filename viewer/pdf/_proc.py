"""Subprocess helpers: every poppler/tesseract call is bounded in time and its
failures become one-line `PdfError`s.

Why not plain `subprocess.run(timeout=...)` everywhere: `pdftotext` output is streamed
and parsed while the process runs, so that call needs a stall watchdog instead
(see `Watchdog`).
"""

from __future__ import annotations

import subprocess
import tempfile
import threading
import time
from collections.abc import Sequence
from typing import IO

from .errors import PdfError, PdfTimeout

# Binaries are module-level names so tests can point them at fakes (e.g. one that hangs).
PDFINFO = "pdfinfo"
PDFTOTEXT = "pdftotext"
PDFIMAGES = "pdfimages"

# Lines in poppler's stderr that carry no meaning for the user.
_NOISE = ("Syntax Warning", "Internal Error: xref num")


def password_args(password: str | None) -> list[str]:
    """poppler flags for a password; given as both owner and user password so either works."""
    if password is None:
        return []
    return ["-opw", password, "-upw", password]


def run(cmd: Sequence[str], *, timeout: float, what: str) -> subprocess.CompletedProcess[bytes]:
    """Run `cmd` to completion within `timeout` seconds; `what` names the job in errors.

    stderr goes to a temporary file rather than a pipe: a damaged PDF can make poppler
    print megabytes of "Syntax Error" lines, and we only read the first few.
    """
    with tempfile.TemporaryFile() as err:
        try:
            proc = subprocess.run(list(cmd), stdout=subprocess.PIPE, stderr=err,
                                  stdin=subprocess.DEVNULL, timeout=timeout, check=False)
        except FileNotFoundError as exc:
            raise PdfError(f"{cmd[0]} is not installed (Debian package poppler-utils): {exc.strerror}") from None
        except subprocess.TimeoutExpired:
            raise PdfTimeout(f"{what} took longer than {timeout:g} s") from None
        proc.stderr = read_head(err)
    return proc


def read_head(stream: IO[bytes], limit: int = 4096) -> bytes:
    """First `limit` bytes of a temporary file that a subprocess wrote to."""
    stream.seek(0)
    return stream.read(limit)


def first_error(stderr: bytes) -> str:
    """The most telling line of poppler's stderr, or '' if it said nothing useful."""
    lines = [ln.strip() for ln in stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    lines = [ln for ln in lines if not ln.startswith(_NOISE)]
    # "Couldn't read xref table" (last) says more than "Couldn't find trailer" (first).
    for line in lines:
        if "xref" in line or "Incorrect password" in line or "May not be a PDF" in line:
            return _strip_prefix(line)
    return _strip_prefix(lines[0]) if lines else ""


def _strip_prefix(line: str) -> str:
    for prefix in ("Command Line Error: ", "Syntax Error: ", "I/O Error: ", "Error: "):
        if line.startswith(prefix):
            return line[len(prefix):]
    return line


class Watchdog:
    """Kill a streaming subprocess when it makes no progress for `timeout` seconds.

    The reader calls `feed()` after each page; the watchdog thread checks a few times per
    timeout period. `fired` tells the reader that EOF came from the kill, not from the end.
    """

    def __init__(self, proc: subprocess.Popen[bytes], timeout: float) -> None:
        self.proc = proc
        self.timeout = timeout
        self.fired = False
        self._last = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="pdf-watchdog", daemon=True)

    def __enter__(self) -> Watchdog:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        if self.proc.poll() is None:  # an early exit (error, cancel) must not leak the process
            self.proc.kill()
        self.proc.wait()

    def feed(self) -> None:
        """Record progress (a page finished)."""
        self._last = time.monotonic()

    def _watch(self) -> None:
        step = min(0.25, self.timeout / 4)
        while not self._stop.wait(step):
            if time.monotonic() - self._last > self.timeout and self.proc.poll() is None:
                self.fired = True
                self.proc.kill()
                return
