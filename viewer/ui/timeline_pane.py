"""The right-hand pane: case caption, warnings, the timeline table and the detail panel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from viewer.core.model import Event, Timeline
from viewer.ui import labels
from viewer.ui.detail_panel import DetailPanel
from viewer.ui.timeline_model import EventRole, TimelineFilter, TimelineModel
from viewer.ui.timeline_view import TimelineView


def counts(events: Sequence[Event]) -> tuple[int, int]:
    """(events to calendar, events awaiting review) — recitals and dismissed excluded."""
    live = [e for e in events if not e.recital and e.status != "dismissed"]
    return len(live), sum(1 for e in live if labels.awaits_review(e))


class TimelinePane(QWidget):
    """Caption, warning banner, table and detail panel for one timeline.

    Signals:
        event_selected(object): the selected Event or None.
        event_activated(object): an Event to edit (double-click / Return).
        quote_clicked(object): the Event whose source sentence was clicked.
    """

    event_selected = Signal(object)
    event_activated = Signal(object)
    quote_clicked = Signal(object)

    def __init__(self, review_actions: Sequence[QAction], show_recitals: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(self)
        self.proxy = TimelineFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = TimelineView(self.proxy)
        self.detail = DetailPanel(review_actions)
        self.caption = QLabel()
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.recitals = QCheckBox("Show recitals")
        self.recitals.setToolTip(show_recitals.toolTip())
        self.recitals.toggled.connect(show_recitals.setChecked)
        show_recitals.toggled.connect(self._set_show_recitals)
        self._layout()
        self.table.event_selected.connect(self.event_selected)
        self.table.event_activated.connect(self.event_activated)
        self.detail.quote_clicked.connect(self.quote_clicked)

    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.recitals)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(12, 10, 12, 0)
        column.setSpacing(6)
        column.addWidget(self.caption)
        column.addWidget(self.banner)
        column.addLayout(head)
        column.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("detailSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _set_show_recitals(self, show: bool) -> None:
        selected = self.table.current_event()
        self.recitals.setChecked(show)
        self.proxy.set_show_recitals(show)
        self._set_summary()
        if selected is not None:
            self.table.select_event(selected.id)

    def set_timeline(self, timeline: Timeline | None) -> None:
        """Show a timeline (None empties the pane), keeping the selection if the event stays."""
        selected = self.table.current_event()
        self.model.set_events(timeline.events if timeline else ())
        self._set_header(timeline)
        if selected is None or not self.table.select_event(selected.id):
            self.detail.set_event(None)
            self.event_selected.emit(None)

    def select_next_to_review(self) -> bool:
        """Select the next flagged, unreviewed event after the current row (wrapping)."""
        proxy, table = self.proxy, self.table
        rows = proxy.rowCount()
        start = table.currentIndex().row() if table.currentIndex().isValid() else -1
        for step in range(1, rows + 1):
            event = proxy.index((start + step) % rows, 0).data(EventRole)
            if event is not None and labels.awaits_review(event):
                return table.select_event(event.id)
        return False

    def replace_event(self, event: Event) -> None:
        """Show a new version of one event (after confirm, dismiss or restore)."""
        self.model.replace_event(event)
        self._set_summary()

    def _set_header(self, timeline: Timeline | None) -> None:
        case = timeline.case if timeline else None
        if case is None:
            self.caption.setText("")
        else:
            # Orders often have no clean caption; then the court heads the pane.
            title = case.caption or case.court or "Court not identified"
            court = labels.short_court(case.court) if case.caption else ""
            zone = case.timezone if case.court else (
                f"times read as {case.timezone} (Review \u203a Time zone when no court is named)")
            parts = [p for p in (court, case.number and f"No.\u00a0{case.number}", zone) if p]
            self.caption.setText(f"<b>{labels.escape(title)}</b><br><span style='color:#5b6470'>"
                                 f"{labels.escape(' · '.join(parts))}</span>")
        warnings = timeline.warnings if timeline else ()
        self.banner.setText("<br>".join(f"\u26a0 {labels.escape(w)}" for w in warnings))
        self.banner.setVisible(bool(warnings))
        self._set_summary()

    def _set_summary(self) -> None:
        total, review = counts(self.model.events())
        hidden = sum(1 for e in self.model.events() if e.recital)
        text = f"<b>{total}</b> events"
        if review:
            text += f" \u00b7 <span style='color:#9a6700'><b>{review}</b> need review</span>"
        if hidden and not self.proxy.show_recitals():
            text += f" \u00b7 <span style='color:#777'>{hidden} recitals hidden</span>"
        self.summary.setText(text if self.model.events() else "")
