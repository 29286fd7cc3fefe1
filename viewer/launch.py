"""Decide between a headless command, the window, and the no-display fallback."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

COMMANDS = ("extract", "ics", "print")


def _has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and platform != "offscreen":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and not platform


def main(argv: Sequence[str]) -> int:
    """Entry point used by main.py."""
    from viewer import cli
    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help")):
        return cli.main(argv)
    path = Path(argv[0]) if argv else None
    today = dt.date.today()
    if not _has_display():
        return cli.run_headless(path or cli.SAMPLE, today=today, out_dir=Path.cwd() / "out")
    from viewer.app import run_window
    return run_window(path, today=today)
