"""This order's own date: the words right before (or after) a date that make it the day the
order was signed, entered, filed or decided, and the ones that make it another paper's date.
"""

from __future__ import annotations

import re

from viewer.core.fastre import ends, guarded
from viewer.core.vocabulary import STAMP_MONTHS, STATE_PATTERN

I = re.IGNORECASE


# The words right before a date that make it this order's own date: the keyword, then at most
# "by <judge>" or "at <place>" or "in chambers", then the connector, and nothing else.
ENTRY_TAIL = guarded(
    r"(?:^|[\s(\[,.)])(?P<verb>entered|signed|so\s+ordered|ordered|dated|date|done|filed|issued|docketed|delivered|"
    r"decided|adopted|and\s+now,?(?:\s+this)?|now,|by\s+order\s+of\s+the\s+court)"  # Pennsylvania: "AND NOW, this 21st
    # day of December, 2015", "Now, this 12th day"; Kansas: "BY ORDER OF THE COURT this 28th day of June, 2010"
    r"(?:\s+and\s+(?:ordered|entered|signed|docketed|filed))?"
    r"(?:\s+as\s+an?\s+order\s+of\s+(?:this|the)\s+court)?"  # (Rhode Island: "Entered as an Order of this Court, this 1st day")
    # (Florida: "DONE AND ORDERED in Chambers, at Lake City, Columbia County, Florida this 21st day"; Texas: "Done at the
    # City of Austin, this 16th day")
    r"(?:\s+by:?\s+(?:the\s+)?(?-i:[A-Z])[^;\n]{1,80}?|\s+(?:in\s+chambers\s*,?\s+)?at\s+(?:the\s+)?(?-i:[A-Z])[^;\n]{1,60}?"
    r"|\s+in\s+chambers(?:\s*,\s*(?-i:[A-Z])[^;\n]{1,60}?)?)?"  # ("Done and ordered in chambers, Sarasota County, Florida this")
    r"(?:\s+in\s+conference)?"  # North Carolina: "Adopted by the Court in Conference this 27th day of November, 1984"
    r"\s*(?:,\s*)?(?:on|this|:|,|the)?[\s:_.-]*(?:the\s+)?$", I)  # (Mississippi: "SO ORDERED, this the 10th day")
_DOCUMENT_BEFORE = guarded(
    r"(?<!this\s)(?<!instant\s)\b(?:letters|e-?mails|motions|briefs|(?<=\bby\s)orders|order|letter|postcard|e-?mail|correspondence|motion|opinion|stipulation|notice|memorandum|agreement|report|"
    r"judgment|decision|brief|complaint|petition|proof\s+of\s+service|certificate|declaration|affidavit|"
    r"trust|deed|lease|contract|policy|will|tro|injunction|stay|mandate|remittitur|summons|subpoena|writ|protocols|guidelines|"
    r"default)\b"  # ("Clerk's Entry of Default entered 6/7/2024"; "By Orders issued March 18, 2020, ...")
    r"(?:[^.;()\[\]]{0,40}?)?(?:\s*\[#?\d+\])?\s*$"
    # (a party's paper named with its author, however long the name: "a Petition by the Beltrami County Historical
    # Society dated August 19, 2022")
    r"|\b(?:petition|motion|complaint|application|stipulation|brief)\s+(?:by|of|from)\s+[^.;()\[\]]{0,80}?\s*$"
    # (a lower court's paper named with its court: "a final judgment of the Justice Court of the Town of Washington,
    # Dutchess County, dated February 24, 2014")
    r"|\b(?:judgment|order|decision)\s+of\s+the\s+(?-i:[A-Z])[\w.']*\s+(?-i:Court)\b[^.;()\[\]]{0,80}?\s*$", I)


# A party's papers that carry their own date: "Respondent's written discovery requests, dated March 5, 2021".
_DATED_PAPERS = re.compile(r"\b(?:requests|interrogatories|demands?|invoices?|statements?)\s*,?\s*$", I)
# A paper named by its title, then ", dated": "the General Order for Referral of Civil Matters to the United
# States Magistrate Judges of the Northern District of Alabama, dated January 2, 2015, the parties are ...".
_TITLED_PAPER = re.compile(r"(?<!This\s)\b(?-i:Order|Opinion|Memorandum|Notice|Judgment|Rule|Rules|Stipulation)\b"
                           r"[^.;()\[\]]{0,140},\s*$", I)
