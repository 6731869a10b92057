"""Derive the KBLI 2020 section C divisions and groups shipped with Rancang.

Usage: python scripts/build_kbli.py PATH/TO/kbli2020.json
Writes src/rancang/reference/data/kbli2020_c_groups.csv (code, level, title) and
src/rancang/reference/data/kbli2020.csv (code, level, section, title, description: every
section, division, group, subgroup and class of KBLI 2020 with its official description), which
the ``kbli`` feature codes free text against.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rancang.reference.kbli import read_kbli_file

OUT = Path(__file__).resolve().parents[1] / "src/rancang/reference/data/kbli2020_c_groups.csv"
FULL = Path(__file__).resolve().parents[1] / "src/rancang/reference/data/kbli2020.csv"
LEVELS = {1: "section", 2: "division", 3: "group", 4: "subgroup", 5: "class"}


def write_full(path: str) -> None:
    """Every KBLI 2020 entry with its section letter and description, in the source's order.

    The source lists each section letter before its divisions, so a division's section is
    the last letter seen. Titles keep their upper case; whitespace in descriptions is
    collapsed to single spaces.
    """
    import csv
    import json

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    section = ""
    division_section: dict[str, str] = {}
    out = []
    for d in data:
        code = str(d["code"]).strip()
        if code.isalpha():
            section = code
        elif len(code) == 2:
            division_section[code] = section
        sec = code if code.isalpha() else division_section.get(code[:2], section)
        level = "section" if code.isalpha() else LEVELS[len(code)]
        text = " ".join(str(d.get("detail", "")).split())
        out.append([code, level, sec, " ".join(str(d["title"]).split()), text])
    with FULL.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "level", "section", "title", "description"])
        w.writerows(out)
    print(f"wrote {len(out)} rows to {FULL.name}")


def main(path: str) -> None:
    """Filter divisions 10-33 and their 3-digit groups, write them sorted by code.

    Groups missing from the source but implied by its 5-digit classes are added with an
    empty title.
    """
    rows = read_kbli_file(path)
    keep = [
        r
        for r in rows
        if len(r["code"]) in (2, 3) and r["code"].isdigit() and 10 <= int(r["code"][:2]) <= 33
    ]
    have = {r["code"] for r in keep}
    classes = sorted(r["code"] for r in rows if len(r["code"]) == 5 and r["code"].isdigit())
    for code in classes:  # the source omits a few 3-digit groups that do have classes
        if 10 <= int(code[:2]) <= 33 and code[:3] not in have:
            have.add(code[:3])
            keep.append({"code": code[:3], "title": ""})
    keep.sort(key=lambda r: r["code"])
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        import csv

        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "level", "title"])
        for r in keep:
            w.writerow([r["code"], "division" if len(r["code"]) == 2 else "group", r["title"]])
    print(f"wrote {len(keep)} rows to {OUT.name}")


if __name__ == "__main__":
    main(sys.argv[1])
    write_full(sys.argv[1])
