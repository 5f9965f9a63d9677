"""The briefing as an editable Word document (python-docx): the same sections and figures as the PDF, charts
as PNG pictures with their one-sentence description as alt text.

The document declares its language (tr-TR or en-GB) in its default run properties, so Word spell-checks it
in that language; headings use Word's Heading styles and a table of contents field built on them; the
footer carries the page number (PAGE field); tables are Word tables. Core properties carry the briefing's
date, never the build time.
"""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from .briefing import BriefingContent, chart_pngs, refs_text
from .i18n import lang_tag, t

CONTENT_WIDTH_MM = 180
# The elements that follow w:updateFields in w:settings (ECMA-376 CT_Settings is a sequence: order matters to Word).
_AFTER_UPDATE_FIELDS = {qn(f"w:{name}") for name in (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "attachedSchema", "themeFontLang",
    "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
    "readModeInkLockDown", "smartTagType", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")}
_AFTER_UPDATE_FIELDS |= {"{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr",
                         "{http://schemas.openxmlformats.org/schemaLibrary/2006/main}schemaLibrary"}


def _shade(cell, hex_colour: str) -> None:
    """Background colour of a table cell (python-docx has no API for it: w:shd in the cell properties)."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour.lstrip("#").upper())
    cell._tc.get_or_add_tcPr().append(shd)


def _set_language(doc, tag: str) -> None:
    """w:lang of the document defaults, of the Normal style and of the theme fonts: Word proofs the text in
    `tag` (python-docx's template says en-US)."""
    for rpr in (doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")),
                doc.styles["Normal"].element.get_or_add_rPr()):
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        for attr in ("w:val", "w:eastAsia", "w:bidi"):
            lang.set(qn(attr), tag)
    theme = doc.settings.element.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), tag)


def _field(paragraph, instruction: str, placeholder: str = "") -> None:
    """A complex field (`PAGE`, `TOC ...`) in `paragraph`; Word computes it when the document opens."""
    def char(kind: str):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            element.set(qn("w:dirty"), "true")
        run._r.append(element)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    char("separate")
    paragraph.add_run(placeholder)
    char("end")


def _footer(doc, c: BriefingContent) -> None:
    """The running footer: the title and "Page n" with a PAGE field."""
    paragraph = doc.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run(f"{c.title} · {t('briefing_page', c.lang)} ")
    run.font.size = Pt(8)
    _field(paragraph, "PAGE", "1")


def _update_fields_on_open(doc) -> None:
    """Ask Word to update the fields (table of contents, page numbers) when the document opens."""
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings = doc.settings.element
    later = next((child for child in settings if child.tag in _AFTER_UPDATE_FIELDS), None)
    if later is None:
        settings.append(update)
    else:
        later.addprevious(update)


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


def _picture(doc, png: bytes, alt_text: str, name: str) -> None:
    """A chart picture with `alt_text` as its description (wp:docPr/@descr, Word's Alt Text)."""
    shape = doc.add_picture(io.BytesIO(png), width=Mm(CONTENT_WIDTH_MM))
    shape._inline.docPr.set("descr", alt_text)
    shape._inline.docPr.set("title", name)


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
    _set_language(doc, lang_tag(c.lang))
    _footer(doc, c)
    _update_fields_on_open(doc)

    stamp = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
    props = doc.core_properties
    props.title, props.author, props.language = c.title, t("app_title", c.lang), lang_tag(c.lang)
    props.created = props.modified = props.last_printed = stamp
    props.last_modified_by = t("app_title", c.lang)
    props.revision = 1

    doc.add_heading(c.title, level=0)
    sub = doc.add_paragraph(c.subtitle)
    sub.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    for line in (c.date_line, c.as_of_line, c.scope_line):
        doc.add_paragraph(line)

    doc.add_heading(c.headings["messages"], level=1)
    for message in c.key_messages:
        doc.add_paragraph(message, style="List Bullet")

    doc.add_heading(c.headings["scorecard"], level=1)
    _table(doc, [c.column("objective"), "", c.column("status"), c.column("evidence")],
           [[f"{r.objective} · {r.short_title}", "", r.status_text, r.evidence_text] for r in c.scorecard],
           fills=[[None, r.colour, None, None] for r in c.scorecard])
    if c.scorecard_note:
        doc.add_paragraph(c.scorecard_note)

    doc.add_paragraph(t("briefing_contents", c.lang)).runs[0].bold = True
    _field(doc.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\u', t("briefing_contents_placeholder", c.lang))
    doc.add_page_break()

    doc.add_heading(c.headings["objectives"], level=1)
    for o in c.objective_sections:
        doc.add_heading(o.heading, level=2)
        doc.add_paragraph(f"{o.status_text} · {o.evidence_text}")
        for line in o.details:
            doc.add_paragraph(line)
        if o.see_also:
            doc.add_paragraph(o.see_also)
        for iid in o.indicator_ids:
            s = c.section(iid)
            doc.add_heading(f"{s.title} {refs_text(s.refs)}", level=3)
            doc.add_paragraph(f"{s.status_text} · {s.latest_text}")
            doc.add_paragraph(s.takeaway)
            _picture(doc, charts[iid], s.alt_text, s.title)

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
