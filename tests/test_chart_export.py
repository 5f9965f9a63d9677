"""Chart images that stand alone (indicators.chart_export): title with filters, unit and period, sources
with vintage, download date and dashboard name inside the rendered SVG/PNG."""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd

from indicators import chart_export, charts, registry
from indicators.sources import Source, sources_by_id, vintage
from tests.test_charts import SERIES, indicator

SOURCES = {
    "a": Source(id="a", publisher="UNHCR", title="Refugee Data Finder", url="https://x", licence="CC BY 4.0",
                version_producer="2025.12.1",
                date_accessed="2026-01-01", citation="c", tier="publisher"),
    "b": Source(id="b", publisher="PMM", title="Temporary protection", url="https://y", licence="-",
                figures_from="2005", figures_to="2024", date_accessed="2026-01-01", citation="c",
                tier="third_party_quote"),
}
DAY = dt.date(2026, 12, 2)


def test_every_vintage_in_the_source_registry_is_free_of_commits_and_repositories():
    for source in sources_by_id().values():
        text = vintage(source, "en")
        assert "commit" not in text and "GitHub" not in text and ".xlsx" not in text, source.id


def test_caption_states_unit_period_sources_date_and_dashboard_in_both_languages():
    frame = SERIES.assign(source_id=["a", "a", "b"], status=["", "", ""])
    en = chart_export.caption_for(indicator(), frame, "en", title="Refugees, women, Türkiye", sources=SOURCES,
                                  today=DAY)
    assert en == chart_export.Caption(
        "Refugees, women, Türkiye", "Persons · 2016–2020",
        ("Sources: UNHCR, Refugee Data Finder (2025.12.1) · Publisher's own table",
         "PMM, Temporary protection (figures dated 2005–2024) · Quoted by a press or third-party page"),
        "GCM Türkiye indicators · downloaded 2 Dec 2026")
    # a real indicator title, so that its Turkish is in the catalog
    tr = chart_export.caption_for(indicator(title_msgid="Refugees hosted (UNHCR)"), frame.iloc[:2], "tr",
                                  sources=SOURCES, today=DAY)
    assert tr == chart_export.Caption("Barındırılan mülteciler (BMMYK)", "Kişi · 2016–2018",
                                      ("Kaynak: BMMYK, Refugee Data Finder (2025.12.1) · Yayımcının kendi tablosu",),
                                      "GKM Türkiye göstergeleri · indirilme tarihi 2 Ara 2026")


def test_caption_leaves_out_alternatives_and_unknown_ids_and_counts_extra_sources():
    frame = SERIES.assign(source_id=["a", "zz", "b"], status=["", "", "alternative"])
    cap = chart_export.caption_for(indicator(), frame, "en", sources=SOURCES, today=DAY)
    assert cap.sources == ("Source: UNHCR, Refugee Data Finder (2025.12.1) · Publisher's own table",)
    assert cap.subtitle == "Persons · 2016–2018"
    many = {f"s{i}": SOURCES["a"] for i in range(5)}
    assert chart_export.source_lines(list(many), "en", many)[-1] == "+2 more"


def test_titled_and_period():
    assert chart_export.titled("International migrant stock", ["women", "", "Türkiye"]) == \
        "International migrant stock, women, Türkiye"
    assert chart_export.period_text([2020, 2005, 2024]) == "2005–2024"
    assert chart_export.period_text([2024]) == "2024" and chart_export.period_text([]) == ""


def test_framed_svg_carries_title_subtitle_sources_and_footer():
    cap = chart_export.caption_for(indicator(), SERIES.assign(source_id="a"), "tr",
                                   title="Mülteciler, kadın, Türkiye", sources=SOURCES, today=DAY)
    chart = charts.series_chart(SERIES, indicator(), "tr").properties(width=500)
    svg = charts.to_svg(chart_export.framed(chart, cap, 500))
    for text in ("Mülteciler, kadın, Türkiye", "Kişi · 2016–2020",
                 "Kaynak: BMMYK, Refugee Data Finder (2025.12.1) · Yayımcının kendi tablosu",
                 "GKM Türkiye göstergeleri · indirilme tarihi 2 Ara 2026"):
        assert text in svg
    assert "8239ce0f" not in svg and ">Mülteciler<" not in svg  # the chart's own title is replaced


def test_framed_accepts_charts_with_autosize_legends_and_layers():
    from indicators import peers

    frame = pd.DataFrame({"geo": ["TUR", "TUR", "DEU", "DEU", "SWE", "SWE"], "year": [2020, 2021] * 3,
                          "value": [3.0, 2.9, 1.2, 1.3, 0.2, 0.3], "name": ["Türkiye", "Türkiye", "Almanya",
                                                                          "Almanya", "İsveç", "İsveç"]})
    chart = peers.peer_series_chart(frame, registry.get("refugees_hosted"), "tr", highlight=["TUR", "DEU"])
    cap = chart_export.caption_for(registry.get("refugees_hosted"), frame, "tr", sources=SOURCES, today=DAY)
    framed = chart_export.framed(chart.properties(width=400), cap, 400)
    assert isinstance(framed, alt.VConcatChart)
    png = charts.to_png(framed, scale=1.0)
    assert png.startswith(b"\x89PNG") and int.from_bytes(png[16:20], "big") >= 400


def test_chart_downloads_put_the_caption_in_the_image():
    from dashboard.exports import exported_chart

    cap = chart_export.caption_for(indicator(), SERIES.assign(source_id="a"), "en", sources=SOURCES, today=DAY)
    plain = charts.series_chart(SERIES, indicator(), "en")
    svg = charts.to_svg(exported_chart(plain, cap))
    assert "GCM Türkiye indicators · downloaded 2 Dec 2026" in svg and "Persons · 2016–2020" in svg
    assert "downloaded" not in charts.to_svg(exported_chart(plain, None))
