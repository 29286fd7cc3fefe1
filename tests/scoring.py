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


def counts(gold: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, int]:
    """The tallies ../shared/tools/score.py makes for one case (kind-lenient match, kind tallied)."""
    wanted = [g for g in gold["events"] if not is_recital(g) and expected_date(g)]
    recital_dates = {expected_date(g) for g in gold["events"] if is_recital(g)}
    recital_dates |= {g.get("date") for g in gold["events"] if is_recital(g)}
    preds = [e for e in events if e.get("date") and not e.get("recital")
             and "recital" not in [str(f).lower() for f in e.get("flags") or []]]
    used: set[int] = set()
    tally = {"gold": len(wanted), "matched": 0, "kind_ok": 0, "rel_gold": 0, "rel_hit": 0}
    for g in wanted:
        tally["rel_gold"] += bool(g.get("relative"))
        hit = None
        for i, p in enumerate(preds):
            if i in used or p["date"] != expected_date(g):
                continue
            if g.get("time") and (p.get("time") or "")[:5] != g["time"]:
                continue
            hit = i
            if p.get("kind") == g.get("kind"):
                break
        if hit is None:
            continue
        used.add(hit)
        tally["matched"] += 1
        tally["kind_ok"] += preds[hit].get("kind") == g.get("kind")
        tally["rel_hit"] += bool(g.get("relative"))
    extras = [p for i, p in enumerate(preds) if i not in used and p["date"] not in recital_dates]
    tally["pred"] = len(used) + len(extras)
    return tally


def summary(tallies: list[dict[str, int]]) -> dict[str, float]:
    """strict-F1, date-F1 and relative recall over many cases, as score.py prints them."""
    tot = {k: sum(t[k] for t in tallies) for k in ("gold", "pred", "matched", "kind_ok", "rel_gold", "rel_hit")}
    f1 = _f1(tot["matched"], tot["pred"], tot["gold"])
    strict = _f1(tot["kind_ok"], tot["pred"], tot["gold"])
    rel = tot["rel_hit"] / tot["rel_gold"] if tot["rel_gold"] else 1.0
    return {"strict_f1": strict, "date_f1": f1, "relative_recall": rel, **{k: float(v) for k, v in tot.items()}}


def _f1(hits: int, predicted: int, gold: int) -> float:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0
