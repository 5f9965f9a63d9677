"""UI strings of the Peers page's "Over time" chart: which countries are coloured."""

STRINGS: dict[str, tuple[str, str]] = {
    "peers_highlight": ("Coloured lines", "Renkli çizgiler"),
    "peers_highlight_top5": ("Türkiye and the top 5", "Türkiye ve ilk 5"),
    "peers_highlight_selected": ("All selected countries", "Seçilen tüm ülkeler"),
    "peers_highlight_help": (
        "Top 5: the five countries with the largest latest value are coloured, the other selected countries "
        "are thin grey lines (their names are in the tooltip and the table).",
        "İlk 5: son değeri en büyük beş ülke renkli çizilir; seçilen diğer ülkeler ince gri çizgilerdir "
        "(adları araç ipucunda ve tabloda).",
    ),
    "peers_series_geo": ("Türkiye and {n} other countries", "Türkiye ve diğer {n} ülke"),
}
