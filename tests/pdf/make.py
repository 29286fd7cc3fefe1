"""Small PDFs made on the fly for the tests (reportlab and Pillow, both test extras).

Files are written into pytest's tmp_path so the repository carries no binary fixtures.
"""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

LEADING = 24.0  # double spacing, like the orders
LEFT, TOP = 72.0, 72.0


def text_pdf(path: Path, pages: Sequence[Sequence[str]], *, encrypt: tuple[str, str] | None = None,
             size: int = 12) -> Path:
    """One page per item, each line of the item drawn at the left margin, double spaced.

    A line of "" leaves a blank line (a paragraph gap). `encrypt` is (user, owner) password.
    """
    kwargs: dict[str, object] = {"pagesize": letter, "invariant": 1}
    if encrypt:
        from reportlab.lib.pdfencrypt import StandardEncryption

        kwargs["encrypt"] = StandardEncryption(encrypt[0], encrypt[1], strength=128)
    c = canvas.Canvas(str(path), **kwargs)
    for lines in pages:
        c.setFont("Times-Roman", size)
        y = letter[1] - TOP
        for line in lines:
            if line:
                c.drawString(LEFT, y, line)
            y -= LEADING
        c.showPage()
    c.save()
    return path


def blank_pdf(path: Path, pages: int = 1) -> Path:
    """Pages with nothing on them: no text layer, nothing for OCR."""
    c = canvas.Canvas(str(path), pagesize=letter)
    for _ in range(pages):
        c.showPage()
    c.save()
    return path


def image_pdf(path: Path, images: Sequence[Image.Image], dpi: int = 200) -> Path:
    """An image-only PDF (a 'scan'): one image per page, no text layer."""
    first, *rest = [im.convert("L") for im in images]
    first.save(path, "PDF", resolution=float(dpi), save_all=True, append_images=rest)
    return path


def noise_image(seed: int = 1, dpi: int = 200) -> Image.Image:
    """A letter-size page of pure random noise: an unreadable scan."""
    w, h = int(8.5 * dpi), int(11 * dpi)
    rnd = random.Random(seed)
    return Image.frombytes("L", (w, h), rnd.randbytes(w * h))


def typed_image(lines: Sequence[str], dpi: int = 200) -> Image.Image:
    """A clean 'scan' of a few lines of large type, for OCR tests that must be quick."""
    w, h = int(8.5 * dpi), int(11 * dpi)
    im = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(im)
    font = _font(int(dpi / 72 * 14))
    for i, line in enumerate(lines):
        draw.text((dpi, dpi + i * dpi * 0.5), line, fill=0, font=font)
    return im


def _font(px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                 "/usr/share/fonts/opentype/urw-base35/NimbusRoman-Regular.otf"):
        try:
            return ImageFont.truetype(name, px)
        except OSError:
            continue
    return ImageFont.load_default(size=px)


def png_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(buf, "PNG")
    return buf.getvalue()


def jpeg_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(buf, "JPEG")
    return buf.getvalue()


def docx_bytes() -> bytes:
    """A minimal ZIP archive, as a .docx is."""
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()
