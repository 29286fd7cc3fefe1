"""Store speed on a large file: 1,000 cases with 100 events each (100,000 events).

Targets: the case list loads in at most 100 ms and an edit saves in at most 10 ms, so both
feel instant even for a firm-wide database. Each figure is the median of several runs.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from db import Store, open_store
from viewer.core.model import KINDS, Case, DocumentInfo, Event, Timeline

CASES = 1_000
EVENTS_PER_CASE = 100
Figure = tuple[str, float, str, str]


def _timelines(rng: random.Random) -> Iterator[Timeline]:
    """One order per case, each with a realistic mix of kinds, dates and statuses."""
    start = dt.date(2025, 1, 1)
    for c in range(CASES):
        events = tuple(
            Event(id=f"c{c:04d}e{i:03d}", kind=rng.choice(KINDS), title=f"Deadline {i} of case {c}",
                  date=start + dt.timedelta(days=rng.randrange(400)), computation="14 days after service",
                  quote="shall file its response within fourteen days of service of this order",
                  page=1 + i % 9, confidence=0.9, flags=("needs-review",) if i % 7 == 0 else (),
                  status=rng.choice(("proposed", "proposed", "confirmed", "dismissed")))
            for i in range(EVENTS_PER_CASE))
        yield Timeline(DocumentInfo(f"/orders/{c}.pdf", f"{c:064x}", 8, "text"),
                       Case(court="S.D.N.Y.", number=f"1:25-cv-{c:05d}", caption=f"Party {c} v. Other"), events)


def _median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _measure(store: Store, rng: random.Random) -> list[Figure]:
    uids = [f"c{rng.randrange(CASES):04d}e{rng.randrange(EVENTS_PER_CASE):03d}" for _ in range(60)]
    edits = iter(range(10**6))
    sha = f"{rng.randrange(CASES):064x}"
    timeline = store.load_timeline(sha)
    assert timeline is not None
    return [
        ("case list: cases() over 1,000 cases", _median_ms(store.cases, 7), "ms", "<= 100"),
        ("recent documents: documents() over 1,000 orders", _median_ms(store.documents, 7), "ms", "<= 100"),
        ("save an edit: update_event (commit, fsync)",
         _median_ms(lambda: store.update_event(rng.choice(uids), title=f"edit {next(edits)}"), 50), "ms", "<= 10"),
        ("confirm an event: set_status", _median_ms(
            lambda: store.set_status(rng.choice(uids), rng.choice(("confirmed", "dismissed"))), 50), "ms", "<= 10"),
        ("open one order: load_timeline (100 events)", _median_ms(lambda: store.load_timeline(sha), 11), "ms", "-"),
        ("re-extraction: save_timeline (100 events)", _median_ms(lambda: store.save_timeline(timeline), 11), "ms", "-"),
    ]


def run() -> list[Figure]:
    """Build the database in a temporary folder, then time the figures above."""
    rng = random.Random(6)
    with tempfile.TemporaryDirectory() as folder:
        with open_store(Path(folder) / "bench.db") as store:
            began = time.perf_counter()
            store.save_timelines(_timelines(rng))
            built = time.perf_counter() - began
            figures = _measure(store, rng)
        size = (Path(folder) / "bench.db").stat().st_size / 1e6
    return [(f"build: {CASES:,} cases, {CASES * EVENTS_PER_CASE:,} events (one transaction)", built, "s", "-"),
            ("file size", size, "MB", "-"), *figures]
