"""User work survives a new extraction of the same order and carries over to an amended order."""

from __future__ import annotations

import dataclasses
import datetime as dt

from db import Store
from db.merge import CHANGED, MISSING
from tests.db.conftest import event, timeline
from viewer.core.model import Event, Relative

D = dt.date


def by_id(store: Store, sha: str) -> dict[str, Event]:
    loaded = store.load_timeline(sha)
    assert loaded is not None
    return {e.id: e for e in loaded.events}


def test_reextraction_keeps_edits_dismissals_and_lost_events(store: Store) -> None:
    store.save_timeline(timeline("s1", event("e1", title="Brief due", computation="v1"),
                                 event("e2"), event("e3"), event("e4", flags=("x",))))
    store.update_event("e1", title="Opening brief due")
    store.set_status("e2", "dismissed")
    store.update_event("e4", flags=("mine",))
    again = store.save_timeline(timeline(
        "s1", event("e1", title="Brief", computation="v2"), event("e2", title="Changed"),
        event("e4", flags=("y",)), event("e5"), path="/moved/order.pdf"))
    got = {e.id: e for e in again.events}
    assert (got["e1"].title, got["e1"].computation, got["e1"].status) == ("Opening brief due", "v2", "edited")
    assert (got["e2"].status, got["e2"].title) == ("dismissed", "Changed")  # status is the user's
    assert got["e3"].flags == (MISSING,) and got["e3"].status == "proposed"  # kept, never deleted
    assert got["e4"].flags == ("mine",)  # flags the user set win too
    assert got["e5"].status == "proposed"
    assert again.document.path == "/moved/order.pdf"
    assert again == store.load_timeline("s1")
    seq = store.sequences("s1")
    assert (seq["e1"], seq["e3"], seq["e5"]) == (2, 1, 0)  # user edit + computation; flag; new
    e1 = [(h.field, h.new, h.who) for h in store.history("e1")]
    assert ("computation", "v2", "extraction") in e1 and ("title", "Brief", "extraction") not in e1


def test_lost_event_comes_back_without_the_flag(store: Store) -> None:
    store.save_timeline(timeline("s1", event("e1"), event("e2", flags=("needs-review",))))
    store.save_timeline(timeline("s1", event("e1")))
    store.save_timeline(timeline("s1", event("e1"), event("e2", flags=("needs-review",))))
    assert by_id(store, "s1")["e2"].flags == ("needs-review",)


def test_identical_reextraction_changes_nothing(store: Store) -> None:
    t = timeline("s1", event("e1"), event("e2"))
    store.save_timeline(t)
    store.set_status("e1", "confirmed")
    store.save_timeline(t)
    assert store.sequences("s1") == {"e1": 1, "e2": 0}
    assert len(store.history("e2")) == 0


def test_amended_order_carries_statuses_and_flags_moved_dates(store: Store) -> None:
    store.save_timeline(timeline(
        "old", event("h", "hearing", "PI hearing", D(2025, 2, 1)), event("f", "filing", "Response due", D(2025, 1, 20)),
        event("b", "other", "Post bond of $10,000", None), event("x", "expiry", "TRO expires", D(2025, 1, 15)),
        event("gone", "other", "Status report", D(2025, 3, 1))))
    store.set_status("h", "confirmed")
    store.set_status("f", "dismissed")
    store.update_event("b", title="Post $10,000 bond with the clerk")
    store.set_status("x", "confirmed")
    store.save_timeline(timeline(
        "new", event("H", "hearing", "Preliminary injunction hearing", D(2025, 2, 1)),
        event("F", "filing", "Response due", D(2025, 1, 20)),
        event("B", "other", "Post bond of $10,000", None),
        event("X", "expiry", "TRO expires", D(2025, 1, 29)),   # the court extended the TRO
        event("N", "filing", "Supplemental brief due", D(2025, 1, 25)),
        number="1:24-CV-2323 "))  # same case, typed differently
    new = by_id(store, "new")
    assert (new["H"].status, new["F"].status, new["N"].status) == ("confirmed", "dismissed", "proposed")
    assert new["B"].title == "Post $10,000 bond with the clerk" and new["B"].status == "edited"
    assert new["X"].status == "proposed" and CHANGED in new["X"].flags and new["X"].date == D(2025, 1, 29)
    x = [(h.field, h.old, h.new, h.who) for h in store.history("X")]
    assert x == [("amended-from", "x", "X", "amendment"), ("date", "2025-01-15", "2025-01-29", "amendment")]
    assert store.history("H")[0].old == "h" and store.history("N") == []
    old = by_id(store, "old")
    assert old["h"].status == "confirmed" and old["gone"].flags == ()  # the old order is left as it was
    summaries = {d.sha256: d for d in store.documents()}
    assert summaries["new"].amended_from == "old" and summaries["old"].amended_from is None
    [case] = store.cases()
    assert (case.documents, case.latest_sha256) == (2, "new")


def test_reextracting_the_amended_order_does_not_match_twice(store: Store) -> None:
    store.save_timeline(timeline("old", event("h", "hearing", "Hearing", D(2025, 2, 1))))
    store.set_status("h", "confirmed")
    amended = timeline("new", event("H", "hearing", "Hearing", D(2025, 2, 1)))
    store.save_timeline(amended)
    store.set_status("H", "dismissed")
    store.save_timeline(dataclasses.replace(amended, events=(
        *amended.events, event("H2", "hearing", "Hearing", D(2025, 2, 1)))))
    new = by_id(store, "new")
    assert (new["H"].status, new["H2"].status) == ("dismissed", "proposed")


def test_same_ids_in_another_document_never_overwrite_it(store: Store) -> None:
    store.save_timeline(timeline("s1", event("e1", title="First order"), number="1"))
    store.set_status("e1", "confirmed")
    second = timeline("s2", event("e1", title="Other order"),
                      event("e2", relative=Relative(3, "days", "after", "e1")), number="2")
    saved = store.save_timeline(second)
    assert [e.id for e in saved.events] == ["e1@s2", "e2"]
    assert saved.events[1].relative == Relative(3, "days", "after", "e1@s2")  # the anchor follows
    assert by_id(store, "s1")["e1"].title == "First order" and by_id(store, "s1")["e1"].status == "confirmed"
    assert store.save_timeline(second) == saved  # stable on every run
