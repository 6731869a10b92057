"""One language mechanism: code outside the catalogue never picks words by testing the
language (``lang == "en"``); it asks the catalogue (``text``, ``pick``, ``format_number``)."""

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "rancang"
INLINE = re.compile(r"""\blang(?:uage)?\s*[!=]=\s*["'](?:id|en)["']""")


def inline_language_tests(root: Path) -> list[str]:
    found = []
    files = sorted([*root.rglob("*.py"), *root.rglob("*.html")])
    for path in files:
        if path == root / "core" / "i18n.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if INLINE.search(line):
                found.append(f"{path.relative_to(root)}:{n}: {line.strip()}")
    return found


def test_no_inline_language_tests() -> None:
    assert inline_language_tests(SRC) == []


def test_the_scan_finds_one(tmp_path: Path) -> None:
    (tmp_path / "x.py").write_text('label = "Year" if lang == "en" else "Tahun"\n')
    (tmp_path / "y.py").write_text('ok = text("x.year", lang)\n')
    assert [f.split(":")[0] for f in inline_language_tests(tmp_path)] == ["x.py"]


def test_the_scan_reads_templates(tmp_path: Path) -> None:
    """Templates too: a title pair is picked by the catalogue's ``pick``, not inline."""
    (tmp_path / "a.html").write_text('{{ t[1] if lang == "en" else t[0] }}\n')
    (tmp_path / "b.html").write_text("{{ pick(t, lang) }} {{ 'on' if code == lang }}\n")
    assert [f.split(":")[0] for f in inline_language_tests(tmp_path)] == ["a.html"]
