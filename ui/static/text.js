// Text helpers. The API's offsets count Unicode code points (like Python
// strings and spaCy), while JavaScript strings index UTF-16 code units: a
// character outside the Basic Multilingual Plane (an emoji, some CJK) takes
// two units. Every offset from the API goes through these helpers.

/** Splits text into code points, so cps[i] is the character at API offset i. */
export function codePoints(text) {
  return Array.from(text || "");
}

/** Converts code-point offsets into UTF-16 offsets for the same string. */
export function toUTF16(cps, offset) {
  let n = 0;
  for (let i = 0; i < offset && i < cps.length; i++) n += cps[i].length;
  return n;
}

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "dataset") Object.assign(e.dataset, v);
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v === true) e.setAttribute(k, "");
    else e.setAttribute(k, v);
  }
  append(e, children);
  return e;
}

function append(e, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(e, c);
    else e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/**
 * Renders cps[from:to] with the given spans marked. spans are
 * {start, end, make(textNode) -> Element} in code points of the same text;
 * overlapping spans keep the earlier (then longer) one.
 */
export function renderSpans(cps, from, to, spans) {
  const sorted = spans
    .filter((s) => s.end > from && s.start < to && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let pos = from;
  for (const s of sorted) {
    if (s.start < pos) continue;
    if (s.start > pos) out.push(cps.slice(pos, s.start).join(""));
    const end = Math.min(s.end, to);
    out.push(s.make(cps.slice(s.start, end).join("")));
    pos = end;
  }
  if (pos < to) out.push(cps.slice(pos, to).join(""));
  return out;
}

const wordChar = /[\p{L}\p{N}]/u;

/**
 * Finds whole-word occurrences of any of names in cps (code points), as
 * [{start, end, name}], longest names first so "John Kerry" wins over "Kerry".
 * The fallback when the API gave no offsets for a mention.
 */
export function findNames(cps, names) {
  const text = cps.join("");
  const spans = [];
  const uniq = [...new Set(names.filter((n) => n && n.length > 1))].sort((a, b) => b.length - a.length);
  const taken = new Uint8Array(cps.length);
  // Map UTF-16 indexes back to code points once.
  const cpAt = new Int32Array(text.length + 1);
  for (let i = 0, u = 0; i < cps.length; i++) {
    for (let k = 0; k < cps[i].length; k++) cpAt[u + k] = i;
    u += cps[i].length;
    cpAt[u] = i + 1;
  }
  for (const name of uniq) {
    let i = text.indexOf(name);
    while (i >= 0) {
      const s = cpAt[i];
      const e = cpAt[i + name.length];
      const before = s > 0 ? cps[s - 1] : "";
      const after = e < cps.length ? cps[e] : "";
      if (!wordChar.test(before) && !wordChar.test(after) && !taken.subarray(s, e).some((x) => x)) {
        taken.fill(1, s, e);
        spans.push({ start: s, end: e, name });
      }
      i = text.indexOf(name, i + name.length);
    }
  }
  return spans;
}

/**
 * Finds whole-word, case-insensitive occurrences of words in cps (code
 * points), as [{start, end}]: the words a user searched, marked in the
 * article the search found.
 */
export function findWords(cps, words) {
  const text = cps.join("");
  const cpAt = new Int32Array(text.length + 1);
  for (let i = 0, u = 0; i < cps.length; i++) {
    for (let k = 0; k < cps[i].length; k++) cpAt[u + k] = i;
    u += cps[i].length;
    cpAt[u] = i + 1;
  }
  const uniq = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 1))];
  if (!uniq.length) return [];
  const escaped = uniq.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const spans = [];
  for (const m of text.matchAll(re)) spans.push({ start: cpAt[m.index], end: cpAt[m.index + m[0].length] });
  return spans;
}
