"""indicators.peers: peer lists, rankings with ties, world reference, series and display, on inline frames."""

from __future__ import annotations

import io
import math

import pandas as pd
import pandas.testing as pdt
import pytest

from indicators import peers, registry
from indicators import palette
from indicators.paths import CURATED_DIR

# refugees in one year: DEU and CAN tie; WLD is an aggregate; NOR has a value only in 2019.
FRAME = pd.read_csv(io.StringIO("""geo,year,value,source_id
TUR,2019,3600,unhcr
DEU,2019,1100,unhcr
CAN,2019,1100,unhcr
NOR,2019,50,unhcr
MEX,2019,20,unhcr
WLD,2019,20000,unhcr
TUR,2020,3700,unhcr
DEU,2020,1200,unhcr
CAN,2020,1000,unhcr
MEX,2020,30,unhcr
WLD,2020,21000,unhcr
"""), dtype={"geo": "str", "value": "float64", "source_id": "str"})
NAMES = {"TUR": "Türkiye", "DEU": "Almanya", "CAN": "Kanada", "NOR": "Norveç", "MEX": "Meksika", "CHE": "İsviçre"}


def expected(text: str) -> pd.DataFrame:
    frame = pd.read_csv(io.StringIO(text), dtype={"geo": "str", "source_id": "str"}, keep_default_na=False,
                        na_values={"value": [""]})
    for col in ("rank_selected", "rank_all"):
        if col in frame:
            frame[col] = pd.to_numeric(frame[col].replace("", None)).astype("Int64")
    frame["value"] = frame["value"].astype("float64")
    return frame


def test_ranking_all_ranks_every_country_with_ties_at_min_rank_and_no_world():
    # 2019 values: TUR 3600 > DEU 1100 = CAN 1100 > NOR 50 > MEX 20; WLD excluded → ranks 1, 2, 2, 4, 5.
    got = peers.ranking_all(FRAME, 2019)
    want = expected("""geo,year,value,rank_all,source_id
TUR,2019,3600,1,unhcr
CAN,2019,1100,2,unhcr
DEU,2019,1100,2,unhcr
NOR,2019,50,4,unhcr
MEX,2019,20,5,unhcr
""")
    pdt.assert_frame_equal(got, want[["geo", "year", "value", "rank_all", "source_id"]])


def test_ranking_among_selected_vs_among_all_and_missing_country_kept_without_value():
    # Selected: TUR (always), MEX, CAN, and CHE which has no data. Among selected: TUR 1, CAN 2, MEX 3;
    # among all (TUR, DEU, CAN, NOR, MEX): TUR 1, CAN 2 (tied with DEU), MEX 5. CHE: no value, no rank.
    got = peers.ranking(FRAME, 2019, ["MEX", "CHE", "CAN"])
    want = expected("""geo,year,value,rank_selected,rank_all,source_id
TUR,2019,3600,1,1,unhcr
CAN,2019,1100,2,2,unhcr
MEX,2019,20,3,5,unhcr
CHE,2019,,,,
""")
    pdt.assert_frame_equal(got, want[peers.RANKING_COLUMNS])


def test_ranking_ties_among_selected_share_the_smaller_rank():
    got = peers.ranking(FRAME, 2019, ["DEU", "CAN", "MEX"])
    assert got[["geo", "rank_selected", "rank_all"]].to_dict("records") == [
        {"geo": "TUR", "rank_selected": 1, "rank_all": 1},
        {"geo": "DEU", "rank_selected": 2, "rank_all": 2},
        {"geo": "CAN", "rank_selected": 2, "rank_all": 2},
        {"geo": "MEX", "rank_selected": 4, "rank_all": 5},
    ]


def test_world_is_never_ranked_even_when_selected():
    got = peers.ranking(FRAME, 2020, ["WLD", "DEU"])
    assert got["geo"].tolist() == ["TUR", "DEU"]
    assert got["rank_all"].tolist() == [1, 2]  # 2020: TUR 3700, DEU 1200, CAN 1000, MEX 30 (WLD 21000 left out)


def test_missing_value_is_nan_not_zero():
    got = peers.ranking(FRAME, 2020, ["NOR"])  # NOR has no 2020 row
    nor = got[got["geo"] == "NOR"].iloc[0]
    assert math.isnan(nor["value"]) and pd.isna(nor["rank_all"]) and nor["source_id"] == ""


def test_world_value():
    assert peers.world_value(FRAME, 2020) == 21000.0
    assert peers.world_value(FRAME, 2018) is None
    assert peers.world_value(FRAME[FRAME["geo"] != "WLD"], 2020) is None


def test_default_year_prefers_turkiye_then_latest_overall():
    assert peers.default_year(FRAME) == 2020
    no_tur_2020 = FRAME[~((FRAME["geo"] == "TUR") & (FRAME["year"] == 2020))]
    assert peers.default_year(no_tur_2020) == 2019
    assert peers.default_year(FRAME[FRAME["geo"] != "TUR"]) == 2020
    assert peers.default_year(FRAME.iloc[0:0]) is None
    assert peers.years_with_data(FRAME) == [2020, 2019]


