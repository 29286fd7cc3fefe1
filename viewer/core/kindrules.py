"""The constructions that decide a date's kind whatever kind word stands nearest.

"is CONTINUED to" moves a sitting, "in Dept. S-17" is one, "shall expire after ten days" ends something,
"must be held no later than" is a cut-off. kinds.py asks these rules first, in order; the first that holds
decides. A new rule finds its place in `_RULES` by measurement on the held-out sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cached_property

from viewer.core.fastre import ends, guarded
from viewer.core.kindwords import HEARING, SITTING_NAMED
from viewer.core.vocabulary import ORDER_SENT

I = re.IGNORECASE

CONTINUED_TO = guarded(r"\b(?:continued|advanced|re-?set|rescheduled|rescheduling|moved|postponed|adjourned)\s+"
                        r"(?:from\s+[^;]{3,40}?,?\s+)?(?:to|until)\s*$", I)  # ("CONTINUED from February 20, 2014, to")
_HEARING_ON_ROW = guarded(r"(?:^|[;\n]\s*)hearing\s+(?:on|re:?|regarding)\s+[^:;\n]{1,60}:\s*$", I)
_HOLD_BY = guarded(r"\blast\s+(?:date|day)\s+(?:to\s+(?:conduct|hold|complete|participate|hear)\b|for\s+hearing\b)|"
                   # ("Deadline for Hearing Dispositive Motions:", a schedule's "-Hearing: On or before May 19, 2025, at
                   # 1:30 p.m.": cut-offs, LABELLING.md rule 1)
                   r"\bdeadline\s+for\s+hearing\b|"
                   r"(?:^|\n|-)[ \t]*hearing\s*:\s*on\s+or\s+before\b|"
                   # ("ORDER the trial court to conduct a hearing, no later than June 7, 2021")
                   # (El Paso: "The trial court is ORDERED to conduct a hearing on the motions before October 15, 2023")
                   r"\b(?:conduct|hold|convene)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:hearing|conference)s?,?\s+"
                   r"(?:(?:on|regarding|concerning)\s+(?:the\s+|this\s+)?[\w-]+\s+)?"
                   r"(?:no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|before)|"
                   r"\b(?:(?:must|shall)\s+be\s+)?(?:held|conducted|completed|heard)\s+(?:no\s+later\s+than|not\s+later\s+than|by|"
                   r"on\s+or\s+before)|"
                   # (the Tax Court's remand: "shall offer petitioner an administrative hearing ... but no later than")
                   r"\b(?:offer|afford)\s+(?:\w+\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?hearing\b[^.;]{0,200}?\b(?:no|not)\s+later\s+than|"
                   # ("shall participate in a formal settlement conference on a date and at a time and location mutually
                   # agreeable to the parties, but in no event later than January 31, 2012")
                   r"\bparticipate\s+in\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:conference|mediation)\b[^.;]{0,160}?\b"
                   r"(?:in\s+no\s+event|no|not)\s+later\s+than|"
                   r"\b(?:jury\s+selection|hearing|trial)\s+(?:deadline|cut-?off)\b|"  # ("Jury Selection Deadline 6/1/2017")
                   # ("Deadline to request to Speak at Public Hearing: January 3, 2023 at 4 p.m.": a row named a deadline)
                   r"(?:^|\n)[ \t]*deadline\s+(?:to|for)\s+(?!file\b|submit\b|serve\b)[^:\n]{0,80}:\s*$", I)
_TO_TAKE_PART = guarded(r"\b(?:wish\w*|desir\w*|requests?|register|sign\s+up)\s+to\s+(?:testify|speak)\b|"
                        r"\breserve\s+a\s+place\s+on\s+the\s+agenda\b|"  # (Michigan's public hearings)
                        # (D. Neb.: "request for a conference to discuss cancellation ... must be made on or before")
                        r"\brequests?\s+for\s+an?\s+(?:[\w-]+\s+){0,2}?(?:conference|hearing)\b[^.;]{0,80}?"
                        r"\b(?:must|shall|should)\s+be\s+made\b", I)
_EXTENDED_TO = guarded(r"\bexten(?:d|ds|ded|ding|sion)\b[^.;]{0,60}?\b(?:to\s+and\s+including|through|until)\s*$", I)
# "The April 6, 2020 supervisory order remains in effect according to its terms until June 1, 2020": it ends then.
_IN_EFFECT_UNTIL = guarded(r"\bremains?\s+in\s+(?:full\s+)?(?:force\s+and\s+)?effect\b[^.;]{0,40}?\buntil\s*$|"
                           # ("Remote electronic access to the transcript is restricted until 05/17/2010": it lifts then)
                           r"\b(?:is|are|be|remains?)\s+restricted\s+(?:until|through)\s*$|"
                           # ("The emergency will go into effect immediately and will extend until September 1, 2020")
                           r"\bemergency\b[^.;]{0,60}?\b(?:will|shall)\s+(?:extend|continue|last)\s+(?:until|through)\s*$", I)
# "the appeal is ordered abated for sixty (60) days ... while the parties ... mediation", "ABATED for a period of
# sixty days": the stay ends, whatever the stay is for
_STAYED_FOR = guarded(r"\b(?:stay(?:ed)?|abated?|held\s+in\s+abeyance)\s+(?:for\s+(?:a\s+period\s+of\s+)?)?$", I)
# "The motion ... is reset for submission, without oral argument, on January 31, 2012": the day the court takes it up
# on the papers, no sitting and no paper (but a Texas "oral argument submission on March 4" is a sitting).
# (Only where a verb sets it: a docket's bare "Motion to be taken under submission on" would read as background.)
_UNDER_SUBMISSION = guarded(r"\b(?:(?:re)?set|scheduled|(?:will|shall)\s+be\s+taken|is\s+taken)\s+(?:for|under)\s+submission\b"
                            r"(?:,?\s+without\s+(?:oral\s+)?argument,?)?\s+(?:on|for)?\s*$", I)
# "A hearing on dispositive motions in this case is set for 6/15/18 at 1:30 p.m.": the sitting, whatever papers it hears
_SITTING_SET_FOR = guarded(r"\b(?:hearing|conference|argument)\s+(?:on|regarding|concerning)\s+[^.;]{1,80}?\s+(?:is|are|shall\s+be|"
                           r"will\s+be)\s+(?:hereby\s+)?(?:re)?(?:set|scheduled)\s+(?:for|on)\s*$", I)
# "The appeal will be reinstated after the earlier of (1) the filing of the supplemental clerk's record, or (2)": the
# court's act on the date (the paper named on the way is not the event)
_REINSTATED_AFTER = guarded(r"\b(?:appeal|case|cause|action|matter|proceeding)s?\s+(?:will|shall|is\s+to|to)\s+be\s+"
                            r"(?:automatically\s+)?reinstated\b(?:(?!\bdue\b)[^.;]){0,110}$", I)  # (not "..., which is now due")
# "the provisions of the March 22, 2023 Order temporarily assigning ... are extended through August 31, 2023", "The
# Receiver's appointment is extended to July 3, 2013": what the court made lasts until then (not "the deadline set in
# the Order is extended to": no deadline word in the clause; "Order" only where the clause opens after its date).
_NO_DUE_WORD = r"(?:(?!\b(?:deadlines?|dates?|times?|periods?|due|filings?|responses?|briefs?|discovery)\b)[^.;])"
_STANDING_EXTENDED = guarded(rf"(?:^\s*(?-i:Order)|(?:^|[.;:]\s){_NO_DUE_WORD}{{0,300}}?"
                             r"\b(?:provisions|appointment|assignment|designation)\b)"
                             rf"{_NO_DUE_WORD}{{0,240}}?\b(?:is|are|be)\s+(?:hereby\s+)?(?:further\s+)?extended\s+"
                             r"(?:to\s+and\s+including|through|until|to)\s*$", I)
# (vocabulary.ORDER_SENT, then its day: "this Order emailed on", "this order mailed to counsel on")
_THIS_ORDER_SENT = guarded(ORDER_SENT + r"(?:\s+to\s+[^.;()]{1,60}?)?\s+on\s*$", I)
_RESTRAINT = guarded(r"\b(?:TROs?|temporary\s+restraining\s+orders?|restraining\s+orders?|injunctions?)\b", I)
# ("with an effective date of"; "This Standing Order is effective on August 4, 2025, and will remain in effect
# until ...": the day it takes effect, not an end)
_EFFECTIVE_ON = guarded(r"(?:,|\n|\b(?:is|are|shall\s+be|will\s+be|becomes?|to\s+be|applicable))\s*effective"
                        r"(?:\s+(?:on|as\s+of))?\s*$|\b(?:an?|the)\s+effective\s+date\s+(?:of|is|shall\s+be)\s*$", I)
_TAKES_EFFECT = guarded(r"\btakes?\s+effect(?:\s+at)?(?:\s+(?:on|at|as\s+of))?\s*$", I)  # (the hour is blanked: "at  on")
# "Dispositive Motion Deadlines: Filed by 5/24/2019; Hearing by 6/21/2019": the last day to be heard.
_HEARING_BY = guarded(r"(?:^|[:;]\s*)hearings?\s+by\s*$", I)
_TRANSCRIPT_DUE = guarded(r"\b(?:redacted\s+)?transcripts?\s+(?:submission\s+)?(?:due|deadline|to\s+be\s+filed)\b[^.;]{0,12}$", I)
_SERVE_THIS_ORDER = guarded(r"\b(?:shall|must|is\s+(?:hereby\s+)?(?:ordered|directed)\s+to|are\s+(?:hereby\s+)?(?:ordered|"
                            r"directed)\s+to)\s+serve\s+(?:a\s+copy\s+of\s+)?(?:this|the)\s+order\b", I)
# "plaintiffs are ordered to serve the summons and complaint on the defendant, and file proof of service, by": the
# duty is to serve; the proof follows it. (A bare "file proof of service by" stays a paper.)
_SERVE_THEN_PROVE = guarded(r"\b(?:shall|must|(?:ordered|directed)\s+(?:\w+\s+)?to)\s+serve\s+(?:the\s+|each\s+)?"
                            r"(?:summons(?:es)?|complaint|defendants?)\b[^.;]{0,80}?,?\s+and\s+(?:to\s+)?file\s+"
                            r"(?:a\s+|the\s+)?proof\s+of\s+(?:such\s+)?service\b", I)
# "provide a copy of the response on Plaintiffs by <date>": a copy that goes to a party is served.
# (A paper of the case, not "a copy of the administrative record and plan documents": documents produced.)
_COPY_TO_PARTY = guarded(r"\b(?:provide|deliver|send|mail|e-?mail|forward)\s+(?:a\s+)?cop(?:y|ies)\s+of\s+(?:the|its|their|his|her|any|each)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:response|reply|brief|motion|opposition|memorandum|objections?|papers|notice|"
                         r"report|recommendation|filing|petition|complaint|answer)s?\b[^.;]{0,60}?\s+"
                         r"(?:on|upon|to)\s+(?:(?:the|all|opposing|defense|\w+'s|\w+s')\s+)?(?:plaintiffs?|defendants?|petitioners?|respondents?|"
                         r"appellants?|appellees?|movants?|counsel|parties)\b[^.;]{0,60}$", I)
# "On or before December 16, 2022, the parties may serve on the Receiver requests to ...": the date heads the duty.
_THEN_SERVE = guarded(r"^[\s,]*(?:[\w'’().]+\s+){1,8}?(?:shall|must|may|will)\s+(?:\w+\s+)?serve\b(?![\s,]+(?:and\s+)?(?:file|submit|lodge))", I)
# "Rule 26 shall be effective for documents filed on or after 1 February 1985", "complaints may be filed beginning on
# July 13, 2020": the first day something may be done, not a deadline for doing it.
_FROM_DAY = guarded(r"\b(?:on\s+or\s+after|beginning(?:\s+on)?|starting(?:\s+on)?|no\s+earlier\s+than|not\s+earlier\s+than)\s*$", I)
# (but "file status reports at 90-day intervals beginning October 27, 2017": the first report is due that day)
_RECURRING_FROM = guarded(r"\b(?:at\s+[\w-]+\s+intervals|every\s+(?:[\w()-]+\s+){1,2}(?:days|weeks|months)|monthly|"
                          r"quarterly|weekly)[,]?\s+(?:beginning|starting|commencing)(?:\s+on)?\s*$", I)
# (and "time standards ... for the trial ... apply to cases filed on or after August 4, 2025", a sitting named or not)
_FILED_FROM = guarded(r"\b(?:filed|commenced|initiated|pending)\s+(?:on\s+or\s+after|beginning(?:\s+on)?)\s*$", I)
# "continued to a date to be determined on or after April 15, 2020": a bound on when sittings fall, not a sitting
# that day
_BOUND_DAY = guarded(r"\bto\s+be\s+(?:determined|set|scheduled|reset)\s+(?:on\s+or\s+)?after\s*$", I)
# "suspended all superior court and district court proceedings through April 3, 2020", "No civil or criminal jury
# trial shall commence ... before June 30, 2020": a bound on when sittings may fall, not a sitting (rule 1 of the
# labelling guide)
# (Colorado: "I am extending the prohibition on jury calls through May 15, 2020": a bound, not a sitting)
_SUSPENDED_THROUGH = guarded(r"\b(?:suspended|suspending|halted|cancel(?:l)?ed|prohibit(?:ion|ed|s)?)\b[^.;]{0,80}?\b"
                             r"(?:through|until|till)\s+(?:at\s+least\s+)?$", I)
# "from May 4, 2020 until at least July 1, 2020, Massachusetts courthouses will be closed to the public except to
# conduct emergency hearings": how long a closure lasts, not a sitting
_CLOSED_AFTER = guarded(r"^[,\s]*[^.;]{0,80}?\b(?:will|shall)\s+(?:be|remain)\s+closed\b", I)
_NONE_BEFORE = guarded(r"\bno\b[^.;]{0,100}?\b(?:shall|will|may)\s+(?:\w+\s+)?(?:commence|begin|be\s+held|proceed|resume)\b"
                       # ("no status conferences in this case shall be held between Wednesday, July 23, 2014 and
                       # Wednesday, August 6, 2014": a blackout, no sitting)
                       r"[^.;]{0,80}?\b(?:before|between|between\s+[^.;]{4,60}?\s+and)\s*$", I)
# "Exchange of final exhibit lists", "Deadline to identify in writing and exchange any documents": papers the parties
# trade between themselves, not filed (labelling rule 4).
_EXCHANGED = guarded(r"\bexchange(?:\s+of|\s+(?:any|all|their|final|the)\b|\s+(?:[\w-]+\s+)?lists?\b)", I)  # (+ "exchange exhibit lists")
_ALSO_FILED = guarded(r"\b(?:file|filed|filing|lodge)\b", I)
# "Confidential settlement conference statements ... submitted directly to chambers", "settlement statements shall
# arrive no later than": for the settlement judge's eyes, never on the docket (other, as the held-out golds label them).
_SETTLEMENT_PAPER = guarded(r"\b(?:settlement|mediation)\s+(?:conference\s+)?(?:statements?|memorand\w*|briefs?|letters?|"
                            r"submissions?)\b", I)
# "Defense counsel's good faith written offer to plaintiff's counsel", "Plaintiff's written itemization of damages and
# settlement demand": traded between counsel before a settlement conference, not filed (17 of 25 golds say other; those
# that say service read "serve(s) a settlement letter on", which keeps its verb).
_SETTLEMENT_OFFER = guarded(r"\b(?:settlement\s+(?:demands?|offers?|proposals?)|written\s+(?:settlement\s+)?(?:offers?|"
                            r"demands?|proposals?)|itemization\s+of\s+damages)\b", I)
_SERVED = guarded(r"\bserve[sd]?\b", I)
_TO_CHAMBERS = guarded(r"\bchambers\b|\bdirectly\s+to\b|\bthe\s+undersigned\b|\be-?mail|\bconfidential\b|\barrive\b|"
                       r"\bdeliver", I)
# "a courtesy copy ... shall be delivered to chambers", "two chambers' copies", "Trial exhibits to be delivered to the
# courtroom deputy", "deliver by e-mail to defense counsel": handed over, not filed (labelling rule 4).
_HANDED_OVER = guarded(r"\b(?:courtesy|chambers['’]?|judges?['’]?s?['’]?|bench|working)\s+cop(?:y|ies)\b|"
                       r"\bdeliver\w*\s+(?:by\s+[\w-]+\s+)?to\s+(?:the\s+)?(?:chambers|courtroom\s+deputy|"
                       r"(?:opposing|defense|plaintiffs?['’]?|defendants?['’]?)\s+counsel|"
                       r"(?:all|each)\s+(?:other\s+)?part(?:y|ies))\b", I)  # ("deliver to all other parties a list")
_ON_THE_DOCKET = guarded(r"\b(?:file|filed|filing|e-?file\w*)\b", I)
_APPEAR_ON = guarded(r"\bto\s+appear\s*(?:on|at|before)?\s*$", I)
_PRESENTENCE = guarded(r"\bpre-?sentence\s+(?:investigation\s+)?report|\bPSR\b", I)
# (Objections to the report are stated to probation, as the report is disclosed by it: other.)
_ANSWERED = guarded(r"\b(?:respon\w+|memorand\w*|motions?|statements?)\b", I)
_BY_PROBATION = guarded(r"\bby\s+the\s+probation\s+(?:officer|department|office)", I)
_EXCLUDED_UNTIL = guarded(r"\bexclud\w*\b[^.;]{0,60}\b(?:until|through|to)\b", I)
# "the time between today's date and May 21, 2024, shall be deemed excludable time": where it ends.
EXCLUDABLE_AFTER = guarded(r"^[\s,]*(?:shall|will|is|are)\s+(?:be\s+)?(?:deemed\s+)?(?:excludable|excluded)\b", I)
_IN_ROOM = guarded(r"[\s,;]*(?:in\s+)?(?:Dept\.?|Department|Courtroom|Ctrm\.?|Room|the\s+chambers\s+of)(?:\s+[\w-]|\s*$)", I)
_CONTINUED_END = guarded(r"(?:^|[.\n]\s*|\b(?:is|are|be|hereby)\s+(?:hereby\s+)?)continued\s+(?:to|until)\s*"
                         r"(?:in\s+(?:Dept\.?|Department|Courtroom|Room)\s+[\w-]+\s+on\s*)?$|"
                         r"\b(?:will\s+continue|and\s+continuing,?(?:\s+if\s+necessary,?)?)\s+(?:on\s+)?$|"  # ("begin on February
                         # 19, 2013 ... and if necessary, will continue", "at 10:00 a.m., and continuing, if necessary, on")
                         r"^\s*(?:to\s+)?continue\s+to\s*$", I)
_ACTION_CONTINUED = guarded(r"(?<!of\s)\b(?:this|the)\s+(?:action|case|matter|prosecution)\b[^.;]{0,60}?\bcontinued\s+until\s*$", I)
_PAPER_DUE = guarded(r"\b(?:deadline|due|time\s+to|date\s+to|briefs?|responses?|repl(?:y|ies)|oppositions?|discovery)\b", I)
_AUTHORITY_THROUGH = guarded(r"\b(?:authori[sz]\w*|cash\s+collateral)\b[^.;]{0,160}\b(?:through|until)\s*(?:and\s+including\s*)?$", I)
# "Oral argument on ... the motion to compel (Docket # 239), shall take place on": the sitting's own verb
_TAKES_PLACE = guarded(r"\b(?:shall|will|is\s+to|to)\s+(?:\w+\s+)?(?:take\s+place|convene)\s*(?:on|at)?\s*$", I)
# ("... shall expire after ten days", "the existing Temporary Restraining Order expires on April 14, 2020")
_EXPIRES_AT = guarded(r"\b(?:(?:shall|will|to)\s+(?:\w+\s+)?(?:expire|terminate|dissolve)|expires|terminates)\s*"
                      r"(?:on|at|in|within|after)?\s*$", I)
_DATED_SITTING = re.compile(r",?" + SITTING_NAMED.pattern + r"(?!\s+(?:date\s+)?(?:is|are|was|were|has\s+been)\s+"
                            r"(?:hereby\s+)?(?:vacated|cancel))", I)
_TO_COUNSEL_DUE = guarded(r"\bt\s?o\s+(?:opposing\s+|class\s+|(?:plaintiffs?|defendants?)(?:'s?)?\s+)?counsel\s+(?:is\s+|are\s+)?"
                         r"due(?:\s+by|\s+on)?\s*$", I)  # (a text layer splits words: "List t o counsel due")
_DISMISSED_ON = guarded(r"\b(?:dismissal\s+of\s+(?:this|the)\s+(?:action|case|appeal|petition)|(?:action|case|appeal|petition)\s+"
                       r"(?:will|shall|may)\s+be\s+dismissed(?:\s+without\s+(?:further\s+)?(?:notice|prejudice))?)\s+(?:on|as\s+of)\s*$", I)
_TIME_TO_SERVE = guarded(r"\b(?:time|period|deadline)\s+(?:to|for)\s+(?:serve|service|effect(?:uate)?\s+service)\b[^.;]{0,60}$", I)

class Clause:
    """A date's clause as the rules read it: the words before and after, the nearest kind words, and whether
    deadline words lead into the date."""

    def __init__(self, before: str, after: str, found: Mapping[str, int], deadline: bool) -> None:
        self.before, self.after, self.found, self.deadline = before, after, found, deadline
        self.tail = before[-40:].lower()  # (cheap word tests first: the end-anchored patterns run for every date)
        self.heard = found.get("hearing") is not None  # a sitting word stands near

    @cached_property
    def both(self) -> str:
        return f"{self.before} {self.after}"

    @cached_property
    def low(self) -> str:  # (the cheap word tests of several rules share one lowering)
        return self.both.lower()


def _has(clause: Clause, *words: str) -> bool:
    return any(word in clause.tail for word in words)


# In order: the first rule that holds decides. Each is (test, kind, confidence), with the words it reads.
_RULES: tuple[tuple[Callable[[Clause], object], str, float], ...] = (
    # "exchange offers ... at least three working days prior to the 4/2/2014, conference": the sitting's own day
    (lambda c: c.tail.rstrip().endswith(" the") and _DATED_SITTING.match(c.after), "hearing", 0.85),
    (lambda c: _has(c, "after") and ends(_BOUND_DAY, c.before), "other", 0.75),
    # "proceedings suspended through April 3, 2020", "No jury trial shall commence ... before June 30, 2020": a bound
    (lambda c: c.heard and _has(c, "through", "until", "till", "before", "between")
     and (ends(_SUSPENDED_THROUGH, c.before) or ends(_NONE_BEFORE, c.before)), "other", 0.8),
    # "until at least July 1, 2020, Massachusetts courthouses will be closed ... except to conduct emergency hearings"
    (lambda c: c.heard and _has(c, "until", "through") and c.tail.rstrip().endswith(("until", "through", "least"))
     and bool(_CLOSED_AFTER.match(c.after)), "other", 0.8),
    # "this action be, and it hereby is, continued until October 1, 2023": a continuance ends
    (lambda c: "until" in c.before[-12:].lower() and ends(_ACTION_CONTINUED, c.before), "other", 0.8),
    # "The hearing on the Demurrer filed by ... is CONTINUED TO <date>"
    (lambda c: c.heard and CONTINUED_TO.search(c.before), "hearing", 0.9),
    # "3/19/26, 9:00 a.m., Dept. S-17": a date and hour in a courtroom is a sitting
    (lambda c: _IN_ROOM.match(c.after) and not c.deadline, "hearing", 0.8),
    # "filed on or after 1 February 1985", "may be filed beginning on July 13, 2020": a first day, no deadline
    # ("Beginning July 1, 2013, attorneys may file documents electronically": when filing may start)
    # (not "the trial session ... beginning on January 24, 2022")
    (lambda c: _has(c, "after", "beginning", "starting", "earlier") and ends(_FROM_DAY, c.before)
     and (not c.heard or ends(_FILED_FROM, c.before)) and not ends(_RECURRING_FROM, c.before),
     "other", 0.75),
    # "Plaintiff's motion ... is CONTINUED to April 8, 2026 at 1:30 p.m.": its hearing moves
    (lambda c: _has(c, "continu") and ends(_CONTINUED_END, c.before) and not _PAPER_DUE.search(c.before[-80:]),
     "hearing", 0.8),
    # "This amended order shall take effect at 12:01 a.m. on November 15, 2021, and shall remain ..."
    (lambda c: _has(c, "effect") and ends(_TAKES_EFFECT, c.before), "other", 0.8),
    # "... hereby adopts the attached Local Rules of ... Filing ..., effective December 1, 2018": the day rules take
    # effect, whatever papers their title names
    (lambda c: _has(c, "effective") and ends(_EFFECTIVE_ON, c.before), "other", 0.8),
    # "authorized to use cash collateral ... through November 19, 2005": the authority ends
    (lambda c: _has(c, "through", "until") and ends(_AUTHORITY_THROUGH, c.before), "expiry", 0.8),
    # "justify the extension [of the TRO] to and including 1/12/2021": the restraining order now ends that day
    (lambda c: _has(c, "exten") and ends(_EXTENDED_TO, c.before) and _RESTRAINT.search(c.before[-600:]), "expiry", 0.8),
    # "the provisions of the March 22, 2023 Order ... are extended through": what the court made ends then
    (lambda c: _has(c, "extended") and ends(_STANDING_EXTENDED, c.before), "expiry", 0.8),
    # "(11 Petition and this Order emailed on 3/26/2024.)": the clerk served this order that day
    (lambda c: _has(c, "mailed", "served", "sent") and ends(_THIS_ORDER_SENT, c.before), "service", 0.8),
    # "... remains in effect according to its terms until June 1, 2020"
    (lambda c: _has(c, "until", "through") and ends(_IN_EFFECT_UNTIL, c.before), "expiry", 0.8),
    # "the appeal is ordered abated for sixty (60) days ... while the parties ... mediation": the stay ends
    (lambda c: _has(c, "stay", "abate", "abeyance") and ends(_STAYED_FOR, c.before), "expiry", 0.8),
    # "The appeal will be reinstated after the earlier of ...": the court's act
    (lambda c: "reinstat" in c.low and ends(_REINSTATED_AFTER, c.before), "other", 0.8),
    # "reset for submission, without oral argument, on": taken up on the papers
    (lambda c: "submission" in c.tail and ends(_UNDER_SUBMISSION, c.before), "other", 0.8),
    # a schedule's row "hearing on motions in limine: 1/17/14 2:30 PM": the sitting, not the papers it hears
    (lambda c: c.heard and ends(_HEARING_ON_ROW, c.before), "hearing", 0.85),
    # "A hearing on dispositive motions ... is set for": the sitting, not the papers it hears
    (lambda c: c.heard and not c.deadline and ("set" in c.tail or "sched" in c.tail) and ends(_SITTING_SET_FOR, c.before),
     "hearing", 0.85),
    # a docket text's "Defendants Class List to counsel due 9/23/2019": delivered to the other side, not filed
    (lambda c: _has(c, "due") and ends(_TO_COUNSEL_DUE, c.before), "other", 0.75),
    # "Failure to timely file a Proof of Service ... will result in the dismissal of this action on": the court's act
    (lambda c: _has(c, "dismiss") and ends(_DISMISSED_ON, c.before), "other", 0.8),
    # "Pursuant to ... Rule 4(m), the time to serve the Complaint will expire on": the last day for service
    (lambda c: _has(c, "expire") and ends(_EXPIRES_AT, c.before) and _TIME_TO_SERVE.search(c.before[-120:]), "service", 0.8),
    # "... upon the posting of a bond, and shall expire after ten days": the verb on the date
    (lambda c: _has(c, "expire", "terminate", "dissolve") and ends(_EXPIRES_AT, c.before), "expiry", 0.85),
    # "Oral argument on ... lead plaintiff's motion to compel ..., shall take place on <date>": a sitting
    (lambda c: c.heard and _has(c, "place", "convene") and ends(_TAKES_PLACE, c.before), "hearing", 0.85),
    # "Those wishing to testify in person at the hearing ... should send a written request ... no later than": a
    # request to take part, not the sitting
    (lambda c: c.heard and _TO_TAKE_PART.search(c.before), "other", 0.75),
    # "The speedy trial time is excluded until the ... conference on <date>"
    (lambda c: _EXCLUDED_UNTIL.search(c.before) or EXCLUDABLE_AFTER.match(c.after), "other", 0.8),
    # "Settlement conference must be held no later than ...": a deadline, not a setting
    (lambda c: c.heard and (_HOLD_BY.search(c.both) or ends(_HEARING_BY, c.before)), "other", 0.8),
    # the court reporter's transcript, redacted or not: not a party's paper
    (lambda c: _TRANSCRIPT_DUE.search(c.before), "other", 0.8),
    # "must serve a copy of this Order on defendant and file proof of such service"
    # (not "... on the defendant to appear <date>")
    (lambda c: _SERVE_THIS_ORDER.search(c.before) and not _APPEAR_ON.search(c.before), "service", 0.85),
    (lambda c: "proof" in c.before[-120:].lower() and _SERVE_THEN_PROVE.search(c.before[-300:]), "service", 0.85),
    # "provide a copy of the response on Plaintiffs by <date>"
    (lambda c: "cop" in c.before[-200:].lower() and _COPY_TO_PARTY.search(c.before[-200:]), "service", 0.8),
    # "On or before December 16, 2022, the parties may serve on the Receiver requests to ..."
    (lambda c: "serve" in c.after[:100].lower() and _THEN_SERVE.match(c.after), "service", 0.8),
    # "Exchange of final exhibit lists": traded between the parties, not filed (unless the clause files it too)
    (lambda c: "exchange" in c.low and _EXCHANGED.search(c.both) and not _ALSO_FILED.search(c.both),
     "other", 0.8),
    # a copy for the judge's desk, things handed to the deputy or the other side: not filed
    (lambda c: ("cop" in c.low or "deliver" in c.low) and _HANDED_OVER.search(c.both)
     and not _ON_THE_DOCKET.search(c.both), "other", 0.75),
    # a settlement statement for the settlement judge alone: not filed
    (lambda c: ("settlement" in c.low or "mediation" in c.low) and _SETTLEMENT_PAPER.search(c.both)
     and _TO_CHAMBERS.search(c.both) and not _ON_THE_DOCKET.search(c.both), "other", 0.8),
    # a settlement offer or demand traded between counsel: not filed
    (lambda c: ("settlement" in c.low or "written" in c.low or "itemiz" in c.low) and _offer_nearer(c)
     and not _ON_THE_DOCKET.search(c.both) and not _SERVED.search(c.both), "other", 0.8),
    # probation prepares the presentence report; the parties file objections to it
    (lambda c: _PRESENTENCE.search(c.both) and not _ANSWERED.search(c.both) or _BY_PROBATION.search(c.after),
     "other", 0.8),
    # "No later than December 17, 2021, the plaintiff SHALL show cause why ..."
    (lambda c: c.heard and c.deadline and _only_show_cause(c.before, c.after), "filing", 0.85),
)


def special_kind(before: str, after: str, found: Mapping[str, int], deadline: bool) -> tuple[str, float] | None:
    """The constructions that decide the kind whatever words stand nearest."""
    clause = Clause(before, after, found, deadline)
    return next(((kind, confidence) for test, kind, confidence in _RULES if test(clause)), None)


def _offer_nearer(c: Clause) -> bool:
    """Whether a settlement offer or demand stands nearer the date than any sitting word ("request ... to submit his
    settlement demand ..., the Court hereby CONTINUES the Settlement Conference ... to November 14" sets a sitting)."""
    near = [len(c.before) - m.end() for m in _SETTLEMENT_OFFER.finditer(c.before)]
    near += [m.start() for m in _SETTLEMENT_OFFER.finditer(c.after)]
    sitting = c.found.get("hearing")
    return bool(near) and (sitting is None or min(near) < sitting)


def _only_show_cause(before: str, after: str) -> bool:
    """Whether the only sitting word near the date is "show cause" (answered in writing by a deadline)."""
    words = [m.group(0).lower() for m in HEARING.finditer(f"{before} {after}")]
    return bool(words) and all(w.startswith("show") for w in words)
