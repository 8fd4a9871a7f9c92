// Every GraphQL query the page sends lives in this module, so adapting the UI
// to a changed or extended API (schema.graphql at the repository root) means
// editing this file only. Functions return plain objects shaped for the page.
//
// Page sizes are chosen to stay under the server's complexity limit (5000 by
// default: a list counts its `first` times its selection).

const ENDPOINT = "/graphql";

/** An error the page can show as is: what failed and why. */
export class APIError extends Error {
  constructor(message, { code = "", status = 0 } = {}) {
    super(message);
    this.name = "APIError";
    this.code = code;
    this.status = status;
  }
}

async function gql(query, variables = {}, signal) {
  let res;
  try {
    res = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (err.name === "AbortError") throw err;
    // Say which server and what to do: the usual cause is a demo stopped with Ctrl-C.
    throw new APIError(`Cannot reach the Newsgraph server at ${location.host} (${err.message}). ` +
      "If it was stopped, start it again (newsgraph demo, or newsgraph serve) and retry.");
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new APIError(`The server answered ${res.status} ${res.statusText} without a GraphQL response.`, { status: res.status });
  }
  // A missing or malformed id is an answer, not a failure: the field is null
  // and the page says "not found". Anything else is shown as an error.
  const missing = (e) => ["NOT_FOUND", "BAD_ID"].includes(e.extensions && e.extensions.code);
  if (body.errors && body.errors.length && !(body.data && body.errors.every(missing))) {
    const e = body.errors[0];
    const code = (e.extensions && e.extensions.code) || "";
    throw new APIError(`${e.message}${code ? ` (${code})` : ""}`, { code, status: res.status });
  }
  if (!res.ok) throw new APIError(`The server answered ${res.status} ${res.statusText}.`, { status: res.status });
  return body.data;
}

const CARD = `fragment Card on Entity { id name type subtype mentionCount firstSeen lastSeen }`;

const EVIDENCE = `fragment Ev on Evidence { text start end sentence document { id title published } }`;

const nodes = (conn) => (conn ? conn.edges.map((e) => e.node) : []);

export async function stats(signal) {
  const d = await gql(`{ stats { documents entities relations events quotes mentions } }`, {}, signal);
  return d.stats;
}

/** Type-ahead: entities whose name or alias starts with text, most mentioned first. */
export async function searchEntities(text, first = 8, signal) {
  const d = await gql(
    `query Search($q: String, $first: Int) {
      entities(search: $q, first: $first) { totalCount edges { node { ...Card aliasNames } } }
    } ${CARD}`,
    { q: text, first },
    signal,
  );
  return { total: d.entities.totalCount, items: nodes(d.entities) };
}

/**
 * The main search box: entities as searchEntities finds them, and the first
 * documents containing every word of text, in one request.
 */
export async function searchEntitiesAndDocuments(text, first = 8, docs = 3, signal) {
  const d = await gql(
    `query SearchAll($q: String, $dq: String!, $first: Int, $docs: Int) {
      entities(search: $q, first: $first) { totalCount edges { node { ...Card aliasNames } } }
      searchDocuments(query: $dq, first: $docs) { totalCount edges { node { id title published } } }
    } ${CARD}`,
    { q: text, dq: text, first, docs },
    signal,
  );
  return {
    total: d.entities.totalCount,
    items: nodes(d.entities),
    documentTotal: d.searchDocuments.totalCount,
    documents: nodes(d.searchDocuments),
  };
}

/** The most mentioned entities, for the start page and the overview. */
export async function topEntities(first = 15, signal) {
  return searchEntities("", first, signal);
}

/**
 * The most mentioned entities of each type, in one request: the start page
 * offers people and organizations next to the places that top every news
 * corpus. Returns [[type, [entity...]]...] in the order of types.
 */
