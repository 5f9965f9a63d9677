"""The yardstick for the page benchmarks: the smallest Streamlit pages of each kind the dashboard has.

`?kind=chart` (default): a title, a metric and a line chart. `?kind=map`: a title and a one-point pydeck map
drawn without a basemap, as the dashboard's maps are. The data is a fixed toy frame (not dashboard data).
"""

import pandas as pd
import pydeck as pdk
import streamlit as st

st.title("Trivial page")
if st.query_params.get("kind") == "map":
    layer = pdk.Layer("ScatterplotLayer", data=pd.DataFrame({"lon": [32.85], "lat": [39.93]}),
                      get_position=["lon", "lat"], get_radius=20000)
    st.pydeck_chart(pdk.Deck(layers=[layer], map_provider=None, map_style=None,
                             initial_view_state=pdk.ViewState(longitude=32.85, latitude=39.93, zoom=4)))
else:
    st.metric("Value", 42)
    st.line_chart(pd.DataFrame({"year": [2018, 2019, 2020], "value": [1, 3, 2]}), x="year", y="value")
