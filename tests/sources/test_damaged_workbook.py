"""A truncated or fake workbook is "damaged or not a workbook" (exit code 2) for every reader."""

import pytest

from rancang.cli import main
from rancang.core.errors import InputError
from rancang.sources import detect_layout, read_panel
from rancang.sources._cells import DamagedWorkbookError
from rancang.sources.ahp_forms import read_form
from rancang.sources.bps_io import detect_io_layout, read_bps_io
from rancang.sources.bps_io_synthetic import synthetic_io_table, write_bps_io_xlsx

# the assertions read the English messages
pytestmark = pytest.mark.usefixtures("english")

DAMAGED = "damaged or not a workbook"


@pytest.fixture()
def truncated(tmp_path):
    good = write_bps_io_xlsx(synthetic_io_table(8, seed=1), tmp_path / "good.xlsx")
    data = good.read_bytes()
    bad = tmp_path / "PDRB ADHK tahun 2014.xlsx"
    bad.write_bytes(data[: len(data) // 2])
    return bad


@pytest.fixture()
def not_a_workbook(tmp_path):
    bad = tmp_path / "table.xlsx"
    bad.write_text("this is not a spreadsheet\n")
    return bad


@pytest.mark.parametrize("which", ["truncated", "not_a_workbook"])
def test_every_reader_says_damaged(request, which):
    path = request.getfixturevalue(which)
    for call in (lambda: detect_layout(path), lambda: read_panel([path]),
                 lambda: detect_io_layout(path), lambda: read_bps_io(path),
                 lambda: read_form(path)):
        with pytest.raises(DamagedWorkbookError) as info:
            call()
        assert isinstance(info.value, InputError)
        assert DAMAGED in str(info.value) and path.name in str(info.value)


def test_registry_reader_says_damaged(truncated):
    from rancang.features.registry.reader import read_tables

    with pytest.raises(InputError, match=DAMAGED):
        read_tables([truncated])


@pytest.mark.parametrize("command", [["complexity"], ["targets", "--region", "3507"],
                                     ["analyze"]])
def test_cli_panel_commands_exit_2(tmp_path, truncated, capsys, command):
    with pytest.raises(SystemExit) as info:
        main([command[0], str(truncated), *command[1:], "--out", str(tmp_path / "o")])
    assert info.value.code == 2
    assert DAMAGED in capsys.readouterr().err


def test_cli_io_exit_2(tmp_path, truncated, capsys):
    with pytest.raises(SystemExit) as info:
        main(["io", str(truncated), "--out", str(tmp_path / "o")])
    assert info.value.code == 2
    assert DAMAGED in capsys.readouterr().err
