"""Strings of the one-page objective summary (indicators.objective_summary) and its button on the Objectives page."""

from ..messages import NN_, Message, N_

STRINGS: dict[str, Message] = {
    "summary_title": N_("GCM Türkiye indicators · one-objective summary"),
    "summary_no_indicator": N_("No indicator of this objective has data for Türkiye yet."),
    "summary_more": NN_("{n} more indicator in the full briefing (page Briefing).",
                        "{n} more indicators in the full briefing (page Briefing)."),
    "summary_method": N_("progress method explained in the dashboard, page {method_page}"),
    "summary_download": N_("One-page summary (PDF)"),
    "summary_download_help": N_("A printable A4 page on this objective: status, key figures, charts and sources."),
}
