"""The court's zone when no court is named: what the order itself says about where it sits.

Docket texts and reporter excerpts often drop the caption. The order may still say "10:00 a.m.
Pacific Time", or give the courtroom's address ("Courtroom F, 450 Golden Gate, San Francisco,
California"). Those are better evidence than a default zone; each clue is quoted back so counsel
can see why, and the user's choice (Review > Time zone when no court is named) still applies
when the order says nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from viewer.core.patterns import TIME
from viewer.core.vocabulary import ZONES
from viewer.state_zones import COUNTY_ZONES, STATES, state_code


@dataclass(frozen=True)
class ZoneClue:
    """A zone the order points to, the state when an address names one, and the words that say so."""

    timezone: str
    state: str
    evidence: str


# A courthouse address: "Courtroom 602, Phoenix, AZ", "U.S. District Court, 450 Golden Gate, San
# Francisco, California", "the SPRING STREET COURTHOUSE" (no state: not used).
_STATE = "|".join(sorted((re.escape(full) for full, _abbrs, _zone in STATES.values()), key=len, reverse=True))
_PLACE = re.compile(r"\b(?:courtroom|courthouse|federal\s+building|district\s+court|department\s+\d+)\b"
                    r"[^.;\n]{0,90}?,\s*(?P<city>[A-Z][A-Za-z. ]{2,30}),\s*"
                    rf"(?P<state>{_STATE}|(?-i:[A-Z]{{2}}))\b", re.I)


# Where a sitting is held: "The jury trial is set for February 28, 2023, at 9:00 a.m. in SEATTLE, Washington"
# (the state spelled out: a bare "in Dallas, TX" in a recital of facts is weaker evidence).
_SITTING_PLACE = re.compile(r"\b(?:trial|hearing|conference|argument|sentencing|court|[ap]\.m\.)[^.;\n]{0,60}?"
                            rf"\b(?P<where>in\s+(?P<city>[A-Z][A-Za-z. ]{{2,30}}),\s*(?P<state>{_STATE}))\b", re.I)


# One state's own citation forms: a ruling that cites "Code Civ. Proc." or the "California Rules of Court" and names
# no court is a California court's. (Weaker than a stated zone or a courthouse address: tried last.)
_STATE_LAW = {
    "CA": re.compile(r"\bCode\s+Civ\.\s*Proc\.|\b(?:Cal\.|California)\s*Rules\s+of\s+Court\b|\bCCP\s*(?:§|section)", re.I),
    "TX": re.compile(r"\bTex\.\s*R\.\s*(?:Civ|App)\.\s*P\.|\bTexas\s+Rules?\s+of\s+(?:Civil|Appellate)\s+Procedure\b", re.I),
    "FL": re.compile(r"\bFla\.\s*R\.\s*(?:Civ|App|Gen|Jud)\.|\bFlorida\s+Rules?\s+of\s+(?:Civil|Appellate)\s+Procedure\b", re.I),
    "NY": re.compile(r"\bCPLR\b"),
    "IL": re.compile(r"\bIll\.\s*S\.\s*Ct\.\s*R\.|\b735\s+ILCS\b"),
    "PA": re.compile(r"\bPa\.\s*R\.\s*(?:C|Civ|A)\.\s*P\.", re.I),
    "GA": re.compile(r"\bO\.C\.G\.A\."),
    "WA": re.compile(r"\bRCW\s+\d"),
    "MI": re.compile(r"\bMCR\s+\d"),
}


def infer_zone(text: str) -> ZoneClue | None:
    """The zone the order's own words point to, or None when they point nowhere (or disagree)."""
    return (_from_times(text) or _from_address(text) or _from_lower_court(text) or _from_case_number(text) or _from_law(text)
            or _from_state_party(text))


# A state named as a party at the head: "GOVERNOR OF THE STATE OF HAWAI'I ... Defendants-Appellees", "State of
# Minnesota, Appellant, v. ...". Weakest of the clues (a state may be sued elsewhere): tried last, one state only.
_STATE_PARTY = re.compile(rf"\b(?:state|commonwealth)\s+of\s+(?P<state>{_STATE})\b", re.I)
_OKINA = str.maketrans("", "", "'\u2018\u2019\u02bb#")  # ("Hawai\u2018i", "Hawai#i": the islands' own spelling)


