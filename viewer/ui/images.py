"""PIL images to QImage, done in the worker thread (QImage, unlike QPixmap, is thread-safe)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QImage


def to_qimage(image: Any) -> QImage:
    """Copy a PIL image into a QImage that owns its pixels.

    Args:
        image: a PIL.Image in any mode; it is converted to RGB first.

    Returns:
        A QImage in Format_RGB888 that no longer refers to the PIL buffer (the buffer is
        freed when the PIL image is, so the copy is needed).
    """
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    width, height = rgb.size
    return QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
