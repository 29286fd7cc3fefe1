"""Content words of a title or phrase, normalised, for matching anchors and telling duplicates apart.

"the Final Pretrial Conference" and "final pre-trial conferences" share {final, pretrial, conference}.
"""

from __future__ import annotations

import re
from functools import lru_cache

_STOP = frozenset("the a an of to on in for by and or this that its their any all shall be date "
                  "matter court s due party parties plaintiff plaintiffs defendant defendants "
                  "counsel each with if deadline filed file".split())
_SYNONYMS = {"pre-trial": "pretrial", "responses": "response", "opposition": "response",
             "oppositions": "response", "replies": "reply", "briefs": "brief", "motions": "motion",
             "conferences": "conference", "hearings": "hearing", "argued": "argument",
             # ("14 days after the close of discovery" is the day "All discovery will be completed")
             "close": "complete", "closes": "complete", "closed": "complete", "closing": "complete",
             "completion": "complete", "completed": "complete", "cutoff": "complete", "cut-off": "complete"}


@lru_cache(maxsize=4096)
def words(text: str) -> frozenset[str]:
    """Content words, normalised, for matching anchors and duplicates."""
    found = re.findall(r"[a-z][a-z'-]+", text.lower())
    bare = (re.sub(r"'s?$", "", w) for w in found)
    return frozenset(_stem(_SYNONYMS.get(w, w)) for w in bare if w not in _STOP) - _STOP


def _stem(word: str) -> str:
    """Crude suffix stripping so "meeting" finds "meet" and "filings" finds "filing"."""
    for suffix in ("ings", "ing", "ures", "ure", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word
