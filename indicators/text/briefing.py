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
    "briefing_contents_placeholder": (
        "Word builds the table of contents from the headings when the document opens (or: right-click, Update "
        "Field).",
        "Word, belge açıldığında içindekiler tablosunu başlıklardan oluşturur (ya da: sağ tıklayıp Alanı "
        "Güncelleştir).",
    ),
    "briefing_page": ("Page", "Sayfa"),
    "briefing_h_scorecard": ("Scorecard: progress since 2018 by objective",
                             "Karne: hedeflere göre 2018'den bu yana ilerleme"),
    "briefing_h_peers": ("Türkiye and peer countries", "Türkiye ve karşılaştırılan ülkeler"),
    "briefing_h_comparisons": ("National and international figures that differ",
                               "Birbirinden farklı ulusal ve uluslararası rakamlar"),
    "briefing_h_method": ("Methodology", "Yöntem"),
    "briefing_h_sources": ("Sources and licences", "Kaynaklar ve lisanslar"),
    "briefing_col_indicator": ("Indicator", "Gösterge"),
    "briefing_col_year": ("Year", "Yıl"),
    "briefing_col_source": ("Source", "Kaynak"),
    "briefing_col_objective": ("Objective", "Hedef"),
    "briefing_col_status": ("Status", "Durum"),
    "briefing_col_rank": ("Türkiye's rank", "Türkiye'nin sırası"),
    "briefing_col_national": ("Figure A", "Rakam A"),
    "briefing_col_international": ("Figure B", "Rakam B"),
    "briefing_col_difference": ("B − A (% of A)", "B − A (A'nın %'si)"),
    "briefing_coverage_text": ("{assessed} of {total} assessed", "{assessed}/{total} gösterge değerlendirildi"),
    "briefing_input_threshold": ("Threshold chosen by this project (not an official target)",
                                 "Bu projenin seçtiği eşik (resmî hedef değil)"),
    "briefing_input_scale": ("Measurement level", "Ölçüm düzeyi"),
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
        "How progress is measured. For each indicator, the first value from 2018 on (2018 is the year the GCM "
        "was adopted) is compared with the latest value. Where an official text sets a 2030 target, the pace "
        "since 2018 is compared with the pace needed to reach it: at least 95 % of that pace is 'on track', at "
        "least 60 % 'progress made but acceleration needed', less 'limited progress', and a move the wrong way "
        "'deterioration'. Without a target, the yearly growth in the desired direction is compared with 1.5 % "
        "and 0.5 % a year. A threshold chosen by this project, not by an official text, is never reported as "
        "'target achieved'. Indicators measured in categories (such as the UN policy survey) report whether the "
        "category improved, stayed or worsened.",
        "İlerleme nasıl ölçülür? Her gösterge için 2018'den (GCM'nin kabul edildiği yıl) itibaren ilk değer en "
        "son değerle karşılaştırılır. Resmî bir metin 2030 için bir hedef belirlemişse, 2018'den bu yana "
        "gerçekleşen hız, hedefe ulaşmak için gereken hızla karşılaştırılır: gereken hızın en az %95'i "
        "'hedef yolunda', en az %60'ı 'ilerleme var, hızlanma gerekli', daha azı 'sınırlı ilerleme', ters yönde "
        "bir hareket ise 'kötüleşme' sayılır. Hedef yoksa istenen yöndeki yıllık büyüme yılda %1,5 ve %0,5 ile "
        "karşılaştırılır. Resmî bir metin yerine bu projenin seçtiği bir eşik hiçbir zaman 'hedefe ulaşıldı' "
        "olarak gösterilmez. Kategorilerle ölçülen göstergeler (BM politika anketi gibi) kategorinin iyileşip "
        "iyileşmediğini, aynı kalıp kalmadığını ya da kötüleşip kötüleşmediğini bildirir.",
    ),
    "briefing_method_2": (
        "An indicator is not assessed when it has no desired direction (more or fewer is not in itself better, "
        "as for the number of refugees hosted) or fewer than two years of data from 2018 on. An objective gets a "
        "status only when at least two of its indicators, and at least 80 % of those that can be assessed, have "
        "a result; otherwise it is marked 'insufficient evidence'. The years next to each status are the years "
        "of its inputs; an input is called dated when its publisher has published two or more later years for "
        "other countries.",
        "İstenen bir yönü olmayan (barındırılan mülteci sayısında olduğu gibi, daha çok ya da daha az olmanın "
        "kendi başına daha iyi olmadığı) ya da 2018'den itibaren iki yıldan az verisi olan gösterge "
        "değerlendirilmez. Bir hedef, ancak en az iki göstergesinin ve değerlendirilebilen göstergelerinin en az "
        "%80'inin bir sonucu varsa durum alır; yoksa 'yetersiz kanıt' olarak işaretlenir. Her durumun yanındaki "
        "yıllar girdilerinin yıllarıdır; yayıncısı başka ülkeler için iki ya da daha fazla sonraki yılı "
        "yayımlamışsa girdi eski sayılır.",
    ),
    "briefing_method_3": (
        "The method follows the progress measure published by Open SDG and Statistics Canada. It is not an "
        "official GCM method: the UN has published no progress rule for GCM indicators. Numbers in square "
        "brackets refer to the numbered list of sources. The full explanation, with every threshold, is in the "
        "dashboard, page {method_page}.",
        "Yöntem, Open SDG ve Kanada İstatistik Kurumu'nun yayımladığı ilerleme ölçüsünü izler. Resmî bir GCM "
        "yöntemi değildir: BM, GCM göstergeleri için bir ilerleme kuralı yayımlamamıştır. Köşeli parantez "
        "içindeki sayılar numaralı kaynak listesine atıftır. Tüm eşikleriyle ayrıntılı açıklama gösterge "
        "panelinde, {method_page} sayfasındadır.",
    ),
    "briefing_h_messages": ("Key messages", "Temel mesajlar"),
    "briefing_h_objectives": ("Objectives: latest figures and takeaways", "Hedefler: en son rakamlar ve çıkarımlar"),
    "briefing_col_evidence": ("Evidence", "Dayanak"),
    "briefing_scorecard_note": ("No indicator yet for objectives {objectives}.",
                                "{objectives} numaralı hedefler için henüz gösterge yok."),
    "briefing_evidence_dated": ("latest data dated", "son veri eski"),
    "briefing_objective_heading": ("Objective {n}: {title}", "Hedef {n}: {title}"),
    "briefing_latest_line": ("Latest: {value} ({period}), {source}", "En son: {value} ({period}), {source}"),
    "briefing_takeaway_change": ("{change} since {year} ({base} then)",
                                 "{year} yılından bu yana {change} (o yıl {base})"),
    "briefing_takeaway_no_base": ("No value from {year} on to compare with", "{year} yılından itibaren karşılaştırılacak değer yok"),
    "briefing_takeaway_status": ("progress status: {status}", "ilerleme durumu: {status}"),
    "briefing_takeaway_no_direction": ("not assessed, as no desired direction is defined for it",
                                       "istenen bir yön tanımlı olmadığı için değerlendirilmedi"),
    "briefing_takeaway_not_available": ("not assessed: fewer than two years of data from 2018 on",
                                        "değerlendirilmedi: 2018'den itibaren iki yıldan az veri var"),
    "briefing_see_also": ("Also serves this objective: {items}.", "Bu hedefe de hizmet eder: {items}."),
    "briefing_see_also_item": ("{title} (see objective {objective})", "{title} (bkz. hedef {objective})"),
    "briefing_alt": (
        "Line chart of {title} for Türkiye, {n} values from {first_year} to {last_year}: {first} in {first_year}, "
        "{last} in {last_year}, highest {peak} in {peak_year}.",
        "Türkiye için {title} çizgi grafiği, {first_year}–{last_year} arası {n} değer: {first_year} yılında "
        "{first}, {last_year} yılında {last}, en yüksek değer {peak_year} yılında {peak}.",
    ),
    "briefing_pub_undesa": ("UN DESA", "UN DESA"),
    "briefing_pub_mmp": ("IOM Missing Migrants Project", "IOM Kayıp Göçmenler Projesi"),
    "briefing_pub_sdg_database": ("UN Global SDG Indicators Database", "BM Küresel SKA Göstergeleri Veri Tabanı"),
    "briefing_in_year": ("in {period}", "{period} itibarıyla"),
    "briefing_on_date": ("on {period}", "{period} itibarıyla"),
    "briefing_src_gcm_publisher": ("United Nations General Assembly", "Birleşmiş Milletler Genel Kurulu"),
    "briefing_src_gcm_title": ("Global Compact for Safe, Orderly and Regular Migration, resolution A/RES/73/195 "
                               "(19 December 2018)",
                               "Güvenli, Düzenli ve Sistemli Göç için Küresel Mutabakat, A/RES/73/195 sayılı "
                               "karar (19 Aralık 2018; İngilizce özgün metin)"),
    "briefing_src_translation_publisher": ("GCM Türkiye indicators", "GCM Türkiye göstergeleri"),
    "briefing_src_translation_title": ("Unofficial Turkish translation of the titles of the 23 GCM objectives",
                                       "23 GCM hedefinin başlıklarının gayriresmî Türkçe çevirisi"),
    "briefing_src_method_publisher": ("Open SDG and Statistics Canada", "Open SDG ve Kanada İstatistik Kurumu"),
    "briefing_src_method_title": ("Progress measure and progress methodology (Open SDG 2.4)",
                                  "İlerleme ölçüsü ve ilerleme yöntemi (Open SDG 2.4; İngilizce)"),
    "briefing_message_figure": ("{title} was {value} {period} ({source}).",
                                "{title} {period} {value} oldu ({source})."),
    "briefing_message_change": ("That is {change} since {year}, when it was {base}.",
                                "Bu, {base} olan {year} yılına göre {change} demektir."),
    "briefing_message_rank": ("Among the {n} Champion Countries with data for {year}, Türkiye ranks {rank}.",
                              "{year} için verisi olan {n} Şampiyon Ülke arasında Türkiye {rank} sırada."),
    "briefing_message_scorecard": (
        "Of the {n} objectives with indicators, progress since {year} can be judged for few: {verdicts}. "
        "The other {rest} have insufficient evidence or indicators without a desired direction.",
        "Göstergesi olan {n} hedeften yalnızca birkaçı için {year} yılından bu yana ilerleme "
        "değerlendirilebiliyor: {verdicts}. Kalan {rest} hedefte kanıt yetersiz ya da göstergelerin istenen bir "
        "yönü yok.",
    ),
    "briefing_message_no_verdict": (
        "None of the {n} objectives with indicators has enough evidence for a progress status since {year}.",
        "Göstergesi olan {n} hedefin hiçbiri için {year} yılından bu yana bir ilerleme durumuna yetecek kanıt yok.",
    ),
    "briefing_vintage_range": ("figures dated {a} to {b}", "rakamların tarihi: {a} – {b}"),
    "briefing_vintage_single": ("figures dated {a}", "rakamların tarihi: {a}"),
    "briefing_vintage_download": ("download covering {a} to {b}", "indirilen veri: {a} – {b}"),
    "briefing_vintage_undated": ("undated page, stored c. {a}", "tarihsiz sayfa, yaklaşık {a} yılında kaydedildi"),
    "briefing_licence_news": ("Official statistics (facts); page text © its publisher",
                              "Resmî istatistik (olgular); sayfa metni © yayıncısı"),
    "briefing_licence_unconfirmed": ("{code} (licence not confirmed by the publisher)",
                                     "{code} (lisans yayıncı tarafından doğrulanmadı)"),
    "briefing_licence_nc": ("(non-commercial use only)", "(yalnızca ticari olmayan kullanım)"),
    "briefing_licence_terms": ("Publisher's terms of use", "Yayıncının kullanım koşulları"),
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
    # Chart and XLSX downloads (dashboard/exports.py)
    "briefing_download_png": ("PNG", "PNG"),
    "briefing_download_svg": ("SVG", "SVG"),
    "briefing_download_xlsx": ("Download XLSX (data and metadata)", "XLSX indir (veri ve üst veri)"),
}
