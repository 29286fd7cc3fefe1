"""State-court captions: "Circuit Court of Cook County, Illinois" -> state-il, Cook County.

Private helper of `viewer._caption`. A state court is recognised by a court-type phrase at the
head of a caption line ("IN THE DISTRICT COURT OF", "SUPREME COURT OF THE STATE OF",
"Superior Court of") followed, within a few lines, by a state name; "COMMONWEALTH OF
MASSACHUSETTS" on a line above also counts. The county, when the caption names one, becomes the
court's division so split states (Texas, Florida, Tennessee, ...) get the county's zone.
"""

from __future__ import annotations

import re

from viewer import court_table as table
from viewer._caption import CAPTION_WINDOW, Found, _prefix_start, _sentence_follows
from viewer.core.vocabulary import ORDINAL_WORDS
from viewer.state_zones import COUNTY_ZONES, STATES


def _words(phrase: str) -> str:
    """A literal phrase as a pattern: any whitespace between words, optional apostrophes."""
    return r"\s+".join(re.escape(w) for w in phrase.split()).replace("'", "['\u2019]?")


_TYPE = re.compile(
    r"\b(?P<type>(?P<word>" + "|".join(_words(t) for t in table.STATE_COURT_TYPES)
    + r")\s+court|(?:(?:" + "|".join(w for w, n in ORDINAL_WORDS.items() if n <= 14) + r")\s+)?"
    # (Texas's fourteen courts of appeals: "IN THE / TENTH COURT OF APPEALS", "In The Fourteenth Court of Appeals")
    r"court\s+of\s+(?P<of>common\s+pleas|chancery|appeals|criminal\s+appeals|"
    r"special\s+appeals|claims)|general\s+court\s+of\s+justice)\b", re.I)
_STATE_NAMES = {" ".join(full.lower().split()): code for code, (full, _a, _z) in STATES.items()}
_STATE = re.compile(r"\b(?P<name>" + "|".join(
    _words(n) for n in sorted(_STATE_NAMES, key=len, reverse=True)) + r")\b", re.I)
_HEAD = re.compile(r"\s*(?:(?:the\s+)?(?:state|commonwealth|territory)\s+of\s+[A-Za-z .]{2,30}?"
                   r"[\s,]*)?(?:in\s+(?:and\s+for\s+)?(?:the\s+)?|the\s+)?"
                   # ("MINNESOTA COURT OF APPEALS", "Michigan Supreme Court": the state's name heads the court's)
                   r"(?P<named>" + _STATE.pattern.replace("?P<name>", "?:") + r"\s+)?", re.I)
_COUNTY_OF = re.compile(r"\b(?:county|parish)\s+of\s+(?P<name>[A-Za-z][\w.'\u2019-]*"
                        r"(?:[ \t]+[A-Za-z][\w.'\u2019-]*){0,2})", re.I)
_X_COUNTY = re.compile(r"(?P<name>(?:[A-Za-z][\w.'\u2019-]*[ \t]+){1,3}?)(?:county|parish)\b"
                       r"(?![ \t]+of\b)", re.I)
_STOP = {"of", "for", "and", "in", "the", "court", "courts", "circuit", "district", "superior",
         "supreme", "judicial", "state", "commonwealth", "at", "county"}
_TRAIL_STOP = {"index", "no", "no.", "case", "civil", "central", "district", "division",
               "state", "court", "plaintiff", "petitioner", "in", "and", "at", "law", "the"}
_SHORT_TYPE = {"supreme": "Sup. Ct.", "superior": "Super. Ct.", "circuit": "Cir. Ct.",
               "district": "Dist. Ct.", "county": "Cnty. Ct.", "family": "Fam. Ct.",
               "probate": "Prob. Ct.", "surrogate's": "Sur. Ct.", "surrogates": "Sur. Ct.",
               "municipal": "Mun. Ct.", "chancery": "Ch.", "common pleas": "Ct. Com. Pl.",
               "appeals": "Ct. App.", "criminal appeals": "Crim. App."}
_SMALL = {"of", "the", "for", "and", "in", "at"}


def _state_near(s: str, start: int, end: int, last: bool = False) -> tuple[str, int, int] | None:
    """The first (or last) state name in s[start:end] used as a state, not as a county
    ("Washington County") or a county's name ("County of Washington"): (code, start, end)."""
    matches = list(_STATE.finditer(s, start, end))
    for m in reversed(matches) if last else matches:
        after, before = s[m.end():m.end() + 20], s[max(0, m.start() - 12):m.start()]
        if re.match(r"[ \t]+(?:county|parish)\b(?![ \t]+of)", after, re.I) or \
                re.search(r"(?:county|parish)\s+of\s+$", before, re.I):
            continue
        return _STATE_NAMES[" ".join(m.group("name").lower().split())], m.start(), m.end()
    return None


