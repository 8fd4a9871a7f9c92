// The graph canvas: a Cytoscape.js instance (with the fcose layout) holding
// the entities the user has opened and their neighbours. Nodes are entities,
// coloured by type and sized by mentions (or by an analytics score the user
// picks: PageRank, degree, betweenness); solid arrows are relations, dashed
// lines are shared events, coloured by event type (kinds.js); both are
// labelled in words and as thick as their count.

import { eventColour, eventLabel, relationLabel } from "./kinds.js";

export const TYPE_COLOURS = {
  PERSON: "#3b6fb6",
  ORGANIZATION: "#e07b1a",
  LOCATION: "#3a9a4a",
  NORP: "#9b59b6",
  MISC: "#8c6d57",
};
export const TYPE_LABELS = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  LOCATION: "Place",
  NORP: "Group / nationality",
  MISC: "Other",
};

// Users who ask their system for less motion get no animated layouts,
// glides or flashes: the graph and the panel change in one step.
export const reducedMotion = () => typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;

const nodeSize = (mentions) => Math.round(Math.min(80, 18 + 7 * Math.log2(1 + (mentions || 0))));
const labelSize = (mentions) => Math.round(11 + 2.2 * Math.log2(1 + (mentions || 0)));
// Scores (PageRank, betweenness) span orders of magnitude and mean nothing in
// absolute terms, so a node's size is its score relative to the largest one
// on the canvas; the square root makes area, not width, follow the score.
const scoreSize = (score, max) => Math.round(18 + 62 * Math.sqrt(max > 0 ? Math.max(0, score) / max : 0));
// How many of the biggest nodes keep a label of LEAD_FONT screen pixels
// when the graph is zoomed out.
const LEAD_NODES = 12;
const LEAD_FONT = 12;
// More links than this on the canvas and only those in focus are named.
const QUIET_EDGES = 24;
const labelFont = (n) => (n.hasClass("lead") ? Math.max(n.data("fontSize"), Math.round(LEAD_FONT / n.cy().zoom())) : n.data("fontSize"));
// About 16 average characters per line at any font size.
const labelWidth = (fontSize) => Math.max(120, Math.round(9 * (fontSize || 11)));
const edgeWidth = (count) => Math.min(10, 1.5 + 1.6 * Math.log2(count || 1));

