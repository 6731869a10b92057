"""A feature from another package plugs in without any edit to Rancang.

The example package ``examples/rancang-example-feature`` (``rancang-notes``) is installed
with pip into a folder of its own; Rancang, run with that folder on its path, shows the
feature's CLI verb, creates its table through the feature's own migration branch, serves
its page and API route and lists its entry in the navigation, for the roles its
permissions name. Nothing under ``src/rancang`` mentions it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "rancang-example-feature"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("plugin") / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--no-build-isolation", "--target", str(target), str(EXAMPLE)],
                   check=True, capture_output=True, text=True)
    assert (target / "rancang_notes" / "__init__.py").is_file()
    assert any(target.glob("rancang_notes-*.dist-info/entry_points.txt"))
    return target


def _run(site: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site), "RANCANG_DATABASE_URL": f"sqlite:///{db}",
           "RANCANG_LANG": "id"}
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True,
                          timeout=120)


def test_cli_verb_and_migration(site: Path, tmp_path: Path) -> None:
    db = tmp_path / "n.sqlite"
    helped = _run(site, db, "-m", "rancang", "--help")
    assert helped.returncode == 0 and "notes" in helped.stdout
    added = _run(site, db, "-m", "rancang", "notes", "add", "--region", "72.06",
                 "Sentra tahu Bahodopi perlu sambungan listrik")
    assert added.returncode == 0, added.stderr
    assert "Catatan 1 disimpan untuk 72.06." in added.stdout
    listed = _run(site, db, "-m", "rancang", "notes", "list")
    assert "Bahodopi" in listed.stdout
    import sqlalchemy as sa

    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        heads = {r[0] for r in conn.exec_driver_sql("select version_num from alembic_version")}
        assert "notes_0001" in heads
        assert conn.exec_driver_sql("select count(*) from field_note").scalar() == 1
    engine.dispose()


def test_page_navigation_api_and_permissions(site: Path, tmp_path: Path) -> None:
    script = textwrap.dedent('''
        import re
        from fastapi.testclient import TestClient
        from rancang.core.settings import Settings
        from rancang.features.accounts.service import create_user
        from rancang.web.app import create_app
        from rancang_notes.service import add_note
        from rancang.core.actors import CLI_ACTOR

        app = create_app(Settings(database_url="sqlite:///DB"))
        engine = app.state.engine
        create_user(engine, "ana", "rahasia-123", role="analyst", region_code="72.06")
        add_note(engine, CLI_ACTOR, "72.06", "Gudang bahan baku sagu")
        add_note(engine, CLI_ACTOR, "72.03", "Catatan wilayah lain")
        http = TestClient(app)
        token = re.search(r'name="csrf_token" value="([^"]+)"', http.get("/login").text)
        http.post("/login", data={"username": "ana", "password": "rahasia-123",
                                  "csrf_token": token.group(1)})
        home = http.get("/").text
        assert 'href="/notes" id="nav-notes"' in home and "Catatan lapangan" in home
        page = http.get("/notes")
        assert page.status_code == 200 and "Gudang bahan baku sagu" in page.text
        api = http.get("/api/v1/notes").json()
        assert sorted(n["region_code"] for n in api) == ["72.03", "72.06"]  # read: all
        from rancang.core.actors import Actor, Forbidden, Grant
        ana = Actor(1, "ana", (Grant("analyst", "72.06"),))
        add_note(engine, ana, "72.06.05", "Kunjungan ke sentra roti")  # write: own region
        try:
            add_note(engine, ana, "72.03", "tidak boleh")
            raise SystemExit("wrote outside the region")
        except Forbidden:
            pass
        assert "/api/v1/notes" in app.openapi()["paths"]
        assert "Field notes" in http.get("/notes?lang=en").text
        print("ok")
    ''').replace("DB", str(tmp_path / "web.sqlite"))
    done = _run(site, tmp_path / "unused.sqlite", "-c", script)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().endswith("ok")


def test_rancang_does_not_name_the_example() -> None:
    """Adding the feature edited nothing outside its own package."""
    hits = [p for p in (REPO / "src" / "rancang").rglob("*")
            if p.is_file() and p.suffix in (".py", ".html", ".toml", ".txt")
            and "rancang_notes" in p.read_text(encoding="utf-8", errors="ignore")]
    assert hits == []
