"""Whether two statements are one event: the same sitting, the same duty restated, or a caption
repeating the body; two papers due one day, or two rows of one table, stay two."""

from __future__ import annotations

import re

from viewer.core.candidates import Candidate
from viewer.core.kindwords import sitting_words as _sittings
from viewer.core.contentwords import words
from viewer.core.titles import CASE_ROW, PERFECTED
from viewer.core.vocabulary import SITTING_INITIALS, TAKES_EFFECT_WORDS


_TIMELY_IF = re.compile(r"\b(?:deemed|considered)\s+(?:to\s+have\s+been\s+)?timely(?:\s+filed)?\s+if\b", re.I)
_ANY_DUTY = re.compile(r"(?:Compliance|Deadline)(?: due| deadline)?", re.I)  # CM/ECF's own deadline type


def same_sitting(a: str, b: str) -> bool:
    """Whether two titles may name one sitting: "the hearing ... is vacated" is not the trial that day."""
    words_a, words_b = _sittings(a), _sittings(b)
    return not words_a or not words_b or bool(words_a & words_b)


def same_event(a: Candidate, b: Candidate) -> bool:
    """Whether two statements of one kind and day are one event stated twice."""
    if a.kind != b.kind or a.date != b.date or a.recital != b.recital:
        return False
    if a.time and b.time and a.time != b.time:
        return False
    if a.date is None:
        return a.title == b.title
    if a.relative and b.relative:
        # Each counted period is its own duty, even when two land together; the same period from
        # the same anchor for the same papers is one duty stated twice ("If Plaintiff does not ...").
        same = (a.relative.amount, a.relative.unit, a.relative.direction, id(a.anchor)) == (
            b.relative.amount, b.relative.unit, b.relative.direction, id(b.anchor))
        # A caption line ("ORDER TO SHOW CAUSE ... RESPONSE DUE WITHIN 30 DAYS") restates the body.
        # Two sentences that each set a period for different papers are two duties, even when
        # the titles (cut to length) read alike: the whole sentences must say the same thing.
        # (Two periods in one sentence are two duties: "show cause within 21 days; alternatively, file a
        # notice of dismissal within 21 days".)
        # (A tentative ruling states its disposition at its head and again at its foot, in other words around
        # the same long period phrase: "... filed no later than ten (10) days from the date of this hearing".)
        return same and (shouts(a) or shouts(b) or _effect_restated(a, b)
                         or (a.start != b.start and restates(a, b) and _same_words(a.context, b.context))
                         or (a.start != b.start and len(a.relative.stated) >= 30 and a.relative.stated == b.relative.stated
                             and _alike(a.context, b.context)))
    if a.relative or b.relative:  # "due in 30 days" and "(Status Report due by 7/27/2017)"
        return restates(a, b) or _that_date(a, b) or _that_date(b, a) or _the_day_of(a, b) or _the_day_of(b, a)
    if a.kind == "hearing" and a.title != b.title and CASE_ROW.match(a.title) and CASE_ROW.match(b.title):
        return False  # a calendar's rows: two cases heard at one hour are two sittings
    if a.kind in ("entry", "expiry") or (a.kind == "hearing" and a.time and a.time == b.time):
        return True  # one order is signed or entered once a day; a set time is one sitting
    # (Two papers due "by 5:00 p.m." the same day are two duties, LABELLING.md rule 8: a cut-off hour is no sitting.)
    if a.kind == "hearing" and not (a.time and b.time) and _sittings(a.title) and _sittings(a.title) == _sittings(b.title):
        return True  # "so the trial may proceed on July 7" and "shall proceed to trial on July 7, at 9:00 a.m."
    if a.kind in ("filing", "other") and (_ANY_DUTY.fullmatch(a.title) or _ANY_DUTY.fullmatch(b.title)):
        return True  # a docket's "(Compliance due by 2/22/2021)" names whatever duty the order sets that day
    if a.kind == "other" and _same_period(a, b):
        return True
    if a.kind == "filing" and (_TIMELY_IF.search(a.context) or _TIMELY_IF.search(b.context)):
        return True  # "... is extended to May 11, 2021. All documents due ... shall be deemed ... timely filed if they
        # are filed by May 11, 2021": the extension restated
    return (restates(a, b) or _same_served(a, b) or _alternative(a, b)) and not _next_rows(a, b) \
        and not _other_parties(a, b) and not _other_papers_cited(a, b) and not _other_lists(a, b)


