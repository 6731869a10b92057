"""Usage mistakes at the command line read in the call's language, one line and the hint to
``--help``, exit code 2, whatever verb and whatever mistake (never the library's English
box)."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from rancang.cli import build_app

CASES = (
    (["analyze"], "'inputs' wajib diisi", "'inputs' is required"),
    (["analyze", ".", "--from", "abc"], "nilai '--from' tidak sah: bukan bilangan bulat",
     "invalid value for '--from': not a whole number"),
    (["analyze", "/x/y/z"], "berkas atau folder /x/y/z tidak ada",
     "file or folder /x/y/z does not exist"),
    (["analyze", ".", "--nope"], "opsi tidak dikenal: --nope", "no such option: --nope"),
    (["version", "lebih"], "argumen berlebih: lebih", "unexpected extra arguments: lebih"),
    (["decide", "rank"], "'matrix' wajib diisi", "'matrix' is required"),
    (["users", "create"], "'username' wajib diisi", "'username' is required"),
)
ENGLISH = re.compile(r"\b(Error|Missing|Invalid|Usage|Try|such|option)\b")
INDONESIAN = re.compile(r"\b(Galat|wajib|tidak|nilai|Lihat|bantuan)\b")


@pytest.mark.parametrize(("args", "indonesian", "english"), CASES)
def test_usage_mistakes_in_both_languages(args: list[str], indonesian: str,
                                          english: str) -> None:
    runner = CliRunner()
    got_id = runner.invoke(build_app(), args)
    assert got_id.exit_code == 2
    assert got_id.output.startswith("Galat: ") and indonesian in got_id.output
    assert "--help' untuk bantuan" in got_id.output
    assert not ENGLISH.search(got_id.output), got_id.output
    got_en = runner.invoke(build_app(), ["--lang", "en", *args])
    assert got_en.exit_code == 2
    assert got_en.output.startswith("Error: ") and english in got_en.output
    assert not INDONESIAN.search(got_en.output), got_en.output


def test_help_and_success_keep_exit_code_0() -> None:
    assert CliRunner().invoke(build_app(), ["--help"]).exit_code == 0
    assert CliRunner().invoke(build_app(), ["version"]).exit_code == 0
