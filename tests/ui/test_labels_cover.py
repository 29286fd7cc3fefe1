"""Every flag the extractor raises on real orders has words for the reader (not a raw tag)."""

from __future__ import annotations

from tests.conftest import DATA, extracted
from viewer.ui.labels import FLAGS


def test_every_flag_raised_on_the_test_orders_has_a_label() -> None:
    seen: set[str] = set()
    for path in sorted(DATA.glob("*/*/order.txt")):
        for event in extracted(path).events:
            seen |= set(event.flags)
    assert len(seen) > 10
    assert not seen - set(FLAGS), sorted(seen - set(FLAGS))
