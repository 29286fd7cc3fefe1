"""The store's API on one file: round trip, user actions, history, summaries, settings, misuse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db import InvalidValue, Store, StoreBug, open_store
from tests.db.conftest import START, Clock, event, timeline
from viewer.core.model import KINDS, STATUSES, Box, Case, DocumentInfo, Event, Relative, Timeline

texts = st.text(max_size=40)
ints = st.integers(min_value=-(2**63), max_value=2**63 - 1)
finite = st.floats(allow_nan=False, allow_infinity=False)
relatives = st.builds(Relative, st.integers(-(2**63), 2**63 - 1),
                      st.sampled_from(["days", "court_days", "weeks", "months", "hours"]),
                      st.sampled_from(["before", "after"]), texts)
events = st.builds(
    Event, id=texts, kind=st.sampled_from(KINDS), title=texts, date=st.none() | st.dates(),
    time=st.none() | st.times(), timezone=texts, stated=texts, relative=st.none() | relatives,
    computation=texts, quote=texts, page=ints, start=ints, end=ints, confidence=finite,
    flags=st.lists(texts, max_size=3).map(tuple), recital=st.booleans(), status=st.sampled_from(STATUSES),
    boxes=st.lists(st.tuples(ints, st.builds(Box, finite, finite, finite, finite)), max_size=3).map(tuple))
timelines = st.builds(
    Timeline,
    document=st.builds(DocumentInfo, path=texts, sha256=st.text(min_size=1, max_size=64), pages=ints,
                       text_source=st.sampled_from(["text", "ocr", "mixed", "none"])),
    case=st.builds(Case, court=texts, number=texts, caption=texts, timezone=texts, state=texts),
    events=st.lists(events, max_size=6, unique_by=lambda e: e.id).map(tuple),
    warnings=st.lists(texts, max_size=3).map(tuple))


@given(timelines)
def test_save_then_load_gives_back_every_field(original: Timeline) -> None:
    with open_store(":memory:") as store:
        saved = store.save_timeline(original)
        loaded = store.load_timeline(original.document.sha256)
    assert saved == loaded == original
    assert loaded is not None
    assert [e.boxes for e in loaded.events] == [e.boxes for e in original.events]  # not in Event.__eq__


def test_unknown_document_loads_as_none(store: Store) -> None:
    assert store.load_timeline("nope") is None
    assert store.sequences("nope") == {} and store.history("nope") == []


def test_edit_records_history_with_clock_and_who(store: Store, clock: Clock) -> None:
    store.save_timeline(timeline("s1", event("e1", title="Brief due")))
    after = store.update_event("e1", title="Opening brief due", date=dt.date(2025, 2, 4), who="alice")
    assert (after.title, after.date, after.status) == ("Opening brief due", dt.date(2025, 2, 4), "edited")
    at = START + dt.timedelta(seconds=2)  # the save read the clock once, the edit once
    assert [(h.field, h.old, h.new, h.at, h.who) for h in store.history("e1")] == [
        ("title", "Brief due", "Opening brief due", at, "alice"),
        ("date", "2025-02-03", "2025-02-04", at, "alice"),
        ("status", "proposed", "edited", at, "alice")]
    assert store.sequences("s1") == {"e1": 1}


def test_status_changes_raise_sequence_and_no_op_does_not(store: Store) -> None:
    store.save_timeline(timeline("s1", event("e1")))
    store.set_status("e1", "confirmed")
    store.set_status("e1", "confirmed")  # nothing changes: no history, no new SEQUENCE
    store.update_event("e1", title="Title of e1")  # the same value: nothing changes either
    store.set_status("e1", "dismissed")
    assert store.sequences("s1") == {"e1": 2}
    assert [(h.old, h.new) for h in store.history("e1")] == [("proposed", "confirmed"), ("confirmed", "dismissed")]


def test_documents_and_cases_summaries(store: Store) -> None:
    store.save_timeline(timeline("s1", event("e1"), event("e2"), number="1:24-cv-1"))
    store.save_timeline(timeline("s2", event("f1"), number="2:25-cr-9", court="D.N.H."))
    store.set_status("e1", "confirmed")
    store.update_event("e2", title="x")
    assert store.mark_opened("s1") and not store.mark_opened("nope")
    first, second = store.documents()
    assert (first.sha256, first.case_number, first.pages, first.path) == ("s1", "1:24-cv-1", 5, "/orders/order.pdf")
    assert (first.counts.events, first.counts.confirmed, first.counts.edited, first.counts.proposed) == (2, 1, 1, 0)
    assert first.last_opened is not None and second.last_opened is not None
    assert second.sha256 == "s2" and first.last_opened > second.last_opened
    cases = store.cases()
    assert [(c.number, c.documents, c.counts.events, c.latest_sha256) for c in cases] == [
        ("1:24-cv-1", 1, 2, "s1"), ("2:25-cr-9", 1, 1, "s2")]


def test_closure_days_and_settings(store: Store) -> None:
    store.add_closure_day(dt.date(2025, 1, 9), "Day of mourning")
    store.add_closure_day(dt.date(2024, 12, 24), "Christmas Eve")
    store.add_closure_day(dt.date(2025, 1, 9), "National day of mourning")  # replaces the note
    assert store.closure_days() == [(dt.date(2024, 12, 24), "Christmas Eve"),
                                    (dt.date(2025, 1, 9), "National day of mourning")]
    store.remove_closure_day(dt.date(2024, 12, 24))
    store.remove_closure_day(dt.date(2000, 1, 1))
    assert store.closure_days() == [(dt.date(2025, 1, 9), "National day of mourning")]
    assert store.get_setting("theme") is None and store.get_setting("theme", "light") == "light"
    store.set_setting("theme", "dark")
    store.set_setting("theme", "high-contrast")
    assert store.get_setting("theme") == "high-contrast"


def test_misuse_is_a_bug_not_a_user_problem(store: Store) -> None:
    store.save_timeline(timeline("s1", event("e1")))
    cases: list[Callable[[], object]] = [
        lambda: store.update_event("e1", status="confirmed"),          # status has its own method
        lambda: store.update_event("e1", sequence=9),
        lambda: store.update_event("e1", date="2025-01-01"),
        lambda: store.update_event("nope", title="x"),
        lambda: store.set_status("e1", "edited"),
        lambda: store.save_timeline(timeline("s2", event("d"), event("d"))),
        lambda: store.save_timeline(timeline("s3", event("k", kind="deadline"))),
        lambda: store.add_closure_day("2025-01-01", "x"),              # type: ignore[arg-type]
    ]
    for call in cases:
        with pytest.raises(StoreBug):
            call()
    assert store.load_timeline("s2") is None and store.load_timeline("s3") is None  # nothing half-saved
    assert store.sequences("s1") == {"e1": 0}


def test_invalid_value_is_also_a_value_error(store: Store) -> None:
    with pytest.raises(ValueError):
        store.set_status("x", "done")
    assert issubclass(InvalidValue, StoreBug)


def test_closed_store_raises_store_bug(db_path: object, clock: Clock) -> None:
    store = open_store(db_path, clock=clock)  # type: ignore[arg-type]
    store.close()
    store.close()
    with pytest.raises(StoreBug):
        store.documents()


def test_save_timelines_is_all_or_nothing(store: Store) -> None:
    assert store.save_timelines([timeline("s1", event("e1")), timeline("s2", event("e2"), number="2")]) == 2
    assert [d.sha256 for d in store.documents()] == ["s2", "s1"]
    with pytest.raises(StoreBug):
        store.save_timelines([timeline("s3", event("e3"), number="3"), timeline("s4", event("d"), event("d"))])
    assert store.load_timeline("s3") is None
