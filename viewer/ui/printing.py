"""The printable timeline: caption, time axis and table, drawn with QPainter on landscape Letter.

What is printed comes from viewer.export.printout; this module only lays it out. Everything is
measured in points and converted with the device's resolution, so the same code draws on a
QPdfWriter and on a QPrinter. The table is paginated in two passes (measure, then draw) so each
page can say "Page i of n" and repeat the column headings.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QGuiApplication, QPageLayout, QPageSize,
                           QPagedPaintDevice, QPainter, QPdfWriter, QPen)

from viewer.core.model import Timeline
from viewer.export.printout import (AxisMark, PrintRow, axis_marks, axis_ticks, caption_lines,
                                    print_rows)
from viewer.ui.labels import kind_colour

# (heading, width in points); 720 pt = 11 in landscape Letter less two half-inch margins.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("Date", 84), ("Time", 50), ("Zone", 30), ("Kind", 56), ("Title", 184),
    ("Computation", 214), ("Cite", 30), ("Status", 72))
FAMILIES = ["Helvetica", "Arial", "Liberation Sans", "Nimbus Sans", "DejaVu Sans"]
INK, MUTED, RULE, ZEBRA, FLAG = "#1d232b", "#5d6875", "#c9ced6", "#f3f5f8", "#a3261b"
PAD_X, PAD_Y = 3.5, 3.0
AXIS_HEIGHT = 102.0  # the axis panel and the gap below it
FOOTER = 24.0
RUNNING = 30.0  # the heading of pages after the first
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
_app: QGuiApplication | None = None  # kept referenced: the app must outlive the painting


def print_timeline_pdf(timeline: Timeline, path: Path, *, printed_on: date) -> Path:
    """Write the printable timeline of `timeline` as a PDF at `path`.

    Raises:
        OSError: the file cannot be written.
    """
    _ensure_app()
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    writer = QPdfWriter(str(partial))
    writer.setResolution(300)
    writer.setPageLayout(page_layout())
    writer.setTitle(f"Timeline {timeline.case.number}".strip())
    writer.setCreator("Case Timeline Viewer")
    render(writer, timeline, printed_on)
    del writer  # flushes and closes the file before it is moved
    os.replace(partial, path)
    return path


def print_timeline(timeline: Timeline, parent: object = None, *, printed_on: date) -> bool:
    """Ask for a printer with the system dialog and print; False when the user cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # needs QtWidgets; loaded late
    from PySide6.QtWidgets import QDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    dialog = QPrintDialog(printer, parent)  # type: ignore[call-overload]
    if dialog.exec() != QDialog.DialogCode.Accepted.value:
        return False
    render(printer, timeline, printed_on)
    return True


