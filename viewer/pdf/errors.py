"""Errors the PDF adapters raise: one clear line for the user, never a traceback.

Everything derives from `PdfError(ValueError)` so callers (CLI, UI) catch one type and
show `str(err)` as is.
"""

from __future__ import annotations


class PdfError(ValueError):
    """The document cannot be read; `str(err)` is one line meant for the user."""

    def __init__(self, message: str) -> None:
        # Poppler and tesseract messages can carry newlines; the contract is one line.
        super().__init__(" ".join(str(message).split()))


class PasswordRequired(PdfError):
    """The PDF is encrypted and no password, or a wrong one, was given."""


class Cancelled(PdfError):
    """The caller's `cancel()` returned True; reading stopped early."""


class PdfTimeout(PdfError):
    """poppler or tesseract ran longer than allowed (a runaway or hostile page)."""
