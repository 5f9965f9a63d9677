"""UI strings of the frame shared by every page (loading notice, navigation)."""

from ..messages import Message, N_

STRINGS: dict[str, Message] = {
    "app_loading": N_("Loading the dashboard…"),
    "app_pages": N_("Pages"),
}
