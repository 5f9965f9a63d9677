"""Code lists: ISO3 countries (pycountry plus a few codes UN sources use), aggregates, pseudo-origins, provinces."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd
import pycountry

from .i18n import lang_column

# Codes used by UN/World Bank sources that ISO 3166-1 does not assign.
# The home geography of the dashboard: every "Türkiye" default, highlight and comparison uses this code.
HOME = "TUR"
EXTRA_COUNTRY_CODES = {"XKX": "Kosovo", "CHI": "Channel Islands"}
AGGREGATE_CODES = {"WLD": "World"}
# Pseudo-countries for origin/citizenship columns.
PSEUDO_ORIGINS = {"UNK": "Unknown", "STA": "Stateless", "OTH": "Other / not specified"}
PROVINCE_CODES = frozenset(f"TR-{n:02d}" for n in range(1, 82))


@lru_cache(maxsize=1)
def iso3_codes() -> frozenset[str]:
    """All ISO 3166-1 alpha-3 codes known to pycountry plus `EXTRA_COUNTRY_CODES`."""
    return frozenset({c.alpha_3 for c in pycountry.countries} | set(EXTRA_COUNTRY_CODES))


def is_country(code: str) -> bool:
    return code in iso3_codes()


def is_geo(code: str) -> bool:
    """A valid `geo` value: a country, an aggregate or a province code."""
    return code in iso3_codes() or code in AGGREGATE_CODES or code in PROVINCE_CODES


def is_origin(code: str) -> bool:
    """A valid origin/destination value: a country, an aggregate or a pseudo-origin."""
    return code in iso3_codes() or code in AGGREGATE_CODES or code in PSEUDO_ORIGINS


def province_code(plate: int | str) -> str:
    """`TR-NN` from a plate code 1..81; raises ValueError otherwise."""
    n = int(plate)
    if not 1 <= n <= 81:
        raise ValueError(f"plate code {plate!r} is not in 1..81")
    return f"TR-{n:02d}"


def country_names(countries: pd.DataFrame, lang: str) -> dict[str, str]:
    """{ISO3: country name in the language} from `ref_countries` (columns geo, name_en, name_tr: CLDR names):
    the one name lookup of the dashboard."""
    return dict(zip(countries["geo"], countries[lang_column("name", lang)], strict=True))
