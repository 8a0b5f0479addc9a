/* Marsad pages: one script, hash routes, every view drawn from the events the API returns.
   The events are loaded once; filters (facets, map area, timeline period, network edge) apply
   in the browser so that every page shows the same selection. */
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const PAGE_SIZE = 500;      // events asked for per request
// Past this many events the browser holds only a sample, and each filter change asks the
// server again (?max=N in the page address changes it, for tests).
const MAX_EVENTS = Number(new URLSearchParams(location.search).get("max")) || 5000;
const TABLE_ROWS = 500;     // rows drawn at once in a table

const S = {
  lang: localStorage.getItem("marsad.lang") || "ar",
  events: [],
  total: 0,           // events the server has for the current server-side filters
  sampled: false,     // the database holds more events than MAX_EVENTS: filter on the server
  filters: {},
  sort: { key: "date", dir: -1 },
  map: null,          // map view: {lon0, lat0, k}
  loaded: false,
};

/* ---------- small helpers ---------- */

function t(key) { return (LABELS[S.lang] || LABELS.ar)[key] ?? LABELS.en[key] ?? key; }
function typeName(type) { return S.lang === "ar" && TYPES[type] ? TYPES[type][0] : type; }
function typeColour(type) { return TYPES[type] ? TYPES[type][1] : "#777"; }
function modalityName(m) { return S.lang === "ar" ? (MODALITIES[m] || m) : m; }

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVGNS, tag);
  setAttrs(node, attrs);
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
}

/* Arabic matching form: no diacritics or tatweel, one alef, ta marbuta as ha, alef maqsura as ya. */
function norm(s) {
  return String(s || "").toLowerCase()
    .replace(/[\u064B-\u0652\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا").replace(/ة/g, "ه").replace(/ى/g, "ي")
    .replace(/ؤ/g, "و").replace(/ئ/g, "ي");
}

function actorKey(a) { return a ? (a.code || a.group || a.name || a.text || null) : null; }

function actorName(a) {
  if (!a) return t("unknown");
  return S.lang === "en" ? (a.name || a.text || a.code) : (a.text || a.name || a.code);
}

function actorLabel(a) {
  if (!a) return t("unknown");
  const codes = [a.code, a.group].filter(Boolean).join("/");
  const name = actorName(a);
  return codes && codes !== name ? `${name} (${codes})` : name;
}

function placeLabel(p) {
  if (!p) return t("unknown");
  const name = S.lang === "en" ? (p.name || p.text) : (p.text || p.name);
  return p.country ? `${name} · ${p.country}` : name;
}

function dateLabel(ev) {
  const d = ev.date || {};
  if (!d.start) return t("unknown");
  return d.end && d.end !== d.start ? `${d.start} – ${d.end}` : d.start;
}

function typeBadge(type) {
  return el("span", { class: "badge", style: `background:${typeColour(type)}`, "data-type": type },
    typeName(type));
}

function articleHref(articleId, eventId) {
  return `#/article/${encodeURIComponent(articleId)}` +
    (eventId ? `?event=${encodeURIComponent(eventId)}` : "");
}

/* ---------- API ---------- */

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = "";
    try { detail = JSON.stringify(await response.json()); } catch (_) { /* not JSON */ }
    throw new Error(`${path}: HTTP ${response.status} ${detail}`);
  }
  return response.json();
}

/* The list inside a response, whether the API answers a bare list or wraps it. */
function itemsOf(data) {
  if (Array.isArray(data)) return data;
  for (const key of ["items", "events", "articles", "results", "data", "actors", "places"]) {
    if (data && Array.isArray(data[key])) return data[key];
  }
  return [];
}

function nextCursorOf(data) {
  if (!data || Array.isArray(data)) return null;
  const next = data.next_cursor ?? data.next ?? data.cursor ?? (data.page && data.page.next);
  return typeof next === "string" || typeof next === "number" ? String(next) : null;
}

/* An event as a record, whether the API sends the record itself or wraps it. */
function asEvent(item) {
  const ev = item && item.record && typeof item.record === "object" ? { ...item, ...item.record } : item;
  ev.date = ev.date || {};
  ev.evidence = ev.evidence || { text: "", start: 0, end: 0 };
  return ev;
}

/* The API's query parameters for the filters it knows (all but the network edge). */
function serverQuery(filters) {
  const params = new URLSearchParams();
  for (const name of ["type", "actor", "country", "modality", "since", "until", "article", "q"]) {
    if (filters[name]) params.set(name, filters[name]);
  }
  if (filters.bbox) {
    const [s, w, n, e] = filters.bbox;
    params.set("bbox", [w, s, e, n].map((x) => x.toFixed(5)).join(","));
  }
  return params.toString();
}

/* Events page after page, at most MAX_EVENTS; S.total is what the server counted. */
async function loadEvents(filters = {}) {
  const events = [];
  const size = Math.min(PAGE_SIZE, MAX_EVENTS);
  const query = serverQuery(filters);
  const base = `/api/events?limit=${size}${query ? `&${query}` : ""}`;
  let url = base;
  let total = null;
  const seen = new Set();
  while (url && events.length < MAX_EVENTS && !seen.has(url)) {
    seen.add(url);
    const data = await api(url);
    if (total === null && data && typeof data.total === "number") total = data.total;
    const batch = itemsOf(data).map(asEvent);
    events.push(...batch);
    const next = nextCursorOf(data);
    if (!next || batch.length === 0) break;
    url = /^(\/|https?:)/.test(next) ? next : `${base}&cursor=${encodeURIComponent(next)}`;
  }
  S.total = Math.max(total ?? 0, events.length);
  return events.slice(0, MAX_EVENTS);
}

/* With a sampled database, a filter change fetches the matching events again. */
let reloading = null;
function filtersChanged() {
  if (!S.sampled) { render(); return; }
  document.getElementById("count").textContent = t("loading");
  const mine = reloading = loadEvents(S.filters).then((events) => {
    if (mine !== reloading) return;  // a newer change is on its way
    S.events = events;
    render();
  }).catch(showError);
}

/* ---------- filters ---------- */