# "an appeal from an order of the Civil Court of the City of New York, Queens County, dated January 7, 2014": an
# order named by its court is another order, however long the court's name ("from two orders of the Family Court,
# Kings County, dated October 10, 2019, and August 23, 2022": two).
_AN_ORDER_OF = re.compile(r"\b(?:(?:an|the)\s+(?:\w+\s+)?order|(?:two|three|four|the|its)\s+(?:\w+\s+)?orders)\s+of\s+(?:the\s+)?(?-i:[A-Z])(?:[^.;()\[\]]|\([^().;]{1,40}\)){0,140}?,?\s*$",
                          I)  # ("an order of the Supreme Court, Suffolk County (IDV Part), dated February 1, 2023")
# A Texas court of appeals' foot: "Appeal abated / Order issued and filed August 11, 2020" (not "the Order issued").
_ISSUED_AND_FILED = re.compile(r"(?<!\bthe\s)(?<!\ban\s)(?<!\bits\s)(?<!\btrial\scourt's\s)(?-i:Order)\s+issued\s+and\s+filed\s*$")
# A heading line of its own, after a blank line: a Texas court of appeals' "Order entered September 5, 2018", Tennessee's
# "Order of the Supreme Court filed August 23, 2011:" (not a wrapped "... under the Scheduling\nOrder entered").
_OWN_HEADING = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(?-i:Order)(?:\s+of\s+the(?:\s+[A-Z][a-z]+){1,4})?\s*$")
# A title in capitals, then its own label: the First Circuit's "APPELLANT'S BRIEFING NOTICE Issued: June 8, 2010".
_CAPS_TITLE = re.compile(r"(?:^|\n|(?<=[a-z]))[ \t]*(?:[A-Z][A-Z'&/-]*[ \t]+){0,4}(?:NOTICE|ORDER)[ \t]*$")
# ("The trust account statement ... was printed months ago; it is dated August 12, 2013": that paper's date)
_TOLD_PASSIVE = re.compile(r"\b(?:was|were|had\s+been)\s*$|\b(?:it|which|they)\s+(?:is|are)\s*$", I)
_PARTY_PAPERS = {"motion", "brief", "complaint", "petition", "stipulation", "declaration", "affidavit", "report"}


# A "<Label> Date:" row whose label names something other than this order ("Mediation Completion Date:").
_OTHER_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][a-z]+[ \t]+){0,3}"
                          r"(?!(?:Order|Document|Entry|Signed|Filed|Filing|Decision|Issue|"
                          r"Judgment|Ruling|Opinion|Today|Signature|Submission|Release|Adopted)\b)[A-Z][a-z]+[ \t]*$")
# (a court page's "Release Date: / Tuesday, January 28, 2014" and mass.gov's "Adopted Date: 08/06/2020" date the paper)
# Texas courts of appeals sign "Acting individually / Acting for the Court Date: May 21, 2019": the signing date.
_ACTING_FOR = re.compile(r"\bacting\s+for\s+the\s+court\s*$", I)
_SETTING_DATE = guarded(r"\b(?:hearing|trial|conference|argument|sentencing|due|response|reply|deadline|effective|"
                        r"cut-?off|expiration|return)\s*$", I)


# An appellate header: "MEMORANDUM BY DUBOW, J.: FILED FEBRUARY 29, 2016" dates the opinion itself.
_AUTHORED_BY = re.compile(r"(?:^|\n)\s*(?:memorandum|opinion|order|judgment)(?:\s+and\s+order)?\s+by\s+[^\n:]{1,60}:\s*$", I)
_MADE_ORDER = re.compile(r"\s*,?\s*(?:made|entered|issued)\s+the\s+following\s+order", I)
# (the date's own words include "This 28th day of": what stands before it is the title, a line start or the place)
_OPENING_THIS = guarded(r"(?:^|\n|(?-i:\b[A-Z]{3,})\s+|\bat\s+(?-i:[A-Z][a-z]+),?\s+)(?:this\s+)?$", I)  # ("At Wilmington this")
_COURT_HAVING = guarded(r"^[\s,]*(?:the\s+court\s+having|upon\s+(?:consideration|review|the)|having\s+considered|"
                        r"it\s+appearing|on\s+consideration)\b", I)
