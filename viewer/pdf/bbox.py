"""Parse `pdftotext -bbox-layout` XHTML into pages of lines of words, page by page as it streams.

Why regexes and not an XML parser: expat with Python callbacks spent ~0.45 s on a 300-page
order (80k end-tag callbacks, 90k words). poppler writes this XHTML in one fixed shape
(`<word xMin=".." yMin=".." xMax=".." yMax="..">text</word>` inside `<line>` inside `<block>`),
so each finished page is cut out of the byte stream at `</page>` and read with `str.split`
and one compiled `findall` per line, which runs in C.

Exactness comes first: a page is read the fast way only when it provably has poppler's shape
(every `<word` tag matched, only the five XML entities, no comments, CDATA or processing
instructions, nothing outside a line). Anything else -- another attribute order, a damaged
stream, the truncated tail of a killed pdftotext -- hands that page and the rest of the stream
to the expat parser (`_Sink`, the former implementation), primed with the document's header,
the page number and the block counter, so its output and its errors are those of the old code.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from xml.parsers import expat

from .layout import RawLine, RawWord, clean_word

Read = Callable[[], bytes]  # next chunk of the stream; b"" at the end

# C0 controls other than tab/newline/CR are not allowed in XML, but pdftotext copies them
# from broken font encodings into its output; without this expat stops at the first one.
BAD_XML = bytes(b for b in range(32) if b not in (9, 10, 13))
# Without a `</page>` in this many bytes the stream is not poppler's usual shape; expat then
# takes over so memory stays bounded (the old streaming parse never held more than a chunk).
MAX_PENDING = 32 << 20

_END = b"</page>"
_PAGE_TAG = re.compile(r'<page width="([^"<>]*)" height="([^"<>]*)">')
# No space or newline in a word's text: poppler splits words there; a word that has one is left
# unmatched, so the count check below hands the page to expat.
_WORD = re.compile(r'<word xMin="([^"<>]*)" yMin="([^"<>]*)" xMax="([^"<>]*)" yMax="([^"<>]*)">([^<\n ]*)</word>')
_ENTITY = re.compile(r"&(amp|lt|gt|quot|apos);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
# Characters XML 1.0 forbids that survive UTF-8 decoding; expat rejects them (and so must we).
_NON_XML = ("\ufffe", "\uffff")


@dataclass
class TextPage:
    """One page of the text layer: size in points and lines in pdftotext order."""

    number: int
    width: float
    height: float
    lines: list[RawLine]


def parse(read: Read) -> Iterator[TextPage]:
    """Pages of pdftotext's -bbox-layout XHTML as they arrive; `read()` returns b"" at EOF.

    Malformed XML raises `expat.ExpatError` (as the expat-only parser did); a non-number in a
    box raises ValueError.
    """
    number, block = 0, 0
    header: bytes | None = None  # everything before the first <page>, to prime expat
    pending: list[bytes] = []
    size = 0
    while True:
        chunk = read().translate(None, BAD_XML)
        if not chunk:
            break
        # Look for </page> in the new chunk plus the few bytes before it it may straddle.
        edge = pending[-1][-len(_END) + 1:] if pending else b""
        pending.append(chunk)
        size += len(chunk)
        if _END not in edge + chunk:
            if size > MAX_PENDING:
                yield from _expat_rest(header if number else None, b"".join(pending), read, number, block)
                return
            continue
        data = b"".join(pending)
        cut = data.rfind(_END) + len(_END)
        pieces = data[:cut].split(_END)[:-1]  # one per finished page
        pending = [data[cut:]] if cut < len(data) else []
        size = len(data) - cut
        for i, piece in enumerate(pieces):
            if header is None:
                start = piece.find(b"<page")
                header = piece[:start] if start >= 0 else b""
            fast = _fast_page(piece, number, block, first=number == 0)
            if fast is None:  # not poppler's usual shape: expat reads this page and the rest
                rest = b"".join(p + _END for p in pieces[i:]) + b"".join(pending)
                yield from _expat_rest(header if number else None, rest, read, number, block)
                return
            page, block = fast
            number = page.number
            yield page
    # The tail after the last page (closing tags, or a truncated page) goes through expat too,
    # so a stream cut short fails exactly as it did before.
    yield from _expat_rest(header if number else None, b"".join(pending), None, number, block)


def _fast_page(piece: bytes, number: int, block: int, *, first: bool) -> tuple[TextPage, int] | None:
    """The page in `piece` (bytes up to its `</page>`) and the new block count, or None
    when the piece is not in poppler's usual shape (then expat must read it)."""
    try:
        text = piece.decode("utf-8")
    except UnicodeDecodeError:
        return None
    start = text.find("<page")
    head = text[:start]
    if start < 0 or "<word" in head or (not first and head.strip()):
        return None
    tag = _PAGE_TAG.match(text, start)
    if tag is None:
        return None
    body = text[tag.end():]
    if "<page" in body or "<!" in body or "<?" in body or any(ch in body for ch in _NON_XML):
        return None
    # One check per page instead of one per word: a non-printable character anywhere (the
    # markup itself is printable ASCII and newlines) sends every line through clean_word.
    # isascii() is a fast scan; in ASCII only tab, CR and DEL can be non-printable here.
    if body.isascii():
        odd = "\t" in body or "\r" in body or "\x7f" in body
    else:
        odd = not body.replace("\n", "").isprintable()
    odd = odd or "></word>" in body  # an empty word is no word
    try:
        width, height = float(tag[1]), float(tag[2])
        lines, found, blocks = _lines(body, block, odd)
    except (ValueError, _Irregular):
        return None
    if found != body.count("<word"):  # a word outside a line, or a tag of another shape
        return None
    return TextPage(number + 1, width, height, lines), block + blocks


