"""A ninth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 10: days sharing one month ("March 3, 10 and 17, 2025").
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # "Trial shall be held on March 3, 10 and 17, 2025": the year at the list's end is every day's year (the
    # first day once took the year after the order's entry, 2026) and each day is a sitting of its own.
    R("day-list-first-day-takes-the-lists-year",
      doc("Trial shall be held on March 3, 10 and 17, 2025, at 9:00 a.m."),
      "hearing 2025-03-03 09:00"),
    R("day-list-middle-day-is-a-sitting",
      doc("Trial shall be held on March 3, 10 and 17, 2025, at 9:00 a.m."),
      "hearing 2025-03-10 09:00"),
    R("day-list-last-day-is-a-sitting",
      doc("Trial shall be held on March 3, 10 and 17, 2025, at 9:00 a.m."),
      "hearing 2025-03-17 09:00"),
    # Two days joined by "and": the second is a date, not a stray number.
    R("two-days-joined-by-and",
      doc("Jury selection will take place on June 2 and 3, 2025."),
      "hearing 2025-06-03"),
    # A comma list closed by its year ("December 5, 19, 2025") needs no "and".
    R("comma-list-closed-by-its-year",
      doc("The Clerk's Office will be closed on December 5, 19, 2025."),
      "other 2025-12-19"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_ninth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_each_listed_day_reads_the_clause_before_the_list() -> None:
    timeline = run(doc("The Court will hold status conferences on March 3, 10, and 17, 2025."))
    titles = {str(e.date): e.title for e in timeline.events if e.kind == "hearing"}
    assert set(titles) == {"2025-03-03", "2025-03-10", "2025-03-17"}, _describe(timeline)
    assert len(set(titles.values())) == 1 and "March" not in titles["2025-03-17"], titles


@pytest.mark.parametrize(("text", "not_a_day"), [
    # A pleading paper's line number between the day and the year is no second day.
    ("Oppositions must be filed by March 5, 2025 and any reply must be filed by March 12,\n3\n2025. The motions will "
     "be heard at the pretrial conference.", "2025-03-03"),
    ("Parties shall submit settlement statements no later than May 6, 8 2025 to the judge's e-mail address.",
     "2025-05-08"),
    # A count after the date is no day ("June 8, and 21 days later").
    ("The hearing is set for June 8, 2025, and 21 days later the parties shall file a status report.", "2025-06-21"),
])
def test_numbers_after_a_date_are_not_listed_days(text: str, not_a_day: str) -> None:
    timeline = run(doc(text))
    assert not_a_day not in [str(e.date) for e in timeline.events], _describe(timeline)
