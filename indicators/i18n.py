"""Turkish and English: UI strings and number/date formatting (Babel: `3.214.567` and `%8,1` in Turkish)."""

from __future__ import annotations

import datetime as dt
import importlib
import math
import pkgutil
from functools import lru_cache

from babel.dates import format_date
from babel.numbers import format_compact_decimal, format_decimal, format_percent

from .progress import STATUSES

LANGS = ("en", "tr")
DEFAULT_LANG = "en"
LOCALES = {"en": "en_GB", "tr": "tr_TR"}

# Progress statuses: colour (Okabe–Ito, distinguishable for colour-blind readers) and the nearest named colour
# of st.badge (its text label always goes with it). Labels come from indicators.progress.STATUSES.
_STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "target_achieved": ("#0072B2", "blue"),
    "threshold_met": ("#56B4E9", "blue"),
    "substantial_progress": ("#009E73", "green"),
    "moderate_progress": ("#F0E442", "yellow"),
    "limited_progress": ("#E69F00", "orange"),
    "deterioration": ("#D55E00", "red"),
    "category_improved": ("#009E73", "green"),
    "category_unchanged": ("#999999", "gray"),
    "category_worse": ("#D55E00", "red"),
    "not_available": ("#BBBBBB", "gray"),
    "no_direction": ("#DDDDDD", "gray"),
    "insufficient_evidence": ("#CC79A7", "violet"),
    "no_data": ("#E5E5E5", "gray"),
}
# status: (English label, Turkish label, colour)
STATUS_STYLE: dict[str, tuple[str, str, str]] = {
    code: (*(({"en": "No data", "tr": "Veri yok"} if code == "no_data" else STATUSES[code])[k] for k in ("en", "tr")),
           colour)
    for code, (colour, _) in _STATUS_COLOURS.items()
}
STATUS_BADGE_COLOURS: dict[str, str] = {code: badge for code, (_, badge) in _STATUS_COLOURS.items()}


def lang_or_default(value: object) -> str:
    """A supported language code, or the default for anything else (query parameters are untrusted)."""
    return value if value in LANGS else DEFAULT_LANG


def status_label(status: str, lang: str) -> str:
    en, tr, _ = STATUS_STYLE.get(status, STATUS_STYLE["not_available"])
    return tr if lang == "tr" else en


def coverage_text(assessed: int, total: int, lang: str) -> str:
    """"2 of 5 indicators assessed", singular for one indicator ("0 of 1 indicator assessed")."""
    return t("coverage_one" if total == 1 else "coverage", lang, assessed=assessed, total=total)


def status_colour(status: str) -> str:
    return STATUS_STYLE.get(status, STATUS_STYLE["not_available"])[2]


def fmt_number(value: float | None, lang: str, decimals: int = 0) -> str:
    """A number with the language's grouping and decimal signs; '–' for missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(value, format=pattern, locale=LOCALES[lang])


def fmt_percent(value: float | None, lang: str, decimals: int = 1) -> str:
    """`value` is already in percent (8.1 means 8.1 %): `8.1%` in English, `%8,1` in Turkish."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    number = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    # CLDR puts the sign first in Turkish (%8,1); a custom pattern must keep that order.
    pattern = "%" + number if lang == "tr" else number + "%"
    return format_percent(value / 100, format=pattern, locale=LOCALES[lang])


def fmt_compact(value: float | None, lang: str, decimals: int = 1) -> str:
    """Short form for large numbers: `3.6M` / `3,6 Mn`."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return format_compact_decimal(value, format_type="short", locale=LOCALES[lang], fraction_digits=decimals)


UNIT_LABELS = {
    "persons": ("persons", "kişi"),
    "percent": ("%", "%"),
    "usd": ("current US$", "cari ABD doları"),
    "score": ("score", "puan"),
    "incidents": ("incidents", "olay"),
    "permits": ("permits", "izin"),
    "cases": ("cases", "dosya"),
    "camps": ("camps", "kamp"),
    "per_1000": ("per 1,000 inhabitants", "1.000 kişi başına"),
    "per_100000": ("per 100,000 inhabitants", "100.000 kişi başına"),
    "km2": ("km²", "km²"),
    "countries": ("countries", "ülke"),
    "neighbourhoods": ("neighbourhoods and villages", "mahalle ve köy"),
}


def unit_label(unit: str, lang: str) -> str:
    en, tr = UNIT_LABELS.get(unit, (unit, unit))
    return tr if lang == "tr" else en


def fmt_value(value: float | None, unit: str, lang: str, decimals: int = 0) -> str:
    """A value with its unit: percent as `%8,1`, US$ compact (`US$1.0B`), counts grouped (`3.214.567`)."""
    if unit == "percent":
        return fmt_percent(value, lang, decimals if decimals else 1)
    if unit == "usd":
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "–"
        return "US$ " + fmt_compact(value, lang, 2)
    return fmt_number(value, lang, decimals)


def fmt_date(value: dt.date | str, lang: str) -> str:
    """A date in the language's medium format (`27 Nov 2026` / `27 Kas 2026`)."""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return format_date(value, format="medium", locale=LOCALES[lang])


