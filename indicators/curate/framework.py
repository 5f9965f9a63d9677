"""Framework reference tables: the 23 GCM objectives, the GCM Champion countries and the SDG indicators
proposed for each objective, from `raw/framework/` (hand-built transcriptions of UN texts, see its README).

Also declares the source records of the progress methods (`indicators.progress`), which cite no table
but must be in `data/sources.yaml` so that the method pages can name them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..paths import CURATED_DIR
from ..sources import Source
from . import Curated, CurationError, read_raw_csv

FOLDER = "framework"
# The raw files carry no access date; the source records point to the reference snapshot instead of
# inventing one.
ACCESSED = "reference snapshot shared/data/raw/framework (see its README.md)"
MAPPING_STATUS = "project proposal, not the official GCM indicator list"
TITLE_TR_STATUS = "unofficial_translation"

# "2023-11", "2020-07", "2020" optionally followed by "(latest evidence: ...)".
_EVIDENCE_DATE = re.compile(r"^(?P<date>\d{4}(?:-\d{2}){0,2})\s*(?:\((?P<qualifier>[^)]*)\))?$")
_OBJECTIVE_LIST = re.compile(r"^\d{1,2}(?:;\d{1,2})*$")

SOURCE_ARES = Source(
    id="un_gcm_ares_73_195",
    publisher="United Nations General Assembly",
    title="Global Compact for Safe, Orderly and Regular Migration (resolution A/RES/73/195, annex)",
    url="https://undocs.org/A/RES/73/195",
    version="A/RES/73/195, adopted 2018-12-19",
    date_accessed=ACCESSED,
    licence="UN documents, terms of use of the United Nations",
    citation="United Nations General Assembly (2018). Global Compact for Safe, Orderly and Regular Migration. "
    "A/RES/73/195, 19 December 2018, para. 16 (objectives 1-23).",
    kind="reference",
    notes="Official English titles of the 23 objectives (para. 16). Short labels are those of the UN Network "
    "on Migration's Migration Network Hub objective filter (migrationnetwork.un.org/hub).",
)
SOURCE_TR = Source(
    id="gcm_tr_unofficial_translation",
    publisher="GCM Türkiye indicators project",
    title="Unofficial Turkish translation of the titles and short labels of the 23 GCM objectives",
    url="https://undocs.org/A/RES/73/195",
    version="project translation (no official Turkish version found)",
    date_accessed=ACCESSED,
    licence="translation of a UN text; UN terms of use apply to the original",
    citation="GCM Türkiye indicators project, gayriresmî çeviri (unofficial translation) of A/RES/73/195 para. 16.",
    kind="reference",
    notes="Terms follow Turkish migration law and usage (idari gözetim, geri kabul, insan ticareti, göçmen "
    "kaçakçılığı). Must be shown labelled as an unofficial translation and reviewed by the ministry.",
)
SOURCE_OPENSDG = Source(
    id="opensdg_progress",
    publisher="Open SDG / Statistics Canada",
    title="Progress measure (sdg-build sdg/ProgressMeasure.py) and progress methodology documentation",
    url="https://github.com/open-sdg/sdg-build/blob/568d7d38307bb8196c37bbacb80927a9bd2bba27/sdg/ProgressMeasure.py",
    version="sdg-build commit 568d7d38307bb8196c37bbacb80927a9bd2bba27 (Open SDG 2.4.0 feature); "
    "open-sdg docs/progress-methodology.md commit 26d2e38700e4fee329fea4823e908c4298064693",
    date_accessed=ACCESSED,
    licence="MIT (open-sdg/sdg-build, open-sdg/open-sdg)",
    citation="Open SDG and Statistics Canada. Progress measure, sdg-build commit 568d7d38; Open SDG "
    "documentation, Progress methodology (2025).",
    kind="reference",
    notes="Method implemented in indicators/progress.py. Also the source of the SDG indicator titles and the "
    "desired directions in ref_sdg_gcm (open-sdg docs/progress-methodology.md, Global Indicator Framework table, "
    "commit 8bfde81a); the mapping of those indicators to GCM objectives is a project proposal.",
)
SOURCE_UNSD = Source(
    id="unsd_progress_chart_2023",
    publisher="United Nations Statistics Division",
    title="SDG Progress Chart 2023: Technical Note",
    url="https://unstats.un.org/sdgs/files/report/2023/Progress_Chart_Technical_Note_2023.pdf",
    version="2023",
    date_accessed=ACCESSED,
    licence="UN documents, terms of use of the United Nations",
    citation="UN Statistics Division (2023). Progress Chart 2023 Technical Note; as implemented by EUSTAT "
    "(EUSTAT-DES/site _pages/en/metodologia.md).",
    kind="reference",
    quoted_publisher="EUSTAT (Basque statistics office)",
    notes="Thresholds read from EUSTAT's implementation page, not from the UNSD PDF itself.",
)


def _champions_source(as_of: str) -> Source:
    """The champions source record; its version is the latest evidence date found in the raw file."""
    return Source(
        id="un_network_champions",
        publisher="United Nations Network on Migration",
        title="GCM Champion countries (Champions Initiative pages and events)",
        url="https://migrationnetwork.un.org/strong-partnerships-heart-cross-regional-dialogue-global-compact-migration-champions",
        version=f"as of {as_of} (latest evidence date)",
        date_accessed=ACCESSED,
        licence="UN terms of use",
        citation="UN Network on Migration, Informal Cross-Regional GCM Champions Event (Accra, 28-30 Nov 2023) "
        "and related Network pages.",
        kind="reference",
        notes="30 of the 41 champion countries (Feb 2026 count) are documented. The rows for BGD and THA come "
        "from other pages named in the table's evidence column.",
    )


SOURCES_STATIC = [SOURCE_ARES, SOURCE_TR, SOURCE_OPENSDG, SOURCE_UNSD]


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
            "source_id": SOURCE_ARES.id,
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
                "source_id": "un_network_champions",
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
                "source_id": SOURCE_OPENSDG.id,
            }
        )
    out = pd.DataFrame(rows)
    if out["sdg_indicator"].duplicated().any():
        raise CurationError(f"{path}: duplicate sdg_indicator {sorted(out.loc[out['sdg_indicator'].duplicated(), 'sdg_indicator'])}")
    return out.sort_values("sdg_indicator").reset_index(drop=True)


def latest_evidence_date(champions: pd.DataFrame) -> str:
    """The latest `evidence_date` (text, YYYY[-MM[-DD]]) of a `ref_champions` frame.

    Partial ISO dates compare correctly as text ("2020" < "2020-07" < "2023-11")."""
    return max(champions["evidence_date"])


def curate(raw: Path) -> Curated:
    """The three framework reference tables and the five reference source records."""
    champions = champions_table(raw)
    return Curated(
        tables={
            "ref_objectives": objectives_table(raw),
            "ref_champions": champions,
            "ref_sdg_gcm": sdg_gcm_table(raw),
        },
        sources=[*SOURCES_STATIC, _champions_source(latest_evidence_date(champions))],
    )


def champions_as_of(path: Path = CURATED_DIR / "ref_champions.csv") -> str:
    """The as-of date of the champions list: the latest evidence date in the curated `ref_champions`
    table (text, e.g. "2023-11")."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return latest_evidence_date(frame)


def __getattr__(name: str) -> str:
    # `CHAMPIONS_AS_OF` is read from the committed table on first access, so it cannot drift from it.
    if name == "CHAMPIONS_AS_OF":
        return champions_as_of()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
