"""Issue 17, item 3: whatever goes wrong, the command line prints no traceback and none of
the data it was handling; a value the database refuses is bad input (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import DataError

from rancang.cli import main

SECRET = "Ibu Ani, 0812-3456-7890"


class _DriverError(Exception):
    """Stands for the driver's error (psycopg's StringDataRightTruncation)."""


@pytest.mark.parametrize("raised, code", [
    (RuntimeError(f"cannot store {SECRET}"), 1),
    (DataError("INSERT INTO enterprise (owner_name) VALUES (%(o)s)", {"o": SECRET},
               _DriverError("value too long")), 2),
])
def test_no_traceback_and_no_data(raised: Exception, code: int, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    from rancang.features.registry import service

    def broken(url: str | None) -> None:
        raise raised

    monkeypatch.setattr(service, "open_register", broken)
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.delenv("RANCANG_DEBUG", raising=False)
    with pytest.raises(SystemExit) as ended:
        main(["registry", "stats", "--database-url", f"sqlite:///{tmp_path / 'x.sqlite'}"])
    said = capsys.readouterr()
    text = said.out + said.err
    assert ended.value.code == code
    assert "Traceback" not in text and SECRET not in text and "0812" not in text
    if code == 2:
        assert "_DriverError" in text  # the kind of refusal, never the values
    else:
        [log] = list(tmp_path.glob("rancang-error-*.log"))
        assert str(log) in text and "RuntimeError" in log.read_text()
