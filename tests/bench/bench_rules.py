"""How fast the deadline rules run: Rule 6(a) computations, calendar years, recomputation."""

from __future__ import annotations

import time
from datetime import date, timedelta

from viewer.calendars import court_calendar
from viewer.core.courtdays import count_period
from viewer.core.model import Event, Relative
from viewer.core.recompute import recompute_dependents

Figure = tuple[str, float, str, str]


def run() -> list[Figure]:
    """(figure, value, unit, target) for `python -m tests.bench rules`."""
    return [_computations(), _cold_year(), _recompute_chain()]


def _computations() -> Figure:
    calendar = court_calendar("VA")
    start = date(2024, 1, 1)
    count_period(start, 14, "days", "after", calendar)  # build the years once
    began = time.perf_counter()
    runs = 0
    for offset in range(730):
        for amount, direction in ((1, "before"), (14, "after"), (30, "after")):
            count_period(start + timedelta(days=offset), amount, "days", direction, calendar)
            runs += 1
    return ("count_period, VA calendar, warm", runs / (time.perf_counter() - began), "per s", ">= 10000")


def _cold_year() -> Figure:
    began = time.perf_counter()
    court_calendar("VA").holiday(date(2031, 6, 1), counting="after")
    return ("first question in a new year (builds 3 years of lists)", (time.perf_counter() - began) * 1000,
            "ms", "<= 100")


def _recompute_chain() -> Figure:
    calendar = court_calendar("VA")
    events = [Event(id="e0", kind="hearing", title="hearing", date=date(2025, 1, 10))]
    events += [Event(id=f"e{i}", kind="filing", title=f"filing {i}", date=None,
                     relative=Relative(3, "days", "after", f"e{i - 1}")) for i in range(1, 200)]
    began = time.perf_counter()
    recompute_dependents(list(reversed(events)), calendar)
    return ("recompute a 200-event chain", (time.perf_counter() - began) * 1000, "ms", "<= 200")
