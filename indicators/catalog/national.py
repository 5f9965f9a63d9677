"""Türkiye national indicators: PMM (Göç İdaresi Başkanlığı), TÜİK, ÇSGB and MEB series curated by
`indicators.curate.national`. Results keep `status` so that alternative values stay queryable; the headline
is the preferred (or only) value per date."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from ..codes import HOME
from ..data import Data
from ..registry import Indicator, result_frame, select

PMM = ("Presidency of Migration Management (PMM, Göç İdaresi Başkanlığı; DGMM until 2021), figures as quoted by "
       "the pages listed in the sources (not read on the PMM site).")
PAGE_SOURCES_EN = "Each figure cites the page it was transcribed from; where pages disagree one value is preferred."
PAGE_SOURCES_TR = "Her değer aktarıldığı sayfayı kaynak gösterir; sayfalar farklı değer verdiğinde biri tercih edilir."


def national(dataset: str, **equals: str) -> Callable[[Data], pd.DataFrame]:
    """`select(dataset, **equals)` restricted to national rows (geo TUR), dropping province breakdowns."""
    rows = select(dataset, **equals)

    def compute(data: Data) -> pd.DataFrame:
        out = rows(data)
        return out[out["geo"] == HOME].reset_index(drop=True)

    compute.__doc__ = f"National rows (geo TUR) of {rows.__doc__}"
    return compute


def year_end_stock(dataset: str, type_: str) -> Callable[[Data], pd.DataFrame]:
    """National year-end stocks of `type_` in `dataset` (persons): rows dated 31 December, the preferred value
    of a year (which may be the latest December or November figure when no 31 December figure exists) and
    its December alternatives; other dated points are left out."""

    def compute(data: Data) -> pd.DataFrame:
        frame = data[dataset]
        december = frame["date"].str[:7] == frame["year"].astype(str) + "-12"
        year_end = ((frame["date"] == frame["year"].astype(str) + "-12-31") | (frame["status"] == "preferred")
                    | ((frame["status"] == "alternative") & december))
        mask = (frame["geo"] == HOME) & (frame["type"] == type_) & year_end
        return result_frame(frame[mask].assign(type=""))

    compute.__doc__ = f"Year-end national stocks of {dataset} type {type_!r}"
    return compute


BREAKDOWN_COLUMNS = ("sex", "age", "origin")


def with_breakdowns(compute: Callable[[Data], pd.DataFrame], dataset: str) -> Callable[[Data], pd.DataFrame]:
    """`compute` plus the national rows of `dataset` that carry a declared disaggregation (sex, age, origin)
    at whatever date they were published: breakdowns are point-in-time lists, rarely dated 31 December, and a
    year-end filter would make them unreachable. They never enter the headline (which has no disaggregation)."""

    def wrapped(data: Data) -> pd.DataFrame:
        frame = data[dataset]
        broken_down = ((frame["geo"] == HOME) & (frame["type"] == "")
                       & (frame[list(BREAKDOWN_COLUMNS)] != "").any(axis=1))
        totals = compute(data)
        totals = totals[(totals[list(BREAKDOWN_COLUMNS)] == "").all(axis=1)]
        return result_frame(pd.concat([totals, frame[broken_down]], ignore_index=True))

    wrapped.__doc__ = (compute.__doc__ or "") + f"; with every national breakdown of {dataset}"
    return wrapped


def tp_syrians_per_1000(data: Data) -> pd.DataFrame:
    """Syrians under temporary protection per 1,000 inhabitants by province (per_1000): a province's TP count
    divided by its TÜİK ADNKS population of the same year, times 1,000. Only province-dates that have both
    (the ADNKS table holds 2023); alternative TP values are left out."""
    tp = data["tr_tp_syrians_by_province"]
    tp = tp[(tp["type"] == "") & (tp["status"] != "alternative")]
    population = data["tuik_province_population"][["geo", "year", "value"]].rename(columns={"value": "population"})
    merged = tp.merge(population, on=["geo", "year"], how="inner", validate="many_to_one")
    out = merged.assign(
        value=merged["value"] / merged["population"] * 1000,
        note="Per 1,000 of the TÜİK ADNKS " + merged["year"].astype(str) + " population ("
        + merged["population"].map("{:,.0f}".format).astype(str) + ").",
        status="",
    )
    return result_frame(out)


def foreign_residents_per_1000(data: Data) -> pd.DataFrame:
    """Foreign residents (TÜİK ADNKS, excluding temporary protection) per 1,000 inhabitants by province
    (per_1000): the province's foreign residents divided by its TÜİK ADNKS population of the same year, times
    1,000. Only years with both (the population table holds 2023)."""
    foreign = data["tuik_foreign_population_by_province"]
    foreign = foreign[(foreign["type"] == "foreign_residents") & (foreign["sex"] == "")]
    population = data["tuik_province_population"][["geo", "year", "value"]].rename(columns={"value": "population"})
    merged = foreign.merge(population, on=["geo", "year"], how="inner", validate="one_to_one")
    out = merged.assign(
        value=merged["value"] / merged["population"] * 1000,
        note="Per 1,000 of the TÜİK ADNKS " + merged["year"].astype(str) + " population ("
        + merged["population"].map("{:,.0f}".format).astype(str) + "). Excludes Syrians under temporary protection.",
        type="",
    )
    return result_frame(out)


TUIK_ADNKS = ("Turkish Statistical Institute (TÜİK/TurkStat), Address Based Population Registration System "
              "(ADNKS) 2023 results: foreign nationals with a residence or work permit or an equivalent document "
              "and a registered address. Syrians under temporary protection are not included.")

INDICATORS = [
    Indicator(
        id="tp_syrians",
        objectives=(16, 23),
        title_en="Syrians under temporary protection (latest count of each year)",
        title_tr="Geçici koruma kapsamındaki Suriyeliler (her yılın son sayımı)",
        description_en="Syrians registered under temporary protection in Türkiye: the count on 31 December, or the "
                       "latest count of the year held where no 31 December figure was found (its date is shown); "
                       "alternative values from other pages are kept.",
        description_tr="Türkiye'de geçici koruma kapsamında kayıtlı Suriyeliler: 31 Aralık sayısı ya da 31 Aralık "
                       "değeri bulunamayan yıllarda o yılın eldeki en son sayımı (tarihiyle gösterilir); diğer "
                       "sayfalardaki farklı değerler alternatif olarak saklanır.",
        unit="persons", decimals=0, direction="none",
        source_ids=("tr_enpolitik_com_2d29ae68", "unhcr_odp_tur_registered_syrians", "tr_reliefweb_int_01e10516",
                    "tr_urfapusula_com_520e60f8", "tr_iraqnewsgazette_com_a8e42c9e",
                    "tr_displacement_iom_int_5fe7d6ed", "tr_amedtimes_com_tr_963f2afb",
                    "tr_kayserigundem_com_tr_ecc026c8"),
        datasets=("tr_tp_syrians",),
        compute=with_breakdowns(year_end_stock("tr_tp_syrians", ""), "tr_tp_syrians"),
        geography="country", concept="refugee_population",
        producer_description=PMM,
        processing_en="Year-end values as chosen by the curators; the UNHCR portal (Government of Türkiye figures) "
                      "is preferred on its dates (2015: 2,503,549, where a news page prints 2,503,049). Where no "
                      "31 December figure was found the latest count of the year is used: 9 Dec 2021 and 4 Dec "
                      "2025. The UNHCR portal counted differently before 2015 (camps only, then all registered); "
                      "those points are kept apart and not drawn with this series. " + PAGE_SOURCES_EN,
        processing_tr="Yıl sonu değerleri düzenleyicilerin seçimine göre; UNHCR portalı (Türkiye Hükümeti rakamları) "
                      "kendi tarihlerinde tercih edilir (2015: 2.503.549; bir haber sayfası 2.503.049 yazıyor). 31 "
                      "Aralık değeri bulunamayan yıllarda o yılın en son sayımı kullanılır: 9 Aralık 2021 ve 4 "
                      "Aralık 2025. UNHCR portalı 2015 öncesinde farklı sayıyordu (önce yalnızca kamplar, sonra tüm "
                      "kayıtlılar); bu noktalar ayrı tutulur ve bu seriyle birlikte çizilmez. " + PAGE_SOURCES_TR,
        disaggregations=("sex", "age"),
    ),
    Indicator(
        id="tp_syrians_by_province",
        objectives=(16, 23),
        title_en="Syrians under temporary protection by province",
        title_tr="İllere göre geçici koruma kapsamındaki Suriyeliler",
        description_en="Syrians under temporary protection in the provinces that published lists name, at the "
                       "dates of those lists (no complete 81-province list is available).",
        description_tr="Yayımlanmış listelerde adı geçen illerde, listelerin tarihlerinde geçici koruma "
                       "kapsamındaki Suriyeliler (81 ilin tamamını içeren liste bulunamadı).",
        unit="persons", decimals=0, direction="none",
        source_ids=("tr_gaphaberleri_com_a8797ef2", "tr_asylumineurope_org_5f1533ae",
                    "tr_samsunekiphaber_com_5f96c442"),
        datasets=("tr_tp_syrians_by_province",),
        compute=select("tr_tp_syrians_by_province", type=""),
        geography="province", concept="refugee_population",
        producer_description=PMM,
        processing_en="Counts only (published shares are not used); provinces missing from a list are not "
                      "filled. " + PAGE_SOURCES_EN,
        processing_tr="Yalnızca sayılar kullanılır (yayımlanan oranlar kullanılmaz); listede olmayan iller "
                      "doldurulmaz. " + PAGE_SOURCES_TR,
    ),
    Indicator(
        id="tp_syrians_per_1000_province",
        objectives=(16, 23),
        title_en="Syrians under temporary protection per 1,000 inhabitants, by province",
        title_tr="İllere göre 1.000 kişi başına geçici koruma kapsamındaki Suriyeli",
        description_en="Syrians under temporary protection in a province per 1,000 of its registered "
                       "population (TÜİK ADNKS) of the same year.",
        description_tr="Bir ildeki geçici koruma kapsamındaki Suriyelilerin, aynı yılın ADNKS il nüfusunun "
                       "(TÜİK) 1.000 kişisine oranı.",
        unit="per_1000", decimals=1, direction="none",
        source_ids=("tr_asylumineurope_org_5f1533ae", "tr_samsunekiphaber_com_5f96c442",
                    "tuik_adnks_2023_provinces"),
        datasets=("tr_tp_syrians_by_province", "tuik_province_population"),
        compute=tp_syrians_per_1000,
        derived=True, geography="province",
        producer_description=PMM + " Population: TÜİK, Address Based Population Registration System 2023.",
        processing_en="Computed by the project: province count / TÜİK ADNKS population of the same year × 1,000, "
                      "only where both exist (2023 lists). The denominator excludes the Syrians themselves, "
                      "unlike PMM's own share (Syrians / (population + Syrians)).",
        processing_tr="Proje tarafından hesaplanmıştır: il sayısı / aynı yılın TÜİK ADNKS il nüfusu × 1.000; "
                      "yalnızca ikisi de bulunan il ve tarihler için (2023 listeleri). Payda Suriyelileri "
                      "içermez; Göç İdaresi'nin oranı ise Suriyeli / (nüfus + Suriyeli) biçimindedir.",
    ),
    Indicator(
        id="residence_permits",
        objectives=(5,),
        title_en="Foreigners holding a residence permit (year-end)",
        title_tr="İkamet izni sahibi yabancılar (yıl sonu)",
        description_en="Foreigners holding a valid residence permit in Türkiye at year-end (excludes people "
                       "under temporary or international protection).",
        description_tr="Yıl sonunda Türkiye'de geçerli ikamet iznine sahip yabancılar (geçici ve uluslararası "
                       "koruma kapsamındakiler hariç).",
        unit="persons", decimals=0, direction="none",
        source_ids=("tr_haberglobal_com_tr_2d4f2db7", "tr_9lib_net_dc5c047b", "tr_reliefweb_int_01e10516",
                    "tr_displacement_iom_int_5fe7d6ed"),
        datasets=("tr_residence_permits",),
        compute=with_breakdowns(year_end_stock("tr_residence_permits", ""), "tr_residence_permits"),
        geography="country",
        producer_description=PMM,
        processing_en="Year-end totals; where pages disagree (2018, 2020, 2022, 2023) the PMM series is preferred "
                      "(reasons in the notes). Not a migrant stock: permit holders only. " + PAGE_SOURCES_EN,
        processing_tr="Yıl sonu toplamları; sayfaların farklı olduğu yıllarda (2018, 2020, 2022, 2023) Göç "
                      "İdaresi serisi tercih edilir (gerekçeler notlarda). Göçmen stoku değildir: yalnızca izin "
                      "sahipleri. " + PAGE_SOURCES_TR,
        disaggregations=("origin",),
    ),
    Indicator(
        id="irregular_migrants_apprehended",
        objectives=(9, 11),
        title_en="Irregular migrants apprehended",
        title_tr="Yakalanan düzensiz göçmen sayısı",
        description_en="Apprehensions of irregular migrants in a calendar year (events: a person caught twice "
                       "counts twice).",
        description_tr="Bir takvim yılında yakalanan düzensiz göçmenler (olay sayısı: iki kez yakalanan kişi iki "
                       "kez sayılır).",
        unit="persons", decimals=0, direction="none",
        source_ids=("tr_ekonomim_com_f9897327", "tr_haberhedefi_com_17b11cc6"),
        datasets=("tr_irregular_migration",),
        compute=national("tr_irregular_migration", type="irregular_migrants_apprehended"),
        geography="country",
        producer_description=PMM,
        processing_en="Full-year totals only, preferred as in tr_irregular_migration_annual_preferred.csv; the "
                      "2025 figure (1 Jan-18 Dec) and other part-year figures are kept under separate types. "
                      + PAGE_SOURCES_EN,
        processing_tr="Yalnızca tam yıl toplamları; tercihler tr_irregular_migration_annual_preferred.csv "
                      "dosyasına göre. 2025 (1 Ocak-18 Aralık) ve diğer kısmi dönem değerleri ayrı türlerde "
                      "tutulur. " + PAGE_SOURCES_TR,
        disaggregations=("origin",),
    ),
    Indicator(
        id="migrant_smugglers_apprehended",
        objectives=(9,),
        title_en="Migrant smugglers apprehended",
        title_tr="Yakalanan göçmen kaçakçısı sayısı",
        description_en="Migrant smugglers (organisers) apprehended in a calendar year.",
        description_tr="Bir takvim yılında yakalanan göçmen kaçakçıları (organizatörler).",
        unit="persons", decimals=0, direction="none",
        source_ids=("tr_ekonomim_com_f9897327", "tr_haberhedefi_com_17b11cc6"),
        datasets=("tr_irregular_migration",),
        compute=national("tr_irregular_migration", type="migrant_smugglers_apprehended"),
        geography="country",
        producer_description=PMM,
        processing_en="Full-year totals, preferred as in tr_irregular_migration_annual_preferred.csv (2024: the "
                      "later publication). No figures for 2016-2017. " + PAGE_SOURCES_EN,
        processing_tr="Tam yıl toplamları; tercihler tr_irregular_migration_annual_preferred.csv dosyasına göre "
                      "(2024: sonraki yayın). 2016-2017 için değer yok. " + PAGE_SOURCES_TR,
    ),
    Indicator(
        id="trafficking_victims_identified",
        objectives=(10,),
        title_en="Victims of human trafficking identified",
        title_tr="Tespit edilen insan ticareti mağdurları",
        description_en="Victims of trafficking in persons identified by PMM in a calendar year.",
        description_tr="Göç İdaresi Başkanlığı tarafından bir takvim yılında tespit edilen insan ticareti "
                       "mağdurları.",
        unit="persons", decimals=0, direction="none",
        source_ids=("tr_state_gov_9121b335", "tr_tihek_gov_tr_9f87a889"),
        datasets=("tr_human_trafficking",),
        compute=national("tr_human_trafficking", type="victims_identified"),
        geography="country",
        producer_description=PMM + " 2016-2022 via the US TIP reports, 2023 via TİHEK.",
        processing_en="Annual totals; 2016: 181 (2018 TIP report) preferred to 183 (2017 report). Sex, age and "
                      "nationality sub-totals do not always add up in the reports. " + PAGE_SOURCES_EN,
        processing_tr="Yıllık toplamlar; 2016 için 181 (2018 TIP raporu) 183'e (2017 raporu) tercih edilir. "
                      "Raporlardaki cinsiyet, yaş ve uyruk alt toplamları her zaman toplamı vermez. "
                      + PAGE_SOURCES_TR,
        disaggregations=("sex", "age", "origin"),
    ),
    Indicator(
        id="international_protection_applications",
        objectives=(12,),
        title_en="Applications for international protection",
        title_tr="Uluslararası koruma başvuruları",
        description_en="Applications for international protection lodged in Türkiye in a calendar year.",
        description_tr="Bir takvim yılında Türkiye'de yapılan uluslararası koruma başvuruları.",
        unit="persons", decimals=0, direction="none",
        source_ids=("tr_9lib_net_dc5c047b", "tr_ecre_org_557a2539", "tr_asylumineurope_org_5f1533ae"),
        datasets=("tr_international_protection",),
        compute=national("tr_international_protection", type="applications"),
        geography="country", concept="asylum_applications",
        producer_description=PMM,
        processing_en="Annual totals (2005, 2011, 2015-2023). The 2016 nationality list does not sum to the "
                      "total. " + PAGE_SOURCES_EN,
        processing_tr="Yıllık toplamlar (2005, 2011, 2015-2023). 2016 uyruk listesi toplamı vermez. "
                      + PAGE_SOURCES_TR,
        disaggregations=("origin",),
    ),
    Indicator(
        id="tuik_immigrants",
        objectives=(1,),
        title_en="Immigrants to Türkiye (TÜİK)",
        title_tr="Türkiye'ye gelen göç (TÜİK)",
        description_en="People who moved to Türkiye from abroad in a calendar year, by citizenship (TUR = "
                       "Turkish citizens, OTH = all foreign citizens).",
        description_tr="Bir takvim yılında yurt dışından Türkiye'ye göç edenler; vatandaşlığa göre (TUR = "
                       "Türk vatandaşları, OTH = tüm yabancı uyruklular).",
        unit="persons", decimals=0, direction="none",
        source_ids=("tr_muhasebenews_com_d47c45e2",),
        datasets=("tuik_international_migration",),
        compute=national("tuik_international_migration", type="immigrants"),
        geography="country", concept="immigration_flow",
        producer_description="Turkish Statistical Institute (TÜİK), International Migration Statistics (from "
                             "2016), as quoted by news pages.",
        processing_en="Annual totals 2016-2024 as published; TÜİK's foreign population excludes Syrians under "
                      "temporary protection. " + PAGE_SOURCES_EN,
        processing_tr="2016-2024 yıllık toplamları yayımlandığı gibi; TÜİK yabancı nüfusu geçici koruma "
                      "kapsamındaki Suriyelileri içermez. " + PAGE_SOURCES_TR,
        disaggregations=("origin",),
    ),
    Indicator(
        id="tuik_emigrants",
        objectives=(1,),
        title_en="Emigrants from Türkiye (TÜİK)",
        title_tr="Türkiye'den giden göç (TÜİK)",
        description_en="People who moved from Türkiye abroad in a calendar year, by citizenship (TUR = Turkish "
                       "citizens, OTH = all foreign citizens).",
        description_tr="Bir takvim yılında Türkiye'den yurt dışına göç edenler; vatandaşlığa göre (TUR = Türk "
                       "vatandaşları, OTH = tüm yabancı uyruklular).",
        unit="persons", decimals=0, direction="none",
        source_ids=("tr_muhasebenews_com_d47c45e2",),
        datasets=("tuik_international_migration",),
        compute=national("tuik_international_migration", type="emigrants"),
        geography="country", concept="emigration_flow",
        producer_description="Turkish Statistical Institute (TÜİK), International Migration Statistics (from "
                             "2016), as quoted by news pages.",
        processing_en="Annual totals 2016-2024 as published (2018 foreign emigrants: 187,178 from the bulletin "
                      "text). " + PAGE_SOURCES_EN,
        processing_tr="2016-2024 yıllık toplamları yayımlandığı gibi (2018 yabancı uyruklu giden: bülten "
                      "metnindeki 187.178). " + PAGE_SOURCES_TR,
        disaggregations=("origin",),
    ),
    Indicator(
        id="tp_schooling_rate",
        objectives=(15,),
        title_en="Schooling rate of children under temporary protection",
        title_tr="Geçici koruma kapsamındaki çocukların okullaşma oranı",
        description_en="Share of school-age children under temporary protection enrolled in school (year = "
                       "first year of the academic year).",
        description_tr="Okul çağındaki geçici koruma kapsamındaki çocuklardan okula kayıtlı olanların oranı "
                       "(yıl = eğitim-öğretim yılının ilk yılı).",
        unit="percent", decimals=1, direction="increase", limit=100.0,
        source_ids=("tr_aykiri_com_tr_ff7ee51f", "tr_semdinlihaber_gen_tr_4ca704bd", "tr_haber3_com_41a01b06",
                    "tr_turkiye24_net_540bfe73"),
        datasets=("tr_schooling",),
        compute=national("tr_schooling", type="schooling_rate"),
        geography="country",
        producer_description="Ministry of National Education (MEB), Directorate General for Lifelong Learning, "
                             "as quoted by news pages.",
        processing_en="Rates as published by MEB (2014-15, 2016-17 to 2019-20, 2021-22). " + PAGE_SOURCES_EN,
        processing_tr="MEB'in yayımladığı oranlar (2014-15, 2016-17 - 2019-20, 2021-22). " + PAGE_SOURCES_TR,
    ),
    Indicator(
        id="work_permits_foreigners",
        objectives=(5, 6),
        title_en="Work permits granted to foreigners",
        title_tr="Yabancılara verilen çalışma izni",
        description_en="Work permits granted to foreigners by the Ministry of Labour (ÇSGB) in a calendar year.",
        description_tr="Çalışma ve Sosyal Güvenlik Bakanlığı'nın bir takvim yılında yabancılara verdiği "
                       "çalışma izinleri.",
        unit="permits", decimals=0, direction="increase",
        source_ids=("tr_haksozhaber_net_7b6c4c6f", "tr_gundemtube_com_899b1546"),
        datasets=("tr_work_permits",),
        compute=national("tr_work_permits", type="work_permits_granted"),
        geography="country",
        producer_description="Ministry of Labour and Social Security (ÇSGB), as quoted by news pages.",
        processing_en="Annual totals 2010-2018; copies differing by a few units are resolved in favour of the "
                      "figure announced the following year. The 2019 value (113,134) is assigned from context "
                      "and kept as an alternative. " + PAGE_SOURCES_EN,
        processing_tr="2010-2018 yıllık toplamları; birkaç birim farklı kopyalarda ertesi yıl açıklanan değer "
                      "tercih edilir. 2019 değeri (113.134) bağlamdan çıkarıldığı için alternatif olarak "
                      "tutulur. " + PAGE_SOURCES_TR,
        disaggregations=("origin",),
    ),
    Indicator(
        id="voluntary_returns_syrians",
        objectives=(21,),
        title_en="Voluntary returns of Syrians (cumulative since 2016)",
        title_tr="Suriyelilerin gönüllü geri dönüşleri (2016'dan bu yana toplam)",
        description_en="Syrians who returned voluntarily from Türkiye since 2016, cumulative at the dates "
                       "given by the Ministry of Interior.",
        description_tr="2016'dan bu yana Türkiye'den gönüllü olarak dönen Suriyelilerin, İçişleri Bakanlığının "
                       "verdiği tarihlerdeki toplamı.",
        unit="persons", decimals=0, direction="none",
        source_ids=("tr_enpolitik_com_2d29ae68", "tr_star_com_tr_aa92d3e8"),
        datasets=("tr_returns_citizenship",),
        compute=national("tr_returns_citizenship", type="voluntary_returns_syrians_since_2016_cumulative"),
        geography="country",
        producer_description="Ministry of Interior / PMM statements as quoted by news pages.",
        processing_en="Cumulative counts at dated points as published. " + PAGE_SOURCES_EN,
        processing_tr="Yayımlandığı tarihlerdeki kümülatif sayılar. " + PAGE_SOURCES_TR,
    ),
    Indicator(
        id="citizenship_syrians",
        objectives=(16,),
        title_en="Syrians granted Turkish citizenship (cumulative)",
        title_tr="Türk vatandaşlığı verilen Suriyeliler (toplam)",
        description_en="Syrians granted Turkish citizenship, cumulative at the dates given by the Ministry of "
                       "Interior or NVİ.",
        description_tr="Türk vatandaşlığı verilen Suriyelilerin, İçişleri Bakanlığı veya NVİ'nin verdiği "
                       "tarihlerdeki toplamı.",
        unit="persons", decimals=0, direction="none",
        source_ids=("tr_enpolitik_com_2d29ae68", "tr_sozcu_com_tr_daf15a9c"),
        datasets=("tr_returns_citizenship",),
        compute=national("tr_returns_citizenship", type="citizenship_granted_syrians_cumulative"),
        geography="country",
        producer_description="Ministry of Interior and General Directorate of Population and Citizenship Affairs "
                             "(NVİ), as quoted by news pages.",
        processing_en="Cumulative counts at dated points as published; cut-off dates and definitions differ "
                      "slightly between statements. " + PAGE_SOURCES_EN,
        processing_tr="Yayımlandığı tarihlerdeki kümülatif sayılar; açıklamalar arasında kesim tarihi ve tanım "
                      "biraz farklıdır. " + PAGE_SOURCES_TR,
        disaggregations=("age",),
    ),
    Indicator(
        id="foreign_residents_by_province",
        objectives=(15, 16),
        title_en="Foreign residents by province (TÜİK, excluding temporary protection)",
        title_tr="İllere göre yabancı nüfus (TÜİK, geçici koruma hariç)",
        description_en="Foreign nationals resident in each of the 81 provinces on 31 December (TÜİK ADNKS); "
                       "Syrians under temporary protection are not included.",
        description_tr="81 ilin her birinde 31 Aralık itibarıyla ikamet eden yabancı uyruklular (TÜİK ADNKS); "
                       "geçici koruma kapsamındaki Suriyeliler dahil değildir.",
        unit="persons", decimals=0, direction="none",
        source_ids=("tuik_adnks_2023_foreign_by_province",),
        datasets=("tuik_foreign_population_by_province",),
        compute=select("tuik_foreign_population_by_province", type="foreign_residents"),
        geography="province", producer_description=TUIK_ADNKS,
        processing_en="TÜİK's table as published (31 Dec 2022 and 2023, by sex), provinces in plate-code order.",
        processing_tr="TÜİK tablosu yayımlandığı gibi (31 Aralık 2022 ve 2023, cinsiyete göre), iller plaka "
                      "sırasıyla.",
        disaggregations=("sex",),
    ),
    Indicator(
        id="foreign_residents_per_1000_province",
        objectives=(15, 16),
        title_en="Foreign residents per 1,000 inhabitants, by province (TÜİK, excluding temporary protection)",
        title_tr="İllere göre 1.000 kişi başına yabancı nüfus (TÜİK, geçici koruma hariç)",
        description_en="Foreign residents of a province (TÜİK ADNKS, excluding temporary protection) per 1,000 "
                       "of its registered population of the same year.",
        description_tr="Bir ildeki yabancı nüfusun (TÜİK ADNKS, geçici koruma hariç) aynı yılın il nüfusunun "
                       "1.000 kişisine oranı.",
        unit="per_1000", decimals=1, direction="none",
        source_ids=("tuik_adnks_2023_foreign_by_province", "tuik_adnks_2023_provinces"),
        datasets=("tuik_foreign_population_by_province", "tuik_province_population"),
        compute=foreign_residents_per_1000,
        derived=True, geography="province", producer_description=TUIK_ADNKS,
        processing_en="Computed by the project: foreign residents / TÜİK ADNKS population of the same year × "
                      "1,000; 2023 only (no 2022 province population is held).",
        processing_tr="Proje tarafından hesaplanmıştır: yabancı nüfus / aynı yılın TÜİK ADNKS il nüfusu × 1.000; "
                      "yalnızca 2023 (2022 il nüfusu elde yok).",
    ),
    Indicator(
        id="closed_neighbourhoods_by_province",
        objectives=(16,),
        title_en="Neighbourhoods closed to new foreign residents, by province (PMM list of June 2022)",
        title_tr="İllere göre yabancıların yeni ikamet kaydına kapatılan mahalleler (Göç İdaresi, Haziran 2022)",
        description_en="Neighbourhoods and villages where PMM closed residence registration to new foreign "
                       "residents, counted per province on PMM's list of June 2022. Policy context, not a count "
                       "of migrants.",
        description_tr="Göç İdaresi Başkanlığının yabancıların yeni ikamet kaydına kapattığı mahalle ve köyler, "
                       "Haziran 2022 listesinde il başına sayılmıştır. Politika bağlamıdır, göçmen sayısı değildir.",
        unit="neighbourhoods", decimals=0, direction="none",
        source_ids=("pmm_closed_neighbourhoods_2022_06",),
        datasets=("pmm_closed_neighbourhoods",),
        compute=select("pmm_closed_neighbourhoods", type="closed_neighbourhoods"),
        derived=True, geography="province",
        producer_description="Presidency of Migration Management (PMM, Göç İdaresi Başkanlığı): list of "
                             "neighbourhoods closed to residence registration by foreigners, June 2022.",
        processing_en="Counted by the project: the rows of PMM's list per province (0 where a province has none).",
        processing_tr="Proje tarafından sayılmıştır: Göç İdaresi listesindeki satırlar il başına (hiç olmayan "
                      "illerde 0).",
    ),
]


# Where the publisher's own table of each national indicator lives, for a reader to check the figures:
# (description in English, in Turkish, URL). Only the temporary-protection, residence-permit and
# closed-neighbourhood pages are known by their address (seen in public code); for the others the site is
# given with the section to open.
_PMM_SITE = "https://www.goc.gov.tr/"
PUBLISHER_TABLES: dict[str, tuple[str, str, str]] = {
    "tp_syrians": ("PMM, Temporary protection statistics page", "Göç İdaresi, Geçici Koruma istatistikleri sayfası",
                   "https://www.goc.gov.tr/gecici-koruma5638"),
    "tp_syrians_by_province": ("PMM, Temporary protection statistics page (by province)",
                               "Göç İdaresi, Geçici Koruma istatistikleri sayfası (illere göre)",
                               "https://www.goc.gov.tr/gecici-koruma5638"),
    "tp_syrians_per_1000_province": ("PMM, Temporary protection statistics page (by province)",
                                     "Göç İdaresi, Geçici Koruma istatistikleri sayfası (illere göre)",
                                     "https://www.goc.gov.tr/gecici-koruma5638"),
    "residence_permits": ("PMM, Residence permits statistics page", "Göç İdaresi, İkamet İzinleri istatistikleri sayfası",
                          "https://www.goc.gov.tr/ikamet-izinleri"),
    "irregular_migrants_apprehended": ("PMM site, Statistics → Irregular migration", "Göç İdaresi sitesi, "
                                       "İstatistikler → Düzensiz Göç", _PMM_SITE),
    "migrant_smugglers_apprehended": ("PMM site, Statistics → Irregular migration", "Göç İdaresi sitesi, "
                                      "İstatistikler → Düzensiz Göç", _PMM_SITE),
    "trafficking_victims_identified": ("PMM site, Statistics → Human trafficking", "Göç İdaresi sitesi, "
                                       "İstatistikler → İnsan Ticareti", _PMM_SITE),
    "international_protection_applications": ("PMM site, Statistics → International protection",
                                              "Göç İdaresi sitesi, İstatistikler → Uluslararası Koruma", _PMM_SITE),
    "voluntary_returns_syrians": ("PMM site, Statistics → Voluntary returns", "Göç İdaresi sitesi, "
                                  "İstatistikler → Gönüllü Geri Dönüş", _PMM_SITE),
    "citizenship_syrians": ("Ministry of Interior statements (no statistics table known)",
                            "İçişleri Bakanlığı açıklamaları (bilinen bir istatistik tablosu yok)",
                            "https://www.icisleri.gov.tr/"),
    "tuik_immigrants": ("TÜİK data portal, International Migration Statistics bulletin",
                        "TÜİK veri portalı, Uluslararası Göç İstatistikleri bülteni", "https://data.tuik.gov.tr/"),
    "tuik_emigrants": ("TÜİK data portal, International Migration Statistics bulletin",
                       "TÜİK veri portalı, Uluslararası Göç İstatistikleri bülteni", "https://data.tuik.gov.tr/"),
    "foreign_residents_by_province": ("TÜİK data portal, ADNKS results (foreign population by province and sex)",
                                      "TÜİK veri portalı, ADNKS sonuçları (illere ve cinsiyete göre yabancı nüfus)",
                                      "https://data.tuik.gov.tr/"),
    "foreign_residents_per_1000_province": ("TÜİK data portal, ADNKS results (foreign population by province)",
                                            "TÜİK veri portalı, ADNKS sonuçları (illere göre yabancı nüfus)",
                                            "https://data.tuik.gov.tr/"),
    "tp_schooling_rate": ("Ministry of National Education (MEB) site, lifelong learning statistics",
                          "Millî Eğitim Bakanlığı sitesi, hayat boyu öğrenme istatistikleri", "https://www.meb.gov.tr/"),
    "work_permits_foreigners": ("Ministry of Labour (ÇSGB) site, yearly statistics 'Work permits of foreigners'",
                                "Çalışma ve Sosyal Güvenlik Bakanlığı sitesi, 'Yabancıların Çalışma İzinleri' "
                                "yıllık istatistikleri", "https://www.csgb.gov.tr/"),
    "closed_neighbourhoods_by_province": ("PMM announcement of the closed neighbourhoods",
                                          "Göç İdaresi, mahalle kapatma duyurusu",
                                          "https://www.goc.gov.tr/mahalle-kapatma-duyurusu-hk2"),
}
