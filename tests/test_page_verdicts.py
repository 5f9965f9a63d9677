"""AppTest: the verdicts the Overview tiles and the Objectives badge show (issue 7 §2), in both languages."""

from __future__ import annotations

from dashboard.ui import md_escape
from tests.test_pages import run_page


def _text(at) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption])


def test_overview_tiles_no_target_achieved_off_one_ordinal_indicator():
    for lang, insufficient, achieved, no_direction in (
            ("en", "Insufficient evidence", "Target achieved", "Not assessed: no desired direction"),
            ("tr", "Yetersiz kanıt", "Hedefe ulaşıldı", "Değerlendirilmedi: istenen yön tanımlı değil")):
        at = run_page("overview", lang)
        assert not at.exception, [e.value for e in at.exception]
        # tiles draw the status as coloured text that wraps (`-background[`), the status key as badges
        badges = [m.value for m in at.markdown if "-badge[" in m.value or "-background[" in m.value]
        text = _text(at)
        # objectives 1, 5, 15, 23 (and the status key)
        assert sum(f"[{insufficient}]" in m for m in badges) == 5
        # only the status key names "Target achieved": no tile carries it
        assert sum(f"[{achieved}]" in m for m in badges) == 1
        assert f":gray-badge[{no_direction}]" in text
    at = run_page("overview", "en")
    captions = [c.value for c in at.caption]
    assert md_escape("Inputs 2019 → 2021") in captions  # objectives 1, 5, 23
    assert md_escape("Migration policies that facilitate orderly, safe, regular and responsible migration: "
                     "Category improved (2019 → 2021)") in captions
    assert md_escape("Dated input: Average cost of sending remittances to the country ends in 2020; its "
                     "publisher has 2025") in captions
    assert "0 of 1 indicator assessed" in captions  # objective 4, singular


def test_objectives_badge_for_ordinal_and_no_direction():
    at = run_page("objectives", "en", objective="5", indicator="migration_policy_score")
    assert not at.exception, [e.value for e in at.exception]
    text = _text(at)
    assert ":green-badge[:material/flag: Category improved]" in text
    assert md_escape("2019: category 2 → 2021: category 3; categories are compared, no growth rate is "
                     "computed") in text
    assert "growth 22.5%" not in text and "Target achieved" not in text
    assert md_escape("Objective 5 overall: Insufficient evidence · 0 of 4 indicators assessed · inputs 2019 → "
                     "2021") in text
    at = run_page("objectives", "tr", objective="16", indicator="refugees_hosted")
    text = _text(at)
    assert ":gray-badge[:material/flag: Değerlendirilmedi: istenen yön tanımlı değil]" in text
    assert "Yeterli veri yok]" not in text
