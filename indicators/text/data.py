"""UI strings of the "Data and sources" page (pages/data.py, indicators/catalogue.py)."""

from ..messages import NN_, NP_, Message, N_

STRINGS: dict[str, Message] = {
    "data_intro": N_(
        "Every indicator, dataset and source behind the dashboard, with coverage, vintages and licences. "
        "Everything can be downloaded.",
    ),
    "data_download_heading": N_("Downloads"),
    "data_download_all": N_("Download all data (zip)"),
    "data_download_all_help": N_(
        "Every indicator as CSV (full series with source columns), metadata.csv, sources.csv and a README. "
        "Built when you click.",
    ),
    "data_download_metadata": N_("metadata.csv (data dictionary)"),
    "data_download_sources": N_("sources.csv (source records)"),
    "data_tab_indicators": N_("Indicators"),
    "data_tab_datasets": N_("Datasets"),
    "data_tab_tiers": N_("Source tiers"),
    "data_tiers_all": N_("All indicators"),
    "data_col_publisher_table": N_("Where the publisher publishes it"),
    "data_col_publisher_table_url": N_("Where to check it"),
    "data_tiers_caption": N_(
        "Counts of the values shown on the dashboard (the headline series: one value per geography and year) by "
        "the tier of their source; the last row adds up all indicators. For national indicators the last two "
        "columns say where the publisher's own table is, to check the figures; where only the site is given, "
        "open the section named.",
    ),
    "data_tab_sources": N_("Sources"),
    "data_tab_method": N_("Progress method"),
    "data_tab_mapping": N_("SDG-GCM mapping"),
    "data_mapping_intro": N_(
        "Which SDG indicators serve which GCM objectives. This mapping is a proposal of this project: the "
        "official GCM indicator list (report of the Secretary-General A/79/590, December 2024) is not available "
        "here. The Overview scorecard and the Objectives page place indicators under objectives by this mapping; "
        "indicators without an SDG code are placed by this project as well. The SDG indicator titles (the UN's), "
        "directions and caveats (the framework file's) are in English.",
    ),
    "data_mapping_proposal": N_("Proposal of this project, not the official GCM indicator list"),
    "data_mapping_english": N_("SDG titles, desired directions and caveats are in English (official SDG wording)."),
    "data_col_mapping_sdg": N_("SDG indicator"),
    "data_col_mapping_title": N_("SDG indicator title"),
    "data_col_mapping_objectives": N_("GCM objectives (proposed)"),
    "data_col_mapping_direction": N_("Desired direction or target"),
    "data_col_mapping_dashboard": N_("Dashboard indicators"),
    "data_col_mapping_caveat": N_("Caveat"),
    "data_col_mapping_status": N_("Status of the mapping"),
    "data_search": N_("Search indicators"),
    "data_search_placeholder": N_("e.g. remittance, Syrians, göç"),
    "data_search_sources": N_("Search sources"),
    "data_search_sources_placeholder": N_("publisher, title or id"),
    "data_filter_objective": N_("GCM objective"),
    "data_filter_publisher": N_("Publisher"),
    "data_all": N_("All"),
    "data_n_indicators": NN_("{shown} of {total} indicator", "{shown} of {total} indicators"),
    "data_n_sources": NN_("{shown} of {total} source record", "{shown} of {total} source records"),
    "data_no_match": N_("No indicator matches. Clear the search or the filters."),
    "data_catalogue_caption": N_(
        "Coverage: years and number of geographies (countries, aggregates or provinces) with a headline value. "
        "Search looks in ids and in the English and Turkish titles.",
    ),
    "data_col_id": N_("Id"),
    "data_col_title": N_("Title"),
    "data_col_objectives": N_("Objectives"),
    "data_col_sdg": N_("SDG"),
    "data_col_unit": N_("Unit"),
    "data_col_years": N_("Years"),
    "data_col_geos": N_("Geographies"),
    "data_col_publishers": N_("Publishers"),
    "data_col_sources": N_("Source ids"),
    "data_col_dataset": N_("Dataset"),
    "data_col_rows": N_("Rows"),
    "data_col_n_sources": NP_("number of", "Sources"),
    "data_col_rows_by_tier": N_("Rows by source tier"),
    "data_col_publisher": N_("Publisher"),
    "data_col_quoted": N_("Figures from"),
    "data_col_url": N_("URL"),
    "data_col_version": N_("Version / vintage"),
    "data_col_accessed": N_("Accessed"),
    "data_col_licence": N_("Licence"),
    "data_col_licence_derived": N_("Licence of derived data"),
    "data_col_citation": N_("Citation"),
    "data_col_kind": N_("Kind"),
    "data_col_method": N_("Method"),
    "data_col_case": N_("Case"),
    "data_col_status": NP_("progress method table", "Status"),
    "data_col_condition": N_("Condition"),
    "data_datasets_caption": N_("Observation tables curated from the publishers' files, as loaded in the data store."),
    "data_sources_caption": N_(
        "Source records are in English, as published. National figures quoted by news or report pages name "
        "the page they were transcribed from and the original publisher; the tier says how close the source "
        "is to the publisher (only the first two tiers are official figures).",
    ),
    "data_thresholds_heading": N_("Thresholds of the progress methods"),
    "data_thresholds_caption": N_(
        "P: growth rate a year, signed by the desired direction; C: factor near a natural limit (1 without one); "
        "R: observed growth over the growth needed to reach the target by 2030.",
    ),
    "data_method_english_only": N_("The method note below is in English."),
    "data_method_heading": N_("Method note"),
    "data_case_no_target": N_("no target"),
    "data_case_target": N_("with a target"),
    "data_condition_target_met": N_("latest value meets the target"),
    "data_method_both": N_("Both methods (project rule)"),
    "data_case_project": N_("indicator"),
    "data_case_project_target": N_("threshold chosen by this project"),
    "data_case_ordinal": N_("ordinal categories"),
    "data_case_objective": N_("objective"),
    "data_condition_threshold_met": N_("latest value meets the threshold (never \"target achieved\")"),
    "data_condition_category_up": N_("latest category better than the base category"),
    "data_condition_category_same": N_("same category"),
    "data_condition_category_down": N_("latest category worse than the base category"),
    "data_condition_no_direction": N_("the indicator has no desired direction (context)"),
    "data_condition_insufficient": N_("fewer than {n} indicators assessed, or fewer than {share}% of those with a desired direction"),
    "data_kind_official_release": N_("official release"),
    "data_kind_official_page": N_("official page"),
    "data_kind_copy_of_official_release": N_("copy of an official release"),
    "data_kind_intl_report_quoting": N_("international report quoting"),
    "data_kind_gov_report_quoting": N_("government report quoting"),
    "data_kind_ngo_report_quoting": N_("NGO report quoting"),
    "data_kind_news_quoting": N_("news page quoting"),
    "data_kind_other_quoting": N_("other page quoting"),
    "data_kind_reference": N_("reference"),
    "data_kind_derived": N_("derived by this project"),
}
