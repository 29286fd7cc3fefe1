"""Property tests: `word_spans` is exact for every word, whatever the layout.

Two levels: synthetic lines straight into the layout code (fast, many examples, wild
geometry), and real PDFs written by reportlab and read back through pdftotext.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core.model import SourceText
from viewer.pdf import read_document
from viewer.pdf.layout import LaidOut, RawLine, arrange, build_source

from . import make

SEPARATORS = {" ", "\n", "\n\n", "\f", "\n\f", "\f\n"}


def check_spans(src: SourceText) -> None:
    """Every word of every page appears once, in order, at its span; only separators between."""
    expected = [(p.number, i) for p in src.pages for i in range(len(p.words))]
    assert [(page, index) for _, _, page, index in src.word_spans] == expected
    last = 0
    for start, end, page, index in src.word_spans:
        assert 0 <= last <= start < end <= len(src.text)
        assert src.text[start:end] == src.pages[page - 1].words[index].text
        gap = src.text[last:start]
        assert last == 0 and gap == "" or set(gap) <= {" ", "\n", "\f"}, repr(gap)
        last = end
    assert set(src.text[last:]) <= {"\f"}
    assert src.text.count("\f") == len(src.pages) - 1


coord = st.floats(0, 800, allow_nan=False)
word_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=8)


@st.composite
def raw_line(draw: st.DrawFn) -> RawLine:
    words = []
    for _ in range(draw(st.integers(0, 5))):
        x0, y0 = draw(coord), draw(coord)
        words.append((draw(word_text), x0, y0, x0 + draw(st.floats(0, 80)), y0 + draw(st.floats(0, 30))))
    line = RawLine([w for w in words if w[0].strip()], draw(st.integers(0, 3)))
    return line.fit() if line.words else line


@given(st.lists(st.lists(raw_line(), max_size=12), min_size=1, max_size=4))
def test_layout_spans_exact(pages: list[list[RawLine]]) -> None:
    from viewer.pdf.layout import clean_word

    laid: list[LaidOut] = []
    for number, lines in enumerate(pages, start=1):
        for line in lines:  # sources clean words before layout; mimic that
            line.words = [(clean_word(w[0]), *w[1:]) for w in line.words if clean_word(w[0])]
        laid.append(arrange(number, 612, 792, [ln.fit() for ln in lines if ln.words], "text"))
    src = build_source(laid)
    check_spans(src)
    for page in src.pages:
        rows_y = [page.words[a].box for a, _ in page.lines]
        assert len(rows_y) == len(page.lines)


ascii_word = st.text(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,;:()$%&'/"),
                     min_size=1, max_size=9)
text_line = st.one_of(st.just(""), st.lists(ascii_word, min_size=1, max_size=7).map(" ".join))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(text_line, max_size=10), min_size=1, max_size=3))
def test_text_pdf_roundtrip(pages: list[list[str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = make.text_pdf(Path(tmp) / "prop.pdf", pages)
        info, src = read_document(path, ocr=False)
    check_spans(src)
    assert info.pages == len(pages)
    for page, lines in zip(src.pages, pages):
        assert [w.text for w in page.words] == " ".join(lines).split()
        assert len(page.lines) == sum(1 for ln in lines if ln)
    for chunk, lines in zip(src.text.split("\f"), pages):
        written = [ln for ln in lines if ln]
        assert [ln for ln in chunk.split("\n") if ln] == written
        gaps = _blank_before(lines)[1:]
        plain = gaps.count(False)
        # A blank input line is a paragraph break, as long as the page shows its ordinary
        # line spacing often enough to tell (see layout._typical_gap: lower quartile).
        if len(gaps) < 3 or plain > len(gaps) // 4:
            for line, blank in zip(written[1:], gaps):
                if blank:
                    assert f"\n\n{line}" in chunk


def _blank_before(lines: list[str]) -> list[bool]:
    flags, blank = [], False
    for ln in lines:
        if not ln:
            blank = True
            continue
        flags.append(blank)
        blank = False
    return flags
