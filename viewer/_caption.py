"""Reading the court out of a caption: name patterns, position and context rules.

Private helper of `viewer.courts`. The approach:

1. Normalise the text (OCR letter-spacing, hyphenated line breaks, ECF page headers).
2. Find every court name. Full names ("Eastern District of Virginia", "Ninth Circuit") are
   searched in a *squeezed* copy of the text (letters and digits only, lower case, with the
   usual OCR confusions folded), so "EASTERN  DISTRICT OF\\nVIR-\\nGINIA" still matches.
   Citation forms ("E.D. Va.", "S.D.N.Y.", "SDNY", "9th Cir.") are regular expressions.
3. Keep a name only where a caption would put it: the words before it on its line are caption
   words ("IN THE UNITED STATES DISTRICT COURT FOR THE"), or it stands alone on its line, and
   it is not inside a parenthesised citation or followed by a sentence ("... has held").
4. State courts: a court-type phrase ("Circuit Court of", "SUPREME COURT OF THE STATE OF")
   at the head of a line, followed by a state name, and a county where one is named.
5. The earliest surviving name wins: captions come first, cited courts later.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from viewer import court_table as table
from viewer.state_zones import STATES

CAPTION_WINDOW = 1500  # a caption without caption words must start within this many characters
KEYWORD_WINDOW = 3000  # one introduced by "UNITED STATES DISTRICT COURT" may start a bit later

_FOLD = str.maketrans({"l": "i", "1": "i", "|": "i", "0": "o"})  # OCR: l/1/I and 0/O


def fold(text: str) -> str:
    """Lower-case letters and digits only, with OCR look-alikes folded together."""
    return re.sub(r"[^a-z0-9|]", "", text.lower()).translate(_FOLD)


def _vocab(*words: str) -> re.Pattern[str]:
    """A pattern for squeezed text made only of these words (longest alternatives first)."""
    alts = sorted({fold(w) for w in words}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(alts) + ")*")


_CAPTION_WORDS = _vocab("in", "the", "for", "of", "and", "united", "states", "us", "usa",
                        "district", "bankruptcy", "bankr", "court", "courts", "appeals")
_COURT_LINE = re.compile("(?:inthe)?(?:unitedstates|us)?(?:(?:district|bankruptcy)court|"
                         + fold("courtofappeals") + ")(?:forthe|of)?")
_APPEALS, _BANKR = fold("appeals"), fold("bankr")
_CIRCUIT_CODES = frozenset(row[0] for row in table.CIRCUITS)
_DISTRICT_CODES = frozenset(row[0] for row in table.DISTRICTS)


@dataclass(frozen=True)
class Found:
    """A court found in caption position: its code and what the caption adds to it."""

    code: str
    start: int
    end: int
    division: str = ""  # a federal division, or a county for a state court
    name: str = ""  # for state courts: the court as the caption names it
    short: str = ""


@dataclass(frozen=True)
class _Alias:
    code: str
    kind: str  # "district", "circuit", "national", "local" (a D.C./territory court), "cite"


# ---------------------------------------------------------------------------------------------
# Name patterns, built once from the tables.

def _squeezed_aliases() -> dict[str, _Alias]:
    """Full names in squeezed form -> court. Longer names win where two overlap."""
    out: dict[str, _Alias] = {}
    for code, state, direction, _zone in table.DISTRICTS:
        place = STATES[state][0].replace("District of ", "")  # D.C.: "District of Columbia"
        names = [f"{direction} District of {place}", f"{direction} District of the {place}"]
        if state in ("GU", "VI", "MP"):
            names += [f"District Court of {place}", f"District Court of the {place}",
                      f"District Court for the {place}"]
        if state == "MP":  # "UNITED STATES DISTRICT COURT / FOR THE NORTHERN MARIANA ISLANDS"
            names.append(place)
        for name in names:
            out[fold(name)] = _Alias(code, "district")
    for code, ordinal, abbr, _zone, _state in table.CIRCUITS:
        for word in {ordinal, abbr, abbr.replace("2d", "2nd").replace("3d", "3rd")}:
            out[fold(f"{word} Circuit")] = _Alias(code, "circuit")
    out[fold("District of Columbia Circuit")] = _Alias("cadc", "circuit")
    for code, name, _short, _zone, _state, aliases in table.NATIONAL:
        for alias in (name, *aliases):
            out[fold(alias)] = _Alias(code, "national")
    # Local courts whose names contain a federal one: D.C.'s own courts, territorial courts.
    for name, code in (("Superior Court of the District of Columbia", "state-dc"),
                       ("District of Columbia Court of Appeals", "state-dc"),
                       ("Superior Court of the Virgin Islands", "state-vi"),
                       ("Supreme Court of the Virgin Islands", "state-vi")):
        out[fold(name)] = _Alias(code, "local")
    return out


def _cite_pattern(abbr: str) -> str:
    """ "E.D. Va." -> a pattern allowing "E.D.Va.", "E. D. Va" (final period optional)."""
    body = r"\.\s*".join(re.escape(part.strip()) for part in abbr.rstrip(".").split("."))
    return body + r"\b\.?"


def _cite_aliases() -> list[tuple[re.Pattern[str], _Alias]]:
    """Citation forms: Bluebook district and circuit abbreviations, "SDNY"-style acronyms."""
    patterns: list[tuple[str, _Alias]] = []
    multi = {state for _c, state, direction, _z in table.DISTRICTS if direction}
    for code, state, direction, _zone in table.DISTRICTS:
        head = f"{direction[0]}.D." if direction else "D."
        # "N.D. Cal.", and the full name reporters print: "United States District Court, N.D. California".
        for abbr in (*STATES[state][1], STATES[state][0]):
            for form in (head + abbr, (head + " " + abbr)):
                patterns.append((_cite_pattern(form), _Alias(code, "cite")))
                patterns.append((_cite_pattern(form.upper()), _Alias(code, "cite")))
        if state in multi or code in ("dcd", "njd", "prd"):
            acronym = (direction[0] if direction else "") + "D" + state
            patterns.append((re.escape(acronym) + r"\b", _Alias(code, "cite")))
    for code, ordinal, abbr, _zone, _state in table.CIRCUITS:
        words = {ordinal, abbr, abbr.replace("2d", "2nd").replace("3d", "3rd")}
        words.discard("District of Columbia")
        for word in words:
            patterns.append((_cite_pattern(word) + r"\s*Cir\b\.?", _Alias(code, "cite")))
    patterns.append((r"Fed\.\s*Cl\b\.?", _Alias("cofc", "cite")))
    patterns.append((r"Ct\.\s*Int['’]l\s*Trade\b", _Alias("cit", "cite")))
    return [(re.compile(r"(?<![A-Za-z0-9.])" + p), alias) for p, alias in patterns]


_SQUEEZED = _squeezed_aliases()
_SQUEEZED_RE = re.compile("|".join(re.escape(a) for a in sorted(_SQUEEZED, key=len,
                                                                     reverse=True)))
_CITES = _cite_aliases()

# ---------------------------------------------------------------------------------------------
# Normalisation.

# "Case 1:24-cv-02323 Document 5 Filed 12/20/24 Page 1 of 12 PageID# 101" (district ECF) and
# "Case: 22-15000, 03/01/2023, ID: 12345678, DktEntry: 15, Page 1 of 2" (courts of appeals).
# Bounded lazy gaps keep the pattern linear on long lines.
_ECF_HEADER = re.compile(r"Case:?[ \t]*\d[\w:.-]*[^\n]{0,80}?(?:Document|DktEntry)[^\n]{0,120}?"
                         r"Page[ \t]*\d+[ \t]*of[ \t]*\d+"
                         r"(?:[ \t]*Page[ \t]*ID[ \t]*#?:?[ \t]*\d+)?", re.I)
_LETTER_SPACED = re.compile(r"\b(?:[A-Z] ){2,}[A-Z]\b")


def normalize(text: str) -> str:
    """Join OCR letter-spacing ("D I S T R I C T") and hyphenated line breaks, drop ECF page
    headers, collapse runs of spaces. Newlines stay: they mark caption lines."""
    text = unicodedata.normalize("NFKC", text)  # full-width letters, ligatures, odd spaces
    text = text.replace("\u00a0", " ").replace("\r", "\n").replace("\t", " ")
    text = _ECF_HEADER.sub("\n", text)
    text = _LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), text)
    text = re.sub(r"([A-Za-z])-[ ]*\n[ ]*([A-Za-z])", r"\1\2", text)
    return re.sub(r"[ ]{2,}", " ", text)


def _squeeze(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, for each of its characters, the index it came from in `text`."""
    chars, index = [], []
    for i, ch in enumerate(text):
        low = ch.lower()  # per character: str.lower() of the whole text can change its length
        if len(low) == 1 and low.isascii() and (low.isalnum() or low == "|"):
            chars.append(low)
            index.append(i)
    return "".join(chars).translate(_FOLD), index


