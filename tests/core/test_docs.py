"""The documentation keeps up with the code: every CLI verb and option and every setting is
in docs/cli.md (generated from the installed features), every field of the feature
manifest is explained in docs/plugins.md, every feature is named in docs/architecture.md."""

from __future__ import annotations

import importlib.util
import re
from dataclasses import fields
from pathlib import Path

from rancang.core.features import Feature, installed
from rancang.core.settings import Settings

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"


def _reference() -> object:
    spec = importlib.util.spec_from_file_location("cli_reference",
                                                  REPO / "scripts" / "cli_reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current() -> None:
    """docs/cli.md is what scripts/cli_reference.py writes now (``make docs``)."""
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == _reference().render(), (
        "docs/cli.md is out of date: run `make docs`")


def test_every_verb_and_setting_is_documented() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    ref = _reference()
    import typer

    from rancang.cli import build_app

    root = typer.main.get_command(build_app())
    for path, cmd in ref._walk(root, ["rancang"]):
        assert f"## `{' '.join(path)}`" in text, path
        for p in cmd.params:
            if p.param_type_name == "option" and p.name != "help":
                assert f"`{p.opts[0]}`" in text, (path, p.opts)
    docs = "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))
    for name in Settings.model_fields:
        assert f"RANCANG_{name.upper()}" in docs, name
    assert "RANCANG_LANG" in docs


def test_every_manifest_field_is_explained() -> None:
    text = (DOCS / "plugins.md").read_text(encoding="utf-8")
    missing = [f.name for f in fields(Feature) if not re.search(rf"`{f.name}`", text)]
    assert not missing, missing


def test_every_feature_is_in_the_architecture() -> None:
    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    for f in installed():
        assert f"features/{f.name}" in text, f.name
