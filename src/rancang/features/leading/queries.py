"""Dashboard analyses: :func:`rancang.features.leading.run_analysis` with a per-process cache.

The page, its htmx fragments, the downloads and the JSON API all call :func:`analyse`, so
they show the same numbers. Results are cached per (dataset stamp, region, reference,
period, weights). A stored dataset never changes, and its stamp (id and creation time,
:func:`rancang.features.datasets.dataset_stamp`) is never reused, so a result computed
from a deleted dataset is never served for the one that later gets its id, in this worker or
any other.
"""

from __future__ import annotations

import io
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
from sqlalchemy import Engine

from rancang.analysis.ranking import DEFAULT_WEIGHTS
from rancang.comparison import ALL_REGIONS, default_reference
from rancang.core.cells import safe_frame
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg, render_text, text
from rancang.features.datasets import DatasetInfo, dataset_stamp, load_panel
from rancang.features.leading import AnalysisOptions, AnalysisResult, run_analysis
from rancang.features.leading.export import (
    SHEET_TITLES,
    download_notes,
    download_sheet,
    download_title,
)
from rancang.features.leading.service import TABLE_NAMES
from rancang.panel import Panel

#: Analyses kept per worker: one region's result is a few small tables (~20 kB), so 2,048
#: cover every regency of Indonesia with and without a custom weighting.
CACHE_SIZE = 2048
#: Rendered dashboards kept per worker (~120 kB of HTML each).
CONTENT_CACHE_SIZE = 512


@dataclass(frozen=True)
class AnalysisQuery:
    """What one dashboard shows: dataset, region, reference economy, period, weights."""

    dataset_id: int
    region: str
    reference: str | None = None
    start: int | None = None
    end: int | None = None
    weights: tuple[tuple[str, float], ...] = field(default_factory=tuple)

    @staticmethod
    def make(
        dataset_id: int, region: str, *, reference: str | None = None,
        start: int | None = None, end: int | None = None,
        weights: Mapping[str, float] | None = None,
    ) -> AnalysisQuery:
        """Normalise the weights (criteria in the default order, zero weights kept)."""
        w = tuple((k, float(weights[k])) for k in DEFAULT_WEIGHTS if weights and k in weights)
        return AnalysisQuery(dataset_id, region, reference or None, start, end, w)


class _Lru:
    """A small thread-safe LRU cache keyed by tuples that contain an AnalysisQuery."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.data: OrderedDict[tuple[object, ...], Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple[object, ...]) -> Any:
        with self.lock:
            hit = self.data.get(key)
            if hit is not None:
                self.data.move_to_end(key)
            return hit

    def drop(self, dataset_id: int) -> None:
        """Forget every entry of ``dataset_id`` (a part of the key is its query)."""
        with self.lock:
            for key in [k for k in self.data
                        if any(getattr(part, "dataset_id", None) == dataset_id for part in k)]:
                del self.data[key]

    def put(self, key: tuple[object, ...], value: Any) -> None:
        with self.lock:
            self.data[key] = value
            self.data.move_to_end(key)
            while len(self.data) > self.size:
                self.data.popitem(last=False)


_CACHE = _Lru(CACHE_SIZE)
#: Rendered dashboard content per (engine, dataset stamp, query, language, URL query).
CONTENT_CACHE = _Lru(CONTENT_CACHE_SIZE)


def forget_dataset(dataset_id: int) -> None:
    """Drop this process's cached results of a dataset (call after deleting it; other
    processes never serve them either, as the stamp in the key no longer matches)."""
    _CACHE.drop(int(dataset_id))
    CONTENT_CACHE.drop(int(dataset_id))


def region_code_in(panel: Panel, code: str) -> str:
    """The panel's own code for ``code`` (BPS or Kemendagri form)."""
    from rancang.features.datasets.service import kemendagri_code

    if panel.has_region(code):
        return panel.region_codes[panel.region_index(code)]
    for c in panel.region_codes:
        if kemendagri_code(c) == code:
            return c
    raise NotFoundError("datasets.region_not_found", code=code)


