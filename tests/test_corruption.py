"""Corrupted curated files and sources.yaml: `check` and `build` agree, and neither ever raises anything but
a validation error naming the file (and row and column where there is one); a refused build leaves the store
unchanged.

One test per corruption class found by the probe of issue 11 (on a copy of the committed data), then
property-based tests (hypothesis) corrupting a small copy at random.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from indicators import store
from indicators.cli import app
from indicators.paths import CURATED_DIR, SOURCES_FILE
from indicators.schema import REFERENCE_TABLES
from indicators.validate import ValidationError, check_all

runner = CliRunner()


def _set_cell(path: Path, line: int, column: str, value: str) -> None:
    """Replace one cell (line numbers as in the issues: header = line 1)."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    rows[line - 1][rows[0].index(column)] = value
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A copy of the committed curated data and registry, and a SQLite store built from it."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(CURATED_DIR, root / "curated")
    shutil.copy(SOURCES_FILE, root / "sources.yaml")
    url = f"sqlite:///{root / 'store.sqlite'}"
    store.build(url, root / "curated", root / "sources.yaml")
    return root, url


@pytest.fixture()
def case(project):
    """The project copy, restored after the test."""
    root, url = project
    backup = root.parent / f"{root.name}_backup"
    shutil.copytree(root / "curated", backup / "curated", symlinks=True)
    shutil.copy(root / "sources.yaml", backup / "sources.yaml")
    yield root, url
    shutil.rmtree(root / "curated")
    shutil.copytree(backup / "curated", root / "curated", symlinks=True)
    shutil.copy(backup / "sources.yaml", root / "sources.yaml")
    shutil.rmtree(backup)


def _refused(root: Path, url: str, cli: bool = False) -> list[str]:
    """check's problems (as printed, paths relative to the project); asserts that build refuses with the same
    problems and that the store is unchanged (`cli`: also that `check` prints them and exits 1)."""
    curated, sources = root / "curated", root / "sources.yaml"
    engine = store.make_engine(url, read_only=True)
    before = store.stored_hash(engine)
    issues = check_all(curated, sources)
    assert issues, "check accepted the corruption"
    if cli:
        result = runner.invoke(app, ["check", "--curated", str(curated), "--sources", str(sources)])
        assert result.exit_code == 1
        for issue in issues:
            assert str(issue) in result.output
    with pytest.raises(ValidationError) as refused:
        store.build(url, curated, sources)
    assert [str(i) for i in refused.value.issues] == [str(i) for i in issues]
    assert store.stored_hash(engine) == before
    engine.dispose()
    return [str(i).replace(f"{root}/", "") for i in issues]


LINE_14237 = 2  # tr_tp_syrians.csv line 2: TUR 2012-12-31, 14237 persons
LINE_TUR_2020 = 7124  # wdi_population.csv line 7124: TUR 2020, 83384680 persons


@pytest.mark.parametrize(
    ("file", "line", "column", "value", "expected"),
    [
        ("wdi_population.csv", LINE_TUR_2020, "value", "inf",
         "'inf' is not a valid float (a finite decimal number)"),
        ("wdi_population.csv", LINE_TUR_2020, "value", "1e300",
         "1e+300 outside the plausible range 0..9e+09 for persons"),
        ("tr_tp_syrians.csv", LINE_14237, "value", "14_237", "'14_237' is not a valid float (a finite decimal number)"),
        ("tr_tp_syrians.csv", LINE_14237, "value", "١٤٢٣٧", "'١٤٢٣٧' is not a valid float (a finite decimal number)"),
        ("tr_tp_syrians.csv", LINE_14237, "date", "2013-W52-2", "'2013-W52-2' is not a valid date (YYYY-MM-DD)"),
        ("tr_tp_syrians.csv", LINE_14237, "note", "before\x00after", "control character U+0000 in text"),
        ("ref_provinces.csv", 2, "lat", "37_4", "'37_4' is not a valid float (a finite decimal number)"),
        ("ref_objectives.csv", 24, "objective", "99", "99 outside the plausible range 1..23"),
    ],
)
def test_bad_value_is_refused_naming_file_row_and_column(case, file, line, column, value, expected):
    root, url = case
    _set_cell(root / "curated" / file, line, column, value)
    problems = _refused(root, url, cli=value == "inf")
    assert f"curated/{file}, row {line}, column {column!r}: {expected}" in problems, problems


def test_missing_objective_row_is_refused(case):
    root, url = case
    path = root / "curated" / "ref_objectives.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:5] + lines[6:]), encoding="utf-8")  # objective 5 removed
    assert _refused(root, url) == [
        "curated/ref_objectives.csv, column 'objective': missing objective(s) [5]; expected exactly 1..23"]


@pytest.mark.parametrize("name", ["wdi_population", "ref_provinces"])
def test_deleted_file_is_refused(case, name):
    root, url = case
    (root / "curated" / f"{name}.csv").unlink()
    assert _refused(root, url) == [f"curated/{name}.csv: required file is missing"]


