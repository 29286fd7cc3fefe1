"""Pure mapping between domain values (`viewer.core.model`) and table rows; no database access.

Dates, times and instants are ISO-8601 text so the file stays readable with any SQLite tool;
tuples, boxes and `Relative` are JSON text. Every encoder checks its input's type, because SQLite
would otherwise store a wrong value silently and the mistake would surface months later.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from db.errors import InvalidValue
from viewer.core.model import KINDS, STATUSES, Box, Case, DocumentInfo, Event, Relative

Row = Mapping[str, Any]
Column = str | int | float | None

# What a user may change through `Store.update_event`; the store keeps their values over any
# later extraction of the same document.
EDITABLE: tuple[str, ...] = ("kind", "title", "date", "time", "timezone", "stated", "relative",
                             "computation", "quote", "page", "recital", "flags")
# Only the extractor sets these: they locate the quote on the page.
EXTRACTOR_ONLY: tuple[str, ...] = ("start", "end", "confidence", "boxes")
CONTENT: tuple[str, ...] = EDITABLE + EXTRACTOR_ONLY
# `end` is an SQL keyword; the span columns get plain names instead.
_COLUMNS = {"start": "span_start", "end": "span_end"}


def column(name: str) -> str:
    """The events column that holds Event field `name`."""
    return _COLUMNS.get(name, name)


def _check(name: str, value: object, kinds: type | tuple[type, ...], *, optional: bool = False) -> None:
    """Raise InvalidValue unless `value` is an instance of `kinds` (or None when optional)."""
    if value is None and optional:
        return
    # bool is an int and datetime is a date; neither belongs in those columns.
    wrong_sub = (isinstance(value, bool) and bool not in _as_tuple(kinds)) or (
        isinstance(value, dt.datetime) and dt.datetime not in _as_tuple(kinds))
    if not isinstance(value, kinds) or wrong_sub:
        raise InvalidValue(f"{name}: {type(value).__name__} {value!r} is not allowed")


def _as_tuple(kinds: type | tuple[type, ...]) -> tuple[type, ...]:
    return kinds if isinstance(kinds, tuple) else (kinds,)


def encode_date(value: dt.date | None) -> str | None:
    """ISO date text.

    >>> encode_date(dt.date(2025, 1, 10))
    '2025-01-10'
    """
    _check("date", value, dt.date, optional=True)
    return value.isoformat() if value is not None else None


def encode_time(value: dt.time | None) -> str | None:
    """ISO time text (microseconds and offset only when present).

    >>> encode_time(dt.time(10, 0))
    '10:00:00'
    """
    _check("time", value, dt.time, optional=True)
    return value.isoformat() if value is not None else None


def encode_relative(value: Relative | None) -> str | None:
    """JSON object text with sorted keys, so equal values give equal text."""
    _check("relative", value, Relative, optional=True)
    if value is None:
        return None
    for part, kind in (("amount", int), ("unit", str), ("direction", str), ("anchor", str)):
        _check(f"relative.{part}", getattr(value, part), kind)
    return json.dumps({"amount": value.amount, "unit": value.unit, "direction": value.direction,
                       "anchor": value.anchor}, sort_keys=True, ensure_ascii=False)


def decode_relative(text: str | None) -> Relative | None:
    """Inverse of `encode_relative`."""
    if text is None:
        return None
    data = json.loads(text)
    return Relative(data["amount"], data["unit"], data["direction"], data["anchor"])


def encode_flags(value: tuple[str, ...]) -> str:
    """JSON list text.

    >>> encode_flags(("needs-review",))
    '["needs-review"]'
    """
    _check("flags", value, tuple)
    for flag in value:
        _check("flag", flag, str)
    return json.dumps(list(value), ensure_ascii=False)


def decode_flags(text: str) -> tuple[str, ...]:
    """Inverse of `encode_flags`."""
    return tuple(json.loads(text))


def encode_boxes(value: tuple[tuple[int, Box], ...]) -> str:
    """JSON list of [page, x0, y0, x1, y1]."""
    _check("boxes", value, tuple)
    out = []
    for page, box in value:
        _check("boxes.page", page, int)
        _check("boxes.box", box, Box)
        for corner in (box.x0, box.y0, box.x1, box.y1):
            _check("boxes.coordinate", corner, (float, int))
        out.append([page, box.x0, box.y0, box.x1, box.y1])
    return json.dumps(out)


def decode_boxes(text: str) -> tuple[tuple[int, Box], ...]:
    """Inverse of `encode_boxes`."""
    return tuple((page, Box(x0, y0, x1, y1)) for page, x0, y0, x1, y1 in json.loads(text))


def _encode_str(name: str) -> Callable[[Any], Column]:
    def encode(value: Any) -> Column:
        _check(name, value, str)
        return str(value)
    return encode


def _encode_int(name: str) -> Callable[[Any], Column]:
    def encode(value: Any) -> Column:
        _check(name, value, int)
        return int(value)
    return encode


def _encode_choice(name: str, choices: tuple[str, ...]) -> Callable[[Any], Column]:
    def encode(value: Any) -> Column:
        if value not in choices:
            raise InvalidValue(f"{name}: {value!r} is not one of {', '.join(choices)}")
        return str(value)
    return encode


def _encode_confidence(value: Any) -> Column:
    _check("confidence", value, (float, int))
    return float(value)


def _encode_recital(value: Any) -> Column:
    _check("recital", value, bool)
    return int(value)


_ENCODERS: dict[str, Callable[[Any], Column]] = {
    "kind": _encode_choice("kind", KINDS), "status": _encode_choice("status", STATUSES),
    **{name: _encode_str(name) for name in ("title", "timezone", "stated", "computation", "quote")},
    **{name: _encode_int(name) for name in ("page", "start", "end")},
    "date": encode_date, "time": encode_time, "relative": encode_relative, "flags": encode_flags,
    "boxes": encode_boxes, "confidence": _encode_confidence, "recital": _encode_recital,
}
_DECODERS: dict[str, Callable[[Any], Any]] = {
    "date": lambda v: dt.date.fromisoformat(v) if v is not None else None,
    "time": lambda v: dt.time.fromisoformat(v) if v is not None else None,
    "relative": decode_relative, "flags": decode_flags, "boxes": decode_boxes,
    "recital": bool, "confidence": float,
}


def encode_field(name: str, value: Any) -> Column:
    """The column value for Event field `name`.

    Raises:
        InvalidValue: the field is unknown or the value has the wrong type.
    """
    if name not in _ENCODERS:
        raise InvalidValue(f"{name!r} is not an event field the store keeps")
    return _ENCODERS[name](value)


def decode_field(name: str, raw: Any) -> Any:
    """The Event field value for column value `raw`."""
    return _DECODERS.get(name, lambda v: v)(raw)


def history_text(value: Column) -> str | None:
    """How a column value is written into event_history (always text, None stays None)."""
    return None if value is None else str(value)


def encode_instant(moment: dt.datetime) -> str:
    """ISO-8601 UTC text for a moment; a naive datetime is taken to be UTC already.

    Always with microseconds, so that the text sorts in time order (the lists sort on it).

    >>> encode_instant(dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc))
    '2025-01-02T03:04:05.000000+00:00'
    """
    _check("moment", moment, dt.datetime)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="microseconds")


def decode_instant(text: str | None) -> dt.datetime | None:
    """Inverse of `encode_instant`."""
    return dt.datetime.fromisoformat(text) if text is not None else None


def event_columns(event: Event) -> dict[str, Column]:
    """Every content column plus uid and status for `event` (validating each value)."""
    row: dict[str, Column] = {column(name): encode_field(name, getattr(event, name)) for name in CONTENT}
    _check("id", event.id, str)
    row["uid"] = event.id
    row["status"] = encode_field("status", event.status)
    return row


def row_to_event(row: Row) -> Event:
    """The Event stored in an events row."""
    values = {name: decode_field(name, row[column(name)]) for name in CONTENT}
    return Event(id=row["uid"], status=row["status"], **values)


def extracted_values(event: Event) -> dict[str, Column]:
    """The encoded editable fields of an extraction, kept to tell later whether the court changed them."""
    return {name: encode_field(name, getattr(event, name)) for name in EDITABLE}


@dataclass(frozen=True)
class StoredEvent:
    """An event as the store keeps it: the value plus what merging needs to know about it."""

    event: Event
    document_id: int
    position: int
    sequence: int = 0
    user_fields: frozenset[str] = frozenset()
    extracted: Mapping[str, Column] = field(default_factory=dict)
    matched_from: str | None = None

    @property
    def touched(self) -> bool:
        """Did a person act on this event (status or any field)?"""
        return self.event.status != "proposed" or bool(self.user_fields)


def stored_to_row(stored: StoredEvent, updated_at: str) -> dict[str, Column]:
    """The full events row for `stored`."""
    row = event_columns(stored.event)
    row.update(document_id=stored.document_id, position=stored.position, sequence=stored.sequence,
               user_fields=json.dumps(sorted(stored.user_fields)),
               extracted=json.dumps(dict(stored.extracted), sort_keys=True, ensure_ascii=False),
               matched_from=stored.matched_from, updated_at=updated_at)
    return row


def row_to_stored(row: Row) -> StoredEvent:
    """Inverse of `stored_to_row`."""
    return StoredEvent(event=row_to_event(row), document_id=row["document_id"], position=row["position"],
                       sequence=row["sequence"], user_fields=frozenset(json.loads(row["user_fields"])),
                       extracted=json.loads(row["extracted"]), matched_from=row["matched_from"])


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def case_key(case: Case, sha256: str) -> str:
    """What identifies a case: its court and number, normalised for spacing and case.

    An order whose caption gave no number gets a case of its own rather than being merged with
    every other number-less order.

    >>> case_key(Case(court="E.D. Va.", number=" 1:24-CV-2323"), "ab")
    'e.d. va.|1:24-cv-2323'
    >>> case_key(Case(), "ab")
    'document:ab'
    """
    if not case.number.strip():
        return f"document:{sha256}"
    return f"{_norm(case.court)}|{_norm(case.number)}"


def case_columns(case: Case) -> dict[str, Column]:
    """The cases columns a caption sets."""
    for name in ("court", "number", "caption", "timezone", "state"):
        _check(f"case.{name}", getattr(case, name), str)
    return {"court": case.court, "number": case.number, "caption": case.caption,
            "timezone": case.timezone, "state": case.state}


def row_to_case(row: Row) -> Case:
    """The Case in a cases row."""
    return Case(court=row["court"], number=row["number"], caption=row["caption"],
                timezone=row["timezone"], state=row["state"])


def document_columns(info: DocumentInfo, warnings: tuple[str, ...]) -> dict[str, Column]:
    """The documents columns an extraction sets."""
    _check("document.sha256", info.sha256, str)
    _check("document.path", info.path, str)
    _check("document.pages", info.pages, int)
    _check("document.text_source", info.text_source, str)
    return {"sha256": info.sha256, "path": info.path, "pages": info.pages,
            "text_source": info.text_source, "warnings": encode_flags(tuple(warnings))}


def row_to_document(row: Row) -> DocumentInfo:
    """The DocumentInfo in a documents row."""
    return DocumentInfo(path=row["path"], sha256=row["sha256"], pages=row["pages"],
                        text_source=row["text_source"])