# ---------------------------------------------------------------------------------------------
# Context rules.

_BOUNDARY = re.compile(r"\n|(?<=[A-Za-z]{2}[.!?;:])\s|(?<=[a-z]{2}\.)(?=[A-Z][a-z])")  # (a reporter's glued head:
# "No. 82-93-Appeal.Supreme Court of Rhode Island.")
_DIVISION = re.compile(r"[\s,;:(\u2013\u2014-]*(?:the\s+)?(?P<name>[A-Za-z][A-Za-z.'\u2019]*"
                       r"(?:[ \t-]+[A-Za-z][A-Za-z.'\u2019]*){0,2}?)[ \t]+division\b", re.I)
_AT_CITY = re.compile(r"[\s,;:(\u2013\u2014-]*(?:sitting\s+)?(?:at|AT|At)[ \t]+"
                      r"(?P<name>[A-Z][A-Za-z.'\u2019]+(?:[ \t]+[A-Z][A-Za-z.'\u2019]+)?)")
_DIVISION_OF = re.compile(  # "DIVISION OF ST. CROIX"; the name must be capitalised
    r"[\s,;:(\u2013\u2014-]*(?i:division[ \t]+of)[ \t]+"
    r"(?P<name>[A-Z][A-Za-z.'\u2019]*(?:[ \t]+[A-Z][A-Za-z.'\u2019]*){0,2})")
