"""viewer.courts: court names -> codes, IANA zones, holiday states and divisions.

The table rows are (text, expected code or None, zone, state, division); zone/state/division
are only checked when given (not None).
"""

from __future__ import annotations

import collections
import zoneinfo
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer import court_table
from viewer.courts import (Court, all_courts, bankruptcy_code, court_by_code, identify_court,
                           timezone_for_state, with_division)
from viewer.state_zones import COUNTY_ZONES, STATES

NY, CHI, DEN, LA = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"
IND, LOU, BOISE = "America/Indiana/Indianapolis", "America/Kentucky/Louisville", "America/Boise"
USDC = "UNITED STATES DISTRICT COURT\n"
SEED_CAPTION = "UNITED STATES DISTRICT COURT EASTERN DISTRICT OF VIRGINIA ALEXANDRIA DIVISION"
BODY = "\n\nORDER\n\nThe motion is granted. The parties shall file a joint report.\n"

# fmt: off
CASES: list[tuple[str, str | None, str | None, str | None, str | None]] = [
    # --- the seed caption and its spellings
    (SEED_CAPTION + "\n\nMicrosoft Corporation,\nPlaintiff,", "vaed", NY, "VA", "Alexandria"),
    ("IN THE UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF VIRGINIA\nAlexandria "
     "Division", "vaed", NY, "VA", "Alexandria"),
    ("United States District Court for the Eastern District of Virginia, Richmond Division",
     "vaed", NY, "VA", "Richmond"),
    ("EASTERN DISTRICT OF VIRGINIA", "vaed", NY, "VA", ""),
    ("Eastern District of Virginia", "vaed", NY, "VA", ""),
    ("E.D. Va.", "vaed", NY, "VA", ""),
    ("E.D.Va.", "vaed", NY, "VA", ""),
    ("E. D. Va", "vaed", NY, "VA", ""),
    ("EDVA", "vaed", NY, "VA", ""),
    ("Southern District of New York", "nysd", NY, "NY", ""),
    ("S.D.N.Y.", "nysd", NY, "NY", ""),
    ("SDNY", "nysd", NY, "NY", ""),
    ("District of New Jersey", "njd", NY, "NJ", ""),
    ("D.N.J.", "njd", NY, "NJ", ""),
    ("Northern District of California", "cand", LA, "CA", ""),
    ("N.D. Cal.", "cand", LA, "CA", ""),
    ("N.D. Calif.", "cand", LA, "CA", ""),
    ("C.D. Cal.", "cacd", LA, "CA", ""),
    ("District of Columbia", "dcd", NY, "DC", ""),
    ("D.D.C.", "dcd", NY, "DC", ""),
    ("N.D. W. Va.", "wvnd", NY, "WV", ""),
    ("M.D.N.C.", "ncmd", NY, "NC", ""),
    ("D. Mass.", "mad", NY, "MA", ""),
    ("UNITED STATES DISTRICT COURT\nDISTRICT OF MARYLAND\nSOUTHERN DIVISION", "mdd", NY, "MD",
     "Southern"),
    # --- labels as the corpus gold files write them
    ("United States District Court, Southern District of Alabama (No. 1:17-cv-00047) - Rule "
     "16(b) scheduling order", "alsd", CHI, "AL", ""),
    ("United States District Court, District of New Hampshire (United States v. Cruz Ramos, No. "
     "1:16-cr-00198) - docket-text notice", "nhd", NY, "NH", ""),
    # --- districts that span two zones, by division
    (USDC + "NORTHERN DISTRICT OF FLORIDA\nPENSACOLA DIVISION", "flnd", CHI, "FL", "Pensacola"),
    (USDC + "NORTHERN DISTRICT OF FLORIDA\nPANAMA CITY DIVISION", "flnd", CHI, "FL",
     "Panama City"),
    (USDC + "NORTHERN DISTRICT OF FLORIDA\nTALLAHASSEE DIVISION", "flnd", NY, "FL",
     "Tallahassee"),
    (USDC + "NORTHERN DISTRICT OF FLORIDA\nGAINESVILLE DIVISION", "flnd", NY, "FL",
     "Gainesville"),
    (USDC + "NORTHERN DISTRICT OF FLORIDA", "flnd", NY, "FL", ""),  # unknown: eastern-most
    (USDC + "WESTERN DISTRICT OF KENTUCKY\nAT PADUCAH", "kywd", CHI, "KY", "Paducah"),
    (USDC + "WESTERN DISTRICT OF KENTUCKY\nOWENSBORO DIVISION", "kywd", CHI, "KY", "Owensboro"),
    (USDC + "WESTERN DISTRICT OF KENTUCKY\nAT BOWLING GREEN", "kywd", CHI, "KY",
     "Bowling Green"),
    (USDC + "WESTERN DISTRICT OF KENTUCKY\nAT LOUISVILLE", "kywd", LOU, "KY", "Louisville"),
    (USDC + "WESTERN DISTRICT OF KENTUCKY", "kywd", LOU, "KY", ""),
    (USDC + "EASTERN DISTRICT OF TENNESSEE\nAT KNOXVILLE", "tned", NY, "TN", "Knoxville"),
    (USDC + "EASTERN DISTRICT OF TENNESSEE\nAT CHATTANOOGA", "tned", NY, "TN", "Chattanooga"),
    (USDC + "EASTERN DISTRICT OF TENNESSEE\nAT WINCHESTER", "tned", CHI, "TN", "Winchester"),
    (USDC + "EASTERN DISTRICT OF TENNESSEE\nNORTHEASTERN DIVISION", "tned", NY, "TN",
     "Northeastern"),
    (USDC + "MIDDLE DISTRICT OF TENNESSEE\nNASHVILLE DIVISION", "tnmd", CHI, "TN", "Nashville"),
    (USDC + "WESTERN DISTRICT OF TENNESSEE\nWESTERN DIVISION", "tnwd", CHI, "TN", "Western"),
    (USDC + "NORTHERN DISTRICT OF INDIANA\nHAMMOND DIVISION", "innd", CHI, "IN", "Hammond"),
    (USDC + "NORTHERN DISTRICT OF INDIANA\nSOUTH BEND DIVISION", "innd", IND, "IN",
     "South Bend"),
    (USDC + "NORTHERN DISTRICT OF INDIANA\nFORT WAYNE DIVISION", "innd", IND, "IN",
     "Fort Wayne"),
    (USDC + "SOUTHERN DISTRICT OF INDIANA\nEVANSVILLE DIVISION", "insd", CHI, "IN", "Evansville"),
    (USDC + "SOUTHERN DISTRICT OF INDIANA\nINDIANAPOLIS DIVISION", "insd", IND, "IN",
     "Indianapolis"),
    (USDC + "SOUTHERN DISTRICT OF INDIANA\nTERRE HAUTE DIVISION", "insd", IND, "IN",
     "Terre Haute"),
    (USDC + "WESTERN DISTRICT OF MICHIGAN\nNORTHERN DIVISION", "miwd", "America/Detroit", "MI",
     "Northern"),  # Marquette is Eastern
    (USDC + "EASTERN DISTRICT OF MICHIGAN\nSOUTHERN DIVISION", "mied", "America/Detroit", "MI",
     "Southern"),
    (USDC + "DISTRICT OF SOUTH DAKOTA\nWESTERN DIVISION", "sdd", DEN, "SD", "Western"),
    (USDC + "DISTRICT OF SOUTH DAKOTA\nSOUTHERN DIVISION", "sdd", CHI, "SD", "Southern"),
    (USDC + "DISTRICT OF SOUTH DAKOTA\nCENTRAL DIVISION", "sdd", CHI, "SD", "Central"),  # Pierre
    (USDC + "DISTRICT OF IDAHO\nNORTHERN DIVISION", "idd", LA, "ID", "Northern"),
    (USDC + "DISTRICT OF IDAHO\nCOEUR D'ALENE DIVISION", "idd", LA, "ID", "Coeur d'Alene"),
    (USDC + "DISTRICT OF IDAHO\nSOUTHERN DIVISION", "idd", BOISE, "ID", "Southern"),
    (USDC + "DISTRICT OF IDAHO", "idd", BOISE, "ID", ""),
    (USDC + "WESTERN DISTRICT OF TEXAS\nEL PASO DIVISION", "txwd", DEN, "TX", "El Paso"),
    (USDC + "WESTERN DISTRICT OF TEXAS\nAUSTIN DIVISION", "txwd", CHI, "TX", "Austin"),
    (USDC + "WESTERN DISTRICT OF TEXAS\nPECOS DIVISION", "txwd", CHI, "TX", "Pecos"),
    (USDC + "DISTRICT OF KANSAS", "ksd", CHI, "KS", ""),
    (USDC + "FOR THE DISTRICT OF NEBRASKA", "ned", CHI, "NE", ""),
    (USDC + "DISTRICT OF NORTH DAKOTA\nSOUTHWESTERN DIVISION", "ndd", CHI, "ND", "Southwestern"),
    (USDC + "FOR THE DISTRICT OF OREGON\nPENDLETON DIVISION", "ord", LA, "OR", "Pendleton"),
    (USDC + "DISTRICT OF ARIZONA", "azd", "America/Phoenix", "AZ", ""),
    (USDC + "DISTRICT OF HAWAII", "hid", "Pacific/Honolulu", "HI", ""),
    (USDC + "FOR THE DISTRICT OF ALASKA", "akd", "America/Anchorage", "AK", ""),
    (USDC + "FOR THE DISTRICT OF ALASKA\nAT NOME", "akd", "America/Nome", "AK", "Nome"),
    # --- territories
    (USDC + "FOR THE DISTRICT OF PUERTO RICO", "prd", "America/Puerto_Rico", "PR", ""),
    ("D.P.R.", "prd", "America/Puerto_Rico", "PR", ""),
    ("IN THE DISTRICT COURT OF GUAM", "gud", "Pacific/Guam", "GU", ""),
    ("IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN MARIANA ISLANDS", "nmid",
     "Pacific/Saipan", "MP", ""),
    ("IN THE DISTRICT COURT OF THE VIRGIN ISLANDS\nDIVISION OF ST. CROIX", "vid",
     "America/St_Thomas", "VI", "St. Croix"),
    ("DISTRICT COURT OF THE VIRGIN ISLANDS\nST. THOMAS DIVISION", "vid", "America/St_Thomas",
     "VI", "St. Thomas"),
    # --- courts of appeals
    ("United States Court of Appeals for the Ninth Circuit", "ca9", LA, "CA", ""),
    ("UNITED STATES COURT OF APPEALS\nFOR THE NINTH CIRCUIT", "ca9", LA, "CA", ""),
    ("NINTH CIRCUIT", "ca9", LA, "CA", ""),
    ("Ninth Circuit", "ca9", LA, "CA", ""),
    ("9th Cir.", "ca9", LA, "CA", ""),
    ("UNITED STATES COURT OF APPEALS FOR THE FIRST CIRCUIT", "ca1", NY, "MA", ""),
    ("United States Court of Appeals for the Second Circuit", "ca2", NY, "NY", ""),
    ("2d Cir.", "ca2", NY, "NY", ""),
    ("In the United States Court of Appeals for the Third Circuit", "ca3", NY, "PA", ""),
    ("UNITED STATES COURT OF APPEALS FOR THE FOURTH CIRCUIT", "ca4", NY, "VA", ""),
    ("United States Court of Appeals for the Fifth Circuit", "ca5", CHI, "LA", ""),
    ("UNITED STATES COURT OF APPEALS FOR THE SIXTH CIRCUIT", "ca6", NY, "OH", ""),
    ("United States Court of Appeals For the Seventh Circuit", "ca7", CHI, "IL", ""),
    ("UNITED STATES COURT OF APPEALS FOR THE EIGHTH CIRCUIT", "ca8", CHI, "MO", ""),
    ("UNITED STATES COURT OF APPEALS FOR THE TENTH CIRCUIT", "ca10", DEN, "CO", ""),
    ("10th Cir.", "ca10", DEN, "CO", ""),
    ("IN THE UNITED STATES COURT OF APPEALS FOR THE ELEVENTH CIRCUIT", "ca11", NY, "GA", ""),
    ("11th Cir.", "ca11", NY, "GA", ""),
    ("United States Court of Appeals for the District of Columbia Circuit", "cadc", NY, "DC", ""),
    ("D.C. Cir.", "cadc", NY, "DC", ""),
    ("United States Court of Appeals for the Federal Circuit", "cafc", NY, "DC", ""),
    ("Fed. Cir.", "cafc", NY, "DC", ""),
    # --- national courts
    ("UNITED STATES TAX COURT", "ustc", NY, "DC", ""),
    ("United States Tax Court", "ustc", NY, "DC", ""),
    ("IN THE UNITED STATES COURT OF FEDERAL CLAIMS", "cofc", NY, "", ""),
    ("Court of Federal Claims", "cofc", NY, "", ""),
    ("Fed. Cl.", "cofc", NY, "", ""),
    ("UNITED STATES COURT OF INTERNATIONAL TRADE", "cit", NY, "", ""),
    ("SUPREME COURT OF THE UNITED STATES", "scotus", NY, "", ""),
    # --- bankruptcy courts share their district's zone
    ("United States Bankruptcy Court for the Southern District of New York", "nysb", NY, "NY",
     ""),
    ("UNITED STATES BANKRUPTCY COURT\nNORTHERN DISTRICT OF FLORIDA\nPENSACOLA DIVISION", "flnb",
     CHI, "FL", "Pensacola"),
    ("Bankr. D. Del.", "deb", NY, "DE", ""),
    ("UNITED STATES BANKRUPTCY COURT\nWESTERN DISTRICT OF TEXAS\nEL PASO DIVISION", "txwb", DEN,
     "TX", "El Paso"),
    # --- state courts
    ("SUPREME COURT OF THE STATE OF NEW YORK\nCOUNTY OF NEW YORK", "state-ny", NY, "NY",
     "New York County"),
    ("Superior Court of California, County of Los Angeles", "state-ca", LA, "CA",
     "Los Angeles County"),
    ("IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS\nCOUNTY DEPARTMENT, LAW DIVISION", "state-il",
     CHI, "IL", "Cook County"),
    ("IN THE DISTRICT COURT OF HARRIS COUNTY, TEXAS\n157TH JUDICIAL DISTRICT", "state-tx", CHI,
     "TX", "Harris County"),
    ("IN THE DISTRICT COURT OF EL PASO COUNTY, TEXAS", "state-tx", DEN, "TX", "El Paso County"),
    ("IN THE CIRCUIT COURT OF THE FIRST JUDICIAL CIRCUIT IN AND FOR ESCAMBIA COUNTY, FLORIDA",
     "state-fl", CHI, "FL", "Escambia County"),
    ("IN THE CIRCUIT COURT OF THE ELEVENTH JUDICIAL CIRCUIT IN AND FOR MIAMI-DADE COUNTY, "
     "FLORIDA", "state-fl", NY, "FL", "Miami-Dade County"),
    ("IN THE CHANCERY COURT FOR KNOX COUNTY, TENNESSEE", "state-tn", NY, "TN", "Knox County"),
    ("IN THE CIRCUIT COURT FOR DAVIDSON COUNTY, TENNESSEE", "state-tn", CHI, "TN",
     "Davidson County"),
    ("COMMONWEALTH OF MASSACHUSETTS\nSUPERIOR COURT", "state-ma", NY, "MA", ""),
    ("IN THE COURT OF COMMON PLEAS OF PHILADELPHIA COUNTY, PENNSYLVANIA", "state-pa", NY, "PA",
     "Philadelphia County"),
    ("CIVIL DISTRICT COURT FOR THE PARISH OF ORLEANS\nSTATE OF LOUISIANA", "state-la", CHI, "LA",
     "Orleans Parish"),
    ("IN THE CIRCUIT COURT OF THE STATE OF OREGON FOR THE COUNTY OF MALHEUR", "state-or", BOISE,
     "OR", "Malheur County"),
    ("IN THE COURT OF CHANCERY OF THE STATE OF DELAWARE", "state-de", NY, "DE", ""),
    ("SUPERIOR COURT OF THE DISTRICT OF COLUMBIA\nCIVIL DIVISION", "state-dc", NY, "DC", ""),
    ("IN THE CIRCUIT COURT OF THE FIRST CIRCUIT\nSTATE OF HAWAII", "state-hi", "Pacific/Honolulu",
     "HI", ""),  # "First Circuit" here is a Hawaii circuit, not ca1
    ("TAX COURT OF NEW JERSEY", "state-nj", NY, "NJ", ""),
    ("VIRGINIA:\nIN THE CIRCUIT COURT OF FAIRFAX COUNTY", "state-va", NY, "VA", "Fairfax County"),
    ("STATE OF NORTH CAROLINA IN THE GENERAL COURT OF JUSTICE\nSUPERIOR COURT DIVISION\nCOUNTY "
     "OF WAKE", "state-nc", NY, "NC", "Wake County"),
    ("IN THE SUPREME COURT OF TEXAS", "state-tx", CHI, "TX", ""),
    ("SUPREME COURT OF THE UNITED STATES\nSTATE OF TEXAS, Petitioner,\nv.", "scotus", NY, "",
     ""),  # a state as a party is not a state court
    ("ORDER: The state court of Georgia held that the claim fails.", None, None, None, None),
    # the state's name first, alone on its line (a notice with no other caption)
    ("MINNESOTA COURT OF APPEALS\nMinnesota Judicial Center\nNOTICE OF ORAL ARGUMENT", "state-mn", CHI, "MN", ""),
    ("Michigan Supreme Court\nLansing, Michigan\nORDER", "state-mi", "America/Detroit", "MI", ""),
    ("ORDER: the Ohio Supreme Court in State v. Smith held that the claim fails.", None, None, None, None),
    ("ORDER: The Texas court of appeals erred in holding otherwise.", None, None, None, None),
    # a Texas court of appeals named by its ordinal, with the trial court's county below (Central time)
    ("IN THE\nTENTH COURT OF APPEALS\nNo. 10-13-00129-CV\nLONE STAR STEEL,\nAppellant\nv.\nSANDERS PLUMBING, INC.,\n"
     "Appellee\nFrom the 249th District Court\nJohnson County, Texas\nTrial Court No. 200900254\nORDER",
     "state-tx", CHI, "TX", None),
    # --- OCR'd captions
    ("UNITED  STATES  DISTRICT  COURT\nEASTERN  DISTRICT OF\nVIRGINIA\nALEXANDRIA  DIVISION",
     "vaed", NY, "VA", "Alexandria"),
    ("U N I T E D  S T A T E S  D I S T R I C T  C O U R T\nE A S T E R N  D I S T R I C T  O F  "
     "V I R G I N I A\nA L E X A N D R I A  D I V I S I O N", "vaed", NY, "VA", "Alexandria"),
    ("UNITED STATES DIS TRICT COURT\nSOUTHERN DIS TRICT OF NEW Y ORK", "nysd", NY, "NY", ""),
    ("UNITED STATES DISTRlCT COURT\nNORTHERN DlSTRlCT OF ILLlNOIS\nEASTERN DIVISION", "ilnd", CHI,
     "IL", "Eastern"),
    ("UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF VIR-\nGINIA", "vawd", NY, "VA", ""),
    ("Case 1:24-cv-02323-MSN-JFA Document 5 Filed 12/20/24 Page 1 of 12 PageID# 101\n"
     + SEED_CAPTION, "vaed", NY, "VA", "Alexandria"),
    ("Case: 22-15000, 03/01/2023, ID: 12345678, DktEntry: 15, Page 1 of 2\nUNITED STATES COURT OF "
     "APPEALS\nFOR THE NINTH CIRCUIT", "ca9", LA, "CA", ""),
    ("Case 3:21-cv-09471-SI Document 12 Filed 06/14/22 Page 1 of 3 UNITED STATES DISTRICT "
     "COURT NORTHERN DISTRICT OF CALIFORNIA", "cand", LA, "CA", ""),  # header on the same line
    ("UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF WASHINGTON\nAT SEATTLE", "wawd", LA, "WA",
     "Seattle"),
    ("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF VIRGINIA           )\nJOHN DOE,      )",
     "vaed", NY, "VA", ""),  # pdftotext -layout keeps the caption's bracket column
    ("IN THE UNITED STATES BANKRUPTCY COURT FOR THE DISTRICT OF DELAWARE\nIn re: XYZ Corp., "
     "Debtor. Chapter 11 Case No. 23-10000 (JTD)", "deb", NY, "DE", ""),
    # --- distractors: a cited court is not the caption court
    (SEED_CAPTION + BODY + "See Smith v. Jones, 123 F.3d 456 (9th Cir. 1998); Doe v. Roe, 2020 "
     "WL 1234 (S.D.N.Y. Mar. 3, 2020).", "vaed", NY, "VA", "Alexandria"),
    (SEED_CAPTION + BODY + "The Southern District of New York has held otherwise.\nNinth Circuit "
     "law is not binding here.", "vaed", NY, "VA", "Alexandria"),
    ("UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT\n\nOn appeal from the United States "
     "District Court for the District of Arizona", "ca9", LA, "CA", ""),
    ("ORDER: See Smith v. Jones, 123 F.3d 456 (9th Cir. 1998). The motion is denied.", None,
     None, None, None),
    ("ORDER. The Southern District of New York has held that such motions are disfavored.", None,
     None, None, None),
    ("ORDER transferring this action to the Eastern District of Virginia.", None, None, None,
     None),
    ("In the Ninth Circuit, a party must show irreparable harm. Motion denied.", None, None,
     None, None),
    ("The claim is barred. Smith v. United States, 150 Fed. Cl. 123, 130 (2020).", None, None,
     None, None),
    ("Plaintiff sued in the Circuit Court of Cook County, Illinois, and the case was removed.",
     None, None, None, None),
    ("ORDER.\n" + "The parties shall confer. " * 80 + "\nSouthern District of New York", None,
     None, None, None),  # past the caption window, with no caption words
    # --- docket text and notices with no court named
    ("TEXT ORDER: The parties shall meet and confer regarding the dispute raised at ECF No. 66 by "
     "February 20, 2024.", None, None, None, None),
    ("RULE 16(b) SCHEDULING ORDER: Pretrial Conference set for 2/20/2018 at 10:00 AM in US "
     "Courthouse, 113 St. Joseph Street, Mobile, AL 36602. To access the latest changes to the "
     "11th Circuit Pattern Jury Instructions go to the court's website.", None, None, None, None),
    ("NOTICE OF ORAL ARGUMENT on Thursday, March 30, 2023 - 09:00 A.M. - Courtroom 3 - Scheduled "
     "Location: San Francisco\nSee Fed. R. App. P. 34.", None, None, None, None),
    ("San Francisco", None, None, None, None),
    ("", None, None, None, None),
]
# fmt: on