def _county(s: str, start: int, end: int, state: str) -> str:
    """The county named in s[start:end] (without the word "County"), or ""."""
    known = COUNTY_ZONES.get(state, {})
    best: tuple[int, str] | None = None
    for m in _COUNTY_OF.finditer(s, start, end):
        words = m.group("name").split()
        for n in range(len(words), 0, -1):  # the longest run that is a known county
            if " ".join(words[:n]).lower() in known:
                words = words[:n]
                break
        else:
            cut = next((i for i, w in enumerate(words) if w.lower() in _TRAIL_STOP), len(words))
            words = words[:cut]
        if words and (best is None or m.start() < best[0]):
            best = (m.start(), " ".join(words))
    for m in _X_COUNTY.finditer(s, start, end):
        words = m.group("name").split()  # "COMMON PLEAS OF PHILADELPHIA" -> "PHILADELPHIA"
        stops = [i for i, w in enumerate(words) if w.lower() in _STOP]
        words = words[stops[-1] + 1:] if stops else words
        if words and (best is None or m.start() < best[0]):
            best = (m.start(), " ".join(words))
    return best[1] if best else ""


def _tidy(phrase: str) -> str:
    """One line, and capitals turned into title case ("CIRCUIT COURT OF COOK COUNTY")."""
    phrase = " ".join(phrase.split()).strip(" ,;:")
    if re.search(r"[a-z]", phrase):
        return phrase
    words = phrase.lower().split()
    return " ".join(w if w in _SMALL and i else w.capitalize() for i, w in enumerate(words))


def state_courts(s: str, federal: list[tuple[int, int]]) -> list[Found]:
    """State courts named in caption position in `s` (normalised text), in text order.

    `federal` holds the spans of federal courts already found; a state-court phrase that
    contains one ("IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF NEW JERSEY") is
    the federal caption, not a state one.
    """
    found = []
    for m in _TYPE.finditer(s, 0, CAPTION_WINDOW):
        line_start = _prefix_start(s, m.start())
        head = _HEAD.fullmatch(s[line_start:m.start()])
        if not head:
            continue
        rest = s[m.end():m.end() + 60]
        line = rest.split("\n", 1)[0]
        if not re.match(r"\s*(?:of\b|for\b|in\b|,|-|\n|$)", rest, re.I) \
                and re.search("[a-z]", line):
            continue  # "the circuit court erred": a sentence, not a caption
        if head.group("named"):  # (alone on its line: "the Ohio Supreme Court in Smith held" is a sentence)
            if line.strip(" \t,") or not re.fullmatch(r"[^\n]*\n?", s[line_start:m.end()]):
                continue
            found.append(_named_first(s, m, line_start + head.start("named"), head.group("named")))
            continue
        state = _state_near(s, m.end(), m.end() + 250)
        after = state is not None
        if state is None:
            state = _state_near(s, max(0, m.start() - 200), m.start(), last=True)
        if state is None:
            continue
        code, st_start, st_end = state
        if after and _sentence_follows(s[st_end:st_end + 80].split("\n", 1)[0]):
            continue  # "The state court of Georgia held ...": a sentence about a court
        lo, hi = min(m.start(), st_start), max(m.end(), st_end)
        if any(f_start < hi and lo < f_end for f_start, f_end in federal):
            continue
        phrase = s[m.start():st_end] if after and s.count("\n", m.start(), st_end) <= 2 \
            else f"{_tidy(m.group('type'))}, {STATES[code][0]}"
        kind = " ".join((m.group("word") or m.group("of") or "").lower().split())
        short = f"{STATES[code][1][0]} {_SHORT_TYPE.get(kind, 'Ct.')}"
        county = _county(s, lo, hi + 200, code)
        found.append(Found("state-" + code.lower(), m.start(), hi, county, _tidy(phrase), short))
    return found


def _named_first(s: str, m: re.Match[str], start: int, named: str) -> Found:
    """A court whose state's name comes first: "MINNESOTA COURT OF APPEALS"."""
    code = _STATE_NAMES[" ".join(named.lower().split())]
    kind = " ".join((m.group("word") or m.group("of") or "").lower().split())
    phrase = _tidy(f"{named} {m.group('type')}")
    return Found("state-" + code.lower(), start, m.end(), _county(s, start, m.end() + 200, code), phrase,
                 f"{STATES[code][1][0]} {_SHORT_TYPE.get(kind, 'Ct.')}")
