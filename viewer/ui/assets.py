"""Icons and the style sheet from `resources/` (found through importlib.resources).

Reading through importlib rather than a path relative to this file keeps the lookup working
when the app is installed as a wheel.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    """The SVG icon `resources/icons/<name>.svg` (an empty icon if it is missing)."""
    resource = files("resources").joinpath("icons", f"{name}.svg")
    return QIcon(str(resource)) if resource.is_file() else QIcon()


def stylesheet() -> str:
    """The application style sheet, `resources/style.qss`."""
    resource = files("resources").joinpath("style.qss")
    return resource.read_text(encoding="utf-8") if resource.is_file() else ""