def test_peer_options_leave_out_turkiye_and_world_and_sort_by_turkish_name():
    # Turkish alphabet: Almanya < Kanada < Meksika < Norveç.
    assert peers.peer_options(FRAME, NAMES, "tr") == ["DEU", "CAN", "MEX", "NOR"]
    names_en = {"DEU": "Germany", "CAN": "Canada", "MEX": "Mexico", "NOR": "Norway"}
    assert peers.peer_options(FRAME, names_en, "en") == ["CAN", "DEU", "MEX", "NOR"]


def test_turkish_sort_key_orders_dotless_i_and_cedilla():
    names = ["İsviçre", "Irak", "Çad", "Cezayir", "Danimarka", "Özbekistan", "Oman"]
    assert sorted(names, key=lambda n: peers.name_sort_key(n, "tr")) == [
        "Cezayir", "Çad", "Danimarka", "Irak", "İsviçre", "Oman", "Özbekistan"]


def test_default_peers_are_champions_with_data_without_turkiye():
    champions = pd.DataFrame({"geo": ["CAN", "TUR", "MEX", "THA"], "evidence_date": ["2023-11", "2023-11", "", "2020"]})
    codes = peers.champion_codes(champions)
    assert codes == ["CAN", "TUR", "MEX", "THA"]
    assert peers.default_peers(codes, ["MEX", "CAN", "DEU", "TUR"]) == ["CAN", "MEX"]
    assert peers.champions_with_data(codes, FRAME) == ["CAN", "TUR", "MEX"]
    assert peers.champions_as_of(champions) == "2023-11"


def test_peer_series_keeps_selection_order_and_drops_missing_values():
    frame = pd.concat([FRAME, pd.DataFrame({"geo": ["CAN"], "year": [2021], "value": [float("nan")],
                                            "source_id": ["unhcr"]})], ignore_index=True)
    got = peers.peer_series(frame, ["CAN"])
    want = expected("""geo,year,value,source_id
TUR,2019,3600,unhcr
TUR,2020,3700,unhcr
CAN,2019,1100,unhcr
CAN,2020,1000,unhcr
""")
    pdt.assert_frame_equal(got, want)


def test_ranking_display_formats_values_per_language_and_marks_missing():
    table = peers.ranking(pd.DataFrame({"geo": ["TUR", "DEU"], "year": [2020, 2020], "value": [3214567.0, 1500.0],
                                        "source_id": ["s1", "s1"]}), 2020, ["DEU", "CHE"])
    ind = registry.get("refugees_hosted")
    tr = peers.ranking_display(table, NAMES, ind, "tr", n_all=2, source_labels={"s1": "UNHCR"})
    assert tr.columns.tolist() == ["Seçilenler arasında sıra", "Tüm ülke ve bölgeler arasında sıra", "Ülke", "Değer", "Kaynak"]
    assert tr.iloc[:, 3].tolist() == ["3.214.567", "1.500", "2020 için veri yok"]
    assert tr.iloc[:, 1].tolist() == ["1 / 2", "2 / 2", ""]
    assert tr.iloc[:, 4].tolist() == ["UNHCR", "UNHCR", ""]
    en = peers.ranking_display(table, {}, ind, "en", n_all=2)
    assert en["Value"].tolist() == ["3,214,567", "1,500", "no data for 2020"]
    assert en["Country"].tolist() == ["TUR", "DEU", "CHE"]  # no name known → the code


def test_series_display_percent_in_turkish():
    series = pd.DataFrame({"geo": ["TUR"], "year": [2020], "value": [8.1], "source_id": ["x"]})
    got = peers.series_display(series, NAMES, registry.get("migrant_stock_share"), "tr")
    assert got.to_dict("records") == [{"Ülke": "Türkiye", "Yıl": "2020", "Değer": "%8,10", "Kaynak": "x"}]


def test_per_capita_pairs_exist_and_are_comparable():
    comparable = set(peers.comparable_indicators())
    for absolute, relative in peers.PER_CAPITA.items():
        assert absolute in comparable and relative in comparable
        assert registry.get(relative).unit in peers.INTENSIVE_UNITS
    assert peers.per_capita_pair("refugees_hosted") == ("refugees_hosted", "refugees_per_1000")
    assert peers.per_capita_pair("refugees_per_1000") == ("refugees_hosted", "refugees_per_1000")
    assert peers.per_capita_pair("migrant_stock") == ("migrant_stock", "migrant_stock_share")
    assert peers.per_capita_pair("asylum_applications") is None


def test_comparable_indicators_are_country_level_and_include_default():
    ids = peers.comparable_indicators()
    assert "refugees_hosted" in ids and "tp_syrians" not in ids
    assert all(registry.get(i).comparable and registry.get(i).geography == "country" for i in ids)


@pytest.mark.parametrize(("value", "lang", "text"), [("2023-11", "en", "Nov 2023"), ("2023-11", "tr", "Kas 2023"),
                                                     ("2020", "tr", "2020")])
def test_partial_dates(value, lang, text):
    assert peers.fmt_partial_date(value, lang) == text


