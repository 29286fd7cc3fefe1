"""TimelineModel and its filter: Qt's model contract, display text, sorting, recitals."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.ui.fakes import sample_timeline
from viewer.ui.timeline_model import (AttentionRole, Column, EventRole, TimelineFilter,
                                      TimelineModel)

pytestmark = pytest.mark.gui


@pytest.fixture
def events():
    return sample_timeline().events


def test_model_passes_qt_model_tester(qtmodeltester, events) -> None:
    model = TimelineModel()
    model.set_events(events)
    qtmodeltester.check(model, force_py=True)
    proxy = TimelineFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)


def test_cells_read_like_a_docket(events) -> None:
    model = TimelineModel()
    model.set_events(events)
    row = model.row_of("e-def-papers")
    text = [model.index(row, c).data() for c in Column]
    assert text == ["Wed, Jan 8, 2025", "4:00 p.m.", "EST", "Filing",
                    "Defendants' papers due", "Proposed", ""]
    hearing = model.index(model.row_of("e-hearing"), Column.FLAGS)
    assert hearing.data() == "Review, Year fixed"
    assert hearing.data(AttentionRole) is True
    assert "Confirm with chambers" in hearing.data(Qt.ItemDataRole.ToolTipRole)


def test_dismissed_rows_are_grey_and_struck(events) -> None:
    model = TimelineModel()
    model.set_events(events)
    dismissed = dataclasses.replace(events[0], status="dismissed")
    assert model.replace_event(dismissed)
    index = model.index(0, Column.TITLE)
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#9a9a9a"
    assert index.data(EventRole).status == "dismissed"


def test_filter_hides_recitals_and_sorts_undated_last(events) -> None:
    model = TimelineModel()
    model.set_events(events)
    proxy = TimelineFilter()
    proxy.setSourceModel(model)
    proxy.sort(Column.DATE, Qt.SortOrder.AscendingOrder)
    ids = [proxy.index(r, 0).data(EventRole).id for r in range(proxy.rowCount())]
    assert ids == ["e-entry", "e-def-papers", "e-hearing", "e-bond"]
    proxy.set_show_recitals(True)
    ids = [proxy.index(r, 0).data(EventRole).id for r in range(proxy.rowCount())]
    assert ids[0] == "e-recital" and len(ids) == 5


def test_replace_unknown_event_changes_nothing(events) -> None:
    model = TimelineModel()
    model.set_events(events)
    stranger = dataclasses.replace(events[0], id="nope", date=dt.date(2030, 1, 1))
    assert not model.replace_event(stranger)
    assert model.events() == events