function style() {
  return [
    {
      selector: "node",
      style: {
        "background-color": (n) => TYPE_COLOURS[n.data("type")] || "#777",
        width: "data(size)",
        height: "data(size)",
        label: "data(label)",
        // Bigger entities get bigger labels, which stay readable further out.
        // Leading nodes (the biggest on the canvas, see Graph.lead) keep a
        // readable label however far the graph is zoomed out.
        "font-size": (n) => labelFont(n),
        "font-family": "system-ui, sans-serif",
        color: "#1d232b",
        "text-valign": "bottom",
        "text-margin-y": 4,
        // Long names wrap onto a second line instead of losing their end to
        // an ellipsis; the width grows with the font, so the biggest (most
        // mentioned) entities, whose labels are largest, keep their whole
        // name ("United States", not "United…").
        "text-wrap": "wrap",
        "text-max-width": (n) => labelWidth(labelFont(n)),
        "text-background-color": "#fff",
        "text-background-opacity": 0.75,
        "text-background-padding": 2,
        "text-background-shape": "roundrectangle",
        // Labels vanish when zoomed out, which keeps thousands of nodes readable.
        "min-zoomed-font-size": 6,
        "border-width": 1.5,
        "border-color": "#fff",
      },
    },
    { selector: "node.expanded", style: { "border-width": 3, "border-color": "#1d232b", "border-style": "double" } },
    {
      selector: "node:selected",
      style: { "border-width": 5, "border-color": "#ffcc00", "font-weight": "bold", "z-index": 10 },
    },
    {
      selector: "edge",
      style: {
        width: "data(width)",
        "line-color": "#7f8c99",
        "curve-style": "bezier",
        label: "data(label)",
        "font-size": 9,
        "font-family": "system-ui, sans-serif",
        color: "#39424d",
        "text-rotation": "autorotate",
        "text-background-color": "#f6f7f9",
        "text-background-opacity": 0.9,
        "text-background-padding": 1,
        "min-zoomed-font-size": 8,
        opacity: 0.85,
      },
    },
    {
      selector: "edge[kind = 'rel']",
      style: { "target-arrow-shape": "triangle", "target-arrow-color": "#7f8c99", "arrow-scale": 0.9 },
    },
    // Dashed in the event type's colour, the same as its badge, filter and legend entry.
    { selector: "edge[kind = 'evt']", style: { "line-style": "dashed", "line-color": "data(colour)", color: "#39424d" } },
    { selector: "edge:selected", style: { "line-color": "#ffb300", "target-arrow-color": "#ffb300", opacity: 1, "z-index": 10 } },
    { selector: ".path", style: { "line-color": "#d62728", "target-arrow-color": "#d62728", "border-color": "#d62728", "border-width": 4, opacity: 1 } },
    // Busy graphs name only the links the user is looking at (see
    // Graph.declutter): a hub's fifty labels drawn at once are unreadable.
    { selector: "edge.quiet", style: { label: "" } },
    // Pointing at a node lifts it and its neighbours and fades the rest, so
    // one entity's links can be followed through a hairball.
    { selector: ".faded", style: { opacity: 0.15 } },
    {
      selector: "node.hover",
      style: {
        "font-weight": "bold",
        "z-index": 20,
        // Readable even when the graph is zoomed out past the other labels.
        "font-size": (n) => Math.max(n.data("fontSize") || 11, Math.round(13 / n.cy().zoom())),
        "text-max-width": (n) => labelWidth(Math.max(n.data("fontSize") || 11, Math.round(13 / n.cy().zoom()))),
        "text-background-opacity": 1,
      },
    },
    { selector: "edge.hover", style: { opacity: 1, "z-index": 15 } },
    { selector: ".filtered", style: { display: "none" } },
  ];
}

// fcose now and then leaves nodes stacked on one another: the leaves of one
// hub are alike, so its spectral start puts them on one point, and on some
// random starts the force phase does not pull them all apart (CI once saw 58
// of 1,440 nodes stacked). A stacked node cannot be seen or clicked, so after
// each layout nodes whose centres lie within half the smaller one's width are
// pushed apart: rounds over a grid of cells, each linear in the nodes, until
// no pair is too close.
const UNSTACK_ROUNDS = 60;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
export function unstack(nodes) {
  const n = nodes.length;
  if (n < 2) return 0;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const rs = new Float64Array(n);
  let cell = 1;
  nodes.forEach((node, i) => {
    const p = node.position();
    xs[i] = p.x;
    ys[i] = p.y;
    rs[i] = (node.data("size") || 18) / 2;
    cell = Math.max(cell, rs[i]);
  });
  let moved = 0;
  // Nodes on one exact point first fan out on a sunflower spiral around it,
  // spaced by their width, so a stack of hundreds needs no long push chains.
  const stacks = new Map();
  for (let i = 0; i < n; i++) {
    const k = Math.round(xs[i] * 2) + "," + Math.round(ys[i] * 2);
    const s = stacks.get(k);
    if (s) s.push(i);
    else stacks.set(k, [i]);
  }
  for (const s of stacks.values()) {
    if (s.length < 2) continue;
    let r = 0;
    for (const i of s) r = Math.max(r, rs[i]);
    const x0 = xs[s[0]];
    const y0 = ys[s[0]];
    s.forEach((i, k) => {
      const a = k * GOLDEN_ANGLE;
      xs[i] = x0 + r * Math.sqrt(k) * Math.cos(a);
      ys[i] = y0 + r * Math.sqrt(k) * Math.sin(a);
    });
    moved += s.length - 1;
  }
  for (let round = 0; round < UNSTACK_ROUNDS; round++) {
    const grid = new Map();
    for (let i = 0; i < n; i++) {
      const k = Math.floor(xs[i] / cell) + "," + Math.floor(ys[i] / cell);
      const c = grid.get(k);
      if (c) c.push(i);
      else grid.set(k, [i]);
    }
    let pushes = 0;
    for (let i = 0; i < n; i++) {
      const cx = Math.floor(xs[i] / cell);
      const cy = Math.floor(ys[i] / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const c = grid.get(cx + dx + "," + (cy + dy));
          if (!c) continue;
          for (const j of c) {
            if (j <= i) continue;
            const need = Math.min(rs[i], rs[j]);
            let vx = xs[j] - xs[i];
            let vy = ys[j] - ys[i];
            let d = Math.hypot(vx, vy);
            if (d >= need) continue;
            if (d < 1e-6) {
              // Exactly stacked: part them along a golden-angle direction,
              // so a stack of many fans out instead of moving as one.
              const a = i * GOLDEN_ANGLE + j;
              vx = Math.cos(a);
              vy = Math.sin(a);
              d = 0;
            } else {
              vx /= d;
              vy /= d;
            }
            const half = (need - d) / 2 + 0.5;
            xs[i] -= vx * half;
            ys[i] -= vy * half;
            xs[j] += vx * half;
            ys[j] += vy * half;
            pushes++;
          }
        }
      }
    }
    moved += pushes;
    if (!pushes) break;
  }
  if (moved) nodes.cy().batch(() => nodes.forEach((node, i) => node.position({ x: xs[i], y: ys[i] })));
  return moved;
}

