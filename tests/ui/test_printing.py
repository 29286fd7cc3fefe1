"""The printable timeline PDF, read back with poppler (pdftotext, pdfinfo, pdftoppm)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.export.timelines import seed_timeline
from viewer.core.model import Event
from viewer.export.labels import day_label
from viewer.export.printout import caption_lines
from viewer.ui.printing import COLUMNS, paginate, print_timeline, print_timeline_pdf

pytestmark = [pytest.mark.gui,
              pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")]
PRINTED = dt.date(2025, 1, 2)
HEARING_PURPLE = (0x8a, 0x3f, 0xa0)  # viewer.ui.labels.KIND_COLOURS["hearing"]


def pdf_text(path: Path, *, layout: bool = False, column: str | None = None) -> str:
    """Text of the PDF; with `column`, only that table column (cropped in points, at 72 dpi),
    because pdftotext runs neighbouring wrapped cells into each other's lines."""
    crop: list[str] = []
    if column is not None:
        names = [name for name, _ in COLUMNS]
        x = 36 + sum(width for _, width in COLUMNS[: names.index(column)])
        crop = ["-r", "72", "-x", str(int(x)), "-y", "0", "-W",
                str(int(COLUMNS[names.index(column)][1])), "-H", "612"]
    args = ["pdftotext", *(["-layout"] if layout else []), *crop, str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_info(path: Path) -> str:
    return subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout


def flat(text: str) -> str:
    """Whitespace collapsed, so wrapped cells read as one string."""
    return " ".join(text.split())


@pytest.fixture
def seed_pdf(qapp: Any, tmp_path: Path) -> Path:
    """The seed-like timeline printed; `qapp` first, so widgets tests get a QApplication."""
    return print_timeline_pdf(seed_timeline(), tmp_path / "timeline.pdf", printed_on=PRINTED)


def test_pdf_is_landscape_letter_with_no_partial_file_left(seed_pdf: Path) -> None:
    assert seed_pdf.read_bytes().startswith(b"%PDF")
    assert "792 x 612 pts (letter)" in pdf_info(seed_pdf)
    assert [p.name for p in seed_pdf.parent.iterdir()] == ["timeline.pdf"]


def test_pdf_has_caption_every_date_title_and_page_numbers(seed_pdf: Path) -> None:
    text = flat(pdf_text(seed_pdf))
    titles = flat(pdf_text(seed_pdf, column="Title"))
    for line in caption_lines(seed_timeline()):
        assert line in text, line
    for event in seed_timeline().events:
        if event.recital:
            assert event.title not in text  # recitals are not printed
            continue
        assert flat(event.title) in titles, event.title
        if event.date is not None:
            assert day_label(event.date) in text
    pages = int(pdf_info(seed_pdf).split("Pages:")[1].split()[0])
    for number in range(1, pages + 1):
        assert f"Page {number} of {pages}" in text
    assert f"Printed {PRINTED.isoformat()}" in text
    assert "Undated obligations" in text and "year corrected" in text
    assert "\ufb03" not in text and "\ufb02" not in text  # no ligatures: searchable text


def test_rows_are_in_date_order_with_zones(seed_pdf: Path) -> None:
    text = pdf_text(seed_pdf, layout=True)
    order = ["Fri 2024-12-20", "Fri 2025-01-03", "Wed 2025-01-08", "Fri 2025-01-10",
             "Mon 2025-02-03", "Tue 2025-07-01", "Tue 2025-07-15", "Undated"]
    positions = [text.index(day) for day in order]
    assert positions == sorted(positions)
    hearing_line = next(ln for ln in text.splitlines() if ln.startswith("Fri 2025-01-10"))
    assert "10:00 a.m." in hearing_line and "EST" in hearing_line and "p. 5" in hearing_line
    assert "EDT" in text and "PST" in text and "MST" in text


def test_long_timeline_repeats_the_header_on_every_page(qapp: Any, tmp_path: Path) -> None:
    base = seed_timeline()
    many = tuple(Event(id=f"e{n:04d}", kind=("filing", "hearing", "service")[n % 3],
                       title=f"Deadline number {n} " + "with a long description " * (n % 4),
                       date=dt.date(2025, 1, 1) + dt.timedelta(days=n), page=n % 7 + 1,
                       computation="Counted forward. " * (n % 5))
                 for n in range(80))
    path = print_timeline_pdf(dataclasses.replace(base, events=many), tmp_path / "long.pdf",
                              printed_on=PRINTED)
    pages = int(pdf_info(path).split("Pages:")[1].split()[0])
    assert pages >= 3
    text = pdf_text(path)
    assert text.count("Computation") == pages  # the column headings, once per page
    assert f"Page {pages} of {pages}" in text
    assert "Deadline number 79" in text and "Deadline number 0" in text


def test_empty_timeline_still_prints_its_caption(qapp: Any, tmp_path: Path) -> None:
    empty = dataclasses.replace(seed_timeline(), events=())
    text = pdf_text(print_timeline_pdf(empty, tmp_path / "empty.pdf", printed_on=PRINTED))
    assert "Microsoft Corp. v. Does 1-10" in text and "Page 1 of 1" in text


def test_first_page_renders_with_kind_colours(seed_pdf: Path, tmp_path: Path) -> None:
    """pdftoppm draws page 1; it is not blank and the hearing purple is on it."""
    image_module = pytest.importorskip("PIL.Image")
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(seed_pdf),
                    str(tmp_path / "page")], check=True)
    png = next(tmp_path.glob("page*.png"))
    image = image_module.open(png).convert("RGB")
    assert image.size == (660, 510)  # 11 x 8.5 in at 60 dpi: landscape
    pixels = [image.getpixel((x, y)) for x in range(image.width) for y in range(image.height)]
    assert sum(p != (255, 255, 255) for p in pixels) > 0.03 * len(pixels)
    assert any(all(abs(a - b) < 20 for a, b in zip(p, HEARING_PURPLE)) for p in pixels)


