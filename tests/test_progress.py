"""Progress method: Open SDG / Statistics Canada (sdg-build 568d7d38) and UNSD Progress Chart 2023.

Every expected value is computed by hand in the comment next to it (CAGR = (y_i/y_0)^(1/(t_i - t_0)) - 1).
"""

from __future__ import annotations

import math

import pytest

from indicators.progress import (
    OPENSDG_TARGET_THRESHOLDS,
    STATUSES,
    UNSD,
    Assessment,
    aggregate,
    assess,
    c_factor,
    opensdg_score_no_target,
    opensdg_score_target,
    opensdg_status,
    status_label,
)

# --- Maintainer cases: open-sdg tests/features/ProgressStatus.feature -------------------------------


def test_maintainer_case_1_5_3_deterioration():
    # 2015=10, 2016=30, direction negative, target 1 in 2030 (the limit of 1 is ignored with a target).
    # CAGR_obs = 30/10 - 1 = 2.0; CAGR_T = (1/10)^(1/15) - 1 = -0.142304; R = 1*(-1)*2.0/0.142304 = -14.0544.
    a = assess({2015: 10, 2016: 30}, "decrease", target=1, limit=1, base_year=2015)
    assert a.status == "deterioration"
    assert a.label() == "Deterioration"
    assert a.cagr == pytest.approx(2.0)
    assert a.required_cagr == pytest.approx(-0.142304, abs=1e-6)
    assert a.ratio == pytest.approx(-14.0544, abs=1e-4)
    # max(4.1667*(-14.05) - 2.5, -5) = -5
    assert a.score == -5
    assert "limit ignored" in a.note


def test_maintainer_case_1_5_4_on_track():
    # 2015=5, 2016=6, direction positive, target 9 in 2030.
    # CAGR_obs = 6/5 - 1 = 0.2; CAGR_T = (9/5)^(1/15) - 1 = 0.039964; R = 0.2/0.039964 = 5.0045.
    a = assess({2015: 5, 2016: 6}, "increase", target=9, limit=9, base_year=2015)
    assert a.status == "substantial_progress"
    assert a.label() == "On track"
    assert a.ratio == pytest.approx(5.0045, abs=1e-4)
    # min(7.1429*5.0045 - 4.2857, 5) = min(31.46, 5) = 5
    assert a.score == 5


# --- Base-year rule ------------------------------------------------------------------------------


def test_base_year_present_earlier_data_ignored():
    # t_0 = 2018 (has a value); 2015 ignored. CAGR = (102.01/100)^(1/2) - 1 = 1.01 - 1 = 0.01.
    a = assess({2015: 50, 2018: 100, 2020: 102.01}, "increase")
    assert (a.base_year, a.base_value, a.latest_year) == (2018, 100, 2020)
    assert a.cagr == pytest.approx(0.01)
    # 0.005 <= 0.01 < 0.015 -> moderate; score 250*0.01 - 1.25 = 1.25
    assert a.status == "moderate_progress"
    assert a.score == pytest.approx(1.25)


def test_base_year_2015_option_uses_2015():
    # Same series from 2015: CAGR = (102.01/50)^(1/5) - 1 = 2.0402^0.2 - 1 = exp(0.713048/5) - 1 = 0.153279 -> >= 2 % -> score 5.
    a = assess({2015: 50, 2018: 100, 2020: 102.01}, "increase", base_year=2015)
    assert a.base_year == 2015
    assert a.cagr == pytest.approx(0.153279, abs=1e-6)
    assert (a.status, a.score) == ("substantial_progress", 5)


def test_base_year_missing_uses_first_later_year():
    # No 2018 value: t_0 = 2019 (first later year), 2016 before it is ignored. CAGR = 1.0201^(1/2) - 1 = 0.01.
    a = assess({2016: 80, 2019: 100, 2021: 102.01}, "increase")
    assert (a.base_year, a.base_value) == (2019, 100)
    assert a.cagr == pytest.approx(0.01)


def test_only_two_end_points_are_used():
    # The 2019 spike plays no part: same CAGR 0.01 as without it.
    a = assess({2018: 100, 2019: 500, 2020: 102.01}, "increase")
    assert a.cagr == pytest.approx(0.01)
    assert a.score == pytest.approx(1.25)


