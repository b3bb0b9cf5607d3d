// The search page: the HTML twin of GET /search.json, which it asks with its own query string and renders.
"use strict";
const FIELDS = ["q", "entity", "event", "country", "place", "since", "until"];
const FACETS = {entities: ["Entities", "entity"], places: ["Places", "place"], countries: ["Countries", "country"],
  event_types: ["Event types", "event"], months: ["Months", null]};

function withParams(params, changes) {
  const next = new URLSearchParams(params);
  next.delete("offset");
  for (const [k, v] of Object.entries(changes)) v == null ? next.delete(k) : next.set(k, v);
  return `/search?${next}`;
}

function marked(text, hits) {
  let html = "", at = 0;
  for (const [a, b] of hits || []) { html += esc(text.slice(at, a)) + `<mark>${esc(text.slice(a, b))}</mark>`; at = b; }
  return html + esc(text.slice(at));
}

function monthRange(month) {
  const [y, m] = month.split("-").map(Number), last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return {since: `${month}-01`, until: `${month}-${String(last).padStart(2, "0")}`};
}

function facets(page, params) {
  return Object.entries(FACETS).map(([key, [title, param]]) => {
    const values = (page.facets || {})[key] || [];
    if (!values.length) return "";
    return `<section class="facet" aria-labelledby="fc-${key}"><h3 id="fc-${key}">${esc(title)}</h3><ul>` + values.map(v => {
      const href = withParams(params, param ? {[param]: v.value} : monthRange(v.value));
      return `<li><a href="${esc(href)}">${esc(v.value)}</a> <span class="count">${esc(v.count)}</span></li>`;
    }).join("") + "</ul></section>";
  }).join("");
}

function renderSearch(page, params) {
  const q = page.query || {}, shown = page.results.length, from = (q.offset || 0) + 1;
  const summary = `<p class="total" id="total">${esc(page.total)} article(s) match` +
    (shown ? `; ${from}–${from + shown - 1} shown, best first.` : ".") + "</p>";
  const results = `<ol class="results" start="${from}">` + page.results.map(r =>
    `<li><h2><a href="/articles/${esc(encodeURIComponent(r.id))}">${esc(r.title || r.id)}</a></h2>` +
    `<p class="meta">${esc(r.date || "no date")} · ${esc(r.id)}${r.score != null ? ` · score ${esc(r.score.toPrecision(3))}` : ""}</p>` +
    `<p class="snippet">${marked(r.snippet || "", r.hits)}</p>` +
    `<p class="tags">${(r.tags || []).map(t => `<span>${esc(t)}</span>`).join(" ")}</p></li>`).join("") + "</ol>";
  const more = [];
  if ((q.offset || 0) > 0) more.push(`<a href="${esc(withParams(params, {}))}&offset=${Math.max(0, q.offset - q.limit)}">Previous</a>`);
  if (from - 1 + shown < page.total) more.push(`<a href="${esc(withParams(params, {}))}&offset=${(q.offset || 0) + q.limit}">Next</a>`);
  return `<div class="search-main">${summary}${results}<p class="pages">${more.join(" ")}</p></div>` +
    `<aside class="facets" aria-label="Refine">` +
    (page.facets_over < page.total ? `<p class="count">Counted in the latest ${esc(page.facets_over)} matches</p>` : "") +
    `${facets(page, params)}</aside>`;
}

async function runSearch() {
  const params = new URLSearchParams(location.search);
  for (const f of FIELDS) if (byId(f) && params.get(f)) byId(f).value = params.get(f);
  for (const [k, v] of [...params]) if (!v) params.delete(k);
  setHTML(byId("status"), `<p class="busy">Searching...</p>`);
  const [page, error] = await getJSON(`/search.json?${params}`);
  if (error) return setHTML(byId("status"), `<p class="err">${esc(error)}</p>`);
  setHTML(byId("status"), "");
  setHTML(byId("results"), renderSearch(page, params));
}

if (typeof document !== "undefined") document.addEventListener("DOMContentLoaded", runSearch);
if (typeof module !== "undefined") module.exports = {renderSearch, marked};
