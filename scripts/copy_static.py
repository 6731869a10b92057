"""Copy the front-end files installed by ``npm ci`` into the package's static folder.

The web pages load ECharts, Leaflet (+ markercluster), htmx and Swagger UI (``/api/docs``)
from our own server, never
from a CDN. ``scripts/setup.sh`` runs this after ``npm ci``; the target folder
``src/rancang/web/static/vendor/`` is not committed.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NODE = ROOT / "node_modules"
VENDOR = ROOT / "src" / "rancang" / "web" / "static" / "vendor"

# (source under node_modules, target under vendor)
FILES = (
    ("htmx.org/dist/htmx.min.js", "htmx.min.js"),
    ("echarts/dist/echarts.min.js", "echarts.min.js"),
    ("leaflet/dist/leaflet.js", "leaflet/leaflet.js"),
    ("leaflet/dist/leaflet.css", "leaflet/leaflet.css"),
    ("leaflet/dist/images", "leaflet/images"),
    ("leaflet.markercluster/dist/leaflet.markercluster.js", "leaflet/leaflet.markercluster.js"),
    ("leaflet.markercluster/dist/MarkerCluster.css", "leaflet/MarkerCluster.css"),
    ("leaflet.markercluster/dist/MarkerCluster.Default.css", "leaflet/MarkerCluster.Default.css"),
    ("swagger-ui-dist/swagger-ui-bundle.js", "swagger/swagger-ui-bundle.js"),
    ("swagger-ui-dist/swagger-ui.css", "swagger/swagger-ui.css"),
)


def main() -> int:
    """Copy every file of :data:`FILES`; exit 1 naming what is missing."""
    missing = [src for src, _ in FILES if not (NODE / src).exists()]
    if missing:
        print("missing (run `npm ci` first):", ", ".join(missing), file=sys.stderr)
        return 1
    for src, dst in FILES:
        target = VENDOR / dst
        target.parent.mkdir(parents=True, exist_ok=True)
        if (NODE / src).is_dir():
            shutil.copytree(NODE / src, target, dirs_exist_ok=True)
        else:
            shutil.copy2(NODE / src, target)
    print(f"copied {len(FILES)} front-end files to {VENDOR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
