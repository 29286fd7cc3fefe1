"""Recomputing relative deadlines when their anchor moves (the seed's hearing-year correction first)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.calendars import court_calendar
from viewer.core.courtdays import WEEKENDS_ONLY, count_period
from viewer.core.model import Event, Relative
from viewer.core.recompute import recompute_dependents

VA = court_calendar("VA")
D = date.fromisoformat


def event(id: str, day: str | None, *, anchor: str = "", amount: int = 0, unit: str = "days",
          direction: str = "before", **fields: object) -> Event:
    relative = Relative(amount, unit, direction, anchor) if anchor else None  # type: ignore[arg-type]
    return Event(id=id, kind="filing" if anchor else "hearing", title=id, date=D(day) if day else None,
                 relative=relative, **fields)  # type: ignore[arg-type]


def seed(hearing_day: str) -> list[Event]:
    """gold.json: both filings are counted back from the hearing, due at 4:00 p.m."""
    return [
        event("hearing", hearing_day, time=time(10)),
        event("defendants", "2024-01-08", anchor="hearing", amount=2, time=time(16), flags=("needs-review",)),
        event("plaintiff", "2024-01-09", anchor="hearing", amount=1, time=time(16)),
    ]


def test_seed_hearing_year_correction_moves_both_filings() -> None:
    # gold.json: as written 2024-01-10 gives 1/8 and 1/9 (2024); corrected to 2025-01-10 they fall on 1/8.
    out = {e.id: e for e in recompute_dependents(seed("2025-01-10"), VA)}
    assert out["defendants"].date == D("2025-01-08") and out["plaintiff"].date == D("2025-01-08")
    assert out["defendants"].time == time(16) and out["plaintiff"].time == time(16)  # time kept
    assert "readings-differ" in out["plaintiff"].flags
    assert "needs-review" in out["defendants"].flags  # flags the engine does not own survive
    assert "Wednesday 2025-01-08" in out["plaintiff"].computation
    assert out["plaintiff"].computation == count_period(
        D("2025-01-10"), 1, "days", "before", VA, trigger_label="hearing").explain()


def test_stale_computed_flags_are_replaced() -> None:
    moved = recompute_dependents(seed("2025-01-10"), VA)
    back = {e.id: e for e in recompute_dependents(
        [replace(moved[0], date=D("2025-01-17")), *moved[1:]], VA)}
    # Fri 1/17 - 1 day = Thu 1/16, an ordinary day: no roll, no closure flags left behind
    assert back["plaintiff"].date == D("2025-01-16")
    assert not {"rolled", "readings-differ", "closure-day-roll"} & set(back["plaintiff"].flags)


def test_chain_is_followed_in_dependency_order_whatever_the_list_order() -> None:
    # reply 7 days after opposition, opposition 14 days after motion; listed dependents first
    events = [
        event("reply", "2000-01-01", anchor="opposition", amount=7, direction="after"),
        event("opposition", "2000-01-01", anchor="motion", amount=14, direction="after"),
        event("motion", "2025-03-03"),
    ]
    out = recompute_dependents(events, VA)
    assert [e.id for e in out] == ["reply", "opposition", "motion"]  # order kept
    assert out[1].date == D("2025-03-17")  # Mon 3/3 + 14 = Mon 3/17
    assert out[0].date == D("2025-03-24")  # Mon 3/17 + 7 = Mon 3/24


@pytest.mark.parametrize("status", ["edited", "dismissed"])
def test_user_owned_events_are_left_alone(status: str) -> None:
    events = seed("2025-01-10")
    events[2] = replace(events[2], status=status)
    out = recompute_dependents(events, VA)
    assert out[2] == events[2]
    assert out[1].date == D("2025-01-08")


def test_edited_event_still_anchors_its_dependents() -> None:
    events = [
        event("motion", "2025-03-03"),
        event("opposition", "2025-03-20", anchor="motion", amount=14, direction="after", status="edited"),
        event("reply", "2000-01-01", anchor="opposition", amount=7, direction="after"),
    ]
    out = recompute_dependents(events, VA)
    assert out[1].date == D("2025-03-20") and out[2].date == D("2025-03-27")


def test_confirmed_events_follow_their_anchor() -> None:
    events = seed("2025-01-10")
    events[1] = replace(events[1], status="confirmed")
    assert recompute_dependents(events, VA)[1].date == D("2025-01-08")


def test_cycles_are_left_alone_and_flagged() -> None:
    events = [
        event("a", "2025-01-10", anchor="b", amount=1),
        event("b", "2025-01-20", anchor="a", amount=1, direction="after"),
        event("c", "2025-02-01", anchor="a", amount=3, direction="after"),  # hangs from the cycle
        event("self", "2025-02-03", anchor="self", amount=2),
    ]
    out = recompute_dependents(events, VA)
    assert [e.date for e in out] == [e.date for e in events]
    assert all("anchor-cycle" in e.flags for e in out)


def test_anchor_outside_the_list_is_left_alone() -> None:
    lone = event("registry", "2025-02-01", anchor="registry receives notice", amount=5, direction="after")
    assert recompute_dependents([lone], VA) == (lone,)


def test_undated_anchor_leaves_no_stale_date() -> None:
    events = [event("hearing", None), event("brief", "2025-01-08", anchor="hearing", amount=2)]
    out = recompute_dependents(events, VA)
    assert out[1].date is None and "anchor-undated" in out[1].flags and "no date" in out[1].computation


def test_hours_run_from_the_anchor_time() -> None:
    events = [
        event("conference", "2025-01-10", time=time(15)),
        event("notice", None, anchor="conference", amount=24, unit="hours", direction="after"),
    ]
    out = recompute_dependents(events, VA)
    # 6(a)(2)(C): Fri 15:00 + 24 h = Sat -> same time Mon 2025-01-13
    assert (out[1].date, out[1].time) == (D("2025-01-13"), time(15))


def test_hours_without_an_anchor_time_cannot_be_counted() -> None:
    events = [event("conference", "2025-01-10"),
              event("notice", "2025-01-11", anchor="conference", amount=24, unit="hours", direction="after")]
    out = recompute_dependents(events, VA)
    assert out[1].date is None and "needs-time" in out[1].flags


def test_zero_period_is_the_anchor_day_unrolled() -> None:
    # corpus nysd-ritzer gold: "along with the joint pre-trial order" inherits its date and time;
    # a Saturday anchor stays a Saturday (no period ran, so Rule 6(a)(1)(C) has nothing to roll)
    events = [event("jpto", "2025-01-11", time=time(12)),
              event("exhibits", "2000-01-01", anchor="jpto", amount=0)]
    out = recompute_dependents(events, VA)
    assert (out[1].date, out[1].time) == (D("2025-01-11"), time(12))


def test_bad_period_is_flagged_not_raised() -> None:
    events = [event("hearing", "2025-01-10"), event("brief", "2025-01-08", anchor="hearing", amount=-2)]
    out = recompute_dependents(events, VA)
    assert out[1].date == D("2025-01-08") and "bad-period" in out[1].flags


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)),
       st.lists(st.tuples(st.integers(1, 30), st.sampled_from(["before", "after"])), min_size=1, max_size=6))
def test_recompute_is_idempotent_and_matches_count_period(start: date, links: list[tuple[int, str]]) -> None:
    events = [Event(id="e0", kind="hearing", title="e0", date=start)]
    for index, (amount, direction) in enumerate(links, start=1):
        events.append(event(f"e{index}", "2000-01-01", anchor=f"e{index - 1}", amount=amount, direction=direction))
    once = recompute_dependents(list(reversed(events)), WEEKENDS_ONLY)
    assert recompute_dependents(once, WEEKENDS_ONLY) == once
    by_id = {e.id: e for e in once}
    for index, (amount, direction) in enumerate(links, start=1):
        anchor = by_id[f"e{index - 1}"].date
        assert by_id[f"e{index}"].date == count_period(anchor, amount, "days", direction).date


def test_an_expiry_counted_again_still_ends_on_its_last_day() -> None:
    """A stay counted from a moved order date ends on its own last day; the weekend roll is named."""
    order = Event(id="order", kind="entry", title="Order", date=D("2025-03-07"))
    stay = Event(id="stay", kind="expiry", title="Stay ends", date=D("2025-04-01"),
                 relative=Relative(30, "days", "after", "order"))
    out = {e.id: e for e in recompute_dependents([order, stay], WEEKENDS_ONLY)}
    assert out["stay"].date == D("2025-04-06")  # Sunday: day 30 itself
    assert "readings-differ" in out["stay"].flags and "rolled" not in out["stay"].flags
    assert "2025-04-07" in out["stay"].computation  # the rolled Monday, named
