"""Court names -> IANA time zones and holiday jurisdictions (every federal court, state courts).

A deadline "by 5:00 p.m." or "at midnight" means the court's clock, and Fed. R. Civ. P.
6(a)(6)(C) adds the holidays of the state where the court sits. This module reads the court
from the caption of an order and answers both questions:

    >>> court = identify_court("UNITED STATES DISTRICT COURT EASTERN DISTRICT OF VIRGINIA "
    ...                        "ALEXANDRIA DIVISION")
    >>> court.code, court.timezone, court.state, court.division
    ('vaed', 'America/New_York', 'VA', 'Alexandria')

Only a court named the way a caption names it counts: at the top of the text, after caption
words ("IN THE UNITED STATES DISTRICT COURT FOR THE") or alone on its line. Courts cited in
the body ("(9th Cir. 1998)", "the Southern District of New York has held") are ignored, and
text with no caption (docket-text orders) gives None so the caller can fall back to a user
setting. The tables live in `viewer.court_table` (federal) and `viewer.state_zones` (states);
the caption reading lives in `viewer._caption` and `viewer._state_caption`. Standard
library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from viewer import court_table as table
from viewer._caption import find_caption
from viewer.state_zones import COUNTY_ZONES, STATES, state_code


@dataclass(frozen=True)
class Court:
    """A court, with the zone its deadlines are kept in and whose holidays apply."""

    name: str  # "United States District Court for the Eastern District of Virginia"
    short: str  # "E.D. Va."
    code: str  # PACER court id ("vaed", "ca9", "nysb"); state courts: "state-ny"
    timezone: str  # IANA zone of the division or seat: "America/New_York"
    state: str  # postal code whose holidays apply under 6(a)(6)(C); "" for national courts
    division: str = ""  # "Alexandria"; a county for state courts ("Cook County")


# ---------------------------------------------------------------------------------------------
# The registry, built once from the tables.


def _district_short(direction: str, abbr: str) -> str:
    """Bluebook form: initials run together ("S.D.N.Y.", "D.N.J."), words take a space."""
    head = f"{direction[0]}.D." if direction else "D."
    return head + abbr if re.fullmatch(r"(?:[A-Z]\.)+", abbr) else f"{head} {abbr}"


def _district_name(code: str, state: str, direction: str) -> str:
    """The court's formal name; the three territorial courts have names of their own."""
    if code in table.TERRITORIAL_NAMES:
        return table.TERRITORIAL_NAMES[code]
    place = STATES[state][0]
    if state == "DC":  # "the District of Columbia", not "the District of District of ..."
        return "United States District Court for the District of Columbia"
    where = f"{direction} District of {place}" if direction else f"District of {place}"
    return f"United States District Court for the {where}"


def bankruptcy_code(district_code: str) -> str:
    """PACER's id for a district's bankruptcy court: "nysd" -> "nysb", "nmid" -> "nmib"."""
    return district_code[:-1] + "b"


def _build() -> dict[str, Court]:
    """Every court this module knows, keyed by code, in a stable order."""
    courts: dict[str, Court] = {}
    for code, state, direction, zone in table.DISTRICTS:
        district = Court(_district_name(code, state, direction),
                         _district_short(direction, STATES[state][1][0]), code, zone, state)
        courts[code] = district
        if code in table.TERRITORIAL_NAMES:  # territorial courts have bankruptcy divisions
            bankr_name = f"{district.name}, Bankruptcy Division"
        else:
            bankr_name = district.name.replace("District Court", "Bankruptcy Court")
        courts[bankruptcy_code(code)] = Court(bankr_name, "Bankr. " + district.short,
                                              bankruptcy_code(code), zone, state)
    for code, ordinal, abbr, zone, state in table.CIRCUITS:
        courts[code] = Court(f"United States Court of Appeals for the {ordinal} Circuit",
                             f"{abbr} Cir.", code, zone, state)
    for code, name, short, zone, state, _aliases in table.NATIONAL:
        courts[code] = Court(name, short, code, zone, state)
    for state, (full, abbrs, zone) in STATES.items():
        code = "state-" + state.lower()
        courts[code] = Court(f"{full} state court", f"{abbrs[0]} state court", code, zone, state)
    return courts


_COURTS: dict[str, Court] = _build()


def all_courts() -> tuple[Court, ...]:
    """Every court known: 94 districts and their bankruptcy courts, 13 courts of appeals,
    the national courts, and one generic entry per state or territory ("state-ny")."""
    return tuple(_COURTS.values())


def court_by_code(code: str) -> Court | None:
    """The court with this PACER-style id ("vaed", "ca9", "nysb", "ustc", "state-ny"), or None.

    The court comes without a division: for a district that spans two zones its zone is the
    eastern-most one (see `viewer.court_table`); `with_division` narrows it.
    """
    return _COURTS.get(code.strip().lower())


def timezone_for_state(state: str) -> str:
    """The main IANA zone of a state or territory ("TX" or "Texas" -> "America/Chicago").

    Raises ValueError for a name that is not a state, D.C. or a territory: a silent default
    zone would put deadlines at the wrong hour without anyone noticing.
    """
    code = state_code(state)
    if code is None:
        raise ValueError(f"not a U.S. state or territory: {state!r}")
    return STATES[code][2]


def with_division(court: Court, division: str) -> Court:
    """The court narrowed to a division (federal) or county (state court), with its zone.

    Division names are matched without case and without a trailing "Division" or "County"
    ("Pensacola", "PENSACOLA DIVISION", "El Paso County"); unknown names keep the court's zone.
    """
    key = re.sub(r"\s+(division|county|parish)$", "", " ".join(division.lower().split()))
    key = key.replace("\u2019", "'")
    if not key:
        return court
    if court.code.startswith("state-"):
        zone = COUNTY_ZONES.get(court.state, {}).get(key, STATES[court.state][2])
        label = _title(key) + (" Parish" if court.state == "LA" else " County")
    else:
        district = court.code[:-1] + "d" if court.code.endswith("b") else court.code
        zone = table.DISTRICT_DIVISIONS.get(district, {}).get(key, court.timezone)
        label = _title(key)
    return replace(court, timezone=zone, division=label)


def _title(words: str) -> str:
    """Title case for place names: "coeur d'alene" -> "Coeur d'Alene", "el paso" -> "El Paso"."""
    out = []
    for word in words.split():
        if re.match(r"d'[a-z]", word):
            out.append("d'" + word[2:].capitalize())
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(out)


def identify_court(text: str) -> Court | None:
    """The court whose caption heads `text`, with its division when the caption names one.

    `text` may be a whole order, its first page, a caption line, a citation-style name
    ("E.D. Va.", "SDNY", "9th Cir.") or a label such as "United States District Court,
    Southern District of Alabama". Returns None when nothing in caption position names a
    court: docket texts, and courts that appear only in citations or in the body.
    """
    found = find_caption(text)
    if found is None:
        return None
    court = _COURTS[found.code]
    if found.name:  # a state court as its caption names it, rather than "Texas state court"
        court = replace(court, name=found.name, short=found.short)
    return with_division(court, found.division) if found.division else court
