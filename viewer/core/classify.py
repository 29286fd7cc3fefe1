"""Decide what a dated or relative mention is: its kind, whether it is a recital, its title.

The decision reads the clause around the mention (text between neighbouring mentions in the
same sentence), the way a docketing clerk reads "Plaintiffs shall file their opening brief by
February 27, 2024" or "Sentencing set for 8/31/2017 10:30 AM".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.fastre import ORIGINALS, Gated, guarded
from viewer.core.fastre import ends as _ends
from viewer.core import lawtalk, match, rows
from viewer.core.entries import WAS_DOCKETED, entry_title, opening_title
from viewer.core.kindrules import EXCLUDABLE_AFTER
from viewer.core.kinds import DEADLINE_LEAD, kind_of as _kind
from viewer.core.patterns import CITED_HEAD
from viewer.core.summons import read_return
from viewer.core.titles import first_upper, hearing_phrase, make_title

I = re.IGNORECASE

MODIFIED_TITLE = "Docket entry modified"  # the clerk's edit of the entry, not a setting
MODIFIED_TAIL = guarded(r"\bmodified\s+on\s*$", I)
# A law site's header row "Modified Date: 10/3/2016": the page's edit, neither the court's nor a setting.
SITE_MODIFIED = guarded(r"(?:^|\n)\s*modified\s+date\s*:\s*$", I)
# (San Diego's sheet heads its rulings "SOUTH BUILDING TENTATIVE RULINGS - August 31, 2023": the day they were posted)
_POSTED_STAMP = guarded(r"(?:^|\n)\s*(?:timestamp\s*:|(?:\w+\s+){0,3}tentative\s+rulings?\s*[-\u2013\u2014]\s*)\s*$", I)
_RULINGS_FOR = guarded(r"\btentative\s+rulings\s+for\s+$", I)
TENTATIVE_DAY = "Hearing (tentative rulings' calendar)"
# A docket stamp "(Entered: 05/25/2017)" or "[Entered: 01/17/2023 10:39 AM]" dates the entry itself.
DOCKET_STAMP = guarded(r"[(\[]\s*(?:entered|date\s+entered)\s*:?\s*$", I)
# Settings the order takes away: "the conference set for 10/31/2017 is VACATED".
# "reset from April 10, 2025 to ...": the old setting.
RESET_FROM = guarded(r"\b(?:re-?set|continued|rescheduled|rescheduling|moved|changed|advanced|postponed|stricken|struck|"
                        r"extended|removed|vacated)(?:\s+for\s+trial)?\s+from\s+(?:the\s+)?(?:court's\s+)?$|"
                        # ("change the noting date for ASD Plan's motion to dismiss (Dkt. # 27 ) from December 1, 2017, to
                        # December 8", "GRANTS a one-week extension from November 27, 2017, to December 4, 2017")
                        r"\b(?:change|extend|move|reschedule)[sd]?\s+the\s+[^;]{1,100}?\sfrom\s+$|\bextension\s+from\s+$", I)
# "resets the conference set for 10/12/2016 at 10:am to 11/21/2016": the date before "to".
RESET_TO_AFTER = guarded(r"^(?:\s*(?:at\s+)?[\d:]+\s*[ap]?\.?m?\.?)?,?\s+to\s*$", I)
# "vacating the conference ... on July 8, 2019 at 8:45 a.m. and resetting same for July 30": the old setting.
_AND_RESETTING = guarded(r"^(?:\s*(?:at\s+)?[\d:]+\s*[ap]?\.?m?\.?)?,?\s+and\s+(?:re-?setting|rescheduling|continuing)\s+"
                         r"(?:same|it|the\s+same)\s+(?:to|for)\s*$", I)
# "AND VACATING THE HEARING SCHEDULED FOR APRIL 16, 2012": the setting this order takes off the calendar.
_VACATING_THE = guarded(r"\bvacat(?:ing|es)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:scheduled|set|calendared)\s+(?:for|on)\s*$|"
                        # (the Tax Court: "this case is stricken from the calendar of the trial session beginning")
                        r"\b(?:stricken|struck|removed)\s+from\s+the\s+(?:[\w-]+\s+){0,2}?calendar\b[^.;]{0,60}?"
                        r"(?:beginning|commencing|on|for)\s*$", I)
RESET_VERB = guarded(r"\b(?:re-?sets?|continue[sd]?|reschedule[sd]?|move[sd]?|extend(?:s|ed)?|postpone[sd]?)\b", I)
VACATED_AFTER = guarded(r"^[^.;]{0,60}?\b(?:is|are|was|were|has\s+been|have\s+been|shall\s+be)\s+(?:hereby\s+)?(?:vacated|continued|cancel+ed|"
                           r"stricken|rescheduled|re-?set|adjourned|terminated)\b", I)
# A date that names a document or a motion's subject is background: "the 9/15/17 Text Order",
# "Motion for Continuance of the October 5, 2020 Trial".
# ("the Court's February 7, 2013 Pretrial Order": up to three capitalised words before the paper.)
DOCUMENT_AFTER = guarded(r"^(?![ \t]*\n[ \t]*\n)\s*"  # (not across a blank line: "... July 10, 2020 / / This Order will")
                         r"(?:text\s+|minute\s+|scheduling\s+|paperless\s+|(?:(?-i:[A-Z])[\w-]*\s+){1,3})?(?:order|entry|"
                            r"opinion|memorandum|letter|filing|stipulation|transcript)\b|"
                            # ("the May 30, 2003, order of this Court")
                            r"^\s*,\s*(?:order|opinion|judgment)\s+of\s+(?:this|the)\s+court\b|"
                            # ("why he failed to comply with the Court's September 16, 2015, order."; "its May 2, 2019,
                            # order granting ...": the paper itself, its comma closing the date)
                            r"^\s*,\s*(?:order|opinion|judgment|decision)(?=\s*[.,;:)]|\s*$|\s+(?:granting|denying|"
                            r"directing|requiring|setting|dismissing|adopting|in\s+which|which|that)\b)|"
                            # ("Defendant's June 21, 2018 First Set of Requests for Admission": the paper's date)
                            r"^\s*(?:(?:first|second|third|fourth|fifth|supplemental)\s+)?(?:set\s+of\s+)?(?:interrogatories|"
                            r"requests?\s+for\s+(?:production|admissions?)|subpoenas?|discovery\s+requests?)\b|"
                            # ("Pursuant to the December 1, 2000 revisions to the Federal Rules": the rules' date)
                            r"^\s*,?\s*(?:revisions?|amendments?)\s+(?:to|of)\s+(?:the\s+)?(?:[\w.]+\s+){0,4}?(?:rules?|act|code)\b", I)
# ("granting ... Motion for Extension of Time to extend the service deadline through and including
# June 19, 2017": the motion granted, its date is the new setting. But "setting a Motion Hearing re
# MOTION for Default Judgment ... for 10/2/17": the hearing on the motion, set now.)
_GRANTED_TO = re.compile(r"\bgrant(?:ing|s)\b[^.;]*\b(?:to|until|through(?:\s+and\s+including)?|up\s+to(?:\s+and\s+including)?)\s*$", I)
MOTION_SUBJECT = guarded(r"(?<!deadline\s)(?<!cutoff\s)(?<!hearing\s)(?<!argument\s)(?<!set\s)\b(?:granting|denying|grants|denies|on|re:?|regarding)\s+(?:\d+\s+)?(?:[\w-]+\s+){0,3}?"
                            r"motions?\s+(?:for|to)\b(?![^.;]*\b(?:shall|is|are|will|must|due|set|"
                            r"scheduled)\b)(?![^.;]*\s-\s)[^.;]*$", I)
_WAS_DUE_WORDS = guarded(r"\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:due|set|scheduled|required|ordered|directed)\b|"
                         # ("the deadline to complete discovery in this case fell on June 15, 2016")
                         r"\b(?:deadline|period|time)\b[^.;]{0,80}?\b(?:fell|expired|lapsed|elapsed)\b|"
                         # ("Class members had sixty (60) days, until")
                         r"\bhad\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:days|weeks|months)\b", I)
# What was said or would follow: "Defendant represented that defendant would be prepared to file the administrative
# record by May 31", "the briefing ... would not conclude until May 9" (tried only where "would" stands).
_WAS_DUE = Gated(_WAS_DUE_WORDS, ("would", "Would", "WOULD"), re.compile(
    r"\b(?:represented|stated|indicated|advised|asserted)\s+that\b[^.;]{0,80}?\bwould\b|"
    r"\bwould\s+not\s+(?:conclude|end|close|be\s+(?:completed|concluded|finished))\b", I))
_DUTY_NOW = guarded(r"\b(?:shall|must|is\s+(?:hereby\s+)?ordered|are\s+(?:hereby\s+)?ordered|"
                    r"(?:is|are)\s+(?:hereby\s+)?(?:re-?set|rescheduled|continued)\s+(?:for|to|until)|"
                    r"will\s+(?:hear|hold|conduct|convene|(?:instead\s+|now\s+)?(?:commence|begin|be\s+held)))\b",
                    I)  # ("previously set for 3/3, is RESET for 3/13"; "As previously
# ordered, the court will hear argument ... commencing at 1:00 p.m., Wednesday, December 17, 2008": still to come)
# A date inside an "If ..." or "Unless ..." clause (before its comma) is a condition, not a duty:
# "If the case is not reported settled by October 14, 2021, the report shall include ...".
# ("Unless otherwise notified, a notice ... should be submitted by ..." is a duty: the verb is there.)
CONDITION = guarded(r"\s*(?:(?:and\s+)?(?:it\s+)?(?:is\s+)?(?:further,?\s+)?ordered,?\s+that,?\s+)?"  # ("ORDERED that in the event ...")
                   r"(?:(?:accordingly|therefore|further(?:more)?|however|moreover|thus),?\s+)?"  # ("Accordingly, if ...")
                   r"(?:if|unless(?!\s+otherwise)|in\s+the\s+event|for\s+(?:cases|filings|matters|actions|appeals)\s+"
                   r"(?:filed|issued|pending|commenced)\s+(?:on\s+or\s+)?(?:before|after|prior\s+to))\b"
                   r"(?:,(?=\s*by\s))?"  # ("If, by January 13, 2023, plaintiff fails to make the payment, ...")
                   r"(?![^,;]*\b(?:shall|must|should|is\s+due|are\s+due)\b)[^,;]*$", I)
# ("For filings issued before April 30, 2021, a case management order shall be issued": which cases, not an event)
_DUTY = guarded(r"\b(?:shall|must|will|(?:is|are)\s+(?:\w+\s+)?ordered|due(?!\s+to\s+(?!the\s+(?:court|clerk)\b)))\b", I)
# ("due to the unavailability of counsel" is a cause, not a duty; "due to the Court by" is one.)
# The court acting now: "the court orders respondent to file ...", "the Court stays this case", and the Texas
# courts of appeals' "We ORDER appellant to provide ...".
COURT_ACTS = (r"court\s+(?:hereby\s+|sua\s+sponte\s+|therefore\s+|also\s+|further\s+)?"
              r"(?:orders|directs|requires|stays|abates|continues|extends|sets|remands|restores|schedules)|"
              r"we\s+(?:hereby\s+)?(?:order|direct|require)|"
              r"court\s+(?:hereby\s+)?grants\s+(?:[\w.'’-]+\s+){1,4}?leave\s+to\b")  # ("grants Plaintiff leave to file
# an amended complaint by 2/10/2023 that complies with the directions stated in this Order": leave given now)
DIRECTIVE = guarded(
    r"\b(?:shall|must|will|should|(?:is|are)\s+(?:(?:further|hereby|therefore|also)\s+)*ordered|directed|due|"
    r"(?:is|are)\s+(?:hereby\s+)?(?:stayed|abated)\s+(?:for|until|through)\b|"  # ("This action is stayed for a period
    # of ninety (90) days to allow ... before the defendant(s) are formally served": the court staying it now)
    r"set\s+for|added\s+for|(?:re)?(?:setting|scheduling)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:hearing|conference|trial|argument)|(?:closes?|ends?)\s+(?:on|by)|scheduled|(?:re)?set|deadlines?|cut-?off|no\s+later\s+than|not\s+later\s+than|"
    r"on\s+or\s+before|may\s+(?:be\s+)?(?:file|serve|submit|respond|reply|appear|object)\w*|continued\s+(?:to|on|until)|"
    r"expires?|until|hereby|to\s+be\s+held|suspended\s+(?:[\w-]+\s+){0,8}?(?:through|until)|reminded|required|last\s+(?:date|day)\s+(?:to|for)|payable|"
    r"(?:granted|denied)\s+on\s+(?:the\s+)?(?:following\s+)?conditions?|"  # (N.Y.: "Motion ... denied on condition: (1) that defendant perfect ...")
    r"(?:has|have)\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:days|weeks|months)|"  # "Defendant has 7 days from ... to file"
    r"(?:is|are)\s+(?:hereby\s+)?(?:granted|given|allowed)\s+(?:an?\s+)?(?:additional\s+|further\s+)?[\w-]+\s+"
    r"(?:\(\d+\)\s+)?(?:additional\s+)?(?:calendar\s+|business\s+|court\s+)?(?:days|weeks|months)|"  # "is granted thirty (30) days"
    r"(?:is|are)\s+(?:hereby\s+)?re-?noted\b|noted\s+for\s+consideration|re-?notes\b|"  # (W.D. Wash.: noting dates;
    r"expect(?:s|ed)?\s+to\s+(?:re-?open|resume)\b|"  # a closure notice's "operations are expected to resume on")
    r"rescheduled\s+(?:to|for)|moved\s+to|advanced\s+to|placed\s+on\s+the\s+(?:[\w-]+\s+){0,3}?(?:calendar|list)\s+for|(?:is|are)\s+(?:hereby\s+)?extended\s+(?:up\s+)?(?:to|until|through)\b|"
    r"(?:is|are)\s+(?:hereby\s+)?granted\s+(?:to|until|through)\b|"  # "motion to extend time is granted to April 24"
    rf"{COURT_ACTS}|"
    r"(?:is|are)\s+to\s+(?:be\s+)?(?:file|serve|submit|lodge|deliver|provide|exchange|appear|complete|pay|filed|served|"
    r"submitted|lodged|delivered|provided|exchanged|completed|paid)|"  # ("At the pretrial conference, plaintiff is to file")
    r"(?:is|are|shall\s+be|will\s+be|shall\s+become|becomes?)\s+effective|"  # "These amendments are effective"
    r"requests?\s+that\s[^.;]{0,100}?\b(?:is|are)\s+(?:hereby\s+)?granted)\b", I)  # ("request that trial commence on
# May 12, 2005 is GRANTED": the court sets what was asked)
# (Not after "be": "shall be filed", "to be submitted", "will be held" look ahead, not back.)
PAST = guarded(
    # ("is granted to April 24", "are dismissed": the court acting now, not history)
    r"(?<!\bbe\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bhereby\s)(?<!\bif\s)(?<!\bunless\s)"  # ("if filed by")
    r"\b(?:filed|entered|granted|denied|issued|held|was|were|had|has\s+been|have\s+been|moved|"
    r"submitted|served|appeared|dismissed|vacated|struck|stricken|noticed|sought|requested|received|stated|"
    r"found|ruled|cancel(?:l)?ed|occurred|failed|lodged|removed|answered|fell|lapsed|elapsed|expired|became|"
    r"(?:commenced|initiated)(?!\s+(?:by|no\s+later\s+than|on\s+or\s+before)\b)|"  # (a docket text's "Class Notice
    r"brought|appealed|conducted)\b", I)  # Mailing initiated by 10/7/2019" is a deadline)


@dataclass(frozen=True)
class Reading:
    """What a mention means: kind, title, recital or not, and how sure we are."""

    kind: str
    title: str
    recital: bool
    confidence: float


def _lower(text: str) -> str | None:
    """`text` in lower case when that keeps every offset (almost always), else None."""
    low = text.lower()
    return low if len(low) == len(text) else None


def _found(pattern: re.Pattern[str], lower_twin: re.Pattern[str], text: str, low: str | None) -> bool:
    """pattern.search(text), run as the case-sensitive twin on the lower-cased text when possible."""
    return bool(lower_twin.search(low) if low is not None else pattern.search(text))


def read_dated(before: str, after: str, sentence: str, prefix: str = "") -> Reading:
    """Classify a date from the clause text `before` and `after` it within `sentence`."""
    if ", " in before:  # "... petition DISMISSED, respondent to file responsive pleading to Ground 1 by 8/30/2019"
        before = lawtalk.party_clause(before)
    if _ends(MODIFIED_TAIL, before):
        return Reading("other", MODIFIED_TITLE, False, 0.8)
    if _ends(SITE_MODIFIED, before):
        return Reading("other", "Web page modified (not the court's date)", True, 0.8)
    if _ends(_POSTED_STAMP, before):  # a court's tentative-ruling page: "Timestamp: 02/09/2016 at 3:35am"
        return Reading("entry", "Posted", False, 0.8)
    if _ends(_RULINGS_FOR, before):  # "Tentative Rulings for November 20, 2019 Departments 403, 501": that day's calendar
        return Reading("hearing", TENTATIVE_DAY, False, 0.8)
    if _ends(CITED_HEAD, prefix) and after.lstrip().startswith(")"):  # "No. 12-cr-00106-MSK (D. Colo. Mar. 16, 2012)"
        return Reading("entry", "Decided (the page's citation line)", False, 0.85)
    if _ends(DOCKET_STAMP, before):
        return Reading("entry", "Entered on the docket", False, 0.95)
    # A question sets nothing: a certified question's "Does W.Va. Code 55-7-9 apply ... where the case is set for trial
    # after June 8, 2015?"
    if sentence.rstrip().endswith("?"):
        return Reading("other", make_title("other", before, after), True, 0.4)
    summons = read_return(before, after, prefix) if "served on" in prefix[-200:] else None
    if summons:  # "Elzie R Bryant served on 9/27/2006, answer due 10/17/2006": a docket's summons return
        return Reading(*summons, 0.85)
    if _ends(_CITED_FILING, prefix):  # "the Notice ... submitted by Plaintiff [Docket No. 92; Filed July 27, 2011]"
        return Reading("other", "Filed (a paper cited)", True, 0.6)
    opening = opening_title(before, after, sentence)
    if opening:
        return Reading("entry", opening, False, 0.9)
    entry = entry_title(before, sentence)
    if entry and WAS_DOCKETED.search(before[-60:]):
        return Reading("entry", "Docketed", False, 0.6)  # "This appeal was docketed on ...": only if nothing better
    if entry:
        return Reading("entry", entry, False, 0.95)
    clause = f"{before} {after}"
    if CONDITION.match(before) or lawtalk.SEPARATE_OPINION.search(before):  # ("..., J., would order ... by")
        return Reading("other", make_title("other", before, after), True, 0.4)
    if _ends(lawtalk.NONE_AFTER, before):  # "No causes of action may be added by plaintiff(s) after 5/4/2012": the cut-off
        return Reading("filing", make_title("filing", before, after), False, 0.8)
    if _ends(_DELAY_FROM, before) or _ends(lawtalk.HEARD_SINCE, before) or lawtalk.DUE_MOVED.match(after):
        # (where an excluded period starts: its end is the event; papers due on a closed day that "will be
        # considered timely" later: the later day is the deadline)
        return Reading("other", make_title("other", before, after), True, 0.5)
    if DOCUMENT_AFTER.search(after) and not re.search(r"\bdue\b", after[:40], I) or (
            MOTION_SUBJECT.search(prefix or before) and not _GRANTED_TO.search(prefix or before)) \
            or _ends(_ORDER_OF, before) or _ends(lawtalk.PAPER_ISSUED, before) or _ends(lawtalk.PAPER_PAREN, prefix) or ("dated" in before[-12:].lower() and _ends(_PAPER_DATED, before)) or _BY_ORDER.match(before) or (_ends(_AMENDED_ON, before) and not _ends(_TAKES_EFFECT, before)
                                                  and not _THIS_ACT.search(before)):
        return Reading("other", make_title("other", before, after), True, 0.5)
    ended = _ORDER_ENDS.match(after) if _ends(_EFFECTIVE, before) else None
    if ended:  # "effective July 1, 2017, General Order 10-1 is vacated in its entirety": that order ends that day
        return Reading("expiry", f"{ended.group(1).strip()} vacated", False, 0.8)
    asked = _PARTY_MOVES.search(prefix or before)  # a party asks to move a setting; the court has not
    if asked and _ends(_ASKED_TO, before):
        kind = _kind(before, after, False)[0]
        return Reading(kind, make_title(kind, before, after), True, 0.5)
    if not asked and (VACATED_AFTER.search(after) or _ends(RESET_FROM, before) or _AND_RESETTING.match(after) or (
            RESET_TO_AFTER.match(after) and RESET_VERB.search(prefix or before)) or (
            _ends(_CURRENTLY_SET, before) and not _STANDS.match(after)) or _ends(_VACATING_THE, before)
            or _ends(lawtalk.AND_SET_FOR, before) and lawtalk.VACATING.search(prefix[-300:])):
        return Reading("other", _vacated_title(before, after), False, 0.8)
    low = _lower(clause)
    strong = _found(DIRECTIVE, _DIRECTIVE_LOWER, clause, low)
    narrative = bool(re.match(r"\s*(?:\w+,\s+)?on\s*$", before, I)) or (  # "[Accordingly,] on March 3, 2025, plaintiff filed"
        lawtalk.NARRATIVE.match(sentence) is not None and _narrates(sentence))
    past = _found(PAST, _PAST_LOWER, clause, low) or narrative
    if past and _ends(lawtalk.NOTICED_FOR, before):
        strong, past = True, False  # a party's own setting of the sitting: it stands until vacated
    # (what the court did before is read up to this date: "Final Pretrial Conference REset for 3/26/2019 ...
    # (Final Pretrial conference previously set for 2/15/2019)" sets the March date now)
    # (read in this date's own clause: "the scheduling conference previously scheduled is cancelled; directing
    # that this case shall proceed as follows: ... Responses due by 3/27/2017" sets the responses now)
    # (and from the last date before it: "Hearing previously set for 2/6/17 at 9:00 a.m. ... Settlement Conference
    # set for 2/17/2017 09:00 AM", a docket text with no full stop between the old setting and the new)
    own = re.split(r"[;:]\s", prefix)[-1] if prefix else sentence
    before_now = lawtalk.BEFORE_NOW.search(own)
    if prefix and before_now:  # (only then: the split at earlier dates costs a search per date)
        before_now = lawtalk.BEFORE_NOW.search(_own_clause(prefix))
    if (_WAS_DUE.search(clause) or before_now or _ends(lawtalk.DEADLINE_WAS, before)) and not _DUTY_NOW.search(clause) or _ends(_OLD_SETTING, before):
        strong, past = False, True  # "Their responsive pleadings were due January 2": history
    if _ends(_APPOSITIVE, before) and (after.lstrip().startswith(",") or after.strip() in ("", ".")) or _ends(_DONE_BY_ON, before):
        strong, past = False, True  # "The TRO, issued on July 3, 2006, shall continue ...": when it was issued
        # ("... on the proposed order submitted by Plaintiffs on June 5, 2026": when it was submitted; "NOTE: Order
        # granting ...; the Donors will be allowed to participate in oral argument, filed 04/27/21.": when it was filed)
    if narrative and after.lstrip().startswith(",") and not _DUTY.search(after):
        strong = False  # "On March 17, 2020, the session scheduled ... was canceled": narrative
    # A schedule row ("Dispositive Motions | September 18, 2024 |", "Discovery cutoff: ...") is a
    # setting even without a verb.
    row = (bool(re.search(r"(?:[|\t]|\.{3,}|(?:\.[ \t]){3,}|[^\d\s]:)\s*$", before))  # (". . . ." leaders too) or rows.paper_row(before, after)
           or rows.label_row(before, after) or rows.dash_row(before, after)) and not past
    # "On October 10, 2017, the Court ... ordered them to ... by November 13, 2017": a past order.
    if past and _ends(rows.LABELLED_BY, before):
        past = False  # "Non-Dispositive Motion Deadlines: Filed by 4/12/2019": a deadline's label
    in_list = rows.in_deadlines_list(before, after, prefix) and not past
    takes_effect = _ends(lawtalk.EFFECTIVE_HEAD, prefix or before)  # (whatever the words after: "... status of filings")
    directive = strong or row or in_list or (bool(DEADLINE_LEAD.search(before)) and not past) or takes_effect
    recital = not directive and past
    kind, confidence = ("other", 0.8) if takes_effect else _kind(before, after, directive)
    predicate = bool(prefix) and lawtalk.PREDICATE_ONLY.fullmatch(before) is not None
    if kind == "other" and prefix and (lawtalk.GAPPED.fullmatch(before) or predicate
                                       or lawtalk.listed_next(before, after)):
        # "must file their briefs on or before July 3, 2023 and the respondent on or before July 24": its verb; "terms
        # ... are due to expire October 13, 2018; October 27, 2018; and October 28, 2018, respectively": the first's
        kind, confidence = _kind(prefix, after, directive)
    if kind == "hearing" and in_list and _ends(rows.HEARING_LABEL, before):
        kind = "other"  # "Motion Deadlines: Filing: 4/12/2019 Hearing: 5/10/2019": the last day to be heard
    if kind == "other" and not recital and "expiration" in prefix and _EXPIRY_MOVED.search(prefix):
        # "the expiration date of the order, as last amended on June 15, 2021, is hereby extended until"
        return Reading("expiry", "Expiration date (extended)", False, confidence)
    if not directive and not recital and kind == "other":
        recital, confidence = True, 0.4  # a bare date with no duty attached: background
    return Reading(kind, _title(kind, prefix if predicate else before, after), recital, confidence)


_CITED_FILING = guarded(r"\[\s*(?:docket|doc\.?|dkt\.?|ecf)\s*(?:no\.?)?\s*\d+[;,]\s*(?:filed|entered)\s*(?:on\s*)?:?\s*$", I)


def read_relative(before: str, after: str, sentence: str, *, in_condition: bool = False,
                  same_day: bool = False) -> Reading:
    """Classify a counted period from its clause ("Defendants shall file ... no later than").

    `in_condition`: read the duty inside an "If ... within N days" clause as if it stood alone.
    """
    if CONDITION.match(before) and not in_condition:  # "If Plaintiff does not file ... within sixty days"
        return Reading("other", make_title("other", before, after), True, 0.4)
    low = _lower(sentence)
    directive = _found(DIRECTIVE, _DIRECTIVE_LOWER, sentence, low)
    # ("We directed Ms. Johnson to file the record within ten days and cautioned her ... must be submitted": past)
    history = lawtalk.BEFORE_NOW.search(before) and not _DUTY_NOW.search(before) or lawtalk.REASON_PAST.search(before)
    if (_WAS_DUE.search(sentence) or lawtalk.BEFORE_NOW.search(sentence)) and not _DUTY_NOW.search(sentence) or history:
        directive = False  # "Any party ... was required to file objections within 14 days": history
    recital = not directive and bool(_found(PAST, _PAST_LOWER, sentence, low) or lawtalk.RULE_STATEMENT.match(sentence)
                                     or _WAS_DUE.search(sentence)) or _narrates(sentence)
    if (lawtalk.BEFORE_NOW.search(sentence) and not _DUTY_NOW.search(sentence) or history
            or lawtalk.not_this_orders(before, after, sentence)):
        recital = True  # "Plaintiff seeks to stay this case for 120 days"; "Rule 7 provides that ... shall"
    # ("appear in court at 8:00 a.m. on the first day of trial": a sitting that day, not a cut-off for one)
    kind, confidence = _kind(before, after, True, relative=not same_day)
    return Reading(kind, _title(kind, before, after), recital, confidence - 0.05)


def _title(kind: str, before: str, after: str) -> str:
    if EXCLUDABLE_AFTER.match(after):  # "... shall be deemed excludable time under the Speedy Trial Act"
        return "Excluded time ends" + (" (Speedy Trial Act)" if re.search(r"speedy", after, I) else "")
    return make_title(kind, before, after)


def _narrates(sentence: str) -> bool:
    return lawtalk.narrates(sentence, PAST)


def _vacated_title(before: str, after: str) -> str:
    """"Rule 16 Scheduling Conference vacated" from "... set for DATE is VACATED"."""
    what = hearing_phrase(before, after) or make_title("other", before, after)
    what = first_upper(re.sub(r"^(?:(?:vacat\w+|and)\s+)+(?:the\s+)?", "", what, flags=I) or what)  # (not "VACATES the
    # status conference vacated")
    verb = VACATED_AFTER.search(after)
    word = verb.group(0).split()[-1].lower() if verb else "vacated"
    return f"{what} {word} (former setting)"


# "By entry of June 20, 1994, this court remanded", "the court's order of January 17": an earlier order.
_ORDER_OF = re.compile(r"(?<!this\s)\b(?:order|entry|judgment|opinion|decision|letter)\s+of\s*$", I)
# "the Scheduling Order dated September 11, 2006 is amended": another paper's date (this order's own
# "ORDER dated" heading is an entry, found before this is asked).
_PAPER_DATED = re.compile(r"(?<!this\s)\b(?:order|judgment|opinion|decision|letter|memorandum|stipulation|motion|notice|"
                          r"report|agreement|petition|complaint|application|brief)\b"
                          r"(?:[^.;:]{0,30}?|\s+(?:by|of|from)\s+[^.;:]{0,80}?)\bdated\s*$", I)  # ("a Petition by the ... Society dated")

# "By Order served April 11, 2022, the Court directed petitioners to pay ...": what an earlier order did.
_BY_ORDER = re.compile(r"\s*by\s+(?:an?\s+|its\s+|the\s+court's\s+)?order\b[^.;:]{0,60}?\b(?:served|entered|issued|filed)"
                       r"\s+(?:on\s+)?$", I)


_DONE_BY_ON = re.compile(r"(?<!be\s)(?<!been\s)(?<!if\s)(?<!unless\s)"
                         r"\b(?:submitted|filed|lodged|served|issued|signed)\s+by\s+(?:[\w.']+\s+){1,4}?on\s*$", I)
_APPOSITIVE = re.compile(r",\s*(?:issued|entered|filed|signed|dated|served|held|granted)\s+(?:on\s+)?$"
                         r"|\b(?:pending|open|stayed|closed)\s+since\s+$", I)  # ("has been pending since")
# "a final pretrial conference is currently scheduled for January 11, 2012": the setting the order
# is about to move (unless it "remains" so).
# ("Currently, trial is scheduled to begin"; not "... to proceed to trial as currently scheduled on")
_CURRENTLY_SET = re.compile(r"(?<!\bas\s)\b(?:currently|presently)\b,?[^.;]{0,40}?\b(?:scheduled|set|calendared)\s+"
                            r"(?:to\s+(?:begin|commence|start)(?:\s+on)?|for|on)\s*$", I)
_STANDS = re.compile(r"[^.;]{0,40}?\b(?:remains?|stands?|will\s+(?:remain|stand|proceed)|is\s+(?:not\s+)?(?:affected|unchanged))\b", I)
# What the court did before, or what a party asks for, is not what this order sets: "The Court
# previously granted the parties a 90-day extension ... to September 23, 2021", "The parties request
# an extension of the non-expert discovery deadline to December 23, 2021".
# "Trial ..., previously preliminarily scheduled for February 28, 2022, will instead commence on": the old setting.
_OLD_SETTING = re.compile(r"\b(?:previously|originally|formerly)\s+(?:\w+\s+)?(?:set|scheduled)\s+(?:for|on)\s*$|"
                          r"\bthe\s+(?:original|former|old|prior)\s+$", re.I)  # ("advance the original April 6, 2017 Case
# Management Conference on calendar for this action to March 10, 2017")
_SETS = re.compile(r"\b(?:re-?)?set\b|\bscheduled\b|\bwill\s+(?:instead\s+|now\s+)?(?:commence|begin|be\s+held)\b|"
                   r"\b(?:continued|rescheduled|moved|delayed|postponed|adjourned)\s+(?:to|until)\b", re.I)


def _own_clause(prefix: str) -> str:
    """The part of the sentence that speaks of this date: after the last "; " or ": ", and after an earlier
    date when what follows it sets something anew (a list of old settings keeps its "previously")."""
    dates = match.find_dates(prefix)
    rest = re.split(r"[;:]\s", prefix[dates[-1].end:] if dates else prefix)[-1]
    return rest if _SETS.search(rest) else re.split(r"[;:]\s", prefix)[-1]


# "Pursuant to Local Rule 16.1.1, as amended April 1, 2005": the rule's date, not the case's.
_AMENDED_ON = re.compile(r"\b(?:rules?|act|statute|code)\b[^;]{0,40}?\b(?:as\s+amended|amended|effective|"
                         r"adopted)(?:\s+(?:on|as\s+of))?\s*$"
                         # ("the expiration date of the order, as last amended on June 15, 2021, is hereby extended")
                         r"|,\s*as\s+(?:last\s+|previously\s+|most\s+recently\s+)?amended\s+on\s*$", I)
# "the expiration date of the order, as last amended on June 15, 2021, is hereby extended until": the order's new end.
_EXPIRY_MOVED = re.compile(r"\bexpiration\s+date\b[^.;]{0,120}?\b(?:extended|continued|moved)\s+(?:until|to|through)\s*$",
                           I)
# ("... the Court hereby adopts the attached Local Rules ..., effective December 1, 2018", "This order ... contains the
# final version of the rules, effective January 1, 2014": this order's rules, not a rule's history.)
_THIS_ACT = re.compile(r"\bhereby\b|\bthis\s+order\b|\b(?:shall|will)\s+be\s+(?:amended|applicable|in\s+force)\b", I)
# ("The local rules ... shall be amended effective", "These local court rules shall be applicable effective")
_EFFECTIVE = re.compile(r"\beffective(?:\s+(?:on|as\s+of))?\s*$", I)
# An earlier order or rule struck from that day: not a sitting vacated (the sitting words are missing).
_ORDER_ENDS = re.compile(r",?\s*((?:[\w.'-]+\s+){0,4}?(?:order|rule|rules)\b(?:\s+(?:no\.\s*)?[\w.-]*\d[\w.-]*)?)\s+"
                         r"(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:vacated|rescinded|repealed|abrogated|withdrawn|superseded)\b", I)
# ("The amendments ... shall be effective June 20, 2024" is the day this order's rules take effect.)
# (And the subjunctive after "ORDERED that": "the amendments to Rule 5(e) ... be effective October 1, 2020".)
_TAKES_EFFECT = re.compile(r"\b(?:(?:shall|will|is|are)\s+(?:be(?:come)?\s+)?|(?<!\bto\s)be(?:come)?\s+)effective"
                           r"(?:\s+(?:on|as\s+of))?\s*$", I)


# "Defendant moves to continue trial from September 29, 2023 to March 29, 2024": until the court
# rules, the trial stays where it is and the new date is only asked for.
_PARTY_MOVES = guarded(r"\b(?:(?:moves?|moved|seeks?|sought|requests?|requested|asks?|asked|applies|applied)\s+"
                       r"(?:\w+\s+){0,3}?to\s+(?:continue|extend|reschedule|vacate|advance|postpone|reset)|"
                       # ("Appellees filed unopposed second motions for extension of time to file their briefs until")
                       r"filed\s+(?:\w+\s+){0,3}?motions?\s+for\s+(?:an?\s+)?(?:\w+\s+)?extensions?\s+of\s+time)\b(?![^.;]*"
                       r"\b(?:is|are)\s+(?:hereby\s+)?(?:granted|continued|extended|reset|rescheduled)\b)", I)
_ASKED_TO = guarded(r"\b(?:to|until)\s*$", I)
# "the delay from February 22, 2010 until April 5, 2010 is excluded": the excluded period's start.
_DELAY_FROM = guarded(r"\b(?:delay|period|time)\s+(?:of\s+delay\s+)?from\s*$", I)


# The same word lists without IGNORECASE, for lower-cased clauses: Python's re matches a
# case-sensitive list two to three times faster (the lists are written in lower case).
# The same for the directive and past-tense lists, asked of every clause (both are written in lower case).
_DIRECTIVE_LOWER = guarded(ORIGINALS.get(DIRECTIVE.pattern, DIRECTIVE.pattern), DIRECTIVE.flags & ~re.IGNORECASE)
_PAST_LOWER = guarded(ORIGINALS.get(PAST.pattern, PAST.pattern), PAST.flags & ~re.IGNORECASE)

