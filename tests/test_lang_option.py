"""Every command's ``--lang`` also sets the language of its error locations."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.errors import set_message_language


@pytest.mark.parametrize("command", [["complexity"], ["targets", "--region", "7203"],
                                     ["analyze"]])
def test_lang_option_sets_the_message_language(tmp_path, command):
    bad = tmp_path / "bad.csv"
    bad.write_text("region_code,industry_code,year,value\n7203,C,2019,abc\n7203,C,2020,1\n")
    try:
        for lang, word in (("id", "berkas bad.csv, baris 2"), ("en", "file bad.csv, row 2")):
            res = CliRunner().invoke(build_app(), [*command, str(bad), "--lang", lang,
                                                   "--out", str(tmp_path / lang)])
            assert res.exit_code != 0
            assert res.exit_code == 2 and word in res.output, (lang, res.output)
            assert not (tmp_path / lang).exists()
    finally:
        set_message_language(None)
