"""Immutable values that flow through the pipeline: words with boxes, documents, events.

Everything here is plain data (frozen dataclasses) so the same objects can be handed to the
store, the .ics writer and the Qt models without copying or conversion surprises.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

EventKind = Literal["entry", "service", "filing", "hearing", "expiry", "other"]
KINDS: tuple[str, ...] = ("entry", "service", "filing", "hearing", "expiry", "other")
Status = Literal["proposed", "confirmed", "edited", "dismissed"]
STATUSES: tuple[str, ...] = ("proposed", "confirmed", "edited", "dismissed")


@dataclass(frozen=True)
class Box:
    """A rectangle on a page, in PDF points with the origin at the top-left corner."""

    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Word:
    """One word of a page as the text layer or OCR gave it."""

    text: str
    box: Box


@dataclass(frozen=True)
class Page:
    """A page of words; `source` says whether they came from the text layer or from OCR."""

    number: int  # 1-based
    width: float
    height: float
    words: tuple[Word, ...]
    source: Literal["text", "ocr", "none"] = "text"
    lines: tuple[tuple[int, int], ...] = ()  # (first word index, end word index) per line


@dataclass(frozen=True)
class SourceText:
    """The text of a whole document and where each character came from.

    `text` joins words with spaces, lines with newlines and pages with a form feed.
    `char_pages[i]` is the page number of character i; `word_spans` maps each word
    (page, index) to its character span so a span can be turned back into boxes.
    """

    text: str
    pages: tuple[Page, ...]
    word_spans: tuple[tuple[int, int, int, int], ...] = ()  # (start, end, page, word index)

    @cached_property
    def _starts(self) -> list[int]:
        """Start offsets of the words, for binary search (word_spans are in text order)."""
        return [span[0] for span in self.word_spans]

    @cached_property
    def _page_breaks(self) -> list[int]:
        """Offsets of the form feeds, for plain text that has no word spans."""
        return [m.start() for m in re.finditer("\f", self.text)]

    def page_at(self, offset: int) -> int:
        """Page number (1-based) of the character at `offset`."""
        if not self.word_spans:
            return bisect_left(self._page_breaks, max(0, offset)) + 1
        index = bisect_right(self._starts, offset) - 1
        return self.word_spans[max(index, 0)][2]

    def boxes(self, start: int, end: int) -> tuple[tuple[int, Box], ...]:
        """(page, box) of every word that overlaps the character span [start, end)."""
        found: list[tuple[int, Box]] = []
        first = max(bisect_right(self._starts, start) - 1, 0)
        for w_start, w_end, number, index in self.word_spans[first:]:
            if w_end <= start:
                continue
            if w_start >= end:
                break
            found.append((number, self.pages[number - 1].words[index].box))
        return tuple(found)


@dataclass(frozen=True)
class DocumentInfo:
    """What the adapters learned about the file itself."""

    path: str
    sha256: str
    pages: int
    text_source: Literal["text", "ocr", "mixed", "none"]


@dataclass(frozen=True)
class Case:
    """The case an order belongs to, read from its caption."""

    court: str = ""
    number: str = ""
    caption: str = ""
    timezone: str = "America/New_York"
    state: str = ""  # two-letter state whose holidays count under Rule 6(a)(6)(C)


@dataclass(frozen=True)
class Relative:
    """A period counted from another event: `amount unit direction anchor`."""

    amount: int
    unit: Literal["days", "calendar_days", "court_days", "weeks", "months", "hours"]
    direction: Literal["before", "after"]
    anchor: str  # id of the anchor event, or a phrase when the anchor is not in the order


@dataclass(frozen=True)
class Event:
    """One item of the timeline, with the sentence it came from and how its date was found."""

    id: str
    kind: str
    title: str
    date: dt.date | None
    time: dt.time | None = None
    timezone: str = "America/New_York"
    stated: str = ""
    relative: Relative | None = None
    computation: str = ""
    quote: str = ""
    page: int = 1
    start: int = 0  # character span of the quote in SourceText.text
    end: int = 0
    confidence: float = 0.9
    flags: tuple[str, ...] = ()
    recital: bool = False
    status: str = "proposed"
    boxes: tuple[tuple[int, Box], ...] = field(default=(), compare=False)

    def __str__(self) -> str:
        """One stable line for golden files and assertion messages."""
        when = self.date.isoformat() if self.date else "undated"
        at = f" {self.time.strftime('%H:%M')}" if self.time else ""
        return f"{self.kind} {when}{at} | {self.title} | p{self.page}"


@dataclass(frozen=True)
class Timeline:
    """The result of extraction for one document."""

    document: DocumentInfo
    case: Case
    events: tuple[Event, ...]
    warnings: tuple[str, ...] = ()
