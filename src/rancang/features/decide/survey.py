"""AHP surveys: an analyst asks stakeholders for their pairwise comparisons.

The analyst creates a survey (criteria with explanations, optional alternatives,
participants with their organisation, a deadline) for a region of their own. Every
participant gets a personal link holding an unguessable token (``secrets.token_urlsafe``,
192 bits): no account is needed, one submission is accepted per link, none after the
deadline. A participant answers on the web form or on the XLSX form the analyst downloads
for them and uploads back (read by :func:`rancang.sources.ahp_forms.read_form`, all or
nothing). The group's weights are computed by
:func:`rancang.features.decide.ahp.group_ahp_from_matrices`, the function behind
``rancang decide ahp``, so the page, the API and the CLI show the same numbers.

Judgments are stored as the upper triangle of the matrix, row by row: ``a_01, a_02, ...,
a_12, ...`` where ``a_ij`` says how much more important criterion ``i`` is than ``j``.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Engine, func, insert, select, update

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.db.scope import in_scope
from rancang.core.errors import InputError, NotFoundError, Problem, RancangError
from rancang.core.i18n import Msg
from rancang.core.text import text_problem
from rancang.features.decide.ahp import AhpGroupResult, AhpOptions, group_ahp_from_matrices
from rancang.features.decide.models import AhpParticipant, AhpSurvey

READ = "decide.survey.read"
WRITE = "decide.survey.write"
#: Most criteria a survey may have: the random-index table's size (Saaty advises 7 to 9).
MOST_CRITERIA = 15
MOST_PARTICIPANTS = 200


class SurveyClosed(RancangError):
    """A submission the survey no longer accepts (deadline passed, link already used)."""

    status = 409


@dataclass(frozen=True)
class Criterion:
    """A criterion of a survey: its code (as on the XLSX form), name and explanation."""

    code: str
    label: str
    explanation: str = ""


@dataclass(frozen=True)
class ParticipantView:
    """A participant as the analyst sees them (the token makes their link)."""

    id: int
    position: int
    name: str
    organisation: str
    token: str
    submitted_at: datetime | None
    via: str | None
    judgments: tuple[float, ...] | None


@dataclass(frozen=True)
class SurveyView:
    """A survey with its participants."""

    id: int
    region_code: str
    title: str
    criteria: tuple[Criterion, ...]
    alternatives: tuple[str, ...]
    deadline: datetime
    synthetic: bool
    created_by: str
    participants: tuple[ParticipantView, ...] = field(default=())

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.criteria)

    @property
    def submitted(self) -> tuple[ParticipantView, ...]:
        return tuple(p for p in self.participants if p.judgments is not None)

    def closed(self, now: datetime | None = None) -> bool:
        """The deadline has passed."""
        return (now or utcnow()) > self.deadline


def pairs(n: int) -> list[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, in the order judgments are stored.

    >>> pairs(3)
    [(0, 1), (0, 2), (1, 2)]
    """
    return [(i, j) for i in range(n) for j in range(i + 1, n)]


def matrix_from_upper(values: Sequence[float], n: int) -> NDArray[np.float64]:
    """The reciprocal matrix of the stored upper triangle.

    >>> matrix_from_upper([3.0, 5.0, 2.0], 3).round(3).tolist()
    [[1.0, 3.0, 5.0], [0.333, 1.0, 2.0], [0.2, 0.5, 1.0]]
    """
    a = np.ones((n, n))
    for v, (i, j) in zip(values, pairs(n), strict=True):
        a[i, j], a[j, i] = float(v), 1.0 / float(v)
    return a


def upper_of(matrix: Any) -> list[float]:
    """The upper triangle of a matrix, row by row (what is stored)."""
    a = np.asarray(matrix, dtype=float)
    return [float(a[i, j]) for i, j in pairs(a.shape[0])]


def _text(value: str, column: str, problems: list[Problem], *, row: int | None = None,
          most: int = 200) -> str:
    v = value.strip()
    found = text_problem(v, max_length=most)
    if found is not None:
        problems.append(Problem(found, row=row, column=column))
    return v


