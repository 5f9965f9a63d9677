"""AppTest of the "National and international figures" page (pages/national.py)."""

from __future__ import annotations

from indicators.comparison import COMPARISONS
from tests.test_pages import run_page


def _table(at):
    """The year × source table (the first dataframe of the page)."""
    return at.dataframe[0].value


def test_deep_link_opens_the_asylum_comparison_with_matching_years():
    at = run_page("national", "en", concept="asylum_applications")
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="concept").value == "asylum_applications"
    table = _table(at).set_index("Year")
    assert list(table.columns)[:2] == ["UNHCR · 2025.12.1", "PMM (Göç İdaresi) · quoted by 8 pages"]
    # From 2019 UNHCR's source is the Government: both publishers give 56,417, difference 0, ratio 1.00.
    assert table.loc["2019"].tolist() == ["56,417", "56,417", "0", "1.00"]
    assert table.loc["2025", "PMM (Göç İdaresi) · quoted by 8 pages"] == "–"  # missing, not zero


def test_turkish_numbers_and_labels_for_refugees():
    at = run_page("national", "tr")
    assert not at.exception
    assert at.selectbox(key="concept").value == "refugee_population"
    table = _table(at).set_index("Yıl")
    # 2018: UNHCR 3,681,688; PMM 3,623,192 → difference −58,496, ratio 0.98
    assert table.loc["2018"].tolist() == ["3.681.688", "3.623.192", "-58.496", "0,98"]
    assert "Fark: Göç İdaresi − BMMYK (türetilmiş)" in table.columns
    alternatives = at.dataframe[2].value
    assert {"tercih edilen", "alternatif"} <= set(alternatives["Durum"])
    conflicts = at.dataframe[3].value
    assert conflicts["Konu"].str.startswith("Geçici koruma altındaki Suriyeliler").any()  # the topic in Turkish


def test_choosing_another_concept_changes_the_view():
    at = run_page("national", "en")
    before = list(_table(at).columns)
    at.selectbox(key="concept").set_value("net_migration").run()
    assert not at.exception
    after = list(_table(at).columns)
    assert after != before
    assert after[1:4] == ["UN DESA WPP · WPP 2024", "World Bank WDI · WDI 2026-07-01",
                          "TÜİK (immigrants − emigrants) · quoted by 9 pages"]
    assert at.query_params["concept"] == ["net_migration"] or at.query_params["concept"] == "net_migration"


def test_related_concept_has_no_difference_and_says_so():
    at = run_page("national", "en", concept="migrant_population")
    assert not at.exception
    columns = list(_table(at).columns)
    assert not any(c.startswith(("Difference", "Ratio")) for c in columns)
    assert any("different concept" in c.value for c in at.caption)


def test_bad_concept_falls_back_quietly_and_downloads_exist():
    at = run_page("national", "en", concept="<script>alert(1)</script>")
    assert not at.exception
    assert at.selectbox(key="concept").value == COMPARISONS[0].concept
    keys = {b.key for b in at.get("download_button")}
    assert {"national_dl_shown", "national_dl_full"} <= keys


def test_users_see_source_labels_with_tiers_never_internal_ids_or_table_names():
    at = run_page("national", "en")
    assert not at.exception
    texts = [c.value for c in at.caption] + [m.value for m in at.markdown]
    assert not any("ref_source_conflicts" in text for text in texts)
    for frame in (df.value for df in at.dataframe):
        cells = frame.astype(str).to_numpy().ravel().tolist()
        assert not any(cell.startswith("tr_") and "_" in cell and " " not in cell for cell in cells), frame.columns
    alternatives = at.dataframe[2].value
    # tr_tp_syrians 2021: 9 Dec 3,739,240 (urfapusula.com, a news page) preferred; IOM DTM's 2 Dec value an
    # alternative, labelled with the official-channel tier
    dtm = alternatives[alternatives["Source"].str.startswith("dtm.iom.int")]
    assert not dtm.empty and (dtm["Source tier"] == "Official channel (publisher's figures unchanged)").all()
    assert dtm["Link"].str.startswith("https://dtm.iom.int/").all()
    conflicts = at.dataframe[3].value
    assert "Source A" in conflicts.columns and not conflicts.columns.str.contains("source_a").any()


def test_chart_caption_counts_the_values_by_tier():
    at = run_page("national", "en", concept="refugee_population")
    assert not at.exception
    caption = next(c.value for c in at.caption if c.value.startswith("Values in the chart by source tier"))
    # UNHCR's own releases (publisher) for the UNHCR line; pages quoting PMM for the national line
    assert "Publisher's own table:" in caption and "Quoted by a press or third-party page:" in caption