_NOT_DIVISIONS = {"civil", "criminal", "law", "chancery", "family", "probate", "general",
                  "special", "trial", "appellate", "juvenile", "the", "this", "said", "its"}
_ABBREVIATION = re.compile(r"\b(?:cf|bankr|fed|supp|app|cir|ct|dist|no|nos|inc|co|corp|ltd|"
                           r"jr|sr|st|mr|ms|mrs|dr|ex|rel|ed|div|dep't|gov't)\.$", re.I)
_CASE_LINE = re.compile(r"[\s,(]*(?:case|civil|criminal|no\.|docket|c\.a\.|index|misc)", re.I)


def _prefix_start(s: str, start: int) -> int:
    """Where the line or sentence holding position `start` begins (at most 200 back).

    A period after an abbreviation ("Cf.", "Bankr.", "Inc.") does not end a sentence: "Cf.
    Bankr. N.D. Ala." must keep its signal in front of the court, or it would read as a
    caption line of its own.
    """
    lo = max(0, start - 200)
    ends = [m.end() for m in _BOUNDARY.finditer(s, lo, start + 2)  # (+2: a glued head's lookahead reads on)
            if m.end() <= start and (s[m.start() - 1:m.start()] != "." or not _ABBREVIATION.search(s, lo, m.start()))]
    return ends[-1] if ends else lo


def _previous_line(s: str, line_start: int) -> str:
    """The last non-blank line before `line_start`, squeezed ("" when none)."""
    before = s[:line_start].rstrip()
    return fold(before.rsplit("\n", 1)[-1]) if before and line_start and \
        s[line_start - 1] == "\n" else ""


def _in_citation(s: str, start: int, end: int, kind: str) -> bool:
    """True inside "(...)" that reads like a citation: a year, "v.", or an abbreviated court."""
    open_at = s.rfind("(", max(0, start - 200), start)
    if open_at < 0 or ")" in s[open_at:start]:
        return False
    close_at = s.find(")", end, end + 200)
    if close_at < 0 or "(" in s[end:close_at]:
        return False
    inside = s[open_at + 1:close_at]
    return kind == "cite" or bool(re.search(r"\b(?:1[6-9]|20)\d\d\b|\sv\.\s", inside))


