"""The parties' names read from a caption laid out in lines (viewer/core/caption.py)."""

from __future__ import annotations

import pytest

from viewer.core.caption import caption

CASES = [
    # The plain layout: party, role, "v.", party, role.
    ("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF VIRGINIA\nMICROSOFT CORPORATION,\nPlaintiff,\nv.\n"
     "DOES 1-10,\nDefendants.\nORDER\n", "Microsoft Corporation v. Does 1-10"),
    # N.D. California prints the court's name in the margin beside the caption, and the title after "v.".
    ("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nTREEZ, INC., et al.,\nCase No. 22-cv-07027-RS\n"
     "Plaintiffs,\nUnited States District Court\nNorthern District of California\nv.\nSCHEDULING ORDER\n"
     "UNITED STATES DEPARTMENT OF\nHOMELAND SECURITY, et al.,\nDefendants.\n",
     "TREEZ, INC., et al v. UNITED STATES DEPARTMENT OF HOMELAND SECURITY, et al"),
    # A case number line over the first party (Colorado's "Civil Action No.", Texas' "No.") is no party.
    ("Civil Action No. 23-cv-01343-GPG-KLM\nHARRIS ELIAS,\nPlaintiff,\nv.\nCITY OF FORT COLLINS,\nDefendant.\n",
     "Harris Elias v. City of Fort Collins"),
    ("No. 10-07-00290-CR\nJeremy Paul Carrell,\nAppellant\nv.\nThe State of Texas,\nAppellee\n",
     "Jeremy Paul Carrell v. The State of Texas"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parties_from_a_caption_in_lines(text: str, expected: str) -> None:
    assert caption(text) == expected
