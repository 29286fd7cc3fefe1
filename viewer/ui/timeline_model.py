"""Qt item model over the events of a timeline, and the proxy that sorts and hides recitals.

The model adapts `Timeline.events` (frozen dataclasses) for views; it holds no rules. It is
refilled with `beginResetModel/endResetModel` when the timeline changes, or one row is
replaced with `dataChanged` after a review action (so the selection survives).
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt)
from PySide6.QtGui import QBrush, QColor, QFont

from viewer.core.model import Event
from viewer.ui import labels

Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    """The table's columns, in order."""

    DATE = 0
    TIME = 1
    ZONE = 2
    KIND = 3
    TITLE = 4
    STATUS = 5
    FLAGS = 6


HEADERS = {Column.DATE: "Date", Column.TIME: "Time", Column.ZONE: "Zone", Column.KIND: "Kind",
           Column.TITLE: "Event", Column.STATUS: "Status", Column.FLAGS: "Flags"}

EventRole = Qt.ItemDataRole.UserRole + 1  # the Event of the row
SortRole = Qt.ItemDataRole.UserRole + 2  # a key that sorts undated events last
AttentionRole = Qt.ItemDataRole.UserRole + 3  # True when a flag asks for review

_ATTENTION_BG = QColor("#fff6dc")
_DISMISSED_FG = QColor("#9a9a9a")


def _display(event: Event, column: Column) -> str:
    """The text of one cell."""
    match column:
        case Column.DATE:
            return labels.format_date(event.date)
        case Column.TIME:
            return labels.format_time(event.time)
        case Column.ZONE:
            return labels.zone_abbreviation(event.date, event.time, event.timezone)
        case Column.KIND:
            return labels.kind_label(event.kind)
        case Column.TITLE:
            return " ".join(event.title.split())  # titles may carry the PDF's line breaks
        case Column.STATUS:
            return labels.status_label(event.status)
        case Column.FLAGS:
            return ", ".join(labels.flag_short(f) for f in labels.shown_flags(event.flags))


def _sort_key(event: Event, column: Column) -> str:
    """A string that sorts rows sensibly: by date and time, undated obligations last."""
    when = event.date.isoformat() if event.date else "9999-99-99"
    at = event.time.isoformat() if event.time else "99"
    if column in (Column.DATE, Column.TIME, Column.ZONE):
        return f"{when} {at}"
    return f"{_display(event, column).lower()} {when} {at}"


class TimelineModel(QAbstractTableModel):
    """One row per event; roles give the Event itself, a sort key and the attention state."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: tuple[Event, ...] = ()

    def set_events(self, events: tuple[Event, ...]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._events = tuple(events)
        self.endResetModel()

    def replace_event(self, event: Event) -> bool:
        """Swap in a new version of the event with the same id; False if there is none."""
        for row, old in enumerate(self._events):
            if old.id == event.id:
                self._events = self._events[:row] + (event,) + self._events[row + 1:]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
                return True
        return False

    def events(self) -> tuple[Event, ...]:
        """The events, in model order."""
        return self._events

    def row_of(self, uid: str) -> int:
        """The row of the event with that id, or -1."""
        return next((r for r, e in enumerate(self._events) if e.id == uid), -1)

    # Qt overrides -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        """Qt override: rows under the invisible root only (this is a flat table)."""
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        """Qt override."""
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(Column):
                return HEADERS[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: text, colours, fonts and our custom roles."""
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(event, column)
        if role == EventRole:
            return event
        if role == SortRole:
            return _sort_key(event, column)
        if role == AttentionRole:
            return labels.needs_attention(event.flags)
        return self._style(event, column, role)

    def _style(self, event: Event, column: Column, role: int) -> Any:
        """Colours, fonts and tooltips: dismissed rows greyed and struck, flagged rows tinted."""
        dismissed = event.status == "dismissed"
        if role == Qt.ItemDataRole.ForegroundRole and dismissed:
            return QBrush(_DISMISSED_FG)
        if role == Qt.ItemDataRole.BackgroundRole and not dismissed:
            return QBrush(_ATTENTION_BG) if labels.needs_attention(event.flags) else None
        if role == Qt.ItemDataRole.FontRole and (dismissed or event.date is None):
            font = QFont()
            font.setStrikeOut(dismissed)
            font.setItalic(event.date is None)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(event, column)
        return None

    @staticmethod
    def _tooltip(event: Event, column: Column) -> str | None:
        """Hover text: flags in words, the zone's full name, the whole title."""
        if column == Column.FLAGS and event.flags:
            return "\n".join(f"{labels.flag_short(f)}: {labels.flag_explanation(f)}"
                             for f in labels.shown_flags(event.flags))
        if column == Column.ZONE:
            return event.timezone
        if column == Column.TITLE:
            return event.title
        return None


class TimelineFilter(QSortFilterProxyModel):
    """Sorts by `SortRole` and hides recitals unless asked to show them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_recitals = False
        self.setSortRole(SortRole)

    def set_show_recitals(self, show: bool) -> None:
        """Show or hide the events the order only recites (past events)."""
        self.beginFilterChange()
        self._show_recitals = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def show_recitals(self) -> bool:
        """Whether recitals are shown."""
        return self._show_recitals

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        """Qt override: hide recital rows unless shown."""
        index = self.sourceModel().index(source_row, 0, source_parent)
        event: Event | None = index.data(EventRole)
        return self._show_recitals or event is None or not event.recital
