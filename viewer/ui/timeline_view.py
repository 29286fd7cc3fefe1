"""The timeline table: kind chips, flag tags, review markers, keyboard navigation.

The view only presents and reports: it emits `event_selected(Event | None)` when the current
row changes and `event_activated(Event)` on double-click or Return, and leaves what to do to
the window.
"""

from __future__ import annotations

from PySide6.QtCore import (QItemSelection, QModelIndex, QPersistentModelIndex, QRectF, Qt,
                            Signal)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QTableView, QWidget)

from viewer.core.model import Event
from viewer.ui import labels
from viewer.ui.timeline_model import AttentionRole, Column, EventRole, TimelineFilter

_ATTENTION_BAR = QColor("#e0a000")
_FLAG_FILL = QColor("#fde7b0")
_FLAG_TEXT = QColor("#6b4a00")
_INFO_FILL = QColor("#e8edf3")
_INFO_TEXT = QColor("#3b4452")
_CONFIRMED = QColor("#2e7d32")


class TimelineDelegate(QStyledItemDelegate):
    """Paints the kind as a coloured chip, flags as tags and a bar beside flagged rows."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Qt override."""
        event: Event | None = index.data(EventRole)
        column = Column(index.column())
        if event is None or column not in (Column.KIND, Column.FLAGS, Column.STATUS):
            super().paint(painter, option, index)
        else:
            self._paint_panel(painter, option, index)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if column == Column.KIND:
                self._paint_chip(painter, option, event)
            elif column == Column.FLAGS:
                self._paint_flags(painter, option, event)
            else:
                self._paint_status(painter, option, event)
            painter.restore()
        if column == Column.DATE and index.data(AttentionRole) and event is not None \
                and event.status != "dismissed":
            painter.fillRect(option.rect.adjusted(0, 0, -option.rect.width() + 4, 0),
                             _ATTENTION_BAR)

    def _paint_panel(self, painter: QPainter, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        """The cell background and selection, without the text (we draw our own)."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

    @staticmethod
    def _pill_width(painter: QPainter, text: str) -> float:
        return painter.fontMetrics().horizontalAdvance(text) + 14.0

    def _pill(self, painter: QPainter, rect: QRectF, fill: QColor, text: str, fg: QColor) -> float:
        """Draw one rounded tag starting at rect.left(); return its width."""
        width = self._pill_width(painter, text)
        pill = QRectF(rect.left(), rect.center().y() - 10, width, 20)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, 10, 10)
        painter.setPen(QPen(fg))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        return width

    def _paint_chip(self, painter: QPainter, option: QStyleOptionViewItem, event: Event) -> None:
        colour = QColor(labels.kind_colour(event.kind))
        if event.status == "dismissed":
            colour = QColor("#b8b8b8")
        self._pill(painter, QRectF(option.rect).adjusted(6, 0, 0, 0), colour,
                   labels.kind_label(event.kind), QColor("white"))

    def _paint_flags(self, painter: QPainter, option: QStyleOptionViewItem, event: Event) -> None:
        """As many tags as fit, then "+n" for the rest (the detail panel explains them all)."""
        # The row's amber bar already says "review"; spend the width on why.
        flags = [f for f in labels.shown_flags(event.flags) if f != "needs-review"] \
            or labels.shown_flags(event.flags)
        rect = QRectF(option.rect).adjusted(6, 0, -4, 0)
        for i, flag in enumerate(flags):
            rest = len(flags) - i - 1
            need = self._pill_width(painter, labels.flag_short(flag))
            need += self._pill_width(painter, f"+{rest}") + 4 if rest else 0
            if rect.left() + need > rect.right():
                self._pill(painter, rect, _INFO_FILL, f"+{len(flags) - i}", _INFO_TEXT)
                return
            fill, text = (_FLAG_FILL, _FLAG_TEXT) if flag in labels.REVIEW_FLAGS \
                else (_INFO_FILL, _INFO_TEXT)
            width = self._pill(painter, rect, fill, labels.flag_short(flag), text)
            rect.setLeft(rect.left() + width + 4)

    @staticmethod
    def _paint_status(painter: QPainter, option: QStyleOptionViewItem, event: Event) -> None:
        text = labels.status_label(event.status)
        colour = {"confirmed": _CONFIRMED, "dismissed": QColor("#9a9a9a"),
                  "edited": QColor("#2f5fb3")}.get(event.status, QColor("#555555"))
        rect = QRectF(option.rect).adjusted(8, 0, -4, 0)
        mark = {"confirmed": "\u2713 ", "edited": "\u270e ", "dismissed": "\u2715 "}
        painter.setPen(QPen(colour))
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         mark.get(event.status, "\u2022 ") + text)


class TimelineView(QTableView):
    """The table of events over a `TimelineFilter`.

    Signals:
        event_selected(object): the current row's Event, or None when nothing is selected.
        event_activated(object): the Event of a double-clicked row or of Return (to edit it).
    """

    event_selected = Signal(object)
    event_activated = Signal(object)

    def __init__(self, proxy: TimelineFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineTable")
        self.setModel(proxy)
        self.setItemDelegate(TimelineDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(False)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(28)
        self._size_columns()
        self.selectionModel().selectionChanged.connect(self._on_selection)
        self.doubleClicked.connect(lambda idx: self._activate(idx))

    def _size_columns(self) -> None:
        """Fixed widths for short columns; the title takes what is left."""
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # The date column must show its widest value whole ("Wed, Sep 30, 2025") in any font.
        metrics = self.fontMetrics()
        date_width = max(122, metrics.horizontalAdvance("Wed, Sep 30, 2025") + 18)
        widths = {Column.DATE: date_width, Column.TIME: max(84, metrics.horizontalAdvance("10:00 p.m.") + 18),
                  Column.ZONE: 54, Column.KIND: 80, Column.STATUS: 104, Column.FLAGS: 132}
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)

    def current_event(self) -> Event | None:
        """The Event of the selected row, if any."""
        rows = self.selectionModel().selectedRows()
        return rows[0].data(EventRole) if rows else None

    def select_event(self, uid: str) -> bool:
        """Select the row of the event with that id; False if it is hidden or absent."""
        proxy = self.model()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            event = index.data(EventRole)
            if event is not None and event.id == uid:
                self.setCurrentIndex(index)
                self.scrollTo(index)
                return True
        return False

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.event_selected.emit(self.current_event())

    def _activate(self, index: QModelIndex) -> None:
        event = index.data(EventRole)
        if event is not None:
            self.event_activated.emit(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Qt override: Return opens the editor (Ctrl+Return is the Confirm shortcut)."""
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)