def _division_after(s: str, end: int) -> str:
    """The division named right after the district ("ALEXANDRIA DIVISION", "at Knoxville")."""
    window = s[end:end + 160]
    m = _DIVISION.match(window)
    if m and m.group("name").lower() not in _NOT_DIVISIONS:
        return m.group("name")
    m = _AT_CITY.match(window) or _DIVISION_OF.match(window)
    return m.group("name") if m else ""


def _sentence_follows(rest: str) -> bool:
    """The name runs on into a sentence ("... has held", "'s local rules")."""
    if _DIVISION.match(rest) or _AT_CITY.match(rest):
        return False
    return bool(re.match(r"[\s,;:\u2013\u2014-]*(?:['\u2019]s\b|[a-z])", rest))


def _caption_suffix(rest: str) -> bool:
    """What follows on the line fits a caption: nothing, a division, capitals, a case number."""
    rest = rest.strip()
    return (not re.search(r"[A-Za-z0-9]", rest) or bool(_DIVISION.match(rest))
            or bool(_AT_CITY.match(rest)) or not re.search(r"[a-z]", rest)
            or bool(_CASE_LINE.match(rest)))


def _federal(s: str) -> list[Found]:
    """Federal (and D.C./territorial local) courts named in caption position, in text order."""
    hits: list[tuple[int, int, _Alias]] = []
    squeezed, index = _squeeze(s)
    for m in _SQUEEZED_RE.finditer(squeezed):
        hits.append((index[m.start()], index[m.end() - 1] + 1, _SQUEEZED[m.group()]))
    for pattern, alias in _CITES:
        hits.extend((m.start(), m.end(), alias) for m in pattern.finditer(s))
    found = []
    for start, end, alias in sorted(hits, key=lambda h: h[0]):
        if accepted := _accept(s, start, end, alias):
            found.append(accepted)
    return found


def _accept(s: str, start: int, end: int, alias: _Alias) -> Found | None:
    """The court at s[start:end] if it sits where a caption puts a court, else None."""
    if start >= KEYWORD_WINDOW or (start and s[start - 1].isalnum()):
        return None
    if _in_citation(s, start, end, alias.kind):
        return None
    if alias.kind == "cite" and re.search(r"\d\s*$", s[max(0, start - 8):start]):
        return None  # a reporter ("150 Fed. Cl. 123"), not a court
    line_start = _prefix_start(s, start)
    prefix = fold(s[line_start:start])
    if not _CAPTION_WORDS.fullmatch(prefix):
        return None
    above = _previous_line(s, line_start)
    above = above if _COURT_LINE.fullmatch(above) else ""
    rest = s[end:s.find("\n", end) if "\n" in s[end:end + 200] else end + 200]
    if alias.code in _CIRCUIT_CODES:
        keyword = _APPEALS in prefix or _APPEALS in above
    else:
        keyword = "court" in prefix or "court" in above or "court" in fold(s[start:end])
    if keyword:
        if _sentence_follows(rest):
            return None
    elif start >= CAPTION_WINDOW or prefix not in ("", "the", "forthe", "inthe", _BANKR) \
            or not _caption_suffix(rest):
        return None
    code, division = alias.code, ""
    if alias.code in _DISTRICT_CODES:
        division = _division_after(s, end)
        bankr = _BANKR in prefix or _BANKR in above or \
            re.search(r"Bankr\.\s*$", s[max(0, start - 12):start])
        if bankr or division.lower() == "bankruptcy":
            code = code[:-1] + "b"
        if division.lower() == "bankruptcy":
            division = ""
    return Found(code, start, end, division)


def find_caption(text: str) -> Found | None:
    """The court named in caption position nearest the top of `text`, or None."""
    from viewer._state_caption import state_courts  # noqa: PLC0415 - keeps this module small

    s = normalize(text[: KEYWORD_WINDOW * 2])
    federal = _federal(s)
    candidates = federal + state_courts(s, [(f.start, f.end) for f in federal])
    return min(candidates, key=lambda f: f.start) if candidates else None
