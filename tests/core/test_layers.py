"""Which way imports go (docs/architecture.md, "Which way imports go").

The house has four layers: the core (``rancang.core``), the library of readers and methods
(``rancang.panel``, ``io_table``, ``comparison``, ``sources``, ``analysis``, ``decision``,
``reference``), the two shells (``rancang.cli``, ``rancang.web``) and the feature packages
(``rancang.features.<name>``). Imports go down only:

- the core imports the core;
- the library imports the core and the library;
- a shell imports the core, the library and the other shell, never a feature (features are
  found through the extension point);
- a feature imports the core, the library, the shells, itself and the features it
  ``requires`` (directly or through them), never another feature.

Every ``import`` statement that runs counts, those inside functions included; an import
under ``if TYPE_CHECKING:`` names a type for the checker only (a plan-section hook typing
the context the plan feature hands it) and does not count.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from rancang.core.features import discover

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "rancang"

LIBRARY = {"panel", "io_table", "comparison", "sources", "analysis", "decision", "reference"}
SHELLS = {"cli", "web"}
TOP_LEVEL = {"__init__", "__main__"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """Yield (line, absolute module name) of every import of a ``rancang`` module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    own = _module_name(path)
    package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                   and getattr(block.test, "id", getattr(block.test, "attr", "")) == "TYPE_CHECKING"
                   for stmt in block.body for n in ast.walk(stmt)}
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "rancang":
                    yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                if node.level > 1:
                    base = base[: len(base) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            if name.split(".")[0] != "rancang":
                continue
            if name == "rancang.features":
                # ``from rancang.features import siting`` imports the feature itself
                for alias in node.names:
                    yield node.lineno, f"{name}.{alias.name}"
            else:
                yield node.lineno, name


def layer_of(module: str) -> tuple[str, str]:
    """The layer of a module and, for a feature, its name.

    >>> layer_of("rancang.core.words")
    ('core', '')
    >>> layer_of("rancang.features.siting.service")
    ('feature', 'siting')
    >>> layer_of("rancang.analysis.lq")
    ('library', '')
    """
    parts = module.split(".")
    if len(parts) == 1 or parts[1] in TOP_LEVEL:
        return "top", ""
    head = parts[1]
    if head == "core":
        return "core", ""
    if head in LIBRARY:
        return "library", ""
    if head in SHELLS:
        return "shell", ""
    if head == "features":
        return ("feature", parts[2]) if len(parts) > 2 else ("features", "")
    return "unknown", head


def _required_closure() -> dict[str, set[str]]:
    features = {f.name: f for f in discover() if f.package.startswith("rancang.features.")}
    closure: dict[str, set[str]] = {}

    def walk(name: str) -> set[str]:
        if name not in closure:
            closure[name] = set()
            for req in features[name].requires:
                closure[name] |= {req, *walk(req)}
        return closure[name]

    for name in features:
        walk(name)
    return closure


def _allowed(source: str, target: str, required: dict[str, set[str]]) -> bool:
    src_layer, src_feature = layer_of(source)
    dst_layer, dst_feature = layer_of(target)
    if target == "rancang":
        return True  # the package itself (its version)
    if dst_layer == "top":
        return src_layer in {"top", "shell"}
    if src_layer == "core":
        return dst_layer == "core"
    if src_layer == "library":
        return dst_layer in {"core", "library"}
    if src_layer == "shell":
        return dst_layer in {"core", "library", "shell"}
    if src_layer == "feature":
        if dst_layer in {"core", "library", "shell"}:
            return True
        if dst_layer == "feature":
            return dst_feature == src_feature or dst_feature in required.get(src_feature, set())
        return False
    return src_layer in {"top", "features"}


def _violations() -> list[str]:
    required = _required_closure()
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts and "versions" in path.parts:
            continue
        source = _module_name(path)
        for line, target in _imports(path):
            if not _allowed(source, target, required):
                found.append(f"{path.relative_to(SRC)}:{line} {source} -> {target}")
    return found


def test_every_module_has_a_known_layer() -> None:
    unknown = {
        _module_name(p) for p in PACKAGE.rglob("*.py")
        if layer_of(_module_name(p))[0] == "unknown"
    }
    assert not unknown, f"modules outside the four layers: {sorted(unknown)}"


def test_imports_go_down_only() -> None:
    assert _violations() == []


@pytest.mark.parametrize(
    ("source", "target", "ok"),
    [
        ("rancang.core.words", "rancang.web.render", False),
        ("rancang.analysis.lq", "rancang.features.leading.service", False),
        ("rancang.web.app", "rancang.features.registry", False),
        ("rancang.features.siting.service", "rancang.features.registry.models", True),
        ("rancang.features.siting.service", "rancang.features.accounts.models", True),
        ("rancang.features.registry.service", "rancang.features.siting.service", False),
        ("rancang.features.leading.cli", "rancang.cli.progress", True),
        ("rancang.cli.demo", "rancang.web.app", True),
    ],
)
def test_the_rule_itself(source: str, target: str, ok: bool) -> None:
    """The checker refuses what it should (so the empty list above means something)."""
    assert _allowed(source, target, _required_closure()) is ok
