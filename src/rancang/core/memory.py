"""Process-wide memory settings for the batch commands that handle large arrays.

glibc serves every block above 32 MB (a 5,000 x 1,000 float64 matrix is 40 MB) with a
fresh ``mmap`` and gives it back with ``munmap`` when freed: the next array of the same
size is faulted in, page by page, and zeroed again by the kernel. ``rancang complexity``
at 5,000 x 1,000 allocated about 5 GB this way (1.3 million page faults, 3-4 s of system
time). :func:`reuse_freed_memory` asks glibc to serve those blocks from its heap and keep
what is freed there for the next one; the peak stays what the largest working set needs.
For a command that exits when done, not for the web server.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

_M_TRIM_THRESHOLD = -1
_M_MMAP_MAX = -4
_M_ARENA_MAX = -8


def reuse_freed_memory() -> bool:
    """Let glibc re-use freed large blocks instead of unmapping them; True when set.

    ``mallopt(M_MMAP_MAX, 0)`` (no block served by ``mmap``), ``mallopt(M_TRIM_THRESHOLD,
    2 GiB)`` (freed memory is kept for the next allocation) and ``mallopt(M_ARENA_MAX, 1)``
    (the threads of the computation allocate from the same heap, so what the reading freed
    serves them too, instead of a heap of their own beside it). A no-op (False) where the
    C library is not glibc (macOS, Windows, musl).

    Reference: ``mallopt(3)``, the GNU C Library manual.

    >>> reuse_freed_memory() in (True, False)
    True
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return (bool(mallopt(_M_MMAP_MAX, 0)) and bool(mallopt(_M_TRIM_THRESHOLD, 2**31 - 1))
            and bool(mallopt(_M_ARENA_MAX, 1)))


def release_freed_memory() -> bool:
    """Give the pages of freed heap blocks back to the system now; True when done.

    After a large computation that :func:`reuse_freed_memory` kept heap memory for, the
    freed temporaries stay resident; ``malloc_trim(0)`` hands their pages back (the heap
    keeps its layout), so that what comes next (e.g. polars tables, which use their own
    allocator) does not add to them. A no-op (False) where the C library is not glibc.

    Reference: ``malloc_trim(3)``, the GNU C Library manual.

    >>> release_freed_memory() in (True, False)
    True
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    trim(0)
    return True