# "These rules shall go into effect 30 days after publication ..." and the rule's note "(Adopted December 29, 2022,
# effective 30 days after publication ...)": the same count to the same day the rules take effect, stated twice. (Rules
# amended and others rescinded "effective 30 days after publication" are two acts: no history note restates either.)
_TAKES_EFFECT = re.compile(rf"\b(?:{TAKES_EFFECT_WORDS})\b", re.I)
_HISTORY_NOTE = re.compile(r"\W*(?:adopted|amended)\b[^.;]{0,40}?,\s*effective\b", re.I)


def _effect_restated(a: Candidate, b: Candidate) -> bool:
    return a.kind == "other" and all(_TAKES_EFFECT.search(c.context) for c in (a, b)) \
        and any(_HISTORY_NOTE.match(c.context) for c in (a, b))


# "... during the period of December 18, 2014 through January 7, 2015" and "Effective December 18, 2014 through January
# 7, 2015, the ... hours ... will be": one period stated twice, so its first day is one event.
_PERIOD_END = re.compile(r"\s*(?:through|thru|to|until|-|\u2013)\s*(\w+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})")


def _same_period(a: Candidate, b: Candidate) -> bool:
    ends = [_PERIOD_END.match(c.context, c.mention - c.start + len(c.stated)) for c in (a, b)]
    return a.start != b.start and all(ends) and len({" ".join(e.group(1).split()) for e in ends if e}) == 1


# "Plaintiffs shall file an opposition ... no later than 11/7/2013. Alternatively, plaintiffs may file a statement of
# non-opposition ... no later than 11/7/2013.": one duty, met either way.
_ALTERNATIVELY = re.compile(r"\s*(?:alternatively|in\s+the\s+alternative)\b", re.I)


def _alternative(a: Candidate, b: Candidate) -> bool:
    first, then = (a, b) if a.start < b.start else (b, a)
    return 0 <= then.start - first.end <= 3 and bool(_ALTERNATIVELY.match(then.context))


# "Plaintiff must serve the Complaint and summons upon Defendant ... by July 16" and "INSTRUCTS the Plaintiff to serve
# the summons and the Complaint (Doc. 1) to Defendant ... by July 16": one service, whatever the titles (cut from long
# sentences) say. ("responses to form interrogatories" and "responses to requests for production": two.)
_SERVE = re.compile(r"\bserve[sd]?\s+(?:a\s+(?:true\s+)?copy\s+of\s+)?(?P<what>(?:[^,;.()]|\([^()]{0,30}\)){3,80}?)"
                    r"(?=\s*,|\s+(?:on|upon|in\s+accordance|by|within|no\s+later|not\s+later)\b|\s+to\s+(?:the\s+|each\s+|all\s+)?"
                    r"(?:defendants?|plaintiffs?|respondents?|petitioners?|counsel|part(?:y|ies))\b)", re.I)
_SERVE_REACH = 300  # (the verb stands near its date; a run-on "sentence" may be huge)


def _same_served(a: Candidate, b: Candidate) -> bool:
    if a.kind != "service" or a.relative or b.relative:
        return False
    served_a, served_b = _served(a), _served(b)
    small, large = sorted((served_a, served_b), key=len)
    return bool(small) and len(small & large) / len(small) >= 0.75


def _served(c: Candidate) -> frozenset[str]:
    """The content words of what is served, in the last "serve ..." before the date."""
    at = c.mention - c.start
    found = list(_SERVE.finditer(c.context, max(0, at - _SERVE_REACH), max(0, at)))
    return words(found[-1].group("what")) if found else frozenset()


