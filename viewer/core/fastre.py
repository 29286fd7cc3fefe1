"""Faster scanning for the core's word-list patterns: a first-character guard computed once.

Python's `re` tries a pattern such as `\\b(?:hearing|conference|...)` at every position of the
text, walking the whole alternation each time. A lookahead on the characters a match can start
with, `(?=[hHcC...])`, lets most positions fail after one test. The set is computed from the
pattern's parse tree, so it stays right when the word lists change; when it cannot be computed
(a pattern may start with any character, or match the empty string) the pattern is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

try:  # the parser moved in Python 3.11; both spell the same tree
    from re import _constants as _k  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _k  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

# Guarded pattern text -> the pattern as written, so tests can check both find the same spans.
ORIGINALS: dict[str, str] = {}

_Starts = tuple[set[str] | None, bool]  # (characters a match can start with or None for any, may be empty)


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` with a first-character lookahead when one can be computed."""
    if pattern.startswith("(?=["):  # guarded by hand already
        return re.compile(pattern, flags)
    try:
        chars, nullable = _sequence(list(_p.parse(pattern, flags)))
    except (re.error, TypeError, ValueError):  # an unknown construct: no guard, same results
        return re.compile(pattern, flags)
    if chars is None or nullable or not chars:
        return re.compile(pattern, flags)
    if flags & re.IGNORECASE:
        chars = _both_cases(chars)
    members = "".join(sorted(re.escape(c) for c in chars))
    fast = f"(?=[{members}])(?:{pattern})"
    ORIGINALS[fast] = pattern
    return re.compile(fast, flags)


def _both_cases(chars: set[str]) -> set[str]:
    return chars | {c.upper() for c in chars} | {c.lower() for c in chars}


def _sequence(items: list[tuple[Any, Any]]) -> _Starts:
    found: set[str] = set()
    for op, arg in items:
        chars, nullable = _item(op, arg)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _item(op: Any, arg: Any) -> _Starts:
    if op is _k.LITERAL:
        return {chr(arg)}, False
    if op is _k.IN:
        return _charset(arg), False
    if op in (_k.AT, _k.ASSERT, _k.ASSERT_NOT):  # zero-width: the next item decides
        return set(), True
    if op is _k.SUBPATTERN:
        chars, nullable = _sequence(list(arg[-1]))
        if chars is not None and len(arg) == 4 and arg[1] & re.IGNORECASE:  # "(?i:...)" inside
            chars = _both_cases(chars)
        return chars, nullable
    if op is _k.BRANCH:
        return _branches(arg[1])
    if op in (_k.MAX_REPEAT, _k.MIN_REPEAT) or op is getattr(_k, "POSSESSIVE_REPEAT", None):
        low, _high, body = arg
        chars, nullable = _sequence(list(body))
        return chars, nullable or low == 0
    if op is getattr(_k, "ATOMIC_GROUP", None):
        return _sequence(list(arg))
    return None, False  # ANY, NOT_LITERAL, back-references, categories: any character may start


def _branches(alternatives: list[Any]) -> _Starts:
    found: set[str] = set()
    empty = False
    for alternative in alternatives:
        chars, nullable = _sequence(list(alternative))
        if chars is None:
            return None, False
        found |= chars
        empty = empty or nullable
    return found, empty


