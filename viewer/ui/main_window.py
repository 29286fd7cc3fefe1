"""The main window: the order on the left, its timeline on the right, actions around them.

The window wires widgets to the `ReviewSession` and to each other; it holds no rules. What
it needs from outside Qt arrives in `Services` (see `viewer.app`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QLabel, QMainWindow, QMessageBox, QProgressBar, QPushButton,
                               QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from viewer.core.model import Event, Timeline
from viewer.ui import dialogs
from viewer.ui.actions import build_actions
from viewer.ui.assets import icon
from viewer.ui.chrome import build_menus, build_status, build_toolbar, status_texts
from viewer.ui.closures_dialog import ClosureDaysDialog
from viewer.ui.edit_dialog import EditEventDialog
from viewer.ui.pdf_view import PdfView
from viewer.ui.services import Services
from viewer.ui.session import ReviewSession
from viewer.ui.text_view import TextView
from viewer.ui.timeline_pane import TimelinePane
from viewer.ui.workers import TaskRunner

APP_NAME = "Case Timeline"
FALLBACK_ZONE_KEY = "fallback_zone"
DEFAULT_ZONE = "America/New_York"
WELCOME = ("<h2>Open a court order</h2><p>PDF (text or scanned) or plain text. "
           "Everything stays on this computer.</p><p>Drop a file here, or</p>")
READING = ("<h2>Reading {name}\u2026</h2><p>Scanned pages are read with OCR, which takes a few "
           "seconds a page.<br>Esc cancels.</p>")
_GEOMETRY, _SPLIT, _DETAIL = "window.geometry", "window.splitter", "window.detail_splitter"


class MainWindow(QMainWindow):
    """PDF (or text) | timeline table over the detail panel."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._shown_path: Path | None = None
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.runner = TaskRunner(2, self)
        self.session = ReviewSession(services, self.runner, self)
        self.commands = build_actions(self)
        self.addActions(list(self.commands.all()))
        self.pdf_view = PdfView(services.render_page, services.page_sizes, self.runner)
        self.text_view = TextView()
        self.pane = TimelinePane(self.commands.review(), self.commands.show_recitals)
        self._build_layout()
        build_toolbar(self, self.commands)
        build_menus(self, self.commands, self.services.store, self.open_path)
        self.status = build_status(self)
        self._connect()
        self._restore_layout()

    # Layout --------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.left = QStackedWidget()
        self.left.setObjectName("leftPane")
        self.left.addWidget(self._welcome())
        self.left.addWidget(self.pdf_view)
        self.left.addWidget(self.text_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _welcome(self) -> QWidget:
        page = QWidget()
        page.setObjectName("welcome")
        column = QVBoxLayout(page)
        column.addStretch(1)
        self._welcome_text = QLabel(WELCOME)
        self._welcome_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._welcome_open = QPushButton(icon("open"), "Open\u2026")
        self._welcome_open.clicked.connect(self.commands.open.trigger)
        column.addWidget(self._welcome_text)
        column.addWidget(self._welcome_open, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return page

    def _connect(self) -> None:
        a = self.commands
        a.open.triggered.connect(self._ask_open)
        a.reextract.triggered.connect(self.session.reextract)
        a.cancel.triggered.connect(self.session.cancel)
        a.next_review.triggered.connect(self._next_to_review)
        a.confirm.triggered.connect(lambda: self._review(self.session.confirm))
        a.edit.triggered.connect(lambda: self.edit_event(self.pane.table.current_event()))
        a.dismiss.triggered.connect(self._dismiss_or_restore)
        a.export_ics.triggered.connect(self.export_ics)
        a.print_pdf.triggered.connect(self.print_pdf)
        a.closures.triggered.connect(self._edit_closures)
        a.zone.triggered.connect(self._choose_zone)
        a.zoom_in.triggered.connect(self.pdf_view.zoom_in)
        a.zoom_out.triggered.connect(self.pdf_view.zoom_out)
        a.fit_width.triggered.connect(self.pdf_view.fit_width)
        a.about.triggered.connect(self._about)
        a.quit.triggered.connect(self.close)
        self.pane.event_selected.connect(self._on_selected)
        self.pane.event_activated.connect(self.edit_event)
        self.pane.quote_clicked.connect(self.show_source)
        self.session.timeline_changed.connect(self._on_timeline)
        self.session.event_changed.connect(self._on_event_changed)
        self.session.busy_changed.connect(self._on_busy)
        self.session.progress.connect(self._on_progress)
        self.session.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.pdf_view.zoom_changed.connect(
            lambda s: self.status.zoom.setText(f"{round(s * 100)}%"))
        self._update_actions()

    # Opening -------------------------------------------------------------------------------

    def open_path(self, path: Path) -> None:
        """Read an order and show it with its timeline."""
        self.session.open(Path(path))

    def _ask_open(self) -> None:
        folder = str(self.session.path.parent) if self.session.path else ""
        path = dialogs.ask_open_path(self, folder)
        if path is not None:
            self.open_path(path)

    def _on_timeline(self, timeline: Timeline) -> None:
        path = Path(timeline.document.path)
        first_look = self._show_document(path)
        self.setWindowTitle(f"{path.name} \u2014 {APP_NAME}")
        self.pane.set_timeline(timeline)
        if first_look:  # start where the work is: the first flagged event
            self.pane.select_next_to_review()
        self._update_status(timeline)
        self._update_actions()

    def _show_document(self, path: Path) -> bool:
        """Show `path` on the left; False when it is already shown (a re-merge)."""
        shown = self.left.currentWidget()
        if path == self._shown_path and (shown is self.text_view or self.pdf_view.page_count()):
            return False  # keep pages, zoom and scroll position
        if path.suffix.lower() == ".txt":
            self.text_view.open(path)
            self.left.setCurrentWidget(self.text_view)
        else:
            self.pdf_view.open(path, self.session.password)
            self.left.setCurrentWidget(self.pdf_view)
        self._shown_path = path
        return True

    def _on_event_changed(self, event: Event) -> None:
        self.pane.replace_event(event)
        if self.session.timeline is not None:
            self._update_status(self.session.timeline)
        current = self.pane.table.current_event()
        if current is not None and current.id == event.id:
            self._on_selected(event)

    def _on_busy(self, busy: bool) -> None:
        self.status.progress.setVisible(busy)
        self.status.progress.setRange(0, 0)
        self.status.progress.setTextVisible(False)
        name = self.session.path.name if self.session.path else ""
        self._welcome_text.setText(READING.format(name=name) if busy else WELCOME)
        self._welcome_open.setVisible(not busy)
        self.commands.cancel.setEnabled(busy)
        self.commands.cancel.setVisible(busy)
        self._update_actions()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        bar: QProgressBar = self.status.progress
        bar.setRange(0, max(total, 0))
        bar.setValue(done)
        bar.setFormat("Page %v of %m")
        bar.setTextVisible(total > 0)
        if text:
            self.statusBar().showMessage(text)

    # Selection and source ------------------------------------------------------------------

    def _on_selected(self, event: Event | None) -> None:
        self._update_actions()
        if event is None:
            self.pane.detail.set_event(None)
            return
        self.pane.detail.set_event(event, self.session.history(event), self._anchor_title(event))
        self.show_source(event)

    def _anchor_title(self, event: Event) -> str:
        if event.relative is None or self.session.timeline is None:
            return ""
        anchor = next((e for e in self.session.timeline.events
                       if e.id == event.relative.anchor), None)
        return anchor.title if anchor else ""

    def show_source(self, event: Event) -> None:
        """Scroll the left pane to the event's sentence and highlight it."""
        if self.left.currentWidget() is self.text_view:
            self.text_view.show_quote(event.quote)
        else:
            self.pdf_view.show_boxes(event.page, event.boxes)

    # Review --------------------------------------------------------------------------------

    def _review(self, act: Callable[[Event], None]) -> None:
        event = self.pane.table.current_event()
        if event is not None:
            act(event)

    def _next_to_review(self) -> None:
        if not self.pane.select_next_to_review():
            self.statusBar().showMessage("Nothing left to review: every flagged event has been "
                                         "confirmed, corrected or dismissed.", 8000)

    def _dismiss_or_restore(self) -> None:
        event = self.pane.table.current_event()
        if event is not None:
            (self.session.restore if event.status == "dismissed" else self.session.dismiss)(event)

    def edit_event(self, event: Event | None) -> None:
        """Open the correction dialog for `event` and save what changed."""
        if event is None or self.session.busy():
            return
        dialog = EditEventDialog(event, self.services.today, self)
        if dialog.exec() == EditEventDialog.DialogCode.Accepted:
            self.session.edit(event, dialog.changes())

    def _update_actions(self) -> None:
        a, busy = self.commands, self.session.busy()
        event = self.pane.table.current_event()
        has_timeline = self.session.timeline is not None and not busy
        for action in a.review():
            action.setEnabled(event is not None and not busy)
        dismissed = event is not None and event.status == "dismissed"
        a.dismiss.setText("&Restore" if dismissed else "&Dismiss")
        a.dismiss.setIcon(icon("restore" if dismissed else "dismiss"))
        a.confirm.setEnabled(a.confirm.isEnabled() and event is not None
                             and event.status != "confirmed")
        for action in (a.reextract, a.export_ics, a.print_pdf, a.next_review):
            action.setEnabled(has_timeline)
        a.open.setEnabled(not busy)

    def _update_status(self, timeline: Timeline) -> None:
        for label, text in zip(self.status.labels(), status_texts(timeline), strict=True):
            label.setText(text)

    # Outputs -------------------------------------------------------------------------------

    def export_ics(self) -> Path | None:
        """Save the timeline as .ics (stable UIDs; SEQUENCE from the store)."""
        timeline = self.session.timeline
        if timeline is None:
            return None
        path = dialogs.ask_save_path(self, "Export calendar", self._suggest(timeline, ".ics"),
                                     "Calendar files (*.ics)")
        if path is None:
            return None
        try:
            written = self.services.write_ics(path, timeline, stamp=self.services.clock(),
                                              sequences=self.session.sequences())
        except dialogs.OUTPUT_ERRORS as exc:
            self._output_failed(exc, "The calendar file was not written")
            return None
        self.statusBar().showMessage(f"Exported to {written}. Importing it again updates the "
                                     "same events instead of duplicating them.", 10000)
        return written

    def print_pdf(self) -> Path | None:
        """Save a printable timeline (caption, axis, table with citations) as PDF."""
        timeline = self.session.timeline
        if timeline is None:
            return None
        path = dialogs.ask_save_path(self, "Print timeline to PDF",
                                     self._suggest(timeline, " timeline.pdf"), "PDF (*.pdf)")
        if path is None:
            return None
        try:
            written = self.services.print_timeline_pdf(timeline, path,
                                                       printed_on=self.services.today)
        except dialogs.OUTPUT_ERRORS as exc:
            self._output_failed(exc, "The PDF was not written")
            return None
        self.statusBar().showMessage(f"Saved printable timeline to {written}.", 10000)
        return written

    def _output_failed(self, exc: BaseException, title: str) -> None:
        if isinstance(exc, OSError):  # a full disk or a read-only folder: the user can act
            dialogs.warn(self, title, f"{exc.strerror or exc}: {exc.filename or ''}".strip())
        else:
            dialogs.show_error(self, exc, title)
        return None

    @staticmethod
    def _suggest(timeline: Timeline, suffix: str) -> Path:
        source = Path(timeline.document.path)
        return source.with_name(source.stem + suffix)

    # Dialogs and window state --------------------------------------------------------------

    def _edit_closures(self) -> None:
        dialog = ClosureDaysDialog(self.services.store, self.services.today, self)
        dialog.exec()
        if dialog.changed and self.session.timeline is not None:
            self.statusBar().showMessage("Closure days changed: counting the deadlines again\u2026")
            self.session.reextract()

    def _choose_zone(self) -> None:
        """The zone for orders whose caption names no court (PACER docket texts rarely do)."""
        from viewer.ui.zone_dialog import ask_zone
        current = self.services.store.get_setting(FALLBACK_ZONE_KEY) or DEFAULT_ZONE
        chosen = ask_zone(self, current)
        if chosen is None or chosen == current:
            return
        self.services.store.set_setting(FALLBACK_ZONE_KEY, chosen)
        if self.session.timeline is not None and not self.session.timeline.case.court:
            self.statusBar().showMessage(f"Time zone set to {chosen}: reading the order again\u2026")
            self.session.reextract()

    def _about(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}",
                          f"<h3>{APP_NAME}</h3><p>Reads a court order and lays out the timeline it "
                          "sets in motion, with the sentence and the rule behind every date.</p>"
                          "<p>Everything runs on this computer; nothing is uploaded. Dates are "
                          "computed under Fed. R. Civ. P. 6(a) and must be checked by counsel."
                          "</p>")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        """Qt override: accept a dropped PDF or text file."""
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and urls[0].toLocalFile().lower().endswith(
                (".pdf", ".txt")):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Qt override: open the dropped file."""
        self.open_path(Path(event.mimeData().urls()[0].toLocalFile()))

    def _restore_layout(self) -> None:
        # Defaults for a first start: the timeline gets a little more than half.
        self.resize(1400, 900)
        self.splitter.setSizes([620, 780])
        self.pane.splitter.setSizes([400, 400])
        store = self.services.store
        for key, restore in ((_GEOMETRY, self.restoreGeometry),
                             (_SPLIT, self.splitter.restoreState),
                             (_DETAIL, self.pane.splitter.restoreState)):
            value = store.get_setting(key, None)
            if isinstance(value, str) and value:
                restore(QByteArray.fromBase64(value.encode("ascii")))

    def save_layout(self) -> None:
        """Remember window geometry and splitter positions in the store's settings."""
        store = self.services.store
        for key, state in ((_GEOMETRY, self.saveGeometry()), (_SPLIT, self.splitter.saveState()),
                           (_DETAIL, self.pane.splitter.saveState())):
            store.set_setting(key, bytes(state.toBase64().data()).decode("ascii"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Qt override: stop reading, remember the layout, wait for workers."""
        self.session.cancel()
        try:
            self.save_layout()
        except dialogs.USER_ERRORS:
            pass  # the layout is a convenience; a read-only store must not block closing
        self.runner.wait(3000)
        event.accept()

