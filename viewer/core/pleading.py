"""Line numbers of pleading paper, flattened into the text.

California's federal and state courts print orders on pleading paper: every line carries a number, 1 to 28,
in the margin. Copied as text (law sites, the courts' own text layers), the margin runs into the words:
"1 2 3 4 5 6 UNITED STATES DISTRICT COURT 7 EASTERN DISTRICT OF CALIFORNIA 8 9 DANA McMASTER, 10 Plaintiff",
and a date broken over two lines reads "May 19 24, 2024". The numbers are found by their order: they count up
by one (a line may be lost), start again at 1 on each page, and only a flattened first page that opens with
"1 2 3" starts the count, so an order with no margin numbers is left alone. Each number stood at a line's
start, so the cleaner puts the line break back in its place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_FIRST_PAGE = re.compile(r"(?<![\w.,/:-])1 2 3 (?=\d|[A-Z(])")
_OPENING = "1 2 3 "
# A number standing alone between spaces (not "9:30", "1983.", "(14)", "$5", "No. 9").
_NUMBER = re.compile(r"(?:^|(?<=\n)| )([1-9]|1\d|2[0-8])(?= \S)")  # (with the space before it, if any)
# A count or a number that the words around it claim: "within 14 days", "Rule 26", "Courtroom 5", "No. 9".
_COUNTED = re.compile(r"\s*\(?(?:days?|weeks?|months?|years?|hours?|court|calendar|business|percent|minutes?|copies|"
                      r"pages?|am|pm|a\.m\.|p\.m\.)\b", re.I)
_CLAIMED = re.compile(r"(?:\b(?:no|nos|rule|rules|courtroom|room|dept|department|chapter|title|page|doc|dkt|ecf|"
                      r"section|para|paragraph|item|step|phase|tier|part|claim|count)\.?|§|¶|#)\s*$", re.I)
_LINES = 28
_REACH = 600  # a pleading line holds at most a few hundred characters: farther on, the count is lost


class PleadingNumbers:
    """Finds the margin numbers (with the space before each) so the cleaner can put the line breaks back."""

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        start = _first_page(text)
        if start is None:
            return iter(())
        return iter(_counting_up(_NUMBER.finditer(text, start.start()), start.start(),
                                 lambda number: not self._claimed(text, number)))

    @staticmethod
    def _claimed(text: str, number: re.Match[str]) -> bool:
        """Whether the words beside the number make it the text's own ("14 days", "Rule 26")."""
        return bool(_COUNTED.match(text, number.end()) or _CLAIMED.search(text, max(0, number.start() - 14),
                                                                             number.start()))


def _counting_up(numbers: Iterator[re.Match[str]], start: int,
                 keep: Callable[[re.Match[str]], bool]) -> list[re.Match[str]]:
    """The numbers that continue the margin's count (up by one, a line may be lost, 1 again after a page)."""
    found: list[re.Match[str]] = []
    expected, last = 1, start
    for number in numbers:
        if number.start() - last > _REACH:
            break  # the margin ended (or the count was lost): leave the rest as written
        value = int(number.group(1))
        if value not in (expected, expected + 1) and not (value == 1 and expected > _LINES - 8):
            continue  # a number of the text itself ("Courtroom 9"), or a footnote marker
        if keep(number):
            found.append(number)
            expected, last = (1 if value >= _LINES else value + 1), number.end()
    return found


def _first_page(text: str) -> re.Match[str] | None:
    """The flattened first page's opening numbers (a plain search for them first: most orders have none)."""
    at = text.find(_OPENING)
    while at != -1:
        found = _FIRST_PAGE.match(text, at)
        if found:
            return found
        at = text.find(_OPENING, at + 1)
    return None


# Found from its "1" (the engine jumps between the "1"s; a pattern opening with a line start tries every place).
_OWN_LINES_OPENING = re.compile(r"1[ \t]*\n[ \t]*2[ \t]*\n[ \t]*3[ \t]*\n")
_NUMBER_LINE = re.compile(r"(?m)^[ \t]*([1-9]|1\d|2[0-8])[ \t]*\n")


class PleadingLines:
    """The same margin numbers when each kept a line of its own ("set for November" / "17" / "13, 2024"):
    the number's whole line goes, so the sentence runs on as the order wrote it."""

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        start = _own_lines_opening(text) if "1\n" in text else None
        if start is None:
            return iter(())
        return iter(_counting_up(_NUMBER_LINE.finditer(text, start), start, lambda number: True))


def _own_lines_opening(text: str) -> int | None:
    """Where the first "1 / 2 / 3" run of lines, each number alone on its line, starts its line."""
    for found in _OWN_LINES_OPENING.finditer(text):
        line = text.rfind("\n", 0, found.start()) + 1
        if not text[line:found.start()].strip(" \t"):
            return line
    return None
