"""A nineteenth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 20.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # Florida DCA docket entry as a court's feed gives it: the entry's title, its date alone on the next line, then the
    # text - the date is the order's own (it was read as a filing, from "Filing(s)" in the title).
    R("a-date-alone-under-the-entrys-title-is-the-order-date",
      "Order - Amended/Additional Filing(s) Needed\n2025-11-03\nORDERED that Appellant is directed to file, within "
      "fifteen (15) days from the date of this order, a conformed copy of the order being appealed.\n",
      "entry 2025-11-03"),
    # ... and the count runs from it ("within fifteen (15) days from the date of this order": it had no anchor).
    R("a-count-from-this-order-runs-from-the-date-under-the-title",
      "Order - Amended/Additional Filing(s) Needed\n2025-11-03\nORDERED that Appellant is directed to file, within "
      "fifteen (15) days from the date of this order, a conformed copy of the order being appealed.\n",
      "filing 2025-11-18"),
    # Texas Supreme Court docket remark: "Motion for Extension of Time to File Petition for Review disposed / 2026-01-16 /
    # Filing granted / ... due no later than February 19, 2026" (the title's date was a filing).
    R("a-disposed-motions-date-line-is-the-order-date",
      "Motion for Extension of Time to File Petition for Review disposed\n2026-01-16\nFiling granted\nMotion for "
      "Extension of Time to file Petition for Review granted. Petition for Review is due no later than February 19, "
      "2026.\n",
      "entry 2026-01-16"),
    # ... the deadline the remark sets stays a filing.
    R("a-disposed-motions-deadline-stays-a-filing",
      "Motion for Extension of Time to File Petition for Review disposed\n2026-01-16\nFiling granted\nMotion for "
      "Extension of Time to file Petition for Review granted. Petition for Review is due no later than February 19, "
      "2026.\n",
      "filing 2026-02-19"),
    # W.D. Wash. minute order: "FRCP 26f Conference Deadline is 3/1/2017" - the parties' Rule 26(f) meeting, written
    # without parentheses, is theirs to hold, not a sitting (it was a hearing).
    R("an-frcp-26f-conference-is-the-parties-meeting",
      "ORDER REGARDING INITIAL DISCLOSURES AND JOINT STATUS REPORT by Judge James L. Robart. Joint Status Report due by "
      "3/22/2027, FRCP 26f Conference Deadline is 3/1/2027, Initial Disclosure Deadline is 3/15/2027. (AD)\n",
      "other 2027-03-01"),
    # S.D.N.Y. docket report row: "06/30/2016 7 ORDER AND NOTICE OF INITIAL CONFERENCE: Initial Conference set for
    # 9/9/2016 ..." - the row's date is the order's entry (it was a hearing, from the row's title).
    R("a-docket-report-rows-date-is-the-orders-entry",
      "06/30/2026 7 ORDER AND NOTICE OF INITIAL CONFERENCE: Initial Conference set for\n9/9/2026 at 03:15 PM in "
      "Courtroom 1506, 40 Centre Street, New York, NY 10007 before\nJudge Ronnie Abrams. (As further set forth in this "
      "Order.) (cf)\n",
      "entry 2026-06-30"),
    # ... and the conference it sets is the only sitting.
    R("a-docket-report-rows-setting-is-the-one-sitting",
      "06/30/2026 7 ORDER AND NOTICE OF INITIAL CONFERENCE: Initial Conference set for\n9/9/2026 at 03:15 PM in "
      "Courtroom 1506, 40 Centre Street, New York, NY 10007 before\nJudge Ronnie Abrams. (As further set forth in this "
      "Order.) (cf)\n",
      "hearing 2026-09-09 15:15 once"),
    # Kentucky's e-filing stamp at the head of each page: "Entered 18-CI-00073 01/31/2018 Amy Feldman, Franklin Circuit
    # Clerk" - the order's entry (it was a bare date, read as background).
    R("a-kentucky-entered-stamp-with-the-case-number-is-the-entry",
      "Entered 26-CI-00073 01/31/2026 Amy Feldman, Franklin Circuit Clerk\n\nCOMMONWEALTH OF KENTUCKY\nFRANKLIN CIRCUIT "
      "COURT\nCIVIL ACTION NO. 26-CI-00073\n\nThis action is before the Court on the Plaintiffs' motion.\n",
      "entry 2026-01-31"),
    # Rule 26(a)(2): "On or before August 8, 2016, Plaintiff shall designate its expert witnesses" - exchanged, not filed
    # (LABELLING.md rule 4; it was a filing).
    R("designating-experts-is-a-disclosure",
      doc("On or before August 10, 2026, Plaintiff shall designate its expert witnesses."),
      "other 2026-08-10"),
    # W.D. Wash.: "Reports from expert witnesses under FRCP 26(a)(2) due" - the same (it was a filing).
    R("reports-from-expert-witnesses-are-exchanged",
      doc("Reports from expert witnesses under FRCP 26(a)(2) due March 13, 2026"),
      "other 2026-03-13"),
    # ... while the row above it, "Deadline for amending pleadings", is a paper (it became other once the next row's
    # expert reports read as a disclosure).
    R("a-deadline-for-amending-pleadings-is-a-filing",
      doc("Deadline for amending pleadings March 13, 2026\nReports from expert witnesses under FRCP 26(a)(2) due March "
          "13, 2026"),
      "filing 2026-03-13"),
    # C.F.C.: "a courtesy copy of the administrative record, in paper form, shall be delivered to chambers" - handed to
    # the judge, not filed (it was a filing).
    R("a-courtesy-copy-delivered-to-chambers-is-not-filed",
      doc("On or before January 6, 2026, a courtesy copy of the administrative record, in paper form, shall be "
          "delivered to chambers."),
      "other 2026-01-06"),
    # S.D. Ohio: "Trial exhibits to be delivered to the courtroom deputy by: April 4, 2018" - the same.
    R("exhibits-delivered-to-the-courtroom-deputy-are-not-filed",
      doc("Trial exhibits to be delivered to the courtroom deputy by: April 3, 2026."),
      "other 2026-04-03"),
    # ... but a motion filed with a courtesy copy stays a filing.
    R("a-motion-filed-with-a-courtesy-copy-stays-a-filing",
      doc("Plaintiff shall file the motion and deliver a courtesy copy to chambers by May 4, 2026."),
      "filing 2026-05-04"),
    # Mississippi Supreme Court: "The amendment is effective upon entry of this order." - it takes effect the day the
    # order is entered (five of six held-out golds calendar it; it gave nothing).
    R("effective-upon-entry-takes-effect-on-the-entry-date",
      "IT IS ORDERED that Rule 24 is struck from the Rules. The amendment is effective upon entry of this order.\n\n"
      "SO ORDERED, this the 29th day of September, 2025.\n",
      "other 2025-09-29"),
    # Florida circuit administrative order: "This order is effective immediately" - the same.
    R("effective-immediately-takes-effect-on-the-entry-date",
      "ADMINISTRATIVE ORDER. Jury trials are suspended until further order. This order is effective immediately.\n\n"
      "DONE AND ORDERED in Chambers, Miami-Dade County, Florida, this 21st day of August, 2025.\n",
      "other 2025-08-21"),
    # W.D. Wash. docket text: "Dispositive motions due by 5/8/2025, Settlement Conference held no later than 7/8/2025" -
    # the words after a date up to the next item's lead are the next item's (the motions read as a cut-off for holding
    # the conference, other).
    R("a-docket-runs-next-item-does-not-decide-this-items-kind",
      doc("Discovery completed by 4/10/2026, Dispositive motions due by 5/8/2026, Settlement Conference held no later "
          "than 7/8/2026, Motions in Limine due by 8/4/2026."),
      "filing 2026-05-08"),
    # E.D. Cal.: "on or before 12/8/2011, Mr. Axup shall show good cause in writing" - "Mr." does not end the clause (it
    # was titled "Mr" and read as other).
    R("an-honorific-does-not-end-the-clause",
      doc("IT IS ORDERED that on or before 12/8/2025, Mr. Axup shall show good cause in writing why he should not be "
          "sanctioned."),
      "filing 2025-12-08"),
    # E.D. Cal.: "Expert Disclosures due by 5/15/2020, with Rebuttal due by 6/26/2020" - a rebuttal with no paper named
    # is the rebuttal disclosure (it was a filing once the next item no longer coloured it).
    R("a-bare-rebuttal-after-expert-disclosures-is-a-disclosure",
      doc("Expert Disclosures due by 5/15/2026, with Rebuttal due by 6/26/2026, Expert Discovery shall be completed by "
          "7/31/2026."),
      "other 2026-06-26"),
    # ... while a rebuttal brief stays a paper.
    R("a-rebuttal-brief-stays-a-filing", doc("Rebuttal brief due by 6/26/2026."), "filing 2026-06-26"),
    # Cumberland County C.P.: "And Now, this 5th day of February, 2010, and effective July 1, 2010, or thirty (30) days
    # after publication in the Pennsylvania Bulletin, whichever is later, Rule 212-4 is amended" - the later of the two
    # (it gave the count's March 29 and left July 1 as background).
    R("effective-a-date-or-a-count-whichever-is-later-takes-the-later",
      "[40 Pa.B. 1079]\n[Saturday, February 27, 2010]\nOrder of Court And Now, this 5th day of February, 2010, and "
      "effective July 1, 2010, or thirty (30) days after publication in the Pennsylvania Bulletin, whichever is later, "
      "Cumberland County Local Rule of Court 212-4 is amended to read as follows:\n",
      "other 2010-07-01"),
    # ... and the count's day when it falls after the date written.
    R("whichever-is-later-takes-the-count-when-it-ends-later",
      "[40 Pa.B. 1079]\n[Saturday, February 27, 2010]\nOrder of Court And Now, this 5th day of February, 2010, and "
      "effective March 1, 2010, or thirty (30) days after publication in the Pennsylvania Bulletin, whichever is later, "
      "Cumberland County Local Rule of Court 212-4 is amended to read as follows:\n",
      "other 2010-03-29"),
    # ... a rule's history line before the order's date stays background.
    R("a-rules-history-effective-date-stays-background",
      "Order of Court And Now, this 5th day of February, 2010, Rule 212-4 is amended to read as follows: Each party "
      "shall submit a pretrial memorandum. Adopted and effective August 28, 1981.\n",
      "recital 1981-08-28"),
    # Texas 14th: "Tex. R. Jud. Admin. 6.2(a) (effective May 1, 2012)" - a cited rule's effective date is no event.
    R("a-cited-rules-effective-date-is-no-event",
      "ORDER. The court reporter shall file the record on or before May 3, 2012. See Tex. R. Jud. Admin. 6.2(a) "
      "(effective May 1, 2012).\n\nPER CURIAM. Order entered April 20, 2012.\n",
      "absent 2012-05-01"),
    # N.D. Cal.: "The last day for hearing dispositive motions shall be December 8, 2016" - the last day a motion may be
    # heard, a cut-off (LABELLING.md rule 1; three of four golds), not a sitting (it was a hearing).
    R("the-last-day-for-hearing-motions-is-a-cut-off",
      doc("3. MOTIONS The last day for hearing dispositive motions shall be December 8, 2026."), "other 2026-12-08"),
    # E.D. Cal.: "the last day to hear dispositive motions shall be 1/19/2017" - the same.
    R("the-last-day-to-hear-motions-is-a-cut-off",
      doc("The last day to hear dispositive motions shall be 1/19/2027."), "other 2027-01-19"),
    # Texas 1st: "to mail it to the appellant ... within 20 days of the date of this order, and shall certify the delivery
    # date within 30 days of the date of this order" - the second count in the sentence (it was never found: the first
    # match ran on past its anchor).
    R("a-second-count-after-the-first-ones-anchor-is-found",
      doc("The Court ORDERS the county clerk to mail the clerk's record to the appellant within 20 days of the date of "
          "this order, and shall certify the delivery date within 30 days of the date of this order."),
      "filing 2025-04-04"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_nineteenth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_a_count_of_days_to_a_date_is_not_the_order_date() -> None:
    # Florida 4th DCA: "Recognizing Agreed Extension - Answer Brief / 2025-08-08 / (60) days to October 17, 2025" - the
    # new day the brief is due, not a second date of the order (both were entries).
    timeline = run("Recognizing Agreed Extension - Answer Brief\n2025-08-08\n(60) days to October 17, 2025\n")
    entries = {e.date for e in timeline.events if e.kind == "entry" and not e.recital}
    assert entries == {dt.date(2025, 8, 8)}, _describe(timeline)


def test_an_order_headed_temporary_injunction_has_no_tro_expiry() -> None:
    # Kentucky: "TEMPORARY INJUNCTION (CR 65.04) ... converts its entry of a Temporary Restraining Order to a Temporary
    # Injunction ... is hereby TEMPORARILY ENJOINED" - no Rule 65(b)(2) end (it gave "TRO expires" 14 days on).
    timeline = run("Entered 26-CI-073 07/20/2026 Amy Feldman, Franklin Circuit Clerk\n\nCOMMONWEALTH OF KENTUCKY\n"
                   "FRANKLIN CIRCUIT COURT\n\nDONNA HURLEY, et al. PLAINTIFFS\n\nv. TEMPORARY INJUNCTION\n(CR 65.04)\n"
                   "The Court DENIES the Defendants' Motion to Dissolve, and converts its entry of a Temporary Restraining "
                   "Order to a Temporary Injunction under CR 65.04. The Board of Education is hereby TEMPORARILY "
                   "ENJOINED from closing the school.\n")
    assert not any(e.kind == "expiry" for e in timeline.events), _describe(timeline)


def test_a_companion_papers_title_drops_with() -> None:
    # "Motion to Amend due by 12/2/2019, with Opposition due by 1/10/2020": titled "Opposition due", not "With ...".
    titles = {str(e.date): e.title for e in run(doc("Motion to Amend due by 12/2/2026, with Opposition due by 1/11/2027."
                                                    )).events}
    assert titles["2027-01-11"] == "Opposition due", titles
