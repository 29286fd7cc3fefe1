"""Unit tests of clean(): the normalised text and the offset map back to the source.

The offset map is what turns a match in cleaned text into a highlight on the page, so besides
the text each test checks where the characters came from.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.clean import STEPS, CleanText, clean

ECF = "Case 1:24-cv-02323 Document 13 Filed 12/20/24 Page 1 of 6 PageID# 1121"


def back(c: CleanText, needle: str, source: str) -> str:
    """The source text behind the first occurrence of `needle` in the cleaned text."""
    start = c.text.index(needle)
    s, e = c.source_span(start, start + len(needle))
    return source[s:e]


def assert_map_sane(source: str, c: CleanText) -> None:
    """Every cleaned character maps to a source character, in reading order."""
    assert len(c.origin) == len(c.text)
    assert c.source_length == len(source)
    assert all(0 <= o < len(source) for o in c.origin)
    assert list(c.origin) == sorted(c.origin), "offset map goes backwards"


# ------------------------------------------------------------------- the offset map ----------

@pytest.mark.parametrize("source", [
    "Plain text that needs no cleaning.",
    "Jan. 1O, 2O25 at 10 a.rn.",
    f"first page text\n{ECF}\nsecond page text",
    "pre-\nliminary injunction \u201chearing\u201d \u2014 set",
    "\u0661\u0660/\u0662\u0660/\u0662\u0660\u0662\u0664 and \ufb01le and a\u00adb",
    "x\r\ny\tz    w \\$25,000",
    "text\n3\n\fNext page",
])
def test_every_cleaned_char_maps_to_a_source_char(source: str) -> None:
    assert_map_sane(source, clean(source))


def test_plain_text_is_identity() -> None:
    source = "The hearing is set for April 10, 2025 at 10:00 a.m.\nDefendants shall file."
    c = clean(source)
    assert c.text == source
    assert c.origin == tuple(range(len(source)))


def test_unchanged_chars_map_to_themselves() -> None:
    source = f"Defendants shall appear on\n{ECF}\nJanuary 10, 2025 at 10 a.m."
    c = clean(source)
    start = c.text.index("January")
    for i in range(start, len(c.text)):
        assert source[c.origin[i]] == c.text[i]


def test_source_span_of_whole_text() -> None:
    # (A trailing run of spaces would end one short: see test_source_span_covers_whole_ocr_replacement.)
    source = "  The  hearing\u00a0is set."
    c = clean(source)
    assert c.source_span(0, len(c.text)) == (0, len(source))


def test_source_span_of_empty_text() -> None:
    c = clean("")
    assert c.text == "" and c.origin == ()
    assert c.source_span(0, 5) == (0, 0)


def test_source_span_clamps_out_of_range() -> None:
    c = clean("abc")
    s, e = c.source_span(-4, 99)
    assert (s, e) == (0, 3)


def test_source_span_after_collapsed_spaces() -> None:
    source = "Responses    due April 10, 2025."
    c = clean(source)
    assert back(c, "April 10, 2025", source) == "April 10, 2025"


def test_source_span_after_removed_stamp() -> None:
    source = f"appear on\n{ECF}\nJanuary 10, 2025."
    c = clean(source)
    assert back(c, "January 10, 2025", source) == "January 10, 2025"


def test_source_span_covers_hyphenated_word() -> None:
    source = "the pre-\nliminary injunction"
    c = clean(source)
    assert back(c, "preliminary", source) == "pre-\nliminary"


def test_source_span_covers_whole_ocr_replacement() -> None:
    source = "set for 10 a.rn. on Friday"
    c = clean(source)
    assert back(c, "10 a.m.", source) == "10 a.rn."


def test_unescaped_dollar_maps_to_dollar() -> None:
    source = r"damages of \$25,000"
    c = clean(source)
    i = c.text.index("$")
    assert source[c.origin[i]] == "$"


# ------------------------------------------------------------------- OCR fixes ---------------

@pytest.mark.parametrize(("source", "expected"), [
    ("1O/2O/2O24", "10/20/2024"),     # O for 0 inside a numeric date
    ("2O25", "2025"),                  # O for 0 inside a year
    ("Jan. 1O, 2O25", "Jan. 10, 2025"),
    ("l0:00", "10:00"),                # l for 1 at the head of a time
    ("l2/20/2024", "12/20/2024"),      # l for 1 at the head of a date
    ("I0/20/2024", "10/20/2024"),      # capital I for 1
    ("10 a.rn.", "10 a.m."),           # rn for m
    ("4:00 p.rn.", "4:00 p.m."),
    ("10 a. rn.", "10 a.m."),          # with a stray space
])
def test_ocr_fixes(source: str, expected: str) -> None:
    assert clean(source).text == expected


def test_ocr_fixes_minutes_of_Os() -> None:
    assert clean("at 1O:OO a.rn.").text == "at 10:00 a.m."


@pytest.mark.parametrize("source", [
    "SO ORDERED",           # letters O stay letters
    "ORDER ON MOTION",
    "I find that Defendants",
    "Ohio corporation",
    "Rule 10 and Local Rule 7",
    "all 10 Defendants",
    "In 2024 the Court",
    "form",                 # 'rn' in an ordinary word
    "Turn on the lights",
])
def test_ocr_fixes_leave_words_alone(source: str) -> None:
    assert clean(source).text == source


# ------------------------------------------------------------------- characters --------------

@pytest.mark.parametrize(("source", "expected"), [
    ("\u201cOrder\u201d", '"Order"'),             # curly double quotes
    ("Defendants\u2019 \u2018bad\u2019", "Defendants' 'bad'"),  # curly single quotes
    ("pre\u00adliminary", "preliminary"),           # soft hyphen
    ("zero\u200bwidth", "zerowidth"),               # zero-width space
    ("10\u00a0a.m.", "10 a.m."),                    # no-break space
    ("2024\u20132025", "2024-2025"),                # en dash
    ("held\u2014today", "held-today"),              # em dash
    ("\ufb01le \ufb02oor o\ufb00er", "file floor offer"),  # ligatures
    ("a\tb", "a b"),                                # tab
    ("line\r\nnext", "line\nnext"),                 # CRLF
    ("a    b", "a b"),                              # runs of spaces
])
def test_character_normalisation(source: str, expected: str) -> None:
    assert clean(source).text == expected


def test_ligature_maps_both_letters_to_its_source_char() -> None:
    c = clean("\ufb01le")
    assert c.text == "file" and c.origin[:2] == (0, 0) and c.origin[2:] == (1, 2)


def test_soft_hyphen_is_skipped_in_the_map() -> None:
    c = clean("a\u00adb")
    assert c.text == "ab" and c.origin == (0, 2)


@pytest.mark.parametrize(("source", "expected"), [
    ("\u0661\u0660/\u0662\u0660/\u0662\u0660\u0662\u0664", "10/20/2024"),   # Arabic-Indic
    ("\u06f1\u06f0 \u06f2\u06f0\u06f2\u06f5", "10 2025"),                    # extended (Persian)
    ("Microsoft \u0667. Does 1-10", "Microsoft v. Does 1-10"),              # "٧." for "v."
    ("\u0667 days", "7 days"),                                               # a real seven stays 7
])
def test_arabic_indic_digits(source: str, expected: str) -> None:
    assert clean(source).text == expected


# ------------------------------------------------------------------- line hyphenation --------

@pytest.mark.parametrize(("source", "expected"), [
    ("pre-\nliminary", "preliminary"),
    ("Jan-\nuary 10", "January 10"),
    ("the tempo-\nrary order", "the temporary order"),
])
def test_hyphenation_across_lines_is_joined(source: str, expected: str) -> None:
    assert clean(source).text == expected


@pytest.mark.parametrize("source", [
    "1:24-\ncv-2323",          # a case number broken after a digit
    "non-\nParty",             # a capital after the break is a real compound or a name
    "well-known",              # a compound on one line
    "pages 10-\n12",           # a number range
])
def test_hyphens_that_are_not_line_breaks_stay(source: str) -> None:
    assert clean(source).text == source


# ------------------------------------------------------------------- ECF stamps --------------

@pytest.mark.parametrize("stamp", [
    ECF,
    "Case 1:24-cv-02323-LMB-IDD Document 13-2 Filed 12/20/2024 Page 5 of 6 PageID# 1125",
    "Case 3:21-cv-09471-SI Document 44 Filed 06/14/22 Page 2 of 3",
    "Case 1:24-cv-02323 Document 13 Filed 12/20/24 Page 1 of 6 PageID 1121",
])
def test_ecf_stamp_removed(stamp: str) -> None:
    source = f"Defendants shall appear on\n{stamp}\nJanuary 10, 2025."
    c = clean(source)
    assert "Document" not in c.text and "PageID" not in c.text
    assert c.text == "Defendants shall appear on\nJanuary 10, 2025."
    assert_map_sane(source, c)


def test_ecf_stamp_at_start_of_each_page_removed() -> None:
    source = f"{ECF}\nORDER\n\f{ECF.replace('Page 1', 'Page 2')}\nSO ORDERED."
    c = clean(source)
    assert c.text == "ORDER\n\fSO ORDERED."


def test_text_that_merely_mentions_a_document_stays() -> None:
    source = "See Document 13 filed by Plaintiff on the docket."
    assert clean(source).text == source


# ------------------------------------------------------------------- escapes and page numbers

@pytest.mark.parametrize(("source", "expected"), [
    (r"\$25,000", "$25,000"),
    (r"\*sealed\*", "*sealed*"),
    (r"\_Does\_", "_Does_"),
    (r"\[1\]", "[1]"),
    (r"\#12", "#12"),
    (r"\(a\)", "(a)"),
    (r"C:\path", r"C:\path"),     # a backslash before a letter is not an escape
])
def test_markdown_escapes(source: str, expected: str) -> None:
    assert clean(source).text == expected


def test_bare_page_number_at_foot_removed() -> None:
    assert clean("end of page one\n3\n\fpage two").text == "end of page one\n\fpage two"


def test_number_in_running_text_stays() -> None:
    source = "shall file within\n14\ndays"
    assert clean(source).text == source


def test_steps_are_named_and_compiled() -> None:
    names = [name for name, _pattern, _replace in STEPS]
    assert len(names) == len(set(names))
    assert {"markdown-escape", "line-hyphen", "ocr-rn", "ocr-digits", "ecf-stamp"} <= set(names)


def test_doctest_example() -> None:
    assert clean("Jan. 1O, 2O25 at 10 a.rn.").text == "Jan. 10, 2025 at 10 a.m."


_PAGE_NUMBER = re.compile(r"(?m)^[ ]*(?:- )?\d{1,3}(?: -)?[ ]*\n(?=\f|\Z)|(?<=\f)[ ]*\d{1,3}[ ]*\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("12 -\n\fab")), max_size=120))
def test_page_number_search_near_form_feeds_finds_what_a_full_scan_finds(text: str) -> None:
    from viewer.core.clean import _NearPageBreaks

    assert [m.span() for m in _NearPageBreaks().finditer(text)] == [m.span() for m in _PAGE_NUMBER.finditer(text)]


def test_running_header_inside_a_sentence_goes() -> None:
    cleaned = clean("is due within 60 days of the\n\nl\n§\nPECARD V. AGRICULTURE 2\ndate of filing of this order.")
    assert cleaned.text == "is due within 60 days of the\ndate of filing of this order."
    start = cleaned.text.index("date of filing")
    assert cleaned.source_span(start, start + 4) == (58, 62)  # offsets still point at the source


def test_caption_line_without_page_number_stays() -> None:
    assert "JOHN DOE V. JANE ROE" in clean("CAPTION\nJOHN DOE V. JANE ROE\nCase No. 2\n").text


def test_ocr_slashes_for_a_capital_m_are_an_m() -> None:
    raw = "Appellee's brief is due no later than l\\/lay 9, 2012; extension until I\\/Iay 4."
    cleaned = clean(raw)
    assert cleaned.text == "Appellee's brief is due no later than May 9, 2012; extension until May 4."
    at = cleaned.text.index("May 9")
    start, end = cleaned.source_span(at, at + 3)
    assert raw[start:end] == "l\\/lay"


@pytest.mark.parametrize(("raw", "kept"), [
    # Arkansas's page head inside a sentence goes; the sentence reads on.
    ("within fifteen days of the date of\nCite as 2012 Ark. App. 204 this opinion.",
     "within fifteen days of the date of\nthis opinion."),
    ("of this\nCite as 11 Ark. App. 236 (1984) periods are fixed.", "of this\nperiods are fixed."),
    # Oklahoma's form, with the reporter's blanks.
    ("Cite as: 2021 OK 41, __ P.3d __\nORDER", "\nORDER"),
])
def test_a_public_domain_citation_page_head_goes(raw: str, kept: str) -> None:
    assert clean(raw).text == kept


@pytest.mark.parametrize(("raw", "kept"), [
    ("In-Person Hearing set for 11/18/20 25, at 02:00 PM.", "In-Person Hearing set for 11/18/2025, at 02:00 PM."),
    ("Reply due by 3/17/201 7.", "Reply due by 3/17/2017."),
    ("on 1/2/20 and 25 days later", "on 1/2/20 and 25 days later"),  # a two-digit year, then another number: kept
    ("Exhibit 3/20 25 pages", "Exhibit 3/20 25 pages"),  # no month and day before it: kept
])
def test_a_numeric_dates_split_year_is_joined(raw: str, kept: str) -> None:
    # (a text layer splits the year of "11/18/2025"; the date then read as 2020, or not at all)
    cleaned = clean(raw)
    assert cleaned.text == kept
    start = cleaned.text.find("/20")
    assert start < 0 or cleaned.source_span(start, start + 1)[0] == raw.find("/20")