@pytest.mark.parametrize(("text", "code", "zone", "state", "division"), CASES,
                         ids=[f"{i:03d}-{c[0][:30]}" for i, c in enumerate(CASES)])
def test_identify_court(text: str, code: str | None, zone: str | None, state: str | None,
                        division: str | None) -> None:
    court = identify_court(text)
    assert (court.code if court else None) == code, court
    if court is None:
        return
    if zone is not None:
        assert court.timezone == zone
    if state is not None:
        assert court.state == state
    if division is not None:
        assert court.division == division


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 80


def test_seed_order_is_eastern_district_of_virginia_alexandria(shared: Path) -> None:
    court = identify_court((shared / "samples/seed-tro/order.txt").read_text())
    assert court == Court("United States District Court for the Eastern District of Virginia",
                          "E.D. Va.", "vaed", NY, "VA", "Alexandria")


def test_corpus_gold_court_labels(shared: Path) -> None:
    """Each gold.json "court" label names its court and zone; order texts without a caption
    (docket texts, the ACMS notice) give None rather than a guess."""
    import json

    for folder in sorted((shared / "corpus").iterdir()):
        if not (folder / "gold.json").is_file():
            continue
        gold = json.loads((folder / "gold.json").read_text())
        court = identify_court(gold["court"])
        assert court is not None and court.code == folder.name.split("-")[0], gold["court"]
        assert court.timezone == gold["timezone"]
        found = identify_court((folder / "order.txt").read_text())
        assert found is None or found.code == court.code, folder.name


