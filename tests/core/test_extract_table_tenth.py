"""A tenth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 11: a name's initial inside a duty's clause, a motion held in
abeyance, Hawaii's "DATED: Honolulu, Hawaii" foot, a day whose year is the month named just before it, a
term's first day, a fee installment and what an earlier order did.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # Tax Court: "petitioner Sharon G. Lenar shall file ... a ratification of petition". The initial's full stop
    # once ended the clause, and the duty read as "other" with no paper named.
    R("a-names-initial-does-not-end-the-duty",
      doc("ORDERED that, on or before October 18, 2025, petitioner Sharon G. Lenar shall file in paper form "
          "(not electronically) a ratification of petition."),
      "filing 2025-10-18"),
    # A citation's last letter still ends the clause: "Fed.R.Civ.P. 55(b)(2) is appropriate, it is hereby" is
    # not part of what the complaint's filing date says.
    R("a-citations-last-letter-still-ends-the-clause",
      doc("This matter having been commenced by the filing of a complaint on January 21, 2025, and the Court "
          "having determined that an inquiry under Fed.R.Civ.P. 55(b)(2) is appropriate, it is hereby ORDERED "
          "that plaintiff shall file its papers by April 1, 2025."),
      "filing 2025-04-01"),
    # D. Neb.: a motion "held in abeyance until <date>" is a stay that ends that day, not a sitting (the
    # "appearance of substitute counsel" once made it a hearing).
    R("held-in-abeyance-until-is-an-expiry",
      doc("Counsel's Motion to Withdraw [13] is held in abeyance until May 19, 2025 pending the appearance of "
          "substitute counsel."),
      "expiry 2025-05-19"),
    # Hawaii's foot: "DATED: Honolulu, Hawaii, July 16, 2025." dates the order (it read as a paper due).
    R("hawaii-dated-place-line-is-the-entry",
      "ORDER\nThe parties shall file supplemental briefs by August 5, 2025.\nDATED: Honolulu, Hawaii, July 16, 2025.\n",
      "entry 2025-07-16"),
    # ... also when the PDF's text carries the okina as another mark.
    R("hawaii-dated-place-line-with-an-odd-okina",
      "ORDER\nThe parties shall file supplemental briefs by January 31, 2025.\nDATED: Honolulu, Hawai#i, "
      "January 2, 2025.\n",
      "entry 2025-01-02"),
    # N.Y. App. Div.: "Motion ... denied on condition: (1) that defendant ... be ready to argue or submit it at
    # the October Term, beginning October 1": the conditions are what the court requires now, and a term's
    # first day is a sitting (it read as background).
    R("denied-on-condition-sets-the-terms-first-day",
      doc("Motion by complainant to dismiss defendant's appeal denied on condition: (1) that defendant perfect his "
          "appeal and be ready to argue or submit it at the October Term, beginning October 1, 2025."),
      "hearing 2025-10-01"),
    # A bankruptcy docket text: "Final Filing Fee Installment due by 7/16/2025" is a payment, not a paper.
    R("a-fee-installment-due-is-a-payment",
      "ORDER to Pay Filing Fee in One Installment Final Filing Fee Installment due by 7/16/2025, . "
      "(Fagan, Staci) (Entered: 06/01/2025)\n",
      "other 2025-07-16"),
    # Tax Court: "By Order served April 11, 202s [sic], the Court directed petitioners to pay": what an earlier
    # order did ("directed" once made it a duty set now, in the year after the order's entry).
    R("by-order-served-is-what-an-earlier-order-did",
      doc("By Order served February 11, the Court directed petitioners to pay the Court's filing fee."),
      "none"),
    # Virginia's opening line: "In the Supreme Court of Virginia held at the Supreme Court Building in the City of
    # Richmond on Monday the 23rd day of November, 2020" is the day the court sat and made the order.
    R("virginia-court-held-at-on-is-the-entry",
      "VIRGINIA:\n\nIn the Supreme Court of Virginia held at the Supreme Court Building in the City of Richmond on "
      "Monday the 3rd day of March, 2025.\n\nIt is ordered that the Rules are amended to become effective May 1, 2025.\n",
      "entry 2025-03-03"),
    # ... but a hearing "held at the Supreme Court ... on <date>" is a sitting.
    R("a-hearing-held-at-the-supreme-court-is-a-sitting",
      doc("A hearing will be held at the Supreme Court, 231 Capitol Avenue, Hartford, on Tuesday, April 8, 2025, at "
          "10:00 a.m."),
      "hearing 2025-04-08 10:00"),
    # Texas courts of appeals sign "Acting for the Court Date: __May 21, 2025___": the blank's rule is no part of
    # the date, and the label is the signing date's, not another setting's.
    R("acting-for-the-court-date-in-a-filled-blank-is-the-entry",
      "ORDER\nThe abatement order will be lifted if counsel files a brief on or before May 27, 2025. It is so ORDERED. "
      "Judge's signature: ____/s/ Justice Richard Hightower____ Acting individually Acting for the Court "
      "Date: __May 21, 2025___\n",
      "entry 2025-05-21"),
    # A Hawaii calendar note: "rescheduling from 05/13/25 at 2:00 p.m. to 05/20/25 at 2:00 p.m": the argument moves
    # to the later day (the earlier one read as the sitting, the later as a paper due).
    R("rescheduling-from-to-moves-the-sitting",
      doc("NOTE: Amended Notice of Setting for Oral Argument due to rescheduling from 05/13/25 at 2:00 p.m. to "
          "05/20/25 at 2:00 p.m, filed 05/11/25."),
      "hearing 2025-05-20 14:00"),
    # The Federal Circuit's OCR'd filing stamp "MAY 1 4 2025" splits the day's digits; it dates the order, and a
    # period from "the date of this order" counts from it (the signature's date is OCR'd past reading, "HAY").
    R("an-ocr-split-day-stamp-anchors-the-period",
      "ORDER\nThe appellant is directed to show cause within 30 days of the date of this order.\nFOR THE COURT\n"
      "HAY 1 4 2025 /s/ Jan Horbaly\nDate Jan Horbaly\nClerk\ncc: Ernon Dawkins\nMAY 1 4 2025\nJAN HORBALY\nCLERK\n",
      "filing 2025-06-13"),
    # Texas: "By postcard dated February 20, 2025, we notified the court reporter": another paper's date, not this
    # order's (it was the earlier of two entries, so "within TEN DAYS" counted from it).
    R("a-postcard-dated-is-another-papers-date",
      "Order entered March 5, 2025\nORDER\nBy postcard dated February 20, 2025, we notified Court Reporter Jane Roe the "
      "record was overdue. Accordingly, we ORDER Jane Roe to file, within TEN DAYS, the reporter's record.\n",
      "filing 2025-03-17 +rolled"),
    # Two dates in one sentence share its words; the words just before each tell which one "the anticipated filing
    # date" is: April 3, 2026 (not the extension to December 1, 2025, which gave October 2).
    R("the-words-before-a-date-break-an-anchor-tie",
      doc("Based upon counsel's representation that appellant's opening brief is anticipated to be filed by April 3, "
          "2026, an extension of time in which to serve and file that brief is granted to December 1, 2025. An "
          "application to file an overlength brief must be served and filed no later than 60 days before the "
          "anticipated filing date."),
      "filing 2026-02-02"),
    # Texas: "the appeal is ordered abated for sixty (60) days ... while the parties ... mediation": the stay ends on
    # its sixtieth day, whatever the mediation words near it (it read as a rolled "other" duty).
    R("abated-for-a-period-is-an-expiry",
      doc("Accordingly, the appeal is ordered abated for sixty (60) days from the date of this order while the parties "
          "attempt to resolve the dispute through settlement negotiations and/or mediation."),
      "expiry 2025-05-04"),
    # "Mediation is to be completed on or before October 14, 2025, ..., and the mediator is directed to file with this
    # Court a report": the joined clause is another duty; the date's own is the mediation.
    R("a-joined-is-directed-to-clause-is-another-duty",
      doc("Mediation is to be completed on or before October 14, 2025, subject to further order of the court, and the "
          "mediator is directed to file with this Court a report indicating when the mediation was completed."),
      "other 2025-10-14"),
    # A calendar's line may open with the case number and close with its caption: still a sitting.
    R("a-calendar-line-with-case-number-and-caption-is-a-sitting",
      "No. CAAP-22-0000405, Wednesday, April 23, 2025, 10:30 a.m., State vs. Kaiimi Skip Hiapo\n\n"
      "The above-captioned case has been set for oral argument on the merits at:\n\nAssociate Justice Courtroom\n",
      "hearing 2025-04-23 10:30"),
    # Bankruptcy: a chapter 11 "Disclosure Statement" is the plan's paper, not discovery: its hearing is a sitting.
    R("a-disclosure-statement-hearing-is-a-sitting",
      doc("Motion Granted, Order to be Submitted. Hearing on Approval of Disclosure Statement and Confirmation of Plan "
          "Set for 3/13/2025 at 1:00 PM."),
      "hearing 2025-03-13 13:00"),
    # Texas 14th: "Corrected Abatement Order filed July 17, 2025" on its own line over the caption's lines (which the
    # sentence runs on into) dates the order.
    R("an-order-filed-line-over-the-caption-is-the-entry",
      "Corrected Abatement Order filed July 17, 2025\nIn The\nFourteenth Court of Appeals\n____________\n"
      "NO. 14-25-00216-CV\n\nThe trial court shall file its findings on or before August 29, 2025.\n",
      "entry 2025-07-17"),
    # Minnesota: "this Order be served as follows: 1. At least 10 days before the hearing, personally upon the chair of
    # the town board": the item says how it is served (it read as "other").
    R("served-personally-upon-before-the-hearing-is-service",
      doc("IT IS HEREBY ORDERED that you appear before this Court on May 21, 2025, at 9:00 a.m. and show cause. IT IS "
          "FURTHER ORDERED, that this Order be served as follows: 1. At least 10 days before the hearing, personally "
          "upon the chair of the town board."),
      "service 2025-05-09"),
    # Minnesota's e-signature: "BY THE COURT /s/ Melissa Listug Judge of District Court 2025.02.28" (a dotted ISO date).
    R("an-e-signature-then-a-dotted-iso-date-is-the-entry",
      "ORDER TO SHOW CAUSE\nIT IS HEREBY ORDERED that you appear before this Court on May 21, 2025, at 9:00 a.m. "
      "BY THE COURT /s/ Melissa Listug Judge of District Court 2025.02.28",
      "entry 2025-02-28"),
    # "As previously ordered, the court will hear argument ... commencing at 1:00 p.m., Wednesday, December 17, 2025":
    # the setting still stands (it read as history).
    R("as-previously-ordered-the-court-will-hear-is-a-sitting",
      doc("2. As previously ordered, the court will hear argument on this matter commencing at 1:00 p.m., Wednesday, "
          "December 17, 2025, in Courtroom 300."),
      "hearing 2025-12-17 13:00"),
    # A notice of electronic filing's head, "The following transaction was entered on 8/11/2025 at 4:11 PM CDT", dates
    # the docket text it carries (it read as another paper entered earlier).
    R("a-nef-transaction-entered-on-is-the-entry",
      "U.S. District Court\nEastern District of Louisiana\nNotice of Electronic Filing\nThe following transaction was "
      "entered  on 8/11/2025 at 4:11 PM CDT and filed\non 8/11/2025\nCase Name: Grant v. Gusman\nDocket Text:\n"
      "SCHEDULING ORDER: Final Pretrial Conference set for 2/23/2026 04:00 PM.\n",
      "entry 2025-08-11 16:11"),
    # "a Petition by the Beltrami County Historical Society dated August 19, 2025": the petition's date, however long
    # its author's name (it read as this order's own date).
    R("a-petition-by-a-long-named-party-dated-is-not-the-entry",
      "AMENDED ORDER FOR HEARING\nIT IS ORDERED that on September 29, 2025 at 9:00 A.M. a hearing will be held to hear "
      "a Petition by the Beltrami County Historical Society dated August 19, 2025, as proprietor of the collection.\n",
      "absent 2025-08-19"),
    # Wisconsin: "a public hearing on the revised petition submitted May 6, 2025 by the Director of State Courts shall be
    # held in the Supreme Court Room ... on January 13, 2026, at 1:30 p.m.": the sitting was named before the earlier
    # date (the clause after it read as "other").
    R("a-hearing-named-before-an-earlier-date-shall-be-held-on",
      doc("IT IS ORDERED that a public hearing on the revised petition submitted May 6, 2025 by the Director of State "
          "Courts shall be held in the Supreme Court Room in the State Capitol, Madison, Wisconsin, on January 13, 2026, "
          "at 1:30 p.m."),
      "hearing 2026-01-13 13:30"),
    # N.D. Ill.: "The deadline for the joint status report is extended to 1/19/2026": a status report is filed (it read as
    # "other" with no "due" or "file" beside it).
    R("a-status-reports-extended-deadline-is-a-filing",
      doc("The deadline for the joint status report is extended to 1/19/2026. Status hearing set for 1/29/2026 at "
          "9:30 a.m."),
      "filing 2026-01-19"),
    # A reporter's head: "Supreme Court of Arkansas." over "February 8, 2025.*792 Appellant, pro se." dates the opinion,
    # and "within thirty days of the date of this opinion" counts from it.
    R("a-date-under-the-courts-line-in-a-reporters-head-is-the-entry",
      "Terrance JOHNSON, Appellant,\nv.\nSTATE of Arkansas, Appellee.\nNo. CR 06-1304.\nSupreme Court of Arkansas.\n"
      "February 3, 2025.*792 Appellant, pro se.\nPER CURIAM.\nWe direct appellant to file a brief within thirty days of "
      "the date of this opinion.\n",
      "entry 2025-02-03"),
    # D. Delaware's COVID order: hearings "continued to a date to be determined on or after April 15, 2025" are bounded
    # by that day; no sitting is set on it.
    R("a-date-to-be-determined-on-or-after-is-no-sitting",
      doc("All hearings, status conferences, trials and any other matters scheduled to be held in open court that are "
          "not time sensitive are continued to a date to be determined on or after April 15, 2025."),
      "other 2025-04-15"),
    # "The Chapter 13 motions calendar scheduled for March 24, 2025, shall be held telephonically": a sitting.
    R("a-motions-calendar-is-a-sitting",
      doc("The Chapter 13 motions calendar scheduled for March 24, 2025, shall be held telephonically."),
      "hearing 2025-03-24"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_tenth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_a_note_of_an_order_filed_at_the_sentence_end_is_history() -> None:
    # "NOTE: Order granting ...; the Donors will be allowed to participate in oral argument, filed 04/27/25.": the
    # day that order was filed, not a day the note sets.
    timeline = run(doc("NOTE: Order granting joint motion for leave to participate in oral argument; the Donors will "
                       "be allowed to participate in oral argument, filed 04/27/25."))
    assert [e.recital for e in timeline.events if str(e.date) == "2025-04-27"] == [True], _describe(timeline)


def test_counsels_appearance_is_no_sitting() -> None:
    timeline = run(doc("The motion to withdraw is granted upon the appearance of substitute counsel, which shall be "
                       "no later than May 19, 2025."))
    assert not [e for e in timeline.events if e.kind == "hearing"], _describe(timeline)


def test_a_day_takes_the_year_of_its_month_named_just_before() -> None:
    # Delaware: "In August 2024, the Superior Court directed ... Counsel filed her letter memorandum on the
    # August 27 deadline": August 2024, not the first August 27 after the order's entry.
    timeline = run(doc("In August 2024, the Superior Court directed that Counsel file a letter memorandum. Counsel "
                       "filed her letter memorandum on the August 27 deadline."))
    days = {str(e.date): e.recital for e in timeline.events if e.kind != "entry"}
    assert days == {"2024-08-27": True}, _describe(timeline)


def test_a_paper_filed_in_paper_form_is_named_in_the_title() -> None:
    timeline = run(doc("ORDERED that, on or before October 18, 2025, petitioner Sharon G. Lenar shall file in paper "
                       "form (not electronically) a ratification of petition."))
    titles = [e.title for e in timeline.events if e.kind == "filing"]
    assert titles == ["Ratification of petition due (Sharon G. Lenar)"], titles


def test_another_partys_either_list_is_its_own_duty() -> None:
    # Tax Court: "respondent shall file either: (1) ... (2) ..." the same day petitioners must file a ratification is
    # the respondent's own duty, not a lead-in restating the petitioners' (it was folded into theirs).
    timeline = run(doc("It is ORDERED that, on or before October 18, 2025, petitioners shall file with the Court a "
                       "Ratification of Petition.\n\nIt is further ORDERED that, on or before October 18, 2025, "
                       "respondent shall file either: (1) An appropriate jurisdictional motion; and/or (2) a report."))
    filings = [e for e in timeline.events if e.kind == "filing" and str(e.date) == "2025-10-18"]
    assert len(filings) == 2, _describe(timeline)


_BRIEFING = ("ORDERED that the following briefing schedule and format apply in these consolidated cases:\n\n"
             "Joint Brief for State Petitioners and State Amici 10/02/25\n(not to exceed 8,750 words)\n\n"
             "Joint Brief of Medical Amici Curiae in Support 10/09/25\nof Environmental Petitioners\n"
             "(not to exceed 2,000 words)\n\n"
             "Joint Fine PM NAAQS Brief for Industry 11/25/25\n(not to exceed 3,500 words)\n\n"
             "Joint Coarse PM NAAQS Brief for Industry 11/25/25\n(not to exceed 3,500 words)\n\n"
             "Entered this 31st day of July, 2025.\n")


def test_a_briefing_tables_rows_are_papers_due() -> None:
    # The D.C. Circuit's briefing schedule: each row is a brief due, however long its title (it read as background
    # past four words after "Brief", or when the title ran on under the date).
    timeline = run(_BRIEFING)
    live = {str(e.date) for e in timeline.events if e.kind == "filing" and not e.recital}
    assert {"2025-10-02", "2025-10-09"} <= live, _describe(timeline)


def test_neighbouring_rows_with_like_titles_are_two_papers() -> None:
    # "Joint Fine PM NAAQS Brief" and "Joint Coarse PM NAAQS Brief", due the same day on neighbouring rows, are two
    # briefs (their titles share five words of six and were folded into one).
    timeline = run(_BRIEFING)
    filings = [e for e in timeline.events if e.kind == "filing" and str(e.date) == "2025-11-25"]
    assert len(filings) == 2, _describe(timeline)
