"""Words and line boxes from a PDF's text layer with `pdftotext -bbox-layout`.

pdftotext runs once for the whole document and its XHTML is parsed *while it streams*
(page by page, see `bbox`): on two cores the parse overlaps the extraction, and memory stays
at about one page of XML however long the PDF is. The CLI may have started pdftotext already
(`prefetch`), in which case that process is taken over. A watchdog kills pdftotext when a
single page takes longer than `PAGE_TIMEOUT`, and the error names that page.
"""

from __future__ import annotations

import io
from collections.abc import Generator, Iterator
from pathlib import Path
from xml.parsers import expat

from . import _proc, prefetch
from .bbox import BAD_XML, TextPage, parse
from .errors import PdfError, PdfTimeout
from .info import display_name

__all__ = ["PAGE_TIMEOUT", "TextPage", "iter_text_pages"]

PAGE_TIMEOUT = 60.0  # seconds without a finished page; normal pages take ~1 ms


class _CleanReader(io.RawIOBase):
    """A read-only stream that drops bytes XML forbids (see `bbox.BAD_XML`)."""

    def __init__(self, raw: io.BufferedReader) -> None:
        self._raw = raw

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read1(size if size and size > 0 else 1 << 16)
        return data.translate(None, BAD_XML)


def iter_text_pages(path: Path, password: str | None = None,
                    page_timeout: float | None = None) -> Generator[TextPage, None, None]:
    """Yield the text layer page by page. Closing the generator early kills pdftotext."""
    timeout = PAGE_TIMEOUT if page_timeout is None else page_timeout
    name = display_name(path)
    run = prefetch.take(path, password)
    if run is None:
        try:
            run = prefetch.TextRun(prefetch.command(path, password), spool=False)
        except FileNotFoundError:
            raise PdfError("pdftotext is not installed (Debian package poppler-utils)") from None
    try:
        pages = 0
        with _proc.Watchdog(run.proc, timeout) as dog:
            try:
                for page in parse(run.read):
                    pages = page.number
                    dog.feed()
                    yield page
            except expat.ExpatError as exc:
                if not dog.fired:
                    raise PdfError(f"cannot read the text of {name} after page {pages} ({exc})") from None
        if dog.fired:
            raise PdfTimeout(f"pdftotext took longer than {timeout:g} s on page {pages + 1} of {name}")
        if run.proc.returncode != 0:
            why = _proc.first_error(_proc.read_head(run.err)) or f"exit status {run.proc.returncode}"
            raise PdfError(f"cannot read the text of {name} ({why})")
    finally:
        run.close()


def _parse(stream: io.RawIOBase) -> Iterator[TextPage]:
    """Pages of a -bbox-layout XHTML stream (tests feed prepared bytes through this)."""
    return parse(lambda: stream.read(1 << 16) or b"")
