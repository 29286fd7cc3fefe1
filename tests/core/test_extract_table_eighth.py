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
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_eighth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_a_continued_conference_is_titled_by_the_conference_not_its_old_date() -> None:
    timeline = run(doc("Further, the final pretrial conference scheduled for hearing on January 17, 2025, is continued to "
                       "commence at 1:30 p.m. on April 7, 2025."))
    titles = [e.title for e in timeline.events if str(e.date) == "2025-04-07"]
    assert titles == ["Final pretrial conference"], titles
