"""Small stand-ins for the services the window calls, built on the bundled sample order.

`sample_timeline` reads the real sample PDF with `viewer.pdf.read_document` and places events
on real sentences, so highlights have real boxes; it stands in for the pipeline, whose
extraction quality is not what these tests are about.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from pathlib import Path
from typing import Any

from viewer.core.model import Case, Event, Relative, Timeline
from viewer.pdf import read_document

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample-order.pdf"
ZONE = "America/New_York"

# (id, kind, title, date, time, quote, flags, extra fields)
SPECS: tuple[tuple[Any, ...], ...] = (
    ("e-entry", "entry", "Ex parte TRO entered", dt.date(2024, 12, 20), None,
     "Entered this 20", (), {}),
    ("e-hearing", "hearing", "Preliminary injunction hearing (show cause)",
     dt.date(2025, 1, 10), dt.time(10), "January 10, 2024, at 10 a.m.",
     ("year-corrected", "needs-review"),
     {"computation": "Order says 2024-01-10, before its own entry (2024-12-20); read as "
                     "2025-01-10 (a Friday). Confirm with chambers.",
      "stated": "January 10, 2024, at 10 a.m."}),
    ("e-def-papers", "filing", "Defendants' papers due", dt.date(2025, 1, 8), dt.time(16),
     "two (2) days prior to the hearing", (),
     {"relative": Relative(2, "days", "before", "e-hearing"),
      "computation": "2 days before Fri 2025-01-10 = Wed 2025-01-08 (Rule 6(a)(1), 6(a)(5))."}),
    ("e-bond", "other", "Plaintiff to post a $25,000 bond", None, None, "post a bond", (), {}),
    ("e-recital", "filing", "Complaint filed", dt.date(2024, 12, 18), None,
     "has filed a complaint", (), {"recital": True}),
)


def sample_timeline(path: Path = SAMPLE, *, drop_boxes: bool = False) -> Timeline:
    """A small timeline over the sample order, with real page numbers and boxes."""
    info, source = read_document(path)
    events = []
    for uid, kind, title, day, at, quote, flags, extra in SPECS:
        start = _find(source.text, quote)
        end = start + len(quote)
        boxes = () if drop_boxes else source.boxes(start, end)
        events.append(Event(id=uid, kind=kind, title=title, date=day, time=at, timezone=ZONE,
                            quote=quote, page=source.page_at(start), start=start, end=end,
                            flags=flags, boxes=boxes, **extra))
    case = Case(court="E.D. Va., Alexandria Division", number="1:24-cv-2323",
                caption="Microsoft Corp. v. Does 1-10", timezone=ZONE, state="VA")
    return Timeline(document=info, case=case, events=tuple(events),
                    warnings=("No hour of issuance stated (Rule 65(b)(2)).",))


def _find(text: str, quote: str) -> int:
    index = text.find(quote)
    assert index >= 0, quote
    return index


class FakePipeline:
    """`extract_file` and `recompute` with call records; optional password and failure."""

    def __init__(self, *, password: str | None = None, fail: BaseException | None = None,
                 drop_boxes: bool = False) -> None:
        self.password = password
        self.fail = fail
        self.drop_boxes = drop_boxes
        self.calls: list[dict[str, Any]] = []
        self.threads: list[int] = []
        self.recomputed: list[Timeline] = []

    def extract_file(self, path: Path, **kwargs: Any) -> Timeline:
        """Like viewer.pipeline.extract_file; raises PasswordRequired without the password."""
        from viewer.pdf import PasswordRequired
        self.calls.append({"path": Path(path), **kwargs})
        self.threads.append(threading.get_ident())
        if self.password is not None and kwargs.get("password") != self.password:
            raise PasswordRequired("sample-order.pdf is encrypted: a password is needed")
        if self.fail is not None:
            raise self.fail
        if kwargs.get("progress"):
            kwargs["progress"](1, 1)
        return sample_timeline(Path(path), drop_boxes=self.drop_boxes)

    def recompute(self, timeline: Timeline, *, closures: Any = ()) -> Timeline:
        """Moves the defendants' papers to 2 days before the hearing, unless edited."""
        self.recomputed.append(timeline)
        hearing = next(e for e in timeline.events if e.id == "e-hearing")
        events = tuple(
            dataclasses.replace(e, date=hearing.date - dt.timedelta(days=2))
            if e.id == "e-def-papers" and e.status != "edited" and hearing.date else e
            for e in timeline.events)
        return dataclasses.replace(timeline, events=events)


class Recorder:
    """Wraps a callable and records the thread of each call."""

    def __init__(self, fn: Any) -> None:
        self.fn = fn
        self.threads: list[int] = []
        self.pages: list[int] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.threads.append(threading.get_ident())
        self.pages.append(args[1])
        return self.fn(*args, **kwargs)
