"""The official-channel and publisher files of raw/turkiye_national/official/ (issue 8 §2): values are taken
from those files (file and row named in each comment)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from indicators.curate import CurationError, national, national_official
from indicators.curate.national_official import portal_type, province_key
from indicators.sources import sources_by_id


@pytest.fixture(scope="module")
def curated(raw_dir: Path):
    return national.curate(raw_dir)


def test_province_key_ignores_case_and_accents():
    assert province_key("İSTANBUL") == province_key("İstanbul") == "istanbul"
    assert province_key("ŞANLIURFA") == province_key("Sanliurfa") == "sanliurfa"
    assert province_key("Afyon Karahisar") == "afyonkarahisar"


def test_portal_series_has_481_points_typed_by_counting_period(curated):
    tp = curated.tables["tr_tp_syrians"]
    portal = tp[tp["source_id"] == "unhcr_odp_tur_registered_syrians"]
    assert len(portal) == 481 and portal["date"].min() == "2012-01-15" and portal["date"].max() == "2018-12-27"
    # the camps-only period ends before the jump of 2013-03-09 (README caveats); 2013-2014 are counted apart
    assert portal_type("2013-02-26") == "portal_camps_only"
    assert portal_type("2013-03-09") == "portal_registered_2013_2014"
    assert portal_type("2015-01-01") == ""
    # unhcr_odp_...csv row 71: "2/26/2013,184513"; row 170: "11/8/2013,535993" (kept as it is)
    by_date = portal.set_index("date")
    assert (by_date.loc["2013-02-26", "value"], by_date.loc["2013-02-26", "type"]) == (184513, "portal_camps_only")
    assert by_date.loc["2013-11-08", "value"] == 535993
    # no portal point before 2015 is on the temporary-protection headline series
    assert set(portal.loc[portal["date"] < "2015-01-01", "type"]) == {"portal_camps_only", "portal_registered_2013_2014"}


def test_portal_preferred_on_its_dates_except_where_the_page_gives_pmms_date(curated):
    tp = curated.tables["tr_tp_syrians"]
    day = tp[(tp["date"] == "2016-08-25") & (tp["type"] == "")].set_index("source_id")
    # row 313 "8/25/2016,2726980" = IOM DTM August 2016 (publisher_pages_dated_figures.csv row 10)
    assert day.loc["unhcr_odp_tur_registered_syrians", "value"] == day.loc["tr_dtm_iom_int_9ae73ecf", "value"] == 2726980
    assert day.loc["tr_dtm_iom_int_9ae73ecf", "status"] == "alternative"
    # rows 424-425: 9/28/2017 3,181,537 then 9/29/2017 3,208,131, the figure the news page dates 28 Sep 2017
    sep = tp[(tp["date"] == "2017-09-28") & (tp["type"] == "")].set_index("source_id")
    assert sep.loc["unhcr_odp_tur_registered_syrians", "status"] == "alternative"
    assert sep.loc["tr_gaphaberleri_com_a8797ef2", "value"] == 3208131


def test_portal_disagreements_are_recorded(curated):
    conflicts = curated.tables["ref_source_conflicts"]
    portal = conflicts[conflicts["source_a"] == "unhcr_odp_tur_registered_syrians"].set_index("reference")
    # row 391 "12/31/2015,2503549" vs 2,503,049 in the press copy; row 436 "12/28/2017,3424237" vs 3,426,786
    assert (portal.loc["2015-12-31", "value_a"], portal.loc["2015-12-31", "value_b"]) == (2503549, 2503049)
    assert (portal.loc["2017-12-31", "value_a"], portal.loc["2017-12-31", "value_b"]) == (3424237, 3426786)
    assert "2017-12-28" in portal.loc["2017-12-31", "handling"]


def test_adnks_foreign_population_by_province(curated):
    foreign = curated.tables["tuik_foreign_population_by_province"]
    assert len(foreign) == 81 * 2 * 3 and foreign["geo"].nunique() == 81
    total = foreign[foreign["sex"] == ""].groupby("year")["value"].sum()
    # sheet t2 row 5 "Toplam-Total": 2022 1,823,836; 2023 1,570,543
    assert dict(total) == {2022: 1823836, 2023: 1570543}
    rows = foreign.set_index(["geo", "year", "sex"])["value"]
    # row 6 Adana: 2022 15320 / 7710 / 7610; row 39 İstanbul (plate 34) 2023 total 599,118; row 86 Düzce 2023 6,749
    assert (rows[("TR-01", 2022, "")], rows[("TR-01", 2022, "male")], rows[("TR-01", 2022, "female")]) == (15320, 7710, 7610)
    assert rows[("TR-34", 2023, "")] == 599118
    assert rows[("TR-81", 2023, "")] == 6749
    assert set(foreign["date"]) == {"2022-12-31", "2023-12-31"}
    assert foreign["note"].str.contains("Excludes Syrians under temporary protection").all()


def test_closed_neighbourhoods_per_province(curated):
    closed = curated.tables["pmm_closed_neighbourhoods"].set_index("geo")["value"]
    # Sayfa3: 1,169 rows in 63 provinces; Şanlıurfa 170, Gaziantep 162, Hatay 109, Kilis 83 (README §3)
    assert len(closed) == 81 and closed.sum() == 1169 and (closed > 0).sum() == 63
    assert (closed["TR-63"], closed["TR-27"], closed["TR-31"], closed["TR-79"]) == (170, 162, 109, 83)
    assert closed["TR-30"] == 0  # Hakkari is not on the list


def test_publisher_page_figures_are_added_with_official_channel_sources(curated):
    tp = curated.tables["tr_tp_syrians"]
    camps = tp[(tp["type"] == "in_camps") & (tp["date"] == "2014-03-05")]
    # publisher_pages_dated_figures.csv row 4: tp_syrians_in_camps 2014-03-05 219208 (UNHCR sitrep 6 Mar 2014)
    assert list(camps["value"]) == [219208]
    tiers = {sid: s.tier for sid, s in sources_by_id().items()}
    assert tiers[camps["source_id"].iloc[0]] == "official_channel"
    school = curated.tables["tr_schooling"]
    # row 9: Syrian students enrolled in formal education, end of Oct 2018, 641,630
    enrolled = school[school["type"] == "enrolled_formal_education"]
    assert list(zip(enrolled["date"], enrolled["value"])) == [("2018-10-31", 641630)]
    # rows "in_current_files = yes" are already curated from the same page: 2 Dec 2021, 3,736,760 (row 15)
    dtm = tp[(tp["source_id"] == "tr_dtm_iom_int_47832c48") & (tp["type"] == "")]
    assert list(dtm["value"]) == [3736760]


def test_a_closed_list_with_an_unknown_province_names_sheet_row_and_column(raw_dir, tmp_path):
    folder = tmp_path / "turkiye_national"
    shutil.copytree(raw_dir / "turkiye_national", folder)
    path = folder / "official" / national_official.CLOSED_FILE
    path.chmod(0o644)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sayfa3"
    sheet.append(["Sıra No", "IL", "ILCE", "MAHALLE"])
    sheet.append([1, "adana", "Ceyhan", "BOTA MAHALLESİ"])
    sheet.append([2, "Atlantis", "Merkez", "X MAHALLESİ"])
    book.save(path)
    provinces = national.province_names(folder)
    with pytest.raises(CurationError, match=r"sheet Sayfa3, row 3, column B: 'Atlantis'"):
        national_official.closed_neighbourhoods(folder, provinces)
