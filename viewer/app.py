"""Composition root: the QApplication, the store, the services, the main window.

This is the only place that knows which concrete modules implement the services the window
uses; the widgets receive them in their constructors, which is what lets the UI tests run on
fakes and a temporary store.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import platformdirs
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

import db
from viewer import pipeline
from viewer.export.ics import write_ics
from viewer.pdf import page_sizes, render_page
from viewer.ui import assets, crash
from viewer.ui.main_window import APP_NAME, MainWindow
from viewer.ui.printing import print_timeline_pdf
from viewer.ui.services import Services

ORGANISATION = "case-timeline"


def build_services(store: db.Store, today: dt.date) -> Services:
    """The real implementations of everything the window calls."""
    return Services(store=store, today=today, extract_file=pipeline.extract_file,
                    recompute=pipeline.recompute, page_sizes=page_sizes,
                    render_page=render_page, write_ics=write_ics,
                    print_timeline_pdf=print_timeline_pdf,
                    count_from_anchor_date=pipeline.count_from_anchor_date)


def application() -> QApplication:
    """The QApplication, created once, with our name, style and fonts."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName(ORGANISATION)
    # Fusion looks the same on every desktop, so the style sheet and screenshots hold.
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    app.setStyleSheet(assets.stylesheet())
    app.setWindowIcon(assets.icon("app"))
    return app


def run_window(path: Path | None, *, store_path: Path | None = None, today: dt.date) -> int:
    """Open the window (and `path`, if given); return the exit code when it closes.

    Args:
        path: a PDF or .txt order to open at once.
        store_path: the SQLite file; the user-data folder when None.
        today: the date extraction counts from.
    """
    app = application()
    crash.install(platformdirs.user_log_path(ORGANISATION) / "viewer.log")
    try:
        store = db.open_store(store_path)
    except db.StoreError as exc:  # locked, read-only or damaged: the message says what to do
        QMessageBox.critical(None, APP_NAME, f"The timeline store cannot be opened.\n\n{exc}")
        return 2
    try:
        window = MainWindow(build_services(store, today))
        window.show()
        if path is not None:
            window.open_path(path)
        return app.exec()
    finally:
        store.close()
