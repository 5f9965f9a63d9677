"""The store: builds from curated data, is atomic (a failed build leaves the previous store untouched),
idempotent, rebuilt when the curated files change, and works on SQLite and on PostgreSQL (DATABASE_URL)."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from indicators import store
from indicators.models import REFERENCE_MODELS, Observation
from indicators.schema import OBSERVATION_COLUMNS, REFERENCE_TABLES
from indicators.validate import ValidationError
from tests.test_validate import GOOD_ROWS, write_case


def _postgres_url() -> str | None:
    """DATABASE_URL when it points at PostgreSQL, else GCM_TEST_POSTGRES_URL (set by .ci/run)."""
    for var in ("DATABASE_URL", "GCM_TEST_POSTGRES_URL"):
        url = os.environ.get(var, "")
        if url.startswith("postgresql"):
            return url
    return None


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
        return
    base = _postgres_url()
    if base is None:
        pytest.skip("no PostgreSQL: set DATABASE_URL or GCM_TEST_POSTGRES_URL to a postgresql:// URL")
    # A throw-away database per test so tests never touch the real store.
    name = f"gcm_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.rsplit("/", 1)[0] + f"/{name}"
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def _values(url: str) -> list[tuple]:
    engine = store.make_engine(url, read_only=True)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT geo, year, value FROM observation ORDER BY geo, year")).all()
    engine.dispose()
    return [tuple(r) for r in rows]


def test_build_loads_values_and_hash(tmp_path, db_url):
    curated = write_case(tmp_path, GOOD_ROWS)
    counts = store.build(db_url, curated, tmp_path / "sources.yaml", required=())
    assert counts["observation"] == 3
    assert _values(db_url) == [("TR-27", 2023, 446412.0), ("TUR", 2018, 3681685.0), ("TUR", 2019, 3579531.0)]
    engine = store.make_engine(db_url)
    assert store.stored_hash(engine) == store.content_hash(curated, tmp_path / "sources.yaml")
    data = store.load_data(engine)
    engine.dispose()
    assert list(data) == ["demo"]
    assert data["demo"]["value"].tolist() == [3681685.0, 3579531.0, 446412.0]  # file order


def test_failed_build_leaves_previous_store(tmp_path, db_url):
    curated = write_case(tmp_path, GOOD_ROWS)
    store.build(db_url, curated, tmp_path / "sources.yaml", required=())
    before = _values(db_url)
    write_case(tmp_path, [*GOOD_ROWS, "demo,TUR,2020,,,,,,,,-1,persons,src_a,,"])
    with pytest.raises(ValidationError, match=r"demo.csv, row 5, column 'value': negative count"):
        store.build(db_url, curated, tmp_path / "sources.yaml", required=())
    assert _values(db_url) == before


def test_failure_during_load_leaves_previous_store(tmp_path, db_url, monkeypatch):
    curated = write_case(tmp_path, GOOD_ROWS)
    store.build(db_url, curated, tmp_path / "sources.yaml", required=())
    before = _values(db_url)
    write_case(tmp_path, GOOD_ROWS[:1])

    def broken_insert(*args, **kwargs):
        raise OSError("disk went away")

    monkeypatch.setattr(store, "_insert", broken_insert)
    with pytest.raises(OSError, match="disk went away"):
        store.build(db_url, curated, tmp_path / "sources.yaml", required=())
    monkeypatch.undo()
    assert _values(db_url) == before


def test_ensure_store_is_idempotent_and_follows_changes(tmp_path, db_url):
    curated = write_case(tmp_path, GOOD_ROWS)
    first = store.ensure_store(db_url, curated, tmp_path / "sources.yaml", required=())
    engine = store.make_engine(db_url)
    built_at = store.build_info(engine)["built_at"]
    assert store.ensure_store(db_url, curated, tmp_path / "sources.yaml", required=()) == first
    assert store.build_info(engine)["built_at"] == built_at  # not rebuilt
    write_case(tmp_path, GOOD_ROWS[:2])
    second = store.ensure_store(db_url, curated, tmp_path / "sources.yaml", required=())
    assert second != first
    assert len(_values(db_url)) == 2
    engine.dispose()


def test_models_mirror_schema():
    assert [c.name for c in Observation.__table__.columns if c.name != "id"] == OBSERVATION_COLUMNS
    for name, model in REFERENCE_MODELS.items():
        columns = [c.name for c in model.__table__.columns if not (c.name == "id" and name != "ref_provinces")]
        assert columns == REFERENCE_TABLES[name].column_names, name


def test_read_during_a_build_returns_previous_data_within_a_second(tmp_path, db_url, monkeypatch):
    """The build is held half-way (rows inserted, not switched in) while another engine reads, as a dashboard
    replica does; the read must not wait for the build and must see the previous data."""
    import threading
    import time

    curated = write_case(tmp_path, GOOD_ROWS)
    store.build(db_url, curated, tmp_path / "sources.yaml", required=())
    before, old_hash = _values(db_url), store.content_hash(curated, tmp_path / "sources.yaml")
    write_case(tmp_path, [r.replace("3681685", "3681000") for r in GOOD_ROWS])
    loading, release = threading.Event(), threading.Event()
    insert = store._insert

    def held_insert(conn, model, frame):
        insert(conn, model, frame)
        if model is Observation:
            loading.set()
            assert release.wait(60)

    monkeypatch.setattr(store, "_insert", held_insert)
    errors: list[BaseException] = []

    def run_build():
        try:
            store.build(db_url, curated, tmp_path / "sources.yaml", required=())
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)

    builder = threading.Thread(target=run_build)
    builder.start()
    try:
        assert loading.wait(60)
        reader = store.make_engine(db_url, read_only=True)
        start = time.perf_counter()
        data = store.load_data(reader)
        elapsed = time.perf_counter() - start
        assert store.stored_hash(reader) == old_hash
        reader.dispose()
    finally:
        release.set()
        builder.join(60)
    assert not errors, errors
    assert elapsed < 1.0, f"read took {elapsed:.2f} s during the build"
    assert data["demo"]["value"].tolist() == [3681685.0, 3579531.0, 446412.0]
    assert _values(db_url) == [("TR-27", 2023, 446412.0), ("TUR", 2018, 3681000.0), ("TUR", 2019, 3579531.0)]
    assert before != _values(db_url)


def test_dashboard_engine_is_read_only(tmp_path, db_url):
    curated = write_case(tmp_path, GOOD_ROWS)
    store.build(db_url, curated, tmp_path / "sources.yaml", required=())
    engine = store.make_engine(db_url, read_only=True)
    with pytest.raises(Exception, match="(?i)read-only|readonly"):
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM observation"))
    engine.dispose()
    assert len(_values(db_url)) == 3
