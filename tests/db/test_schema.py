"""Same migrations on SQLite and PostgreSQL: ``ensure_schema`` creates every table."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from rancang.core.db import Base, current_revision, ensure_schema, make_engine
from rancang.core.settings import Settings, get_settings

EXPECTED = {
    "enterprise",
    "enterprise_period",
    "raw_material",
    "sentra",
    "industrial_estate",
    "merge_record",
    "audit_log",
    # web application (issue 5)
    "app_user",
    "web_session",
    "login_failure",
    "dataset",
    "dataset_region",
    "dataset_industry",
    "dataset_value",
    "import_record",
    # register review (issue 5, duplicates)
    "dedup_review",
    "dedup_cluster",
    # role grants (accounts feature)
    "role_grant",
    # uploads waiting for confirmation (datasets feature)
    "upload_stage",
    # region transfers (registry feature, issue 17)
    "region_transfer",
    # deleted firms kept for restore (registry feature, issue 11)
    "deleted_record",
    # records sent from the field officer's phone form (registry feature, issue 12)
    "field_entry",
    # the plan (plan feature, issue 13)
    "plan",
    "plan_section",
    "plan_target",
    "plan_version",
    # the consultation (consult feature, issue 14)
    "consult_event",
    "consult_invite",
    "consult_attendance",
    "consult_input",
    "consult_answer",
    "consult_answer_log",
    "consult_notice",
    "consult_code_failure",
    # programmes and their mappings to a plan (programmes feature, issue 15)
    "programme",
    "programme_mapping",
    # changes a person made to a programme (programmes feature, issue 15)
    "programme_audit",
    # AHP surveys (decide feature, issue 12)
    "ahp_survey",
    "ahp_participant",
    # monitoring of the plan's targets (monitoring feature, issue 15)
    "monitor_indicator",
    "monitor_year_target",
    "monitor_realisation",
    "monitor_audit",
    # background jobs (jobs feature, issue 17)
    "job",
    # the files a job reads and writes (jobs feature, issue 17)
    "job_file",
    # administrators' changes to accounts (accounts feature, issue 17)
    "account_audit",
    "plan_action",
    # stored needs, offers, meeting requests and events (matching feature, issue 16)
    "match_need",
    "match_offer",
    "match_request",
    "match_event",
    "match_audit",
    # the stored schedule of an event and its meetings' outcomes (issue 16)
    "match_meeting",
}


def _check(engine: sa.Engine) -> None:
    assert current_revision(engine) is None
    head = ensure_schema(engine)
    tables = set(sa.inspect(engine).get_table_names())
    assert tables >= EXPECTED
    assert "alembic_version" in tables
    assert current_revision(engine) == head
    # idempotent: a second call changes nothing
    assert ensure_schema(engine) == head
    # the migrated schema matches the models (no pending autogenerate differences)
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    import rancang.features.registry.models  # noqa: F401

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_sqlite_file(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'sub' / 'r.sqlite'}")
    try:
        _check(engine)
    finally:
        engine.dispose()
    assert (tmp_path / "sub" / "r.sqlite").exists()
    engine.dispose()


@pytest.mark.postgres
def test_postgresql(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    try:
        _check(engine)
    finally:
        engine.dispose()
    with engine.connect() as conn:
        schema = conn.exec_driver_sql("select current_schema()").scalar()
        n = conn.exec_driver_sql(
            "select count(*) from information_schema.tables where table_schema = %(s)s",
            {"s": schema},
        ).scalar()
    assert n == len(EXPECTED) + 1
    engine.dispose()


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("RANCANG_DATABASE_URL", raising=False)
    monkeypatch.setenv("RANCANG_DATA_DIR", str(tmp_path))
    assert get_settings().database_url == f"sqlite:///{tmp_path / 'rancang.sqlite'}"
    monkeypatch.setenv("RANCANG_DATABASE_URL", "sqlite:///x.sqlite")
    assert get_settings().database_url == "sqlite:///x.sqlite"
    assert Settings(database_url="sqlite://").database_url == "sqlite://"
