"""The first-character guard never changes what a pattern finds: same spans, faster scan."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from viewer.core import classify, entries, patterns, titles
from viewer.core.fastre import at_places, guarded

DATA = Path(__file__).resolve().parents[1] / "data"
TEXTS = [p.read_text() for p in sorted(DATA.glob("*/*/order.txt"))]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _scanning_patterns() -> list[re.Pattern[str]]:
    found = [v for module in (classify, entries, patterns, titles) for v in vars(module).values() if isinstance(v, re.Pattern)]
    return [p for p in found if not p.pattern.startswith("^")]


def test_guard_is_added_for_word_lists() -> None:
    assert guarded(r"\b(?:hearing|conference)\b", re.I).pattern.startswith("(?=[")
    assert "(?=[" not in guarded(r"\d+ days").pattern[:4]   # a category start: no guard
    assert "(?=[" not in guarded(r"(?:x)?").pattern[:4]     # may match empty: no guard
    assert guarded(r"a(?i:b)|(?i:c)d").match("Cd")          # an inline (?i:) group widens the set


def test_guarded_patterns_find_the_same_spans_in_every_order() -> None:
    checked = 0
    for pattern in _scanning_patterns():
        fast = guarded(pattern.pattern, pattern.flags)
        if fast.pattern == pattern.pattern:
            continue  # no guard added (or the module's pattern is guarded already): nothing to compare
        for text in TEXTS:
            assert _spans(fast, text) == _spans(pattern, text), pattern.pattern[:60]
        checked += 1
    assert checked > 20


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAbBdDeEhHiInNoOrRsStTuUyY 0123456789.,:;()-\n\u212a\u017f\u0130")),
               max_size=200))
def test_guarded_patterns_agree_on_random_text(text: str) -> None:
    for pattern in _scanning_patterns():
        assert _spans(guarded(pattern.pattern, pattern.flags), text) == _spans(pattern, text)


def test_folded_word_lists_find_what_the_plain_case_insensitive_pattern_finds() -> None:
    from viewer.core.fastre import Folded, word_start

    words = ("day", "week", "month", "hour", "year")
    folded = Folded(word_start(*words) + r"s?\b")
    plain = re.compile(r"\b(?:days?|weeks?|months?|hours?|years?)\b", re.I)
    text = "\n".join(TEXTS) + " Holiday DAYS today 3days (Weeks) midyear Years"
    assert [m.span() for m in folded.finditer(text)] == _spans(plain, text)
    assert [m.span() for m in folded.finditer("5 DAYS, not holidays")] == [(2, 6)]  # short text path


def test_start_literals_find_what_a_full_scan_finds() -> None:
    from viewer.core import patterns

    words = patterns.NOT_DATES_WORDS
    plain = re.compile(words.exact.pattern)
    sample = "See Rule 65(b)(2); ECF No. 12, 14; Dkt. 5; Docket # 7; Doc. 3; Does 1-10; rules 4; Fed. R. Civ. P. 6"
    for text in TEXTS + [sample * 20]:
        assert [m.span() for m in words.finditer(text)] == [m.span() for m in plain.finditer(text.lower())]


def test_times_found_by_digit_scan_and_word_search_match_the_full_pattern() -> None:
    from viewer.core import patterns
    from viewer.core.match import _time_matches

    extra = "at NOON, 12:00 noon EST, midnight (PT), 9:30 a.m. Central, 14:00, 1/2/2025 noontime" * 12
    for text in TEXTS + [extra]:
        assert [m.span() for m in _time_matches(text)] == _spans(patterns.TIME, text)


def test_kind_word_lists_find_the_same_words_in_lower_case() -> None:
    from viewer.core.kinds import _KIND_WORDS, _KIND_WORDS_LOWER

    for (_kind, plain), (_same, lower) in zip(_KIND_WORDS, _KIND_WORDS_LOWER, strict=True):
        for text in TEXTS:
            assert [m.span() for m in lower.finditer(text.lower())] == _spans(plain, text)


def test_directive_and_past_lists_find_the_same_words_in_lower_case() -> None:
    from viewer.core.classify import _DIRECTIVE_LOWER, _PAST_LOWER, DIRECTIVE, PAST

    extra = "IT IS HEREBY ORDERED. The Court STAYS this case. Filed; WAS SET; Previously GRANTED. Shall Be Effective"
    for plain, lower in ((DIRECTIVE, _DIRECTIVE_LOWER), (PAST, _PAST_LOWER)):
        for text in TEXTS + [extra]:
            assert [m.span() for m in lower.finditer(text.lower())] == _spans(plain, text), plain.pattern[:40]


def _separator_forms() -> list[tuple[str, re.Pattern[str]]]:
    from viewer.core.match import _SEPARATED
    return [(form, pattern) for form, pattern in patterns.DATE_FORMS if form in _SEPARATED]


def test_date_forms_tried_at_their_separators_find_what_a_full_scan_finds() -> None:
    from viewer.core.match import _SEPARATED
    forms = _separator_forms()
    assert {form for form, _ in forms} == {"numeric", "numeric-range", "iso", "stamp", "day-mon-year"}
    found = 0
    for text in TEXTS:
        for form, pattern in forms:
            expected = _spans(pattern, text)
            assert [m.span() for m in at_places(pattern, text, _SEPARATED[form](text))] == expected, form
            found += len(expected)
    assert found > 500  # (the orders are full of "1/10/2025" and "2025-01-10": the check is not vacuous)


@given(st.text(alphabet=st.sampled_from(list("0123456789/-- FILED\nAUGJ2NOVnov")), max_size=80))
@settings(max_examples=400, deadline=None)
def test_separator_scan_agrees_on_random_text(text: str) -> None:
    from viewer.core.match import _SEPARATED
    for form, pattern in _separator_forms():
        assert [m.span() for m in at_places(pattern, text, _SEPARATED[form](text))] == _spans(pattern, text), form
