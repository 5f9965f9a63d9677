"""Indicators from the World Bank (WDI, Remittance Prices Worldwide) and the UN SDG Global Database."""

from __future__ import annotations

import pandas as pd

from ..data import Data
from ..registry import Indicator, result_frame, select

WDI = "wdi_2026_07"
WDI_2021 = "wdi_2021_09"
RPW = "wdi_rpw_2022_02"
UNSD = "unsd_sdg_db_2023"
SDG_10_7_2 = "owid_sdg_10_7_2"

RPW_PRODUCER = (
    "World Bank, Remittance Prices Worldwide: average total cost (fees plus exchange-rate margin) of sending "
    "USD 200, in % of the amount sent, averaged over the survey rounds of the year (SDG 10.c.1)."
)
RPW_PROCESSING_EN = "Values as published (WDI series from RPW, 2011-2020). The world value is the SDG 10.c.1 " \
    "global average over all corridors from the UN SDG Global Database."
RPW_PROCESSING_TR = "Değerler yayımlandığı gibidir (RPW'den WDI serisi, 2011-2020). Dünya değeri, BM SDG " \
    "Küresel Veri Tabanındaki tüm koridorlar üzerinden SKA 10.c.1 küresel ortalamasıdır."


WORLD_COMPUTED_NOTE = ("Derived: computed by this project from the WDI world aggregates (remittances received / GDP "
                       "× 100); the UN SDG database has no world value for this year. Another vintage than the UN "
                       "values of earlier years.")
WORLD_REPLACED_NOTE = "Derived from the WDI world aggregates; the UN SDG database world value is preferred."


def remittances_received_gdp_pct(data: Data) -> pd.DataFrame:
    """Personal remittances received as % of GDP (percent), per geo and year, from the WDI current-US$ series
    (`wdi_remittances_received` / `wdi_gdp` × 100); years lacking either figure are left out. The world (WLD)
    value is the publisher's aggregate, the UN SDG database's SDG 17.3.2 world value (`preferred`), where it
    exists; the value computed from the WDI world aggregates is then an `alternative`, and elsewhere it is
    kept with a note saying it is derived."""
    received = data["wdi_remittances_received"].set_index(["geo", "year"])["value"]
    gdp = data["wdi_gdp"].set_index(["geo", "year"])["value"]
    share = (received / gdp[gdp > 0] * 100).dropna().rename("value").reset_index().assign(source_id=WDI)
    aggregates = data["sdg_world_aggregates"]
    published = aggregates[(aggregates["type"] == "17.3.2") & (aggregates["geo"] == "WLD")].assign(
        type="", status="preferred")
    world = share["geo"] == "WLD"
    replaced = world & share["year"].isin(published["year"])
    share = share.assign(
        status=replaced.map({True: "alternative", False: ""}),
        note=replaced.map({True: WORLD_REPLACED_NOTE, False: ""}).mask(world & ~replaced, WORLD_COMPUTED_NOTE),
    )
    return result_frame(pd.concat([result_frame(share), result_frame(published)], ignore_index=True))


def remittance_cost_from(data: Data) -> pd.DataFrame:
    """Average cost of sending USD 200 from the country (percent of the amount); the SDG 10.c.1 global average
    (filed under `to` in `rpw_remittance_cost`) is added as the world benchmark."""
    costs = data["rpw_remittance_cost"]
    rows = costs[(costs["type"] == "from") | ((costs["geo"] == "WLD") & (costs["type"] == "to"))]
    return result_frame(rows.assign(type=""))


