"""UI strings of the frame shared by every page (loading notice, navigation)."""

STRINGS: dict[str, tuple[str, str]] = {
    "app_loading": ("Loading the dashboard…", "Gösterge paneli yükleniyor…"),
    "app_pages": ("Pages", "Sayfalar"),
}
