"""Page count, page sizes and page images (pdf2image, one page per call).

The viewer renders lazily (visible pages ± a few), so `render_page` renders exactly one
page with `first_page=last_page`; a whole-document render of a 2,000-page PDF would hold
gigabytes of images.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .errors import PdfError, PdfTimeout
from .info import check_file, display_name, pdf_info, sniff

if TYPE_CHECKING:
    from PIL.Image import Image

RENDER_TIMEOUT = 60  # seconds for one page; pdf2image kills pdftoppm after this
MAX_PIXELS = 60_000_000  # ~ a 60 x 60 inch poster at 150 dpi; beyond, lower the dpi
MAX_PAGES = 10**9  # "to the last page" for pdfinfo -l, which clamps to the page count


def _pdf(path: str | Path) -> Path:
    p = check_file(path)
    if sniff(p) != "pdf":
        raise PdfError(f"not a PDF: {display_name(p)} is a text file and has no page images")
    return p


def page_count(path: str | Path, *, password: str | None = None) -> int:
    """Number of pages (pdfinfo). Raises PdfError / PasswordRequired like read_document."""
    return pdf_info(_pdf(path), password).pages


def page_sizes(path: str | Path, *, password: str | None = None) -> list[tuple[float, float]]:
    """(width, height) of every page in points, as displayed (rotation applied)."""
    return list(pdf_info(_pdf(path), password, first=1, last=MAX_PAGES).sizes)


def safe_dpi(size: tuple[float, float], dpi: int) -> int:
    """`dpi`, lowered so the page image stays under MAX_PIXELS (hostile 200-inch pages)."""
    width, height = size
    pixels = (width * dpi / 72) * (height * dpi / 72)
    if pixels <= MAX_PIXELS:
        return dpi
    return max(1, int(dpi * (MAX_PIXELS / pixels) ** 0.5))


def render_page(path: str | Path, number: int, *, dpi: int = 100,
                password: str | None = None, grayscale: bool = False) -> "Image":
    """Image of page `number` (1-based) at `dpi` (lowered for huge pages, see safe_dpi)."""
    p = _pdf(path)
    if number < 1:
        raise PdfError(f"no page {number} in {display_name(p)} (pages start at 1)")
    info = pdf_info(p, password, first=number, last=number)
    if not 1 <= number <= info.pages:
        raise PdfError(f"no page {number} in {display_name(p)} (it has {info.pages})")
    size = info.sizes[0] if info.sizes else (612.0, 792.0)
    return rasterize(p, number, safe_dpi(size, dpi), password, grayscale=grayscale)


def rasterize(path: Path, number: int, dpi: int, password: str | None, *,
              grayscale: bool = False) -> "Image":
    """pdf2image call for one page with pdf2image's failures mapped to PdfError."""
    from pdf2image import convert_from_path  # imported late: OCR-free callers skip PIL
    from pdf2image import exceptions as p2i

    name = display_name(path)
    try:
        # (None is pdf2image's own default for both passwords; its annotation says str.)
        images = convert_from_path(str(path), dpi=dpi, first_page=number, last_page=number,
                                   userpw=password, ownerpw=password,  # type: ignore[arg-type]
                                   grayscale=grayscale, timeout=RENDER_TIMEOUT)
    except p2i.PDFPopplerTimeoutError:
        raise PdfTimeout(f"rendering page {number} of {name} took longer than {RENDER_TIMEOUT} s") from None
    except (p2i.PDFInfoNotInstalledError, FileNotFoundError):
        raise PdfError("pdftoppm is not installed (Debian package poppler-utils)") from None
    except (p2i.PDFPageCountError, p2i.PDFSyntaxError) as exc:
        raise PdfError(f"cannot render page {number} of {name} ({str(exc).strip().splitlines()[-1:]})") from None
    if not images:
        raise PdfError(f"cannot render page {number} of {name} (poppler returned no image)")
    return images[0]
