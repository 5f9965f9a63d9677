"""Indicators from the IOM Missing Migrants Project, IDMC and IOM's quoted return figures."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from ..data import Data
from ..registry import Indicator, result_frame, select
from ..schema import PARTIAL_YEAR, TURKIYE_ROUTE_CODES

ROUTE_CODES = TURKIYE_ROUTE_CODES
MMP_A1, MMP_A2 = "iom_mmp_global_2025_04", "iom_mmp_europe_routes_2026_05"
IDMC_2024, IDMC_2023 = "idmc_gidd_2024", "idmc_gidd_2023_export"
# The IOM pages and news pages quoting IOM that the assisted-returns figures are read on.
AVRR_SOURCE_IDS = ("african_courier_iom_avrr_2021", "iom_migrantprotection_avrr_2023", "iom_news_avrr_2016_h1",
                   "iom_norway_avrr_2017", "iom_unofficeny_avrr_2022", "tbsnews_iom_avrr_2020", "trend_az_iom_avrr_2018")
MMP_PRODUCER = (
    "IOM Missing Migrants Project: people who died or went missing in the process of migration towards an "
    "international destination, regardless of legal status. Minimum estimates, recorded by place of incident; "
    "revised continuously."
)
IDMC_PRODUCER = (
    "IDMC Global Internal Displacement Database: internal displacements are movements within the year (a person "
    "may be counted more than once); IDPs are people living in internal displacement at the end of the year."
)
# Processing of the new-displacement (flow) series, shared by the disaster and conflict indicators.
IDMC_FLOW_PROCESSING_EN = (
    "GRID 2024 values as published (rounded). The copy read replaced 'not reported' by 0, so zeros are left out; "
    "GRID 2023 values that were revised are kept as alternatives."
)
IDMC_FLOW_PROCESSING_TR = (
    "GRID 2024 değerleri yayımlandığı gibidir (yuvarlanmış). Okunan kopya 'bildirilmedi' yerine 0 yazdığından "
    "sıfırlar çıkarılmıştır; revize edilen GRID 2023 değerleri alternatif olarak tutulur."
)
PARTIAL_EN = " Years covered only in part (2025 in the full IOM download) are left out of the series."
PARTIAL_TR = " Yalnızca bir kısmı kapsanan yıllar (tam IOM verisinde 2025) seriden çıkarılmıştır."


def complete_years(compute: Callable[[Data], pd.DataFrame]) -> Callable[[Data], pd.DataFrame]:
    """The rows of `compute` except those covering part of a year (note starting with PARTIAL_YEAR), so that
    a January-April count is not read as a fall."""

    def wrapped(data: Data) -> pd.DataFrame:
        result = compute(data)
        return result[~result["note"].str.startswith(PARTIAL_YEAR)].reset_index(drop=True)

    wrapped.__doc__ = (compute.__doc__ or "") + "; complete years only"
    return wrapped


def deaths_on_turkiye_routes(data: Data) -> pd.DataFrame:
    """Dead and missing migrants (persons) on the four routes through Türkiye, geo TUR, per year: one row per
    route and source, plus the sum over the routes per source (route empty) as the headline.
    The sum adds incidents once: no IOM incident is assigned to two of these routes."""
    frame = data["mmp_routes_tur"]
    rows = frame[(frame["type"] == "dead_and_missing") & frame["route"].isin(ROUTE_CODES)
                 & ~frame["note"].str.startswith(PARTIAL_YEAR)]
    by_route = rows.assign(type="")
    totals = (rows.groupby(["geo", "year", "source_id", "status"], as_index=False)
              .agg(value=("value", "sum"), routes=("route", "nunique")))
    # A year lacking one of the routes would give a sum that is not the total of the four.
    totals = totals[totals["routes"] == len(ROUTE_CODES)].drop(columns="routes")
    totals = totals.assign(note="Sum of the four routes, computed by this project.")
    # Normalise each part first so that the sums get empty (not missing) disaggregation columns.
    return result_frame(pd.concat([result_frame(by_route), result_frame(totals)], ignore_index=True))


def assisted_returns(data: Data) -> pd.DataFrame:
    """IOM's annual total of assisted voluntary returns worldwide (persons, geo WLD). Where IOM printed only a
    rounded lower bound ("more than 69,000") beside the exact AVRR and VHR counts of the same page, the
    headline is their sum (derived, `preferred`) and the printed lower bound is kept as an `alternative`."""
    frame = data["iom_avrr"]
    totals = frame[frame["type"] == "total_assisted_returns"]
    parts = frame[frame["type"].isin(("avrr_programmes", "vhr"))]
    parts = parts.pivot_table(index=["geo", "year", "source_id"], columns="type", values="value", aggfunc="sum")
    parts = parts.dropna().reset_index()
    sums = parts.assign(
        type="", status="preferred", value=parts["avrr_programmes"] + parts["vhr"],
        note="Derived (sum computed by this project): AVRR programmes " + parts["avrr_programmes"].map("{:,.0f}".format)
        + " + voluntary humanitarian return (VHR) " + parts["vhr"].map("{:,.0f}".format)
        + ", both as published on the same IOM page; IOM's own total is a rounded lower bound.",
    )
    summed = set(zip(sums["geo"], sums["year"], sums["source_id"], strict=True))
    replaced = [key in summed for key in zip(totals["geo"], totals["year"], totals["source_id"], strict=True)]
    totals = totals.assign(type="", status=totals["status"].mask(replaced, "alternative"))
    # Normalise each part first so that the sums get empty (not missing) disaggregation columns.
    return result_frame(pd.concat([result_frame(totals), result_frame(sums)], ignore_index=True))


INDICATORS = [
    Indicator(
        id="migrant_deaths_missing",
        objectives=(8,),
        title_en="Migrants dead and missing (by country of incident)",
        title_tr="Ölen ve kaybolan göçmenler (olayın yaşandığı ülkeye göre)",
        description_en="Migrants recorded dead or missing by IOM in incidents that took place in the country "
        "(including its territorial waters), per year: a sum of IOM's incident records (derived). It measures "
        "the concept of SDG 10.7.3 but is not the official SDG 10.7.3 value, which IOM publishes by region and "
        "migration route, not by country.",
        description_tr="IOM'un, ülkede (kara suları dahil) yaşanan olaylarda öldüğünü veya kaybolduğunu kaydettiği "
        "göçmen sayısı, yıllara göre: IOM olay kayıtlarının toplamıdır (türetilmiş). SKA 10.7.3 kavramını ölçer "
        "ancak resmî SKA 10.7.3 değeri değildir; IOM bu göstergeyi ülkeye göre değil, bölge ve göç güzergâhına "
        "göre yayımlar.",
        unit="persons",
        decimals=0,
        direction="decrease",
        source_ids=(MMP_A1,),
        datasets=("mmp_dead_missing",),
        compute=complete_years(select("mmp_dead_missing", type="dead_and_missing")),
        comparable=True,
        derived=True,
        concept="migrant_deaths",
        producer_description=MMP_PRODUCER,
        processing_en="Derived, not published by IOM in this form: dead plus minimum estimated missing, summed by "
        "country of incident and year from IOM's incident table by the raw-data curator; values as in that "
        "table. For SDG 10.7.3 IOM publishes regional and route totals (see the routes through Türkiye)."
        + PARTIAL_EN,
        processing_tr="Türetilmiştir, IOM bu biçimde yayımlamaz: ölü ve asgari tahmini kayıp sayılarının toplamı; ham "
        "veriyi hazırlayan tarafından IOM olay tablosundan olay ülkesi ve yıla göre toplanmıştır; değerler o "
        "tablodaki gibidir. IOM, SKA 10.7.3 için bölge ve güzergâh toplamları yayımlar (bkz. Türkiye üzerinden "
        "geçen güzergâhlar)." + PARTIAL_TR,
    ),
    Indicator(
        id="mmp_incidents_count",
        objectives=(8,),
        title_en="Incidents with dead or missing migrants",
        title_tr="Göçmenlerin öldüğü veya kaybolduğu olay sayısı",
        description_en="Number of incidents recorded by IOM's Missing Migrants Project in the country, per year.",
        description_tr="IOM Kayıp Göçmenler Projesi'nin ülkede kaydettiği olay sayısı, yıllara göre.",
        unit="incidents",
        decimals=0,
        direction="decrease",
        source_ids=(MMP_A1,),
        datasets=("mmp_dead_missing",),
        compute=complete_years(select("mmp_dead_missing", type="incidents")),
        comparable=True,
        derived=True,
        producer_description=MMP_PRODUCER,
        processing_en="Rows of IOM's incident table counted by country of incident and year (split incidents "
        "count separately; a cumulative incident counts once)." + PARTIAL_EN,
        processing_tr="IOM olay tablosunun satırları olay ülkesi ve yıla göre sayılmıştır (bölünmüş olaylar ayrı, "
        "toplu kayıtlar tek olay sayılır)." + PARTIAL_TR,
    ),
    Indicator(
        id="migrant_deaths_routes_turkiye",
        objectives=(8,),
        sdg="10.7.3",
        title_en="Migrants dead and missing on the routes through Türkiye",
        title_tr="Türkiye üzerinden geçen güzergâhlarda ölen ve kaybolan göçmenler",
        description_en="Migrants recorded dead or missing by IOM on the Eastern Mediterranean, Türkiye-Europe "
        "land, Iran to Türkiye and Syria to Türkiye routes, in any country, per year.",
        description_tr="IOM'un Doğu Akdeniz, Türkiye-Avrupa kara, İran'dan Türkiye'ye ve Suriye'den Türkiye'ye "
        "güzergâhlarında (hangi ülkede olursa olsun) öldüğünü veya kaybolduğunu kaydettiği göçmen sayısı.",
        unit="persons",
        decimals=0,
        direction="decrease",
        source_ids=(MMP_A1, MMP_A2),
        datasets=("mmp_routes_tur",),
        compute=deaths_on_turkiye_routes,
        derived=True,
        producer_description=MMP_PRODUCER,
        processing_en="Per-route counts are from IOM's full download (preferred) and, as an alternative, from a "
        "Europe-routes subset continued to May 2026. The headline is the sum of the four routes, computed by "
        "this project per source; the two sources are never added together." + PARTIAL_EN,
        processing_tr="Güzergâh bazında sayılar IOM'un tam veri dosyasından (tercih edilen) ve alternatif olarak "
        "Mayıs 2026'ya kadar uzanan Avrupa güzergâhları alt kümesinden alınmıştır. Ana değer dört güzergâhın "
        "toplamıdır; bu projede her kaynak için ayrı hesaplanır, iki kaynak hiçbir zaman toplanmaz." + PARTIAL_TR,
        disaggregations=("route",),
    ),
    Indicator(
        id="disaster_displacements",
        objectives=(2,),
        title_en="New internal displacements by disasters",
        title_tr="Afetler nedeniyle yeni ülke içi yerinden edilmeler",
        description_en="Internal displacements (movements) triggered by disasters in the country during the year.",
        description_tr="Yıl içinde ülkede afetlerin yol açtığı ülke içi yerinden edilme (hareket) sayısı.",
        unit="persons",
        decimals=0,
        direction="none",
        source_ids=(IDMC_2024, IDMC_2023),
        datasets=("idmc_displacements",),
        compute=select("idmc_displacements", type="disaster"),
        comparable=True,
        concept="disaster_displacement",
        producer_description=IDMC_PRODUCER,
        processing_en=IDMC_FLOW_PROCESSING_EN,
        processing_tr=IDMC_FLOW_PROCESSING_TR,
    ),
    Indicator(
        id="conflict_displacements",
        objectives=(2,),
        title_en="New internal displacements by conflict and violence",
        title_tr="Çatışma ve şiddet nedeniyle yeni ülke içi yerinden edilmeler",
        description_en="Internal displacements (movements) triggered by conflict and violence in the country "
        "during the year.",
        description_tr="Yıl içinde ülkede çatışma ve şiddetin yol açtığı ülke içi yerinden edilme (hareket) sayısı.",
        unit="persons",
        decimals=0,
        direction="none",
        source_ids=(IDMC_2024, IDMC_2023),
        datasets=("idmc_displacements",),
        compute=select("idmc_displacements", type="conflict"),
        comparable=True,
        concept="conflict_displacement",
        producer_description=IDMC_PRODUCER,
        processing_en=IDMC_FLOW_PROCESSING_EN,
        processing_tr=IDMC_FLOW_PROCESSING_TR,
    ),
    Indicator(
        id="conflict_idps",
        objectives=(2,),
        title_en="Internally displaced persons (conflict and violence), end of year",
        title_tr="Ülke içinde yerinden edilmiş kişiler (çatışma ve şiddet), yıl sonu",
        description_en="People living in internal displacement because of conflict and violence on 31 December.",
        description_tr="31 Aralık itibarıyla çatışma ve şiddet nedeniyle ülke içinde yerinden edilmiş olarak "
        "yaşayan kişi sayısı.",
        unit="persons",
        decimals=0,
        direction="none",
        source_ids=(IDMC_2023,),
        datasets=("idmc_displacements",),
        compute=select("idmc_displacements", type="conflict_idps"),
        comparable=True,
        producer_description=IDMC_PRODUCER,
        processing_en="End-year stocks as published in IDMC's GRID 2023 export (rounded), 2008-2022.",
        processing_tr="IDMC GRID 2023 dışa aktarımında yayımlandığı gibi yıl sonu stokları (yuvarlanmış), "
        "2008-2022.",
    ),
    Indicator(
        id="iom_assisted_returns_global",
        objectives=(21,),
        title_en="Migrants assisted by IOM to return voluntarily (world)",
        title_tr="IOM'un gönüllü geri dönüşüne yardım ettiği göçmenler (dünya)",
        description_en="Migrants IOM assisted to return voluntarily to their country of origin worldwide, per "
        "year, as IOM reported its annual total.",
        description_tr="IOM'un dünya genelinde menşe ülkelerine gönüllü olarak dönmelerine yardım ettiği göçmen "
        "sayısı; IOM'un yıllık toplam olarak açıkladığı değer.",
        unit="persons",
        decimals=0,
        direction="none",
        source_ids=AVRR_SOURCE_IDS,
        datasets=("iom_avrr",),
        compute=assisted_returns,
        derived=True,
        producer_description="IOM Return and Reintegration Key Highlights (annual): assisted voluntary return "
        "and reintegration (AVRR); from 2020 the total includes voluntary humanitarian return (VHR).",
        processing_en="Figures as quoted on IOM pages or news pages quoting IOM. For 2022 and 2023 IOM printed "
        "only rounded lower bounds ('more than 69,000', 'over 71,000'); the values shown are the sums of the exact "
        "AVRR and VHR counts on the same pages (54,001 + 15,281; 56,045 + 15,906), derived by this project, and "
        "the lower bounds are kept as alternatives. 2019 and 2024 were not found. The definition changed in 2020.",
        processing_tr="IOM sayfalarında veya IOM'u aktaran haber sayfalarında verilen değerler. 2022 ve 2023 için "
        "IOM yalnızca yuvarlanmış alt sınırlar yayımladı ('69.000'in üzerinde', '71.000'in üzerinde'); gösterilen "
        "değerler aynı sayfalardaki kesin AVRR ve VHR sayılarının toplamıdır (54.001 + 15.281; 56.045 + 15.906), "
        "bu proje tarafından hesaplanmıştır (türetilmiş); alt sınırlar alternatif olarak tutulur. 2019 ve 2024 "
        "bulunamadı. Tanım 2020'de değişti.",
    ),
]
