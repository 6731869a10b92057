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


def _verbs() -> list[tuple[str, ...]]:
    import typer

    from rancang.cli.help import walk

    return [path for path, _ in walk(typer.main.get_command(build_app()))]


def test_every_verb_and_option_has_words() -> None:
    import typer

    from rancang.cli.help import missing_texts

    assert missing_texts(typer.main.get_command(build_app())) == []


def test_no_help_words_without_a_verb_or_option() -> None:
    """Every ``cli.help.*`` and ``cli.opt.*`` entry is shown by some verb or option (a
    renamed verb or option leaves no stale words behind)."""
    import typer

    from rancang.cli.help import command_key, param_keys, walk
    from rancang.core.i18n import catalogue, has

    used = {"cli.opt.help"}
    for path, cmd in walk(typer.main.get_command(build_app())):
        used.add(command_key(path))
        for param in cmd.params:
            own, shared = param_keys(path, param.name or "")
            used.add(own if has(own) else shared)
    stale = sorted(k for k in catalogue().words
                   if k.startswith(("cli.help.", "cli.opt.")) and k not in used)
    assert stale == []


#: common function words of the other language: a help line left in the code's language
#: (or written in the wrong one) shows at least one of them
ENGLISH_WORDS = (" the ", " of ", " and ", " with ", " for ")
INDONESIAN_WORDS = (" dan ", " yang ", " untuk ", " dari ", " dengan ")


def _plain(out: str) -> str:
    """The help text as one lower-case line: box borders and line breaks become spaces,
    so a word wrapped at the end of a line is still seen between spaces."""
    for border in "│╭╮╰╯─":
        out = out.replace(border, " ")
    return " " + " ".join(out.lower().split()) + " "


def test_every_verb_help_speaks_one_language() -> None:
    verbs = _verbs()
    assert ("users", "create") in verbs and ("decide", "rank") in verbs and len(verbs) > 30
    wrong: dict[str, list[str]] = {}
    for path in verbs:
        for lang, foreign in (("id", ENGLISH_WORDS), ("en", INDONESIAN_WORDS)):
            out = _plain(_help("--lang", lang, *path))
            assert " ".join(("rancang", *path)) in out or not path, out
            found = [w.strip() for w in foreign if w in out]
            if found:
                wrong[f"{lang}: {' '.join(path) or 'rancang'}"] = found
    assert wrong == {}


def test_the_check_sees_a_help_text_the_catalogue_lacks(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Without its entry, ``serve`` shows the code's English text in the Indonesian help,
    and the function-word check says so."""
    from rancang.cli.help import help_words

    out = _plain(_help("--lang", "id", "serve"))
    assert not [w for w in ENGLISH_WORDS if w in out]
    monkeypatch.delitem(help_words().words, "cli.help.serve")
    out = _plain(_help("--lang", "id", "serve"))
    assert " the " in out and "start the web application" in out
