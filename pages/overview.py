"""Overview — Türkiye at a glance (placeholder listing the indicators until the full view lands)."""

import pandas as pd
import streamlit as st

from dashboard import data, state
from indicators.i18n import t

lang = state.lang()
st.title(t("page_overview", lang))
rows = [{"id": i.id, t("objective", lang): ", ".join(map(str, i.objectives)), t("indicator", lang): i.title(lang)}
        for i in data.indicators()]
st.dataframe(pd.DataFrame(rows), hide_index=True)