def test_only_data_before_base_year_is_not_available():
    a = assess({2015: 1, 2016: 2}, "increase")
    assert a.status == "not_available"
    assert a.score is None
    assert a.reason == "no data in or after the base year 2018"
    assert a.label("tr") == "Yeterli veri yok"


def test_base_year_is_latest_year_is_not_available():
    # 2017 is before the base year; from 2018 on there is one year only.
    a = assess({2017: 5, 2018: 6}, "increase")
    assert a.status == "not_available"
    assert a.base_year == 2018 and a.latest_year == 2018
    assert "fewer than two years" in a.reason


def test_no_data_and_missing_values():
    assert assess({}, "increase").reason == "no data"
    # NaN / None are dropped: one value left.
    a = assess({2018: float("nan"), 2019: None, 2020: 3.0}, "increase")
    assert (a.status, a.base_year) == ("not_available", 2020)


# --- Zero, sign, single year, target achieved ------------------------------------------------------


def test_zero_base_replaced_by_0_001():
    # y_0 = 0 -> 0.001; CAGR = (0.004/0.001)^(1/2) - 1 = 2 - 1 = 1.0 -> score min(500*1 - 5, 5) = 5.
    a = assess({2018: 0, 2020: 0.004}, "increase")
    assert a.base_value == 0.001
    assert a.cagr == pytest.approx(1.0)
    assert (a.status, a.score) == ("substantial_progress", 5)
    assert "base value 0 replaced by 0.001" in a.note


def test_zero_target_replaced_by_0_001():
    # Target 0 -> 0.001. CAGR_obs = (5/10)^(1/2) - 1 = -0.292893; CAGR_T = (0.001/10)^(1/12) - 1 = -0.535841;
    # R = 1*(-1)*(-0.292893)/0.535841 = 0.546605 -> limited; score 4.1667*0.546605 - 2.5 = -0.222463.
    a = assess({2018: 10, 2020: 5}, "decrease", target=0)
    assert a.target == 0.001
    assert a.ratio == pytest.approx(0.546605, abs=1e-6)
    assert a.status == "limited_progress"
    assert a.score == pytest.approx(-0.222463, abs=1e-6)


def test_mixed_sign_not_available():
    a = assess({2018: -2, 2020: 3}, "increase")
    assert a.status == "not_available"
    assert a.reason == "base and latest values of opposite sign"


def test_all_negative_values_flip_with_sign():
    # s = -1. CAGR = (-8.1/-10)^(1/2) - 1 = 0.9 - 1 = -0.1; P = (-1)*(+1)*(-0.1) = 0.1 -> on track, score 5.
    a = assess({2018: -10, 2020: -8.1}, "increase")
    assert a.progress_value == pytest.approx(0.1)
    assert (a.status, a.score) == ("substantial_progress", 5)


def test_single_year_without_target_not_available():
    a = assess({2020: 7}, "increase")
    assert a.status == "not_available"
    assert a.score is None


def test_target_achieved_with_one_year_of_data():
    # 7 >= 5 with d = +1: achieved on the latest value although no growth rate can be computed.
    a = assess({2020: 7}, "increase", target=5)
    assert (a.status, a.score, a.target_achieved) == ("target_achieved", 5, True)
    assert a.ratio is None
    assert a.label("tr") == "Hedefe ulaşıldı"


def test_target_achieved_checked_before_progress():
    # d = -1, latest 2 <= target 3: achieved although the series rose from 1 (R would be negative).
    a = assess({2018: 1, 2020: 2}, "decrease", target=3)
    assert (a.status, a.score) == ("target_achieved", 5)
    assert a.ratio < 0


def test_target_equal_to_base_value_moving_away_scores_minus_5():
    # CAGR_T = (10/10)^(1/12) - 1 = 0, R = -inf (target not met, so moving away).
    a = assess({2018: 10, 2020: 12}, "decrease", target=10)
    assert a.required_cagr == 0
    assert a.ratio == -math.inf
    assert (a.status, a.score) == ("deterioration", -5)


