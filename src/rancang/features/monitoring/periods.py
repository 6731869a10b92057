"""Reporting periods: a year (``2026``), a semester (``2026-S1``) or a quarter
(``2026-Q3``)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_PERIOD = re.compile(r"^(\d{4})(?:-(S[12]|Q[1-4]|TW[1-4]))?$")


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period; ``part`` is ``""`` (the year), ``S1``/``S2`` or ``Q1``..``Q4``."""

    year: int
    part: str = ""

    @property
    def code(self) -> str:
        return f"{self.year}-{self.part}" if self.part else str(self.year)

    @property
    def last_month(self) -> int:
        """The last month the period covers.

        >>> [parse_period(p).last_month for p in ("2026", "2026-S1", "2026-Q3")]
        [12, 6, 9]
        """
        if not self.part:
            return 12
        n = int(self.part[-1])
        return 6 * n if self.part.startswith("S") else 3 * n

    def covers(self, other: Period) -> bool:
        """This period ends at or after ``other`` in the same year (the semester report
        S1 covers Q1 and Q2).

        >>> parse_period("2026-S1").covers(parse_period("2026-Q2"))
        True
        >>> parse_period("2026-S1").covers(parse_period("2026-Q3"))
        False
        """
        return self.year == other.year and other.last_month <= self.last_month


@functools.lru_cache(maxsize=4096)
def parse_period(value: str) -> Period:
    """A period from its code (``TW3``, the Indonesian *triwulan*, reads as ``Q3``);
    ``ValueError`` when it is none.

    >>> parse_period(" 2026-s1 "), parse_period("2026-TW3").code, parse_period("2026").code
    (Period(year=2026, part='S1'), '2026-Q3', '2026')
    >>> parse_period("2026-S3")
    Traceback (most recent call last):
    ValueError: 2026-S3
    """
    found = _PERIOD.match(str(value).strip().upper())
    if found is None or not 1990 <= int(found.group(1)) <= 2100:
        raise ValueError(value)
    part = found.group(2) or ""
    if part.startswith("TW"):
        part = "Q" + part[2:]
    return Period(int(found.group(1)), part)


def is_period(value: str) -> bool:
    """True when ``value`` is a period code.

    >>> is_period("2026-Q4"), is_period("2026-13")
    (True, False)
    """
    try:
        parse_period(value)
    except ValueError:
        return False
    return True
