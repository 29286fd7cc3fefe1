"""Normalise order text for matching while remembering where every character came from.

Each step is a named (pattern, replacement) pair applied in order; every output character
keeps the offset of the source character it came from, so a span found in the cleaned text
maps back to the page text (and from there to word boxes for highlighting).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from difflib import SequenceMatcher
from typing import Protocol

from viewer.core.fastre import Folded, at_places, places
from viewer.core.patterns import ECF_STAMP, ECF_STAMP_APPEAL, ECF_STAMP_USCA
from viewer.core.pleading import PleadingLines, PleadingNumbers
from viewer.core.vocabulary import STAMP_MONTHS

Replace = str | Callable[[re.Match[str]], str]


class Finder(Protocol):
    def finditer(self, text: str) -> Iterator[re.Match[str]]: ...


class _BesideLiteral:
    """A pattern tried only `shift` characters before each place one of its literals stands (most orders have none)."""

    def __init__(self, pattern: re.Pattern[str], literals: str | tuple[str, ...], shift: int | tuple[int, ...]) -> None:
        self.pattern, self.shifts = pattern, (shift,) if isinstance(shift, int) else shift
        self.literals = (literals,) if isinstance(literals, str) else literals

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        starts = [at for literal in self.literals for at in places(text, literal, self.shifts)]
        return iter(at_places(self.pattern, text, starts))


def _word_before(match: re.Match[str]) -> str:
    """The characters from the last space up to the match."""
    text = match.string
    return text[max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1:match.start()]


class _NearPageBreaks:
    """Page-number lines stand at a form feed or at the end: look only there, not at every line."""

    _BEFORE = re.compile(r"(?m)^[ ]*(?:- )?\d{1,3}(?: -)?[ ]*\n(?=\f)")   # "  12\n" + form feed
    _AFTER = re.compile(r"(?<=\f)[ ]*\d{1,3}[ ]*\n")                       # form feed + "12\n"
    _LAST = re.compile(r"(?m)^[ ]*(?:- )?\d{1,3}(?: -)?[ ]*\n\Z")          # the last line

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        found: list[re.Match[str]] = []
        at = text.find("\f")
        while at != -1:
            line = text.rfind("\n", 0, max(0, at - 1)) + 1  # the line before the form feed
            found += self._BEFORE.finditer(text, line, at + 1)
            found += self._AFTER.finditer(text, at + 1, min(len(text), at + 80))
            at = text.find("\f", at + 1)
        found += self._LAST.finditer(text, max(0, text.rfind("\n", 0, max(0, len(text) - 1)) + 1))
        done, kept = 0, []
        for m in sorted(found, key=lambda m: m.start()):
            if m.start() >= done:
                kept.append(m)
                done = m.end()
        return iter(kept)

# Arabic-Indic and extended digits show up in OCR and in pasted captions ("٧." for "v.").
_CAPS_MONTHS = tuple(f"{month} " for month in STAMP_MONTHS.split("|"))
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_CHARS = {
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\ufb01": "fi", "\ufb02": "fl",
    "\ufb00": "ff", "\ufb03": "ffi", "\ufb04": "ffl", "\u00ad": "", "\u200b": "",
    "\t": " ", "\r": "",
}

_TABLE: dict[int, str] = {**{ord(k): v for k, v in _CHARS.items()},
                          **{k: chr(v) if isinstance(v, int) else str(v) for k, v in _DIGITS.items()}}
_REPLACE = {chr(k): v for k, v in _TABLE.items()}
_SPECIAL = re.compile("[" + re.escape("".join(chr(c) for c in _TABLE)) + "]")

_MONTH_NAMES = {"January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
                "December"}  # ("M ay" is left alone: too like an initial and a word)


def _join_month(match: re.Match[str]) -> str:
    """"J uly" -> "July" when the two pieces make a month's name and start a word (a cheap scan, checked here)."""
    joined = match.group(0).replace(" ", "")
    start = match.start()
    whole = joined in _MONTH_NAMES and not (start and match.string[start - 1].isalpha())
    return joined if whole else match.group(0)


