"""A sixth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the rules: copies that go to a party, papers sent by e-mail, the clerk's notice
that is the order itself, and periods with a written outer date ("and in any event by").
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, doc
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # A copy of a paper provided "on" a party is served, not filed.
    R("copy-provided-on-a-party-is-service",
      doc("Defendants shall make arrangements to provide a copy of the response on Plaintiffs by March 21, 2025."),
      "service 2025-03-21"),
    # The same act with "to" and the party's counsel.
    R("copy-sent-to-counsel-is-service",
      doc("The Government shall send a copy of its sentencing memorandum to defense counsel by March 24, 2025."),
      "service 2025-03-24"),
    # A copy provided to the court stays a paper for the court (a filing).
    R("copy-provided-to-the-court-stays-filing",
      doc("Counsel shall provide a copy of the exhibits to the Court by March 24, 2025."),
      "filing 2025-03-24"),
    # A reply sent by e-mail to the clerk is the reply's filing.
    R("email-any-reply-is-filing",
      doc("Petitioners are directed to email any reply to the Clerk of the court, in the form of a searchable "
          "electronic document, by 4:00 p.m. on Tuesday, March 25, 2025."),
      "filing 2025-03-25 16:00"),
    # E-mailing a person is no paper: the words "email the courtroom deputy" stay other.
    R("email-the-deputy-is-not-a-filing",
      doc("Counsel shall email the courtroom deputy to confirm their availability by March 25, 2025."),
      "other 2025-03-25"),
    # A court's notice that counts "from the date of receipt of this notice" is the order itself: counted
    # from its own date (LABELLING.md rule 2), flagged for the actual receipt day.
    R("receipt-of-this-notice-counts-from-entry",
      doc("Accordingly, we ORDER appellant to file an amended brief that complies with these rules within ten days "
          "from the date of receipt of this notice."),
      "filing 2025-03-17 +anchor-assumed"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_sixth_row(text: str, expected: str) -> None:
    check_row(text, expected)
