"""The zone for orders that name no court is chosen once, kept, and used when reading."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.conftest import open_sample
from viewer.ui import zone_dialog

pytestmark = pytest.mark.gui


def test_zone_choice_is_stored_and_passed_to_extraction(
        qtbot: Any, window: Any, store: Any, pipeline: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    open_sample(qtbot, window)
    assert pipeline.calls[-1]["fallback_zone"] == "America/New_York"
    monkeypatch.setattr(zone_dialog, "ask_zone", lambda parent, current: "America/Los_Angeles")
    window.commands.zone.trigger()
    assert store.get_setting("fallback_zone") == "America/Los_Angeles"
    open_sample(qtbot, window)
    assert pipeline.calls[-1]["fallback_zone"] == "America/Los_Angeles"


def test_zone_labels_cover_every_federal_zone() -> None:
    zones = {z for _name, z in zone_dialog.ZONES}
    assert {"America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
            "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu"} <= zones
    assert zone_dialog.label("America/Phoenix").startswith("Arizona")