def test_empty_file_is_refused(case):
    root, url = case
    (root / "curated" / "wdi_gdp.csv").write_bytes(b"")
    assert _refused(root, url) == ["curated/wdi_gdp.csv: file is empty; expected a header and data rows"]


def test_header_only_file_is_refused(case):
    root, url = case
    path = root / "curated" / "wdi_gdp.csv"
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    assert _refused(root, url) == ["curated/wdi_gdp.csv: no data rows; expected at least one"]


def test_dangling_symlink_is_refused(case):
    root, url = case
    path = root / "curated" / "wdi_gdp.csv"
    path.unlink()
    path.symlink_to(root / "nowhere.csv")
    problems = _refused(root, url)
    assert len(problems) == 1 and problems[0].startswith("curated/wdi_gdp.csv: cannot be read as UTF-8 CSV: "
                                                         "[Errno 2] No such file or directory"), problems


def test_directory_named_csv_is_refused(case):
    root, url = case
    (root / "curated" / "extra.csv").mkdir()
    problems = _refused(root, url)
    assert len(problems) == 1 and problems[0].startswith("curated/extra.csv: cannot be read as UTF-8 CSV: "
                                                         "[Errno 21] Is a directory"), problems


SOURCES_CASES = {
    "unclosed_quote": (lambda text: text.replace("title: Country centroids", "title: 'Country centroids", 1),
                       ""),
    "top_level_mapping": (lambda text: "sources:\n" + "".join(f"  {ln}\n" for ln in text.splitlines()),
                          "sources.yaml, line 1: expected a list of source records"),
    "plain_string": (lambda text: "the sources are listed elsewhere\n",
                     "sources.yaml, line 1: expected a list of source records"),
    "python_tag": (lambda text: text.replace("title: Country centroids (centroid of each country's largest polygon)",
                                             "title: !!python/object/apply:os.getcwd []", 1),
                   "sources.yaml, line {line}, field 'title': tag 'tag:yaml.org,2002:python/object/apply:os.getcwd' "
                   "not allowed; expected plain text"),
    "duplicate_id": (lambda text: text + text.split("\n- id: ", 2)[0] + "\n",
                     "sources.yaml, line {line}, field 'id': duplicate source id 'african_courier_iom_avrr_2021'"),
}


@pytest.mark.parametrize("kind", list(SOURCES_CASES))
def test_bad_sources_yaml_is_refused_naming_the_line(case, kind):
    root, url = case
    corrupt, expected = SOURCES_CASES[kind]
    original = (root / "sources.yaml").read_text(encoding="utf-8")
    (root / "sources.yaml").write_text(corrupt(original), encoding="utf-8")
    lines = original.splitlines()
    centroids = lines.index("- id: geoboundaries_centroids") + 3  # its title line (1-based)
    line = {"unclosed_quote": None, "python_tag": centroids, "duplicate_id": len(lines) + 1}.get(kind)
    problems = _refused(root, url)
    assert len(problems) == 1, problems
    if kind == "unclosed_quote":  # the apostrophe of "country's" closes the quote: the rest of the line is wrong
        assert problems == [f"sources.yaml, line {centroids}: YAML syntax: did not find expected key "
                            f"(while parsing a block mapping at line {centroids - 2})"]
    else:
        assert problems[0].startswith(expected.format(line=line)), problems


# Property-based: random corruptions of a small copy (the reference tables, two observation datasets and
# the registry), bounded so the whole module stays well under a minute.
SMALL_DATASETS = ("tr_schooling", "iom_avrr")
SMALL = (*REFERENCE_TABLES, *SMALL_DATASETS)
HOSTILE = ["inf", "-inf", "nan", "NaN", "1e300", "-1", "99", "0", "14_237", "١٤", "٣٧٫٤", "37_4", "0x1A", " 1",
           "1 ", "+1", "1.5", "2013-W52-2", "20131224", "2020-02-30", "a\x00b", "x\x1by", "", "TUQ", "TR-82",
           "\ufeff", "𝟙𝟚", "1,5", "true", "'", '"', "\n", "=1+1", "src_none", "persons", "female"]
SETTINGS = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    root = tmp_path_factory.mktemp("small")
    (root / "curated").mkdir()
    for name in SMALL:
        lines = (CURATED_DIR / f"{name}.csv").read_text(encoding="utf-8").splitlines(keepends=True)
        # mmp_incidents: its first 100 incidents are enough (each row is checked the same way)
        (root / "curated" / f"{name}.csv").write_text("".join(lines[:101] if name == "mmp_incidents" else lines),
                                                      encoding="utf-8")
    shutil.copy(SOURCES_FILE, root / "sources.yaml")
    store.build(f"sqlite:///{root / 'store.sqlite'}", root / "curated", root / "sources.yaml", required=SMALL)
    return root


