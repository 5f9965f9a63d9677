"""The briefing as an A4 PDF (fpdf2), with the DejaVu Sans TTF embedded so Turkish letters print correctly.

Layout only: every text and number comes from `indicators.briefing.BriefingContent`. Page 1 is the executive
summary (key messages, then the scorecard); then one section per chosen objective with its indicators (latest
figure, takeaway, chart; about three a page); then peers, comparisons, method and sources. A heading never
ends a page: it moves to the next page with the first block under it. Table columns are at least as wide as
their longest heading word and their unbreakable values (numbers with units are kept on one line with
no-break spaces). Every page carries "Page n of N". The creation date is the briefing's date, so two builds
of the same content are byte-identical.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TableCellFillMode, XPos, YPos
from fpdf.fonts import FontFace

from .briefing import BriefingContent, IndicatorSection, chart_pngs, refs_text
from .i18n import lang_tag, t

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
FONT = "DejaVu"
MARGIN = 15  # mm
CONTENT_WIDTH = 210 - 2 * MARGIN  # A4 width minus margins, mm
CHART_WIDTH = CONTENT_WIDTH  # mm
HEADER_FILL = (230, 236, 244)
TEXT_GREY = (85, 85, 85)
TITLE_BLUE = (31, 78, 121)
CELL_PADDING = 1.2  # mm
NBSP = "\u00a0"


def font_paths(folder: Path = FONT_DIR) -> dict[str, Path]:
    """Regular and bold DejaVu Sans files; FileNotFoundError naming the Debian package if one is missing."""
    paths = {style: folder / name for style, name in FONT_FILES.items()}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        raise FileNotFoundError(
            f"font file(s) {', '.join(missing)} not found: the PDF briefing embeds DejaVu Sans for Turkish "
            "letters; install Debian's fonts-dejavu-core (apt-get install fonts-dejavu-core)"
        )
    return paths


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _png_size(png: bytes) -> tuple[int, int]:
    """Width and height in pixels from a PNG's IHDR chunk."""
    return struct.unpack(">II", png[16:24])


def unbreakable(text: str) -> str:
    """`text` with no-break spaces, so that a value such as `US$ 851,44 Mn` is never split over two lines."""
    return text.replace(" ", NBSP)