# ("IT IS, therefore, on this"; "it 1 is this": a pleading line's number inside)
_IT_IS = guarded(r"\bit\s+(?:\d{1,2}\s+)?is\s*,?\s*(?:(?:therefore|further|hereby|accordingly),?\s*)?(?:on\s+)?(?:this\s+)?$", I)
# (the clause after the date may be cut at ", ORDERED that the trial is set for": read the sentence)
# (D.N.J.: "IT IS on this 7th Day of October, 2010; ORDERED, pursuant to Fed. R. Civ. P. 16, that ...")
_THIS_DAY_ORDERED = re.compile(r"\bthis\s+\w+\s+day\s+of\s+\w+,?\s+\d{4}[,;]?\s+(?:hereby\s+)?(?-i:ORDERED)\b", I)
_ORDERED_NEXT = guarded(r"^[\s,;]*(?:hereby\s+)?(?-i:ORDERED|[Oo]rdered)\b", I)
# Maryland: "It is therefore, this 18th day of March 2013, by the Circuit Court for Baltimore City, Part 23, hereby
# ORDERED" (the page may break before "ORDERED")
_BY_THE_COURT_HEREBY = guarded(r"^[\s,]*by\s+the\s+(?:[\w.'\u2019-]+\s+){0,8}?court\b[^;.]{0,60}?,?\s*hereby\b", I)
# "NOW, THEREFORE, this 8th day of July, 2005, IT IS HEREBY ORDERED AS FOLLOWS:" (after the recitals' "WHEREAS")
_NOW_THEREFORE = guarded(r"\bnow,?\s+therefore,?\s+(?:on\s+)?(?:this\s+)?$", I)
_IT_IS_ORDERED_NEXT = guarded(r"^[\s,;]*it\s+is\s+(?:hereby\s+|further\s+)?(?-i:ORDERED|[Oo]rdered)\b", I)


# A court page's byline on a line of its own: "Friday, September 2, 2022 by Superior Court".
_BYLINE = re.compile(r"[ \t]+by\s+(?:the\s+)?(?:[A-Z][\w.']*\s+){0,4}Court[ \t]*(?:\n|$)")


def opening_title(before: str, after: str, sentence: str) -> str:
    """A title when the order opens or closes with its making: "the court upon February 12, 2001, made the following
    order", "it is this 6th day of October, 2010, hereby ORDERED", "ORDER This 28th day of March 2007, the Court
    having conducted ..."."""
    if _MADE_ORDER.match(after):
        return "Order made"
    if _BYLINE.match(after) and not before.strip(" \t").rpartition("\n")[2]:
        return "Notice posted"
    if ends(_IT_IS, before) and (_ORDERED_NEXT.match(after) or _THIS_DAY_ORDERED.search(sentence)
                                 or _BY_THE_COURT_HEREBY.match(after)):
        return "Order dated"
    if _COURT_HAVING.match(after) and ends(_OPENING_THIS, before):
        return "Order dated"
    if ends(_NOW_THEREFORE, before) and _IT_IS_ORDERED_NEXT.match(after):
        return "Order dated"
    return ""


# A caption line "No. W2013-01417-COA-R3-CV - Filed October 2, 2013" dates the opinion itself.
_NUMBER_LINE = re.compile(r"(?:^|\n)\s*(?:case\s+)?no\.?\s*[\w.:/-]+\s*[-–—]\s*$", I)


# A court's place-and-date line: "Lansing, Michigan" then the date, on its own or after "Order" or the
# court's name ("Fourth Court of Appeals San Antonio, Texas December 3, 2018").
_PLACE_LINE = re.compile(r"(?:^|\n|\bOrder\s+(?:[A-Z][a-z]+\s+){0,3}Court\s+|\bCourt\s+of\s+Appeals\s+|\bDATED:[ \t]*)\s*(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s+"
                         rf"(?:{STATE_PATTERN}|Hawai[^\w\s]i),?\s*$")  # ("Honolulu, Hawai'i, November 5, 2014")
# (Hawaii's foot "DATED: Honolulu, Hawaii, July 16, 2019."; a PDF's text can carry the ʻokina as another mark, "Hawai#i".)


