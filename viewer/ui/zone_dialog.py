"""Choose the time zone for orders that name no court.

PACER docket texts ("Sentencing set for 8/31/2017 10:30 AM") carry no caption, so the court's
zone cannot be read from them; a wrong zone moves every timed event in the exported calendar.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

# The zones of the federal courts (continental, Alaska, Hawaii, territories), in a stable order.
ZONES: tuple[tuple[str, str], ...] = (
    ("Eastern", "America/New_York"), ("Central", "America/Chicago"),
    ("Mountain", "America/Denver"), ("Arizona (no daylight saving)", "America/Phoenix"),
    ("Pacific", "America/Los_Angeles"), ("Alaska", "America/Anchorage"),
    ("Hawaii", "Pacific/Honolulu"), ("Puerto Rico / Virgin Islands", "America/Puerto_Rico"),
    ("Guam / Northern Mariana Islands", "Pacific/Guam"),
)


def label(zone: str) -> str:
    """"Pacific (America/Los_Angeles)"."""
    name = next((n for n, z in ZONES if z == zone), zone)
    return f"{name} ({zone})"


def ask_zone(parent: QWidget | None, current: str) -> str | None:
    """The chosen IANA zone, or None when the user cancels."""
    labels = [label(z) for _n, z in ZONES]
    index = next((i for i, (_n, z) in enumerate(ZONES) if z == current), 0)
    text, ok = QInputDialog.getItem(
        parent, "Time zone when no court is named",
        "Orders that name no court (docket texts) are read in this zone:", labels, index, False)
    if not ok:
        return None
    return ZONES[labels.index(text)][1]
