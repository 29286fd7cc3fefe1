"""The PDF pane: pages rendered lazily off the GUI thread, zoom, scroll-to and highlight.

Only pages near the viewport (visible ± 2) are rendered, by `render_page` on a worker pool,
and kept while they stay near. Until its image arrives a page shows a placeholder; after a
zoom it shows the old image scaled until the sharper one arrives. A generation counter drops
images that arrive for a document or zoom that is no longer shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from viewer.core.model import Box
from viewer.ui import dialogs
from viewer.ui.images import to_qimage
from viewer.ui.page_widget import PageWidget
from viewer.ui.workers import Task, TaskRunner

MARGIN = 16  # pixels around and between pages
NEAR = 2  # pages above and below the viewport that are rendered ahead
KEEP = 6  # pages beyond which images are dropped again
ZOOMS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)


def _render(render_page: Callable[..., Any], path: Path, number: int, dpi: int,
            password: str | None) -> tuple[int, int, QImage]:
    """Worker body: render one page and convert it while still off the GUI thread."""
    return number, dpi, to_qimage(render_page(path, number, dpi=dpi, password=password))


class PdfView(QScrollArea):
    """Scrollable pages of one PDF.

    Signals:
        layout_ready(): page sizes are known and the pages are laid out.
        page_rendered(int): a page's image arrived and is shown.
        zoom_changed(float): the scale (pixels per point) changed.
    """

    layout_ready = Signal()
    page_rendered = Signal(int)
    zoom_changed = Signal(float)

    def __init__(self, render_page: Callable[..., Any], page_sizes: Callable[..., Any],
                 runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfView")
        self._render_page, self._page_sizes, self._runner = render_page, page_sizes, runner
        self._path: Path | None = None
        self._password: str | None = None
        self._pages: list[PageWidget] = []
        self._pending: set[tuple[int, int]] = set()
        self._generation = 0
        self._scale = 1.0
        self._fit_width = True
        self._target: tuple[int, tuple[tuple[int, Box], ...]] | None = None
        self.last_render_threads: set[int] = set()
        self._canvas = QWidget()
        self._canvas.setObjectName("pdfCanvas")
        self.setWidget(self._canvas)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._render_timer = QTimer(self, singleShot=True, interval=40)
        self._render_timer.timeout.connect(self._render_near)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._render_timer.start())

    # Document ------------------------------------------------------------------------------

    def open(self, path: Path, password: str | None = None) -> None:
        """Show `path`; page sizes are read on a worker, then pages are laid out."""
        self.clear()
        self._path, self._password = path, password
        generation = self._generation
        task = Task(self._page_sizes, path, password=password)
        self._runner.start(task, lambda sizes: self._on_sizes(generation, sizes),
                           lambda exc: self._on_sizes_failed(generation, exc))

    def clear(self) -> None:
        """Drop the document and every page."""
        self._generation += 1
        self._path, self._target = None, None
        self._pending.clear()
        for page in self._pages:
            page.deleteLater()
        self._pages = []
        self._canvas.resize(0, 0)

    def page_count(self) -> int:
        """Pages laid out (0 until `layout_ready`)."""
        return len(self._pages)

    def _on_sizes(self, generation: int, sizes: list[tuple[float, float]]) -> None:
        if generation != self._generation:
            return
        self._pages = [PageWidget(n, size, self._canvas) for n, size in enumerate(sizes, 1)]
        for page in self._pages:
            page.show()
        self._apply_scale()
        self.layout_ready.emit()
        if self._target is not None:
            self.show_boxes(*self._target)

    def _on_sizes_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            dialogs.show_error(self, exc, "Could not show the PDF")

    # Zoom ----------------------------------------------------------------------------------

    def scale(self) -> float:
        """Pixels per PDF point."""
        return self._scale

    def zoom_in(self) -> None:
        """Next larger zoom step."""
        self._set_scale(next((z for z in ZOOMS if z > self._scale + 1e-3), ZOOMS[-1]))

    def zoom_out(self) -> None:
        """Next smaller zoom step."""
        self._set_scale(next((z for z in reversed(ZOOMS) if z < self._scale - 1e-3), ZOOMS[0]))

    def fit_width(self) -> None:
        """Scale pages to the viewport's width, and keep doing so when it is resized."""
        self._fit_width = True
        self._apply_scale()

    def _set_scale(self, scale: float) -> None:
        self._fit_width = False
        self._scale = scale
        self._apply_scale()

    def _apply_scale(self) -> None:
        """Resize and place every page for the current scale, keeping the reading position."""
        if not self._pages:
            return
        anchor = self._reading_position()
        if self._fit_width:
            widest = max(p.size_pt[0] for p in self._pages)
            self._scale = max(0.2, (self.viewport().width() - 2 * MARGIN) / widest)
        self._layout_pages()
        self._restore_reading_position(anchor)
        self.zoom_changed.emit(self._scale)
        self._render_timer.start()

    def _layout_pages(self) -> None:
        """Stack pages top to bottom, centred; the canvas is sized to hold them."""
        for page in self._pages:
            page.set_scale(self._scale)
        width = max(self.viewport().width(), max(p.width() for p in self._pages) + 2 * MARGIN)
        y = MARGIN
        for page in self._pages:
            page.move((width - page.width()) // 2, y)
            y += page.height() + MARGIN
        self._canvas.resize(width, y)

    def _reading_position(self) -> tuple[int, float] | None:
        """(page, fraction down the page) at the top of the viewport."""
        top = self.verticalScrollBar().value()
        for page in self._pages:
            if page.y() + page.height() > top and page.height() > 0:
                return page.number, max(0.0, (top - page.y()) / page.height())
        return None

    def _restore_reading_position(self, anchor: tuple[int, float] | None) -> None:
        if anchor is not None:
            page = self._pages[anchor[0] - 1]
            self.verticalScrollBar().setValue(round(page.y() + anchor[1] * page.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Qt override: refit the width and re-centre pages."""
        super().resizeEvent(event)
        if self._pages:
            self._apply_scale()

    # Visible pages and rendering -----------------------------------------------------------

    def visible_pages(self) -> list[int]:
        """Numbers of the pages that intersect the viewport."""
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        return [p.number for p in self._pages if p.y() < bottom and p.y() + p.height() > top]

    def current_page(self) -> int:
        """The page under the reading line (a third of the way down the viewport), or 0."""
        line = self.verticalScrollBar().value() + self.viewport().height() // 3
        for page in self._pages:
            if page.y() + page.height() + MARGIN > line:
                return page.number
        return self._pages[-1].number if self._pages else 0

    def _dpi(self) -> int:
        """Render resolution for the current scale and screen, in steps of 12 dpi."""
        exact = 72 * self._scale * self.devicePixelRatioF()
        return max(36, int(round(exact / 12) * 12))

    def _render_near(self) -> None:
        """Request visible ± NEAR pages at the current dpi; drop images far away."""
        visible = self.visible_pages()
        if not visible or self._path is None:
            return
        first, last = max(1, visible[0] - NEAR), min(len(self._pages), visible[-1] + NEAR)
        dpi = self._dpi()
        for page in self._pages:
            if not first - KEEP <= page.number <= last + KEEP:
                page.set_pixmap(None)
            elif first <= page.number <= last and page.pixmap_dpi() != dpi and not page.error:
                self._request(page.number, dpi)

    def _request(self, number: int, dpi: int) -> None:
        if (number, dpi) in self._pending or self._path is None:
            return
        self._pending.add((number, dpi))
        generation = self._generation
        task = Task(_render, self._render_page, self._path, number, dpi, self._password)
        self._runner.start(
            task, lambda result: self._on_rendered(generation, task, result),
            lambda exc: self._on_render_failed(generation, number, dpi, exc))

    def _on_rendered(self, generation: int, task: Task, result: tuple[int, int, QImage]) -> None:
        number, dpi, image = result
        self._pending.discard((number, dpi))
        if generation != self._generation:
            return
        if task.thread_id is not None:
            self.last_render_threads.add(task.thread_id)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self._pages[number - 1].set_pixmap(pixmap, dpi)
        self.page_rendered.emit(number)

    def _on_render_failed(self, generation: int, number: int, dpi: int,
                          exc: BaseException) -> None:
        self._pending.discard((number, dpi))
        if generation != self._generation:
            return
        message = dialogs.user_message(exc)
        if message is None:
            dialogs.report_unexpected(exc)
            message = "This page could not be shown."
        self._pages[number - 1].error = message
        self._pages[number - 1].update()

    # Highlight -----------------------------------------------------------------------------

    def show_boxes(self, page: int, boxes: tuple[tuple[int, Box], ...]) -> None:
        """Scroll to the first box (or to `page`) and highlight `(page, box)` pairs.

        With no boxes (OCR without positions, or a .txt) it scrolls to the top of `page`.
        Before the layout exists the request is kept and applied when it does.
        """
        self._target = (page, tuple(boxes))
        if not self._pages:
            return
        for widget in self._pages:
            widget.set_highlights(b for n, b in boxes if n == widget.number)
        first = min(boxes, key=lambda pb: (pb[0], pb[1].y0)) if boxes else None
        number = first[0] if first else page
        widget = self._pages[min(max(number, 1), len(self._pages)) - 1]
        y = widget.y() + (first[1].y0 * self._scale if first else 0)
        # Put the sentence a third of the way down, where the eye lands, with context above.
        above = self.viewport().height() / 3 if first else MARGIN
        self.verticalScrollBar().setValue(round(y - above))
        if first:
            self.horizontalScrollBar().setValue(
                round(widget.x() + first[1].x0 * self._scale - 2 * MARGIN))
        self._render_timer.start()

    def highlights(self) -> list[tuple[int, QRectF]]:
        """(page, rectangle in page pixels) of every highlight shown."""
        return [(p.number, r) for p in self._pages for r in p.highlight_rects()]
