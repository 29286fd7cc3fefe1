"""Words and line boxes from a PDF's text layer with `pdftotext -bbox-layout`.

pdftotext runs once for the whole document and its XHTML is parsed *while it streams*
(expat, page by page): on two cores the parse overlaps the extraction, and memory stays
at one page of XML however long the PDF is. A watchdog kills
pdftotext when a single page takes longer than `PAGE_TIMEOUT`, and the error names that page.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from . import _proc
from .errors import PdfError, PdfTimeout
from .info import display_name
from .layout import RawLine, RawWord, clean_word

PAGE_TIMEOUT = 60.0  # seconds without a finished page; normal pages take ~1 ms

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
            except expat.ExpatError as exc:
                if not dog.fired:
                    raise PdfError(f"cannot read the text of {name} after page {pages} ({exc})") from None
        if dog.fired:
            raise PdfTimeout(f"pdftotext took longer than {timeout:g} s on page {pages + 1} of {name}")
        if proc.returncode != 0:
            why = _proc.first_error(_proc.read_head(err)) or f"exit status {proc.returncode}"
            raise PdfError(f"cannot read the text of {name} ({why})")


def _parse(stream: io.RawIOBase) -> Iterator[TextPage]:
    """Turn pdftotext's XHTML into pages of lines, page by page as the bytes arrive.

    expat with callbacks rather than ElementTree.iterparse: no Element objects are built,
    which halves the parse time (the parse is most of read_document's cost on text PDFs),
    and nothing has to be cleared to keep memory at one page.
    """
    sink = _Sink()
    parser = expat.ParserCreate()
    parser.buffer_text = True  # one CharacterData call per word, not one per entity
    parser.ordered_attributes = True
    parser.StartElementHandler = sink.start
    parser.EndElementHandler = sink.end
    parser.CharacterDataHandler = sink.chars
    while chunk := stream.read(1 << 16):
        parser.Parse(chunk, False)
        while sink.pages:
            yield sink.pages.popleft()
    parser.Parse(b"", True)
    while sink.pages:
        yield sink.pages.popleft()


class _Sink:
    """expat callbacks: collect words into lines, count blocks, hand out finished pages.

    A line's block id is the number of blocks closed before it, so only end tags matter
    for structure; start tags carry the word boxes and page sizes.
    """

    def __init__(self) -> None:
        self.pages: deque[TextPage] = deque()
        self.lines: list[RawLine] = []
        self.words: list[RawWord] = []
        self.box: list[str] | None = None  # attributes of the open <word>
        self.text = ""
        self.block = 0
        self.number = 0
        self.size = (0.0, 0.0)

    def start(self, name: str, attrs: list[str]) -> None:
        if name == "word":
            self.box = attrs
            self.text = ""
        elif name == "page":
            found = dict(zip(attrs[::2], attrs[1::2]))
            self.size = (float(found.get("width", 0)), float(found.get("height", 0)))

    def chars(self, data: str) -> None:
        if self.box is not None:
            self.text += data  # usually one call per word (buffer_text)

    def end(self, name: str) -> None:
        if name == "word":
            self._word()
        elif name == "line":
            if self.words:
                self.lines.append(RawLine(self.words, self.block).fit())
                self.words = []
        elif name == "block":
            self.block += 1
        elif name == "page":
            self.number += 1
            self.pages.append(TextPage(self.number, *self.size, self.lines))
            self.lines = []

    def _word(self) -> None:
        a, self.box = self.box, None
        text = clean_word(self.text)
        if not text or a is None:
            return
        if a[0] == "xMin" and a[2] == "yMin" and a[4] == "xMax" and a[6] == "yMax":
            self.words.append((text, float(a[1]), float(a[3]), float(a[5]), float(a[7])))
        else:  # attribute order is poppler's habit, not a promise
            d = dict(zip(a[::2], a[1::2]))
            self.words.append((text, float(d["xMin"]), float(d["yMin"]), float(d["xMax"]), float(d["yMax"])))
