"""Closure days the user adds (e.g. the 2025-01-09 national day of mourning), with a note.

Holiday tables miss one-off closures; a day added here counts as a legal holiday under
Fed. R. Civ. P. 6(a)(6)(B) the next time the order is read. The note records the source
(an executive order, a court announcement) so the choice can be justified later.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget)

from viewer.ui import dialogs, labels


class ClosureDaysDialog(QDialog):
    """Lists the store's closure days and adds or removes one at a time.

    Attributes:
        changed: True once a day was added or removed (the window then re-reads the order).
    """

    def __init__(self, store: Any, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Closure days")
        self.setMinimumWidth(480)
        self._store = store
        self.changed = False
        layout = QVBoxLayout(self)
        intro = QLabel("Days the court was closed that holiday tables do not know (Fed. R. Civ. "
                       "P. 6(a)(6)(B)). Deadlines are counted again when you close this dialog.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        layout.addWidget(self.list)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd, MMM d, yyyy")
        self.note = QLineEdit()
        self.note.setPlaceholderText("Source, e.g. E.O. 14133 (day of mourning)")
        self.add = QPushButton("Add")
        self.add.clicked.connect(self._add)
        self.remove = QPushButton("Remove")
        self.remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        for widget, stretch in ((self.day, 0), (self.note, 1), (self.add, 0), (self.remove, 0)):
            row.addWidget(widget, stretch)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._reload()

    def days(self) -> tuple[tuple[dt.date, str], ...]:
        """The closure days the store holds, as (day, note)."""
        return tuple(self._store.closure_days())

    def _reload(self) -> None:
        self.list.clear()
        try:
            days = sorted(self.days())
        except dialogs.USER_ERRORS as exc:
            dialogs.show_error(self, exc, "Closure days could not be read")
            return
        for day, note in days:
            self.list.addItem(f"{labels.format_date(day)}" + (f"  \u2014  {note}" if note else ""))
            self.list.item(self.list.count() - 1).setData(256, day.isoformat())

    def _add(self) -> None:
        day = self.day.date().toPython()
        try:
            self._store.add_closure_day(day, self.note.text().strip())
        except dialogs.USER_ERRORS as exc:
            dialogs.show_error(self, exc, "The closure day was not saved")
            return
        self.changed = True
        self.note.clear()
        self._reload()

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            self._store.remove_closure_day(dt.date.fromisoformat(item.data(256)))
        except dialogs.USER_ERRORS as exc:
            dialogs.show_error(self, exc, "The closure day was not removed")
            return
        self.changed = True
        self._reload()