class _Irregular(Exception):
    """A word's text holds an entity other than the five XML ones (expat decides what it is)."""


def _lines(body: str, block: int, odd: bool) -> tuple[list[RawLine], int, int]:
    """Lines with their block ids, the number of <word> elements read, and of </block> tags.

    A line's block id is the number of blocks closed before it, as in `_Sink`. All words of
    the page are matched at once and their tuples built by zip/map (in C); lines then take
    consecutive slices. No match can span a `</line>` (no '<' inside one), so the slices are
    exact whenever the page's match count equals its `<word` count (checked by the caller).
    """
    hits = _WORD.findall(body)
    if not hits:
        texts: tuple[str, ...] = ()
        x0s: list[float] = []
        y0s: list[float] = []
        x1s: list[float] = []
        y1s: list[float] = []
    else:
        a, b, c, d, texts = zip(*hits)
        x0s, y0s = list(map(float, a)), list(map(float, b))
        x1s, y1s = list(map(float, c)), list(map(float, d))
    words: list[RawWord] = list(zip(texts, x0s, y0s, x1s, y1s))
    lines: list[RawLine] = []
    pos = 0
    segments = body.split("</block>")
    for index, segment in enumerate(segments):
        parts = segment.split("</line>")
        if "<word" in parts[-1]:  # a word after the block's last line: expat's business
            raise _Irregular(parts[-1])
        for part in parts[:-1]:
            n = part.count("<word")
            if not n:
                continue
            end = pos + n
            if odd or "&" in part:
                kept = _cleaned(words[pos:end])
                if kept:
                    lines.append(RawLine(kept, block + index).fit())
            else:  # the line box is the union of its word boxes, as RawLine.fit() makes it
                lines.append(RawLine(words[pos:end], block + index, min(x0s[pos:end]), min(y0s[pos:end]),
                                     max(x1s[pos:end]), max(y1s[pos:end])))
            pos = end
    return lines, len(hits), len(segments) - 1


def _cleaned(words: list[RawWord]) -> list[RawWord]:
    """Unescape and clean the words of a line (the rare path: entities, odd characters)."""
    out: list[RawWord] = []
    for text, x0, y0, x1, y1 in words:
        if "&" in text:
            if text.count("&") != len(_ENTITY.findall(text)):
                raise _Irregular(text)
            text = _ENTITY.sub(lambda m: _ENTITIES[m[1]], text)
        text = clean_word(text)
        if text:
            out.append((text, x0, y0, x1, y1))
    return out


def _expat_rest(header: bytes | None, data: bytes, read: Read | None,
                number: int, block: int) -> Iterator[TextPage]:
    """The old expat parse, from `data` on, then the rest of `read()`.

    `header` (the document's start tags) is fed first when earlier pages were already read
    the fast way; `number` and `block` carry their page and block counts over.
    """
    sink = _Sink(number, block)
    parser = expat.ParserCreate()
    parser.buffer_text = True  # one CharacterData call per word, not one per entity
    parser.ordered_attributes = True
    parser.StartElementHandler = sink.start
    parser.EndElementHandler = sink.end
    parser.CharacterDataHandler = sink.chars
    if header is not None:
        parser.Parse(header, False)
    parser.Parse(data, False)
    while sink.pages:
        yield sink.pages.popleft()
    while read is not None and (chunk := read()):
        parser.Parse(chunk.translate(None, BAD_XML), False)
        while sink.pages:
            yield sink.pages.popleft()
    parser.Parse(b"", True)
    while sink.pages:
        yield sink.pages.popleft()


def parse_expat(read: Read) -> Iterator[TextPage]:
    """The expat-only parse of the whole stream (the reference the fast parser is tested on)."""
    yield from _expat_rest(None, b"", lambda: read(), 0, 0)


class _Sink:
    """expat callbacks: collect words into lines, count blocks, hand out finished pages.

    A line's block id is the number of blocks closed before it, so only end tags matter
    for structure; start tags carry the word boxes and page sizes.
    """

    def __init__(self, number: int = 0, block: int = 0) -> None:
        self.pages: deque[TextPage] = deque()
        self.lines: list[RawLine] = []
        self.words: list[RawWord] = []
        self.box: list[str] | None = None  # attributes of the open <word>
        self.text = ""
        self.block = block
        self.number = number
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
