"""An eighth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the rules met in session 9's held-out sets: a bare party name heading a clause after
its date, and more.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # "ORDERED that, on or before <date>, petitioner and respondent each shall file a response": the two
    # parties are the clause's subject (not a first clause joined to a second), so the duty is a filing.
    R("bare-parties-after-the-date-are-one-subject",
      doc("ORDERED that, on or before May 25, 2025, petitioner and respondent each shall file a response to this "
          "Order, showing cause in writing why the Court should not dismiss this case."),
      "filing 2025-05-25"),
    # N.D. Illinois sets a case "for status": a status hearing, not a bare cut-off.
    R("set-for-status-is-a-sitting",
      doc("The matter is set for status on November 24, 2025, at 9:15 a.m."),
      "hearing 2025-11-24 09:15"),
    # "is continued to commence at 1:30 p.m. on <date>, in the event no dispositional document is filed": the
    # conference is moved; the condition names what may end it, not a paper due that day.
    R("continued-to-commence-in-the-event-is-a-sitting",
      doc("Further, the final pretrial conference scheduled for hearing on January 17, 2025, is continued to commence "
          "at 1:30 p.m. on April 7, 2025, in the event no dispositional document is filed."),
      "hearing 2025-04-07 13:30"),
    # Florida's signature line: "DONE AND ORDERED in Chambers, at <place> this 21st day of August, 2025" dates the
    # order (the comma after "Chambers" once made it a recital).
    R("done-and-ordered-in-chambers-at-a-place-is-the-entry",
      "1. All jury trials are suspended until further order of the Court.\n\nDONE AND ORDERED in Chambers, at Lake "
      "City, Columbia County, Florida this 21st day of August, 2025.\n",
      "entry 2025-08-21"),
    R("done-and-ordered-in-chambers-is-the-entry",
      "1. All jury trials are suspended until further order of the Court.\n\nDONE AND ORDERED in Chambers this 21st "
      "day of August, 2025.\n",
      "entry 2025-08-21"),
    # "IT IS FURTHER ORDERED that the amendments to Rule 5(e) ... be effective October 1, 2025": the subjunctive
    # after "ORDERED that" puts this order's amendments in effect; not a rule's history.
    R("amendments-be-effective-after-ordered-that",
      doc("IT IS FURTHER ORDERED that the amendments to Rule 5(e), Rule 21(d) and Rule 40(g) and the adoption of the "
          "Committee Comments to the amendments to those rules be effective October 1, 2025;"),
      "other 2025-10-01"),
    # "effective July 1, 2025, General Order 10-1 is vacated in its entirety": an earlier order ends that day
    # (an expiry), not a sitting vacated.
    R("an-earlier-order-vacated-effective-a-date-expires",
      doc("It is therefore ORDERED that effective July 1, 2025, General Order 10-1 is vacated in its entirety."),
      "expiry 2025-07-01"),
    # "Should further time be needed ..., then same must be requested before March 31": a request is a paper.
    R("must-be-requested-before-is-a-filing",
      doc("Should further time be needed by the trial court to perform these tasks, then same must be requested "
          "before March 31, 2025."),
      "filing 2025-03-31"),
    # The same showing of cause stated in the reasons and again in the decretal paragraph is one duty.
    R("show-cause-stated-twice-is-one-duty",
      doc("Accordingly, Plaintiff should show cause, if any, as to why this case should not be dismissed without "
          "prejudice under Fed.R.Civ.P. 16(f)(1) and 37(b)(2)(A)(v) by November 3, 2025."
          "\nTherefore, it is hereby ORDERED that:\nNot later than November 3, 2025, Plaintiff shall show cause in "
          "writing, if any they have, why this case should not be dismissed without prejudice."),
      "filing 2025-11-03 once"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_eighth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_a_continued_conference_is_titled_by_the_conference_not_its_old_date() -> None:
    timeline = run(doc("Further, the final pretrial conference scheduled for hearing on January 17, 2025, is continued to "
                       "commence at 1:30 p.m. on April 7, 2025."))
    titles = [e.title for e in timeline.events if str(e.date) == "2025-04-07"]
    assert titles == ["Final pretrial conference"], titles
