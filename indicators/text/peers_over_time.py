"""UI strings of the Peers page's "Over time" chart: which countries are coloured."""

from ..messages import NN_, Message, N_

STRINGS: dict[str, Message] = {
    "peers_highlight": N_("Coloured lines"),
    "peers_highlight_top5": N_("Türkiye and the top 5"),
    "peers_highlight_selected": N_("All selected countries"),
    "peers_highlight_help": N_(
        "Top 5: the five countries with the largest latest value are coloured, the other selected countries "
        "are thin grey lines (their names are in the tooltip and the table).",
    ),
    "peers_series_geo": NN_("Türkiye and {n} other country", "Türkiye and {n} other countries"),
}
