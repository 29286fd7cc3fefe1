"""How a new extraction meets what counsel already did: pure planning, no database access.

Rules (the safe choice each time):
- Same document again: fields the user set keep the user's value; the rest follow the new
  extraction. The status is never changed by extraction.
- An event the new extraction no longer finds is never deleted; it gets the flag
  `not-in-latest-extraction` (dropped again if a later extraction finds it).
- An amended order (a new document of the same case): each new event is matched to one of the
  old order's events. A strong match (same kind and date) carries the status over; a user's
  correction carries over unless the court changed that very field. If the kind, date, time,
  zone or period changed, the event goes back to `proposed` with the flag `changed-by-amendment`
  so counsel looks at it again. Every carried-over event notes its origin in the history.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from db.rows import CONTENT, EDITABLE, Column, StoredEvent, encode_field, extracted_values, history_text
from viewer.core.model import Event

MISSING = "not-in-latest-extraction"
CHANGED = "changed-by-amendment"
# Flags the store adds; extraction flags are replaced on each run, these survive it.
_STORE_FLAGS = (CHANGED,)
# A change to any of these moves the calendar entry, so counsel must look again.
KEY_FIELDS = ("kind", "date", "time", "timezone", "relative")
SIMILAR = 0.8  # difflib ratio above which two titles or quotes name the same obligation


@dataclass(frozen=True)
class Change:
    """One history row: a field of an event went from `old` to `new` (encoded text)."""

    uid: str
    field: str
    old: str | None
    new: str | None
    who: str


@dataclass(frozen=True)
class Planned:
    """An events row to write and the history rows that explain it."""

    stored: StoredEvent
    changes: tuple[Change, ...] = ()


def _enc(name: str, value: object) -> Column:
    return encode_field(name, value)


def _diff(uid: str, before: Event, after: Event, who: str, names: Iterable[str] = EDITABLE) -> list[Change]:
    """History rows for every field in `names` whose value differs."""
    changes = []
    for name in names:
        old, new = _enc(name, getattr(before, name)), _enc(name, getattr(after, name))
        if old != new:
            changes.append(Change(uid, name, history_text(old), history_text(new), who))
    return changes


def _with_flags(flags: Iterable[str], add: Iterable[str] = (), drop: Iterable[str] = ()) -> tuple[str, ...]:
    """`flags` plus `add` minus `drop`, in first-seen order and without repeats."""
    dropped = set(drop)
    return tuple(dict.fromkeys(f for f in (*flags, *add) if f not in dropped))


def new_event(event: Event, document_id: int, position: int) -> Planned:
    """An event seen for the first time, stored as extracted."""
    return Planned(StoredEvent(event, document_id, position, extracted=extracted_values(event)))


def reextracted(old: StoredEvent, incoming: Event, position: int) -> Planned:
    """Merge a new extraction of the same document into a stored event; the user's fields win."""
    values = {name: getattr(incoming, name) for name in CONTENT}
    for name in old.user_fields:
        values[name] = getattr(old.event, name)
    if "flags" in old.user_fields:
        values["flags"] = _with_flags(old.event.flags, drop=[MISSING])
    else:
        kept = [f for f in old.event.flags if f in _STORE_FLAGS]
        values["flags"] = _with_flags(incoming.flags, add=kept, drop=[MISSING])
    merged = dataclasses.replace(old.event, **values)
    changes = _diff(merged.id, old.event, merged, "extraction")
    stored = dataclasses.replace(old, event=merged, position=position, extracted=extracted_values(incoming),
                                 sequence=old.sequence + (1 if changes else 0))
    return Planned(stored, tuple(changes))


def missing(old: StoredEvent) -> Planned | None:
    """Flag a stored event the latest extraction did not find; None when already flagged."""
    if MISSING in old.event.flags:
        return None
    flagged = dataclasses.replace(old.event, flags=_with_flags(old.event.flags, add=[MISSING]))
    stored = dataclasses.replace(old, event=flagged, sequence=old.sequence + 1)
    return Planned(stored, tuple(_diff(flagged.id, old.event, flagged, "extraction", ["flags"])))


