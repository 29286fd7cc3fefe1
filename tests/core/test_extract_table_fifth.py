"""A fifth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the rules: docket texts that set a hearing on a filed motion, and a run-on docket
text that names the old setting and then the new one.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, doc
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # "setting a Motion Hearing re MOTION ... filed by X for <date>": the motion was filed, the hearing is set now.
    R("setting-hearing-on-filed-motion",
      "TEXT ORDER entered by Judge Smith on 9/8/17 setting a Motion Hearing re MOTION for Default Judgment 41 filed "
      "by United States of America for 10/2/17 at 11:00 AM in Courtroom A. (TC) (Entered: 09/08/2017)",
      "hearing 2017-10-02 11:00"),
    # The same with "on the Motion for": a hearing on the motion, not the motion's subject.
    R("hearing-on-the-motion-for",
      doc("The Court sets a Motion Hearing on the Motion for Summary Judgment for April 14, 2025 at 10:00 a.m."),
      "hearing 2025-04-14 10:00"),
    # A docket text with no full stop: "previously set for" speaks of the first date only; the conference
    # "set for" the second is the new setting.
    R("previously-set-then-new-setting-numeric",
      "Notice Rescheduling Hearing previously set for 2/6/17 at 9:00 a.m. before Judge Ballard in Roanoke Settlement "
      "Conference set for 2/17/2017 09:00 AM in Roanoke before Magistrate Judge Ballard. (lg)",
      "hearing 2017-02-17 09:00"),
    R("previously-set-then-new-setting-spelled",
      doc("Hearing previously set for March 20, 2025 at 9:00 a.m. before Judge Ruiz Status Conference set for "
          "March 27, 2025 at 9:00 a.m. before Judge Ruiz."), "hearing 2025-03-27 09:00"),
    R("previously-set-old-date-is-recital",
      doc("Hearing previously set for March 20, 2025 at 9:00 a.m. before Judge Ruiz Status Conference set for "
          "March 27, 2025 at 9:00 a.m. before Judge Ruiz."), "recital 2025-03-20"),
    # A list of old settings after "previously" stays history to its end: no new "set" follows the earlier date.
    R("previously-extended-list-stays-history",
      doc("The Court previously extended the expert disclosure deadline to December 13, 2021, and the supplemental "
          "expert disclosure deadline to January 13, 2022."), "recital 2022-01-13"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_fifth_row(text: str, expected: str) -> None:
    check_row(text, expected)