def test_target_year_not_after_base_year_not_available():
    a = assess({2030: 1, 2032: 2}, "increase", target=5, base_year=2030, target_year=2030)
    assert a.status == "not_available"
    assert "target year 2030" in a.reason


def test_direction_none_is_not_assessed():
    a = assess({2018: 1, 2020: 2}, "none")
    assert (a.status, a.reason) == ("no_direction", "no desired direction")


@pytest.mark.parametrize("kwargs", [{"direction": "up"}, {"direction": "positive"},
                                    {"direction": "increase", "method": "eurostat"}])
def test_invalid_direction_or_method_raises(kwargs):
    with pytest.raises(ValueError):
        assess({2018: 1, 2020: 2}, **kwargs)


# --- C scaling factor --------------------------------------------------------------------------------


def test_c_factor_far_from_limit_is_1():
    # b = 50 >= 2L = 40
    assert c_factor(50, 20) == 1
    # L = 0: b >= 0 = 2L, so a floor of 0 has no effect
    assert c_factor(3, 0) == 1
    assert c_factor(7, None) == 1


def test_c_factor_maximum_limit_branch():
    # b = 50 <= L = 100: C = 1 - 0.5^4.44 = 1 - exp(4.44*ln 0.5) = 1 - exp(-3.077574) = 1 - 0.046071 = 0.953929
    assert c_factor(50, 100) == pytest.approx(0.953929, abs=1e-6)
    # y_0 = limit: C = 1 - 1 = 0
    assert c_factor(100, 100) == 0


def test_c_factor_minimum_limit_branch():
    # L = 100 < b = 120 < 2L: C = 1 - ((200 - 120)/100)^4.44 = 1 - 0.8^4.44 = 1 - exp(-0.990753) = 1 - 0.371295
    assert c_factor(120, 100) == pytest.approx(0.628705, abs=1e-6)
    # Symmetry: b = 150 is as far above L as 50 is below it
    assert c_factor(150, 100) == pytest.approx(c_factor(50, 100))


def test_limit_scales_thresholds_and_score():
    # y_0 = 90, limit 100: C = 1 - 0.9^4.44 = 1 - exp(4.44*(-0.1053605)) = 1 - 0.626378 = 0.373622.
    # P = (90.45/90)^(1/2) - 1 = 1.005^0.5 - 1 = 0.0024969. Thresholds 0.015C = 0.0056043, 0.005C = 0.0018681:
    # moderate; score = 250*0.0024969/0.373622 - 1.25 = 1.670727 - 1.25 = 0.420727.
    a = assess({2018: 90, 2020: 90.45}, "increase", limit=100)
    assert a.c_factor == pytest.approx(0.373622, abs=1e-6)
    assert a.status == "moderate_progress"
    assert a.score == pytest.approx(0.420727, abs=1e-5)
    # Without the limit: 0 <= 0.0024969 < 0.005 -> limited; score 500*0.0024969 - 2.5 = -1.251559
    b = assess({2018: 90, 2020: 90.45}, "increase")
    assert (b.status, b.c_factor) == ("limited_progress", 1)
    assert b.score == pytest.approx(-1.251559, abs=1e-6)


def test_base_at_limit_any_progress_is_on_track():
    # C = 0: thresholds all 0, P = 0 >= 0 -> substantial, score 5 (docs and code).
    a = assess({2018: 100, 2020: 100}, "increase", limit=100)
    assert (a.c_factor, a.status, a.score) == (0, "substantial_progress", 5)
    # Negative P is still scored without C: P = 0.99 - 1 = -0.01 -> 125*(-0.01) - 2.5 = -3.75
    b = assess({2018: 100, 2019: 99}, "increase", limit=100)
    assert (b.status, b.score) == ("deterioration", pytest.approx(-3.75))


# --- Score functions at their anchor points ------------------------------------------------------------


