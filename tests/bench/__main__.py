"""Run every benchmark module, print its figures and record them in BENCHMARKS.md.

Each `tests/bench/bench_<area>.py` has `run() -> list[Figure]`: (name, value, unit, target).
Usage: python -m tests.bench [AREA ...]
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import platform
import sys
from pathlib import Path

Figure = tuple[str, float, str, str]
OUT = Path(__file__).resolve().parents[2] / "BENCHMARKS.md"


def _modules(only: list[str]) -> list[str]:
    names = [m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])]
    names = sorted(n for n in names if n.startswith("bench_"))
    return [n for n in names if not only or n.removeprefix("bench_") in only]


def main(argv: list[str]) -> int:
    rows: list[tuple[str, Figure]] = []
    for name in _modules(argv):
        module = importlib.import_module(f"tests.bench.{name}")
        for figure in module.run():
            rows.append((name.removeprefix("bench_"), figure))
            area, (what, value, unit, target) = rows[-1][0], figure
            print(f"{area:12s} {what:55s} {value:12.3f} {unit:8s} target {target}", flush=True)
    _record(rows)
    return 0


def _record(rows: list[tuple[str, Figure]]) -> None:
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    lines = [f"\n## {stamp} on {platform.node()} ({platform.machine()}, Python {platform.python_version()})\n",
             "| area | figure | value | unit | target |", "|---|---|---|---|---|"]
    lines += [f"| {a} | {w} | {v:.3f} | {u} | {t} |" for a, (w, v, u, t) in rows]
    header = "# Benchmarks\n\nFigures recorded by `make bench` (newest last).\n"
    old = OUT.read_text() if OUT.exists() else header
    OUT.write_text(old + "\n".join(lines) + "\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
