"""CSV downloads of the pages: one table, plain (``,`` and a decimal point) or, with
``?csv_locale=id``, for an Indonesian Excel (``;``, a decimal comma and a UTF-8 byte-order
mark; :func:`rancang.sources.writers.write_csv_locale`)."""

from __future__ import annotations

import io

import polars as pl
from fastapi.responses import Response

from rancang.core.cells import safe_frame
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.sources.writers import CSV_LOCALES, write_csv_locale


def check_csv_locale(csv_locale: str) -> str:
    """``csv_locale`` if it is one of :data:`CSV_LOCALES`, else a clear 422.

    >>> check_csv_locale("id")
    'id'
    """
    if csv_locale not in CSV_LOCALES:
        raise InputError(Problem(Msg("web.csv_locale", value=csv_locale[:20],
                                     choices=", ".join(CSV_LOCALES)), column="csv_locale"))
    return csv_locale


def csv_filename(stem: str, csv_locale: str) -> str:
    """The file name of a CSV download; the Indonesian dialect says so (``_id``).

    >>> csv_filename("multipliers_1", "id"), csv_filename("multipliers_1", "en")
    ('multipliers_1_id.csv', 'multipliers_1.csv')
    """
    return f"{stem}_id.csv" if csv_locale == "id" else f"{stem}.csv"


def csv_download(frame: pl.DataFrame, stem: str, csv_locale: str = "en") -> Response:
    """``frame`` as a CSV attachment named after ``stem`` in the dialect ``csv_locale``
    (text cells never start a formula: :func:`rancang.core.cells.safe_frame`)."""
    buffer = io.BytesIO()
    write_csv_locale(safe_frame(frame), buffer, check_csv_locale(csv_locale))
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="{csv_filename(stem, csv_locale)}"'})
