"""`read_document`: a PDF or .txt file in, `(DocumentInfo, SourceText)` out.

Order of work for a PDF: pdfinfo (page count, password) -> sha256 -> text layer of every
page (one streaming pdftotext) -> OCR of the pages whose text layer is unusable -> pages in
reading order joined into one SourceText.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from viewer.core.model import DocumentInfo, Page, SourceText

from .errors import Cancelled, PdfError
from .info import PdfInfo, check_file, display_name, pdf_info, sha256_file, sniff
from .layout import LaidOut, arrange, build_source, gc_paused
from .plaintext import read_text_pages
from .render import MAX_PAGES
from .text import iter_text_pages

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

# A page needs OCR when its text layer has fewer letters/digits than this outside the top
# and bottom bands: scanned orders from PACER often carry only the ECF stamp as text.
MIN_BODY_CHARS = 20
BAND = 0.06  # top and bottom fraction of the page that holds stamps and page numbers


def read_document(path: str | Path, *, password: str | None = None,
                  progress: Progress | None = None, cancel: Cancel | None = None,
                  ocr: bool = True) -> tuple[DocumentInfo, SourceText]:
    """Words with boxes of every page of a PDF (text layer, OCR where it has none) or a .txt.

    `progress(done, total)` is called as pages finish; `cancel()` returning True stops the
    work and raises `Cancelled`. Every failure is a `PdfError` with a one-line message.
    """
    p = check_file(path)
    if sniff(p) == "txt":
        with gc_paused():
            laid = read_text_pages(p, progress, cancel)
        return _finish(p, len(laid), laid, sha256_file(p))
    # Sizes from pdfinfo, not pdftotext: for a page with /Rotate 90 pdftotext reports the
    # unrotated size but gives word boxes in displayed (rotated) coordinates, as renders are.
    info = pdf_info(p, password, first=1, last=MAX_PAGES)
    digest = sha256_file(p)
    laid = _read_pdf(p, info, password, progress, cancel, ocr)
    return _finish(p, info.pages, laid, digest)


def _finish(p: Path, pages: int, laid: list[LaidOut], digest: str) -> tuple[DocumentInfo, SourceText]:
    with gc_paused():
        source = build_source(laid)
    return DocumentInfo(str(p), digest, pages, _overall(source.pages)), source  # type: ignore[arg-type]


def _overall(pages: tuple[Page, ...]) -> str:
    """'text', 'ocr', 'mixed' or 'none' from the pages' sources (empty pages don't count)."""
    kinds = {page.source for page in pages} - {"none"}
    if not kinds:
        return "none"
    return kinds.pop() if len(kinds) == 1 else "mixed"


def _read_pdf(p: Path, info: PdfInfo, password: str | None, progress: Progress | None,
              cancel: Cancel | None, ocr: bool) -> list[LaidOut]:
    name = display_name(p)
    total = info.pages
    laid: dict[int, LaidOut] = {}
    need_ocr: list[int] = []
    done = 0
    # closing(): on cancel or error pdftotext is killed now, not when the traceback dies.
    with gc_paused(), closing(iter_text_pages(p, password)) as pages:
        for tp in pages:
            if cancel is not None and cancel():
                raise Cancelled(f"reading {name} was cancelled")
            width, height = info.sizes[tp.number - 1] if tp.number <= len(info.sizes) else (tp.width, tp.height)
            laid[tp.number] = arrange(tp.number, width, height, tp.lines, "text")
            if ocr and not usable(laid[tp.number].page):
                need_ocr.append(tp.number)
                continue
            done += 1
            if progress is not None:
                progress(done, total)
    if len(laid) < total:
        raise PdfError(f"cannot read the text of {name}: poppler stopped after page {len(laid)} of {total}")
    if need_ocr:
        _ocr_into(p, laid, need_ocr, password, progress, cancel, done, total)
    return [laid[n] for n in range(1, total + 1)]


def _ocr_into(p: Path, laid: dict[int, LaidOut], numbers: list[int], password: str | None,
              progress: Progress | None, cancel: Cancel | None, done: int, total: int) -> None:
    """Replace the text layer of `numbers` by OCR, unless OCR finds nothing at all."""
    from .ocr import ocr_pages  # late: pytesseract is only needed for scans

    jobs = [(n, (laid[n].page.width, laid[n].page.height)) for n in numbers]
    for number, lines in ocr_pages(p, jobs, password, cancel):
        old = laid[number].page
        found = arrange(number, old.width, old.height, lines, "ocr")
        if found.page.words or not old.words:
            laid[number] = found
        done += 1
        if progress is not None:
            progress(done, total)


def usable(page: Page) -> bool:
    """Whether the text layer carries body text (not just an ECF stamp or a page number)."""
    top, bottom = BAND * page.height, (1 - BAND) * page.height
    chars = 0
    for word in page.words:
        middle = (word.box.y0 + word.box.y1) / 2
        if top <= middle <= bottom:
            chars += sum(ch.isalnum() for ch in word.text)
            if chars >= MIN_BODY_CHARS:
                return True
    return False