const FILTERS = {
  type: (ev, v) => ev.type === v,
  modality: (ev, v) => ev.modality === v,
  country: (ev, v) => (ev.location && ev.location.country) === v,
  actor: (ev, v) => actorKey(ev.source) === v || actorKey(ev.target) === v,
  article: (ev, v) => ev.article_id === v,
  since: (ev, v) => (ev.date.end || ev.date.start || "") >= v,
  until: (ev, v) => (ev.date.start || "9999") <= v,
  bbox: (ev, [s, w, n, e]) => {
    const p = ev.location;
    return !!p && p.lat != null && p.lon != null && p.lat >= s && p.lat <= n && p.lon >= w && p.lon <= e;
  },
  edge: (ev, v) => `${actorKey(ev.source)}→${actorKey(ev.target)}` === v,
  q: (ev, v) => {
    const hay = norm([ev.evidence.text, ev.source && ev.source.text, ev.source && ev.source.name,
      ev.target && ev.target.text, ev.target && ev.target.name,
      ev.location && ev.location.text, ev.location && ev.location.name, ev.type].join(" "));
    return hay.includes(norm(v));
  },
};

function matches(ev, skip = []) {
  for (const [name, value] of Object.entries(S.filters)) {
    if (value === undefined || value === null || value === "" || skip.includes(name)) continue;
    if (!FILTERS[name](ev, value)) return false;
  }
  return true;
}

function filtered(skip = []) { return S.events.filter((ev) => matches(ev, skip)); }

function setFilter(name, value) {
  if (value === undefined || value === null || value === "") delete S.filters[name];
  else S.filters[name] = value;
  if (name === "q") document.getElementById("q").value = value || "";
  filtersChanged();
}

function setFilters(values) {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === "") delete S.filters[name];
    else S.filters[name] = value;
  }
  filtersChanged();
}

function filterValueLabel(name, value) {
  if (name === "type") return typeName(value);
  if (name === "modality") return modalityName(value);
  if (name === "bbox") return value.map((x) => x.toFixed(2)).join(", ");
  if (name === "actor") {
    const ev = S.events.find((e) => actorKey(e.source) === value || actorKey(e.target) === value);
    if (ev) return actorLabel(actorKey(ev.source) === value ? ev.source : ev.target);
  }
  return String(value);
}

function renderChips() {
  const chips = document.getElementById("chips");
  chips.replaceChildren();
  for (const [name, value] of Object.entries(S.filters)) {
    chips.append(el("span", { class: "chip", "data-filter": name },
      `${t("f." + name)}: `, el("bdi", {}, filterValueLabel(name, value)), " ",
      el("button", { type: "button", title: "×", "aria-label": "remove", onclick: () => setFilter(name, null) }, "×")));
  }
  const n = filtered().length;
  // With a sample the table shows what was fetched; the count says how many the server has.
  const shown = S.sampled ? `${n} / ${S.total}` : `${n} ${t("of")} ${S.events.length}`;
  document.getElementById("count").textContent = `${shown} ${t("events")}`;
  document.getElementById("clear").hidden = Object.keys(S.filters).length === 0;
}

/* ---------- routing ---------- */

function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [pathPart, queryPart] = hash.split("?");
  const parts = pathPart.split("/").map(decodeURIComponent);
  return { page: parts[0] || "events", arg: parts[1] || null, params: new URLSearchParams(queryPart || "") };
}

const PAGES = {};

function render() {
  if (!S.loaded) return;
  const r = route();
  const page = PAGES[r.page] ? r.page : "events";
  for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", a.dataset.page === page);
  renderChips();
  const main = document.getElementById("page");
  main.className = `page-${page}`;
  main.replaceChildren();
  try {
    PAGES[page](main, r);
  } catch (err) {
    showError(err);
  }
}

function showError(err) {
  console.error(err);
  document.getElementById("status").textContent = `${t("error")}: ${err.message || err}`;
}

function applyLanguage() {
  const html = document.documentElement;
  html.lang = S.lang;
  html.dir = S.lang === "ar" ? "rtl" : "ltr";
  document.title = t("app");
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = t(node.dataset.i18nPlaceholder);
  document.getElementById("lang").textContent = S.lang === "ar" ? "English" : "العربية";
}

/* ---------- events explorer ---------- */

const COLUMNS = [
  { key: "date", label: "col.date", value: (ev) => ev.date.start || "", cell: (ev) => dateLabel(ev) },
  { key: "type", label: "col.type", value: (ev) => ev.type, cell: (ev) => typeBadge(ev.type) },
  { key: "source", label: "col.source", value: (ev) => actorName(ev.source), cell: (ev) => actorCell(ev.source) },
  { key: "target", label: "col.target", value: (ev) => actorName(ev.target), cell: (ev) => actorCell(ev.target) },
  { key: "place", label: "col.place", value: (ev) => placeLabel(ev.location), cell: (ev) => placeLabel(ev.location) },
  { key: "modality", label: "col.modality", value: (ev) => ev.modality, cell: (ev) => modalityName(ev.modality) },
  { key: "claimant", label: "col.claimant", value: (ev) => actorName(ev.claimant), cell: (ev) => ev.claimant ? actorLabel(ev.claimant) : "" },
  { key: "confidence", label: "col.confidence", value: (ev) => ev.confidence ?? 0, cell: (ev) => ev.confidence != null ? Number(ev.confidence).toFixed(2) : "" },
  { key: "evidence", label: "col.evidence", value: (ev) => ev.evidence.text,
    cell: (ev) => el("a", { href: articleHref(ev.article_id, ev.id), class: "evidence-link" }, ev.evidence.text) },
];

function actorCell(actor) {
  const key = actorKey(actor);
  if (!key) return t("unknown");
  return el("a", { href: "javascript:void 0", class: "actor-link", "data-actor": key,
    onclick: (e) => { e.preventDefault(); setFilter("actor", key); } }, actorLabel(actor));
}

function sortEvents(events) {
  const col = COLUMNS.find((c) => c.key === S.sort.key) || COLUMNS[0];
  return [...events].sort((a, b) => {
    const x = col.value(a), y = col.value(b);
    const cmp = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), S.lang);
    return cmp * S.sort.dir;
  });
}

