"""Plain-text orders (.txt): one page per form-feed chunk, words without geometry.

Court orders pasted from PACER or e-mail arrive as text; they go through the same
pipeline as PDFs, with zero boxes, because later stages only need words and offsets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from viewer.core.model import Box, Page, Word

from .errors import Cancelled, PdfError
from .info import display_name
from .layout import LaidOut, clean_word

NOMINAL_SIZE = (612.0, 792.0)  # text has no page size; US letter keeps viewers' maths finite
_ZERO = Box(0.0, 0.0, 0.0, 0.0)
MAX_TEXT_BYTES = 200 * 1024 * 1024  # a "text" file larger than this is not an order


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, which is what Word exports."""
    if b"\x00" in data:
        raise PdfError(f"not a text file: {name} contains binary data")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_text_pages(path: Path, progress: Callable[[int, int], None] | None = None,
                    cancel: Callable[[], bool] | None = None) -> list[LaidOut]:
    """Pages of a text file, each with its lines and paragraph starts (blank lines)."""
    name = display_name(path)
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise PdfError(f"text file too large: {name}")
    text = decode(path.read_bytes(), name)
    chunks = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    if not any(chunk.strip() for chunk in chunks):
        raise PdfError(f"empty file: {name} has no text")
    pages: list[LaidOut] = []
    for number, chunk in enumerate(chunks, start=1):
        if cancel is not None and cancel():
            raise Cancelled(f"reading {name} was cancelled")
        pages.append(_page(number, chunk))
        if progress is not None:
            progress(number, len(chunks))
    return pages


def _page(number: int, chunk: str) -> LaidOut:
    words: list[Word] = []
    lines: list[tuple[int, int]] = []
    starts: set[int] = set()
    blank_before = False
    for raw in chunk.split("\n"):
        tokens = [t for t in (clean_word(w) for w in raw.split()) if t]
        if not tokens:
            blank_before = True
            continue
        if blank_before and lines:
            starts.add(len(lines))
        blank_before = False
        first = len(words)
        words.extend(Word(t, _ZERO) for t in tokens)
        lines.append((first, len(words)))
    source = "text" if words else "none"
    page = Page(number, *NOMINAL_SIZE, tuple(words), source, tuple(lines))  # type: ignore[arg-type]
    return LaidOut(page, frozenset(starts))
