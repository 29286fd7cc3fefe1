"""What a file is before we parse it: checks, content sniffing, hashing and `pdfinfo`.

The file's bytes decide whether it is a PDF or text, not its name: users drag in
`.docx` files renamed `.pdf`, scanner output named `.PDF`, and HTML saved from PACER.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from . import _proc
from .errors import PasswordRequired, PdfError

PDFINFO_TIMEOUT = 30.0  # seconds; pdfinfo on a 2,000-page PDF takes well under 1 s
HEAD_BYTES = 1024  # the PDF spec allows junk before %PDF- within the first 1 KB
TEXT_SUFFIXES = (".txt", ".text")

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive such as a Word .docx"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"{\\rtf", "an RTF document"),
)


def display_name(path: Path) -> str:
    """The file name as shown in messages: no folders, no control characters."""
    name = path.name or str(path)
    return "".join(ch if ch.isprintable() else "?" for ch in name)


def check_file(path: str | Path) -> Path:
    """Path to an existing, readable, non-empty regular file, else `PdfError`."""
    p = Path(path)
    name = display_name(p)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise PdfError(f"file not found: {p}") from None
    except OSError as exc:
        raise PdfError(f"cannot open {name}: {exc.strerror}") from None
    if p.is_dir():
        raise PdfError(f"not a file: {name} is a folder")
    if not p.is_file():
        raise PdfError(f"not a regular file: {name}")
    if st.st_size == 0:
        raise PdfError(f"empty file: {name} (0 bytes)")
    if not os.access(p, os.R_OK):
        raise PdfError(f"cannot read {name}: permission denied")
    return p


def sniff(path: Path) -> Literal["pdf", "txt"]:
    """'pdf' or 'txt' from the file's first bytes; anything else is a `PdfError`."""
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
    if b"%PDF-" in head:
        return "pdf"
    name = display_name(path)
    if path.suffix.lower() in TEXT_SUFFIXES and b"\x00" not in head:
        return "txt"
    raise PdfError(f"not a PDF: {name} ({_describe(head)})")


def _describe(head: bytes) -> str:
    """What the first bytes look like, for the 'not a PDF' message."""
    for magic, what in _SIGNATURES:
        if head.startswith(magic):
            shown = _printable(head[:4])
            return f"{what}; starts with {shown!r}" if shown else what
    text = head.lstrip()[:64].lower()
    if text.startswith((b"<!doctype html", b"<html")) or b"<html" in text:
        return "an HTML page"
    if b"\x00" not in head and _mostly_text(head):
        return f"plain text; starts with {head.strip()[:20].decode('utf-8', 'replace')!r}"
    shown = _printable(head[:8])
    return f"starts with {shown!r}" if shown else "binary data"


def _printable(data: bytes) -> str:
    return "".join(chr(b) for b in data if 32 < b < 127)


def _mostly_text(head: bytes) -> bool:
    printable = sum(1 for b in head if b in (9, 10, 12, 13) or 32 <= b < 127 or b >= 0xC2)
    return printable >= 0.95 * len(head)


def sha256_file(path: Path) -> str:
    """Hex sha256 of the file's bytes, read in chunks (PDFs can be hundreds of MB)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class PdfInfo:
    """What `pdfinfo` says about a readable PDF."""

    pages: int
    encrypted: bool
    sizes: tuple[tuple[float, float], ...] = ()  # (width, height) in points, as displayed


_PAGES = re.compile(rb"^Pages:\s+(\d+)", re.M)
_ENCRYPTED = re.compile(rb"^Encrypted:\s+yes", re.M)
_SIZE = re.compile(rb"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", re.M)
_ROT = re.compile(rb"^Page\s+(\d+) rot:\s+(\d+)", re.M)


def pdf_info(path: Path, password: str | None = None, *,
             first: int | None = None, last: int | None = None) -> PdfInfo:
    """Run `pdfinfo` once; with `first`/`last` also read those pages' sizes
    (pdfinfo clamps `last` to the page count, so `last=10**9` means "to the end").

    Raises `PasswordRequired` for encrypted files without the right password and
    `PdfError` for damaged, truncated or fake PDFs (poppler's own reason in brackets).
    """
    name = display_name(path)
    span = ["-f", str(first or 1), "-l", str(last or first or 1)] if first or last else []
    proc = _proc.run([_proc.PDFINFO, *span, *_proc.password_args(password), str(path)],
                     timeout=PDFINFO_TIMEOUT, what=f"pdfinfo on {name}")
    if span and b"Wrong page range" in proc.stderr:
        # A page past the end: report the real count so the caller can say so.
        return PdfInfo(pdf_info(path, password).pages, False)
    _raise_for(proc, name, password)
    m = _PAGES.search(proc.stdout)
    pages = int(m.group(1)) if m else 0
    if pages == 0:
        raise PdfError(f"PDF has no pages: {name}")
    encrypted = bool(_ENCRYPTED.search(proc.stdout))
    return PdfInfo(pages, encrypted, _sizes(proc.stdout) if span else ())


def _raise_for(proc: subprocess.CompletedProcess[bytes], name: str, password: str | None) -> None:
    """Turn a failed pdfinfo run into the right one-line error."""
    reason = _proc.first_error(proc.stderr)
    if "Incorrect password" in reason:
        if password is None:
            raise PasswordRequired(f"password required: {name} is encrypted")
        raise PasswordRequired(f"wrong password for {name}")
    if proc.returncode != 0:
        why = reason or f"pdfinfo exit status {proc.returncode}"
        raise PdfError(f"cannot read PDF: {name} is damaged or truncated ({why})")


def _sizes(stdout: bytes) -> tuple[tuple[float, float], ...]:
    """Per-page (width, height) as displayed, from pdfinfo's 'Page N size/rot' lines."""
    rot = {int(n): int(r) % 180 for n, r in _ROT.findall(stdout)}
    out: list[tuple[float, float]] = []
    for n, w, h in _SIZE.findall(stdout):
        width, height = float(w), float(h)
        # A page rotated by 90/270 is shown (and rendered) with width and height swapped.
        out.append((height, width) if rot.get(int(n)) == 90 else (width, height))
    return tuple(out)