export class Graph {
  constructor(container, handlers) {
    this.handlers = handlers;
    this.layoutRunning = 0;
    // sizing is "mentions" or an analytics metric; scores holds that
    // metric's score for the entities fetched so far.
    this.sizing = "mentions";
    this.scores = new Map();
    this.cy = cytoscape({
      container,
      style: style(),
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.4,
      boxSelectionEnabled: false,
      selectionType: "single",
    });
    this.cy.on("tap", "node", (ev) => handlers.onNode(ev.target.id()));
    this.cy.on("dbltap", "node", (ev) => handlers.onExpand(ev.target.id()));
    this.cy.on("tap", "edge", (ev) => handlers.onEdge(ev.target.data()));
    // Right-click (or a long press) on a node: its actions, as Bloom's users expect.
    this.cy.on("cxttap", "node", (ev) => handlers.onMenu && handlers.onMenu(ev.target.id(), ev.renderedPosition));
    this.cy.on("tap cxttap viewport", (ev) => {
      if (ev.type !== "cxttap" || ev.target === this.cy) handlers.onMenu && handlers.onMenu(null);
    });
    container.addEventListener("contextmenu", (ev) => ev.preventDefault());
    this.hovered = null;
    this.cy.on("mouseover", "node, edge", (ev) => this.hover(ev.target));
    this.cy.on("mouseout", "node, edge", () => this.hover(null));
    // A pointer that leaves the canvas fast gets no mouseout from the node.
    container.addEventListener("mouseleave", () => this.hovered && this.hover(null));
    // Zooming re-picks and re-sizes the leading labels, once per frame.
    this.leadFrame = 0;
    this.cy.on("zoom", () => {
      if (this.leadFrame) return;
      this.leadFrame = requestAnimationFrame(() => {
        this.leadFrame = 0;
        this.lead();
      });
    });
    // Graph changes reach declutter through applyFilters, which the page
    // calls after each; selection changes (a tapped link) come here.
    this.cy.on("select unselect", () => this.declutter());
  }