# Districts per state or territory: 94 in all.
DISTRICTS_PER_STATE = {
    "AL": 3, "AK": 1, "AZ": 1, "AR": 2, "CA": 4, "CO": 1, "CT": 1, "DE": 1, "DC": 1, "FL": 3,
    "GA": 3, "HI": 1, "ID": 1, "IL": 3, "IN": 2, "IA": 2, "KS": 1, "KY": 2, "LA": 3, "ME": 1,
    "MD": 1, "MA": 1, "MI": 2, "MN": 1, "MS": 2, "MO": 2, "MT": 1, "NE": 1, "NV": 1, "NH": 1,
    "NJ": 1, "NM": 1, "NY": 4, "NC": 3, "ND": 1, "OH": 2, "OK": 3, "OR": 1, "PA": 3, "RI": 1,
    "SC": 1, "SD": 1, "TN": 3, "TX": 4, "UT": 1, "VT": 1, "VA": 2, "WA": 2, "WV": 2, "WI": 2,
    "WY": 1, "PR": 1, "VI": 1, "GU": 1, "MP": 1,
}


def _districts() -> list[Court]:
    return [c for c in all_courts() if c.code in {row[0] for row in court_table.DISTRICTS}]


def test_all_94_districts_present() -> None:
    assert sum(DISTRICTS_PER_STATE.values()) == 94
    districts = _districts()
    assert len(districts) == 94
    assert collections.Counter(c.state for c in districts) == DISTRICTS_PER_STATE
    assert all(court_by_code(bankruptcy_code(c.code)) is not None for c in districts)


