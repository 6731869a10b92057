"""What every CLI verb shares while it works: a progress bar for long runs and the parsing of
``NAME=VALUE`` weight options (messages in the call's language)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from rancang.core.i18n import text

ANALYSIS_STEPS = 8


@contextmanager
def analysis_progress(
    console: Console, *, quiet: bool = False, total: int = ANALYSIS_STEPS
) -> Iterator[Callable[[str], None]]:
    """Yield a ``step(label)`` callback; a progress bar appears once work passes one second."""
    started = time.perf_counter()
    progress: Progress | None = None
    task = None
    done = 0

    def step(label: str) -> None:
        nonlocal progress, task, done
        done += 1
        if quiet or not console.is_terminal:
            return
        if progress is None and time.perf_counter() - started > 1.0:
            progress = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                TimeElapsedColumn(), console=console, transient=True,
            )
            progress.start()
            task = progress.add_task(label, total=total, completed=done - 1)
        if progress is not None and task is not None:
            progress.update(task, description=label, completed=done - 1)

    try:
        yield step
    finally:
        if progress is not None:
            progress.stop()


@contextmanager
def job_progress(*, quiet: bool = False, console: Console | None = None
                 ) -> Iterator[Callable[..., None]]:
    """Yield ``report(fraction, key=None, **params)``, the call a background job makes
    (:meth:`rancang.features.jobs.service.JobContext.progress`), for a CLI verb that runs
    the same work in the foreground: on a terminal a bar on stderr (gone when done);
    otherwise one line on stderr per new step (the catalogue text of ``key``) with how
    far the work is, so stdout keeps only the verb's answer."""
    console = console or Console(stderr=True)
    progress: Progress | None = None
    task = None
    last = ""

    def report(fraction: float, key: str | None = None, **params: object) -> None:
        nonlocal progress, task, last
        label = text(key, **params) if key else last
        if quiet:
            return
        done = min(max(float(fraction), 0.0), 1.0) * 100
        if console.is_terminal:
            if progress is None:
                progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                    BarColumn(), TimeElapsedColumn(), console=console,
                                    transient=True)
                progress.start()
                task = progress.add_task(label, total=100)
            if task is not None:
                progress.update(task, description=label, completed=done)
        elif label and label != last:
            typer.echo(f"{label} ({done:.0f} %)", err=True)
        last = label

    try:
        yield report
    finally:
        if progress is not None:
            progress.stop()


def parse_weights(items: list[str] | None) -> dict[str, float] | None:
    """Parse ``NAME=VALUE`` options into a dict (None when none given).

    >>> parse_weights(["density=2", " pci = 0.5"])
    {'density': 2.0, 'pci': 0.5}
    >>> parse_weights(None) is None
    True
    """
    if not items:
        return None
    weights: dict[str, float] = {}
    for item in items:
        name, sep, value = item.partition("=")
        try:
            if not sep:
                raise ValueError
            weights[name.strip()] = float(value)
        except ValueError:
            raise typer.BadParameter(text("cli.weight_not_pair", item=item)) from None
        if not weights[name.strip()] >= 0 or weights[name.strip()] == float("inf"):
            raise typer.BadParameter(text("cli.weight_negative", item=item))
    return weights