def test_charts_encode_turkiye_distinctly_and_world_rule_only_for_rates():
    from indicators.charts import ranking_chart

    ind = registry.get("migrant_stock_share")
    shown = peers.with_names(peers.ranking(FRAME, 2020, ["DEU"]), NAMES)
    layered = peers.ranking_with_world(ranking_chart(shown, ind, "tr"), 3.5, ind, "tr").to_dict()
    assert len(layered["layer"]) == 2 and layered["height"] == 2 * peers.BAR_HEIGHT
    # The rule's label, formatted in Turkish, is the subtitle: no text mark over the top bar (review m2).
    assert layered["title"]["subtitle"] == ["Dünya (kesikli çizgi): %3,50"]
    assert [layer["mark"]["type"] for layer in layered["layer"]] == ["bar", "rule"]
    counts = peers.ranking_with_world(ranking_chart(shown, registry.get("refugees_hosted"), "tr"), 21000.0,
                                      registry.get("refugees_hosted"), "tr").to_dict()
    assert "layer" not in counts
    series = peers.with_names(peers.peer_series(FRAME, ["DEU"]), NAMES)
    spec = peers.peer_series_chart(series, registry.get("refugees_hosted"), "tr").to_dict()
    assert spec["encoding"]["color"]["scale"]["domain"] == ["Türkiye", "Almanya"]
    assert spec["encoding"]["color"]["scale"]["range"][0] == palette.HOME
    assert spec["encoding"]["strokeDash"]["field"] == "name"


def test_un_member_states_come_from_the_membership_file():
    members = peers.un_member_states()
    # 193 UN member states; the Holy See and the State of Palestine are observers, Bonaire (BES) and
    # Hong Kong are not states: all four rank among "countries and territories" only.
    assert len(members) == 193
    assert {"TUR", "DEU", "SSD", "MNE"} <= members
    assert not {"VAT", "PSE", "BES", "HKG", "TWN", "XKX"} & members


def test_ranking_among_un_member_states_leaves_territories_out():
    frame = pd.DataFrame({"geo": ["BES", "VAT", "ARE", "TUR", "WLD"], "year": 2024,
                          "value": [100.0033, 99.0, 74.0, 3.9, 3.7], "source_id": "s"})
    everyone = peers.ranking_all(frame, 2024)
    assert everyone[["geo", "rank_all"]].values.tolist() == [["BES", 1], ["VAT", 2], ["ARE", 3], ["TUR", 4]]
    members = peers.ranking_all(frame, 2024, peers.un_member_states())
    assert members[["geo", "rank_all"]].values.tolist() == [["ARE", 1], ["TUR", 2]]
    table = peers.ranking(frame, 2024, ["VAT"], among=peers.un_member_states())
    # The Holy See, chosen as a peer, keeps its value and its rank among the selected, but has no UN rank.
    assert table[["geo", "rank_selected"]].values.tolist() == [["VAT", 1], ["TUR", 2]]
    assert pd.isna(table.loc[0, "rank_all"]) and table.loc[1, "rank_all"] == 2
    shown = peers.ranking_display(table, NAMES, registry.get("migrant_stock_share"), "en", 2, members_only=True)
    assert shown["Rank among UN member states"].tolist() == ["", "2 / 2"]


def test_champions_caption_dates_the_named_list_and_the_total_separately():
    # ref_champions: 30 named, latest evidence Nov 2023; total 41 from the statement of 28 Feb 2026.
    caption = peers.champions_caption(["AZE"], ["AZE"], 30, "2023-11", 29, "en")
    assert caption == ("Default peers: the GCM Champion Countries identified by name in public sources, 30 "
                       "countries in a partial list whose latest evidence dates from Nov 2023. The UN Network on "
                       "Migration counted 41 champions on 28 Feb 2026. 29 of the named champions have data for "
                       "this indicator.")
    custom = peers.champions_caption(["CAN", "MEX", "COL"], ["AZE"], 30, "2023-11", 29, "en")
    assert custom.startswith("Compared with the 3 countries you chose. Default peers:")
    assert "41 şampiyon" in peers.champions_caption(["AZE"], ["AZE"], 30, "2023-11", 29, "tr")


def test_the_champions_total_and_its_date_are_in_ref_champions():
    champions = pd.read_csv(CURATED_DIR / "ref_champions.csv", dtype=str, keep_default_na=False)
    evidence = " ".join(champions["evidence"])
    assert f"{peers.CHAMPIONS_TOTAL} champion countries" in evidence and peers.CHAMPIONS_TOTAL_AS_OF in evidence
    assert peers.champions_as_of(champions) == "2023-11"


def test_world_value_derived_only_when_computed_by_this_project():
    frame = pd.DataFrame({"geo": ["WLD", "WLD", "TUR"], "year": [2020, 2021, 2021], "value": [0.785, 0.72, 0.07],
                          "source_id": ["unsd_sdg_db_2023", "wdi_2026_07", "wdi_2026_07"],
                          "note": ["UN SDG series BX_TRF_PWKR", "Derived: computed by this project", ""]})
    ind = registry.get("remittances_received_gdp_pct")
    assert not peers.world_value_derived(frame, 2020, ind)
    assert peers.world_value_derived(frame, 2021, ind)
