"""UI strings of the import page (a maintainer's server only: `GCM_ENABLE_IMPORT=1`)."""

from ..messages import Message, N_

STRINGS: dict[str, Message] = {
    "page_import": N_("Import a publisher's table"),
    "import_intro": N_(
        "Bring in the publisher's own table (PMM or TÜİK, xlsx or csv) when it is newer than the data shipped: "
        "TÜİK's foreign-population spreadsheet as TÜİK publishes it, or the template (columns plate code or "
        "province, date, value and optionally sex; English or Turkish headers). Its values become the "
        "preferred ones for their dates; those they replace are kept as alternatives.",
    ),
    "import_maintainer_only": N_(
        "This page changes the data for everyone who uses this server. It is only offered on a server started "
        "with import enabled; keep it off on public deployments.",
    ),
    "import_disabled": N_("Importing is not enabled on this server."),
    "import_file": N_("Publisher's table (csv, xlsx or xls)"),
    "import_dataset": N_("Dataset it belongs to"),
    "import_dataset_tuik_foreign_population_by_province": N_("TÜİK: foreign population by province and sex (excludes temporary protection)"),
    "import_dataset_tr_tp_syrians_by_province": N_("PMM: Syrians under temporary protection by province"),
    "import_dataset_tr_tp_syrians": N_("PMM: Syrians under temporary protection, national total"),
    "import_source_url": N_("Address of the publisher's table (http or https)"),
    "import_accessed": N_("Date the table was downloaded"),
    "import_waiting": N_("Choose a file: what it would change is shown here before anything is applied."),
    "import_bad_file": N_("This file cannot be imported; nothing was changed. The problem (sheet, row and column):"),
    "import_preview": N_("What the import changes"),
    "import_summary": N_("Values read: {n}. Replacing a value shown now: {replaced}, by more than 1 %: {differs}. New: {added}."),
    "import_differs": N_("Values that differ by more than 1 %"),
    "import_replaced": N_("Values replaced"),
    "import_all_values": N_("Every value in the file"),
    "import_none": N_("None."),
    "import_col_place": N_("Province"),
    "import_col_date": N_("Date"),
    "import_col_sex": N_("Sex"),
    "import_col_new": N_("Value in the file"),
    "import_col_current": N_("Value shown now"),
    "import_col_change": N_("Change"),
    "import_sex_total": N_("Total"),
    "import_sex_female": N_("Female"),
    "import_sex_male": N_("Male"),
    "import_national": N_("Türkiye"),
    "import_apply": N_("Apply the import"),
    "import_need_url": N_("Enter the address of the publisher's table to apply the import."),
    "import_failed": N_("The import was not applied; nothing was changed. The problem:"),
    "import_applied": N_("Values imported from {file}: {n}. The data store was rebuilt: every page shows the new data now."),
}
