"""Import a publisher's own province table (issue 8 §3): TÜİK's "foreign population by provinces and sex"
spreadsheet as TÜİK publishes it, or the documented template (CSV or XLSX, English or Turkish headers) into
which a PMM table can be copied.

`read_import` reads and checks a file (errors name sheet, row and column); `preview` says what it would change;
`apply_import` merges it into the curated table (the imported values preferred, those they replace kept as
alternatives), adds a source record of the `publisher` tier carrying the file's sha256, writes the curated
file and the source registry atomically (only after both pass `indicators.validate`) and keeps a copy of the
import under `data/imports/` so that `python -m indicators curate` applies it again.

Template: one row per province and date. Columns (case and accents ignored): `plate_code` / `plaka`, or
`province` / `il` (Turkish name, matched on the 81-province reference without regard to case or accents);
`date` / `tarih` (YYYY-MM-DD); `value` / `deger` (a count); optionally `sex` / `cinsiyet`
(`female`/`kadın`, `male`/`erkek`, empty or `total`/`toplam` for both). For the national dataset
(`tr_tp_syrians`, PMM's national total) the province column may be left out; where given, each row names the
country (`Türkiye`, `Turkey`, `Toplam`, `Total`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from .codes import HOME
from .curate import CurationError, observations, write_table
from .curate.national_official import is_adnks_foreign, province_key, read_adnks_foreign
from .paths import CURATED_DIR, DATA_DIR, SOURCES_FILE
from .sources import Source, read_sources, write_sources

IMPORTS_DIR = DATA_DIR / "imports"
IMPORTS_FILE = "imports.yaml"


@dataclass(frozen=True)
class Target:
    """A dataset that accepts imports: the type code its rows carry and the default publisher."""

    dataset: str
    type: str
    publisher: str
    note: str
    national: bool = False


TARGETS = {
    "tuik_foreign_population_by_province": Target(
        "tuik_foreign_population_by_province", "foreign_residents", "Turkish Statistical Institute (TÜİK/TurkStat)",
        "Excludes Syrians under temporary protection (TÜİK footnote)."),
    "tr_tp_syrians_by_province": Target(
        "tr_tp_syrians_by_province", "", "Presidency of Migration Management (PMM, Göç İdaresi Başkanlığı)", ""),
    "tr_tp_syrians": Target(
        "tr_tp_syrians", "", "Presidency of Migration Management (PMM, Göç İdaresi Başkanlığı)", "", national=True),
}
TARGET_KEYS = {"tuik_foreign_population_by_province": "import_dataset_tuik_foreign_population_by_province",
               "tr_tp_syrians_by_province": "import_dataset_tr_tp_syrians_by_province",
               "tr_tp_syrians": "import_dataset_tr_tp_syrians"}  # the UI string key of each dataset's name
NATIONAL_WORDS = ("turkiye", "turkey", "toplam", "total")  # folded: a national table's row names the country
HEADERS = {
    "plate": ("plate_code", "plaka", "il_kodu", "plate"),
    "province": ("province", "il"),
    "date": ("date", "tarih"),
    "value": ("value", "deger"),
    "sex": ("sex", "cinsiyet"),
}
SEX_WORDS = {"": "", "total": "", "toplam": "", "female": "female", "kadin": "female", "male": "male",
             "erkek": "male"}
DIFF_SHARE = 0.01  # the preview lists values that differ from the current ones by more than 1 %


class ImportFileError(ValueError):
    """A file that cannot be imported; the message names the file, sheet, row and column."""


@dataclass(frozen=True)
class Imported:
    """What a file holds: its rows (observation columns without `source_id`), layout and sha256."""

    path: Path
    dataset: str
    layout: str
    rows: pd.DataFrame
    sha256: str


def _key(text: object) -> str:
    return province_key(str(text)).replace("_", "")


def _provinces(reference: pd.DataFrame) -> dict[str, str]:
    return dict(zip(reference["name_tr"], reference["geo"]))


def _template(path: Path, provinces: dict[str, str], national: bool = False) -> tuple[pd.DataFrame, str]:
    if path.suffix.lower() == ".csv":
        frame, sheet = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig"), "csv"
    else:
        book = pd.read_excel(path, sheet_name=None, dtype=str, engine="calamine")
        sheet, frame = next(iter(book.items()))
        frame = frame.fillna("")
    columns = {}
    for col in frame.columns:
        for name, words in HEADERS.items():
            if _key(col) in {_key(w) for w in words}:
                columns[name] = col
    missing = [n for n in ("date", "value") if n not in columns]
    if "plate" not in columns and "province" not in columns and not national:
        missing.insert(0, "plate_code or province")
    if missing:
        raise ImportFileError(f"{path}: sheet {sheet}, row 1: missing column(s) {missing}; found {list(frame.columns)}")
    by_key = {province_key(name): geo for name, geo in provinces.items()}
    letters = {col: chr(65 + i) for i, col in enumerate(frame.columns)}
    rows = []
    for index, rec in frame.iterrows():
        row = int(index) + 2

        def fail(name: str, message: str) -> ImportFileError:
            col = columns[name]
            return ImportFileError(f"{path}: sheet {sheet}, row {row}, column {letters[col]} ({col}): {message}")

        if national:
            for name in ("plate", "province"):
                cell = str(rec[columns[name]]).strip() if name in columns else ""
                if cell and province_key(cell) not in NATIONAL_WORDS:
                    raise fail(name, f"{cell!r}: a national table; expected Türkiye or Toplam (or an empty cell)")
            geo = HOME
        elif "plate" in columns and str(rec[columns["plate"]]).strip():
            plate = str(rec[columns["plate"]]).strip().removesuffix(".0")
            if not (plate.isdigit() and 1 <= int(plate) <= 81):
                raise fail("plate", f"{plate!r} is not a plate code 1-81")
            geo = f"TR-{int(plate):02d}"
        else:
            name = str(rec[columns["province"]]) if "province" in columns else ""
            geo = by_key.get(province_key(name))
            if geo is None:
                raise fail("province" if "province" in columns else "plate", f"{name!r} is not one of the 81 provinces")
        date = str(rec[columns["date"]]).strip()[:10]
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            raise fail("date", f"{date!r} is not a date YYYY-MM-DD") from None
        text = str(rec[columns["value"]]).strip().replace(" ", "")
        if not text.removesuffix(".0").isdigit():
            raise fail("value", f"{text!r} is not a count")
        sex = _key(rec[columns["sex"]]) if "sex" in columns else ""
        if sex not in SEX_WORDS:
            raise fail("sex", f"{rec[columns['sex']]!r}; expected female/kadın, male/erkek or total/toplam")
        rows.append({"geo": geo, "year": int(date[:4]), "date": date, "sex": SEX_WORDS[sex],
                     "value": float(text.removesuffix(".0"))})
    out = pd.DataFrame(rows)
    duplicated = out.duplicated(["geo", "date", "sex"], keep=False) if len(out) else pd.Series(dtype=bool)
    if duplicated.any():
        raise ImportFileError(f"{path}: sheet {sheet}: two rows for {out[duplicated].iloc[0][['geo', 'date']].tolist()}")
    return out, "template"


def read_import(path: Path, dataset: str, reference: pd.DataFrame) -> Imported:
    """Read `path` for `dataset` (a key of `TARGETS`) in the TÜİK ADNKS layout or the template; ImportFileError
    naming sheet, row and column for a bad file. `reference` is the ref_provinces table."""
    if dataset not in TARGETS:
        raise ImportFileError(f"dataset {dataset!r} does not take imports; expected one of {sorted(TARGETS)}")
    if not path.is_file():
        raise ImportFileError(f"{path}: file not found")
    target = TARGETS[dataset]
    provinces = _provinces(reference)
    try:
        if path.suffix.lower() in (".xls", ".xlsx") and is_adnks_foreign(path):
            if dataset != "tuik_foreign_population_by_province":
                raise ImportFileError(f"{path}: a TÜİK foreign-population table cannot be imported into {dataset}")
            rows, layout = read_adnks_foreign(path, provinces, "").drop(columns=["source_id"]), "tuik_adnks_foreign"
        else:
            rows, layout = _template(path, provinces, target.national)
    except CurationError as err:
        raise ImportFileError(str(err)) from None
    if rows.empty:
        raise ImportFileError(f"{path}: no rows")
    rows = rows.assign(type=target.type, unit="persons", note=rows["note"] if "note" in rows else target.note)
    return Imported(path, dataset, layout, rows, hashlib.sha256(path.read_bytes()).hexdigest())


def import_source(imported: Imported, url: str, accessed: str, publisher: str = "", title: str = "") -> Source:
    """The source record of an import: the publisher's own table (tier `publisher`) with the file's sha256."""
    dt.date.fromisoformat(accessed)
    if not url.lower().startswith(("https://", "http://")):
        raise ImportFileError(f"--source-url {url!r}: expected an http(s) address of the publisher's table")
    publisher = publisher or TARGETS[imported.dataset].publisher
    title = title or imported.path.name
    return Source(
        id=f"import_{imported.dataset}_{imported.sha256[:8]}", publisher=publisher, title=title, url=url,
        version_producer=dt.date.today().isoformat(),
        version_title=f"table imported on {dt.date.today().isoformat()} (sha256 {imported.sha256[:12]})",
        date_accessed=accessed, licence="the publisher's terms of use", citation=f"{publisher}, {title}. {url}",
        kind="official_release", tier="publisher", attribution_short=publisher,
        notes=f"Imported from the file {imported.path.name} (sha256 {imported.sha256}), layout {imported.layout}.")


_MATCH = ["geo", "year", "date", "sex", "age", "origin", "type"]


def merge(current: pd.DataFrame, rows: pd.DataFrame, source_id: str, dataset: str) -> pd.DataFrame:
    """`current` (a curated observation table) with `rows` added from `source_id`: the values they replace (same
    province, date, sex and type, not already alternatives) become alternatives, the imported ones preferred."""
    new = observations(rows.assign(source_id=source_id), dataset)
    out = current[current["source_id"] != source_id].copy()
    keys = new[_MATCH].astype(str).agg("|".join, axis=1)
    hit = out[_MATCH].astype(str).agg("|".join, axis=1).isin(set(keys)) & (out["status"] != "alternative")
    out.loc[hit, "status"] = "alternative"
    out.loc[hit, "note"] = (out.loc[hit, "note"] + " Replaced by the imported publisher table.").str.strip()
    replaced = set(out.loc[hit, _MATCH].astype(str).agg("|".join, axis=1))
    new.loc[keys.isin(replaced), "status"] = "preferred"
    return pd.concat([out, new], ignore_index=True)


def preview(imported: Imported, current: pd.DataFrame) -> pd.DataFrame:
    """What an import changes: one row per imported value (geo, date, sex, new value, current value, relative
    change, differs: more than 1 %); `current` missing where nothing is replaced."""
    now = current[(current["status"] != "alternative") & (current["age"] == "") & (current["origin"] == "")]
    now = now[now["type"] == TARGETS[imported.dataset].type].groupby(["geo", "date", "sex"])["value"].first()
    out = imported.rows[["geo", "date", "sex", "value"]].rename(columns={"value": "new"})
    out["current"] = [now.get((g, d, s)) for g, d, s in zip(out["geo"], out["date"], out["sex"])]
    out["current"] = out["current"].astype("float64")
    out["change"] = (out["new"] - out["current"]) / out["current"]
    out["differs"] = out["change"].abs() > DIFF_SHARE
    return out.reset_index(drop=True)


def _atomic_write(path: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def apply_import(imported: Imported, source: Source, curated: Path = CURATED_DIR, sources_file: Path = SOURCES_FILE,
                 imports_dir: Path = IMPORTS_DIR) -> Path:
    """Merge the import into `curated/<dataset>.csv`, add `source` to the registry, check both with
    `indicators.validate` in a scratch copy and only then replace the real files (each atomically); keep the
    import under `imports_dir`. Returns the curated file written. Nothing changes if the check fails."""
    from .validate import check_all

    path = curated / f"{imported.dataset}.csv"
    current = pd.read_csv(path, dtype=str, keep_default_na=False).astype({"year": "int64", "value": "float64"})
    merged = merge(current, imported.rows, source.id, imported.dataset)
    sources = [s for s in read_sources(sources_file).values() if s.id != source.id] + [source]
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "curated"
        shutil.copytree(curated, scratch)
        write_table(merged, imported.dataset, scratch)
        write_sources(sources, Path(tmp) / "sources.yaml")
        issues = check_all(scratch, Path(tmp) / "sources.yaml")
        if issues:
            problems = "; ".join(str(i).replace(f"{tmp}/", "") for i in issues[:5])  # no scratch paths
            raise ImportFileError(f"the import does not pass the checks: {problems}")
        imports_dir.mkdir(parents=True, exist_ok=True)
        write_table(observations(imported.rows.assign(source_id=source.id), imported.dataset), source.id, imports_dir)
        register = imports_dir / IMPORTS_FILE
        records = [r for r in (yaml.safe_load(register.read_text(encoding="utf-8")) if register.exists() else [])
                   or [] if r["source"]["id"] != source.id]
        records.append({"dataset": imported.dataset, "file": f"{source.id}.csv", "source": source.to_dict()})
        _atomic_write(register, lambda p: p.write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False),
                                                       encoding="utf-8"))
        _atomic_write(path, lambda p: shutil.copyfile(scratch / path.name, p))
        _atomic_write(sources_file, lambda p: shutil.copyfile(Path(tmp) / "sources.yaml", p))
    return path


def saved_imports(imports_dir: Path = IMPORTS_DIR) -> list[tuple[str, pd.DataFrame, Source]]:
    """The imports kept under `imports_dir`, in the order they were applied: (dataset, rows, source)."""
    register = imports_dir / IMPORTS_FILE
    if not register.exists():
        return []
    out = []
    for record in yaml.safe_load(register.read_text(encoding="utf-8")) or []:
        rows = pd.read_csv(imports_dir / record["file"], dtype=str, keep_default_na=False)
        rows = rows.astype({"year": "int64", "value": "float64"})
        out.append((record["dataset"], rows, Source(**{k: str(v) for k, v in record["source"].items()})))
    return out


def reapply(tables: dict[str, pd.DataFrame], sources: list[Source], imports_dir: Path = IMPORTS_DIR) -> None:
    """Apply the kept imports to curated `tables` (in place) and add their sources: what `curate` does after
    reading the raw folder, so that an import survives a new curation."""
    for dataset, rows, source in saved_imports(imports_dir):
        keep = [c for c in rows.columns if c not in ("dataset", "source_id", "status")]
        tables[dataset] = merge(tables[dataset], rows[keep], source.id, dataset)
        sources.append(source)



UPLOAD_SUFFIXES = (".csv", ".xlsx", ".xls")


def read_upload(name: str, content: bytes, dataset: str, reference: pd.DataFrame) -> Imported:
    """`read_import` of an uploaded file (`name` as the user's browser gave it, `content` its bytes): read from
    a private scratch copy; errors name the uploaded file (never the scratch path), its sheet, row and column."""
    base = Path(name.replace("\\", "/")).name
    suffix = Path(base).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise ImportFileError(f"{base}: expected a .csv, .xlsx or .xls file")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(content)
        try:
            imported = read_import(path, dataset, reference)
        except ImportFileError as err:
            raise ImportFileError(str(err).replace(str(path), base)) from None
    return Imported(Path(base), imported.dataset, imported.layout, imported.rows, imported.sha256)


def apply_and_rebuild(imported: Imported, source: Source) -> Path:
    """`apply_import`, then rebuild the store (`indicators.store.build`, atomic): what the dashboard's import
    page and `python -m indicators import --apply` do. Nothing changes if the import fails its checks."""
    from . import store

    path = apply_import(imported, source)
    store.build()
    return path


def change_counts(changes: pd.DataFrame) -> dict[str, int]:
    """The numbers of a `preview`: values read (`n`), replacing a current value (`replaced`), of which by
    more than 1 % (`differs`), and new ones (`added`)."""
    replaced = int(changes["current"].notna().sum())
    return {"n": len(changes), "replaced": replaced, "differs": int(changes["differs"].sum()),
            "added": len(changes) - replaced}


def display_changes(changes: pd.DataFrame, reference: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A `preview` for readers: province name (Türkiye for the national total), date, sex in words, the value
    in the file, the value shown now and the change in percent, as text in `lang` (`2.400.000`, `+%1,40`); no
    codes."""
    from .i18n import fmt_number, fmt_percent, t

    names = dict(zip(reference["geo"], reference["name_tr"])) | {HOME: t("import_national", lang)}
    sexes = {"": t("import_sex_total", lang), "female": t("import_sex_female", lang), "male": t("import_sex_male", lang)}
    return pd.DataFrame({
        t("import_col_place", lang): changes["geo"].map(names).fillna(changes["geo"]),
        t("import_col_date", lang): changes["date"],
        t("import_col_sex", lang): changes["sex"].map(sexes).fillna(changes["sex"]),
        t("import_col_new", lang): [fmt_number(v, lang) for v in changes["new"]],
        t("import_col_current", lang): [fmt_number(v, lang) for v in changes["current"]],
        t("import_col_change", lang): ["–" if pd.isna(v) else ("+" if v > 0 else "") + fmt_percent(v * 100, lang, 2)
                                       for v in changes["change"]],
    })
