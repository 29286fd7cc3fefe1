"""Table tests of the extraction core: one order fragment in, the event a docketing clerk expects out.

Each row is `(text, expected)`. `expected` is the canonical line of one event
(`canon(e)`: "hearing 2025-04-10 10:00", "filing undated", ...) followed by optional checks:

    +flag      the event carries this flag          -flag     it does not
    tz=Zone    Event.timezone is this IANA zone     once      it is the only event of its kind

Three expected forms are special:
    "none"            the text sets nothing: no non-recital event except the context entry date
    "recital DATE"    an event on DATE exists, flagged recital, and no calendared event is on DATE
    "absent DATE"     no calendared (non-recital) event is on DATE (a vacated or superseded setting)

Expectations are written from the order's words and Fed. R. Civ. P. 6(a) / 65(b)(2), not from
what the extractor outputs. Rows the extractor gets wrong stay in the table as strict xfails
with the reason, so the gap stays visible and the row turns red the day it is fixed.

Calendar: Virginia (federal holidays, presidential closures, VA state holidays for forward
counts). Most rows append ENTRY ("Entered this 5th day of March, 2025." -- a Wednesday).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from viewer.calendars import court_calendar
from viewer.core.extract import extract_timeline
from viewer.core.model import Case, DocumentInfo, Event, SourceText, Timeline

VA = court_calendar("VA")
CASE = Case(timezone="America/New_York", state="VA")
INFO = DocumentInfo("t.txt", "0" * 64, 1, "text")

ENTRY = "Entered this 5th day of March, 2025."  # Wednesday 2025-03-05
ENTRY_DEC = "Entered this 20th day of December, 2024."  # Friday 2024-12-20


def doc(body: str, entry: str = ENTRY) -> str:
    """An order body followed by the line that dates the order."""
    return f"{body}\n\n{entry}\n"


def canon(e: Event) -> str:
    return f"{e.kind} {e.date or 'undated'}{' ' + e.time.strftime('%H:%M') if e.time else ''}"


@cache
def run(text: str) -> Timeline:
    return extract_timeline(SourceText(text=text, pages=()), INFO, case=CASE, calendar=VA)


def R(id: str, text: str, expected: str, xfail: str = "") -> object:  # noqa: A002
    """One table row; `xfail` names what the extractor does wrong (strict: fixed rows go red)."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, expected, id=id, marks=marks)


