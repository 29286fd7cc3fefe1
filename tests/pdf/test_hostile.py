"""Hostile input: every case ends in a one-line PdfError, never a traceback, hang or blow-up."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from viewer.pdf import (
    PasswordRequired,
    PdfError,
    PdfTimeout,
    page_count,
    page_sizes,
    read_document,
    render_page,
)
from viewer.pdf import _proc, info, ocr, text

from . import make

ALL_READERS = [
    pytest.param(lambda p: read_document(p), id="read_document"),
    pytest.param(lambda p: page_count(p), id="page_count"),
    pytest.param(lambda p: page_sizes(p), id="page_sizes"),
    pytest.param(lambda p: render_page(p, 1), id="render_page"),
]


def one_line(err: pytest.ExceptionInfo[PdfError]) -> str:
    message = str(err.value)
    assert message and "\n" not in message and "Traceback" not in message
    return message


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return make.text_pdf(tmp_path / "order.pdf", [["ORDER", "Response due January 10, 2025."]] * 3)


@pytest.mark.parametrize("reader", ALL_READERS)
@pytest.mark.parametrize(("content", "expect"), [
    (b"", "empty file"),
    (make.docx_bytes(), "ZIP"),
    (b"<!DOCTYPE html><html><body>Order</body></html>", "HTML"),
    (b"ORDER\nThe response is due January 10, 2025.\n", "plain text"),
    (make.png_bytes(), "PNG image"),
    (make.jpeg_bytes(), "JPEG image"),
    (b"\x00\x01\x02\x03\xff", "binary data"),
    (b"\x00MZbinary", "starts with 'MZbinar'"),
])
def test_not_a_pdf(tmp_path: Path, reader, content: bytes, expect: str) -> None:
    path = tmp_path / "order.pdf"
    path.write_bytes(content)
    with pytest.raises(PdfError) as err:
        reader(path)
    message = one_line(err)
    assert expect in message and "order.pdf" in message


@pytest.mark.parametrize("reader", ALL_READERS)
def test_truncated_pdf(tmp_path: Path, pdf: Path, reader) -> None:
    data = pdf.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(PdfError, match="damaged or truncated") as err:
        reader(cut)
    one_line(err)


@pytest.mark.parametrize("reader", ALL_READERS)
def test_garbage_after_header(tmp_path: Path, reader) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(4000) + b"(unterminated")
    with pytest.raises(PdfError, match="damaged or truncated") as err:
        reader(path)
    one_line(err)


def test_missing_path_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PdfError, match="file not found"):
        read_document(tmp_path / "nope.pdf")
    with pytest.raises(PdfError, match="is a folder"):
        read_document(tmp_path)
    with pytest.raises(PdfError, match="is a folder"):
        render_page(tmp_path, 1)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(pdf: Path) -> None:
    pdf.chmod(0)
    try:
        with pytest.raises(PdfError, match="permission denied"):
            read_document(pdf)
    finally:
        pdf.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_non_ascii_name(tmp_path: Path) -> None:
    path = make.text_pdf(tmp_path / "ordonnance-été-Ω.pdf", [["ORDONNANCE du 10 janvier 2025"]])
    doc, src = read_document(path)
    assert doc.path == str(path) and "janvier" in src.text
    assert page_count(path) == 1 and render_page(path, 1, dpi=30).size == (255, 330)
    path.write_bytes(b"not a pdf")
    with pytest.raises(PdfError, match="ordonnance-été-Ω.pdf"):
        read_document(path)


def test_undecodable_file_name(tmp_path: Path) -> None:
    """A Latin-1 name on a UTF-8 file system: bytes that are not valid UTF-8."""
    path = Path(os.fsdecode(bytes(tmp_path) + b"/ordre-\xe9t\xe9.pdf"))
    make.text_pdf(path, [["ORDER"]])
    assert read_document(path)[1].text == "ORDER"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(PdfError, match=r"not a PDF: ordre-\?t\?.pdf") as err:
        read_document(path)
    one_line(err)


def test_page_out_of_range(pdf: Path) -> None:
    with pytest.raises(PdfError, match="no page 4 in order.pdf"):
        render_page(pdf, 4)
    with pytest.raises(PdfError, match="no page 0"):
        render_page(pdf, 0)


def test_encrypted(tmp_path: Path) -> None:
    path = make.text_pdf(tmp_path / "sealed.pdf", [["SEALED ORDER due January 10, 2025"]] * 2,
                         encrypt=("user-pw", "owner-pw"))
    for reader in (read_document, page_count, page_sizes):
        with pytest.raises(PasswordRequired, match="password required: sealed.pdf is encrypted"):
            reader(path)
        with pytest.raises(PasswordRequired, match="wrong password for sealed.pdf"):
            reader(path, password="guess")
    with pytest.raises(PasswordRequired):
        render_page(path, 1)
    for good in ("user-pw", "owner-pw"):
        doc, src = read_document(path, password=good)
        assert doc.pages == 2 and "January 10, 2025" in src.text and doc.text_source == "text"
        assert page_count(path, password=good) == 2
        assert render_page(path, 2, dpi=20, password=good).size == (170, 220)


def test_huge_page_is_rendered_smaller(tmp_path: Path) -> None:
    """A 200-inch page at 300 dpi would be 3.6 gigapixels; the dpi is lowered instead."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "poster.pdf"
    c = canvas.Canvas(str(path), pagesize=(14400, 14400))
    c.drawString(72, 72, "poster")
    c.showPage()
    c.save()
    image = render_page(path, 1, dpi=300)
    assert image.size[0] * image.size[1] <= 60_000_000


