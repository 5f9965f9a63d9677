"""Indicators from the UNHCR Refugee Population Statistics Database (datasets `unhcr_*`)."""

from __future__ import annotations

import pandas as pd

from ..data import Data
from ..registry import Indicator, result_frame, select
from ..schema import CASES_SUFFIX
from ..schema import DISAGGREGATION_COLUMNS

SOURCE_ID = "unhcr_rpsd_2025_12_1"
POPULATION_SOURCE_ID = "wdi_2026_07"
PRODUCER = (
    "UNHCR Refugee Population Statistics Database (Refugee Data Finder), {refugees} package v2025.12.1: "
    "end-year stocks of people forcibly displaced or stateless by country of asylum and origin; asylum "
    "applications, decisions and solutions during the year."
)


def refugees_per_1000(data: Data) -> pd.DataFrame:
    """Refugees under UNHCR's mandate hosted per 1,000 inhabitants (end-year refugees / population × 1000).
    Joined on geo and year with `wdi_population`; country-years without population are dropped."""
    refugees = select("unhcr_population_by_asylum", type="refugees")(data)
    population = data["wdi_population"]
    # Only the total population (no sex/age breakdown) is the denominator.
    population = population[(population[DISAGGREGATION_COLUMNS] == "").all(axis=1)]
    population = population[["geo", "year", "value"]].rename(columns={"value": "population"})
    joined = refugees.merge(population, on=["geo", "year"], how="inner")
    joined = joined[joined["population"] > 0]
    return result_frame(joined.assign(
        value=joined["value"] / joined["population"] * 1000,
        note=f"population: {POPULATION_SOURCE_ID}",
    ))


def world_refugee_share(data: Data) -> pd.DataFrame:
    """Share of the world's refugees under UNHCR's mandate hosted by each country at end-year, in percent."""
    refugees = select("unhcr_population_by_asylum", type="refugees")(data)
    world = refugees.loc[refugees["geo"] == "WLD", ["year", "value"]].rename(columns={"value": "world"})
    joined = refugees[refugees["geo"] != "WLD"].merge(world, on="year", how="inner")
    joined = joined[joined["world"] > 0]
    return result_frame(joined.assign(value=joined["value"] / joined["world"] * 100))


def _counted_in_persons(frame: pd.DataFrame, dataset: str, cases_type: str, data: Data) -> pd.DataFrame:
    """`frame` without the geo × year × origin cells where `dataset` also has a `cases_type` row (counted in
    cases): the person-counted part alone would understate the total."""
    source = data[dataset]
    in_cases = source.loc[source["type"] == cases_type, ["geo", "year", "origin"]]
    marked = frame.merge(in_cases.drop_duplicates().assign(_cases=True), on=["geo", "year", "origin"], how="left")
    return marked[marked["_cases"].isna()].drop(columns="_cases")


def asylum_applications(data: Data) -> pd.DataFrame:
    """New asylum applications (app_type N) lodged in the country during the year, persons; national totals
    plus by-origin rows where curated. Country-years partly counted in cases are dropped."""
    new = data["unhcr_asylum_applications"]
    new = new[new["type"] == "new"]
    return result_frame(_counted_in_persons(new, "unhcr_asylum_applications", "new" + CASES_SUFFIX, data).assign(type=""))


def asylum_recognition_rate(data: Data) -> pd.DataFrame:
    """UNHCR total recognition rate, percent: (recognized + other) / (recognized + other + rejected) × 100 over
    decisions at all levels in persons; otherwise-closed cases excluded. Cells with no substantive decision
    or with case-counted decisions are dropped."""
    decisions = data["unhcr_asylum_decisions"]
    keys = ["geo", "year", "origin"]
    wide = decisions[decisions["type"].isin(["recognized", "other", "rejected"])].pivot_table(
        index=keys, columns="type", values="value", aggfunc="sum"
    ).reset_index()
    wide = wide.dropna(subset=["recognized", "other", "rejected"])
    positive = wide["recognized"] + wide["other"]
    substantive = positive + wide["rejected"]
    rates = wide.assign(value=positive / substantive * 100, source_id=SOURCE_ID)[substantive > 0]
    return result_frame(_counted_in_persons(
        rates[[*keys, "value", "source_id"]], "unhcr_asylum_decisions", "total" + CASES_SUFFIX, data
    ))