function eventTable(events, { sortable = true, id = "events-table" } = {}) {
  const head = el("tr", {}, COLUMNS.map((col) => {
    const arrow = S.sort.key === col.key ? (S.sort.dir > 0 ? " ▲" : " ▼") : "";
    return el("th", {
      "data-key": col.key, class: sortable ? "sortable" : null,
      onclick: sortable ? () => {
        S.sort = { key: col.key, dir: S.sort.key === col.key ? -S.sort.dir : 1 };
        render();
      } : null,
    }, t(col.label) + arrow);
  }));
  const rows = sortEvents(events).slice(0, TABLE_ROWS).map((ev) =>
    el("tr", { class: "event-row", "data-id": ev.id, "data-type": ev.type },
      COLUMNS.map((col) => el("td", { class: `c-${col.key}` }, col.cell(ev)))));
  const table = el("table", { id, class: "events" }, el("thead", {}, head), el("tbody", {}, rows));
  const wrap = el("div", { class: "table-wrap" }, table);
  if (events.length > TABLE_ROWS) wrap.append(el("p", { class: "note" }, `${TABLE_ROWS} / ${events.length}`));
  return wrap;
}

function facetCounts(name, value) {
  const counts = new Map();
  const labels = new Map();
  for (const ev of filtered([name])) {
    for (const [key, label] of value(ev)) {
      if (key == null) continue;
      counts.set(key, (counts.get(key) || 0) + 1);
      if (!labels.has(key)) labels.set(key, label);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
    .map(([key, n]) => ({ key, n, label: labels.get(key) }));
}

const FACETS = [
  { name: "type", value: (ev) => [[ev.type, typeName(ev.type)]] },
  { name: "actor", value: (ev) => {
      const out = [];
      for (const a of [ev.source, ev.target]) if (actorKey(a)) out.push([actorKey(a), actorLabel(a)]);
      return [...new Map(out)]; } },
  { name: "country", value: (ev) => [[ev.location && ev.location.country, ev.location && ev.location.country]] },
  { name: "modality", value: (ev) => [[ev.modality, modalityName(ev.modality)]] },
];

function facetPanel() {
  return el("aside", { class: "facets" }, FACETS.map((facet) => {
    const items = facetCounts(facet.name, facet.value).slice(0, 30);
    const current = S.filters[facet.name];
    return el("section", { class: "facet", "data-facet": facet.name },
      el("h3", {}, t("facet." + facet.name)),
      el("ul", {}, items.map((item) => el("li", {},
        el("button", {
          type: "button", "data-value": item.key,
          class: current === item.key ? "on" : null,
          onclick: () => setFilter(facet.name, current === item.key ? null : item.key),
        },
        facet.name === "type" ? el("i", { class: "swatch", style: `background:${typeColour(item.key)}` }) : null,
        el("span", { class: "label" }, item.label),
        el("span", { class: "n" }, item.n))))));
  }));
}

PAGES.events = (main) => {
  main.append(el("div", { class: "split" }, facetPanel(), eventTable(filtered())));
};

/* ---------- article reader ---------- */

const ARTICLE_CACHE = new Map();

async function loadArticle(id) {
  if (!ARTICLE_CACHE.has(id)) ARTICLE_CACHE.set(id, api(`/api/articles/${encodeURIComponent(id)}`));
  try {
    return await ARTICLE_CACHE.get(id);
  } catch (err) {
    ARTICLE_CACHE.delete(id);
    throw err;
  }
}

function mentionKind(m) {
  const kind = String(m.kind || m.type || "").toLowerCase();
  if (kind === "date" || kind === "when") return "time";
  if (kind === "location") return "place";
  return kind;
}

/* Trigger spans: trigger mentions if the API gives them, else each event's trigger words found in its evidence. */
function triggerRanges(text, mentions, events) {
  const ranges = mentions.filter((m) => mentionKind(m) === "trigger");
  if (ranges.length) return ranges;
  const out = [];
  for (const ev of events) {
    const trig = ev.trigger;
    if (trig && typeof trig === "object" && trig.start != null) { out.push({ start: trig.start, end: trig.end }); continue; }
    if (typeof trig !== "string" || !trig) continue;
    for (const word of trig.split(/\s*[|;]\s*/)) {
      const at = word ? text.indexOf(word, ev.evidence.start || 0) : -1;
      if (at >= 0 && (ev.evidence.end == null || at < ev.evidence.end)) out.push({ start: at, end: at + word.length });
    }
  }
  return out;
}

/* The text cut at every range boundary; each piece carries the classes of the ranges covering it. */
function highlighted(text, ranges) {
  const cuts = new Set([0, text.length]);
  for (const r of ranges) { cuts.add(Math.max(0, Math.min(text.length, r.start))); cuts.add(Math.max(0, Math.min(text.length, r.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = ranges.filter((r) => r.start <= a && r.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { out.push(document.createTextNode(piece)); continue; }
    const classes = [...new Set(covering.map((r) => r.cls))];
    const title = [...new Set(covering.map((r) => r.title).filter(Boolean))].join(" · ");
    const attrs = { class: classes.join(" "), title: title || null };
    const evIds = covering.filter((r) => r.event).map((r) => r.event);
    if (evIds.length) attrs["data-event"] = evIds.join(" ");
    out.push(el("span", attrs, piece));
  }
  return out;
}

function mentionTitle(m, kind) {
  const v = m.value || m;
  if (kind === "actor") return `${t("kind.actor")}: ${[v.code, v.group, v.name].filter(Boolean).join(" / ")}`;
  if (kind === "place") return `${t("kind.place")}: ${[v.name, v.country].filter(Boolean).join(", ")}`;
  if (kind === "time") return `${t("kind.time")}: ${[v.start, v.end].filter(Boolean).join(" – ")}`;
  return t("kind." + kind);
}

function articleList(main, r) {
  const q = r.params.get("q") || "";
  const input = el("input", { type: "search", id: "article-q", value: q, placeholder: t("article.search") });
  const form = el("form", { class: "article-search", onsubmit: (e) => {
    e.preventDefault();
    location.hash = `#/article?q=${encodeURIComponent(input.value)}`;
  } }, input, el("button", { type: "submit" }, "⌕"));
  const list = el("ul", { class: "article-list" }, el("li", { class: "loading" }, t("loading")));
  main.append(el("h2", {}, t("article.pick")), form, list);
  api(`/api/articles${q ? `?q=${encodeURIComponent(q)}` : ""}`).then((data) => {
    const items = itemsOf(data);
    list.replaceChildren(...(items.length ? items.map((a) => el("li", {},
      el("a", { href: articleHref(a.id), class: "article-link" }, a.title || a.id),
      el("span", { class: "meta" }, [a.published, a.source].filter(Boolean).join(" · ")))) : [el("li", {}, t("none"))]));
  }).catch(showError);
}

PAGES.article = (main, r) => {
  if (!r.arg) { articleList(main, r); return; }
  const selected = r.params.get("event");
  const holder = el("div", { class: "reader" }, el("p", { class: "loading" }, t("loading")));
  main.append(holder);
  loadArticle(r.arg).then((data) => {
    if (route().arg !== r.arg) return;  // the user moved on
    holder.replaceChildren(...readerView(data, selected));
    const mark = holder.querySelector(".ev-selected");
    if (mark) mark.scrollIntoView({ block: "center" });
  }).catch((err) => { holder.replaceChildren(el("p", { class: "error" }, `${t("error")}: ${err.message}`)); showError(err); });
};

function readerView(data, selected) {
  const article = data.article || data;
  const text = article.text || "";
  const mentions = itemsOf(data.mentions || article.mentions || []);
  const events = itemsOf(data.events || article.events || []).map(asEvent);
  const ranges = [];
  for (const m of mentions) {
    const kind = mentionKind(m);
    if (!["actor", "place", "time"].includes(kind)) continue;
    ranges.push({ start: m.start, end: m.end, cls: `m-${kind}`, title: mentionTitle(m, kind) });
  }
  for (const tr of triggerRanges(text, mentions, events)) ranges.push({ start: tr.start, end: tr.end, cls: "m-trigger", title: t("kind.trigger") });
  const titleRanges = [];  // events that only the headline tells have their offsets in the title
  for (const ev of events) {
    const cls = ev.id === selected ? "ev ev-selected" : "ev";
    (ev.evidence.in === "title" ? titleRanges : ranges)
      .push({ start: ev.evidence.start, end: ev.evidence.end, cls, event: ev.id });
  }
  const body = el("div", { class: "article-text", id: "article-text", lang: "ar", dir: "rtl" }, highlighted(text, ranges));
  const legend = el("p", { class: "legend" }, `${t("article.legend")}: `,
    ["actor", "place", "time", "trigger"].map((k) => el("span", { class: `m-${k}` }, t("kind." + k))),
    el("span", { class: "ev ev-selected" }, t("kind.evidence")));
  const cards = events.map((ev) => el("li", {
    class: `event-card${ev.id === selected ? " selected" : ""}`, "data-id": ev.id, tabindex: "0",
    onclick: () => selectEvent(article.id, ev.id),
    onkeydown: (e) => { if (e.key === "Enter") selectEvent(article.id, ev.id); },
  }, typeBadge(ev.type), " ", el("b", {}, actorLabel(ev.source)), " → ", actorLabel(ev.target),
  el("div", { class: "meta" }, [dateLabel(ev), placeLabel(ev.location), modalityName(ev.modality),
    ev.claimant ? `${t("col.claimant")}: ${actorLabel(ev.claimant)}` : null].filter(Boolean).join(" · "))));
  const others = el("div", { class: "others", id: "others" });
  if (selected) loadOthers(selected, article.id, others);
  return [
    el("article", { class: "reader-main" },
      el("h2", { lang: "ar", dir: "rtl", id: "article-title" }, article.title ? highlighted(article.title, titleRanges) : article.id),
      el("p", { class: "meta" }, [article.published, article.source, article.author].filter(Boolean).join(" · "),
        article.url ? el("a", { href: article.url, rel: "noreferrer" }, " ↗") : null),
      legend, body),
    el("aside", { class: "reader-events" }, el("h3", {}, `${t("article.events")} (${events.length})`),
      el("ol", { class: "event-cards" }, cards), others),
  ];
}

function selectEvent(articleId, eventId) {
  history.replaceState(null, "", articleHref(articleId, eventId));
  render();
}

/* Other articles reporting the chosen event, from GET /api/events/{id}. */
function loadOthers(eventId, articleId, holder) {
  api(`/api/events/${encodeURIComponent(eventId)}`).then((data) => {
    const list = itemsOf(data.other_reports || data.other_articles || [])
      .filter((a) => (a.article_id || a.id) !== articleId);
    if (!list.length) return;
    holder.replaceChildren(el("h4", {}, t("article.other")), el("ul", {}, list.map((a) => {
      const id = a.article_id || a.id;
      return el("li", {}, el("a", { href: articleHref(id, a.event_id || null) }, a.title || id),
        a.published ? el("span", { class: "meta" }, ` · ${a.published}`) : null);
    })));
  }).catch((err) => console.warn(err));
}

/* ---------- map ---------- */

function located(events) {
  return events.filter((ev) => ev.location && ev.location.lat != null && ev.location.lon != null);
}

function mapView(points) {
  if (S.map) return S.map;
  if (!points.length) return { lon0: 40, lat0: 25, span: 40 };
  const lats = points.map((e) => e.location.lat), lons = points.map((e) => e.location.lon);
  const [s, n, w, e] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  return { lon0: (w + e) / 2, lat0: (s + n) / 2, span: Math.max(6, (n - s) * 1.3, (e - w) * 1.3) };
}

PAGES.map = (main) => {
  const all = filtered(["bbox"]);
  const points = located(all);
  const box = el("div", { class: "map-box" });
  const side = el("aside", { class: "map-side" });
  main.append(el("p", { class: "hint" }, t("map.hint")), el("div", { class: "split map-split" }, box, side));
  const W = Math.max(300, box.clientWidth || 800), H = Math.round(Math.max(320, Math.min(640, W * 0.62)));
  const root = svg("svg", { id: "map", viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img" });
  box.append(root, el("div", { class: "map-buttons" },
    el("button", { type: "button", title: t("map.zoomin"), onclick: () => zoomMap(1.5) }, "+"),
    el("button", { type: "button", title: t("map.zoomout"), onclick: () => zoomMap(1 / 1.5) }, "−"),
    el("button", { type: "button", title: t("map.reset"), onclick: () => { S.map = null; render(); } }, "⟲")));
  const missing = all.length - points.length;
  const view = mapView(points);
  const draw = () => drawMap(root, W, H, points, view);
  draw();
  enablePanZoom(root, W, H, view, draw);
  side.append(el("p", { class: "note" }, `${missing} ${t("map.nocoords")}`), mapLegend(points));
  if (S.filters.bbox) side.append(eventList(filtered()));
};

function zoomMap(factor) {
  const view = S.map || mapView(located(filtered(["bbox"])));
  S.map = { ...view, span: Math.max(0.05, Math.min(400, view.span / factor)) };
  render();
}

/* Equirectangular projection around the view centre, shrunk by cos(latitude) east–west. */
function projector(W, H, view) {
  const k = Math.min(W, H) / view.span;
  const c = Math.cos((view.lat0 * Math.PI) / 180);
  return {
    k, c,
    xy: (lat, lon) => [W / 2 + (lon - view.lon0) * c * k, H / 2 - (lat - view.lat0) * k],
    ll: (x, y) => [view.lat0 - (y - H / 2) / k, view.lon0 + (x - W / 2) / (c * k)],
  };
}

function drawMap(root, W, H, points, view) {
  const P = projector(W, H, view);
  root.replaceChildren(svg("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
  // Graticule: a line every 1, 2, 5, 10 or 20 degrees, whichever gives a few lines.
  const step = [0.5, 1, 2, 5, 10, 20, 30].find((s) => view.span / s <= 10) || 30;
  const [latTop, lonLeft] = P.ll(0, 0), [latBottom, lonRight] = P.ll(W, H);
  const g = svg("g", { class: "graticule" });
  for (let lat = Math.ceil(latBottom / step) * step; lat <= latTop; lat += step) {
    const y = P.xy(lat, 0)[1];
    g.append(svg("line", { x1: 0, x2: W, y1: y, y2: y }), svg("text", { x: 4, y: y - 3 }, `${+lat.toFixed(1)}°`));
  }
  for (let lon = Math.ceil(lonLeft / step) * step; lon <= lonRight; lon += step) {
    const x = P.xy(0, lon)[0];
    g.append(svg("line", { x1: x, x2: x, y1: 0, y2: H }), svg("text", { x: x + 3, y: H - 4 }, `${+lon.toFixed(1)}°`));
  }
  root.append(g);
  // The selected area, if any.
  const bbox = S.filters.bbox;
  if (bbox) {
    const [x1, y1] = P.xy(bbox[2], bbox[1]), [x2, y2] = P.xy(bbox[0], bbox[3]);
    root.append(svg("rect", { class: "bbox", x: x1 - 14, y: y1 - 14, width: x2 - x1 + 28, height: y2 - y1 + 28, rx: 8 }));
  }
  // Place names, then clusters on top.
  const labels = svg("g", { class: "place-labels" });
  const named = new Map();
  for (const ev of points) {
    const name = S.lang === "en" ? (ev.location.name || ev.location.text) : (ev.location.text || ev.location.name);
    if (!named.has(name)) named.set(name, P.xy(ev.location.lat, ev.location.lon));
  }
  for (const [name, [x, y]] of named) labels.append(svg("text", { x: x + 8, y: y - 8 }, name));
  root.append(labels);
  const layer = svg("g", { class: "clusters" });
  for (const cluster of clusters(points, P, 24)) layer.append(clusterMark(cluster));
  root.append(layer);
}

/* Greedy clustering in screen space: a point joins the first cluster within `radius` pixels. */
function clusters(points, P, radius) {
  const out = [];
  for (const ev of points) {
    const [x, y] = P.xy(ev.location.lat, ev.location.lon);
    const near = out.find((c) => Math.hypot(c.x - x, c.y - y) <= radius);
    if (near) {
      near.events.push(ev);
      near.x += (x - near.x) / near.events.length;
      near.y += (y - near.y) / near.events.length;
    } else out.push({ x, y, events: [ev] });
  }
  return out;
}

function clusterMark(cluster) {
  const byType = new Map();
  for (const ev of cluster.events) byType.set(ev.type, (byType.get(ev.type) || 0) + 1);
  const types = [...byType.entries()].sort((a, b) => b[1] - a[1]);
  const n = cluster.events.length;
  const r = n === 1 ? 7 : Math.min(28, 9 + 4 * Math.sqrt(n));
  const g = svg("g", {
    class: n === 1 ? "marker" : "cluster", "data-count": n, tabindex: 0, role: "button",
    transform: `translate(${cluster.x.toFixed(1)},${cluster.y.toFixed(1)})`,
    onclick: () => selectArea(cluster.events),
  }, svg("title", {}, types.map(([ty, k]) => `${typeName(ty)}: ${k}`).join("\n")));
  // A ring of type colours around the dominant colour, so a mixed cluster shows its mix.
  if (n === 1) g.append(svg("circle", { r, fill: typeColour(types[0][0]) }));
  else if (types.length === 1) g.append(svg("circle", { r, fill: typeColour(types[0][0]) }), svg("circle", { r: r * 0.55, class: "hole" }));
  else {
    let angle = -Math.PI / 2;
    for (const [ty, k] of types) {
      const sweep = (2 * Math.PI * k) / n;
      const [x1, y1] = [r * Math.cos(angle), r * Math.sin(angle)];
      const [x2, y2] = [r * Math.cos(angle + sweep), r * Math.sin(angle + sweep)];
      g.append(svg("path", { fill: typeColour(ty),
        d: `M0,0 L${x1.toFixed(2)},${y1.toFixed(2)} A${r},${r} 0 ${sweep > Math.PI ? 1 : 0} 1 ${x2.toFixed(2)},${y2.toFixed(2)} Z` }));
      angle += sweep;
    }
    g.append(svg("circle", { r: r * 0.55, class: "hole" }));
  }
  if (n > 1) g.append(svg("text", { class: "count", dy: "0.35em" }, n));
  return g;
}

function selectArea(events) {
  const lats = events.map((e) => e.location.lat), lons = events.map((e) => e.location.lon);
  const pad = 0.01;
  setFilter("bbox", [Math.min(...lats) - pad, Math.min(...lons) - pad, Math.max(...lats) + pad, Math.max(...lons) + pad]);
}

function enablePanZoom(root, W, H, view, draw) {
  let drag = null;
  root.addEventListener("wheel", (e) => {
    e.preventDefault();
    const rect = root.getBoundingClientRect();
    const P = projector(W, H, view);
    const [x, y] = [(e.clientX - rect.left) * (W / rect.width), (e.clientY - rect.top) * (H / rect.height)];
    const [lat, lon] = P.ll(x, y);
    const factor = e.deltaY < 0 ? 1.25 : 0.8;
    view.span = Math.max(0.05, Math.min(400, view.span / factor));
    // keep the point under the cursor where it was
    const Q = projector(W, H, view);
    const [x2, y2] = Q.xy(lat, lon);
    view.lon0 += (x2 - x) / (Q.c * Q.k);
    view.lat0 -= (y2 - y) / Q.k;
    S.map = view;
    draw();
  }, { passive: false });
  root.addEventListener("pointerdown", (e) => {
    if (e.target.closest(".cluster, .marker")) return;
    drag = { x: e.clientX, y: e.clientY, lon0: view.lon0, lat0: view.lat0 };
    root.setPointerCapture(e.pointerId);
  });
  root.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const rect = root.getBoundingClientRect();
    const P = projector(W, H, view);
    view.lon0 = drag.lon0 - ((e.clientX - drag.x) * (W / rect.width)) / (P.c * P.k);
    view.lat0 = drag.lat0 + ((e.clientY - drag.y) * (H / rect.height)) / P.k;
    S.map = view;
    draw();
  });
  root.addEventListener("pointerup", () => { drag = null; });
}

function mapLegend(events) {
  const types = [...new Set(events.map((e) => e.type))].sort();
  return el("ul", { class: "legend-list" }, types.map((ty) =>
    el("li", {}, el("i", { class: "swatch", style: `background:${typeColour(ty)}` }), typeName(ty))));
}

/* A compact list of events, each opening its article at its evidence. */
function eventList(events, id = "event-list") {
  return el("ol", { class: "event-list", id }, sortEvents(events).slice(0, 200).map((ev) =>
    el("li", { "data-id": ev.id }, typeBadge(ev.type), " ",
      el("a", { href: articleHref(ev.article_id, ev.id) }, `${actorLabel(ev.source)} → ${actorLabel(ev.target)}`),
      el("div", { class: "meta" }, `${dateLabel(ev)} · ${placeLabel(ev.location)}`),
      el("div", { class: "evidence", lang: "ar", dir: "rtl" }, ev.evidence.text))));
}

/* ---------- timeline ---------- */

function isoDay(d) { return d.toISOString().slice(0, 10); }
function parseDay(s) { return new Date(`${s}T00:00:00Z`); }
function addDays(d, n) { return new Date(d.getTime() + n * 86400000); }

function bucketStart(day, unit) {
  const d = parseDay(day);
  if (unit === "month") return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  if (unit === "week") return addDays(d, -((d.getUTCDay() + 6) % 7));  // Monday
  return d;
}

function bucketNext(d, unit) {
  if (unit === "month") return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  return addDays(d, unit === "week" ? 7 : 1);
}

PAGES.timeline = (main) => {
  const events = filtered(["since", "until"]).filter((ev) => ev.date.start);
  main.append(el("p", { class: "hint" }, t("timeline.hint")));
  const box = el("div", { class: "timeline-box" });
  main.append(box);
  if (!events.length) { box.append(el("p", {}, t("none"))); return; }
  const days = events.map((ev) => ev.date.start).sort();
  const spanDays = (parseDay(days[days.length - 1]) - parseDay(days[0])) / 86400000;
  const unit = spanDays <= 120 ? "day" : spanDays <= 3 * 365 ? "week" : "month";
  // Continuous buckets from the first to the last event.
  const buckets = [];
  const index = new Map();
  for (let d = bucketStart(days[0], unit); d <= parseDay(days[days.length - 1]); d = bucketNext(d, unit)) {
    index.set(isoDay(d), buckets.length);
    buckets.push({ start: isoDay(d), end: isoDay(addDays(bucketNext(d, unit), -1)), byType: new Map(), n: 0 });
  }
  for (const ev of events) {
    const b = buckets[index.get(isoDay(bucketStart(ev.date.start, unit)))];
    b.byType.set(ev.type, (b.byType.get(ev.type) || 0) + 1);
    b.n += 1;
  }
  const W = Math.max(300, box.clientWidth || 900), H = 300;
  const pad = { l: 36, r: 12, t: 12, b: 40 };
  const plotW = W - pad.l - pad.r, plotH = H - pad.t - pad.b;
  const bw = plotW / buckets.length;
  const max = Math.max(...buckets.map((b) => b.n));
  const root = svg("svg", { id: "timeline", viewBox: `0 0 ${W} ${H}`, width: W, height: H, direction: "ltr" });
  const yOf = (v) => pad.t + plotH - (v / max) * plotH;
  for (const v of [0, Math.ceil(max / 2), max]) {
    root.append(svg("line", { class: "grid", x1: pad.l, x2: W - pad.r, y1: yOf(v), y2: yOf(v) }),
      svg("text", { class: "axis", x: pad.l - 6, y: yOf(v) + 4, "text-anchor": "end" }, v));
  }
  const bars = svg("g", { class: "bars" });
  buckets.forEach((b, i) => {
    const g = svg("g", { class: "bar", "data-start": b.start, "data-end": b.end, "data-count": b.n },
      svg("title", {}, `${b.start}${unit !== "day" ? ` – ${b.end}` : ""}: ${b.n}`));
    let acc = 0;
    for (const ty of Object.keys(TYPES)) {
      const k = b.byType.get(ty);
      if (!k) continue;
      g.append(svg("rect", { x: pad.l + i * bw + bw * 0.1, width: Math.max(1, bw * 0.8), y: yOf(acc + k), height: yOf(acc) - yOf(acc + k), fill: typeColour(ty) }));
      acc += k;
    }
    bars.append(g);
  });
  root.append(bars);
  const labelEvery = Math.max(1, Math.ceil(buckets.length / Math.max(1, Math.floor(plotW / 80))));
  buckets.forEach((b, i) => {
    if (i % labelEvery) return;
    root.append(svg("text", { class: "axis", x: pad.l + i * bw + bw / 2, y: H - pad.b + 16, "text-anchor": "middle" },
      unit === "month" ? b.start.slice(0, 7) : b.start));
  });
  root.append(svg("text", { class: "axis unit", x: W - pad.r, y: H - 6, "text-anchor": "end" }, t(`timeline.unit.${unit}`)));
  // The current period, then the brush that draws a new one.
  const sel = svg("rect", { class: "brush", y: pad.t, height: plotH, x: 0, width: 0, visibility: "hidden" });
  const { since, until } = S.filters;
  if (since || until) {
    const i0 = buckets.findIndex((b) => b.end >= (since || ""));
    let i1 = buckets.length - 1;
    while (i1 > 0 && until && buckets[i1].start > until) i1--;
    if (i0 >= 0 && i1 >= i0) setAttrs(sel, { x: pad.l + i0 * bw, width: (i1 - i0 + 1) * bw, visibility: "visible" });
  }
  const overlay = svg("rect", { class: "brush-area", x: pad.l, y: pad.t, width: plotW, height: plotH });
  root.append(sel, overlay);
  const bucketAt = (e) => {
    const rect = root.getBoundingClientRect();
    const x = (e.clientX - rect.left) * (W / rect.width);
    return Math.max(0, Math.min(buckets.length - 1, Math.floor((x - pad.l) / bw)));
  };
  let start = null;
  overlay.addEventListener("pointerdown", (e) => { start = bucketAt(e); overlay.setPointerCapture(e.pointerId); });
  overlay.addEventListener("pointermove", (e) => {
    if (start === null) return;
    const [a, b] = [Math.min(start, bucketAt(e)), Math.max(start, bucketAt(e))];
    setAttrs(sel, { x: pad.l + a * bw, width: (b - a + 1) * bw, visibility: "visible" });
  });
  overlay.addEventListener("pointerup", (e) => {
    if (start === null) return;
    const [a, b] = [Math.min(start, bucketAt(e)), Math.max(start, bucketAt(e))];
    start = null;
    setFilters({ since: buckets[a].start, until: buckets[b].end });
  });
  box.append(root, typeLegend(events));
  main.append(eventTable(filtered()));
};

function typeLegend(events) {
  const counts = new Map();
  for (const ev of events) counts.set(ev.type, (counts.get(ev.type) || 0) + 1);
  return el("ul", { class: "legend-list inline" }, Object.keys(TYPES).filter((ty) => counts.has(ty)).map((ty) =>
    el("li", {}, el("button", { type: "button", "data-type": ty, onclick: () => setFilter("type", S.filters.type === ty ? null : ty) },
      el("i", { class: "swatch", style: `background:${typeColour(ty)}` }), `${typeName(ty)} (${counts.get(ty)})`))));
}

/* ---------- network ---------- */

function networkOf(events) {
  const nodes = new Map(), edges = new Map();
  const node = (a) => {
    const key = actorKey(a);
    if (!nodes.has(key)) nodes.set(key, { key, actor: a, n: 0 });
    nodes.get(key).n += 1;
    return key;
  };
  for (const ev of events) {
    const s = actorKey(ev.source) ? node(ev.source) : null;
    const tg = actorKey(ev.target) ? node(ev.target) : null;
    if (!s || !tg || s === tg) continue;
    const id = `${s}→${tg}`;
    if (!edges.has(id)) edges.set(id, { id, s, t: tg, events: [], byType: new Map() });
    const e = edges.get(id);
    e.events.push(ev);
    e.byType.set(ev.type, (e.byType.get(ev.type) || 0) + 1);
  }
  return { nodes, edges };
}

/* A small force layout (repulsion between all nodes, springs along edges), deterministic. */
function layout(nodes, edges, W, H) {
  const list = [...nodes.values()];
  const n = list.length;
  list.forEach((nd, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    nd.x = W / 2 + (W / 3) * Math.cos(a);
    nd.y = H / 2 + (H / 3) * Math.sin(a);
  });
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.45;
  const gravity = 0.02 * n;
  let temp = W / 8;
  for (let iter = 0; iter < 250; iter++) {
    for (const a of list) { a.dx = 0; a.dy = 0; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = list[i], b = list[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(1, Math.hypot(dx, dy));
        const f = (k * k) / d;
        dx /= d; dy /= d;
        a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
      }
    }
    for (const e of edges.values()) {
      const a = nodes.get(e.s), b = nodes.get(e.t);
      let dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const f = (0.3 * d * d) / k;
      dx /= d; dy /= d;
      a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
    }
    for (const a of list) {
      a.dx += (W / 2 - a.x) * gravity;  // gravity keeps lone actors near the middle
      a.dy += (H / 2 - a.y) * gravity * 1.5;
      const d = Math.max(1, Math.hypot(a.dx, a.dy));
      a.x = Math.max(40, Math.min(W - 40, a.x + (a.dx / d) * Math.min(d, temp)));
      a.y = Math.max(30, Math.min(H - 30, a.y + (a.dy / d) * Math.min(d, temp)));
    }
    temp *= 0.97;
  }
}

PAGES.network = (main) => {
  const events = filtered(["edge"]);
  const { nodes, edges } = networkOf(events);
  // Keep the busiest actors when there are many.
  const keep = new Set([...nodes.values()].sort((a, b) => b.n - a.n).slice(0, 60).map((nd) => nd.key));
  for (const key of [...nodes.keys()]) if (!keep.has(key)) nodes.delete(key);
  for (const [id, e] of [...edges]) if (!nodes.has(e.s) || !nodes.has(e.t)) edges.delete(id);
  main.append(el("p", { class: "hint" }, t("network.hint")));
  const box = el("div", { class: "network-box" });
  const side = el("aside", { class: "network-side" });
  main.append(el("div", { class: "split map-split" }, box, side));
  const W = Math.max(300, box.clientWidth || 800), H = 520;
  layout(nodes, edges, W, H);
  const root = svg("svg", { id: "network", viewBox: `0 0 ${W} ${H}`, width: W, height: H });
  const defs = svg("defs");
  for (const [ty, [, colour]] of Object.entries(TYPES)) {
    defs.append(svg("marker", { id: `arrow-${ty}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 12, markerHeight: 12, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
      svg("path", { d: "M0,0 L10,5 L0,10 z", fill: colour })));
  }
  root.append(defs);
  const maxN = Math.max(1, ...[...edges.values()].map((e) => e.events.length));
  const edgeLayer = svg("g", { class: "edges" });
  for (const e of edges.values()) {
    const a = nodes.get(e.s), b = nodes.get(e.t);
    const main_type = [...e.byType.entries()].sort((x, y) => y[1] - x[1])[0][0];
    const width = 1.5 + 6 * Math.sqrt(e.events.length / maxN);
    // Bend each edge to its right so that A→B and B→A stay apart; stop short of the node.
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const d = Math.max(1, Math.hypot(dx, dy));
    const rb = nodeRadius(b) + 4;
    const [ex, ey] = [b.x - (dx / d) * rb, b.y - (dy / d) * rb];
    const [mx, my] = [(a.x + ex) / 2 - (dy / d) * 24, (a.y + ey) / 2 + (dx / d) * 24];
    const selected = S.filters.edge === e.id;
    edgeLayer.append(svg("g", { class: `edge${selected ? " selected" : ""}`, "data-edge": e.id, "data-count": e.events.length, onclick: () => setFilter("edge", selected ? null : e.id) },
      svg("title", {}, `${actorLabel(a.actor)} → ${actorLabel(b.actor)}\n` + [...e.byType].map(([ty, k]) => `${typeName(ty)}: ${k}`).join("\n")),
      svg("path", { class: "hit", d: `M${a.x},${a.y} Q${mx},${my} ${ex},${ey}` }),
      svg("path", { class: "line", d: `M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`, stroke: typeColour(main_type), "stroke-width": width.toFixed(1), "marker-end": `url(#arrow-${main_type})` }),
      svg("text", { class: "edge-count", x: (a.x + 2 * mx + ex) / 4, y: (a.y + 2 * my + ey) / 4 }, e.events.length)));
  }
  const nodeLayer = svg("g", { class: "nodes" });
  for (const nd of nodes.values()) {
    const on = S.filters.actor === nd.key;
    nodeLayer.append(svg("g", { class: `node${on ? " on" : ""}`, "data-actor": nd.key, transform: `translate(${nd.x.toFixed(1)},${nd.y.toFixed(1)})`, onclick: () => setFilter("actor", on ? null : nd.key) },
      svg("title", {}, `${actorLabel(nd.actor)}: ${nd.n}`),
      svg("circle", { r: nodeRadius(nd) }),
      svg("text", { dy: nodeRadius(nd) + 13 }, actorName(nd.actor))));
  }
  root.append(edgeLayer, nodeLayer);
  box.append(root);
  const chosen = S.filters.edge && edges.get(S.filters.edge);
  if (chosen) side.append(el("h3", {}, t("network.edge")), eventList(chosen.events, "edge-events"));
  else side.append(mapLegend(events));
};

function nodeRadius(nd) { return 6 + Math.min(18, 2.5 * Math.sqrt(nd.n)); }

/* ---------- claims ---------- */

/* Who is accused and who accuses: an alleged event's doer and its claimant; an ACCUSE event's target and its source. */
function accusedOf(ev) { return ev.type === "ACCUSE" ? ev.target : ev.source; }
function claimantOf(ev) { return ev.type === "ACCUSE" ? ev.source : ev.claimant; }

/* Denials answering a claim: REJECT events by the accused, in the same article or aimed at the claimant within a month. */
function denialsOf(claim) {
  const accused = actorKey(accusedOf(claim)), claimant = actorKey(claimantOf(claim));
  const day = claim.date.start ? parseDay(claim.date.start).getTime() : null;
  return S.events.filter((ev) => {
    if (ev.type !== "REJECT" || ev.id === claim.id) return false;
    const by = actorKey(ev.source);
    if (ev.article_id === claim.article_id) return !accused || !by || by === accused || by !== claimant;
    if (!accused || by !== accused) return false;
    const near = day === null || !ev.date.start || Math.abs(parseDay(ev.date.start).getTime() - day) <= 31 * 86400000;
    return near && (!claimant || !actorKey(ev.target) || actorKey(ev.target) === claimant);
  });
}

PAGES.claims = (main) => {
  const events = filtered();
  const alleged = events.filter((ev) => ev.modality === "alleged");
  const accusations = events.filter((ev) => ev.type === "ACCUSE" && ev.modality !== "alleged");
  main.append(el("p", { class: "hint" }, t("claims.hint")));
  main.append(el("h2", {}, `${t("claims.alleged")} (${alleged.length})`), claimCards(alleged, "claims-alleged"));
  main.append(el("h2", {}, `${typeName("ACCUSE")} (${accusations.length})`), claimCards(accusations, "claims-accuse"));
};

function claimCards(claims, id) {
  if (!claims.length) return el("p", { class: "note", id }, t("none"));
  return el("ol", { class: "claims", id }, sortEvents(claims).map((ev) => {
    const denials = denialsOf(ev);
    return el("li", { class: "claim", "data-id": ev.id },
      el("div", { class: "claim-head" }, typeBadge(ev.type), " ",
        el("span", { class: "who" }, `${t("claims.claimant")}: `, el("b", {}, claimantOf(ev) ? actorLabel(claimantOf(ev)) : t("claims.unknown"))),
        " · ", el("span", { class: "who" }, `${t(ev.type === "ACCUSE" ? "claims.accused" : "claims.doer")}: `, el("b", {}, accusedOf(ev) ? actorLabel(accusedOf(ev)) : t("claims.unknown"))),
        el("span", { class: "meta" }, ` · ${dateLabel(ev)} · ${placeLabel(ev.location)}`)),
      el("blockquote", { lang: "ar", dir: "rtl" }, el("a", { href: articleHref(ev.article_id, ev.id) }, ev.evidence.text)),
      el("div", { class: "denials" }, el("h4", {}, `${t("claims.denials")} (${denials.length})`),
        denials.length ? el("ul", {}, denials.map((d) => el("li", { class: "denial", "data-id": d.id },
          typeBadge(d.type), " ", el("b", {}, actorLabel(d.source)), " · ", dateLabel(d), " ",
          el("a", { href: articleHref(d.article_id, d.id), lang: "ar", dir: "rtl" }, d.evidence.text))))
          : el("p", { class: "note" }, t("claims.nodenial"))));
  }));
}

/* ---------- start ---------- */

async function start() {
  applyLanguage();
  document.getElementById("lang").addEventListener("click", () => {
    S.lang = S.lang === "ar" ? "en" : "ar";
    localStorage.setItem("marsad.lang", S.lang);
    applyLanguage();
    render();
  });
  const q = document.getElementById("q");
  let timer = null;
  q.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => setFilter("q", q.value.trim()), 200); });
  document.getElementById("clear").addEventListener("click", () => { S.filters = {}; q.value = ""; S.map = null; filtersChanged(); });
  window.addEventListener("hashchange", render);
  let resizeTimer = null;
  window.addEventListener("resize", () => { clearTimeout(resizeTimer); resizeTimer = setTimeout(render, 200); });
  try {
    S.events = await loadEvents();
    S.sampled = S.total > S.events.length;
  } catch (err) {
    showError(err);
  }
  S.loaded = true;
  document.body.dataset.ready = "1";
  render();
}

start();
