"""A twenty-third batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 24.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # California trial courts: "Trial briefs are due 10 days before the TSC" - a trial setting conference named by
    # its initials is the anchor (a guard: spelling the initials out alone, as anchors once did, left it undated).
    R("a-count-before-the-tsc-counts-from-the-trial-setting-conference",
      doc("The TSC is set for June 16, 2025 at 9:00 a.m. Trial briefs are due 10 days before the TSC."),
      "filing 2025-06-06"),
    # "The FPT is set for July 1, 2025." - a final pretrial conference by its initials is a sitting (it was "other").
    R("the-fpt-by-its-initials-is-a-sitting",
      doc("The FPT is set for July 1, 2025. Exhibits are due 5 days before the FPT."),
      "hearing 2025-07-01"),
    # ... and a count before it counts from it (it counted from another sitting's day).
    R("a-count-before-the-fpt-counts-from-it",
      doc("The TSC is set for June 16, 2025 at 9:00 a.m. The FPT is set for July 1, 2025. Exhibits are due 5 days "
          "before the FPT."),
      "filing 2025-06-26"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_twentythird_row(text: str, expected: str) -> None:
    check_row(text, expected)
