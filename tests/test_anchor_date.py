"""Counsel enter the date an order left open (service), and the deadline is counted from it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from viewer.pipeline import count_from_anchor_date, extract_file

TODAY = dt.date(2026, 11, 25)
ORDER = ("Defendant shall answer the complaint within twenty-one (21) days after service of "
         "this Order.\n\nEntered this 5th day of March, 2025.\n")


def _timeline(tmp_path: Path) -> Any:
    path = tmp_path / "order.txt"
    path.write_text(ORDER)
    return extract_file(path, today=TODAY)


def test_service_anchor_is_left_undated_then_counted(tmp_path: Path) -> None:
    timeline = _timeline(tmp_path)
    answer = next(e for e in timeline.events if e.relative is not None)
    assert answer.date is None and "anchor-undated" in answer.flags
    # Served Monday 2025-03-10: 21 days later is Monday 2025-03-31, no roll (Rule 6(a)(1)).
    changes = count_from_anchor_date(timeline, answer, dt.date(2025, 3, 10))
    assert changes["date"] == dt.date(2025, 3, 31)
    assert "anchor-undated" not in changes["flags"]
    assert "date entered by counsel" in str(changes["computation"])


def test_counted_date_rolls_past_a_weekend(tmp_path: Path) -> None:
    timeline = _timeline(tmp_path)
    answer = next(e for e in timeline.events if e.relative is not None)
    # Served Wednesday 2025-03-12: day 21 is Wednesday 2025-04-02; served 2025-03-15 (Saturday):
    # day 21 is Saturday 2025-04-05, which rolls forward to Monday 2025-04-07.
    assert count_from_anchor_date(timeline, answer, dt.date(2025, 3, 12))["date"] == dt.date(2025, 4, 2)
    rolled = count_from_anchor_date(timeline, answer, dt.date(2025, 3, 15))
    assert rolled["date"] == dt.date(2025, 4, 7) and "rolled" in rolled["flags"]


def test_edit_dialog_offers_the_anchor_date(qtbot: Any, tmp_path: Path) -> None:
    from viewer.ui.edit_dialog import EditEventDialog

    timeline = _timeline(tmp_path)
    answer = next(e for e in timeline.events if e.relative is not None)
    dialog = EditEventDialog(answer, dt.date(2025, 3, 10))
    qtbot.addWidget(dialog)
    assert dialog.anchor_date is not None
    assert dialog.changes() == {"anchor_date": dt.date(2025, 3, 10)}
    dialog.count_from.setChecked(False)
    assert "anchor_date" not in dialog.changes()
    hearing_like = next(e for e in timeline.events if e.relative is None)
    plain = EditEventDialog(hearing_like, TODAY)
    qtbot.addWidget(plain)
    assert plain.anchor_date is None
