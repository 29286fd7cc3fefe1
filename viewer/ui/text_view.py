"""The left pane for plain-text orders: the text itself, with the selected sentence marked.

A .txt has no pages to render and no boxes; finding the quote in the text is the honest
equivalent of the PDF highlight.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget


def quote_pattern(quote: str) -> re.Pattern[str]:
    r"""A pattern for `quote` that tolerates the text's line breaks and repeated spaces.

    >>> bool(quote_pattern("shall appear  before").search("shall\nappear before"))
    True
    """
    words = [re.escape(w) for w in quote.split()]
    return re.compile(r"\s+".join(words))


class TextView(QPlainTextEdit):
    """Read-only text of the order; `show_quote` scrolls to and marks a sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textView")
        self.setReadOnly(True)
        self.setFont(QFont("DejaVu Serif", 11))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def open(self, path: Path) -> None:
        """Load a text file (decoding errors are replaced: showing beats refusing)."""
        self.setPlainText(path.read_text(encoding="utf-8", errors="replace"))

    def show_quote(self, quote: str) -> bool:
        """Mark and scroll to the first occurrence of `quote`; False if it is not found."""
        match = quote_pattern(quote).search(self.toPlainText()) if quote.strip() else None
        if match is None:
            self.setExtraSelections([])
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(match.start())
        cursor.setPosition(match.end(), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[attr-defined]
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(255, 204, 0, 110))
        selection.format = fmt  # type: ignore[attr-defined]
        self.setExtraSelections([selection])
        self.setTextCursor(QTextCursor(self.document().findBlock(match.start())))
        self.centerCursor()
        return True

    def marked(self) -> str:
        """The text currently marked (empty when none)."""
        selections = self.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""
