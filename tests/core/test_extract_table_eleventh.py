"""An eleventh batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 12.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

_GOSSETT_HEAD = ("ORDER The plaintiff has filed this action, pro se, seeking relief pursuant to 42 U.S.C. § 1983. The "
                 "defendants filed a motion for summary judgment on May 19, 2025. As the plaintiff is proceeding pro se, "
                 "the court entered an order advising the plaintiff of the importance of a motion for summary judgment "
                 "and of the need for him to file an adequate response. The plaintiff was specifically advised that if "
                 "he failed to respond adequately, the defendants' motion may be granted, thereby ending his case. "
                 "Notwithstanding the specific warning and instructions, the plaintiff has failed to respond. ")

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
    # E.D. Pa.'s capitals run the judge's name into "SIGNED" after a full stop: "BEFORE HONORABLE R. BARCLAY
    # SURRICK.SIGNED BY JUDGE R. BARCLAY SURRICK ON 9/27/25." dates the text (it read as background).
    R("signed-after-a-full-stop-with-no-space-is-the-entry",
      "SCHEDULING ORDER THAT A SETTLEMENT CONFERENCE IS SET FOR 10/13/2025 AT 1:00 PM IN COURTROOM 8-A BEFORE HONORABLE "
      "R. BARCLAY SURRICK.SIGNED BY JUDGE R. BARCLAY SURRICK ON 9/27/25. 9/29/25 ENTERED AND COPIES E-MAILED. (jpd)\n",
      "entry 2025-09-27"),
    # A Texas court of appeals' head "Abatement Order filed November 6, 2025" joined with the caption on one line
    # ("... 2025 In The Fourteenth Court of Appeals ...") still dates the order (it read as a paper filed).
    R("a-title-filed-line-run-into-the-caption-is-the-entry",
      "Abatement Order filed November 6, 2025 In The Fourteenth Court of Appeals NO. 14-25-00938-CV JAMES HUDGENS, "
      "Appellant V. UNIVERSITY OF TEXAS, Appellee ABATEMENT ORDER A supplemental clerk's record shall be filed in this "
      "court by December 6, 2025.\n",
      "entry 2025-11-06"),
    # D.S.C.'s foot joined on one line: "IT IS SO ORDERED. July 2, 2025 Paige J. Gossett Columbia, South Carolina" is the
    # order's date (it read as background, and the fourteen days had nothing to count from).
    R("a-date-right-after-so-ordered-at-the-foot-is-the-entry",
      _GOSSETT_HEAD + "Based on the foregoing, it is ORDERED that the plaintiff "
      "shall file a response to the defendants' motion within fourteen (14) days from the date of this order. IT IS "
      "SO ORDERED. July 2, 2025 Paige J. Gossett Columbia, South Carolina UNITED STATES MAGISTRATE JUDGE\n",
      "entry 2025-07-02"),
    R("the-period-counts-from-the-date-after-so-ordered",
      _GOSSETT_HEAD + "Based on the foregoing, it is ORDERED that the plaintiff "
      "shall file a response to the defendants' motion within fourteen (14) days from the date of this order. IT IS "
      "SO ORDERED. July 2, 2025 Paige J. Gossett Columbia, South Carolina UNITED STATES MAGISTRATE JUDGE\n",
      "filing 2025-07-16"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_eleventh_row(text: str, expected: str) -> None:
    check_row(text, expected)
