"""Accuracy and speed of extraction: strict F1, date F1, relative recall; MB of text per second.

Cases: tests/data/golden (the seed and ../shared/corpus copies), tests/data/orders (real orders
gathered for testing), and, where ../shared is present, the scanned variants.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

from tests.conftest import DATA, SHARED
from tests.scoring import counts, summary
from viewer.cli import timeline_json
from viewer.core.extract import extract_timeline
from viewer.core.model import Case, DocumentInfo, SourceText
from viewer.pipeline import extract_file

Figure = tuple[str, float, str, str]
TODAY = dt.date(2026, 11, 25)


def _cases(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if (p / "gold.json").exists()) if folder.is_dir() else []


def _score(pairs: list[tuple[Path, Path]]) -> dict[str, float]:
    tallies = []
    for gold_dir, document in pairs:
        gold = json.loads((gold_dir / "gold.json").read_text())
        events = timeline_json(extract_file(document, today=TODAY))["events"]
        tallies.append(counts(gold, events))
    return summary(tallies)


def _figures(name: str, result: dict[str, float]) -> list[Figure]:
    n = f"{int(result['gold'])} gold"
    return [(f"{name} strict-F1 ({n})", result["strict_f1"], "F1", ">= 0.95"),
            (f"{name} date-F1", result["date_f1"], "F1", ""),
            (f"{name} relative recall", result["relative_recall"], "recall", ">= 0.95")]


def _speed(name: str, texts: list[str]) -> Figure:
    """Core throughput on order text repeated to ~2 MB (the core only: no PDF reading), best of 3.

    (Best of three, as for the PDF figures: the machine has two cores and other work on it.)
    """
    body = "\n\n".join(texts)
    text = "\n\n".join([body] * max(1, 2_000_000 // len(body)))
    source = SourceText(text, ())
    info = DocumentInfo("bench.txt", "0" * 64, 1, "text")
    times = []
    for _ in range(3):
        start = time.perf_counter()
        extract_timeline(source, info, case=Case())
        times.append(time.perf_counter() - start)
    return (f"core extraction speed, {name} (best of 3)", len(text.encode()) / 1e6 / min(times), "MB/s", ">= 2")


# Real orders gathered by people who never saw the extractor, one set per round.
HELDOUT = tuple(sorted((p.name for p in DATA.glob("heldout*") if p.is_dir()),
                      key=lambda name: int(name.removeprefix("heldout") or 1)))


# Run-on "sentences" no order has, but OCR and flattened tables come close: every step must stay
# near linear (each once took minutes: per-date scans of the whole sentence).
_RUN_ON = {"dates in one run-on line": "May may MAY March 5 " * 10_000,
           "periods with no full stop": "the parties shall file the motion within fourteen days after the filing of the "
                                        * 2_500,
           "table cells with no full stop": "Label: | 1/2/2025 | " * 10_000,
           "periods and dates with no full stop": "Plaintiff shall file within 30 days of March 3, 2025, and " * 3_000}


def _worst_case() -> list[Figure]:
    figures = []
    info = DocumentInfo("bench.txt", "0" * 64, 1, "text")
    for name, text in _RUN_ON.items():
        start = time.perf_counter()
        extract_timeline(SourceText(text, ()), info, case=Case())
        figures.append((f"core on a pathological input: {name}", len(text.encode()) / 1e6 / (time.perf_counter() - start),
                        "MB/s", "> 0.05"))
    return figures


def run() -> list[Figure]:
    golden, orders = _cases(DATA / "golden"), _cases(DATA / "orders")
    figures: list[Figure] = []
    figures += _figures("golden text-PDF", _score([(c, c / "order.pdf") for c in golden]))
    figures += _figures("golden .txt", _score([(c, c / "order.txt") for c in golden]))
    if orders:
        figures += _figures("orders .txt", _score([(c, c / "order.txt") for c in orders]))
    pooled = []
    for name in HELDOUT:
        cases = _cases(DATA / name)
        if cases:
            figures += _figures(f"{name} .txt", _score([(c, c / "order.txt") for c in cases]))
            pooled += [(c, c / "order.txt") for c in cases]
    if pooled:
        figures += _figures(f"all held-out sets pooled ({len(pooled)} orders) .txt", _score(pooled))
    scans = [(DATA / "golden" / s.parent.name, s) for s in sorted(SHARED.glob("*/*/order-scanned.pdf"))]
    if scans:
        figures += _figures("golden scanned", _score(scans))
    golden = _cases(DATA / "golden")
    figures.append(_speed("seed order text", [(DATA / "golden" / "seed-tro" / "order.txt").read_text()]))
    figures.append(_speed("dense docket texts", [(c / "order.txt").read_text() for c in golden]))
    figures += _worst_case()
    return figures