  /**
   * Highlights what the pointer is on: a node with its links and neighbours
   * (the rest fades), or one link with its two ends. null clears it. The
   * canvas shows a hand, as links on a page do, since a click opens it.
   */
  hover(target) {
    const cy = this.cy;
    this.hovered = target && target.length ? target : null;
    cy.container().style.cursor = this.hovered ? "pointer" : "";
    cy.batch(() => {
      cy.elements(".hover, .faded").removeClass("hover faded");
      if (!this.hovered) return;
      const near = this.hovered.isNode() ? this.hovered.closedNeighborhood() : this.hovered.union(this.hovered.connectedNodes());
      near.addClass("hover");
      // A handful of nodes is readable as it is; fading them only flickers.
      if (cy.nodes(":visible").length > 8) cy.elements().not(near).addClass("faded");
    });
    this.declutter();
  }

  /**
   * Zoomed out, most labels fall under the renderer's minimum size and
   * vanish, leaving an unnamed cloud of dots. The LEAD_NODES biggest visible
   * nodes keep labels of LEAD_FONT screen pixels (class "lead"); the rest
   * follow the zoom as before. Zoomed in, every label is readable anyway.
   */
  lead() {
    const cy = this.cy;
    const zoom = cy.zoom();
    cy.batch(() => {
      const was = cy.nodes(".lead");
      if (zoom >= 1) {
        was.removeClass("lead");
        return;
      }
      const top = cy.nodes().filter((n) => !n.hasClass("filtered"))
        .sort((a, b) => b.data("size") - a.data("size") || b.data("mentions") - a.data("mentions"))
        .slice(0, LEAD_NODES);
      was.difference(top).removeClass("lead");
      // Re-adding the class makes the style function see the new zoom.
      top.removeClass("lead").addClass("lead");
    });
  }

  /**
   * Names links only where the user looks when the graph is busy (more than
   * QUIET_EDGES links shown): the hovered node's or link's, the selected
   * link, a path, and the selected node's when it has few. Small graphs
   * name every link.
   */
  declutter() {
    const cy = this.cy;
    const shown = cy.edges().filter((e) => !e.hasClass("filtered"));
    cy.batch(() => {
      if (shown.length <= QUIET_EDGES) {
        cy.edges(".quiet").removeClass("quiet");
        return;
      }
      const sel = cy.nodes(":selected");
      const selEdges = sel.connectedEdges().filter((e) => !e.hasClass("filtered"));
      const named = selEdges.length <= QUIET_EDGES ? selEdges : cy.collection();
      cy.edges().forEach((e) => {
        const loud = e.selected() || e.hasClass("path") || e.hasClass("hover") || named.contains(e);
        if (loud) e.removeClass("quiet");
        else e.addClass("quiet");
      });
    });
  }

  get size() {
    return this.cy.nodes().length;
  }

  has(id) {
    return this.cy.getElementById(id).length > 0;
  }

  node(id) {
    const n = this.cy.getElementById(id);
    return n.length ? n.data() : null;
  }

  clear() {
    this.cy.elements().remove();
  }

  remove(id) {
    this.cy.getElementById(id).remove();
  }

  select(id) {
    this.cy.elements(":selected").unselect();
    const n = this.cy.getElementById(id);
    if (n.length) n.select();
  }

  /**
   * Sizes nodes by mentions (sizing "mentions") or by a score per entity id
   * (any other sizing, with scores: Map id -> {score}). Nodes without a score
   * yet keep the smallest size until sizeNodes is called again with theirs.
   */
  sizeNodes(sizing, scores = new Map()) {
    this.sizing = sizing;
    this.scores = scores;
    this.resize();
  }

  /** Ids of the nodes whose score for the current sizing is not known. */
  unscored() {
    if (this.sizing === "mentions") return [];
    return this.cy.nodes().map((n) => n.id()).filter((id) => !this.scores.has(id));
  }

