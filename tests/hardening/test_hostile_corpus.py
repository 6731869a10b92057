"""Issue 17, items 6 and 7: every malformed or hostile file of the corpus
(``tests/data/hostile/``, written by ``scripts/make_hostile_corpus.py``) through the
command that reads it, as a user runs it (``rancang.cli.main``):

- no traceback, exit code 2;
- a message that names the file (and, where the problem has one, its row or column);
- no control character of the file echoed to the terminal;
- nothing written: no output folder, no row in the database.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from rancang.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "data" / "hostile"
CASES = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))
PARAMS = [(folder, name) for folder, case in CASES.items() for name in case["files"]]
#: A message names a place: the file, and a sheet, row or column when it has one.
PLACE = re.compile(r"\b(berkas|baris|kolom|lembar)\b")


def test_the_corpus_is_the_script_s(tmp_path: Path) -> None:
    """The committed corpus is what the script writes (re-run it after changing it)."""
    sys.path.insert(0, str(CORPUS.parents[2] / "scripts"))
    try:
        import make_hostile_corpus
    finally:
        sys.path.pop(0)
    make_hostile_corpus.main(tmp_path / "h")
    for path in sorted((tmp_path / "h").rglob("*")):
        if path.is_file() and path.suffix != ".xlsx":  # a workbook carries its time
            committed = CORPUS / path.relative_to(tmp_path / "h")
            assert committed.read_bytes() == path.read_bytes(), committed


def _rows(url: str) -> int:
    engine = create_engine(url)
    try:
        tables = inspect(engine).get_table_names()
        with engine.connect() as conn:
            return sum(int(conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one())
                       for t in tables if t in ("enterprise", "enterprise_period",
                                                "audit_log", "import_record"))
    finally:
        engine.dispose()


@pytest.mark.parametrize(("folder", "name"), PARAMS)
def test_hostile_file_is_refused_cleanly(folder: str, name: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    values = {"file": str(CORPUS / folder / name), "out": str(out), "db": db,
              "criteria": str(CORPUS / "criteria.csv"),
              "centroids": str(CORPUS / "centroids.csv")}
    argv = [part.format(**values) for part in CASES[folder]["command"]]
    with pytest.raises(SystemExit) as ended:
        main(argv)
    captured = capsys.readouterr()
    said = captured.out + captured.err
    assert ended.value.code == 2, said[-2000:]
    assert "Traceback" not in said
    assert Path(name).name in said or Path(name).stem in said, said[-1000:]
    assert PLACE.search(said), said[-1000:]
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", said), repr(said[-300:])
    assert not out.exists() or not any(out.iterdir())
    if folder == "register":
        assert _rows(db) == 0
