"""An input-output table as read from a BPS file: flows, final demand and primary inputs.

:class:`IOTable` is the data-model counterpart of :class:`~rancang.panel.Panel` for
input-output analysis. Readers in :mod:`rancang.sources.bps_io` build it; the methods in
:mod:`rancang.analysis.input_output` work on its arrays.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np

from rancang.core.i18n import Msg, pick


class Note(NamedTuple):
    """A remark shown to the user with the results, in Indonesian and English.

    Made from a catalogue message with :meth:`of` (both languages are kept, so a note can
    be shown in either); ``Note(id, en)`` with the two texts is still accepted.

    >>> n = Note.of("sources.io.note_no_compensation")
    >>> n.text("en")[:34], n.text("id")[:34]
    ('no compensation-of-employees row (', 'tabel tanpa baris kompensasi tenag')
    """

    id: str
    en: str

    @classmethod
    def of(cls, key: str, /, **params: Any) -> Note:
        """The note of catalogue message ``key`` (see :class:`~rancang.core.i18n.Msg`)."""
        msg = Msg(key, **params)
        return cls(msg.render("id"), msg.render("en"))

    def text(self, lang: str | None = None) -> str:
        """The note in ``lang`` (default: the current language)."""
        return pick((self.id, self.en), lang)


@dataclass(frozen=True, eq=False)
class IOTable:
    """A square (industry x industry) input-output table of domestic transactions.

    Parameters
    ----------
    z : ndarray (n, n)
        Domestic intermediate transactions; ``z[i, j]`` = sales of i to j.
    x : ndarray (n,)
        Total output of each sector (the table's total-output column).
    sector_codes, sector_names : tuple of str, length n
        As in the file (``A`` .. ``RSTU`` for the 17-sector table, ``001`` .. for the
        national ones).
    final_demand : ndarray (n, k)
        Final demand columns (household consumption, government, investment, exports...),
        subtotals left out.
    final_demand_codes, final_demand_names : tuple of str, length k
    value_added : ndarray (n,)
        Gross value added (row 2090/209).
    compensation : ndarray (n,) or None
        Compensation of employees (row 2010/201) when the table has it.
    imports_foreign, imports_regional : ndarray (n,) or None
        Imported intermediate inputs from abroad (row 2000/200) and, in provincial tables,
        from other provinces (row 2001).
    household_column : int or None
        Index in ``final_demand`` of household consumption (3011/301).
    title, unit, year, source : description of the file.
    synthetic : bool
        True for tables made by :func:`rancang.sources.bps_io_synthetic.synthetic_io_table`.
    """

    z: np.ndarray
    x: np.ndarray
    sector_codes: tuple[str, ...]
    sector_names: tuple[str, ...]
    final_demand: np.ndarray
    final_demand_codes: tuple[str, ...] = ()
    final_demand_names: tuple[str, ...] = ()
    value_added: np.ndarray | None = None
    compensation: np.ndarray | None = None
    imports_foreign: np.ndarray | None = None
    imports_regional: np.ndarray | None = None
    household_column: int | None = None
    title: str = ""
    unit: str = ""
    year: int | None = None
    source: str = ""
    synthetic: bool = False
    notes: tuple[Note, ...] = field(default=())

    def __post_init__(self) -> None:
        n = len(self.sector_codes)
        z = np.asarray(self.z, dtype=np.float64)
        if z.shape != (n, n) or np.asarray(self.x).shape != (n,):
            raise ValueError(Msg("io.shapes", z=z.shape, x=np.shape(self.x), n=n))

    @property
    def n(self) -> int:
        """Number of sectors."""
        return len(self.sector_codes)

    @property
    def imports(self) -> np.ndarray | None:
        """All imported intermediate inputs (abroad + other regions), or None."""
        parts = [v for v in (self.imports_foreign, self.imports_regional) if v is not None]
        if not parts:
            return None
        return np.sum(parts, axis=0)

    def __repr__(self) -> str:
        tag = ", synthetic" if self.synthetic else ""
        return f"IOTable({self.n} sectors, {self.year or '-'}, {self.unit or '-'}{tag})"
