"""The job table: one row per background job, its state and what came of it; the files
it reads and writes (``job_file``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from rancang.core.db.base import Base, utcnow


class Job(Base):
    """A background job: ``status`` is ``queued``, ``running``, ``done`` or ``failed``.

    ``target`` is the ``module:function`` run; ``user_id``/``username`` who started it
    (only they see it); ``region_code`` the region it works on. ``note`` is the current
    step as a catalogue key and parameters; ``error`` the failure's message rendered in
    every language (never a traceback); ``result`` what the function returned, and
    ``result_url`` the page that shows it. ``runner`` names the process that runs the job
    (host, boot, pid and start time, :func:`rancang.features.jobs.service.this_process`;
    set when a thread of the starting process is to run it, or when a worker claims it),
    so that a job whose process died is found and marked failed. ``expires_at`` (set
    when the job ends, ``RANCANG_JOB_RETENTION_DAYS`` later) is when its result file is
    deleted; the row itself goes one retention period after that
    (:func:`rancang.features.jobs.service.purge`).
    """

    __tablename__ = "job"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(60))
    target: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[int] = mapped_column(Integer, index=True)
    username: Mapped[str] = mapped_column(String(100))
    region_code: Mapped[str | None] = mapped_column(String(20))
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="queued", index=True)
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    note: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    result_url: Mapped[str | None] = mapped_column(String(300))
    error: Mapped[dict[str, str] | None] = mapped_column(JSON(none_as_null=True))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    runner: Mapped[str | None] = mapped_column(String(200))
    expires_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)


class JobFile(Base):
    """A file a job reads or writes: ``role`` ``input`` (the upload it works on, removed
    when the job ends) or ``output`` (what the job made, downloaded by its owner from the
    page, the API and the CLI alike). Files live in the database so that a worker on
    another machine reads and writes them."""

    __tablename__ = "job_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("job.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
