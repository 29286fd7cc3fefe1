"""In the window: counsel enter the service date, and the answer deadline is counted and kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import STAMP, TODAY, open_sample
from tests.ui.test_main_window import select
from viewer import pipeline
from viewer.export.ics import write_ics
from viewer.pdf import page_sizes, render_page
from viewer.ui.services import Services

pytestmark = pytest.mark.gui
ORDER = ("Defendant shall answer the complaint within twenty-one (21) days after service of "
         "this Order.\n\nEntered this 5th day of March, 2025.\n")


@pytest.fixture
def real_window(qtbot: Any, store: Any) -> Any:
    from viewer.ui.main_window import MainWindow

    services = Services(store=store, today=TODAY, extract_file=pipeline.extract_file,
                        recompute=pipeline.recompute, page_sizes=page_sizes,
                        render_page=render_page, write_ics=write_ics,
                        print_timeline_pdf=lambda *a, **k: Path(), clock=lambda: STAMP,
                        count_from_anchor_date=pipeline.count_from_anchor_date)
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.runner.wait(5000)


def _enter_service_date(day: dt.date) -> None:
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.anchor_date is not None
    dialog.anchor_date.setDate(QDate(day))
    dialog.accept()


def test_service_date_entered_in_the_edit_dialog_dates_the_answer(
        qtbot: Any, real_window: Any, store: Any, tmp_path: Path) -> None:
    order = tmp_path / "order.txt"
    order.write_text(ORDER)
    open_sample(qtbot, real_window, order)
    answer = next(e for e in real_window.session.timeline.events if e.relative is not None)
    assert answer.date is None
    select(qtbot, real_window, answer.id)
    QTimer.singleShot(0, lambda: _enter_service_date(dt.date(2025, 3, 15)))
    real_window.commands.edit.trigger()
    saved = store.load_timeline(real_window.session.timeline.document.sha256)
    dated = next(e for e in saved.events if e.id == answer.id)
    # Saturday 2025-03-15 + 21 days = Saturday 2025-04-05, rolled forward to Monday 2025-04-07.
    assert (dated.date, dated.status) == (dt.date(2025, 4, 7), "edited")
    assert "anchor-undated" not in dated.flags and "date entered by counsel" in dated.computation