# A signing place opening its line: D. Delaware's "At Wilmington this 9th day of March, 2005, IT IS ORDERED".
_AT_PLACE = re.compile(r"(?:^|\n)[ \t]*At\s+(?-i:[A-Z][a-z]+)(?:,?\s+(?-i:[A-Z][a-z]+)){0,3},?\s+(?:this\s*)?$")


# A clerk's attestation under seal: "IN WITNESS WHEREOF, I have hereunto set my hand and affixed the seal
# of the said court on this 23rd day of November, 2015", "WITNESS my hand and the seal of said Court this".
_ATTESTED = re.compile(r"\b(?:set|witness)\s+my\s+hand\b[^.;]{0,100}?(?:\bon\s+)?(?:this|the)?\s*$", I)


# A docket text's closing signature with no verb: "... is denied. By Judge Robert E. Blackburn on 2/10/2016.",
# "... (216) 357-7215. Judge Patricia A. Gaughan on 10/14/16.", "ORDER TO SHOW CAUSE by Magistrate Judge Scott T.
# Varholak on 3/10/2025." (a docket title in capitals, then "by"; D. Colo.: "... before Magistrate Judge Kristen L. Mix. by
# Magistrate Judge Kristen L. Mix on 12/8/2009.")
_BY_JUDGE = re.compile(r"(?:^|[.;]\s+|,\s+by\s+|(?-i:\b[A-Z]{2,})\s+by\s+|\b[A-Z][a-z]+\s+by\s+(?=(?:Magistrate\s+)?Judge\b)|\b[A-Z]?\d+[A-Z]?\s+by\s+)(?:[Bb]y\s+)?(?:(?:Chief|Senior|District|Magistrate|Bankruptcy|U\.S\.)\s+)*Judge\s+"
                       r"(?:[A-Z][\w.'-]*,?\s+){1,5}on\s*$")  # (the name's words only, all capitalised)
# (D. Colo. drops "signed": "... before Magistrate Judge Kristen L. Mix by Magistrate Judge Kristen L. Mix on 11/17/2009",
# "... in Courtroom C204 by Judge X on"; not "was reassigned by Judge X on")


# Colorado's e-filing stamp on every page: "DATE FILED: April 7, 2023 9:41 AM\nCASE NUMBER: 2023CV30130".
_DATE_FILED_STAMP = re.compile(r"(?:(?:^|\n)[ \t]*date\s+filed|(?-i:\bDATE\s+FILED))\s*:\s*$", I)


_E_FILED = re.compile(r"\*{0,3}\s*(?:electronically\s+|\be-)filed\s*\*{0,3}\s*$", I)  # (C.D. Ill.: "E-FILED Thursday, 14 May, 2015")
# Kentucky's e-filing stamp heads each page: "Entered 18-CI-00073 01/31/2018 Amy Feldman, Franklin Circuit Clerk".
_CASE_STAMP = re.compile(r"(?:^|\n)[ \t]*(?-i:Entered|ENTERED|Filed|FILED)[ \t]+\d{2}-[A-Z]{1,3}-\d{3,6}[ \t]+$")
# Hawaii's stamp names the court and the case number between, each on its line: "Electronically Filed / Supreme
# Court / SCRU-11-0000582 / 05-NOV-2014 / 01:19 PM".
_E_FILED_BLOCK = re.compile(r"(?:^|\n)[ \t]*\**[ \t]*(?:electronically\s+filed|e-filed)[ \t]*\**[ \t]*(?:\n[^\n]{1,40}){1,2}\n[ \t]*$",
                            I)  # (Georgia's "**E-FILED** / 18EV004812 / 1/11/2019 9:21 AM / LeNora Ponzo, Clerk")
# ... or flattened onto one line: "SCOT-17-0000811 Electronically Filed Supreme Court SCOT-17-0000811 04-JAN-2018 09:07 AM"
_E_FILED_LINE = re.compile(r"\belectronically\s+filed\s+(?:[A-Z][\w.']*\s+){1,5}[A-Z]{2,5}-\d{2}-\d{4,8}\s+$"
                           r"|(?-i:\bE-?Filed):\s*$", I)  # (Delaware's "EFiled:  Apr 02 2013 12:14PM EDT")


