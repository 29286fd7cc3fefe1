"""Shared fixtures. Qt runs headless here: without a platform the qapp fixture aborts pytest."""

from __future__ import annotations

import datetime as dt
import functools
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from viewer.core.model import Timeline  # noqa: E402
from viewer.pipeline import extract_file  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).parent / "data"

TODAY = dt.date(2026, 11, 25)  # the day the held-out golds were scored against


@functools.cache
def extracted(path: Path) -> Timeline:
    """The timeline of one stored order, extracted once per test run: the accuracy floors, the golden text
    timelines and the flag-label check all read every order, and extraction is the slow part."""
    return extract_file(path, today=TODAY)


settings.register_profile("default", max_examples=200, deadline=None)
settings.register_profile("ci", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "default")


@pytest.fixture
def shared() -> Path:
    """The ../shared folder; tests that need it skip cleanly where it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED
