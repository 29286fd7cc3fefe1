"""Periods that are not this order's duty: the law's own periods, what another paper says, a measure
of time past, arithmetic.

"Rule 4(m) ... provides that a defendant must be dismissed if service ... is not accomplished ... within
90 days after the complaint was filed" states the rule; the order's own duty (if any) is stated apart.
"""

from __future__ import annotations

import re

from viewer.core.fastre import Gated, guarded

I = re.IGNORECASE

# "Rule 7 provides that ... the appellant's abstract and brief shall be filed within forty days": the law.
# ("Rule 4-3 of the Uniform Rules of Louisiana Courts of Appeal, which provides"; "Federal Rule of Civil Procedure 4(m),
# which provides"; "Rule 4(m) of the Federal Rules of Civil Procedure provides that"; "The Federal Rule of Civil
# Procedure 4(m) requires that"; "Citing Rule 4(m) ..., the Order stated that: If a defendant is not served within 90
# days": an earlier order's words)
# (the verb in lower case: "Rule 4 of the Rules Governing Section 2254 Cases in the United States District Courts")
_RULE_SAYS = guarded(r"\b(?:rule|statute|section|article)\s+[\w.()-]+(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[^.;]{0,80}?,?)?\s+"
                     r"(?:also\s+)?(?:which\s+)?(?-i:provides|requires|states)\b"
                     r"|\brule\s+of\s+(?:civil|criminal|appellate)\s+procedure\s+[\w.()-]+,?\s+(?:which\s+)?"
                     r"(?:provides|requires|states)\b"
                     r"|\b(?-i:O)rder\s+(?:stated|noted|explained|warned|cautioned)\s+that\b"
                     # ("the pertinent provisions of Super.R. Civ.P. 65(b) which stipulate that any temporary
                     # restraining order ... shall expire within ten days of issuance")
                     r"|\b(?-i:R|P)\.\s*\d[\w.()-]*,?\s+which\s+(?:provides?|requires?|states?|stipulates?)\s+that\b",
                     I)
# A separate opinion's wish: "Kennedy, J., would order respondent ... to file an answer ... by May 4, 2022" (or "would
# grant"): not what the court ordered.
SEPARATE_OPINION = guarded(r"\b(?:J|C\.\s?J)\.,\s+(?:[^.;]{0,80}?\band\s+)?would\s+"
                           r"(?:order|grant|deny|require|direct|set|dismiss|issue|stay)\b", I)
# "The form instructs Plaintiff to complete and return the consent form to the Court within thirty days": what a paper
# says, not this order's command (the order states the duty itself).
_FORM_SAYS = guarded(r"\s*(?:the|this|that)\s+(?:attached\s+|enclosed\s+)?(?:form|notice|letter|instructions?|packet)\s+"
                     r"(?:instructs|states|informs|tells|explains|advises)\b", I)
# "To be timely, a notice of appeal must be received ... within 60 days of the entry of judgment": the law on an
# earlier judgment ("To be timely, objections must be filed within 14 days of service of this report" is a duty).
_TIMELY_RULE = guarded(r"(?:[^\n]*\n)*\s*to\s+be\s+time[l1]y\b", I)  # (at a line's start: a page header may lead)
_THIS_PAPER = guarded(r"\bth(?:is|ese)\s+(?:order|report|recommendations?|findings|decision|notice)\b", I)
# "Under Rule 15(a)(1)(B), a plaintiff has twenty-one (21) days ...": the law, not this order.
RULE_STATEMENT = guarded(r"\s*(?:under|pursuant\s+to|according\s+to)\s+(?:the\s+)?(?:fed|rule|local|§|\d+\s+u\.)", I)
# "The parties are excused from the requirement of making the disclosures ... within fourteen (14) days".
_EXCUSED = re.compile(r"\b(?:is|are)\s+(?:hereby\s+)?(?:excused|relieved|exempt(?:ed)?)\s+from\b", I)
# "was held on September 9, 2006, some thirteen months after the motion was filed": a measure.
_ABOUT = re.compile(r"\b(?:some|nearly|almost|roughly|approximately)\s+$", I)
# "Plaintiff is warned that failure to ... serve Defendant within ninety days after the complaint was filed will result
# in dismissal": the period the failure is measured by, set by the law or stated elsewhere as a duty.
# (But "Failure to prepare and deliver said summons within 15 days from the filing of this order shall result in ...
# dismissal" is the only statement of a duty this order sets: the period must run from something already past.)
_FAILURE_TO = guarded(r"\bfailure\s+to\s+[^.;:]{0,150}$", I)
_PAST_ANCHOR = guarded(r"\b(?:after|from|of|since)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:was|were|had\s+been)\s+"
                       r"(?:filed|served|entered|issued)\b", I)
# "ninety (90) days from April 17, 2024, would be Tuesday, July 16, 2024": arithmetic; the day it gives is the event.
_WOULD_BE = guarded(r"(?:\s*,\s*\d{4})?\s*,?\s*(?:would\s+(?:be|fall\s+on)|falls\s+on|fell\s+on)\s+"
                    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                    r"(?:$|(?-i:[A-Z])[a-z]+\.?\s+\d|\d{1,2}/)", I)  # (the clause may stop at the date's mark)

# "this Court is required to bring this appeal to final disposition within 180 days of January 25, 2022": the court's
# own deadline for deciding, not one counsel calendar.
_COURT_DECIDES = guarded(r"\b(?:this|the)\s+court\s+(?:is\s+required\s+to|must|shall|will)\s+(?:bring|decide|dispose|"
                         r"rule|resolve)\b[^.;]*$", I)


def not_this_orders(before: str, after: str, sentence: str) -> bool:
    """Whether a counted period (`before` it, `after` it, in `sentence`) is not a duty this order sets."""
    return bool(_RULE_SAYS.search(before) or _FORM_SAYS.match(sentence)
                or _TIMELY_RULE.match(sentence) and not _THIS_PAPER.search(sentence)
                or _EXCUSED.search(before) or _ABOUT.search(before[-16:])
                or _FAILURE_TO.search(before) and _PAST_ANCHOR.search(sentence) or _WOULD_BE.match(after)
                or _COURT_DECIDES.search(before[-200:]))


# A docket text's next clause, a party's duty: "Grounds 2 and 3 of habeas petition DISMISSED, respondent to file ...".
_PARTY_TO = re.compile(r",\s+(?=(?:the\s+)?(?:plaintiffs?|defendants?|respondents?|petitioners?|parties|movants?)\s+"
                       r"to\s+(?:file|serve|submit|answer|respond|reply)\b)", re.I)


def party_clause(before: str) -> str:
    """The clause before a date from the last ", <party> to <file ...>" on, or all of it."""
    last = None
    for last in _PARTY_TO.finditer(before):
        pass
    return before[last.end():] if last else before


# What someone did or asked before this order: "previously set", a party "requests" or "anticipates" (not the court now).
_BEFORE_NOW = re.compile(r"\b(?:previously|earlier|originally)\s+(?:\w+\s+)?(?:granted|set|ordered|extended|scheduled|"
                         r"continued|entered|directed)\b|(?-i:\bI\s+|\b[Ww]e\s+)(?-i:required|ordered|directed|gave|instructed)\b|"
                         # (after an opening phrase: "Given the time that has elapsed, Plaintiff asks for ...")
                         r"^\s*(?:[^,;]{1,60},\s*)?(?:the\s+)?(?:parties|plaintiffs?|defendants?|petitioners?|"
                         r"respondents?|movants?|counsel|(?!(?:no|any|an?|the|each|every|this|that|such|court|we)\b)(?-i:[A-Z][\w'-]+))"
                         r"(?<!')(?<!'s)\s+"  # (a possessive names the paper: "Plaintiffs' request for oral argument is granted")
                         r"(?:jointly\s+|also\s+|further\s+)?"  # ("No request for adjournment will be ..." is no party;
                         # "We request that real party in interest ... file a response" is the court, Texas's usage)
                         # (the verb in lower case: "Redaction Request due 2/19/2019" is a deadline's name)
                         r"(?-i:request|requests|seek|seeks|ask|asks|propose|proposes|is\s+requesting|are\s+requesting|"
                         r"is\s+seeking|are\s+seeking|has\s+requested|have\s+requested)\b"
                         # ("The defendants' initial response ... proposes that ... the defendants should be permitted to
                         # respond on or before February 24, 2015": a paper's proposal, set (if at all) further on.)
                         # ("The parties have met and conferred, and they now propose that the trial occur on")
                         r"|(?-i:\b(?:proposes?|suggests?)\s+that)\b"
                         # ("because the parties anticipate finalizing all settlement documents ... by December 5, 2022")
                         r"|\b(?:parties|plaintiffs?|defendants?)\s+(?-i:anticipate|anticipates|expect|expects|intend|intends|"
                         r"hope|hopes|plan|plans)\b", I)
# "In its February 11, 2021 order ... The order directed the plaintiff to designate ...": what an earlier order
# required, told again (searched apart, only where "order" stands: one more alternative in the list above is tried at
# every character of every clause).
_ORDER_SAID = re.compile(r"(?<!this\s)\border\s+(?:also\s+)?(?:directed|required|ordered|instructed|fixed)\b(?!\s+to\b)",
                         I)

BEFORE_NOW = Gated(_BEFORE_NOW, ("rder", "RDER"), _ORDER_SAID)
# ("By an Order entered on May 14, 2012, I required the plaintiff to file within 30 days": the judge tells an
# earlier order.)


# Clause words a date's reading turns on (kept here: classify.py is at its size).
# "Defendants filed a Motion to Stay, which they noticed for hearing on February 19, 2010": the sitting itself (a
# day already past when the order was made is still read as history where entry is known).
NOTICED_FOR = guarded(r"\bnoticed\s+(?:(?:it|them|the\s+\w+)\s+)?for\s+(?:a\s+)?hearing\s+(?:on|for)\s*$", I)
# "No causes of action may be added by plaintiff(s) after 5/4/2012": the cut-off to amend.
NONE_AFTER = guarded(r"\bno\s+(?:[\w()-]+\s+){0,4}?(?:may|shall|can|will)\s+be\s+(?:added|joined|amended|asserted)\s+"
                     r"(?:by\s+[^.;]{1,40}?\s+)?after\s*$", I)
# ("Audio recordings of oral arguments ... heard on or after May 1, 2013 are available": which sittings, none set;
# not "All dispositive motions shall be heard on or before": the last day to be heard)
HEARD_SINCE = guarded(r"(?<!\bbe\s)\b(?:heard|held|argued)\s+on\s+or\s+after\s*$", I)
# A closure notice's "documents that are due on Friday, January 5, 2018, will be considered timely if filed ... on
# Monday, January 8": which papers move, not a day to file (the later day is the deadline).
DUE_MOVED = re.compile(r"^[\s,]*(?:will|shall)\s+be\s+(?:considered|deemed)\s+(?:as\s+)?timely\b", I)


# A sentence telling what happened on a date: "On September 25, 2013, this Court notified
# appellant ... and required a response within 10 days" is what an earlier order required.
# So is one whose subject is an earlier dated order: "The January 22, 2015 Order ... scheduled a
# status conference ... and required a status report ...". (Typists drop the comma: "On September 2, 2015 the
# court ordered ... within 30 days".)
# ... or reports one: "the State advised this Court that on April 25, 2006, the circuit court ordered it to respond".
_REPORTED = r"(?:advised|advises|reported|reports|stated|states|notified|informed|represented|represents|indicated|explained)"
_WRITTEN = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
NARRATIVE = re.compile(rf"\s*(?:\d{{1,2}}\s+)?(?:\w+,\s+)?(?:[^.;]{{0,100}}?\b{_REPORTED}[^.;]{{0,40}}?\bthat\s+)?"
                       rf"(?:[Oo]n\s+{_WRITTEN}(?:,|\s+(?=the\s|this\s|[A-Z]))|(?:[Tt]he|[Ii]ts)\s+(?:[Cc]ourt's\s+)?{_WRITTEN}"
                       r"\s+(?:[\w-]+\s+){0,3}?(?i:order)\b(?!\s+(?:is|are|was)\b))")
_PAST_ORDER = re.compile(r"\b(?:ordered|directed|required|allowed|gave|granted)\b", I)
_DUTY_STATED = guarded(r"\b(?:shall|must|will|is\s+ordered|are\s+ordered|is\s+directed|are\s+directed)\b", I)


def narrates(sentence: str, past: re.Pattern[str]) -> bool:
    """Whether `sentence` tells what an earlier order did (`past`: the past-tense verbs), with no duty of its own."""
    return bool(NARRATIVE.match(sentence) and (past.search(sentence) or _PAST_ORDER.search(sentence))
                and not _DUTY_STATED.search(sentence))


# The next setting a vacating verb lists: "vacating the telephonic pre-settlement conference set for November 2, 2022,
# and the settlement conference set for November 8, 2022" takes both off the calendar.
AND_SET_FOR = guarded(r"^\s*,?\s*and\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:scheduled|set|calendared)\s+(?:for|on)\s*$", I)
VACATING = guarded(r"\bvacat(?:ing|es|e)\b[^.;:]{0,200}$", I)


# "It is hereby ORDERED that Juvenile Court Standing Order 1-20 issued on Friday, March 13, 2020 ... [is] rescinded": a
# numbered paper's date, however strongly the sentence orders.
PAPER_ISSUED = re.compile(r"\b(?:order|opinion|rule|judgment|decision)\s+(?:no\.\s*)?[\w-]*\d[\w-]*,?\s+(?:was\s+)?issued\s+"
                          r"(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$|"
                          # ("Pursuant to the opinion of the court entered on September 16, 2022, it is ORDERED": the
                          # paper this order carries out)
                          r"\b(?:pursuant\s+to|in\s+accordance\s+with)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:order|opinion|judgment|decision|memorandum)(?:\s+of\s+(?:the|this)\s+court)?,?\s+"
                          r"(?:entered|filed|issued|signed)\s+(?:on\s+)?$", re.I)


# A notice's or standing order's own start: "Effective February 28, 2009 the arguable ... status ... is changed" opening
# its sentence or line, "These local court rules shall be applicable effective January 14, 1993", "The proposed
# effective date is December 1, 2020" (not a citation's "(effective May 1, 2012)": read on the sentence up to the
# date).
EFFECTIVE_HEAD = re.compile(r"(?:^|\n|[.;:]\s)[ \t]*effective"
                            r"(?:[ \t]+(?:through|until)(?:[ \t]+close[ \t]+of[ \t]+business)?"
                            r"(?:[ \t]+on)?)?[ \t]*$|"
                            # ("The effective date of the rules is July 14, 2003.")
                            r"\beffective\s+date(?:\s+of\s+(?:the|this|these)\s+[\w\s-]{1,40}?)?\s+"
                            r"(?:is|shall\s+be|will\s+be)\s*$|"
                            r"\bshall\s+be\s+(?:applicable|in\s+force)\s+effective\s*$|"
                            # ("all court functions ... are being restored effective June 2, 2020")
                            r"\b(?:is|are|shall\s+be|will\s+be)\s+(?:being\s+|hereby\s+)?(?:restored|resumed|"
                            r"reinstated|reopened|lifted|adopted|amended|implemented|modified|changed|approved|"
                            r"promulgated)\s+effective(?:\s+(?:on|as\s+of))?\s*$|"
                            # (a title in capitals: "ADMINISTRATIVE ORDER EFFECTIVE April 6, 2009")
                            r"(?-i:\b[A-Z]{2,}[ \t]+ORDER[ \t]+EFFECTIVE)[ \t]*$",
                            re.I)


# The next dates of a list that one verb governs: "... are due to expire October 13, 2018; October 27, 2018; and October
# 28, 2018, respectively".
_LIST_NEXT = re.compile(r"[\s,;]*(?:and\s+)?")
_LIST_END = re.compile(r"\s*(?:[;,]|\.|$|,?\s*respectively\b)", re.I)


def listed_next(before: str, after: str) -> bool:
    """Whether a date stands bare in a list of dates: only separators before it, the list or sentence going on after."""
    return bool(_LIST_NEXT.fullmatch(before) and _LIST_END.match(after))


# A party's paper with its date in parentheses: Defendant's naked "Motion for Leave" (Nov. 13, 2024): when it was filed
# (not "the motion hearing (May 5, 2025)").
PAPER_PAREN = re.compile(r"\b(?:motion|petition|brief|response|reply|opposition|objections?|complaint|answer|memorandum|"
                         r"application|request|stipulation)\b(?:(?!hearing|conference|trial|argument)[^.;()]){0,60}?"
                         r"[\"\u201d']?\s*\(\s*$", re.I)
# "The State's discovery deadline was September 6, 2024": a deadline told in the past.
DEADLINE_WAS = re.compile(r"\bdeadline\s+(?:was|had\s+been)\s+(?:on\s+)?$", re.I)


# A second paper under the first one's verb: "file a response to the motion to seal no later than May 22, 2018, and a
# response to the mandamus petition no later than June 18, 2018" (a subject, no verb).
GAPPED = re.compile(r"[\s,;]*(?:and|or)\s+(?:(?:the|a|an|its|their)\s+)?"
                    r"(?:(?!(?:shall|must|will|may|should|is|are)\b)[\w'-]+\s+){1,5}"
                    r"(?:on\s+or\s+before|by|no\s+later\s+than|not\s+later\s+than)\s*"
                    # (or a second sitting somewhere else: "will hear oral arguments at Glenwood Springs High School
                    # on Tuesday, April 12, 2016, and at Steamboat Springs High School on April 14, 2016")
                    r"|[\s,;]*and\s+at\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'.-]*\s+){1,6}on\s*", I)
# A clause cut at an earlier date leaves only the verb: "the time ... to make an application ... from the order dated
# June 23, 2023, is extended until April 17, 2024" (the subject stands before the earlier date).
# (or a sitting's: "The licensing ceremony ... originally scheduled for Thursday March 26, 2020 and Thursday April 23,
# 2020 have been delayed until")
PREDICATE_ONLY = re.compile(r"[\s,]*(?:(?:is|are)\s+(?:hereby\s+)?(?:extended|enlarged)|(?:has|have)\s+been\s+(?:extended|"
                            r"enlarged|continued|rescheduled|delayed|postponed|moved))\s+(?:to|until|through)"
                            r"(?:\s+and\s+including)?\s*"
                            # ("Traffic Court Arraignments scheduled for March 27th, 2020 will be rescheduled to take
                            # place on")
                            r"|[\s,]*(?:will|shall)\s+be\s+(?:rescheduled|continued|moved|postponed|reset)\s+"
                            r"(?:to\s+take\s+place\s+)?(?:to|until|on|for)\s*"
                            # ("Jury trial ..., which previously was scheduled to begin on August 19, 2019, shall
                            # instead commence at 8:30 a.m. on")
                            # ("the trial set for October 20, 1986 is hereby reset for the period of December 15-20")
                            r"|[\s,]*(?:is|are)\s+(?:hereby\s+)?re-?set\s+for\s+the\s+(?:period|week)\s+of\s*"
                            r"|[\s,]*(?:will|shall)\s+(?:instead|now)\s+(?:commence|begin)\s+"
                            r"(?:at\s+)?on\s*", I)  # (the hour is cut out of the words before the date)


# A reason told in the past ("since the motion was not filed within 14 days of entry of the dismissal order, it will be
# considered under Rule 9024"): what happened, not a period set now.
REASON_PAST = re.compile(r"\b(?:since|because|as)\s+[^,;]{0,80}?\b(?:was|were|had|has|have)\s+(?:not\s+)?(?:been\s+)?"
                         r"[a-z]+ed\s*$", re.I)
