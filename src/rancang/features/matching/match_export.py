"""Match a needs file to a suppliers file and write ``matches.csv`` and ``unmet.csv``."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from rancang.core.cells import safe_cell
from rancang.features.matching.match import WEIGHTS, Match, Matcher, unmet_demand, why
from rancang.features.matching.offers import read_parties, today


def match_files(needs_path: Path, suppliers_path: Path, *, top: int = 5,
                out: Path) -> tuple[int, int, int, int]:
    """Read both files (all problems at once), match, write ``matches.csv`` (the best
    suppliers of each need), ``supplier_needs.csv`` (the needs each supplier is adequate for,
    best first, at most ``top``) and ``unmet.csv``; returns (needs, suppliers, matches,
    unmet needs). Nothing is written when a file has a problem."""
    needs = read_parties(needs_path, "needs")
    suppliers = read_parties(suppliers_path, "suppliers")
    matcher = Matcher(needs, suppliers)
    best: dict[int, list[Match]] = {}
    serve: dict[int, list[tuple[float, int]]] = defaultdict(list)
    day = today()
    for i in range(len(needs.ids)):
        best[i], adequate, scores = matcher.top_and_adequate(i, top)
        if needs.expired(i, day):  # past its deadline: matched, but no one serves it now
            continue
        for j, score in zip(adequate.tolist(), scores.tolist(), strict=True):
            serve[j].append((score, i))
    out.mkdir(parents=True, exist_ok=True)
    n_matches = 0
    with (out / "matches.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["need_id", "need_kbli", "need_kbli_suggested", "rank", "supplier_id",
                    "supplier_name", "supplier_kbli", "score", *[f"{p}_part" for p in WEIGHTS],
                    "km", "adequate", "why"])
        for i, matches in best.items():
            for rank, m in enumerate(matches, start=1):
                n_matches += 1
                w.writerow([safe_cell(needs.ids[i]), needs.kbli[i],
                            int(needs.kbli_suggested[i]), rank,
                            safe_cell(suppliers.ids[m.supplier]),
                            safe_cell(suppliers.name[m.supplier]),
                            suppliers.kbli[m.supplier], f"{m.score:.3f}",
                            *[f"{m.parts[p]:.3f}" for p in WEIGHTS],
                            "" if m.km != m.km else f"{m.km:.1f}", int(m.adequate),
                            safe_cell(why(m, needs, suppliers))])
    with (out / "supplier_needs.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["supplier_id", "supplier_name", "rank", "need_id", "buyer", "need_kbli",
                    "score", "quantity"])
        for j in sorted(serve):
            ranked = sorted(serve[j], key=lambda x: (-x[0], x[1]))[:top]
            for rank, (score, i) in enumerate(ranked, start=1):
                q = needs.amount[i]
                w.writerow([safe_cell(suppliers.ids[j]), safe_cell(suppliers.name[j]), rank,
                            safe_cell(needs.ids[i]), safe_cell(needs.name[i]), needs.kbli[i],
                            f"{score:.3f}", "" if q != q else f"{q:g}"])
    unmet = unmet_demand(needs, best, day)
    with (out / "unmet.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["kbli", "region", "needs", "quantity", "need_ids"])
        for u in unmet:
            w.writerow([u["kbli"], safe_cell(u["region"]), u["needs"],
                        "" if u["quantity"] is None else u["quantity"],
                        safe_cell(u["need_ids"])])
    return (len(needs.ids), len(suppliers.ids), n_matches,
            sum(int(str(u["needs"])) for u in unmet))