def test_all_13_circuits_and_national_courts() -> None:
    circuits = [c for c in all_courts() if c.name.startswith("United States Court of Appeals for")
                and "Veterans" not in c.name]
    assert sorted(c.code for c in circuits) == sorted(
        [f"ca{n}" for n in range(1, 12)] + ["cadc", "cafc"])
    for code in ("ustc", "cofc"):
        court = court_by_code(code)
        assert court is not None and court.timezone == NY
    assert court_by_code("ustc").state == "DC"  # Tax Court Rule 25: D.C. legal holidays


def test_codes_unique_and_every_zone_valid() -> None:
    courts = all_courts()
    assert len({c.code for c in courts}) == len(courts)
    zones = {c.timezone for c in courts} | {z for d in court_table.DISTRICT_DIVISIONS.values()
                                            for z in d.values()}
    zones |= {z for d in COUNTY_ZONES.values() for z in d.values()}
    zones |= {zone for _name, _abbrs, zone in STATES.values()}
    for zone in zones:
        zoneinfo.ZoneInfo(zone)  # raises for a name the tz database lacks
    assert all(c.state in STATES or c.state == "" for c in courts)


def test_split_districts_default_to_their_eastern_most_zone() -> None:
    """Without a division, a midnight deadline must never come later than the real one."""
    offset = {NY: -5, IND: -5, LOU: -5, CHI: -6, DEN: -7, BOISE: -7, LA: -8,
              "America/Anchorage": -9, "America/Nome": -9, "America/Juneau": -9}
    for code, divisions in court_table.DISTRICT_DIVISIONS.items():
        court = court_by_code(code)
        assert court is not None
        assert offset[court.timezone] >= max(offset[z] for z in divisions.values()), code


