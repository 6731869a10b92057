"""Reading the input of a complexity analysis, apart from the computation.

This module imports no SciPy (nor :mod:`rancang.features.complexity.service`), so that
``rancang complexity`` can read its files while the computation's libraries are imported
on another thread (:func:`read_beside_imports`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from rancang.core.i18n import text

if TYPE_CHECKING:
    from rancang.panel import Panel
    from rancang.sources.checks import TotalCheck


def read_complexity_panel(
    inputs: Sequence[Path], *, progress: Callable[[str], None] | None = None,
    missing: str = "zero",
) -> tuple[Panel, list[TotalCheck]]:
    """The panel of ``inputs`` as :func:`~rancang.features.complexity.service.
    complexity_from_files` reads it (any layout; gaps in the years allowed; ``missing``
    cells zero or refused; control characters in names refused), and the total checks of
    its BPS files."""
    from rancang.core.text import refuse_control_names
    from rancang.sources import read_panel_checked

    step = progress or (lambda _msg: None)
    step(text("complexity.step.reading"))
    panel, checks = read_panel_checked(list(inputs), allow_gaps=True, missing=missing)
    refuse_control_names(panel, inputs)
    return panel, list(checks)


def read_beside_imports(
    inputs: Sequence[Path], modules: Sequence[str], *,
    progress: Callable[[str], None] | None = None, missing: str = "zero",
) -> tuple[Panel, list[TotalCheck]]:
    """:func:`read_complexity_panel`, while ``modules`` (the computation's: SciPy, about a
    third of a second to a second of a command's start) are imported on a second thread.

    The reading's own modules (Polars, NumPy, the readers) and the message catalogue are
    loaded first, on this thread, so that the two threads never wait on each other's
    imports; the reader's Polars work lets go of the interpreter lock, and the imports run
    meanwhile. An import error surfaces here, after the reading.

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "x.csv"
    >>> _ = f.write_text("region_code,industry_code,year,value\\nA,x,2020,1\\nB,x,2020,2\\n")
    >>> panel, _ = read_beside_imports([f], ["json"])
    >>> panel.region_codes
    ('A', 'B')
    """
    import rancang.sources.reading  # noqa: F401  (Polars, NumPy, the readers, here first)

    text("complexity.step.reading")  # the catalogue loaded here, not on both threads
    with ThreadPoolExecutor(max_workers=1) as pool:
        imported = [pool.submit(import_module, name) for name in modules]
        panel_checks = read_complexity_panel(inputs, progress=progress, missing=missing)
        for done in imported:
            done.result()
    return panel_checks
