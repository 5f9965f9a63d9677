"""Objectives → Map (Streamlit AppTest through the real frame): absolute counts and the derived per-capita option."""

from __future__ import annotations

from tests.test_pages import run_page

PER_1000_EN = "Per 1,000 inhabitants (derived)"


def _map_table(at, header):
    return next(d.value for d in at.dataframe if header in d.value.columns)


def _measure(at):
    return next(w for w in at.button_group if w.key == "map_measure")


def test_per_capita_option_divides_by_the_wdi_population():
    at = run_page("objectives", "en", objective="1", indicator="migrant_stock", map_measure="per_1000",
                  tab="map")
    assert not at.exception, [e.value for e in at.exception]
    assert _measure(at).value == "per_1000"
    table = _map_table(at, PER_1000_EN)
    by_country = dict(zip(table["Country"], table[PER_1000_EN], strict=True))
    # Source files: UN DESA 2024 stock / WDI 2024 population × 1,000: Türkiye 7,083,501 / 85,518,661 = 82.8,
    # United States 52,375,047 / 340,003,797 = 154.0, United Arab Emirates 8,157,000 / 10,986,400 = 742.5.
    assert by_country["Türkiye"] == "82.8" and by_country["United States"] == "154.0"
    assert by_country["United Arab Emirates"] == "742.5"
    assert "World" not in by_country  # an aggregate is no country
    captions = " ".join(c.value for c in at.caption)
    assert "World Bank's total population (WDI)" in captions and "outlined in orange" in captions


def test_absolute_counts_by_default_and_in_turkish():
    at = run_page("objectives", "tr", objective="1", indicator="migrant_stock", tab="map")
    if at.session_state["lang"] != "tr":
        next(w for w in at.sidebar if getattr(w, "key", None) == "lang").set_value("tr").run()
    assert not at.exception
    assert _measure(at).value == "absolute"
    table = _map_table(at, "Kişi")
    assert dict(zip(table["Ülke"], table["Kişi"], strict=True))["Türkiye"] == "7.083.501"
    _measure(at).set_value("per_1000").run()
    table = _map_table(at, "1.000 kişi başına (türetilmiş)")
    assert dict(zip(table["Ülke"], table["1.000 kişi başına (türetilmiş)"], strict=True))["Türkiye"] == "82,8"
    assert at.query_params["map_measure"] == "per_1000"


def test_no_per_capita_option_for_a_share():
    at = run_page("objectives", "en", objective="1", indicator="migrant_stock_share", map_measure="per_1000",
                  tab="map")
    assert not at.exception
    assert not [w for w in at.button_group if w.key == "map_measure"]
