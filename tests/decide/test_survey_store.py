"""The survey store on SQLite and PostgreSQL: region scope, one answer per link even when
two arrive together, the deadline, the XLSX round trip (all or nothing), and the group
weights equal to decide ahp's on the same judgments."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Engine

from rancang.core.actors import Actor, Forbidden, Grant
from rancang.core.db.base import utcnow
from rancang.core.errors import InputError, NotFoundError
from rancang.features.decide.ahp import group_ahp_from_matrices
from rancang.features.decide.survey import (
    Criterion,
    SurveyClosed,
    by_token,
    create_survey,
    form_xlsx,
    get_survey,
    list_surveys,
    matrix_from_upper,
    submit,
    submit_xlsx,
    survey_result,
    upper_of,
)

OWN = Actor(1, "ana", (Grant("analyst", "72.06"),))
OTHER = Actor(2, "far", (Grant("analyst", "72.03"),))
VIEWER = Actor(3, "vi", (Grant("viewer"),))


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    from rancang.core.db import ensure_schema, make_engine

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'decide.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    ensure_schema(engine)
    yield engine
    engine.dispose()


def _survey(engine: Engine, people: int = 3) -> int:
    return create_survey(engine, OWN, region="72.06", title="Uji",
                         criteria=[Criterion("a", "A"), Criterion("b", "B"),
                                   Criterion("c", "C")],
                         participants=[(f"P{k}", "Org") for k in range(people)],
                         deadline=utcnow() + timedelta(hours=1))


def test_scope_and_one_answer(store: Engine) -> None:
    sid = _survey(store)
    assert [s["id"] for s in list_surveys(store, OWN)] == [sid]
    assert list_surveys(store, OTHER) == []
    with pytest.raises(NotFoundError):
        get_survey(store, OTHER, sid)
    with pytest.raises(Forbidden):
        get_survey(store, VIEWER, sid)
    with pytest.raises(Forbidden):
        create_survey(store, OTHER, region="72.06", title="x", criteria=[],
                      participants=[], deadline=utcnow())
    people = get_survey(store, OWN, sid).participants
    # two answers of one link arriving together: one is stored, the other refused
    outcomes: list[str] = []

    def send(values: list[float]) -> None:
        try:
            submit(store, people[0].token, values)
            outcomes.append("stored")
        except SurveyClosed:
            outcomes.append("refused")

    threads = [threading.Thread(target=send, args=([v, 1.0, 1.0],)) for v in (3.0, 5.0)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["refused", "stored"]
    stored = by_token(store, people[0].token)[1]
    assert stored.judgments is not None and stored.judgments[0] in (3.0, 5.0)
    with pytest.raises(NotFoundError):
        by_token(store, "z" * 32)
    # after the deadline nothing more is taken
    with pytest.raises(SurveyClosed):
        submit(store, people[1].token, [1.0, 1.0, 1.0], now=utcnow() + timedelta(hours=2))


def test_xlsx_round_trip_and_group_weights(store: Engine, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    sid = _survey(store)
    survey = get_survey(store, OWN, sid)
    answers = [[3.0, 5.0, 2.0], [1 / 2, 3.0, 4.0], [2.0, 2.0, 1.0]]
    submit(store, survey.participants[0].token, answers[0])
    submit(store, survey.participants[1].token, answers[1])
    path = tmp_path / "p3.xlsx"
    path.write_bytes(form_xlsx(survey, survey.participants[2]))
    wb = load_workbook(path)
    ws = wb["Perbandingan"]
    ws["C5"], ws["D5"], ws["D6"] = "2", "x", "1"
    wb.save(path)
    with pytest.raises(InputError) as err:
        submit_xlsx(store, OWN, sid, survey.participants[2].id, path.read_bytes(), "p3.xlsx")
    assert [(p.sheet, p.row, p.column) for p in err.value.problems] == [("Perbandingan", 5, "D")]
    assert get_survey(store, OWN, sid).participants[2].judgments is None  # nothing stored
    with pytest.raises(NotFoundError):
        submit_xlsx(store, OTHER, sid, survey.participants[2].id, path.read_bytes(), "x.xlsx")
    ws["D5"] = "2"
    wb.save(path)
    submit_xlsx(store, OWN, sid, survey.participants[2].id, path.read_bytes(), "p3.xlsx")
    survey = get_survey(store, OWN, sid)
    assert [p.via for p in survey.participants] == ["web", "web", "xlsx"]
    result = survey_result(survey)
    assert result is not None
    mats = [matrix_from_upper(a, 3) for a in answers]
    expected = group_ahp_from_matrices(("a", "b", "c"), ("P0", "P1", "P2"), mats)
    assert result.aij.tables["priorities"].rows == expected.tables["priorities"].rows
    assert upper_of(mats[2]) == pytest.approx(answers[2])
    # AIP: the normalised geometric mean of the individual eigenvectors
    ind = np.stack([r.weights for r in expected.result.individual])
    g = np.exp(np.log(ind).mean(axis=0))
    got = [float(w) for _, w in result.aip.tables["priorities"].rows]
    assert got == pytest.approx(g / g.sum(), abs=1e-6)


def test_bad_survey_named(store: Engine) -> None:
    with pytest.raises(InputError) as err:
        create_survey(store, OWN, region="72.06", title="",
                      criteria=[Criterion("=a", "A"), Criterion("b", "B"),
                                Criterion("b", "B2")],
                      participants=[("", "Org")], deadline=utcnow() - timedelta(days=1))
    found = {(p.column, p.row, p.message.key if hasattr(p.message, "key") else "")
             for p in err.value.problems}
    assert ("title", None, "decide.survey.required") in found
    assert ("criteria", 1, "decide.survey.bad_code") in found
    assert ("criteria", 3, "decide.survey.twice") in found
    assert ("participants", 1, "decide.survey.required") in found
    assert ("deadline", None, "decide.survey.past_deadline") in found
