"""Review actions go through the store and survive a reload; outputs and failures."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from tests.ui.conftest import open_sample
from tests.ui.fakes import SAMPLE
from tests.ui.test_main_window import select
from viewer.ui.main_window import MainWindow
from viewer.ui.timeline_model import Column

pytestmark = pytest.mark.gui


def reopened(qtbot: Any, services: Any) -> MainWindow:
    """A second window on the same store, with the sample opened again."""
    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    open_sample(qtbot, again)
    return again


def event_of(window: MainWindow, uid: str) -> Any:
    return next(e for e in window.session.timeline.events if e.id == uid)


def test_confirm_persists_across_reload(qtbot: Any, window: MainWindow, services: Any) -> None:
    open_sample(qtbot, window)
    select(qtbot, window, "e-hearing")
    qtbot.keyClick(window.pane.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.pane.table.current_event().status == "confirmed"
    assert not window.commands.confirm.isEnabled()
    assert "confirmed" in window.pane.detail.history.text()
    assert event_of(reopened(qtbot, services), "e-hearing").status == "confirmed"


def test_dismiss_greys_the_row_restore_undoes(qtbot: Any, window: MainWindow,
                                              services: Any) -> None:
    open_sample(qtbot, window)
    select(qtbot, window, "e-bond")
    qtbot.keyClick(window.pane.table, Qt.Key.Key_Delete)
    event = window.pane.table.current_event()
    assert event.status == "dismissed"
    index = window.pane.table.currentIndex().siblingAtColumn(Column.TITLE)
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert window.commands.dismiss.text() == "&Restore"
    assert event_of(reopened(qtbot, services), "e-bond").status == "dismissed"
    window.commands.dismiss.trigger()
    assert window.pane.table.current_event().status == "proposed"


def _answer_edit_dialog(new_date: dt.date) -> None:
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.windowTitle() == "Correct event"
    dialog.date.setDate(QDate(new_date))
    dialog.accept()


def test_edit_saves_recomputes_and_persists(qtbot: Any, window: MainWindow, services: Any,
                                            pipeline: Any) -> None:
    open_sample(qtbot, window)
    select(qtbot, window, "e-hearing")
    QTimer.singleShot(0, lambda: _answer_edit_dialog(dt.date(2025, 1, 17)))
    window.commands.edit.trigger()
    hearing = event_of(window, "e-hearing")
    assert (hearing.date, hearing.status) == (dt.date(2025, 1, 17), "edited")
    assert pipeline.recomputed, "dependent deadlines were not recomputed"
    assert event_of(window, "e-def-papers").date == dt.date(2025, 1, 15)
    assert "2025-01-10 \u2192 2025-01-17" in window.pane.detail.history.text()
    again = reopened(qtbot, services)
    assert event_of(again, "e-hearing").date == dt.date(2025, 1, 17)
    assert event_of(again, "e-hearing").status == "edited"


def test_export_writes_a_parsable_calendar(qtbot: Any, window: MainWindow, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from icalendar import Calendar
    from viewer.ui import dialogs

    open_sample(qtbot, window)
    select(qtbot, window, "e-hearing")
    window.commands.dismiss.trigger()
    target = tmp_path / "order.ics"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    assert window.export_ics() == target
    calendar = Calendar.from_ical(target.read_bytes())
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    hearing = next(e for s, e in events.items() if "Preliminary injunction" in s)
    assert str(hearing["STATUS"]) == "CANCELLED"
    assert hearing.decoded("DTSTART").hour == 10
    assert any("Defendants' papers due" in s for s in events)


def test_print_writes_the_reviewed_timeline(qtbot: Any, window: MainWindow, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from viewer.ui import dialogs
    from viewer.ui.printing import print_timeline_pdf

    window.services.print_timeline_pdf = print_timeline_pdf  # the real printout
    open_sample(qtbot, window)
    window.commands.confirm.trigger()
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: tmp_path / "t.pdf")
    assert window.print_pdf() == tmp_path / "t.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "t.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Preliminary injunction hearing" in text and "Confirmed" in text


def answer_password_prompts(answers: list[str | None], seen: list[str]) -> QTimer:
    """Answer each password prompt that opens with the next answer (None cancels)."""
    pending = list(answers)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and pending:
            seen.append(dialog.labelText())
            answer = pending.pop(0)
            if answer is None:
                dialog.reject()
            else:
                dialog.setTextValue(answer)
                dialog.accept()

    timer = QTimer(interval=30)
    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_password_is_asked_until_right(qtbot: Any, window: MainWindow, pipeline: Any) -> None:
    pipeline.password = "s3cret"
    seen: list[str] = []
    timer = answer_password_prompts(["wrong", "s3cret"], seen)
    with qtbot.waitSignal(window.session.timeline_changed, timeout=10000):
        window.open_path(SAMPLE)
    timer.stop()
    assert [c.get("password") for c in pipeline.calls] == [None, "wrong", "s3cret"]
    assert "protected" in seen[0] and "did not open" in seen[1]
    assert window.session.password == "s3cret"
    qtbot.waitUntil(lambda: window.pdf_view.page_count() == 6)


def test_cancelled_password_opens_nothing(qtbot: Any, window: MainWindow, pipeline: Any) -> None:
    pipeline.password = "s3cret"
    seen: list[str] = []
    timer = answer_password_prompts([None], seen)
    window.open_path(SAMPLE)
    qtbot.waitUntil(lambda: bool(seen) and not window.session.busy())
    timer.stop()
    assert len(pipeline.calls) == 1 and window.session.timeline is None
    assert window.statusBar().currentMessage() == "Not opened: no password given."


def test_unreadable_order_is_a_message(qtbot: Any, window: MainWindow, pipeline: Any,
                                       warnings_shown: list[Any]) -> None:
    from viewer.pdf import PdfError

    pipeline.fail = PdfError("not a PDF: notes.doc is not a court order")
    window.open_path(Path("notes.doc"))
    qtbot.waitUntil(lambda: bool(warnings_shown))
    assert warnings_shown == [("Could not read the order",
                               "not a PDF: notes.doc is not a court order")]
    assert window.commands.open.isEnabled() and not window.commands.export_ics.isEnabled()


def test_locked_store_is_a_message_and_loses_nothing(qtbot: Any, window: MainWindow,
                                                     store: Any, store_path: Path,
                                                     warnings_shown: list[Any]) -> None:
    open_sample(qtbot, window)
    select(qtbot, window, "e-hearing")
    window.commands.confirm.trigger()  # saved before the lock
    other = sqlite3.connect(store_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        window.commands.dismiss.trigger()
        assert len(warnings_shown) == 1 and "in use by another" in warnings_shown[0][1]
        assert window.pane.table.current_event().status == "confirmed"
        with qtbot.waitSignal(window.session.timeline_changed):
            window.commands.reextract.trigger()  # read again: shown even though not saved
        assert len(warnings_shown) == 2 and window.pane.table.model().rowCount() == 4
        assert window.statusBar().currentMessage() == "Not saved: showing your last saved review."
    finally:
        other.rollback()
        other.close()
    assert event_of(window, "e-hearing").status == "confirmed"


def test_a_bug_in_a_worker_reaches_the_excepthook(qtbot: Any, window: MainWindow,
                                                  pipeline: Any) -> None:
    pipeline.fail = RuntimeError("boom")
    with qtbot.captureExceptions() as caught:
        window.open_path(SAMPLE)
        qtbot.waitUntil(lambda: bool(caught), timeout=5000)
    assert isinstance(caught[0][1], RuntimeError)
    assert not window.session.busy()


def test_edit_after_a_change_elsewhere_is_refused_and_reloaded(
        qtbot: Any, window: MainWindow, store_path: Path, warnings_shown: list[Any]) -> None:
    from db import open_store

    open_sample(qtbot, window)
    select(qtbot, window, "e-hearing")
    with open_store(store_path) as elsewhere:  # a second window on the same file
        elsewhere.update_event("e-hearing", title="PI hearing (moved by a colleague)")
    QTimer.singleShot(0, lambda: _answer_edit_dialog(dt.date(2025, 1, 17)))
    window.commands.edit.trigger()
    assert "changed elsewhere" in warnings_shown[0][1]
    hearing = event_of(window, "e-hearing")
    assert hearing.title == "PI hearing (moved by a colleague)"
    assert hearing.date == dt.date(2025, 1, 10)


def test_recent_documents_reopen_a_file(qtbot: Any, window: MainWindow, store: Any,
                                        pipeline: Any) -> None:
    from viewer.ui.chrome import fill_recent

    open_sample(qtbot, window)
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "recentMenu")
    fill_recent(menu, store, window.open_path)
    entries = [a.text() for a in menu.actions()]
    assert entries == ["sample-order.pdf  \u2014  No. 1:24-cv-2323"]
    with qtbot.waitSignal(window.session.timeline_changed):
        menu.actions()[0].trigger()
    assert len(pipeline.calls) == 2
