"""The briefing as an editable Word document (python-docx): the same sections and figures as the PDF, charts as
PNG pictures. Core properties carry the briefing's date, never the build time."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from .briefing import BriefingContent, chart_pngs, refs_text

CONTENT_WIDTH_MM = 180


def _shade(cell, hex_colour: str) -> None:
    """Background colour of a table cell (python-docx has no API for it: w:shd in the cell properties)."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour.lstrip("#").upper())
    cell._tc.get_or_add_tcPr().append(shd)


def _table(doc, headings: list[str], rows: list[list[str]], size: float = 8,
           fills: list[list[str | None]] | None = None) -> None:
    table = doc.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headings, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(size)
    for i, cells in enumerate(rows):
        row = table.add_row().cells
        for j, text in enumerate(cells):
            row[j].text = ""
            row[j].paragraphs[0].add_run(text).font.size = Pt(size)
            if fills and fills[i][j]:
                _shade(row[j], fills[i][j])
    doc.add_paragraph()


def render_docx(content: BriefingContent, date: dt.date, charts: dict[str, bytes] | None = None) -> bytes:
    """The briefing as DOCX bytes (A4 portrait). `date` sets the document's created/modified properties;
    `charts` are PNGs by indicator id (rendered with `indicators.briefing.chart_pngs` when None)."""
    charts = chart_pngs(content) if charts is None else charts
    c = content
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    normal = doc.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(9.5)

    stamp = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
    props = doc.core_properties
    props.title, props.author, props.language = c.title, "GCM Türkiye indicators", c.lang
    props.created = props.modified = props.last_printed = stamp
    props.last_modified_by = "GCM Türkiye indicators"
    props.revision = 1

    doc.add_heading(c.title, level=0)
    sub = doc.add_paragraph(c.subtitle)
    sub.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    for line in (c.date_line, c.as_of_line, c.scope_line):
        doc.add_paragraph(line)

    doc.add_heading(c.headings["headlines"], level=1)
    _table(doc, [c.column(k) for k in ("indicator", "year", "value", "unit", "source")],
           [[h.title, str(h.year), h.value_text, h.unit_text, refs_text(h.refs)] for h in c.headlines])

    doc.add_heading(c.headings["scorecard"], level=1)
    _table(doc, [c.column("objective"), "", c.column("status"), c.column("coverage")],
           [[f"{r.objective}. {r.title}", "", r.status_text, r.evidence_text()] for r in c.scorecard],
           fills=[[None, r.colour, None, None] for r in c.scorecard])
    doc.add_paragraph(c.scorecard_note)

    doc.add_heading(c.headings["indicators"], level=1)
    for s in c.sections:
        doc.add_heading(f"{s.title} {refs_text(s.refs)}", level=2)
        doc.add_paragraph(f"{s.status_text} · {s.objectives_text}")
        if s.inputs:
            doc.add_paragraph(" · ".join(f"{label}: {value}" for label, value in s.inputs))
        doc.add_picture(io.BytesIO(charts[s.indicator_id]), width=Mm(CONTENT_WIDTH_MM))

    doc.add_heading(c.headings["peers"], level=1)
    if c.peer_rows:
        _table(doc, [c.column("indicator"), c.column("year"), c.column("rank"), *c.peer_columns, c.column("source")],
               [[r.title, str(r.year), r.rank_text, *r.values, refs_text(r.refs)] for r in c.peer_rows], size=7)
    doc.add_paragraph(c.peers_note)

    doc.add_heading(c.headings["comparisons"], level=1)
    doc.add_paragraph(c.comparisons_note)
    if c.comparisons:
        _table(doc, [c.column(k) for k in ("year", "national", "international", "difference")],
               [[str(r.year), f"{r.title_a}: {r.value_a} {refs_text(r.refs_a)}",
                 f"{r.title_b}: {r.value_b} {refs_text(r.refs_b)}", r.difference_text] for r in c.comparisons])

    doc.add_heading(c.headings["method"], level=1)
    for text in c.methodology:
        doc.add_paragraph(text)

    doc.add_heading(c.headings["sources"], level=1)
    for entry in c.sources:
        doc.add_paragraph(f"[{entry.number}] {entry.text()}").runs[0].font.size = Pt(8)

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