@pytest.mark.parametrize("court", _districts(), ids=lambda c: c.code)
def test_every_district_found_by_name_short_name_and_caption(court: Court) -> None:
    assert identify_court(court.name) == court
    assert identify_court(court.short) == court
    assert identify_court(court.name.upper() + BODY) == court
    bankr = court_by_code(bankruptcy_code(court.code))
    assert bankr is not None and bankr.timezone == court.timezone
    assert identify_court(bankr.name) == bankr


@pytest.mark.parametrize("court", [c for c in all_courts()
                                   if c.code in {row[0] for row in court_table.CIRCUITS}
                                   or c.code in ("ustc", "cofc", "cit", "cavc", "scotus")],
                         ids=lambda c: c.code)
def test_every_appellate_and_national_court_found_by_name(court: Court) -> None:
    assert identify_court(court.name) == court
    assert identify_court("IN THE " + court.name.upper() + BODY) == court


def test_court_by_code() -> None:
    assert court_by_code("vaed").short == "E.D. Va."
    assert court_by_code("NYSD").code == "nysd"
    assert court_by_code("nysb").name == ("United States Bankruptcy Court for the Southern "
                                          "District of New York")
    assert court_by_code("ca9").timezone == LA
    assert court_by_code("state-tx").timezone == CHI
    assert court_by_code("xxd") is None


