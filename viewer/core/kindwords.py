"""The words that tell an event's kind: a sitting, a paper, discovery, a meeting, service, an end.

classify.py weighs them by their distance from the date; they live here so that list and the
reading rules stay apart.
"""

from __future__ import annotations

import re

from viewer.core.fastre import guarded
from viewer.core.vocabulary import SITTING_INITIALS

I = re.IGNORECASE

__all__ = ["DISCOVERY", "EXPIRY", "FILING", "HEARING", "MEET", "PARTY_DUTY", "PAYMENT_DUE", "REPLY", "SERVICE",
           "sitting_words"]

# A reply named in an event's title ("Defendants' reply, if any due"): it follows the response it answers.
REPLY = re.compile(r"\brepl(?:y|ies)\b", I)

DISCOVERY = guarded(
    r"discovery\s+(?:cut-?off|deadline|(?:shall\s+)?(?:close|closes|end|ends|be\s+completed|"
    r"complete|completion))|(?:close|completion|end)\s+of\s+(?:\w+\s+)?discovery|"
    r"\b(?:fact|expert|all)\s+discovery\b(?!\s+dispute)|(?<!corporate\s)\bdisclos(?:e|ures?|\s?u\s?r\s?e\s?s?)\b(?!\s*statements?\b|\s*forms?\b|\s*of\s+compensation\b)|"
    # (a chapter 11 disclosure statement is the plan's paper; so are a petition's "Venue Disclosure Form" and
    # "Disclosure of Compensation of Attorney for Debtor")
    # ("discovery responses shall be due": exchanged; "serve their discovery responses" stays service;
    # "Disclosu res", "Disclos ure": the word split by a text layer)
    r"\bdiscovery\s+(?:due|to\s+be\s+completed|(?:responses?|requests?)\s+(?:shall|are|is|due|must))\b|\bexperts?['’]?\s+(?:witness\s+)?(?:info(?:rmation)?\s*/\s*)?reports?\b|"
    r"\bdiscovery\s+by\s+(?:[\w.]+\s+){1,4}?due\b|"
    r"\b(?:principal|primary|rebuttal|affirmative|initial|retained)\s+experts?\s+due\b|\bnon-expert\s+(?:\(fact\)\s+)?due\b|"
    # (S.D. Ohio's docket deadlines "Plaintiff Primary Expert due by", "Non-Expert (Fact) due by": disclosures)
    # ("expert witness designations shall be due", "Plaintiffs ID of Expert Witness due": Rule 26(a)(2) disclosures)
    r"\bexpert\s+(?:witness(?:es)?\s+)?(?:designations?|identification|disclosures?|lists?)\b|"
    r"\b(?:id|identification|identity|designations?)\s+of\s+(?:its\s+|their\s+|rebuttal\s+)?experts?\b|"  # ("Rebuttal experts due 12/23/2016")  # "Discovery by USA due 1/3/18": produced, not filed
    r"\breports?\s+(?:of|from)\s+(?:rebuttal\s+)?expert\s+witnesses\b|\breports?\s+of\s+(?:the\s+)?experts\b|"  # ("Reports of expert witnesses under FRCP 26(a)(2) due")
    r"\bdesignat(?:e|es|ing)\s+(?:[\w-]+\s+){0,4}?experts?\b|"  # ("shall designate their primary experts by")
    # ("shall identify their experts and serve those experts' Rule 26(a)(2) reports on Defendant": exchanged)
    r"\bidentify\s+(?:its\s+|their\s+|rebuttal\s+)?experts?\b|\b26\s*\(a\)\s*\(2\)\s*(?:\(\w\)\s*)?(?:reports?|disclosures?)\b|"
    r"\brebuttals?\s+due\b|"  # ("Expert Disclosures due by 5/15/2020, with Rebuttal due by 6/26/2020": no paper named)
    r"\bsupplement\s+(?:[\w'\u2019]+\s+){0,2}?discovery\s+(?:responses?|answers?)\b|"  # ("to supplement her discovery
    # responses ... by Friday, November 11, 2011": exchanged)
    r"\bdepositions?\b(?!\s+designations)", I)  # taken between the parties, not filed
