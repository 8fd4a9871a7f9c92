// The exploration page: search, graph, filters, inspector, document view and
// path finder, with the state kept in the URL so a view can be shared.
import * as api from "./api.js";
import { Graph, TYPE_COLOURS, TYPE_LABELS, periodEnd, periodStart } from "./graph.js";
import { EVENT_TYPES, eventColour, eventLabel, humanize, inkOn, relationLabel } from "./kinds.js";
import { codePoints, el, findNames, findWords, renderSpans } from "./text.js";

const ALL_TYPES = Object.keys(TYPE_COLOURS);
const $ = (id) => document.getElementById(id);

// ---- state and URL ---------------------------------------------------------

/**
 * Everything a shared link restores. URL parameters:
 *   e      selected entity          g  entities expanded in the graph
 *   t      entities drawn with their TOP_LINKS strongest links (Overview)
 *   x      entities removed         doc, s  document open in the panel, sentence to show
 *   pf, pt, hops  path finder ends  view=path  the panel shows the path
 *   types  entity types shown       hr, he  hidden relation / event types
 *   since, until  date range (YYYY-MM-DD)
 *   view=events, et  the panel lists the events of type et
 *   hl     words searched, marked in the open document
 */
const state = {
  sel: null,
  seeds: [],
  // Entities drawn with only their strongest links (the overview's).
  tops: [],
  removed: [],
  doc: null,
  sent: null,
  view: "entity",
  pf: null,
  pt: null,
  hops: 3,
  types: new Set(ALL_TYPES),
  hideRel: new Set(),
  hideEvt: new Set(),
  since: null,
  until: null,
  size: "mentions",
};

const list = (s) => (s ? s.split(",").filter(Boolean) : []);

function readURL() {
  const q = new URLSearchParams(location.search);
  state.sel = q.get("e");
  state.seeds = list(q.get("g"));
  state.tops = list(q.get("t"));
  state.removed = list(q.get("x"));
  state.doc = q.get("doc");
  state.sent = q.has("s") ? Number(q.get("s")) : null;
  state.view = state.doc ? "doc" : ["path", "edge", "events"].includes(q.get("view")) ? q.get("view") : "entity";
  state.et = q.get("et");
  state.hl = state.doc ? q.get("hl") : null;
  state.edge = q.get("edge");
  state.pf = q.get("pf");
  state.pt = q.get("pt");
  state.hops = Math.min(6, Math.max(1, Number(q.get("hops")) || 3));
  state.types = q.has("types") ? new Set(list(q.get("types")).filter((t) => ALL_TYPES.includes(t))) : new Set(ALL_TYPES);
  state.hideRel = new Set(list(q.get("hr")));
  state.hideEvt = new Set(list(q.get("he")));
  state.since = q.get("since");
  state.until = q.get("until");
  state.size = api.RANK_METRICS.includes(q.get("size")) ? q.get("size") : "mentions";
  if (state.sel && !state.seeds.length && !state.tops.length && state.view === "entity") state.seeds = [state.sel];
}

function urlFor(over = {}) {
  const s = { ...state, ...over };
  const q = new URLSearchParams();
  if (s.sel) q.set("e", s.sel);
  if (s.seeds.length) q.set("g", s.seeds.join(","));
  if (s.tops.length) q.set("t", s.tops.join(","));
  if (s.removed.length) q.set("x", s.removed.join(","));
  if (s.doc) q.set("doc", s.doc);
  if (s.doc && s.sent !== null && s.sent !== undefined) q.set("s", String(s.sent));
  if (s.doc && s.hl) q.set("hl", s.hl);
  if (!s.doc && s.view === "path") q.set("view", "path");
  if (!s.doc && s.view === "events" && s.et) {
    q.set("view", "events");
    q.set("et", s.et);
  }
  if (!s.doc && s.view === "edge" && s.edge) {
    q.set("view", "edge");
    q.set("edge", s.edge);
  }
  if (s.pf) q.set("pf", s.pf);
  if (s.pt) q.set("pt", s.pt);
  if (s.hops !== 3) q.set("hops", String(s.hops));
  if (s.types.size !== ALL_TYPES.length) q.set("types", [...s.types].join(","));
  if (s.hideRel.size) q.set("hr", [...s.hideRel].join(","));
  if (s.hideEvt.size) q.set("he", [...s.hideEvt].join(","));
  if (s.since) q.set("since", s.since);
  if (s.until) q.set("until", s.until);
  if (s.size !== "mentions") q.set("size", s.size);
  const qs = q.toString();
  return qs ? `/?${qs}` : "/";
}

