"""Pieces of the window on their own: edit dialog, closure days, crash hook, zoom, cancel."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import TODAY, open_sample
from tests.ui.fakes import SAMPLE, sample_timeline
from viewer.ui.closures_dialog import ClosureDaysDialog
from viewer.ui.crash import CrashHandler
from viewer.ui.edit_dialog import EditEventDialog

pytestmark = pytest.mark.gui


def hearing() -> Any:
    return next(e for e in sample_timeline().events if e.id == "e-hearing")


def test_edit_dialog_returns_only_what_changed(qtbot: Any) -> None:
    dialog = EditEventDialog(hearing(), TODAY)
    qtbot.addWidget(dialog)
    assert dialog.changes() == {}
    dialog.date.setDate(QDate(2025, 1, 17))
    dialog.all_day.setChecked(True)
    assert dialog.changes() == {"date": dt.date(2025, 1, 17), "time": None}


def test_edit_dialog_can_undate_and_refuses_an_empty_title(qtbot: Any) -> None:
    dialog = EditEventDialog(hearing(), TODAY)
    qtbot.addWidget(dialog)
    dialog.undated.setChecked(True)
    assert dialog.changes() == {"date": None}
    dialog.title.setText("  ")
    assert not dialog.save_button.isEnabled()
    dialog.title.setText("PI hearing")
    assert dialog.save_button.isEnabled()


def test_closure_days_are_added_to_the_store(qtbot: Any, store: Any) -> None:
    dialog = ClosureDaysDialog(store, TODAY)
    qtbot.addWidget(dialog)
    dialog.day.setDate(QDate(2025, 1, 9))
    dialog.note.setText("E.O. 14133, national day of mourning")
    dialog.add.click()
    assert store.closure_days() == [(dt.date(2025, 1, 9), "E.O. 14133, national day of mourning")]
    assert dialog.changed
    assert dialog.list.item(0).text().startswith("Thu, Jan 9, 2025")


def test_reextract_passes_closure_days_to_the_pipeline(qtbot: Any, window: Any, store: Any,
                                                       pipeline: Any) -> None:
    store.add_closure_day(dt.date(2025, 1, 9), "E.O. 14133")
    open_sample(qtbot, window)
    with qtbot.waitSignal(window.session.timeline_changed):
        window.commands.reextract.trigger()
    assert pipeline.calls[-1]["closures"] == ((dt.date(2025, 1, 9), "E.O. 14133"),)


def test_crash_handler_logs_and_tells_the_user(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                               caplog: pytest.LogCaptureFixture,
                                               tmp_path: Path) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    handler = CrashHandler(tmp_path / "viewer.log")
    try:
        raise ValueError("unexpected")
    except ValueError as exc:
        with caplog.at_level(logging.ERROR, logger="viewer.crash"):
            handler(type(exc), exc, exc.__traceback__)
    assert "ValueError: unexpected" in caplog.text
    assert shown and "nothing you entered is lost" in shown[0]
    assert str(tmp_path / "viewer.log") in shown[0]


def test_zoom_changes_scale_and_renders_sharper(qtbot: Any, window: Any) -> None:
    open_sample(qtbot, window)
    view = window.pdf_view
    page = view._pages[view.current_page() - 1]
    qtbot.waitUntil(lambda: page.pixmap_dpi() > 0, timeout=15000)
    before_scale, before_dpi = view.scale(), page.pixmap_dpi()
    window.commands.zoom_in.trigger()
    assert view.scale() > before_scale
    assert window.status.zoom.text() == f"{round(view.scale() * 100)}%"
    page = view._pages[view.current_page() - 1]
    qtbot.waitUntil(lambda: page.pixmap_dpi() > before_dpi, timeout=15000)
    window.commands.fit_width.trigger()
    assert view.scale() == pytest.approx(before_scale)


def test_cancel_stops_a_long_reading(qtbot: Any, window: Any, pipeline: Any) -> None:
    from viewer.pdf import Cancelled

    started = threading.Event()

    def slow(path: Path, **kwargs: Any) -> Any:
        kwargs["progress"](1, 6)
        started.set()
        while not kwargs["cancel"]():
            threading.Event().wait(0.01)
        raise Cancelled("reading cancelled")

    window.session._services.extract_file = slow
    with qtbot.waitSignal(window.session.progress) as progress:
        window.open_path(SAMPLE)
    assert progress.args == [1, 6, ""]
    assert window.commands.cancel.isEnabled() and not window.commands.open.isEnabled()
    assert started.wait(5)
    with qtbot.waitSignal(window.session.busy_changed):
        window.commands.cancel.trigger()
    assert window.statusBar().currentMessage() == "Reading cancelled."
    assert window.commands.open.isEnabled() and window.session.timeline is None


def test_closure_days_can_be_removed(qtbot: Any, store: Any) -> None:
    store.add_closure_day(dt.date(2024, 12, 24), "E.O. 14127")
    dialog = ClosureDaysDialog(store, TODAY)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    dialog.remove.click()
    assert store.closure_days() == [] and dialog.list.count() == 0 and dialog.changed
