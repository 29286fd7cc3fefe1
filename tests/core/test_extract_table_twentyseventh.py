"""A twenty-seventh batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 28.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, doc
from tests.core.test_extract_table import test_row as check_row  # not collected twice

_KANSAS_DOCKET = ("Kansas Supreme Court docket for September 15-19, 2025\n\nThe cases summarized below are on the "
                  "Kansas Supreme Court September 15-19 docket.\n\n9 a.m. \u2022 Monday, September 15\n\n"
                  "Appeal No. 120,434: State of Kansas v. Patton\n\n1:30 p.m. \u2022 Monday, September 15\n\n"
                  "Appeal No. 122,046: State of Kansas v. Myers\n")

ROWS = [
    # Kansas Supreme Court docket page: "9 a.m. \u2022 Monday, September 13" heads each case - the bullet between
    # the hour and the day split them into two sentences, so the day alone on its line was read as the page's date.
    R("calendar-hour-bullet-day-is-a-sitting", doc(_KANSAS_DOCKET), "hearing 2025-09-15 09:00"),
    R("calendar-second-hour-bullet-day-is-its-own-sitting", doc(_KANSAS_DOCKET), "hearing 2025-09-15 13:30"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_twentyseventh_row(text: str, expected: str) -> None:
    check_row(text, expected)