# A clerk's received or filed stamp writes the month in three capitals and no comma: "FILED MAR 3 1988", the
# Federal Circuit's "U.S. COURT OF APPEALS FOR THE FEDERAL CIRCUIT / APR 27 2012 / JAN HORBALY / CLERK".
_CAPS_STAMP = re.compile(rf"(?:{STAMP_MONTHS}) ?[0-3]?\d (?:19|20)\d\d")


def caps_stamp(stated: str) -> bool:
    """Whether a date is written the way a clerk's stamp writes it."""
    return bool(_CAPS_STAMP.fullmatch(stated))


def e_filed_block(text: str, start: int) -> bool:
    """Whether the date at `start` is an e-filing stamp's, under "Electronically Filed" and its court lines."""
    return any(stamp.search(text, max(0, start - 100), start) for stamp in (_E_FILED_BLOCK, _E_FILED_LINE))


# A docket text's own title in capitals: "ORDER TO SHOW CAUSE signed by Judge X on 10/21/2013", E.D. Cal.'s
# "STATUS (PRETRIAL SCHEDULING) ORDER signed by".
WAS_DOCKETED = re.compile(r"\b(?:was|were)\s+(?:\w+\s+){0,3}docketed\s+(?:on\s+)?$", I)
_DOCKET_TITLE = re.compile(r"\s*(?:\(?[A-Z][A-Za-z'&/-]*\)?\s+){0,4}ORDER(?:\s+(?:[A-Z0-9][A-Za-z0-9'&/,()-]*|to|of|for|on|and|re|the|a|an|in))"
                           r"{0,20},?\s*")  # ("SCHEDULING ORDER, signed by", "ORDER to SHOW CAUSE signed by", E.D. Cal.'s "Amended ORDER re Settlement Conference, signed by")


# (and a notice of electronic filing's head, "The following transaction was entered on 8/11/2022 at 4:11 PM CDT":
# the docket text below it)
_THIS_DOCUMENT = re.compile(r"\bthis\s+(?:order|document|decision|judgment)\b|\bthe\s+following\s+transaction\b", I)
# Oregon's Tax Court closes its decisions: "The Court filed and entered this document on March 31, 2008."
_ENTERED_THIS = re.compile(r"\b(?:filed|signed)\s+and\s+entered\s+this\s+(?:order|document|decision|judgment)\s+on\s*$", I)


# A line that is only a title and its filing date: a Texas court of appeals opens its orders with
# "Abatement Order filed April 9, 2015." (not "The Protective Order filed May 1 remains in effect").
_TITLE_FILED_LINE = re.compile(r"\s*(?!The\s)(?-i:(?:[A-Z][a-z]+\s+)(?:(?:[A-Z][a-z]+|and)\s+){0,3})Order\s+filed\s+"
                               r"[\w ,/]{6,20}\.?\s*")  # (Texas 14th: "Motion Granted and Order filed June 7, 2012")
# (or run on into the caption when a page's lines are joined: "Abatement Order filed November 6, 2018 In The Fourteenth
# Court of Appeals")
_TITLE_FILED_RUN = re.compile(_TITLE_FILED_LINE.pattern + r"(?=In\s+[Tt]he\s+(?:[A-Z]\w+\s+){0,3}Court\b)")


def entry_title(before: str, sentence: str) -> str:
    """A title when the date is this order's own date ("Entered this", "Signed by ... on")."""
    stamped = _stamp_title(before)
    if stamped:
        return stamped
    first_line = sentence[:sentence.find("\n")] if "\n" in sentence[:80] else sentence
    if before.endswith("filed ") and (len(first_line) < 80 and _TITLE_FILED_LINE.fullmatch(first_line)
                                      or _TITLE_FILED_RUN.match(first_line)):
        return "Order filed"  # (a line of its own: the caption's lines may run on in the same sentence)
    if "entered" in before[-60:].lower() and _ENTERED_THIS.search(before[-80:]):
        return "Order entered"
    match = ENTRY_TAIL.search(before[-120:])
    if not match or re.search(r"\beffective\b|\b(?:will|shall|would|likely)\b", match.group(0), I):
        return ""  # ("are hereby adopted by the Court to be effective January 14, 2015": when the rules take effect;
        # "Amendments adopted by the Judges will go into effect on a date they will specify, likely December 1")
    verb = " ".join(match.group("verb").lower().split())
    if verb == "filed" and re.search(r"\band\s+docketed\b", match.group(0), I):
        verb = "docketed"  # "This case was filed and docketed on 11/5/03"
    lead = before[: len(before) - len(match.group(0))]
    if _names_another_paper(verb, lead, match) or (f"({before.strip()}" in sentence and _SEE.search(sentence)):
        return ""  # (a citation's parenthesis: "See 531 Judicial Administration Docket (order dated March 16, 2020)")
    if verb == "entered" and not re.search(r"[(\[]\s*entered", match.group(0), I):
        return "Order entered"
    return {"entered": "Entered on the docket", "signed": "Order signed", "so ordered": "Order signed",
            "filed": "Order filed", "ordered": "Order signed", "decided": "Decided"}.get(verb, "Order dated")


