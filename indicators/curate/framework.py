"""Framework reference tables: the 23 GCM objectives, the GCM Champion countries and the SDG indicators
proposed for each objective, from `raw/framework/` (hand-built transcriptions of UN texts, see its README).

The source records (`data/metadata/sources/framework.yml`) include those of the progress methods
(`indicators.progress`), which cite no table but are in the registry so that the method pages can name them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from . import Curated, CurationError, read_raw_csv

FOLDER = "framework"
ARES_ID = "un_gcm_ares_73_195"
OPENSDG_ID = "opensdg_progress"
CHAMPIONS_ID = "un_network_champions"
MAPPING_STATUS = "project proposal, not the official GCM indicator list"
TITLE_TR_STATUS = "unofficial_translation"

# "2023-11", "2020-07", "2020" optionally followed by "(latest evidence: ...)".
_EVIDENCE_DATE = re.compile(r"^(?P<date>\d{4}(?:-\d{2}){0,2})\s*(?:\((?P<qualifier>[^)]*)\))?$")
_OBJECTIVE_LIST = re.compile(r"^\d{1,2}(?:;\d{1,2})*$")




def objectives_table(raw: Path) -> pd.DataFrame:
    """`ref_objectives`: 23 rows, English official title and short label, Turkish unofficial ones."""
    en_path = raw / FOLDER / "gcm_objectives.csv"
    tr_path = raw / FOLDER / "gcm_objectives_tr_unofficial.csv"
    en = read_raw_csv(en_path, ["objective_number", "title_en", "short_label_en"])
    tr = read_raw_csv(tr_path, ["objective_number", "short_label_tr", "title_tr"])
    expected = [str(n) for n in range(1, 24)]
    for frame, path in ((en, en_path), (tr, tr_path)):
        if sorted(frame["objective_number"], key=int) != expected:
            raise CurationError(f"{path}: objective_number must be 1..23 once each, got {list(frame['objective_number'])}")
    # gcm_objectives.csv has an empty title_tr column of its own: the translation file supplies it.
    en = en.drop(columns=[c for c in ("title_tr",) if c in en.columns])
    merged = en.merge(tr, on="objective_number", validate="one_to_one")
    for col, path in (("title_en", en_path), ("short_label_en", en_path), ("title_tr", tr_path), ("short_label_tr", tr_path)):
        empty = merged.loc[merged[col].str.strip() == "", "objective_number"].tolist()
        if empty:
            raise CurationError(f"{path}: empty {col} for objective(s) {empty}")
    out = pd.DataFrame(
        {
            "objective": merged["objective_number"].astype("int64"),
            "title_en": merged["title_en"].str.strip(),
            "short_en": merged["short_label_en"].str.strip(),
            "title_tr": merged["title_tr"].str.strip(),
            "short_tr": merged["short_label_tr"].str.strip(),
            "title_tr_status": TITLE_TR_STATUS,
            "source_id": ARES_ID,
        }
    )
    return out.sort_values("objective").reset_index(drop=True)


def _parse_evidence_date(text: str, path: Path, iso3: str) -> tuple[str, str]:
    """("2023-11", "latest evidence: ...") from "2023-11 (latest evidence: ...)"; fails on other shapes."""
    match = _EVIDENCE_DATE.match(text.strip())
    if not match:
        raise CurationError(f"{path}: row {iso3}: evidence_date {text!r}; expected YYYY[-MM[-DD]] [(qualifier)]")
    return match["date"], (match["qualifier"] or "").strip()


def champions_table(raw: Path) -> pd.DataFrame:
    """`ref_champions`: one row per documented champion country, keyed by ISO3."""
    path = raw / FOLDER / "gcm_champion_countries_evidence.csv"
    frame = read_raw_csv(path, ["country", "iso3", "joined", "evidence_date", "source", "note"])
    rows = []
    for rec in frame.to_dict("records"):
        date, qualifier = _parse_evidence_date(rec["evidence_date"], path, rec["iso3"])
        # The evidence column keeps what the listing was, where it was found and the curator's note,
        # because the table has no separate note column.
        evidence = " | ".join(p for p in (qualifier, rec["source"].strip(), rec["note"].strip()) if p)
        rows.append(
            {
                "geo": rec["iso3"].strip(),
                "name_en": rec["country"].strip(),
                "joined": "" if rec["joined"].strip() == "not_found" else rec["joined"].strip(),
                "evidence_date": date,
                "evidence": evidence,
                "source_id": CHAMPIONS_ID,
            }
        )
    out = pd.DataFrame(rows)
    if out["geo"].duplicated().any():
        raise CurationError(f"{path}: duplicate iso3 {sorted(out.loc[out['geo'].duplicated(), 'geo'])}")
    return out.sort_values("geo").reset_index(drop=True)


def _parse_objectives(text: str, path: Path, code: str) -> tuple[str, str]:
    """("6;7", "") for a list of objective numbers, ("", text) for a row mapped to no objective."""
    text = text.strip()
    if _OBJECTIVE_LIST.match(text):
        numbers = [int(n) for n in text.split(";")]
        if not all(1 <= n <= 23 for n in numbers):
            raise CurationError(f"{path}: row {code}: gcm_objectives_candidate {text!r} outside 1..23")
        return ";".join(str(n) for n in numbers), ""
    if text.lower().startswith("none"):
        return "", f"No GCM objective: {text}"
    raise CurationError(f"{path}: row {code}: gcm_objectives_candidate {text!r}; expected '6;7' or 'none (...)'")


def sdg_gcm_table(raw: Path) -> pd.DataFrame:
    """`ref_sdg_gcm`: SDG indicators with a project-proposed mapping to GCM objectives (not official)."""
    path = raw / FOLDER / "gcm_sdg_indicator_candidates.csv"
    frame = read_raw_csv(
        path,
        ["sdg_indicator", "sdg_indicator_title", "desired_direction_or_target_opensdg_statcan",
         "gcm_objectives_candidate", "custodian_agency", "caveat", "status"],
    )
    rows = []
    for rec in frame.to_dict("records"):
        code = rec["sdg_indicator"].strip()
        # Guard: the mapping must stay labelled as a proposal until the A/79/590 annex replaces it.
        if not rec["status"].upper().startswith("PROJECT PROPOSAL"):
            raise CurationError(f"{path}: row {code}: status {rec['status']!r}; expected a PROJECT PROPOSAL row")
        objectives, why_none = _parse_objectives(rec["gcm_objectives_candidate"], path, code)
        caveat = "; ".join(p for p in (rec["caveat"].strip(), why_none) if p)
        rows.append(
            {
                "sdg_indicator": code,
                "title_en": rec["sdg_indicator_title"].strip(),
                "objectives": objectives,
                "direction_or_target": rec["desired_direction_or_target_opensdg_statcan"].strip(),
                "custodian": rec["custodian_agency"].strip(),
                "caveat": caveat,
                "mapping_status": MAPPING_STATUS,
                "source_id": OPENSDG_ID,
            }
        )
    out = pd.DataFrame(rows)
    if out["sdg_indicator"].duplicated().any():
        raise CurationError(f"{path}: duplicate sdg_indicator {sorted(out.loc[out['sdg_indicator'].duplicated(), 'sdg_indicator'])}")
    return out.sort_values("sdg_indicator").reset_index(drop=True)



def curate(raw: Path) -> Curated:
    """The three framework reference tables."""
    return Curated(tables={
        "ref_objectives": objectives_table(raw),
        "ref_champions": champions_table(raw),
        "ref_sdg_gcm": sdg_gcm_table(raw),
    })
