"""A twenty-sixth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 27.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

_TABLE = ("The parties shall comply with the following deadlines.\nAmended Case Schedule\nMay 16, 2025\n"
          "Deadline to file joint interim status report.\nJun. 3, 2025\nDeadline to complete mediation.\n"
          "Jul. 17, 2025\nDeadline to complete all fact discovery.")

ROWS = [
    # S.D. Fla. amended scheduling order: a table of days, each alone on its line over its label - the first row
    # under its heading "Amended Case Schedule" was read as the order's date, the others as recitals titled
    # "Deadline".
    R("table-day-alone-over-its-label-first-row", doc(_TABLE), "filing 2025-05-16"),
    R("table-day-alone-over-its-label-middle-row", doc(_TABLE), "other 2025-06-03"),
    R("table-day-alone-over-its-label-last-row", doc(_TABLE), "other 2025-07-17"),
    # (a caption's day alone on its line over the lower court's name is no row: no day row follows or precedes it)
    R("caption-day-over-the-lower-court-is-no-row",
      "Opinion\n04-25-00578-CV\n03-05-2025\nFrom the 37th Judicial District Court, Bexar County, Texas Trial Court No. "
      "2023PA00847\nORDER\nAppellant's brief is due within ten days.",
      "entry 2025-03-05"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_twentysixth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_a_table_of_days_over_labels_keeps_each_label() -> None:
    # The labels under the days are the events' titles (the first was "Order dated", the others "Deadline").
    timeline = run(doc(_TABLE))
    titles = {e.date: e.title for e in timeline.events if not e.recital}
    assert "status report" in titles.get(dt.date(2025, 5, 16), "").lower(), _describe(timeline)
    assert "mediation" in titles.get(dt.date(2025, 6, 3), "").lower(), _describe(timeline)
