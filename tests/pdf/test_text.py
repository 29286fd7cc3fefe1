"""Text-layer PDFs: words, boxes, reading order, layout of SourceText."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.pdf import page_count, page_sizes, read_document, render_page


@pytest.fixture
def seed(shared: Path) -> Path:
    return shared / "samples" / "seed-tro" / "order.pdf"


def test_seed_words_and_boxes(seed: Path) -> None:
    info, src = read_document(seed)
    assert info.pages == 6 and info.text_source == "text" and len(info.sha256) == 64
    at = src.text.index("January 10, 2024")
    boxes = src.boxes(at, at + len("January 10, 2024"))
    assert [page for page, _ in boxes] == [5, 5, 5]
    for _, box in boxes:
        assert 630 < box.y0 < 638 and 640 < box.y1 < 648 and 300 < box.x0 < 410


def test_render_and_count(seed: Path) -> None:
    assert page_count(seed) == 6
    assert page_sizes(seed) == [(612.0, 792.0)] * 6
    image = render_page(seed, 2, dpi=72)
    assert image.size == (612, 792)