# "Sanctions are (also) due within thirty days", "Final Filing Fee Installment due by 7/16/2009": a payment (but
# "any motion for sanctions is due" is a paper).
PAYMENT_DUE = r"(?<!for\s)\b(?:sanctions\s+(?:are|is|shall\s+be)\s+(?:also\s+)?|installments?\s+(?:(?:is|are)\s+)?)due\b"
# (judges "scheduled to meet ... to hear testimony" sit: not the parties' meeting)
MEET = guarded(r"meet\s+and\s+confer|\bconfer\b|(?<!scheduled\sto\s)\bmeet\b|"
               r"rule\s+26(?:\s*\(f\))?\s+meeting\b(?!\s+report)|mediation|mediator|"
               r"(?:rule|frcp)\s+26(?:\s*\(f\)|f)?\s+conference|"  # (W.D. Wash.: "FRCP 26f Conference Deadline is")
               r"settlement\s+"
                  r"(?:discussions?|meeting|negotiations?)|\bcontact\b|\bnotify\b|\bpost\b(?!\s+office)|\bbond\b|"
               rf"\b(?:pay|paid|payment|payable)\b|{PAYMENT_DUE}",
               I)  # (a fee or sanction paid is not a paper; "pay ... or file" stays a filing)
HEARING = guarded(
    r"\b(?:be\s+calendared\b|hearings?|(?<!26\s)(?<!\(f\)\s)(?<!26f\s)conferences?(?!\s+statements?\b)|(?<!telephone,\s)(?:tele|video)-?conferences?(?![,\s]+(?:or\s+)?(?:e-?mail|telephone)\b)|oral\s+arguments?|argument|"
    r"(?<=for\s)arguments|"  # ("will be called ... at 9:30 a.m. for arguments on any remaining differences")
    r"(?<!pre-)(?<!pre)(?<!ready\sfor\s)(?<!speedy\s)trial(?!\s+ready|\s+(?:basis|order|"
    r"memorand\w*|brief\w*|filings?|submissions?|exhibits?|term|court|judge|level|status)|-court)|sentencing|"
    r"arraignments?|"
    r"\bhear\s+(?:cases|appeals)\b|"  # (a court's release: "The court will hear cases at 9 and 10 a.m. Oct. 17")
    r"calendar\s+call|docket\s+call|status\s+call|subject\s+to\s+call\s+at|motions?\s+day|motions?\s+calendar|change\s+of\s+plea|"
    r"(?:set|continued|reset)\s+for\s+(?:a\s+)?status(?!\s+(?:reports?|memorand\w*))|"  # (N.D. Ill.: "set for status on <date>")
    r"(?:argument|court)\s+sessions?|sessions?\s+of\s+(?:the\s+)?(?:[\w]+\s+){0,2}?court|"
    r"(?<!not\s)(?:court|it)\s+will\s+be\s+in\s+session|"  # (Kansas: "Court will be in session from 6:30 p.m.")  # ("the sessions of the Supreme Court ... shall be held")
    r"re-?arraignment|initial\s+appearance|plea(?!\s+(?:cut-?off|deadline|agreement))|meeting\s+of\s+creditors|"
    # ("The next regularly scheduled meeting of Utah's grand jury panel of judges will be on": judges sit)
    r"341\(a\)\s+meeting|meeting\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:panel\s+of\s+)?(?:judges|justices)\b|"
    r"sentence\s+(?:will|shall)\s+be\s+imposed|imposition\s+of\s+sentence|"
    r"hear\s+(?:[\w'’-]+\s+){0,3}?motions?|hear\s+testimony|trial\s+session|trial\s+(?:term|period|calendar)\s+(?:begins|commences|starts)|"
    r"jury\s+selection|jury\s+(?:will|shall)\s+be\s+(?:selected|impaneled|empaneled)|"
    r"(?<!proposed\s)voir\s+dire(?!\s+questions)|show\s+cause|"
    r"ceremon(?:y|ies)|"
    # ("Jurors ... should report to the Circuit Courtroom")
    r"(?:report\s+to|be\s+present\s+in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}court(?:room|house)\b|"  # ("Everyone
    # must be present in Courtroom 1-A ... by 9:30 a.m. on 13 January 2014")
    r"term(?:\s+of\s+(?:this|the)\s+court)?,?\s+(?:beginning|commencing)(?:\s+on)?|"  # (N.Y.: "ready to argue or submit it
    # at the October Term, beginning October 1"; "added to the calendar for the term of this Court commencing on")
    # (counsel's appearance is a paper, not a sitting: "pending the appearance of substitute counsel", "enter an appearance")
    r"(?<!enter\san\s)(?<!enters\san\s)(?<!notice\sof\s)appear(?:ance)?(?!\s+of\s+(?:[\w-]+\s+)?counsel)|(?:shall|will|to)\s+be\s+heard|"
    r"(?:deadline|last\s+day)\s+for\s+hearing(?:\s+[\w-]+){0,3}?\s+motions?|"
    # (the sittings' initials: "IT IS ORDERED that the MSC will be held on May 17, 2021", "the CMC is continued to")
    # (matched in lower case too: kinds.py scans lowered text)
    rf"(?:{'|'.join(SITTING_INITIALS).lower()})s?(?!\s+(?:statements?|briefs?|reports?)\b)|"
    r"calendar\s+(?:this|the)\s+(?:case|appeal|matter))\b", I)  # "The Clerk shall calendar this case during the week of"
