"""UI strings of the "National and international figures" page (pages/national.py, indicators/comparison.py)."""

from ..messages import NN_, Message, N_

STRINGS: dict[str, Message] = {
    "national_intro": N_(
        "The same subject measured by national and international publishers, side by side. The series are "
        "never merged: each keeps its definition, vintage and source, and the differences are computed here "
        "only to show how far apart they are.",
    ),
    "national_concept": N_("Subject"),
    "national_what_differs": N_("What differs between the definitions"),
    "national_chart_heading": N_("Türkiye: the series side by side"),
    "national_chart_caption": N_(
        "One line per source (publisher · vintage). Dashed vertical line: 2018, the year the GCM was adopted. "
        "The chart starts in {start}, a few years before every source has data; the table and the downloads "
        "hold the full series.",
    ),
    "national_table_heading": N_("Values by year and source"),
    "national_table_caption": N_(
        "Differences and ratios are derived by this project, against the first source ({reference}). "
        "“–”: the source has no value for that year (not zero). A ratio is given only when both values are "
        "positive.",
    ),
    "national_diff_header": N_("Difference: {a} − {b} (derived)"),
    "national_ratio_header": N_("Ratio: {a} / {b} (derived)"),
    "national_quoted_pages": NN_("quoted by {n} page", "quoted by {n} pages"),
    "national_role_compared": N_("compared"),
    "national_role_related": N_("related measure (different concept)"),
    "national_related_suffix": N_(" (different concept)"),
    "national_related_note": N_("{series} measures a different concept: shown for context, no difference or ratio."),
    "national_definitions_heading": N_("Definitions and vintages"),
    "national_col_publisher": N_("Publisher"),
    "national_col_vintage": N_("Vintage"),
    "national_col_definition": N_("Definition"),
    "national_col_processing": N_("Processing"),
    "national_col_years": N_("Years (Türkiye)"),
    "national_col_role": N_("Role"),
    "national_col_tiers": N_("Values by source tier"),
    "national_col_link": N_("Link"),
    "national_alternatives_heading": N_("Alternative national values"),
    "national_alternatives_caption": N_(
        "Where pages quoting the national figure disagree, one value is preferred for the series above and "
        "the others are kept as alternatives, listed here with their sources. Notes are in English.",
    ),
    "national_no_alternatives": N_("No alternative values are recorded for {indicator}."),
    "national_status_preferred": N_("preferred"),
    "national_status_alternative": N_("alternative"),
    "national_col_date": N_("Date"),
    "national_col_status": N_("Status"),
    "national_col_note": N_("Note"),
    "national_conflicts_heading": N_("Recorded disagreements between national sources"),
    "national_conflicts_caption": N_(
        "From the project's register of source conflicts: both values, their sources with their tier and how the "
        "project handles the difference. Notes are in English.",
    ),
    "national_no_conflicts": N_("No disagreement is recorded for these series."),
    "national_all_conflicts": N_("All recorded disagreements ({n})"),
    "national_col_topic": N_("Topic"),
    "national_col_reference": N_("Reference date"),
    "national_col_value_a": N_("Value A"),
    "national_col_source_a": N_("Source A"),
    "national_col_url_a": N_("Link A"),
    "national_col_value_b": N_("Value B"),
    "national_col_source_b": N_("Source B"),
    "national_col_url_b": N_("Link B"),
    "national_col_handling": N_("Handling"),
    "national_show_table": N_("Table instead of chart"),
}

# Topics of the register of source conflicts (data/curated/ref_source_conflicts.csv, column topic), the
# project's own wording: one message each, shown in the reader's language (`conflict_topic`).
CONFLICT_TOPICS: dict[str, Message] = {topic.msgid: topic for topic in (
    N_("Citizenship granted to Syrians, cumulative"),
    N_("International protection applications by nationality"),
    N_("Irregular migrants apprehended"),
    N_("Irregular migrants apprehended, Jan 2025"),
    N_("Irregular migrants apprehended, cumulative 2020-2024"),
    N_("Migrant smugglers apprehended"),
    N_("Residence permit holders by province"),
    N_("Residence permit holders, year-end"),
    N_("Syrians under TP"),
    N_("Syrians under TP (year-end)"),
    N_("Syrians under TP, year-end"),
    N_("TP by province, 28 Sep 2017"),
    N_("Trafficking victims identified"),
    N_("Trafficking victims identified, cumulative"),
    N_("Trafficking victims identified, male"),
    N_("TÜİK emigrants, foreign citizens"),
    N_("TÜİK immigrants"),
    N_("Work permits granted"),
)}
# Reference dates of the register that are words, not dates (column reference).
CONFLICT_REFERENCES: dict[str, Message] = {"mid-2023": N_("mid-2023")}


def conflict_topic(topic: str, lang: str) -> str:
    """A topic or a worded reference date of the register of source conflicts in `lang` (`CONFLICT_TOPICS`,
    `CONFLICT_REFERENCES`); a text not listed there as recorded (tests/test_national.py fails on a topic)."""
    from ..i18n import translate

    message = CONFLICT_TOPICS.get(topic) or CONFLICT_REFERENCES.get(topic)
    return translate(message, lang) if message is not None else topic