def parse_lines(text: str) -> list[list[str]]:
    """Lines of a text area, each split at ``|`` (blank lines dropped).

    >>> parse_lines("slq | LQ | share\\n\\n growth ")
    [['slq', 'LQ', 'share'], ['growth']]
    """
    return [[part.strip() for part in line.split("|")] for line in text.splitlines()
            if line.strip()]


def create_survey(engine: Engine, actor: Actor, *, region: str, title: str,
                  criteria: Sequence[Criterion], participants: Sequence[tuple[str, str]],
                  deadline: datetime, alternatives: Sequence[str] = (),
                  synthetic: bool = False) -> int:
    """Store a new survey of ``region`` and a token per participant; returns its id.

    Every problem (no title, fewer than two criteria, a criterion code twice or starting
    a formula, no participant, a deadline already past) is an :class:`InputError` naming
    the field and the line.
    """
    from rancang.core.cells import safe_cell

    actor.require(WRITE, region)
    problems: list[Problem] = []
    title = _text(title, "title", problems, most=300)
    if not title:
        problems.append(Problem(Msg("decide.survey.required"), column="title"))
    seen: set[str] = set()
    for k, c in enumerate(criteria, start=1):
        code = _text(c.code, "criteria", problems, row=k, most=40)
        _text(c.label, "criteria", problems, row=k)
        _text(c.explanation, "criteria", problems, row=k, most=1000)
        if not code or safe_cell(code) != code or "|" in code:
            problems.append(Problem(Msg("decide.survey.bad_code", code=code), row=k,
                                    column="criteria"))
        elif code in seen:
            problems.append(Problem(Msg("decide.survey.twice", code=code), row=k,
                                    column="criteria"))
        seen.add(code)
    if not 2 <= len(criteria) <= MOST_CRITERIA:
        problems.append(Problem(Msg("decide.survey.criteria_count", n=len(criteria),
                                    most=MOST_CRITERIA), column="criteria"))
    if not 1 <= len(participants) <= MOST_PARTICIPANTS:
        problems.append(Problem(Msg("decide.survey.participant_count", n=len(participants),
                                    most=MOST_PARTICIPANTS), column="participants"))
    for k, (name, org) in enumerate(participants, start=1):
        if not _text(name, "participants", problems, row=k):
            problems.append(Problem(Msg("decide.survey.required"), row=k,
                                    column="participants"))
        _text(org, "participants", problems, row=k)
    for k, alt in enumerate(alternatives, start=1):
        _text(alt, "alternatives", problems, row=k)
    if deadline <= utcnow():
        problems.append(Problem(Msg("decide.survey.past_deadline"), column="deadline"))
    if problems:
        raise InputError(problems)
    s, p = AhpSurvey.__table__, AhpParticipant.__table__
    with engine.begin() as conn:
        sid = int(conn.execute(insert(s).values(
            region_code=region, title=title, synthetic=synthetic, deadline=deadline,
            criteria=[{"code": c.code.strip(), "label": c.label.strip() or c.code.strip(),
                       "explanation": c.explanation.strip()} for c in criteria],
            alternatives=[a.strip() for a in alternatives if a.strip()],
            created_by=actor.username, created_at=utcnow()).returning(s.c.id)).scalar_one())
        conn.execute(insert(p), [
            {"survey_id": sid, "position": k, "name": name.strip(),
             "organisation": org.strip(), "token": secrets.token_urlsafe(24)}
            for k, (name, org) in enumerate(participants, start=1)])
    return sid


def _view(row: Any, people: Sequence[Any]) -> SurveyView:
    return SurveyView(
        id=int(row["id"]), region_code=row["region_code"], title=row["title"],
        criteria=tuple(Criterion(c["code"], c.get("label") or c["code"],
                                 c.get("explanation") or "") for c in row["criteria"]),
        alternatives=tuple(row["alternatives"] or ()), deadline=row["deadline"],
        synthetic=bool(row["synthetic"]), created_by=row["created_by"],
        participants=tuple(ParticipantView(
            int(q["id"]), int(q["position"]), q["name"], q["organisation"], q["token"],
            q["submitted_at"], q["via"],
            tuple(float(v) for v in q["judgments"]) if q["judgments"] is not None else None)
            for q in people))