FILING = guarded(
    # ("submit to custody", "submit to a drug test" are acts; "submit to the Court/chambers" is a paper;
    # "Upon due consideration" owes nothing; "Information exchanged but not filed:" files nothing)
    r"\b(?:due(?!\s+to\s+(?!the\s+(?:court|clerk)\b)|\s+(?:consideration|process|diligence|care|regard|course)\b)|file|(?<!but\snot\s)filed|re-?file[sd]?|files(?=\s+(?:a|an|the|its|his|her|their)\s)|(?<!e-)(?<!electronic\s)filing(?!\s+fees?)|submit(?!\s+(?:(?:him|her|them)(?:self|selves)\s+)?to\s+(?:the\s+)?(?:custody|"
    r"jurisdiction|search|supervision|(?:drug|urine|mental|physical|medical)\b|an?\s+(?:\w+\s+)?(?:test|examination|evaluation))|"
    r"\s+on\s+the\s+tentative)|"  # (Los Angeles: "to submit on the tentative" accepts a tentative ruling)
    r"submitted|submitting|(?<!argument\s)submission|re-?submit\w*|lodge|lodged|deliver|delivered|"  # (Texas: "set for
    # oral argument submission on Thursday, March 4, 2021, at 9:00 a.m.": the sitting)
    # ("shall advise the Court whether", "inform the Court within twenty days": a paper to the court, not a call to
    # its clerk or chambers, nor a fact passed on; "move for retention of oral argument": a motion)
    r"(?:advise|inform|notify|apprise)\s+(?:the|this)\s+court\b(?=,?\s+(?:whether|as\s+to|[oi]n\s+the\s+status|of\s+the\s+status|within|by|"
    r"no\s+later|on\s+or\s+before|when|in\s+writing)|\s*$)|\bmove\s+for\b|"  # (not "of the anticipated length of trial")
    r"\bmove\s+to\s+(?:stay|dismiss|compel|strike|amend|transfer|remand|vacate|intervene|reopen|substitute)\b|"
    r"corporate\s+disclosures?|"  # (the Rule 7.1 statement is filed)
    # (D.N.M.'s pretrial-order row "Plaintiff to Defendant on or before ...; Defendant to Court on or before ...": the
    # paper's last leg goes to the court)
    r"\b(?:plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|parties)\s+to\s+(?:the\s+)?court\b|"
    # ("return a completed IFP Application", "return an executed ... Consent ... form to the Clerk of Court": filed)
    r"\breturn\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:completed|executed|signed)\b|"
    r"\bpropose\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:schedule|order|plan)\b|"  # ("ORDERS the parties to propose a
    # briefing schedule no later than": a proposal filed with the court)
    # ("Deadline for requests for modification": a paper; any "request for" is too wide: it costs more than it wins)
    r"requests?\s+(?:for|to)\s+(?:modif\w+|extension|continuance|adjournment|leave|enlargement)|"
    r"\bmake\s+(?:an?\s+|the\s+)?(?:\w+\s+)?application\b|"  # (N.Y.: "the time ... to make an application ... for a
    # certificate granting leave to appeal ... is extended until April 17, 2024")
    r"(?:must|shall|should)\s+be\s+requested\b|"  # ("Should further time be needed, then same must be requested before")
    r"\banswer\s+or\s+otherwise\s+(?:plead|respond|move)\b|"  # ("that the defendants answer or otherwise plead by")
    r"(?:tender|transmit)\s+(?:a|an|the|its|his|her|their)\s+(?:\w+\s+)?(?:brief|record|response|motion)|\btransmit\s+to\s+(?:this|the)\s+court\b|"
    r"time\s+to\s+(?:answer|respond|reply|plead)|"
    # ("Merits Briefing: Opening Brief by 6/16/2017", "Pleading Amendment Deadline 6/30/2017")
    r"\b(?:opening|answering|principal|merits)\s+briefs?\b|pleadings?\s+amendments?|"
    r"amendments?\s+(?:to|of)\s+(?:the\s+)?pleadings?\b|"
    # ("The deadline for Defendants' cross-motion and opposition is extended to", "ORDERED to update the Court")
    r"deadline\s+for\s+(?:[\w'’]+\s+){0,2}?(?:cross-)?(?:motions?|oppositions?|repl(?:y|ies)|responses?|briefs?|answers?)\b|"
    r"(?:shall|must|(?:ordered|directed)\s+to)\s+update\s+the\s+court\b|"
    r"\breports?\s+(?:about|regarding|concerning|whether)\b|"
    # (D. Kan.: "Report of Parties Planning Meeting deadline 10/14/2005", the Rule 26(f) report)
    r"\breport\s+of\s+(?:the\s+)?part(?:y|ies)['\u2019]?\s+planning\s+(?:meeting|conference)\b|"
    r"\bplanning\s+(?:meeting|conference)\s+report\b|"  # ("July 13, 2017: Report about deposition hours")
    # ("ORDERED to respond to Plaintiffs' requests for admission ... within fourteen (14) days": discovery, exchanged)
    r"(?<!discovery\s)respond(?!\s+to\s+(?:[\w'\u2019,-]+\s+){0,6}?(?:interrogatories|requests?\s+for\s+(?:admissions?|production)|"
    r"(?:discovery|document)\s+requests))|brief(?:s|ing)?\s+(?:shall|is|are|must)|deadline\s+to\s+(?:file|amend|join|move|"
    r"submit|serve)|(?<!expert\s)(?<!witness\s)(?<!witnesses\s)designat\w+\b(?!\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?experts?\b)|motions?\s+in\s+limine|(?:motions?|briefs?|responses?|repl(?:y|ies)|"
    r"memorand\w*|objections?|petitions?|oppositions?|pleadings?|answers?)[\"\u201d']?\s+(?:deadline|cut-?off)|"
    r"deadline\s+(?:to|for)\s+(?:file|filing|submit|amend(?:ing)?|join(?:ing|der)?|move|motions?|(?:appear(?:ing)?\s+and\s+)?plead(?:ing)?)|"
    r"(?:may|shall|must)\s+(?:file\s+)?(?:a\s+|any\s+)?repl(?:y|ies)|provide\s+(?:a\s+)?cop(?:y|ies)|"
    # ("Petitioners are directed to email any reply to the Clerk/Administrator of the court")
    r"e-?mail\s+(?:any|the|a|an|its|their|his|her|all)\s+(?:\w+\s+){0,2}?(?:repl(?:y|ies)|responses?|briefs?|oppositions?|"
    r"objections?|papers|documents?|submissions?)\b|"
    r"(?:must|shall)\s+be\s+presented|"
    r"\bto\s+petition\s+(?:to|for|the)\b|"  # ("has until 11-21-88 to petition to the U.S. Supreme Court for certiorari")
    # ("Conflicts must be received by", "Comments on the proposed amendment will be accepted until": sent in to the court)
    r"\bconflicts?\s+(?:must|shall)\s+be\s+(?:received|filed|submitted)\b|"
    r"\bcomments?\b(?:\s+[\w-]+){0,5}?\s+(?:will|shall|must|should)\s+be\s+(?:accepted|received|submitted)\b|"
    r"(?<!copy\sof\s)administrative\s+record\s+(?:deadline|due)\b|"  # ("Administrative Record Deadline 5/11/2018")
    # ("... will be withdrawn ... if the Clerk of this Court receives appellant's brief by October 13")
    r"receives\s+(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019]+\s+){0,2}?(?:briefs?|responses?|repl(?:y|ies)|petitions?|reports?)\b|"
    r"(?:shall|must|may)\s+(?:\w+\s+)?(?:answer|plead|move)|(?:respondents?|defendants?)\s+answer\s+the\b|"
    r"(?:amend|recast)\s+(?:(?:the|his|her|its|their)\s+)?(?:(?:operative|amended|original|first|second|third)\s+)?"
    r"(?:pleadings|complaint|petition|counterclaim)|"
    r"join(?:ing)?\s+(?:additional\s+)?parties|"
    r"add\s+(?:additional\s+|new\s+)?parties|parties\s+(?:shall|must|may)\s+be\s+joined|"
    r"joinder\s+of\s+(?:additional\s+)?parties|may\s+object|"
    r"(?:directs?|orders?|requires?)\s+[\w'\s]{1,40}?\s+to\s+(?:file|submit|serve|answer|respond)|"
    # ("directing plaintiff to amend within 14 days")
    r"\bto\s+amend(?=\s*$|\s+(?:within|by|no\s+later|on\s+or\s+before)\b)|"
    r"show\s+cause,?\s+(?:in\s+writing,?\s+)?(?:within|by|no\s+later|on\s+or\s+before)|in\s+writing|"
    r"(?:ordered|directed)\s+to\s+show\s+cause|"
    # (N.Y. App. Div.: "by uploading a digital copy of an affirmation or an affidavit on that issue, via NYSCEF, on or
    # before"; "the appellant may make a motion, via NYSCEF, on or before"; not the clerk's "uploading a copy of this order")
    r"\bupload(?:ing|s|ed)?\b(?!\s+a\s+copy\s+of\s+this\s+order)|\bmake\s+(?:a|any)\s+motion\b|"
    # ("if the application to restore the action is made by", "any such request must be made on or before")
    r"(?:motion|application|request)s?\s+(?:[\w'\u2019]+\s+){0,5}?(?:is|are|be)\s+(?:made|filed)\b|"
    # ("All requests for the transport of prisoner witnesses to trial shall be made no later than")
    r"\brequests?\s+for\s+[^.;]{1,160}?\b(?:shall|must)\s+be\s+made\b|"
    r"(?:dispositive|daubert|summary[\s-]+judgment)\s+motions?|summary[\s-]+judgment\s+deadline|"
    r"motions?\s+to\s+(?:amend|dismiss|compel|strike)|"
    # ("The settlement conference statements shall be received in the Clerk's Office ... not later than")
    # (not "exchange non-confidential settlement statements": exchanged between the parties)
    r"(?<!exchange\s)(?<!confidential\s)(?<!settlement\s)(?:settlement(?:\s+conference)?|conference|position|mediation)\s+statements?|"  # (nor
    # a "Confidential Settlement Conference Statement" mailed to the judge)
    # ("Consent/Decline Deadline", "enter an election regarding", "send a letter")
    r"(?:consent|decline)\s*/\s*(?:decline|consent)\b|enter\s+an\s+election\b|"
    # ("provide a detailed Joint Letter to the Court", "Settlement Letters due 6/16/2017"; "email to chambers ... a
    # confidential settlement letter")
    r"(?:send|submit|file|e-?mail|provide)\s+(?:a\s+|one\s+|the\s+)?(?:detailed\s+)?(?:joint\s+)?letter\b|"
    r"\bsettlement\s+letters?\b|"
    r"\bcertify\s+(?:the\s+)?(?:delivery|mailing|service)\s+date\b|"  # (Texas: "shall certify the delivery date")
    r"\bprovide\s+(?:\w+\s+){0,2}?(?:proof|notice|statement|certification|notification)\s+(?:\w+\s+){0,2}?(?:to|with)\s+(?:this|the)\s+court\b|"
    r"\binvite[sd]?\s+(?:written\s+|public\s+)?comments?\s+(?:to\s+)?(?:on\s+or\s+before|by|no\s+later\s+than)\b|"
    r"(?:written|public)\s+comments?\b|\bcomment\s+period\b|\b(?:may|to)\s+comment\s+on\b|(?:send|submit|e-?mail|mail)\s+(?:(?:any|such|your|written|all)\s+){0,3}comments\b|\bcomments?\s+(?:(?:on|to|about|regarding)\s+(?:[\w.()-]+\s+){1,6}?)?(?:are\s+|shall\s+be\s+|must\s+be\s+|should\s+be\s+|may\s+be\s+|be\s+)?(?:due|submitted|filed|sent|received|made)\b|"
    r"pre[-\s]?trial\s+(?:statement|order|memorand\w*|submissions?)|"
    r"trial\s+briefs?|status\s+reports?|(?<!expert\s)(?:witness|exhibit)\s+lists?|"
    r"jury\s+instructions|proposed\s+(?:findings|order|jury|voir)|deposition\s+designations|"
    # "is given until 3/17/2017 to reply", "Last day to oppose discharge", "to return the ... form"
    r"to\s+(?:reply|object|oppose|supplement(?!\s+(?:[\w'\u2019]+\s+){0,2}?discovery\b)|answer|plead)|perfect(?:s|ed|ing)?\s+(?:the|an|its|his|her|their|those|these|this|that|said)\s+appeals?|appeals?\s+(?:is\s+|are\s+|be\s+|shall\s+be\s+)perfected|(?:shall|must|will)\s+be\s+perfected|provide\s+the\s+court\s+with|"
    r"last\s+day\s+to\s+(?:file|oppose|object|respond|answer|submit|serve|amend|join|move)|"
    r"return\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,6}?(?:forms?|service\s+packets?))\b", I)  # (to the Clerk)