def _fake_tool(tmp_path: Path, name: str, body: str) -> str:
    script = tmp_path / name
    script.write_text(f"#!{sys.executable}\n{body}\n")
    script.chmod(0o755)
    return str(script)


HANG_AFTER_PAGE_1 = """
import sys, time
sys.stdout.write('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><doc>'
                 '<page width="612" height="792"><flow><block><line>'
                 '<word xMin="72" yMin="72" xMax="120" yMax="84">ORDER</word></line></block></flow></page>')
sys.stdout.flush()
time.sleep(60)
"""


def test_runaway_pdftotext_names_the_page(tmp_path: Path, pdf: Path, monkeypatch) -> None:
    monkeypatch.setattr(_proc, "PDFTOTEXT", _fake_tool(tmp_path, "pdftotext", HANG_AFTER_PAGE_1))
    monkeypatch.setattr(text, "PAGE_TIMEOUT", 1.0)
    with pytest.raises(PdfTimeout, match=r"pdftotext took longer than 1 s on page 2 of order.pdf") as err:
        read_document(pdf, ocr=False)
    one_line(err)


def test_runaway_pdfinfo(tmp_path: Path, pdf: Path, monkeypatch) -> None:
    monkeypatch.setattr(_proc, "PDFINFO", _fake_tool(tmp_path, "pdfinfo", "import time; time.sleep(60)"))
    monkeypatch.setattr(info, "PDFINFO_TIMEOUT", 0.5)
    with pytest.raises(PdfTimeout, match="pdfinfo on order.pdf took longer than 0.5 s"):
        page_count(pdf)


def test_missing_poppler(pdf: Path, monkeypatch) -> None:
    monkeypatch.setattr(_proc, "PDFINFO", "/nonexistent/pdfinfo")
    with pytest.raises(PdfError, match="not installed"):
        read_document(pdf)


@pytest.mark.slow
def test_runaway_tesseract_names_the_page(tmp_path: Path, monkeypatch) -> None:
    path = make.image_pdf(tmp_path / "scan.pdf", [make.typed_image(["ORDER"])] * 2)
    monkeypatch.setattr(ocr, "OCR_TIMEOUT", 0.001)
    with pytest.raises(PdfTimeout, match=r"OCR of page [12] of scan.pdf took longer than") as err:
        read_document(path)
    one_line(err)


def test_control_characters_in_text_layer() -> None:
    """Broken font encodings put C0 controls into pdftotext's XML; expat rejects them."""
    import io

    xml = (b'<html xmlns="http://www.w3.org/1999/xhtml"><body><doc><page width="612" height="792">'
           b'<flow><block><line><word xMin="1" yMin="2" xMax="3" yMax="4">du\x01e\x0c</word>'
           b'</line></block></flow></page></doc></body></html>')
    reader = text._CleanReader(io.BufferedReader(io.BytesIO(xml)))  # type: ignore[arg-type]
    pages = list(text._parse(reader))
    assert [w[0] for w in pages[0].lines[0].words] == ["due"]


def test_runaway_pdftoppm_names_the_page(pdf: Path, monkeypatch) -> None:
    from viewer.pdf import render

    monkeypatch.setattr(render, "RENDER_TIMEOUT", 0.0001)
    with pytest.raises(PdfTimeout, match="rendering page 2 of order.pdf took longer than") as err:
        render_page(pdf, 2, dpi=600)
    one_line(err)