@pytest.mark.parametrize(
    "p, expected",
    [
        (-0.04, -5.0),  # 125*(-0.04) - 2.5 = -7.5, capped at -5
        (-0.02, -5.0),  # 125*(-0.02) - 2.5 = -5
        (0.0, -2.5),  # 500*0 - 2.5
        (0.005, 0.0),  # 250*0.005 - 1.25
        (0.01, 1.25),  # 250*0.01 - 1.25
        (0.015, 2.5),  # 500*0.015 - 5
        (0.02, 5.0),  # 500*0.02 - 5
        (0.03, 5.0),  # 10, capped at 5
    ],
)
def test_score_no_target_anchors(p, expected):
    assert opensdg_score_no_target(p, 1.0) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize(
    "r, expected",
    [
        (-0.6, -5.0),  # 4.1667*(-0.6) - 2.5 = -5.00002, capped at -5
        (0.0, -2.5),  # 4.1667*0 - 2.5
        (0.3, -1.24999),  # 4.1667*0.3 - 2.5 = 1.25001 - 2.5
        (0.6, 0.00004),  # 7.1429*0.6 - 4.2857 = 4.28574 - 4.2857 (rounded constants: off by ~1e-4)
        (0.95, 2.500055),  # 7.1429*0.95 - 4.2857 = 6.785755 - 4.2857
        (1.3, 5.0),  # 7.1429*1.3 - 4.2857 = 5.00007, capped at 5
    ],
)
def test_score_target_anchors(r, expected):
    assert opensdg_score_target(r) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize(
    "value, status",
    [(0.95, "substantial_progress"), (0.9499, "moderate_progress"), (0.6, "moderate_progress"),
     (0.5999, "limited_progress"), (0.0, "limited_progress"), (-1e-9, "deterioration")],
)
def test_target_thresholds_are_inclusive_lower_bounds(value, status):
    assert opensdg_status(value, OPENSDG_TARGET_THRESHOLDS) == status


# --- UNSD Progress Chart 2023 (EUSTAT) ---------------------------------------------------------------


def test_unsd_target_category_2_where_opensdg_says_limited():
    # CAGR_a = 1.0201^(1/2) - 1 = 0.01; v2030e = 102.01 * 1.01^10 = 102.01 * 1.104622 = 112.6825;
    # P = (112.6825 - 100)/(200 - 100) = 0.126825 -> 0.10 <= P < 0.95 -> category 2.
    u = assess({2018: 100, 2020: 102.01}, "increase", target=200, method=UNSD)
    assert u.expected_value == pytest.approx(112.6825, abs=1e-4)
    assert u.ratio == pytest.approx(0.126825, abs=1e-6)
    assert (u.un_category, u.status, u.score) == (2, "moderate_progress", None)
    # Open SDG on the same series: CAGR_T = 2^(1/12) - 1 = 0.059463; R = 0.01/0.059463 = 0.168172 -> limited;
    # score 4.1667*0.168172 - 2.5 = -1.799277
    o = assess({2018: 100, 2020: 102.01}, "increase", target=200)
    assert o.ratio == pytest.approx(0.168172, abs=1e-6)
    assert o.status == "limited_progress"
    assert o.score == pytest.approx(-1.79928, abs=1e-5)


def test_unsd_target_decrease():
    # CAGR_a = (40.5/50)^(1/2) - 1 = 0.9 - 1 = -0.1; v2030e = 40.5 * 0.9^10 = 40.5 * 0.348678 = 14.121477;
    # P = (14.121477 - 50)/(10 - 50) = -35.878523/-40 = 0.896963 -> category 2.
    u = assess({2018: 50, 2020: 40.5}, "decrease", target=10, method=UNSD)
    assert u.ratio == pytest.approx(0.896963, abs=1e-6)
    assert (u.un_category, u.status) == (2, "moderate_progress")


def test_unsd_regression_is_category_1_deterioration():
    # CAGR_a = 0.99 - 1 = -0.01; v2030e = 98.01 * 0.99^10 = 98.01 * 0.904382 = 88.638487;
    # P = (88.638487 - 100)/100 = -0.113615 -> category 1, moving away -> deterioration.
    u = assess({2018: 100, 2020: 98.01}, "increase", target=200, method=UNSD)
    assert u.ratio == pytest.approx(-0.113615, abs=1e-6)
    assert (u.un_category, u.status) == (1, "deterioration")


