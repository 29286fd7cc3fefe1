"""Scanned pages: OCR with tesseract, blank and noise pages, mixed documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from viewer.pdf import Cancelled, read_document

from . import make

pytestmark = pytest.mark.slow


def test_scanned_seed(shared: Path) -> None:
    calls: list[tuple[int, int]] = []
    info, src = read_document(shared / "samples" / "seed-tro" / "order-scanned.pdf",
                              progress=lambda d, t: calls.append((d, t)))
    assert info.text_source == "ocr" and info.pages == 6
    assert [p.source for p in src.pages] == ["ocr"] * 6
    for phrase in ("January 10, 2024", "two (2) days", "20 day of December, 2024"):
        assert phrase in src.text
    assert calls == [(n, 6) for n in range(1, 7)]
    at = src.text.index("January 10, 2024")
    boxes = src.boxes(at, at + len("January 10, 2024"))
    assert [page for page, _ in boxes] == [5, 5, 5]
    for _, box in boxes:  # the text-layer PDF has these words at y 633.8-644.6; the scan is skewed
        assert 625 < box.y0 < 645 and 300 < box.x0 < 410
    for start, end, page, index in src.word_spans:
        assert src.text[start:end] == src.pages[page - 1].words[index].text


def test_blank_page(tmp_path: Path) -> None:
    info, src = read_document(make.blank_pdf(tmp_path / "blank.pdf"))
    assert info.text_source == "none" and src.text == "" and src.pages[0].source == "none"


def test_noise_scan_gives_empty_result(tmp_path: Path) -> None:
    path = make.image_pdf(tmp_path / "noise.pdf", [make.noise_image(1), _speckles()])
    info, src = read_document(path)
    assert info.text_source == "none" and src.text.strip() == ""
    assert [p.source for p in src.pages] == ["none", "none"]


def _speckles() -> Image.Image:
    """Dust and short strokes: the kind of page tesseract turns into junk letters."""
    import random

    from PIL import ImageDraw

    im = Image.new("L", (1700, 2200), 235)
    draw = ImageDraw.Draw(im)
    rnd = random.Random(7)
    for _ in range(3000):
        x, y = rnd.randrange(1700), rnd.randrange(2200)
        draw.line((x, y, x + rnd.randrange(-12, 12), y + rnd.randrange(-12, 12)), fill=rnd.randrange(0, 90), width=2)
    return im


def test_mixed_document_and_stamp_only_pages(tmp_path: Path) -> None:
    """Page 1 has a text layer; page 2 is a scan with only the ECF stamp as text (PACER)."""
    path = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Roman", 12)
    c.drawString(72, 700, "ORDER setting a hearing for February 3, 2025 at 10 a.m.")
    c.showPage()
    scan = make.typed_image(["Responses are due", "January 10, 2025."], dpi=200)
    c.drawImage(ImageReader(scan), 0, 0, width=letter[0], height=letter[1])
    c.setFont("Times-Roman", 8)
    c.drawString(150, 760, "Case 1:24-cv-02323 Document 13 Filed 12/20/24 Page 2 of 2")
    c.showPage()
    c.save()
    info, src = read_document(path)
    assert info.text_source == "mixed"
    assert [p.source for p in src.pages] == ["text", "ocr"]
    assert "February 3, 2025" in src.text.split("\f")[0]
    assert "January 10, 2025." in src.text.split("\f")[1]
    word = next(w for w in src.pages[1].words if w.text == "January")
    # typed at (200, 300) px @200 dpi -> (72, 108) pt from the top-left
    assert abs(word.box.x0 - 72) < 4 and abs(word.box.y0 - 108) < 8
    text_only, _ = read_document(path, ocr=False)
    assert text_only.text_source == "text"


def test_cancel_during_ocr(tmp_path: Path) -> None:
    path = make.image_pdf(tmp_path / "scan.pdf", [make.typed_image(["ORDER"])] * 8)
    with pytest.raises(Cancelled):
        read_document(path, cancel=lambda: True)


def test_short_real_page_is_kept(tmp_path: Path) -> None:
    """The noise filter must not drop a clean page with only a few words."""
    info, src = read_document(make.image_pdf(tmp_path / "short.pdf", [make.typed_image(["SO ORDERED."])]))
    assert info.text_source == "ocr" and src.text == "SO ORDERED."


def test_native_dpi(shared: Path, tmp_path: Path) -> None:
    from viewer.pdf.ocr import native_dpi

    assert native_dpi(shared / "samples" / "seed-tro" / "order-scanned.pdf", None, 1, 6) == dict.fromkeys(range(1, 7), 200)
    thumb = make.image_pdf(tmp_path / "thumb.pdf", [make.typed_image(["x"], dpi=50)], dpi=50)
    assert native_dpi(thumb, None, 1, 1) == {1: 150}  # clamped up: 50 dpi is too coarse to read
    assert native_dpi(make.blank_pdf(tmp_path / "b.pdf"), None, 1, 1) == {}