# (name, pattern, replacement). Order matters: later steps see earlier output.
STEPS: tuple[tuple[str, Finder, Replace], ...] = (
    # Markdown escapes ("\$25,000") come from text pasted out of other tools.
    ("markdown-escape", re.compile(r"\\([$*_#\[\]()])"), r"\1"),
    # An OCR service's text opens every line with a backtick ("`December 4, 2012"): no part of the words.
    ("line-backtick", _BesideLiteral(re.compile(r"(?<![^\n])`"), "`", 0), ""),
    # A word hyphenated across a line break ("pre-\nliminary"); keep real compounds on one line.
    ("line-hyphen", re.compile(r"-(?<=[a-z]-)\n(?=[a-z])"), ""),  # a literal first: a fast scan
    # OCR reads "a.m." as "a.rn." and "p.m." as "p.rn.".
    # (Found from the "rn." so the scan skips ahead; the letter before is checked looking back.)
    ("ocr-rn", re.compile(r"\.\s?[rR][nN]\.(?:(?<=\b[aApP]\.[rR][nN]\.)|(?<=\b[aApP]\.\s[rR][nN]\.))"), ".m."),
    # OCR reads a capital M as "l\/l" or "I\/I": "l\/lay 9, 2012", "G|\/IS".
    ("ocr-m", _BesideLiteral(re.compile(r"[lI|]\\/[lI|]"), "\\/", 1), "M"),
    # OCR letter/digit confusions inside numbers: "1O/2O/2024", "l0:00", "2O24" (and an ECF stamp's "2:l2-cr-00l63
    # ... Filed 02/20/l3 Page l of l0"; a stamp's "Filed O4/19/2004").
    # (The leading class lets the engine skip every other character quickly.)
    ("ocr-digits", re.compile(r"(?=[OolI])(?:(?<=\d)[Oo](?=[\d/:,.\s])|(?<=[\d/:])[Oo]{1,2}(?=\d|[\s,.;)\]]|$)"
                              r"|\b[Oo](?=\d/[0-3]?\d/\d\d)|\b[lI](?=\d[\d/:])|(?<=[\d/:])[lI](?=\d)"
                              r"|(?<=Page )[lI](?= of [lI\d])|(?<= of )[lI](?=\d\b))"),
     lambda m: "1" if m.group(0) in "lI" else "0" * len(m.group(0))),
    # OCR misreads the M of a stamp's "MAY" ("HAY 1 5 2012", "llAY 03 2010", "l‘lAY 31 2011"): only right before a
    # day and a year, where no word "hay" stands.
    ("ocr-stamp-may", _BesideLiteral(re.compile(r"(?<![A-Za-z])(?:[HN]|[lI|][‘'’]?[lI|])AY(?=[ ~][0-3]?[ ]?\d,?[ ](?:19|20)\d\d\b)"),
                                     "AY ", (1, 2, 3)), "MAY"),
    # ... and reads the space after the month as a tilde: "FEB~09 2011".
    ("ocr-stamp-tilde", _BesideLiteral(re.compile(rf"(?-i:{STAMP_MONTHS})~(?=[0-3]?\d\b)"), "~", 3),
     lambda m: m.group(0)[:3] + " "),
    # The Federal Circuit's OCR'd filing stamp splits the day's digits: "APR 2 7 2012", "MAY 1 4 2012".
    # (Tried only three characters before a year's " 19" or " 20"; the month before the day is checked looking back.)
    ("ocr-split-day", _BesideLiteral(re.compile(rf"[0-3](?:(?<=\b(?:{STAMP_MONTHS}) [0-3])|"
                                                r"(?<=\b(?:JUNE|JULY|SEPT) [0-3]))[ ](?=\d[ ](?:19|20)\d\d\b)"), (" 19", " 20"), 3),
     lambda m: m.group(0)[0]),
    # A text layer that lost a table's line ends runs each row's year into the next row's label: "Discovery CutoffJuly
    # 15, 2010Substantive Pretrial MotionsAugust 6, 2010Mediation Cutoff" (the rows are put back on their lines).
    ("joined-year", _BesideLiteral(re.compile(r"(?<=\d), (?:19|20)\d\d(?=(?-i:[A-Z][a-z]))"), (", 19", ", 20"), 0),
     lambda m: m.group(0) + "\n"),
    # ... and a row's period into its label: "Mediation Cutoff60 days before calendar call" (a label's word only: not an
    # address, "ipt@utd.uscourts.gov21 days before", where the text cannot tell what the digits belong to).
    ("joined-period", _BesideLiteral(re.compile(r"(?<=[a-z])\d{1,3}(?= days (?:before|after|prior|from)\b)"),
                                     " days ", (1, 2, 3)),
     lambda m: " " + m.group(0) if _word_before(m).isalpha() else m.group(0)),
    # A site's header runs the court's place into the date: "Fifth District of Texas at DallasJun 10, 2019".
    ("joined-month", _BesideLiteral(re.compile(r"(?<=[a-z])(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
                                               r"\.? [0-3]?\d(?=, (?:19|20)\d\d\b)"), (", 19", ", 20"), tuple(range(5, 15))),
     lambda m: " " + m.group(0)),
    # ... or a table's label, its footnote mark and the date: "Close of discovery1May 15, 2014" (the mark goes).
    ("joined-footnote-mark", _BesideLiteral(re.compile(r"(?<=[a-z])\d(?=(?-i:January|February|March|April|May|June|July|"
                                                       r"August|September|October|November|December) [0-3]?\d, "
                                                       r"(?:19|20)\d\d\b)"), (", 19", ", 20"), tuple(range(5, 16))),
     " "),
    # ... or a legal site's label into its value: "Decision Date20 November 1991", "Date Filed3/4/2013".
    ("joined-date-label", _BesideLiteral(re.compile(r"(?<![A-Za-z])(?-i:Date|Filed|Decided|Entered)(?=[0-3]?\d (?-i:January|February|"
                                                    r"March|April|May|June|July|August|September|October|November|December) "
                                                    r"(?:19|20)\d\d\b|[01]?\d/[0-3]?\d/(?:19|20)?\d\d\b)"),
                                         ("Date", "Filed", "Decided", "Entered"), 0),
     lambda m: m.group(0) + " "),
    # ... as a docket text's layer may split a written date's day: "ordered to show cause, on March 1 6, 2018".
    ("split-day", _BesideLiteral(re.compile(r"\b(?-i:January|February|March|April|May|June|July|August|September|"
                                            r"October|November|December) [0-3] \d(?=, (?:19|20)\d\d\b)"),
                                 (", 19", ", 20"), tuple(range(7, 14))),
     lambda m: m.group(0)[:-2] + m.group(0)[-1]),
    # ... or splits a month's name: "by Monday, J uly 6, 2009" (Justia's docket text).
    ("split-month", re.compile(r"[JFMASOND][a-z]{0,7} [a-z]{1,8}(?= [0-3]?\d(?![\d:]))"), _join_month),
    # ... or puts a space before the year's comma: "on Monday, January 23 , 2012 at 2:00 p.m." (S.D. Ohio).
    ("spaced-comma", _BesideLiteral(re.compile(r"\b(?-i:January|February|March|April|May|June|July|August|September|"
                                               r"October|November|December) [0-3]?\d (?=, (?:19|20)\d\d\b)"),
                                    (" , 19", " , 20"), tuple(range(5, 14))),
     lambda m: m.group(0)[:-1]),
    # ... or runs the day into the year: "FOR THE COURT MAY 182011" (the stamp below reads "MAY 18 2011").
    ("ocr-stamp-joined", _BesideLiteral(re.compile(r"[0-3]?\d(?=(?:19|20)\d\d\b)"), _CAPS_MONTHS, -4), lambda m: m.group(0) + " "),
    # A text layer splits a numeric date's year: "set for 11/18/20 25, at 02:00 PM", "by 3/17/201 7".
    ("split-year", _BesideLiteral(re.compile(r"(?:(?<=\d/\d)|(?<=\d/\d\d))/(?:(?:19|20)(?: (?=\d\d\b)|\d (?=\d\b))"
                                             r"|1 (?=9\d\d\b)|2 (?=0\d\d\b))"),  # ("due by 9/1/2 017")
                                  ("/19", "/20", "/1 9", "/2 0"), 0),
     lambda m: m.group(0).replace(" ", "")),
    # OCR reads the "2" of a year as "Z" ("OCT 27 Z010", "April 10, Z025"): only right after a day.
    ("ocr-z-year", re.compile(r"Z(?=[01]\d\d\b)(?:(?<=\d\sZ)|(?<=\d,\sZ))"), "2"),
    # ECF header stamps repeat on every page; they are metadata (caption.py reads them
    # from the raw text), and left in place they would split sentences across pages.
    ("ecf-stamp", Folded(ECF_STAMP.pattern.lower().replace("(?p<", "(?P<"), starts=("case",)), ""),
    ("ecf-stamp-appeal", Folded(ECF_STAMP_APPEAL.pattern.lower().replace("(?p<", "(?P<"), starts=("case:",)), ""),
    ("ecf-stamp-usca", Folded(ECF_STAMP_USCA.pattern.lower().replace("(?p<", "(?P<"), starts=("usca",)), ""),
    # A running header "PECARD V. AGRICULTURE 2" (with stray scanner marks above it) in the middle
    # of a sentence that crossed a page: "due within 60 days of the | ... | date of filing".
    ("running-header", re.compile(r"\n(?:[ ]*[^\w\s]?[A-Za-z]?[^\w\s]?[ ]*\n){0,3}[ ]*(?-i:[A-Z][A-Z.,'&\- ]{1,60})"
                                  r"\bV\.?[ ]+(?-i:[A-Z][A-Z.,'&\- ]{1,60})[ ]\d{1,3}[ ]*(?=\n)"), ""),
    # A page's running footer naming the paper, "CASE MANAGEMENT ORDER - 1", inside a sentence that crossed the page:
    # "shall be filed on or | CASE MANAGEMENT ORDER - 1 | before May 31, 2013".
    ("running-footer", re.compile(r"\n[ ]*(?-i:[A-Z][A-Z.,'&\- ]{0,60}\b(?:ORDER|DECISION|OPINION|MEMORANDUM))[ ]+-[ ]+\d{1,3}"
                                  r"[ ]*(?=\n[ ]*[a-z])"), ""),
    # A public-domain citation heading every page ("Cite as 2012 Ark. App. 204", "Cite as 11 Ark. App. 236 (1984)",
    # "Cite as: 2021 OK 41, __ P.3d __") falls mid-sentence when a page breaks one: "within fifteen days of the date
    # of | Cite as 2012 Ark. App. 204 | this opinion".
    ("cite-as-head", _BesideLiteral(re.compile(r"Cite\s+as:?\s+\d{1,4}\s+(?:[A-Z][A-Za-z]*\.?\s+){1,3}\d+"
                                               r"(?:\s+\((?:19|20)\d\d\))?(?:,\s*_+\s*[A-Z][\w.]*\s*_+)?[ \t]*"), "Cite as", 0), ""),
    # A bare page number at the foot or head of a page.
    ("page-number", _NearPageBreaks(), ""),
    # Pleading paper's margin line numbers run into flattened text: "7 EASTERN DISTRICT OF CALIFORNIA 8 9".
    ("pleading-numbers", PleadingNumbers(), "\n"),  # (each stood at a line's start: the break comes back)
    ("pleading-lines", PleadingLines(), ""),  # (each on a line of its own: the line goes)
    # A blank filled in by hand or by the court's form: "Date: __May 21, 2019___", "this _5th_ day": the rule is
    # no part of the words (an underscore inside a word, "john_doe", and markdown's "_Does_" stay).
    ("blank-rule", _BesideLiteral(re.compile(r"(?<=[\s:])_{2,}(?=[A-Za-z0-9])|(?<=[A-Za-z0-9.,])_{2,}(?=\s|$)"), "__", 0),
     lambda m: " " * len(m.group(0))),
    # Runs of spaces collapse.
    ("spaces", re.compile(r"[ ]{2,}"), " "),
)


