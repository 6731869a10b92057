"""Stored panels (datasets): PDRB and other region x industry x year tables in the database.

The web application serves every regency of an uploaded BPS file from here; the analysis
itself is :func:`rancang.features.leading.run_analysis` on the :class:`~rancang.Panel` rebuilt from
these rows.
"""

from rancang.features.datasets.service import (
    DatasetInfo,
    dataset_stamp,
    delete_dataset,
    get_dataset,
    list_datasets,
    load_panel,
    save_panel,
    set_default,
    set_published,
)

__all__ = [
    "DatasetInfo",
    "dataset_stamp",
    "delete_dataset",
    "get_dataset",
    "list_datasets",
    "load_panel",
    "save_panel",
    "set_default",
    "set_published",
]
