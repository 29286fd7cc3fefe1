"""The legal holidays of a federal district court, for `viewer.core.courtdays`, from `holidays`.

Fed. R. Civ. P. 6(a)(6) makes three lists of legal holidays:
  (A) the statutory federal holidays as observed (5 U.S.C. 6103): `holidays.US()` "public";
  (B) days declared a holiday by the President or Congress: the executive-order closure days in
      the `holidays` "government" category (half-day closings dropped: half a day is not a day),
      the D.C.-area Inauguration Day of 5 U.S.C. 6103(c) where asked for, and closure days the
      user adds (the package learns of new closures only in a new release);
  (C) for periods measured after an event only, the holidays of the state where the court sits.

Each answer says which list decided it, so a roll can be explained. Years are built lazily, each
with its neighbours, because an observed New Year's Day can fall on December 31.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import holidays

from viewer.core.legaldays import (
    CLOSURE,
    COUNTINGS,
    FEDERAL,
    RULE_A,
    RULE_B,
    RULE_C,
    STATE_COURT,
    USER_CLOSURE,
    Holiday,
    HolidayCalendar,
)

DC_INAUGURATION = "federal holiday (D.C. area, 5 U.S.C. 6103(c))"


@dataclass(frozen=True)
class _Year:
    """The holidays of one calendar year, by list: {day: name}."""

    federal: dict[date, str]
    closures: dict[date, str]
    inauguration: dict[date, str]
    state: dict[date, str]


class CourtCalendar:
    """Legal holidays of one court: federal, closure days, state (forward only), user closure days."""

    def __init__(self, state: str, closures: Iterable[tuple[date, str]], inauguration_dc_area: bool,
                 state_court: bool = False) -> None:
        self.state = _check_state(state)
        self.state_court = state_court and bool(self.state)
        self.user_closures = {day: note.strip() for day, note in closures}
        self.inauguration_dc_area = inauguration_dc_area
        self._years: dict[int, _Year] = {}

    def holiday(self, day: date, *, counting: str) -> Holiday | None:
        """The legal holiday on `day`, if any; certain lists are asked before closure days.

        The order matters: `viewer.core` reads a closure day as the only reason a day is closed,
        so a day that is both a closure and a state or federal holiday must answer as the latter.
        """
        if counting not in COUNTINGS:
            raise ValueError(f"counting must be one of {', '.join(COUNTINGS)}, not {counting!r}")
        year = self._year(day.year)
        if day in year.federal:
            return Holiday(day, year.federal[day], FEDERAL, RULE_A)
        if day in year.inauguration:
            return Holiday(day, year.inauguration[day], DC_INAUGURATION, RULE_B)
        if day in year.state and self.state_court:  # (the state's court is closed that day, counting either way)
            return Holiday(day, year.state[day], f"state court holiday ({self.state})", STATE_COURT)
        if day in year.state and counting != "before":  # Rule 6(a)(6)(C): forward periods only
            return Holiday(day, year.state[day], f"state holiday ({self.state})", RULE_C)
        if day in year.closures:
            return Holiday(day, year.closures[day], CLOSURE, RULE_B)
        if day in self.user_closures:
            return _user_closure(day, self.user_closures[day])
        return None

    def _year(self, year: int) -> _Year:
        if year not in self._years:
            self._years[year] = _build_year(year, self.state, self.inauguration_dc_area)
        return self._years[year]

    def __repr__(self) -> str:
        return (f"CourtCalendar(state={self.state!r}, closures={len(self.user_closures)}, "
                f"inauguration_dc_area={self.inauguration_dc_area}, state_court={self.state_court})")


def court_calendar(state: str = "", closures: Iterable[tuple[date, str]] = (), *,
                   inauguration_dc_area: bool = False, state_court: bool = False) -> HolidayCalendar:
    """The Rule 6(a)(6) calendar of a court in `state` (two letters, "" for federal lists only).

    `closures` are (day, note) pairs the user adds; they count as Rule 6(a)(6)(B) days but, like
    presidential closures, every date they change is shown with and without them.
    `inauguration_dc_area` is for courts in the D.C. area of 5 U.S.C. 6103(c) (D.C.; Montgomery
    and Prince George's Counties, Md.; Arlington and Fairfax Counties, Alexandria and Falls
    Church, Va.): Inauguration Day is then a holiday in both counting directions.
    `state_court` is for the state's own courts, which close on the state's holidays: those then count in
    both directions, not only forward.
    """
    return CourtCalendar(state, closures, inauguration_dc_area, state_court)


def _check_state(state: str) -> str:
    code = state.strip().upper()
    if code and code not in holidays.US.subdivisions:
        raise ValueError(f"unknown state or territory {state!r}: use a two-letter code such as 'VA'")
    return code


def _build_year(year: int, state: str, dc_area: bool) -> _Year:
    years = [y for y in (year - 1, year, year + 1) if 1 <= y <= 9999]
    federal = _in_year(holidays.US(years=years), year)
    government = _in_year(holidays.US(years=years, categories=(holidays.PUBLIC, holidays.GOVERNMENT)), year)
    closures = {day: name for day, name in _full_days(government).items() if day not in federal}
    inauguration = _inauguration(years, year) if dc_area else {}
    state_days = _in_year(holidays.US(subdiv=state, years=years), year) if state else {}
    state_only = {day: name for day, name in state_days.items() if day not in federal}
    return _Year(federal, closures, inauguration, state_only)


def _in_year(found: holidays.HolidayBase, year: int) -> dict[date, str]:
    return {day: name for day, name in found.items() if day.year == year}


def _full_days(days: dict[date, str]) -> dict[date, str]:
    """Drop "(half-day closing)" entries: Rule 6 counts whole days only."""
    kept: dict[date, str] = {}
    for day, names in days.items():
        whole = [name for name in names.split("; ") if "half-day" not in name]
        if whole:
            kept[day] = "; ".join(whole)
    return kept


def _inauguration(years: list[int], year: int) -> dict[date, str]:
    """Inauguration Day as the package lists it for D.C. (Jan 20, or Jan 21 when the 20th is a Sunday)."""
    found = _in_year(holidays.US(subdiv="DC", years=years), year)
    return {day: name for day, names in found.items()
            for name in names.split("; ") if name.startswith("Inauguration Day")}


def _user_closure(day: date, note: str) -> Holiday:
    source = f"{USER_CLOSURE}: {note}" if note else USER_CLOSURE
    return Holiday(day, note or "court closure day", source, RULE_B)
