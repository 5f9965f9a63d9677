"""UI strings of the "National and international figures" page (pages/national.py, indicators/comparison.py)."""

STRINGS: dict[str, tuple[str, str]] = {
    "national_intro": (
        "The same subject measured by national and international publishers, side by side. The series are "
        "never merged: each keeps its definition, vintage and source, and the differences are computed here "
        "only to show how far apart they are.",
        "Aynı konunun ulusal ve uluslararası kurumlarca ölçümü, yan yana. Seriler hiçbir zaman "
        "birleştirilmez: her biri kendi tanımını, sürümünü ve kaynağını korur; farklar yalnızca serilerin "
        "birbirinden ne kadar uzak olduğunu göstermek için burada hesaplanır.",
    ),
    "national_concept": ("Subject", "Konu"),
    "national_what_differs": ("What differs between the definitions", "Tanımlar arasındaki fark"),
    "national_chart_heading": ("Türkiye: the series side by side", "Türkiye: seriler yan yana"),
    "national_chart_caption": (
        "One line per source (publisher · vintage). Dashed vertical line: 2018, the year the GCM was adopted. "
        "The chart starts in {start}, a few years before every source has data; the table and the downloads "
        "hold the full series.",
        "Her kaynak için bir çizgi (yayımcı · sürüm). Kesikli dikey çizgi: GCM'nin kabul edildiği 2018 yılı. "
        "Grafik, tüm kaynakların verisi başlamadan birkaç yıl önce, {start} yılında başlar; tablo ve indirilen "
        "dosyalar serinin tamamını içerir.",
    ),
    "national_table_heading": ("Values by year and source", "Yıllara ve kaynaklara göre değerler"),
    "national_table_caption": (
        "Differences and ratios are derived by this project, against the first source ({reference}). "
        "“–”: the source has no value for that year (not zero). A ratio is given only when both values are "
        "positive.",
        "Fark ve oranlar bu projede, ilk kaynağa ({reference}) göre türetilmiştir. “–”: kaynağın o yıl için "
        "değeri yok (sıfır değil). Oran yalnızca iki değer de pozitif olduğunda verilir.",
    ),
    "national_diff_header": ("Difference: {a} − {b} (derived)", "Fark: {a} − {b} (türetilmiş)"),
    "national_ratio_header": ("Ratio: {a} / {b} (derived)", "Oran: {a} / {b} (türetilmiş)"),
    "national_quoted_pages": ("quoted by {n} pages", "{n} sayfadan aktarım"),
    "national_role_compared": ("compared", "karşılaştırılan"),
    "national_role_related": ("related measure (different concept)", "ilgili ölçü (farklı kavram)"),
    "national_related_suffix": (" (different concept)", " (farklı kavram)"),
    "national_related_note": (
        "{series} measures a different concept: shown for context, no difference or ratio.",
        "{series} farklı bir kavramı ölçer: bağlam için gösterilir, fark ya da oran hesaplanmaz.",
    ),
    "national_definitions_heading": ("Definitions and vintages", "Tanımlar ve sürümler"),
    "national_col_publisher": ("Publisher", "Yayımcı"),
    "national_col_vintage": ("Vintage", "Sürüm"),
    "national_col_definition": ("Definition", "Tanım"),
    "national_col_processing": ("Processing", "İşleme"),
    "national_col_years": ("Years (Türkiye)", "Yıllar (Türkiye)"),
    "national_col_role": ("Role", "Rol"),
    "national_col_tiers": ("Values by source tier", "Kaynak düzeyine göre değer sayısı"),
    "national_col_link": ("Link", "Bağlantı"),
    "national_alternatives_heading": ("Alternative national values", "Alternatif ulusal değerler"),
    "national_alternatives_caption": (
        "Where pages quoting the national figure disagree, one value is preferred for the series above and "
        "the others are kept as alternatives, listed here with their sources. Notes are in English.",
        "Ulusal rakamı aktaran sayfalar farklı değer verdiğinde yukarıdaki seri için biri tercih edilir; "
        "diğerleri alternatif olarak saklanır ve burada kaynaklarıyla listelenir. Notlar İngilizcedir.",
    ),
    "national_no_alternatives": (
        "No alternative values are recorded for {indicator}.",
        "{indicator} için kayıtlı alternatif değer yok.",
    ),
    "national_status_preferred": ("preferred", "tercih edilen"),
    "national_status_alternative": ("alternative", "alternatif"),
    "national_col_date": ("Date", "Tarih"),
    "national_col_status": ("Status", "Durum"),
    "national_col_note": ("Note", "Not"),
    "national_conflicts_heading": ("Recorded disagreements between national sources",
                                   "Ulusal kaynaklar arasında kayıtlı uyuşmazlıklar"),
    "national_conflicts_caption": (
        "From the project's register of source conflicts: both values, their sources with their tier and how the "
        "project handles the difference. Notes are in English.",
        "Projenin kaynak uyuşmazlıkları kaydından: iki değer, düzeyleriyle kaynakları ve projenin farkı nasıl ele "
        "aldığı. Notlar İngilizcedir.",
    ),
    "national_no_conflicts": ("No disagreement is recorded for these series.",
                              "Bu seriler için kayıtlı uyuşmazlık yok."),
    "national_all_conflicts": ("All recorded disagreements ({n})", "Tüm kayıtlı uyuşmazlıklar ({n})"),
    "national_col_topic": ("Topic", "Konu"),
    "national_col_reference": ("Reference date", "Referans tarihi"),
    "national_col_value_a": ("Value A", "Değer A"),
    "national_col_source_a": ("Source A", "Kaynak A"),
    "national_col_url_a": ("Link A", "Bağlantı A"),
    "national_col_value_b": ("Value B", "Değer B"),
    "national_col_source_b": ("Source B", "Kaynak B"),
    "national_col_url_b": ("Link B", "Bağlantı B"),
    "national_col_handling": ("Handling", "Ele alınış"),
    "national_show_table": ("Table instead of chart", "Grafik yerine tablo"),
}
