"""The composition root: run_window opens the store, shows the window, returns the exit code."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.fakes import SAMPLE
from viewer.app import run_window
from viewer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def isolated_app(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    """run_window changes process-wide state; put it back after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    sheet, style = qapp.styleSheet(), qapp.style().name()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)


def _windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_run_window_opens_the_order_and_returns_zero(isolated_app: QApplication,
                                                     tmp_path: Path) -> None:
    seen: dict[str, Any] = {}

    def look_then_close() -> None:
        window = next(w for w in _windows() if w.isVisible())
        if window.session.timeline is None:  # still reading: look again shortly
            QTimer.singleShot(100, look_then_close)
            return
        seen["rows"] = window.pane.table.model().rowCount()
        seen["hook"] = type(sys.excepthook).__name__
        window.close()

    QTimer.singleShot(100, look_then_close)
    code = run_window(SAMPLE, store_path=tmp_path / "t.db", today=dt.date(2024, 12, 21))
    assert code == 0
    assert seen["rows"] > 0 and seen["hook"] == "CrashHandler"
    assert (tmp_path / "t.db").is_file()


def test_unusable_store_is_a_message_not_a_crash(isolated_app: QApplication, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the store's folder should be")
    code = run_window(None, store_path=blocked / "t.db", today=dt.date(2024, 12, 21))
    assert code == 2
    assert shown and "cannot be" in shown[0]
