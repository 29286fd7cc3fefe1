"""Fixtures for the window tests: fakes for the pipeline, a store, and a built window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from db import open_store
from tests.ui.fakes import SAMPLE, FakePipeline, Recorder
from viewer.export.ics import write_ics
from viewer.pdf import page_sizes, render_page
from viewer.ui.services import Services

TODAY = dt.date(2024, 12, 21)
STAMP = dt.datetime(2024, 12, 21, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def pipeline() -> FakePipeline:
    return FakePipeline()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "timeline.db"


@pytest.fixture
def store(store_path: Path) -> Any:
    """The real store on a temporary file; a short busy timeout keeps lock tests quick."""
    opened = open_store(store_path, clock=lambda: STAMP, busy_timeout=0.2)
    yield opened
    opened.close()


@pytest.fixture
def renderer() -> Recorder:
    """The real render_page, recording the thread of every call."""
    return Recorder(render_page)


@pytest.fixture
def printed() -> list[tuple[Any, Path]]:
    return []


@pytest.fixture
def services(store: Any, pipeline: FakePipeline, renderer: Recorder,
             printed: list[tuple[Any, Path]]) -> Services:
    def print_pdf(timeline: Any, path: Path, *, printed_on: dt.date) -> Path:
        printed.append((timeline, path))
        path.write_bytes(b"%PDF-1.4\n")
        return path

    return Services(store=store, today=TODAY, extract_file=pipeline.extract_file,
                    recompute=pipeline.recompute, page_sizes=page_sizes, render_page=renderer,
                    write_ics=write_ics, print_timeline_pdf=print_pdf, clock=lambda: STAMP)


@pytest.fixture
def window(qtbot: Any, services: Services) -> Any:
    from viewer.ui.main_window import MainWindow

    win = MainWindow(services)
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.runner.wait(5000)


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record warning boxes instead of showing them (they are modal)."""
    from viewer.ui import dialogs

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "warn", lambda _parent, title, text: shown.append((title, text)))
    return shown


def open_sample(qtbot: Any, window: Any, path: Path = SAMPLE) -> None:
    """Open `path` and wait until the timeline is shown and the pages are laid out."""
    with qtbot.waitSignal(window.session.timeline_changed, timeout=10000):
        window.open_path(path)
    if path.suffix == ".pdf":
        qtbot.waitUntil(lambda: window.pdf_view.page_count() > 0, timeout=10000)
