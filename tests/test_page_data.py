"""AppTest of the "Data and sources" page (pages/data.py)."""

from __future__ import annotations

from indicators import registry
from tests.test_pages import run_page


# Only the open tab (`section=`) is built, so the tab's table is the page's first dataframe.
FIRST = 0


def _catalogue_ids(at) -> list[str]:
    return at.dataframe[FIRST].value.iloc[:, 0].tolist()


def test_search_parameter_filters_the_catalogue():
    at = run_page("data", "en", q="syrians")
    assert not at.exception, [e.value for e in at.exception]
    expected = [i.id for i in registry.all_indicators() if "syrians" in i.title("en").lower()]
    assert _catalogue_ids(at) == expected
    total = len(registry.all_indicators())
    assert any(c.value == f"{len(expected)} of {total} indicators" for c in at.caption)
    assert at.text_input(key="q").value == "syrians"


def test_objective_and_publisher_filters_from_the_url_in_turkish():
    at = run_page("data", "tr", data_objective="12", publisher="pmm")
    assert not at.exception
    assert _catalogue_ids(at) == ["international_protection_applications"]
    assert at.dataframe[FIRST].value.iloc[0]["Yayımcılar"] == "Göç İdaresi Başkanlığı"


def test_typing_a_search_changes_the_table():
    at = run_page("data", "en")
    assert len(_catalogue_ids(at)) == len(registry.all_indicators())
    at.text_input(key="q").input("remittance").run()
    assert not at.exception
    assert _catalogue_ids(at) == [i.id for i in registry.all_indicators() if "remittance" in i.title("en").lower()]


def test_bad_query_values_fall_back_quietly():
    at = run_page("data", "en", data_objective="99", publisher="<b>x</b>")
    assert not at.exception
    assert at.selectbox(key="data_objective").value == 0
    assert at.selectbox(key="publisher").value == ""
    assert len(_catalogue_ids(at)) == len(registry.all_indicators())


def test_downloads_datasets_sources_and_method():
    at = run_page("data", "tr")
    assert not at.exception
    buttons = {b.key: b for b in at.get("download_button")}
    assert {"data_dl_zip", "data_dl_metadata", "data_dl_sources"} <= set(buttons)
    for key in ("data_dl_zip", "data_dl_metadata", "data_dl_sources"):  # files built on click, not per run
        assert buttons[key].proto.deferred_file_id and not buttons[key].proto.url, key
    assert buttons["data_dl_zip"].proto.label == "Tüm veriyi indir (zip)"
    datasets = run_page("data", "tr", section="datasets").dataframe[FIRST].value.set_index("Veri seti")
    assert datasets.loc["tr_tp_syrians", "Yıllar"].startswith("2012")
    assert len(run_page("data", "tr", section="sources").dataframe[FIRST].value) > 100
    method = run_page("data", "tr", section="method")
    assert "P ≥ 0,015·C" in method.dataframe[FIRST].value["Koşul"].tolist()
    assert any(md.value.startswith("# Progress method") for md in method.markdown)


def test_only_the_open_tab_is_built_and_a_bad_section_falls_back_to_the_catalogue():
    catalogue_only = run_page("data", "en")
    assert not any(md.value.startswith("# Progress method") for md in catalogue_only.markdown)
    assert len(catalogue_only.dataframe) == 1 and catalogue_only.query_params["section"] == "indicators"
    for bad in ("<script>", "9" * 1000, "method,tiers"):
        at = run_page("data", "en", section=bad)
        assert not at.exception
        assert _catalogue_ids(at) == [i.id for i in registry.all_indicators()]


def test_tiers_per_indicator_and_overall_with_the_publishers_own_table():
    at = run_page("data", "en", section="tiers")
    assert not at.exception
    tiers = at.dataframe[FIRST].value.set_index("Title")
    tp = registry.get("tp_syrians").title("en")
    # tp_syrians headline 2012-2025, one value a year: 2015 from the UNHCR portal copy (third-party copy), 2019,
    # 2022 and 2023 from IOM DTM pages (official channel), the rest from press pages
    assert tiers.loc[tp, "Third-party copy of the publisher's file"] == 1
    assert tiers.loc[tp, "Where to check it"] == "https://www.goc.gov.tr/gecici-koruma5638"
    total = tiers.loc["All indicators"]
    tier_columns = ["Publisher's own table", "Official channel (publisher's figures unchanged)",
                    "Quoted by a press or third-party page", "Third-party copy of the publisher's file",
                    "Made by this project (not a published figure)"]
    assert total[tier_columns].sum() == tiers.drop("All indicators")[tier_columns].to_numpy().sum()
    sources = run_page("data", "en", section="sources").dataframe[FIRST].value
    assert "Id" not in sources.columns and set(sources["Source tier"]) >= {"Publisher's own table"}
