"""UI strings of the Maps page (pages/maps.py, indicators/maps.py)."""

STRINGS: dict[str, tuple[str, str]] = {
    "maps_intro": (
        "Provinces, migration corridors and deaths on the routes through Türkiye. The maps are drawn from "
        "shipped boundaries, without background map tiles; every map has a table below it.",
        "İller, göç koridorları ve Türkiye üzerinden geçen güzergâhlardaki ölümler. Haritalar projeyle gelen sınır "
        "dosyalarından, arka plan harita karoları olmadan çizilir; her haritanın altında bir tablo vardır.",
    ),
    "maps_choose": ("Map", "Harita"),
    "maps_map_provinces": ("Provinces", "İller"),
    "maps_map_corridors": ("Corridors", "Koridorlar"),
    "maps_map_deaths": ("Deaths on migration routes", "Göç yollarındaki ölümler"),
    "maps_legend": ("Legend", "Gösterge"),
    "maps_table": ("Table", "Tablo"),
    "maps_not_reported": ("not reported", "bildirilmedi"),
    "maps_year_only": ("{year} (no exact date)", "{year} (kesin tarih yok)"),
    # Provinces
    "maps_measure": ("Measure", "Ölçü"),
    "maps_measure_absolute": ("Persons", "Kişi sayısı"),
    "maps_measure_per_1000": ("Per 1,000 inhabitants", "1.000 kişi başına"),
    "maps_date": ("Date of the list", "Listenin tarihi"),
    "maps_date_option": ("{date} ({n} of 81 provinces)", "{date} (81 ilden {n})"),
    "maps_provinces_reported": (
        "{n} of 81 provinces reported on this date. Provinces not in the list are grey and marked \"not "
        "reported\": no value is estimated for them and national totals are never spread over provinces.",
        "Bu tarihte 81 ilden {n} tanesi bildirildi. Listede olmayan iller gri renkte ve \"bildirilmedi\" olarak "
        "gösterilir: bu iller için değer tahmin edilmez, ulusal toplamlar illere dağıtılmaz.",
    ),
    "maps_classes": (
        "Colour classes hold about the same number of values over all dates of this layer (quantiles), so a "
        "colour means the same on every date; darker means more.",
        "Renk sınıfları bu katmanın tüm tarihlerindeki değerleri yaklaşık eşit sayıda gruplara ayırır "
        "(çeyreklik benzeri dilimler); böylece bir renk her tarihte aynı anlama gelir; koyu renk daha yüksek "
        "değer demektir.",
    ),
    "maps_layer": ("Layer", "Katman"),
    "maps_layer_foreign": ("Foreign residents (TÜİK)", "Yabancı nüfus (TÜİK)"),
    "maps_layer_tp": ("Temporary protection (PMM lists)", "Geçici koruma (Göç İdaresi listeleri)"),
    "maps_layer_closed": ("Closed neighbourhoods (PMM, June 2022)", "Kapatılan mahalleler (Göç İdaresi, Haziran 2022)"),
    "maps_layer_note_foreign": (
        "All 81 provinces, 31 December 2022 and 2023. Excludes Syrians under temporary protection (see the "
        "temporary protection layer). TÜİK's own table, read from a verbatim third-party copy.",
        "81 ilin tamamı, 31 Aralık 2022 ve 2023. Geçici koruma kapsamındaki Suriyeliler dahil değildir (geçici "
        "koruma katmanına bakınız). TÜİK'in kendi tablosu, birebir üçüncü taraf kopyasından okunmuştur.",
    ),
    "maps_layer_note_tp": (
        "Syrians under temporary protection as PMM's province lists were quoted by press pages: each list names "
        "only some provinces.",
        "Göç İdaresi'nin il listelerinin basın sayfalarında aktarıldığı biçimiyle geçici koruma kapsamındaki "
        "Suriyeliler: her liste yalnızca bazı illeri içerir.",
    ),
    "maps_layer_note_closed": (
        "Policy context, not a count of migrants: neighbourhoods and villages on PMM's list of June 2022 (dated 30 "
        "June 2022), counted per province by this project.",
        "Göçmen sayısı değil, politika bağlamı: Göç İdaresi'nin Haziran 2022 listesindeki (30 Haziran 2022 "
        "tarihli) mahalle ve köyler, bu projede il başına sayılmıştır.",
    ),
    "maps_shown_tiers": ("Values shown by source tier: {tiers}.", "Kaynak düzeyine göre gösterilen değerler: {tiers}."),
    "maps_col_status": ("Status", "Durum"),
    "maps_reported": ("reported", "bildirildi"),
    "maps_col_date": ("Date", "Tarih"),
    "maps_col_note": ("Note", "Not"),
    # Corridors
    "maps_flow": ("Direction", "Yön"),
    "maps_flow_in": ("Born abroad, living in Türkiye", "Yurt dışında doğup Türkiye'de yaşayanlar"),
    "maps_flow_out": ("Born in Türkiye, living abroad", "Türkiye'de doğup yurt dışında yaşayanlar"),
    "maps_top": ("Arcs drawn (largest corridors)", "Çizilen yaylar (en büyük koridorlar)"),
    "maps_corridor_note_in": (
        "UN DESA International Migrant Stock 2024: persons living in Türkiye by country of birth, mid-year. "
        "The source lists 44 origins (95–98% of all migrants in Türkiye).",
        "BM DESA Uluslararası Göçmen Stoku 2024: Türkiye'de yaşayan kişiler, doğdukları ülkeye göre, yıl ortası. "
        "Kaynak 44 köken ülkesi listeler (Türkiye'deki tüm göçmenlerin %95–98'i).",
    ),
    "maps_corridor_note_out": (
        "UN DESA International Migrant Stock 2020 (an older revision, not comparable with the 2024 figures of "
        "the other direction): persons born in Türkiye by country of residence, mid-year.",
        "BM DESA Uluslararası Göçmen Stoku 2020 (daha eski bir revizyon; diğer yöndeki 2024 rakamlarıyla "
        "karşılaştırılamaz): Türkiye'de doğan kişiler, yaşadıkları ülkeye göre, yıl ortası.",
    ),
    "maps_corridors_not_drawn": (
        "{n} corridors have no country centroid and are listed in the table only.",
        "{n} koridorun ülke merkez noktası yoktur; yalnızca tabloda listelenir.",
    ),
    "maps_corridors_not_drawn_one": (
        "1 corridor has no country centroid and is listed in the table only.",
        "1 koridorun ülke merkez noktası yoktur; yalnızca tabloda listelenir.",
    ),
    "maps_corridor_labels": (
        "The largest corridors (up to {n}, where there is room) are labelled with the country and the number "
        "of persons; circle area grows with the number of persons.",
        "En büyük koridorlar (yer olduğunda en fazla {n}) ülke adı ve kişi sayısıyla etiketlenmiştir; daire alanı "
        "kişi sayısıyla büyür.",
    ),
    "maps_arc_partner_in": ("Country of birth (origin)", "Doğum ülkesi (köken)"),
    "maps_arc_partner_out": ("Country of residence (destination)", "Yaşanılan ülke (varış)"),
    "maps_arc_home": ("Türkiye", "Türkiye"),
    "maps_arc_width": ("Arc width grows with the number of persons.", "Yay kalınlığı kişi sayısıyla artar."),
    "maps_persons": ("Persons", "Kişi"),
    "maps_share": ("Share of the corridors listed, % (derived)", "Listelenen koridorlardaki pay, % (türetilmiş)"),
    "maps_share_tooltip": ("Share of the corridors listed: {share}", "Listelenen koridorlardaki pay: {share}"),
    "maps_on_map": ("Drawn", "Haritada"),
    # Deaths
    "maps_year_all": ("All years", "Tüm yıllar"),
    "maps_cause": ("Cause of death", "Ölüm nedeni"),
    "maps_route": ("Route", "Güzergâh"),
    "maps_all": ("All", "Tümü"),
    "maps_total_incidents": ("Incidents", "Olay"),
    "maps_col_dead": ("Dead", "Ölü"),
    "maps_col_missing": ("Missing", "Kayıp"),
    "maps_col_dead_missing": ("Dead and missing", "Ölü ve kayıp"),
    "maps_col_location": ("Location (as described by IOM)", "Yer (IOM'un tanımıyla)"),
    "maps_col_cause": ("Cause", "Neden"),
    "maps_col_route": ("Route", "Güzergâh"),
    "maps_at_sea": ("at sea", "denizde"),
    "maps_people_tooltip": ("{total} dead and missing ({dead} dead, {missing} missing)",
                            "{total} ölü ve kayıp ({dead} ölü, {missing} kayıp)"),
    "maps_iom_note": (
        "IOM Missing Migrants Project figures are minimum estimates, revised continuously; places are as "
        "recorded by IOM. Incidents up to April 2025 come from IOM's full download, later ones from its "
        "Europe-routes download. Circle area grows with the number of dead and missing.",
        "IOM Kayıp Göçmenler Projesi rakamları asgari tahminlerdir ve sürekli güncellenir; yerler IOM'un "
        "kaydettiği gibidir. Nisan 2025'e kadarki olaylar IOM'un tam veri dosyasından, sonrakiler Avrupa "
        "güzergâhları dosyasından alınmıştır. Daire alanı ölü ve kayıp sayısıyla büyür.",
    ),
    "maps_scope": ("Scope", "Kapsam"),
    "maps_scope_routes": ("Routes through Türkiye", "Türkiye üzerinden geçen güzergâhlar"),
    "maps_scope_region": ("Wider region (all routes)", "Daha geniş bölge (tüm güzergâhlar)"),
    "maps_scope_routes_note": (
        "Incidents that IOM assigns to the four routes through Türkiye (Eastern Mediterranean, Türkiye–Europe "
        "land route, Iran to Türkiye, Syria to Türkiye), in whatever country they happened: the scope of the "
        "Overview's figure. IOM files sea crossings from eastern Libya towards Crete under the Eastern "
        "Mediterranean route, so some of them are off Libya.",
        "IOM'un Türkiye üzerinden geçen dört güzergâha (Doğu Akdeniz, Türkiye–Avrupa kara yolu, İran'dan "
        "Türkiye'ye, Suriye'den Türkiye'ye) atadığı olaylar, hangi ülkede yaşanmış olursa olsun: Genel Bakış'taki "
        "rakamın kapsamı. IOM, Libya'nın doğusundan Girit'e deniz geçişlerini Doğu Akdeniz güzergâhına "
        "kaydettiğinden bu olayların bir kısmı Libya açıklarındadır.",
    ),
    "maps_scope_region_note": (
        "Wider than the Overview's figure: adds the incidents in Türkiye, Greece, Bulgaria, Cyprus, Syria, Iran "
        "and Iraq on other routes or with no route assigned.",
        "Genel Bakış'taki rakamdan daha geniştir: Türkiye, Yunanistan, Bulgaristan, Kıbrıs, Suriye, İran ve "
        "Irak'ta başka güzergâhlarda yaşanan ya da güzergâh atanmamış olayları da ekler.",
    ),
    "maps_scope_region_adds": ("Dead and missing added by the wider scope: {added}.",
                               "Daha geniş kapsamın eklediği ölü ve kayıplar: {added}."),
    "maps_deaths_same_as_headline": (
        "{year}: {value} dead and missing, the figure on the Overview.",
        "{year}: {value} ölü ve kayıp; Genel Bakış'taki rakam.",
    ),
    "maps_deaths_differs_from_headline": (
        "{year}: the Overview's figure is {value}; the map shows {shown} because it leaves out incidents "
        "reported together (cumulative) and records without a date, which have no place on a map.",
        "{year}: Genel Bakış'taki rakam {value}; harita {shown} gösterir, çünkü toplu bildirilen (kümülatif) "
        "olayları ve tarihi olmayan kayıtları haritada yerleri olmadığı için dışarıda bırakır.",
    ),
    "maps_no_incidents": ("No incident matches this selection.", "Bu seçime uyan olay yok."),
    "maps_cause_drowning": ("Drowning", "Boğulma"),
    "maps_cause_vehicle_accident": ("Vehicle accident, hazardous transport", "Araç kazası, tehlikeli taşıma"),
    "maps_cause_violence": ("Violence", "Şiddet"),
    "maps_cause_harsh_conditions": ("Harsh conditions, lack of shelter, food or water",
                                    "Zorlu koşullar, barınak, yiyecek veya su yokluğu"),
    "maps_cause_sickness": ("Sickness, lack of health care", "Hastalık, sağlık hizmetine erişememe"),
    "maps_cause_accidental": ("Accidental death", "Kaza sonucu ölüm"),
    "maps_cause_mixed_or_unknown": ("Mixed or unknown", "Karışık veya bilinmiyor"),
    "maps_route_eastern_mediterranean": ("Eastern Mediterranean", "Doğu Akdeniz"),
    "maps_route_turkiye_europe_land": ("Türkiye–Europe land route", "Türkiye–Avrupa kara yolu"),
    "maps_route_iran_to_turkiye": ("Iran to Türkiye", "İran'dan Türkiye'ye"),
    "maps_route_syria_to_turkiye": ("Syria to Türkiye", "Suriye'den Türkiye'ye"),
    "maps_route_afghanistan_to_iran": ("Afghanistan to Iran", "Afganistan'dan İran'a"),
    "maps_route_western_balkans": ("Western Balkans", "Batı Balkanlar"),
    "maps_route_central_mediterranean": ("Central Mediterranean", "Orta Akdeniz"),
    "maps_route_none": ("no route assigned", "güzergâh atanmamış"),
    # World map (Objectives → Map)
    "maps_world_measure": ("Show", "Gösterim"),
    "maps_world_measure_absolute": ("Absolute numbers", "Mutlak sayılar"),
    "maps_world_measure_per_1000": ("Per 1,000 inhabitants (derived)", "1.000 kişi başına (türetilmiş)"),
    "maps_world_per_1000_unit": ("per 1,000 inhabitants (derived)", "1.000 kişi başına (türetilmiş)"),
    "maps_world_per_1000_note": (
        "Per 1,000 inhabitants is computed by this dashboard: the value divided by the World Bank's total "
        "population (WDI) of the same country and year, times 1,000. Countries without a population figure "
        "for that year are shown as no data.",
        "1.000 kişi başına değer bu panoda hesaplanır: değer, aynı ülke ve yılın Dünya Bankası toplam nüfusuna "
        "(WDI) bölünür ve 1.000 ile çarpılır. O yıl için nüfus rakamı olmayan ülkeler veri yok olarak gösterilir.",
    ),
    "maps_world_turkiye": ("Türkiye is outlined in orange.", "Türkiye turuncu çerçeveyle gösterilir."),
}