  resize() {
    const nodes = this.cy.nodes();
    if (this.sizing === "mentions") {
      nodes.forEach((n) => n.data({ size: nodeSize(n.data("mentions")), fontSize: labelSize(n.data("mentions")), score: null }));
      return;
    }
    let max = 0;
    nodes.forEach((n) => {
      const s = this.scores.get(n.id());
      if (s && s.score > max) max = s.score;
    });
    nodes.forEach((n) => {
      const s = this.scores.get(n.id());
      const size = scoreSize(s ? s.score : 0, max);
      n.data({ size, fontSize: Math.round(11 + (size - 18) / 6), score: s ? s.score : null });
    });
  }

  /** Adds or refreshes an entity node, placed near `near` when it is new. */
  addEntity(e, near) {
    const existing = this.cy.getElementById(e.id);
    const data = {
      id: e.id,
      label: e.name,
      name: e.name,
      type: e.type,
      mentions: e.mentionCount,
      size: nodeSize(e.mentionCount),
      fontSize: labelSize(e.mentionCount),
      firstSeen: e.firstSeen || null,
      lastSeen: e.lastSeen || null,
    };
    if (this.sizing !== "mentions") {
      // Sized by a score: keep a known node's size; a new one starts small
      // and grows when its score arrives (sizeNodes).
      delete data.size;
      delete data.fontSize;
      if (!existing.length) Object.assign(data, { size: scoreSize(0, 1), fontSize: 11 });
    }
    if (existing.length) {
      existing.data(data);
      return existing;
    }
    let position;
    if (near && near.length) {
      const p = near.position();
      const a = Math.random() * 2 * Math.PI;
      position = { x: p.x + 120 * Math.cos(a), y: p.y + 120 * Math.sin(a) };
    }
    return this.cy.add({ group: "nodes", data, position });
  }

