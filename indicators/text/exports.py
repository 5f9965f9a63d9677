"""UI strings of downloads (chart image captions, CSV dialects, which file fits which program) and of the
latest-figure line above an Objectives chart."""

from ..messages import Message, N_

STRINGS: dict[str, Message] = {
    "export_source": N_("Source"),
    "export_sources": N_("Sources"),
    "export_figures_dated": N_("figures dated {span}"),
    "export_more_sources": N_("+{n} more"),
    "export_footer": N_("{app} · downloaded {date}"),
    "export_csv_tr_shown": N_("CSV for Turkish Excel (shown)"),
    "export_csv_tr_full": N_("CSV for Turkish Excel (full series)"),
    "export_files_note": N_(
        "CSV: comma-separated with a full stop as decimal sign, for LibreOffice, Python, R or Excel's "
        "Data → From Text/CSV. XLSX: opens in any spreadsheet program, with a metadata sheet.",
    ),
    "export_meta_section": N_("Section"),
    "export_meta_field": N_("Field"),
    "export_meta_value": N_("Value"),
    "export_meta_indicator": N_("Indicator"),
    "export_meta_source": N_("Source {n}"),
    "export_meta_id": N_("Code"),
    "export_meta_title": N_("Title"),
    "export_meta_description": N_("Description"),
    "export_meta_unit": N_("Unit"),
    "export_meta_decimals": N_("Decimals shown"),
    "export_meta_objectives": N_("GCM objectives"),
    "export_meta_sdg": N_("SDG indicator"),
    "export_meta_direction": N_("Desired direction"),
    "export_meta_target": N_("Target"),
    "export_meta_derived": N_("Derived by this project"),
    "export_meta_processing": N_("Processing"),
    "export_meta_publisher": N_("Publisher"),
    "export_meta_version": N_("Version (vintage)"),
    "export_meta_accessed": N_("Date accessed"),
    "export_meta_licence": N_("Licence"),
    "export_meta_licence_derived": N_("Licence of the curated copy"),
    "export_meta_url": N_("Link"),
    "export_meta_citation": N_("Citation"),
    "export_meta_tier": N_("Tier"),
    # the latest-figure line above an Objectives chart (indicators.objective_view.latest_line)
    "objectives_latest_value": N_("Latest: {value} ({when})"),
    "objectives_latest_change": N_("since {year}: {diff} ({pct})"),
    "objectives_latest_change_points": N_("since {year}: {diff} percentage points"),
    "objectives_latest_change_unit": N_("since {year}: {diff}"),
    "objectives_latest_no_base": N_("no value for {year} or earlier"),
}
