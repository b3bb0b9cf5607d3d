// The map of an article's places: inline SVG drawn from /static/world.json (Natural Earth country shapes,
// public domain, made by scripts/build_world.py) in the same equirectangular projection, no tile server.
"use strict";
let worldCache = null;

async function loadWorld() {
  if (!worldCache) {
    const r = await fetch("/static/world.json");
    if (!r.ok) throw new Error(`basemap: ${r.status}`);
    worldCache = await r.json();
  }
  return worldCache;
}

function project(world, lon, lat) {
  return [(lon + 180) / 360 * world.width, (90 - lat) / 360 * world.width];
}

// One marker per resolved place (a place named several times is one marker, its mentions counted).
function markers(places) {
  const seen = new Map();
  for (const p of places || []) {
    if (typeof p.lat !== "number" || typeof p.lon !== "number") continue;
    const key = p.geonameid ?? `${p.lat},${p.lon}`;
    const m = seen.get(key) || {name: p.name || p.text, country: p.country, feature: p.feature, lat: p.lat, lon: p.lon, n: 0};
    m.n += 1;
    seen.set(key, m);
  }
  return [...seen.values()];
}

// The view: the markers' box with a margin, at least 60 units across, 2:1, inside the world.
function viewBox(world, points) {
  if (!points.length) return [0, 0, world.width, world.height];
  const xs = points.map(p => p[0]), ys = points.map(p => p[1]);
  let w = Math.max(60, (Math.max(...xs) - Math.min(...xs)) * 1.5), h = Math.max(30, (Math.max(...ys) - Math.min(...ys)) * 1.5);
  if (w < 2 * h) w = 2 * h; else h = w / 2;
  w = Math.min(w, world.width); h = Math.min(h, world.height);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2, cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  const x = Math.min(Math.max(cx - w / 2, 0), world.width - w), y = Math.min(Math.max(cy - h / 2, 0), world.height - h);
  return [x, y, w, h];
}

function mapSVG(world, places, focus) {
  const ms = markers(places);
  const pts = ms.map(m => project(world, m.lon, m.lat));
  const [x, y, w, h] = viewBox(world, pts);
  const r = w / 120, font = w / 55;
  const inFocus = new Set((focus || []).map(f => f.country).filter(Boolean));
  const label = ms.length ? `Map of ${ms.length} place(s): ${ms.map(m => m.name).join(", ")}` : "World map: no place resolved";
  const countries = world.countries.map(c =>
    `<path class="country${inFocus.has(c.iso3) ? " focus" : ""}" d="${esc(c.d)}"><title>${esc(c.name)}</title></path>`).join("");
  const marks = ms.map((m, i) => {
    const [px, py] = pts[i];
    return `<g class="marker" tabindex="0" role="img" aria-label="${esc(m.name)}, ${esc(m.country || "")}">` +
      `<circle cx="${px.toFixed(2)}" cy="${py.toFixed(2)}" r="${(r * (1 + Math.min(m.n, 5) / 5)).toFixed(2)}"></circle>` +
      `<text x="${(px + r * 1.6).toFixed(2)}" y="${(py + font / 3).toFixed(2)}" font-size="${font.toFixed(2)}">${esc(m.name)}</text>` +
      `<title>${esc(m.name)} (${esc(m.country || "")}, ${esc(m.feature || "place")}), ${m.n} mention(s)</title></g>`;
  }).join("");
  return `<svg class="map" viewBox="${x.toFixed(1)} ${y.toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}" role="img" ` +
    `aria-label="${esc(label)}" preserveAspectRatio="xMidYMid meet"><rect class="sea" x="0" y="0" width="${world.width}" ` +
    `height="${world.height}"></rect>${countries}${marks}</svg>`;
}

async function drawMap(node, places, focus) {
  try { setHTML(node, mapSVG(await loadWorld(), places, focus)); }
  catch (e) { setHTML(node, `<p class="err">The map could not be drawn (${esc(e.message)}).</p>`); }
}

if (typeof module !== "undefined") module.exports = {mapSVG, markers, viewBox, project};
