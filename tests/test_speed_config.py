"""The frame and pages need no Streamlit "magic", which `.streamlit/config.toml` switches off for speed."""

from __future__ import annotations

import ast
import tomllib

from indicators.paths import PROJECT_ROOT as ROOT


def _bare_expressions(path) -> list[int]:
    """Lines of expression statements magic would st.write (neither calls nor docstrings)."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        for i, child in enumerate(getattr(node, "body", None) if isinstance(getattr(node, "body", None), list) else []):
            if not isinstance(child, ast.Expr) or isinstance(child.value, (ast.Call, ast.Await, ast.Yield)):
                continue
            docstring = i == 0 and isinstance(child.value, ast.Constant) and isinstance(child.value.value, str)
            if not (docstring and isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef))):
                lines.append(child.lineno)
    return lines


def test_magic_is_off_and_no_page_relies_on_it():
    assert tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["runner"]["magicEnabled"] is False
    scripts = [ROOT / "streamlit_app.py", *sorted((ROOT / "pages").glob("*.py"))]
    assert len(scripts) > 5
    assert {p.name: _bare_expressions(p) for p in scripts if _bare_expressions(p)} == {}


def test_bare_expression_is_found(tmp_path):
    script = tmp_path / "page.py"
    script.write_text('"""Doc."""\nimport streamlit as st\nst.title("x")\nvalue = 3\nvalue\n', encoding="utf-8")
    assert _bare_expressions(script) == [5]


def test_serving_does_not_watch_sources_or_collect_garbage_after_every_run():
    """Per new session Streamlit walked every imported module's path for its file watcher, and after every run
    it forced a full garbage collection: together about two thirds of a warm page's server time."""
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["fileWatcherType"] == "none"
    assert config["runner"]["postScriptGC"] is False
