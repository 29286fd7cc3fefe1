"""Headless commands: extract, ics, print, and the no-display fallback of `main.py FILE`.

Bad input ends in one line on stderr and a non-zero exit, never a traceback: counsel run this
on sealed orders and need to know what went wrong, not where in our code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from viewer.core.model import Event, Timeline

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 70
SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample-order.pdf"


def build_parser() -> argparse.ArgumentParser:
    """`main.py [FILE]`, `main.py extract|ics|print FILE ...`."""
    parser = argparse.ArgumentParser(prog="main.py", description=(
        "Case-timeline viewer: open a court order beside its timeline. "
        "With no command, opens the window (or, with no display, prints the timeline and "
        "writes the .ics and printable PDF)."))
    sub = parser.add_subparsers(dest="command")
    ext = sub.add_parser("extract", help="print the timeline of FILE (JSON or a table)")
    _common(ext)
    ext.add_argument("--format", choices=("json", "table"), default="json")
    ics = sub.add_parser("ics", help="write the timeline of FILE as an .ics calendar")
    _common(ics)
    ics.add_argument("-o", "--output", type=Path, required=True, help="the .ics file to write")
    _store_option(ics)
    prn = sub.add_parser("print", help="write the printable timeline of FILE as a PDF")
    _common(prn)
    prn.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    _store_option(prn)
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a court order: PDF (text or scanned) or .txt")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None,
                        help="the date to treat as today (YYYY-MM-DD); default: the clock")
    parser.add_argument("--password", default=None, help="password of an encrypted PDF")
    parser.add_argument("--zone", default="America/New_York",
                        help="time zone when the order names no court (IANA name)")


def _store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=None,
                        help="timeline database (default: the user-data folder); "
                             "confirmations and edits made in the window are applied")
    parser.add_argument("--no-store", action="store_true", help="do not read or write the database")


def main(argv: Sequence[str] | None = None) -> int:
    """Run a headless command; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except ValueError as error:  # PdfError and bad arguments subclass ValueError
        return _fail(str(error), EXIT_BAD_INPUT)
    except OSError as error:
        return _fail(f"{getattr(error, 'filename', '') or ''} {error.strerror or error}".strip(),
                     EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except Exception as error:  # noqa: BLE001 - a bug of ours: one line, details on request
        if os.environ.get("CASE_TIMELINE_DEBUG"):
            raise
        return _fail(f"internal error ({type(error).__name__}: {error}); "
                     "rerun with CASE_TIMELINE_DEBUG=1 for details", EXIT_INTERNAL)


def _fail(message: str, code: int) -> int:
    print(f"error: {' '.join(message.split())}", file=sys.stderr)
    return code


def _dispatch(args: argparse.Namespace) -> int:
    today = args.today or dt.date.today()
    timeline = _extract(args.file, today=today, password=args.password, zone=args.zone)
    if args.command == "extract":
        if args.format == "json":
            print(json.dumps(timeline_json(timeline), indent=1, ensure_ascii=False))
        else:
            print(timeline_table(timeline))
        return 0
    timeline, sequences = _with_store(timeline, args)
    if args.command == "ics":
        print(f"wrote {write_calendar(timeline, args.output, sequences)}")
    else:
        print(f"wrote {write_printout(timeline, args.output, today)}")
    return 0


def _extract(path: Path, *, today: dt.date, password: str | None, zone: str) -> Timeline:
    # pdftotext starts first and runs on another core while the pipeline's imports (~0.2 s:
    # court tables, holidays, the core) load; read_document then takes the running process.
    from viewer.pdf import prefetch

    prefetch.start(path, password)
    try:
        from viewer.pipeline import extract_file  # heavy imports after argparse: fast --help
        return extract_file(path, today=today, password=password, fallback_zone=zone)
    finally:
        prefetch.discard()  # not taken (an error came first): stop it now


def _with_store(timeline: Timeline, args: argparse.Namespace) -> tuple[Timeline, dict[str, int]]:
    """Merge with the store so user edits and dismissals reach the export; warn, don't die."""
    if getattr(args, "no_store", False):
        return timeline, {}
    from db import StoreError, open_store
    try:
        store = open_store(args.db)
        try:
            merged = store.save_timeline(timeline)
            return merged, store.sequences(merged.document.sha256)
        finally:
            store.close()
    except StoreError as error:
        print(f"warning: {error} (exporting without saved edits)", file=sys.stderr)
        return timeline, {}


def write_calendar(timeline: Timeline, path: Path, sequences: dict[str, int]) -> Path:
    """Write the .ics; DTSTAMP is now (UTC), the only clock reading of an export."""
    from viewer.export.ics import write_ics
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return write_ics(path, timeline, stamp=stamp, sequences=sequences)


def write_printout(timeline: Timeline, path: Path, today: dt.date) -> Path:
    """Write the printable timeline PDF (Qt draws it, offscreen when there is no display)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from viewer.ui.printing import print_timeline_pdf
    return print_timeline_pdf(timeline, path, printed_on=today)


def run_headless(path: Path, *, today: dt.date, out_dir: Path, db: Path | None = None) -> int:
    """No display: print the timeline, write .ics and PDF into `out_dir`, say where."""
    try:
        timeline = _extract(path, today=today, password=None, zone="America/New_York")
        print(timeline_table(timeline))
        args = argparse.Namespace(db=db, no_store=False)
        timeline, sequences = _with_store(timeline, args)
        out_dir.mkdir(parents=True, exist_ok=True)
        stem = path.stem
        ics = write_calendar(timeline, out_dir / f"{stem}-timeline.ics", sequences)
        pdf = write_printout(timeline, out_dir / f"{stem}-timeline.pdf", today)
    except (ValueError, OSError) as error:
        return _fail(str(error), EXIT_BAD_INPUT)
    print(f"\nNo display, so no window. Wrote:\n  calendar  {ics}\n  printout  {pdf}")
    return 0


def event_json(event: Event) -> dict[str, Any]:
    """One event as the DESIGN.md contract spells it."""
    rel = event.relative
    return {
        "id": event.id, "kind": event.kind, "title": event.title,
        "date": event.date.isoformat() if event.date else None,
        "time": event.time.strftime("%H:%M") if event.time else None,
        "timezone": event.timezone, "stated": event.stated,
        "relative": {"amount": rel.amount, "unit": rel.unit, "direction": rel.direction,
                     "anchor": rel.anchor} if rel else None,
        "computation": event.computation, "quote": event.quote, "page": event.page,
        "confidence": event.confidence, "flags": list(event.flags), "recital": event.recital,
        "status": event.status, "span": [event.start, event.end],
    }


def timeline_json(timeline: Timeline) -> dict[str, Any]:
    """The whole timeline as the `extract` JSON contract."""
    doc, case = timeline.document, timeline.case
    return {
        "document": {"path": doc.path, "sha256": doc.sha256, "pages": doc.pages,
                     "text_source": doc.text_source},
        "case": {"court": case.court, "number": case.number, "caption": case.caption,
                 "timezone": case.timezone},
        "events": [event_json(e) for e in timeline.events],
        "warnings": list(timeline.warnings),
    }


def timeline_table(timeline: Timeline, *, recitals: bool = False) -> str:
    """A plain-text table for terminals."""
    case = timeline.case
    lines = [f"{case.court or 'Court not named'}  {case.number}  {case.caption}".strip(),
             f"{timeline.document.path}  ({timeline.document.pages} pages, "
             f"{timeline.document.text_source})", ""]
    lines.append(f"{'DATE':10}  {'TIME':5}  {'KIND':7}  {'PAGE':4}  TITLE")
    for e in timeline.events:
        if e.recital and not recitals:
            continue
        flags = f"  [{', '.join(e.flags)}]" if e.flags else ""
        flags += "  (recital)" if e.recital else ""
        lines.append(f"{e.date.isoformat() if e.date else 'undated':10}  "
                     f"{e.time.strftime('%H:%M') if e.time else '':5}  {e.kind:7}  "
                     f"p{e.page:<3}  {e.title}{flags}")
    lines += [f"warning: {w}" for w in timeline.warnings]
    return "\n".join(lines)
