"""What the survey page and the survey API show: the participants with their links and
consistency, and the group's weights by AIJ and AIP, as the CSV tables of ``decide ahp``
write them (the same strings, so the page, the API and the CLI agree to the digit)."""

from __future__ import annotations

import functools
from typing import Any

from rancang.features.decide.survey import (
    SurveyView,
    participant_label,
    survey_result,
)


@functools.lru_cache(maxsize=128)
def survey_numbers(survey: SurveyView) -> dict[str, Any]:
    """Group weights (AIJ, AIP), each answering participant's consistency and judgment to
    revisit, and the group matrix's CR; empty before any answer.

    Cached by the survey's whole content (a frozen value: a new answer is a new key), so
    the page and the API compute a survey once per change."""
    result = survey_result(survey)
    if result is None:
        return {"weights": [], "consistency": {}, "group_cr": None}
    aij, aip = result.aij.tables["priorities"].rows, result.aip.tables["priorities"].rows
    labels = {c.code: c.label for c in survey.criteria}
    weights = [{"criterion": code, "label": labels[str(code)], "aij": w1, "aip": w2}
               for (code, w1), (_, w2) in zip(aij, aip, strict=True)]
    consistency: dict[str, dict[str, Any]] = {}
    rows = result.aij.tables["consistency"].records()
    group_cr = None
    answered = [participant_label(q) for q in survey.submitted]
    for q, row in zip(survey.submitted, rows, strict=False):
        consistency[str(q.id)] = {"cr": row["cr"], "lambda_max": row["lambda_max"],
                                  "worst": row["worst_judgment"]}
    for row in rows[len(answered):]:
        group_cr = row["cr"]
    return {"weights": weights, "consistency": consistency, "group_cr": group_cr}


def survey_context(survey: SurveyView, base_url: str) -> dict[str, Any]:
    """The survey page's context."""
    return {"survey": survey, "closed": survey.closed(), **survey_numbers(survey),
            "links": {q.id: f"{base_url}/survey/{q.token}" for q in survey.participants}}


def survey_payload(survey: SurveyView) -> dict[str, Any]:
    """The survey as the API answers it (no tokens: the links are the analyst's page's)."""
    numbers = survey_numbers(survey)
    return {
        "id": survey.id, "title": survey.title, "region_code": survey.region_code,
        "deadline": survey.deadline.isoformat(timespec="minutes"),
        "closed": survey.closed(), "synthetic": survey.synthetic,
        "criteria": [{"code": c.code, "label": c.label, "explanation": c.explanation}
                     for c in survey.criteria],
        "alternatives": list(survey.alternatives),
        "participants": [{
            "id": q.id, "name": q.name, "organisation": q.organisation,
            "submitted": q.submitted_at is not None, "via": q.via,
            "cr": numbers["consistency"].get(str(q.id), {}).get("cr"),
        } for q in survey.participants],
        "weights": {"aij": {w["criterion"]: w["aij"] for w in numbers["weights"]},
                    "aip": {w["criterion"]: w["aip"] for w in numbers["weights"]}},
        "group_cr": numbers["group_cr"],
    }
