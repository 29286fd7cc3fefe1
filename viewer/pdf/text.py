"""Words and line boxes from a PDF's text layer with `pdftotext -bbox-layout`.

pdftotext runs once for the whole document and its XHTML is parsed *while it streams*
(xml.etree.iterparse, each page cleared when done): on two cores the parse overlaps the
extraction, and memory stays at one page of XML however long the PDF is. A watchdog kills
pdftotext when a single page takes longer than `PAGE_TIMEOUT`, and the error names that page.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import _proc
from .errors import PdfError, PdfTimeout
from .info import display_name
from .layout import RawLine, RawWord, clean_word

PAGE_TIMEOUT = 60.0  # seconds without a finished page; normal pages take ~1 ms

_NS = "{http://www.w3.org/1999/xhtml}"
_WORD, _LINE, _BLOCK, _PAGE = (_NS + t for t in ("word", "line", "block", "page"))
# C0 controls other than tab/newline/CR are not allowed in XML, but pdftotext copies them
# from broken font encodings into its output; without this expat stops at the first one.
_BAD_XML = bytes(b for b in range(32) if b not in (9, 10, 13))


@dataclass
class TextPage:
    """One page of the text layer: size in points and lines in pdftotext order."""

    number: int
    width: float
    height: float
    lines: list[RawLine]


class _CleanReader(io.RawIOBase):
    """A read-only stream that drops bytes XML forbids (see `_BAD_XML`)."""

    def __init__(self, raw: io.BufferedReader) -> None:
        self._raw = raw

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read1(size if size and size > 0 else 1 << 16)
        return data.translate(None, _BAD_XML)


def iter_text_pages(path: Path, password: str | None = None,
                    page_timeout: float | None = None) -> Iterator[TextPage]:
    """Yield the text layer page by page. Closing the generator early kills pdftotext."""
    timeout = PAGE_TIMEOUT if page_timeout is None else page_timeout
    name = display_name(path)
    cmd = [_proc.PDFTOTEXT, "-bbox-layout", "-enc", "UTF-8", *_proc.password_args(password), str(path), "-"]
    with tempfile.TemporaryFile() as err:
        try:
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL)
        except FileNotFoundError:
            raise PdfError("pdftotext is not installed (Debian package poppler-utils)") from None
        assert proc.stdout is not None
        pages = 0
        with _proc.Watchdog(proc, timeout) as dog:
            try:
                for page in _parse(_CleanReader(proc.stdout)):  # type: ignore[arg-type]
                    pages = page.number
                    dog.feed()
                    yield page
            except ET.ParseError as exc:
                if not dog.fired:
                    raise PdfError(f"cannot read the text of {name} after page {pages} ({exc})") from None
        if dog.fired:
            raise PdfTimeout(f"pdftotext took longer than {timeout:g} s on page {pages + 1} of {name}")
        if proc.returncode != 0:
            why = _proc.first_error(_proc.read_head(err)) or f"exit status {proc.returncode}"
            raise PdfError(f"cannot read the text of {name} ({why})")


def _parse(stream: io.RawIOBase) -> Iterator[TextPage]:
    """Turn pdftotext's XHTML into pages of lines; only 'end' events are needed because
    the block a line belongs to is the number of blocks closed before it."""
    number = 0
    block = 0
    words: list[RawWord] = []
    lines: list[RawLine] = []
    for _event, elem in ET.iterparse(stream, events=("end",)):
        tag = elem.tag
        if tag == _WORD:
            text = clean_word(elem.text or "")
            if text:
                g = elem.get
                words.append((text, float(g("xMin")), float(g("yMin")), float(g("xMax")), float(g("yMax"))))
        elif tag == _LINE:
            if words:
                lines.append(RawLine(words, block).fit())
                words = []
            elem.clear()
        elif tag == _BLOCK:
            block += 1
        elif tag == _PAGE:
            number += 1
            yield TextPage(number, float(elem.get("width", 0)), float(elem.get("height", 0)), lines)
            lines = []
            elem.clear()  # keep memory at one page of XML
