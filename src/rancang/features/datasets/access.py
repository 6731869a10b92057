"""Who may open a stored dataset.

A dataset is visible to everyone who may read datasets once an administrator publishes
it; until then only to its uploader, to actors who may read the private datasets of its
region (the analysts of the region it was uploaded for) and to administrators.
"""

from __future__ import annotations

from rancang.core.actors import Actor
from rancang.features.datasets.service import DatasetInfo


def can_see_dataset(actor: Actor, info: DatasetInfo) -> bool:
    """May open this dataset (see the module's rule).

    >>> from datetime import datetime
    >>> from rancang.core.actors import Grant
    >>> info = DatasetInfo(1, "x", "pdrb", "", False, 2020, 2021, 3, datetime(2026, 1, 1),
    ...                    "ana", (), published=False, region_code="72.06")
    >>> own = Actor(1, "other", (Grant("analyst", "72.06"),))
    >>> far = Actor(2, "far", (Grant("analyst", "72.03"),))
    >>> can_see_dataset(own, info), can_see_dataset(far, info)
    (True, False)
    """
    if not actor.can("datasets.read"):
        return False
    if info.published or actor.is_admin or (info.created_by
                                            and info.created_by == actor.username):
        return True
    return bool(info.region_code) and actor.can("datasets.private.read", info.region_code)