# Serving, and how an order is served in an item under "this Order be served as follows:": "At least 10 days before
# the hearing, personally upon the chair", "by certified mail upon the Commissioner", "published and posted notice".
# (Not "Notice of the hearing be given by publication": the rules-hearing notices label that "other".)
# (not a court's "services": "all NON-ESSENTIAL court services are suspended until April 13, 2020")
SERVICE = guarded(r"\b(?:serve|served|service(?!s\b)|personally\s+upon|by\s+certified\s+mail\s+upon|"
                  r"published\s+and\s+posted|"
                  # ("Plaintiff email a copy of this Order to Defendant ...", "sign the form and send it to Defendant's
                  # counsel": a paper delivered to the other side)
                  # (not the clerk's "send a copy of this Order to counsel for petitioner")
                  r"(?:e-?mail|mail|send|deliver|forward)\s+(?:a\s+copy\s+of\s+this\s+order\s+to\s+(?:the\s+)?(?:defendants?|"
                  r"respondents?)|it\s+to\s+(?:the\s+)?(?:defendants?|plaintiffs?|respondents?|petitioners?|opposing|counsel))\b)", I)
EXPIRY = guarded(r"\b(?:expire[sd]?|expiration|stay(?:ed|s)?|abate[sd]?|(?<!to\s)remand(?:ed)?|(?:remain|continue)\s+in\s+(?:full\s+force\s+and\s+)?effect\s+"
                    r"(?:\d{1,2}\s+)?until|dissolve[sd]?|terminate[sd]?|(?-i:extends)\s+through|"
                    r"release\s+of\s+(?:the\s+)?(?:\w+\s+)?restrictions?|hold(?=\s+(?:for|placed)\b)|(?:held|hold)\s+in\s+abeyance|"
                    r"appointment\b[^.;]{0,40}?\bextended)\b", I)  # ("The Receiver's appointment must now be, and is, extended to")  # ("Hold for 14 days placed on release of opinion")  # ("Release of Transcript Restriction")


def sitting_words(text: str) -> set[str]:
    """The sitting words of a text ("trial", "conference"), lower case and without a plural s."""
    return {m.group(0).lower().rstrip("s").split()[-1] for m in HEARING.finditer(text)}


# Someone in the case owes the act: "counsel shall", "the parties are directed", "Any person wishing to comment ...
# may" (not "The court will send an email ... prior to the hearing").
PARTY_DUTY = re.compile(r"\b(?:counsel|part(?:y|ies)|plaintiffs?|defendants?|petitioners?|respondents?|movants?|"
                        r"appellants?|appellees?|debtors?|attorneys?|persons?|anyone|you)\b[^.;]{0,120}?\b(?:shall|must|should|may|"
                        r"(?:is|are)\s+(?:hereby\s+)?(?:directed|ordered|required|reminded))\b|\b(?:shall|must)\s+(?:\w+\s+){0,3}?"
                        r"(?:counsel|part(?:y|ies)|plaintiffs?|defendants?)\b", re.I)

# A sitting named right after a date: "the January 16 hearing", "the 4/2/2014, conference".
SITTING_NAMED = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:hearing|trial|conference|sentencing|argument)\b", re.I)
