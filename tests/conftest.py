"""Shared fixtures: where the real public data lives, and markers that skip cleanly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RAW = Path(os.environ.get("RANCANG_RAW_DATA", REPO.parent / "shared" / "data" / "raw"))
BPS_PDRB_DIR = RAW / "bps-pdrb-kabkota-adhk-2013-2020"
BPS_IO_DIR = RAW / "bps-io-2016-provinsi-17sektor"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    """The shared raw data folder; tests using it skip when it is absent."""
    if not RAW.is_dir():
        pytest.skip(f"shared raw data not found at {RAW}")
    return RAW


@pytest.fixture(scope="session")
def bps_pdrb_dir(raw_dir: Path) -> Path:
    if not BPS_PDRB_DIR.is_dir():
        pytest.skip("BPS PDRB files not present in shared data")
    return BPS_PDRB_DIR


@pytest.fixture(scope="session")
def bps_io_dir(raw_dir: Path) -> Path:
    if not BPS_IO_DIR.is_dir():
        pytest.skip("BPS IO tables not present in shared data")
    return BPS_IO_DIR


@pytest.fixture()
def test_data() -> Path:
    return TEST_DATA