ROWS = [
    # ---------------------------------------------------------------- date forms --------------
    # Full month name, comma, year.
    R("month-day-year", doc("The hearing is set for April 10, 2025."), "hearing 2025-04-10"),
    # Abbreviated month with a period.
    R("abbrev-month-dot", doc("The hearing is set for Apr. 10, 2025."), "hearing 2025-04-10"),
    # Abbreviated month without a period.
    R("abbrev-month-nodot", doc("The hearing is set for Apr 10, 2025."), "hearing 2025-04-10"),
    # "Sept." is the four-letter abbreviation courts use.
    R("abbrev-sept", doc("The hearing is set for Sept. 10, 2025."), "hearing 2025-09-10"),
    # Day before month, no comma (military/European style).
    R("day-month-year", doc("The hearing is set for 10 April 2025."), "hearing 2025-04-10"),
    # "10th of April, 2025".
    R("day-of-month-year", doc("The hearing is set for the 10th of April, 2025."), "hearing 2025-04-10"),
    # Numeric M/D/YYYY.
    R("numeric-4digit", doc("The hearing is set for 4/10/2025."), "hearing 2025-04-10"),
    # Numeric MM/DD/YY with leading zeros.
    R("numeric-2digit", doc("The hearing is set for 04/10/25."), "hearing 2025-04-10"),
    # Numeric with dashes.
    R("numeric-dashes", doc("The hearing is set for 04-10-2025."), "hearing 2025-04-10"),
    # ISO form (seen in e-filed proposed orders).
    R("iso", doc("The hearing is set for 2025-04-10."), "hearing 2025-04-10"),
    # Ordinal suffix on the day.
    R("ordinal-suffix", doc("The hearing is set for April 10th, 2025."), "hearing 2025-04-10"),
    # No comma between day and year.
    R("no-comma", doc("The hearing is set for April 10 2025."), "hearing 2025-04-10"),
    # Shouted month.
    R("uppercase", doc("THE HEARING IS SET FOR APRIL 10, 2025."), "hearing 2025-04-10"),
    # Weekday-prefixed date.
    R("weekday-prefix", doc("The hearing is set for Thursday, April 10, 2025."), "hearing 2025-04-10"),
    # Abbreviated weekday prefix.
    R("weekday-abbrev", doc("The hearing is set for Thurs., April 10, 2025."), "hearing 2025-04-10"),
    # Weekday-prefixed date from the issue ("Monday, June 20, 2022") in an order of 2022.
    R("weekday-issue-example",
      doc("A status conference is set for Monday, June 20, 2022 at 10:00 a.m.",
          "Entered this 1st day of June, 2022."), "hearing 2022-06-20 10:00"),
    # "the 20th day of December, 2024" as the order's own date.
    R("day-of-entry", "ORDER\n\nThe motion is GRANTED.\n\nSO ORDERED this 20th day of December, 2024.\n",
      "entry 2024-12-20"),
    # "this 20 day of December, 2024": no ordinal suffix.
    R("day-of-entry-bare", "ORDER\n\nThe motion is GRANTED.\n\nENTERED this 20 day of December, 2024.\n",
      "entry 2024-12-20"),
    # "the 10th day of April, 2025" as a scheduled date.
    R("day-of-scheduled", doc("The hearing shall be held on the 10th day of April, 2025."),
      "hearing 2025-04-10"),
    # Spelled ordinal without a year: the year comes from the order's own date.
    R("ordinal-word-no-year", doc("The hearing shall be held on the tenth day of April."),
      "hearing 2025-04-10 +year-inferred"),
    # Spelled ordinal with a year.
    R("ordinal-word-year", doc("The hearing shall be held on the twentieth day of May, 2025."),
      "hearing 2025-05-20"),
    # The issue's own example: "the twentieth day of December" in an order entered in 2024.
    R("ordinal-word-december",
      doc("The parties shall file a joint status report on or before the twentieth day of December.",
          "Entered this 2nd day of December, 2024."), "filing 2024-12-20 +year-inferred"),
    # No year, after the entry date in the same year.
    R("no-year-same-year", doc("The hearing is set for April 10 at 10:00 a.m."),
      "hearing 2025-04-10 10:00 +year-inferred"),
    # No year, month already past at entry: the next such date (2026).
    R("no-year-next-year", doc("The hearing is set for February 10 at 10:00 a.m."),
      "hearing 2026-02-10 10:00 +year-inferred"),
    # A range "September 17 through 28, 2025": the first day is the event.
    R("range-through", doc("Jury trial is set for September 17 through 28, 2025."), "hearing 2025-09-17"),
    # Range with a dash and abbreviated month.
    R("range-dash", doc("Trial is set for Sept. 15-26, 2025."), "hearing 2025-09-15"),
    # Range with "to".
    R("range-to", doc("The evidentiary hearing is set for June 9 to 11, 2025."), "hearing 2025-06-09"),
    # Docket text: the "(Entered: ...)" stamp dates the entry.
    R("docket-entered-stamp",
      "ORDER granting 12 Motion to Seal. Signed by District Judge A. B. Smith on 5/24/2017. "
      "(abc) (Entered: 05/25/2017)", "entry 2017-05-25"),
    # Docket text with a bracketed stamp carrying the clock time.
    R("docket-entered-bracket-time",
      "MINUTE ORDER: The motion is GRANTED. [Entered: 01/17/2023 10:39 AM]", "entry 2023-01-17 10:39"),
    # Docket text: the setting inside it is a hearing; the year is on the stamp.
    R("docket-setting",
      "ORDER setting Motion Hearing for 6/8/2017 at 10:00 AM in Courtroom 700. "
      "Signed by Judge A. B. Smith on 5/24/2017. (abc) (Entered: 05/25/2017)",
      "hearing 2017-06-08 10:00"),
    # ECF header stamp is the only date: it dates the order.
    R("ecf-header-entry",
      "Case 1:24-cv-02323 Document 13 Filed 12/20/24 Page 1 of 6 PageID# 1121\n"
      "ORDER\n\nThe motion to seal is GRANTED.\n", "entry 2024-12-20"),
    # ECF header date anchors "entry of this Order" when nothing else dates the order.
    R("ecf-header-anchor",
      "Case 1:24-cv-02323 Document 13 Filed 12/20/24 Page 1 of 6 PageID# 1121\n"
      "ORDER\n\nDefendants shall file their answer within 14 days after entry of this Order.\n",
      "filing 2025-01-03"),
    # An ECF stamp on an order that is signed: the signature date, not the stamp, is entry.
    R("ecf-header-yields-to-signature",
      "Case 1:24-cv-02323 Document 13 Filed 12/20/24 Page 1 of 6 PageID# 1121\n"
      "ORDER\n\nThe motion is GRANTED.\n\nSigned this 19th day of December, 2024.\n",
      "entry 2024-12-19"),
    # "Dated:" signature block.
    R("dated-colon", "ORDER\n\nThe motion is GRANTED.\n\nDated: March 5, 2025\n", "entry 2025-03-05"),
    # "Signed by Judge ... on" in docket text.
    R("signed-by-on", "ORAL ORDER granting 4 Motion for Extension of Time. Signed by Judge A. B. Smith "
      "on 3/5/2025.", "entry 2025-03-05"),
    # Place and date alone on the signature lines.
    R("standalone-foot-date",
      "ORDER\n\nThe motion is GRANTED.\n\nAlexandria, Virginia\nMarch 5, 2025\n", "entry 2025-03-05"),
    # "ENTERED:" caps heading line.
    R("entered-colon", "ORDER\n\nThe motion is GRANTED.\n\nENTERED: March 5, 2025\n", "entry 2025-03-05"),
    # ---------------------------------------------------------------- times and zones ---------
    # "10 a.m.".
    R("time-am-dots", doc("The hearing is set for April 10, 2025 at 10 a.m."), "hearing 2025-04-10 10:00"),
    # "10:00 AM".
    R("time-AM", doc("The hearing is set for April 10, 2025 at 10:00 AM."), "hearing 2025-04-10 10:00"),
    # "2:30 p.m." afternoon.
    R("time-pm", doc("The hearing is set for April 10, 2025 at 2:30 p.m."), "hearing 2025-04-10 14:30"),
    # "09:00 A.M." with a leading zero.
    R("time-leading-zero", doc("The hearing is set for April 10, 2025 at 09:00 A.M."),
      "hearing 2025-04-10 09:00"),
    # "noon".
    R("time-noon", doc("The hearing is set for April 10, 2025 at noon."), "hearing 2025-04-10 12:00"),
    # 24-hour clock.
    R("time-24h", doc("The hearing is set for April 10, 2025 at 14:00."), "hearing 2025-04-10 14:00"),
    # "12:00 p.m." is noon, not midnight.
    R("time-12pm", doc("The hearing is set for April 10, 2025 at 12:00 p.m."), "hearing 2025-04-10 12:00"),
    # "12:30 a.m." is just after midnight.
    R("time-1230am", doc("Filings are due April 10, 2025 at 12:30 a.m."), "filing 2025-04-10 00:30"),
    # A filing cut-off with the time before the date.
    R("time-before-date", doc("Responses shall be filed by 5:00 p.m. on April 10, 2025."),
      "filing 2025-04-10 17:00"),
    # "4:00 p.m. (Eastern Standard Time)": zone spelled out in parentheses.
    R("zone-est-spelled",
      doc("Defendants shall file their response no later than 4:00 p.m. (Eastern Standard Time) on April 10, 2025."),
      "filing 2025-04-10 16:00 tz=America/New_York"),
    # "5:00 p.m. ET".
    R("zone-et", doc("Responses are due April 10, 2025 at 5:00 p.m. ET."),
      "filing 2025-04-10 17:00 tz=America/New_York"),
    # "EST".
    R("zone-est", doc("The hearing is set for April 10, 2025 at 10:00 a.m. EST."),
      "hearing 2025-04-10 10:00 tz=America/New_York"),
    # "EDT".
    R("zone-edt", doc("The hearing is set for April 10, 2025 at 10:00 a.m. EDT."),
      "hearing 2025-04-10 10:00 tz=America/New_York"),
    # "CT" names Chicago.
    R("zone-ct", doc("The hearing is set for April 10, 2025 at 10:00 a.m. CT."),
      "hearing 2025-04-10 10:00 tz=America/Chicago"),
    # "CST".
    R("zone-cst", doc("The hearing is set for April 10, 2025 at 10:00 a.m. CST."),
      "hearing 2025-04-10 10:00 tz=America/Chicago"),
    # "MT" names Denver.
    R("zone-mt", doc("The hearing is set for April 10, 2025 at 10:00 a.m. MT."),
      "hearing 2025-04-10 10:00 tz=America/Denver"),
    # "PT" names Los Angeles.
    R("zone-pt", doc("The hearing is set for April 10, 2025 at 1:00 p.m. PT."),
      "hearing 2025-04-10 13:00 tz=America/Los_Angeles"),
    # "PDT".
    R("zone-pdt", doc("The hearing is set for April 10, 2025 at 1:00 p.m. PDT."),
      "hearing 2025-04-10 13:00 tz=America/Los_Angeles"),
    # "(Central Time)".
    R("zone-central-time", doc("The hearing is set for April 10, 2025 at 11:00 a.m. (Central Time)."),
      "hearing 2025-04-10 11:00 tz=America/Chicago"),
    # "Pacific Standard Time".
    R("zone-pacific-spelled", doc("The hearing is set for April 10, 2025 at 3:00 p.m. Pacific Standard Time."),
      "hearing 2025-04-10 15:00 tz=America/Los_Angeles"),
    # "Mountain Time".
    R("zone-mountain-spelled", doc("The hearing is set for April 10, 2025 at 9:00 a.m. Mountain Time."),
      "hearing 2025-04-10 09:00 tz=America/Denver"),
    # No stated zone: the court's zone from the caption.
    R("zone-default", doc("The hearing is set for April 10, 2025 at 10:00 a.m."),
      "hearing 2025-04-10 10:00 tz=America/New_York"),
    # A paragraph-wide cut-off time applies to the dates listed under it.
    R("paragraph-time",
      doc("All filings under this paragraph are due no later than 4:00 p.m. (Eastern Time) on the dates "
          "listed: Defendants shall file their opposition by April 10, 2025."),
      "filing 2025-04-10 16:00"),
    # OCR "a.rn." for "a.m." and O for 0 survive the pipeline.
    R("ocr-time-and-digits", doc("The hearing is set for 4/1O/2O25 at 1O:OO a.rn."),
      "hearing 2025-04-10 10:00"),
    # ---------------------------------------------------------------- relative: entry anchor --
    # "within N days after entry of this Order": 03-05 + 14 = Wed 03-19.
    R("within-days-entry", doc("Defendants shall file their answer within 14 days after entry of this Order."),
      "filing 2025-03-19"),
    # "of the date of this Order", word-and-numeral amount.
    R("fourteen-paren-date-of-order",
      doc("Defendants shall file their answer within fourteen (14) days of the date of this Order."),
      "filing 2025-03-19"),
    # "from the date of this Order".
    R("days-from-date-of-order", doc("Plaintiff shall file an amended complaint 14 days from the date of this Order."),
      "filing 2025-03-19"),
    # Forward count landing on Sunday 03-16 rolls forward to Monday 03-17.
    R("forward-sunday-roll", doc("Defendants shall file their answer within 11 days of entry of this Order."),
      "filing 2025-03-17 +rolled"),
    # Spelled "ten days" lands on Saturday 03-15 and rolls to Monday 03-17.
    R("forward-saturday-roll-word", doc("Defendants shall file their answer within ten days of entry of this Order."),
      "filing 2025-03-17"),
    # "twenty-one (21) days after entry": Wed 03-26.
    R("twenty-one-paren", doc("Plaintiff shall file a reply twenty-one (21) days after entry of this Order."),
      "filing 2025-03-26"),
    # "not later than thirty (30) days after entry": Fri 04-04.
    R("thirty-paren", doc("The parties shall file a joint report not later than thirty (30) days after entry of this Order."),
      "filing 2025-04-04"),
    # 60 days lands Sunday 05-04, rolls to Monday 05-05.
    R("sixty-days-roll", doc("The parties shall file a joint report no later than 60 days after entry of this Order."),
      "filing 2025-05-05"),
    # 90 days: Tue 06-03.
    R("ninety-days", doc("Plaintiff shall file a status report within 90 days of entry of this Order."),
      "filing 2025-06-03"),
    # Forward count onto Memorial Day (Mon 05-26) rolls to Tue 05-27.
    R("forward-holiday-roll",
      doc("Defendants shall file their answer within 14 days after entry of this Order.",
          "Entered this 12th day of May, 2025."), "filing 2025-05-27 +rolled"),
    # Forward count onto a Virginia state holiday (Election Day, Tue 11-04) rolls: 6(a)(6)(C).
    R("forward-state-holiday-roll",
      doc("Defendants shall file their answer within 14 days after entry of this Order.",
          "Entered this 21st day of October, 2025."), "filing 2025-11-05"),
    # Forward count onto Juneteenth (Thu 06-19) rolls to Fri 06-20.
    R("forward-juneteenth-roll",
      doc("Defendants shall file their answer within 14 days after entry of this Order.",
          "Entered this 5th day of June, 2025."), "filing 2025-06-20"),
    # Weeks: two weeks after entry is Wed 03-19.
    R("weeks", doc("Plaintiff shall file a supplemental brief within two weeks of entry of this Order."),
      "filing 2025-03-19"),
    # "one (1) week".
    R("one-week-paren", doc("Plaintiff shall file a supplemental brief within one (1) week of entry of this Order."),
      "filing 2025-03-12"),
    # Business days skip the weekend: Thu, Fri, Mon, Tue, Wed -> 03-12.
    R("business-days", doc("Defendants shall file a notice within five (5) business days of entry of this Order."),
      "filing 2025-03-12"),
    # Court days: 3 court days after Wed 03-05 -> Mon 03-10.
    R("court-days", doc("Defendants shall file a notice within 3 court days after entry of this Order."),
      "filing 2025-03-10"),
    # Months: one month after 03-05 is Sat 04-05, rolls to Mon 04-07.
    R("one-month", doc("Plaintiff shall file a status report within one month of entry of this Order."),
      "filing 2025-04-07"),
    # Hours from a timed entry: [Entered 03/05/2025 10:39 AM] + 48 hours = Fri 03-07 10:39.
    R("hours-after-entry",
      "ORDER: Defendant shall file a notice of compliance within 48 hours of entry of this Order. "
      "[Entered: 03/05/2025 10:39 AM]", "filing 2025-03-07 10:39"),
    # "within 14 days of the issuance of this Order".
    R("issuance-anchor", doc("Defendants shall file their answer within 14 days of the issuance of this Order."),
      "filing 2025-03-19"),
    # "Within 14 days of this Order" -- no word "entry".
    R("this-order-anchor", doc("Within 14 days of this Order, Plaintiff shall file an amended complaint."),
      "filing 2025-03-19"),
    # "hereof".
    R("hereof-anchor", doc("Defendants shall answer the complaint within 21 days of the date hereof."),
      "filing 2025-03-26"),
    # ---------------------------------------------------------------- relative: service anchor
    # Service is undated: the filing is undated and says so.
    R("within-days-service", doc("Defendants shall file their answer within 14 days of service of this Order."),
      "filing undated +anchor-undated"),
    # "after service of the complaint".
    R("after-service-complaint", doc("Defendants shall answer within 21 days after service of the summons and complaint."),
      "filing undated +anchor-undated"),
    # "after being served".
    R("after-being-served", doc("Each Defendant shall file a response within 7 days after being served with this Order."),
      "filing undated +anchor-undated"),
    # "of receipt of this Order": counted from entry (electronic notice arrives that day), and
    # flagged so counsel confirm the receipt date: entered Wed 03-05 + 14 = Wed 03-19.
    R("receipt-anchor", doc("Defendants shall file a notice within 14 days of receipt of this Order."),
      "filing 2025-03-19 +anchor-assumed"),
    # ---------------------------------------------------------------- relative: hearing anchor
    # Backward from the hearing: Thu 04-10 - 7 days = Thu 04-03.
    R("days-prior-hearing",
      doc("A hearing is set for April 10, 2025 at 10:00 a.m. Defendants shall file a response no later "
          "than seven (7) days prior to the hearing."), "filing 2025-04-03"),
    # "two (2) days prior to the hearing": Tue 04-08.
    R("two-paren-prior",
      doc("A hearing is set for April 10, 2025 at 10:00 a.m. Plaintiff shall file a reply no later than two (2) "
          "days prior to the hearing."), "filing 2025-04-08"),
    # Backward count onto Sunday 04-06 rolls backward to Fri 04-04 (6(a)(5)).
    R("backward-sunday-roll",
      doc("A hearing is set for April 14, 2025 at 10:00 a.m. Defendants shall file a response no later "
          "than 8 days before the hearing."), "filing 2025-04-04 +rolled"),
    # Backward count onto Saturday 04-05 rolls backward to Fri 04-04.
    R("backward-saturday-roll",
      doc("A hearing is set for April 10, 2025 at 10:00 a.m. Defendants shall file a response no later "
          "than 5 days before the hearing."), "filing 2025-04-04"),
    # Backward count onto Memorial Day 05-26 rolls backward to Fri 05-23.
    R("backward-holiday-roll",
      doc("A hearing is set for June 9, 2025 at 10:00 a.m. Defendants shall file a response no later "
          "than 14 days before the hearing."), "filing 2025-05-23"),
    # Backward count onto a VA state holiday does not roll (6(a)(6)(C) is forward-only).
    R("backward-state-holiday-no-roll",
      doc("A hearing is set for November 18, 2025 at 10:00 a.m. Defendants shall file a response no "
          "later than 14 days before the hearing.", "Entered this 1st day of October, 2025."),
      "filing 2025-11-04"),
    # "at least N days before": Mon 04-21 - 10 = Fri 04-11.
    R("at-least-before",
      doc("A hearing is set for April 21, 2025 at 10:00 a.m. Any opposition shall be filed at least 10 days "
          "before the hearing."), "filing 2025-04-11"),
    # "fourteen (14) days prior to": Thu 04-24 - 14 = Thu 04-10.
    R("fourteen-paren-prior",
      doc("A hearing is set for April 24, 2025 at 10:00 a.m. Defendants shall file their opposition no "
          "later than fourteen (14) days prior to the hearing."), "filing 2025-04-10"),
    # Hours before a timed hearing: 24 hours before Wed 04-09 10:00 is Tue 04-08 10:00.
    R("hours-before-hearing",
      doc("A hearing is set for April 9, 2025 at 10:00 a.m. Exhibits shall be filed no later than 24 hours "
          "before the hearing."), "filing 2025-04-08 10:00"),
    # "within 7 days following the conference": Wed 04-02 + 7 = Wed 04-09.
    R("after-conference",
      doc("A status conference is set for April 2, 2025 at 10:00 a.m. The parties shall file a joint "
          "report within 7 days following the conference."), "filing 2025-04-09"),
    # Before the final pretrial conference (Thu 05-15): 7 days before = Thu 05-08.
    R("before-pretrial-conference",
      doc("A final pretrial conference is set for May 15, 2025 at 2:00 p.m. The parties shall file a "
          "joint proposed pretrial order seven (7) days before the final pretrial conference."),
      "filing 2025-05-08"),
    # Before trial (Mon 06-09): 21 days before = Mon 05-19.
    R("before-trial",
      doc("Jury trial is set for June 9, 2025 at 9:30 a.m. Motions in limine shall be filed no later "
          "than 21 days before trial."), "filing 2025-05-19"),
    # After the hearing: Thu 04-10 + 14 = Thu 04-24.
    R("after-hearing",
      doc("A hearing is set for April 10, 2025 at 10:00 a.m. The parties shall file supplemental briefs "
          "within 14 days after the hearing."), "filing 2025-04-24"),
    # The hearing's own period is the anchor even when it is stated after the duty.
    R("hearing-stated-after",
      doc("Defendants shall file a response no later than seven (7) days prior to the hearing. "
          "The hearing is set for April 10, 2025 at 10:00 a.m."), "filing 2025-04-03"),
    # The hearing was year-corrected: the period counts from the corrected date (2025-01-10 - 2 = 01-08).
    R("period-from-corrected-hearing",
      doc("Defendants shall appear before this Court on January 10, 2024, at 10 a.m. Defendants shall "
          "file any response no later than two (2) days prior to the hearing.", ENTRY_DEC),
      "filing 2025-01-08"),
    # ---------------------------------------------------------------- relative: another deadline
    # "the reply is due 7 days after the response" (response Fri 04-04 -> Fri 04-11).
    R("reply-after-response",
      doc("Defendants shall file their response by April 4, 2025. The reply is due 7 days after the response."),
      "filing 2025-04-11"),
    # Chained periods: opposition 03-19, reply 7 days after the opposition = 03-26.
    R("chain-of-periods",
      doc("Any opposition shall be filed within 14 days after entry of this Order. Any reply shall be "
          "filed within 7 days after the opposition."), "filing 2025-03-26"),
    # Same-day link: "along with the joint pretrial order" due 05-08.
    R("along-with",
      doc("The parties shall file a joint pretrial order by May 8, 2025. Proposed jury instructions shall be "
          "filed along with the joint pretrial order."), "filing 2025-05-08"),
    # ---------------------------------------------------------------- undated obligations -----
    # "forthwith".
    R("forthwith", doc("Plaintiff shall serve a copy of this Order on Defendants forthwith."),
      "service undated"),
    # "within a reasonable time".
    R("reasonable-time", doc("Plaintiff shall notify the Court within a reasonable time after the "
                             "settlement is finalized."), "other undated"),
    # Post the bond.
    R("post-bond", doc("Plaintiff shall post a bond in the amount of $10,000."), "other undated"),
    # Serve the order with no date.
    R("serve-order-undated", doc("Plaintiff shall serve this Order and the Complaint on Defendants."),
      "service undated"),
    # "immediately".
    R("immediately", doc("Defendants shall immediately preserve all documents relating to the accounts."),
      "other undated"),
    # ---------------------------------------------------------------- kinds ------------------
    # Service by a date.
    R("service-dated", doc("Plaintiff shall serve this Order on Defendants by March 12, 2025."),
      "service 2025-03-12"),
    # Service of process completion.
    R("service-complete", doc("Service of the summons and complaint shall be completed by April 1, 2025."),
      "service 2025-04-01"),
    # Filing: "shall file ... by".
    R("filing-shall-file", doc("Defendants shall file their answer by April 4, 2025."), "filing 2025-04-04"),
    # Filing: "are due".
    R("filing-are-due", doc("Opening briefs are due April 4, 2025."), "filing 2025-04-04"),
    # Filing: "shall be submitted".
    R("filing-submitted", doc("Proposed findings of fact shall be submitted on or before April 4, 2025."),
      "filing 2025-04-04"),
    # "on or before".
    R("on-or-before", doc("Plaintiff shall file an amended complaint on or before April 4, 2025."),
      "filing 2025-04-04"),
    # "no later than" a stated date (a disclosure deadline is a party's paper deadline: filing kind).
    # Disclosures are discovery served between parties, not court filings: kind "other", as the
    # hand-labelled real orders in tests/data/orders label them (iasd, ilcd).
    R("no-later-than-date", doc("Expert disclosures shall be served no later than April 4, 2025."),
      "other 2025-04-04"),
    # Docket-style setting of a sentencing.
    R("sentencing-docket", doc("Sentencing set for 9/30/2025 10:30 AM in Courtroom 4 before Judge Smith."),
      "hearing 2025-09-30 10:30"),
    # Oral argument.
    R("oral-argument", doc("Oral argument will be held on April 10, 2025 at 2:00 p.m."),
      "hearing 2025-04-10 14:00"),
    # Jury selection.
    R("jury-selection", doc("Jury selection shall begin on June 9, 2025 at 9:30 a.m."),
      "hearing 2025-06-09 09:30"),
    # Status conference.
    R("status-conference", doc("A telephonic status conference is set for April 10, 2025 at 11:00 a.m."),
      "hearing 2025-04-10 11:00"),
    # Show cause appearance.
    R("show-cause",
      doc("Defendants shall appear before this Court on April 10, 2025, at 10 a.m. to show cause why a "
          "preliminary injunction should not issue."), "hearing 2025-04-10 10:00"),
    # Arraignment.
    R("arraignment", doc("Arraignment is set for April 10, 2025 at 9:00 a.m."), "hearing 2025-04-10 09:00"),
    # Continued hearing: "continued to".
    R("continued-to", doc("The motions hearing is continued to April 17, 2025 at 10:00 a.m."),
      "hearing 2025-04-17 10:00"),
    # Expiry with a time.
    R("expiry-timed", doc("This Order shall expire on March 19, 2025 at 5:00 p.m."), "expiry 2025-03-19 17:00"),
    # "expires on".
    R("expires-on", doc("The temporary restraining order expires on March 19, 2025."), "expiry 2025-03-19"),
    # "remain in effect until".
    R("remain-in-effect", doc("This Order shall remain in effect until April 4, 2025."), "expiry 2025-04-04"),
    # Discovery cut-off is an "other" deadline, not a filing.
    R("discovery-close", doc("Discovery shall close on July 31, 2025."), "other 2025-07-31"),
    # Meet and confer.
    R("meet-confer", doc("The parties shall meet and confer by April 1, 2025."), "other 2025-04-01"),
    # Mediation.
    R("mediation", doc("Mediation shall be completed by June 30, 2025."), "other 2025-06-30"),
    # ---------------------------------------------------------------- recitals ----------------
    # The example.
    R("recital-filed", doc("On March 3, 2025, Plaintiff filed a motion for a temporary restraining order."),
      "recital 2025-03-03"),
    # Past hearing.
    R("recital-held", doc("The Court held a hearing on February 28, 2025."), "recital 2025-02-28"),
    # Past service.
    R("recital-served", doc("Defendants were served on February 20, 2025."), "recital 2025-02-20"),
    # Earlier order "dated": a recital, not this order's date.
    R("recital-order-dated",
      doc("By order dated January 15, 2025, the Court granted Plaintiff leave to amend."), "recital 2025-01-15"),
    # Earlier order as adjective.
    R("recital-prior-order", doc("In its January 15, 2025 Order, the Court denied the motion to dismiss."),
      "recital 2025-01-15"),
    # Recital of a prior entry in docket style.
    R("recital-granted", doc("The motion to seal was granted on February 3, 2025."), "recital 2025-02-03"),
    # Complaint filing date.
    R("recital-complaint", doc("Plaintiff commenced this action by filing a complaint on January 6, 2025."),
      "recital 2025-01-06"),
    # ---------------------------------------------------------------- not events --------------
    # Statute numbers.
    R("not-usc", doc("Defendants violated 18 U.S.C. § 1030 and 18 U.S.C. § 2701."), "none"),
    # Statute with subsection that looks like digits.
    R("not-usc-sub", doc("Plaintiff states a claim under 15 U.S.C. § 1125(a)(1)(A)."), "none"),
    # Rule numbers.
    R("not-rule", doc("The Court applies Rule 65(b) and Fed. R. Civ. P. 6(a)(1)(C)."), "none"),
    # Local rule.
    R("not-local-rule", doc("Counsel are reminded of Local Civil Rule 7(F)(1)."), "none"),
    # State code section with a date-like number.
    R("not-state-code", doc("Plaintiff also sues under Va. Code § 8.01-229."), "none"),
    # Case number.
    R("not-case-number", doc("This matter is Case No. 1:24-cv-2323 (LMB/IDD)."), "none"),
    # Case number with a judge suffix.
    R("not-case-number-suffix", doc("See United States v. Doe, No. 1:23-cr-00123-RDA."), "none"),
    # "Does 1-10".
    R("not-does", doc("Microsoft Corporation v. Does 1-10 Operating an Azure Abuse Network."), "none"),
    # ECF numbers.
    R("not-ecf", doc("See ECF No. 66 and ECF Nos. 12-14."), "none"),
    # Dkt. numbers.
    R("not-dkt", doc("See Dkt. 13 at 4; Dkt. No. 21-2."), "none"),
    # Paragraph numbers.
    R("not-paragraphs", doc("See Compl. ¶¶ 12-14, 20; Am. Compl. ¶ 31."), "none"),
    # Reporter citation with a year in parentheses.
    R("not-reporter-cite", doc("See Smith v. Jones, 123 F.3d 456, 460 (9th Cir. 1998)."), "none"),
    # Supreme Court citation.
    R("not-us-cite", doc("See Winter v. Nat. Res. Def. Council, Inc., 555 U.S. 7, 20 (2008)."), "none"),
    # A full date inside a Westlaw citation is the decision date, not an event.
    R("not-wl-cite-date",
      doc("See Doe v. Roe, No. 1:19-cv-1234, 2020 WL 123456, at *2 (E.D. Va. Jan. 10, 2020)."), "none"),
    # A date inside an unpublished appellate citation.
    R("not-slip-cite-date", doc("See Roe v. Doe, No. 21-1234, slip op. at 3 (4th Cir. Mar. 3, 2021)."), "none"),
    # Money.
    R("not-money", doc("Plaintiff seeks damages of $25,000 and fees of $1,500.00."), "none"),
    # Markdown-escaped money.
    R("not-money-escaped", doc("Plaintiff seeks damages of \\$25,000."), "none"),
    # Phone number.
    R("not-phone", doc("Chambers may be reached at (202) 555-0100."), "none"),
    # Phone number with dots.
    R("not-phone-dots", doc("Chambers may be reached at 202.555.0100."), "none"),
    # "1/2 hour" is a fraction, not a date.
    R("not-half-hour", doc("Each side shall have 1/2 hour for argument."), "none"),
    # Zip code and address.
    R("not-address", doc("The courthouse is at 401 Courthouse Square, Alexandria, VA 22314."), "none"),
    # A time with no date is not an event.
    R("not-time-alone", doc("Court sessions begin at 10:00 a.m."), "none"),
    # A bare period count in a rule quotation.
    R("not-rule-quote", doc("Rule 65(b)(2) provides that such an order expires at the time after entry "
                            "not to exceed 14 days that the court sets."), "none"),
    # A public law number.
    R("not-public-law", doc("See Pub. L. No. 115-141, 132 Stat. 348."), "none"),
    # ---------------------------------------------------------------- sanity checks -----------
    # A January date with last year's year, in a December order: read as next year, flagged.
    R("year-corrected",
      doc("Defendants shall appear before this Court on January 10, 2024, at 10 a.m.", ENTRY_DEC),
      "hearing 2025-01-10 10:00 +year-corrected"),
    # A scheduled date years before entry cannot be a one-year slip: kept and flagged.
    R("before-entry-far",
      doc("The hearing is set for March 10, 2023 at 10:00 a.m."), "hearing 2023-03-10 10:00 +before-entry"),
    # February 30 is impossible: kept, undated, flagged.
    R("impossible-feb30", doc("The hearing is set for February 30, 2025 at 10:00 a.m."),
      "hearing undated 10:00 +impossible-date"),
    # April 31 is impossible.
    R("impossible-apr31", doc("Defendants shall file their answer by April 31, 2025."),
      "filing undated +impossible-date"),
    # Numeric impossible date.
    R("impossible-numeric", doc("Defendants shall file their answer by 2/29/2025."),
      "filing undated +impossible-date"),
    # Reply due before the response it answers.
    R("sequence-inverted",
      doc("Defendants' response is due April 18, 2025. Plaintiff's reply is due April 11, 2025."),
      "filing 2025-04-11 +sequence-inverted"),
    # Two counted cut-offs collapsing on one day after the rolls (10 and 8 days before Mon 04-14).
    R("collapsed-sequence",
      doc("A hearing is set for April 14, 2025 at 10:00 a.m. Any opposition shall be filed no later than "
          "10 days before the hearing. Any reply shall be filed no later than 8 days before the hearing."),
      "filing 2025-04-04 +collapsed-sequence"),
    # A hearing the court set on a Saturday: flagged, not moved.
    R("weekend-not-rolled", doc("The hearing is set for April 12, 2025 at 10:00 a.m."),
      "hearing 2025-04-12 10:00 +weekend"),
    # A deadline the court set on Memorial Day: flagged, not moved.
    R("holiday-not-rolled", doc("Responses are due May 26, 2025."), "filing 2025-05-26 +holiday"),
    # Juneteenth hearing.
    R("juneteenth-not-rolled", doc("The hearing is set for June 19, 2025 at 10:00 a.m."),
      "hearing 2025-06-19 10:00 +holiday"),
    # An ordinary weekday carries neither flag.
    R("weekday-no-flag", doc("The hearing is set for April 10, 2025 at 10:00 a.m."),
      "hearing 2025-04-10 10:00 -weekend -holiday"),
    # A written date on a state holiday is flagged too (the clerk's office is closed).
    R("state-holiday-written",
      doc("Responses are due November 4, 2025.", "Entered this 1st day of October, 2025."),
      "filing 2025-11-04 +holiday"),
    # The same hearing stated twice is one event.
    R("same-hearing-twice",
      doc("A hearing is set for April 10, 2025 at 10:00 a.m. The hearing on April 10, 2025 shall be held "
          "in Courtroom 700."), "hearing 2025-04-10 10:00 once"),
    # The same hearing in the order and again in a notice paragraph.
    R("same-hearing-restated",
      doc("The motion for a preliminary injunction is set for hearing on April 10, 2025 at 10:00 a.m.\n\n"
          "NOTICE: the preliminary injunction hearing will proceed on April 10, 2025, at 10:00 a.m."),
      "hearing 2025-04-10 10:00 once"),
    # Signature and docket stamp of the same day are one entry.
    R("same-entry-twice",
      "ORDER granting 4 Motion. Signed by Judge A. B. Smith on 3/5/2025. (abc) (Entered: 03/05/2025)",
      "entry 2025-03-05 once"),
    # The same filing deadline stated twice.
    R("same-filing-twice",
      doc("Defendants shall file their answer by April 4, 2025. Defendants' answer, due April 4, 2025, "
          "shall not exceed 30 pages."), "filing 2025-04-04 once"),
    # ---------------------------------------------------------------- TRO ---------------------
    # No stated end, hearing after expiry: 12-20 + 14 = Fri 2025-01-03, flagged.
    R("tro-expiry-hearing-after",
      "TEMPORARY RESTRAINING ORDER\n\nDefendants are temporarily restrained and enjoined from operating "
      "the domains listed in Appendix A.\n\nDefendants shall appear before this Court on January 10, 2025, "
      f"at 10 a.m. to show cause why a preliminary injunction should not issue.\n\n{ENTRY_DEC}\n",
      "expiry 2025-01-03 +hearing-after-expiry"),
    # No stated end, no hearing: 03-05 + 14 = 03-19.
    R("tro-expiry-plain",
      "TEMPORARY RESTRAINING ORDER\n\nDefendants are hereby temporarily restrained and enjoined from "
      f"transferring any funds.\n\n{ENTRY}\n", "expiry 2025-03-19 once"),
    # 14 days from 05-12 is Memorial Day. Whether 6(a)(1)(C) stretches a restraint that simply ends
    # is unsettled: the cap's own last day (05-26) is shown, the rolled 05-27 named as the other reading.
    R("tro-expiry-rolled",
      "TEMPORARY RESTRAINING ORDER\n\nDefendants are temporarily restrained and enjoined from "
      "transferring any funds.\n\nEntered this 12th day of May, 2025.\n", "expiry 2025-05-26 +readings-differ"),
    # Hearing before the expiry: no hearing-after-expiry flag.
    R("tro-hearing-before-expiry",
      "TEMPORARY RESTRAINING ORDER\n\nDefendants are temporarily restrained and enjoined from "
      "transferring any funds. A preliminary injunction hearing is set for March 14, 2025 at 10:00 a.m."
      f"\n\n{ENTRY}\n", "expiry 2025-03-19 -hearing-after-expiry"),
    # A stated end replaces the 14-day default: one expiry only.
    R("tro-stated-end",
      "TEMPORARY RESTRAINING ORDER\n\nDefendants are temporarily restrained and enjoined from "
      f"transferring any funds. This Order shall expire on March 12, 2025 at 5:00 p.m.\n\n{ENTRY}\n",
      "expiry 2025-03-12 17:00 once"),
    # "restrained and enjoined" without "temporarily" in a TRO still triggers Rule 65(b)(2).
    R("tro-restrained-enjoined",
      "TEMPORARY RESTRAINING ORDER\n\nIT IS HEREBY ORDERED that Defendants are restrained and enjoined "
      f"from transferring any funds.\n\n{ENTRY}\n", "expiry 2025-03-19"),
    # A TRO dated by the ECF stamp alone.
    R("tro-ecf-stamp-entry",
      "Case 1:24-cv-02323 Document 13 Filed 12/20/24 Page 1 of 6 PageID# 1121\n"
      "TEMPORARY RESTRAINING ORDER\n\nDefendants are temporarily restrained and enjoined from operating "
      "the domains.\n", "expiry 2025-01-03"),
    # An order denying a TRO restrains nobody: no expiry.
    R("tro-denied-no-expiry",
      "ORDER DENYING MOTION FOR TEMPORARY RESTRAINING ORDER\n\nThe motion for a temporary restraining "
      f"order is DENIED.\n\n{ENTRY}\n", "none"),
    # A preliminary injunction has no 14-day limit.
    R("pi-no-expiry",
      "PRELIMINARY INJUNCTION\n\nDefendants are restrained and enjoined from transferring any funds "
      f"pending final judgment.\n\n{ENTRY}\n", "none"),
    # ---------------------------------------------------------------- more date forms ---------
    # The issue's own forms, across the year boundary (order of Fri 2024-12-20).
    R("issue-month-day-year", doc("The hearing is set for January 10, 2025 at 10 a.m.", ENTRY_DEC),
      "hearing 2025-01-10 10:00"),
    # "Jan. 10, 2025".
    R("issue-jan-dot", doc("The hearing is set for Jan. 10, 2025 at 10 a.m.", ENTRY_DEC),
      "hearing 2025-01-10 10:00"),
    # "10 January 2025".
    R("issue-day-month", doc("The hearing is set for 10 January 2025 at 10 a.m.", ENTRY_DEC),
      "hearing 2025-01-10 10:00"),
    # "1/10/2025".
    R("issue-numeric", doc("The hearing is set for 1/10/2025 at 10 a.m.", ENTRY_DEC), "hearing 2025-01-10 10:00"),
    # "01/10/25".
    R("issue-numeric-short", doc("The hearing is set for 01/10/25 at 10 a.m.", ENTRY_DEC),
      "hearing 2025-01-10 10:00"),
    # A January date with no year in a December order: next January.
    R("no-year-across-new-year", doc("The hearing is set for January 10 at 10 a.m.", ENTRY_DEC),
      "hearing 2025-01-10 10:00 +year-inferred"),
    # A range across months: the first day.
    R("range-across-months", doc("Trial is set for September 29 through October 3, 2025."), "hearing 2025-09-29"),
    # A range written with weekdays on both ends.
    R("range-weekdays",
      doc("The bench trial will take place from Monday, September 15 through Friday, September 26, 2025."),
      "hearing 2025-09-15"),
    # A sentence split by a page break and the next page's ECF header stamp.
    R("date-across-ecf-page-break",
      "Defendants shall appear before this Court on\n\f"
      "Case 1:24-cv-02323 Document 13 Filed 12/20/24 Page 5 of 6 PageID# 1125\n"
      f"January 10, 2025, at 10 a.m. to show cause.\n\n{ENTRY_DEC}\n", "hearing 2025-01-10 10:00"),
    # ---------------------------------------------------------------- more times -------------
    # "Eastern" alone.
    R("zone-eastern-bare", doc("Responses are due April 10, 2025 at 5:00 p.m. Eastern."),
      "filing 2025-04-10 17:00 tz=America/New_York"),
    # "9:30 AM ET" in docket style.
    R("zone-am-et", doc("Status Conference set for 4/10/2025 at 9:30 AM ET."),
      "hearing 2025-04-10 09:30 tz=America/New_York"),
    # "11:59 p.m." cut-off.
    R("time-1159pm", doc("Responses shall be filed by 11:59 p.m. on April 10, 2025."), "filing 2025-04-10 23:59"),
    # "midnight" cut-off, calendared as 23:59 of that day.
    R("time-midnight", doc("Responses shall be filed by midnight on April 10, 2025."), "filing 2025-04-10 23:59"),
    # ---------------------------------------------------------------- more relative ----------
    # Backward business days skip the weekend: Mon 04-14 -> Fri, Thu, Wed 04-09.
    R("business-days-before",
      doc("A hearing is set for April 14, 2025 at 10:00 a.m. Exhibit lists shall be filed three (3) "
          "business days before the hearing."), "filing 2025-04-09"),
    # "not less than N days before the trial".
    R("not-less-than-before-trial",
      doc("Jury trial is set for June 9, 2025 at 9:30 a.m. Proposed voir dire shall be filed not less than "
          "14 days before the trial."), "filing 2025-05-23"),
    # Forward from the hearing onto Sunday 04-13 rolls to Monday 04-14.
    R("after-hearing-roll",
      doc("A hearing is set for April 10, 2025 at 10:00 a.m. Supplemental briefs shall be filed within "
          "3 days after the hearing."), "filing 2025-04-14"),
    # Anchor is another deadline of kind "other": discovery closes Thu 07-31, + 7 = Thu 08-07.
    R("after-close-of-discovery",
      doc("Discovery shall close on July 31, 2025. Any motion to compel shall be filed within 7 days after "
          "the close of discovery."), "filing 2025-08-07"),
    # 30 days after discovery closes: Sat 08-30 -> Mon 09-01 Labor Day -> Tue 09-02.
    R("after-discovery-roll-weekend-holiday",
      doc("Discovery shall close on July 31, 2025. Dispositive motions shall be filed within 30 days after "
          "the close of discovery."), "filing 2025-09-02"),
    # An anchor the order never dates: the court's ruling.
    R("anchor-ruling-undated",
      doc("Plaintiff shall file an amended complaint within 14 days after the Court rules on the motion to dismiss."),
      "filing undated +anchor-undated"),
    # Objections after being served with a copy of a report: the clerk serves it electronically on
    # entry, so counted from entry (3/5 + 14) and flagged as an assumption counsel can correct.
    R("objections-after-service",
      doc("Any party may file written objections within 14 days after being served with a copy of the "
          "Report and Recommendation."), "filing 2025-03-19 +anchor-assumed"),
    # Forward onto Christmas Day 2024 rolls to Thu 12-26.
    R("forward-christmas-roll",
      doc("Defendants shall file their answer within 14 days after entry of this Order.",
          "Entered this 11th day of December, 2024."), "filing 2024-12-26"),
    # Forward onto the 2025-01-09 presidential closure: the earlier (safer) reading is calendared.
    R("forward-closure-earlier-reading",
      doc("Defendants shall file their answer within 14 days after entry of this Order.",
          "Entered this 26th day of December, 2024."), "filing 2025-01-09"),
    # Backward onto the 2024-12-24 closure: rolled back to Mon 12-23 is the earlier reading.
    R("backward-closure-earlier-reading",
      doc("A hearing is set for January 7, 2025 at 10:00 a.m. Defendants shall file a response no later "
          "than 14 days before the hearing.", ENTRY_DEC), "filing 2024-12-23"),
    # TRO with a counted end: one expiry, counted from entry.
    R("tro-counted-end",
      "TEMPORARY RESTRAINING ORDER\n\nDefendants are temporarily restrained and enjoined from "
      "transferring any funds. This Order shall expire fourteen (14) days after entry of this Order."
      f"\n\n{ENTRY}\n", "expiry 2025-03-19 once"),
    # ---------------------------------------------------------------- scheduling-order table --
    # "Deadline to ... : date" lines.
    R("sched-amend", doc("SCHEDULING ORDER\n\nDeadline to join parties and amend pleadings: April 4, 2025"),
      "filing 2025-04-04"),
    # Fact discovery cut-off line.
    R("sched-discovery", doc("SCHEDULING ORDER\n\nFact discovery cutoff: July 31, 2025"), "other 2025-07-31"),
    # Dispositive motions line.
    R("sched-dispositive", doc("SCHEDULING ORDER\n\nDispositive motions due: August 29, 2025"),
      "filing 2025-08-29"),
    # Final pretrial conference line.
    R("sched-fptc", doc("SCHEDULING ORDER\n\nFinal Pretrial Conference: October 2, 2025 at 10:00 a.m."),
      "hearing 2025-10-02 10:00"),
    # Trial line.
    R("sched-trial", doc("SCHEDULING ORDER\n\nJury Trial: October 20, 2025 at 9:00 a.m."),
      "hearing 2025-10-20 09:00"),
    # ---------------------------------------------------------------- more kinds -------------
    # Settlement conference before a magistrate judge.
    R("settlement-conference",
      doc("A settlement conference is set before Magistrate Judge Doe on April 10, 2025 at 10:00 a.m."),
      "hearing 2025-04-10 10:00"),
    # Passive service duty.
    R("service-passive", doc("Defendants shall be served with a copy of this Order by April 1, 2025."),
      "service 2025-04-01"),
    # "dissolve".
    R("expiry-dissolve", doc("This Order shall dissolve on April 4, 2025 unless extended."), "expiry 2025-04-04"),
    # A reset hearing is calendared on its new date.
    R("reset-new-date", doc("The hearing is reset from April 10, 2025 to April 17, 2025 at 10:00 a.m."),
      "hearing 2025-04-17 10:00"),
    # ... and not on its old date.
    # The superseded setting stays visible as a docket change (kind "other"), never as a hearing,
    # as the real-order gold labels vacated and continued settings (hid, insd).
    R("reset-old-date-absent", doc("The hearing is reset from April 10, 2025 to April 17, 2025 at 10:00 a.m."),
      "other 2025-04-10"),
    # A vacated setting is not calendared.
    R("vacated-absent", doc("The hearing previously set for April 10, 2025 is VACATED."), "other 2025-04-10"),
    # ---------------------------------------------------------------- more recitals ----------
    # "The Court entered ... on": a past entry of another order.
    R("recital-court-entered", doc("The Court entered a scheduling order on February 3, 2025."),
      "recital 2025-02-03"),
    # A past filing with an ECF cite.
    R("recital-answer-filed", doc("Defendant filed its answer on February 14, 2025 (ECF No. 20)."),
      "recital 2025-02-14"),
    # "On DATE, the Court heard argument."
    R("recital-heard", doc("On February 24, 2025, the Court heard argument on the motion."), "recital 2025-02-24"),
    # ---------------------------------------------------------------- more not-events --------
    # Section ranges.
    R("not-usc-range", doc("Plaintiff sues under 18 U.S.C. §§ 1961-1968."), "none"),
    # Rule 12(b)(6).
    R("not-rule-12b6", doc("Defendants move to dismiss under Rule 12(b)(6)."), "none"),
    # IP addresses in a domain-seizure order.
    R("not-ip-address", doc("The domain resolved to IP address 104.21.10.25 and 172.67.1.12."), "none"),
    # A numeric date inside a parenthetical citation.
    R("not-numeric-cite-date", doc("See Order at 3, Doe v. Roe, No. 20-cv-1 (D. Md. 2/3/2020)."), "none"),
    # ---------------------------------------------------------------- more sanity ------------
    # The classic January slip in an order signed in early January.
    R("year-corrected-early-january",
      doc("The hearing is set for January 10, 2024 at 10:00 a.m.", "Entered this 3rd day of January, 2025."),
      "hearing 2025-01-10 10:00 +year-corrected"),
    # Counted periods in inverted order: reply 03-12 before the opposition 03-19.
    R("sequence-inverted-relative",
      doc("Any opposition shall be filed within 14 days after entry of this Order. Any reply shall be filed "
          "within 7 days after entry of this Order."), "filing 2025-03-12 +sequence-inverted"),
    # A Sunday deadline the court wrote: flagged, not moved.
    R("sunday-written", doc("Responses are due April 13, 2025."), "filing 2025-04-13 +weekend"),
    # A hearing on the 2025-01-09 presidential closure day: flagged.
    R("closure-day-written", doc("The hearing is set for January 9, 2025 at 10:00 a.m.", ENTRY_DEC),
      "hearing 2025-01-09 10:00 +holiday"),
    # The docket restatement of a hearing set in the order's prose is the same hearing.
    R("same-hearing-docket-restatement",
      doc("The motion is set for hearing on April 10, 2025 at 10:00 a.m. (Motion Hearing set for 4/10/2025 "
          "10:00 AM.)"), "hearing 2025-04-10 10:00 once"),
    # ---------------------------------------------------------------- interactions ----------
    # A statute cited before the date must not hide the date.
    R("date-after-statute",
      doc("Under 18 U.S.C. § 1030, Defendants shall appear on April 10, 2025 at 10 a.m."), "hearing 2025-04-10 10:00"),
    # A date inside a citation in a sentence that also gives a directive is still not an event.
    R("cite-date-in-directive",
      doc("The parties shall follow the procedure described in Doe v. Roe, 2020 WL 123456, at *2 "
          "(E.D. Va. Jan. 10, 2020)."), "none"),
    # A prior order's date in a directive sentence: the new deadline is live ...
    R("prior-order-live-deadline",
      doc("Pursuant to the Court's Order of February 3, 2025 (ECF No. 12), the parties shall file a joint "
          "status report by April 4, 2025."), "filing 2025-04-04"),
    # ... and the prior order's date is not calendared.
    R("prior-order-date-absent",
      doc("Pursuant to the Court's Order of February 3, 2025 (ECF No. 12), the parties shall file a joint "
          "status report by April 4, 2025."), "absent 2025-02-03"),
    # A past "entered" order must not become this order's date: the period counts from 03-05.
    R("prior-entered-order-not-anchor",
      doc("The Court entered a scheduling order on February 3, 2025. Defendants shall file their answer "
          "within 14 days after entry of this Order."), "filing 2025-03-19"),
    # Docket text with a year-less setting: the year comes from the stamp.
    R("docket-no-year-setting",
      "ORDER: Status Conference set for June 8 at 10:00 AM. Signed by Judge A. B. Smith. "
      "(Entered: 05/25/2017)", "hearing 2017-06-08 10:00 +year-inferred"),
    # Written opposition and reply deadlines on the same day collapse the briefing sequence.
    R("collapsed-written-dates",
      doc("Any opposition shall be filed by April 4, 2025. Any reply shall be filed by April 4, 2025."),
      "filing 2025-04-04 +collapsed-sequence"),
    # A counted deadline keeps the time stated with it ("7 days prior to the hearing, by 5:00 p.m.").
    R("relative-with-time",
      doc("A hearing is set for April 10, 2025 at 10:00 a.m. Defendants shall file their response at least "
          "seven (7) days prior to the hearing, by 5:00 p.m."), "filing 2025-04-03 17:00"),
    # Two hearings in one sentence each keep their own date and time.
    R("two-hearings-one-sentence",
      doc("The status conference is set for April 10, 2025 at 10:00 a.m., and the motions hearing is set "
          "for April 17, 2025 at 2:00 p.m."), "hearing 2025-04-17 14:00"),
    # The first of the two.
    R("two-hearings-first",
      doc("The status conference is set for April 10, 2025 at 10:00 a.m., and the motions hearing is set "
          "for April 17, 2025 at 2:00 p.m."), "hearing 2025-04-10 10:00"),
]