def carried_over(old: StoredEvent, incoming: Event, document_id: int, position: int) -> Planned:
    """The event of an amended order that matches `old`, with what counsel did to `old` carried over."""
    values = {name: getattr(incoming, name) for name in CONTENT}
    kept_user = set()
    for name in sorted(old.user_fields):
        # The user's correction still applies if the court wrote the same thing again.
        if _enc(name, getattr(incoming, name)) == old.extracted.get(name):
            values[name] = getattr(old.event, name)
            kept_user.add(name)
    candidate = dataclasses.replace(incoming, **values)
    moved = [n for n in KEY_FIELDS if _enc(n, getattr(candidate, n)) != _enc(n, getattr(old.event, n))]
    status = "proposed" if moved else old.event.status
    flags = _with_flags(candidate.flags, add=[CHANGED] if moved else [])
    event = dataclasses.replace(candidate, status=status, flags=flags)
    changes = [Change(event.id, "amended-from", old.event.id, event.id, "amendment")]
    changes += _diff(event.id, old.event, event, "amendment", moved)
    if status != incoming.status:
        changes.append(Change(event.id, "status", incoming.status, status, "amendment"))
    stored = StoredEvent(event, document_id, position, user_fields=frozenset(kept_user),
                         extracted=extracted_values(incoming), matched_from=old.event.id)
    return Planned(stored, tuple(changes))


def _similarity(a: str, b: str) -> float:
    """difflib ratio of two texts ignoring case and spacing; 0 when either is empty."""
    a, b = " ".join(a.split()).casefold(), " ".join(b.split()).casefold()
    if not a or not b:
        return 0.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.ratio() if matcher.quick_ratio() >= SIMILAR else 0.0


def _score(incoming: Event, old: StoredEvent, strong: bool) -> float:
    """How well `old` matches `incoming`; 0 for no match at this strength."""
    # The old title as extracted counts too: the user may have reworded it since.
    titles = (old.event.title, str(old.extracted.get("title") or ""))
    text = max(*(_similarity(incoming.title, t) for t in titles), _similarity(incoming.quote, old.event.quote))
    if strong:
        dates = {_enc("date", old.event.date), old.extracted.get("date")}
        same = incoming.kind == old.event.kind and incoming.date is not None
        return 1.0 + text if same and _enc("date", incoming.date) in dates else 0.0
    return text if text >= SIMILAR else 0.0


def match_amended(incoming: Sequence[Event], candidates: Sequence[StoredEvent]) -> dict[str, StoredEvent]:
    """Pair new events with the old order's events: strong matches first, then similar text.

    Each old event is used at most once; ties go to the first candidate in the old order.
    """
    free = list(candidates)
    matches: dict[str, StoredEvent] = {}
    for strong in (True, False):
        for event in incoming:
            if event.id in matches or not free:
                continue
            best = max(free, key=lambda old: _score(event, old, strong))
            if _score(event, best, strong) > 0:
                matches[event.id] = best
                free.remove(best)
    return matches


def resolve_ids(events: Sequence[Event], taken: set[str], sha256: str) -> tuple[Event, ...]:
    """Give events whose id another document already uses an id of their own, stably.

    Ids are unique across the store (the calendar uid). Should an extractor give two documents
    the same id, overwriting the other document's event would lose counsel's work; instead the
    id gets this document's hash as a suffix, and anchors pointing at it follow.
    """
    renames = {e.id: f"{e.id}@{sha256[:12]}" for e in events if e.id in taken}
    if not renames:
        return tuple(events)
    out = []
    for event in events:
        relative = event.relative
        if relative is not None and relative.anchor in renames:
            relative = dataclasses.replace(relative, anchor=renames[relative.anchor])
        out.append(dataclasses.replace(event, id=renames.get(event.id, event.id), relative=relative))
    return tuple(out)


def plan(events: Sequence[Event], existing: Mapping[str, StoredEvent], previous: Sequence[StoredEvent],
         document_id: int) -> list[Planned]:
    """Everything to write for one extraction of a document.

    Args:
        events: the new extraction, ids already resolved (see `resolve_ids`).
        existing: this document's stored events by uid.
        previous: the events of the order this one amends (empty if none).
        document_id: the document's row id.
    """
    fresh = [e for e in events if e.id not in existing]
    used = {s.matched_from for s in existing.values() if s.matched_from}
    matches = match_amended(fresh, [p for p in previous if p.event.id not in used])
    planned: list[Planned] = []
    for position, event in enumerate(events):
        if event.id in existing:
            planned.append(reextracted(existing[event.id], event, position))
        elif event.id in matches:
            planned.append(carried_over(matches[event.id], event, document_id, position))
        else:
            planned.append(new_event(event, document_id, position))
    seen = {e.id for e in events}
    gone = (missing(s) for uid, s in existing.items() if uid not in seen)
    planned += [p for p in gone if p is not None]
    return planned
