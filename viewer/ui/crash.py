"""Unexpected exceptions: log them and tell the user, instead of dying silently.

Qt swallows exceptions raised in slots after printing them, so without a hook a bug would
leave the window in an unknown state with no word to the user. Every review action is
committed to the store at once, so the dialog can say truthfully that nothing is lost.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("viewer.crash")


class CrashHandler:
    """A `sys.excepthook` that logs the traceback and shows a dialog (once at a time)."""

    def __init__(self, log_path: Path | None = None) -> None:
        self._log_path = log_path
        self._showing = False

    def __call__(self, kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        """Log, then show the dialog unless one is already open or there is no GUI."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("Unexpected error\n%s", details)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            self._show(details, exc)
        finally:
            self._showing = False

    def _show(self, details: str, exc: BaseException) -> None:
        where = f"\n\nDetails were written to {self._log_path}." if self._log_path else ""
        box = QMessageBox(QMessageBox.Icon.Critical, "Unexpected error",
                          "Something went wrong inside the viewer.\n\n"
                          "Your reviews are saved as you make them, so nothing you entered is "
                          f"lost. You can keep working or restart the viewer.{where}")
        box.setInformativeText(f"{type(exc).__name__}: {exc}")
        box.setDetailedText(details)
        box.exec()


def install(log_path: Path | None = None) -> CrashHandler:
    """Send uncaught exceptions to the log (at `log_path`, if given) and a dialog.

    Returns:
        The installed handler.
    """
    if log_path is not None:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logging.getLogger("viewer").addHandler(handler)
    crash = CrashHandler(log_path)
    sys.excepthook = crash
    return crash
