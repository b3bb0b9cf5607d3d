// The analysis page: renders only what POST /analyze (or GET /articles/ID.json) returns.
"use strict";
const names = side => (side || []).map(x => x.canonical || x.text).join(", ");
const LABELS = {PERSON: "person", ORG: "organization", GPE: "country, city, state", NORP: "nationality, group",
  LOC: "location", FAC: "facility", EVENT: "event", LAW: "law", PRODUCT: "product", WORK_OF_ART: "work"};
let current = null;  // the analysis on show (for the downloads)

// The article's marks: event triggers, dates, entities, then places, each a [start, end, class, label, title];
// where two overlap, the first kept wins.
function spans(a) {
  const out = [];
  for (const e of a.events || []) {
    if (!e.trigger || typeof e.start !== "number" || !a.text) continue;
    const sentence = a.text.slice(e.start, e.end);
    const m = new RegExp(`\\b${e.trigger.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).exec(sentence);
    if (m) out.push([e.start + m.index, e.start + m.index + m[0].length, "trigger", e.event, `${e.event} (CAMEO ${e.cameo}): ${names(e.actor) || "?"} → ${names(e.recipient) || "-"}`]);
  }
  for (const d of a.dates || []) out.push([d.start, d.end, "date", "DATE", d.value ? `date: ${d.value}` : "date"]);
  const placeAt = new Map((a.places || []).map(p => [`${p.start}:${p.end}`, p]));
  for (const e of a.entities || []) {
    const p = placeAt.get(`${e.start}:${e.end}`);
    const where = p && p.lat != null ? ` · ${p.name} (${p.country || p.feature})` : "";
    out.push([e.start, e.end, `ent ent-${e.label}${p ? " place" : ""}`, e.label, `${e.label} · ${e.canonical}${where}`]);
  }
  for (const p of a.places || []) out.push([p.start, p.end, "place", "PLACE", `${p.name} (${p.country || p.feature || "unresolved"})`]);
  const kept = [];
  for (const s of out) {
    if (typeof s[0] !== "number" || s[1] <= s[0]) continue;
    if (!kept.some(k => s[0] < k[1] && k[0] < s[1])) kept.push(s);
  }
  return kept.sort((x, y) => x[0] - y[0]);
}

function highlighted(a) {
  if (!a.text) return "";
  let html = "", at = 0;
  for (const [start, end, cls, label, title] of spans(a)) {
    html += esc(a.text.slice(at, start)) + `<mark class="${esc(cls)}" title="${esc(title)}">${esc(a.text.slice(start, end))}` +
      `<span class="lbl">${esc(label)}</span></mark>`;
    at = end;
  }
  return html + esc(a.text.slice(at));
}

const LEGEND = [["ent ent-PERSON", "person"], ["ent ent-ORG", "organization"], ["ent ent-GPE place", "place"],
  ["ent ent-NORP", "group, nationality"], ["date", "date"], ["trigger", "event trigger"]];

function entityRows(a) {
  const by = new Map();
  for (const e of a.entities || []) {
    const x = by.get(e.canonical) || {label: e.label, salience: e.salience, names: new Set(), n: 0};
    x.names.add(e.text); x.n += 1; by.set(e.canonical, x);
  }
  return [...by.entries()].sort((p, q) => q[1].salience - p[1].salience)
    .map(([k, x]) => [k, LABELS[x.label] || x.label, x.n, [...x.names].join("; "), num(x.salience, 2)]);
}

function placeRows(a) {
  const by = new Map();
  for (const p of (a.places || []).filter(p => !p.metonym)) {
    const key = p.geonameid ?? p.text;
    const x = by.get(key) || [p.name || p.text, p.country, p.feature, 0, num(p.lat, 2), num(p.lon, 2)];
    x[3] += 1; by.set(key, x);
  }
  return [...by.values()];
}

function timeline(events) {
  if (!events.length) return "";
  const by = new Map();
  for (const e of events) { const d = e.date || "date unknown"; by.set(d, [...(by.get(d) || []), e]); }
  const dates = [...by.keys()].sort((x, y) => (x === "date unknown") - (y === "date unknown") || x.localeCompare(y));
  return `<ol class="timeline" aria-label="Events by date">` + dates.map(d => `<li><time>${esc(d)}</time><ul>` +
    by.get(d).map(e => `<li><span class="ev ev-${esc(e.event)}">${esc(e.event)}</span> ${esc(names(e.actor) || "?")} → ` +
      `${esc(names(e.recipient) || "-")}${e.location ? ` <span class="in">in ${esc(e.location.name)}</span>` : ""}</li>`).join("") +
    "</ul></li>").join("") + "</ol>";
}

function render(a) {
  const events = (a.events || []).filter(e => !e.negated);
  const head = `<h1 id="article-title">${esc(a.title || a.id)}</h1><p class="meta">${a.date ? `Published ${esc(a.date)}` : "No publication date"}` +
    `${a.source ? ` · ${esc(a.source)}` : ""}</p>`;
  const tags = `<section aria-labelledby="h-tags"><h2 id="h-tags">Tags and topics</h2><ul class="tags" aria-label="Tags">` +
    (a.tags || []).map(t => `<li>${esc(t)}</li>`).join("") + `</ul><ul class="topics" aria-label="Topics">` +
    (a.topics || []).map(t => `<li title="${esc(t.code)}">${esc(t.label)} <span>${num(t.score, 2)}</span></li>`).join("") +
    `</ul><p class="keyphrases"><strong>Keyphrases:</strong> ${(a.keyphrases || []).map(k => esc(k.text)).join("; ")}</p></section>`;
  const text = a.text ? `<section aria-labelledby="h-text"><h2 id="h-text">Article</h2><p class="legend" aria-hidden="true">` +
    LEGEND.map(([c, l]) => `<mark class="${c}">${esc(l)}</mark>`).join(" ") + `</p><div class="article" id="article">${highlighted(a)}</div></section>` : "";
  const map = `<section aria-labelledby="h-map"><h2 id="h-map">Map</h2><div id="map" class="mapbox"></div>` +
    table("Places", ["place", "country", "feature", "mentions", "lat", "lon"], placeRows(a)) + "</section>";
  const ev = `<section aria-labelledby="h-events"><h2 id="h-events">Events</h2>${timeline(events)}` +
    table("Events", ["date", "source", "event", "target", "place", "CAMEO", "sentence"], events.map(e =>
      [e.date, names(e.actor), e.event, names(e.recipient), e.location ? e.location.name : "", e.cameo, e.text]), "events") + "</section>";
  const ents = `<section aria-labelledby="h-ents"><h2 id="h-ents">Entities</h2>` +
    table("Entities", ["entity", "kind", "mentions", "names used", "salience"], entityRows(a)) +
    table("Dates", ["text", "value"], (a.dates || []).map(d => [d.text, d.value])) + "</section>";
  const dl = `<section aria-labelledby="h-dl"><h2 id="h-dl">Download</h2><p class="downloads">` +
    `<button type="button" data-dl="analysis.json">JSON</button> <button type="button" data-dl="events.csv">Events CSV</button> ` +
    `<button type="button" data-dl="places.csv">Places CSV</button> <button type="button" data-dl="places.geojson">GeoJSON</button></p></section>`;
  return `<article aria-labelledby="article-title">${head}${tags}${text}${map}${ev}${ents}${dl}</article>`;
}

function save(name, blob) {
  const url = URL.createObjectURL(blob), link = document.createElement("a");
  link.href = url; link.download = `${String(current.id || "analysis").replace(/[^\w-]/g, "_")}-${name}`;
  document.body.appendChild(link); link.click(); link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// JSON is the answer itself; the tables and GeoJSON come from POST /export, made by the CLI's own writers.
async function download(name) {
  if (name === "analysis.json") return save(name, new Blob([JSON.stringify(current, null, 2)], {type: "application/json"}));
  let r;
  try {
    r = await fetch(`/export/${name}`, {method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify(current)});
  } catch (e) { return say(`Could not reach the server (${e.message}).`, true); }
  if (!r.ok) return say(await failure(r), true);
  save(name, await r.blob());
}

function say(message, error = false) {
  setHTML(byId("status"), message ? `<p class="${error ? "err" : "busy"}">${esc(message)}</p>` : "");
}

function show(a) {
  current = a;
  try { setHTML(byId("out"), render(a)); } catch (e) { return say(`Could not show the answer (${e.message}).`, true); }
  say("");
  drawMap(byId("map"), (a.places || []).filter(p => !p.metonym), a.focus);
  for (const b of document.querySelectorAll("[data-dl]")) b.addEventListener("click", () => download(b.dataset.dl));
}

async function submit(ev) {
  ev.preventDefault();
  const body = {text: byId("text").value, tags: +byId("tags").value, include_text: true};
  const date = byId("date").value; if (date) body.date = date;
  const file = byId("file").files[0]; if (file) body.filename = file.name;
  say("Analyzing...");
  byId("go").disabled = true;
  const [a, error] = await getJSON("/analyze", body);
  byId("go").disabled = false;
  if (error) return say(error, true);
  show(a);
}

async function openFile() {
  const file = byId("file").files[0];
  if (file) byId("text").value = await file.text();
}

async function showStored(id) {
  byId("f").hidden = true;
  say("Loading...");
  const [a, error] = await getJSON(`/articles/${encodeURIComponent(id)}.json`);
  if (error) return say(error, true);
  show(a);
}

if (typeof document !== "undefined") {
  document.addEventListener("DOMContentLoaded", () => {
    showSearchLink();
    const stored = location.pathname.match(/^\/articles\/(.+)$/);
    if (stored) return showStored(decodeURIComponent(stored[1]));
    byId("f").addEventListener("submit", submit);
    byId("file").addEventListener("change", openFile);
  });
}
if (typeof module !== "undefined") module.exports = {render, spans, timeline};