# "any such Response [to the Joint Motion, Doc. #335] on or before May 30" and "any such Response to ... Motions to
# Dismiss [Doc. #324, #330] on or before May 30": two responses, each to the papers its sentence cites.
_CITED = re.compile(r"\b(?:Doc(?:ument)?|Dkt|ECF)\.?\s*(?:No\.?\s*)?#?\s*\d+(?:\s*,\s*#?\d+)*", re.I)
_CITED_REACH = 300  # the papers a duty's own clause cites stand near its date (a run-on "sentence" may be huge)


# "the parties SHALL exchange exhibit lists via e-mail or fax" and "... exchange witness lists via e-mail or fax" the
# same day: two lists (LABELLING.md rule 8), however alike the sentences.
_LIST_OF = re.compile(r"\b(exhibit|witness|deposition|designation|expert|trial)(?:es|s)?\s+lists?\b", re.I)


def _other_lists(a: Candidate, b: Candidate) -> bool:
    named_a = {m.lower() for m in _LIST_OF.findall(a.title)}
    named_b = {m.lower() for m in _LIST_OF.findall(b.title)}
    return bool(named_a and named_b and not named_a & named_b)


def _other_papers_cited(a: Candidate, b: Candidate) -> bool:
    cited_a, cited_b = _cited(a), _cited(b)
    return bool(cited_a and cited_b and not cited_a & cited_b)


def _cited(c: Candidate) -> set[str]:
    at = c.mention - c.start
    near = c.context[max(0, at - _CITED_REACH):at + _CITED_REACH]
    return {n for m in _CITED.finditer(near) for n in re.findall(r"\d+", m.group(0))}


_ROW_GAP = 400  # rows of one table stand this close; a restatement stands in another paragraph


def _next_rows(a: Candidate, b: Candidate) -> bool:
    """Whether two dates end nearby lines of one table under different titles: "Joint Fine PM NAAQS Brief for
    Industry 01/29/08" and "Joint Coarse PM NAAQS Brief for Industry 01/29/08" are two briefs."""
    return a.title != b.title and abs(a.mention - b.mention) <= _ROW_GAP and _ends_line(a) and _ends_line(b)


def _ends_line(c: Candidate) -> bool:
    end = c.mention - c.start + len(c.stated)
    return c.written is not None and 0 <= end <= len(c.context) and (end == len(c.context) or c.context[end] == "\n")


_NOT_LETTER = re.compile(r"[\W\d_]+")
_UPPER = re.compile(r"[A-Z]+")


_CAPTION_MAX = 600


def shouts(c: Candidate) -> bool:
    """Whether the statement is an all-capitals caption or heading line."""
    if len(c.context) > _CAPTION_MAX:
        return False  # (a caption is a line or two; this is asked of every pair, so long text is skipped)
    letters = _NOT_LETTER.sub("", c.context)
    return len(letters) >= 15 and len(letters) - len(_UPPER.sub("", letters)) >= 0.8 * len(letters)


