"""UI strings of the Objectives page (pages/objectives.py) and of indicators.objective_view."""

STRINGS: dict[str, tuple[str, str]] = {
    "objectives_intro": (
        "Choose one of the 23 GCM objectives and one of its indicators: Türkiye's series since the 2018 "
        "baseline, its progress, the data and the sources.",
        "23 GKM hedefinden birini ve o hedefin bir göstergesini seçin: Türkiye'nin 2018 başlangıç yılından bu "
        "yana serisi, ilerlemesi, verisi ve kaynakları.",
    ),
    "objectives_no_indicator": (
        "No indicator with official data is available yet for objective {n}: {title}",
        "{n}. hedef için henüz resmî veriye dayanan bir gösterge yok: {title}",
    ),
    "objectives_base_year": ("Base year", "Başlangıç yılı"),
    "objectives_method": ("Progress method", "İlerleme yöntemi"),
    "objectives_method_opensdg": ("Open SDG", "Open SDG"),
    "objectives_method_unsd": ("UNSD Progress Chart", "UNSD İlerleme Tablosu"),
    "objectives_progress_heading": ("Progress of Türkiye", "Türkiye'nin ilerlemesi"),
    "objectives_progress_geo_heading": ("Progress ({geo})", "İlerleme ({geo})"),
    "objectives_progress_inputs": (
        "{base_year}: {base_value} → {latest_year}: {latest_value}, growth {growth}/yr, method {method}",
        "{base_year}: {base_value} → {latest_year}: {latest_value}, yıllık büyüme {growth}, yöntem {method}",
    ),
    "objectives_progress_target": (
        "target {target} by {target_year}, required growth {required}/yr",
        "{target_year} hedefi {target}, gereken yıllık büyüme {required}",
    ),
    "objectives_progress_threshold": (
        "threshold chosen by this project {target} by {target_year}, required growth {required}/yr",
        "{target_year} için bu projenin seçtiği eşik {target}, gereken yıllık büyüme {required}",
    ),
    "objectives_target_official": ("target {target} (set by an official text)",
                                   "hedef {target} (resmî bir metinde belirlenmiştir)"),
    "objectives_target_project": ("threshold chosen by this project: {target}, not an official target",
                                  "bu projenin seçtiği eşik: {target}, resmî bir hedef değildir"),
    "objectives_ordinal_inputs": (
        "{base_year}: category {base_value} → {latest_year}: category {latest_value}; categories are compared, "
        "no growth rate is computed",
        "{base_year}: {base_value}. kategori → {latest_year}: {latest_value}. kategori; kategoriler karşılaştırılır, "
        "büyüme oranı hesaplanmaz",
    ),
    "objectives_no_direction_text": (
        "Latest value {year}: {value}. Shown as context: the indicator has no desired direction, so no progress "
        "is computed.",
        "Son değer {year}: {value}. Bağlam olarak gösterilir: göstergenin istenen bir yönü olmadığından ilerleme "
        "hesaplanmaz.",
    ),
    "objectives_no_direction_empty": (
        "The indicator has no desired direction and no data for Türkiye.",
        "Göstergenin istenen bir yönü yok ve Türkiye için verisi yok.",
    ),
    "objectives_dated": (
        "Dated input: the latest year is {year}, while the publisher has {publisher_year} for other series or "
        "countries (flagged at {gap} or more years behind, a threshold chosen by this project).",
        "Eski veri: son yıl {year}; yayıncının diğer seriler veya ülkeler için {publisher_year} verisi var "
        "({gap} veya daha fazla yıl geride olan işaretlenir; eşik bu projenin seçimidir).",
    ),
    "objectives_mapping_note": (
        "Indicators are placed under objectives by an SDG-GCM mapping that this project proposes; it is not the "
        "official GCM indicator list (see Data and sources).",
        "Göstergeler hedeflere bu projenin önerdiği bir SKA-GKM eşleştirmesiyle yerleştirilir; resmî GKM "
        "gösterge listesi değildir (bkz. Veri ve kaynaklar).",
    ),
    "objectives_objective_status": ("Objective {n} overall: {status}", "{n}. hedefin genel durumu: {status}"),
    "objectives_inputs": ("inputs {years}", "veri yılları {years}"),
    "objectives_about_scale": ("Measurement level", "Ölçüm düzeyi"),
    "objectives_scale_continuous": ("continuous (growth-rate methods)", "sürekli (büyüme oranı yöntemleri)"),
    "objectives_scale_ordinal": ("ordinal categories (category change only)",
                                 "sıralı kategoriler (yalnızca kategori değişimi)"),
    "objectives_score": ("score {score} (−5 to +5)", "puan {score} (−5 ile +5 arası)"),
    "objectives_not_assessed": ("Not assessed: {reason}", "Değerlendirilmedi: {reason}"),
    "objectives_reason_no_direction": ("no desired direction", "istenen bir yön tanımlı değil"),
    "objectives_reason_no_data": ("no data for Türkiye", "Türkiye için veri yok"),
    "objectives_reason_few_years": (
        "fewer than two years of data from the base year on",
        "başlangıç yılından itibaren iki yıldan az veri var",
    ),
    "objectives_reason_other": ("not enough data ({reason})", "yeterli veri yok ({reason})"),
    "objectives_latest": ("Latest value: {year}: {value}", "Son değer: {year}: {value}"),
    "objectives_method_note": (
        "Only the base-year and latest values enter the progress measure; the method is explained under "
        "Data and sources → Progress method.",
        "İlerleme ölçüsünde yalnızca başlangıç yılı ve son değer kullanılır; yöntem "
        "Veri ve kaynaklar → İlerleme yöntemi bölümünde açıklanmıştır.",
    ),
    "objectives_progress_headline_note": (
        "Progress is assessed on the total series, not on the filtered values.",
        "İlerleme, filtrelenmiş değerler üzerinden değil, toplam seri üzerinden değerlendirilir.",
    ),
    "objectives_tab_chart": ("Chart", "Grafik"),
    "objectives_tab_table": ("Table", "Tablo"),
    "objectives_tab_map": ("Map", "Harita"),
    "objectives_tab_about": ("About", "Hakkında"),
    "objectives_filter_all": ("All (total)", "Tümü (toplam)"),
    "objectives_dim_sex": ("Sex", "Cinsiyet"),
    "objectives_dim_age": ("Age", "Yaş"),
    "objectives_dim_origin": ("Origin / citizenship", "Menşe / vatandaşlık"),
    "objectives_dim_destination": ("Destination", "Hedef ülke"),
    "objectives_dim_type": ("Type", "Tür"),
    "objectives_dim_route": ("Route", "Güzergâh"),
    "objectives_sex_female": ("Women", "Kadın"),
    "objectives_sex_male": ("Men", "Erkek"),
    "objectives_age_children": ("Children", "Çocuklar"),
    "objectives_age_adults": ("Adults", "Yetişkinler"),
    "objectives_geo_OTH": ("Other", "Diğer"),
    "objectives_geo_UNK": ("Unknown", "Bilinmiyor"),
    "objectives_geo_STA": ("Stateless", "Vatansız"),
    "objectives_geo_WLD": ("World", "Dünya"),
    "objectives_no_rows": (
        "No values for this combination of filters.",
        "Bu filtre birleşimi için değer yok.",
    ),
    "objectives_no_tur_data": (
        "This indicator has no values for Türkiye.",
        "Bu göstergenin Türkiye için değeri yok.",
    ),
    "objectives_shown_for": ("Shown for: {geo}", "Gösterilen: {geo}"),
    "objectives_alternatives_note": (
        "{n} alternative values from other sources are listed in the Table tab (not drawn).",
        "Diğer kaynaklardan {n} alternatif değer Tablo sekmesinde listelenir (grafikte çizilmez).",
    ),
    "objectives_concept_caption": (
        "Different definitions of the same subject, drawn together but not merged: {titles}. The lines "
        "differ in scope and method; read each with its own source.",
        "Aynı konunun farklı tanımları, birlikte çizilmiş ancak birleştirilmemiştir: {titles}. Çizgilerin "
        "kapsamı ve yöntemi farklıdır; her biri kendi kaynağıyla okunmalıdır.",
    ),
    "objectives_series": ("Series", "Seri"),
    "objectives_baseline_caption": (
        "Dashed line: the {year} baseline (GCM adopted in December 2018).",
        "Kesikli çizgi: {year} başlangıç yılı (GKM Aralık 2018'de kabul edildi).",
    ),
    "objectives_baseline_caption_other": (
        "Dashed line: the {year} base year (the SDG baseline).",
        "Kesikli çizgi: {year} başlangıç yılı (SKA başlangıç yılı).",
    ),
    "objectives_target_caption": ("Solid horizontal line: the target ({target}).",
                                  "Düz yatay çizgi: hedef ({target})."),
    "objectives_threshold_caption": (
        "Solid horizontal line: a threshold chosen by this project ({target}), not an official target.",
        "Düz yatay çizgi: bu projenin seçtiği eşik ({target}), resmî bir hedef değil.",
    ),
    "objectives_col_date": ("Date", "Tarih"),
    "objectives_col_unit": ("Unit", "Birim"),
    "objectives_col_status": ("Status", "Durum"),
    "objectives_col_note": ("Note", "Not"),
    "objectives_col_series": ("Series", "Seri"),
    "objectives_status_preferred": ("preferred", "tercih edilen"),
    "objectives_status_alternative": ("alternative", "alternatif"),
    "objectives_map_province": (
        "This indicator is published by province. Its map is drawn on the Maps page, not here.",
        "Bu gösterge il düzeyinde yayımlanır. Haritası burada değil, Haritalar sayfasında çizilir.",
    ),
    "objectives_map_link": ("Open on the Maps page", "Haritalar sayfasında aç"),
    "objectives_map_year": (
        "Values of {year} (the latest year covering most countries); grey: no data.",
        "{year} değerleri (ülkelerin çoğunu kapsayan son yıl); gri: veri yok.",
    ),
    "objectives_map_not_comparable": (
        "No map: this indicator is not comparable across countries.",
        "Harita yok: bu gösterge ülkeler arasında karşılaştırılabilir değil.",
    ),
    "objectives_about_definition": ("Definition", "Tanım"),
    "objectives_about_unit": ("Unit", "Birim"),
    "objectives_about_decimals": ("Decimals", "Ondalık basamak"),
    "objectives_about_direction": ("Desired direction", "İstenen yön"),
    "objectives_direction_increase": ("increase", "artış"),
    "objectives_direction_decrease": ("decrease", "azalış"),
    "objectives_direction_none": ("none (context indicator, not assessed)",
                                  "yok (bağlam göstergesi, değerlendirilmez)"),
    "objectives_about_target": ("Target", "Hedef"),
    "objectives_about_no_target": ("none", "yok"),
    "objectives_about_sdg": ("SDG indicator", "SKA göstergesi"),
    "objectives_about_objectives": ("GCM objectives", "GKM hedefleri"),
    "objectives_about_processing": ("Processing", "İşleme"),
    "objectives_about_derived": ("Derived by this project", "Bu proje tarafından türetilmiş"),
    "objectives_about_comparable": ("Comparable across countries", "Ülkeler arasında karşılaştırılabilir"),
    "objectives_about_producer": ("Producer's description", "Üreticinin açıklaması"),
    "objectives_about_sources": ("Sources", "Kaynaklar"),
    "objectives_yes": ("yes", "evet"),
    "objectives_no": ("no", "hayır"),
    "objectives_src_publisher": ("Publisher", "Yayımlayan"),
    "objectives_src_title": ("Title", "Başlık"),
    "objectives_src_link": ("Link", "Bağlantı"),
    "objectives_src_licence": ("Licence", "Lisans"),
    "objectives_src_vintage": ("Vintage", "Sürüm"),
    "objectives_src_accessed": ("Accessed", "Erişim"),
}