def test_with_division() -> None:
    flnd = court_by_code("flnd")
    assert with_division(flnd, "PENSACOLA DIVISION").timezone == CHI
    assert with_division(flnd, "Pensacola").division == "Pensacola"
    assert with_division(flnd, "Nowhere").timezone == flnd.timezone
    assert with_division(court_by_code("flnb"), "Panama City").timezone == CHI
    assert with_division(court_by_code("state-tx"), "El Paso County").timezone == DEN
    assert with_division(court_by_code("state-mi"), "Gogebic").timezone == "America/Menominee"
    assert with_division(flnd, "") == flnd


@pytest.mark.parametrize(("state", "zone"), [
    ("VA", NY), ("va", NY), ("Virginia", NY), ("TX", CHI), ("AZ", "America/Phoenix"),
    ("IN", IND), ("ID", BOISE), ("MI", "America/Detroit"), ("HI", "Pacific/Honolulu"),
    ("AK", "America/Anchorage"), ("PR", "America/Puerto_Rico"), ("VI", "America/St_Thomas"),
    ("GU", "Pacific/Guam"), ("MP", "Pacific/Saipan"), ("DC", NY), ("TN", CHI), ("KY", NY),
])
def test_timezone_for_state(state: str, zone: str) -> None:
    assert timezone_for_state(state) == zone