class _Runs:
    """An offset map kept as runs: from cleaned offset starts[k] on, source offsets count up from
    sources[k]. Orders change few characters, so a few runs stand for millions of offsets (a list of
    one offset per character cost a tenth of the extraction time)."""

    def __init__(self, length: int = 0) -> None:
        self.starts: list[int] = [0] if length else []
        self.sources: list[int] = [0] if length else []
        self.length = length

    def at(self, index: int) -> int:
        """The source offset of cleaned character `index`."""
        k = bisect_right(self.starts, index) - 1
        return self.sources[k] + index - self.starts[k]

    def point(self, source: int) -> None:
        """Append one cleaned character standing for `source`."""
        self._append(source, 1)

    def span(self, old: _Runs, start: int, end: int) -> None:
        """Append old[start:end] unchanged: its runs, cut at `start` and `end`."""
        k = bisect_right(old.starts, start) - 1
        while start < end:
            stop = min(end, old.starts[k + 1] if k + 1 < len(old.starts) else old.length)
            self._append(old.sources[k] + start - old.starts[k], stop - start)
            start, k = stop, k + 1

    def _append(self, source: int, count: int) -> None:
        """Append `count` characters standing for source offsets from `source` on (the last run grows when it
        already leads there)."""
        if not (self.starts and self.sources[-1] + self.length - self.starts[-1] == source):
            self.starts.append(self.length)
            self.sources.append(source)
        self.length += count

    def expand(self) -> tuple[int, ...]:
        """One source offset per cleaned character."""
        bounds = [*self.starts[1:], self.length]
        return tuple(o for s, e, src in zip(self.starts, bounds, self.sources) for o in range(src, src + e - s))


