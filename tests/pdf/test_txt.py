"""Plain-text orders: pages by form feed, paragraphs by blank lines, zero boxes."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.model import Box
from viewer.pdf import PdfError, read_document, render_page


def test_pages_lines_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "order.txt"
    path.write_text("ORDER\r\n\r\nIt is  ORDERED that the\nresponse is due\tJanuary 10, 2025.\f\n\nSO ORDERED.\n")
    info, src = read_document(path, ocr=False)
    assert info.pages == 2 and info.text_source == "text" and len(info.sha256) == 64
    assert src.text == "ORDER\n\nIt is ORDERED that the\nresponse is due January 10, 2025.\fSO ORDERED."
    assert [p.lines for p in src.pages] == [((0, 1), (1, 6), (6, 12)), ((0, 2),)]
    assert all(w.box == Box(0, 0, 0, 0) for p in src.pages for w in p.words)
    for start, end, page, index in src.word_spans:
        assert src.text[start:end] == src.pages[page - 1].words[index].text
    assert src.page_at(src.text.index("SO")) == 2


def test_encodings(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffOrdonnance du 10 janvier — été".encode())
    assert read_document(path)[1].text == "Ordonnance du 10 janvier — été"
    path = tmp_path / "word.txt"
    path.write_bytes("Due \u201cforthwith\u201d".encode("cp1252"))
    assert read_document(path)[1].text == "Due \u201cforthwith\u201d"


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty file"),
    (b"\n\n \f \n", "has no text"),
])
def test_bad_text_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "order.txt"
    path.write_bytes(content)
    with pytest.raises(PdfError, match=message):
        read_document(path)


def test_binary_named_txt_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "order.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(PdfError, match="not a PDF: order.txt \\(a PNG image"):
        read_document(path)


def test_pdf_named_txt_is_read_as_pdf(tmp_path: Path) -> None:
    from . import make

    path = make.text_pdf(tmp_path / "order.txt", [["ORDER of the court"]])
    assert read_document(path)[1].text == "ORDER of the court"


def test_text_file_has_no_page_images(tmp_path: Path) -> None:
    path = tmp_path / "order.txt"
    path.write_text("ORDER")
    with pytest.raises(PdfError, match="text file"):
        render_page(path, 1)
