"""OCR for pages without a usable text layer: pdf2image render + tesseract, pages in parallel.

Measured on these machines (reference/platform-notes.md §3): tesseract with its default
OpenMP threads is 5x slower on 2 cores than with `OMP_THREAD_LIMIT=1` and one page per
core, so we force the limit for the tesseract processes and run a ThreadPoolExecutor with
os.cpu_count() workers (pytesseract starts one process per call, so threads are enough).
Pages are rendered at the scan's native resolution (upsampling did not help accuracy),
one page image alive per worker, so a 2,000-page scan needs no more memory than a 6-page one.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path

from . import _proc
from .errors import Cancelled, PdfError, PdfTimeout
from .info import display_name
from .layout import RawLine, RawWord, clean_word
from .render import rasterize, safe_dpi

OCR_TIMEOUT = 120  # seconds per page; a normal page takes ~1 s
PDFIMAGES_TIMEOUT = 60.0
LANG = "eng"
DEFAULT_DPI = 300  # pages with no embedded image (vector art, outlined fonts)
MIN_DPI, MAX_DPI = 150, 400  # native dpi outside this band is clamped (thumbnails, 1200-dpi fax)
NOISE_CONF = 40.0  # a page whose words average below this confidence is unreadable noise
FEW_CHARS, SURE_CONF = 20, 75.0  # ... and so is one with a few letters read without confidence

_IMAGE_ROW = re.compile(rb"^\s*(\d+)\s+\d+\s+image\s+(\d+)\s+(\d+)\s.*?\s(\d+)\s+(\d+)\s+\S+\s+\S+\s*$", re.M)


def native_dpi(path: Path, password: str | None, first: int, last: int) -> dict[int, int]:
    """Resolution of the largest image on each page in [first, last] (pdfimages -list)."""
    cmd = [_proc.PDFIMAGES, "-list", "-f", str(first), "-l", str(last), *_proc.password_args(password), str(path)]
    proc = _proc.run(cmd, timeout=PDFIMAGES_TIMEOUT, what=f"pdfimages on {display_name(path)}")
    best: dict[int, tuple[int, int]] = {}  # page -> (pixels, dpi)
    for page, w, h, xppi, _yppi in _IMAGE_ROW.findall(proc.stdout):
        pixels, dpi = int(w) * int(h), int(xppi)
        if pixels > best.get(int(page), (0, 0))[0]:
            best[int(page)] = (pixels, dpi)
    return {page: min(MAX_DPI, max(MIN_DPI, dpi)) for page, (_, dpi) in best.items()}


def ocr_page(path: Path, number: int, size: tuple[float, float], dpi: int,
             password: str | None = None) -> list[RawLine]:
    """Lines of words (boxes in points) that tesseract reads on one page."""
    import pytesseract  # type: ignore[import-untyped]  # late import: text-only documents never need it

    dpi = safe_dpi(size, dpi)
    image = rasterize(path, number, dpi, password, grayscale=True)
    name = display_name(path)
    try:
        data = pytesseract.image_to_data(image, lang=LANG, config=f"--dpi {dpi}",
                                         output_type=pytesseract.Output.DICT, timeout=OCR_TIMEOUT)
    except pytesseract.TesseractNotFoundError:
        raise PdfError("OCR needs tesseract (Debian packages tesseract-ocr tesseract-ocr-eng)") from None
    except RuntimeError as exc:  # pytesseract's timeout
        if "timeout" in str(exc).lower():
            raise PdfTimeout(f"OCR of page {number} of {name} took longer than {OCR_TIMEOUT} s") from None
        raise PdfError(f"OCR failed on page {number} of {name} ({exc})") from None
    except pytesseract.TesseractError as exc:
        raise PdfError(f"OCR failed on page {number} of {name} ({exc.message})") from None
    finally:
        image.close()
    return _lines(data, 72.0 / dpi)


def _lines(data: dict[str, list], scale: float) -> list[RawLine]:
    """Group tesseract's word rows into lines; the block id is (block, paragraph)."""
    lines: dict[tuple[int, int, int], list[RawWord]] = {}
    confs: list[float] = []
    for i, raw in enumerate(data["text"]):
        conf = float(data["conf"][i])
        text = clean_word(str(raw))
        if conf < 0 or not text:
            continue
        x, y = data["left"][i] * scale, data["top"][i] * scale
        w, h = data["width"][i] * scale, data["height"][i] * scale
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append((text, x, y, x + w, y + h))
        confs.append(conf)
    if confs and _is_noise(confs, sum(sum(ch.isalnum() for ch in w[0]) for ws in lines.values() for w in ws)):
        return []  # speckle and dust read as letters: an empty page is the honest answer
    return [RawLine(words, key[:2]).fit() for key, words in lines.items()]


def _is_noise(confs: list[float], alnum: int) -> bool:
    """Junk from an unreadable page: low confidence overall, or a few unsure 'letters'.

    A short but real page ("SO ORDERED.") reads with confidence in the 90s and is kept.
    """
    mean = sum(confs) / len(confs)
    return mean < NOISE_CONF or (alnum < FEW_CHARS and mean < SURE_CONF)


def ocr_pages(path: Path, jobs: Iterable[tuple[int, tuple[float, float]]], password: str | None = None,
              cancel: Callable[[], bool] | None = None) -> Iterator[tuple[int, list[RawLine]]]:
    """OCR (page number, size) jobs on all cores; yields (number, lines) as pages finish.

    At most two pages per worker are queued, so memory does not grow with the page count.
    """
    jobs = list(jobs)
    if not jobs:
        return
    # Forced, not setdefault: our own parallelism is per page, and OpenMP's busy-waiting
    # threads on top of it make tesseract 5x slower (platform-notes §3).
    os.environ["OMP_THREAD_LIMIT"] = "1"
    numbers = [n for n, _ in jobs]
    dpis = native_dpi(path, password, min(numbers), max(numbers))
    workers = cpu_count()
    todo = iter(jobs)
    pending: set[Future[tuple[int, list[RawLine]]]] = set()
    pool = ThreadPoolExecutor(workers, thread_name_prefix="ocr")
    try:
        while True:
            while len(pending) < 2 * workers and (job := next(todo, None)) is not None:
                number, size = job
                pending.add(pool.submit(_job, path, number, size, dpis.get(number, DEFAULT_DPI), password))
            if not pending:
                return
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if cancel is not None and cancel():
                raise Cancelled(f"reading {display_name(path)} was cancelled")
            for future in done:
                yield future.result()
    finally:
        # Do not wait for running tesseracts on cancel or error: each is bounded by OCR_TIMEOUT.
        pool.shutdown(wait=False, cancel_futures=True)


def cpu_count() -> int:
    """Cores this process may use (affinity-aware on 3.13+), at least 1."""
    count = getattr(os, "process_cpu_count", os.cpu_count)()
    return max(1, count or 1)


def _job(path: Path, number: int, size: tuple[float, float], dpi: int,
         password: str | None) -> tuple[int, list[RawLine]]:
    return number, ocr_page(path, number, size, dpi, password)
