"""The briefing as an A4 PDF (fpdf2), with the DejaVu Sans TTF embedded so Turkish letters print correctly.

Layout only: every text and number comes from `indicators.briefing.BriefingContent`. Tables wrap their
cells, long titles wrap with multi_cell, and every page carries "Page n of N". The creation date is the
briefing's date, so two builds of the same content are byte-identical.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TableCellFillMode, XPos, YPos
from fpdf.fonts import FontFace

from .briefing import BriefingContent, chart_pngs, refs_text
from .i18n import t

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
FONT = "DejaVu"
MARGIN = 15  # mm
CONTENT_WIDTH = 210 - 2 * MARGIN  # A4 width minus margins, mm
CHART_WIDTH = CONTENT_WIDTH  # mm
HEADER_FILL = (230, 236, 244)
TEXT_GREY = (85, 85, 85)


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


class _BriefingPDF(FPDF):
    def __init__(self, content: BriefingContent):
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.content = content
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN + 5)
        for style, path in font_paths().items():
            self.add_font(FONT, style=style, fname=str(path))
        self.alias_nb_pages()

    def footer(self) -> None:
        self.set_y(-MARGIN)
        self.set_font(FONT, size=8)
        self.set_text_color(*TEXT_GREY)
        self.cell(CONTENT_WIDTH / 2, 5, self.content.title[:90], align="L")
        self.cell(CONTENT_WIDTH / 2, 5, t("briefing_page_of", self.content.lang, page=self.page_no(), total="{nb}"),
                  align="R")
        self.set_text_color(0, 0, 0)

    def paragraph(self, text: str, size: float = 9.5, bold: bool = False, colour=(0, 0, 0), gap: float = 1.5) -> None:
        self.set_font(FONT, style="B" if bold else "", size=size)
        self.set_text_color(*colour)
        self.multi_cell(CONTENT_WIDTH, size * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(gap)

    def heading(self, text: str, min_space: float = 40) -> None:
        """A section heading, on a new page when fewer than `min_space` mm are left below it."""
        if self.get_y() + min_space > self.page_break_trigger:
            self.add_page()
        self.ln(2)
        self.paragraph(text, size=14, bold=True, colour=(31, 78, 121), gap=2)

    def grid(self, headings: list[str], rows: list[list[str]], widths: tuple[float, ...], size: float = 8,
             aligns: tuple[str, ...] | None = None, fills: list[list[str | None]] | None = None) -> None:
        """A wrapping table with a repeated heading row. `fills`: per-cell background colour (hex) or None."""
        self.set_font(FONT, size=size)
        self.set_fill_color(255, 255, 255)  # the table fills with the current colour; the swatches change it
        with self.table(col_widths=widths, width=CONTENT_WIDTH, text_align=aligns or "LEFT", line_height=size * 0.5,
                        headings_style=FontFace(emphasis="BOLD", fill_color=HEADER_FILL), repeat_headings=1,
                        cell_fill_mode=TableCellFillMode.NONE, padding=1.2, first_row_as_headings=True) as table:
            header = table.row()
            for text in headings:
                header.cell(text)
            for i, cells in enumerate(rows):
                row = table.row()
                for j, text in enumerate(cells):
                    fill = fills[i][j] if fills else None
                    row.cell(text, style=FontFace(fill_color=_rgb(fill)) if fill else None)
        self.ln(2)


def render_pdf(content: BriefingContent, date: dt.date, charts: dict[str, bytes] | None = None) -> bytes:
    """The briefing as PDF bytes (A4). `date` fixes the creation date metadata (the date line's date);
    `charts` are PNGs by indicator id (rendered with `indicators.briefing.chart_pngs` when None)."""
    charts = chart_pngs(content) if charts is None else charts
    c = content
    pdf = _BriefingPDF(c)
    pdf.set_creation_date(dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC))
    pdf.set_title(c.title)
    pdf.set_author("GCM Türkiye indicators")
    pdf.set_lang("tr-TR" if c.lang == "tr" else "en-GB")
    pdf.add_page()

    pdf.paragraph(c.title, size=18, bold=True, colour=(31, 78, 121), gap=2)
    pdf.paragraph(c.subtitle, size=11, colour=TEXT_GREY, gap=3)
    for line in (c.date_line, c.as_of_line, c.scope_line):
        pdf.paragraph(line, size=9.5, gap=1)

    pdf.heading(c.headings["headlines"])
    pdf.grid([c.column(k) for k in ("indicator", "year", "value", "unit", "source")],
             [[h.title, str(h.year), h.value_text, h.unit_text, refs_text(h.refs)] for h in c.headlines],
             widths=(80, 15, 30, 35, 20), size=8.5, aligns=("LEFT", "CENTER", "RIGHT", "LEFT", "LEFT"))

    pdf.heading(c.headings["scorecard"], min_space=80)
    pdf.grid([c.column("objective"), "", c.column("status"), c.column("coverage")],
             [[str(r.objective) + ". " + r.title, "", r.status_text, r.evidence_text()] for r in c.scorecard],
             widths=(104, 5, 45, 26), size=7.5,
             fills=[[None, r.colour, None, None] for r in c.scorecard])
    pdf.paragraph(c.scorecard_note, size=8, colour=TEXT_GREY)

    pdf.heading(c.headings["indicators"], min_space=120)
    for s in c.sections:
        png = charts[s.indicator_id]
        width_px, height_px = _png_size(png)
        chart_height = CHART_WIDTH * height_px / width_px
        if pdf.get_y() + 28 + chart_height > pdf.page_break_trigger:
            pdf.add_page()
        pdf.paragraph(f"{s.title} {refs_text(s.refs)}", size=10.5, bold=True, gap=0.5)
        y = pdf.get_y()
        pdf.set_fill_color(*_rgb(s.colour))
        pdf.rect(MARGIN, y + 0.8, 3, 3, style="DF")
        pdf.set_x(MARGIN + 5)
        pdf.set_font(FONT, size=8.5)
        pdf.multi_cell(CONTENT_WIDTH - 5, 4.5, f"{s.status_text} · {s.objectives_text}", align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if s.inputs:
            pdf.paragraph(" · ".join(f"{label}: {value}" for label, value in s.inputs), size=8, colour=TEXT_GREY,
                          gap=0.5)
        pdf.image(io.BytesIO(png), x=MARGIN, w=CHART_WIDTH, h=chart_height)
        pdf.ln(3)

    pdf.heading(c.headings["peers"], min_space=60)
    peer_widths = (52, 11, 17) + (((CONTENT_WIDTH - 92) / len(c.peer_columns),) * len(c.peer_columns)) + (12,)
    if c.peer_rows:
        pdf.grid([c.column("indicator"), c.column("year"), c.column("rank"), *c.peer_columns, c.column("source")],
                 [[r.title, str(r.year), r.rank_text, *r.values, refs_text(r.refs)] for r in c.peer_rows],
                 widths=peer_widths, size=7,
                 aligns=("LEFT", "CENTER", "LEFT", *("RIGHT",) * len(c.peer_columns), "LEFT"))
    pdf.paragraph(c.peers_note, size=8, colour=TEXT_GREY)

    pdf.heading(c.headings["comparisons"], min_space=50)
    pdf.paragraph(c.comparisons_note, size=8.5, colour=TEXT_GREY)
    if c.comparisons:
        pdf.grid([c.column("year"), c.column("national"), c.column("international"), c.column("difference")],
                 [[str(r.year), f"{r.title_a}: {r.value_a} {refs_text(r.refs_a)}",
                   f"{r.title_b}: {r.value_b} {refs_text(r.refs_b)}", r.difference_text] for r in c.comparisons],
                 widths=(14, 70, 70, 26), size=8, aligns=("CENTER", "LEFT", "LEFT", "RIGHT"))

    pdf.heading(c.headings["method"], min_space=50)
    for text in c.methodology:
        pdf.paragraph(text, size=9)

    pdf.heading(c.headings["sources"], min_space=40)
    for entry in c.sources:
        pdf.paragraph(f"[{entry.number}] {entry.text()}", size=7.5, gap=0.8)
    return bytes(pdf.output())
