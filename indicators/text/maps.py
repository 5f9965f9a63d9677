"""UI strings of the Maps page (pages/maps.py, indicators/maps.py)."""

from ..messages import NN_, NP_, Message, N_

STRINGS: dict[str, Message] = {
    "maps_intro": N_(
        "Provinces, migration corridors and deaths on the routes through Türkiye. The maps are drawn from "
        "shipped boundaries, without background map tiles; every map has a table below it.",
    ),
    "maps_choose": N_("Map"),
    "maps_map_provinces": N_("Provinces"),
    "maps_map_corridors": N_("Corridors"),
    "maps_map_deaths": N_("Deaths on migration routes"),
    "maps_legend": N_("Legend"),
    "maps_table": N_("Table"),
    "maps_not_reported": N_("not reported"),
    "maps_year_only": N_("{year} (no exact date)"),
    # Provinces
    "maps_measure": N_("Measure"),
    "maps_measure_absolute": NP_("number of", "Persons"),
    "maps_measure_per_1000": N_("Per 1,000 inhabitants"),
    "maps_date": N_("Date of the list"),
    "maps_date_option": N_("{date} ({n} of 81 provinces)"),
    "maps_provinces_reported": N_(
        "{n} of 81 provinces reported on this date. Provinces not in the list are grey and marked \"not "
        "reported\": no value is estimated for them and national totals are never spread over provinces.",
    ),
    "maps_classes": N_(
        "Colour classes hold about the same number of values over all dates of this layer (quantiles), so a "
        "colour means the same on every date; darker means more.",
    ),
    "maps_layer": N_("Layer"),
    "maps_layer_foreign": N_("Foreign residents (TÜİK)"),
    "maps_layer_tp": N_("Temporary protection (PMM lists)"),
    "maps_layer_closed": N_("Closed neighbourhoods (PMM, June 2022)"),
    "maps_layer_note_foreign": N_(
        "All 81 provinces, 31 December 2022 and 2023. Excludes Syrians under temporary protection (see the "
        "temporary protection layer). TÜİK's own table, read from a verbatim third-party copy.",
    ),
    "maps_layer_note_tp": N_(
        "Syrians under temporary protection as PMM's province lists were quoted by press pages: each list names "
        "only some provinces.",
    ),
    "maps_layer_note_closed": N_(
        "Policy context, not a count of migrants: neighbourhoods and villages on PMM's list of June 2022 (dated 30 "
        "June 2022), counted per province by this project.",
    ),
    "maps_shown_tiers": N_("Values shown by source tier: {tiers}."),
    "maps_col_status": N_("Status"),
    "maps_reported": N_("reported"),
    "maps_col_date": N_("Date"),
    "maps_col_note": N_("Note"),
    # Corridors
    "maps_flow": N_("Direction"),
    "maps_flow_in": N_("Born abroad, living in Türkiye"),
    "maps_flow_out": N_("Born in Türkiye, living abroad"),
    "maps_top": N_("Arcs drawn (largest corridors)"),
    "maps_corridor_note_in": N_(
        "UN DESA International Migrant Stock 2024: persons living in Türkiye by country of birth, mid-year. "
        "The source lists 44 origins (95–98% of all migrants in Türkiye).",
    ),
    "maps_corridor_note_out": N_(
        "UN DESA International Migrant Stock 2020 (an older revision, not comparable with the 2024 figures of "
        "the other direction): persons born in Türkiye by country of residence, mid-year.",
    ),
    "maps_corridors_not_drawn": NN_("{n} corridor has no country centroid and is listed in the table only.",
                                    "{n} corridors have no country centroid and are listed in the table only."),
    "maps_corridor_labels": N_(
        "The largest corridors (up to {n}, where there is room) are labelled with the country and the number "
        "of persons; circle area grows with the number of persons.",
    ),
    "maps_arc_partner_in": N_("Country of birth (origin)"),
    "maps_arc_partner_out": N_("Country of residence (destination)"),
    "maps_arc_home": N_("Türkiye"),
    "maps_arc_width": N_("Arc width grows with the number of persons."),
    "maps_persons": N_("Persons"),
    "maps_share": N_("Share of the corridors listed, % (derived)"),
    "maps_share_tooltip": N_("Share of the corridors listed: {share}"),
    "maps_on_map": N_("Drawn"),
    # Deaths
    "maps_year_all": N_("All years"),
    "maps_cause": N_("Cause of death"),
    "maps_route": N_("Route"),
    "maps_all": N_("All"),
    "maps_total_incidents": N_("Incidents"),
    "maps_col_dead": N_("Dead"),
    "maps_col_missing": N_("Missing"),
    "maps_col_dead_missing": N_("Dead and missing"),
    "maps_col_location": N_("Location (as described by IOM)"),
    "maps_col_cause": N_("Cause"),
    "maps_col_route": N_("Route"),
    "maps_at_sea": N_("at sea"),
    "maps_people_tooltip": N_("{total} dead and missing ({dead} dead, {missing} missing)"),
    "maps_iom_note": N_(
        "IOM Missing Migrants Project figures are minimum estimates, revised continuously; places are as "
        "recorded by IOM. Incidents up to April 2025 come from IOM's full download, later ones from its "
        "Europe-routes download. Circle area grows with the number of dead and missing.",
    ),
    "maps_scope": N_("Scope"),
    "maps_scope_routes": N_("Routes through Türkiye"),
    "maps_scope_region": N_("Wider region (all routes)"),
    "maps_scope_routes_note": N_(
        "Incidents that IOM assigns to the four routes through Türkiye (Eastern Mediterranean, Türkiye–Europe "
        "land route, Iran to Türkiye, Syria to Türkiye), in whatever country they happened: the scope of the "
        "Overview's figure. IOM files sea crossings from eastern Libya towards Crete under the Eastern "
        "Mediterranean route, so some of them are off Libya.",
    ),
    "maps_scope_region_note": N_(
        "Wider than the Overview's figure: adds the incidents in Türkiye, Greece, Bulgaria, Cyprus, Syria, Iran "
        "and Iraq on other routes or with no route assigned.",
    ),
    "maps_scope_region_adds": N_("Dead and missing added by the wider scope: {added}."),
    "maps_deaths_same_as_headline": N_("{year}: {value} dead and missing, the figure on the Overview."),
    "maps_deaths_differs_from_headline": N_(
        "{year}: the Overview's figure is {value}; the map shows {shown} because it leaves out incidents "
        "reported together (cumulative) and records without a date, which have no place on a map.",
    ),
    "maps_no_incidents": N_("No incident matches this selection."),
    "maps_cause_drowning": N_("Drowning"),
    "maps_cause_vehicle_accident": N_("Vehicle accident, hazardous transport"),
    "maps_cause_violence": N_("Violence"),
    "maps_cause_harsh_conditions": N_("Harsh conditions, lack of shelter, food or water"),
    "maps_cause_sickness": N_("Sickness, lack of health care"),
    "maps_cause_accidental": N_("Accidental death"),
    "maps_cause_mixed_or_unknown": N_("Mixed or unknown"),
    "maps_route_eastern_mediterranean": N_("Eastern Mediterranean"),
    "maps_route_turkiye_europe_land": N_("Türkiye–Europe land route"),
    "maps_route_iran_to_turkiye": N_("Iran to Türkiye"),
    "maps_route_syria_to_turkiye": N_("Syria to Türkiye"),
    "maps_route_afghanistan_to_iran": N_("Afghanistan to Iran"),
    "maps_route_western_balkans": N_("Western Balkans"),
    "maps_route_central_mediterranean": N_("Central Mediterranean"),
    "maps_route_none": N_("no route assigned"),
    # World map (Objectives → Map)
    "maps_world_measure": N_("Show"),
    "maps_world_measure_absolute": N_("Absolute numbers"),
    "maps_world_measure_per_1000": N_("Per 1,000 inhabitants (derived)"),
    "maps_world_per_1000_unit": N_("per 1,000 inhabitants (derived)"),
    "maps_world_per_1000_note": N_(
        "Per 1,000 inhabitants is computed by this dashboard: the value divided by the World Bank's total "
        "population (WDI) of the same country and year, times 1,000. Countries without a population figure "
        "for that year are shown as no data.",
    ),
    "maps_world_turkiye": N_("Türkiye is outlined in orange."),
}
