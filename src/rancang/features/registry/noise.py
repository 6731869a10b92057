"""Noisy register with known duplicates, to measure de-duplication quality.

Generates distinct synthetic firms and then several records for some of them, each
perturbed the way hand-typed office registers are: typos, legal form moved or dropped,
missing NIB, moved addresses, ``Jl.``/``Jalan`` and RT/RW variants, phone formats, owner
titles, misspelt village and district names. Different firms share common names
("UD Sinar Jaya") as they do in real registers.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from rancang.features.registry.demo import (
    DISTRICTS,
    FIRST,
    LAST,
    PRODUCTS,
    STREETS,
    VILLAGES,
    WORDS,
)

FORMS = ("UD", "CV", "PT", "Koperasi", "KUB", "")
TITLES = ("H.", "Hj.", "Ir.", "Drs.", "")
MIDDLE = ("", "", "Nur", "Abdul", "Muh.", "Sri", "Dg.", "Andi", "St.", "La", "Wa")


def _typo(rng: np.random.Generator, s: str) -> str:
    if len(s) < 4:
        return s
    k = int(rng.integers(1, len(s) - 1))
    op = rng.integers(0, 4)
    if op == 0:
        return s[:k] + s[k + 1 :]  # deletion
    if op == 1:
        return s[:k] + s[k] + s[k:]  # doubled letter
    if op == 2:
        return s[: k - 1] + s[k] + s[k - 1] + s[k + 1 :]  # transposition
    return s[:k] + "aiueonrst"[int(rng.integers(0, 9))] + s[k + 1 :]  # substitution


def noisy_register(n_records: int = 100_000, *, seed: int = 2024) -> pl.DataFrame:
    """Records of synthetic firms with known duplicate groups (column ``true_id``).

    Parameters
    ----------
    n_records : int
        Approximate number of records (exact when the last group fits).
    seed : int

    Returns
    -------
    polars.DataFrame
        ``id, true_id, nib, name, owner_name, phone, address, village_code, village_name,
        district_name, regency_code, kbli``.

    Notes
    -----
    Group sizes: 1 record for 60 % of firms, 2 for 25 %, 3 for 10 %, 4 for 5 %.
    Each extra record: name typo 30 %, legal form changed 30 %, NIB missing 50 % (base NIB
    present for 70 % of firms), address moved 15 %, phone missing 30 % or reformatted,
    owner title/typo 30 %, owner missing 15 %, village/district name misspelt 20 %.

    Example
    -------
    >>> r = noisy_register(200, seed=1)
    >>> r.height, r["true_id"].n_unique() < r.height
    (200, True)
    """
    rng = np.random.default_rng(seed)
    dist_codes = list(DISTRICTS)
    rows: dict[str, list[object]] = {
        k: []
        for k in (
            "true_id",
            "nib",
            "name",
            "owner_name",
            "phone",
            "address",
            "village_code",
            "village_name",
            "district_name",
            "regency_code",
            "kbli",
        )
    }
    firm = 0
    while len(rows["name"]) < n_records:
        size = int(rng.choice(4, p=(0.60, 0.25, 0.10, 0.05))) + 1
        size = min(size, n_records - len(rows["name"]))
        d = dist_codes[int(rng.integers(0, len(dist_codes)))]
        vcode, vname = VILLAGES[d][int(rng.integers(0, 4))]
        kbli, product, *_ = PRODUCTS[int(rng.integers(0, len(PRODUCTS)))]
        form = FORMS[int(rng.choice(6, p=(0.25, 0.12, 0.03, 0.03, 0.04, 0.53)))]
        first = FIRST[int(rng.integers(0, len(FIRST)))]
        owner = " ".join(
            x
            for x in (
                first,
                MIDDLE[int(rng.integers(0, len(MIDDLE)))],
                LAST[int(rng.integers(0, len(LAST)))],
            )
            if x
        )
        if form:
            w1, w2 = rng.choice(len(WORDS), 2, replace=False)
            base = f"{WORDS[w1]} {WORDS[w2]}"
        else:
            base = f"{product.split()[0]} {first} {WORDS[int(rng.integers(0, len(WORDS)))]}"
        nib = str(int(rng.integers(10**12, 10**13))) if rng.random() < 0.7 else None
        phone = f"08{int(rng.integers(11, 99))}{int(rng.integers(10**7, 10**8))}"
        street = STREETS[int(rng.integers(0, len(STREETS)))]
        number = int(rng.integers(1, 200))
        rt, rw = int(rng.integers(1, 12)), int(rng.integers(1, 6))
        for k in range(size):
            name, nb = f"{form} {base}".strip(), nib
            o: str | None = owner
            ph: str | None = phone
            st_, no, v_code, v_name, dname = street, number, vcode, vname, DISTRICTS[d]
            addr_fmt = int(rng.integers(0, 3)) if k else 0
            if k:
                if form and rng.random() < 0.3:
                    name = [f"{base}, {form}", f"{form}. {base}", base.upper(), f"{form} {base}"][
                        int(rng.integers(0, 4))
                    ]
                if rng.random() < 0.3:
                    name = _typo(rng, name)
                if rng.random() < 0.5:
                    nb = None
                if rng.random() < 0.3:
                    ph = None
                elif rng.random() < 0.5:
                    ph = "+62 " + phone[1:4] + "-" + phone[4:8] + "-" + phone[8:]
                r = rng.random()
                if r < 0.15:
                    o = None
                elif r < 0.45:
                    o = (
                        f"{TITLES[int(rng.integers(0, 4))]} {owner}"
                        if rng.random() < 0.5
                        else _typo(rng, owner)
                    )
                if rng.random() < 0.15:  # moved
                    st_ = STREETS[int(rng.integers(0, len(STREETS)))]
                    no = int(rng.integers(1, 200))
                    v_code, v_name = VILLAGES[d][int(rng.integers(0, 4))]
                if rng.random() < 0.2:
                    v_name = _typo(rng, v_name)
                if rng.random() < 0.2:
                    dname = _typo(rng, dname)
            address = (
                f"Jl. {st_} No. {no}, RT {rt:03d}/RW {rw:03d}",
                f"JALAN {st_.upper()} NO {no} RT {rt} RW {rw}",
                f"Jln {st_} {no} rt.{rt}/rw.{rw}",
            )[addr_fmt]
            rows["true_id"].append(firm)
            rows["nib"].append(nb)
            rows["name"].append(name)
            rows["owner_name"].append(o)
            rows["phone"].append(ph)
            rows["address"].append(address)
            rows["village_code"].append(v_code if rng.random() < 0.7 else None)
            rows["village_name"].append(v_name)
            rows["district_name"].append(dname)
            rows["regency_code"].append("72.06")
            rows["kbli"].append(kbli if rng.random() < 0.9 else None)
        firm += 1
    frame = pl.DataFrame(rows)
    order = rng.permutation(frame.height)
    return frame[order].with_row_index("id", offset=1).with_columns(pl.col("id").cast(pl.Int64))
