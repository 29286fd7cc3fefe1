"""viewer.pdf stays an adapter: no Qt, no SQL, no store; it works with those blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BLOCKED = ("PySide6", "shiboken6", "sqlite3", "_sqlite3", "sqlite_utils", "db")

SCRIPT = """
import sys, importlib.abc

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {blocked!r}:
            raise ImportError("blocked for this test: " + name)
        return None

sys.meta_path.insert(0, Block())
import viewer.pdf, viewer.pdf.ocr, viewer.pdf.render, viewer.pdf.text
from viewer.pdf import read_document
info, src = read_document(sys.argv[1])
assert src.text == "ORDER due Friday", src.text
leaked = sorted(m for m in sys.modules if m.split(".")[0] in {blocked!r})
print("ok", leaked)
"""


def test_imports_without_qt_or_sql(tmp_path: Path) -> None:
    order = tmp_path / "order.txt"
    order.write_text("ORDER due Friday\n")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", SCRIPT.format(blocked=BLOCKED), str(order)],
                         cwd=root, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok []"
