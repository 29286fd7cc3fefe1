"""With no court named, the order's own words (a stated zone, the courtroom's address) set the zone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from viewer.pipeline import extract_file
from viewer.zone_clues import infer_zone


def test_a_stated_zone_is_the_clue() -> None:
    clue = infer_zone("The hearing is set for 4/9/2025 at 10:00 a.m. Pacific Time in Courtroom 3.")
    assert clue is not None and clue.timezone == "America/Los_Angeles" and "Pacific Time" in clue.evidence


def test_the_courtroom_address_is_the_clue_and_names_the_state() -> None:
    clue = infer_zone("Trial will begin on August 7, 2017, at 8:30 a.m., in Courtroom F, 15th Floor, "
                      "U.S. District Court, 450 Golden Gate, San Francisco, California.")
    assert clue is not None and (clue.timezone, clue.state) == ("America/Los_Angeles", "CA")


def test_the_court_below_and_its_county_are_the_clue() -> None:
    # A Texas court of appeals' order that names no court of its own: "Appeal from the Probate Court No. 2 of El Paso
    # County, Texas" sits in El Paso's zone (Mountain), not the state's usual Central.
    clue = infer_zone("Opinion\n08-23-0072-CV\n09-15-2023\nAppeal from the Probate Court No. 2 of El Paso County, Texas "
                      "(TC# 2016-CPR00081)\nORDER\nPER CURIAM\nThe trial court shall hold a hearing before October 15, 2023.")
    assert clue is not None and (clue.timezone, clue.state) == ("America/Denver", "TX")


def test_a_state_named_as_a_party_is_the_weakest_clue() -> None:
    # A Hawaii argument notice with no court named: "GOVERNOR OF THE STATE OF HAWAI'I ... State of Hawai'i" (the
    # okina in the islands' own spelling).
    clue = infer_zone("No. SCAP-24-0000401, Thursday, May 15, 2025, 10:30 a.m., Nakoa III v. Governor. GOVERNOR OF THE "
                      "STATE OF HAWAI\u2018I, State of Hawai\u2018i, Defendants-Appellees. The above-captioned case has been "
                      "set for oral argument on the merits at: Supreme Court Courtroom")
    assert clue is not None and (clue.timezone, clue.state) == ("Pacific/Honolulu", "HI")
    # ... but not in a federal case a state is party to, nor with two states named
    assert infer_zone("State of Alaska v. National Marine Fisheries Service. ORDER FILED. All briefs shall be served "
                      "and filed pursuant to FRAP 31 and 9th Cir. R. 31-2.1.") is None
    assert infer_zone("State of Kansas v. State of Colorado. The motion is denied.") is None


def test_no_clue_or_disagreeing_clues_give_none() -> None:
    assert infer_zone("Responses are due by 4/9/2025.") is None
    assert infer_zone("At 10:00 a.m. Pacific Time, or 1:00 p.m. Eastern Time.") is None


def test_extraction_uses_the_clue_and_says_why(tmp_path: Path) -> None:
    order = tmp_path / "order.txt"
    order.write_text("MINUTE ORDER: Status conference set for 4/9/2025 at 10:00 AM in Courtroom 602, "
                     "Phoenix, AZ before Judge X. (Entered: 03/05/2025)")
    timeline = extract_file(order, today=dt.date(2026, 11, 25), fallback_zone="America/New_York")
    assert timeline.case.timezone == "America/Phoenix"
    assert any("Courtroom 602, Phoenix, AZ" in w for w in timeline.warnings)
    hearing = next(e for e in timeline.events if e.kind == "hearing")
    assert hearing.timezone == "America/Phoenix"


def test_without_a_clue_the_users_fallback_zone_applies(tmp_path: Path) -> None:
    order = tmp_path / "order.txt"
    order.write_text("MINUTE ORDER: Status conference set for 4/9/2025 at 10:00 AM. (Entered: 03/05/2025)")
    timeline = extract_file(order, today=dt.date(2026, 11, 25), fallback_zone="America/Chicago")
    assert timeline.case.timezone == "America/Chicago"


def test_the_city_and_state_a_sitting_is_held_in() -> None:
    clue = infer_zone("1. Jury Trial. The jury trial set is set for February 28, 2023, at 9:00 a.m. in SEATTLE, "
                      "Washington. Counsel estimates a trial length of five days.")
    assert clue is not None and clue.timezone == "America/Los_Angeles" and clue.state == "WA"
    assert clue.evidence == "in SEATTLE, Washington"


def test_places_in_a_recital_of_facts_are_no_clue() -> None:
    assert infer_zone("The accident occurred in Miami, Florida. Plaintiff lives in Dallas, Texas.") is None


def test_one_states_own_citation_forms_point_to_it() -> None:
    # A California tentative ruling names no court, but cites "Code Civ. Proc." and the California Rules of Court.
    clue = infer_zone("Tentative Ruling: To grant the motion. Under Code Civ. Proc. § 473, subd. (b), and California "
                      "Rules of Court, rule 3.1312, counsel shall submit a proposed order.")
    assert clue is not None and clue.timezone == "America/Los_Angeles" and clue.state == "CA"
    assert clue.evidence == "Code Civ. Proc."
    # A Texas court of appeals' order cites the Texas Rules of Appellate Procedure.
    texas = infer_zone("See Tex. R. App. P. 38.8(b). Appellant's brief is due within thirty days of this order.")
    assert texas is not None and texas.timezone == "America/Chicago"


def test_two_states_law_is_no_clue() -> None:
    assert infer_zone("Compare Code Civ. Proc. § 473 with Tex. R. Civ. P. 165a.") is None


def test_a_stated_zone_outranks_cited_law() -> None:
    clue = infer_zone("The hearing is at 10:00 a.m. Eastern Time. See Code Civ. Proc. § 1005.")
    assert clue is not None and clue.timezone == "America/New_York"


def test_a_los_angeles_case_number_points_to_california() -> None:
    # A posted ruling heads with its number and names no court: "23SMCV05675" is Santa Monica, civil.
    clue = infer_zone("Case Number: 23SMCV05675    Hearing Date: August 21, 2024    Dept: I\n\nThe demurrer is "
                      "OVERRULED.  Defendant has 5 court days to answer.")
    assert clue is not None and clue.timezone == "America/Los_Angeles" and clue.state == "CA"
    assert clue.evidence.startswith("Case Number: 23SMCV05675")
    # A federal number of another shape is no such clue.
    assert infer_zone("Case No. 1:23-cv-00420. The parties shall file a joint report by March 3, 2025.") is None
