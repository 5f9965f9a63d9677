"""Accessible names: the one-sentence chart descriptions (`indicators.chart_text`) and the help buttons."""

from ..messages import NN_, Message, N_

STRINGS: dict[str, Message] = {
    "a11y_help": N_("Help"),  # help buttons are named "<this>: <the text they explain>"
    "chart_text_latest": N_("{geo} — {title}: {value} in {year}"),
    "chart_text_none": N_("{geo} — {title}: no value to show"),
    "chart_text_higher": N_("{change} higher than in {year}"),
    "chart_text_lower": N_("{change} lower than in {year}"),
    "chart_text_same": N_("the same as in {year}"),
    "chart_text_points": N_("{n} percentage points"),
    "chart_text_ranking": N_("{title}, {year}: highest {top} ({top_value}); {geo} {value}, rank {rank} of {n}"),
    "chart_text_province_map": N_("{title}, {period}: highest in {top} ({value}); {n} of {total} provinces reported"),
    "chart_text_corridor_map": NN_("{title}, {year}: {n} corridor drawn, the largest {top} ({value} persons)",
                                   "{title}, {year}: {n} corridors drawn, the largest {top} ({value} persons)"),
    "chart_text_deaths_map": NN_("{title}: {dead_missing} dead and missing in {incidents} incident",
                                 "{title}: {dead_missing} dead and missing in {incidents} incidents"),
    "chart_text_ranking_without": N_("{title}, {year}: highest {top} ({top_value}) of {n}"),
}
