"""Synthetic programmes of the demo province (said so in every agency name): regency,
provincial and central programmes with planted duplicates and a regency programme outside
its authority; the demo loads them, maps the demo plan's strategies by confirmed
suggestions, and the synchronisation page shows the result.

The same generator feeds the tests (the planted cases are returned) and the benchmark.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rancang.core.features import DemoContext

#: (nomenclature, output indicator, unit): typical wording of an industry office's lists
BASE: tuple[tuple[str, str, str], ...] = (
    ("Pembinaan IKM Pangan Olahan", "Jumlah IKM pangan yang dibina", "unit usaha"),
    ("Fasilitasi Sertifikasi Halal bagi IKM", "Jumlah sertifikat halal IKM", "sertifikat"),
    ("Pelatihan Desain Kemasan Produk IKM", "Jumlah IKM yang dilatih", "unit usaha"),
    ("Pengembangan Sentra IKM Anyaman", "Jumlah sentra IKM yang dikembangkan", "sentra"),
    ("Bimbingan Teknis Pengolahan Kakao", "Jumlah pelaku usaha kakao terlatih", "orang"),
    ("Penyampaian Data Industri melalui SIINas", "Jumlah perusahaan yang melapor", "perusahaan"),
    ("Promosi Produk IKM pada Pameran Dagang", "Jumlah IKM yang ikut pameran", "unit usaha"),
    ("Pembangunan Sarana Kawasan Peruntukan Industri", "Luas kawasan yang ditata", "hektar"),
    ("Pelatihan Tenaga Kerja Industri Logam", "Jumlah tenaga kerja terlatih", "orang"),
    ("Kemitraan IKM dengan Kawasan Industri Nikel", "Jumlah kontrak kemitraan", "kontrak"),
    ("Pengembangan Industri Pengolahan Rumput Laut", "Jumlah unit pengolahan", "unit"),
    ("Bantuan Peralatan Produksi IKM Kelapa", "Jumlah paket peralatan", "paket"),
)
PROVINCE_AGENCY = "Dinas Perindustrian Provinsi (sintetis)"
CENTRAL_AGENCY = "Kementerian Perindustrian (sintetis)"
OUTSIDE_NAME = "Penerbitan IUI Besar bagi Industri Besar"


@dataclass
class Synthetic:
    """Generated rows (import columns) and the cases planted in them."""

    rows: list[dict[str, object]] = field(default_factory=list)
    #: (normalised nomenclature, region, year) of each planted duplicate group
    duplicates: set[tuple[str, str, int]] = field(default_factory=set)
    #: (code, region, year) of each planted programme outside the regency's authority
    outside: set[tuple[str, str, int]] = field(default_factory=set)


def synthetic_programmes(province: str = "72", years: Sequence[int] = (2026,),
                         per_regency: int = 12, seed: int = 7,
                         plant: bool = True) -> Synthetic:
    """Synthetic programme rows for ``province``: ``per_regency`` regency programmes per
    regency and year, two provincial programmes in each of the first three regencies and
    two central ones at the province, per year; with ``plant``, two duplicate groups and
    one programme outside authority per year."""
    import numpy as np

    from rancang.features.programmes.nomenclature import normalise
    from rancang.features.programmes.service import regencies_of

    rng = np.random.default_rng(seed)
    regencies = regencies_of(province)
    out = Synthetic()

    def add(code: str, name: str, level: str, agency: str, region: str, year: int,
            indicator: str, unit: str) -> None:
        out.rows.append({"kode": code, "nomenklatur": name, "tingkat": level,
                         "instansi": agency, "wilayah": region, "tahun": year,
                         "pagu": float(rng.integers(50, 2000)) * 1_000_000,
                         "indikator": indicator, "satuan": unit,
                         "target": int(rng.integers(5, 200))})

    for year in years:
        for r, (code, name) in enumerate(regencies):
            agency = f"Dinas Perindustrian {name.title()} (sintetis)"
            for k in range(per_regency):
                base, indicator, unit = BASE[k % len(BASE)]
                stage = k // len(BASE)
                label = base if stage == 0 else f"{base} Paket {stage + 1}"
                add(f"3.31.02.2.{1 + k // 9:02d}.{1 + k % 9:04d}", label, "kabupaten", agency,
                    code, year, indicator, unit)
            if r < 3:
                for k in range(2):
                    add(f"3.31.02.1.01.{k + 1:04d}",
                        f"Pendampingan Sentra IKM Provinsi Wilayah {name.title()} {k + 1}",
                        "provinsi", PROVINCE_AGENCY, code, year,
                        "Jumlah sentra IKM yang didampingi", "sentra")
            if plant and r == 5:  # the province runs the regency's first programme too
                base, indicator, unit = BASE[0]
                add("3.31.02.1.01.0009", base, "provinsi", PROVINCE_AGENCY, code, year,
                    indicator, unit)
                out.duplicates.add((normalise(base), code, year))
            if plant and r == 0 and per_regency > 1:  # and the centre the second one
                base, indicator, unit = BASE[1]
                add("019.05.WA.9", base, "pusat", CENTRAL_AGENCY, code, year, indicator,
                    unit)
                out.duplicates.add((normalise(base), code, year))
            if plant and r == 2:
                add("3.31.03.2.01.0001", OUTSIDE_NAME, "kabupaten", agency, code, year,
                    "Jumlah izin terbit", "izin")
                out.outside.add(("3.31.03.2.01.0001", code, year))
        for k in range(2):
            add(f"019.05.WA.{k + 1}", f"Restrukturisasi Mesin dan Peralatan IKM {k + 1}",
                "pusat", CENTRAL_AGENCY, province, year, "Jumlah IKM penerima", "unit usaha")
    return out


def write_csv(rows: Sequence[dict[str, object]], path: Path) -> Path:
    """The rows as a CSV in the Indonesian way (``;``, decimal comma)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = list(rows[0]) if rows else []
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(columns)
        for r in rows:
            w.writerow([f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
                        if isinstance(v, float) else v for v in r.values()])
    return path


def load_demo(ctx: DemoContext) -> None:
    """Import the synthetic programmes of province 72 (once) and confirm the best
    suggestion of each 2026 programme of Morowali against the demo plan."""
    if ctx.engine is None:
        return
    import tempfile

    from sqlalchemy import select

    from rancang.core.actors import ADMIN_ROLE, Actor, Grant
    from rancang.features.plan.models import Plan
    from rancang.features.programmes.importer import import_programmes
    from rancang.features.programmes.mapping import store_mappings
    from rancang.features.programmes.models import Programme
    from rancang.features.programmes.suggest import suggest

    engine = ctx.engine
    actor = Actor(0, "demo", (Grant(ADMIN_ROLE),), display_name="demo")
    with engine.connect() as conn:
        if conn.execute(select(Programme.id).limit(1)).first() is not None:
            return
        plan = conn.execute(select(Plan.id).where(Plan.created_by == "demo")
                            .order_by(Plan.id)).first()
    data = synthetic_programmes("72", years=(2026, 2027), per_regency=12, seed=ctx.seed)
    with tempfile.TemporaryDirectory() as tmp:
        import_programmes(engine, actor, [write_csv(data.rows, Path(tmp) / "program.csv")])
    if plan is None:
        return
    best: dict[int, tuple[str, str, float]] = {}
    for s in suggest(engine, actor, int(plan[0]), top=1, threshold=0.08):
        best[s.programme.id] = (s.anchor.kind, s.anchor.key, s.score)
    store_mappings(engine, actor, int(plan[0]),
                   {(pid, kind, key): {"contribution": "", "score": score}
                    for pid, (kind, key, score) in best.items()}, set())
