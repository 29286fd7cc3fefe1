"""Match extracted events against a gold file the way ../shared/tools/score.py does.

Kept here so the golden tests run without ../shared; the rules are the same: the expected
date is the 'rolled:' date of the notes when present, a gold time must match, recitals are
neither required nor counted.
"""

from __future__ import annotations

import re
from typing import Any

ROLLED = re.compile(r"rolled:\s*(\d{4}-\d{2}-\d{2})")


def expected_date(event: dict[str, Any]) -> str | None:
    found = ROLLED.search(event.get("notes") or "")
    return found.group(1) if found else event.get("date")


def is_recital(event: dict[str, Any]) -> bool:
    return (event.get("notes") or "").lower().startswith("recital")


def compare(gold: dict[str, Any], events: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(misses, extras) as 'kind date time' strings; both empty means a perfect match."""
    wanted = [g for g in gold["events"] if not is_recital(g) and expected_date(g)]
    recital_dates = {expected_date(g) for g in gold["events"] if is_recital(g)}
    preds = [e for e in events if e.get("date") and not e.get("recital")]
    used: set[int] = set()
    misses = []
    for g in wanted:
        hit = next((i for i, p in enumerate(preds) if i not in used and p["date"] == expected_date(g)
                    and p["kind"] == g["kind"]
                    and (not g.get("time") or (p.get("time") or "")[:5] == g["time"])), None)
        if hit is None:
            misses.append(f"{g['kind']} {expected_date(g)} {g.get('time') or ''}".strip())
        else:
            used.add(hit)
    extras = [f"{p['kind']} {p['date']} {p.get('time') or ''}".strip()
              for i, p in enumerate(preds) if i not in used and p["date"] not in recital_dates]
    return misses, extras
