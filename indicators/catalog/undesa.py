"""Indicators from UN DESA Population Division: International Migrant Stock 2024 and WPP 2024."""

from __future__ import annotations

import pandas as pd

from ..data import Data
from ..registry import Indicator, result_frame, select

IMS = "undesa_ims_2024"
WPP = "undesa_wpp_2024"
IMS_PRODUCER = (
    "UN DESA Population Division, International Migrant Stock 2024: mid-year (1 July) estimates of persons "
    "living outside their country of birth (or of citizenship where birthplace data are missing), including "
    "refugees where the type of data contains R."
)


def migrant_stock_female_share(data: Data) -> pd.DataFrame:
    """Female international migrants as % of all international migrants in geo (percent), per year,
    computed from the female and both-sexes stocks of `undesa_migrant_stock`."""
    stock = data["undesa_migrant_stock"]
    total = stock[stock["sex"] == ""].set_index(["geo", "year"])["value"]
    female = stock[stock["sex"] == "female"].set_index(["geo", "year"])["value"]
    # A zero stock has no female share; a year without both figures has none either (no filling).
    share = (female / total[total > 0] * 100).dropna()
    out = share.rename("value").reset_index().assign(source_id=IMS)
    return result_frame(out)


INDICATORS = [
    Indicator(
        id="migrant_stock",
        objectives=(1,),
        title_en="International migrant stock",
        title_tr="Uluslararası göçmen stoku",
        description_en="Number of international migrants (persons born abroad) living in the country at mid-year.",
        description_tr="Yıl ortasında ülkede yaşayan uluslararası göçmen (yurt dışında doğmuş kişi) sayısı.",
        unit="persons",
        decimals=0,
        direction="none",
        source_ids=(IMS,),
        datasets=("undesa_migrant_stock",),
        compute=select("undesa_migrant_stock"),
        comparable=True,
        concept="migrant_population",
        producer_description=IMS_PRODUCER,
        processing_en="Values as published; sex-specific stocks are kept as a disaggregation.",
        processing_tr="Değerler yayımlandığı gibidir; cinsiyete göre stoklar ayrıştırma olarak tutulur.",
        disaggregations=("sex",),
    ),
    Indicator(
        id="migrant_stock_share",
        objectives=(1,),
        title_en="International migrants as a share of the population",
        title_tr="Uluslararası göçmenlerin nüfus içindeki payı",
        description_en="International migrant stock as a percentage of the total mid-year population.",
        description_tr="Uluslararası göçmen stokunun yıl ortası toplam nüfusa oranı (yüzde).",
        unit="percent",
        decimals=2,
        direction="none",
        source_ids=(IMS,),
        datasets=("undesa_migrant_stock_share",),
        compute=select("undesa_migrant_stock_share"),
        comparable=True,
        concept="migrant_population_share",
        producer_description=IMS_PRODUCER + " Share computed by UN DESA with WPP 2024 population (Table 3).",
        processing_en="Values as published by UN DESA (rounded to 4 decimals in the file).",
        processing_tr="Değerler UN DESA'nın yayımladığı gibidir (dosyada 4 ondalığa yuvarlanmış).",
        disaggregations=("sex",),
    ),
    Indicator(
        id="migrant_stock_female_share",
        objectives=(1,),
        title_en="Women among international migrants",
        title_tr="Uluslararası göçmenler içinde kadınların payı",
        description_en="Female international migrants as a percentage of all international migrants in the country.",
        description_tr="Ülkedeki tüm uluslararası göçmenler içinde kadın göçmenlerin yüzdesi.",
        unit="percent",
        decimals=1,
        direction="none",
        source_ids=(IMS,),
        datasets=("undesa_migrant_stock",),
        compute=migrant_stock_female_share,
        comparable=True,
        derived=True,
        producer_description=IMS_PRODUCER,
        processing_en="Computed by this project: female migrant stock / total migrant stock × 100, same country "
        "and year of UN DESA International Migrant Stock 2024.",
        processing_tr="Bu projede hesaplanmıştır: kadın göçmen stoku / toplam göçmen stoku × 100; UN DESA "
        "Uluslararası Göçmen Stoku 2024'te aynı ülke ve yıl.",
    ),
    Indicator(
        id="emigrant_stock",
        objectives=(1, 19),
        title_en="Emigrant stock (persons born in the country living abroad)",
        title_tr="Yurt dışındaki göçmen stoku (ülkede doğup yurt dışında yaşayanlar)",
        description_en="Number of persons born in the country who live in another country at mid-year.",
        description_tr="Ülkede doğmuş olup yıl ortasında başka bir ülkede yaşayan kişi sayısı.",
        unit="persons",
        decimals=0,
        direction="none",
        source_ids=(IMS,),
        datasets=("undesa_emigrant_stock",),
        compute=select("undesa_emigrant_stock"),
        comparable=True,
        concept="emigrant_population",
        producer_description="UN DESA Population Division, International Migrant Stock 2024: Origin (Table 1), "
        "international migrants by country of origin, mid-year.",
        processing_en="Values as published; sex-specific stocks are kept as a disaggregation.",
        processing_tr="Değerler yayımlandığı gibidir; cinsiyete göre stoklar ayrıştırma olarak tutulur.",
        disaggregations=("sex",),
    ),
    Indicator(
        id="net_migration",
        objectives=(1,),
        title_en="Net migration",
        title_tr="Net göç",
        description_en="Immigrants minus emigrants during the calendar year (UN World Population Prospects 2024 "
        "estimates).",
        description_tr="Takvim yılı içinde gelen göçmenler eksi giden göçmenler (BM Dünya Nüfus Beklentileri "
        "2024 tahminleri).",
        unit="persons",
        decimals=0,
        direction="none",
        source_ids=(WPP,),
        datasets=("wpp_net_migration",),
        compute=select("wpp_net_migration"),
        comparable=True,
        concept="net_migration",
        producer_description="UN DESA Population Division, World Population Prospects 2024: annual net number "
        "of migrants (estimates 1950-2023).",
        processing_en="Published in thousands; multiplied by 1,000 to give persons. Estimates only (1990-2023); "
        "medium-variant projections are not shown.",
        processing_tr="Binlik olarak yayımlanmıştır; kişi sayısı için 1.000 ile çarpılmıştır. Yalnızca tahminler "
        "(1990-2023); orta varyant projeksiyonlar gösterilmez.",
    ),
]
