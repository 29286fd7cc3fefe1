"""The dialog that corrects an event's date, time, kind or title.

It returns only the fields that changed, so the store's history records exactly what counsel
corrected and nothing else.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QTimeEdit,
                               QVBoxLayout, QWidget)

from viewer.core.model import KINDS, Event
from viewer.ui import labels


class EditEventDialog(QDialog):
    """Edit one event; `changes()` gives the corrected fields after `exec()` is accepted."""

    def __init__(self, event: Event, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.setWindowTitle("Correct event")
        self.setMinimumWidth(520)
        self._event = event
        layout = QVBoxLayout(self)
        quote = QLabel(f"<i>\u201c{labels.escape(event.quote)}\u201d</i> (p. {event.page})"
                       if event.quote else "")
        quote.setWordWrap(True)
        quote.setObjectName("dialogQuote")
        layout.addWidget(quote)
        layout.addLayout(self._form(event))
        note = QLabel("Your correction is kept when the order is read again, and deadlines "
                      "counted from this event move with it.")
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.title.textChanged.connect(
            lambda text: self.save_button.setEnabled(bool(text.strip())))
        layout.addWidget(buttons)

    def _form(self, event: Event) -> QFormLayout:
        form = QFormLayout()
        self.title = QLineEdit(event.title)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(labels.kind_label(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(event.kind)))
        today = self._today  # where an undated obligation's calendar starts
        self.date = _date_edit(event.date or today)
        self.date.setDisplayFormat("ddd, MMM d, yyyy")
        self.undated = QCheckBox("No date")
        self.undated.toggled.connect(lambda on: self.date.setEnabled(not on))
        self.undated.setChecked(event.date is None)
        shown = event.time or dt.time(17, 0)
        self.time = QTimeEdit(QTime(shown.hour, shown.minute))
        self.time.setDisplayFormat("h:mm AP")
        self.all_day = QCheckBox("All day (no time)")
        self.all_day.toggled.connect(lambda on: self.time.setEnabled(not on))
        self.all_day.setChecked(event.time is None)
        form.addRow("Event", self.title)
        form.addRow("Kind", self.kind)
        form.addRow("Date", _pair(self.date, self.undated))
        zone = labels.zone_abbreviation(event.date or today, dt.time(12), event.timezone)
        form.addRow(f"Time ({zone or event.timezone})", _pair(self.time, self.all_day))
        self.anchor_date: QDateEdit | None = None
        if event.relative is not None and event.relative.unit != "hours" and "anchor-undated" in event.flags:
            # "within 21 days after service": counsel know the service date; the order does not.
            self.anchor_date = _date_edit(today)
            self.anchor_date.setDisplayFormat("ddd, MMM d, yyyy")
            self.count_from = QCheckBox("Count the deadline from it")
            self.count_from.setChecked(True)
            rel = event.relative
            self.anchor_date.setToolTip(f"Counted {rel.amount} {rel.unit.replace('_', ' ')} "
                                        f"{rel.direction} {rel.anchor}")
            form.addRow(_anchor_label(rel.anchor), _pair(self.anchor_date, self.count_from))
        return form

    def values(self) -> dict[str, Any]:
        """The four editable fields as the dialog shows them."""
        date = None if self.undated.isChecked() else self.date.date().toPython()
        at: dt.time | None = None if self.all_day.isChecked() else self.time.time().toPython()  # type: ignore[assignment]
        return {"title": self.title.text().strip(), "kind": self.kind.currentData(),
                "date": date, "time": at.replace(second=0, microsecond=0) if at else None}

    def changes(self) -> dict[str, Any]:
        """Only the fields whose value differs from the event's, plus an anchor date if given."""
        changed = {name: value for name, value in self.values().items()
                   if getattr(self._event, name) != value}
        if self.anchor_date is not None and self.count_from.isChecked():
            changed.pop("date", None)  # the count decides the date
            changed["anchor_date"] = self.anchor_date.date().toPython()
        return changed


def _anchor_label(anchor: str) -> str:
    """A short form label for the date the period counts from ("Service date")."""
    for word, label in (("serv", "Service date"), ("receipt", "Receipt date"),
                        ("receiv", "Receipt date"), ("notice", "Notice date"), ("fil", "Filing date")):
        if word in anchor.lower():
            return label
    return "Starting date"


def _pair(left: QWidget, right: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(left, 1)
    row.addWidget(right)
    return box


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    return edit
