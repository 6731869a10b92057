"""``--help`` speaks the call's language: the library's words, the verbs and the options
come from the catalogue (``rancang.cli.help``)."""

from __future__ import annotations

from typer.testing import CliRunner

from rancang.cli import build_app


def _help(*args: str) -> str:
    result = CliRunner().invoke(build_app(), [*args, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def test_root_help_in_both_languages() -> None:
    out = _help("--lang", "id")
    assert "Penggunaan:" in out and "Perintah" in out and "Opsi" in out
    assert "Tampilkan bantuan ini lalu keluar." in out and "meja kerja" in out
    assert "Usage:" not in out and "Show this message" not in out
    out = _help("--lang", "en")
    assert "Usage:" in out and "Commands" in out and "workbench" in out
    assert "Penggunaan" not in out and "Tampilkan" not in out


def test_shared_option_words_reach_every_verb() -> None:
    out = _help("--lang", "en", "users", "list")
    assert "SQLAlchemy database URL" in out and "Show this message and exit." in out
    out = _help("users", "list")
    assert "URL basis data SQLAlchemy" in out and "[wajib]" not in out


def test_language_from_the_environment(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rancang.cli.help import call_language

    monkeypatch.setenv("RANCANG_LANG", "en")
    assert call_language(["users"]) == "en"
    assert call_language(["--lang", "id", "users"]) == "id"
    assert call_language(["--lang", "xx"]) == "id"
