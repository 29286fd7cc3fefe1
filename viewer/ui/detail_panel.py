"""The panel under the table: where an event came from, how its date was computed, its history.

This is what lets counsel trust a date without rereading the order: the source sentence
(click it to see it highlighted in the PDF), the computation step by step, the flags in words
and every change made to the event.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton,
                               QVBoxLayout, QWidget)

from viewer.core.model import Event
from viewer.ui import labels

EMPTY_TEXT = ("Select an event to see the sentence it came from, how its date was computed "
              "and what has been changed.")


class QuoteLabel(QLabel):
    """The source sentence; a click asks the window to show it in the PDF."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quote")
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Show this sentence in the PDF")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setTextFormat(Qt.TextFormat.RichText)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Qt override: a left click is a request to show the sentence."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setObjectName("sectionTitle")
    return label


def _text(object_name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.RichText)
    if object_name:
        label.setObjectName(object_name)
    return label


def _when(event: Event) -> str:
    """'Wed, Jan 8, 2025 · 4:00 p.m. EST', or why there is no date."""
    if event.date is None:
        return "No date: an obligation without a deadline in the order"
    parts = [labels.format_date(event.date), labels.format_time(event.time),
             labels.zone_abbreviation(event.date, event.time, event.timezone)]
    return " \u00b7 ".join(p for p in (parts[0], f"{parts[1]} {parts[2]}".strip()) if p)


def _steps_html(computation: str) -> str:
    """The computation as numbered steps, or a plain line when there is one step."""
    steps = labels.computation_steps(computation) or ["Date as written in the order."]
    if len(steps) == 1:
        return labels.escape(steps[0])
    items = "".join(f"<li>{labels.escape(step)}</li>" for step in steps)
    return f"<ol style='margin-left:-20px'>{items}</ol>"


def history_line(entry: Any) -> str:
    """One line of an event's history: when, who, field, old → new."""
    at = entry.at
    when = at.strftime("%Y-%m-%d %H:%M") if hasattr(at, "strftime") else str(at)[:16]
    old = "\u2014" if entry.old in (None, "") else str(entry.old)
    new = "\u2014" if entry.new in (None, "") else str(entry.new)
    return f"{when} \u00b7 {entry.who} \u00b7 {entry.field}: {old} \u2192 {new}"


class DetailPanel(QScrollArea):
    """Shows one event. `quote_clicked(Event)` asks for the sentence in the PDF."""

    quote_clicked = Signal(object)

    def __init__(self, actions: Sequence[Any] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._event: Event | None = None
        body = QWidget()
        body.setObjectName("detailBody")
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(16, 12, 16, 12)
        self._layout.setSpacing(6)
        self._build(actions)
        self._layout.addStretch(1)
        self.setWidget(body)
        self.set_event(None)

    def _build(self, actions: Sequence[Any]) -> None:
        top = QHBoxLayout()
        self.title = _text("detailTitle")
        top.addWidget(self.title, 1)
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(top)
        self.when = _text("detailWhen")
        self.flags = _text("flagBox")
        self.source_title = _section("From the order")
        self.quote = QuoteLabel()
        self.quote.clicked.connect(self._quote_clicked)
        self.no_position = _text("hint")
        self.computation_title = _section("How this date was computed")
        self.computation = _text("computation")
        self.facts = _text("facts")
        self.history_title = _section("History")
        self.history = _text("history")
        for widget in (self.when, self.flags, self.source_title, self.quote, self.no_position,
                       self.computation_title, self.computation, self.facts,
                       self.history_title, self.history):
            self._layout.addWidget(widget)

    def _quote_clicked(self) -> None:
        if self._event is not None:
            self.quote_clicked.emit(self._event)

    def set_event(self, event: Event | None, history: Sequence[Any] = (),
                  anchor_title: str = "") -> None:
        """Show `event` (None shows the hint), its history and its anchor's title."""
        self._event = event
        shown = event is not None
        for widget in (self.when, self.source_title, self.quote, self.computation_title,
                       self.computation, self.facts, self.history_title, self.history):
            widget.setVisible(shown)
        self.flags.setVisible(shown and bool(event and labels.shown_flags(event.flags)))
        self.no_position.setVisible(shown and not (event and event.boxes))
        if event is None:
            self.title.setText(f"<span style='color:#777'>{EMPTY_TEXT}</span>")
            return
        self._fill(event, history, anchor_title)

    def _fill(self, event: Event, history: Sequence[Any], anchor_title: str) -> None:
        esc = labels.escape
        chip = (f"<span style='background:{labels.kind_colour(event.kind)}; color:white;'>"
                f"&nbsp;{esc(labels.kind_label(event.kind))}&nbsp;</span>")
        self.title.setText(f"{chip}&nbsp; <b>{esc(event.title)}</b>")
        status = labels.status_label(event.status)
        self.when.setText(f"{esc(_when(event))} &nbsp;<span style='color:#666'>"
                          f"({esc(status)})</span>")
        self.flags.setText("<br>".join(
            f"\u26a0 <b>{esc(labels.flag_short(f))}</b>: {esc(labels.flag_explanation(f))}"
            for f in labels.shown_flags(event.flags)))
        self.source_title.setText(f"From the order \u2014 page {event.page}")
        quote = " ".join(event.quote.split())  # the PDF's line breaks are not the sentence's
        self.quote.setText(f"\u201c{esc(quote)}\u201d" if quote
                           else "<i>No source sentence was recorded.</i>")
        self.no_position.setText(
            "The exact position of this sentence on the page is not known (scanned or text "
            "file); the page is shown \u2014 look for the sentence above.")
        self.computation.setText(_steps_html(event.computation))
        self.facts.setText(self._facts(event, anchor_title))
        self.history.setText("<br>".join(esc(history_line(h)) for h in history)
                             or "<span style='color:#777'>No changes yet.</span>")

    @staticmethod
    def _facts(event: Event, anchor_title: str) -> str:
        """Stated text, relative rule, confidence: small print under the computation."""
        esc = labels.escape
        rows = []
        if event.stated:
            rows.append(f"<b>Order says:</b> {esc(event.stated)}")
        if event.relative is not None:
            rel = event.relative
            anchor = anchor_title or rel.anchor
            rows.append(f"<b>Counted:</b> {rel.amount} {esc(rel.unit.replace('_', ' '))} "
                        f"{esc(rel.direction)} {esc(anchor)}")
        rows.append(f"<b>Confidence:</b> {labels.confidence_words(event.confidence)}")
        if event.recital:
            rows.append("<b>Recital:</b> the order mentions this past event; it sets nothing.")
        return "<br>".join(rows)