def test_unwritable_folder_raises_oserror(qapp: Any, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        print_timeline_pdf(seed_timeline(), tmp_path / "missing" / "t.pdf", printed_on=PRINTED)


def test_paginate_keeps_rows_whole() -> None:
    assert paginate([10, 10, 10], 25, 25) == [[0, 1], [2]]
    assert paginate([], 100, 100) == [[]]
    assert paginate([50, 5], 20, 40) == [[0], [1]]  # an oversize row still gets a page


class _Dialog:
    """Stands in for QPrintDialog: points the printer at a PDF file and answers."""

    answer = 1
    target: Path

    def __init__(self, printer: Any, parent: Any = None) -> None:
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))

    def exec(self) -> int:
        return self.answer


@pytest.mark.parametrize(("answer", "printed"), [(1, True), (0, False)])
def test_print_dialog_prints_only_when_accepted(qapp: Any, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                answer: int, printed: bool) -> None:
    qt_print = pytest.importorskip("PySide6.QtPrintSupport")
    dialog = type("Dialog", (_Dialog,), {"answer": answer, "target": tmp_path / "printed.pdf"})
    monkeypatch.setattr(qt_print, "QPrintDialog", dialog)
    assert print_timeline(seed_timeline(), None, printed_on=PRINTED) is printed
    assert (tmp_path / "printed.pdf").exists() is printed
    if printed:
        assert "Page 1 of" in pdf_text(tmp_path / "printed.pdf")


def test_every_flag_of_a_long_list_is_drawn(qapp: Any, tmp_path: Path) -> None:
    """Nine flags under one status run well past 60 points: the last lines must not be clipped."""
    image_module = pytest.importorskip("PIL.Image")
    flags = ("rolled", "closure-day-roll", "readings-differ", "collapsed-sequence", "needs-review",
             "year-corrected", "weekend", "holiday", "anchor-implied")
    event = Event(id="e-flags", kind="filing", title="Reply due", date=dt.date(2025, 1, 8), page=1,
                  computation="Counted forward. " * 40, flags=flags)
    path = print_timeline_pdf(dataclasses.replace(seed_timeline(), events=(event,)), tmp_path / "flags.pdf",
                              printed_on=PRINTED)
    names = [name for name, _ in COLUMNS]
    x = 36 + sum(width for _, width in COLUMNS[: names.index("Status")])
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-f", "1", "-l", "1", "-x", str(int(x)), "-y", "0", "-W",
                    str(int(COLUMNS[names.index("Status")][1])), "-H", "612", str(path), str(tmp_path / "status")],
                   check=True)
    image = image_module.open(next(tmp_path.glob("status*.png"))).convert("RGB")
    red = [y for y in range(image.height) for x in range(image.width)
           if all(abs(a - b) < 40 for a, b in zip(image.getpixel((x, y)), (0xa3, 0x26, 0x1b)))]
    assert red, "no flag drawn"
    assert max(red) - min(red) > 75, f"flag lines span only {max(red) - min(red)} points"
