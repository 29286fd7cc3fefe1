"""What a user's action does to a stored event: pure planning, no database access.

Every real change raises the event's SEQUENCE by one (RFC 5545 3.8.7.4: calendars apply an
update only if its SEQUENCE is higher) and leaves one history row per field. An action that
changes nothing changes nothing, not even the sequence.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from db.errors import InvalidValue, StoreConflict
from db.merge import Change, Planned
from db.rows import EDITABLE, StoredEvent, encode_field, history_text

# Statuses a user sets directly; "edited" only ever follows an edit.
SETTABLE = ("proposed", "confirmed", "dismissed")


def check_changes(changes: Mapping[str, Any], who: str) -> None:
    """Refuse unknown fields and badly typed values before any transaction starts.

    Raises:
        InvalidValue: a field is not editable or a value has the wrong type.
    """
    check_who(who)
    for name, value in changes.items():
        if name not in EDITABLE:
            raise InvalidValue(f"{name!r} cannot be edited; editable fields: {', '.join(EDITABLE)}")
        encode_field(name, value)


def check_who(who: str) -> None:
    """The history's "who" must be text."""
    if not isinstance(who, str) or not who:
        raise InvalidValue(f"who must be a non-empty text, got {who!r}")


def check_sequence(stored: StoredEvent, expected: int | None) -> None:
    """Raise StoreConflict if the event moved on since the caller read it."""
    if expected is not None and expected != stored.sequence:
        raise StoreConflict(f"This event was changed elsewhere since you opened it (version "
                            f"{stored.sequence}, yours {expected}); reload it and try again.")


def _status_change(stored: StoredEvent, status: str, who: str) -> Change | None:
    if stored.event.status == status:
        return None
    return Change(stored.event.id, "status", stored.event.status, status, who)


def edited(stored: StoredEvent, changes: Mapping[str, Any], who: str) -> Planned | None:
    """The event after a user edit; its status becomes "edited" and the fields become the user's."""
    check_changes(changes, who)
    history: list[Change] = []
    for name, value in changes.items():
        old, new = encode_field(name, getattr(stored.event, name)), encode_field(name, value)
        if old != new:
            history.append(Change(stored.event.id, name, history_text(old), history_text(new), who))
    if not history:
        return None
    touched = {c.field for c in history}
    status = _status_change(stored, "edited", who)
    event = dataclasses.replace(stored.event, status="edited", **{n: changes[n] for n in touched})
    after = dataclasses.replace(stored, event=event, sequence=stored.sequence + 1,
                                user_fields=stored.user_fields | touched)
    return Planned(after, tuple(history + ([status] if status else [])))


def check_status(status: str, who: str) -> None:
    """Refuse statuses a user cannot set directly."""
    check_who(who)
    if status not in SETTABLE:
        raise InvalidValue(f"status {status!r} cannot be set directly; use one of {', '.join(SETTABLE)}")


def status_set(stored: StoredEvent, status: str, who: str) -> Planned | None:
    """The event after the user confirms, dismisses or reopens it; None if already so."""
    check_status(status, who)
    change = _status_change(stored, status, who)
    if change is None:
        return None
    after = dataclasses.replace(stored, event=dataclasses.replace(stored.event, status=status),
                                sequence=stored.sequence + 1)
    return Planned(after, (change,))
