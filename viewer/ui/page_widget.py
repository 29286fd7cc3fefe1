"""One page of the PDF view: its image (or a placeholder while it renders) and highlights.

Coordinates: `Box` values are PDF points with a top-left origin; the widget is the page at
`scale` pixels per point, so a box maps to `box * scale` in widget coordinates.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from viewer.core.model import Box

_HIGHLIGHT_FILL = QColor(255, 204, 0, 85)
_HIGHLIGHT_EDGE = QColor(224, 140, 0, 220)
_PLACEHOLDER = QColor("#f1f1ee")


def merge_boxes(boxes: Iterable[Box], gap: float = 12.0) -> list[Box]:
    """Join word boxes that sit on the same line close together into one box per run.

    One rectangle per line reads as a highlighted sentence; one per word looks like noise.

    >>> merge_boxes([Box(10, 10, 20, 20), Box(22, 10, 40, 20), Box(10, 30, 20, 40)])
    [Box(x0=10, y0=10, x1=40, y1=20), Box(x0=10, y0=30, x1=20, y1=40)]
    """
    merged: list[Box] = []
    for box in sorted(boxes, key=lambda b: (round(b.y0), b.x0)):
        last = merged[-1] if merged else None
        same_line = last is not None and min(last.y1, box.y1) - max(last.y0, box.y0) > \
            0.5 * min(last.y1 - last.y0, box.y1 - box.y0)
        if last is not None and same_line and box.x0 - last.x1 <= gap:
            merged[-1] = Box(last.x0, min(last.y0, box.y0), max(last.x1, box.x1),
                             max(last.y1, box.y1))
        else:
            merged.append(box)
    return merged


class PageWidget(QWidget):
    """A page at a given scale; paints the best pixmap it has, scaled if it is stale."""

    def __init__(self, number: int, size_pt: tuple[float, float],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.size_pt = size_pt
        self.scale = 1.0
        self.error = ""
        self._pixmap: QPixmap | None = None
        self._pixmap_dpi = 0
        self._boxes: list[Box] = []
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_scale(self, scale: float) -> None:
        """Resize to the page's size in points times `scale`."""
        self.scale = scale
        self.setFixedSize(round(self.size_pt[0] * scale), round(self.size_pt[1] * scale))

    def set_pixmap(self, pixmap: QPixmap | None, dpi: int = 0) -> None:
        """Show a rendered image (None drops it to free memory)."""
        self._pixmap, self._pixmap_dpi = pixmap, dpi
        self.update()

    def pixmap_dpi(self) -> int:
        """The dpi of the image shown, 0 when only the placeholder is shown."""
        return self._pixmap_dpi if self._pixmap is not None else 0

    def set_highlights(self, boxes: Iterable[Box]) -> None:
        """Boxes (points) to draw translucent over the page; empty clears them."""
        self._boxes = merge_boxes(boxes)
        self.update()

    def highlight_rects(self) -> list[QRectF]:
        """The highlights in widget pixels, as painted."""
        pad = 2.0
        return [QRectF(b.x0 * self.scale - pad, b.y0 * self.scale - pad,
                       (b.x1 - b.x0) * self.scale + 2 * pad, (b.y1 - b.y0) * self.scale + 2 * pad)
                for b in self._boxes]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        """Qt override: image or placeholder, then highlights."""
        painter = QPainter(self)
        rect = QRectF(self.rect())
        if self._pixmap is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(rect, self._pixmap, QRectF(self._pixmap.rect()))
        else:
            self._paint_placeholder(painter, rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(_HIGHLIGHT_EDGE, 1.2))
        painter.setBrush(_HIGHLIGHT_FILL)
        for box in self.highlight_rects():
            painter.drawRoundedRect(box, 2, 2)
        painter.end()

    def _paint_placeholder(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, _PLACEHOLDER)
        painter.setPen(QColor("#8a8a85"))
        text = self.error or f"Page {self.number}\nRendering\u2026"
        painter.drawText(rect.adjusted(24, 24, -24, -24),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