INDICATORS = [
    Indicator(
        id="remittances_received_usd",
        objectives=(19, 20),
        title_en="Personal remittances received",
        title_tr="Alınan kişisel havaleler",
        description_en="Personal transfers and compensation of employees received by the country, current US$.",
        description_tr="Ülkenin aldığı kişisel transferler ve çalışan ücretleri, cari ABD doları.",
        unit="usd",
        decimals=0,
        direction="none",
        source_ids=(WDI,),
        datasets=("wdi_remittances_received",),
        compute=select("wdi_remittances_received"),
        comparable=True,
        concept="remittances_received",
        producer_description="World Bank, WDI BX.TRF.PWKR.CD.DT: personal transfers plus compensation of employees "
        "(IMF Balance of Payments data and World Bank staff estimates).",
        processing_en="Values as published (WDI, July 2026 vintage).",
        processing_tr="Değerler yayımlandığı gibidir (WDI, Temmuz 2026 sürümü).",
    ),
    Indicator(
        id="remittances_paid_usd",
        objectives=(19, 20),
        title_en="Personal remittances paid",
        title_tr="Gönderilen kişisel havaleler",
        description_en="Personal transfers and compensation of employees paid by residents to other countries, "
        "current US$.",
        description_tr="Yerleşiklerin diğer ülkelere ödediği kişisel transferler ve çalışan ücretleri, cari ABD "
        "doları.",
        unit="usd",
        decimals=0,
        direction="none",
        source_ids=(WDI_2021,),
        datasets=("wdi_remittances_paid",),
        compute=select("wdi_remittances_paid"),
        comparable=True,
        concept="remittances_paid",
        producer_description="World Bank, WDI BM.TRF.PWKR.CD.DT (IMF Balance of Payments data and World Bank "
        "staff estimates).",
        processing_en="Values as published in the September 2021 WDI vintage (ends in 2020), older than the other "
        "WDI series of this dashboard.",
        processing_tr="Değerler Eylül 2021 WDI sürümünde yayımlandığı gibidir (2020'de biter); panodaki diğer WDI "
        "serilerinden daha eski bir sürümdür.",
    ),
    Indicator(
        id="remittances_received_gdp_pct",
        objectives=(19, 20),
        sdg="17.3.2",
        title_en="Remittances received as a share of GDP",
        title_tr="Alınan havalelerin GSYH'ye oranı",
        description_en="Personal remittances received as a percentage of gross domestic product.",
        description_tr="Alınan kişisel havalelerin gayri safi yurt içi hasılaya oranı (yüzde).",
        unit="percent",
        decimals=2,
        direction="none",
        source_ids=(WDI, UNSD),
        datasets=("wdi_remittances_received", "wdi_gdp", "sdg_world_aggregates"),
        compute=remittances_received_gdp_pct,
        comparable=True,
        derived=True,
        concept="remittances_gdp_share",
        producer_description="SDG 17.3.2 'Volume of remittances (in United States dollars) as a proportion of "
        "total GDP'; the World Bank publishes it as BX.TRF.PWKR.DT.GD.ZS = BX.TRF.PWKR.CD.DT / NY.GDP.MKTP.CD × 100.",
        processing_en="Computed by this project from two WDI series of the same July 2026 vintage: personal "
        "remittances received (current US$) / GDP (current US$) × 100, same country and year. The world value "
        "is the publisher's: the UN SDG Global Database's SDG 17.3.2 world aggregate (2000-2020); the value "
        "computed from the WDI world aggregates is kept as an alternative and, after 2020, shown labelled as "
        "derived (another vintage: not comparable across 2020-2021).",
        processing_tr="Bu projede aynı Temmuz 2026 sürümündeki iki WDI serisinden hesaplanmıştır: alınan kişisel "
        "havaleler (cari ABD doları) / GSYH (cari ABD doları) × 100; aynı ülke ve yıl. Dünya değeri yayımcınınkidir: "
        "BM SKA Küresel Veri Tabanı'nın SKA 17.3.2 dünya toplamı (2000-2020); WDI dünya toplamlarından hesaplanan "
        "değer alternatif olarak tutulur ve 2020'den sonra türetilmiş olarak etiketlenip gösterilir (farklı sürüm: "
        "2020-2021 arasında karşılaştırılamaz).",
    ),
    Indicator(
        id="remittance_cost_to",
        objectives=(20,),
        sdg="10.c.1",
        title_en="Average cost of sending remittances to the country",
        title_tr="Ülkeye havale göndermenin ortalama maliyeti",
        description_en="Average total cost of sending USD 200 to the country, in % of the amount sent.",
        description_tr="Ülkeye 200 ABD doları göndermenin ortalama toplam maliyeti, gönderilen tutarın yüzdesi.",
        unit="percent",
        decimals=2,
        direction="decrease",
        target=3.0,
        target_source="un_gcm_ares_73_195",
        target_note_en="SDG target 10.c and GCM objective 20: reduce remittance transaction costs to less than 3%.",
        target_note_tr="SKA hedefi 10.c ve GCM 20. amaç: havale işlem maliyetlerini %3'ün altına indirmek.",
        source_ids=(RPW, UNSD),
        datasets=("rpw_remittance_cost",),
        compute=select("rpw_remittance_cost", type="to"),
        comparable=True,
        concept="remittance_cost_to",
        producer_description=RPW_PRODUCER,
        processing_en=RPW_PROCESSING_EN,
        processing_tr=RPW_PROCESSING_TR,
    ),
    Indicator(
        id="remittance_cost_from",
        objectives=(20,),
        sdg="10.c.1",
        title_en="Average cost of sending remittances from the country",
        title_tr="Ülkeden havale göndermenin ortalama maliyeti",
        description_en="Average total cost of sending USD 200 from the country, in % of the amount sent.",
        description_tr="Ülkeden 200 ABD doları göndermenin ortalama toplam maliyeti, gönderilen tutarın yüzdesi.",
        unit="percent",
        decimals=2,
        direction="decrease",
        target=3.0,
        target_source="un_gcm_ares_73_195",
        target_note_en="SDG target 10.c and GCM objective 20: reduce remittance transaction costs to less than 3%.",
        target_note_tr="SKA hedefi 10.c ve GCM 20. amaç: havale işlem maliyetlerini %3'ün altına indirmek.",
        source_ids=(RPW, UNSD),
        datasets=("rpw_remittance_cost",),
        compute=remittance_cost_from,
        comparable=True,
        concept="remittance_cost_from",
        producer_description=RPW_PRODUCER,
        processing_en=RPW_PROCESSING_EN,
        processing_tr=RPW_PROCESSING_TR,
    ),
    Indicator(
        id="migration_policy_score",
        objectives=(5, 23, 1),
        sdg="10.7.2",
        title_en="Migration policies that facilitate orderly, safe, regular and responsible migration",
        title_tr="Düzenli, güvenli, usule uygun ve sorumlu göçü kolaylaştıran göç politikaları",
        description_en="SDG 10.7.2 category over all six policy domains: 1 requires further progress, "
        "2 partially meets, 3 meets, 4 fully meets.",
        description_tr="Altı politika alanının tümü için SKA 10.7.2 kategorisi: 1 daha fazla ilerleme gerekir, "
        "2 kısmen karşılıyor, 3 karşılıyor, 4 tamamen karşılıyor.",
        unit="score",
        decimals=0,
        direction="increase",
        scale="ordinal",
        target=3.0,
        target_source="project",
        target_note_en="Score ≥ 3 (meets or fully meets), the Open SDG convention proposed in the project's "
        "SDG-GCM mapping; not an official GCM target.",
        target_note_tr="Puan ≥ 3 (karşılıyor veya tamamen karşılıyor); projenin SKA-GCM eşleştirmesinde önerilen "
        "Open SDG uygulaması, resmî bir GCM hedefi değildir.",
        limit=4.0,
        source_ids=(SDG_10_7_2,),
        datasets=("sdg_10_7_2",),
        compute=select("sdg_10_7_2", type=""),
        comparable=True,
        concept="migration_policy",
        producer_description="UN DESA Population Division and IOM, SDG 10.7.2 (SG_CPA_MIGRS, all domains), from "
        "the UN Inquiry among Governments on Population and Development, 2019 and 2021.",
        processing_en="Values as published (UN SDG Global Database, reproduced by Our World in Data).",
        processing_tr="Değerler yayımlandığı gibidir (BM SKA Küresel Veri Tabanı, Our World in Data aracılığıyla).",
    ),
    Indicator(
        id="birth_registration",
        objectives=(4,),
        sdg="16.9.1",
        title_en="Completeness of birth registration",
        title_tr="Doğum kaydının tamlığı",
        description_en="Percentage of children under 5 whose births were registered (SDG 16.9.1 proxy; not "
        "disaggregated by migratory status).",
        description_tr="Doğumu kayıt altına alınmış 5 yaş altı çocukların yüzdesi (SKA 16.9.1 yaklaşık göstergesi; "
        "göç durumuna göre ayrıştırılmamıştır).",
        unit="percent",
        decimals=1,
        direction="increase",
        target=100.0,
        target_source="project",
        target_note_en="100 %, this project's reading of SDG target 16.9 (legal identity for all, including birth "
        "registration, by 2030); the SDG text is not among the source records.",
        target_note_tr="%100, SKA hedefi 16.9'un (2030'a kadar doğum kaydı dahil herkese yasal kimlik) bu projedeki "
        "yorumu; SKA metni kaynak kayıtları arasında değildir.",
        limit=100.0,
        source_ids=(WDI,),
        datasets=("wdi_birth_registration",),
        compute=select("wdi_birth_registration"),
        comparable=True,
        concept="birth_registration",
        producer_description="World Bank, WDI SP.REG.BRTH.ZS: completeness of birth registration (%), from UNICEF "
        "and household surveys.",
        processing_en="Values as published (WDI, July 2026 vintage); survey years only, no filling between them.",
        processing_tr="Değerler yayımlandığı gibidir (WDI, Temmuz 2026 sürümü); yalnızca anket yılları, aradaki "
        "yıllar doldurulmaz.",
    ),
    Indicator(
        id="net_migration_wdi",
        objectives=(1,),
        title_en="Net migration (World Bank)",
        title_tr="Net göç (Dünya Bankası)",
        description_en="Immigrants minus emigrants during the year, as republished by the World Bank from UN WPP.",
        description_tr="Yıl içinde gelen göçmenler eksi giden göçmenler; Dünya Bankası'nın BM WPP'den yeniden "
        "yayımladığı seri.",
        unit="persons",
        decimals=0,
        direction="none",
        source_ids=(WDI,),
        datasets=("wdi_net_migration",),
        compute=select("wdi_net_migration"),
        comparable=True,
        concept="net_migration",
        producer_description="World Bank, WDI SM.POP.NETM, based on UN DESA World Population Prospects 2024; "
        "the latest years are WPP projections.",
        processing_en="Values as published (WDI, July 2026 vintage), including 2024-2025, which WPP 2024 gives as "
        "projections.",
        processing_tr="Değerler yayımlandığı gibidir (WDI, Temmuz 2026 sürümü); WPP 2024'te projeksiyon olan "
        "2024-2025 yılları dahildir.",
    ),
]
