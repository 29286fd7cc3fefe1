"""The fast -bbox-layout parser gives exactly what the expat parser gave, and pdftotext can be
started early (prefetch) and taken over without changing what read_document returns."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Callable
from pathlib import Path
from xml.parsers import expat

import pytest

from viewer.pdf import bbox, prefetch, read_document, text

from . import make
from .test_text import _running


def reader(data: bytes, size: int) -> Callable[[], bytes]:
    stream = io.BytesIO(data)
    return lambda: stream.read(size)


def xhtml(path: Path) -> bytes:
    return subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, check=True).stdout


def same_pages(data: bytes, sizes: tuple[int, ...] = (7, 4096, 1 << 16, 1 << 30)) -> None:
    expected = list(bbox.parse_expat(reader(data, 1 << 16)))
    assert expected
    for size in sizes:  # chunk edges anywhere, also inside "</page>"
        assert list(bbox.parse(reader(data, size))) == expected, size


@pytest.fixture
def seed(shared: Path) -> Path:
    return shared / "samples" / "seed-tro" / "order.pdf"


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """Forty pages with entities, quotes, non-ASCII letters and paragraph gaps."""
    body = ["ORDER & JUDGMENT <sealed> \"quoted\" it's § 1983", "",
            "Réponse due January 10, 2025 at 4:00 p.m.", "a < b > c && d", ""]
    return make.text_pdf(tmp_path / "many.pdf", [body + [f"Page {n} of 40"] for n in range(1, 41)])


def test_seed_pages_identical(seed: Path) -> None:
    same_pages(xhtml(seed))


def test_generated_pages_identical(many: Path) -> None:
    same_pages(xhtml(many))


@pytest.mark.parametrize("name", ["seed", "many"])
def test_source_text_identical(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
                               name: str) -> None:
    path = request.getfixturevalue(name)
    fast = read_document(path)
    monkeypatch.setattr(text, "parse", bbox.parse_expat)
    assert read_document(path) == fast


PAGE = ('<page width="612.000000" height="792.000000"><flow><block xMin="1" yMin="2" xMax="3" yMax="4">'
        '<line xMin="1" yMin="2" xMax="3" yMax="4">{words}</line></block></flow></page>\n')
WORD = '<word xMin="{x}" yMin="2.5" xMax="{x2}" yMax="14.25">{t}</word>'


def document(*pages: str) -> bytes:
    head = ('<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<title></title>\n'
            '</head>\n<body>\n<doc>\n')
    return (head + "".join(pages) + "</doc>\n</body>\n</html>\n").encode()


def page(*texts: str) -> str:
    return PAGE.format(words="".join(WORD.format(x=10 * i, x2=10 * i + 8, t=t) for i, t in enumerate(texts)))


ODD_PAGES = {
    "entities": page("a&amp;b", "&lt;x&gt;", "&quot;q&quot;", "it&apos;s"),
    "non-printable": page("tab\there", "nb\u00a0sp", "del\x7f", "ok"),
    "attribute order": page("one").replace('xMin="0" yMin="2.5"', 'yMin="2.5" xMin="0"'),
    "numeric reference": page("&#65;B", "C"),
    "comment": page("one", "two").replace("<line", "<!-- note --><line", 1),
    "word outside a line": page("one").replace("</line>", '</line><word xMin="5" yMin="6" xMax="7" yMax="8">'
                                                          "lost</word>"),
    "space in a word": page("two words", "x"),
    "empty lines and words": page() + page("", "x"),
    "two blocks": page("a").replace("</block>", '</block><block><line><word xMin="1" yMin="2" xMax="3" '
                                                'yMax="4">b</word></line></block>'),
}


@pytest.mark.parametrize("odd", list(ODD_PAGES.values()), ids=list(ODD_PAGES))
def test_odd_pages_read_as_expat_reads_them(odd: str) -> None:
    """Pages of another shape go to expat, before, between and after ordinary pages."""
    plain = page("ORDER", "due", "January", "10,", "2025.")
    for pages in ((odd,), (odd, plain), (plain, odd), (plain, odd, plain)):
        same_pages(document(*pages), sizes=(1, 5, 64, 1 << 20))


@pytest.mark.parametrize("cut", [-30, -12, -1])
def test_truncated_stream_fails_like_expat(cut: int) -> None:
    data = document(page("one"), page("two"))[:cut - 30]
    with pytest.raises(expat.ExpatError):
        list(bbox.parse_expat(reader(data, 64)))
    with pytest.raises(expat.ExpatError):
        list(bbox.parse(reader(data, 64)))


def test_empty_and_bad_utf8_fail_like_expat() -> None:
    for data in (b"", document(page("caf\u00e9")).replace("é".encode(), b"\xe9")):
        with pytest.raises(expat.ExpatError):
            list(bbox.parse_expat(reader(data, 64)))
        with pytest.raises(expat.ExpatError):
            list(bbox.parse(reader(data, 64)))


def test_prefetched_run_is_taken(many: Path) -> None:
    expected = read_document(many)
    assert prefetch.start(many)
    assert read_document(many) == expected
    assert prefetch.take(many, None) is None  # it was used up


def test_prefetch_for_another_file_or_password_is_dropped(many: Path, seed: Path) -> None:
    assert prefetch.start(many)
    assert read_document(seed)[0].pages == 6  # not many.pdf's text
    assert _running("many.pdf") == []
    assert prefetch.start(many, password="x")
    assert prefetch.take(many, None) is None
    assert _running("many.pdf") == []


def test_prefetch_skips_what_is_not_a_pdf(tmp_path: Path) -> None:
    txt = tmp_path / "order.txt"
    txt.write_text("ORDER\n")
    assert not prefetch.start(txt)
    assert not prefetch.start(tmp_path / "missing.pdf")
    assert not prefetch.start(tmp_path)


def test_discard_kills_an_unused_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make.text_pdf(tmp_path / "unused.pdf", [["ORDER"]] * 3)
    assert prefetch.start(path)
    prefetch.discard()
    assert _running("unused.pdf") == []
    assert prefetch.take(path, None) is None
