"""Toolbar, menus and status bar of the main window (built once, from the actions)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QProgressBar, QToolBar, QToolButton

from viewer.core.model import Timeline
from viewer.ui import dialogs, labels
from viewer.ui.actions import WindowActions
from viewer.ui.timeline_pane import counts

RECENT_LIMIT = 10


def build_toolbar(window: QMainWindow, a: WindowActions) -> QToolBar:
    """One toolbar: document actions, review actions, outputs, then the PDF's zoom."""
    bar = QToolBar("Main")
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setIconSize(QSize(20, 20))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for group in ((a.open, a.reextract, a.cancel), (a.next_review, a.confirm, a.edit, a.dismiss),
                  (a.export_ics, a.print_pdf)):
        bar.addActions(list(group))
        bar.addSeparator()
    for action in (a.zoom_out, a.zoom_in, a.fit_width):
        bar.addAction(action)
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    window.addToolBar(bar)
    return bar


def build_menus(window: QMainWindow, a: WindowActions, store: Any,
                open_path: Callable[[Path], None]) -> None:
    """File / Review / View / Help menus; Recent documents is refilled on each opening."""
    menu = window.menuBar()
    file_menu = menu.addMenu("&File")
    file_menu.addAction(a.open)
    recent = file_menu.addMenu("Recent &documents")
    recent.setObjectName("recentMenu")
    recent.aboutToShow.connect(lambda: fill_recent(recent, store, open_path))
    file_menu.addAction(a.reextract)
    file_menu.addSeparator()
    file_menu.addActions([a.export_ics, a.print_pdf])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    review = menu.addMenu("&Review")
    review.addActions([a.next_review, a.confirm, a.edit, a.dismiss])
    review.addSeparator()
    review.addAction(a.closures)
    review.addAction(a.zone)
    view = menu.addMenu("&View")
    view.addAction(a.show_recitals)
    view.addSeparator()
    view.addActions([a.zoom_in, a.zoom_out, a.fit_width])
    menu.addMenu("&Help").addAction(a.about)


def recent_documents(store: Any) -> list[tuple[str, Path]]:
    """(label, path) of the documents the store knows, most recent first, files that exist.

    The label names the case too: counsel think in case numbers, and orders are often all
    called "order.pdf".
    """
    found: list[tuple[str, Path]] = []
    for doc in store.documents():
        path = Path(doc.path)
        if path.is_file() and len(found) < RECENT_LIMIT:
            case = f"  \u2014  No. {doc.case_number}" if doc.case_number else ""
            found.append((f"{path.name}{case}", path))
    return found


def fill_recent(menu: QMenu, store: Any, open_path: Callable[[Path], None]) -> None:
    """Rebuild the Recent documents menu from the store."""
    menu.clear()
    try:
        entries = recent_documents(store)
    except dialogs.USER_ERRORS as exc:
        entries = []
        menu.addAction(f"Unavailable: {exc}").setEnabled(False)
    for label, path in entries:
        action = menu.addAction(label)
        action.setToolTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: open_path(p))
    if not menu.actions():
        menu.addAction("No documents yet").setEnabled(False)


@dataclass
class StatusWidgets:
    """The status bar's permanent fields and its progress bar."""

    document: QLabel
    pages: QLabel
    source: QLabel
    court: QLabel
    events: QLabel
    zoom: QLabel
    progress: QProgressBar

    def labels(self) -> tuple[QLabel, ...]:
        """The fields `status_texts` fills, in its order."""
        return (self.document, self.pages, self.source, self.court, self.events)


def build_status(window: QMainWindow) -> StatusWidgets:
    """Permanent fields on the right of the status bar, a progress bar for reading."""
    bar = window.statusBar()
    widgets = StatusWidgets(QLabel(), QLabel(), QLabel(), QLabel(), QLabel(), QLabel(), progress=QProgressBar())
    widgets.progress.setFixedWidth(200)
    widgets.progress.setTextVisible(False)
    widgets.progress.hide()
    bar.addPermanentWidget(widgets.progress)
    for label in (*widgets.labels(), widgets.zoom):
        label.setObjectName("statusField")
        bar.addPermanentWidget(label)
    return widgets


def status_texts(timeline: Timeline) -> tuple[str, str, str, str, str]:
    """Document name, pages, text source, court and zone, event counts.

    The text source matters to counsel: OCR'd text can hold misread digits.
    """
    doc, case = timeline.document, timeline.case
    source = {"text": "Text layer", "ocr": "OCR (check digits)", "mixed": "Text + OCR",
              "none": "No text"}.get(doc.text_source, doc.text_source)
    total, review = counts(timeline.events)
    court = " \u00b7 ".join(p for p in (labels.short_court(case.court), case.timezone) if p)
    events = f"{total} events" + (f", {review} need review" if review else "")
    pages = f"{doc.pages} page{'s' if doc.pages != 1 else ''}"
    return Path(doc.path).name, pages, source, court, events
