"""Every catalogue message built in the code is given the placeholders its words use
(a missing one would turn a refusal into a 500 or a traceback when rendered)."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from rancang.core.i18n import catalogue

SRC = Path(__file__).resolve().parents[2] / "src" / "rancang"
BUILDERS = {"Msg", "NotFoundError", "Forbidden", "text", "ConflictError"}


def _placeholders(template: str) -> set[str]:
    names = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    return {n.split(".")[0].split("[")[0].split("!")[0] for n in names}


def missing_params(root: Path) -> list[str]:
    words = catalogue().words
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            key = node.args[0].value
            if name not in BUILDERS or key not in words:
                continue
            if any(k.arg is None for k in node.keywords):  # **params: not checkable here
                continue
            given = {k.arg for k in node.keywords}
            need = _placeholders(words[key][0]) | _placeholders(words[key][1])
            if need - given:
                found.append(f"{path.relative_to(root)}:{node.lineno} {key}: "
                             f"missing {sorted(need - given)}")
    return found


def test_every_message_gets_its_placeholders() -> None:
    assert missing_params(SRC) == []


def test_the_check_finds_a_missing_one(tmp_path: Path) -> None:
    (tmp_path / "x.py").write_text('Msg("error.parameter", detail="ids")\n'
                                   'Msg("error.parameter", value="x")\n')
    assert [f.split(":")[0] for f in missing_params(tmp_path)] == ["x.py"]