def test_timezone_for_unknown_state_raises() -> None:
    with pytest.raises(ValueError):
        timezone_for_state("XX")


@given(st.text(max_size=400))
def test_identify_court_never_fails_and_returns_known_courts(text: str) -> None:
    court = identify_court(text)
    assert court is None or court_by_code(court.code) is not None


_NAMED = [c for c in all_courts() if not c.code.startswith("state-")]
_SENTENCES = st.sampled_from([
    "The motion is granted.", "Defendants shall respond within 14 days.", "SO ORDERED.",
    "The hearing is set for January 10, 2025, at 10 a.m.", "Plaintiff filed the complaint."])


@given(caption=st.sampled_from(_NAMED), cited=st.sampled_from(_NAMED),
       body=st.lists(_SENTENCES, max_size=6), year=st.integers(1950, 2025))
def test_courts_cited_in_the_body_never_replace_the_caption(
        caption: Court, cited: Court, body: list[str], year: int) -> None:
    """Whatever the body cites, the court is the one in the caption."""
    text = "\n".join([
        "IN THE " + caption.name.upper(), "", "JOHN DOE, Plaintiff,", "v.", "ORDER", *body,
        f"See Smith v. Jones, 123 F.3d 456 ({cited.short} {year}).",
        f"The {cited.name} has held the same.", *body])
    assert identify_court(text) == caption


