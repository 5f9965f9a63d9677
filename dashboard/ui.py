"""Page furniture: source citations collected per page and shown in the footer, CSV downloads."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from indicators.export import csv_bytes, with_sources
from indicators.i18n import fmt_date, lang_or_default, t
from indicators.registry import Indicator
from indicators.source_text import publisher_name, reader_licence
from indicators.sources import Source, http_url, sources_by_id, tier_label, vintage

_CITED = "_cited_sources"


# Sets <html lang> and names every help button after the text it explains ("Help: Refugees hosted"): Streamlit
# names the help icon of st.markdown "Help" and a widget's "Help for <label>", in English on every page. A
# MutationObserver keeps the names when Streamlit redraws. It reads only the page's own text. A pydeck map (a
# canvas, no name of its own) is named by the sentence drawn under it (`described_deck`): a figure labelled by
# that caption (not an "img": the map keeps its focusable controls).
_PAGE_SCRIPT = """<script>
(() => {
  document.documentElement.lang = %(lang)s;
  const word = %(word)s;
  const name = () => document.querySelectorAll("[data-testid='stTooltipIcon'] button").forEach(button => {
    const host = button.closest("[data-testid='stWidgetLabel'], p, [data-testid='stMarkdownContainer']");
    const text = host ? host.innerText.replace(/\\s+/g, " ").trim() : "";
    const label = text ? word + ": " + text : word;
    if (button.getAttribute("aria-label") !== label) button.setAttribute("aria-label", label);
  });
  const nameMaps = () => document.querySelectorAll(".st-key-map_named").forEach(box => {
    const deck = box.querySelector("[data-testid='stDeckGlJsonChart']");
    const sentence = box.querySelector(".st-key-map_sentence [data-testid='stCaptionContainer']");
    if (!deck || !sentence) return;
    if (!sentence.id) sentence.id = "gcm-map-sentence";
    if (deck.getAttribute("role") !== "figure") deck.setAttribute("role", "figure");
    if (deck.getAttribute("aria-labelledby") !== sentence.id) deck.setAttribute("aria-labelledby", sentence.id);
  });
  let queued = false;
  const later = () => { if (!queued) { queued = true; requestAnimationFrame(() => { queued = false; name(); nameMaps(); }); } };
  if (window.__gcmHelpNames) window.__gcmHelpNames.disconnect();
  window.__gcmHelpNames = new MutationObserver(later);
  window.__gcmHelpNames.observe(document.body, {subtree: true, childList: true, attributes: true,
                                                attributeFilter: ["aria-label"]});
  name();
  nameMaps();
})();
</script>"""


def page_accessibility(lang: str) -> None:
    """Set `<html lang>` to the interface language (screen readers pronounce Turkish as Turkish) and name the
    help buttons after what they explain, in that language.

    Streamlit serves `<html lang="en">` and has no option for it or for the help buttons' names; `st.html`
    with JavaScript allowed runs a short script in the page itself (not an iframe). The script is a constant
    per language: no data text goes into it. It is drawn in the sidebar, where the language switch is, and
    runs again when the language changes because its body changes."""
    code = lang_or_default(lang)
    script = _PAGE_SCRIPT % {"lang": json.dumps(code), "word": json.dumps(t("a11y_help", code))}
    with st.sidebar:
        st.html(script, width="content", unsafe_allow_javascript=True)


class LazyChart:
    """An Altair chart that is built only when it is needed: `lazy_chart(build, *args, **kwargs)`.

    Building an Altair chart and turning it into Vega-Lite (`to_dict`, which validates against the schema)
    took most of a page's server time, on every rerun. `spec()` is cached on the builder's name and its
    arguments' content (frames by value, an `Indicator` by its id), so an unchanged chart is built once
    per server; `chart()` builds the Altair object (for an export, when its button is clicked)."""

    def __init__(self, build: Callable[..., alt.TopLevelMixin], *args: Any, **kwargs: Any):
        self._build, self._args, self._kwargs = build, args, kwargs
        keyed = [a.id if isinstance(a, Indicator) else a for a in args]
        code = getattr(build, "__code__", None)  # a page's functions all live in module __main__
        self.key = (f"{build.__module__}.{build.__qualname__}", code and code.co_filename, keyed,
                    {k: v.id if isinstance(v, Indicator) else v for k, v in kwargs.items()})

    def chart(self) -> alt.TopLevelMixin:
        """The Altair chart (built now)."""
        return self._build(*self._args, **self._kwargs)

    def spec(self) -> dict:
        """The chart's Vega-Lite spec (cached)."""
        return _lazy_spec(self.key, self)


@st.cache_data(show_spinner=False, max_entries=512)
def _lazy_spec(key: tuple, _chart: LazyChart) -> dict:
    return _chart.chart().to_dict()


def built(chart: alt.TopLevelMixin | LazyChart) -> alt.TopLevelMixin:
    """The Altair chart of `chart` (a LazyChart is built now)."""
    return chart.chart() if isinstance(chart, LazyChart) else chart


def described_spec(chart: alt.TopLevelMixin | LazyChart, sentence: str) -> dict:
    """The Vega-Lite spec `described_chart` draws: the chart's, named by `sentence`, ARIA texts off."""
    spec = chart.spec() if isinstance(chart, LazyChart) else chart.to_dict()
    spec["description"] = sentence
    config = spec.setdefault("config", {})
    config["aria"] = False  # no default ARIA texts for guides (axes, legends) and marks
    config.setdefault("mark", {})["aria"] = False  # and marks hidden, not unnamed "graphics-symbol"s
    if spec.get("title"):  # the title's flag is on the title itself ("Title text '…'" otherwise)
        title = spec["title"]
        spec["title"] = {**(title if isinstance(title, dict) else {"text": title}), "aria": False}
    return spec


