// Names and colours for the kinds of links the API reports as codes: event
// types (the inventory in DESIGN.md and the CAMEO families the extractor
// adds, extract/cameo/types.go) and relation types. The page showed the raw
// codes ("MILITARY_POSTURE", "INTEND_COOPERATE") in one grey, so a new user
// could neither read an event's kind nor tell two kinds apart on the canvas.
// Every place that shows a kind (canvas, legend, filters, inspector, path)
// takes its words and colour from here, so they always agree.
//
// Colours go by family, so related kinds look related: meeting and
// cooperation in greens, words (statements, demands) in blues, pressure and
// violence in oranges and reds, justice in browns, office in purples, life
// and death in greys, business in golds; within a family the kinds common in
// news (attack, appeal, meeting, arrest, visit) are the furthest apart.
// ui/kinds_test.go checks that every type the extractor can emit has an
// entry here and that no two colours are near alike (CIE ΔE under 12).

export const EVENT_TYPES = {
  // Contact and cooperation
  MEET: { label: "Meeting", colour: "#2ca02c" },
  PHONE_CALL: { label: "Phone call", colour: "#98df8a" },
  VISIT: { label: "Visit", colour: "#17becf" },
  NEGOTIATE: { label: "Negotiation", colour: "#7f9a1c" },
  AGREEMENT: { label: "Agreement", colour: "#00695c" },
  INTEND_COOPERATE: { label: "Pledge to cooperate", colour: "#b5cf6b" },
  COOPERATE: { label: "Cooperation", colour: "#5cb85c" },
  MATERIAL_COOP: { label: "Joint action", colour: "#486b1f" },
  AID: { label: "Aid", colour: "#80cbc4" },
  YIELD: { label: "Concession", colour: "#6d8b74" },
  // Words
  STATEMENT: { label: "Statement", colour: "#6baed6" },
  APPEAL: { label: "Appeal", colour: "#1f77b4" },
  DEMAND: { label: "Demand", colour: "#283593" },
  INVESTIGATE: { label: "Investigation", colour: "#b3d4f0" },
  DISAPPROVE: { label: "Criticism", colour: "#b39ddb" },
  REJECT: { label: "Rejection", colour: "#512da8" },
  // Pressure and violence
  THREATEN: { label: "Threat", colour: "#fd8d3c" },
  PROTEST: { label: "Protest", colour: "#ffbb78" },
  MILITARY_POSTURE: { label: "Military build-up", colour: "#a6611a" },
  SANCTION: { label: "Sanction", colour: "#d4a017" },
  REDUCE_RELATIONS: { label: "Cutting ties", colour: "#f4a6a6" },
  COERCE: { label: "Coercion", colour: "#e8590c" },
  ATTACK: { label: "Attack", colour: "#d62728" },
  OCCUPY: { label: "Occupation", colour: "#8b0a12" },
  ANNEX: { label: "Annexation", colour: "#4a0008" },
  // Justice
  ARREST: { label: "Arrest", colour: "#8c564b" },
  TRIAL: { label: "Trial", colour: "#c49c94" },
  SENTENCE: { label: "Sentence", colour: "#6b3f24" },
  // Office
  ELECTION: { label: "Election", colour: "#9467bd" },
  APPOINTMENT: { label: "Appointment", colour: "#e377c2" },
  RESIGNATION: { label: "Resignation", colour: "#ad1457" },
  // Life
  DEATH: { label: "Death", colour: "#2b2b2b" },
  INJURY: { label: "Injury", colour: "#8a8a8a" },
  // Business
  ACQUISITION: { label: "Acquisition", colour: "#bcbd22" },
  MERGER: { label: "Merger", colour: "#8d6e00" },
};

const UNKNOWN_EVENT = "#56606b";

/** "SOME_CODE" -> "Some code": the words of a code no table names. */
export function humanize(code) {
  const s = String(code || "").toLowerCase().replaceAll("_", " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** An event type's name for people: "MILITARY_POSTURE" -> "Military build-up". */
export function eventLabel(type) {
  return (EVENT_TYPES[type] || {}).label || humanize(type);
}

export function eventColour(type) {
  return (EVENT_TYPES[type] || {}).colour || UNKNOWN_EVENT;
}

// Relation types read as a verb phrase between their two ends ("Lavrov
// citizen of Russia"); the codes say that already once lower-cased, except
// these.
const RELATION_WORDS = {
  HOLDS_ROLE: "holds a role in",
  RELATED_TO: "related to",
};

/** A relation type as words: "CITIZEN_OF" -> "citizen of". */
export function relationLabel(type) {
  return RELATION_WORDS[type] || String(type || "").toLowerCase().replaceAll("_", " ");
}

/**
 * Ink for text on a background colour: dark on light colours, white on dark
 * ones, whichever contrasts more (WCAG relative luminance).
 */
export function inkOn(hex) {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return "#fff";
  const lin = (c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const n = parseInt(m[1], 16);
  const l = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  const dark = 0.0137; // #1d232b, the page's ink
  const onWhite = 1.05 / (l + 0.05);
  const onDark = (l + 0.05) / (dark + 0.05);
  return onDark > onWhite ? "#1d232b" : "#fff";
}
