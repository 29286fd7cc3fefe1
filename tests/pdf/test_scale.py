"""Long documents: memory stays bounded (streamed pages, bounded OCR queue), GC restored."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from viewer.pdf import PdfError, read_document
from viewer.pdf import ocr as ocr_module

from . import make

CHILD = """
import json, resource, sys, time, tracemalloc
from viewer.pdf import read_document

def hwm_mb():
    # VmHWM is this address space's own peak. ru_maxrss is not: Linux carries the parent's
    # high-water mark across fork+exec, so a big parent (pytest) would be measured instead.
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
if sys.argv[2] == "trace":
    tracemalloc.start()
t = time.perf_counter()
info, src = read_document(sys.argv[1])
current, peak = tracemalloc.get_traced_memory()
print(json.dumps({"pages": info.pages, "words": len(src.word_spans), "seconds": time.perf_counter() - t,
                  "current_mb": current / 2**20, "peak_mb": peak / 2**20,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "hwm_mb": hwm_mb()}))
"""
BODY = [f"Paragraph {i}: the party shall file its response within fourteen days of service." for i in range(20)]


def _child(path: Path, mode: str) -> dict[str, float]:
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), mode], cwd=root, capture_output=True,
                         text=True, timeout=300, check=True)
    return json.loads(out.stdout)


@pytest.mark.slow
def test_2000_pages_in_bounded_memory(tmp_path: Path) -> None:
    path = make.text_pdf(tmp_path / "long.pdf", [BODY] * 2000)
    figures = _child(path, "rss")
    assert figures["pages"] == 2000 and figures["words"] == 2000 * 20 * 13
    # The result itself (520k words with boxes) is ~250 MB of Python objects (measured 313 MB
    # peak RSS); holding all of pdftotext's 60 MB of XML as elements would add far more.
    assert figures["hwm_mb"] < 400, figures


@pytest.mark.slow
def test_transient_memory_is_small(tmp_path: Path) -> None:
    """Peak minus retained Python memory: what reading needed beyond the result itself.

    Streaming keeps one page of XML alive; a whole-document parse would make the peak
    several times the result.
    """
    figures = _child(make.text_pdf(tmp_path / "mid.pdf", [BODY] * 300), "trace")
    assert figures["words"] == 300 * 20 * 13
    assert figures["peak_mb"] - figures["current_mb"] < 0.15 * figures["current_mb"] + 4, figures


@pytest.mark.parametrize(("pages", "seconds"), [(300, 0.002), (8, 0.45)])
def test_ocr_queue_is_bounded(tmp_path: Path, monkeypatch, pages: int, seconds: float) -> None:
    """At most two pages per worker are submitted ahead of the consumer, also when pages
    take longer than the queue's polling interval."""
    lock = threading.Lock()
    state = {"submitted": 0, "consumed": 0, "ahead": 0}

    def fake_job(path, number, size, dpi, password):
        time.sleep(seconds)
        return number, []

    real_submit = ocr_module.ThreadPoolExecutor.submit

    def counting_submit(self, fn, *args, **kwargs):
        with lock:
            state["submitted"] += 1
            state["ahead"] = max(state["ahead"], state["submitted"] - state["consumed"])
        return real_submit(self, fn, *args, **kwargs)

    monkeypatch.setattr(ocr_module, "_job", fake_job)
    monkeypatch.setattr(ocr_module, "native_dpi", lambda *a: {})
    monkeypatch.setattr(ocr_module.ThreadPoolExecutor, "submit", counting_submit)
    seen = []
    for number, _lines in ocr_module.ocr_pages(tmp_path / "x.pdf", [(n, (612.0, 792.0)) for n in range(1, pages + 1)]):
        seen.append(number)
        with lock:
            state["consumed"] += 1
    workers = ocr_module.cpu_count()
    assert sorted(seen) == list(range(1, pages + 1))
    assert state["ahead"] <= 2 * workers


def test_gc_state_restored(tmp_path: Path) -> None:
    path = make.text_pdf(tmp_path / "o.pdf", [["ORDER"]])
    assert gc.isenabled()
    read_document(path)
    assert gc.isenabled()
    path.write_bytes(b"%PDF-1.4 junk")
    with pytest.raises(PdfError):
        read_document(path)
    assert gc.isenabled()