def _load(engine: Engine, survey_id: int) -> SurveyView | None:
    s, p = AhpSurvey.__table__, AhpParticipant.__table__
    with engine.connect() as conn:
        row = conn.execute(select(s).where(s.c.id == survey_id)).mappings().first()
        if row is None:
            return None
        people = conn.execute(select(p).where(p.c.survey_id == survey_id)
                              .order_by(p.c.position)).mappings().all()
    return _view(row, people)


def get_survey(engine: Engine, actor: Actor, survey_id: int) -> SurveyView:
    """The survey if the actor may read its region's surveys (404 for another region's,
    as for a missing one: participants' names are personal data)."""
    missing = NotFoundError(Msg("decide.survey.not_found", id=survey_id))
    found = _load(engine, survey_id)
    if found is None:
        actor.require(READ)
        raise missing
    actor.require_visible(READ, found.region_code, missing)
    return found


def list_surveys(engine: Engine, actor: Actor) -> list[dict[str, Any]]:
    """The surveys of the actor's regions, newest first, with how many answered."""
    s, p = AhpSurvey.__table__, AhpParticipant.__table__
    answered = (select(p.c.survey_id, func.count(p.c.id).label("n"),
                       func.count(p.c.submitted_at).label("done"))
                .group_by(p.c.survey_id).subquery())
    with engine.connect() as conn:
        rows = conn.execute(
            select(s.c.id, s.c.title, s.c.region_code, s.c.deadline, s.c.synthetic,
                   answered.c.n, answered.c.done)
            .join(answered, answered.c.survey_id == s.c.id, isouter=True)
            .where(in_scope(s.c.region_code, actor.scope(READ)))
            .order_by(s.c.id.desc())).mappings().all()
    now = utcnow()
    return [{**dict(r), "closed": now > r["deadline"]} for r in rows]


def by_token(engine: Engine, token: str) -> tuple[SurveyView, ParticipantView]:
    """The survey and the participant of a personal link (404 for an unknown token)."""
    p = AhpParticipant.__table__
    if not 20 <= len(token) <= 64:
        raise NotFoundError(Msg("decide.survey.no_link"))
    with engine.connect() as conn:
        sid = conn.execute(select(p.c.survey_id).where(p.c.token == token)).scalar()
    survey = _load(engine, int(sid)) if sid is not None else None
    if survey is None:
        raise NotFoundError(Msg("decide.survey.no_link"))
    person = next(q for q in survey.participants if secrets.compare_digest(q.token, token))
    return survey, person


def participant(survey: SurveyView, participant_id: int) -> ParticipantView:
    """One participant of the survey (404 when not one of its own)."""
    for q in survey.participants:
        if q.id == participant_id:
            return q
    raise NotFoundError(Msg("decide.survey.no_participant", id=participant_id))


def judgment_value(raw: object, column: str) -> float:
    """A judgment from the web form: ``3``, ``1/5`` (Saaty's scale only).

    >>> judgment_value("1/3", "x") == 1 / 3, judgment_value("7", "x")
    (True, 7.0)
    """
    from rancang.sources.ahp_forms import saaty_value

    try:
        v = float(Fraction(str(raw).strip()))
    except (ValueError, ZeroDivisionError):
        v = float("nan")
    snapped = saaty_value(v) if np.isfinite(v) and v > 0 else None
    if snapped is None:
        raise InputError(Problem(Msg("sources.ahp.off_scale", value=str(raw)[:40]),
                                 column=column))
    return snapped


def judgments_from_form(form: Mapping[str, Any], n: int) -> list[float]:
    """The upper triangle from the web form's fields ``j_<i>_<j>``; every missing or
    off-scale field is named."""
    out: list[float] = []
    problems: list[Problem] = []
    for i, j in pairs(n):
        name = f"j_{i}_{j}"
        try:
            out.append(judgment_value(form.get(name, ""), name))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    return out


