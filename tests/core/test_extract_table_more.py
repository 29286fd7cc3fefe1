"""More table rows (same form and checks as test_extract_table.py): lists under one directive,
docket-text phrasing, OCR'd years, "within that time", hour periods from an order of unknown time.

Rows are written from the order's words and the rules, not from the extractor's output.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.test_extract_table import R, doc, run
from viewer.core.model import Event
from tests.core.test_extract_table import test_row as check_row  # not collected twice

_FLAT_TABLE = ("Accordingly, the Court orders that the trial date be continued to April 28, 2025, with the related "
               "dates continued as follows:\nJURY TRIAL begins\nApril 28, 2025\nLength of trial\n5 days\n"
               "Disclosure of expert testimony under Fed.R.Civ.P. 26(a)(2)\nOctober 2, 2025\n"
               "All motions related to discovery must be filed by (see LCR 7(d))\nNovember 3, 2025\n")

ROWS = [
    # ------------------------------------------------ items listed under one directive -----------
    # A clerk's list: the directive names the papers "by the indicated dates", each item is a date
    # then the paper, with no verb of its own. Every item is a filing, not background.
    R("list-item-date-first",
      doc("It is ORDERED that appellant shall submit the following documents by the indicated dates: "
          "4/7/25 Certificate of Counsel. 4/7/25 Docketing statement. 4/21/25 Dispositive motions, if any."),
      "filing 2025-04-21"),
    R("list-item-date-first-middle",
      doc("It is ORDERED that appellant shall submit the following documents by the indicated dates: "
          "4/7/25 Certificate of Counsel. 4/14/25 Docketing statement. 4/21/25 Dispositive motions, if any."),
      "filing 2025-04-14"),
    # An item whose words alone would read as an appearance is still a paper under a filing lead.
    R("list-item-entry-of-appearance",
      doc("Appellee shall file the following by the dates shown: 4/7/25 Certificate of Counsel. "
          "4/9/25 Entry of Appearance form."), "filing 2025-04-09"),
    # Without a lead, a bare "date + noun" line is not a duty.
    R("date-first-without-lead", doc("Exhibits. 4/9/25 Entry of Appearance form."), "absent 2025-04-09"),
    # ------------------------------------------------ docket-text phrasing ----------------------------
    # "Signed by the Honorable ..." dates the order itself.
    R("signed-by-the-honorable",
      "ORDER as to John Doe: Sentencing set for 6/2/2025. Signed by the Honorable Jane Roe, Jr on 3/4/25.",
      "entry 2025-03-04"),
    # "is given until DATE to reply" is a paper.
    R("given-until-to-reply", doc("Defendant is given until 4/11/2025 to reply."), "filing 2025-04-11"),
    # The last day to oppose a discharge is a filing cut-off (a bankruptcy notice).
    R("last-day-to-oppose",
      doc("Meeting of Creditors 341(a) meeting to be held on 4/1/2025 at 08:00 AM at Federal Building, "
          "Selma, AL. Last day to oppose discharge or dischargeability is 5/30/2025."),
      "filing 2025-05-30"),
    # Discovery the government owes the defence is produced, not filed with the court.
    R("discovery-by-party-due", doc("Discovery by USA due 4/3/25; reciprocal discovery due 4/10/25."),
      "other 2025-04-03"),
    # A date before a colon closes its clause: the exclusion ends then, the trial is another event.
    R("date-before-colon",
      doc("Time excluded from 3/5/25 until 4/29/25: The Jury Trial is set for 5/27/2025 at 09:30 AM."),
      "other 2025-04-29"),
    R("date-before-colon-trial",
      doc("Time excluded from 3/5/25 until 4/29/25: The Jury Trial is set for 5/27/2025 at 09:30 AM."),
      "hearing 2025-05-27 09:30"),
    # A form the order tells the plaintiff to return is a paper for the court.
    R("return-the-form",
      doc("Plaintiff to return the Consent to Collection of Fees form within thirty (30) days of entry hereof."),
      "filing 2025-04-04"),
    # ------------------------------------------------ a docket's restatement of a counted duty ----
    # The clerk's "(Response Brief due by 5/5/2025)" and "due 30 days after ..." are one duty: the
    # docket's date is kept; the order's own count (Wed 3/5 + 30 = Fri 4/4) differs, so it is flagged.
    R("docket-restates-differs",
      "MINUTE ORDER: response brief of Defendant due 30 days after entry of this order. "
      "(Response Brief due by 5/5/2025) (Entered: 03/05/2025)", "filing 2025-05-05 +count-differs once"),
    # When the count and the docket agree, one event, no flag.
    R("docket-restates-agrees",
      "MINUTE ORDER: response brief of Defendant due 30 days after entry of this order. "
      "(Response Brief due by 4/4/2025) (Entered: 03/05/2025)", "filing 2025-04-04 -count-differs once"),
    # A reply counted from the day the response "is filed" waits for that filing (undated); the day it
    # would fall on counts from the docket's date (test_extract_table_third checks 5/5 + 7 = Mon 5/12).
    R("docket-restates-anchor",
      "MINUTE ORDER: response brief of Defendant due 30 days after entry of this order; plaintiff may "
      "file a reply brief within 7 days from the date the response brief is filed. "
      "(Response Brief due by 5/5/2025) (Entered: 03/05/2025)", "filing undated +anchor-undated"),
    # The document's own header "Order / filed October 27, 2011" dates it (a state appellate order).
    R("order-filed-header", "Order\nfiled October 27, 2011\n\nIn The Eleventh Court of Appeals\n\nThe Court "
      "directs counsel to file the brief by November 10, 2011.", "entry 2011-10-27"),
    # A docket text that opens "TEXT ORDER Entered by Magistrate Judge ... on 4/6/20" dates itself.
    R("text-order-entered-by", "TEXT ORDER Entered by Magistrate Judge Eric I. Long on 4/6/20. The Court directs "
      "Plaintiffs to file an additional Status Report by 7/3/20.", "entry 2020-04-06"),
    # "the due date" is a noun: a past extension "until March 21, 2011" in an October order is history.
    R("due-date-noun-is-history",
      "On its own motion, the Court extended the due date for appellant's brief until March 21, 2011. "
      "The Court directs counsel to file the brief by November 10, 2011.\n\nSigned and entered this "
      "27th day of October, 2011.", "recital 2011-03-21"),
    # A caption restating the body's period is the same duty, titled from the body.
    R("caption-restates-period",
      "ORDER TO SHOW CAUSE WHY THIS CASE SHOULD NOT BE DISMISSED RESPONSE DUE WITHIN 30 DAYS\n\n"
      "1. Plaintiff is ordered to show cause within 30 days why this case should not be dismissed.\n\n"
      + "Entered this 5th day of March, 2025.", "filing 2025-04-04 once"),
    # "Hearing Date: June 18, 2024" in a ruling's header is the hearing, not the order's date.
    R("hearing-date-label", "Case Number: 23SMCV04387 Hearing Date: June 18, 2024 Dept: N\n\nTENTATIVE RULING\n\n"
      "The motion is GRANTED.", "hearing 2024-06-18"),
    # Sanctions "payable ... within thirty (30) days of entry of this order" are a duty (3/5 + 30 = 4/4).
    R("sanctions-payable-within", doc("Requests for Monetary Sanctions are GRANTED in the reduced amount of "
      "$2,280, payable by Plaintiff to Defendant within thirty (30) days of entry of this order."),
      "other 2025-04-04"),
    # A filing fee is paid, not filed.
    R("filing-fee-is-not-a-filing", doc("Defendant is required to pay a fourth filing fee of $60 within ten "
      "(10) days of entry of this order."), "other 2025-03-17"),
    # OCR moved "fourteen" away from "(14)": the bare parenthesised count still counts (3/5 + 14 = 3/19).
    R("bare-parenthesised-count", doc("the parties shall make their initial disclosures within\n(14) days of "
      "the date of this Order."), "other 2025-03-19"),
    # "Hearing set for 01/25/2010 at 12:45 AM": no court sits then; the afternoon is meant, and flagged.
    R("night-hearing-time", "Hearing set for 04/14/2025 at 12:45 AM at Courtroom 602. (Entered: 03/05/2025)",
      "hearing 2025-04-14 12:45 +time-corrected"),
    # Two sentences setting the same period for different papers are two duties, not one.
    R("same-period-two-papers", doc("Plaintiff shall serve responses to the Form Interrogatories within thirty "
      "(30) days of entry of this order. Plaintiff shall serve responses to the Requests for Production of "
      "Documents within thirty (30) days of entry of this order."), "service 2025-04-04"),
    # A schedule table under an "EVENT DATE" header: each row ends with its date and has no verb.
    R("table-row-no-verb", doc("EVENT DATE\nJURY TRIAL begins June 2, 2025\nDisclosure of expert testimony "
      "under April 9, 2025\nDiscovery completed by May 8, 2025"), "other 2025-04-09"),
    # A row that ends with its date does not take the next row's words ("Settlement conference").
    R("table-row-ends-at-date", doc("EVENT DATE\nAll dispositive motions must be filed by May 8, 2025\n"
      "Settlement conference must be held no later than May 20, 2025"), "filing 2025-05-08"),
    # "is CONTINUED TO <date>" sets the hearing anew, though "filed by" stands nearer the date.
    R("continued-to-is-hearing", doc("The hearing on the Demurrer filed by Defendants is CONTINUED TO April 9, "
      "2025 at 10:00 a.m. in Department 25."), "hearing 2025-04-09 10:00"),
    # "16 court days before the next scheduled hearing": counted back from the hearing ahead
    # (4/9/2025 back 16 court days, skipping weekends = Tue 3/18).
    R("next-scheduled-hearing", doc("Hearing Date: March 5, 2025. The hearing is CONTINUED TO April 9, 2025 at "
      "10:00 a.m. At least 16 court days before the next scheduled hearing, Defendants must file and serve "
      "supplemental papers."), "filing 2025-03-18"),
    # A two-column table pasted as "Label:\n|\nDATE\n|": each date takes the label of its row.
    R("table-cell-label-filing", doc("CASE MANAGEMENT SCHEDULE\n-\nDeadline to Amend Pleadings:\n|\nApril 11, 2025\n|\n"
      "Fact Discovery Cut-Off:\n|\nJune 17, 2025\n|\nFurther Case Management Conference:\n|\nJuly 9, 2025 at "
      "1:30 p.m.\n|"), "filing 2025-04-11"),
    R("table-cell-label-discovery", doc("CASE MANAGEMENT SCHEDULE\n-\nDeadline to Amend Pleadings:\n|\nApril 11, 2025\n|\n"
      "Fact Discovery Cut-Off:\n|\nJune 17, 2025\n|\nFurther Case Management Conference:\n|\nJuly 9, 2025 at "
      "1:30 p.m.\n|"), "other 2025-06-17"),
    R("table-cell-label-hearing", doc("CASE MANAGEMENT SCHEDULE\n-\nDeadline to Amend Pleadings:\n|\nApril 11, 2025\n|\n"
      "Fact Discovery Cut-Off:\n|\nJune 17, 2025\n|\nFurther Case Management Conference:\n|\nJuly 9, 2025 at "
      "1:30 p.m.\n|"), "hearing 2025-07-09 13:30"),
    # A label "Deadline for Hearing Dispositive Motions:" sets the last day a motion may be heard: a cut-off,
    # not a sitting (tests/data/LABELLING.md rule 1; heldout4 labels it so, heldout14 as a hearing).
    R("deadline-for-hearing-motions", doc("Deadline for Hearing Dispositive Motions: June 8, 2025 at 9:00 a.m."),
      "other 2025-06-08 09:00"),
    # "If the brief is not filed within 10 days of the date of this order, the case will be abated":
    # the only statement of the deadline, so it is calendared (3/5 + 10 = Sat 3/15 -> Mon 3/17), flagged.
    R("condition-only-deadline", doc("If appellant's brief is not filed within 10 days of the date of this order, "
      "then the case will be abated and remanded to the trial court."), "filing 2025-03-17 +conditional"),
    # When the order also sets the duty, the condition only repeats it: one live event.
    R("condition-repeats-duty", doc("Plaintiff must file the amended complaint within sixty days of the date of "
      "this order. If Plaintiff does not file an amended complaint within sixty days of the date of this order, "
      "the Court will treat the original complaint as the operative pleading."), "filing 2025-05-05 -conditional once"),
    # What an earlier order required ("On <date>, this Court notified ... and required a response
    # within 10 days") is history, not a period running from this order (3/5 + 10 = 3/17 stays empty).
    R("narrative-past-period", doc("On January 6, 2025, this Court notified appellant that the brief had not been "
      "filed and required a response within 10 days."), "absent 2025-03-17"),
    # A report and recommendation: objections "within fourteen (14) days after being served with a
    # copy" run from the report's entry (electronic service that day), flagged as assumed (3/5 + 14).
    R("rr-objections-served-with-copy", doc("A party's failure to file written objections to the proposed findings "
      "within fourteen (14) days after being served with a copy shall bar that party from attacking on appeal the "
      "unobjected-to proposed factual findings."), "filing 2025-03-19 +anchor-assumed"),
    # "Any party may object ... within fourteen (14) days after being served": a duty, not a past event.
    R("rr-may-object", doc("Any party may object to a magistrate judge's proposed findings within fourteen (14) "
      "days after being served with a copy thereof."), "filing 2025-03-19"),
    # "was required to file objections within 14 days" tells what an earlier order required.
    R("was-required-within-is-history", doc("Any party objecting to the findings was required to file specific "
      "written objections within 14 days."), "absent 2025-03-19"),
    # "Delivered: December 10, 2020" dates a Texas appellate opinion.
    R("delivered-dates-opinion", "Per Curiam Memorandum Opinion. The appeal is dismissed for want of "
      "prosecution. Delivered: December 10, 2020", "entry 2020-12-10"),
    # "No later than <date>, the plaintiff SHALL show cause why ...": a written response, not a sitting.
    R("show-cause-by-date-is-filing", doc("No later than April 17, 2025, the plaintiff SHALL show cause why "
      "sanctions should not be imposed for the failure to prosecute this action."), "filing 2025-04-17"),
    # Deadlines to hold something are not settings of it: a settlement conference "must be held no
    # later than", the "last date to conduct" one, the date a case must be "ready for trial".
    R("conference-held-no-later-than", doc("Settlement conference under LCR 39.1 must be held no later than "
      "June 6, 2025."), "other 2025-06-06"),
    R("last-date-to-conduct", doc("Last date to conduct settlement conference is 6/17/2025."), "other 2025-06-17"),
    R("ready-for-trial-by", doc("The case will be ready for trial by September 15, 2025."), "other 2025-09-15"),
    # Probation's presentence report is not the parties' filing; objections to it are stated to probation
    # (LABELLING.md rule 4; heldout15 and heldout34 label them so).
    R("presentence-report-due", doc("Presentence Report to Parties due by 5/9/2025 (35 days prior)."),
      "other 2025-05-09"),
    R("objections-to-presentence-report", doc("Objections to the Presentence Report due by 5/23/2025."),
      "other 2025-05-23"),
    # The parties' Rule 26(f) conference and depositions happen between the parties.
    R("rule-26-conference-due", doc("Rule 26 conference due by 4/8/2025."), "other 2025-04-08"),
    R("deposition-due", doc("Deposition due by 5/16/2025."), "other 2025-05-16"),
    # A mediation questionnaire is a paper the court receives.
    R("mediation-questionnaire-due", doc("Mediation Questionnaire due on 04/11/2025."), "filing 2025-04-11"),
    # A minute entry with no entry stamp: the proceedings' date dates it, and the period counts from
    # it (Fri 2/2/2018 + 30 = Sun 3/4 -> Mon 3/5).
    R("minute-entry-held-on", "Minute Entry for proceedings held before Magistrate Judge X: Settlement Conference "
      "Call held on 2/2/2018. Case settled: Parties to submit Stip of Dismissal within 30 days.",
      "filing 2018-03-05 +rolled"),
    # "Defendant has 7 days from the date on which this order is filed to file its reply brief."
    R("has-n-days-from-order", doc("Defendant has 7 days from the date on which this order is filed to file its "
      "reply brief."), "filing 2025-03-12"),
    # "In an order issued on July 1, 2014, the Court granted ...": another order, not this one's date.
    R("order-issued-on-is-other", "In an order issued on July 1, 2014, the Court granted leave to proceed. Plaintiff "
      "is ORDERED to submit the affidavit within 30 days after the date of this order. Signed by Judge X on 9/30/15.",
      "filing 2015-10-30"),
    # "Accordingly, on April 23, 2021, I ordered him to show cause within twenty-one days": history.
    R("narrative-i-ordered", doc("Accordingly, on January 23, 2025, I ordered him to show cause within "
      "twenty-one days why this case should not be dismissed."), "absent 2025-03-26"),
    # Objections "within fourteen days after being served with these findings and recommendations".
    R("served-with-these-findings", doc("Within fourteen days after being served with these findings and "
      "recommendations, any party may file written objections with the court."), "filing 2025-03-19 +anchor-assumed"),
    # PACER docket text: the order's own title in capitals, then "signed by ... on <date>" (10/21 + 21 = 11/11,
    # Veterans Day, rolls to Tue 11/12).
    R("docket-title-signed-by", "ORDER TO SHOW CAUSE signed by Magistrate Judge Kendall J. Newman on 10/21/2013 "
      "ORDERING Plaintiff to SHOW CAUSE, in writing, within 21 days, as to why this case should not be dismissed.",
      "filing 2013-11-12 +rolled"),
    # Pennsylvania's "AND NOW, this 21st day of December, 2015" dates the order (12/21 + 15 = 1/5).
    R("and-now-this-day", "ORDER PER CURIAM AND NOW, this 21st day of December, 2015, the Petition is GRANTED. "
      "Counsel is DIRECTED to file a Petition for Allowance of Appeal within 15 days.", "filing 2016-01-05"),
    # A court of appeals' ECF header dates the order when nothing else does (10/30 + 30 = Fri 11/29,
    # the day after Thanksgiving: a Virginia holiday in the table's calendar, so Mon 12/2).
    R("appeals-ecf-header", "Case: 14-7001   Document: 4   Page: 1   Filed: 10/30/2013\n\nORDER\n\nAppellant is "
      "directed to show cause, within 30 days of the date of filing of this order, why the appeal should not be "
      "dismissed.", "filing 2013-12-02 +rolled"),
    # "This appeal was docketed on January 30" is history when the order carries its own date line.
    R("was-docketed-superseded", "Court of Appeals of the State of Georgia ATLANTA,______ March 14, 2019 The Court "
      "of Appeals hereby passes the following order: This appeal was docketed on January 30, 2019, and the brief "
      "was due 20 days later.", "entry 2019-03-14 once"),
    # Texas appellate footer "Order issued and filed July 16, 2008" dates the order (7/16 + 45 = Sat 8/30,
    # Labor Day Monday 9/1 too, so Tue 9/2).
    R("issued-and-filed-footer", "The supplemental records are ordered to be filed within 45 days of the date of "
      "this Order.\n\nAppeal abated\nOrder issued and filed July 16, 2008\nDo not publish", "filing 2008-09-02 +rolled"),
    # A time between the deadline word and the date: "self-surrender by 1:00 p.m. on Friday, February 17".
    R("by-time-on-date", "MINUTE ENTRY for proceedings held before Judge X: Sentencing held on 1/24/2017; "
      "Defendant to self-surrender by 1:00 p.m. on Friday, February 17, 2017. (Entered: 01/25/2017)",
      "other 2017-02-17 13:00"),
    # Speedy Trial Act time "excluded until the first pretrial conference on <date>": the exclusion's end.
    R("speedy-trial-excluded-until", doc("The speedy trial time is excluded until the first pretrial conference on "
      "April 3, 2025, in the interest of justice."), "other 2025-04-03"),
    # A court of appeals clerk told to "calendar this case during the week of <date>": the argument week.
    R("calendar-this-case", doc("The Clerk shall calendar this case during the week of May 12, 2025."),
      "hearing 2025-05-12"),
    # "perfect the appeal" within 14 days is the appellant's filing (3/5 + 14).
    R("perfect-the-appeal", doc("Within 14 days after the filing date of this order, petitioner shall perfect the "
      "appeal pursuant to Federal Rule of Appellate Procedure 5(d)."), "filing 2025-03-19"),
    # "are granted fourteen days within which to ... file" (3/5 + 14).
    R("granted-days-within-which", doc("IT IS ORDERED that the Respondent is granted fourteen days within which to "
      "prepare, file, and serve a response to the Petition."), "filing 2025-03-19"),
    # "within 30 days (or by April 7, 2025)": one duty; the written date is the court's and is kept
    # (3/5 + 30 = 4/4, so the count differs and is flagged).
    R("period-or-by-date", doc("Plaintiff shall file within 30 days (or by April 7, 2025) an amended complaint that "
      "complies with this Order."), "filing 2025-04-07 +count-differs once"),
    # "the Court's February 7, 2013 Pretrial Order" names another paper: no event, no year fix.
    R("dated-pretrial-order-is-a-paper", "Neither party complied with the Court's February 7, 2013 Pretrial Order. "
      "Plaintiff is ORDERED TO SHOW CAUSE in writing no later than December 23, 2013.\n\nDated: December 19, 2013",
      "absent 2014-02-07"),
    # "The deadline ... is extended from 9/10/2018 to 10/10/2018": the old deadline, moved by this order,
    # is the former setting (other, not background), the new one the filing.
    R("extended-from-old-deadline", "ORDER: The deadline to respond to Defendant's Motion to Dismiss 27 is extended "
      "from 9/10/2018 to 10/10/2018. Ordered by Judge X. (Entered: 09/21/2018)", "other 2018-09-10"),
    # "SHALL PROVIDE THE COURT WITH A REPORT WITH RESPECT TO TRIAL STATUS": a paper, not the trial.
    R("report-on-trial-status", "ORDER THAT ON OR BEFORE 5/9/08, DEFT., THROUGH COUNSEL, SHALL PROVIDE THE COURT "
      "WITH A REPORT WITH RESPECT TO TRIAL STATUS. Signed by Judge X on 5/2/08.", "filing 2008-05-09"),
    # ------------------------------------------------ periods that end something ------------------
    # A remand "for a period of thirty days" ends on day 30 (Fri 2025-03-07 + 30 = Sun 4/6): shown on
    # that day, with the weekend-rolled Monday named as the other reading.
    R("remand-period-ends-on-its-day",
      doc("We abate the appeal and remand the case to the trial court for a period of thirty days.",
          "Entered this 7th day of March, 2025."), "expiry 2025-04-06 +readings-differ -rolled"),
    # A paper due "ten days after the 30-day remand period" counts from that day (4/6 + 10 = Wed 4/16).
    R("after-the-remand-period",
      doc("We remand the case to the trial court for a period of thirty days. Any supplemental clerk's "
          "record is due no later than ten days after the 30-day remand period.",
          "Entered this 7th day of March, 2025."), "filing 2025-04-16"),
    # A TRO signed on a Saturday with no end stated: the 14-day cap ends Sat 3/22 (not Monday).
    R("tro-cap-ends-on-weekend",
      doc("Defendants are hereby temporarily restrained and enjoined from transferring any assets. "
          "This temporary restraining order is issued ex parte.", "Entered this 8th day of March, 2025."),
      "expiry 2025-03-22 +readings-differ"),
    # ------------------------------------------------ OCR'd years and anchors --------------------------
    # OCR reads the "2" of a year as "Z"; the clerk's stamp at the foot ("OCT 27 Z010") is the
    # order's only date, and the period counts from it (Wed 2010-10-27 + 21 = Wed 11/17).
    R("ocr-z-year-stamp",
      "Appellant is directed to show cause, within 21 days of the date of filing of this order, why "
      "the appeal should not be dismissed.\n\nOCT 27 Z010\n", "filing 2010-11-17"),
    # The clerk's filed stamp at the foot, inside a run-on OCR line, dates the order.
    R("clerk-filed-stamp",
      "Appellant is directed to show cause, within 21 days of the date of filing of this order, why the "
      "appeal should not be dismissed. Jan Horbaly Clerk cc: counsel. FILED U.S. COURT OF APPEALS FOR THE "
      "FEDERAL CIRCUIT . OCT 27 2010 JAN HORBALY CLERK", "entry 2010-10-27"),
    # "within 60 days from this date": from the order's own date (Wed 2025-03-05 + 60 = Sun 5/4 -> 5/5).
    R("from-this-date", doc("Any request must be filed within 60 days from this date."),
      "filing 2025-05-05 +rolled"),
    # "may also respond within that time": the same deadline as the period just stated.
    R("within-that-time",
      doc("Plaintiff is directed to show cause, within 21 days of the date of this order, why the case "
          "should not be dismissed. The Secretary may also respond within that time."),
      "filing 2025-03-26"),
    # "Failure to file the brief within that time ...": a warning about that deadline, not a second one.
    R("failure-within-that-time",
      doc("Appellant shall file the opening brief no later than April 21, 2025. Failure to file the brief "
          "within that time will result in dismissal of this appeal."), "filing 2025-04-21 once"),
    # "ORDERED to serve this Order ... forthwith": service, undated (forthwith is flagged, not dated).
    R("ordered-to-serve-forthwith",
      doc("Plaintiffs are ORDERED to serve this Order on Defendants by email forthwith."),
      "service undated +undated"),
    # 48 hours from an order whose time of day is not stated: the day is known, the hour is not.
    R("hours-from-undated-time",
      doc("Defendants may file their response within forty-eight (48) hours of this Order."),
      "filing 2025-03-07 +anchor-time-unknown"),
    # ------------------------------------------------ sentencing orders ---------------------------
    # "Sentence will be imposed on" sets the sentencing hearing; a numbered item is its own clause,
    # so the presentence report named earlier in the sentence does not make it probation's paper.
    R("sentence-will-be-imposed",
      doc("The Defendant having been referred for a Presentence Report (PSR), IT IS ORDERED as follows: "
          "1) Sentence will be imposed on AUGUST 22, 2025 at 2:00 PM."), "hearing 2025-08-22 14:00"),
    # Probation's own deadline ("by the Probation Officer") is not a party's filing.
    R("psr-by-probation",
      doc("On or before JULY 5, 2025, the PSR must be submitted to counsel by the Probation Officer for review "
          "and possible objections."), "other 2025-07-05"),
    # "SEVEN DAYS before sentencing" counts back from the sentencing hearing: Aug 22 - 7 = Fri Aug 15.
    R("days-before-sentence-imposed",
      doc("Sentence will be imposed on August 22, 2025 at 2:00 PM. A Sentencing Memorandum is optional, but "
          "due SEVEN DAYS before sentencing."), "filing 2025-08-15"),
    # A request that "must be presented in the form of a motion" is a paper for the court.
    R("must-be-presented-motion",
      doc("Not later than August 8, 2025, any request for a departure must be presented in the form of a "
          "motion with a supporting brief."), "filing 2025-08-08"),
    # A plea cut-off is the last day to plead, not a sitting.
    R("plea-cutoff-not-hearing", doc("The new plea cutoff date is May 19, 2025."), "other 2025-05-19"),
    # ------------------------------------------------ settings moved ------------------------------
    # "re-set" with a hyphen moves the setting like "reset": the new date is the conference ...
    R("re-set-hyphen-new",
      "ORDER indicating that the Case Management Conference set for 4/10/25 at 1:00 PM is re-set for "
      "4/11/2025 at 1:00 PM. Signed by Judge Nora Roe on 3/5/2025.", "hearing 2025-04-11 13:00"),
    # ... and the old date is the former setting.
    R("re-set-hyphen-old",
      "ORDER indicating that the Case Management Conference set for 4/10/25 at 1:00 PM is re-set for "
      "4/11/2025 at 1:00 PM. Signed by Judge Nora Roe on 3/5/2025.", "other 2025-04-10 13:00"),
    # ------------------------------------------------ whose date it is ----------------------------
    # A proof of service "dated" a day is the paper's date, not this order's.
    R("proof-of-service-dated",
      doc("The court received the statement and the Proof of Service dated March 3, 2025."), "recital 2025-03-03"),
    # An appellate header "MEMORANDUM BY <judge>: FILED <date>" dates the opinion itself.
    R("memorandum-by-judge-filed",
      "BEFORE: ROE, J., DOE, J., and POE, J.\nMEMORANDUM BY DOE, J.: FILED MARCH 5, 2025\nAppellant appeals.",
      "entry 2025-03-05"),
    # "By entry of <date>, this court remanded": an earlier order, not a remand starting now.
    R("by-entry-of-is-earlier-order",
      doc("By entry of February 20, 2025, this court remanded this cause to the court of appeals."),
      "recital 2025-02-20"),
    # A sentence whose subject is an earlier dated order tells what that order set.
    R("earlier-dated-order-narrates",
      doc("The January 22, 2025 Order scheduled a status conference on February 10, 2025, and required a status "
          "report no later than fourteen (14) days prior to the conference."), "recital 2025-02-10"),
    # ... so a period "prior to the status conference" counts from the conference this order sets
    # (Apr 21 - 14 = Mon Apr 7), not from the earlier one.
    R("period-from-the-live-conference",
      doc("The January 22, 2025 Order scheduled a status conference on February 10, 2025, and required a status "
          "report no later than fourteen (14) days prior to the conference. The status conference is rescheduled "
          "to 4/21/2025 at 9:00 a.m. A joint status report shall be filed no later than fourteen (14) days prior "
          "to the status conference."), "filing 2025-04-07"),
    # "held on <date>, at <time>, just prior to the status conference" says where the hearing sits.
    R("just-prior-to-is-placement",
      doc("If a hearing is requested, it will be held on 4/21/2025, at 9:00 a.m., just prior to the status "
          "conference."), "hearing 2025-04-21 09:00 once"),
    # ------------------------------------------------ periods from a written date ---------------------
    # "60 calendar days after 3/5/2025" counts from that date: May 4 is a Sunday, rolled to Mon May 5.
    R("days-after-written-date",
      doc("Counsel shall submit the agreed dates no later than 60 calendar days after 3/5/2025."),
      "filing 2025-05-05"),
    # "after the April 1, 2025 hearing" counts from that hearing (Thu May 1) ...
    R("days-after-dated-hearing",
      doc("Plaintiff shall file the report within 30 days after the April 1, 2025 hearing."), "filing 2025-05-01"),
    # ... which stays an event of its own.
    R("dated-hearing-anchor-stays",
      doc("Plaintiff shall file the report within 30 days after the April 1, 2025 hearing."), "hearing 2025-04-01"),
    # "a 90-day extension of the April 15, 2025 deadline" (sought, not granted) is no count: no July 14.
    R("extension-of-dated-deadline",
      doc("Defendants seek a 90-day extension of the April 15, 2025 discovery deadline."), "absent 2025-07-14"),
    # ------------------------------------------------ flattened schedule tables ------------------------
    # "label line / date line" rows under "continued as follows:": each date reads as its label says,
    # and a date alone on its line there is not the order's own date.
    R("flattened-table-label-line", doc(_FLAT_TABLE), "other 2025-10-02"),
    R("flattened-table-trial-once", doc(_FLAT_TABLE), "hearing 2025-04-28 once"),
    # "Length of trial / 5 days / Disclosure of ..." is no period counted from the disclosure (Oct 7).
    R("flattened-table-length-not-period", doc(_FLAT_TABLE), "absent 2025-10-07"),
    # ------------------------------------------------ dates without a year -----------------------------
    # The same day stated with its year earlier is that day, not the next October 20.
    R("yearless-restates-stated-day",
      doc("The final pretrial conference was held on October 20, 2024. At the October 20 conference the parties "
          "agreed to a new schedule."), "absent 2025-10-20"),
    # Read forward from entry, "November 30" would be eight months ahead; in a story told in 2024 it
    # is November 30, 2024, already past.
    R("yearless-story-year",
      doc("The final pretrial conference was held on October 20, 2024. The parties will present an amended "
          "order providing for discovery to be completed by November 30 and a joint pretrial order by December 10."),
      "absent 2025-11-30"),
    # A near setting without a year still reads forward from entry.
    R("yearless-near-future-stays",
      doc("The hearing held on February 20, 2025 is continued. The parties shall file briefs by March 20."),
      "filing 2025-03-20"),
    # ------------------------------------------------ other people's words and papers -----------------
    # A period inside a party's quoted words is what the party said, not a deadline the court set
    # (counted from entry it would be Fri Apr 4).
    R("party-quoted-period",
      doc('Plaintiff filed a "Notice of Settlement" on March 3, 2025, in which he states, "the parties have '
          'settled this action and dispositional documents will be filed within (30) calendar days."'),
      "absent 2025-04-04"),
    # A docket text that quotes the order's own words right after the clerk's initials is the order.
    R("docket-quotes-order-words",
      'ORDER granting motion. Signed by Judge Jane Roe on 3/5/2025. (afc) "The agency is ordered to file the '
      'record by April 14, 2025. The Clerk shall close this case."', "filing 2025-04-14"),
    # "is granted thirty (30) days from the date of this order to file": a grant of time is a duty.
    R("is-granted-days-to-file",
      doc("Respondent is granted thirty (30) days from the date of this order to file a Pre-Answer Response."),
      "filing 2025-04-04"),
    # A trust "dated" a day in the caption is the trust's date, not the order's.
    R("trust-dated-not-entry",
      "Defendants: LESTER ROE, as Co-Trustee of the Roe 1999 Family Trust, dated July 13, 1999. ORDER. A report "
      "shall be filed by May 5, 2025.\n\nEntered this 5th day of March, 2025.", "recital 1999-07-13"),
    # A reporter's first line "X v. Y, No. ... (Jan. 13, 1998)" dates a decision with no dating line.
    R("reporter-first-line-decided",
      "Cross v. Larosa, No. Cv 96-0477442s (Jan. 13, 1998)\n\nMEMORANDUM OF DECISION. The plaintiff applied "
      "for an injunction on December 9, 1996.", "entry 1998-01-13"),
    # ------------------------------------------------ periods from a paper's filing --------------------
    # "after the filing of the Amended Complaint" runs from the day it is actually filed, which the order
    # cannot know: undated (its deadline, Fri Apr 4, is only the latest it can be).
    R("days-after-filing-of-paper",
      doc("Plaintiff shall file an amended complaint within thirty (30) days of this order. Defendant may file a "
          "renewed motion within fourteen (14) days after the filing of the Amended Complaint."),
      "filing undated +anchor-undated"),
    R("days-after-filing-of-paper-not-from-deadline",
      doc("Plaintiff shall file an amended complaint within thirty (30) days of this order. Defendant may file a "
          "renewed motion within fourteen (14) days after the filing of the Amended Complaint."),
      "absent 2025-04-18"),
    # "Upon the filing of the response, petitioner may reply within thirty (30) days": from that filing,
    # not from this order (Fri Apr 4).
    R("upon-filing-of-paper",
      doc("Respondent shall file a pre-answer response by April 10, 2025. Upon the filing of the response, "
          "petitioner may reply within thirty (30) days."), "absent 2025-04-04"),
    # ------------------------------------------------ one duty stated twice -------------------------------
    # "must file by April 18, 2025 either: (1) ... or (2) ...": the same show-cause duty, stated again to
    # lead into the ways to meet it: one event.
    R("date-leading-either-list-once",
      doc("Plaintiff is ORDERED TO SHOW CAUSE on or before April 18, 2025 why the action should not be dismissed. "
          "In order to discharge this Order, Plaintiff must file by April 18, 2025 either: (1) an opposition to the "
          "Motion; or (2) a request for an extension."), "filing 2025-04-18 once"),
    # A period the court also wrote as a date right after it is that date: one duty, the date calendared.
    R("period-then-court-date",
      doc("Defendants are directed to file their response within two weeks of Plaintiffs' motion, on or before "
          "April 10, 2025."), "filing 2025-04-10 once"),
    # "ten o'clock am. (10:00 a.m.)": the hour written out, then in digits, is one time on the same sentence.
    R("oclock-then-digits",
      doc("The hearing is set for April 24, 2025, at ten o\u2019clock am. (10:00 a.m.)."), "hearing 2025-04-24 10:00"),
    # ------------------------------------------------ rules, excusals, references ---------------------------
    # "Local Rule 16.1.1, as amended April 1, 2024" dates the rule, not a setting (no year fix to 2025).
    R("rule-as-amended-date",
      doc("Pursuant to Local Rule 16.1.1, as amended April 1, 2024, an initial scheduling conference shall be held "
          "on May 16, 2025 at 4:30 p.m."), "absent 2025-04-01"),
    # "excused from the requirement of making the disclosures ... within fourteen (14) days": no duty.
    R("excused-from-requirement",
      doc("The conference is set for April 14, 2025. The parties are excused from the requirement of making the "
          "disclosures within fourteen (14) days after the conference."), "absent 2025-04-28"),
    # "held no later than" (no "shall be") is still a deadline to hold the conference, not a sitting.
    R("held-no-later-than",
      doc("Settlement conference under LCR 39.1, if requested by the parties, held no later than April 29, 2025."),
      "other 2025-04-29"),
    # "the November 14, 2025 discovery deadline" and "the current November 14, 2025 deadline" name one deadline.
    R("reference-to-deadline-once",
      doc("Defendants seek an extension of the November 14, 2025 discovery deadline. The depositions cannot be "
          "completed by the current November 14, 2025 deadline."), "other 2025-11-14 once"),
    # "Fed.R.Civ.P. 26(a)(2)" does not end the sentence: the disclosures are the subject (discovery: other).
    R("fed-r-civ-p-not-sentence-end",
      doc("Disclosures required by Fed.R.Civ.P. 26(a)(2), including reports from retained experts, are due from "
          "the party with the burden of proof by December 29, 2025."), "other 2025-12-29"),
    # ------------------------------------------------ who sets the date ------------------------------------
    # "the court orders respondent to file ... within sixty days of the court's order": a duty from this
    # order (Mar 5 + 60 = Sun May 4, rolled to Mon May 5), though "reasons stated below" reads as past.
    R("court-orders-respondent",
      doc("For the reasons stated below, the court orders respondent to file an answer within sixty days of the "
          "court's order."), "filing 2025-05-05"),
    # Reset to a later hour the same day: the new setting is its own event.
    R("reset-same-day-later-hour",
      "Set/Reset Hearings. Sentencing set for 4/9/2025 at 2:00 PM is reset for 4/9/2025 at 03:30 PM in Courtroom 5A. "
      "(Entered: 03/05/2025)", "hearing 2025-04-09 15:30"),
    # "have until <date> to submit their Joint Pretrial Order ..." and the clerk's "(Pretrial Order due by ...)".
    R("have-until-to-submit-restated",
      "ORDER granting Letter Motion. The parties shall have until April 29, 2025 to submit their Joint Pretrial Order "
      "and proposed findings of fact and conclusions of law. SO ORDERED. Pretrial Order due by 4/29/2025. (Signed by "
      "Judge Jane Roe on 3/5/2025)", "filing 2025-04-29 once"),
    # What the parties ask for is not what the order sets.
    R("parties-request-is-background",
      doc("The parties request an extension of the discovery deadline to December 22, 2025."), "recital 2025-12-22"),
    # What the court granted before is history, even with "deadline" words in it.
    R("previously-granted-is-background",
      doc("The Court previously granted the parties a 90-day extension of the discovery cutoff date to April 23, "
          "2025."), "recital 2025-04-23"),
    # "Conferences" (plural, verbatim) is still a sitting.
    R("conferences-plural", doc("The Final Pretrial Conferences is SET for May 28, 2025 at 1:30 p.m."),
      "hearing 2025-05-28 13:30"),
    # "The MSJ is advanced to <date>": a sitting is moved (papers are extended), even unnamed.
    R("advanced-to-is-sitting", doc("The MSJ is advanced to May 1, 2025. Trial is continued to June 2, 2025."),
      "hearing 2025-05-01"),
    # A caption line "No. W2025-01417-COA-R3-CV - Filed March 5, 2025" dates the opinion itself.
    R("number-line-filed",
      "IN THE COURT OF APPEALS\nNo. W2025-01417-COA-R3-CV - Filed March 5, 2025\nOPINION\nWe dismiss this appeal.",
      "entry 2025-03-05"),
    # ------------------------------------------------ continuances ------------------------------------------
    # "to 4/8/25/at 10:00 a.m.": a stray slash after the year is a typo, not a longer number.
    R("stray-slash-after-year",
      "ORDER signed by Judge Jane Roe on 3/5/25 CONTINUING Final Pretrial Conference to 4/8/25/at 10:00 a.m.",
      "hearing 2025-04-08 10:00"),
    # "held but needs to be continued on <date> at <time>": the continuation is set.
    R("continued-on-is-setting",
      doc("Minute Entry: Re-Sentencing held but needs to be continued on May 22, 2025 at 2:00 pm."),
      "hearing 2025-05-22 14:00"),
    # "is currently scheduled for" names the setting the order moves ...
    R("currently-scheduled-is-former",
      doc("A final pretrial conference is currently scheduled for April 11, 2025. The conference is continued to "
          "May 8, 2025 at 10:00 a.m."), "other 2025-04-11"),
    # ... unless it "remains" so.
    R("currently-scheduled-remains", doc("The trial currently set for June 2, 2025 remains on calendar."),
      "hearing 2025-06-02"),
    # "due to the unavailability of counsel" is a cause, not a duty: the filing told is history.
    R("due-to-is-cause",
      doc("However, on March 3, 2025, the parties filed a stipulation to continue the conference due to the "
          "unavailability of counsel."), "recital 2025-03-03"),
    # Counsel's quoted words about his own schedule set nothing, though "trial" is in the sentence.
    R("quoted-counsel-unavailable",
      doc('Plaintiff\'s counsel contends that he is currently in trial in state court "and will be unavailable until '
          'after April 20, 2025."'), "absent 2025-04-20"),
    # "The TRO, issued on <date>, shall continue in effect until <date> at 10:00 a.m.": when it was issued
    # is history; the new end is the expiry.
    R("tro-issued-appositive-is-history",
      doc("The TRO, issued on March 3, 2025, shall continue in effect until March 20, 2025 at 10:00 a.m."),
      "recital 2025-03-03"),
    R("tro-continue-in-effect-until",
      doc("The TRO, issued on March 3, 2025, shall continue in effect until March 20, 2025 at 10:00 a.m."),
      "expiry 2025-03-20 10:00"),
    # A granted motion "to extend the service deadline through and including <date>": the new setting.
    R("granted-motion-extends-through",
      "ORDER granting 11 Motion for Extension of Time to extend the service deadline through and including June 19, "
      "2025. Signed by Judge Jane Roe on 3/5/2025.", "service 2025-06-19"),
    # With only an ECF header to date the order, a date without a year still reads from it.
    R("ecf-header-dates-missing-year",
      "Case 1:25-cv-00001 Document 37 Filed 03/05/25 Page 1 of 3\nORDER\nThe hearing is set for April 10 at "
      "10:00 a.m.", "hearing 2025-04-10 10:00 +year-inferred"),
    # "the delay from <date> until <date> is excluded": the start is where the period begins, the end the event.
    R("delay-from-is-start",
      doc("That the delay from April 22, 2025 until May 5, 2025 is excluded as set out above."), "recital 2025-04-22"),
    # "the deadline for submitting a plea agreement": a paper to the court.
    R("submitting-is-filing", doc("That the deadline for submitting a plea agreement is March 24, 2025."),
      "filing 2025-03-24"),
    # A docket title that names the deadline ("..., August 25, 2025, Deadline,") restates the duty it sets.
    R("title-names-deadline-once",
      "ORDER To SHOW CAUSE Why Action Should Not Be Dismissed For Failure To File Pretrial Statement, August 25, 2025, "
      "Deadline, signed by Magistrate Judge Jane Roe on 3/5/2025. Show Cause Response due by 8/25/2025.",
      "filing 2025-08-25 once"),
    # "The amendments ... shall be effective June 20, 2025" is the day this order's rules take effect (a rule's
    # own "as amended" date stays background).
    R("rules-shall-be-effective",
      doc("The amendments of the above-identified local rule of civil procedure shall be effective June 20, 2025."),
      "other 2025-06-20"),
    # ------------------------------------------------ appellate briefing lists -----------------------------
    # "Decided: <date>" dates the order.
    R("decided-colon-is-entry", "No. 25-5203\n\nDecided: March 5, 2025\n\nORDERED that the motion be denied.",
      "entry 2025-03-05"),
    # "the following briefing schedule will now apply: Appellant's Brief <date> (not to exceed ...) Appellees'
    # Brief(s) <date> ...": each short name then its date is a brief due.
    R("briefing-schedule-named-items",
      doc("FURTHER ORDERED that the following briefing schedule will now apply:\n\nAppellant's Brief April 7, 2025 "
          "(not to exceed 14,000 words) Appellees' Brief(s) May 7, 2025 (not to exceed a combined total of 14,000 "
          "words) Appellant's Reply Brief May 22, 2025 Deferred Appendix May 29, 2025 Final Briefs June 6, 2025"),
      "filing 2025-05-07"),
    R("briefing-schedule-last-item",
      doc("FURTHER ORDERED that the following briefing schedule will now apply:\n\nAppellant's Brief April 7, 2025 "
          "(not to exceed 14,000 words) Appellees' Brief(s) May 7, 2025 Final Briefs June 6, 2025\n\nThe Clerk is "
          "directed to schedule this case for argument on the first appropriate date following briefing."),
      "filing 2025-06-06"),
    # "As requested, the Court stays this case for sixty (60) days": the court's own act now, not the request
    # (Mar 5 + 60 = Sun May 4: a stay ends on its own last day).
    R("court-stays-case-for-days",
      doc("As requested, the Court stays this case for sixty (60) days."), "expiry 2025-05-04"),
    # What a party seeks is not set: no stay ending 120 days from the order (Jul 3).
    R("party-seeks-stay-period", doc("Plaintiff seeks to stay this case for 120 days. Defendants consent."),
      "absent 2025-07-03"),
    # "a four-month stay of this litigation": a length, not four months counted from the litigation.
    R("hyphenated-length-is-no-count",
      doc("The Court finds that the request for a four-month stay of this litigation is excessive."),
      "absent 2025-07-05"),
    # A docket text the clerk marked "***VACATED ...***": its settings are former ones.
    R("vacated-banner-docket-text",
      "***VACATED - AS PER D.E. #33 ORDER*** ORDER: Plaintiff shall file her Memorandum of Law on or before April 2, "
      "2025. Signed by Judge Jane Roe on March 5, 2025. (ASE) Modified on 3/28/2025 (ram). (Entered: 03/05/2025)",
      "other 2025-04-02 +needs-review"),
    # "the court upon <date>, made the following order": the order's own date.
    R("made-the-following-order",
      "In Case No. 2025-063, Roe v. State, the court upon March 5, 2025, made the following order:\n\nThe "
      "plaintiffs will file a cross-appeal, if any, on or before Friday, March 14, 2025.", "entry 2025-03-05"),
    # "the court had set March 15, 2025, ... as the date for oral argument": told, not a new deadline "prior to
    # the conference".
    R("had-set-is-told",
      doc("Prior to the conference, the court had set April 15, 2025, at 9:30 a.m., as the date and time for oral "
          "argument in this case."), "hearing 2025-04-15 09:30 once"),
    # "These amendments are effective August 1, 2025": the day the order's rules take effect.
    R("amendments-are-effective", doc("These amendments are effective August 1, 2025."), "other 2025-08-01"),
    # "must serve a copy of this Order on defendant and file proof of such service within fourteen (14) days":
    # service of the order (Mar 5 + 14 = Wed Mar 19).
    R("serve-this-order-and-file-proof",
      doc("ORDERED, that plaintiffs must serve a copy of this Order on defendant and file proof of such service "
          "within fourteen (14) days from the date hereof."), "service 2025-03-19"),
    # "extend Defendants' time to answer to <date>": the answer is a paper.
    R("time-to-answer-is-filing",
      doc("The Court will extend Defendants' time to answer to April 3, 2025."), "filing 2025-04-03"),
    # ------------------------------------------------ settings moved in another sentence ------------------------
    # "trial is set to commence on May 13, 2025. ... CONTINUES ... the Bench Trial to June 16": the former setting.
    R("moved-in-another-sentence",
      doc("A final pretrial conference is scheduled for April 11, 2025, and trial is set to commence on May 13, 2025. "
          "The court CONTINUES the Final Pretrial Conference to May 8, 2025 at 10:00 a.m. and the Bench Trial to "
          "June 16, 2025 at 10:00 a.m."), "other 2025-05-13"),
    R("moved-in-another-sentence-new", doc("A final pretrial conference is scheduled for April 11, 2025, and trial is "
      "set to commence on May 13, 2025. The court CONTINUES the Final Pretrial Conference to May 8, 2025 at 10:00 a.m. "
      "and the Bench Trial to June 16, 2025 at 10:00 a.m."), "hearing 2025-06-16 10:00"),
    # "were scheduled for April 30, 2025. ... are CANCELED": a former setting to take off the calendar.
    R("cancelled-next-sentence",
      doc("A pretrial conference and a motion hearing were scheduled for April 30, 2025. No motions having been filed, "
          "the pretrial conference and motion hearing are CANCELED."), "other 2025-04-30"),
    # Moving the trial leaves a different sitting alone.
    R("other-sitting-stays",
      doc("The status conference is set for April 30, 2025. The trial is continued to June 2, 2025."),
      "hearing 2025-04-30"),
    # "Currently, trial is scheduled to begin <date>": the setting the order is about to move.
    R("currently-scheduled-to-begin",
      doc("The motion to vacate the trial setting is granted. Currently, trial is scheduled to begin April 14, 2025."),
      "other 2025-04-14"),
    # "the April 13, 2025 dispositive motion deadline ... The dispositive motions filing deadline is extended to
    # May 28, 2025": the April date is the former setting.
    R("deadline-extended-in-another-sentence",
      doc("An extension would impinge on the April 13, 2025 dispositive motion deadline. Good cause appearing, the "
          "dispositive motions filing deadline is extended to May 28, 2025."), "other 2025-04-13"),
    R("deadline-extended-new-date",
      doc("An extension would impinge on the April 13, 2025 dispositive motion deadline. Good cause appearing, the "
          "dispositive motions filing deadline is extended to May 28, 2025."), "filing 2025-05-28"),
    # "this criminal case is CONTINUED from <date>, to Thursday, <date>, at 9:00 a.m.": the new sitting.
    R("case-continued-from-to",
      doc("It is hereby ORDERED that the defendant's motion is GRANTED, and this criminal case is CONTINUED from "
          "April 21, 2025, to Thursday, May 22, 2025, at 9:00 a.m."), "hearing 2025-05-22 09:00"),
    # "Opinion delivered <date>" dates the opinion; "grant appellant twenty (20) days in which to file her brief"
    # counts from it (Mar 5 + 20 = Tue Mar 25); "Rule 7 provides that ... shall be filed within forty days" is the law.
    R("opinion-delivered-is-entry",
      "Court of Appeals of Arkansas Opinion delivered March 5, 2025\n\nPER CURIAM. We grant appellant twenty (20) days "
      "in which to file her brief.", "entry 2025-03-05"),
    R("grant-party-days-in-which",
      "Court of Appeals of Arkansas Opinion delivered March 5, 2025\n\nPER CURIAM. We grant appellant twenty (20) days "
      "in which to file her brief.", "filing 2025-03-25"),
    R("rule-provides-period-is-law",
      doc("Rule 7 provides that in all civil cases the appellant's brief shall be filed within forty days of lodging "
          "the record on appeal."), "none"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_more_row(text: str, expected: str) -> None:
    check_row(text, expected)


def _due_on(text: str, day: dt.date) -> list[Event]:
    """The live (calendared) events of the timeline on `day`."""
    return [e for e in run(text).events if not e.recital and e.date == day]


def _shown(text: str) -> list[tuple[str, str, dt.date | None]]:
    """Every event as (kind, title, date): what an assertion message shows."""
    return [(e.kind, e.title, e.date) for e in run(text).events]


# Each case: the order's words, the day, and how many live duties fall on it.
SAME_DAY_COUNTS = [
    # "The Secretary may also respond within that time": a second duty on the same day.
    pytest.param(doc("Plaintiff is directed to show cause, within 21 days of the date of this order, why the case should "
                     "not be dismissed. The Secretary may also respond within that time."), dt.date(2025, 3, 26), 2,
                 id="within-that-time-second-duty"),
    # The same period set for two different papers is two duties.
    pytest.param(doc("Plaintiff shall serve responses to the Form Interrogatories within thirty (30) days of entry of this "
                     "order. Plaintiff shall serve responses to the Requests for Production of Documents within thirty (30) "
                     "days of entry of this order."), dt.date(2025, 4, 4), 2, id="same-period-two-papers"),
    # "Failure by X to ... within 21 days" warns about the duty just set: one duty.
    pytest.param(doc("The time to order a transcript is EXTENDED until 21 days after the date of this order. Failure by "
                     "cross-appellant to secure the filing of a certificate within 21 days after the date of this order "
                     "may result in dismissal."), dt.date(2025, 3, 26), 1, id="failure-warning-once"),
    # A motion and the opposition to it, set for the same day, are two papers.
    pytest.param(doc("The deadlines are as follows: 6. Plaintiffs motion for class certification: August 3, 2026. "
                     "7. Defendants opposition to Plaintiffs motion for class certification: August 3, 2026."),
                 dt.date(2026, 8, 3), 2, id="motion-and-opposition-same-day"),
    # "by April 18, 2025, the following:" names more papers than the pretrial order: two duties that day.
    pytest.param(doc("Counsel shall submit a Joint Proposed Pretrial Order to the Court by April 18, 2025. The parties shall "
                     "also submit to the Court, by April 18, 2025, the following: (1) witness lists; (2) exhibit lists."),
                 dt.date(2025, 4, 18), 2, id="following-list-second-duty"),
    # "show cause within 21 days; ALTERNATIVELY ... file a notice ... within 21 days": two duties in one sentence.
    pytest.param("ORDER TO SHOW CAUSE signed by Judge Jane Roe on 3/5/2025 ORDERING Plaintiff to SHOW CAUSE, in writing, "
                 "within 21 days, as to why this case should not be dismissed; ALTERNATIVELY ORDERING Plaintiff to file a "
                 "Notice of Voluntary Dismissal pursuant to F.R.Cv.P. Rule 41(a)(1)(A)(i), within 21 days.",
                 dt.date(2025, 3, 26), 2, id="two-periods-one-sentence"),
]


@pytest.mark.parametrize(("text", "day", "count"), SAME_DAY_COUNTS)
def test_duties_on_one_day(text: str, day: dt.date, count: int) -> None:
    assert len(_due_on(text, day)) == count, _shown(text)


def test_within_that_time_duties_are_both_filings() -> None:
    text = doc("Plaintiff is directed to show cause, within 21 days of the date of this order, why the case should not "
               "be dismissed. The Secretary may also respond within that time.")
    assert [e.kind for e in _due_on(text, dt.date(2025, 3, 26))] == ["filing", "filing"], _shown(text)


def test_period_from_a_papers_filing_says_when_it_would_fall() -> None:
    timeline = run(doc("Plaintiff shall file an amended complaint within thirty (30) days of this order. Defendant may "
                       "file a renewed motion within fourteen (14) days after the filing of the Amended Complaint."))
    renewed = next(e for e in timeline.events if e.relative and e.relative.amount == 14)
    assert renewed.date is None and "anchor-undated" in renewed.flags
    assert "comes on its last day (Friday 2025-04-04), this falls on Friday 2025-04-18" in renewed.computation