  /**
   * Adds an entity's neighbourhood (from api.neighbourhood): its relations as
   * directed edges and, for each event it takes part in, an edge to every
   * other participant and to the place. Returns the ids of the entities added.
   */
  addNeighbourhood(nb, limit = Infinity) {
    const cy = this.cy;
    const added = [];
    const me = nb.entity.id;
    // With a limit, only the `limit` neighbours linked most often (by
    // relation counts and shared events) are added, with links to them and
    // to entities already drawn; the entity is then not "expanded".
    let keep = null;
    if (limit !== Infinity) {
      const weight = new Map();
      const add = (e, w) => e && e.id !== me && weight.set(e.id, (weight.get(e.id) || 0) + w);
      for (const r of nb.relations) add(r.source && r.source.id === me ? r.target : r.source, r.count || 1);
      for (const v of nb.events) {
        for (const p of v.participants) add(p.entity, 1);
        add(v.location, 1);
      }
      keep = new Set([...weight].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id));
    }
    const wanted = (e) => !keep || e.id === me || keep.has(e.id) || this.has(e.id);
    cy.batch(() => {
      const centre = this.addEntity(nb.entity);
      if (!keep) centre.addClass("expanded");
      const touch = (e) => {
        if (!e) return;
        if (!this.has(e.id)) added.push(e.id);
        this.addEntity(e, centre);
      };
      for (const r of nb.relations) {
        if (!r.source || !r.target || !wanted(r.source) || !wanted(r.target)) continue;
        touch(r.source);
        touch(r.target);
        this.addRelation(r);
      }
      for (const v of nb.events) {
        // Expanding the place links its participants by the same "... in"
        // edge their own expansion draws to it, not a second one.
        const here = !!v.location && v.location.id === me;
        const others = v.participants.filter((p) => p.entity && p.entity.id !== me).map((p) => [p.entity, here]);
        if (v.location && v.location.id !== me) others.push([v.location, true]);
        for (const [o, at] of others) {
          if (!wanted(o)) continue;
          touch(o);
          const [a, b] = me < o.id ? [me, o.id] : [o.id, me];
          // One edge per type between two entities, and another to where it happened.
          const id = `evt:${v.type}${at ? ":at" : ""}:${a}:${b}`;
          const edge = cy.getElementById(id);
          if (edge.length) {
            const evs = edge.data("events");
            if (!evs.includes(v.id)) {
              evs.push(v.id);
              edge.data({ count: evs.length, width: edgeWidth(evs.length), ...span(edge.data(), v.date) });
            }
            continue;
          }
          cy.add({
            group: "edges",
            data: {
              id,
              kind: "evt",
              events: [v.id],
              source: me,
              target: o.id,
              type: v.type,
              at,
              // "meeting", or "meeting in" on the edge to the place.
              label: eventLabel(v.type).toLowerCase() + (at ? " in" : ""),
              colour: eventColour(v.type),
              count: 1,
              width: edgeWidth(1),
              firstSeen: v.date || null,
              lastSeen: v.date || null,
            },
          });
        }
      }
    });
    return added;
  }

  /** Adds a relation edge between two nodes already in the graph. */
  addRelation(r) {
    const id = `rel:${r.id}`;
    if (this.cy.getElementById(id).length) return;
    this.cy.add({
      group: "edges",
      data: {
        id,
        kind: "rel",
        relation: r.id,
        source: r.source.id,
        target: r.target.id,
        type: r.type,
        label: relationLabel(r.type),
        count: r.count,
        width: edgeWidth(r.count),
        firstSeen: r.firstSeen || null,
        lastSeen: r.lastSeen || null,
      },
    });
  }

  markPath(nodeIds, relationIds) {
    this.cy.elements(".path").removeClass("path");
    for (const id of nodeIds) this.cy.getElementById(id).addClass("path");
    for (const id of relationIds) this.cy.getElementById(`rel:${id}`).addClass("path");
  }

  /** Relation and event types in the graph, with how many edges each has. */
  edgeTypes() {
    const rel = new Map();
    const evt = new Map();
    this.cy.edges().forEach((e) => {
      const m = e.data("kind") === "rel" ? rel : evt;
      m.set(e.data("type"), (m.get(e.data("type")) || 0) + 1);
    });
    return { rel, evt };
  }

  typeCounts() {
    const m = new Map();
    this.cy.nodes().forEach((n) => m.set(n.data("type"), (m.get(n.data("type")) || 0) + 1));
    return m;
  }

  /** The earliest and latest date on any element, or null when none has one. */
  dateDomain() {
    let lo = null;
    let hi = null;
    this.cy.elements().forEach((e) => {
      for (const d of [e.data("firstSeen"), e.data("lastSeen")]) {
        if (!d) continue;
        const a = periodStart(d);
        const b = periodEnd(d);
        if (!lo || a < lo) lo = a;
        if (!hi || b > hi) hi = b;
      }
    });
    return lo ? { lo, hi } : null;
  }

  /**
   * Hides what the filters exclude: nodes of unchecked types, edges of hidden
   * types, anything dated wholly outside [since, until], and neighbours left
   * with no visible edge. The selected and expanded nodes always stay.
   * Returns how many nodes and edges are visible.
   */
  applyFilters(f) {
    const cy = this.cy;
    const outside = (el) => {
      const a = el.data("firstSeen");
      const b = el.data("lastSeen") || a;
      if (!a) return false;
      return (f.since && periodEnd(b) < f.since) || (f.until && periodStart(a) > f.until);
    };
    cy.batch(() => {
      cy.elements().removeClass("filtered");
      cy.nodes().forEach((n) => {
        const keep = n.selected() || n.hasClass("expanded") || n.hasClass("path");
        if (!keep && (!f.types.has(n.data("type")) || outside(n))) n.addClass("filtered");
      });
      cy.edges().forEach((e) => {
        const hidden = e.data("kind") === "rel" ? f.hideRel : f.hideEvt;
        if (hidden.has(e.data("type")) || outside(e) || e.source().hasClass("filtered") || e.target().hasClass("filtered")) {
          e.addClass("filtered");
        }
      });
      cy.nodes().forEach((n) => {
        const keep = n.selected() || n.hasClass("expanded") || n.hasClass("path");
        if (!keep && n.connectedEdges().filter((e) => !e.hasClass("filtered")).length === 0) n.addClass("filtered");
      });
    });
    this.declutter();
    this.lead();
    return {
      nodes: cy.nodes().filter((n) => !n.hasClass("filtered")).length,
      edges: cy.edges().filter((e) => !e.hasClass("filtered")).length,
    };
  }

  /**
   * Lays the graph out with fcose. Incremental runs start from the current
   * positions so the picture does not jump; large graphs use the draft
   * quality and no animation to stay quick.
   */
  layout({ incremental = false, fit = true } = {}) {
    const eles = this.cy.elements().filter((e) => !e.hasClass("filtered"));
    const n = eles.nodes().length;
    if (n === 0) return Promise.resolve();
    const big = n > 800;
    this.cy.renderer().hideEdgesOnViewport = big;
    this.layoutRunning++;
    this.handlers.onBusy && this.handlers.onBusy(true);
    const layout = eles.layout({
      name: "fcose",
      quality: n > 4000 ? "draft" : "default",
      randomize: !incremental,
      animate: n < 300 && !reducedMotion(),
      animationDuration: 400,
      fit,
      padding: 40,
      nodeDimensionsIncludeLabels: n < 300,
      // Shorter edges in big graphs keep each hub's leaves together as a visible cluster.
      nodeRepulsion: () => (big ? 4500 : 9000),
      idealEdgeLength: () => (big ? 50 : 110),
      edgeElasticity: () => 0.4,
      nodeSeparation: 90,
      numIter: big ? 1200 : 2500,
      packComponents: true,
      tile: true,
    });
    // For the tests: whether the last layout moved the nodes in an animation.
    this.lastLayoutAnimated = n < 300 && !reducedMotion();
    const done = new Promise((resolve) => layout.one("layoutstop", resolve));
    layout.run();
    return done.then(() => {
      if (unstack(eles.nodes()) && fit) this.cy.fit(eles, 40);
      // fit zooms a handful of nodes up to poster size; keep text at a reading size.
      if (fit && this.cy.zoom() > 1.1) {
        this.cy.zoom(1.1);
        this.cy.center(eles);
      }
      this.layoutRunning--;
      this.handlers.onBusy && this.handlers.onBusy(false);
    });
  }

  fit() {
    const vis = this.cy.elements().filter((e) => !e.hasClass("filtered"));
    this.cy.fit(vis, 40);
    if (this.cy.zoom() > 1.1) {
      this.cy.zoom(1.1);
      this.cy.center(vis);
    }
  }

  zoomBy(factor) {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  panBy(dx, dy) {
    this.cy.panBy({ x: dx, y: dy });
  }

  centre(id) {
    const n = this.cy.getElementById(id);
    if (!n.length) return;
    if (reducedMotion()) this.cy.center(n);
    else this.cy.animate({ center: { eles: n }, duration: 250 });
  }
}

/**
 * The first and last day of a date that may name only a year or a month
 * ("1998", "1995-07"), as the API gives them: a filter from 1998-01-01
 * keeps an event dated "1998".
 */
export function periodStart(d) {
  return d.length >= 10 ? d.slice(0, 10) : d.length === 7 ? `${d}-01` : `${d.slice(0, 4)}-01-01`;
}

export function periodEnd(d) {
  if (d.length >= 10) return d.slice(0, 10);
  if (d.length === 7) {
    const last = new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 0)).getUTCDate();
    return `${d}-${String(last).padStart(2, "0")}`;
  }
  return `${d.slice(0, 4)}-12-31`;
}

function span(d, date) {
  if (!date) return {};
  const out = {};
  if (!d.firstSeen || date < d.firstSeen) out.firstSeen = date;
  if (!d.lastSeen || date > d.lastSeen) out.lastSeen = date;
  return out;
}
