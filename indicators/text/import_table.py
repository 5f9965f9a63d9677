"""UI strings of the import page (a maintainer's server only: `GCM_ENABLE_IMPORT=1`)."""

STRINGS: dict[str, tuple[str, str]] = {
    "page_import": ("Import a publisher's table", "Yayımcı tablosu içe aktar"),
    "import_intro": (
        "Bring in the publisher's own table (PMM or TÜİK, xlsx or csv) when it is newer than the data shipped: "
        "TÜİK's foreign-population spreadsheet as TÜİK publishes it, or the template (columns plate code or "
        "province, date, value and optionally sex; English or Turkish headers). Its values become the "
        "preferred ones for their dates; those they replace are kept as alternatives.",
        "Yayımcının kendi tablosunu (Göç İdaresi veya TÜİK, xlsx ya da csv), paneldeki veriden yeniyse içe "
        "aktarın: TÜİK'in yabancı nüfus tablosu TÜİK'in yayımladığı biçimiyle ya da şablon (plaka kodu veya il, "
        "tarih, değer ve isteğe bağlı cinsiyet sütunları; Türkçe ya da İngilizce başlıklar). Tablonun değerleri "
        "kendi tarihleri için tercih edilen değerler olur; yerlerini aldıkları değerler alternatif olarak saklanır.",
    ),
    "import_maintainer_only": (
        "This page changes the data for everyone who uses this server. It is only offered on a server started "
        "with import enabled; keep it off on public deployments.",
        "Bu sayfa, bu sunucuyu kullanan herkes için veriyi değiştirir. Yalnızca içe aktarma açık başlatılan "
        "sunucularda sunulur; herkese açık kurulumlarda kapalı tutun.",
    ),
    "import_disabled": (
        "Importing is not enabled on this server.",
        "Bu sunucuda içe aktarma açık değil.",
    ),
    "import_file": ("Publisher's table (csv, xlsx or xls)", "Yayımcı tablosu (csv, xlsx veya xls)"),
    "import_dataset": ("Dataset it belongs to", "Ait olduğu veri kümesi"),
    "import_dataset_tuik_foreign_population_by_province": (
        "TÜİK: foreign population by province and sex (excludes temporary protection)",
        "TÜİK: il ve cinsiyete göre yabancı nüfus (geçici koruma hariç)",
    ),
    "import_dataset_tr_tp_syrians_by_province": (
        "PMM: Syrians under temporary protection by province",
        "Göç İdaresi: illere göre geçici koruma altındaki Suriyeliler",
    ),
    "import_dataset_tr_tp_syrians": (
        "PMM: Syrians under temporary protection, national total",
        "Göç İdaresi: geçici koruma altındaki Suriyeliler, Türkiye toplamı",
    ),
    "import_source_url": (
        "Address of the publisher's table (http or https)",
        "Yayımcı tablosunun adresi (http veya https)",
    ),
    "import_accessed": ("Date the table was downloaded", "Tablonun indirildiği tarih"),
    "import_waiting": (
        "Choose a file: what it would change is shown here before anything is applied.",
        "Bir dosya seçin: hiçbir şey uygulanmadan önce neleri değiştireceği burada gösterilir.",
    ),
    "import_bad_file": (
        "This file cannot be imported; nothing was changed. The problem (sheet, row and column):",
        "Bu dosya içe aktarılamıyor; hiçbir şey değiştirilmedi. Sorun (sayfa, satır ve sütun):",
    ),
    "import_preview": ("What the import changes", "İçe aktarmanın değiştirdikleri"),
    "import_summary": (
        "Values read: {n}. Replacing a value shown now: {replaced}, by more than 1 %: {differs}. New: {added}.",
        "Okunan değer: {n}. Şu an gösterilen bir değerin yerini alan: {replaced}, %1'den fazla farkla: {differs}. "
        "Yeni: {added}.",
    ),
    "import_differs": ("Values that differ by more than 1 %", "%1'den fazla farklı değerler"),
    "import_replaced": ("Values replaced", "Yerini alan değerler"),
    "import_all_values": ("Every value in the file", "Dosyadaki tüm değerler"),
    "import_none": ("None.", "Yok."),
    "import_col_place": ("Province", "İl"),
    "import_col_date": ("Date", "Tarih"),
    "import_col_sex": ("Sex", "Cinsiyet"),
    "import_col_new": ("Value in the file", "Dosyadaki değer"),
    "import_col_current": ("Value shown now", "Şu an gösterilen değer"),
    "import_col_change": ("Change", "Değişim"),
    "import_sex_total": ("Total", "Toplam"),
    "import_sex_female": ("Female", "Kadın"),
    "import_sex_male": ("Male", "Erkek"),
    "import_national": ("Türkiye", "Türkiye"),
    "import_apply": ("Apply the import", "İçe aktarmayı uygula"),
    "import_need_url": (
        "Enter the address of the publisher's table to apply the import.",
        "İçe aktarmayı uygulamak için yayımcı tablosunun adresini girin.",
    ),
    "import_failed": (
        "The import was not applied; nothing was changed. The problem:",
        "İçe aktarma uygulanmadı; hiçbir şey değiştirilmedi. Sorun:",
    ),
    "import_applied": (
        "Values imported from {file}: {n}. The data store was rebuilt: every page shows the new data now.",
        "{file} dosyasından içe aktarılan değer: {n}. Veri deposu yeniden kuruldu: tüm sayfalar yeni veriyi "
        "gösteriyor.",
    ),
}
