"""Strings of the one-page objective summary (indicators.objective_summary) and its button on the Objectives page."""

STRINGS: dict[str, tuple[str, str]] = {
    "summary_title": ("GCM Türkiye indicators · one-objective summary", "GCM Türkiye göstergeleri · tek hedef özeti"),
    "summary_no_indicator": ("No indicator of this objective has data for Türkiye yet.",
                             "Bu hedefin hiçbir göstergesinde henüz Türkiye verisi yok."),
    "summary_more": ("{n} more indicator(s) in the full briefing (page Briefing).",
                     "{n} gösterge daha tam brifingde (Brifing sayfası)."),
    "summary_method": ("progress method explained in the dashboard, page {method_page}",
                       "ilerleme yöntemi gösterge panelinde açıklanır: {method_page} sayfası"),
    "summary_download": ("One-page summary (PDF)", "Tek sayfalık özet (PDF)"),
    "summary_download_help": ("A printable A4 page on this objective: status, key figures, charts and sources.",
                              "Bu hedef için yazdırılabilir bir A4 sayfası: durum, temel rakamlar, grafikler ve "
                              "kaynaklar."),
}
