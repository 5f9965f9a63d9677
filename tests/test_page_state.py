"""URL state of the pages (AppTest through the real frame): fall-backs, limits, per-view keys, clean URLs.

What the browser displays is tested in tests/e2e/test_widgets.py; these tests check the values the pages
use and the URL they write."""

from __future__ import annotations

from indicators import registry
from indicators.briefing import MAX_PEERS
from tests.test_pages import run_page

EIGHT = ["AZE", "BGD", "CAN", "COL", "DEU", "MEX", "SYR", "IRQ"]


def test_briefing_with_seven_or_more_peers_in_the_url_keeps_the_first_six():
    at = run_page("briefing", "en", objectives="8", peers=",".join(EIGHT))
    assert not at.exception, [e.value for e in at.exception]
    assert MAX_PEERS == 6
    assert at.multiselect(key="peers").value == EIGHT[:6]
    assert at.query_params["peers"] == ",".join(EIGHT[:6])


def test_briefing_of_a_year_before_the_province_populations_does_not_raise():
    # tp_syrians_per_1000_province has populations for 2023 only: a briefing of 2022 has no rows for it.
    at = run_page("briefing", "en", objectives="8", briefing_year="2022")
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="briefing_year").value == 2022


def test_peers_then_briefing_with_the_default_champions_does_not_raise():
    at = run_page("peers", "en")
    champions = at.multiselect(key="peers").value
    assert len(champions) > MAX_PEERS
    at.switch_page("pages/briefing.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.multiselect(key="peers").value == champions[:MAX_PEERS]


def test_new_objective_resets_the_indicator_to_one_of_its_own():
    at = run_page("objectives", "en")
    # objective 1 opens on its first indicator with a progress status (the ones before have no desired direction)
    assert at.selectbox(key="indicator").value == "migration_policy_score"
    at.selectbox(key="objective").set_value(8).run()
    assert not at.exception
    assert at.selectbox(key="indicator").value == registry.for_objective(8)[0].id
    assert at.query_params["indicator"] == registry.for_objective(8)[0].id


def test_language_switch_keeps_the_chosen_codes():
    at = run_page("objectives", "en", objective="20", indicator="remittances_received_usd")
    next(w for w in at.sidebar if getattr(w, "key", None) == "lang").set_value("tr").run()
    assert not at.exception
    assert at.selectbox(key="objective").value == 20
    assert at.selectbox(key="indicator").value == "remittances_received_usd"


def test_deaths_and_corridors_years_are_separate_and_views_drop_each_others_parameters():
    at = run_page("maps", "en", map="corridors", corridor_year="2015")
    assert at.selectbox(key="corridor_year").value == 2015
    next(b for b in at.get("button_group") if b.key == "map").set_value("deaths").run()
    assert not at.exception
    assert at.selectbox(key="deaths_year").value == "all"
    assert "corridor_year" not in at.query_params and "flow" not in at.query_params
    assert "cause" not in at.query_params and "route" not in at.query_params  # empty filters stay out


def test_empty_disaggregation_filters_stay_out_of_the_url():
    at = run_page("objectives", "en", objective="8", sex="")
    assert not at.exception
    assert all(v != "" for v in at.query_params.values()), dict(at.query_params)


def test_filters_of_one_page_do_not_set_another_pages_filter():
    # Peers' data year (2025) is not the Briefing's reference year; Objectives' objective is not the Data
    # page's catalogue filter: each opens on its own default.
    at = run_page("peers", "en")
    assert at.selectbox(key="year").value == 2025
    at.switch_page("pages/briefing.py").run()
    assert not at.exception
    assert at.selectbox(key="briefing_year").value == "latest"
    at.switch_page("pages/objectives.py").run()
    assert at.selectbox(key="objective").value == 1
    at.switch_page("pages/data.py").run()
    assert not at.exception
    assert at.selectbox(key="data_objective").value == 0
