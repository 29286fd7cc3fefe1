"""An eleventh batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 12.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # Florida's foot with the county and no "at": "Done and ordered in chambers, Sarasota County, Florida this 17th
    # day of May, 2025." dates the order (it read as background, and the order had no entry).
    R("done-and-ordered-in-chambers-county-without-at-is-the-entry",
      "ADMINISTRATIVE ORDER\nThe clerk shall post this order by June 2, 2025.\nDone and ordered in chambers, "
      "Sarasota County, Florida this 17th day of May, 2025.\n",
      "entry 2025-05-17"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_eleventh_row(text: str, expected: str) -> None:
    check_row(text, expected)
