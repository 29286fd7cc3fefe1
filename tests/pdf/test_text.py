"""Text-layer PDFs: words, boxes, reading order, paragraphs, progress and cancel."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from viewer.pdf import Cancelled, page_count, page_sizes, read_document, render_page

from . import make


@pytest.fixture
def seed(shared: Path) -> Path:
    return shared / "samples" / "seed-tro" / "order.pdf"


def test_seed_words_and_boxes(seed: Path) -> None:
    info, src = read_document(seed)
    assert info.pages == 6 and info.text_source == "text" and len(info.sha256) == 64
    assert [p.source for p in src.pages] == ["text"] * 6
    at = src.text.index("January 10, 2024")
    boxes = src.boxes(at, at + len("January 10, 2024"))
    assert [page for page, _ in boxes] == [5, 5, 5]
    for _, box in boxes:
        assert 630 < box.y0 < 638 and 640 < box.y1 < 648 and 300 < box.x0 < 410
    assert src.page_at(at) == 5


def test_seed_reading_order(seed: Path) -> None:
    """pdftotext puts "1." of page 2 before most of the ECF stamp; we read by y."""
    _, src = read_document(seed)
    pages = src.text.split("\f")
    assert len(pages) == 6
    assert pages[1].startswith("Case 1:24-cv-02323 Document 13 Filed 12/20/24 Page 2 of 6 PageID# 1122\n\n"
                               "1. This Court has jurisdiction")
    for number, page in enumerate(pages, start=1):
        assert page.startswith("Case 1:24-cv-02323 Document 13")
        assert page.endswith(f"\n\n{number}")  # the centred page number, last
    assert ") Case No. 1-24-cv-2323\n" in pages[0]  # caption row read across


def test_seed_paragraphs(seed: Path) -> None:
    _, src = read_document(seed)
    assert "\n\nFINDINGS OF FACT AND CONCLUSIONS OF LAW\n\nHaving reviewed" in src.text
    # A paragraph's continuation lines are single newlines, its numbered start a blank line.
    assert "tortious interference.\n\n2. There is good cause" in src.text
    assert "that it will have jurisdiction over all parties hereto; the Complaint states a\nclaim" in src.text
    assert "\n\n\n" not in src.text


def test_lines_and_spans_match_pages(seed: Path) -> None:
    _, src = read_document(seed)
    covered = 0
    for page in src.pages:
        assert page.lines[0][0] == 0 and page.lines[-1][1] == len(page.words)
        for (a, b), (c, _d) in zip(page.lines, page.lines[1:]):
            assert a < b == c
        covered += len(page.words)
    assert covered == len(src.word_spans)
    assert all(0 <= s < e <= len(src.text) for s, e, _, _ in src.word_spans)


def test_render_and_count(seed: Path) -> None:
    assert page_count(seed) == 6
    assert page_sizes(seed) == [(612.0, 792.0)] * 6
    image = render_page(seed, 2, dpi=72)
    assert image.size == (612, 792)


def test_rotated_page_uses_displayed_size(tmp_path: Path, seed: Path) -> None:
    """pdftotext gives words of a /Rotate 90 page in displayed coordinates."""
    import shutil
    import subprocess

    if not shutil.which("qpdf"):
        pytest.skip("qpdf is not installed")
    rotated = tmp_path / "rotated.pdf"
    subprocess.run(["qpdf", "--rotate=+90:2", str(seed), str(rotated)], check=True)
    assert page_sizes(rotated)[:2] == [(612.0, 792.0), (792.0, 612.0)]
    _, src = read_document(rotated, ocr=False)
    page = src.pages[1]
    assert (page.width, page.height) == (792.0, 612.0)
    assert all(0 <= w.box.x0 <= w.box.x1 <= 792 and 0 <= w.box.y1 <= 612 for w in page.words)
    assert render_page(rotated, 2, dpi=72).size == (792, 612)


def test_progress_counts_every_page(tmp_path: Path) -> None:
    path = make.text_pdf(tmp_path / "long.pdf", [[f"Page {n} text of the order body here."] for n in range(1, 13)])
    calls: list[tuple[int, int]] = []
    read_document(path, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(n, 12) for n in range(1, 13)]


def _running(fragment: str) -> list[str]:
    """Command lines of live processes mentioning `fragment` (leak check)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if fragment in cmd and "pytest" not in cmd:
            found.append(cmd)
    return found


def test_cancel_stops_and_leaves_no_process(tmp_path: Path) -> None:
    path = make.text_pdf(tmp_path / "cancel-me.pdf", [["Line of text for the body of the order."]] * 400)
    seen: list[int] = []
    with pytest.raises(Cancelled, match="reading cancel-me.pdf was cancelled"):
        read_document(path, progress=lambda d, t: seen.append(d), cancel=lambda: len(seen) >= 3)
    assert len(seen) == 3
    assert _running("cancel-me.pdf") == []


def test_ocr_false_keeps_empty_pages(tmp_path: Path) -> None:
    path = make.blank_pdf(tmp_path / "blank.pdf", pages=2)
    info, src = read_document(path, ocr=False)
    assert info.text_source == "none" and src.text == "\f" and src.word_spans == ()
    assert [p.source for p in src.pages] == ["none", "none"]
