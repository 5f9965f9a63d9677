"""UI strings of the overview page ("Türkiye at a glance")."""

STRINGS: dict[str, tuple[str, str]] = {
    "overview_tagline": ("Türkiye at a glance", "Bir bakışta Türkiye"),
    "overview_intro": (
        "Latest official figures on migration to and from Türkiye, and progress on the 23 objectives of the "
        "Global Compact for Migration since it was adopted in December 2018.",
        "Türkiye'ye ve Türkiye'den göçe ilişkin en son resmî rakamlar ve Aralık 2018'de kabul edilen Göç için "
        "Küresel Mutabakat'ın 23 hedefinde kaydedilen ilerleme.",
    ),
    "overview_headlines": ("Headline figures", "Temel rakamlar"),
    "overview_headlines_caption": (
        "Changes are derived by this project from the series shown: since the previous value and since the "
        "first value in or after {base}.",
        "Değişimler gösterilen serilerden bu proje tarafından hesaplanmıştır (türetilmiş): bir önceki değere "
        "ve {base} ya da sonrasındaki ilk değere göre.",
    ),
    "overview_since": ("since {year}", "{year} yılından bu yana"),
    "overview_changes": ("Arrow: change since {previous}. Since {base}: {change}. Changes {derived}.",
                         "Ok, {previous} yılına göre değişimi gösterir. {base} yılından bu yana: {change}. "
                         "Değişimler {derived}."),
    "overview_change_previous_only": ("Arrow: change since {previous} ({derived}).",
                                      "Ok, {previous} yılına göre değişimi gösterir ({derived})."),
    "overview_card_source": ("{period} · {publisher} ({version})", "{period} · {publisher} ({version})"),
    "overview_dated": (
        "Dated: the latest value held is for {year}, {lag} years before {reference}. Source vintage: {version}.",
        "Eski veri: eldeki en son değer {year} yılına ait, {reference} yılından {lag} yıl önce. Kaynak sürümü: "
        "{version}.",
    ),
    "overview_dated_short": ("{period}, dated; source vintage: {version}",
                             "{period}, eski veri; kaynak sürümü: {version}"),
    "overview_pp": ("pp", "puan"),
    "overview_note_refugees_vs_tp": (
        "Refugees hosted (UNHCR) and Syrians under temporary protection (PMM) measure different things: UNHCR "
        "counts refugees under its mandate, all nationalities, in its annual statistics; the Presidency of "
        "Migration Management (PMM) counts Syrians registered under temporary protection on a given date. "
        "They are shown side by side and never added up.",
        "Barındırılan mülteciler (BMMYK) ile geçici koruma kapsamındaki Suriyeliler (GİB) farklı "
        "şeyleri ölçer: BMMYK yıllık istatistiklerinde kendi yetki alanındaki tüm uyruklardan mültecileri "
        "sayar; Göç İdaresi Başkanlığı (GİB) belirli bir tarihte geçici koruma altında kayıtlı Suriyelileri "
        "sayar. Yan yana gösterilir, asla toplanmaz.",
    ),
    "overview_headlines_table": ("Headline figures as a table", "Temel rakamlar tablo olarak"),
    "overview_scorecard": ("GCM scorecard: progress on the 23 objectives", "GCM karnesi: 23 hedefte ilerleme"),
    "overview_base_year": ("Base year", "Başlangıç yılı"),
    "overview_method": ("Progress method", "İlerleme yöntemi"),
    "overview_method_opensdg": ("Open SDG", "Open SDG"),
    "overview_method_unsd": ("UNSD 2023", "UNSD 2023"),
    "overview_method_explained": (
        "Each indicator is assessed from its first value in or after the base year to its latest value with "
        "the Open SDG method (Statistics Canada; score −5 to +5) or the UN Statistics Division's Progress Chart "
        "2023 rule (no score); category indicators are compared category to category. An objective's status "
        "averages its indicators; they are placed under objectives by an SDG-GCM mapping that this project "
        "proposes, not the official GCM indicator list. Method, thresholds, mapping and every indicator's "
        "assessment:",
        "Her gösterge, başlangıç yılındaki ya da sonrasındaki ilk değerinden en son değerine kadar Open SDG "
        "yöntemiyle (Kanada İstatistik Ofisi; −5 ile +5 arası puan) ya da BM İstatistik Bölümü'nün İlerleme "
        "Tablosu 2023 kuralıyla (puansız) değerlendirilir; kategori göstergelerinde kategoriler karşılaştırılır. "
        "Bir hedefin durumu göstergelerinin ortalamasıdır; göstergeler hedeflere bu projenin önerdiği bir "
        "SKA-GCM eşleştirmesiyle yerleştirilir, resmî GCM gösterge listesiyle değil. Yöntem, eşikler, "
        "eşleştirme ve göstergelerin tek tek değerlendirmesi:",
    ),
    "overview_method_link": ("Data and method", "Veri ve yöntem"),
    "overview_legend": ("Status key", "Durum açıklaması"),
    "overview_score": ("Score {score}", "Puan {score}"),
    "overview_inputs": ("Inputs {years}", "Veri yılları {years}"),
    "overview_dated_input": ("Dated input: {title} ends in {year}; its publisher has {publisher_year}",
                       "Eski veri: {title} {year} yılında bitiyor; yayıncısında {publisher_year} verisi var"),
    "overview_project_threshold": ("Rests on a threshold chosen by this project, not an official target",
                                   "Bu projenin seçtiği bir eşiğe dayanır, resmî bir hedefe değil"),
    "overview_indicator_result": ("{title}: {status} ({years})", "{title}: {status} ({years})"),
    "overview_evidence_rule": (
        "An objective gets a status only when at least 2 of its indicators are assessed and these are at least "
        "80% of its indicators with a desired direction (project rule); otherwise it shows \"Insufficient "
        "evidence\" with the indicator results. An input is flagged as dated when it ends 2 or more years before "
        "its publisher's latest year (project threshold).",
        "Bir hedef, yalnızca en az 2 göstergesi değerlendirildiğinde ve bunlar istenen yönü olan göstergelerinin "
        "en az %80'i olduğunda durum alır (proje kuralı); aksi hâlde gösterge sonuçlarıyla birlikte \"Yetersiz "
        "kanıt\" gösterilir. Yayıncısının son yılından 2 veya daha fazla yıl önce biten veri eski olarak "
        "işaretlenir (proje eşiği).",
    ),
    "overview_open_objective": ("Objective {n}", "Hedef {n}"),
    "overview_scorecard_table": ("Scorecard as a table", "Karne tablo olarak"),
    "overview_col_title": ("Objective (short title)", "Hedef (kısa başlık)"),
    "overview_col_status": ("Status", "Durum"),
    "overview_col_score": ("Mean score", "Ortalama puan"),
    "overview_col_assessed": ("Indicators assessed", "Değerlendirilen gösterge"),
    "overview_col_inputs": ("Years of the inputs", "Veri yılları"),
    "overview_col_dated": ("Dated inputs", "Eski veriler"),
    "overview_col_project": ("Inputs with a project threshold", "Proje eşiği olan veriler"),
    "overview_col_indicators": ("Indicators", "Gösterge sayısı"),
    "overview_col_reference": ("Reference", "Referans"),
    "overview_col_previous": ("Change since previous value", "Önceki değere göre değişim"),
    "overview_col_base": ("Change since base", "Başlangıca göre değişim"),
    "overview_download_scorecard": ("Download CSV (scorecard)", "CSV indir (karne)"),
    "overview_context": ("Context: IOM and migration-management cooperation",
                         "Bağlam: IOM ve göç yönetimi iş birliği"),
    "overview_iom_facts": ("IOM worldwide", "Dünyada IOM"),
    "overview_fact_returns": ("Migrants helped to voluntarily return home since 1979",
                              "1979'dan bu yana gönüllü olarak evine dönmesine yardım edilen göçmen"),
    "overview_fact_trafficked": ("Trafficked persons assisted since the mid-1990s",
                                 "1990'ların ortasından bu yana yardım edilen insan ticareti mağduru"),
    "overview_fact_covid": ("Countries IOM supported in the prevention of and response to COVID-19 in 2020",
                            "IOM'un 2020'de COVID-19'un önlenmesi ve müdahalesinde destek verdiği ülke"),
    "overview_fact_countries": ("Countries supported by the IOM Development Fund",
                                "IOM Kalkınma Fonu'nun destek verdiği ülke"),
    "overview_fact_caption": ("Global figure, not Türkiye. Source: {publisher} ({version})",
                              "Küresel rakam, Türkiye'ye ait değildir. Kaynak: {publisher} ({version})"),
    "overview_areas": ("Areas of migration-management cooperation in Türkiye",
                       "Türkiye'de göç yönetiminde iş birliği alanları"),
    "overview_areas_caption": (
        "Each area is linked to the GCM objectives it serves and to the indicators that measure it; values are "
        "the latest for Türkiye.",
        "Her alan, hizmet ettiği GCM hedeflerine ve onu ölçen göstergelere bağlanmıştır; değerler Türkiye için "
        "en son değerlerdir.",
    ),
    "overview_area_border": ("Border management and irregular migration", "Sınır yönetimi ve düzensiz göç"),
    "overview_area_trafficking": ("Counter-trafficking", "İnsan ticaretiyle mücadele"),
    "overview_area_return": ("Voluntary return and reintegration", "Gönüllü geri dönüş ve yeniden entegrasyon"),
    "overview_area_labour": ("Labour migration", "İşgücü göçü"),
    "overview_area_inclusion": ("Inclusion and integration", "Katılım ve uyum"),
    "overview_area_presence": ("Migrant presence monitoring", "Göçmen varlığının izlenmesi"),
}
