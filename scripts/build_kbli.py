"""Derive the KBLI 2020 section C divisions and groups shipped with Rancang.

Usage: python scripts/build_kbli.py PATH/TO/kbli2020.json
Writes src/rancang/reference/data/kbli2020_c_groups.csv (code, level, title).
The full list of classes is not shipped: users load it with
``rancang.reference.kbli.load_kbli_classes(file)``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rancang.reference.kbli import read_kbli_file

OUT = Path(__file__).resolve().parents[1] / "src/rancang/reference/data/kbli2020_c_groups.csv"


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
