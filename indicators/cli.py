"""Command-line interface: `python -m indicators curate|check|build|list|query|progress|scorecard|export`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from .codes import HOME
from .paths import CURATED_DIR, DEFAULT_RAW_DIR, SOURCES_FILE

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)

Format = Annotated[str, typer.Option("--format", help="table, csv or json")]


def _emit(frame, fmt: str) -> None:
    if fmt == "json":
        typer.echo(json.dumps(json.loads(frame.to_json(orient="records", force_ascii=False)), ensure_ascii=False,
                              indent=1))
    elif fmt == "csv":
        sys.stdout.write(frame.to_csv(index=False, lineterminator="\n"))
    elif fmt == "table":
        typer.echo(frame.to_string(index=False))
    else:
        raise typer.BadParameter(f"format {fmt!r}; expected table, csv or json")


@app.command()
def curate(raw: Annotated[Path, typer.Option(help="the shared/data/raw folder")] = DEFAULT_RAW_DIR) -> None:
    """Read the raw reference files and write data/curated/*.csv, data/geo/*.geojson and data/sources.yaml."""
    from .curate import CurationError, curate_all

    try:
        written = curate_all(raw)
    except CurationError as exc:
        typer.echo(f"curation failed: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"wrote {len(written)} files")


@app.command()
def check(
    curated: Annotated[Path, typer.Option(help="folder of curated CSV files")] = CURATED_DIR,
    sources: Annotated[Path, typer.Option(help="the source registry")] = SOURCES_FILE,
) -> None:
    """Validate the curated data against the schema; exit 1 listing file, row and column of every problem."""
    from .validate import check_all

    issues = check_all(curated, sources)
    for issue in issues:
        typer.echo(str(issue), err=True)
    if issues:
        typer.echo(f"{len(issues)} problem(s) found", err=True)
        raise typer.Exit(1)
    typer.echo(f"ok: {len(list(curated.glob('*.csv')))} curated files valid")


@app.command()
def build(force: Annotated[bool, typer.Option(help="rebuild even if the data did not change")] = True) -> None:
    """Validate and (re)build the SQL store (SQLite file, or DATABASE_URL) atomically."""
    from .paths import database_url
    from .store import build as build_store
    from .store import ensure_store
    from .validate import ValidationError

    try:
        if force:
            counts = build_store()
            typer.echo(f"built {database_url()}: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
        else:
            typer.echo(f"store up to date: {ensure_store()[:12]}")
    except ValidationError as exc:
        typer.echo(f"build refused, store left unchanged: {exc}", err=True)
        raise typer.Exit(1) from None


@app.command("list")
def list_indicators(fmt: Format = "table") -> None:
    """List the indicators: id, objectives, SDG, unit, coverage."""
    import pandas as pd

    from . import api, registry

    data = api.load()
    rows = []
    for ind in registry.all_indicators():
        cov = api.coverage(ind, data)
        rows.append({
            "id": ind.id, "objectives": ",".join(map(str, ind.objectives)), "sdg": ind.sdg or "",
            "unit": ind.unit, "direction": ind.direction, "geos": cov["geos"], "first_year": cov["first_year"],
            "last_year": cov["last_year"], "title": ind.title("en"),
        })
    _emit(pd.DataFrame(rows), fmt)


@app.command()
def query(
    indicator: str,
    geo: Annotated[list[str] | None, typer.Option(help="geo code(s), e.g. TUR")] = None,
    year: Annotated[int | None, typer.Option()] = None,
    full: Annotated[bool, typer.Option(help="every row: disaggregations, dated points, alternatives")] = False,
    by: Annotated[list[str] | None, typer.Option(help="a breakdown, e.g. sex=female or origin=SYR")] = None,
    fmt: Format = "csv",
) -> None:
    """Values of one indicator with year, unit and source id (headline series unless --by or --full)."""
    from . import api, registry

    try:
        registry.get(indicator)
        breakdown = dict(item.split("=", 1) for item in by or [])
        frame = api.query(indicator, api.load(), geo=geo or None, year=year, full=full, by=breakdown)
    except (KeyError, ValueError) as exc:
        typer.echo(str(exc).strip('"'), err=True)
        raise typer.Exit(2) from None
    _emit(frame, fmt)


@app.command()
def progress(
    indicator: str,
    geo: Annotated[str, typer.Option()] = HOME,
    base_year: Annotated[int, typer.Option()] = 2018,
    method: Annotated[str, typer.Option(help="opensdg or unsd")] = "opensdg",
    fmt: Format = "table",
) -> None:
    """Progress of one indicator since the base year, with every input used (recomputable)."""
    import dataclasses

    import pandas as pd

    from . import api, registry, scorecard
    from .progress import METHOD_CODES, status_label

    try:
        ind = registry.get(indicator)
    except KeyError as exc:
        typer.echo(str(exc).strip('"'), err=True)
        raise typer.Exit(2) from None
    result = scorecard.indicator_progress(ind, api.load(), geo=geo, base_year=base_year,
                                          method=METHOD_CODES.get(method, method))
    row = {"status_label": status_label(result.status)} | dataclasses.asdict(result)
    row["inputs"] = scorecard.years_text(result.base_year, result.latest_year, result.latest_year)
    row["target_source"] = ("" if ind.target is None else
                            scorecard.PROJECT_THRESHOLD_LABEL if not ind.target_official else ind.target_source)
    _emit(pd.DataFrame([row]), fmt)


@app.command("scorecard")
def scorecard_cmd(
    geo: Annotated[str, typer.Option()] = HOME,
    base_year: Annotated[int, typer.Option()] = 2018,
    method: Annotated[str, typer.Option(help="opensdg or unsd")] = "opensdg",
    fmt: Format = "table",
) -> None:
    """The 23 GCM objectives with status, mean score, coverage, years of the inputs and dated inputs.

    A status needs at least 2 assessed indicators, at least 80 % of those with a desired direction
    (docs/progress-method.md); the SDG-GCM mapping placing indicators under objectives is this project's
    proposal (column mapping)."""
    from . import api, scorecard
    from .progress import METHOD_CODES, status_label

    frame = scorecard.objective_scorecard(api.load(), geo=geo, base_year=base_year,
                                          method=METHOD_CODES.get(method, method))
    labels = [scorecard.NO_DATA_LABEL.msgid if s == scorecard.NO_DATA else status_label(s) for s in frame["status"]]
    frame.insert(frame.columns.get_loc("status") + 1, "status_label", labels)
    frame.insert(frame.columns.get_loc("first_year"), "inputs",
                 [scorecard.years_text(a, b, c) for a, b, c in
                  zip(frame["first_year"], frame["last_year_min"], frame["last_year_max"])])
    frame["project_target_ids"] = frame["project_target_ids"].map(
        lambda ids: f"{ids} ({scorecard.PROJECT_THRESHOLD_LABEL})" if ids else "")
    frame["mapping"] = scorecard.MAPPING_STATUS.msgid
    _emit(frame.drop(columns=["first_year", "last_year_min", "last_year_max"]), fmt)


@app.command()
def export(out: Annotated[Path, typer.Option(help="output folder")]) -> None:
    """Write every indicator as CSV (full series with sources) plus metadata and sources files."""
    from . import api
    from .export import export_all

    written = export_all(api.load(), out)
    typer.echo(f"wrote {len(written)} files to {out}")


@app.command("briefing")
def briefing_cmd(
    out: Annotated[Path, typer.Option(help="output file (.pdf or .docx)")],
    lang: Annotated[str, typer.Option(help="en or tr")] = "en",
    objectives: Annotated[str | None, typer.Option(help="comma-separated objective numbers, e.g. 5,9,20")] = None,
    peers: Annotated[str | None, typer.Option(help="comma-separated ISO3 codes, e.g. DEU,CAN")] = None,
    year: Annotated[int | None, typer.Option(help="reference year (default: latest data)")] = None,
    date: Annotated[str | None, typer.Option(help="date printed on the briefing, YYYY-MM-DD (default today)")] = None,
    fmt: Annotated[str, typer.Option("--format", help="pdf or docx")] = "pdf",
) -> None:
    """Write the briefing (A4 PDF, or editable DOCX): headline figures, scorecard, charts, peers, sources."""
    import datetime as dt

    from .briefing import DEFAULT_PEERS, BriefingOptions, build_briefing, load_inputs, parse_codes

    if lang not in ("en", "tr") or fmt not in ("pdf", "docx"):
        raise typer.BadParameter(f"--lang {lang!r} / --format {fmt!r}; expected en|tr and pdf|docx")
    try:
        chosen = tuple(int(o) for o in parse_codes(objectives)) if objectives else None
        day = dt.date.fromisoformat(date) if date else dt.date.today()
        options = BriefingOptions(lang=lang, objectives=chosen, year=year, date=day,
                                  peers=tuple(p.upper() for p in parse_codes(peers)) if peers is not None
                                  else DEFAULT_PEERS)
        content = build_briefing(options, load_inputs())
    except ValueError as exc:
        typer.echo(f"briefing not written: {exc}", err=True)
        raise typer.Exit(2) from None
    if fmt == "pdf":
        from .briefing_pdf import render_pdf

        out.write_bytes(render_pdf(content, day))
    else:
        from .briefing_docx import render_docx

        out.write_bytes(render_docx(content, day))
    typer.echo(f"wrote {out} ({len(content.sections)} indicator charts, {len(content.sources)} sources)")


@app.command("import")
def import_table(
    file: Annotated[Path, typer.Argument(help="the publisher's table: TÜİK xls/xlsx, or the CSV/XLSX template")],
    dataset: Annotated[str, typer.Option(help="tuik_foreign_population_by_province, tr_tp_syrians_by_province or tr_tp_syrians")],
    source_url: Annotated[str, typer.Option(help="where the publisher publishes the table (http/https)")],
    accessed: Annotated[str, typer.Option(help="date the table was downloaded, YYYY-MM-DD")],
    publisher: Annotated[str, typer.Option(help="publisher (default: TÜİK or PMM by dataset)")] = "",
    title: Annotated[str, typer.Option(help="title of the table (default: the file name)")] = "",
    apply: Annotated[bool, typer.Option(help="apply the import (without it, only the preview is shown)")] = False,
) -> None:
    """Import a publisher's own province table: preview what it changes, then (with --apply) merge it, with
    a source record of the publisher tier, and rebuild the store."""
    import pandas as pd

    from . import importer, store

    try:
        reference = pd.read_csv(CURATED_DIR / "ref_provinces.csv", dtype=str, keep_default_na=False)
        imported = importer.read_import(file, dataset, reference)
        source = importer.import_source(imported, source_url, accessed, publisher, title)
        current = pd.read_csv(CURATED_DIR / f"{dataset}.csv", dtype=str, keep_default_na=False)
        changes = importer.preview(imported, current.astype({"value": "float64"}))
    except ValueError as exc:
        typer.echo(f"not imported: {exc}", err=True)
        raise typer.Exit(2) from None
    replaced = int(changes["current"].notna().sum())
    differs = changes[changes["differs"]]
    typer.echo(f"{len(changes)} values read ({imported.layout} layout, sha256 {imported.sha256[:12]}): "
               f"{replaced} replace a current value, {len(differs)} of them by more than 1 %")
    if len(differs):
        typer.echo(differs.to_string(index=False))
    if not apply:
        typer.echo("preview only: add --apply to import")
        return
    try:
        path = importer.apply_import(imported, source)
    except ValueError as exc:
        typer.echo(f"not imported: {exc}", err=True)
        raise typer.Exit(2) from None
    store.build()
    typer.echo(f"imported into {path.name} as source {source.id}; store rebuilt")


@app.command()
def translations() -> None:
    """Refresh the translation catalog from the code (pybabel extract + update), then list what is left to
    translate: missing, fuzzy or unused entries, differing placeholders, glossary terms."""
    from .translations import problems, update_catalogs
    from .i18n import LANGS, SOURCE_LANG

    update_catalogs()
    found = [p for lang in LANGS if lang != SOURCE_LANG for p in problems(lang)]
    for problem in found:
        typer.echo(str(problem), err=True)
    typer.echo(f"{len(found)} translation problem(s)")
    raise typer.Exit(1 if found else 0)


def main() -> None:
    """Entry point: a command that needs a build the curated data does not allow (`query`, `list`...) exits 1
    with the problems (file, row, column), never with a traceback."""
    from .validate import ValidationError

    try:
        app(prog_name="python -m indicators")
    except ValidationError as exc:
        typer.echo(f"store not rebuilt, the curated data is invalid: {exc}", err=True)
        raise SystemExit(1) from None
