"""A twenty-second batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the forms met in session 23.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import R, _describe, doc, run
from tests.core.test_extract_table import test_row as check_row  # not collected twice

ROWS = [
    # E.D. Mich. scheduling order row: "Witness Lists Filed by (lay and expert): December 18, 2018" - a deadline's
    # label with a parenthesis before its colon (it was a past filing, from "Filed by").
    R("a-filed-by-label-with-a-parenthesis-is-a-deadline",
      doc("SCHEDULING ORDER\nWitness Lists Filed by (lay and expert): June 18, 2025\nDiscovery cutoff: July 5, 2025"),
      "filing 2025-06-18"),
    # Tenn. Supreme Court: "The State ... shall file a single supplemental response brief thirty days after the
    # defendants' briefs are filed, but in no event later than October 22, 2011" - the outside day is a deadline (it
    # was background, its lead not known).
    R("in-no-event-later-than-is-a-deadline",
      doc("The State shall file a single supplemental response brief thirty days after the defendants' briefs are "
          "filed, but in no event later than April 22, 2025."),
      "filing 2025-04-22"),
    # Court of Federal Claims: "Because compelling circumstances have been shown, plaintiff's request that trial
    # commence on May 12, 2005 is GRANTED." - the court sets what was asked (it stayed the party's request, history).
    R("a-request-that-trial-commence-on-a-day-granted-sets-the-trial",
      doc("Plaintiff requested that the trial commence on May 12, 2025. Because compelling circumstances have been "
          "shown, plaintiff's request that trial commence on May 12, 2025 is GRANTED."),
      "hearing 2025-05-12"),
    # N.Y. Supreme Court, New York County: "In its February 11, 2021 order, the court ... The order directed the
    # plaintiff to designate such a witness on or before March 31, 2021." - an earlier order's duty told again (it was
    # calendared a year on, as a year-corrected filing).
    R("what-the-earlier-order-directed-is-history",
      doc("In its February 11, 2025 order, the court granted the plaintiff's motion to compel. The order directed the "
          "plaintiff to designate such a witness on or before March 1, 2025.", entry="Dated: January 10, 2026"),
      "recital 2025-03-01"),
    # E.D. Cal.: "The scheduling order required plaintiff to serve defendants within 90 days" - the initial order's
    # duty, told again (it was counted again from this order).
    R("what-the-scheduling-order-required-is-history",
      doc("Plaintiff filed the action on January 2, 2025. The scheduling order required plaintiff to serve defendants "
          "within 90 days, and by 10 days after, file with the Clerk a certificate reflecting such service."),
      "none"),
    # S.D. Ohio scan: "a Final Pretrial Conference will be held on August 4, 2017, at 1 :30 p.m." - OCR's space before
    # the colon (the hour was lost).
    R("an-hour-with-a-space-before-its-colon",
      doc("It is ORDERED that a Final Pretrial Conference will be held on August 4, 2025, at 1 :30 p.m."),
      "hearing 2025-08-04 13:30"),
    # E.D. Cal. docket text: "Opposition due by 1/10/2020 and, Reply due by 1/24/2020, the Second Phase of Discovery
    # shall be completed by ..." - the reply is the paper named before its own "due" (it was discovery, from the
    # next clause's words).
    R("a-reply-due-before-a-discovery-clause-is-a-filing",
      doc("Motion to Amend due by 12/2/2025, with Opposition due by 1/9/2026 and, Reply due by 1/23/2026, the Second "
          "Phase of Discovery shall be completed by 5/1/2026."),
      "filing 2026-01-23"),
    # M.D. Ga.: "The trust account statement provided by Plaintiff was also printed months ago; it is dated August 12,
    # 2013." - that statement's date, not this order's (it was the entry, and the order's 21-day counts ran from it).
    R("it-is-dated-names-another-papers-date",
      "The trust account statement provided by Plaintiff was also printed months ago; it is dated August 12, 2024. "
      "Plaintiff shall file an updated statement within twenty-one (21) days. Ordered by US Magistrate Judge STEPHEN "
      "HYLES on 3/27/25. (AGH)",
      "filing 2025-04-17"),
    # M.D. Ga. docket text: "and Order to Recast Complaint within twenty-one (21) days" - a pleading to file (it was
    # other, no paper word near).
    R("recasting-a-complaint-is-a-filing",
      doc("ORDER denying Motion for Legal Assistance; and Order to Recast Complaint within twenty-one (21) days."),
      "filing 2025-03-26"),
    # D. Conn. scan: "Case 3:03-cv-00927-SRU Document 10 Filed O4/19/2004 Paget of 4" - a letter O for the zero and
    # "Paget" for "Page 1": still the ECF header stamp (it was a past filing).
    R("an-ecf-stamp-with-a-letter-o-and-paget-is-the-entry",
      "Case 3:23-cv-00927-SRU Document 10 Filed O4/19/2025 Paget of 4 L I\nUNITED STATES DISTRICT COURT\nThe pretrial "
      "memorandum shall be submitted by May 28, 2025.\n",
      "entry 2025-04-19"),
    # W.D. Wash.: "Respondent's answer (Dkt. 10) is RENOTED on the Court's calendar for consideration on November 17,
    # 2017." - the new noting date (it was background).
    R("an-answer-renoted-for-consideration-is-live",
      doc("Respondent's answer (Dkt. 10) is RENOTED on the Court's calendar for consideration on November 17, 2025."),
      "other 2025-11-17"),
    # ... "Respondent shall file any reply brief in support of his answer by that date." - the noting date just set
    # (it was the response's earlier date).
    R("by-that-date-after-a-renoting-is-the-noting-date",
      doc("Petitioner is directed to file his response not later than November 13, 2025. Respondent's answer is "
          "RENOTED on the Court's calendar for consideration on November 17, 2025. Respondent shall file any reply brief "
          "in support of his answer by that date."),
      "filing 2025-11-17"),
    # N.Y. App. Div. 4th Dept: "the appeal shall be added to the calendar for the term of this Court commencing on
    # October 15, 2024" - the term's sitting (it was other).
    R("the-term-of-this-court-commencing-on-is-a-sitting",
      doc("It is further ORDERED that the appeal shall be added to the calendar for the term of this Court commencing "
          "on October 15, 2025."),
      "hearing 2025-10-15"),
    # N.Y. App. Div. 2d Dept: "the time for the appellant to make an application ... from the order dated June 23, 2023,
    # is extended until April 17, 2024" - the application is a paper, named before the earlier date (it was other).
    R("time-to-make-an-application-extended-past-an-earlier-date-is-a-filing",
      doc("ORDERED that the time for the appellant to make an application for a certificate granting leave to appeal "
          "from the order dated June 23, 2025, is extended until April 17, 2026; and it is further ORDERED that no "
          "further extension of time shall be granted.", entry="Dated: March 18, 2026"),
      "filing 2026-04-17"),
    # Court of Federal Claims: "Defendant represented that defendant would be prepared to file the administrative
    # record by May 31, 2006." - what a party said, not a setting (it was a filing).
    R("what-a-party-represented-it-would-file-is-no-deadline",
      doc("During the status conference, defendant represented that defendant would be prepared to file the "
          "administrative record by May 31, 2025."),
      "none"),
    # E.D. Tenn.: "The requested deadline extension means the briefing on any dispositive motion would not conclude
    # until May 9, 2013" - what would follow, not a setting (it was a filing).
    R("briefing-that-would-not-conclude-until-a-day-is-no-deadline",
      doc("The requested deadline extension means the briefing on any dispositive motion would not conclude until "
          "May 9, 2025 even though the final pretrial conference is set for May 10, 2025."),
      "absent 2025-05-09"),
    # E.D.N.C. case management order: "C. February 26,2015: By this date, the FHWA and NCDOT shall file their separate
    # crossmotions for summary judgment." - one subject after the row's "By this date," (the clause was cut at "and",
    # so the paper was lost).
    R("by-this-date-then-two-parties-shall-file-is-a-filing",
      doc("C. February 26, 2026: By this date, the FHWA and NCDOT shall file their separate crossmotions for summary "
          "judgment. Each brief shall include their responses."),
      "filing 2026-02-26"),
    # N.D. Miss.: "In the event Petitioner's motion for partial summary judgment is denied, Petitioner shall have thirty
    # (30) days from the entry of the given order to move to stay" - a later order, no date yet (it was counted from
    # this order, as an expiry).
    R("thirty-days-from-the-entry-of-the-given-order-is-undated",
      doc("In the event Petitioner's motion for partial summary judgment is denied, Petitioner shall have thirty (30) "
          "days from the entry of the given order to move to stay and hold in abeyance this cause."),
      "filing undated"),
    # Los Angeles Superior Court: "the FSC is set for March 7, 2023" - the final status conference by its initials
    # (it was other); likewise a TSC, PTC or FPC.
    R("the-fsc-set-for-a-day-is-a-sitting",
      doc("Trial is continued. The FSC is set for March 10, 2026."),
      "hearing 2026-03-10"),
    # Utah State Courts release: "A panel of judges is scheduled to meet on Thursday, October 14, 2021, to hear
    # testimony" - the judges sit (it was a parties' meeting, from "meet").
    R("judges-scheduled-to-meet-to-hear-testimony-sit",
      "Cedar City, Utah - A panel of judges is scheduled to meet on Thursday, October 14, 2021, to hear testimony to "
      "determine whether good cause exists to call a grand jury.",
      "hearing 2021-10-14"),
    # S.D.N.Y.: "Accordingly, the Court sua sponte extends defense counsel's time to March 16, 2022, to comply with the
    # Court's December 13, 2021, Order" - the court acting now (it was background).
    R("the-court-sua-sponte-extends-time-to-a-day-is-live",
      doc("To date, the Court has received no answer to the December 13, 2024, Order. Accordingly, the Court sua sponte "
          "extends defense counsel's time to March 16, 2025, to comply with the Court's December 13, 2024, Order."),
      "filing 2025-03-16"),
    # E.D. Cal. pleading paper: "Trial: March 10, 2025, at 8:30 a.m., in Bakersfield Federal Courthouse" at a page's
    # foot, the next paragraph "This action was removed from Kern County ..." - another clause (its "was removed" made
    # the trial history).
    R("a-rows-clause-stops-at-the-next-paragraph",
      doc("Pre-Trial Conference: January 17, 2026, at 10:30 a.m., in Bakersfield Federal Courthouse\nTrial: March 10, "
          "2026, at 8:30 a.m., in Bakersfield Federal Courthouse\n\n\n\nThis action was removed from Kern County "
          "Superior Court."),
      "hearing 2026-03-10 08:30"),
    # Pima County Superior Court page: "Friday, September 2, 2022 by Superior Court" on its own line - the notice's
    # posting (it was background once the next paragraph no longer ran into its clause).
    R("a-date-by-the-court-on-its-own-line-dates-the-notice",
      "Notice Requesting Comments for Amendment to Local Rule 1.3\n\n\n\nFriday, September 2, 2022 by Superior Court\n\n"
      "The Superior Court seeks public comment on proposed amendments.\n\nComments on the proposed amendment will be "
      "accepted until October 3, 2022.",
      "entry 2022-09-02"),
    # S.D.N.Y.: "the Court sua sponte extends defense counsel's time to March 16, 2022, to comply" - a party's time,
    # nothing else named: the time to file its paper (it was other).
    R("a-partys-time-extended-to-a-day-is-a-filing",
      doc("Accordingly, the Court sua sponte extends defense counsel's time to March 16, 2025, to comply with the "
          "Court's December 13, 2024, Order."),
      "filing 2025-03-16"),
    # San Mateo tentative ruling: "Trial is set for 9-9-19. ... near the time of the 8-13-19 hearing date on this motion
    # ... Plaintiff may file the proposed FAC within 7 days of this Order." - the ruling becomes the order at the
    # motion's hearing, not at the trial it names first (it was counted from the trial).
    R("a-tentative-ruling-counts-from-its-motions-hearing-not-the-trial",
      "18-CIV-03326 LIBERTY VS. SHAW\nMOTION to file first amended complaint TENTATIVE RULING:\nThe Motion for Leave to "
      "File First Amended Complaint is GRANTED. Trial is set for 9-9-25. Both parties are scheduled to be deposed near "
      "the time of the 8-13-25 hearing date on this motion. Plaintiff may file the proposed FAC within 7 days of this "
      "Order.",
      "filing 2025-08-20"),
    # Florida 20th Circuit notice: "For filings issued before April 30, 2021, a case management order shall be issued
    # by December 3, 2021." - which cases, not an event (it was a live other on April 30).
    R("for-filings-issued-before-a-day-is-a-scope-not-an-event",
      doc("For filings issued before May 1, 2026, a case management order shall be issued by December 4, 2026."),
      "recital 2026-05-01"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_twentysecond_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_papers_due_on_a_closed_day_deemed_timely_later_are_no_deadline() -> None:
    # Third Circuit closure notice: "Electronic and paper documents that are due on Friday, January 5, 2018, will be
    # considered timely if filed/received on Monday, January 8, 2018." - the papers move; the Friday is the closure,
    # no filing deadline (it was a filing), and the Monday is.
    timeline = run("Due to inclement weather, the Court will be closed on Friday, January 9, 2026. Electronic and paper "
                   "documents that are due on Friday, January 9, 2026, will be considered timely if filed/received on "
                   "Monday, January 12, 2026.")
    live = [e for e in timeline.events if not e.recital]
    assert not any(e.kind == "filing" and str(e.date) == "2026-01-09" for e in live), _describe(timeline)
    assert any(e.kind == "filing" and str(e.date) == "2026-01-12" for e in live), _describe(timeline)


def test_counts_joined_by_whichever_occurs_later_are_one_undated_duty() -> None:
    # S.D. Ohio capital habeas: "Any motion for evidentiary hearing shall be filed not later than thirty days after the
    # discovery cut-off or thirty days from the date when discovery is denied by the Magistrate Judge, whichever occurs
    # later." - no cut-off is set and no ruling made: one duty, undated (it was two, counted from the motion for
    # discovery's deadline, a paper sharing only the word "discovery").
    timeline = run(doc("Any motion for discovery shall be filed not later than May 1, 2025. Any motion for evidentiary "
                       "hearing shall be filed not later than thirty days after the discovery cut-off or thirty days "
                       "from the date when discovery is denied by the Magistrate Judge, whichever occurs later."))
    counted = [e for e in timeline.events if e.relative is not None and not e.recital]
    assert len(counted) == 1 and counted[0].date is None, _describe(timeline)


def test_a_reply_with_no_anchor_after_a_counted_response_counts_from_the_response() -> None:
    # W.D.N.Y.: "Defendants shall, within 20 days of this Decision and Order, show cause ...; Plaintiffs' response shall
    # be filed within 10 days thereafter; Defendants' reply, if any, shall be filed within 5 days." - the reply follows
    # the response (it was counted from the order, before the response).
    timeline = run(doc("Defendants shall, within 20 days of this Decision and Order, show cause why expenses should not "
                       "be awarded; Plaintiffs' response shall be filed within 10 days thereafter; Defendants' reply, if "
                       "any, shall be filed within 5 days."))
    by_title = {e.title.split(",")[0]: e for e in timeline.events if e.relative is not None}
    response = next(e for t, e in by_title.items() if "response" in t.lower())
    reply = next(e for t, e in by_title.items() if "reply" in t.lower())
    assert response.date and reply.date and reply.date > response.date, _describe(timeline)


def test_a_count_from_filing_a_case_is_each_cases_own_day() -> None:
    # Florida 20th Circuit notice: "the Court will issue a standard case management plan if within 150 days of filing a
    # case parties have not submitted one" - each case's own filing, no date (it was counted from the notice's
    # December 3 deadline).
    timeline = run(doc("For filings issued before April 30, 2025, a case management order shall be issued by December "
                       "3, 2025. As it relates to Circuit Court, the Court will issue a standard case management plan if "
                       "within 150 days of filing a case parties have not submitted one."))
    counted = [e for e in timeline.events if e.relative is not None]
    assert counted and all(e.date is None for e in counted), _describe(timeline)
