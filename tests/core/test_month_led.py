"""Dates led by a month name are matched at the month, not searched for: same dates as a full scan."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from viewer.core import match, patterns
from viewer.core.match import DateMention, covered, mask

DATA = Path(__file__).resolve().parents[1] / "data"
TEXTS = [p.read_text() for p in sorted(DATA.glob("*/*/order.txt"))]
WORDS = ["the", "this", "day", "of", "May", "may", "MAY", "March", "Mar.", "5th", "10", "2024", "Wednesday,",
         "Wed.", "FRIDAY,", "Sept.", "17", "through", "28,", "2018", "and", "3,", "twentieth", "1st", "June", "30", "Jun.",
         ",", ".", "\n", "\n\n", "  ", "December,", "on", "Monday", "10th", "January", "mayor", "(", "1/2/2025"]


def _full_scan_dates(text: str) -> list[DateMention]:
    """find_dates as it would be with every form searched through the whole text."""
    taken = mask(len(text), match.blocked_spans(text))
    found = []
    for form, pattern in patterns.DATE_FORMS:
        for m in pattern.finditer(text):
            if not covered(taken, m.start(), m.end()) and (mentions := match.mentions_of(form, m)):
                found += mentions
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return sorted(found, key=lambda m: m.start)


def _full_scan_months(text: str) -> list[tuple[int, int]]:
    taken = mask(len(text), [(d.start, d.end) for d in _full_scan_dates(text)])
    return [m.span() for m in patterns.MONTH_ONLY.finditer(text) if not covered(taken, *m.span())]


def _check(text: str) -> None:
    dates = match.find_dates(text)
    assert dates == _full_scan_dates(text)
    assert [(m.start, m.end) for m in match.find_months(text, dates)] == _full_scan_months(text)


def test_every_stored_order_gives_the_dates_a_full_scan_gives() -> None:
    for text in TEXTS:
        _check(text)
    assert len(TEXTS) > 200


def test_weekday_led_and_day_led_forms_are_found() -> None:
    text = "on Wednesday, May 5, 2021 and the 20th day of December, 2024 and 10 January 2025; the March 2018 term"
    assert [d.form for d in match.find_dates(text)] == ["month-day", "day-of", "day-month"]
    assert match.find_dates(text)[0].stated == "Wednesday, May 5, 2021"
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_random_month_text_gives_the_dates_a_full_scan_gives(text: str) -> None:
    _check(text)
