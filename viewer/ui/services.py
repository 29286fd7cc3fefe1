"""What the window needs from the rest of the program, handed in by the composition root.

The window never imports the adapters' implementations to call them: `viewer.app` builds a
`Services` from the real modules and tests build one from fakes. Each field is a plain callable
or object with the signature of the module it stands for, so nothing here hides behaviour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from viewer.core.model import Event, Timeline


class Store(Protocol):
    """The subset of `db.Store` the window uses (see db/store.py for the contract)."""

    def save_timeline(self, timeline: Timeline) -> Timeline: ...
    def load_timeline(self, sha256: str) -> Timeline | None: ...
    def documents(self) -> list[Any]: ...
    def update_event(self, uid: str, *, who: str = ..., expected_sequence: int | None = ...,
                     **changes: Any) -> Event: ...
    def set_status(self, uid: str, status: str, *, who: str = ...) -> Event: ...
    def history(self, uid: str) -> list[Any]: ...
    def sequences(self, sha256: str) -> dict[str, int]: ...
    def mark_opened(self, sha256: str) -> bool: ...
    def closure_days(self) -> list[tuple[dt.date, str]]: ...
    def add_closure_day(self, day: dt.date, note: str) -> None: ...
    def remove_closure_day(self, day: dt.date) -> None: ...
    def get_setting(self, key: str, default: str | None = ...) -> str | None: ...
    def set_setting(self, key: str, value: str) -> None: ...
    def close(self) -> None: ...


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@dataclass
class Services:
    """Everything the window calls outside Qt: store, pipeline, PDF adapter, exporters.

    Attributes:
        store: the open event store.
        today: the date extraction counts from (the core never reads the clock).
        extract_file: `viewer.pipeline.extract_file`.
        recompute: `viewer.pipeline.recompute`.
        page_sizes: `viewer.pdf.page_sizes`, (width, height) in points per page.
        render_page: `viewer.pdf.render_page`, returns a PIL image.
        write_ics: `viewer.export.write_ics`.
        print_timeline_pdf: `viewer.ui.printing.print_timeline_pdf`.
        clock: the DTSTAMP source for .ics exports.
        count_from_anchor_date: `viewer.pipeline.count_from_anchor_date` (dates a period whose
            anchor, such as service, the order left undated).
    """

    store: Store
    today: dt.date
    extract_file: Callable[..., Timeline]
    recompute: Callable[..., Timeline]
    page_sizes: Callable[..., list[tuple[float, float]]]
    render_page: Callable[..., Any]
    write_ics: Callable[..., Path]
    print_timeline_pdf: Callable[..., Path]
    clock: Callable[[], dt.datetime] = field(default=_utc_now)
    count_from_anchor_date: Callable[..., dict[str, Any]] | None = None