# Virginia's opening: "At a Supreme Court held at the Supreme Court Building in the City of Richmond on Monday the
# 23rd day of November, 2020" (and "At a regular session of the Court of Appeals ... held at ... on"): the court
# sat and made this order that day (not "A hearing will be held at the Supreme Court ... on").
_COURT_HELD = re.compile(r"(?:^|\n)[ \t]*(?:VIRGINIA:\s*)?(?:At|In)\s+(?:a\s+|the\s+)?(?:regular\s+|special\s+)?(?:session\s+of\s+the\s+)?"
                         r"(?:Supreme\s+|Circuit\s+)?(?:Court|Supreme)\b[^\n.;]{0,60}?\bheld\s+(?:at|in)\s+[^\n.;]{0,100}?\bon\s+"
                         r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:the\s+)?$", re.I)


# An e-signature, then the date: Minnesota's "BY THE COURT /s/ Melissa Listug Judge of District Court 2023.02.28".
_S_SIGNED = re.compile(r"/s/\s*(?-i:[A-Z])[^\n/]{2,60}?\b(?:Judge|Justice|Magistrate|Referee)\b[^\n/]{0,40}?\s*$", I)


# A court's web notice: "Posted: Tuesday, October 26, 2010" on its own line dates the notice.
_POSTED = re.compile(r"(?:^|\n)[ \t]*Posted\s*:\s*$")


def _stamp_title(before: str) -> str:
    """The order's own date given by a place line, a clerk's stamp or attestation, or a bare signature."""
    if "Posted" in before[-20:] and _POSTED.search(before[-20:]):
        return "Notice posted"
    if _PLACE_LINE.search(before[-80:]) or ("At" in before[-60:] and _AT_PLACE.search(before[-60:])):
        return "Order dated"  # "Lansing, Michigan October 23, 2019": the court's place and date
    if "held" in before[-200:] and _COURT_HELD.search(before[-240:]):
        return "Order made at the court's session"
    if _CASE_STAMP.search(before[-40:]):
        return "Entered (clerk's stamp)"
    if _E_FILED.search(before[-60:]):
        return "Electronically filed"  # the clerk's stamp "*** Electronically Filed *** 02/11/2019 8:00 AM"
    tail = before[-160:].lower()  # (cheap word tests first: this runs for every date)
    if "filed" in tail[-40:] and _DATE_FILED_STAMP.search(before[-40:]):
        return "Filed (court's stamp)"
    if "hand" in tail and _ATTESTED.search(before[-160:]):
        return "Attested by the clerk"
    if "judge" in tail[-120:] and _BY_JUDGE.search(before[-120:]):
        return "Order signed"
    if "/s/" in tail[-110:] and _S_SIGNED.search(before[-110:]):
        return "Order signed"
    return ""


_SEE = re.compile(r"(?:^|[.;]\s+)(?:See|see|Cf\.|cf\.)\s")
_LABEL = re.compile(r"^\s*(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+:\s*")  # a docket site's "Court Description:", "Docket Text:"