def page_layout() -> QPageLayout:
    """Landscape US Letter with half-inch margins."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Landscape,
                       QMarginsF(36, 36, 36, 36), QPageLayout.Unit.Point)


def _ensure_app() -> None:
    """Fonts need a QGuiApplication; make one (offscreen without a display) if there is none."""
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return
    if existing is not None:
        raise RuntimeError("printing needs a QGuiApplication, not a bare QCoreApplication")
    if not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication([])


@dataclass
class Sheet:
    """A painter on a paged device, with point-based helpers."""

    painter: QPainter
    device: QPagedPaintDevice

    @property
    def scale(self) -> float:
        """Device pixels per point."""
        return self.device.logicalDpiY() / 72.0

    @property
    def width(self) -> float:
        return self.device.width() / self.scale

    @property
    def height(self) -> float:
        return self.device.height() / self.scale

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        s = self.scale
        return QRectF(x * s, y * s, w * s, h * s)

    def font(self, size: float, *, bold: bool = False, italic: bool = False,
             struck: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(FAMILIES)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        font.setStrikeOut(struck)
        # No "ffi"/"fl" ligatures: pdftotext and copy-paste would give "aﬃdavits", which a
        # search for "affidavits" in the saved PDF does not find.
        for tag in ("liga", "clig"):
            font.setFeature(QFont.Tag.fromString(tag), 0)
        return font

    def measure(self, text: str, font: QFont, width: float) -> float:
        """Height in points of `text` wrapped to `width` points."""
        metrics = QFontMetricsF(font, self.device)
        box = metrics.boundingRect(QRectF(0, 0, width * self.scale, 1e7), WRAP, text)
        return box.height() / self.scale

    def text(self, x: float, y: float, w: float, h: float, text: str, font: QFont,
             colour: str = INK, flags: int = WRAP) -> None:
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        self.painter.drawText(self.rect(x, y, w, h), flags, text)

    def line(self, x0: float, y0: float, x1: float, y1: float, colour: str = RULE,
             width: float = 0.6) -> None:
        self.painter.setPen(QPen(QColor(colour), width * self.scale))
        s = self.scale
        self.painter.drawLine(QPointF(x0 * s, y0 * s), QPointF(x1 * s, y1 * s))

    def box(self, x: float, y: float, w: float, h: float, colour: str) -> None:
        self.painter.fillRect(self.rect(x, y, w, h), QColor(colour))

    def dot(self, x: float, y: float, radius: float, colour: str) -> None:
        self.painter.setPen(QPen(QColor("white"), 0.8 * self.scale))
        self.painter.setBrush(QColor(colour))
        s = self.scale
        self.painter.drawEllipse(QPointF(x * s, y * s), radius * s, radius * s)


def render(device: QPagedPaintDevice, timeline: Timeline, printed_on: date) -> None:
    """Draw every page of the printout on `device` (a QPdfWriter or a QPrinter).

    Raises:
        OSError: the device cannot be painted on (e.g. the file cannot be created).
    """
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting the printout (is the folder writable?)")
    try:
        sheet = Sheet(painter, device)
        rows = print_rows(timeline)
        room = sheet.height - FOOTER - RUNNING - header_height(sheet)
        # A row taller than a whole page (a runaway computation) is cut at the page's end.
        heights = [min(room, row_height(sheet, row, first_undated=_first_undated(rows, i)))
                   for i, row in enumerate(rows)]
        top_first = draw_front(sheet, timeline, dry_run=True)
        pages = paginate(heights, sheet.height - FOOTER - top_first - header_height(sheet), room)
        for number, indexes in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            top = draw_front(sheet, timeline) if number == 1 else draw_running(sheet, timeline)
            y = draw_header(sheet, top)
            for i in indexes:
                y = draw_row(sheet, rows[i], y, heights[i], zebra=i % 2 == 1,
                             first_undated=_first_undated(rows, i))
            draw_footer(sheet, printed_on, number, len(pages))
    finally:
        painter.end()


def paginate(heights: Sequence[float], first_room: float, room: float) -> list[list[int]]:
    """Row indexes per page: as many whole rows as fit; always at least one page."""
    pages: list[list[int]] = [[]]
    left = first_room
    for i, height in enumerate(heights):
        if pages[-1] and height > left:
            pages.append([])
            left = room
        pages[-1].append(i)
        left -= height
    return pages


def _first_undated(rows: Sequence[PrintRow], i: int) -> bool:
    """Whether row i opens the undated section (it gets a heading band)."""
    return rows[i].undated and (i == 0 or not rows[i - 1].undated)


def _cells(row: PrintRow) -> list[str]:
    return [row.date, row.time, row.zone, row.kind, row.title, row.computation, row.cite,
            row.status]


def _cell_font(sheet: Sheet, column: int, row: PrintRow) -> QFont:
    """The font of a cell; dismissed rows strike their date, time and title."""
    return sheet.font(8, bold=column == 0, struck=row.struck and column in (0, 1, 4))


def _cell_width(column: int) -> float:
    """Room for text in a column (the kind column keeps space for its colour chip)."""
    return COLUMNS[column][1] - 2 * PAD_X - (9 if column == 3 else 0)


def row_height(sheet: Sheet, row: PrintRow, *, first_undated: bool = False) -> float:
    """Height of a row: its tallest wrapped cell, plus the undated heading when it opens it."""
    heights = [sheet.measure(text, _cell_font(sheet, column, row), _cell_width(column))
               for column, text in enumerate(_cells(row))]
    if row.flags:
        heights[7] += sheet.measure(_flag_lines(row), sheet.font(8, bold=True), _cell_width(7))
    return max(heights) + 2 * PAD_Y + (18 if first_undated else 0)


def header_height(sheet: Sheet) -> float:
    return sheet.measure("Date", sheet.font(8, bold=True), 200) + 2 * PAD_Y + 2


def draw_header(sheet: Sheet, y: float) -> float:
    """The column headings (repeated on every page); returns the y below them."""
    height = header_height(sheet)
    sheet.box(0, y, sheet.width, height, "#e4e8ee")
    x = 0.0
    for heading, width in COLUMNS:
        sheet.text(x + PAD_X, y + PAD_Y, width - 2 * PAD_X, height, heading,
                   sheet.font(8, bold=True))
        x += width
    sheet.line(0, y + height, sheet.width, y + height, MUTED, 0.8)
    return y + height


def draw_row(sheet: Sheet, row: PrintRow, y: float, height: float, *, zebra: bool,
             first_undated: bool) -> float:
    """One table row (struck through and greyed when dismissed); returns the y below it."""
    if first_undated:
        sheet.text(0, y + 5, sheet.width, 14, "Undated obligations: the order sets no date. "
                   "Calendar each one by hand.", sheet.font(8.5, bold=True))
        y, height = y + 18, height - 18
    if zebra:
        sheet.box(0, y, sheet.width, height, ZEBRA)
    ink = MUTED if row.struck else INK
    x = 0.0
    for column, text in enumerate(_cells(row)):
        # Clip to the cell: an unbreakable token (OCR junk, a URL) must not run into the next
        # column, and a row cut at the page end must not run into the footer.
        sheet.painter.setClipRect(sheet.rect(x, y, COLUMNS[column][1] - 1, height))
        indent = 9.0 if column == 3 else 0.0
        if column == 3:  # the kind gets its colour chip
            sheet.dot(x + PAD_X + 3, y + PAD_Y + 5, 3, kind_colour(row.kind_key))
        sheet.text(x + PAD_X + indent, y + PAD_Y, _cell_width(column), height, text,
                   _cell_font(sheet, column, row), ink)
        if column == 7 and row.flags:
            _flags(sheet, row, x, y)
        x += COLUMNS[column][1]
    sheet.painter.setClipping(False)
    sheet.line(0, y + height, sheet.width, y + height)
    return y + height


def _flags(sheet: Sheet, row: PrintRow, x: float, y: float) -> None:
    """The flags in red under the status, one a line: they are what counsel must check first."""
    below = sheet.measure(row.status, _cell_font(sheet, 7, row), _cell_width(7))
    font = sheet.font(8, bold=True)
    lines = _flag_lines(row)  # (as tall as they measure: row_height made room for all of them)
    sheet.text(x + PAD_X, y + PAD_Y + below, _cell_width(7), sheet.measure(lines, font, _cell_width(7)) + 1, lines,
               font, FLAG)


def _flag_lines(row: PrintRow) -> str:
    return row.flags.replace(", ", "\n")


def draw_front(sheet: Sheet, timeline: Timeline, *, dry_run: bool = False) -> float:
    """Title, caption and axis of page 1; returns the y where the table starts."""
    lines = caption_lines(timeline)
    y = 0.0
    if not dry_run:
        sheet.text(0, y, sheet.width, 24, "Timeline of dates set by the order",
                   sheet.font(15, bold=True))
        _draw_counts(sheet, timeline)
    y += 24
    for i, line in enumerate(lines):
        font = sheet.font(9.5, bold=i == 0, italic=line == timeline.case.caption)
        height = sheet.measure(line, font, sheet.width)
        if not dry_run:
            sheet.text(0, y, sheet.width, height, line, font, INK if i < 3 else MUTED)
        y += height
    if not dry_run:
        draw_axis(sheet, timeline, y + 6)
    return y + 6 + AXIS_HEIGHT


def _draw_counts(sheet: Sheet, timeline: Timeline) -> None:
    """A one-line tally at the top right: how much is dated, undated, flagged, dismissed."""
    rows = print_rows(timeline)
    parts = [f"{sum(not r.undated and not r.struck for r in rows)} dated",
             f"{sum(r.undated and not r.struck for r in rows)} undated"]
    flagged, dismissed = sum(bool(r.flags) for r in rows), sum(r.struck for r in rows)
    parts += [f"{flagged} flagged for review"] if flagged else []
    parts += [f"{dismissed} dismissed"] if dismissed else []
    sheet.text(0, 5, sheet.width, 16, "  ·  ".join(parts), sheet.font(9), MUTED,
               int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop))


def draw_axis(sheet: Sheet, timeline: Timeline, top: float) -> None:
    """The time axis: labels above, month ticks below, a legend under them."""
    left, right = 24.0, sheet.width - 24.0
    base = top + 60
    sheet.box(0, top, sheet.width, AXIS_HEIGHT - 8, "#f7f8fa")
    sheet.line(left, base, right, base, MUTED, 1.2)
    span = right - left
    for tick in axis_ticks(timeline):
        x = left + tick.fraction * span
        sheet.line(x, base, x, base + 4, MUTED, 0.8)
        sheet.text(x - 30, base + 5, 60, 12, tick.label, sheet.font(7), MUTED,
                   int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop))
    _draw_marks(sheet, axis_marks(timeline), left, span, base)
    _draw_legend(sheet, timeline, base + 20)


def _draw_marks(sheet: Sheet, marks: list[AxisMark], left: float, span: float,
                base: float) -> None:
    """Dots on the axis (stacked when on the same day) and labels in up to four levels."""
    stack: dict[str, int] = {}
    level_ends = [-1e9] * 4
    for mark in marks:
        x = left + mark.fraction * span
        height = stack.get(mark.label, 0)
        stack[mark.label] = height + 1
        sheet.dot(x, base - height * 7, 3.6, kind_colour(mark.kind))
        if height:
            continue  # the label is already there
        width = QFontMetricsF(sheet.font(7.5, bold=True), sheet.device).horizontalAdvance(
            mark.label) / sheet.scale + 6
        level = next((i for i, end in enumerate(level_ends) if end < x - width / 2), None)
        if level is None:
            continue  # no room: the table has every date anyway
        level_ends[level] = x + width / 2
        label_y = base - 22 - level * 11
        sheet.line(x, label_y + 10, x, base - 4, RULE, 0.5)
        sheet.text(x - width / 2, label_y, width, 12, mark.label, sheet.font(7.5, bold=True),
                   INK, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop))


def _draw_legend(sheet: Sheet, timeline: Timeline, y: float) -> None:
    """Kinds present, each with its colour; and where the undated obligations are."""
    rows = print_rows(timeline)
    kinds = list(dict.fromkeys((r.kind_key, r.kind) for r in rows if not r.undated))
    x = 24.0
    for key, name in kinds:
        sheet.dot(x + 3, y + 6, 3.2, kind_colour(key))
        sheet.text(x + 9, y, 70, 12, name, sheet.font(7.5), INK)
        x += 16 + QFontMetricsF(sheet.font(7.5), sheet.device).horizontalAdvance(name) / sheet.scale
    undated = sum(r.undated for r in rows)
    if undated:
        note = f"{undated} undated obligation{'s' if undated != 1 else ''} listed at the end"
        sheet.text(0, y, sheet.width - 24, 12, note, sheet.font(7.5, italic=True), MUTED,
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop))


def draw_running(sheet: Sheet, timeline: Timeline) -> float:
    """The short heading of pages after the first; returns the y where the table starts."""
    case = timeline.case
    title = "  ·  ".join(p for p in (f"Case No. {case.number}" if case.number else "",
                                      case.caption) if p)
    sheet.text(0, 0, sheet.width, 16, f"{title}  (timeline, continued)", sheet.font(9, bold=True),
               MUTED)
    return RUNNING


def draw_footer(sheet: Sheet, printed_on: date, number: int, total: int) -> None:
    """Printed date and a reminder on the left, 'Page i of n' on the right."""
    y = sheet.height - FOOTER + 8
    sheet.line(0, y - 3, sheet.width, y - 3)
    sheet.text(0, y, sheet.width, 14, f"Printed {printed_on.isoformat()} by Case Timeline "
               "Viewer. Check every date against the order before relying on it.",
               sheet.font(7.5), MUTED)
    sheet.text(0, y, sheet.width, 14, f"Page {number} of {total}", sheet.font(7.5, bold=True),
               MUTED, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop))
