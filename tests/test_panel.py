import numpy as np
import pandas as pd
import polars as pl
import pytest

from rancang import InputError, Panel

# the assertions read the English messages
pytestmark = pytest.mark.usefixtures("english")


def _long():
    rows = []
    for r in ("7201", "7202"):
        for i in ("A", "C"):
            for y in (2019, 2020):
                rows.append((r, i, y, float(len(rows) + 1)))
    schema = ["region_code", "industry_code", "year", "value"]
    return pl.DataFrame(rows, schema=schema, orient="row")


def test_from_long_round_trip():
    df = _long()
    p = Panel.from_long(df)
    assert p.shape == (2, 2, 2)
    assert p.values[1, 1, 1] == 8.0
    back = p.to_long().select("region_code", "industry_code", "year", "value")
    assert back.sort(["region_code", "industry_code", "year"]).equals(
        df.sort(["region_code", "industry_code", "year"])
    )


def test_from_pandas_same_as_polars():
    a = Panel.from_long(_long())
    b = Panel.from_long(pd.DataFrame(_long().to_dict(as_series=False)))
    np.testing.assert_array_equal(a.values, b.values)


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (lambda d: d.drop("value"), "missing column"),
        (lambda d: pl.concat([d, d.head(1)]), "duplicate"),
        (lambda d: d.with_columns(value=pl.when(pl.col("year") == 2020).then(-1.0)
                                  .otherwise(pl.col("value"))), "negative"),
        (lambda d: d.filter(~((pl.col("region_code") == "7202") & (pl.col("year") == 2020))),
         "no value"),
        (lambda d: d.with_columns(value=pl.col("value").cast(pl.String).replace("3.0", "x")),
         "not a number"),
    ],
)
def test_bad_long_tables_are_refused(mutate, needle):
    with pytest.raises(InputError) as exc:
        Panel.from_long(mutate(_long()), source="x.csv")
    assert needle in str(exc.value)
    assert "x.csv" in str(exc.value)


def test_select_years_and_reference():
    p = Panel.from_long(_long())
    q = p.select_years(2020, 2020)
    assert q.years == (2020,)
    np.testing.assert_array_equal(p.reference_vector(None), p.values.sum(axis=0))
    np.testing.assert_array_equal(p.reference_vector("7202"), p.values[1])
    with pytest.raises(InputError):
        p.reference_vector("9999")