def _names_another_paper(verb: str, lead: str, match: re.Match[str]) -> bool:
    """Whether the words before "dated/signed/filed ..." make the date another paper's or a setting's."""
    tail = match.group(0)
    if verb == "date" and (_SETTING_DATE.search(lead) or _OTHER_LABEL.search(lead)) and not _ACTING_FOR.search(lead[-40:]):
        return True  # "Hearing Date: June 18, 2024", "Mediation Completion Date:": a setting, not the order's date
    delivered = verb == "delivered" and re.search(r"\bopinion\s*$", lead, I)  # "Opinion delivered May 16, 1984"
    own_header = delivered or re.fullmatch(r"\s*(?:memorandum|text|minute|paperless|scheduling)?\s*(?:opinion|order)"
                              r"(?:\s+(?:and|&)\s+(?:order|opinion))?\s*", lead, I) or _OWN_HEADING.search(lead) \
        or _DOCKET_TITLE.fullmatch(lead) or _AUTHORED_BY.search(lead) \
        or _NUMBER_LINE.search(lead) or (verb == "issued" and _ISSUED_AND_FILED.search(lead + tail)) \
        or _DOCKET_TITLE.fullmatch(_LABEL.sub("", lead, count=1)) \
        or (verb in ("issued", "dated") and ":" in tail and _CAPS_TITLE.search(lead) is not None)
    # (a docket site's label before the title: "Court Description: MEMORANDUM OPINION AND ORDER")
    if verb in ("signed", "entered", "filed", "dated", "issued") and _TOLD_PASSIVE.search(lead) \
            and not _THIS_DOCUMENT.search(lead):  # ("This document was signed by Magistrate Davis and entered on")
        return True  # "The order continuing the hearings to this date was signed on December 17": another order
    if verb == "adopted" and not re.search(r"\bby\b|\bconference\b", tail, I):
        return True  # "the Local Rules adopted on ..." are not this order
    paper = _DOCUMENT_BEFORE.search(lead) or ((_TITLED_PAPER.search(lead) or _AN_ORDER_OF.search(lead[-200:])
                                               or _DATED_PAPERS.search(lead))
                                              if verb == "dated" else _AN_ORDER_OF.search(lead[-200:])
                                              if verb == "entered" else None)  # ("the order of the Circuit Court of
    # Berkeley County, entered on December 4, 2015")
    judge_signed = verb == "signed" and paper and re.search(r"\bby\s+(?:[\w.]+\s+){0,3}judge\b", tail, I) \
        and paper.group(0).split()[0].lower() in _PARTY_PAPERS
    if verb in ("dated", "date", "signed", "entered", "filed", "delivered", "issued", "adopted") \
            and paper and not own_header and not judge_signed:
        # (but a judge signs no motion: "ORDER granting ... motion for summary judgment 40 signed by Judge X on")
        return True  # "the Standing Order dated ...", "an order of dismissal signed ..." are other papers
    # the clerk's "FILED 18 AUG 31 AM 11:42"; the D.C. Circuit's "Filed On: July 7, 2004" on its own line
    # (and N.D. Cal.'s "(Filed on 1/10/2008)", whose parenthesis the clause has already dropped)
    own_line_stamp = not lead.strip() and (match.group("verb") in ("FILED", "Filed")
                                           or bool(re.search(r"filed(?:\s+on)?\s*:", tail, I)))
    labelled_stamp = bool(re.match(r"(?-i:Filed|FILED)\s*:", tail.lstrip(" \t([")))  # (a Texas opinion's foot: "Abated Filed: ...")
    # (South Carolina's head "Submitted June 29, 1999 - Filed July 12, 1999": the opinion's filing; the words read
    # here start after the last date)
    labelled_stamp = labelled_stamp or (lead.strip() in ("-", "\u2013", "\u2014") and tail.strip() == "Filed")
    clerk_stamp = own_line_stamp or labelled_stamp
    # "Plaintiff's brief filed on March 13" is another paper; "(Filed: ...)" is ours
    return verb == "filed" and not own_header and not clerk_stamp and not re.search(r"(?:^|[(\[\n])\s*$", lead + tail[:1])


# M.D. Fla.'s order on motions lists each one as "MOTION: DEFENDANT'S RENEWED MOTION FOR ENLARGEMENT OF TIME ... (Doc.
# No. 11) / FILED: February 6, 2007": that date is the motion's, not the order's.
_MOTION_LABEL = re.compile(r"(?:^|\n)[ \t]*MOTIONS?:[ \t]")
_FILED_LABEL = re.compile(r"[ \t]*FILED:[ \t]*", re.I)


def motion_filed_label(text: str, start: int) -> bool:
    """Whether the line at `start` is a "FILED:" label under a "MOTION:" block a few lines above."""
    return bool(_FILED_LABEL.match(text, start) and _MOTION_LABEL.search(text, max(0, start - 300), start))