def _parse(expected: str) -> tuple[str, list[str], list[str], str | None, bool]:
    words = expected.split()
    plus = [w[1:] for w in words if w.startswith("+")]
    minus = [w[1:] for w in words if w.startswith("-") and len(w) > 1]
    zone = next((w[3:] for w in words if w.startswith("tz=")), None)
    once = "once" in words
    head = " ".join(w for w in words if not (w[0] in "+-" or w.startswith("tz=") or w == "once"))
    return head, plus, minus, zone, once


def _describe(timeline: Timeline) -> str:
    return "\n".join(f"  {'R ' if e.recital else ''}{canon(e)} {list(e.flags)} {e.timezone} | {e.title}"
                     for e in timeline.events) or "  (no events)"


def test_table_has_enough_rows() -> None:
    assert len(ROWS) >= 150


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_row(text: str, expected: str) -> None:
    timeline = run(text)
    shown = _describe(timeline)
    live = [e for e in timeline.events if not e.recital]
    if expected == "none":
        others = [e for e in live if e.kind != "entry"]
        assert not others, f"expected no event beyond the order's date:\n{shown}"
        assert len({e.date for e in live}) <= 1, f"more than one entry date:\n{shown}"
        return
    if expected.startswith("absent "):
        day = dt.date.fromisoformat(expected.split()[1])
        assert not any(e.date == day for e in live), f"{day} calendared:\n{shown}"
        return
    if expected.startswith("recital "):
        day = dt.date.fromisoformat(expected.split()[1])
        assert any(e.recital and e.date == day for e in timeline.events), f"no recital on {day}:\n{shown}"
        assert not any(e.date == day for e in live), f"recital calendared as an event:\n{shown}"
        return
    head, plus, minus, zone, once = _parse(expected)
    matching = [e for e in live if canon(e) == head]
    assert matching, f"expected {head!r}:\n{shown}"
    good = [e for e in matching
            if all(f in e.flags for f in plus) and not any(f in e.flags for f in minus)
            and (zone is None or e.timezone == zone)]
    assert good, f"{head!r} found but flags/zone differ (want +{plus} -{minus} tz={zone}):\n{shown}"
    if once:
        kind = head.split()[0]
        same_kind = [e for e in live if e.kind == kind]
        assert len(same_kind) == 1, f"expected exactly one {kind} event:\n{shown}"