def described_chart(chart: alt.TopLevelMixin | LazyChart, sentence: str) -> None:
    """Draw an Altair chart (or a LazyChart, from its cached spec), full width, named by `sentence`
    (indicators.chart_text).

    The sentence is the Vega-Lite `description`, which Vega writes as the `aria-label` of the chart (role
    `graphics-document`): the name a screen reader announces. Vega's own ARIA texts of axes, legends, titles
    and marks are switched off: they are English whatever the page's language ("X-axis titled 'Yıl' for a
    linear scale") and read raw numbers; the table next to every chart gives the values."""
    st.vega_lite_chart(described_spec(chart, sentence), width="stretch")


def described_deck(deck, sentence: str, height: int) -> None:
    """Draw a pydeck map, full width, with `sentence` (indicators.chart_text) as a caption under it that names
    it for screen readers (the page script links the two: `aria-labelledby`). One map per page."""
    with st.container(key="map_named"):
        st.pydeck_chart(deck, height=height, width="stretch")
        with st.container(key="map_sentence"):
            st.caption(md_escape(sentence))


def status_text(label: str, colour: str) -> str:
    """A status for a narrow tile: the badge's colours (`colour` is a Streamlit badge colour name) as Markdown
    text that wraps. `st.badge` never wraps, so a long status ("Değerlendirilmedi: istenen yön tanımlı
    değil") was cut off in a tile."""
    return f":{colour}-background[:{colour}[{md_escape(label)}]]"


def tile_markdown(heading: str, status_label: str, colour: str, notes: Sequence[str]) -> str:
    """One Markdown text for a scorecard tile: the bold heading (Markdown, already escaped), the status
    (`status_text`) and the plain-text `notes` in small type, a paragraph each. One element instead of one per line:
    the 23 tiles were over half of the Overview's elements, each costing the server and the browser."""
    return "\n\n".join([heading, status_text(status_label, colour), *(f":small[{md_escape(n)}]" for n in notes)])


def reset_citations() -> None:
    st.session_state[_CITED] = []


def cite(*source_ids: str) -> None:
    """Record sources shown on this page; the frame lists them in the footer."""
    cited = st.session_state.setdefault(_CITED, [])
    for sid in source_ids:
        if sid and sid not in cited:
            cited.append(sid)


def footer(lang: str, built_at: str) -> None:
    """Sources used on the page (publisher, title, vintage, tier in words, licence, link) and the data build
    date. Data text is escaped before it goes into Markdown; only http(s) URLs become links."""
    st.divider()
    sources = sources_by_id()
    cited = [sources[s] for s in st.session_state.get(_CITED, []) if s in sources]
    with st.container(key="page_footer"):
        if cited:
            st.caption(t("sources_on_page", lang))
            lines = [footer_line(s, lang) for s in cited[:30]]
            if len(cited) > 30:
                lines.append(f"- … +{len(cited) - 30}")
            st.markdown("\n".join(lines))
            st.caption(t("tier_help", lang))
        if built_at:
            st.caption(f"{t('data_built', lang)}: {fmt_date(built_at, lang)}")


def footer_line(source: Source, lang: str) -> str:
    """One Markdown list item of the footer: `publisher: title (vintage) · tier · licence · link` in `lang`
    (`indicators.source_text`: publisher names, vintages and licences as readers read them), every data text
    escaped; the link only for an http(s) URL."""
    url = http_url(source.url)
    link = f" · [{md_escape(t('footer_link', lang))}](<{url.replace('>', '%3E').replace(' ', '%20')}>)" if url else ""
    version = vintage(source, lang)
    licence = reader_licence(source.licence, lang)
    return (f"- {md_escape(publisher_name(source.publisher, lang))}: {md_escape(source.title)}"
            + (f" ({md_escape(version)})" if version else "")
            + f" · **{md_escape(tier_label(source.tier, lang))}** · {md_escape(licence)}{link}")


def download_csv(frame: pd.DataFrame, indicator_id: str, geo: str, label_key: str, lang: str, key: str) -> None:
    """A CSV download of `frame` with source columns, named `gcm_<indicator>_<geo>_<date>.csv`; the file is
    built only when the button is clicked."""
    name = f"gcm_{indicator_id}_{geo}_{dt.date.today().isoformat()}.csv"
    st.download_button(t(label_key, lang), data=lambda: csv_bytes(with_sources(frame)), file_name=name,
                       mime="text/csv", on_click="ignore", key=key, icon=":material/download:")


_MD_SPECIAL = "\\`*_{}[]()<>#+-.!|~$:"
# Markdown's autolinks (GFM) turn http://, https://, www. and e-mail addresses into links even when escaped:
# an invisible WORD JOINER after `http`/`https`/`www` and after `@` keeps them plain text.
_AUTOLINK = re.compile(r"(?i)(?:https?|ftp|www)(?=[:.])|@")
WORD_JOINER = "\u2060"


def md_escape(text: object) -> str:
    """Escape Markdown (and so HTML) in a data value before it goes into st.markdown/st.caption/labels; URLs
    and e-mail addresses in it stay text (only links from the source registry are links)."""
    joined = _AUTOLINK.sub(lambda m: m.group() + WORD_JOINER, str(text))
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in joined)
