"""The one place where errors become messages, plus the small standard dialogs.

Our errors carry a one-line message meant for the user and are shown as is: `PdfError` from
the PDF adapters, and from the store `StoreUnavailable` (locked, read-only, damaged: the
message says what to do) and `StoreConflict` (changed in another window). Anything else,
including the store's `StoreBug`, is a bug: it goes to `sys.excepthook`, which
`viewer.ui.crash` turns into a crash dialog and a log entry.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from db import StoreConflict, StoreUnavailable
from viewer.pdf import PdfError

USER_ERRORS: tuple[type[Exception], ...] = (PdfError, StoreUnavailable, StoreConflict)
# What writing an export can raise that the user can act on (a full disk, a locked store, ...).
OUTPUT_ERRORS: tuple[type[Exception], ...] = (OSError, *USER_ERRORS)

OPEN_FILTER = "Court orders (*.pdf *.txt);;PDF files (*.pdf);;Text files (*.txt)"


def user_message(exc: BaseException) -> str | None:
    """The message to show for one of our errors, or None when `exc` is a bug."""
    if isinstance(exc, USER_ERRORS):
        return str(exc) or type(exc).__name__
    return None


def report_unexpected(exc: BaseException) -> None:
    """Hand a bug to the crash handler (it may come from a worker, so pass its traceback)."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


def show_error(parent: QWidget | None, exc: BaseException, title: str) -> None:
    """Show one of our errors in a warning box; send anything else to the crash handler."""
    message = user_message(exc)
    if message is None:
        report_unexpected(exc)
    else:
        warn(parent, title, message)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A modal warning with an OK button (tests replace this function)."""
    QMessageBox.warning(parent, title, text)


def ask_password(parent: QWidget | None, name: str, retry: bool) -> str | None:
    """Ask for a PDF's password; None when the user cancels.

    Args:
        parent: the window the dialog belongs to.
        name: the file name shown in the prompt.
        retry: True when a password was already tried and refused.
    """
    lead = "That password did not open the file. " if retry else ""
    text, ok = QInputDialog.getText(
        parent, "Password required", f"{lead}\u201c{name}\u201d is protected.\nPassword:",
        QLineEdit.EchoMode.Password)
    return text if ok else None


def ask_open_path(parent: QWidget | None, directory: str = "") -> Path | None:
    """Ask for an order to open (PDF or text); None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, "Open court order", directory, OPEN_FILTER)
    return Path(path) if path else None


def ask_save_path(parent: QWidget | None, title: str, suggested: Path,
                  file_filter: str) -> Path | None:
    """Ask where to save a file, starting from `suggested`; None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not path:
        return None
    result = Path(path)
    wanted = suggested.suffix
    return result if result.suffix or not wanted else result.with_suffix(wanted)
