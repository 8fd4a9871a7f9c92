package extract

// The types in this file are the JSON shape of `newsgraph extract` (a contract in
// DESIGN.md): field names and meanings must not change. Offsets are Unicode code
// points into the input text, end exclusive, like spaCy's start_char/end_char.

// Document is one input article.
type Document struct {
	ID        string `json:"id,omitempty"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD, anchors relative dates
	Text      string `json:"text"`
}

// Analysis is everything extracted from one document. Entity ids are local to it.
type Analysis struct {
	DocID     string     `json:"doc_id,omitempty"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	Events    []Event    `json:"events"`
	Quotes    []Quote    `json:"quotes"`
	Sentences []Sentence `json:"sentences"`
}

// Entity types.
const (
	Person       = "PERSON"
	Organization = "ORGANIZATION"
	Location     = "LOCATION"
	NORP         = "NORP"
	Misc         = "MISC"
)

// Location subtypes.
const (
	Country = "COUNTRY"
	City    = "CITY"
	Region  = "REGION"
	Other   = "OTHER"
)

// Entity is one real-world thing as seen in one document, after in-document coreference.
type Entity struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Type     string    `json:"type"`
	Subtype  string    `json:"subtype,omitempty"`
	Aliases  []string  `json:"aliases"`
	Roles    []Role    `json:"roles"`
	Mentions []Mention `json:"mentions"`
	// KB is a stable knowledge-base key (from the gazetteer) when the entity was
	// recognised as a known actor; cross-document resolution prefers it to names.
	KB string `json:"kb,omitempty"`
}

// Role is a title an entity holds, with the organization or country it holds it for.
type Role struct {
	Title string `json:"title"`
	Org   string `json:"org"`              // name of the organization or country, "" when unknown
	OrgID string `json:"org_id,omitempty"` // entity id of Org in this analysis, when it is one
}

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
}

// Evidence points at the text a fact was read from.
type Evidence struct {
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
}

// Relation is a typed, directed edge between two entities of the analysis.
type Relation struct {
	Type       string     `json:"type"`
	Source     string     `json:"source"`
	Target     string     `json:"target"`
	Confidence float64    `json:"confidence"`
	Evidence   []Evidence `json:"evidence"`
}

// Participant is an entity taking part in an event, with its role (AGENT, PATIENT, PARTICIPANT...).
type Participant struct {
	Entity string `json:"entity"`
	Role   string `json:"role"`
}

// Event is something that happened, anchored in time when the text allows.
type Event struct {
	ID            string        `json:"id,omitempty"`
	Type          string        `json:"type"`
	CAMEO         string        `json:"cameo"`
	Trigger       string        `json:"trigger"`
	Date          string        `json:"date"`                     // ISO 8601 at DatePrecision, "" when unknown
	DatePrecision string        `json:"date_precision,omitempty"` // day, month or year
	Participants  []Participant `json:"participants"`
	Location      string        `json:"location"`
	Confidence    float64       `json:"confidence"`
	Evidence      []Evidence    `json:"evidence"`
}

// Quote is direct or reported speech attributed to a speaker entity.
type Quote struct {
	Speaker  string `json:"speaker"`
	Text     string `json:"text"`
	Direct   bool   `json:"direct"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
}

// Sentence is the span of one sentence in code points.
type Sentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
}
