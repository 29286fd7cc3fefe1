"""A fourth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the rules: a clerk's attestation, clauses joined by "and ... will", asides in
parentheses, a docket text's " -- " run of settings, and fees paid rather than papers filed.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, doc
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # A Texas appellate clerk's certificate dates the order ("set my hand and affixed the seal ... this").
    R("witness-my-hand-is-entry",
      "We ORDER appellant to file the brief on or before December 7, 2015.\nIN WITNESS WHEREOF, I have hereunto set "
      "my hand and affixed the seal of the said court on this 23rd day of November, 2015.\nClerk of Court",
      "entry 2015-11-23"),
    # The state-court form "WITNESS my hand and the seal of said Court this" is the same attestation.
    R("witness-my-hand-short-form",
      "Respondent shall answer on or before May 9, 2025.\nWITNESS my hand and the seal of said Court this 14th day "
      "of April, 2025.", "entry 2025-04-14"),
    # Colorado's e-filing stamp dates the order, here in a header flattened to one line; the 14 days run
    # from it (Fri 4/7 + 14 = Fri 4/21).
    R("colorado-date-filed-stamp",
      "DISTRICT COURT, LARIMER COUNTY, COLORADO DATE FILED: April 7, 2023 9:41 AM CASE NUMBER: 2023CV30130\n"
      "Counsel must confer within 14 days from the date of this order.", "entry 2023-04-07 09:41"),
    R("colorado-date-filed-anchors-period",
      "DISTRICT COURT, LARIMER COUNTY, COLORADO DATE FILED: April 7, 2023 9:41 AM CASE NUMBER: 2023CV30130\n"
      "Counsel must confer within 14 days from the date of this order.", "other 2023-04-21"),
    # A clock time with seconds, as court calendars print it, is still 9:00.
    R("time-with-seconds",
      doc("The motion hearing is set for 04/19/2025 09:00:00 AM in Department C-60."), "hearing 2025-04-19 09:00"),
    # A joined clause with its own verb belongs to the next date: the meeting stays a meeting ...
    R("and-they-will-submit-cuts-clause",
      doc("The parties will meet and confer about the disputed search strings by August 25, 2025, and they will "
          "submit to the court a Joint Status Report concerning those strings by August 26, 2025."),
      "other 2025-08-25"),
    # ... and the report is the paper.
    R("and-they-will-submit-next-date",
      doc("The parties will meet and confer about the disputed search strings by August 25, 2025, and they will "
          "submit to the court a Joint Status Report concerning those strings by August 26, 2025."),
      "filing 2025-08-26"),
    # "(i.e., ...)" is an aside, not the end of the clause: the duty after it is to confer.
    R("ie-aside-keeps-clause",
      doc("ORDERED that, on or before November 22, 2025, the parties (i.e., petitioners and respondent) shall "
          "confer regarding the status of the case."), "other 2025-11-22"),
    # A docket text strings settings together with " -- ": "filed by" before the dash is not this row's verb.
    R("docket-dash-run-discovery",
      "SO ORDERED, re 16 STIPULATION TO EXTEND TIME filed by John Doe -- Discovery due by 4/28/2025. "
      "Dispositive Motions due by 5/24/2025. Signed by Judge Jane Roe on 4/24/25.", "other 2025-04-28"),
    # The next row of the run is still a paper.
    R("docket-dash-run-motions",
      "SO ORDERED, re 16 STIPULATION TO EXTEND TIME filed by John Doe -- Discovery due by 4/28/2025. "
      "Dispositive Motions due by 5/24/2025. Signed by Judge Jane Roe on 4/24/25.", "filing 2025-05-24"),
    # A fee paid is not a paper filed (Wed 3/5 + 7 = Wed 3/12) ...
    R("pay-fee-within-days-other",
      doc("Plaintiff shall pay the $405 filing fee within 7 days."), "other 2025-03-12"),
    # ... but "pay the fee or file an application" keeps the paper as the duty to calendar
    # (Wed 3/5 + 30 = Fri 4/4).
    R("pay-or-file-ifp-filing",
      doc("Plaintiff shall pay the $405 filing fee or file an application to proceed in forma pauperis within 30 "
          "days."), "filing 2025-04-04"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_fourth_row(text: str, expected: str) -> None:
    check_row(text, expected)