def reference_choices(panel: Panel, region: str, lang: str | None = None
                      ) -> list[tuple[str, str]]:
    """(code, label) of the reference economies offered for ``region`` (the default of
    :mod:`rancang.comparison` first), labelled in ``lang``: a region's label starts with
    its code; the sum of all regions has a label only."""
    from rancang.comparison import ALL_REGIONS
    from rancang.comparison import reference_choices as choices

    return [(code, render_text(label, lang) if code == ALL_REGIONS
             else f"{code} {render_text(label, lang)}") for code, label in choices(panel, region)]


def analyse(engine: Engine, query: AnalysisQuery, *,
            info: DatasetInfo | None = None) -> AnalysisResult:
    """The analysis of one region (cached).

    The default reference is the rule of :mod:`rancang.comparison` (the region's province
    row when the dataset has it, else the sum of all regions), as in the CLI, the map and
    the downloads. With a reference row only the region itself is analysed (each
    region's ranking is normalised across its own industries, so the result is the same as
    for the whole panel); with ``all`` the whole panel is the reference.

    ``info``, the dataset as the request already read it, spares reading its row again.
    """
    stamp = info.stamp if info is not None else dataset_stamp(engine, query.dataset_id)
    key = (id(engine), stamp, query)
    hit = _CACHE.get(key)
    if hit is not None:
        return hit
    panel = load_panel(engine, info if info is not None else query.dataset_id)
    region = region_code_in(panel, query.region)
    reference = query.reference or default_reference(panel, region)
    weights = dict(query.weights) or None
    if weights is not None and sum(weights.values()) <= 0:
        raise InputError(Problem(Msg("leading.weights_zero"), column="weights"))
    if reference == ALL_REGIONS:
        opts = AnalysisOptions(regions=[region], start=query.start, end=query.end,
                               weights=weights)
        result = run_analysis(panel, opts)
    else:
        if panel.references is None or not panel.references.has_region(reference):
            raise NotFoundError("leading.reference_not_found", code=reference)
        opts = AnalysisOptions(regions=[region], reference=reference, start=query.start,
                               end=query.end, weights=weights)
        result = run_analysis(panel.select_regions([region]), opts)
    _CACHE.put(key, result)
    return result


def table_bytes(result: AnalysisResult, name: str, fmt: str, *,
                lang: str | None = None, csv_locale: str = "en") -> bytes:
    """One result table (an analysis table or one of the PDRB tables of
    :data:`rancang.features.leading.dashboard.PDRB_TABLES`) as CSV (machine column names;
    ``csv_locale="id"``: ``;`` and decimal comma for an Indonesian Excel) or XLSX (people's
    headers, in ``lang``, default: the current language; a title line naming the table,
    region and period, names beside codes, percent, rank and rupiah formats and the notes
    in sentences: :func:`rancang.features.leading.export.download_sheet`)."""
    from rancang.features.leading.dashboard import PDRB_TABLES, pdrb_tables

    if name in PDRB_TABLES:
        frame: pl.DataFrame = pdrb_tables(result, lang)[name]
        title = text(PDRB_TABLES[name], lang)
    elif name in result.left_out:  # years with gaps: the table needs every year
        raise InputError(Problem(Msg("leading.gap_table", table=name, years=", ".join(
            map(str, result.panel.years))), column="year"))
    elif name in TABLE_NAMES:
        frame, title = result.tables[name], text(SHEET_TITLES[name], lang)
    else:
        raise NotFoundError("leading.no_table", name=name)
    if fmt == "csv":
        from rancang.sources.writers import CSV_LOCALES, write_csv_locale

        if csv_locale not in CSV_LOCALES:
            raise NotFoundError("leading.no_format", fmt=f"csv ({csv_locale})")
        buf = io.BytesIO()
        write_csv_locale(safe_frame(frame), buf, csv_locale)
        return buf.getvalue()
    if fmt != "xlsx":
        raise NotFoundError("leading.no_format", fmt=fmt)
    from rancang.sources.writers import write_workbook

    sheet, headers, formats = download_sheet(result, name, frame, lang)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.xlsx"
        write_workbook(path, {title: sheet}, about=download_notes(result, lang),
                       lang=lang, synthetic=result.panel.synthetic, headers=headers,
                       titles={title: download_title(result, title, lang)}, formats=formats)
        return path.read_bytes()