def submit(engine: Engine, token: str, judgments: Sequence[float], *, via: str = "web",
           now: datetime | None = None) -> ParticipantView:
    """Store a participant's one submission (409 after the deadline or when the link was
    used already; the update is conditional, so two submissions racing store one)."""
    survey, person = by_token(engine, token)
    when = now or utcnow()
    if survey.closed(when):
        raise SurveyClosed(Msg("decide.survey.closed"))
    if len(judgments) != len(pairs(len(survey.criteria))):
        raise InputError(Problem(Msg("decide.survey.incomplete")))
    p = AhpParticipant.__table__
    with engine.begin() as conn:
        done = conn.execute(update(p).where(p.c.id == person.id, p.c.submitted_at.is_(None))
                            .values(judgments=[float(v) for v in judgments], via=via,
                                    submitted_at=when)).rowcount
    if done != 1:
        raise SurveyClosed(Msg("decide.survey.already"))
    return by_token(engine, token)[1]


def form_xlsx(survey: SurveyView, person: ParticipantView) -> bytes:
    """The participant's XLSX form (criteria codes, names and explanations, their name)."""
    import tempfile

    from rancang.sources.ahp_forms import write_forms

    labels = {c.code: (c.label, c.explanation) for c in survey.criteria}
    with tempfile.TemporaryDirectory() as tmp:
        path = write_forms(list(survey.codes), 1, Path(tmp), title=survey.title,
                           labels=labels, names=[person.name])[0]
        return path.read_bytes()


def submit_xlsx(engine: Engine, actor: Actor, survey_id: int, participant_id: int,
                content: bytes, filename: str) -> ParticipantView:
    """Read a participant's filled XLSX form and store it as their submission: all or
    nothing (every problem names sheet, row and column; nothing is stored then)."""
    import tempfile

    from rancang.sources.ahp_forms import read_form

    survey = get_survey(engine, actor, survey_id)
    actor.require(WRITE, survey.region_code)
    person = participant(survey, participant_id)
    name = Path(filename or "form.xlsx").name
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(content)
        filled = read_form(path, criteria=list(survey.codes))
    return submit(engine, person.token, upper_of(filled.matrix), via="xlsx")


@dataclass(frozen=True)
class SurveyResult:
    """The group's weights by both aggregations and each participant's consistency."""

    aij: AhpGroupResult
    aip: AhpGroupResult


@functools.lru_cache(maxsize=128)
def survey_result(survey: SurveyView) -> SurveyResult | None:
    """Group AHP of the submitted judgments (AIJ and AIP), or None before any answer.

    The participants are named as on the page. Cached by the survey's whole content (a
    frozen value: a new answer makes a new key).
    """
    done = survey.submitted
    if not done:
        return None
    n = len(survey.criteria)
    people = [participant_label(q) for q in done]
    mats = [matrix_from_upper(q.judgments or (), n) for q in done]
    return SurveyResult(
        *(group_ahp_from_matrices(survey.codes, people, mats, AhpOptions(aggregate=a))
          for a in ("aij", "aip")))


def participant_label(person: ParticipantView) -> str:
    """How a participant is named in the result tables (as ``decide ahp`` names a form's
    participant: the name on it)."""
    return person.name


def group_weights_of(engine: Engine, actor: Actor, survey_id: int,
                     aggregate: str = "aij") -> dict[str, float]:
    """The survey's group weights by criterion code (for the ranking pages)."""
    result = survey_result(get_survey(engine, actor, survey_id))
    if result is None:
        raise InputError(Problem(Msg("decide.survey.no_answers"), column="survey"))
    group = result.aij if aggregate == "aij" else result.aip
    return {c: float(w) for c, w in zip(group.criteria, group.result.weights, strict=True)}


def default_deadline(days: int = 14) -> datetime:
    """Two weeks from now, at the minute (the form's default)."""
    return (utcnow() + timedelta(days=days)).replace(second=0, microsecond=0)