def _check_and_build_agree(base: Path, corrupt) -> None:
    """Apply `corrupt(folder)` to a copy of `base`: either check and build both succeed, or check names the
    file and build refuses with the same issues, leaving the store as it was."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copytree(base / "curated", root / "curated")
        shutil.copy(base / "sources.yaml", root / "sources.yaml")
        shutil.copy(base / "store.sqlite", root / "store.sqlite")
        url = f"sqlite:///{root / 'store.sqlite'}"
        engine = store.make_engine(url, read_only=True)
        before = store.stored_hash(engine)
        touched = corrupt(root)
        issues = check_all(root / "curated", root / "sources.yaml", required=SMALL)
        if not issues:
            store.build(url, root / "curated", root / "sources.yaml", required=SMALL)
            assert store.stored_hash(engine) == store.content_hash(root / "curated", root / "sources.yaml")
        else:
            # The issue names the corrupted file, or (a source id changed in sources.yaml) the rows whose
            # source is no longer in it, saying so.
            assert any(Path(i.file).name == touched or touched in str(i) for i in issues), \
                (touched, [str(i) for i in issues])
            with pytest.raises(ValidationError):
                store.build(url, root / "curated", root / "sources.yaml", required=SMALL)
            assert store.stored_hash(engine) == before
        engine.dispose()


cells = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=8))


@SETTINGS
@given(name=st.sampled_from(SMALL), where=st.tuples(st.integers(0, 10_000), st.integers(0, 40)), value=cells)
def test_random_cell_corruption(small, name, where, value):
    def corrupt(root: Path) -> str:
        path = root / "curated" / f"{name}.csv"
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
        line = 2 + where[0] % (len(rows) - 1)
        column = rows[0][where[1] % len(rows[0])]
        _set_cell(path, line, column, value)
        return path.name

    _check_and_build_agree(small, corrupt)


FILE_OPS = ["delete", "empty", "header_only", "truncate_bytes", "invalid_utf8", "duplicate_line", "drop_column",
            "directory", "dangling_link", "swap_columns"]


@SETTINGS
@given(name=st.sampled_from(SMALL), op=st.sampled_from(FILE_OPS), cut=st.integers(1, 5000))
def test_random_file_corruption(small, name, op, cut):
    def corrupt(root: Path) -> str:
        path = root / "curated" / f"{name}.csv"
        data = path.read_bytes()
        lines = data.decode("utf-8").splitlines(keepends=True)
        if op in ("delete", "directory", "dangling_link"):
            path.unlink()
            if op == "directory":
                path.mkdir()
            elif op == "dangling_link":
                path.symlink_to(root / "gone.csv")
        elif op == "empty":
            path.write_bytes(b"")
        elif op == "header_only":
            path.write_text(lines[0], encoding="utf-8")
        elif op == "truncate_bytes":
            path.write_bytes(data[: cut % len(data)])
        elif op == "invalid_utf8":
            path.write_bytes(data[: cut % len(data)] + b"\xff\xfe" + data[cut % len(data):])
        elif op == "duplicate_line":
            i = 1 + cut % (len(lines) - 1)
            path.write_text("".join(lines[: i + 1] + [lines[i]] + lines[i + 1:]), encoding="utf-8")
        else:
            rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
            j = cut % len(rows[0])
            if op == "drop_column":
                rows = [r[:j] + r[j + 1:] for r in rows]
            else:
                rows[0][j], rows[0][-1 - j] = rows[0][-1 - j], rows[0][j]
            out = io.StringIO(newline="")
            csv.writer(out, lineterminator="\n").writerows(rows)
            path.write_text(out.getvalue(), encoding="utf-8")
        return path.name

    _check_and_build_agree(small, corrupt)


@SETTINGS
@given(cut=st.integers(0, 100_000), insert=st.one_of(
    st.sampled_from(["'", '"', ":", "- ", "!!python/name:os.system ", "&a ", "*a", "{", "[", "\t", "\x00", "\n  x: 1",
                     "\n- id: african_courier_iom_avrr_2021\n", "? ", "%YAML 9\n", "--- \n", "url: javascript:x\n"]),
    st.text(max_size=6)))
def test_random_sources_yaml_corruption(small, cut, insert):
    def corrupt(root: Path) -> str:
        path = root / "sources.yaml"
        text = path.read_text(encoding="utf-8")
        i = cut % len(text)
        path.write_text(text[:i] + insert + text[i:], encoding="utf-8")
        return path.name

    _check_and_build_agree(small, corrupt)


def test_store_file_is_readable_by_others(project):
    _, url = project
    assert oct(os.stat(url.removeprefix("sqlite:///")).st_mode & 0o777) == "0o644"


def test_cli_command_needing_a_refused_build_exits_1_with_the_problem(case, monkeypatch, capsys):
    """`scorecard` builds the store when the curated data changed; invalid data ends it with exit 1 and the
    problem, as `check` prints it, not a traceback."""
    import sys

    from indicators import api, cli

    root, url = case
    _set_cell(root / "curated" / "wdi_population.csv", LINE_TUR_2020, "value", "inf")
    monkeypatch.setattr(api, "ensure_store", lambda url=None: store.ensure_store(url, root / "curated",
                                                                                 root / "sources.yaml"))
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setattr(sys, "argv", ["indicators", "scorecard", "--geo", "TUR"])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("store not rebuilt, the curated data is invalid: 1 validation problem(s):")
    assert (f"{root}/curated/wdi_population.csv, row {LINE_TUR_2020}, column 'value': 'inf' is not a valid float"
            in err)
