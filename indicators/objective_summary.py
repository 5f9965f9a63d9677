"""A one-page printable summary of one GCM objective (A4 PDF), for the analyst who needs a single topic.

The content is the briefing's (`indicators.briefing.build_briefing` for that objective alone, every indicator
with data for Türkiye, no peers): the objective's status and evidence, its key messages, as many indicator
charts as fit the page (assessed and headline indicators first), the other indicators as one line each,
and the numbered sources. Everything is laid out on a single page: what does not fit is counted, never
pushed to a second page.
"""

from __future__ import annotations

import datetime as dt

from . import overview, registry
from .briefing import (
    ALL, VERDICT_STATUSES, BriefingContent, BriefingInputs, BriefingOptions, build_briefing, chart_pngs, method_page,
    refs_text,
)
from .briefing_pdf import FONT, MARGIN, TEXT_GREY, TITLE_BLUE, BriefingPDF
from .i18n import lang_tag, t

SOURCE_SIZE = 6.5  # pt: the source list at the foot of the page
MIN_CHART_ROOM = 45  # mm: below this, the remaining indicators are listed as lines instead of charts


def build_objective_summary(objective: int, lang: str, inputs: BriefingInputs, date: dt.date) -> BriefingContent:
    """The briefing content of `objective` alone (all its indicators with data for Türkiye, no peers).
    ValueError for an objective outside 1..23."""
    return build_briefing(BriefingOptions(lang=lang, objectives=(objective,), peers=(), date=date, scope=ALL), inputs)


def _chart_order(content: BriefingContent, indicator_ids: tuple[str, ...]) -> list[str]:
    """Indicators with a progress verdict first, then the headline figures, then the others (order kept)."""
    def rank(iid: str) -> int:
        if content.section(iid).status in VERDICT_STATUSES:
            return 0
        return 1 if iid in overview.HEADLINES else 2
    return sorted(indicator_ids, key=rank)


def render_objective_pdf(content: BriefingContent, date: dt.date, charts: dict[str, bytes] | None = None) -> bytes:
    """One A4 page for the single objective of `content` (see `build_objective_summary`). `charts` are PNGs by
    indicator id (rendered for the whole content when None)."""
    charts = chart_pngs(content) if charts is None else charts
    c = content
    pdf = BriefingPDF(t("summary_title", c.lang), c.lang)
    pdf.set_creation_date(dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC))
    pdf.set_author(t("app_title", c.lang))
    pdf.set_lang(lang_tag(c.lang))
    pdf.set_auto_page_break(False, margin=MARGIN + 5)
    pdf.add_page()
    section = c.objective_sections[0] if c.objective_sections else None
    heading = section.heading if section else c.scope_line
    pdf.set_title(heading)
    pdf.paragraph(t("summary_title", c.lang), size=8, colour=TEXT_GREY, gap=0.5)
    pdf.paragraph(heading, size=14, bold=True, colour=TITLE_BLUE, gap=1)
    pdf.paragraph(f"{c.date_line} · {c.as_of_line}", size=7.5, colour=TEXT_GREY, gap=1.5)
    if section is None:
        pdf.paragraph(t("summary_no_indicator", c.lang), size=9.5)
        return bytes(pdf.output())
    pdf.swatch_line(section.colour, f"{section.status_text} · {section.evidence_text}", size=9)
    pdf.ln(2)
    for message in c.key_messages:
        pdf.set_font(FONT, size=8.5)
        pdf.set_x(MARGIN)
        pdf.cell(4, 4.2, "•")
        pdf.paragraph(message, size=8.5, gap=1, indent=4)
    pdf.ln(1)

    sources = [f"[{e.number}] {e.text()}" for e in c.sources]
    sources_height = sum(pdf.text_height(s, SOURCE_SIZE) + 0.5 for s in sources) + 8
    ids = _chart_order(c, section.indicator_ids)
    lines = []
    for iid in ids:
        s = c.section(iid)
        png = charts[iid]
        width, height = (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big"))
        block = (pdf.text_height(f"{s.title} {refs_text(s.refs)}", 10, bold=True) + pdf.text_height(s.latest_text, 8.5)
                 + pdf.text_height(s.takeaway, 8.5) + 9 + pdf.epw * height / width)
        if not lines and pdf.room() - sources_height >= max(block, MIN_CHART_ROOM):
            pdf.indicator_block(s, png)
        else:
            lines.append(s)
    for s in lines:
        text = f"{s.title} {refs_text(s.refs)}: {s.latest_text}; {s.status_text}."
        if pdf.room() - sources_height < pdf.text_height(text, 8) + 6:
            shown = lines.index(s)
            pdf.paragraph(t("summary_more", c.lang, n=len(lines) - shown), size=8, colour=TEXT_GREY)
            break
        pdf.paragraph(text, size=8, gap=0.8)
    if section.see_also:
        pdf.paragraph(section.see_also, size=8, colour=TEXT_GREY, gap=0.8)

    pdf.set_y(pdf.page_break_trigger - sources_height + 4)
    pdf.paragraph(f"{c.headings['sources']} · {t('summary_method', c.lang, method_page=method_page(c.lang))}",
                  size=7, bold=True, colour=TEXT_GREY, gap=0.5)
    for text in sources:
        pdf.paragraph(text, size=SOURCE_SIZE, colour=TEXT_GREY, gap=0.5)
    return bytes(pdf.output())


def objective_summary_pdf(objective: int, lang: str, inputs: BriefingInputs, date: dt.date) -> bytes:
    """The one-page PDF of `objective` (see `render_objective_pdf`); its indicators must be in the registry."""
    if not registry.for_objective(objective):
        raise ValueError(f"objective {objective} has no indicator in the registry")
    return render_objective_pdf(build_objective_summary(objective, lang, inputs, date), date)
