"""Links to the programme pages from other features' pages (the plan, a region's
monitoring dashboard), through the templates' globals: a page shows them only when this
feature is installed (``{% if programme_links is defined %}``)."""

from __future__ import annotations

import re

from rancang.core.actors import Actor

_REGION = re.compile(r"\d{2}(\.\d{2})?")


def programme_links(actor: Actor | None, region: str,
                    plan_id: int | None = None) -> list[tuple[str, str]]:
    """``(href, catalogue key)`` of the programme pages of ``region`` the actor may open:
    its programmes, the province's synchronisation report and, for a plan, the review
    of its mappings.

    >>> from rancang.core.actors import Grant
    >>> a = Actor(1, "a", (Grant("analyst", "72.06"),))
    >>> [h for h, _ in programme_links(a, "72.06", 5)]
    ['/programmes?region=72.06', '/programmes/sync?province=72', '/programmes/plans/5']
    >>> programme_links(a, "72.03", 6), programme_links(None, "72.06")
    ([], [])
    """
    if actor is None or _REGION.fullmatch(region) is None \
            or not actor.can("programmes.read", region):
        return []
    out = [(f"/programmes?region={region}", "programmes.page.title"),
           (f"/programmes/sync?province={region[:2]}", "programmes.page.sync")]
    if plan_id is not None:
        out.append((f"/programmes/plans/{int(plan_id)}", "programmes.page.review"))
    return out


TEMPLATE_GLOBALS = {"programme_links": programme_links}
