"""Golden timelines: the seed TRO and the development corpus, as text, PDF and (slow) scans.

Strict: every gold event must be found with the right kind, date and time, and nothing else
may be calendared. Scanned variants are read from ../shared when it is beside the project.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import DATA, SHARED, extracted
from tests.scoring import compare
from viewer.cli import timeline_json
from viewer.pipeline import extract_file

CASES = sorted(p for p in (DATA / "golden").iterdir() if (p / "gold.json").exists())
TODAY = dt.date(2026, 11, 25)


def _check(folder: Path, document: Path) -> None:
    gold = json.loads((folder / "gold.json").read_text())
    timeline = extracted(document) if document.suffix == ".txt" else extract_file(document, today=TODAY)
    misses, extras = compare(gold, timeline_json(timeline)["events"])
    assert (misses, extras) == ([], []), f"{folder.name}: missed {misses}, extra {extras}"


@pytest.mark.parametrize("folder", CASES, ids=[c.name for c in CASES])
@pytest.mark.parametrize("variant", ["order.txt", "order.pdf"])
def test_golden_timeline(folder: Path, variant: str) -> None:
    _check(folder, folder / variant)


SCANNED = sorted(SHARED.glob("*/*/order-scanned.pdf")) if SHARED.is_dir() else []


@pytest.mark.slow
@pytest.mark.parametrize("scan", SCANNED, ids=[s.parent.name for s in SCANNED])
def test_golden_timeline_scanned(scan: Path) -> None:
    _check(DATA / "golden" / scan.parent.name, scan)


def test_seed_contract_fields() -> None:
    """The seed's JSON carries the contract's fields, the entry date and the corrected hearing."""
    out = timeline_json(extract_file(DATA / "golden" / "seed-tro" / "order.pdf", today=TODAY))
    assert set(out) == {"document", "case", "events", "warnings"}
    assert out["document"]["pages"] == 6 and out["document"]["text_source"] == "text"
    assert out["case"]["timezone"] == "America/New_York"
    kinds = {(e["kind"], e["date"]) for e in out["events"]}
    assert ("entry", "2024-12-20") in kinds
    hearing = next(e for e in out["events"] if e["kind"] == "hearing")
    assert (hearing["date"], hearing["time"]) == ("2025-01-10", "10:00")
    assert "year-corrected" in hearing["flags"] and hearing["page"] == 5
    ids = [e["id"] for e in out["events"]]
    again = [e["id"] for e in timeline_json(extract_file(DATA / "golden" / "seed-tro" / "order.pdf",
                                                         today=TODAY))["events"]]
    assert ids == again and len(set(ids)) == len(ids)