class BriefingPDF(FPDF):
    """An A4 page set with the DejaVu fonts, the running footer and the layout helpers of the briefing."""

    def __init__(self, title: str, lang: str):
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.doc_title = title
        self.doc_lang = lang  # FPDF.set_lang sets self.lang to the BCP 47 tag
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN + 5)
        for style, path in font_paths().items():
            self.add_font(FONT, style=style, fname=str(path))
        self.alias_nb_pages()

    def footer(self) -> None:
        self.set_y(-MARGIN)
        self.set_font(FONT, size=8)
        self.set_text_color(*TEXT_GREY)
        self.cell(CONTENT_WIDTH * 0.75, 5, self.doc_title[:110], align="L")
        self.cell(CONTENT_WIDTH * 0.25, 5, t("briefing_page_of", self.doc_lang, page=self.page_no(), total="{nb}"),
                  align="R")
        self.set_text_color(0, 0, 0)

    def room(self) -> float:
        """Millimetres left above the bottom margin of the current page."""
        return self.page_break_trigger - self.get_y()

    def need(self, height: float) -> None:
        """A new page unless `height` mm fit below the current position."""
        if height > self.room():
            self.add_page()

    def text_height(self, text: str, size: float, width: float = CONTENT_WIDTH, bold: bool = False) -> float:
        """The height in mm that `paragraph(text, size)` takes (before its gap)."""
        self.set_font(FONT, style="B" if bold else "", size=size)
        lines = self.multi_cell(width, size * 0.5, text, dry_run=True, output="LINES")
        return len(lines) * size * 0.5

    def paragraph(self, text: str, size: float = 9.5, bold: bool = False, colour=(0, 0, 0), gap: float = 1.5,
                  indent: float = 0) -> None:
        self.set_font(FONT, style="B" if bold else "", size=size)
        self.set_text_color(*colour)
        self.set_x(MARGIN + indent)
        self.multi_cell(CONTENT_WIDTH - indent, size * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(gap)

    def heading(self, text: str, keep_with: float = 30, size: float = 14) -> None:
        """A section heading, moved to a new page with the `keep_with` mm that follow it when they do not fit."""
        self.need(self.text_height(text, size, bold=True) + 4 + keep_with)
        self.ln(2)
        self.paragraph(text, size=size, bold=True, colour=TITLE_BLUE, gap=2)

    def swatch_line(self, colour: str, text: str, size: float = 8.5) -> None:
        """A line of text after a small square in the status colour."""
        y = self.get_y()
        self.set_fill_color(*_rgb(colour))
        self.set_draw_color(120, 120, 120)
        self.rect(MARGIN, y + 0.8, 3, 3, style="DF")
        self.set_x(MARGIN + 5)
        self.set_font(FONT, size=size)
        self.multi_cell(CONTENT_WIDTH - 5, size * 0.53, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def column_widths(self, headings: Sequence[str], rows: Sequence[Sequence[str]], size: float,
                      wrap: Sequence[bool]) -> tuple[float, ...]:
        """Widths (mm) summing to the content width: each column fits its longest heading word in bold and,
        unless it may `wrap`, its longest value; the wrapping columns share what is left in proportion to
        their longest text."""
        pad = 2 * CELL_PADDING + 0.6
        self.set_font(FONT, style="B", size=size)
        minimum = [max((self.get_string_width(w) for w in h.split()), default=0) + pad for h in headings]
        self.set_font(FONT, size=size)
        for j, can_wrap in enumerate(wrap):
            if not can_wrap:
                minimum[j] = max([minimum[j], *(self.get_string_width(r[j]) + pad for r in rows)])
        left = CONTENT_WIDTH - sum(minimum)
        wrapping = [j for j, can_wrap in enumerate(wrap) if can_wrap]
        if left > 0 and wrapping:
            longest = {j: max([self.get_string_width(headings[j]), *(self.get_string_width(r[j]) for r in rows)])
                       for j in wrapping}
            total = sum(longest.values()) or 1
            for j in wrapping:
                minimum[j] += left * longest[j] / total
        return tuple(minimum)

    def grid(self, headings: list[str], rows: list[list[str]], wrap: Sequence[bool], size: float = 8,
             aligns: tuple[str, ...] | None = None, fills: list[list[str | None]] | None = None) -> None:
        """A table with a repeated heading row; header words never break and non-wrapping columns keep each
        value on one line. `fills`: per-cell background colour (hex) or None."""
        rows = [[cell if can_wrap else unbreakable(cell) for cell, can_wrap in zip(r, wrap, strict=True)]
                for r in rows]
        widths = self.column_widths(headings, rows, size, wrap)
        self.set_font(FONT, size=size)
        self.set_fill_color(255, 255, 255)  # the table fills with the current colour; the swatches change it
        with self.table(col_widths=widths, width=CONTENT_WIDTH, text_align=aligns or "LEFT", line_height=size * 0.5,
                        headings_style=FontFace(emphasis="BOLD", fill_color=HEADER_FILL), repeat_headings=1,
                        cell_fill_mode=TableCellFillMode.NONE, padding=CELL_PADDING,
                        first_row_as_headings=True) as table:
            header = table.row()
            for text in headings:
                header.cell(text)
            for i, cells in enumerate(rows):
                row = table.row()
                for j, text in enumerate(cells):
                    fill = fills[i][j] if fills else None
                    row.cell(text, style=FontFace(fill_color=_rgb(fill)) if fill else None)
        self.ln(2)

    def indicator_block(self, section: IndicatorSection, png: bytes, chart_width: float = CHART_WIDTH) -> None:
        """An indicator: title with its source references, status, latest figure, takeaway and the chart,
        kept together on one page."""
        width_px, height_px = _png_size(png)
        chart_height = chart_width * height_px / width_px
        title = f"{section.title} {refs_text(section.refs)}"
        text_height = (self.text_height(title, 10, bold=True) + self.text_height(section.latest_text, 8.5)
                       + self.text_height(section.takeaway, 8.5) + 9)
        self.need(text_height + chart_height)
        self.paragraph(title, size=10, bold=True, gap=0.3)
        self.swatch_line(section.colour, f"{section.status_text} · {section.latest_text}")
        self.paragraph(section.takeaway, size=8.5, colour=TEXT_GREY, gap=0.5)
        self.image(io.BytesIO(png), x=MARGIN + (CONTENT_WIDTH - chart_width) / 2, w=chart_width, h=chart_height,
                   alt_text=section.alt_text)
        self.ln(3)


def summary_page(pdf: BriefingPDF, c: BriefingContent) -> None:
    """Page 1: title, date, key messages and the scorecard (status and evidence of each objective)."""
    pdf.paragraph(c.title, size=16, bold=True, colour=TITLE_BLUE, gap=1)
    pdf.paragraph(f"{c.date_line} · {c.as_of_line}", size=7.5, colour=TEXT_GREY, gap=0.5)
    pdf.paragraph(c.scope_line, size=7.5, colour=TEXT_GREY, gap=1)
    pdf.heading(c.headings["messages"], keep_with=20, size=12)
    for message in c.key_messages:
        pdf.set_font(FONT, size=9)
        pdf.set_x(MARGIN)
        pdf.cell(4, 4.5, "•")
        pdf.paragraph(message, size=9, gap=1.2, indent=4)
    pdf.heading(c.headings["scorecard"], keep_with=40, size=12)
    pdf.grid([c.column("objective"), "", c.column("status"), c.column("evidence")],
             [[f"{r.objective} · {r.short_title}", "", r.status_text, r.evidence_text] for r in c.scorecard],
             wrap=(False, False, False, True), size=7.5,
             fills=[[None, r.colour, None, None] for r in c.scorecard])
    if c.scorecard_note:
        pdf.paragraph(c.scorecard_note, size=7.5, colour=TEXT_GREY)


def render_pdf(content: BriefingContent, date: dt.date, charts: dict[str, bytes] | None = None) -> bytes:
    """The briefing as PDF bytes (A4). `date` fixes the creation date metadata (the date line's date);
    `charts` are PNGs by indicator id (rendered with `indicators.briefing.chart_pngs` when None)."""
    charts = chart_pngs(content) if charts is None else charts
    c = content
    pdf = BriefingPDF(c.title, c.lang)
    pdf.set_creation_date(dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC))
    pdf.set_title(c.title)
    pdf.set_author(t("app_title", c.lang))
    pdf.set_lang(lang_tag(c.lang))
    pdf.add_page()
    summary_page(pdf, c)

    pdf.add_page()
    pdf.paragraph(c.headings["objectives"], size=14, bold=True, colour=TITLE_BLUE, gap=2)
    for o in c.objective_sections:
        first = c.section(o.indicator_ids[0]) if o.indicator_ids else None
        keep = 60 if first is None else 25 + CHART_WIDTH * _ratio(charts[first.indicator_id])
        pdf.heading(o.heading, keep_with=keep, size=11.5)
        pdf.swatch_line(o.colour, f"{o.status_text} · {o.evidence_text}", size=8.5)
        for line in o.details:
            pdf.paragraph(line, size=7.5, colour=TEXT_GREY, gap=0.2, indent=5)
        if o.see_also:
            pdf.paragraph(o.see_also, size=8, colour=TEXT_GREY, gap=0.5)
        pdf.ln(1.5)
        for iid in o.indicator_ids:
            pdf.indicator_block(c.section(iid), charts[iid])

    peer_table_height = 12 + 9 * len(c.peer_rows)
    pdf.heading(c.headings["peers"], keep_with=min(peer_table_height, 60))
    if c.peer_rows:
        n = len(c.peer_columns)
        pdf.grid([c.column("indicator"), c.column("year"), c.column("rank"), *c.peer_columns, c.column("source")],
                 [[r.title, str(r.year), r.rank_text, *r.values, refs_text(r.refs)] for r in c.peer_rows],
                 wrap=(True, False, False, *(False,) * n, False), size=7,
                 aligns=("LEFT", "CENTER", "LEFT", *("RIGHT",) * n, "LEFT"))
    pdf.paragraph(c.peers_note, size=8, colour=TEXT_GREY)

    pdf.heading(c.headings["comparisons"], keep_with=30)
    pdf.paragraph(c.comparisons_note, size=8.5, colour=TEXT_GREY)
    if c.comparisons:
        pdf.grid([c.column("year"), c.column("national"), c.column("international"), c.column("difference")],
                 [[str(r.year), f"{r.title_a}: {r.value_a} {refs_text(r.refs_a)}",
                   f"{r.title_b}: {r.value_b} {refs_text(r.refs_b)}", r.difference_text] for r in c.comparisons],
                 wrap=(False, True, True, False), size=8, aligns=("CENTER", "LEFT", "LEFT", "RIGHT"))

    pdf.heading(c.headings["method"], keep_with=40)
    for text in c.methodology:
        pdf.paragraph(text, size=9)

    pdf.heading(c.headings["sources"], keep_with=20)
    for entry in c.sources:
        pdf.paragraph(f"[{entry.number}] {entry.text()}", size=7.5, gap=0.8)
    return bytes(pdf.output())


def _ratio(png: bytes) -> float:
    width, height = _png_size(png)
    return height / width
