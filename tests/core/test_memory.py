"""``reuse_freed_memory``: glibc told to keep freed large blocks (issue 11 §2)."""

import ctypes.util
import sys

import numpy as np
import pytest

from rancang.core.memory import reuse_freed_memory


@pytest.mark.skipif(not sys.platform.startswith("linux") or "libc.so.6"
                    not in str(ctypes.util.find_library("c")), reason="glibc only")
def test_glibc_takes_the_settings_and_large_arrays_still_work():
    assert reuse_freed_memory() is True
    a = np.ones((1000, 6000))  # 48 MB: above glibc's largest mmap threshold
    b = a * 2.0
    del a
    c = np.full((1000, 6000), 3.0)  # may re-use a's block: must hold its own values
    assert float(b.sum()) == 12_000_000.0 and float(c.sum()) == 18_000_000.0
