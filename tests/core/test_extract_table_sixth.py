"""A sixth batch of table rows (same form and checks as test_extract_table.py), written from the
order's words and the rules: copies that go to a party, papers sent by e-mail, the clerk's notice that is
the order itself, periods with a written outer limit ("and in any event by"), a site's "Modified Date:",
asides and alternatives inside a clause, the clerk's signature block, first days that are no deadlines,
"nor less than" windows, comments on proposed rules, perfected appeals, a sitting's hour in the next
sentence, and papers named by a form or a letter.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_table import ENTRY, R, doc, run
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
    # A period with a written outer limit is one duty on the written date (the count's anchor is not stated).
    R("in-any-event-by-date-is-one-duty",
      doc("Defendant will file its answer within 120 days and in any event, by September 29, 2025."),
      "filing 2025-09-29 once"),
    R("in-any-event-count-is-not-a-second-event",
      doc("Defendant will file its answer within 120 days and in any event, by September 29, 2025."),
      "absent 2025-07-03"),
    # "or by <date>, whichever is earlier": the written date is the limit; its "(which is ...)" explains it.
    R("or-by-date-whichever-is-earlier",
      doc("Plaintiff shall file the amended complaint within 60 days after the stay is lifted or by "
          "November 24, 2025 (which is 180 days after the filing of the complaint), whichever is earlier."),
      "filing 2025-11-24 once"),
    R("which-is-n-days-after-explains-the-date",
      doc("Plaintiff shall file the amended complaint within 60 days after the stay is lifted or by "
          "November 24, 2025 (which is 180 days after the filing of the complaint), whichever is earlier."),
      "absent 2026-05-23"),
    # The date first, the count after it.
    R("date-or-within-n-days-whichever-is-earlier",
      doc("Defendant's motion to be filed by November 24, 2025 or within 90 days of receipt of the "
          "administrative record, whichever is earlier."),
      "filing 2025-11-24 once"),
    # Without "whichever is earlier" two dates joined by "or" stay two events (a choice, not a limit).
    R("or-by-date-without-whichever-stays-two",
      doc("Plaintiff shall file a reply within 14 days of service of the opposition, or a notice that no reply "
          "will be filed by April 30, 2025."),
      "filing 2025-04-30"),
    # A law site's header row "Modified Date:" is the page's edit: neither the order's date nor an event.
    R("site-modified-date-is-no-entry",
      "DocketNumber: 04-16-00170-CV\nFiled Date: 9/27/2016\nStatus: Precedential\nModified Date: 10/3/2016\nORDER\n"
      "Appellee shall file an amended brief by October 17, 2016.\n", "absent 2016-10-03"),
    R("site-filed-date-stays-the-entry",
      "DocketNumber: 04-16-00170-CV\nFiled Date: 9/27/2016\nStatus: Precedential\nModified Date: 10/3/2016\nORDER\n"
      "Appellee shall file an amended brief by October 17, 2016.\n", "entry 2016-09-27 once"),
    # A short aside between the subject and its verb does not end the date's clause.
    R("aside-between-subject-and-verb",
      doc("ORDERED that, on or before August 19, 2025, the parties (petitioners and respondent) shall file a joint "
          "or separate status report."), "filing 2025-08-19"),
    # Nor do the alternatives after "either".
    R("either-numbered-alternatives",
      doc("On or before February 3, 2025, the parties and the Receiver shall either (1) file a joint letter "
          "informing the Court that the Accounting is complete; or (2) file objections to the Accounting."),
      "filing 2025-02-03"),
    # A date heading the sentence, then "may serve": the act is service.
    R("date-then-may-serve",
      doc("On or before December 16, 2025, the parties may serve on the Receiver requests to supplement the "
          "Accounting with any additional documentation."), "service 2025-12-16"),
    # "shall serve, file and submit a brief": a paper filed (and served), still a filing.
    R("date-then-serve-file-and-submit",
      doc("By October 30, 2025, defendant shall serve, file and submit a brief in support."), "filing 2025-10-30"),
    # "one (1) full week prior to the Scheduling Conference": the week counts back from the conference.
    R("full-week-prior",
      doc("The Scheduling Conference is set for September 4, 2025, at 2:00 p.m. A Joint Scheduling Report shall be "
          "filed one (1) full week prior to the Scheduling Conference."), "filing 2025-08-28"),
    # E.D. Cal.'s docket title in mixed case, "Amended ORDER re Settlement Conference, signed by ... on": the order's date.
    R("mixed-case-docket-title-signed-by",
      "Amended ORDER re Settlement Conference, signed by Magistrate Judge Sheila K. Oberto on 9/15/2023. Settlement "
      "Conference re-set for 11/14/2023 at 10:30 AM in Courtroom 7 (SKO) before Magistrate Judge Sheila K. Oberto.",
      "entry 2023-09-15"),
    R("mixed-case-docket-title-keeps-the-setting",
      "Amended ORDER re Settlement Conference, signed by Magistrate Judge Sheila K. Oberto on 9/15/2023. Settlement "
      "Conference re-set for 11/14/2023 at 10:30 AM in Courtroom 7 (SKO) before Magistrate Judge Sheila K. Oberto.",
      "hearing 2023-11-14 10:30"),
    # A settlement conference statement delivered to the clerk is a paper due, not the conference.
    R("settlement-conference-statements-received-by",
      doc("The settlement conference statements shall be received in the Clerk's Office, Room 301, not later than "
          "4:00 P.M. on Wednesday, March 26, 2025."), "filing 2025-03-26 16:00"),
    # Statements the parties exchange between themselves stay other (LABELLING.md rule 4).
    R("exchanged-settlement-statements-stay-other",
      doc("The settlement conference is set for April 9, 2025 at 9:00 a.m. The parties are directed to exchange "
          "non-confidential settlement statements seven days prior to the settlement conference."),
      "other 2025-04-02"),
    # The Tax Court's remand: the hearing the Appeals Office must offer by a date is a cut-off (LABELLING.md rule 1).
    R("offer-an-administrative-hearing-no-later-than",
      doc("ORDERED that respondent shall offer petitioner a supplemental administrative hearing at respondent's "
          "Independent Office of Appeals located closest to petitioner's residence at a reasonable and mutually "
          "agreed upon date and time, but no later than June 30, 2025."), "other 2025-06-30"),
    # A paper of the case sent to a party's counsel is served.
    R("copy-of-reply-to-counsel-is-service",
      doc("Counsel for defendant shall send a copy of its reply to counsel for the plaintiff by October 15, 2025."),
      "service 2025-10-15"),
    # The clerk's signature block dates the order when nothing else does; a scan split the day's digits (since
    # session 11 the cleaning joins "AUG 2 0 2010" to a plain date, read like any other stamped date).
    R("signature-block-date-split-digits",
      "ORDER\nIT IS ORDERED THAT:\n(1) Mendez is directed to show cause, within 21 days of the date of filing of this "
      "order, why the appeal should not be dismissed.\nFOR THE COURT\nAUG 2 0 2010\n/s/ Jan Horbaly\nDate Jan Horbaly\n"
      "Clerk\n", "entry 2010-08-20"),
    R("signature-block-date-starts-the-count",
      "ORDER\nIT IS ORDERED THAT:\n(1) Mendez is directed to show cause, within 21 days of the date of filing of this "
      "order, why the appeal should not be dismissed.\nFOR THE COURT\nAUG 2 0 2010\n/s/ Jan Horbaly\nDate Jan Horbaly\n"
      "Clerk\n", "filing 2010-09-10"),
    # With the year lost, the year of the court's filed stamp on the same month and day.
    R("signature-block-year-from-the-stamp",
      "ORDER\n(1) The appellant is directed to show cause, within 30 days of the date of filing of this order, why his "
      "appeal should not be dismissed.\nFOR THE COURT\nAPR 0 5  /s/ Jan Horbaly\nDate Jan Horbaly\nClerk\n"
      "THE FEDERAL CIRCUIT\n38 APR 05 2011\n", "filing 2011-05-05"),
    # The first day something may be done is no deadline for doing it.
    R("filed-on-or-after-is-other",
      doc("Rule 26 shall be effective for documents filed on or after April 1, 2025."), "other 2025-04-01"),
    R("may-be-filed-beginning-on-is-other",
      doc("Landlord-tenant complaints may be filed beginning on April 14, 2025."), "other 2025-04-14"),
    # A sitting that begins on a day stays a sitting.
    R("trial-session-beginning-on-stays-hearing",
      doc("The case will also be added to the trial session in Houston, Texas, beginning on April 14, 2025."),
      "hearing 2025-04-14"),
    # A count from a paper still to be filed runs from that paper's deadline: the latest date, said so.
    R("count-from-a-papers-deadline-is-flagged",
      doc("Plaintiff's response papers will be filed by April 14, 2025. Defendant shall file a reply brief within 14 "
          "days of plaintiff's responsive papers."), "filing 2025-04-28 +anchor-is-deadline"),
    # The outer limit named by its count ("in any event, by") anchors a later count under the duty's name.
    R("count-from-an-outer-limit-names-the-duty",
      doc("Plaintiff's response papers will be filed within 30 days, and in any event by April 14, 2025. Defendant "
          "shall file a reply brief within 14 days of plaintiff's responsive papers."),
      "filing 2025-04-28 +anchor-is-deadline"),
    # "not more than 60 days nor less than 30 days before the hearing": "nor less than" is "at least", a deadline.
    R("nor-less-than-is-a-deadline",
      doc("A public hearing shall be held on Wednesday, April 30, 2025, at 9:30 a.m. Notice shall be published not "
          "more than 60 days nor less than 30 days before the date of the hearing."), "other 2025-03-31"),
    # "may permit the opposition to be filed fewer than seven days before" stays a leave, no deadline.
    R("fewer-than-stays-a-leave",
      doc("The hearing is set for April 30, 2025. The Court may permit the opposition to be filed fewer than seven "
          "days before the hearing."), "absent 2025-04-23"),
    # Written comments to the court on a proposed rule are papers filed with it.
    R("written-comments-forwarded-by-a-date",
      doc("Interested persons are asked to consider the Committee's Report and proposed rules changes and to forward "
          "on or before March 7, 2025 any written comments they may wish to make to the Reporter."),
      "filing 2025-03-07"),
    R("comment-in-writing-before-a-date",
      "[¶ 2] ORDERED, any person wishing to comment on the proposed rule may do so in writing before Monday, June 3, "
      "2013. Written comments may be e-mailed to the Clerk of the Supreme Court.\n[¶ 3] The Supreme Court of the State "
      "of North Dakota convened the 1st day of May, 2013, with the Honorable Chief Justice presiding.\n",
      "filing 2013-06-03"),
    # New York's "perfects those appeals on or before <date>": perfecting an appeal is filing the record and brief.
    R("perfects-those-appeals-on-or-before",
      doc("ORDERED that appellant's motion to vacate the dismissal of appeal Nos. 1 and 2 is granted on the condition "
          "that appellant perfects those appeals on or before April 30, 2025."), "filing 2025-04-30"),
    R("appeal-be-perfected-by",
      doc("ORDERED that the motion is granted on condition that the appeal be perfected on or before April 30, 2025."),
      "filing 2025-04-30"),
    # "Continued to <date> to be heard in Room 301 at 9:00 a.m.": the words between the date and its hour say it is a sitting.
    R("continued-to-date-to-be-heard-in-room",
      doc("PLAINTIFF'S Motion For Order Quashing Notice Of Deposition Continued to April 1, 2025 to be heard in Room "
          "301 at 9:00 a.m."), "hearing 2025-04-01 09:00"),
    # "IT IS FURTHER ORDERED that in the event <date> was the last day ...": a condition, not a deadline on that day.
    R("ordered-that-in-the-event-date-is-a-condition",
      doc("IT IS FURTHER ORDERED that in the event May 27, 2025, was the last day of a period to file a pleading or "
          "other paper, the period is extended to May 31, 2025."), "absent 2025-05-27"),
    # The hour of a sitting in the next sentence, which names no date of its own.
    R("hearing-hour-in-the-next-sentence",
      doc("The Board will hold a hearing on Thursday, March 27, 2025, to allow interested parties to comment on the "
          "issues in this proceeding. The hearing will take place at 9:30 a.m. in the Board's hearing room."),
      "hearing 2025-03-27 09:30"),
    # With two sittings set before it, the sentence could mean either: no hour is guessed.
    R("hour-sentence-after-two-sittings-guesses-nothing",
      doc("A status hearing is set for March 27, 2025. A motions hearing is set for April 3, 2025. The hearing will "
          "begin at 9:30 a.m."), "hearing 2025-03-27"),
    # The magistrate-judge consent form and a letter to the court are papers filed.
    R("consent-decline-deadline",
      "Consent/Decline Deadline 4/25/2025. Scheduling Conference set for 5/15/2025 at 10:00 AM.", "filing 2025-04-25"),
    R("enter-an-election-no-later-than",
      doc("The parties are REQUIRED to enter an election regarding magistrate-judge jurisdiction no later than "
          "April 14, 2025."), "filing 2025-04-14"),
    R("send-a-letter-days-prior",
      doc("The settlement conference is set for April 21, 2025, at 10:00 a.m. Any counseled party shall send a letter "
          "ten (10) days prior to the conference outlining its settlement position."), "filing 2025-04-11"),
    # "to either (1) pay the filing fee or (2) provide written proof to this court": the second alternative is read too.
    R("either-pay-or-provide-written-proof-to-the-court",
      doc("We therefore order appellant, not later than March 24, 2025, to either (1) pay the applicable filing fee or "
          "(2) provide written proof to this court that he is indigent."), "filing 2025-03-24"),
    # "oral arguments to be held Thursday, May 22, 2025": the plural names the sitting too.
    R("oral-arguments-plural-is-a-sitting",
      doc("We will also receive requests by any party wishing to participate in oral arguments to be held Thursday, "
          "May 22, 2025."), "hearing 2025-05-22"),
]


def test_a_count_that_ends_before_its_outer_limit_asks_for_review() -> None:
    timeline = run(doc("The hearing is set for April 1, 2025. Objections shall be filed within 7 days after the "
                       "hearing on April 1, 2025, and in any event by April 30, 2025."))
    limit = [e for e in timeline.events if e.kind == "filing" and not e.recital]
    assert [str(e.date) for e in limit] == ["2025-04-30"]
    assert "needs-review" in limit[0].flags and "2025-04-08" in limit[0].computation


def test_a_copy_of_documents_sent_to_counsel_is_not_service() -> None:
    timeline = run(doc("Counsel for defendant shall send a copy of the relevant plan documents and the entire "
                       "administrative record to counsel for the plaintiff by October 15, 2025."))
    kinds = [e.kind for e in timeline.events if str(e.date) == "2025-10-15" and not e.recital]
    assert kinds and "service" not in kinds  # (documents produced, not a paper of the case served)


def test_signature_block_without_a_year_dates_nothing() -> None:
    timeline = run("ORDER\nThe appellant shall file a brief within 30 days of the date of filing of this order.\n"
                   "FOR THE COURT\nAPR 0 5  /s/ Jan Horbaly\nClerk\n")
    assert not [e for e in timeline.events if e.kind == "entry"]  # (no year anywhere: nothing is guessed)


def test_a_numbered_paragraph_starts_a_sentence() -> None:
    # "[¶ 3]" after a full stop starts a new sentence: the court's sitting date is not the comments' deadline.
    timeline = run("[¶ 2] ORDERED, any person wishing to comment on the proposed rule may do so in writing before "
                   "Monday, June 3, 2013. Written comments may be e-mailed to the Clerk of the Supreme Court.\n[¶ 3] The "
                   "Supreme Court of the State of North Dakota convened the 1st day of May, 2013, with the Honorable "
                   "Chief Justice presiding.\n")
    assert not [e for e in timeline.events if str(e.date) == "2013-05-01" and e.kind == "filing" and not e.recital]


def test_two_periods_from_one_undated_event_say_so_instead_of_circular() -> None:
    timeline = run(doc("Creditors shall file a proof of claim no later than 75 days after the date of the order for "
                       "relief. Governmental units shall file a proof of claim no later than 180 days after the date of "
                       "the order for relief."))
    periods = [e for e in timeline.events if e.kind == "filing"]
    assert len(periods) == 2 and all(e.date is None and "anchor-undated" in e.flags for e in periods)
    assert not [w for w in timeline.warnings if "circular" in w]


def test_michigan_date_beside_a_chief_justice_with_a_suffix_dates_the_order() -> None:
    text = ("Order                                                   Michigan Supreme Court\n"
            "                                                          Lansing, Michigan\n\n"
            "  April 18, 2012                                          Robert P. Young, Jr.,\n"
            "                                                                  Chief Justice\n\n"
            "  On order of the Court, the application for leave to appeal is considered. We DIRECT the Prosecuting "
            "Attorney to answer the application within 28 days after the date of this order.\n")
    live = [(e.kind, str(e.date)) for e in run(text).events if not e.recital]
    assert ("entry", "2012-04-18") in live and ("filing", "2012-05-16") in live


def test_an_order_of_a_named_court_dated_is_another_order() -> None:
    text = ("Opinion\nMotion No: 2014-00215 QC\n03-26-2014\nDECISION & ORDER ON MOTION\nMotion by appellant for a stay "
            "pending the determination of an appeal from an order of the Civil Court of the City of New York, Queens "
            "County, dated January 7, 2014.\nORDERED that the motion is granted on condition that the appeal be "
            "perfected within 21 days from the date of this decision and order on motion.\n")
    live = [(e.kind, str(e.date)) for e in run(text).events if not e.recital]
    assert ("entry", "2014-01-07") not in live and ("filing", "2014-04-16") in live


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_sixth_row(text: str, expected: str) -> None:
    check_row(text, expected)


def test_a_move_only_asked_for_leaves_the_current_setting() -> None:
    # A ruling tells an earlier continuance, restates the trial date, then a party's request to move it:
    # the trial stays where it is and the requested dates are history, not former settings to calendar.
    text = ("On February 24, 2025, this Court continued the final status conference and trial dates to January 12, "
            "2026, and January 26, 2026.\nTrial is set for January 26, 2026.\nDefendant requests a court order "
            "continuing the final status conference date scheduled for January 12, 2026 to June 12, 2026 and "
            "continuing the trial date scheduled for January 26, 2026 to June 26, 2026.\n\n" + ENTRY)
    live = [(e.kind, str(e.date)) for e in run(text).events if not e.recital]
    assert ("hearing", "2026-01-26") in live
    assert not [d for _, d in live if d in ("2026-06-12", "2026-06-26")]
