"""What a programme can be mapped to in a plan: its targets and its strategies.

The plan keeps its targets (sasaran) as rows (:class:`~rancang.features.plan.models.PlanTarget`)
but its strategies only as text sections of the outline. A *strategy* here is therefore an
outline section of the strategy chapter (keys starting ``visi.strategi``) or of the
programme groups of chapter IV (keys starting ``program.``: leading industries, zoning,
resources, facilities, empowerment, the four groups of Perda Sulteng 6/2018), addressed by
its stable section key. Their titles and any text the team wrote feed the suggestions.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from rancang.core.i18n import text
from rancang.features.plan.document import placeholder_values
from rancang.features.plan.outline import fill, sections
from rancang.features.plan.service import PlanInfo
from rancang.features.plan.store import stored_sections
from rancang.features.plan.targets import INDICATORS, stored_targets

KINDS = ("target", "strategy")
STRATEGY_PREFIXES = ("visi.strategi", "program.")


@dataclass(frozen=True)
class Anchor:
    """A target or strategy of a plan: ``kind``, its key, label and words to match."""

    plan_id: int
    kind: str
    key: str
    label: str
    words: str


def is_strategy(key: str) -> bool:
    """An outline section that counts as a strategy.

    >>> [is_strategy(k) for k in ("visi.strategi", "program.unggulan", "kondisi.industri")]
    [True, True, False]
    """
    return any(key == p or key.startswith(p) for p in STRATEGY_PREFIXES)


def plan_anchors(engine: Engine, plan: PlanInfo, lang: str | None = None) -> list[Anchor]:
    """The plan's targets (in order) then its strategies (in outline order)."""
    out: list[Anchor] = []
    for t in stored_targets(engine, plan):
        # a known indicator is named in the report's language; a custom one by its label
        known = t.indicator in INDICATORS and t.indicator != "custom"
        name = text(f"plan.ind.{t.indicator}", lang) if known else ""
        label = name or t.label or t.key
        out.append(Anchor(plan.id, "target", t.key, label, f"{t.label} {name} {t.unit}"))
    stored = stored_sections(engine, plan.id)
    values = placeholder_values({"plan": {
        "region_name": plan.region_name, "region_code": plan.region_code, "level": plan.level,
        "start_year": plan.start_year, "end_year": plan.end_year}}, lang or "id")
    for spec in sections(plan.outline):
        if not is_strategy(spec.key):
            continue
        title = fill(spec.title, values, lang)
        row = stored.get(spec.key)
        authored = (row["authored"] or "") if row is not None else ""
        both = f"{spec.title[0]} {spec.title[1]}"
        out.append(Anchor(plan.id, "strategy", spec.key, f"{spec.number} {title}",
                          f"{both} {authored}"))
    return out