@given(body=st.lists(_SENTENCES, max_size=6), cited=st.sampled_from(_NAMED),
       year=st.integers(1950, 2025))
def test_docket_text_citing_courts_gives_none(body: list[str], cited: Court, year: int) -> None:
    """A docket-text order names no court of its own, even when it cites one."""
    text = " ".join(["ORDER:", *body, f"See Doe v. Roe, 9 F.4th 1 ({cited.short} {year}).",
                     f"The {cited.name} has held the same.", f"Cf. {cited.short}", *body])
    assert identify_court(text) is None


def test_every_holiday_state_is_a_holidays_subdivision() -> None:
    """calendars.py hands `Court.state` to `holidays.US(subdiv=...)`; every value must exist."""
    holidays = pytest.importorskip("holidays")
    states = {c.state for c in all_courts() if c.state}
    assert states <= set(holidays.US.subdivisions)


@pytest.mark.parametrize(("header", "code", "zone"), [
    # Reporter headers (casetext, CourtListener) abbreviate the direction but spell the state.
    ("United States District Court, N.D. California\nPRETRIAL ORDER NO. 1", "cand", "America/Los_Angeles"),
    ("United States District Court, S.D. New York\nORDER", "nysd", "America/New_York"),
    ("United States Bankruptcy Court, N.D. Indiana, Fort Wayne Division.\nDECISION", "innb",
     "America/Indiana/Indianapolis"),
])
def test_direction_abbreviated_state_spelled(header: str, code: str, zone: str) -> None:
    court = identify_court(header)
    assert court is not None and (court.code, court.timezone) == (code, zone)
