"""UI strings of downloads (chart image captions, CSV dialects, which file fits which program) and of the
latest-figure line above an Objectives chart."""

STRINGS: dict[str, tuple[str, str]] = {
    "export_source": ("Source", "Kaynak"),
    "export_sources": ("Sources", "Kaynaklar"),
    "export_figures_dated": ("figures dated {span}", "{span} tarihli rakamlar"),
    "export_more_sources": ("+{n} more", "+{n} kaynak daha"),
    "export_footer": ("{app} · downloaded {date}", "{app} · indirilme tarihi {date}"),
    "export_csv_tr_shown": ("CSV for Turkish Excel (shown)", "Türkçe Excel için CSV (gösterilen)"),
    "export_csv_tr_full": ("CSV for Turkish Excel (full series)", "Türkçe Excel için CSV (tüm seri)"),
    "export_files_note": (
        "CSV: comma-separated with a full stop as decimal sign, for LibreOffice, Python, R or Excel's "
        "Data → From Text/CSV. XLSX: opens in any spreadsheet program, with a metadata sheet.",
        "CSV: virgülle ayrılmış, ondalık ayırıcı nokta; LibreOffice, Python, R veya Excel'de Veri → Metinden/CSV'den "
        "için. Türkçe Excel için CSV: noktalı virgülle ayrılmış, ondalık ayırıcı virgül; Türkçe ayarlı Excel'de "
        "çift tıklayınca açılır. XLSX: her hesap tablosu programında açılır, üst veri sayfası içerir.",
    ),
    "export_meta_section": ("Section", "Bölüm"),
    "export_meta_field": ("Field", "Alan"),
    "export_meta_value": ("Value", "Değer"),
    "export_meta_indicator": ("Indicator", "Gösterge"),
    "export_meta_source": ("Source {n}", "Kaynak {n}"),
    "export_meta_id": ("Code", "Kod"),
    "export_meta_title": ("Title", "Başlık"),
    "export_meta_description": ("Description", "Tanım"),
    "export_meta_unit": ("Unit", "Birim"),
    "export_meta_decimals": ("Decimals shown", "Gösterilen ondalık basamak"),
    "export_meta_objectives": ("GCM objectives", "GCM hedefleri"),
    "export_meta_sdg": ("SDG indicator", "SKA göstergesi"),
    "export_meta_direction": ("Desired direction", "İstenen yön"),
    "export_meta_target": ("Target", "Hedef"),
    "export_meta_derived": ("Derived by this project", "Bu proje tarafından türetilmiş"),
    "export_meta_processing": ("Processing", "İşleme"),
    "export_meta_publisher": ("Publisher", "Yayımcı"),
    "export_meta_version": ("Version (vintage)", "Sürüm"),
    "export_meta_accessed": ("Date accessed", "Erişim tarihi"),
    "export_meta_licence": ("Licence", "Lisans"),
    "export_meta_licence_derived": ("Licence of the curated copy", "Düzenlenmiş kopyanın lisansı"),
    "export_meta_url": ("Link", "Bağlantı"),
    "export_meta_citation": ("Citation", "Atıf"),
    "export_meta_tier": ("Tier", "Kaynak düzeyi"),
    # the latest-figure line above an Objectives chart (indicators.objective_view.latest_line)
    "objectives_latest_value": ("Latest: {value} ({when})", "Son değer: {value} ({when})"),
    "objectives_latest_change": ("since {year}: {diff} ({pct})", "{year} yılından bu yana: {diff} ({pct})"),
    "objectives_latest_change_points": ("since {year}: {diff} percentage points",
                                        "{year} yılından bu yana: {diff} yüzde puan"),
    "objectives_latest_change_unit": ("since {year}: {diff}", "{year} yılından bu yana: {diff}"),
    "objectives_latest_no_base": ("no value for {year} or earlier", "{year} ve öncesi için değer yok"),
}
