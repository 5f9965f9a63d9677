"""Accessible names: the one-sentence chart descriptions (`indicators.chart_text`) and the help buttons."""

STRINGS: dict[str, tuple[str, str]] = {
    "a11y_help": ("Help", "Yardım"),  # help buttons are named "<this>: <the text they explain>"
    "chart_text_latest": ("{geo} — {title}: {value} in {year}", "{geo} — {title}: {year} yılında {value}"),
    "chart_text_none": ("{geo} — {title}: no value to show", "{geo} — {title}: gösterilecek değer yok"),
    "chart_text_higher": ("{change} higher than in {year}", "{year} yılına göre {change} daha yüksek"),
    "chart_text_lower": ("{change} lower than in {year}", "{year} yılına göre {change} daha düşük"),
    "chart_text_same": ("the same as in {year}", "{year} yılı ile aynı"),
    "chart_text_points": ("{n} percentage points", "{n} yüzde puan"),
    "chart_text_ranking": (
        "{title}, {year}: highest {top} ({top_value}); {geo} {value}, rank {rank} of {n}",
        "{title}, {year}: en yüksek {top} ({top_value}); {geo} {value}, {n} ülke arasında {rank}. sırada",
    ),
    "chart_text_ranking_without": (
        "{title}, {year}: highest {top} ({top_value}) of {n}",
        "{title}, {year}: {n} ülke arasında en yüksek {top} ({top_value})",
    ),
}
