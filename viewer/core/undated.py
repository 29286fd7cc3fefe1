"""Obligations the order sets without a date: post a bond, serve the order, act "within a
reasonable time", keep doing something "until" an event. Each is calendared as an undated reminder.
"""

from __future__ import annotations

import re

from viewer.core import classify
from viewer.core.fastre import Folded, guarded

_BOND = guarded(r"\bpost\s+(?:a\s+|the\s+)?(?:bond|security)\b|\bbond\s+in\s+the\s+amount\b", re.I)
_SERVE_ORDER = guarded(r"\b(?:shall|must|may)\s+(?:be\s+)?serve[ds]?\b|\bmay\s+be\s+served\b|"
                       r"\b(?:ordered|directed)\s+to\s+serve\b", re.I)
_HINT_WORDS = ("bond", "security", "serve", "reasonable", "forthwith", "immediately", "practicable", "until")
HINT = Folded("|".join(_HINT_WORDS), starts=_HINT_WORDS)
_REASONABLE = guarded(r"(?:within\s+a\s+reasonable\s+time|forthwith|as\s+soon\s+as\s+practicable|"
                         r"(?<=shall\s)immediately|(?<=must\s)immediately)"
                         r"[^.;,]{0,70}", re.I)
_REASONABLE_WORDS = ("reasonable", "forthwith", "practicable", "immediately")
_UNTIL = guarded(r"\b(?:refrain|shall\s+not|maintain|preserve)\b[^.;]{0,120}\buntil\s+(?P<cond>[^.;]{5,80})", re.I)


def duties(sentence: str) -> list[tuple[str, str]]:
    """(kind, title) of each undated duty the sentence sets."""
    found = []
    low = sentence.lower()  # (a plain look for each pattern's own word first: most sentences have none)
    if ("bond" in low or "security" in low) and _BOND.search(sentence):
        found.append(("other", "Post bond / security"))
    elif "serve" in low and _SERVE_ORDER.search(sentence) and re.search(r"\border\b", sentence, re.I):
        found.append(("service", "Serve the order and notice"))
    elif any(w in low for w in _REASONABLE_WORDS) and (reasonable := _REASONABLE.search(sentence)):
        found.append(("other", reasonable.group(0)[0].upper() + reasonable.group(0)[1:]))
    until = _UNTIL.search(sentence) if "until" in low else None
    if until and not found:
        found.append(("other", f"Duty lasts until {until.group('cond').split(',')[0].strip()}"))
    if found and classify.PAST.search(sentence) and not classify.DIRECTIVE.search(sentence):
        return []  # (tested last: most sentences name no undated duty at all)
    return found
