"""UI strings of the overview page ("Türkiye at a glance")."""

from ..messages import Message, N_, NP_

STRINGS: dict[str, Message] = {
    "overview_tagline": N_("Türkiye at a glance"),
    "overview_intro": N_(
        "Latest figures on migration to and from Türkiye, each with its source and how close that source is to "
        "the publisher, and progress on the 23 objectives of the Global Compact for Migration since it was "
        "adopted in December 2018.",
    ),
    "overview_headlines": N_("Headline figures"),
    "overview_headlines_caption": N_(
        "Changes are derived by this project from the series shown: since the previous value and since the "
        "first value in or after {base}.",
    ),
    "overview_since": N_("since {year}"),
    "overview_changes": N_("Arrow: vs {previous} · since {base}: {change}"),
    "overview_change_previous_only": N_("Arrow: vs {previous}"),
    "overview_card_source": N_("{period} · {source}"),
    "overview_dated": N_("Dated: the latest value held is for {year}, {lag} years before {reference}. Source vintage: {version}."),
    "overview_dated_short": N_("{period}, dated; source vintage: {version}"),
    "overview_pp": N_("pp"),
    "overview_note_refugees_vs_tp": N_(
        "Refugees hosted (UNHCR) and Syrians under temporary protection (PMM) measure different things: UNHCR "
        "counts refugees under its mandate, all nationalities, in its annual statistics; the Presidency of "
        "Migration Management (PMM) counts Syrians registered under temporary protection on a given date. "
        "They are shown side by side and never added up.",
    ),
    "overview_headlines_table": N_("Headline figures as a table"),
    "overview_scorecard": N_("GCM scorecard: progress on the 23 objectives"),
    "overview_base_year": N_("Base year"),
    "overview_method": N_("Progress method"),
    "overview_method_opensdg": N_("Open SDG"),
    "overview_method_unsd": N_("UNSD 2023"),
    "overview_method_explained": N_(
        "Each indicator is assessed from its first value in or after the base year to its latest value with "
        "the Open SDG method (Statistics Canada; score −5 to +5) or the UN Statistics Division's Progress Chart "
        "2023 rule (no score); category indicators are compared category to category. An objective's status "
        "averages its indicators; they are placed under objectives by an SDG-GCM mapping that this project "
        "proposes, not the official GCM indicator list. Method, thresholds, mapping and every indicator's "
        "assessment:",
    ),
    "overview_method_link": N_("Data and method"),
    "overview_legend": N_("Status key"),
    "overview_score": N_("Score {score}"),
    "overview_inputs": N_("Inputs {years}"),
    "overview_dated_input": N_("Dated input: {title} ends in {year}; its publisher has {publisher_year}"),
    "overview_project_threshold": N_("Rests on a threshold chosen by this project, not an official target"),
    "overview_indicator_result": N_("{title}: {status} ({years})"),
    "overview_evidence_rule": N_(
        "An objective gets a status only when at least 2 of its indicators are assessed and these are at least "
        "80% of its indicators with a desired direction (project rule); otherwise it shows \"Insufficient "
        "evidence\" with the indicator results. An input is flagged as dated when it ends 2 or more years before "
        "its publisher's latest year (project threshold).",
    ),
    "overview_open_objective": N_("Objective {n}"),
    "overview_scorecard_table": N_("Scorecard as a table"),
    "overview_col_title": N_("Objective (short title)"),
    "overview_col_status": N_("Status"),
    "overview_col_score": N_("Mean score"),
    "overview_col_assessed": N_("Indicators assessed"),
    "overview_col_inputs": N_("Years of the inputs"),
    "overview_col_dated": N_("Dated inputs"),
    "overview_col_project": N_("Inputs with a project threshold"),
    "overview_col_indicators": NP_("number of", "Indicators"),
    "overview_col_reference": N_("Reference"),
    "overview_col_previous": N_("Change since previous value"),
    "overview_col_base": N_("Change since base"),
    "overview_download_scorecard": N_("Download CSV (scorecard)"),
    "overview_context": N_("Context: IOM and migration-management cooperation"),
    "overview_iom_facts": N_("IOM worldwide"),
    "overview_fact_returns": N_("Migrants helped to voluntarily return home since 1979"),
    "overview_fact_trafficked": N_("Trafficked persons assisted since the mid-1990s"),
    "overview_fact_covid": N_("Countries IOM supported in the prevention of and response to COVID-19 in 2020"),
    "overview_fact_countries": N_("Countries supported by the IOM Development Fund"),
    "overview_fact_caption": N_("Global figure, not Türkiye. Source: {source}"),
    "overview_areas": N_("Areas of migration-management cooperation in Türkiye"),
    "overview_areas_caption": N_(
        "Each area is linked to the GCM objectives it serves and to the indicators that measure it; values are "
        "the latest for Türkiye.",
    ),
    "overview_area_border": N_("Border management and irregular migration"),
    "overview_area_trafficking": N_("Counter-trafficking"),
    "overview_area_return": N_("Voluntary return and reintegration"),
    "overview_area_labour": N_("Labour migration"),
    "overview_area_inclusion": N_("Inclusion and integration"),
    "overview_area_presence": N_("Migrant presence monitoring"),
}