# A federal case where a state is a party sits where the federal court does ("State of Alaska v. National Marine
# Fisheries Service ... 9th Cir. R. 31-2.1"): no state-party clue there.
_FEDERAL = re.compile(r"\bFRAP\b|\bFed\.\s*R\.\s*(?:Civ|App|Crim)\.|\bFederal\s+Rules?\s+of\s+(?:Civil|Appellate|Criminal)\b|"
                      r"\bCir\.\s*R\.|\bUnited\s+States\s+(?:District|Magistrate|Court\s+of\s+Appeals)\b|\bMagistrate\s+Judge\b")


def _from_state_party(text: str) -> ZoneClue | None:
    head = " ".join(text[:1500].split())
    if _FEDERAL.search(text):
        return None
    head = re.sub(r"(?i)hawai\S?i", lambda w: w.group(0).translate(_OKINA), head)
    found = [(code, m.group(0)) for m in _STATE_PARTY.finditer(head)
             if (code := state_code(m.group("state"))) is not None and code in STATES]
    if not found or len({code for code, _ in found}) != 1:
        return None
    code, words = found[0]
    return ZoneClue(STATES[code][2], code, words)


# An appellate order names the court below and its county: "Appeal from the Probate Court No. 2 of El Paso County,
# Texas", "From the 249th District Court / Johnson County, Texas". Courts of appeals sit in the region they hear.
_LOWER_COURT = re.compile(r"\bfrom\s+the\s+[^;]{0,80}?\b(?P<county>[A-Z][A-Za-z.'\u2019]*(?:\s[A-Z][A-Za-z.'\u2019]*){0,2})"
                          rf"\s+County,\s*(?P<state>{_STATE})\b")


def _from_lower_court(text: str) -> ZoneClue | None:
    found = _LOWER_COURT.search(" ".join(text[:3000].split()))
    code = state_code(found.group("state")) if found else None
    if found is None or code is None or code not in STATES:
        return None
    zone = COUNTY_ZONES.get(code, {}).get(found.group("county").lower(), STATES[code][2])
    return ZoneClue(zone, code, " ".join(found.group(0).split()))


# The Los Angeles Superior Court numbers its cases by year, courthouse and case type: "23SMCV05675" (Santa Monica,
# civil), "22STCV28706" (Stanley Mosk), "26NNCV01782" (Alhambra). Its posted rulings head with that number and name
# no court.
_LA_NUMBER = re.compile(r"\bcase\s+(?:number|no\.?)\s*:?\s*(?P<number>\d{2}[A-Z]{2}(?:CV|CP|LC|PR|UD)\d{5})\b", re.I)


def _from_case_number(text: str) -> ZoneClue | None:
    found = _LA_NUMBER.search(text[:2000])
    if found is None:
        return None
    return ZoneClue(STATES["CA"][2], "CA", f"{' '.join(found.group(0).split())}, a Los Angeles Superior Court number")


def _from_law(text: str) -> ZoneClue | None:
    cited = {code: found for code, pattern in _STATE_LAW.items() if (found := pattern.search(text))}
    if len(cited) != 1:
        return None  # none, or several states' law: no single answer
    code, found = next(iter(cited.items()))
    return ZoneClue(STATES[code][2], code, " ".join(found.group(0).split()))


def _from_times(text: str) -> ZoneClue | None:
    stated = [(ZONES[m.group("zone").lower()], m.group(0).strip()) for m in TIME.finditer(text) if m.group("zone")]
    zones = Counter(zone for zone, _ in stated)
    if len(zones) != 1:
        return None  # none stated, or more than one: no single answer
    zone = next(iter(zones))
    return ZoneClue(zone, "", next(words for z, words in stated if z == zone))


def _from_address(text: str) -> ZoneClue | None:
    found = []
    flat = " ".join(text.split())  # addresses wrap across lines
    for m in [*_PLACE.finditer(flat), *_SITTING_PLACE.finditer(flat)]:
        code = state_code(m.group("state").strip())
        if code is not None and code in STATES:
            words = m.groupdict().get("where") or m.group(0)
            found.append(ZoneClue(STATES[code][2], code, " ".join(words.split())))
    if not found or len({clue.timezone for clue in found}) != 1:
        return None
    return found[0]
