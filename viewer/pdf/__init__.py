"""PDF ingestion: poppler and tesseract adapters (no Qt, no database).

`read_document` turns a PDF (text layer, or OCR where a page has none) or a .txt file into
`(DocumentInfo, SourceText)`; `page_count`, `page_sizes` and `render_page` serve the viewer.
Every failure is a `PdfError` whose `str()` is one line for the user.
"""

from __future__ import annotations

from .errors import Cancelled, PasswordRequired, PdfError, PdfTimeout
from .render import page_count, page_sizes, render_page
from .source import read_document

__all__ = [
    "Cancelled",
    "PasswordRequired",
    "PdfError",
    "PdfTimeout",
    "page_count",
    "page_sizes",
    "read_document",
    "render_page",
]
