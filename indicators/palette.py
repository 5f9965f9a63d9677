"""The one colour palette of charts and maps (Okabe–Ito based, safe for colour-blind readers): a colour means
the same thing on every page. Türkiye is vermilion everywhere and no other series, country or mark is."""

from __future__ import annotations

HOME = "#D55E00"  # vermilion: Türkiye (ranking bar, peer line, world-map outline, its end of a corridor arc)
PARTNER = "#E69F00"  # orange: the other country's end of a corridor arc
INCIDENT = "#882255"  # wine: a Missing Migrants incident on the maps
OTHER_COUNTRY = "#9db4cc"  # grey-blue: the countries of a ranking other than Türkiye
OTHERS_LINE = "#BBBBBB"  # grey: the thin lines of the countries not highlighted in the peer chart
TARGET = "#0072B2"  # blue: a target line
BASELINE = "#555555"  # dark grey: the base-year rule and its label
NO_DATA = "#D9D9D9"  # light grey: a country without data on the world map
# Lines of one chart told apart by colour (and dash): disaggregations, compared sources, peer countries.
SERIES = ("#1f4e79", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999")
PEERS = ("#1f4e79", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999", "#0072B2", "#8c564b", "#7f7f7f")
