// The page renders only what POST /analyze returns; every value goes through esc() before it reaches HTML.
"use strict";
const esc = s => String(s ?? "").replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
const num = (x, digits) => typeof x === "number" ? x.toFixed(digits) : "";
const table = (head, rows) => rows.length ? "<table><tr>" + head.map(h => `<th>${esc(h)}</th>`).join("") +
  "</tr>" + rows.map(r => "<tr>" + r.map(c => `<td>${esc(c)}</td>`).join("") + "</tr>").join("") + "</table>" : "<p>none</p>";
const names = side => (side || []).map(x => x.canonical || x.text).join(", ");

function render(a) {
  const ents = {};
  for (const e of a.entities) ents[e.canonical] ??= [e.label, e.salience];
  return `<h2>Tags</h2><p class="tags">${a.tags.map(t => `<span>${esc(t)}</span>`).join(" ")}</p>` +
    `<h2>Keyphrases</h2><p>${a.keyphrases.map(k => esc(k.text)).join("; ")}</p>` +
    `<h2>Topics</h2>` + table(["code", "label", "score"], a.topics.map(t => [t.code, t.label, num(t.score, 2)])) +
    `<h2>Entities</h2>` + table(["entity", "label", "salience"], Object.entries(ents).sort((x, y) => y[1][1] - x[1][1]).map(([k, v]) => [k, v[0], num(v[1], 2)])) +
    `<h2>Places</h2>` + table(["text", "name", "country", "feature", "lat", "lon"], a.places.filter(p => !p.metonym).map(p => [p.text, p.name, p.country, p.feature, p.lat, p.lon])) +
    `<h2>Events</h2>` + table(["date", "actor", "event", "recipient", "CAMEO", "sentence"], a.events.map(e => [e.date, names(e.actor), e.event, names(e.recipient), e.cameo, e.text])) +
    `<h2>Dates</h2>` + table(["text", "value"], a.dates.map(d => [d.text, d.value]));
}

// A failure of any kind leaves "Analyzing..." for a message: the server's JSON error, or what came instead.
async function failure(r) {
  let message = `The server answered ${r.status} ${r.statusText}`.trim();
  try {
    const body = await r.text();
    try { const e = JSON.parse(body); message = e.error ? e.error.message : JSON.stringify(e.detail ?? e); }
    catch { if (body.trim()) message += ": " + body.trim().slice(0, 300); }
  } catch { /* no body */ }
  return message;
}

async function submit(ev) {
  ev.preventDefault();
  const out = document.getElementById("out");
  const show = message => { out.innerHTML = `<p class="err">${esc(message)}</p>`; };
  out.textContent = "Analyzing...";
  const body = {text: document.getElementById("text").value, tags: +document.getElementById("tags").value};
  const date = document.getElementById("date").value; if (date) body.date = date;
  let r;
  try {
    r = await fetch("/analyze", {method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify(body)});
  } catch (e) { return show(`Could not reach the server (${e.message}).`); }
  if (!r.ok) return show(await failure(r));
  let a;
  try { a = await r.json(); } catch { return show("The server's answer was not JSON."); }
  try { out.innerHTML = render(a); } catch (e) { show(`Could not show the answer (${e.message}).`); }
}

if (typeof document !== "undefined") {
  document.addEventListener("DOMContentLoaded", () => document.getElementById("f").addEventListener("submit", submit));
}
