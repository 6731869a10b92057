"""A view can be shared (issue 12, section 2: "Weights, period and reference stay when one
of them changes and live in the URL"): on the dashboard (reference, period, weights), the
ranking page of the decisions (region, method, weights) and the sentra siting page
(regency, method, weights), a reader changes one control, the others stay and the address
carries them all; the address opened fresh in another tab shows the same view."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from tests.web.browsing import (
    CONTEXT_FORM,
    RANKING_CHART,
    query_of,
    send_context,
    set_weight,
    signed_in,
)
from tests.web.test_browser import server  # noqa: F401

pytestmark = pytest.mark.browser


def _values(page, form: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The named fields of ``form`` as the page shows them (hidden ones aside; numbers as
    numbers: ``0.5`` typed is ``0.50`` drawn)."""
    got = page.evaluate("""(sel) => Object.fromEntries(
        [...document.querySelectorAll(sel + ' [name]')]
          .filter(e => e.type !== 'hidden' && e.name !== 'csrf_token')
          .map(e => [e.name, e.value]))""", form)
    return {k: round(float(v), 4) if k.startswith("w_") and v else v for k, v in got.items()}


def _shares(weights: dict[str, object]) -> dict[str, float]:
    total = sum(float(v) for v in weights.values())  # type: ignore[arg-type]
    return {k: round(float(v) / total, 3) for k, v in weights.items()}  # type: ignore[arg-type]


@contextmanager
def _fresh(browser, server: str, url: str):  # type: ignore[no-untyped-def]  # noqa: F811
    """``url`` opened in a new signed-in tab (no history, nothing kept in the page)."""
    with signed_in(browser, server, "analyst_own") as page:
        page.goto(url)
        yield page


def test_the_dashboard_view_lives_in_its_address(browser, server: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    with signed_in(browser, server, "analyst_own") as page:
        page.goto(f"{server}/region/1/9903?lang=en")
        page.wait_for_selector(RANKING_CHART)
        # one weight changed: written into the address at once
        set_weight(page, "w_share", "0.9")
        # then the reference and the period: the weight stays
        other = page.evaluate("""(form) => [...document.querySelectorAll(
            form + ' select[name=reference] option')].map(o => o.value).pop()""", CONTEXT_FORM)
        send_context(page, reference=other, start="2015")
        query = query_of(page.url)
        assert query["reference"] == other and query["start"] == "2015"
        assert float(query["w_share"]) == pytest.approx(0.9)
        assert page.input_value("#w_share") == "0.90"
        # a weight changed again keeps the reference and the period in the address
        set_weight(page, "w_growth", "0.5")
        query = query_of(page.url)
        assert query["reference"] == other and query["start"] == "2015"
        assert float(query["w_share"]) == pytest.approx(0.9)
        page.wait_for_function("() => !document.querySelector('.htmx-request')")
        shown = (page.inner_text("#ranking-body"), _values(page, CONTEXT_FORM),
                 _values(page, "#weights-form"))
        with _fresh(browser, server, page.url) as fresh:
            fresh.wait_for_selector(RANKING_CHART)
            assert (fresh.inner_text("#ranking-body"), _values(fresh, CONTEXT_FORM),
                    _values(fresh, "#weights-form")) == shown
            assert _values(fresh, CONTEXT_FORM)["reference"] == other


def _change_and_submit(page, form: str, field: str, value: str, button: str) -> None:  # type: ignore[no-untyped-def]
    if page.eval_on_selector(f"{form} [name={field}]", "e => e.tagName") == "SELECT":
        page.select_option(f"{form} [name={field}]", value)
    else:
        page.fill(f"{form} [name={field}]", value)
    with page.expect_navigation():
        page.click(button)


@pytest.mark.parametrize(("start", "table", "first", "weight", "method"), [
    ("/decide/rank?dataset=1&region=9903&method=promethee&lang=en", "#ranking",
     "#rank-form", "w_share", "vikor"),
    ("/siting?regency=72.06&lang=en", "#sites", "#siting-form", "w_ikm_units", "wsm"),
])
def test_weights_stay_when_the_method_changes_and_live_in_the_address(  # type: ignore[no-untyped-def]
        browser, server: str, start: str, table: str, first: str,  # noqa: F811
        weight: str, method: str) -> None:
    """The decisions' ranking (its own weights form beside the region and method form)
    and the siting page (one form): a weight changed, then the method; the weight, the
    region and the method are all in the address, and a fresh tab shows the same table."""
    with signed_in(browser, server, "analyst_own") as page:
        page.goto(f"{server}{start}")
        page.wait_for_selector(table, state="attached")
        kept = {k: v for k, v in query_of(start).items() if k != "lang"}
        weights_form = "#weights-form" if first == "#rank-form" else first
        button = (f"{weights_form} button[type=submit]" if weights_form != first
                  else "#siting-apply")
        _change_and_submit(page, weights_form, weight, "0.8", button)
        page.wait_for_selector(table, state="attached")
        query = query_of(page.url)
        assert float(query[weight]) == pytest.approx(0.8)
        assert {k: query.get(k) for k in kept} == kept
        weights = {k: v for k, v in _values(page, weights_form).items() if k.startswith("w_")}
        apply = "#rank-apply" if first == "#rank-form" else "#siting-apply"
        _change_and_submit(page, first, "method", method, apply)
        page.wait_for_selector(table, state="attached")
        query = query_of(page.url)
        assert query["method"] == method
        # the weights as the page drew them before (the pages draw them normalised to
        # sum 1: the same proportions)
        assert _shares({k: float(v) for k, v in query.items() if k.startswith("w_")}) \
            == _shares(weights)
        assert {k: query.get(k) for k in kept if k != "method"} == {
            k: v for k, v in kept.items() if k != "method"}
        assert {k: v for k, v in _values(page, weights_form).items()
                if k.startswith("w_")} == weights
        shown = (page.inner_text(table), _values(page, first), _values(page, weights_form))
        with _fresh(browser, server, page.url) as fresh:
            fresh.wait_for_selector(table, state="attached")
            assert (fresh.inner_text(table), _values(fresh, first),
                    _values(fresh, weights_form)) == shown