function writeURL(push) {
  const url = urlFor();
  if (url === location.pathname + location.search) return;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

// ---- busy tracking and messages --------------------------------------------

let pending = 0;
function setBusy(delta) {
  pending += delta;
  document.body.dataset.busy = String(pending);
  $("busy").hidden = pending === 0;
}

/** Runs task with the busy indicator on, showing its error instead of throwing. */
async function track(task, what) {
  setBusy(1);
  try {
    return await task();
  } catch (err) {
    if (err.name !== "AbortError") showMessage(`${what} failed: ${err.message}`, true);
    return undefined;
  } finally {
    setBusy(-1);
  }
}

// A note ("All of Kerry's neighbours are already on the canvas") stayed over
// the toolbar while the user read an article minutes later. Notes now go by
// themselves after MESSAGE_MS, and any message goes when the user moves on
// (selects a node, opens an article); errors and sticky ones (a link to
// copy) stay until then or until dismissed.
const MESSAGE_MS = 8000;
let messageTimer = 0;

function showMessage(text, isError = false, { sticky = false } = {}) {
  $("message-text").textContent = text;
  $("message").classList.toggle("error", isError);
  $("message").setAttribute("role", isError ? "alert" : "status");
  $("message").hidden = false;
  clearTimeout(messageTimer);
  if (!isError && !sticky) messageTimer = setTimeout(hideMessage, MESSAGE_MS);
}
function hideMessage() {
  clearTimeout(messageTimer);
  $("message").hidden = true;
}

// ---- small renderers ---------------------------------------------------------

const plural = (n, one, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
/**
 * An event type's badge: its name in its colour; the code and CAMEO code on
 * hover. As a link (link=true) it opens the list of every event of its kind.
 */
const eventBadge = (v, link = true) => {
  const c = eventColour(v.type);
  return el(link ? "a" : "span", {
    class: "badge evt",
    dataset: { type: v.type },
    style: `background:${c};color:${inkOn(c)}`,
    title: `${v.type}${v.cameo ? ` (CAMEO ${v.cameo})` : ""}${link ? `: list every ${eventLabel(v.type).toLowerCase()} event` : ""}`,
    href: link ? urlFor({ view: "events", et: v.type, doc: null }) : null,
    onclick: link ? (ev) => {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
      ev.preventDefault();
      openEventKind(v.type);
    } : null,
  }, eventLabel(v.type));
};
/** A relation type's badge, with its direction from the entity it is listed under. */
const relationText = (type, forward) => (forward ? `${relationLabel(type)} →` : `← ${relationLabel(type)}`);
const badge = (type, sub) => el("span", { class: `badge ${type}`, title: TYPE_LABELS[type] || type }, sub ? `${TYPE_LABELS[type] || type} · ${sub.toLowerCase()}` : TYPE_LABELS[type] || type);

/** A link to an entity: a real URL (so it can be opened in a new tab) that navigates in place. */
function entityLink(e, cls = "") {
  if (!e) return el("span", { class: "muted" }, "unknown");
  return el(
    "a",
    {
      href: urlFor({ sel: e.id, seeds: [e.id], removed: [], doc: null, view: "entity" }),
      class: `entity-link ${cls}`.trim(),
      dataset: { id: e.id },
      onclick: (ev) => {
        if (ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
        ev.preventDefault();
        goEntity(e.id);
      },
    },
    e.name,
  );
}

function docLink(ev, entityId, label = "Open document") {
  const doc = ev.document;
  if (!doc) return null;
  return el(
    "a",
    {
      href: urlFor({ doc: doc.id, sent: ev.sentence, sel: entityId || state.sel }),
      class: "doc-link",
      onclick: (e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        openDocument(doc.id, ev.sentence, entityId);
      },
    },
    `${label} ›`,
  );
}

/**
 * An evidence sentence with mentions marked. marks is a list of
 * {id, names, self}; offsets come from mentions (entity id -> [{document,
 * start, end}]) when the API gave some inside this sentence, else from
 * matching the entity's names.
 */
function evidenceBlock(ev, marks, mentions, entityId) {
  const cps = codePoints(ev.text);
  const spans = [];
  for (const m of marks) {
    const make = (t) => el("mark", { class: m.self ? "self" : "" }, t);
    const inside = ((mentions && mentions[m.id]) || []).filter(
      (x) => ev.document && x.document === ev.document.id && x.start >= ev.start && x.end <= ev.end,
    );
    if (inside.length) {
      for (const x of inside) spans.push({ start: x.start - ev.start, end: x.end - ev.start, make });
    } else {
      for (const s of findNames(cps, m.names)) spans.push({ ...s, make });
    }
  }
  const doc = ev.document;
  const src = doc
    ? [doc.title || "Untitled document", doc.published ? `, ${doc.published}` : "", " · ", docLink(ev, entityId)]
    : [];
  return el("blockquote", { class: "evidence" }, renderSpans(cps, 0, cps.length, spans), el("span", { class: "src" }, src));
}

/**
 * Names to find an entity by in a sentence when the API gave no offsets for
 * it: a person is also written by surname alone ("Kerry said"), which news
 * does after the first mention.
 */
function shortNames(e) {
  const words = e.name.split(/\s+/);
  return e.type === "PERSON" && words.length > 1 ? [e.name, words[words.length - 1]] : [e.name];
}

const namesOf = (e) => [e.name, ...(e.aliasNames || []), ...((e.aliases || []).map((a) => a.text) || [])];

// ---- the graph -----------------------------------------------------------------

let graph;
// The store's entity count (from the header's statistics), for "#297 of 1,484".
let entityTotal = 0;

function updateGraphChrome() {
  const n = graph.size;
  $("welcome").hidden = n > 0;
  // The legend explains nodes and lines; on an empty canvas it only covered
  // the welcome's chips and hints (a small window, or an article open beside).
  $("legend-box").hidden = n === 0;
  const vis = graph.applyFilters(filterSpec());
  $("graph-count").textContent = n
    ? `${plural(vis.nodes, "entity", "entities")} · ${plural(vis.edges, "link")} shown` + (vis.nodes < n ? ` (${n - vis.nodes} filtered out)` : "")
    : "";
  const sel = state.sel && graph.has(state.sel);
  $("t-expand").disabled = !sel;
  $("t-remove").disabled = !sel;
  renderFilters();
  renderLegend(graph.edgeTypes().evt);
  refreshSizes();
}

// Scores fetched per metric in this page's life: the server recomputes a
// metric only when the store changes, and the page is reloaded to see that.
const scoreCache = new Map();
let sizing = Promise.resolve();

/**
 * Sizes the nodes by state.size, fetching the scores of nodes that have none
 * yet. Calls are chained so a burst of graph changes fetches each id once.
 */
function refreshSizes() {
  sizing = sizing.then(async () => {
    const metric = state.size;
    if (metric === "mentions") {
      if (graph.sizing !== "mentions") graph.sizeNodes("mentions");
      return;
    }
    if (!scoreCache.has(metric)) scoreCache.set(metric, new Map());
    const scores = scoreCache.get(metric);
    if (graph.sizing !== metric) graph.sizeNodes(metric, scores);
    const missing = graph.unscored();
    if (!missing.length) return;
    const got = await api.ranks(missing, metric);
    for (const [id, r] of got) scores.set(id, r);
    if (state.size === metric) graph.sizeNodes(metric, scores);
  }).catch((err) => showMessage(`Cannot size the graph by ${sizeLabel(state.size)}: ${err.message}`, true));
  return sizing;
}

const SIZE_LABELS = { mentions: "mentions", pagerank: "PageRank", degree: "degree", betweenness: "betweenness" };
const sizeLabel = (m) => SIZE_LABELS[m] || m;

/** Adds an entity's neighbours to the graph; false when the entity is unknown. */
async function expand(id, { layout = true, limit = Infinity } = {}) {
  const nb = await api.neighbourhood(id);
  if (!nb) {
    showMessage(`No entity with id “${id}”: the link may come from another database.`, true);
    return false;
  }
  const added = graph.addNeighbourhood(nb, limit).filter((x) => !state.removed.includes(x) || x === id);
  // The overview says once what it drew; a note per hub would only flicker.
  if (limit !== Infinity) return true;
  for (const x of state.removed) if (x !== id && !state.seeds.includes(x)) graph.remove(x);
  const notes = [];
  if (nb.relationTotal > nb.relations.length) notes.push(`${nb.relations.length} of ${nb.relationTotal} relations`);
  if (nb.eventTotal > nb.events.length) notes.push(`${nb.events.length} of ${nb.eventTotal} events`);
  if (notes.length) showMessage(`${nb.entity.name} has many links: showing the first ${notes.join(" and ")}.`);
  else if (layout && !added.length && !nb.relations.length && !nb.events.length) {
    showMessage(`${nb.entity.name} has no relations or shared events yet: nothing to add around it.`);
  } else if (layout && !added.length) {
    // Expand pressed again: say so, rather than seem to do nothing.
    showMessage(`All of ${nb.entity.name}'s neighbours are already on the canvas.`);
  }
  if (layout) {
    updateGraphChrome();
    await graph.layout({ incremental: graph.size > added.length + 1 });
  }
  return true;
}

/** Rebuilds the graph from state.seeds (on load and on back/forward). */
let builtFrom = "";
const sceneKey = () => `${state.seeds.join(",")}|${state.tops.join(",")}|${state.removed.join(",")}`;
async function rebuildGraph() {
  const key = sceneKey();
  if (key === builtFrom) return;
  builtFrom = key;
  graph.clear();
  const missing = [];
  // A few at a time: each is one request, and the server has two cores to share.
  for (let i = 0; i < state.seeds.length; i += 3) {
    const batch = state.seeds.slice(i, i + 3);
    const ok = await Promise.all(batch.map((id) => expand(id, { layout: false })));
    batch.forEach((id, j) => ok[j] || missing.push(id));
  }
  const tops = state.tops.filter((id) => !state.seeds.includes(id));
  for (let i = 0; i < tops.length; i += 3) {
    await Promise.all(tops.slice(i, i + 3).map((id) => expand(id, { layout: false, limit: TOP_LINKS })));
  }
  for (const id of state.removed) graph.remove(id);
  if (missing.length) state.seeds = state.seeds.filter((id) => !missing.includes(id));
  updateGraphChrome();
  if (graph.size) await graph.layout();
}

// ---- navigation ----------------------------------------------------------------

/** A fresh scene around one entity: what picking a search result does. */
async function openEntity(id) {
  hideMessage();
  Object.assign(state, { sel: id, seeds: [id], tops: [], removed: [], doc: null, sent: null, view: "entity" });
  writeURL(true);
  await track(async () => {
    builtFrom = "";
    await rebuildGraph();
    graph.select(id);
    updateGraphChrome();
  }, "Loading the graph");
  await renderPanel();
}

/** Goes to an entity from a link: keeps the scene and adds it with its neighbours. */
async function goEntity(id) {
  hideMessage();
  Object.assign(state, { sel: id, doc: null, sent: null, view: "entity" });
  if (!state.seeds.includes(id)) state.seeds = [...state.seeds, id];
  state.removed = state.removed.filter((x) => x !== id);
  writeURL(true);
  await track(async () => {
    if (!graph.node(id) || !graph.cy.getElementById(id).hasClass("expanded")) await expand(id);
    builtFrom = sceneKey();
    graph.select(id);
    graph.centre(id);
    updateGraphChrome();
  }, "Loading the graph");
  await renderPanel();
}

async function selectNode(id) {
  hideMessage();
  Object.assign(state, { sel: id, doc: null, sent: null, view: "entity" });
  writeURL(true);
  updateGraphChrome();
  await renderPanel();
}

async function expandNode(id) {
  if (!state.seeds.includes(id)) state.seeds = [...state.seeds, id];
  state.sel = id;
  writeURL(true);
  await track(async () => {
    await expand(id);
    builtFrom = sceneKey();
    graph.select(id);
    updateGraphChrome();
  }, "Expanding");
  if (state.view === "entity") await renderPanel();
}

/**
 * The node menu (right-click, or the context-menu key / Shift+F10 on the
 * focused canvas): what the inspector's buttons do, where the pointer is.
 */
function openNodeMenu(id, pos) {
  const n = graph.node(id);
  if (!n) return;
  closeNodeMenu();
  if (state.sel !== id || state.view !== "entity") {
    graph.select(id);
    selectNode(id);
  }
  const e = { id, name: n.name, type: n.type };
  const item = (label, act) => el("button", { type: "button", role: "menuitem", onclick: () => { closeNodeMenu(); act(); } }, label);
  const menu = el("div", { id: "node-menu", class: "node-menu", role: "menu", "aria-label": `Actions for ${n.name}` },
    el("div", { class: "node-menu-title" }, n.name),
    item("Expand neighbours", () => expandNode(id)),
    item("Path from here", () => { setPathEnd("from", e); $("path-to").focus(); }),
    item("Path to here", () => { setPathEnd("to", e); $("path-from").focus(); }),
    item("Remove from graph", () => removeNode(id)));
  const box = $("cy").getBoundingClientRect();
  const stage = $("cy").parentElement.getBoundingClientRect();
  menu.style.left = `${Math.round(box.left - stage.left + pos.x + 4)}px`;
  menu.style.top = `${Math.round(box.top - stage.top + pos.y + 4)}px`;
  menu.addEventListener("keydown", (ev) => {
    const items = [...menu.querySelectorAll("[role=menuitem]")];
    const i = items.indexOf(document.activeElement);
    if (ev.key === "Escape") {
      ev.preventDefault();
      closeNodeMenu();
      $("cy").focus();
    } else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      items[(i + (ev.key === "ArrowDown" ? 1 : items.length - 1)) % items.length].focus();
    }
  });
  $("cy").parentElement.append(menu);
  // Keep it inside the canvas when opened near the right or bottom edge.
  const m = menu.getBoundingClientRect();
  if (m.right > box.right) menu.style.left = `${Math.max(0, parseFloat(menu.style.left) - (m.right - box.right) - 8)}px`;
  if (m.bottom > box.bottom) menu.style.top = `${Math.max(0, parseFloat(menu.style.top) - (m.bottom - box.bottom) - 8)}px`;
  menu.querySelector("[role=menuitem]").focus();
}

function closeNodeMenu() {
  const m = $("node-menu");
  if (m) m.remove();
}

function removeNode(id) {
  graph.remove(id);
  state.seeds = state.seeds.filter((x) => x !== id);
  state.tops = state.tops.filter((x) => x !== id);
  if (!state.removed.includes(id)) state.removed = [...state.removed, id];
  builtFrom = sceneKey();
  if (state.sel === id) {
    state.sel = null;
    if (state.view === "entity") renderPanel();
  }
  writeURL(true);
  updateGraphChrome();
}

function clearGraph() {
  graph.clear();
  Object.assign(state, { sel: null, seeds: [], tops: [], removed: [], doc: null, sent: null, view: "entity" });
  builtFrom = sceneKey();
  writeURL(true);
  hideMessage();
  updateGraphChrome();
  renderPanel();
}

// Where the article was opened from, for its Back button: the events
// view and the path left the user with only the browser's Back.
let docFrom = null;

async function openDocument(docId, sentence, entityId, words = null) {
  hideMessage();
  docFrom = state.view === "doc" ? docFrom : { view: state.view, et: state.et, edge: state.edge };
  Object.assign(state, { doc: docId, sent: sentence ?? null, view: "doc", hl: words || null });
  if (entityId) state.sel = entityId;
  writeURL(true);
  await renderPanel();
}

// ---- the panel -------------------------------------------------------------------

let panelToken = 0;

async function renderPanel() {
  const token = ++panelToken;
  const layout = document.querySelector(".layout");
  const view = state.view === "doc" && state.doc ? "doc" : state.view;
  if (layout.dataset.view !== view) {
    layout.dataset.view = view;
    // The canvas changed width: tell the renderer, and keep the graph in view.
    graph.cy.resize();
    graph.fit();
  }
  const body = $("panel-body");
  const show = (...nodes) => {
    if (token !== panelToken) return;
    body.replaceChildren(...nodes.flat().filter(Boolean));
    // The tab and the browser's history name what is shown ("Sergey Lavrov ·
    // Newsgraph"), not "Newsgraph" for every step.
    const h = body.querySelector("h2");
    const name = h ? h.textContent.trim() : "";
    const sub = state.view === "path" ? body.querySelector(".sub") : null;
    document.title = !name || name === "What happened" ? "Newsgraph"
      : `${sub ? `Path: ${sub.textContent.split(" · ")[0]}` : name} · Newsgraph`;
  };
  if (state.view === "doc" && state.doc) return track(() => renderDocument(show), "Loading the document");
  if (state.view === "path" && state.pf && state.pt) return track(() => renderPath(show), "Finding a path");
  if (state.view === "edge" && state.edge) return track(() => renderEdge(show, state.edge), "Loading the link");
  if (state.view === "events" && state.et) return track(() => renderEventKind(show, state.et), "Loading the events");
  if (state.sel) return track(() => renderEntity(show, state.sel), "Loading the entity");
  return track(() => renderStart(show), "Loading what happened");
}

/**
 * The panel before anything is selected. It was a grey box saying "Select
 * an entity", half the screen unused on a new user's first look; it now
 * says what happened in the news: the kinds of event, each opening its
 * list with the sentences they come from, and who met whom most often.
 */
async function renderStart(show) {
  const intro = [el("h2", {}, "What happened"),
    el("p", { class: "hint" }, "Pick a kind to read those events and the sentences they come from, or select an entity (search above, or click a node) to inspect it.")];
  // On a big store the first count takes a second (then it is cached): say so meanwhile.
  show(intro, el("p", { class: "more", id: "start-loading" }, "Counting the events…"));
  const o = await api.eventOverview();
  const kinds = o.byType.length
    ? el("ul", { class: "plain kinds", id: "event-kinds" }, o.byType.map((k) =>
        el("li", {}, el("a", {
          href: urlFor({ view: "events", et: k.key, doc: null }),
          class: "kind-link",
          dataset: { type: k.key },
          onclick: (ev) => {
            if (ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
            ev.preventDefault();
            openEventKind(k.key);
          },
        }, eventSwatch(k.key), eventLabel(k.key)), el("span", { class: "n" }, k.count.toLocaleString("en")))))
    : el("p", { class: "empty-state" }, "No events in the graph yet: ingest some news (newsgraph ingest FILE…) to see who met whom.");
  const dated = o.total - o.undated;
  const pairs = o.pairs.length
    ? el("ul", { class: "plain", id: "top-pairs" }, o.pairs.map((p) => {
        const when = [...new Set([p.first, p.last].filter(Boolean))].join(" – ");
        return el("li", {}, entityLink(p.a), " and ", entityLink(p.b),
          el("span", { class: "hint" }, ` · ${plural(p.count, "meeting")}${when ? `, ${when}` : ""}`));
      }))
    : null;
  show(
    intro[0],
    el("p", { class: "sub" }, `${plural(o.total, "event")} in the news`,
      o.total ? `, ${dated ? plural(dated, "dated one", "dated ones") : "none dated"}` : "", "."),
    intro[1],
    el("h3", {}, "Events by kind"), kinds,
    pairs ? [el("h3", {}, "Who met whom most often"), pairs] : null,
  );
}

/**
 * What to do after "Not found" (a link from another database, or to
 * something merged or deleted since), which was a dead end: search, or
 * start over from what happened.
 */
function notFoundHelp() {
  return [
    el("p", { class: "hint" }, "The link may come from another database, or point at something merged or deleted since. Search for it by name above, or start over."),
    el("div", { class: "actions" }, el("button", { type: "button", id: "start-over", class: "primary", onclick: () => {
      hideMessage();
      Object.assign(state, { sel: null, seeds: [], tops: [], removed: [], doc: null, sent: null, view: "entity", et: null });
      builtFrom = "";
      writeURL(true);
      restoreScene();
    } }, "Start over")),
  ];
}

async function restoreScene() {
  await track(async () => {
    await rebuildGraph();
    updateGraphChrome();
  }, "Loading the graph");
  await renderPanel();
}

function openEventKind(type) {
  hideMessage();
  Object.assign(state, { view: "events", et: type, doc: null, sent: null });
  writeURL(true);
  return renderPanel();
}

/** The events of one type, dated ones first, each with its evidence: the events view. */
async function renderEventKind(show, type) {
  const first = await api.eventsOfType(type);
  const byDate = (a, b) => (a.date || "9999").localeCompare(b.date || "9999");
  const item = (v) => {
    const marks = v.participants.filter((p) => p.entity).map((p) => ({ id: p.entity.id, names: shortNames(p.entity), self: true }));
    if (v.location) marks.push({ id: v.location.id, names: [v.location.name] });
    return el("div", { class: "event", dataset: { event: v.id } },
      el("div", { class: "head" }, el("span", { class: "date" }, v.date || "undated"), eventBadge(v, false),
        v.trigger ? el("em", {}, `“${v.trigger}”`) : "", v.location ? el("span", {}, "in ", entityLink(v.location)) : ""),
      el("div", { class: "who" }, joinParticipants(v, v.participants) || "No one named"),
      v.evidence.map((x) => evidenceBlock(x, marks, null, null)));
  };
  const back = state.sel
    ? el("button", { type: "button", onclick: () => { Object.assign(state, { view: "entity" }); writeURL(true); renderPanel(); } },
        "‹ Back to ", graph.node(state.sel) ? graph.node(state.sel).name : "the entity")
    : el("button", { type: "button", id: "events-back", onclick: () => { Object.assign(state, { view: "entity", et: null }); writeURL(true); renderPanel(); } },
        "‹ What happened");
  show(
    el("div", { class: "actions" }, back),
    el("h2", { id: "events-title", title: type }, eventSwatch(type), " ", eventLabel(type)),
    el("p", { class: "sub" }, `${plural(first.total, "event")} of this kind in the news.`),
    first.items.length
      ? [el("div", { id: "kind-events" }, [...first.items].sort(byDate).map(item)),
          moreButton("kind-events-more", first, "event", (pg) => $("kind-events").append(...[...pg.items].sort(byDate).map(item)),
            (after) => api.eventsOfType(type, after))]
      : el("p", { class: "empty-state" }, "No events of this kind in the graph."),
  );
}

function inRange(date) {
  if (!date) return true;
  // A partial date ("1998", "1995-07") is the whole period it names.
  return !(state.since && periodEnd(date) < state.since) && !(state.until && periodStart(date) > state.until);
}

async function renderEntity(show, id) {
  const [e, mentions] = await Promise.all([api.entityDetails(id, { since: state.since, until: state.until }), api.mentionsOf([id])]);
  if (!e) {
    show(el("h2", {}, "Not found"), el("p", { class: "error-state" }, `There is no entity with id “${id}”.`), notFoundHelp());
    return;
  }
  const self = { id: e.id, names: namesOf(e), self: true };
  const seen = [e.firstSeen, e.lastSeen].filter(Boolean);
  const head = [
    el("h2", { id: "inspector-name" }, e.name),
    el("p", { class: "sub" }, badge(e.type, e.subtype), " ",
      `${plural(e.mentionCount, "mention")} in ${plural(e.documentCount, "document")}`,
      seen.length ? ` · seen ${[...new Set(seen)].join(" – ")}` : ""),
    e.rank
      ? el("p", { class: "sub", id: "inspector-rank", title: "Over the whole graph, as newsgraph analyze ranks it" },
          // "#297 by PageRank · 1 linked entity (#193)" left a new user guessing
          // what the second number ranked, and out of how many.
          `#${e.rank.pagerankPosition.toLocaleString("en")}${entityTotal ? ` of ${entityTotal.toLocaleString("en")}` : ""} by PageRank · ` +
          `${plural(e.rank.degree, "linked entity", "linked entities")} (#${e.rank.degreePosition.toLocaleString("en")} by links)`)
      : null,
    el("div", { class: "actions" },
      el("button", { type: "button", onclick: () => expandNode(e.id) }, "Expand neighbours"),
      el("button", { type: "button", onclick: () => { setPathEnd("from", e); $("path-to").focus(); } }, "Path from here"),
      el("button", { type: "button", onclick: () => setPathEnd("to", e) }, "Path to here"),
      graph.has(e.id) ? el("button", { type: "button", onclick: () => removeNode(e.id) }, "Remove from graph") : null),
  ];

  const aliases = e.aliases.length
    ? el("div", { class: "aliases" }, e.aliases.map((a) => el("span", { class: "alias" }, a.text, el("span", { class: "n" }, `×${a.count}`))))
    : el("p", { class: "hint" }, "No other names.");

  const roles = e.roles.length
    ? el("ul", { class: "plain" }, e.roles.map((r) =>
        el("li", {}, el("strong", {}, r.title),
          r.orgEntity ? [" · ", entityLink(r.orgEntity)] : r.org ? ` · ${r.org}` : "",
          r.firstSeen ? el("span", { class: "hint" }, ` (${[...new Set([r.firstSeen, r.lastSeen].filter(Boolean))].join(" – ")})`) : "")))
    : el("p", { class: "hint" }, "No titles found.");

  // Connections: the other end of each relation, then co-participants of events.
  const conn = new Map();
  const addConn = (other, label, relation, event) => {
    if (!other || other.id === e.id) return;
    const c = conn.get(other.id) || { entity: other, labels: new Map(), relations: [], events: new Map() };
    c.labels.set(label, (c.labels.get(label) || 0) + 1);
    if (relation) c.relations.push([label, relation]);
    if (event && !c.events.has(label)) c.events.set(label, event);
    conn.set(other.id, c);
  };
  for (const r of e.relations) {
    const out = r.source && r.source.id === e.id;
    addConn(out ? r.target : r.source, relationText(r.type, out), r.id);
  }
  for (const v of e.events.items) {
    for (const p of v.participants) addConn(p.entity, eventLabel(v.type).toLowerCase(), null, v.id);
    if (v.location) addConn(v.location, `${eventLabel(v.type).toLowerCase()} in`, null, v.id);
  }
  // Strongest first (most links of any kind); a hub's sixty-odd connections
  // pushed its events off the bottom of the panel, so past the first
  // CONNECTIONS_SHOWN the rest wait behind "Show all".
  const weight = (c) => [...c.labels.values()].reduce((a, b) => a + b, 0);
  const connList = [...conn.values()].sort((a, b) => weight(b) - weight(a));
  const connections = conn.size
    ? el("ul", { class: "plain", id: "connections" }, connList.map((c, i) =>
        el("li", { hidden: i >= CONNECTIONS_SHOWN }, el("span", { class: "dot", style: `background:${TYPE_COLOURS[c.entity.type] || "#777"}` }), " ",
          entityLink(c.entity), " ",
          // Relations open their evidence (what clicking the edge does);
          // events take the user to the first of them in the list below
          // (plain words here were a dead end to click).
          c.relations.map(([l, id]) => [relationLink(id, l), " "]),
          [...c.labels].filter(([l]) => !c.relations.some(([rl]) => rl === l)).map(([l, n], i) => [i ? ", " : "",
            el("a", { href: `#event-${c.events.get(l)}`, class: "event-link", title: `Show the ${l.replace(/ in$/, "")} in the events below`,
              onclick: (ev) => { ev.preventDefault(); showEvent(c.events.get(l)); } }, n > 1 ? `${l} ×${n}` : l)]))))
    : el("p", { class: "hint" }, "No relations or shared events.");
  const allConnections = conn.size > CONNECTIONS_SHOWN
    ? el("button", { type: "button", class: "more-button", id: "connections-all", onclick: (ev) => {
        $("connections").querySelectorAll("li[hidden]").forEach((li) => { li.hidden = false; });
        ev.currentTarget.remove();
      } }, `Show all ${conn.size} connections`)
    : null;

  // Events in date order; undated ones last, in the order the store lists them.
  const byDate = (a, b) => (a.date || "9999").localeCompare(b.date || "9999");
  const eventItem = (v) => {
    const marks = [self, ...v.participants.filter((p) => p.entity && p.entity.id !== e.id).map((p) => ({ id: p.entity.id, names: shortNames(p.entity) }))];
    if (v.location) marks.push({ id: v.location.id, names: [v.location.name] });
    return el("div", { class: `event${inRange(v.date) ? "" : " outside"}`, id: `event-${v.id}`, tabindex: "-1", dataset: { event: v.id } },
      el("div", { class: "head" },
        el("span", { class: "date" }, v.date || "undated"),
        eventBadge(v),
        v.trigger ? el("em", {}, `“${v.trigger}”`) : "",
        v.location ? el("span", {}, "in ", entityLink(v.location)) : ""),
      el("div", { class: "who" }, whoLine(v, e)),
      v.evidence.map((x) => evidenceBlock(x, marks, mentions, e.id)));
  };
  const events = [...e.events.items].sort(byDate);
  const hiddenByDate = events.filter((v) => !inRange(v.date)).length;
  const range = { since: state.since, until: state.until };
  const eventsMore = (first, types) => moreButton("events-more", first, "event", (pg) => {
    $("events").append(...[...pg.items].sort(byDate).map(eventItem));
  }, (after) => api.entityPage(e.id, "events", after, { ...range, types }));
  const eventList = events.length
    ? [el("div", { class: "kind-filter", id: "event-kind-filter", role: "group", "aria-label": "Show events of one kind", hidden: true }),
        el("div", { id: "events" }, events.map(eventItem)),
        eventsMore(e.events, null)]
    : el("p", { class: "hint" }, "No events found.");

  const quoteItem = (q) => el("blockquote", { class: "evidence" }, q.direct ? `“${q.text}”` : q.text,
    el("span", { class: "src" }, q.evidence.document ? [q.evidence.document.title || "document", " · ", docLink(q.evidence, e.id)] : ""));
  const quotes = e.quotes.items.length
    ? [el("div", { id: "quotes" }, e.quotes.items.map(quoteItem)),
        moreButton("quotes-more", e.quotes, "quote", (pg) => $("quotes").append(...pg.items.map(quoteItem)),
          (after) => api.entityPage(e.id, "quotes", after))]
    : null;

  const docItem = (d) => el("li", {}, docLink({ document: d, sentence: null }, e.id, d.title || "Untitled document"),
    d.published ? el("span", { class: "hint" }, ` ${d.published}`) : "");
  const docs = [el("ul", { class: "plain", id: "documents" }, e.documents.items.map(docItem)),
    moreButton("documents-more", e.documents, "document", (pg) => $("documents").append(...pg.items.map(docItem)),
      (after) => api.entityPage(e.id, "documents", after))];

  show(
    head,
    el("h3", {}, "Also called"), aliases,
    el("h3", {}, "Roles"), roles,
    el("h3", {}, `Connections (${conn.size})`), connections, allConnections,
    el("h3", {}, `Events (${e.events.total})`),
    state.since || state.until
      ? el("p", { class: "more", id: "events-range" }, `Only events dated ${state.since || "…"} – ${state.until || "…"} (the date filter); undated events are left out here but kept in the graph.`)
      : null,
    hiddenByDate ? el("p", { class: "more" }, `${plural(hiddenByDate, "event")} outside the date range are dimmed.`) : null,
    eventList,
    quotes ? el("h3", {}, `Quotes (${e.quotes.total})`) : null, quotes,
    el("h3", {}, `Documents (${e.documents.total})`), docs,
  );
  if (e.events.total > 1) kindFilter(e, range, eventItem, byDate, eventsMore);
}

/**
 * Buttons over an entity's events, one per kind with its count: a hub's
 * 122 events came in one long mixed list, 40 at a time; a kind now lists
 * only its own. Filled in after the panel shows (one more request).
 */
async function kindFilter(e, range, eventItem, byDate, eventsMore) {
  const token = panelToken;
  let kinds;
  try {
    kinds = await api.entityEventKinds(e.id, Object.keys(EVENT_TYPES), range);
  } catch {
    return; // the list works without the filter
  }
  const box = $("event-kind-filter");
  if (token !== panelToken || !box || kinds.length < 2) return;
  let current = null;
  const pick = async (type) => {
    current = current === type ? null : type;
    box.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String((b.dataset.type || null) === current)));
    const first = await track(() => api.entityPage(e.id, "events", null, { ...range, types: current ? [current] : null }), "Loading the events");
    if (!first || token !== panelToken) return;
    $("events").replaceChildren(...[...first.items].sort(byDate).map(eventItem));
    const old = $("events-more");
    if (old) old.remove();
    const more = eventsMore(first, current ? [current] : null);
    if (more) $("events").after(more);
  };
  box.replaceChildren(
    el("button", { type: "button", class: "kind-chip", "aria-pressed": "true", onclick: () => pick(null) }, "All ", el("span", { class: "n" }, String(e.events.total))),
    ...kinds.map(([t, n]) => el("button", { type: "button", class: "kind-chip", dataset: { type: t }, "aria-pressed": "false", title: t, onclick: () => pick(t) },
      eventSwatch(t), eventLabel(t), el("span", { class: "n" }, String(n)))),
  );
  box.hidden = false;
}

/** Scrolls the inspector to an event of its list, focuses it and flashes it. */
function showEvent(id) {
  const x = document.getElementById(`event-${id}`);
  if (!x) return;
  x.scrollIntoView({ block: "center" });
  x.focus({ preventScroll: true });
  x.classList.remove("flash");
  void x.offsetWidth; // restart the animation
  x.classList.add("flash");
}

/**
 * "Show N more" under a list the API pages: it fetches the next page (fetch
 * gets the cursor), hands it to append, and goes when the list is whole.
 * null when the first page was all of it.
 */
function moreButton(id, first, noun, append, fetch) {
  let next = first.next;
  let shown = first.items.length;
  if (!next) return null;
  const label = () => {
    return `Show more ${noun}s (${shown.toLocaleString("en")} of ${first.total.toLocaleString("en")} shown)`;
  };
  const button = el("button", { type: "button", class: "more-button", id }, label());
  button.addEventListener("click", async () => {
    button.disabled = true;
    const pg = await track(() => fetch(next), `Loading more ${noun}s`);
    button.disabled = false;
    if (!pg) return; // track showed the error; the button stays for another try
    append(pg);
    shown += pg.items.length;
    next = pg.next;
    if (next) button.textContent = label();
    else button.remove();
  });
  return button;
}

const CONNECTIONS_SHOWN = 12;

// What a participant's role means for its event's type, in the words news
// use: an ACQUISITION's AGENT is the buyer, its PATIENT the company bought.
// Without them a new user read "ACQUISITION · With no one else named" under
// Seibu and Sogo and could not tell whether it bought or was bought. Roles
// of a type not named here get a generic word; PARTICIPANT (both sides
// alike: MEET, MERGER, AGREEMENT) gets none.
const ROLE_WORDS = {
  ACQUISITION: { AGENT: "buyer", PATIENT: "bought" },
  ATTACK: { AGENT: "attacker", PATIENT: "attacked" },
  ARREST: { AGENT: "arresting", PATIENT: "arrested" },
  TRIAL: { AGENT: "trying", PATIENT: "on trial" },
  SENTENCE: { AGENT: "sentencing", PATIENT: "sentenced" },
  APPEAL: { AGENT: "appealing", PATIENT: "appealed to" },
  DEMAND: { AGENT: "demanding", PATIENT: "asked" },
  THREATEN: { AGENT: "threatening", PATIENT: "threatened" },
  PROTEST: { AGENT: "protesting", PATIENT: "protested against" },
  VISIT: { AGENT: "visitor", PATIENT: "visited" },
  APPOINTMENT: { AGENT: "appointing", PATIENT: "appointed" },
  RESIGNATION: { AGENT: "resigning", PATIENT: "left" },
  OCCUPY: { AGENT: "occupier", PATIENT: "occupied" },
  ANNEX: { AGENT: "annexing", PATIENT: "annexed" },
  MILITARY_POSTURE: { AGENT: "deploying", PATIENT: "facing it" },
  SANCTION: { AGENT: "imposing", PATIENT: "sanctioned" },
  DEATH: { PATIENT: "died" },
  INJURY: { PATIENT: "injured" },
};
const GENERIC_ROLES = { AGENT: "acting", PATIENT: "affected", SPEAKER: "speaker" };

function roleWord(type, role) {
  if (!role || role === "PARTICIPANT") return "";
  return (ROLE_WORDS[type] || {})[role] || GENERIC_ROLES[role] || role.toLowerCase().replaceAll("_", " ");
}

/**
 * The inspector's line under an event: the entity's own part when its role
 * says something ("Seibu and Sogo (bought)"), then who else took part.
 */
function whoLine(v, e) {
  const mine = v.participants.find((p) => p.entity && p.entity.id === e.id);
  const w = mine ? roleWord(v.type, mine.role) : "";
  const others = joinParticipants(v, v.participants.filter((p) => p.entity && p.entity.id !== e.id));
  return [
    w ? [el("strong", {}, e.name), el("span", { class: "role" }, ` (${w})`), " · "] : "",
    w ? "with " : "With ",
    others || "no one else named",
  ];
}

/** Links to an event's participants, each with its role word when it has one. */
function joinParticipants(v, participants) {
  const ps = participants.filter((p) => p.entity);
  if (!ps.length) return null;
  const out = [];
  ps.forEach((p, i) => {
    if (i) out.push(i === ps.length - 1 ? " and " : ", ");
    out.push(entityLink(p.entity));
    const w = roleWord(v.type, p.role);
    if (w) out.push(el("span", { class: "role" }, ` (${w})`));
  });
  return out;
}

function joinLinks(entities) {
  if (!entities.length) return null;
  const out = [];
  entities.forEach((x, i) => {
    if (i) out.push(i === entities.length - 1 ? " and " : ", ");
    out.push(entityLink(x));
  });
  return out;
}

function relationLink(id, label) {
  const edge = `rel:${id}`;
  return el("a", {
    href: urlFor({ view: "edge", edge, doc: null }),
    class: "badge rel",
    title: "Show the evidence for this relation",
    onclick: (ev) => {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
      ev.preventDefault();
      Object.assign(state, { view: "edge", edge, doc: null });
      writeURL(true);
      renderPanel();
    },
  }, label);
}

async function renderEdge(show, edgeId) {
  // Relations are fetched by id, so they open also when not drawn (a link from the inspector).
  const edge = graph.cy.getElementById(edgeId);
  const d = edge.length ? edge.data() : edgeId.startsWith("rel:") ? { kind: "rel", relation: edgeId.slice(4) } : null;
  if (!d) {
    show(el("p", { class: "empty-state" }, "That link is no longer in the graph."));
    return;
  }
  if (d.kind === "rel") {
    const r = await api.relationDetails(d.relation);
    if (!r) {
      show(el("p", { class: "error-state" }, "The relation is gone from the store."));
      return;
    }
    const mentions = await api.mentionsOf([r.source.id, r.target.id]);
    const marks = [
      { id: r.source.id, names: namesOf(r.source), self: true },
      { id: r.target.id, names: namesOf(r.target), self: true },
    ];
    show(
      el("h2", { title: r.type }, humanize(r.type)),
      el("p", { class: "sub" }, entityLink(r.source), " → ", entityLink(r.target)),
      el("p", {}, `Reported in ${plural(r.count, "document")}`,
        r.firstSeen ? `, ${[...new Set([r.firstSeen, r.lastSeen].filter(Boolean))].join(" – ")}` : "",
        ` · confidence ${r.confidence.toFixed(2)}`),
      el("h3", {}, `Evidence (${r.evidenceCount})`),
      r.evidence.map((x) => evidenceBlock(x, marks, mentions, r.source.id)),
    );
    return;
  }
  const evs = await api.eventsByID(d.events);
  const place = d.at ? (evs.find((v) => v.location && (v.location.id === d.source || v.location.id === d.target)) || {}).location : null;
  show(
    // "Meeting in Paris" for the line to where it happened.
    el("h2", { title: d.type }, eventLabel(d.type), d.at && place ? ` in ${place.name}` : ""),
    d.at && place
      ? el("p", { class: "sub" }, entityLink(graph.node(d.source === place.id ? d.target : d.source)),
          ` took part in ${plural(evs.length, "event")} of this kind in `, entityLink(place))
      : el("p", { class: "sub" }, entityLink(graph.node(d.source)), " and ", entityLink(graph.node(d.target)),
          ` share ${plural(evs.length, "event")}`),
    evs.map((v) => {
      const marks = v.participants.filter((p) => p.entity).map((p) => ({ id: p.entity.id, names: shortNames(p.entity), self: p.entity.id === d.source || p.entity.id === d.target }));
      if (v.location) marks.push({ id: v.location.id, names: [v.location.name], self: v.location.id === d.target });
      return el("div", { class: "event" },
        el("div", { class: "head" }, el("span", { class: "date" }, v.date || "undated"), eventBadge(v),
          v.trigger ? el("em", {}, `“${v.trigger}”`) : "", v.location ? el("span", {}, "in ", entityLink(v.location)) : ""),
        el("div", { class: "who" }, joinParticipants(v, v.participants)),
        v.evidence.map((x) => evidenceBlock(x, marks, null, d.source)));
    }),
  );
}

async function renderDocument(show) {
  const doc = await api.documentView(state.doc);
  if (!doc) {
    show(el("h2", {}, "Not found"), el("p", { class: "error-state" }, `There is no document with id “${state.doc}”.`), notFoundHelp());
    return;
  }
  const cps = codePoints(doc.text);
  const spans = [];
  const mk = (e) => (t) => entityLink(e, `ent ${e.type}${e.id === state.sel ? " self" : ""}`);
  // The document's own mention list places every mention in one request
  // (the page used to page through each entity's mentions to find this
  // document's, a dozen requests for an article naming hubs).
  const placed = new Set();
  for (const m of doc.mentions) {
    if (!m.entity) continue;
    placed.add(m.entity.id);
    spans.push({ start: m.start, end: m.end, make: mk(m.entity) });
  }
  // An entity listed without a placed mention: match its names in the text.
  const unplaced = doc.entities.filter((e) => !placed.has(e.id));
  for (const e of unplaced) for (const s of findNames(cps, namesOf(e))) spans.push({ ...s, make: mk(e) });
  // entityLink ignores the text argument; give each link its mention's text.
  const spanMake = spans.map((s) => ({
    ...s,
    make: (t) => {
      const a = s.make(t);
      a.textContent = t;
      return a;
    },
  }));
  // Words searched for: marked where no entity's mark is already (an entity
  // found by name is highlighted as one).
  const hits = state.hl ? findWords(cps, state.hl.split(/\s+/)) : [];
  for (const h of hits) spanMake.push({ ...h, make: (t) => el("mark", { class: "hit" }, t) });
  const sent = state.sent !== null ? doc.sentences.find((s) => s.index === state.sent) : null;
  const textNodes = sent
    ? [
        renderSpans(cps, 0, sent.start, spanMake),
        el("span", { class: "sent focus", id: "focus-sentence" }, renderSpans(cps, sent.start, sent.end, spanMake)),
        renderSpans(cps, sent.end, cps.length, spanMake),
      ]
    : renderSpans(cps, 0, cps.length, spanMake);
  const from = docFrom && docFrom.view !== "entity" ? docFrom : null;
  const backTo = (over) => () => {
    Object.assign(state, { doc: null, sent: null, view: "entity" }, over);
    writeURL(true);
    renderPanel();
  };
  const back = from && from.view === "events" && from.et
    ? el("button", { type: "button", id: "doc-back", onclick: backTo({ view: "events", et: from.et }) }, `‹ Back to ${eventLabel(from.et).toLowerCase()} events`)
    : from && from.view === "path" && state.pf && state.pt
      ? el("button", { type: "button", id: "doc-back", onclick: backTo({ view: "path" }) }, "‹ Back to the path")
      : from && from.view === "edge" && from.edge
        ? el("button", { type: "button", id: "doc-back", onclick: backTo({ view: "edge", edge: from.edge }) }, "‹ Back to the link")
        : state.sel
          ? el("button", { type: "button", id: "doc-back", onclick: backTo({}) }, "‹ Back to ", graph.node(state.sel) ? graph.node(state.sel).name : "the entity")
          : null;
  const meta = [doc.source, doc.published, plural(doc.entityTotal, "entity", "entities")].filter(Boolean).join(" · ");
  show(
    el("div", { class: "actions" }, back),
    el("h2", { id: "doc-title" }, doc.title || "Untitled document"),
    el("p", { class: "sub" }, meta, safeURL(doc.url) ? [" · ", el("a", { href: safeURL(doc.url), rel: "noopener noreferrer", target: "_blank" }, "original article")] : ""),
    el("p", { class: "hint" }, "Highlighted names are entities: click one to go to it.",
      state.hl ? [" Words you searched (“", state.hl, "”) are marked ", el("mark", { class: "hit" }, "like this"), "."] : ""),
    el("div", { class: "doc-text", id: "doc-text" }, textNodes),
  );
  const target = $("focus-sentence") || document.querySelector("#doc-text .ent.self") || document.querySelector("#doc-text mark.hit");
  if (target) target.scrollIntoView({ block: "center" });
}

/** The URL when it is a web address; stored URLs come from ingested files, so never a javascript: one. */
function safeURL(u) {
  try {
    const url = new URL(u);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

// ---- path finder -----------------------------------------------------------------

const pathEnds = { from: null, to: null };
// The most hops the API searches (graph/queries.go maxMaxHops) and the hop select offers.
const MAX_HOPS = 6;

function setPathEnd(which, e) {
  pathEnds[which] = e;
  const input = $(which === "from" ? "path-from" : "path-to");
  input.value = e ? e.name : "";
  input.dataset.id = e ? e.id : "";
}

async function resolveEnd(which) {
  const input = $(which === "from" ? "path-from" : "path-to");
  const text = input.value.trim();
  if (pathEnds[which] && pathEnds[which].name === text) return pathEnds[which];
  if (!text) return null;
  const res = await api.searchEntities(text, 1);
  if (!res.items.length) return { missing: text };
  setPathEnd(which, res.items[0]);
  return res.items[0];
}

async function findPath(ev) {
  ev && ev.preventDefault();
  hideMessage();
  const ends = await track(() => Promise.all([resolveEnd("from"), resolveEnd("to")]), "Looking up the entities");
  if (!ends) return; // track showed the error
  const [from, to] = ends;
  for (const [end, label] of [[from, "From"], [to, "To"]]) {
    if (!end) {
      showMessage(`Path finder: type a name in “${label}” and pick an entity from the suggestions.`, true);
      return;
    }
    if (end.missing) {
      showMessage(`Path finder: no entity matches “${end.missing}”.`, true);
      return;
    }
  }
  if (from.id === to.id) {
    showMessage("Path finder: pick two different entities.", true);
    return;
  }
  Object.assign(state, { pf: from.id, pt: to.id, hops: Number($("path-hops").value), view: "path", doc: null });
  writeURL(true);
  await renderPanel();
}

async function renderPath(show) {
  const names = await api.entityNames([state.pf, state.pt]);
  const from = names[state.pf] || pathEnds.from;
  const to = names[state.pt] || pathEnds.to;
  if (!from || !to) {
    show(el("h2", {}, "Path"), el("p", { class: "error-state" }, "One of the two entities no longer exists."));
    return;
  }
  setPathEnd("from", from);
  setPathEnd("to", to);
  $("path-hops").value = String(state.hops);
  const found = await api.paths(from.id, to.id, state.hops);
  const head = [el("h2", { id: "path-title" }, "Path"), el("p", { class: "sub" }, entityLink(from), " to ", entityLink(to), ` · at most ${plural(state.hops, "hop")}`)];
  if (!found.length) {
    // "No chain within 3 hops" is a dead end when one is 4 hops away: look
    // as far as the API allows and offer the result in one click.
    const further = state.hops < MAX_HOPS ? await api.paths(from.id, to.id, MAX_HOPS) : [];
    if (further.length) {
      const n = further[0].length;
      show(head, el("div", { class: "empty-state", id: "path-empty" },
        el("p", {}, `No chain of relations links ${from.name} and ${to.name} within ${plural(state.hops, "hop")}; the shortest takes ${plural(n, "hop")}.`),
        el("button", { type: "button", class: "primary", id: "path-longer", onclick: () => {
          state.hops = n;
          $("path-hops").value = String(n);
          writeURL(true);
          renderPanel();
        } }, `Show the ${n}-hop path`)));
      return;
    }
    show(head, el("p", { class: "empty-state", id: "path-empty" },
      `No chain of relations links ${from.name} and ${to.name} within ${plural(Math.max(state.hops, MAX_HOPS), "hop")}.`,
      " They may still share events: expand the graph around both to look."));
    return;
  }
  // Put the path in the graph and mark it.
  const ids = new Set();
  const rels = [];
  graph.cy.batch(() => {
    for (const p of found) {
      let prev = null;
      for (const e of p.entities) {
        graph.addEntity(e, prev && graph.cy.getElementById(prev));
        ids.add(e.id);
        prev = e.id;
      }
      for (const h of p.hops) {
        graph.addRelation(h.relation);
        rels.push(h.relation.id);
      }
    }
  });
  graph.markPath([...ids], rels);
  updateGraphChrome();
  graph.layout({ incremental: true });
  const allIds = [...ids];
  const mentions = await api.mentionsOf(allIds);
  // Tied paths often run through the same entities and differ only in which
  // of two parallel relations (CITIZEN_OF, HOLDS_ROLE) a hop takes: show
  // each chain of entities once, with every relation of each hop.
  const chains = new Map();
  for (const p of found) {
    const key = p.entities.map((e) => e.id).join(">");
    if (!chains.has(key)) chains.set(key, { entities: p.entities, hops: p.hops.map((h) => ({ from: h.from, to: h.to, relations: [] })) });
    const c = chains.get(key);
    p.hops.forEach((h, i) => {
      if (!c.hops[i].relations.some((r) => r.id === h.relation.id)) c.hops[i].relations.push(h.relation);
    });
  }
  const hopsText = plural(found[0].length, "hop");
  show(
    head,
    el("p", {}, chains.size > 1 ? `${chains.size} shortest chains of ${hopsText}.` : `Shortest chain: ${hopsText}.`),
    [...chains.values()].map((c, i) =>
      el("div", { class: "path-result", id: i === 0 ? "path-first" : null },
        el("p", { class: "chain" }, c.entities.map((e, j) => [j ? " → " : "", entityLink(e)])),
        c.hops.map((h) => {
          const marks = [{ id: h.from.id, names: shortNames(h.from), self: true }, { id: h.to.id, names: shortNames(h.to), self: true }];
          const seen = new Set();
          const evidence = [];
          for (const r of h.relations) {
            for (const x of r.evidence) {
              const k = `${x.document && x.document.id}:${x.start}`;
              if (!seen.has(k)) {
                seen.add(k);
                evidence.push(x);
              }
            }
          }
          return el("div", { class: "hop" },
            el("div", {}, entityLink(h.from), " ",
              h.relations.map((r) => {
                const forward = r.source.id === h.from.id;
                return [el("span", { class: "badge rel", dataset: { type: r.type }, title: `${r.type}: reported in ${plural(r.count, "document")}` }, relationText(r.type, forward)),
                  r.count > 1 ? el("span", { class: "hint" }, ` ×${r.count}`) : "", " "];
              }),
              entityLink(h.to)),
            evidence.map((x) => evidenceBlock(x, marks, mentions, h.from.id)));
        }))),
  );
}

// ---- filters -----------------------------------------------------------------------

function filterSpec() {
  return { types: state.types, hideRel: state.hideRel, hideEvt: state.hideEvt, since: state.since, until: state.until };
}

let filterTimer = 0;
function onFilterChange() {
  writeURL(false);
  updateGraphChrome();
  // The inspector dims events outside the date range; wait for the slider to settle.
  clearTimeout(filterTimer);
  if (state.view === "entity" && state.sel) filterTimer = setTimeout(renderPanel, 250);
}

/** The mark that stands for an event type: a dashed line in its colour, as on the canvas. */
const eventSwatch = (type) => el("span", { class: "line dashed", style: `border-top-color:${eventColour(type)}` });

function checkbox(label, checked, onchange, count, colour, { swatch = null, code = null } = {}) {
  return el("label", { title: code || null, dataset: code ? { type: code } : {} },
    el("input", { type: "checkbox", checked, onchange: (ev) => onchange(ev.target.checked) }),
    colour ? el("span", { class: "dot", style: `background:${colour}` }) : swatch,
    label,
    count !== undefined ? el("span", { class: "n" }, String(count)) : null);
}

let filtersKey = "";
function renderFilters() {
  const counts = graph.typeCounts();
  const { rel, evt } = graph.edgeTypes();
  const dom = graph.dateDomain();
  const periods = dom ? timelineBuckets(dom) : [];
  const key = JSON.stringify([[...counts], [...rel], [...evt], dom, periods.map((p) => p.n), [...state.types], [...state.hideRel], [...state.hideEvt], state.since, state.until]);
  if (key === filtersKey) return;
  filtersKey = key;
  $("f-types").replaceChildren(...ALL_TYPES.map((t) =>
    checkbox(TYPE_LABELS[t], state.types.has(t), (on) => {
      on ? state.types.add(t) : state.types.delete(t);
      onFilterChange();
    }, counts.get(t) || 0, TYPE_COLOURS[t])));
  // Listed by their names, as the canvas and the legend name them.
  const typeChecks = (m, hidden, none, label, swatch) =>
    m.size
      ? [...m].map(([t, n]) => [t, n, label(t)]).sort((a, b) => a[2].localeCompare(b[2])).map(([t, n, l]) => checkbox(l, !hidden.has(t), (on) => {
          on ? hidden.delete(t) : hidden.add(t);
          onFilterChange();
        }, n, null, { swatch: swatch(t), code: t }))
      : [el("p", { class: "hint" }, none)];
  $("f-rel").replaceChildren(...typeChecks(rel, state.hideRel, "None in the graph yet.", (t) => humanize(relationLabel(t)), () => el("span", { class: "line" })));
  $("f-evt").replaceChildren(...typeChecks(evt, state.hideEvt, "None in the graph yet.", eventLabel, eventSwatch));

  const since = $("f-since");
  const until = $("f-until");
  renderTimeline(periods, dom);
  if (!dom) {
    since.disabled = until.disabled = true;
    $("f-dates-label").textContent = "No dated relations or events in the graph yet.";
    return;
  }
  const days = dayDiff(dom.lo, dom.hi);
  since.disabled = until.disabled = days === 0;
  since.max = until.max = String(days);
  since.value = String(state.since ? clamp(dayDiff(dom.lo, state.since), 0, days) : 0);
  until.value = String(state.until ? clamp(dayDiff(dom.lo, state.until), 0, days) : days);
  const a = state.since && state.since > dom.lo ? state.since : dom.lo;
  const b = state.until && state.until < dom.hi ? state.until : dom.hi;
  $("f-dates-label").textContent = days === 0 ? `Everything dated is from ${dom.lo}.` : `${a} – ${b}`;
  since.setAttribute("aria-valuetext", a);
  until.setAttribute("aria-valuetext", b);
  since.oninput = () => {
    if (Number(since.value) > Number(until.value)) since.value = until.value;
    state.since = Number(since.value) === 0 ? null : addDays(dom.lo, Number(since.value));
    onFilterChange();
  };
  until.oninput = () => {
    if (Number(until.value) < Number(since.value)) until.value = since.value;
    state.until = Number(until.value) === days ? null : addDays(dom.lo, Number(until.value));
    onFilterChange();
  };
}

/**
 * The canvas's dated links counted per period (years, months or days, by
 * the span): the timeline above the date sliders. A link counts in the
 * period of its first date and, when later, of its last.
 */
// At most this many bars: the overview's 1905–2017 gave 113 yearly bars,
// which pushed the filters column wider than the page.
const MAX_BARS = 60;

function timelineBuckets(dom) {
  const span = dayDiff(dom.lo, dom.hi);
  if (span === 0) return [];
  const years = Number(dom.hi.slice(0, 4)) - Number(dom.lo.slice(0, 4)) + 1;
  const months = 12 * (years - 1) + Number(dom.hi.slice(5, 7)) - Number(dom.lo.slice(5, 7)) + 1;
  const unit = span < MAX_BARS ? "day" : months <= MAX_BARS ? "month" : years <= MAX_BARS ? "year" : "decade";
  const decade = (d) => String(Math.floor(Number(d.slice(0, 4)) / 10) * 10).padStart(4, "0");
  const keyOf = (d) => (unit === "decade" ? decade(d) : unit === "year" ? d.slice(0, 4) : unit === "month" ? `${d.slice(0, 4)}-${d.slice(5, 7) || "01"}` : addDays(d, 0));
  const counts = new Map();
  graph.cy.edges().forEach((e) => {
    const a = e.data("firstSeen");
    if (!a) return;
    const keys = new Set([keyOf(a), keyOf(e.data("lastSeen") || a)]);
    for (const k of keys) counts.set(k, (counts.get(k) || 0) + 1);
  });
  const out = [];
  let start = unit === "decade" ? `${decade(dom.lo)}-01-01` : unit === "year" ? `${dom.lo.slice(0, 4)}-01-01` : unit === "month" ? `${keyOf(dom.lo)}-01` : addDays(dom.lo, 0);
  while (start <= dom.hi) {
    const next = unit === "decade" ? `${String(Number(start.slice(0, 4)) + 10).padStart(4, "0")}-01-01`
      : unit === "year" ? `${String(Number(start.slice(0, 4)) + 1).padStart(4, "0")}-01-01`
      : unit === "month" ? addMonth(start) : addDays(start, 1);
    const label = unit === "decade" ? `${start.slice(0, 4)}s` : unit === "year" ? start.slice(0, 4) : unit === "month" ? start.slice(0, 7) : start;
    out.push({ label, start, end: addDays(next, -1), n: counts.get(keyOf(start)) || 0 });
    start = next;
  }
  return out;
}

function addMonth(d) {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

/** Bars per period; picking one shows only that period, picking it again shows all. */
function renderTimeline(periods, dom) {
  const box = $("f-timeline");
  if (!periods.length) {
    box.replaceChildren();
    $("f-timeline-axis").replaceChildren();
    return;
  }
  const max = Math.max(...periods.map((p) => p.n));
  const lo = state.since || dom.lo;
  const hi = state.until || dom.hi;
  const bars = periods.map((p) => {
    const on = state.since === p.start && state.until === p.end;
    return el("button", {
      type: "button",
      class: `${p.n ? "" : "zero"}${p.end >= lo && p.start <= hi ? " in" : ""}`.trim(),
      style: `height:${p.n ? Math.max(8, Math.round((100 * p.n) / max)) : 4}%`,
      title: `${p.label}: ${plural(p.n, "dated link")}${p.n ? (on ? " (click again for all dates)" : " (click to show only these)") : ""}`,
      "aria-label": `${p.label}: ${plural(p.n, "dated link")}`,
      "aria-pressed": String(on),
      disabled: !p.n,
      dataset: { start: p.start, end: p.end },
      onclick: () => {
        if (on) Object.assign(state, { since: null, until: null });
        else Object.assign(state, { since: p.start, until: p.end });
        onFilterChange();
      },
    });
  });
  box.replaceChildren(...bars);
  $("f-timeline-axis").replaceChildren(el("span", {}, periods[0].label), el("span", {}, periods[periods.length - 1].label));
}

const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
const dayMs = 86400000;
const parseDay = (d) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7) || 1) - 1, Number(d.slice(8, 10) || 1));
const dayDiff = (a, b) => Math.round((parseDay(b) - parseDay(a)) / dayMs);
const addDays = (d, n) => new Date(parseDay(d) + n * dayMs).toISOString().slice(0, 10);

// ---- type-ahead ----------------------------------------------------------------------

/**
 * A search box with suggestions. onPick gets the entity picked; with
 * onPickDocument the box also offers articles containing every word typed,
 * so a phrase ("Kerry Lavrov meeting") that names no entity still leads
 * somewhere.
 */
function typeahead(input, listEl, onPick, onPickDocument = null) {
  let items = [];
  let active = -1;
  let timer = 0;
  let ctrl = null;
  // shown is the text the listed suggestions answer. Enter pressed before
  // they arrive (a fast "Kerry⏎") or while they answer older text sets
  // pickFirst, so the best match opens when they come instead of nothing.
  let shown = null;
  let pickFirst = false;
  const close = () => {
    listEl.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  // items[i] is the option with id `${listEl.id}-${i}`; headings and notes
  // in the list are not options.
  const option = (i) => document.getElementById(`${listEl.id}-${i}`);
  const highlight = (i) => {
    active = i;
    listEl.querySelectorAll("li[role=option]").forEach((li) => li.setAttribute("aria-selected", String(li === option(i))));
    if (i >= 0 && option(i)) {
      input.setAttribute("aria-activedescendant", option(i).id);
      option(i).scrollIntoView({ block: "nearest" });
    }
  };
  const pick = (i) => {
    const e = items[i];
    if (!e) return;
    close();
    if (e.isDocument) onPickDocument({ ...e, query: shown });
    else onPick(e);
  };
  const render = (text, res) => {
    const docs = (res.documents || []).map((d) => ({ ...d, isDocument: true }));
    items = [...res.items, ...docs];
    shown = text;
    if (pickFirst) {
      pickFirst = false;
      if (items.length) {
        pick(0);
        return;
      }
    }
    const docNote = onPickDocument ? ", and no article contains all these words" : "";
    if (!items.length) {
      listEl.replaceChildren(el("li", { class: "empty", "aria-disabled": "true" }, `No entity matches “${text}”${docNote}.`));
    } else {
      const q = text.toLowerCase();
      listEl.replaceChildren(...res.items.map((e, i) => {
        const alias = !e.name.toLowerCase().includes(q) ? (e.aliasNames || []).find((a) => a.toLowerCase().includes(q)) : null;
        return el("li", { id: `${listEl.id}-${i}`, role: "option", "aria-selected": "false", dataset: { id: e.id },
            onmousedown: (ev) => { ev.preventDefault(); pick(i); } },
          el("span", { class: "dot", style: `background:${TYPE_COLOURS[e.type] || "#777"}` }),
          el("span", { class: "name" }, e.name, alias ? el("span", { class: "alias" }, ` (“${alias}”)`) : null),
          badge(e.type),
          el("span", { class: "n" }, plural(e.mentionCount, "mention")));
      }));
      if (res.total > res.items.length) listEl.append(el("li", { class: "empty", "aria-disabled": "true" }, `${res.total - res.items.length} more: keep typing to narrow down.`));
      if (docs.length) {
        listEl.append(el("li", { class: "group", role: "presentation" },
          res.items.length ? "Articles with these words" : `No entity matches “${text}”; articles with these words:`));
        docs.forEach((d, j) => {
          const i = res.items.length + j;
          listEl.append(el("li", { id: `${listEl.id}-${i}`, role: "option", "aria-selected": "false", class: "doc", dataset: { doc: d.id },
              onmousedown: (ev) => { ev.preventDefault(); pick(i); } },
            el("span", { class: "name" }, d.title || "Untitled document"),
            el("span", { class: "badge doc" }, "Article"),
            d.published ? el("span", { class: "n" }, d.published) : null));
        });
        if (res.documentTotal > docs.length) listEl.append(el("li", { class: "empty", "aria-disabled": "true" }, `${plural(res.documentTotal - docs.length, "more article")}: add a word to narrow down.`));
      }
    }
    listEl.hidden = false;
    input.setAttribute("aria-expanded", "true");
    highlight(items.length ? 0 : -1);
  };
  const search = () => {
    const text = input.value.trim();
    if (ctrl) ctrl.abort();
    if (!text) {
      close();
      return;
    }
    ctrl = new AbortController();
    const mine = ctrl;
    setBusy(1);
    (onPickDocument ? api.searchEntitiesAndDocuments(text, 8, 3, mine.signal) : api.searchEntities(text, 8, mine.signal))
      .then((res) => { if (mine === ctrl) render(text, res); })
      .catch((err) => {
        if (err.name === "AbortError") return;
        items = [];
        pickFirst = false;
        listEl.replaceChildren(el("li", { class: "empty", role: "option" }, `Search failed: ${err.message}`));
        listEl.hidden = false;
      })
      .finally(() => setBusy(-1));
  };
  input.addEventListener("input", () => {
    delete input.dataset.id;
    pickFirst = false;
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (listEl.hidden) {
        search();
        return;
      }
      ev.preventDefault();
      const n = items.length;
      if (n) highlight((active + (ev.key === "ArrowDown" ? 1 : n - 1)) % n);
    } else if (ev.key === "Enter") {
      const text = input.value.trim();
      // An entity already picked into the input (dataset.id) lets Enter
      // submit the path form, as before.
      if (text && text !== shown && !input.dataset.id) {
        ev.preventDefault();
        pickFirst = true;
        clearTimeout(timer);
        search();
      } else if (!listEl.hidden && active >= 0) {
        ev.preventDefault();
        pick(active);
      }
    } else if (ev.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
}

// ---- start-up ----------------------------------------------------------------------

/**
 * A resized window (a phone turned, a laptop window halved) left the graph
 * where the old canvas had it: half off screen or under the legend. When the
 * whole graph was in view it is fitted to the new canvas; a view zoomed into
 * a part keeps its centre. onResize runs after each settled change of size.
 */
function watchCanvasSize(onResize) {
  const box = $("cy");
  let size = { w: box.clientWidth, h: box.clientHeight };
  let timer = 0;
  new ResizeObserver(() => {
    clearTimeout(timer);
    // A window dragged wider fires many times; fit once it settles.
    timer = setTimeout(() => {
      const old = size;
      size = { w: box.clientWidth, h: box.clientHeight };
      if (!size.w || !size.h || (old.w === size.w && old.h === size.h)) return;
      const cy = graph.cy;
      const vis = cy.elements(":visible");
      // Pan and zoom do not change with the container, so the rendered box is still the old view's.
      const bb = vis.renderedBoundingBox();
      const wasInView = bb.x1 >= -2 && bb.y1 >= -2 && bb.x2 <= old.w + 2 && bb.y2 <= old.h + 2;
      cy.resize();
      onResize();
      if (!vis.length) return;
      if (wasInView || !old.w || !old.h) graph.fit();
      else cy.panBy({ x: (size.w - old.w) / 2, y: (size.h - old.h) / 2 });
    }, 120);
  }).observe(box);
}

/**
 * The legend: entity colours, then the kinds of line, with every event type
 * drawn on the canvas in its colour and name (the same as its filter and
 * badges). evt is the canvas's Map of event type -> edge count.
 */
let legendKey = "";
function renderLegend(evt = new Map()) {
  // The most drawn kinds, by name; a long tail (the overview of a big store
  // draws twenty) made the legend cover a third of the canvas.
  const all = [...evt].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  const types = all.slice(0, LEGEND_KINDS).sort((a, b) => eventLabel(a).localeCompare(eventLabel(b)));
  const more = all.length - types.length;
  const key = `${types.join(",")}+${more}`;
  if (key === legendKey && $("legend").childElementCount) return;
  legendKey = key;
  // replaceChildren would write a null as the text "null": filter them.
  $("legend").replaceChildren(...[
    ...ALL_TYPES.map((t) => el("li", {}, el("span", { class: "dot", style: `background:${TYPE_COLOURS[t]}` }), TYPE_LABELS[t])),
    el("li", { class: "legend-wide" }, el("span", { class: "line" }), "relation (arrow: direction)"),
    types.length
      ? el("li", { class: "legend-group" }, "shared events, dashed:")
      : el("li", { class: "legend-wide" }, el("span", { class: "line dashed" }), "shared event (dashed, coloured by type)"),
    ...types.map((t) => el("li", { class: "legend-evt", dataset: { type: t }, title: t }, eventSwatch(t), eventLabel(t))),
    more ? el("li", { class: "legend-wide hint", id: "legend-more" }, `and ${plural(more, "other kind")}: see Event types in the filters`) : null,
  ].filter(Boolean));
}
const LEGEND_KINDS = 12;

const WELCOME_TYPES = ["PERSON", "ORGANIZATION", "LOCATION"];
const WELCOME_LABELS = { PERSON: "People", ORGANIZATION: "Organizations", LOCATION: "Places" };

// The overview draws the most mentioned entities each with only its
// strongest links: with every link (80 relations and 60 events a hub) the
// 24,000-article bench store gave 1,528 overlapping nodes after 13 s.
const TOP_ENTITIES = 25;
const TOP_LINKS = 8;

async function overview() {
  hideMessage();
  await track(async () => {
    const top = await api.topEntities(TOP_ENTITIES);
    const ids = top.items.map((e) => e.id).filter((id) => !state.seeds.includes(id) && !state.tops.includes(id));
    state.tops = [...state.tops, ...ids];
    state.removed = state.removed.filter((x) => !ids.includes(x));
    for (let i = 0; i < ids.length; i += 3) await Promise.all(ids.slice(i, i + 3).map((id) => expand(id, { layout: false, limit: TOP_LINKS })));
    builtFrom = sceneKey();
    writeURL(true);
    updateGraphChrome();
    await graph.layout();
    showMessage(`The ${top.items.length} most mentioned entities, each with its ${TOP_LINKS} strongest links: expand one (double-click) to see all of its links.`);
  }, "Loading the overview");
}

/**
 * The view lives in the URL, which a new user does not know: copy it and
 * show it, so it can be pasted even where the clipboard is not allowed.
 */
async function shareView() {
  const url = location.href;
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    // No clipboard permission (or no secure context): the link is shown below.
  }
  showMessage(copied ? "Link to this view copied: " : "Copy this link to share the view: ", false, { sticky: !copied });
  const link = el("a", { href: url, id: "share-link" }, url);
  $("message-text").append(link);
  if (!copied) {
    const range = document.createRange();
    range.selectNodeContents(link);
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }
}

async function restore() {
  readURL();
  $("path-hops").value = String(state.hops);
  $("f-size").value = state.size;
  await track(async () => {
    await rebuildGraph();
    if (state.sel) graph.select(state.sel);
    updateGraphChrome();
  }, "Loading the graph");
  await renderPanel();
}

/** Selects the next (or previous) visible node, most mentioned first: keyboard access to the canvas. */
function cycle(step) {
  const ids = graph.cy.nodes().filter((n) => !n.hasClass("filtered"))
    .sort((a, b) => b.data("mentions") - a.data("mentions") || a.data("name").localeCompare(b.data("name")))
    .map((n) => n.id());
  if (!ids.length) return;
  const i = ids.indexOf(state.sel);
  const id = ids[(i + step + ids.length) % ids.length];
  graph.select(id);
  graph.centre(id);
  selectNode(id);
}

function keyboard(ev) {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if ((ev.key === "ContextMenu" || (ev.key === "F10" && ev.shiftKey)) && state.sel && graph.has(state.sel)) {
    ev.preventDefault();
    openNodeMenu(state.sel, graph.cy.getElementById(state.sel).renderedPosition());
    return;
  }
  const step = 60;
  const keys = {
    ArrowLeft: () => graph.panBy(step, 0),
    ArrowRight: () => graph.panBy(-step, 0),
    ArrowUp: () => graph.panBy(0, step),
    ArrowDown: () => graph.panBy(0, -step),
    "+": () => graph.zoomBy(1.25),
    "=": () => graph.zoomBy(1.25),
    "-": () => graph.zoomBy(0.8),
    0: () => graph.fit(),
    e: () => state.sel && expandNode(state.sel),
    n: () => cycle(1),
    p: () => cycle(-1),
    Delete: () => state.sel && removeNode(state.sel),
  };
  const f = keys[ev.key];
  if (f) {
    ev.preventDefault();
    f();
  }
}

async function main() {
  if (typeof cytoscape !== "function" || typeof cytoscapeFcose !== "function") {
    showMessage("The graph library did not load, so the canvas cannot be drawn. Reload the page; if it persists, the binary was built without ui/static/vendor.", true);
    return;
  }
  cytoscape.use(cytoscapeFcose);
  graph = new Graph($("cy"), {
    onNode: (id) => selectNode(id),
    onExpand: (id) => expandNode(id),
    onEdge: (d) => {
      Object.assign(state, { view: "edge", edge: d.id, doc: null });
      writeURL(true);
      renderPanel();
    },
    onBusy: (on) => setBusy(on ? 1 : -1),
    onMenu: (id, pos) => (id ? openNodeMenu(id, pos) : closeNodeMenu()),
  });
  renderLegend();
  // The legend covers a corner of the canvas: once folded it stays folded,
  // a preference of this browser rather than part of a shared view.
  const legendKey = "newsgraph.legend";
  // On a narrow canvas (a phone, a narrow window) the open legend hid a
  // third of the graph: there it starts folded, or folds when the window
  // narrows, unless the user chose to open it.
  const legend = $("legend-box");
  let stored = null;
  try {
    stored = localStorage.getItem(legendKey);
  } catch {
    // Storage disabled: the legend starts open, or folded on a narrow canvas.
  }
  // autoFolded marks a fold or unfold the page made (its toggle event is
  // no choice of the user's); foldedByWidth, that the legend is folded
  // because the canvas is narrow, so it opens again when the canvas widens
  // (reading an article narrows it; back on the entity it had stayed folded).
  let autoFolded = false;
  let foldedByWidth = false;
  const foldIfNarrow = () => {
    if (stored !== null) return;
    const narrow = $("cy").clientWidth < 520;
    if (narrow && legend.open) {
      autoFolded = true;
      foldedByWidth = true;
      legend.open = false;
    } else if (!narrow && !legend.open && foldedByWidth) {
      autoFolded = true;
      foldedByWidth = false;
      legend.open = true;
    }
  };
  if (stored === "closed") legend.open = false;
  foldIfNarrow();
  legend.addEventListener("toggle", () => {
    // The toggle event comes later for an automatic fold too: that one is no user's choice.
    if (autoFolded) {
      autoFolded = false;
      return;
    }
    foldedByWidth = false;
    stored = legend.open ? "open" : "closed";
    try {
      localStorage.setItem(legendKey, stored);
    } catch {
      // Storage disabled: remembered for this page only.
    }
  });
  watchCanvasSize(foldIfNarrow);
  typeahead($("search"), $("search-list"), (e) => {
    $("search").value = "";
    openEntity(e.id);
  }, (d) => {
    $("search").value = "";
    // The words that found it are marked in it.
    openDocument(d.id, null, null, d.query);
  });
  typeahead($("path-from"), $("path-from-list"), (e) => setPathEnd("from", e));
  typeahead($("path-to"), $("path-to-list"), (e) => setPathEnd("to", e));
  $("path-form").addEventListener("submit", findPath);
  $("t-expand").onclick = () => state.sel && expandNode(state.sel);
  $("t-remove").onclick = () => state.sel && removeNode(state.sel);
  $("t-fit").onclick = () => graph.fit();
  $("t-layout").onclick = () => graph.layout();
  $("t-zoom-in").onclick = () => graph.zoomBy(1.25);
  $("t-zoom-out").onclick = () => graph.zoomBy(0.8);
  $("t-clear").onclick = clearGraph;
  $("t-overview").onclick = overview;
  $("t-share").onclick = shareView;
  $("f-size").value = state.size;
  $("f-size").onchange = () => {
    state.size = $("f-size").value;
    writeURL(false);
    track(refreshSizes, "Ranking the entities");
  };
  $("f-reset").onclick = () => {
    Object.assign(state, { types: new Set(ALL_TYPES), hideRel: new Set(), hideEvt: new Set(), since: null, until: null });
    onFilterChange();
  };
  $("message-close").onclick = hideMessage;
  $("cy").addEventListener("keydown", keyboard);
  document.addEventListener("mousedown", (ev) => {
    const m = $("node-menu");
    if (m && !m.contains(ev.target) && ev.target !== $("cy") && !$("cy").contains(ev.target)) closeNodeMenu();
  });
  // "/" jumps to the search box from anywhere but a field, as on many sites;
  // the skip link to the graph saves a keyboard user some forty tabs.
  // The focus moves on key up, once the key's character has gone (to no
  // field), so the "/" itself never lands in the search box.
  let slash = false;
  document.addEventListener("keydown", (ev) => {
    if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || t.isContentEditable) return;
    ev.preventDefault();
    slash = true;
  });
  document.addEventListener("keyup", (ev) => {
    if (ev.key !== "/" || !slash) return;
    slash = false;
    $("search").focus();
  });
  $("skip-graph").onclick = (ev) => {
    ev.preventDefault();
    $("cy").focus();
  };
  window.addEventListener("popstate", restore);

  track(async () => {
    // By type: the most mentioned entities overall are nearly all countries,
    // hubs too big for a first look; people and organizations are where
    // "who met whom" starts.
    const [s, top] = await Promise.all([api.stats(), api.topByType(WELCOME_TYPES, 4)]);
    entityTotal = s.entities;
    $("stats").textContent = `${plural(s.documents, "document")} · ${plural(s.entities, "entity", "entities")} · ${plural(s.relations, "relation")} · ${plural(s.events, "event")}`;
    $("welcome-top").replaceChildren(...top.filter(([, items]) => items.length).map(([type, items]) =>
      el("div", { class: "chip-row" },
        el("span", { class: "chip-type" }, WELCOME_LABELS[type]),
        el("div", { class: "chip-list" }, items.map((e) =>
          el("button", { type: "button", class: "chip", title: `${TYPE_LABELS[e.type] || e.type}: ${plural(e.mentionCount, "mention")}`,
            "aria-label": `${e.name}, ${plural(e.mentionCount, "mention")}`, onclick: () => openEntity(e.id) },
            el("span", { class: "dot", style: `background:${TYPE_COLOURS[e.type] || "#777"}` }), e.name, el("span", { class: "n" }, String(e.mentionCount))))))));
    if (!s.entities) {
      $("welcome-top").replaceChildren(el("p", { class: "empty-state" }, "The graph is empty: ingest some news first (newsgraph ingest FILE… or newsgraph demo)."));
    }
  }, "Loading the statistics");
  await restore();
  document.body.dataset.ready = "true";
}

// Hooks for the browser tests: what the canvas holds (it is not in the DOM).
window.newsgraphDebug = {
  nodes: () => (graph ? graph.cy.nodes().filter((n) => !n.hasClass("filtered")).map((n) => n.data("name")) : []),
  // Links by type code ("MET_WITH", "MEET"; "MEET at" for an event's place), not by their shown words.
  edges: () => (graph ? graph.cy.edges().filter((e) => !e.hasClass("filtered")).map((e) => `${graph.node(e.data("source")).name} ${e.data("type")}${e.data("at") ? " at" : ""} ${graph.node(e.data("target")).name}`) : []),
  // What the canvas draws for each link: its words and colour, by type code.
  edgeLooks: () => (graph ? Object.fromEntries(graph.cy.edges().map((e) => [`${e.data("kind")}:${e.data("type")}${e.data("at") ? " at" : ""}`,
    { label: e.data("label"), colour: e.style("line-color"), style: e.style("line-style") }])) : {}),
  selected: () => state.sel,
  graph: () => graph,
  refresh: () => updateGraphChrome(),
  // Taps the first visible edge of a type (its code) between the two named entities, as a click would.
  tapEdge: (a, b, type) => {
    const names = (e) => [graph.node(e.data("source")).name, graph.node(e.data("target")).name].sort().join("|");
    const want = [a, b].sort().join("|");
    const e = graph.cy.edges().filter((x) => !x.hasClass("filtered") && names(x) === want && x.data("type") === type)[0];
    if (!e) return false;
    e.select();
    e.emit("tap");
    return true;
  },
  pathCount: () => (graph ? graph.cy.elements(".path").length : 0),
  // Node sizes by name, once pending score requests have settled.
  sizes: async () => {
    await sizing;
    return Object.fromEntries(graph.cy.nodes().map((n) => [n.data("name"), n.data("size")]));
  },
};

main();
