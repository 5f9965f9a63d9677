"""UI strings of the "Data and sources" page (pages/data.py, indicators/catalogue.py)."""

STRINGS: dict[str, tuple[str, str]] = {
    "data_intro": (
        "Every indicator, dataset and source behind the dashboard, with coverage, vintages and licences. "
        "Everything can be downloaded.",
        "Panonun dayandığı tüm göstergeler, veri setleri ve kaynaklar; kapsam, sürüm ve lisanslarıyla. "
        "Hepsi indirilebilir.",
    ),
    "data_download_heading": ("Downloads", "İndirmeler"),
    "data_download_all": ("Download all data (zip)", "Tüm veriyi indir (zip)"),
    "data_download_all_help": (
        "Every indicator as CSV (full series with source columns), metadata.csv, sources.csv and a README. "
        "Built when you click.",
        "Her gösterge için CSV (kaynak sütunlarıyla tüm seri), metadata.csv, sources.csv ve bir README. "
        "Tıkladığınızda oluşturulur.",
    ),
    "data_download_metadata": ("metadata.csv (data dictionary)", "metadata.csv (veri sözlüğü)"),
    "data_download_sources": ("sources.csv (source records)", "sources.csv (kaynak kayıtları)"),
    "data_tab_indicators": ("Indicators", "Göstergeler"),
    "data_tab_datasets": ("Datasets", "Veri setleri"),
    "data_tab_sources": ("Sources", "Kaynaklar"),
    "data_tab_method": ("Progress method", "İlerleme yöntemi"),
    "data_tab_mapping": ("SDG-GCM mapping", "SKA-GCM eşleştirmesi"),
    "data_mapping_intro": (
        "Which SDG indicators serve which GCM objectives. This mapping is a proposal of this project: the "
        "official GCM indicator list (report of the Secretary-General A/79/590, December 2024) is not available "
        "here. The Overview scorecard and the Objectives page place indicators under objectives by this mapping; "
        "indicators without an SDG code are placed by this project as well.",
        "Hangi SKA göstergesinin hangi GCM hedefine hizmet ettiği. Bu eşleştirme bu projenin önerisidir: resmî "
        "GCM gösterge listesine (Genel Sekreter raporu A/79/590, Aralık 2024) burada erişilemiyor. Genel bakış "
        "karnesi ve Hedefler sayfası göstergeleri bu eşleştirmeyle hedeflere yerleştirir; SKA kodu olmayan "
        "göstergeler de bu proje tarafından yerleştirilmiştir.",
    ),
    "data_mapping_proposal": ("Proposal of this project, not the official GCM indicator list",
                              "Bu projenin önerisi, resmî GCM gösterge listesi değil"),
    "data_mapping_english": (
        "SDG titles, desired directions and caveats are in English (official SDG wording).",
        "SKA başlıkları, istenen yönler ve uyarılar İngilizcedir (resmî SKA ifadeleri).",
    ),
    "data_col_mapping_sdg": ("SDG indicator", "SKA göstergesi"),
    "data_col_mapping_title": ("SDG indicator title", "SKA göstergesi başlığı"),
    "data_col_mapping_objectives": ("GCM objectives (proposed)", "GCM hedefleri (önerilen)"),
    "data_col_mapping_direction": ("Desired direction or target", "İstenen yön ya da hedef"),
    "data_col_mapping_dashboard": ("Dashboard indicators", "Panodaki göstergeler"),
    "data_col_mapping_caveat": ("Caveat", "Uyarı"),
    "data_col_mapping_status": ("Status of the mapping", "Eşleştirmenin durumu"),
    "data_search": ("Search indicators", "Göstergelerde ara"),
    "data_search_placeholder": ("e.g. remittance, Syrians, göç", "ör. havale, Suriyeliler, göç"),
    "data_search_sources": ("Search sources", "Kaynaklarda ara"),
    "data_search_sources_placeholder": ("publisher, title or id", "yayımcı, başlık ya da kimlik"),
    "data_filter_objective": ("GCM objective", "GCM hedefi"),
    "data_filter_publisher": ("Publisher", "Yayımcı"),
    "data_all": ("All", "Tümü"),
    "data_n_indicators": ("{shown} of {total} indicators", "{total} göstergeden {shown} tanesi"),
    "data_n_sources": ("{shown} of {total} source records", "{total} kaynak kaydından {shown} tanesi"),
    "data_no_match": ("No indicator matches. Clear the search or the filters.",
                      "Eşleşen gösterge yok. Aramayı ya da filtreleri temizleyin."),
    "data_catalogue_caption": (
        "Coverage: years and number of geographies (countries, aggregates or provinces) with a headline value. "
        "Search looks in ids and in the English and Turkish titles.",
        "Kapsam: ana seri değeri bulunan yıllar ve coğrafya sayısı (ülke, bölge toplamı ya da il). Arama, "
        "kimliklerde ve İngilizce ile Türkçe başlıklarda yapılır.",
    ),
    "data_col_id": ("Id", "Kimlik"),
    "data_col_title": ("Title", "Başlık"),
    "data_col_objectives": ("Objectives", "Hedefler"),
    "data_col_sdg": ("SDG", "SKA"),
    "data_col_unit": ("Unit", "Birim"),
    "data_col_years": ("Years", "Yıllar"),
    "data_col_geos": ("Geographies", "Coğrafya sayısı"),
    "data_col_publishers": ("Publishers", "Yayımcılar"),
    "data_col_sources": ("Source ids", "Kaynak kimlikleri"),
    "data_col_dataset": ("Dataset", "Veri seti"),
    "data_col_rows": ("Rows", "Satır"),
    "data_col_n_sources": ("Sources", "Kaynak sayısı"),
    "data_col_publisher": ("Publisher", "Yayımcı"),
    "data_col_quoted": ("Figures from", "Rakamların asıl sahibi"),
    "data_col_url": ("URL", "URL"),
    "data_col_version": ("Version / vintage", "Sürüm"),
    "data_col_accessed": ("Accessed", "Erişim tarihi"),
    "data_col_licence": ("Licence", "Lisans"),
    "data_col_licence_derived": ("Licence of derived data", "Türetilmiş verinin lisansı"),
    "data_col_citation": ("Citation", "Atıf"),
    "data_col_kind": ("Kind", "Tür"),
    "data_col_method": ("Method", "Yöntem"),
    "data_col_case": ("Case", "Durum"),
    "data_col_status": ("Status", "Sonuç"),
    "data_col_condition": ("Condition", "Koşul"),
    "data_datasets_caption": (
        "Curated observation tables (data/curated/*.csv) as loaded in the data store.",
        "Veri deposuna yüklenen düzenlenmiş gözlem tabloları (data/curated/*.csv).",
    ),
    "data_sources_caption": (
        "Source records are in English, as published. National figures quoted by news or report pages name "
        "the page they were transcribed from and the original publisher.",
        "Kaynak kayıtları yayımlandığı gibi İngilizcedir. Haber ya da rapor sayfalarında aktarılan ulusal "
        "rakamlar, aktarıldıkları sayfayı ve asıl yayımcıyı belirtir.",
    ),
    "data_thresholds_heading": ("Thresholds (from the code)", "Eşikler (koddan)"),
    "data_thresholds_caption": (
        "P: growth rate a year, signed by the desired direction; C: factor near a natural limit (1 without one); "
        "R: observed growth over the growth needed to reach the target by 2030.",
        "P: istenen yöne göre işaretlenmiş yıllık büyüme hızı; C: doğal sınıra yakınlık katsayısı (sınır yoksa "
        "1); R: gözlenen büyümenin 2030'da hedefe ulaşmak için gereken büyümeye oranı.",
    ),
    "data_method_english_only": (
        "The method note below is in English.",
        "Aşağıdaki yöntem notu yalnızca İngilizce olarak mevcuttur.",
    ),
    "data_method_heading": ("Method note (docs/progress-method.md)", "Yöntem notu (docs/progress-method.md)"),
    "data_case_no_target": ("no target", "hedef yok"),
    "data_case_target": ("with a target", "hedefli"),
    "data_condition_target_met": ("latest value meets the target", "son değer hedefi karşılıyor"),
    "data_method_both": ("Both methods (project rule)", "İki yöntem (proje kuralı)"),
    "data_case_project": ("indicator", "gösterge"),
    "data_case_project_target": ("threshold chosen by this project", "bu projenin seçtiği eşik"),
    "data_case_ordinal": ("ordinal categories", "sıralı kategoriler"),
    "data_case_objective": ("objective", "hedef"),
    "data_condition_threshold_met": ("latest value meets the threshold (never \"target achieved\")",
                                     "son değer eşiği karşılıyor (asla \"hedefe ulaşıldı\" değil)"),
    "data_condition_category_up": ("latest category better than the base category",
                                   "son kategori başlangıç kategorisinden iyi"),
    "data_condition_category_same": ("same category", "aynı kategori"),
    "data_condition_category_down": ("latest category worse than the base category",
                                     "son kategori başlangıç kategorisinden kötü"),
    "data_condition_no_direction": ("the indicator has no desired direction (context)",
                                    "göstergenin istenen bir yönü yok (bağlam)"),
    "data_condition_insufficient": (
        "fewer than {n} indicators assessed, or fewer than {share}% of those with a desired direction",
        "{n} göstergeden az değerlendirilmiş ya da istenen yönü olanların %{share}'inden azı değerlendirilmiş",
    ),
    "data_kind_official_release": ("official release", "resmî yayın"),
    "data_kind_official_page": ("official page", "resmî sayfa"),
    "data_kind_copy_of_official_release": ("copy of an official release", "resmî yayının kopyası"),
    "data_kind_intl_report_quoting": ("international report quoting", "aktaran uluslararası rapor"),
    "data_kind_gov_report_quoting": ("government report quoting", "aktaran kamu raporu"),
    "data_kind_ngo_report_quoting": ("NGO report quoting", "aktaran STK raporu"),
    "data_kind_news_quoting": ("news page quoting", "aktaran haber sayfası"),
    "data_kind_other_quoting": ("other page quoting", "aktaran diğer sayfa"),
    "data_kind_reference": ("reference", "başvuru"),
    "data_kind_derived": ("derived by this project", "bu projede türetilmiş"),
}
