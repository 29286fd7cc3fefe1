"""The court calendar built from `holidays`: which list answers for which day, in which direction.

Dates and lists come from ../shared/reference/legal-rules.md §1 (Rule 6(a)(6)) and §7 (the
`holidays` 0.109 comparison table and its notes).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.calendars import court_calendar
from viewer.core.courtdays import count_period, tro_expiry
from viewer.pipeline import court_calendar as calendar_of_case
from viewer.pipeline import identify_case

D = date.fromisoformat
VA = court_calendar("VA")

# Rule 6(a)(6)(A), as amended for Juneteenth (2021): the eleven statutory holidays.
STATUTORY = {
    "New Year's Day", "Martin Luther King Jr. Day", "Washington's Birthday", "Memorial Day",
    "Juneteenth National Independence Day", "Independence Day", "Labor Day", "Columbus Day",
    "Veterans Day", "Thanksgiving Day", "Christmas Day",
}


@pytest.mark.parametrize("day, name", [
    ("2024-12-24", "Christmas Eve"),  # §7: E.O. 14129
    ("2025-01-09", "National Day of Mourning for former President Jimmy Carter"),  # §7: E.O. 14133
    ("2025-12-24", "Christmas Eve"),  # §7: E.O. 14371
    ("2025-12-26", "Day After Christmas"),  # §7: E.O. 14371
    ("2018-12-05", "National Day of Mourning for former President George H. W. Bush"),  # §1: 9th Cir. notice
])
def test_presidential_closures_are_6a6B_days_both_ways(day: str, name: str) -> None:
    for counting in ("after", "before", "none"):
        found = VA.holiday(D(day), counting=counting)
        assert found is not None
        assert (found.name, found.source, found.rule) == (name, "presidential closure", "Rule 6(a)(6)(B)")


@pytest.mark.parametrize("day", ["2002-12-24", "2009-12-24", "2015-12-24"])
def test_half_day_closings_are_not_holidays(day: str) -> None:
    # §7 notes: "a half day is not a 'day' under Rule 6"
    assert VA.holiday(D(day), counting="none") is None


@pytest.mark.parametrize("day, name", [
    ("2021-12-31", "New Year's Day (observed)"),  # §7: observed in the previous year
    ("2026-07-03", "Independence Day (observed)"),  # §7
    ("2023-01-02", "New Year's Day (observed)"),  # §7
    ("2023-11-10", "Veterans Day (observed)"),  # §7
    ("2021-06-18", "Juneteenth National Independence Day (observed)"),  # first Juneteenth, Sat -> Fri
    ("2022-06-20", "Juneteenth National Independence Day (observed)"),  # Sun -> Mon
    ("2023-06-19", "Juneteenth National Independence Day"),
    ("2025-10-13", "Columbus Day"),  # §7: a legal holiday although markets open
    ("2025-11-11", "Veterans Day"),
])
def test_federal_holidays_as_observed(day: str, name: str) -> None:
    found = VA.holiday(D(day), counting="before")
    assert found is not None
    assert (found.name, found.source, found.rule) == (name, "federal holiday", "Rule 6(a)(6)(A)")


def test_observed_new_year_is_found_on_a_fresh_calendar() -> None:
    # Years are built lazily; asking for Dec 31 first must still see the next year's New Year.
    assert court_calendar("").holiday(D("2021-12-31"), counting="after") is not None


@pytest.mark.parametrize("day", ["2020-06-19", "2019-06-19", "2025-04-18", "2024-03-29"])
def test_not_legal_holidays(day: str) -> None:
    # Juneteenth before 2021; Good Friday (§7: market holiday, not a legal holiday)
    assert court_calendar("").holiday(D(day), counting="none") is None


@pytest.mark.parametrize("year", range(2022, 2031))
def test_federal_list_is_the_rule_6a6A_list(year: int) -> None:
    names = set()
    day = date(year, 1, 1)
    while day.year == year:
        found = court_calendar("").holiday(day, counting="after")
        if found is not None and found.source == "federal holiday":
            names.add(found.name.removesuffix(" (observed)"))
        day += timedelta(days=1)
    assert names == STATUTORY


@pytest.mark.parametrize("day, name", [
    ("2025-11-04", "Election Day"),  # §7: Va. Code § 2.2-3300
    ("2025-11-28", "Day After Thanksgiving"),
    ("2020-01-17", "Lee Jackson Day"),  # §7: repealed after 2020
])
def test_state_holidays_count_forward_only(day: str, name: str) -> None:
    after = VA.holiday(D(day), counting="after")
    assert after is not None and (after.name, after.source, after.rule) == (name, "state holiday (VA)", "Rule 6(a)(6)(C)")
    assert VA.holiday(D(day), counting="none") == after  # a court-set date is checked against every list
    assert VA.holiday(D(day), counting="before") is None  # FRAP 26 note: not in backward periods
    assert court_calendar("").holiday(D(day), counting="after") is None


def test_a_state_courts_own_holidays_count_both_ways() -> None:
    # A state court is closed on its state's holidays: a period counted back from a hearing skips them too
    # (Los Angeles: "9 court days before" an April 4, 2025 hearing passes over Cesar Chavez Day, March 31).
    state_court = court_calendar("CA", state_court=True)
    before = state_court.holiday(D("2025-03-31"), counting="before")
    assert before is not None and (before.name, before.source) == ("Cesar Chavez Day", "state court holiday (CA)")
    assert court_calendar("CA").holiday(D("2025-03-31"), counting="before") is None  # a federal court's count
    assert court_calendar("", state_court=True).holiday(D("2025-03-31"), counting="before") is None  # no state known


def test_a_state_courts_count_back_over_its_holiday() -> None:
    case = identify_case("SUPERIOR COURT OF CALIFORNIA, COUNTY OF LOS ANGELES\nDepartment 53\n")
    day = count_period(D("2025-04-04"), 9, "court_days", "before", calendar_of_case(case)).date
    assert day == D("2025-03-21")  # (2025-03-24 if March 31 were a court day)


def test_lee_jackson_day_repealed_from_2021() -> None:
    assert VA.holiday(D("2021-01-15"), counting="after") is None


def test_inauguration_day_state_or_dc_area() -> None:
    state = VA.holiday(D("2021-01-20"), counting="after")
    assert state is not None and state.source == "state holiday (VA)"
    assert VA.holiday(D("2021-01-20"), counting="before") is None
    dc = court_calendar("VA", inauguration_dc_area=True)
    for counting in ("after", "before"):
        found = dc.holiday(D("2021-01-20"), counting=counting)
        assert found is not None and found.rule == "Rule 6(a)(6)(B)" and "6103(c)" in found.source


def test_user_closure_days() -> None:
    calendar = court_calendar("VA", [(D("2025-03-14"), "snow closure"), (D("2025-01-20"), "ice")])
    found = calendar.holiday(D("2025-03-14"), counting="before")
    assert found is not None
    assert (found.source, found.rule) == ("user closure day: snow closure", "Rule 6(a)(6)(B)")
    assert calendar.holiday(D("2025-01-20"), counting="after").source == "federal holiday"  # certain list first


def test_state_holiday_answers_before_a_user_closure() -> None:
    # A day that is both is a certain holiday forward; backward only the closure remains.
    calendar = court_calendar("VA", [(D("2025-11-04"), "polling place")])
    assert calendar.holiday(D("2025-11-04"), counting="after").source == "state holiday (VA)"
    assert calendar.holiday(D("2025-11-04"), counting="before").source == "user closure day: polling place"


def test_state_code_is_checked() -> None:
    assert court_calendar("va").holiday(D("2025-11-04"), counting="after") is not None
    with pytest.raises(ValueError):
        court_calendar("XX")
    with pytest.raises(ValueError):
        VA.holiday(D("2025-11-04"), counting="forward")


@given(st.dates(min_value=date(1971, 1, 1), max_value=date(2099, 12, 31)))
def test_any_year_can_be_asked(day: date) -> None:
    found = VA.holiday(day, counting="after")
    assert found is None or (found.day == day and found.rule.startswith("Rule 6(a)(6)"))


# --- the seed (E.D. Va., gold.json), end to end with the real calendar ------------------------


def test_seed_timeline() -> None:
    hearing = D("2025-01-10")
    two = count_period(hearing, 2, "days", "before", VA, trigger_label="hearing")
    one = count_period(hearing, 1, "days", "before", VA, trigger_label="hearing")
    tro = tro_expiry(D("2024-12-20"), VA)
    assert (two.date, two.raw, two.alternative, two.flags) == (D("2025-01-08"), D("2025-01-08"), None, ())
    assert (one.date, one.raw, one.alternative) == (D("2025-01-08"), D("2025-01-09"), D("2025-01-09"))
    assert "readings-differ" in one.flags
    assert tro.date == D("2025-01-03") and "Friday 2025-01-17" in tro.explain()


def test_a_state_courts_old_order_counts_every_day() -> None:
    # Rule 6(a) as it read before December 1, 2009 bound federal courts: a Rhode Island order of Fri 1982-03-05
    # directing a hearing "within ten days" runs to Mon 1982-03-15 (every day counts), not Fri 1982-03-19.
    state = court_calendar("RI", state_court=True)
    assert count_period(date(1982, 3, 5), 10, "days", "after", state).date == date(1982, 3, 15)
    assert count_period(date(1982, 3, 5), 10, "days", "after", court_calendar("RI")).date == date(1982, 3, 19)


def test_a_reporters_glued_head_names_the_state_court() -> None:
    # "No. 82-93-Appeal.Supreme Court of Rhode Island." (a reporter's head with no space after the period)
    case = identify_case("442 A.2d 435\nNo. 82-93-Appeal.Supreme Court of Rhode Island.\nMarch 5, 1982.\n")
    assert case.state == "RI" and "Rhode Island" in case.court