@dataclass(frozen=True)
class CleanText:
    """Cleaned text plus its offset map back to the source text."""

    text: str
    runs: _Runs = field(repr=False, compare=False)
    source_length: int

    @cached_property
    def origin(self) -> tuple[int, ...]:
        """`origin[i]`: the source offset of cleaned character i."""
        return self.runs.expand()

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned span [start, end) back to a source span."""
        if not self.text:
            return (0, 0)
        start = min(max(start, 0), len(self.text) - 1)
        last = min(max(end - 1, start), len(self.text) - 1)
        return (self.runs.at(start), min(self.runs.at(last) + 1, self.source_length))


def clean(text: str) -> CleanText:
    """Run every step over `text`, keeping the offset map.

    >>> c = clean("Jan. 1O, 2O25 at 10 a.rn.")
    >>> c.text
    'Jan. 10, 2025 at 10 a.m.'
    """
    current, runs = _map_characters(text)
    for _name, pattern, replace in STEPS:
        current, runs = _substitute(current, runs, pattern, replace)
    return CleanText(current, runs, len(text))


def _map_characters(text: str) -> tuple[str, _Runs]:
    """Character-level fixes; most keep the length, so the map is the identity (fast path)."""
    # "٧." in a caption is an Arabic-Indic seven standing in for "v.".
    if "\u0667" in text:
        text = re.sub(r"\u0667(?=\.)", "v", text)
    if not _SPECIAL.search(text):  # plain text: nothing to map, the common case
        return text, _Runs(len(text))
    out = _SPECIAL.sub(lambda m: _REPLACE[m.group()], text)  # far faster than str.translate
    if len(out) == len(text):
        return out, _Runs(len(text))
    runs = _Runs()
    for index, char in enumerate(text):
        for _ in _REPLACE.get(char, char):
            runs.point(index)
    return out, runs


def _align(old: str, new: str) -> list[int]:
    """For each character of `new`, the index in `old` it stands for.

    Kept characters map onto themselves ("\\$" -> "$" maps onto the "$"); changed ones onto the
    source character in the same place ("a.rn." -> "a.m.": "m" onto "r", the last "." onto ".").
    """
    if not old:
        return [0] * len(new)
    if old.startswith(new):  # a deletion or a shortening ("  " -> " "): the kept part maps onto itself
        return list(range(len(new)))
    mapping: list[int | None] = [None] * len(new)
    for block in SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            mapping[block.b + k] = block.a + k
    last = 0
    for i, value in enumerate(mapping):
        if value is None:
            mapping[i] = min(last + (1 if i else 0), len(old) - 1)
        last = mapping[i]  # type: ignore[assignment]
    return [int(m) for m in mapping]  # type: ignore[arg-type]


def _substitute(text: str, origin: _Runs, pattern: Finder,
                replace: Replace) -> tuple[str, _Runs]:
    """Apply one step; replaced characters map onto the span of the match they replaced."""
    matches = list(pattern.finditer(text))
    if not matches:
        return text, origin
    out: list[str] = []
    runs = _Runs()
    last = 0
    for match in matches:
        out.append(text[last:match.start()])
        runs.span(origin, last, match.start())
        new = replace(match) if callable(replace) else match.expand(replace)
        out.append(new)
        if match.end() > match.start():
            for i in _align(match.group(0), new):
                runs.point(origin.at(match.start() + i))
        else:  # (an empty match: what it inserts stands for the character before it)
            for _ in new:
                runs.point(origin.at(match.start() - 1) if match.start() else 0)
        last = match.end()
    out.append(text[last:])
    runs.span(origin, last, len(text))
    return "".join(out), runs