def _same_words(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    return wa <= wb or wb <= wa


def _alike(a: str, b: str) -> bool:
    """Whether two sentences differ in at most four content words ("Tentative Ruling: To grant" and "Therefore,
    the Court grants"); two papers' sentences differ in the papers' names ("Form Interrogatories, Set One" and
    "Requests for Production of Documents")."""
    wa, wb = words(a), words(b)
    return bool(wa and wb) and len(wa ^ wb) <= 4


_ANSWER = re.compile(r"\b(?:(?P<a>opposition|oppose|response|respond)|(?P<s>sur-?repl)|(?P<r>repl(?:y|ies))|(?P<o>object))", re.I)


def _answers(title: str) -> set[str]:
    """Which answering papers a title names (an opposition or response, a reply, a sur-reply, an
    objection): a paper that answers another is not that paper ("opposition" and "responses" are one)."""
    return {m.lastgroup or "" for m in _ANSWER.finditer(title)}


_SHOW_CAUSE = re.compile(r"\bshow\s+cause\b", re.I)


def restates(a: Candidate, b: Candidate) -> bool:
    """Whether one statement's subject words are (mostly) inside the other's."""
    if a.kind == "filing" and _SHOW_CAUSE.search(a.title) and _SHOW_CAUSE.search(b.title):
        return True  # "Plaintiff should show cause ... by November 3" and "Not later than November 3, Plaintiff shall show cause"
    if {a.title.split(" (")[0], b.title.split(" (")[0]} == {PERFECTED, "Record on appeal due"}:
        return True  # New York perfects an appeal by filing the record: "the time to perfect the appeal is extended
        # to June 10, 2013 ... unless appellants shall file and serve a record on appeal and brief on or before June 10"
    if _answers(a.title) != _answers(b.title):
        return False  # "motion for class certification" and "opposition to ... motion for class certification"
    if _lettered(a.title) != _lettered(b.title):
        return False  # "Schedule A due" and "Schedule B due": two papers
    wa, wb = words(a.title), words(b.title)
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return bool(small) and len(small & large) / len(small) >= 0.75


_LETTERED = re.compile(r"\b(?:schedule|exhibit|appendix|attachment|part|volume)\s+((?-i:[A-Z])|\d{1,3})\b", re.I)


def _lettered(title: str) -> set[str]:
    """The letters or numbers a title gives its papers ("Schedule A", "Exhibit 3")."""
    return {m.group(1) for m in _LETTERED.finditer(title)}


# Who owes a duty, named in its sentence: "respondent shall file either: (1) ..." is no restatement of
# "petitioners shall file ... a Ratification of Petition" set for the same day.
PARTY = re.compile(r"\b(plaintiff|defendant|petitioner|respondent|appellant|appellee|debtor|trustee|movant|"
                   r"government|intervenor|claimant)s?\b", re.I)


def parties(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """The parties a text names, singular and lower case ("Defendants" -> "defendant")."""
    return {m.group(1).lower() for m in PARTY.finditer(text, start, len(text) if end is None else end)}


def _other_parties(a: Candidate, b: Candidate) -> bool:
    """Whether both titles name who owes the duty, and name different parties ("Defendants shall provide a
    confidential settlement statement" and "Plaintiff shall mail his confidential settlement statement")."""
    owes_a, owes_b = parties(a.title), parties(b.title)
    return bool(owes_a and owes_b and not owes_a & owes_b)


def _the_day_of(a: Candidate, b: Candidate) -> bool:
    """Whether sitting `a` is "the day of the conference" that `b` sets: "use 8367902 as the access code on the day of
    the conference" after "the MSC will be held on May 17, 2021 at 2:00 p.m." (one sitting, not a second that day)."""
    return a.kind == "hearing" and a.relative is not None and a.relative.amount == 0 and a.anchor is b \
        and same_sitting(_INITIALS.sub(" conference", a.title), _INITIALS.sub(" conference", b.title))


_INITIALS = re.compile(rf"\b(?:{'|'.join(SITTING_INITIALS)})\b")  # (read as "conference" to match a sitting named in full)


def _that_date(a: Candidate, b: Candidate) -> bool:
    """Whether `a` only points back at `b`'s date in the same sentence: "the respondent's time to serve and file a
    brief is enlarged until October 21, 2011, and the respondent's brief must be served and filed on or before that
    date"."""
    if a.relative is None or a.relative.amount != 0 or a.anchor is not b or a.start != b.start or _other_parties(a, b):
        return False
    # ... but not a second paper due then: "time to perfect the appeal is enlarged until August 5, 2013, and the record
    # or appendix and the appellant's brief must be served and filed on or before that date" (LABELLING.md rule 8).
    b_at, a_at = b.mention - b.start, a.mention - a.start
    if not 0 <= b_at < a_at <= len(a.context):
        return False
    own = re.split(r"[.;]\s", a.context[:b_at])[-1]
    papers_a = {m.group(0).lower() for m in _PAPER.finditer(a.context, b_at + len(b.stated), a_at)}
    return bool(papers_a) and papers_a <= {m.group(0).lower() for m in _PAPER.finditer(own)}


_PAPER = re.compile(r"\b(?:brief|record|appendix|answer|response|reply|motion|report|objections?|opposition|memorandum|"
                    r"petition|complaint|statement|appearance|notice)\b", re.I)
