"""The layers of DESIGN.md hold: Qt only in viewer/ui (and app.py), SQL only in db/, a pure core."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

THIRD_PARTY_IN_CORE = {"PySide6", "sqlite_utils", "sqlite3", "pdf2image", "icalendar", "pytz",
                       "holidays", "PIL", "pytesseract", "db"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _files(*folders: str) -> list[Path]:
    return [p for f in folders for p in (ROOT / f).rglob("*.py")]


def test_core_imports_only_stdlib_and_core() -> None:
    for path in _files("viewer/core"):
        for name in _imports(path):
            top = name.split(".")[0]
            assert top not in THIRD_PARTY_IN_CORE, f"{path}: imports {name}"
            if top == "viewer":
                assert name.startswith("viewer.core"), f"{path}: imports {name}"


def test_qt_only_in_ui_and_app() -> None:
    allowed = {ROOT / "viewer" / "app.py"}
    for path in _files("viewer", "db"):
        if "ui" in path.relative_to(ROOT).parts or path in allowed:
            continue
        assert not any(n.split(".")[0] == "PySide6" for n in _imports(path)), path


def test_sql_only_in_db() -> None:
    for path in _files("viewer"):
        assert not {"sqlite3", "sqlite_utils"} & {n.split(".")[0] for n in _imports(path)}, path


def test_core_runs_with_qt_and_sql_blocked() -> None:
    """Import the headless layers with PySide6 and sqlite-utils made unimportable."""
    code = ("import sys; sys.modules['PySide6'] = None; sys.modules['sqlite_utils'] = None\n"
            "import viewer.core.extract, viewer.pdf, viewer.export.ics, viewer.pipeline, viewer.cli")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
