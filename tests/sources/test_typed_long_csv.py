"""A plain long CSV is read with year and value as numbers at once (issue 11 §2): the same
panel, notes and messages as the text reading, which every other file keeps."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rancang.sources.long as long
from rancang.core.errors import InputError
from rancang.sources import read_panel
from rancang.sources.csv_text import read_csv_text

HEADER = "region_code,industry_code,year,value\n"


def _both(path: Path, **kw: object):
    """(typed reading, text reading) of one file: panels or the problems they raise."""
    def one() -> object:
        try:
            p = read_panel(path, **kw)  # type: ignore[arg-type]
        except InputError as exc:
            return [(p.text("en"), p.row, p.column) for p in exc.problems]
        return (p.region_codes, p.industry_codes, p.years, p.values.tobytes(),
                [str(n) for n in p.notes], p.references is None)

    typed = one()
    with pytest.MonkeyPatch.context() as m:
        m.setattr(long, "LONG_NUMBERS", None)  # the text reading only
        text = one()
    return typed, text


CELLS = st.one_of(
    st.floats(min_value=0, max_value=1e12, allow_nan=False).map(repr),
    st.integers(min_value=0, max_value=10**9).map(str),
    st.sampled_from(["1.602", "1,602", "0.5", ".5", "5.", "1e5", "+3", "00012.50", " 7",
                     "inf", "nan", "", "x", "-2", "1.234,5", "1,234.5", "#REF!", "1e400"]),
)


@settings(max_examples=60, deadline=None)
@given(cells=st.lists(CELLS, min_size=4, max_size=4),
       year=st.sampled_from(["2020", "2020.0", " 2020", "+2020", "x"]),
       sep=st.sampled_from([",", ";", "\t"]))
def test_same_panel_or_problems_as_the_text_reading(tmp_path_factory, cells, year,
                                                    sep) -> None:
    path = tmp_path_factory.mktemp("typed") / "long.csv"
    rows = [HEADER.strip().replace(",", sep)]
    for k, (r, i) in enumerate([("7201", "A"), ("7201", "B"), ("7202", "A"), ("7202", "B")]):
        cell = f'"{cells[k]}"' if sep in cells[k] else cells[k]
        rows.append(sep.join([r, i, year, cell]))
    path.write_text("\n".join(rows) + "\n")
    typed, text = _both(path)
    assert typed == text


def test_plain_file_is_read_typed(tmp_path: Path) -> None:
    """The fast reading is taken for a plain file (a planted fallback would fail here)."""
    path = tmp_path / "long.csv"
    path.write_text(HEADER + "7201,A,2020,1.5\n7201,B,2020,2\n7202,A,2020,3\n7202,B,2020,4\n")
    frame, fmt = read_csv_text(path, ["value"], typed=long.LONG_NUMBERS)
    assert frame.schema["value"] == pl.Float64 and frame.schema["year"] == pl.Int64
    assert (fmt.separator, fmt.decimal, fmt.decimal_detected) == (",", ".", True)
    semi = tmp_path / "semi.csv"
    semi.write_text("region_code;industry_code;year;value\n7201;A;2020;1,5\n")
    frame, fmt = read_csv_text(semi, ["value"], typed=long.LONG_NUMBERS)
    assert frame.schema["value"] == pl.String and fmt.decimal == ","  # text, as before


@pytest.mark.parametrize("body", [
    "7201,A,2020,1.5\n7201,B,2020,\n7202,A,2020,3\n7202,B,2020,4\n",         # blank
    "7201,A,2020,1.5\n7201,B,2020,inf\n7202,A,2020,3\n7202,B,2020,4\n",      # non-finite
    "7201,A,2020,1.5\n7201,B,2020,-2\n7202,A,2020,3\n7202,B,2020,4\n",       # negative
    "7201,A,2020,1.5\n7201,A,2020,2\n7202,A,2020,3\n7202,B,2020,4\n",        # duplicate
    '7201,A,2020,"1,5"\n7201,B,2020,2\n7202,A,2020,3\n7202,B,2020,4\n',      # decimal comma
    "7201,A,2020.5,1\n7201,B,2020,2\n7202,A,2020,3\n7202,B,2020,4\n",        # year
])
def test_messages_name_the_same_row_and_column(tmp_path: Path, body: str) -> None:
    path = tmp_path / "long.csv"
    path.write_text(HEADER + body)
    typed, text = _both(path)
    assert typed == text


def test_a_large_file_gives_the_text_readings_numbers(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    n_r, n_i = 40, 30
    frame = pl.DataFrame({
        "region_code": np.repeat([f"R{k:03d}" for k in range(n_r)], n_i),
        "industry_code": np.tile([f"I{k:02d}" for k in range(n_i)], n_r),
        "year": 2020, "value": rng.lognormal(3, 2, n_r * n_i)})
    path = tmp_path / "long.csv"
    frame.write_csv(path)
    typed, text = _both(path, missing="zero")
    assert typed == text and not isinstance(typed, list)


def test_the_catalogue_does_not_import_scipy() -> None:
    """The message catalogue reads rancang.analysis.words; the package imports its SciPy
    modules on first use only (rancang complexity imports them beside its reading)."""
    code = ("import sys\nfrom rancang.core.i18n import text\ntext('complexity.step.reading')\n"
            "print('scipy' in sys.modules)\n"
            "import rancang.analysis.opportunities\n"
            "from rancang.analysis import opportunities, economic_complexity\n"
            "import rancang.analysis as a\n"
            "print(callable(opportunities), a.opportunities is opportunities,"
            " 'scipy' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "True", "True", "True"]