@pytest.mark.parametrize(
    "latest, direction, category, status",
    [
        (103, "increase", 3, "substantial_progress"),  # CAGR*d = 0.03 >= 0.02
        (101, "increase", 2, "moderate_progress"),  # 0.005 <= 0.01 < 0.02
        (100.4, "increase", 1, "limited_progress"),  # 0 <= 0.004 < 0.005: stagnation
        (99, "decrease", 2, "moderate_progress"),  # CAGR = -0.01, d = -1 -> 0.01
        (99, "increase", 1, "deterioration"),  # -0.01 < 0: regression
    ],
)
def test_unsd_no_target(latest, direction, category, status):
    u = assess({2018: 100, 2019: latest}, direction, method=UNSD)
    assert (u.un_category, u.status, u.score, u.c_factor) == (category, status, None, None)


def test_unsd_target_achieved_and_limit_ignored():
    u = assess({2020: 250}, "increase", target=200, limit=300, method=UNSD)
    assert (u.status, u.un_category, u.score) == ("target_achieved", 3, None)


# --- Aggregation ----------------------------------------------------------------------------------------


def _a(status: str, score: float | None, achieved: bool = False, method: str = "opensdg",
       category: int | None = None, official: bool | None = None) -> Assessment:
    return Assessment(status=status, score=score, method=method, direction="increase",
                      target_achieved=achieved, un_category=category,
                      target_official=(True if achieved else None) if official is None else official)


def test_aggregate_mean_and_bands():
    # (5 + (-5) + 1.25)/3 = 0.416667 -> [0, 2.5) moderate; the not_available one is not assessed.
    p = aggregate([_a("target_achieved", 5, True), _a("deterioration", -5), _a("moderate_progress", 1.25),
                   _a("not_available", None)])
    assert p.score == pytest.approx(0.416667, abs=1e-6)
    assert (p.status, p.n_assessed, p.n_total) == ("moderate_progress", 3, 4)


@pytest.mark.parametrize(
    "scores, status",
    [([2.5, 2.5], "substantial_progress"), ([0.0], "moderate_progress"), ([-2.5], "limited_progress"),
     ([-2.4, -2.8], "deterioration")],  # (-2.4 - 2.8)/2 = -2.6
)
def test_aggregate_band_edges(scores, status):
    assert aggregate([_a("x", s) for s in scores]).status == status


def test_aggregate_target_achieved_only_if_all_achieved():
    assert aggregate([_a("target_achieved", 5, True), _a("target_achieved", 5, True)]).status == "target_achieved"
    # mean 5 but one series merely on track -> substantial, not achieved
    assert aggregate([_a("target_achieved", 5, True), _a("substantial_progress", 5)]).status == "substantial_progress"


def test_aggregate_nothing_assessed():
    p = aggregate([_a("not_available", None), _a("not_available", None)])
    assert (p.status, p.score, p.n_assessed, p.n_total) == ("not_available", None, 0, 2)
    assert aggregate([]).status == "not_available"


def test_aggregate_unsd_mean_category():
    # (3 + 2 + 1)/3 = 2 -> [1.5, 2.5) moderate
    p = aggregate([_a("substantial_progress", None, method=UNSD, category=3),
                   _a("moderate_progress", None, method=UNSD, category=2),
                   _a("deterioration", None, method=UNSD, category=1)])
    assert (p.mean_category, p.status, p.score) == (2, "moderate_progress", None)
    both_down = [_a("deterioration", None, method=UNSD, category=1)] * 2
    assert aggregate(both_down).status == "deterioration"
    mixed = [_a("deterioration", None, method=UNSD, category=1), _a("limited_progress", None, method=UNSD, category=1)]
    assert aggregate(mixed).status == "limited_progress"


def test_aggregate_refuses_mixed_methods():
    with pytest.raises(ValueError, match="different methods"):
        aggregate([_a("moderate_progress", 1.0), _a("moderate_progress", None, method=UNSD, category=2)])


