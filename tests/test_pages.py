"""Every page of the page registry renders without exception in both languages (Streamlit AppTest).

The pages are run through the real frame (`streamlit_app.py`) so navigation, language and footer are
exercised too. Page-specific behaviour is tested in tests/test_page_<key>.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from indicators.i18n import t
from indicators.site import page, served_pages

PUBLIC_PAGES = served_pages(maintainer=False)  # the servers of these tests run without import

TIMEOUT = 120
APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")


def run_page(page_key: str, lang: str, **params: str) -> AppTest:
    """Run the frame on one page with query parameters, as a browser opening `/<page>?lang=..` would."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    for k, v in params.items():
        at.query_params[k] = v
    # Open the page directly, as a browser following a link to /<page>?... does (the frame runs first).
    at.switch_page(page(page_key).path)
    at.run()
    return at


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("key", [p.key for p in PUBLIC_PAGES])
def test_page_renders_in_both_languages(key, lang):
    at = run_page(key, lang)
    assert not at.exception, [e.value for e in at.exception]
    spec = page(key)
    assert at.title[0].value == t(spec.title_key, lang) or t(spec.title_key, lang) in at.title[0].value


def test_bad_language_parameter_falls_back_quietly():
    at = run_page("overview", "xx")
    assert not at.exception
    assert at.title[0].value == t("page_overview", "en")
