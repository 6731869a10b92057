"""Output indicators from the government programmes confirmed as serving the plan.

A programme row (``programmes`` feature) carries an output indicator, its unit and the
year's target; once a person has confirmed that the programme serves a target or strategy of
the plan, its indicator is monitored like the plan's own: one *output* indicator per
programme code (and region, when the programme is of another region than the plan's, such
as a province's programme in a regency), in the programme group of its code
(``3.31.02.2.01.0002`` -> ``3.31.02``), serving the plan target it was mapped to, with the
yearly targets of the programme rows. Running it again adds the new years and changes
nothing else; a year's target edited in monitoring is overwritten only by a programme row
of that year (the programme list is the source of the targets).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from rancang.core.actors import Actor


@dataclass
class LinkResult:
    """What one run did."""

    created: int = 0
    years_set: int = 0
    programmes: int = 0


def programme_group(code: str) -> str:
    """The programme a nomenclature code belongs to (urusan, bidang, programme).

    >>> programme_group("3.31.02.2.01.0002"), programme_group("3.31")
    ('3.31.02', '3.31')
    """
    return ".".join(code.split(".")[:3])


def indicators_from_programmes(engine: Engine, actor: Actor, plan_id: int) -> LinkResult:
    """Create or update the output indicators of the programmes confirmed for the plan."""
    from rancang.features.monitoring.indicators import (
        add_indicator,
        list_indicators,
        set_year_target,
    )
    from rancang.features.plan.service import get_plan
    from rancang.features.programmes.service import mapped_outputs

    plan = get_plan(engine, actor, plan_id)
    actor.require("monitoring.write", plan.region_code)
    existing = {i.code: i for i in list_indicators(engine, actor, plan_id)}
    result = LinkResult()
    seen: set[int] = set()
    for (kind, anchor), outputs in sorted(mapped_outputs(engine, actor, plan).items()):
        for o in sorted(outputs, key=lambda o: (o.code, o.region_code, o.year)):
            seen.add(o.programme_id)
            code = o.code if o.region_code == plan.region_code else \
                f"{o.code} ({o.region_code})"
            info = existing.get(code)
            if info is None:
                info = add_indicator(
                    engine, actor, plan_id, code=code, label=o.indicator, unit=o.unit or "-",
                    target_key=anchor if kind == "target" else None,
                    group=programme_group(o.code), indicator="programme_output")
                existing[code] = info
                result.created += 1
            if o.target is not None:
                set_year_target(engine, actor, info.id, o.year, o.target)
                result.years_set += 1
    result.programmes = len(seen)
    return result
