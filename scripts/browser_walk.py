"""Walk every page of the web app in Chromium as each demo login, in both languages, on a
phone (390 px) and report what a person would meet: a JavaScript error, a failed request,
a 5xx, sideways scrolling, a chart container left empty, a bar chart whose value axis
does not start at zero, and words of the other language in the text the page shows
(rendered text, so the words scripts write count too).

The pages are found as ``tests/web/test_page_languages.py`` finds them (every GET page
route filled from the demo data, and every page linked from them); the data is
``rancang demo``'s (every feature's demo, logins ``admin``, ``analis``, ``tamu``).
Screenshots and ``report.md`` go to ``test-artifacts/walk/``. A developer's tool (it
needs the test helpers and /usr/bin/chromium); it takes a few minutes.

Run:  PYTHONPATH=src .venv/bin/python scripts/browser_walk.py [--width 390] [--max 0]
      [--logins admin,analis,tamu] [--only /plans/]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
import types
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
# the repository's tests folder (a namespace package another installed ``tests`` may hide)
_tests = types.ModuleType("tests")
_tests.__path__ = [str(REPO / "tests")]
sys.modules["tests"] = _tests

DEMO_PASSWORD = "demo-rancang"
LOGINS = ("admin", "analis", "tamu")
OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"
#: charts: containers with a spec but no canvas; bar charts whose value axis is not at 0
CHARTS = """() => {
  const out = [];
  document.querySelectorAll('[data-chart-spec]').forEach(el => {
    if (!el.querySelector('canvas, svg')) { out.push('empty chart #' + el.id); return; }
    if (!window.echarts) { return; }
    const chart = echarts.getInstanceByDom(el);
    if (!chart) { return; }
    const opt = chart.getOption();
    const bars = (opt.series || []).some(s => s.type === 'bar' && !s.stack
                                          && s.rancangRange !== true);
    if (!bars) { return; }
    ['xAxis', 'yAxis'].forEach(k => (opt[k] || []).forEach((ax, i) => {
      if (ax.type !== 'value') { return; }
      const model = chart.getModel().getComponent(k, i);
      const ext = model.axis.scale.getExtent();
      if (ext[0] > 0 || ext[1] < 0) { out.push('bar axis not from 0 #' + el.id); }
    }));
  });
  return out;
}"""


#: the text nodes a reader sees (not in scripts, styles or ``translate="no"`` elements)
TEXTS = """() => {
  const out = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const node = walk.currentNode, el = node.parentElement;
    if (!el || el.closest('script, style, [translate="no"], [hidden]')) { continue; }
    const t = node.textContent.trim();
    if (t) { out.push(t); }
  }
  return out;
}"""


#: the innermost element reaching furthest past the viewport's right edge
WIDEST = """() => {
  let best = null, right = window.innerWidth;
  document.querySelectorAll('body *').forEach(el => {
    const r = el.getBoundingClientRect().right;
    if (r > right + 0.5 && !el.querySelector('*')) { right = r; best = el; }
  });
  return best ? best.tagName.toLowerCase() + (best.id ? '#' + best.id : '')
    + (best.className ? '.' + String(best.className).split(' ')[0] : '') : '-';
}"""


def _serve(app: Any) -> tuple[str, Any, threading.Thread]:
    import socket

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", srv, thread


def _page_urls(app: Any, limit: int) -> dict[tuple[str, str], list[str]]:
    """The HTML pages each login reaches in each language (HTTP crawl, as the language
    test does)."""
    from rancang.core.i18n import LANGS
    from tests.web import page_reading as pr
    from tests.web.conftest import login

    pr.MAX_VARIANTS.update({"admin": 1, "analis": 1, "tamu": 1})
    clients = {name: login(app, name, DEMO_PASSWORD) for name in LOGINS}
    routes = pr.page_routes(app)
    out: dict[tuple[str, str], list[str]] = {}
    for name in LOGINS:
        for lang in LANGS:
            visits = pr.crawl(clients[name], lang, routes, pr.fillers(clients["admin"], lang))
            urls = [v.url for v in visits if v.kind == "html" and not v.hx and v.status == 200]
            out[(name, lang)] = urls[:limit] if limit else urls
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--width", type=int, default=390)
    ap.add_argument("--max", type=int, default=0, help="pages per login and language (0: all)")
    ap.add_argument("--firms", type=int, default=200)
    ap.add_argument("--logins", default=",".join(LOGINS), help="comma-separated demo logins")
    ap.add_argument("--only", default="", help="only the pages whose address has this text")
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright

    from rancang.cli.demo import load_demo_database
    from rancang.core.i18n import LANGS
    from rancang.core.settings import Settings
    from rancang.web.app import create_app
    from tests.web import page_reading as pr
    from tests.web.conftest import BOUNDARIES

    tmp = Path(tempfile.mkdtemp())
    settings = Settings(database_url=f"sqlite:///{tmp / 'walk.sqlite'}", data_dir=tmp,
                        boundaries_file=BOUNDARIES if BOUNDARIES.is_file() else None)
    app = create_app(settings)
    load_demo_database(app.state.engine, firms=a.firms)
    logins = tuple(n for n in a.logins.split(",") if n in LOGINS)
    pages = _page_urls(app, a.max)
    vocab = pr.vocabularies()
    strip = pr.DataFilter(pr.data_strings(app.state.engine)
                          | pr.io_table_strings(settings.data_dir))
    base, srv, thread = _serve(app)
    out = REPO / "test-artifacts" / "walk"
    out.mkdir(parents=True, exist_ok=True)
    found: dict[str, list[str]] = defaultdict(list)
    n = 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--no-sandbox"])
        for name in logins:
            context = browser.new_context(viewport={"width": a.width, "height": 844})
            page = context.new_page()
            problems: list[str] = []
            page.on("pageerror", lambda e, pl=problems: pl.append(f"js error: {e}"))
            page.on("console", lambda m, pl=problems: pl.append(f"console: {m.text}")
                    if m.type == "error" else None)
            page.on("requestfailed", lambda r, pl=problems: pl.append(f"failed {r.url}"))
            page.on("response", lambda r, pl=problems: pl.append(f"{r.status} {r.url}")
                    if r.status >= 500 else None)
            page.goto(f"{base}/login")
            page.fill("input[name=username]", name)
            page.fill("input[name=password]", DEMO_PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_load_state()
            for lang in LANGS:
                for url in pages[(name, lang)]:
                    if a.only not in url:
                        continue
                    problems.clear()
                    page.goto(base + pr.with_lang(url, lang))
                    page.wait_for_load_state("networkidle")
                    n += 1
                    where = f"{name} {lang} {url}"
                    over = page.evaluate(OVERFLOW)
                    if over > 0:
                        wide = page.evaluate(WIDEST)
                        problems.append(f"scrolls sideways by {over} px ({wide})")
                    problems += page.evaluate(CHARTS)
                    words = pr.foreign_words(page.evaluate(TEXTS), lang, vocab, strip)
                    if words:
                        problems.append("other language: " + ", ".join(sorted(words)[:8]))
                    if problems:
                        found[where] = list(problems)
                        slug = "".join(ch if ch.isalnum() else "-" for ch in url)[:80]
                        page.screenshot(path=str(out / f"{name}-{lang}{slug}.png"),
                                        full_page=True)
            context.close()
        browser.close()
    srv.should_exit = True
    thread.join(timeout=10)
    lines = [f"# Browser walk at {a.width} px: {n} page views, {len(found)} with problems", ""]
    for where, items in sorted(found.items()):
        lines.append(f"- {where}")
        lines += [f"  - {i}" for i in items]
    (out / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
