"""UI and document strings of the briefing (page, PDF and DOCX)."""

from ..messages import Message, N_

STRINGS: dict[str, Message] = {
    "briefing_title": N_("Türkiye and the Global Compact for Migration: indicator briefing"),
    "briefing_subtitle": N_("Figures on the 23 GCM objectives, with their sources, source tiers and a recomputable progress method"),
    "briefing_date_line": N_("Date: {date}"),
    "briefing_as_of": N_("Data as of: store built {built}; latest data year shown {year}; reference year {ref}"),
    "briefing_ref_latest": N_("latest available"),
    "briefing_scope": N_("Objectives: {objectives}. Peer countries: {peers}."),
    "briefing_none": N_("none"),
    "briefing_page_of": N_("Page {page} of {total}"),
    "briefing_contents": N_("Contents"),
    "briefing_contents_placeholder": N_(
        "Word builds the table of contents from the headings when the document opens (or: right-click, Update "
        "Field).",
    ),
    "briefing_page": N_("Page"),
    "briefing_h_scorecard": N_("Scorecard: progress since 2018 by objective"),
    "briefing_h_peers": N_("Türkiye and peer countries"),
    "briefing_h_comparisons": N_("National and international figures that differ"),
    "briefing_h_method": N_("Methodology"),
    "briefing_h_sources": N_("Sources and licences"),
    "briefing_col_indicator": N_("Indicator"),
    "briefing_col_year": N_("Year"),
    "briefing_col_source": N_("Source"),
    "briefing_col_objective": N_("Objective"),
    "briefing_col_status": N_("Status"),
    "briefing_col_rank": N_("Türkiye's rank"),
    "briefing_col_national": N_("Figure A"),
    "briefing_col_international": N_("Figure B"),
    "briefing_col_difference": N_("B − A (% of A)"),
    "briefing_coverage_text": N_("{assessed} of {total} assessed"),
    "briefing_input_threshold": N_("Threshold chosen by this project (not an official target)"),
    "briefing_input_scale": N_("Measurement level"),
    "briefing_input_base": N_("Base"),
    "briefing_input_latest": N_("Latest"),
    "briefing_input_target": N_("Target 2030"),
    "briefing_input_cagr": N_("Observed growth"),
    "briefing_input_required": N_("Required growth"),
    "briefing_input_score": N_("Score (−5..+5)"),
    "briefing_input_reason": N_("Why not assessed"),
    "briefing_per_year": N_("{value} a year"),
    "briefing_rank_value": N_("{rank} of {total}"),
    "briefing_peers_note": N_(
        "Countries ranked by value in the year shown, highest first (a ranking, not a judgement); "
        "'–' means no value for that year.",
    ),
    "briefing_no_peers": N_("No peer country selected."),
    "briefing_no_comparisons": N_("No differing national and international figures for the selection."),
    "briefing_comparisons_note": N_(
        "Indicators measuring the same concept from different publishers, for the latest year both cover. "
        "They are shown side by side, never merged.",
    ),
    "briefing_method_1": N_(
        "How progress is measured. For each indicator, the first value from 2018 on (2018 is the year the GCM "
        "was adopted) is compared with the latest value. Where an official text sets a 2030 target, the pace "
        "since 2018 is compared with the pace needed to reach it: at least 95 % of that pace is 'on track', at "
        "least 60 % 'progress made but acceleration needed', less 'limited progress', and a move the wrong way "
        "'deterioration'. Without a target, the yearly growth in the desired direction is compared with 1.5 % "
        "and 0.5 % a year. A threshold chosen by this project, not by an official text, is never reported as "
        "'target achieved'. Indicators measured in categories (such as the UN policy survey) report whether the "
        "category improved, stayed or worsened.",
    ),
    "briefing_method_2": N_(
        "An indicator is not assessed when it has no desired direction (more or fewer is not in itself better, "
        "as for the number of refugees hosted) or fewer than two years of data from 2018 on. An objective gets a "
        "status only when at least two of its indicators, and at least 80 % of those that can be assessed, have "
        "a result; otherwise it is marked 'insufficient evidence'. The years next to each status are the years "
        "of its inputs; an input is called dated when its publisher has published two or more later years for "
        "other countries.",
    ),
    "briefing_method_3": N_(
        "The method follows the progress measure published by Open SDG and Statistics Canada. It is not an "
        "official GCM method: the UN has published no progress rule for GCM indicators. Numbers in square "
        "brackets refer to the numbered list of sources. The full explanation, with every threshold, is in the "
        "dashboard, page {method_page}.",
    ),
    "briefing_h_messages": N_("Key messages"),
    "briefing_h_objectives": N_("Objectives: latest figures and takeaways"),
    "briefing_col_evidence": N_("Evidence"),
    "briefing_scorecard_note": N_("No indicator yet for objectives {objectives}."),
    "briefing_evidence_dated": N_("latest data dated"),
    "briefing_objective_heading": N_("Objective {n}: {title}"),
    "briefing_latest_line": N_("Latest: {value} ({period}), {source}"),
    "briefing_takeaway_change": N_("{change} since {year} ({base} then)"),
    "briefing_takeaway_no_base": N_("No value from {year} on to compare with"),
    "briefing_takeaway_status": N_("progress status: {status}"),
    "briefing_takeaway_no_direction": N_("not assessed, as no desired direction is defined for it"),
    "briefing_takeaway_not_available": N_("not assessed: fewer than two years of data from 2018 on"),
    "briefing_see_also": N_("Also serves this objective: {items}."),
    "briefing_see_also_item": N_("{title} (see objective {objective})"),
    "briefing_alt": N_(
        "Line chart of {title} for Türkiye, {n} values from {first_year} to {last_year}: {first} in {first_year}, "
        "{last} in {last_year}, highest {peak} in {peak_year}.",
    ),
    "briefing_pub_undesa": N_("UN DESA"),
    "briefing_pub_mmp": N_("IOM Missing Migrants Project"),
    "briefing_pub_sdg_database": N_("UN Global SDG Indicators Database"),
    "briefing_in_year": N_("in {period}"),
    "briefing_on_date": N_("on {period}"),
    "briefing_src_gcm_publisher": N_("United Nations General Assembly"),
    "briefing_src_gcm_title": N_(
        "Global Compact for Safe, Orderly and Regular Migration, resolution A/RES/73/195 "
                               "(19 December 2018)",
    ),
    "briefing_src_translation_publisher": N_("GCM Türkiye indicators"),
    "briefing_src_translation_title": N_("Unofficial Turkish translation of the titles of the 23 GCM objectives"),
    "briefing_src_method_publisher": N_("Open SDG and Statistics Canada"),
    "briefing_src_method_title": N_("Progress measure and progress methodology (Open SDG 2.4)"),
    "briefing_message_figure": N_("{title} was {value} {period} ({source})."),
    "briefing_message_change": N_("That is {change} since {year}, when it was {base}."),
    "briefing_message_rank": N_("Among the {n} Champion Countries with data for {year}, Türkiye ranks {rank}."),
    "briefing_message_scorecard": N_(
        "Of the {n} objectives with indicators, progress since {year} can be judged for few: {verdicts}. "
        "The other {rest} have insufficient evidence or indicators without a desired direction.",
    ),
    "briefing_message_no_verdict": N_("None of the {n} objectives with indicators has enough evidence for a progress status since {year}."),
    "briefing_licence_news": N_("Official statistics (facts); page text © its publisher"),
    "briefing_licence_unconfirmed": N_("{code} (licence not confirmed by the publisher)"),
    "briefing_licence_nc": N_("(non-commercial use only)"),
    "briefing_licence_terms": N_("Publisher's terms of use"),
    # Page
    "briefing_select_objectives": N_("Objectives"),
    "briefing_select_peers": N_("Peer countries"),
    "briefing_select_year": N_("Reference year"),
    "briefing_latest_option": N_("Latest available"),
    "briefing_preview": N_("Preview"),
    "briefing_download_pdf": N_("Download PDF (A4)"),
    "briefing_download_docx": N_("Download DOCX (editable)"),
    "briefing_need_objective": N_("Choose at least one objective."),
    "briefing_charts_caption": N_("One chart per indicator with data for Türkiye."),
    "briefing_select_scope": N_("Indicators"),
    "briefing_scope_key": N_("Key indicators"),
    "briefing_scope_all": N_("All indicators"),
    "briefing_scope_caption": N_(
        "Key indicators: the headline figures and the indicators whose progress since 2018 can be assessed "
        "({n_key} of the {n_all} indicators with data for the chosen objectives). They are the default when "
        "all indicators would make the briefing longer than about 20 A4 pages (more than {max} indicators).",
    ),
    "briefing_scope_key_line": N_("Indicators: headline figures and those with a progress assessment only."),
    # Chart and XLSX downloads (dashboard/exports.py)
    "briefing_download_png": N_("PNG"),
    "briefing_download_svg": N_("SVG"),
    "briefing_download_xlsx": N_("Download XLSX (data and metadata)"),
}