def _indicator(**fields) -> Indicator:
    """An UNHCR indicator with the shared source and producer description."""
    defaults = dict(source_ids=(SOURCE_ID,), producer_description=PRODUCER, comparable=True, geography="country")
    return Indicator(**(defaults | fields))


INDICATORS = [
    _indicator(
        id="refugees_hosted",
        objectives=(15, 16, 23),
        title_en="Refugees hosted (UNHCR)",
        title_tr="Barındırılan mülteciler (UNHCR)",
        description_en="Refugees under UNHCR's mandate living in the country at the end of the year "
        "(in Türkiye mostly Syrians under temporary protection); asylum-seekers not included.",
        description_tr="Yıl sonunda ülkede bulunan, UNHCR'ın görev alanındaki mülteciler (Türkiye'de çoğunlukla "
        "geçici koruma altındaki Suriyeliler); sığınma başvuru sahipleri dahil değildir.",
        unit="persons",
        decimals=0,
        direction="none",
        datasets=("unhcr_population_by_asylum",),
        compute=select("unhcr_population_by_asylum", type="refugees"),
        concept="refugee_population",
        processing_en="Column `refugees` of UNHCR's totals by country of asylum (summed over origins by UNHCR's "
        "package); world row from the world totals. Palestine refugees under UNRWA are not included.",
        processing_tr="UNHCR'ın sığınma ülkesine göre toplamlarındaki `refugees` sütunu; dünya satırı dünya "
        "toplamlarından. UNRWA görev alanındaki Filistinli mülteciler dahil değildir.",
    ),
    _indicator(
        id="refugees_per_1000",
        objectives=(15, 16, 23),
        title_en="Refugees hosted per 1,000 inhabitants",
        title_tr="1.000 kişi başına düşen mülteci sayısı",
        description_en="Refugees under UNHCR's mandate hosted at the end of the year per 1,000 inhabitants.",
        description_tr="Yıl sonunda ülkede barındırılan, UNHCR görev alanındaki mültecilerin 1.000 kişiye oranı.",
        unit="per_1000",
        decimals=1,
        direction="none",
        source_ids=(SOURCE_ID, POPULATION_SOURCE_ID),
        datasets=("unhcr_population_by_asylum", "wdi_population"),
        compute=refugees_per_1000,
        derived=True,
        concept="refugees_per_population",
        processing_en="Computed: refugees_hosted / total population (World Bank WDI, same country and year) × "
        "1000. Country-years without a population figure are left out, never filled.",
        processing_tr="Hesaplanmıştır: barındırılan mülteciler / toplam nüfus (Dünya Bankası WDI, aynı ülke ve "
        "yıl) × 1000. Nüfus verisi olmayan ülke-yıllar hesaba katılmaz, boşluklar doldurulmaz.",
    ),
    _indicator(
        id="refugee_host_share_world",
        objectives=(23,),
        title_en="Share of the world's refugees hosted",
        title_tr="Dünyadaki mültecilerin barındırılan payı",
        description_en="Refugees under UNHCR's mandate hosted in the country as a percentage of all refugees "
        "under UNHCR's mandate worldwide at the end of the year.",
        description_tr="Yıl sonunda ülkede barındırılan UNHCR görev alanındaki mültecilerin dünya genelindeki "
        "tüm UNHCR mültecilerine yüzde oranı.",
        unit="percent",
        decimals=1,
        direction="none",
        datasets=("unhcr_population_by_asylum",),
        compute=world_refugee_share,
        derived=True,
        processing_en="Computed: refugees hosted / world refugees (UNHCR world totals, same year) × 100.",
        processing_tr="Hesaplanmıştır: barındırılan mülteciler / dünya mülteci toplamı (UNHCR, aynı yıl) × 100.",
    ),
    _indicator(
        id="asylum_seekers_hosted",
        objectives=(12, 15),
        title_en="Asylum-seekers in the country (UNHCR)",
        title_tr="Ülkedeki sığınma başvuru sahipleri (UNHCR)",
        description_en="People whose application for international protection was pending at the end of the year.",
        description_tr="Yıl sonunda uluslararası koruma başvurusu sonuçlanmamış kişiler.",
        unit="persons",
        decimals=0,
        direction="none",
        datasets=("unhcr_population_by_asylum",),
        compute=select("unhcr_population_by_asylum", type="asylum_seekers"),
        concept="asylum_seeker_population",
        processing_en="Column `asylum_seekers` of UNHCR's totals by country of asylum. Türkiye's figures come "
        "from UNHCR registration up to 2018 and from the Government from 2019.",
        processing_tr="UNHCR'ın sığınma ülkesine göre toplamlarındaki `asylum_seekers` sütunu. Türkiye verisi "
        "2018'e kadar UNHCR kayıtlarından, 2019'dan itibaren Hükümetten gelir.",
    ),
    _indicator(
        id="asylum_applications",
        objectives=(12,),
        title_en="New asylum applications lodged",
        title_tr="Yapılan yeni sığınma başvuruları",
        description_en="New applications for international protection lodged in the country during the year "
        "(persons; repeat applications and appeals excluded).",
        description_tr="Yıl içinde ülkede yapılan yeni uluslararası koruma başvuruları (kişi; tekrar "
        "başvuruları ve itirazlar hariç).",
        unit="persons",
        decimals=0,
        direction="none",
        datasets=("unhcr_asylum_applications",),
        compute=asylum_applications,
        concept="asylum_applications",
        disaggregations=("origin",),
        processing_en="Rule: applications with app_type N (new), summed over procedure types (Government, joint, "
        "UNHCR) and the levels at which new claims are lodged; stage V (not distinguished), repeat and appeal "
        "rows are not used. Country-years partly reported in cases are left out. Rows with an origin: Türkiye "
        "by origin, and Turkish nationals by country of asylum. Türkiye: UNHCR procedure to 2018, Government "
        "from 2019; 2000–2005 only stage V exists, so no value.",
        processing_tr="Kural: app_type N (yeni) başvurular; usul türleri (Hükümet, ortak, UNHCR) ve yeni "
        "başvuruların yapıldığı düzeyler toplanır; V (ayrıştırılmamış), tekrar ve itiraz satırları kullanılmaz. "
        "Kısmen dosya (vaka) sayısıyla bildirilen ülke-yıllar dışarıda bırakılır. Menşeli satırlar: menşe "
        "ülkeye göre Türkiye ve sığınma ülkesine göre Türk vatandaşları. Türkiye: 2018'e kadar UNHCR, "
        "2019'dan itibaren Hükümet usulü; 2000–2005 için yalnızca V aşaması olduğundan değer yoktur.",
    ),
    _indicator(
        id="asylum_recognition_rate",
        objectives=(12,),
        title_en="Asylum total recognition rate (UNHCR)",
        title_tr="Sığınma toplam tanınma oranı (UNHCR)",
        description_en="Share of substantive asylum decisions granting refugee status or complementary "
        "protection during the year.",
        description_tr="Yıl içindeki esasa ilişkin sığınma kararlarından mülteci statüsü veya tamamlayıcı "
        "koruma verilenlerin payı.",
        unit="percent",
        decimals=1,
        direction="none",
        datasets=("unhcr_asylum_decisions",),
        compute=asylum_recognition_rate,
        derived=True,
        disaggregations=("origin",),
        processing_en="Computed with UNHCR's total recognition rate formula: (recognized + other) / (recognized + "
        "other + rejected) × 100, over decisions at all levels counted in persons; otherwise closed cases "
        "excluded. Left out: no substantive decision, or part of the decisions counted in cases. Türkiye: "
        "no decision data for 2024–2025 in this release.",
        processing_tr="UNHCR'ın toplam tanınma oranı formülüyle hesaplanmıştır: (tanınan + diğer koruma) / "
        "(tanınan + diğer koruma + ret) × 100; tüm karar düzeyleri, kişi sayısı; başka biçimde kapatılan "
        "dosyalar hariç. Esasa ilişkin karar olmayan veya kararların bir kısmı dosya sayısıyla bildirilen "
        "hücreler dışarıda bırakılır. Türkiye için bu sürümde 2024–2025 karar verisi yoktur.",
    ),
    _indicator(
        id="refugees_abroad",
        objectives=(2,),
        title_en="Refugees originating from the country",
        title_tr="Ülke kökenli mülteciler",
        description_en="Refugees under UNHCR's mandate from the country, hosted in other countries at the end "
        "of the year.",
        description_tr="Yıl sonunda başka ülkelerde bulunan, ülke kökenli ve UNHCR görev alanındaki mülteciler.",
        unit="persons",
        decimals=0,
        direction="decrease",
        datasets=("unhcr_population_by_origin",),
        compute=select("unhcr_population_by_origin", type="refugees"),
        concept="refugees_by_origin",
        processing_en="Column `refugees` of UNHCR's totals by country of origin (geo = origin).",
        processing_tr="UNHCR'ın menşe ülkeye göre toplamlarındaki `refugees` sütunu (geo = menşe ülke).",
    ),
    _indicator(
        id="asylum_seekers_abroad",
        objectives=(2,),
        title_en="Asylum-seekers originating from the country",
        title_tr="Ülke kökenli sığınma başvuru sahipleri",
        description_en="Nationals of the country with a pending asylum application abroad at the end of the year.",
        description_tr="Yıl sonunda yurt dışında sığınma başvurusu sonuçlanmamış ülke vatandaşları.",
        unit="persons",
        decimals=0,
        direction="decrease",
        datasets=("unhcr_population_by_origin",),
        compute=select("unhcr_population_by_origin", type="asylum_seekers"),
        processing_en="Column `asylum_seekers` of UNHCR's totals by country of origin (geo = origin).",
        processing_tr="UNHCR'ın menşe ülkeye göre toplamlarındaki `asylum_seekers` sütunu (geo = menşe ülke).",
    ),
    _indicator(
        id="refugee_returns",
        objectives=(21,),
        title_en="Refugee returns from the country",
        title_tr="Ülkeden mülteci geri dönüşleri",
        description_en="Refugees who returned from the country to their country of origin during the year.",
        description_tr="Yıl içinde ülkeden menşe ülkelerine geri dönen mülteciler.",
        unit="persons",
        decimals=0,
        direction="none",
        datasets=("unhcr_solutions",),
        compute=select("unhcr_solutions", type="returned_refugees"),
        processing_en="Column `returned_refugees` of UNHCR's solutions by country of asylum (the country "
        "returned from). UNHCR revises returns retroactively (e.g. Türkiye 2022 revised in v2025.06.1).",
        processing_tr="UNHCR çözümler tablosundaki `returned_refugees` sütunu (dönülen değil, ayrılınan ülke). "
        "UNHCR geri dönüşleri geriye dönük düzeltebilir (ör. Türkiye 2022, v2025.06.1).",
    ),
    _indicator(
        id="refugee_naturalisations",
        objectives=(16,),
        title_en="Refugees naturalised",
        title_tr="Vatandaşlık verilen mülteciler",
        description_en="Refugees granted the citizenship of the host country during the year, as reported to UNHCR.",
        description_tr="Yıl içinde ev sahibi ülkenin vatandaşlığını alan ve UNHCR'a bildirilen mülteciler.",
        unit="persons",
        decimals=0,
        direction="increase",
        datasets=("unhcr_solutions",),
        compute=select("unhcr_solutions", type="naturalisation"),
        processing_en="Column `naturalisation` of UNHCR's solutions by country of asylum; many countries do not "
        "report (blank = no data, not zero).",
        processing_tr="UNHCR çözümler tablosundaki `naturalisation` sütunu; birçok ülke bildirmez (boş = veri "
        "yok, sıfır değil).",
    ),
    _indicator(
        id="resettlement_arrivals",
        objectives=(5, 23),
        title_en="Refugees resettled to the country",
        title_tr="Ülkeye yeniden yerleştirilen mülteciler",
        description_en="Refugees who arrived in the country through resettlement during the year.",
        description_tr="Yıl içinde yeniden yerleştirme yoluyla ülkeye gelen mülteciler.",
        unit="persons",
        decimals=0,
        direction="increase",
        datasets=("unhcr_solutions",),
        compute=select("unhcr_solutions", type="resettlement"),
        processing_en="Column `resettlement` of UNHCR's solutions, recorded under the receiving country. "
        "Departures from Türkiye for resettlement are not available in this table.",
        processing_tr="UNHCR çözümler tablosundaki `resettlement` sütunu, kabul eden ülke altında kaydedilir. "
        "Türkiye'den yeniden yerleştirme amacıyla ayrılışlar bu tabloda yoktur.",
    ),
]
