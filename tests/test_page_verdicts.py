"""AppTest: the verdicts the Overview tiles and the Objectives badge show (issue 7 §2), in both languages."""

from __future__ import annotations

from dashboard.ui import md_escape, tile_markdown
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
    # a tile is one Markdown text: heading, status, then its notes in small type, a paragraph each
    tiles = {m.value.split("**")[1]: m.value for m in at.markdown
             if m.value.startswith("**") and "-background[" in m.value}
    assert sorted(tiles, key=int) == [str(n) for n in range(1, 24)]
    assert f":small[{md_escape('Inputs 2019 → 2021')}]" in tiles["1"]  # objectives 1, 5, 23
    assert (":small[" + md_escape("Migration policies that facilitate orderly, safe, regular and responsible "
                                  "migration: Category improved (2019 → 2021)") + "]") in tiles["5"]
    assert (":small[" + md_escape("Dated input: Average cost of sending remittances to the country ends in "
                                  "2020; its publisher has 2025") + "]") in tiles["20"]
    assert ":small[0 of 1 indicator assessed]" in tiles["4"]  # objective 4, singular


def test_a_tile_is_heading_status_and_small_notes_in_one_text():
    assert tile_markdown("**4** · Identity", "Insufficient evidence", "violet", ["0 of 1 indicator assessed",
                                                                              "Inputs 2019 → 2021"]) == (
        "**4** · Identity\n\n:violet-background[:violet[Insufficient evidence]]\n\n"
        ":small[0 of 1 indicator assessed]\n\n:small[Inputs 2019 → 2021]")
    assert tile_markdown("**7** · X", "No data", "gray", []) == "**7** · X\n\n:gray-background[:gray[No data]]"


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
