"""Build src/newscoder/static/world.json, the web page's basemap, from Natural Earth's country shapes.

Source: Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (public domain, naturalearthdata.com),
the GeoJSON file geojson/ne_110m_admin_0_countries.geojson of github.com/nvkelso/natural-earth-vector.

    python scripts/build_world.py PATH/TO/ne_110m_admin_0_countries.geojson

Each country becomes one SVG path in an equirectangular projection (x = lon, y = -lat, scaled to WIDTH and
cut below CUT_LAT: Antarctica is left out), simplified with Douglas-Peucker and rounded to one decimal, so
the file stays small; the page draws it as inline SVG and places markers with the same projection
(static/map.js). The output is deterministic: the same input gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newscoder" / "static" / "world.json"
WIDTH = 1000.0
#: Latitudes below this are cut off (Antarctica).
CUT_LAT = -60.0
HEIGHT = round((90 - CUT_LAT) / 360 * WIDTH, 1)
#: Douglas-Peucker tolerance, in output units (1000 across the world: about 0.36 degree).
TOLERANCE = 0.8
#: Rings smaller than this (square output units) are dropped (tiny islands).
MIN_AREA = 1.5


def project(lon: float, lat: float) -> tuple[float, float]:
    return (lon + 180.0) / 360.0 * WIDTH, (90.0 - lat) / 360.0 * WIDTH


def _dist(p, a, b) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5


def simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative (rings of a few thousand points)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, at = 0.0, -1
        for k in range(i + 1, j):
            d = _dist(points[k], points[i], points[j])
            if d > best:
                best, at = d, k
        if best > tol:
            keep[at] = True
            stack += [(i, at), (at, j)]
    return [p for p, k in zip(points, keep) if k]


def area(points) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]))) / 2


def ring_path(ring) -> str:
    pts = simplify([project(lon, max(lat, CUT_LAT)) for lon, lat in ring], TOLERANCE)
    if len(pts) < 4 or area(pts) < MIN_AREA:
        return ""
    out, last = [], None
    for x, y in pts[:-1]:
        p = (round(x, 1), round(y, 1))
        if p != last:
            out.append(f"{p[0]:g},{p[1]:g}")
            last = p
    return "M" + "L".join(out) + "Z" if len(out) >= 3 else ""


def iso3(props: dict) -> str:
    """ISO 3166 alpha-3; Natural Earth writes -99 for France, Norway and a few more: their ADM0 code then."""
    for key in ("ISO_A3", "ISO_A3_EH", "ADM0_A3"):
        value = str(props.get(key) or "")
        if len(value) == 3 and value != "-99":
            return value
    return ""


def build(source: Path) -> dict:
    countries = []
    for feature in json.loads(source.read_text(encoding="utf-8"))["features"]:
        props, geom = feature["properties"], feature["geometry"]
        code = iso3(props)
        if code == "ATA" or geom is None:
            continue
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        d = "".join(ring_path(ring) for polygon in polygons for ring in polygon)
        if d:
            countries.append({"iso3": code, "name": props.get("NAME") or props.get("ADMIN"), "d": d})
    countries.sort(key=lambda c: (c["iso3"], c["name"]))
    return {"source": "Natural Earth 1:110m Admin 0 - Countries (public domain), simplified by "
                      "scripts/build_world.py", "projection": "equirectangular", "width": WIDTH, "height": HEIGHT,
            "cut_lat": CUT_LAT, "countries": countries}


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        sys.exit(__doc__)
    world = build(Path(argv[0]))
    OUT.write_text(json.dumps(world, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(world['countries'])} countries, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