STRINGS: dict[str, tuple[str, str]] = {
    "app_title": ("GCM Türkiye indicators", "GCM Türkiye göstergeleri"),
    "app_subtitle": (
        "Global Compact for Safe, Orderly and Regular Migration: figures, their sources and how close each "
        "source is to the publisher",
        "Güvenli, Sistemli ve Düzenli Göç için Küresel Mutabakat: rakamlar, kaynakları ve her kaynağın asıl "
        "yayımcıya yakınlığı",
    ),
    "tier": ("Source tier", "Kaynak düzeyi"),
    "tier_publisher": ("Publisher's own table", "Yayımcının kendi tablosu"),
    "tier_official_channel": ("Official channel (publisher's figures unchanged)",
                              "Resmî kanal (yayımcının rakamları değiştirilmeden)"),
    "tier_third_party_quote": ("Quoted by a press or third-party page", "Basın ya da üçüncü taraf sayfasından aktarım"),
    "tier_third_party_copy": ("Third-party copy of the publisher's file", "Yayımcı dosyasının üçüncü taraf kopyası"),
    "tier_project": ("Made by this project (not a published figure)", "Bu projede hazırlandı (yayımlanmış rakam değil)"),
    "tier_help": (
        "Source tiers: the publisher's own table; an official channel republishing it unchanged (both are official "
        "figures); a press or third-party page quoting it; a third-party copy of the publisher's file.",
        "Kaynak düzeyleri: yayımcının kendi tablosu; rakamları değiştirmeden yeniden yayımlayan resmî kanal (bu ikisi "
        "resmî rakamdır); rakamları aktaran basın ya da üçüncü taraf sayfası; yayımcı dosyasının üçüncü taraf kopyası.",
    ),
    "language": ("Language", "Dil"),
    "page_overview": ("Overview", "Genel bakış"),
    "page_objectives": ("Objectives", "Hedefler"),
    "page_peers": ("Peers", "Karşılaştırma"),
    "page_maps": ("Maps", "Haritalar"),
    "page_national": ("National and international figures", "Ulusal ve uluslararası rakamlar"),
    "page_data": ("Data and sources", "Veri ve kaynaklar"),
    "page_briefing": ("Briefing", "Brifing"),
    "sources_on_page": ("Sources on this page", "Bu sayfadaki kaynaklar"),
    "data_built": ("Data store built", "Veri deposu oluşturulma zamanı"),
    "footer_link": ("link", "bağlantı"),
    "unofficial_translation": (
        "Turkish objective titles are an unofficial translation.",
        "Hedef başlıkları gayriresmî çeviridir; resmî Türkçe metin bulunmamaktadır.",
    ),
    "objective": ("Objective", "Hedef"),
    "indicator": ("Indicator", "Gösterge"),
    "year": ("Year", "Yıl"),
    "value": ("Value", "Değer"),
    "source": ("Source", "Kaynak"),
    "country": ("Country", "Ülke"),
    "province": ("Province", "İl"),
    "no_data": ("No data", "Veri yok"),
    "download_csv_shown": ("Download CSV (shown)", "CSV indir (gösterilen)"),
    "download_csv_full": ("Download CSV (full series)", "CSV indir (tüm seri)"),
    "coverage": ("{assessed} of {total} indicators assessed", "{total} göstergeden {assessed} tanesi değerlendirildi"),
    "coverage_one": ("{assessed} of 1 indicator assessed", "1 göstergeden {assessed} tanesi değerlendirildi"),
    "derived": ("derived", "türetilmiş"),
    "target_label": ("Target: {value}", "Hedef: {value}"),
    "threshold_label": ("Threshold chosen by this project: {value}", "Bu projenin seçtiği eşik: {value}"),
}


@lru_cache(maxsize=1)
def all_strings() -> dict[str, tuple[str, str]]:
    """`STRINGS` merged with the STRINGS of every module in `indicators.text`; duplicate keys raise."""
    from . import text

    merged = dict(STRINGS)
    for info in sorted(pkgutil.iter_modules(text.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{text.__name__}.{info.name}")
        for key, value in getattr(module, "STRINGS", {}).items():
            if key in merged:
                raise ValueError(f"UI string {key!r} defined twice (indicators/text/{info.name}.py)")
            merged[key] = value
    return merged


def t(key: str, lang: str, **kwargs: object) -> str:
    """The UI string `key` in `lang`, formatted with `kwargs`. KeyError for an unknown key (caught by tests)."""
    en, tr = all_strings()[key]
    text = tr if lang == "tr" else en
    return text.format(**kwargs) if kwargs else text