def _charset(members: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in members:
        if op is _k.LITERAL:
            chars.add(chr(arg))
        elif op is _k.RANGE and arg[1] - arg[0] < 512:
            chars |= {chr(c) for c in range(arg[0], arg[1] + 1)}
        else:  # negated sets, \d \w \s categories, huge ranges: give up
            return None
    return chars


@lru_cache(maxsize=2)
def lowered(text: str) -> str | None:
    """`text` in lower case when that keeps every offset (it does unless a rare letter expands)."""
    low = text.lower()
    return low if len(low) == len(text) else None


class Folded:
    """A case-insensitive word-list pattern scanned over the lower-cased text, case-sensitively.

    Python's `re` skips ahead on a case-sensitive pattern's first characters but not on an
    IGNORECASE one, so over a whole order this is two to three times faster. Spans are the same;
    matched text comes back lower-cased, so callers take display text from the original.
    `pattern` must be written in lower case with no case-sensitive parts.
    """

    def __init__(self, pattern: str, starts: tuple[str, ...] = ()) -> None:
        self.exact = re.compile(pattern)
        self.fallback = guarded(pattern, re.IGNORECASE)
        # When every match begins with one of a few literals ("rule", "ecf", ...), finding those
        # with str.find and trying the pattern only there beats any scan the engine can do.
        self.starts = starts

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = lowered(text) if len(text) > 256 else None  # short strings: not worth the copy
        if low is None:
            return self.fallback.finditer(text)
        return self._at_starts(low) if self.starts else self.exact.finditer(low)

    def _at_starts(self, low: str) -> Iterator[re.Match[str]]:
        """What finditer would give, trying the pattern only where a start literal stands."""
        places: set[int] = set()
        for literal in self.starts:
            at = low.find(literal)
            while at != -1:
                places.add(at)
                at = low.find(literal, at + 1)
        done = 0
        for at in sorted(places):
            if at < done:
                continue
            found = self.exact.match(low, at)
            if found is not None:
                done = max(found.end(), at + 1)
                yield found


def word_start(*words: str) -> str:
    """An alternation of lower-case words that must start a word ("\\b" before), written so that
    the scan can still skip ahead on their first letters: the boundary is checked by a
    look-behind after each word instead of a "\\b" in front of the whole group."""
    return "(?:" + "|".join(f"{w}(?<!\\w{'.' * len(w)})" for w in words) + ")"


def ends(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a pattern anchored at the end ("... issued on $") matches the end of `text`: searched
    from near the end only (Python would try every position of a long clause)."""
    return pattern.search(text, max(0, len(text) - _TAIL)) is not None


_TAIL = 160  # longer than any end-anchored pattern's match


def mask(length: int, spans: list[tuple[int, int]]) -> bytearray:
    """A byte per character, 1 where a span covers it: overlap tests in C, not Python loops."""
    covered = bytearray(length)
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    return covered


def covered(marks: bytearray, start: int, end: int) -> bool:
    """Whether any character of [start, end) is marked."""
    return marks.find(1, start, end) != -1


def windows(text: str, trigger: Folded, before: int, after: int) -> list[tuple[int, int]]:
    """Merged spans around every trigger hit, widened to whitespace so words stay whole."""
    return windows_at(text, [hit.span() for hit in trigger.finditer(text)], before, after)


def windows_at(text: str, hits: Iterable[tuple[int, int]], before: int, after: int) -> list[tuple[int, int]]:
    """Merged spans around the given hits (in text order), widened to whitespace."""
    merged: list[list[int]] = []
    for hit_start, hit_end in hits:
        start, end = hit_start - before, hit_end + after
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    spans = []
    for start, end in merged:  # snap only the merged edges: far fewer than the hits
        start = max(text.rfind(" ", 0, max(start, 0)), text.rfind("\n", 0, max(start, 0))) + 1
        stop = text.find(" ", min(end, len(text)))
        spans.append((start, len(text) if stop == -1 else stop))
    return spans


def places(text: str, literal: str, shifts: tuple[int, ...]) -> list[int]:
    """Where a match may start: `shift` characters before each occurrence of `literal`."""
    found = []
    at = text.find(literal)
    while at != -1:
        found += [at - shift for shift in shifts if at >= shift]
        at = text.find(literal, at + 1)
    return found


def at_places(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """What `pattern.finditer(text)` gives when every match starts at one of `starts`."""
    found: list[re.Match[str]] = []
    done = 0
    for at in sorted(set(starts)):
        if at >= done and (m := pattern.match(text, at)) is not None:
            found.append(m)
            done = max(m.end(), at + 1)
    return found


def search_in(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> list[re.Match[str]]:
    """Matches of `pattern` inside the given spans only."""
    return [m for start, end in spans for m in pattern.finditer(text, start, end)]


class Gated:
    """`first.search(text)`, else `then.search(text)` where one of `words` stands in the text: a rare rule kept out of
    a long alternation, which would otherwise try it at every character of every clause."""

    def __init__(self, first: re.Pattern[str], words: tuple[str, ...], then: re.Pattern[str]) -> None:
        self.first, self.words, self.then = first, words, then

    def search(self, text: str) -> re.Match[str] | None:
        found = self.first.search(text)
        if found is None and any(word in text for word in self.words):
            found = self.then.search(text)
        return found
