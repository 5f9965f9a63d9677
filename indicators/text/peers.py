"""UI strings of the Peers page (Türkiye against the GCM Champion Countries and the world)."""

from ..messages import NN_, Message, N_

STRINGS: dict[str, Message] = {
    "peers_intro": N_(
        "Türkiye compared with the other GCM Champion Countries, or with any countries you choose, and with "
        "the world, for every indicator that international sources publish for all countries.",
    ),
    "peers_champions_note": N_(
        "Default peers: the GCM Champion Countries identified by name in public sources, {named} countries in "
        "a partial list whose latest evidence dates from {as_of}. The UN Network on Migration counted {total} "
        "champions on {total_as_of}. {with_data} of the named champions have data for this indicator.",
    ),
    "peers_custom_note": NN_("Compared with the {n} country you chose.", "Compared with the {n} countries you chose."),
    "peers_members_only": N_("UN member states only"),
    "peers_members_only_help": N_(
        "Ranks only the 193 UN member states, leaving out territories and non-member states (for example the "
        "Holy See, Bonaire, Hong Kong). Membership list: the UNmember column of the country_converter data file.",
    ),
    "peers_select_peers": N_("Countries compared with Türkiye"),
    "peers_select_help": N_("Türkiye is always shown. Only countries with data for this indicator can be chosen."),
    "peers_reset": N_("Reset to Champion Countries"),
    "peers_per_capita": N_("Relative figures (per inhabitant or share)"),
    "peers_per_capita_help": N_("Switches between {absolute} and {relative}."),
    "peers_no_indicator_data": N_("This indicator has no data."),
    "peers_ranking_heading": N_("Ranking in {year}"),
    "peers_ranking_caption": N_(
        "Türkiye is highlighted in orange. Rank 1 = largest value; equal values share the same rank. "
        "{n_all} countries and territories have data for {year}.",
    ),
    "peers_ranking_caption_members": N_(
        "Türkiye is highlighted in orange. Rank 1 = largest value; equal values share the same rank. "
        "{n_all} UN member states have data for {year}; territories and non-member states are left out.",
    ),
    "peers_world_value": N_("World, {year}: {value}"),
    "peers_world_value_derived": N_("World, {year}: {value} (derived by this project, not the publisher's aggregate)"),
    "peers_world_none": N_("No world value for {year} in this source."),
    "peers_world_rule": N_("World (dashed line): {value}"),
    "peers_col_rank_selected": N_("Rank among selected"),
    "peers_col_rank_all": N_("Rank among all countries and territories"),
    "peers_col_rank_members": N_("Rank among UN member states"),
    "peers_no_data_for": N_("no data for {year}"),
    "peers_no_year_data": N_("None of the selected countries has data for {year}."),
    "peers_series_heading": N_("Over time"),
    "peers_series_caption": N_(
        "Türkiye: thick orange line. Coloured countries are told apart by colour and dash pattern, the others "
        "are thin grey lines; years without data are gaps, not zeros.",
    ),
    "peers_table": N_("Table"),
    "peers_chart": N_("Chart"),
    "peers_download_ranking_shown": N_("Download ranking CSV (shown)"),
    "peers_download_ranking_full": N_("Download ranking CSV (all countries)"),
    "peers_download_series_shown": N_("Download series CSV (shown)"),
    "peers_download_series_full": N_("Download series CSV (full series)"),
}
