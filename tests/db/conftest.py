"""Fixtures for the store tests: a ticking clock, file-backed stores and timeline factories."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import Store, open_store
from viewer.core.model import Case, DocumentInfo, Event, Timeline

START = dt.datetime(2025, 1, 6, 9, 0, tzinfo=dt.timezone.utc)


class Clock:
    """A clock that moves one second forward each time it is read, so order is visible."""

    def __init__(self, start: dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "timeline.db"


@pytest.fixture
def store(db_path: Path, clock: Clock) -> Iterator[Store]:
    with open_store(db_path, clock=clock) as opened:
        yield opened


def event(uid: str, kind: str = "filing", title: str = "", day: dt.date | None = dt.date(2025, 2, 3),
          **fields: object) -> Event:
    """An event with sensible defaults; the title defaults to the uid."""
    return Event(id=uid, kind=kind, title=title or f"Title of {uid}", date=day, **fields)  # type: ignore[arg-type]


def timeline(sha: str, *events: Event, number: str = "1:24-cv-2323", court: str = "E.D. Va.",
             path: str = "/orders/order.pdf") -> Timeline:
    """A timeline of `events` for a document with hash `sha`."""
    return Timeline(DocumentInfo(path, sha, 5, "text"), Case(court=court, number=number, caption="A v. B"),
                    tuple(events), warnings=("a warning",))
