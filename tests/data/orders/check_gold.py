#!/usr/bin/env python3
"""Sanity checks for the hand-labelled gold files in tests/data/orders/.

For every sub-folder: order.txt exists, gold.json parses, the top-level keys are present,
every event has the eight fields, kinds are valid, dates are ISO (YYYY-MM-DD, real dates)
or null, times are HH:MM (24-hour) or null, every quote is an exact substring of order.txt,
and a `rolled:` note carries an ISO date. Stdlib only. Exit status 1 on any problem.
"""
import datetime
import json
import re
import sys
from pathlib import Path

KINDS = {"entry", "service", "filing", "hearing", "expiry", "other"}
FIELDS = {"kind", "title", "date", "time", "relative", "anchor", "quote", "notes"}
TOP = {"source", "court", "timezone", "events"}
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
ROLLED_RE = re.compile(r"rolled: (\d{4}-\d{2}-\d{2})")


def iso_ok(s):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def check_folder(folder):
    problems = []
    order = folder / "order.txt"
    gold = folder / "gold.json"
    if not order.is_file():
        return ["missing order.txt"]
    if not gold.is_file():
        return ["missing gold.json"]
    text = order.read_text(encoding="utf-8")
    try:
        g = json.loads(gold.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return ["gold.json does not parse: %s" % exc]
    missing = TOP - set(g)
    if missing:
        problems.append("missing top-level keys: %s" % sorted(missing))
    if not isinstance(g.get("events"), list) or not g.get("events"):
        problems.append("events must be a non-empty list")
        return problems
    for i, e in enumerate(g["events"]):
        tag = "event %d (%s)" % (i, e.get("title", "?"))
        if set(e) != FIELDS:
            problems.append("%s: fields %s" % (tag, sorted(set(e) ^ FIELDS)))
        if e.get("kind") not in KINDS:
            problems.append("%s: bad kind %r" % (tag, e.get("kind")))
        d = e.get("date")
        if d is not None and not (isinstance(d, str) and iso_ok(d)):
            problems.append("%s: bad date %r" % (tag, d))
        t = e.get("time")
        if t is not None and not (isinstance(t, str) and TIME_RE.match(t)):
            problems.append("%s: bad time %r" % (tag, t))
        q = e.get("quote")
        if not isinstance(q, str) or not q:
            problems.append("%s: empty quote" % tag)
        elif q not in text:
            problems.append("%s: quote not in order.txt: %r" % (tag, q))
        notes = e.get("notes") or ""
        for r in ROLLED_RE.findall(notes):
            if not iso_ok(r):
                problems.append("%s: bad rolled date %r" % (tag, r))
        if "rolled:" in notes and not ROLLED_RE.search(notes):
            problems.append("%s: 'rolled:' without an ISO date" % tag)
    return problems


def main():
    root = Path(__file__).resolve().parent
    folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))
    bad = 0
    n_events = 0
    for f in folders:
        probs = check_folder(f)
        if not probs:
            n_events += len(json.loads((f / "gold.json").read_text(encoding="utf-8"))["events"])
        status = "OK " if not probs else "BAD"
        print("%s %s" % (status, f.name))
        for p in probs:
            print("    - " + p)
        bad += bool(probs)
    print("%d folders, %d bad, %d events in good folders" % (len(folders), bad, n_events))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
