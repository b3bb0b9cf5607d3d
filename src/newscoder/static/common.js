// Helpers shared by the pages. Every value from an answer goes through esc() before it reaches HTML, and
// setHTML() is the one place that writes HTML into the page.
"use strict";
const esc = s => String(s ?? "").replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
const num = (x, digits) => typeof x === "number" ? x.toFixed(digits) : "";
const byId = id => document.getElementById(id);
function setHTML(node, html) { node.innerHTML = html; }

// A table with a caption; rows are arrays of cells, each escaped.
function table(caption, head, rows, cls = "") {
  if (!rows.length) return `<p class="none">No ${esc(caption.toLowerCase())}.</p>`;
  return `<div class="scroll"><table class="${esc(cls)}"><caption>${esc(caption)}</caption><thead><tr>` +
    head.map(h => `<th scope="col">${esc(h)}</th>`).join("") + "</tr></thead><tbody>" +
    rows.map(r => "<tr>" + r.map(c => `<td>${esc(c)}</td>`).join("") + "</tr>").join("") + "</tbody></table></div>";
}

// A failure of any kind becomes a message: the server's JSON error, or what came instead.
async function failure(r) {
  let message = `The server answered ${r.status} ${r.statusText}`.trim();
  try {
    const body = await r.text();
    try { const e = JSON.parse(body); message = e.error ? e.error.message : JSON.stringify(e.detail ?? e); }
    catch { if (body.trim()) message += ": " + body.trim().slice(0, 300); }
  } catch { /* no body */ }
  return message;
}

// GET or POST JSON; resolves to [answer, null] or [null, message].
async function getJSON(url, body) {
  let r;
  try {
    r = await fetch(url, body === undefined ? {} :
      {method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify(body)});
  } catch (e) { return [null, `Could not reach the server (${e.message}).`]; }
  if (!r.ok) return [null, await failure(r)];
  try { return [await r.json(), null]; } catch { return [null, "The server's answer was not JSON."]; }
}

// Shows the Search link when the server has a store.
async function showSearchLink() {
  const [health] = await getJSON("/health");
  const link = byId("search-link");
  if (health && health.search && link) link.hidden = false;
}

if (typeof module !== "undefined") module.exports = {esc, num, table, failure};
