"""Pure merge planning: matching an amended order's events to the old ones."""

from __future__ import annotations

import datetime as dt

from db.merge import match_amended, plan, resolve_ids
from db.rows import StoredEvent, extracted_values
from tests.db.conftest import event
from viewer.core.model import Event, Relative


def stored(e: Event, position: int = 0) -> StoredEvent:
    return StoredEvent(e, document_id=1, position=position, extracted=extracted_values(e))


def test_same_kind_and_date_beats_similar_text() -> None:
    old = [stored(event("a", "hearing", "Status conference", dt.date(2025, 3, 1))),
           stored(event("b", "hearing", "Status conference", dt.date(2025, 4, 1)))]
    new = [event("N", "hearing", "Status conference", dt.date(2025, 4, 1))]
    assert match_amended(new, old)["N"].event.id == "b"


def test_undated_events_match_only_by_text() -> None:
    old = [stored(event("a", "other", "Serve the order on defendants", None)),
           stored(event("b", "other", "Post a bond of $5,000", None))]
    new = [event("N", "other", "Post a bond of $7,500", None), event("M", "other", "Pay the filing fee", None)]
    matches = match_amended(new, old)
    assert matches["N"].event.id == "b" and "M" not in matches


def test_each_old_event_is_used_once() -> None:
    old = [stored(event("a", "filing", "Reply due", dt.date(2025, 1, 9)))]
    new = [event(uid, "filing", "Reply due", dt.date(2025, 1, 9)) for uid in ("N", "M")]
    assert list(match_amended(new, old)) == ["N"]


def test_plan_never_drops_a_stored_event() -> None:
    existing = {e.id: stored(e, i) for i, e in enumerate([event("a"), event("b"), event("c")])}
    planned = plan([event("b")], existing, [], document_id=1)
    assert sorted(p.stored.event.id for p in planned) == ["a", "b", "c"]


def test_resolve_ids_renames_clashes_and_their_anchors_only() -> None:
    events = [event("e1"), event("e2", relative=Relative(1, "days", "after", "e1")),
              event("e3", relative=Relative(1, "days", "after", "service of the order"))]
    out = resolve_ids(events, {"e1"}, "abcdef0123456789")
    assert [e.id for e in out] == ["e1@abcdef012345", "e2", "e3"]
    assert out[1].relative is not None and out[1].relative.anchor == "e1@abcdef012345"
    assert out[2].relative == events[2].relative
    assert resolve_ids(events, set(), "x") == tuple(events)