def test_status_labels_in_both_languages():
    assert [status_label(s, "en") for s in STATUSES] == [
        "Target achieved", "Project threshold met", "On track", "Progress made but acceleration needed",
        "Limited progress", "Deterioration", "Category improved", "Category unchanged", "Category worse",
        "Not enough data", "Not assessed: no desired direction", "Insufficient evidence"]
    assert [status_label(s, "tr") for s in STATUSES] == [
        "Hedefe ulaşıldı", "Proje eşiğine ulaşıldı", "Hedef yolunda", "İlerleme var, hızlanma gerekli",
        "Sınırlı ilerleme", "Kötüleşme", "Kategori iyileşti", "Kategori değişmedi", "Kategori kötüleşti",
        "Yeterli veri yok", "Değerlendirilmedi: istenen yön tanımlı değil", "Yetersiz kanıt"]
    # two different statuses, two labels
    assert status_label("not_available") != status_label("no_direction")
    assert status_label("moderate_progress", "tr") == "İlerleme var, hızlanma gerekli"
    with pytest.raises(KeyError):
        status_label("on_track")


# --- Ordinal indicators: category change, never a growth rate -----------------------------------------


def test_ordinal_category_improved_without_growth_rate():
    # SDG 10.7.2 for Türkiye: 2019 category 2, 2021 category 3; base year 2018 has no value -> 2019
    a = assess({2019: 2, 2021: 3}, "increase", target=3, base_year=2018, scale="ordinal", target_official=False)
    assert (a.status, a.base_year, a.base_value, a.latest_year, a.latest_value) == (
        "category_improved", 2019, 2.0, 2021, 3.0)
    assert (a.score, a.cagr, a.ratio, a.target_achieved, a.scale) == (None, None, None, False, "ordinal")


def test_ordinal_unchanged_worse_and_decrease():
    assert assess({2019: 3, 2021: 3}, "increase", scale="ordinal").status == "category_unchanged"
    assert assess({2019: 3, 2021: 1}, "increase", scale="ordinal").status == "category_worse"
    # a lower category is better when the desired direction is a decrease
    assert assess({2019: 3, 2021: 1}, "decrease", scale="ordinal").status == "category_improved"
    # values in between play no part: 2 -> 4 -> 2 is unchanged
    assert assess({2018: 2, 2019: 4, 2020: 2}, "increase", scale="ordinal").status == "category_unchanged"


def test_ordinal_not_assessable():
    one = assess({2021: 3}, "increase", scale="ordinal")
    assert (one.status, one.latest_year) == ("not_available", 2021)
    assert assess({2016: 1, 2017: 2}, "increase", scale="ordinal").status == "not_available"
    assert assess({2019: 2, 2021: 3}, "none", scale="ordinal").status == "no_direction"
    with pytest.raises(ValueError, match="scale"):
        assess({2019: 2}, "increase", scale="nominal")


def test_ordinal_not_counted_in_the_mean():
    improved = assess({2019: 2, 2021: 3}, "increase", scale="ordinal")
    p = aggregate([improved, _a("moderate_progress", 1.25)])
    assert (p.status, p.score, p.n_assessed, p.n_total) == ("moderate_progress", 1.25, 1, 2)
    assert aggregate([improved]).status == "not_available"


# --- Targets: official text vs threshold chosen by this project -------------------------------------


def test_project_threshold_met_is_not_target_achieved():
    # 2018 = 90, 2020 = 100 >= 100: met; a project threshold gives threshold_met, an official target
    # target_achieved; both score 5 (Open SDG)
    project = assess({2018: 90, 2020: 100}, "increase", target=100, target_official=False)
    official = assess({2018: 90, 2020: 100}, "increase", target=100)
    assert (project.status, project.score, project.target_official) == ("threshold_met", 5.0, False)
    assert (official.status, official.score, official.target_official) == ("target_achieved", 5.0, True)
    assert assess({2018: 90, 2020: 95}, "increase").target_official is None
    assert aggregate([_a("target_achieved", 5, True), _a("threshold_met", 5, True, official=False)]).status == \
        "threshold_met"


def test_evidence_rule():
    from indicators.progress import evidence_sufficient

    # at least 2 assessed, and at least 80 % of the assessable ones
    assert evidence_sufficient(2, 2) and evidence_sufficient(4, 5) and evidence_sufficient(3, 3)
    assert not evidence_sufficient(1, 1)  # one indicator is not enough
    assert not evidence_sufficient(3, 4)  # 3 < 0.8 * 4 = 3.2
    assert not evidence_sufficient(0, 0)