export async function topByType(types, first = 4, signal) {
  const fields = types.map((t, i) => `t${i}: entities(search: "", types: [${t}], first: $first) { edges { node { ...Card } } }`);
  const d = await gql(`query Top($first: Int) { ${fields.join(" ")} } ${CARD}`, { first }, signal);
  return types.map((t, i) => [t, nodes(d[`t${i}`])]);
}

export const EXPAND_RELATIONS = 80;
export const EXPAND_EVENTS = 60;

/**
 * An entity with the relations and events that link it to others: what the
 * graph needs to add its neighbours. Truncated lists say so through totals.
 */
export async function neighbourhood(id, signal) {
  const d = await gql(
    `query Expand($id: ID!, $nr: Int, $ne: Int) {
      entity(id: $id) {
        ...Card
        relations(first: $nr) { totalCount edges { node {
          id type count confidence firstSeen lastSeen source { ...Card } target { ...Card } } } }
        events(first: $ne) { totalCount edges { node {
          id type date participants { role entity { ...Card } } location { ...Card } } } }
      }
    } ${CARD}`,
    { id, nr: EXPAND_RELATIONS, ne: EXPAND_EVENTS },
    signal,
  );
  const e = d.entity;
  if (!e) return null;
  return {
    entity: strip(e),
    relations: nodes(e.relations),
    relationTotal: e.relations.totalCount,
    events: nodes(e.events),
    eventTotal: e.events.totalCount,
  };
}

function strip(e) {
  const { relations, events, ...rest } = e;
  return rest;
}

// The inspector's lists, page by page: the first page comes with the
// entity, "Show more" asks for the next (entityPage). A hub such as United
// States has hundreds of events and documents; its inspector showed the
// first 40 and 10 with no way to the rest.
const PAGES = {
  events: {
    first: 40,
    args: "since: $since, until: $until",
    fields: `id type cameo trigger date datePrecision confidence
      location { id name type }
      participants { role entity { id name type } }
      evidence(first: 2) { ...Ev }`,
  },
  quotes: { first: 5, more: 20, args: "", fields: "text direct evidence { ...Ev }" },
  documents: { first: 10, more: 50, args: "", fields: "id title published source" },
};

function pageField(kind, after) {
  const p = PAGES[kind];
  const args = [`first: ${after ? p.more || p.first : p.first}`, p.args, after ? "after: $after" : ""].filter(Boolean).join(", ");
  return `${kind}(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${p.fields} } } }`;
}

const page = (conn) => ({ items: nodes(conn), total: conn.totalCount, next: conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null });

/**
 * Everything the inspector shows for one entity. events, quotes and
 * documents are pages: {items, total, next} (next: the cursor for entityPage).
 */
export async function entityDetails(id, { since = null, until = null } = {}, signal) {
  const d = await gql(
    `query Inspect($id: ID!, $since: String, $until: String) {
      entity(id: $id) {
        ...Card kb documentCount
        rank { pagerankPosition degree degreePosition }
        aliases { text count }
        roles { title org orgEntity { id name } firstSeen lastSeen count }
        relations(first: 50) { totalCount edges { node {
          id type count firstSeen lastSeen source { id name type } target { id name type } } } }
        ${pageField("events")}
        ${pageField("quotes")}
        ${pageField("documents")}
      }
    } ${CARD} ${EVIDENCE}`,
    { id, since, until },
    signal,
  );
  const e = d.entity;
  if (!e) return null;
  return {
    ...e,
    relations: nodes(e.relations),
    relationTotal: e.relations.totalCount,
    events: page(e.events),
    quotes: page(e.quotes),
    documents: page(e.documents),
  };
}

