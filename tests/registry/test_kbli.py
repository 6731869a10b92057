"""KBLI 2020 reference: shipped section C groups and the user-supplied full list."""

from __future__ import annotations

from pathlib import Path

import pytest

from rancang.reference.kbli import (
    is_manufacturing,
    known_group,
    load_kbli_classes,
    manufacturing_groups,
)


def test_shipped_groups() -> None:
    g = manufacturing_groups()
    divisions = [c for c in g if len(c) == 2]
    assert divisions == [str(d) for d in range(10, 34)]  # KBLI 2020 C: divisions 10-33
    assert g["107"].startswith("INDUSTRI MAKANAN LAINNYA")
    assert known_group("33151") and not known_group("46100") and not is_manufacturing("4610")


@pytest.mark.realdata
def test_full_list_counts(raw_dir: Path) -> None:
    classes = load_kbli_classes(raw_dir / "kbli2020-agusbsi" / "kbli2020.json")
    # BPS: KBLI 2020 has 1,790 five-digit classes, 476 of them in section C
    assert len(classes) == 1790
    assert sum(is_manufacturing(c) for c in classes) == 476
    assert all(known_group(c) for c in classes if is_manufacturing(c))
