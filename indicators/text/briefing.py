"""UI and document strings of the briefing (page, PDF and DOCX)."""

STRINGS: dict[str, tuple[str, str]] = {
    "briefing_title": ("Türkiye and the Global Compact for Migration: indicator briefing",
                       "Türkiye ve Göç için Küresel Mutabakat: gösterge brifingi"),
    "briefing_subtitle": (
        "Figures on the 23 GCM objectives, with their sources, source tiers and a recomputable progress method",
        "23 GCM hedefine ilişkin rakamlar, kaynakları, kaynak düzeyleri ve yeniden hesaplanabilir ilerleme "
        "yöntemiyle",
    ),
    "briefing_date_line": ("Date: {date}", "Tarih: {date}"),
    "briefing_as_of": ("Data as of: store built {built}; latest data year shown {year}; reference year {ref}",
                       "Veri tarihi: veri deposu {built} tarihinde oluşturuldu; gösterilen en son veri yılı {year}; "
                       "referans yıl {ref}"),
    "briefing_ref_latest": ("latest available", "mevcut en son yıl"),
    "briefing_scope": ("Objectives: {objectives}. Peer countries: {peers}.",
                       "Hedefler: {objectives}. Karşılaştırılan ülkeler: {peers}."),
    "briefing_none": ("none", "yok"),
    "briefing_page_of": ("Page {page} of {total}", "Sayfa {page} / {total}"),
    "briefing_contents": ("Contents", "İçindekiler"),
    "briefing_h_headlines": ("Headline figures", "Öne çıkan rakamlar"),
    "briefing_h_scorecard": ("GCM scorecard: progress since 2018 by objective",
                             "GCM karnesi: hedeflere göre 2018'den bu yana ilerleme"),
    "briefing_h_indicators": ("Indicators: series and progress", "Göstergeler: seriler ve ilerleme"),
    "briefing_h_peers": ("Türkiye and peer countries", "Türkiye ve karşılaştırılan ülkeler"),
    "briefing_h_comparisons": ("National and international figures that differ",
                               "Birbirinden farklı ulusal ve uluslararası rakamlar"),
    "briefing_h_method": ("Methodology", "Yöntem"),
    "briefing_h_sources": ("Sources and licences", "Kaynaklar ve lisanslar"),
    "briefing_col_indicator": ("Indicator", "Gösterge"),
    "briefing_col_year": ("Year", "Yıl"),
    "briefing_col_value": ("Value", "Değer"),
    "briefing_col_unit": ("Unit", "Birim"),
    "briefing_col_source": ("Source", "Kaynak"),
    "briefing_col_objective": ("Objective", "Hedef"),
    "briefing_col_status": ("Status", "Durum"),
    "briefing_col_coverage": ("Coverage and inputs", "Kapsam ve veriler"),
    "briefing_col_rank": ("Türkiye's rank", "Türkiye'nin sırası"),
    "briefing_col_national": ("Figure A", "Rakam A"),
    "briefing_col_international": ("Figure B", "Rakam B"),
    "briefing_col_difference": ("B − A (% of A)", "B − A (A'nın %'si)"),
    "briefing_coverage_text": ("{assessed} of {total} assessed", "{total} göstergeden {assessed}"),
    "briefing_coverage_one": ("{assessed} of 1 assessed", "1 göstergeden {assessed}"),
    "briefing_input_threshold": ("Threshold chosen by this project (not an official target)",
                                 "Bu projenin seçtiği eşik (resmî hedef değil)"),
    "briefing_input_scale": ("Measurement level", "Ölçüm düzeyi"),
    "briefing_no_indicator": ("No indicator yet", "Henüz gösterge yok"),
    "briefing_objectives_label": ("Objectives {objectives}", "Hedefler: {objectives}"),
    "briefing_input_base": ("Base", "Başlangıç"),
    "briefing_input_latest": ("Latest", "En son"),
    "briefing_input_target": ("Target 2030", "2030 hedefi"),
    "briefing_input_cagr": ("Observed growth", "Gözlenen büyüme"),
    "briefing_input_required": ("Required growth", "Gereken büyüme"),
    "briefing_input_score": ("Score (−5..+5)", "Puan (−5..+5)"),
    "briefing_input_reason": ("Why not assessed", "Değerlendirilmeme nedeni"),
    "briefing_per_year": ("{value} a year", "yılda {value}"),
    "briefing_rank_value": ("{rank} of {total}", "{total} ülke içinde {rank}."),
    "briefing_peers_note": (
        "Countries ranked by value in the year shown, highest first (a ranking, not a judgement); "
        "'–' means no value for that year.",
        "Ülkeler gösterilen yıldaki değere göre büyükten küçüğe sıralanmıştır (sıralama bir değerlendirme "
        "değildir); '–' o yıl için değer olmadığını gösterir.",
    ),
    "briefing_no_peers": ("No peer country selected.", "Karşılaştırma için ülke seçilmedi."),
    "briefing_no_comparisons": ("No differing national and international figures for the selection.",
                                "Seçim için birbirinden farklı ulusal ve uluslararası rakam yok."),
    "briefing_comparisons_note": (
        "Indicators measuring the same concept from different publishers, for the latest year both cover. "
        "They are shown side by side, never merged.",
        "Aynı kavramı farklı yayıncılardan ölçen göstergeler, her ikisinin de kapsadığı en son yıl için. "
        "Yan yana gösterilir, asla birleştirilmez.",
    ),
    "briefing_method_1": (
        "Progress is measured from the base year 2018 (the year the GCM was adopted, A/RES/73/195) to the latest "
        "year with data, with the Open SDG / Statistics Canada progress measure (open-sdg/sdg-build, "
        "ProgressMeasure.py at commit 568d7d38). Only the base value and the latest value are used.",
        "İlerleme, 2018 başlangıç yılından (GCM'nin kabul edildiği yıl, A/RES/73/195) verinin bulunduğu en son "
        "yıla kadar Open SDG / Kanada İstatistik Kurumu ilerleme ölçüsüyle hesaplanır (open-sdg/sdg-build, "
        "ProgressMeasure.py, 568d7d38 sürümü). Yalnızca başlangıç ve en son değer kullanılır.",
    ),
    "briefing_method_2": (
        "Without a 2030 target, the compound annual growth rate in the desired direction is compared with "
        "1.5 % and 0.5 % a year; with a target, it is compared with the growth rate needed to reach the target "
        "in 2030 (ratio ≥ 0.95 on track, ≥ 0.60 progress but acceleration needed). An indicator without a "
        "desired direction, or with fewer than two years of data from 2018 on, is not assessed. The status of "
        "an objective comes from the mean score (−5..+5) of its assessed indicators.",
        "2030 hedefi yoksa istenen yöndeki yıllık bileşik büyüme oranı yılda %1,5 ve %0,5 ile karşılaştırılır; "
        "hedef varsa 2030'da hedefe ulaşmak için gereken büyüme oranıyla karşılaştırılır (oran ≥ 0,95 hedef "
        "yolunda, ≥ 0,60 ilerleme var ama hızlanma gerekli). İstenen bir yönü olmayan ya da 2018'den itibaren "
        "iki yıldan az verisi olan gösterge değerlendirilmez. Bir hedefin durumu, değerlendirilen göstergelerinin "
        "ortalama puanından (−5..+5) gelir.",
    ),
    "briefing_method_3": (
        "Values are the headline series of each indicator (no disaggregation; where a year has several dated "
        "values, the latest date). Numbers in square brackets refer to the numbered source list. The method is "
        "not an official GCM method: the UN has published no progress rule for GCM indicators. Full "
        "description: docs/progress-method.md.",
        "Değerler her göstergenin ana serisidir (ayrıştırma yok; bir yılda birden çok tarihli değer varsa en son "
        "tarihli olanı). Köşeli parantez içindeki sayılar numaralı kaynak listesine atıftır. Yöntem resmî bir "
        "GCM yöntemi değildir: BM, GCM göstergeleri için bir ilerleme kuralı yayımlamamıştır. Ayrıntılı "
        "açıklama: docs/progress-method.md.",
    ),
    # Page
    "briefing_select_objectives": ("Objectives", "Hedefler"),
    "briefing_select_peers": ("Peer countries", "Karşılaştırılan ülkeler"),
    "briefing_select_year": ("Reference year", "Referans yıl"),
    "briefing_latest_option": ("Latest available", "Mevcut en son yıl"),
    "briefing_preview": ("Preview", "Önizleme"),
    "briefing_download_pdf": ("Download PDF (A4)", "PDF indir (A4)"),
    "briefing_download_docx": ("Download DOCX (editable)", "DOCX indir (düzenlenebilir)"),
    "briefing_need_objective": ("Choose at least one objective.", "En az bir hedef seçin."),
    "briefing_charts_caption": ("One chart per indicator with data for Türkiye.",
                                "Türkiye için verisi olan her gösterge için bir grafik."),
    "briefing_select_scope": ("Indicators", "Göstergeler"),
    "briefing_scope_key": ("Key indicators", "Temel göstergeler"),
    "briefing_scope_all": ("All indicators", "Tüm göstergeler"),
    "briefing_scope_caption": (
        "Key indicators: the headline figures and the indicators whose progress since 2018 can be assessed "
        "({n_key} of the {n_all} indicators with data for the chosen objectives). They are the default when "
        "all indicators would make the briefing longer than about 20 A4 pages (more than {max} indicators).",
        "Temel göstergeler: öne çıkan rakamlar ve 2018'den bu yana ilerlemesi değerlendirilebilen göstergeler "
        "(seçilen hedeflerde verisi olan {n_all} göstergeden {n_key} tanesi). Tüm göstergeler brifingi yaklaşık "
        "20 A4 sayfasından uzun yapacaksa ({max} göstergeden fazla) varsayılan seçim budur.",
    ),
    "briefing_scope_key_line": ("Indicators: headline figures and those with a progress assessment only.",
                                "Göstergeler: yalnızca öne çıkan rakamlar ve ilerlemesi değerlendirilenler."),
    "briefing_col_change": ("Change", "Değişim"),
    # Chart and XLSX downloads (dashboard/exports.py)
    "briefing_download_png": ("PNG", "PNG"),
    "briefing_download_svg": ("SVG", "SVG"),
    "briefing_download_xlsx": ("Download XLSX (data and metadata)", "XLSX indir (veri ve üst veri)"),
}