/** The next page of an entity's events, quotes or documents after cursor `after`. */
export async function entityPage(id, kind, after, { since = null, until = null, types = null } = {}, signal) {
  if (!PAGES[kind]) throw new APIError(`Unknown list “${kind}”.`);
  const events = kind === "events";
  const vars = events ? "$since: String, $until: String, $types: [String!], " : "";
  // The field names $after only when there is a cursor; declared unused, a
  // variable fails validation.
  const field = pageField(kind, after).replace(/^events\(/, events ? "events(types: $types, " : "events(");
  const d = await gql(
    `query More($id: ID!, ${vars}${after ? "$after: String" : ""}) { entity(id: $id) { ${field} } } ${kind === "documents" ? "" : EVIDENCE}`,
    events ? { id, since, until, types, ...(after ? { after } : {}) } : { id, ...(after ? { after } : {}) },
    signal,
  );
  if (!d.entity) throw new APIError("The entity is gone from the store.");
  return page(d.entity[kind]);
}

/**
 * How many of an entity's events are of each of types (in the date range),
 * in one request, as [[type, count]] without the zeros, most first.
 */
export async function entityEventKinds(id, types, { since = null, until = null } = {}, signal) {
  const fields = types.map((t, i) => `k${i}: events(types: [${JSON.stringify(t)}], since: $since, until: $until, first: 0) { totalCount }`);
  const d = await gql(`query Kinds($id: ID!, $since: String, $until: String) { entity(id: $id) { ${fields.join(" ")} } }`, { id, since, until }, signal);
  if (!d.entity) return [];
  return types.map((t, i) => [t, d.entity[`k${i}`].totalCount]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
}

/**
 * What happened in the whole graph, for the start panel: events counted by
 * type (most frequent first) and the people and organizations that met most
 * often.
 */
export async function eventOverview(signal) {
  const d = await gql(
    `{ eventCounts { total undated byType { key count } }
       activePairs(first: 5, entityTypes: [PERSON, ORGANIZATION]) { a { id name type } b { id name type } count first last } }`,
    {},
    signal,
  );
  return { ...d.eventCounts, pairs: d.activePairs };
}

/** One page ({items, total, next}) of the events of one type, after cursor `after`. */
export async function eventsOfType(type, after = null, signal) {
  const d = await gql(
    `query Kind($types: [String!], $after: String) {
      events(filter: {types: $types}, first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        edges { node { ${PAGES.events.fields} } } }
    } ${EVIDENCE}`,
    { types: [type], after },
    signal,
  );
  return page(d.events);
}

/** A relation (one edge of the graph) with its evidence. */
export async function relationDetails(id, signal) {
  const d = await gql(
    `query Rel($id: ID!) {
      relation(id: $id) {
        id type count confidence firstSeen lastSeen evidenceCount
        source { id name type aliasNames } target { id name type aliasNames }
        evidence(first: 10) { ...Ev }
      }
    } ${EVIDENCE}`,
    { id },
    signal,
  );
  return d.relation;
}

/** Events by id, with evidence, for an event edge of the graph. */
export async function eventsByID(ids, signal) {
  if (!ids.length) return [];
  const vars = {};
  const fields = ids.slice(0, 20).map((id, i) => {
    vars[`v${i}`] = id;
    return `e${i}: event(id: $v${i}) { id type cameo trigger date confidence
      location { id name type } participants { role entity { id name type } } evidence(first: 3) { ...Ev } }`;
  });
  const decl = Object.keys(vars).map((k) => `$${k}: ID!`).join(", ");
  const d = await gql(`query Events(${decl}) { ${fields.join("\n")} } ${EVIDENCE}`, vars, signal);
  return Object.keys(vars).map((_, i) => d[`e${i}`]).filter(Boolean);
}

/** What nodes can be sized by, besides mentions: the server's analytics metrics. */
export const RANK_METRICS = ["pagerank", "degree", "betweenness"];

/**
 * Each entity's score and 1-based position by one analytics metric (PageRank,
 * degree or betweenness over the whole graph, as `newsgraph analyze` computes
 * it), as Map id -> {score, position}. The server computes a metric once per
 * store version, so asking again is cheap.
 */
export async function ranks(ids, metric, signal) {
  if (!RANK_METRICS.includes(metric)) throw new APIError(`Unknown ranking “${metric}”.`);
  const out = new Map();
  for (const batch of chunks(ids, 50)) {
    const vars = {};
    const fields = batch.map((id, i) => {
      vars[`v${i}`] = id;
      return `r${i}: entity(id: $v${i}) { id rank { ${metric} ${metric}Position } }`;
    });
    const decl = Object.keys(vars).map((k) => `$${k}: ID!`).join(", ");
    const d = await gql(`query Ranks(${decl}) { ${fields.join("\n")} }`, vars, signal);
    batch.forEach((id, i) => {
      const r = d[`r${i}`] && d[`r${i}`].rank;
      // An entity without links is outside the ranked graph: it scores 0.
      out.set(id, r ? { score: r[metric], position: r[`${metric}Position`] } : { score: 0, position: 0 });
    });
  }
  return out;
}

/**
 * Where entities are mentioned, as {entityId: [{document, start, end}]}
 * (code-point offsets into the document text), from each entity's first page
 * of mentions. Used to highlight mentions inside evidence sentences.
 */
export async function mentionsOf(ids, signal) {
  const out = {};
  for (const batch of chunks(ids, 6)) {
    const vars = {};
    const fields = batch.map((id, i) => {
      vars[`v${i}`] = id;
      return `m${i}: entity(id: $v${i}) { id mentions(first: 100) { edges { node { start end document { id } } } } }`;
    });
    const decl = Object.keys(vars).map((k) => `$${k}: ID!`).join(", ");
    const d = await gql(`query Mentions(${decl}) { ${fields.join("\n")} }`, vars, signal);
    batch.forEach((id, i) => {
      const e = d[`m${i}`];
      out[id] = e ? nodes(e.mentions).map((m) => ({ document: m.document && m.document.id, start: m.start, end: m.end })) : [];
    });
  }
  return out;
}

/**
 * A document with its text, sentences, every entity mention in it (code-point
 * offsets, for highlighting) and the entities it mentions.
 */
export async function documentView(id, signal) {
  const d = await gql(
    `query Doc($id: ID!) {
      document(id: $id) {
        id extId title url source published ingestedAt text
        sentences { index start end }
        mentions { start end entity { id name type } }
        entities(first: 100) { totalCount edges { node { id name type subtype mentionCount aliasNames } } }
      }
    }`,
    { id },
    signal,
  );
  const doc = d.document;
  if (!doc) return null;
  return { ...doc, entities: nodes(doc.entities), entityTotal: doc.entities.totalCount };
}

/** Shortest chains of relations between two entities, with evidence per hop. */
export async function paths(from, to, maxHops, signal) {
  const d = await gql(
    `query Path($from: ID!, $to: ID!, $hops: Int) {
      path(from: $from, to: $to, maxHops: $hops) {
        length
        entities { ...Card }
        hops { from { id name type } to { id name type }
          relation { id type count firstSeen lastSeen source { id } target { id } evidence(first: 2) { ...Ev } } }
      }
    } ${CARD} ${EVIDENCE}`,
    { from, to, hops: maxHops },
    signal,
  );
  return d.path;
}

/** Names for ids found in the URL (path finder fields). */
export async function entityNames(ids, signal) {
  if (!ids.length) return {};
  const vars = {};
  const fields = ids.map((id, i) => {
    vars[`v${i}`] = id;
    return `n${i}: entity(id: $v${i}) { ...Card }`;
  });
  const decl = Object.keys(vars).map((k) => `$${k}: ID!`).join(", ");
  const d = await gql(`query Names(${decl}) { ${fields.join("\n")} } ${CARD}`, vars, signal);
  const out = {};
  ids.forEach((id, i) => {
    if (d[`n${i}`]) out[id] = d[`n${i}`];
  });
  return out;
}

function chunks(xs, n) {
  const out = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
