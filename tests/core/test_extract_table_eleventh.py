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
    # E.D. Cal.'s docket text runs the judge's name into "signed" with no space: "referred to Judge Ishii,signed by
    # Magistrate Judge Michael J. Seng on 03/27/2025" still dates the text (it read as background).
    R("signed-after-a-comma-with-no-space-is-the-entry",
      "FINDINGS and RECOMMENDATIONS recommending that the petition be granted; referred to Judge Ishii,signed by "
      "Magistrate Judge Michael J. Seng on 03/27/2025. Objections to F&R due by 4/14/2025 (Martin-Gill, S)\n",
      "entry 2025-03-27"),
    # E.D. Cal. titles an order by its period: "...; Thirty-Day Deadline signed by ... on 2/28/2025" is an answer due
    # thirty days after the order (it was not calendared at all).
    R("a-titles-thirty-day-deadline-counts-from-the-order",
      "ORDER to SHOW CAUSE Why Action should not be Dismissed for Failure to Prosecute and Failure to Follow Court "
      "Order; Thirty-Day Deadline signed by Magistrate Judge Dennis L. Beck on 2/28/2025. (Sant Agata, S)\n",
      "filing 2025-03-31"),
    # ... but "the 90 day deadline for electronic access" inside a sentence is the rule's own period, not this
    # order's: nothing is counted from the order.
    R("a-sentences-ninety-day-deadline-is-not-a-title",
      doc("Transcript may only be viewed at the court public terminal prior to the 90 day deadline for electronic "
          "access."),
      "absent 2025-06-03"),
    # S.D.N.Y.: "Plaintiff email a copy of this Order to Defendant David Felberbaum by September 13, 2025" delivers
    # the order to the other side: service (it read as "other").
    R("emailing-a-copy-of-this-order-to-the-defendant-is-service",
      doc("IT IS FURTHER ORDERED that Plaintiff email a copy of this Order to Defendant David Felberbaum by "
          "March 13, 2025."),
      "service 2025-03-13"),
    # N.D. Fla.: "he shall sign the form and send it to Defendant's counsel" within 15 days: service, not a filing.
    R("sending-the-signed-form-to-defendants-counsel-is-service",
      doc("If Plaintiff wishes to consent, w/n 15 days from date of this order, he shall sign the form and send it to "
          "Defendant's counsel."),
      "service 2025-03-20"),
    # S.D. Ohio's docket deadlines "Plaintiff Primary Expert due by" and "Non-Expert (Fact) due by" are Rule 26
    # disclosures, exchanged and not filed (they read as filings).
    R("primary-expert-due-is-a-disclosure",
      "PRELIMINARY PRETRIAL ORDER: Amended Pleadings due by 11/3/2025. Plaintiff Primary Expert due by 10/15/2025. "
      "Rebuttal Expert due by 2/27/2026. Signed by Judge Michael R. Barrett on 9/4/25. (mr1, )\n",
      "other 2025-10-15"),
    R("non-expert-fact-due-is-a-disclosure",
      "PRELIMINARY PRETRIAL ORDER: Amended Pleadings due by 11/3/2025. Non-Expert (Fact) due by 10/1/2025. "
      "Signed by Judge Michael R. Barrett on 9/4/25. (mr1, )\n",
      "other 2025-10-01"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_eleventh_row(text: str, expected: str) -> None:
    check_row(text, expected)
