"""The command line as counsel and the scorer use it: contract JSON, one-line errors, exports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT

SEED = DATA / "golden" / "seed-tro"


def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full.pop("CASE_TIMELINE_DEBUG", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, env=full,
                          capture_output=True, text=True, timeout=120)


def test_extract_json_follows_the_contract() -> None:
    out = run("extract", str(SEED / "order.pdf"), "--format", "json", "--today", "2026-11-25")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["document"]["sha256"] and data["case"]["number"] == "1:24-cv-2323"
    event = data["events"][0]
    for key in ("id", "kind", "title", "date", "time", "timezone", "stated", "relative",
                "computation", "quote", "page", "confidence", "flags", "recital"):
        assert key in event
    relative = [e for e in data["events"] if e["relative"]]
    assert relative and {"amount", "unit", "direction", "anchor"} <= set(relative[0]["relative"])
    anchors = {e["id"] for e in data["events"]}
    assert all(e["relative"]["anchor"] in anchors for e in relative)


def test_extract_table_lists_the_hearing() -> None:
    out = run("extract", str(SEED / "order.txt"), "--format", "table")
    assert out.returncode == 0 and "2025-01-10  10:00  hearing" in out.stdout


@pytest.mark.parametrize("make, expect", [
    (lambda d: d / "missing.pdf", "not found"),
    (lambda d: d, "folder"),
    (lambda d: _write(d / "empty.pdf", b""), "empty"),
    (lambda d: _write(d / "notes.pdf", b"PK\x03\x04 not a pdf at all"), "not a PDF"),
    (lambda d: _write(d / "half.pdf", (SEED / "order.pdf").read_bytes()[:3000]), ""),
])
def test_bad_input_gives_one_line_and_nonzero_exit(tmp_path: Path, make, expect: str) -> None:
    out = run("extract", str(make(tmp_path)))
    assert out.returncode != 0
    assert len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert "Traceback" not in out.stderr and expect.lower() in out.stderr.lower()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_ics_and_print_write_files(tmp_path: Path) -> None:
    ics = run("ics", str(SEED / "order.pdf"), "-o", str(tmp_path / "t.ics"), "--db", str(tmp_path / "db.sqlite"))
    assert ics.returncode == 0, ics.stderr
    text = (tmp_path / "t.ics").read_text()
    assert "BEGIN:VCALENDAR" in text and "TZID=America/New_York" in text
    pdf = run("print", str(SEED / "order.pdf"), "-o", str(tmp_path / "t.pdf"), "--no-store")
    assert pdf.returncode == 0, pdf.stderr
    assert (tmp_path / "t.pdf").read_bytes().startswith(b"%PDF")


def test_no_display_run_prints_and_writes(tmp_path: Path) -> None:
    """`make run` with no display: the timeline on stdout, .ics and PDF in ./out, no Qt crash."""
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": "",
           "XDG_DATA_HOME": str(tmp_path / "data")}
    out = run(str(SEED / "order.pdf"), cwd=tmp_path, env=env)
    assert out.returncode == 0, out.stderr
    assert "hearing" in out.stdout and "No display" in out.stdout
    assert (tmp_path / "out" / "order-timeline.ics").exists()
    assert (tmp_path / "out" / "order-timeline.pdf").exists()


def test_help_for_every_command() -> None:
    for command in ("extract", "ics", "print"):
        out = run(command, "--help")
        assert out.returncode == 0 and "FILE" in out.stdout.upper()
