"""UI strings of the Peers page (Türkiye against the GCM Champion Countries and the world)."""

STRINGS: dict[str, tuple[str, str]] = {
    "peers_intro": (
        "Türkiye compared with the other GCM Champion Countries, or with any countries you choose, and with "
        "the world, for every indicator that international sources publish for all countries.",
        "Türkiye'nin diğer GCM Şampiyon Ülkeleriyle ya da seçeceğiniz herhangi bir ülkeyle ve dünya geneliyle "
        "karşılaştırması; uluslararası kaynakların tüm ülkeler için yayımladığı her gösterge için.",
    ),
    "peers_champions_note": (
        "Default peers: the GCM Champion Countries identified by name in public sources, {named} countries in "
        "a partial list whose latest evidence dates from {as_of}. The UN Network on Migration counted {total} "
        "champions on {total_as_of}. {with_data} of the named champions have data for this indicator.",
        "Varsayılan karşılaştırma ülkeleri: kamuya açık kaynaklarda adı geçen GCM Şampiyon Ülkeleri; en son "
        "kanıtı {as_of} tarihli eksik bir listede {named} ülke. BM Göç Ağı {total_as_of} itibarıyla {total} "
        "şampiyon ülke saymıştır. Adı geçen şampiyonlardan {with_data} tanesinin bu gösterge için verisi var.",
    ),
    "peers_custom_note": ("Compared with the {n} countries you chose.", "Seçtiğiniz {n} ülkeyle karşılaştırılıyor."),
    "peers_members_only": ("UN member states only", "Yalnızca BM üye devletleri"),
    "peers_members_only_help": (
        "Ranks only the 193 UN member states, leaving out territories and non-member states (for example the "
        "Holy See, Bonaire, Hong Kong). Membership list: the UNmember column of the country_converter data file.",
        "Yalnızca 193 BM üye devletini sıralar; bağımlı bölgeler ve üye olmayan devletler (örneğin Vatikan, "
        "Bonaire, Hong Kong) dışarıda kalır. Üyelik listesi: country_converter veri dosyasının UNmember sütunu.",
    ),
    "peers_select_peers": ("Countries compared with Türkiye", "Türkiye ile karşılaştırılan ülkeler"),
    "peers_select_help": (
        "Türkiye is always shown. Only countries with data for this indicator can be chosen.",
        "Türkiye her zaman gösterilir. Yalnızca bu gösterge için verisi olan ülkeler seçilebilir.",
    ),
    "peers_reset": ("Reset to Champion Countries", "Şampiyon Ülkelere dön"),
    "peers_per_capita": ("Relative figures (per inhabitant or share)", "Göreli değerler (kişi başına veya pay)"),
    "peers_per_capita_help": (
        "Switches between {absolute} and {relative}.",
        "{absolute} ile {relative} arasında geçiş yapar.",
    ),
    "peers_no_indicator_data": ("This indicator has no data.", "Bu gösterge için veri yok."),
    "peers_ranking_heading": ("Ranking in {year}", "{year} yılında sıralama"),
    "peers_ranking_caption": (
        "Türkiye is highlighted in orange. Rank 1 = largest value; equal values share the same rank. "
        "{n_all} countries and territories have data for {year}.",
        "Türkiye turuncu ile vurgulanmıştır. 1. sıra = en büyük değer; eşit değerler aynı sırayı paylaşır. "
        "{year} için {n_all} ülke ve bölgenin verisi var.",
    ),
    "peers_ranking_caption_members": (
        "Türkiye is highlighted in orange. Rank 1 = largest value; equal values share the same rank. "
        "{n_all} UN member states have data for {year}; territories and non-member states are left out.",
        "Türkiye turuncu ile vurgulanmıştır. 1. sıra = en büyük değer; eşit değerler aynı sırayı paylaşır. "
        "{year} için {n_all} BM üye devletinin verisi var; bağımlı bölgeler ve üye olmayan devletler dahil değildir.",
    ),
    "peers_world_value": ("World, {year}: {value}", "Dünya, {year}: {value}"),
    "peers_world_value_derived": ("World, {year}: {value} (derived by this project, not the publisher's aggregate)",
                                  "Dünya, {year}: {value} (bu proje tarafından türetilmiştir, yayımcının toplamı "
                                  "değildir)"),
    "peers_world_none": ("No world value for {year} in this source.", "Bu kaynakta {year} için dünya değeri yok."),
    "peers_world_rule": ("World (dashed line): {value}", "Dünya (kesikli çizgi): {value}"),
    "peers_col_rank_selected": ("Rank among selected", "Seçilenler arasında sıra"),
    "peers_col_rank_all": ("Rank among all countries and territories", "Tüm ülke ve bölgeler arasında sıra"),
    "peers_col_rank_members": ("Rank among UN member states", "BM üye devletleri arasında sıra"),
    "peers_no_data_for": ("no data for {year}", "{year} için veri yok"),
    "peers_no_year_data": ("None of the selected countries has data for {year}.",
                           "Seçilen ülkelerin hiçbirinin {year} için verisi yok."),
    "peers_series_heading": ("Over time", "Yıllara göre"),
    "peers_series_caption": (
        "Türkiye: thick orange line. Other countries are told apart by colour and dash pattern; years "
        "without data are gaps, not zeros.",
        "Türkiye: kalın turuncu çizgi. Diğer ülkeler renk ve çizgi deseniyle ayırt edilir; verisi olmayan "
        "yıllar boşluk olarak kalır, sıfır sayılmaz.",
    ),
    "peers_table": ("Table", "Tablo"),
    "peers_chart": ("Chart", "Grafik"),
    "peers_download_ranking_shown": ("Download ranking CSV (shown)", "Sıralama CSV indir (gösterilen)"),
    "peers_download_ranking_full": ("Download ranking CSV (all countries)", "Sıralama CSV indir (tüm ülkeler)"),
    "peers_download_series_shown": ("Download series CSV (shown)", "Seri CSV indir (gösterilen)"),
    "peers_download_series_full": ("Download series CSV (full series)", "Seri CSV indir (tüm seri)"),
}
