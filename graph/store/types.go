package store

import (
	"errors"
	"slices"
	"time"

	"github.com/newsgraph/newsgraph/extract"
)

// This file is the store's public vocabulary; the GraphQL layer and ingest code
// against it. Ids are uint64 assigned once and never reused, so they stay stable
// across restarts and re-ingests.

// ErrNotFound is returned (wrapped) when an id or key names nothing stored.
var ErrNotFound = errors.New("store: not found")

// ErrBadCursor is returned (wrapped) when a pagination cursor was not made by this store.
var ErrBadCursor = errors.New("store: bad cursor")

// Kind tells which family an id belongs to.
type Kind byte

const (
	KindEntity   Kind = 'e'
	KindDocument Kind = 'd'
	KindEvent    Kind = 'v'
	KindRelation Kind = 'r'
	KindQuote    Kind = 'q'
	KindMerge    Kind = 'm'
	// KindResolution: a recorded automatic link (Resolution); ids come from
	// the counter seq:l.
	KindResolution Kind = 'l'
)

// Page asks for one page of a list: After is an opaque cursor from a previous page
// (nil for the first), Limit the most items wanted.
type Page struct {
	After []byte
	Limit int
}

// PageInfo describes a returned page: Next is the cursor of its last item.
type PageInfo struct {
	Next    []byte
	HasNext bool
	Total   int
}

// Document is a stored article.
type Document struct {
	ID         uint64
	ExtID      string // the caller's id, or "sha256:<hex>" of the text when none was given
	Title      string
	URL        string
	Source     string
	Published  string // YYYY-MM-DD or ""
	Text       string
	IngestedAt time.Time
	Sentences  []extract.Sentence
	// TextLoaded is false in lists (Documents, EntityDocuments,
	// SearchDocuments), which leave Text empty: read it with DocumentText.
	TextLoaded bool `json:"-"`
}

// Alias is one surface form of an entity with how often it was seen.
type Alias struct {
	Text  string
	Count int
}

// Role is a title an entity held for an organization or country.
type Role struct {
	Title     string
	Org       string // display name of the organization/country, "" when unknown
	OrgID     uint64 // 0 when Org is not a stored entity
	FirstSeen string // YYYY-MM-DD of the documents it was read in
	LastSeen  string
	Count     int
}

// Entity is a canonical entity: one real-world thing across all documents.
type Entity struct {
	ID           uint64
	Name         string
	Type         string // extract.Person, extract.Location, ...
	Subtype      string
	KB           string
	Aliases      []Alias
	Roles        []Role
	MentionCount int
	DocCount     int
	FirstSeen    string
	LastSeen     string
	// Ambiguous marks a bare surname ("Khan") from a document that names two
	// or more different people with that surname: it may be any of them, so
	// resolution never links another document's entity to it.
	Ambiguous bool `json:",omitempty"`
}

// Evidence is a piece of text in a stored document that supports a fact.
type Evidence struct {
	DocID    uint64
	Sentence int
	Start    int
	End      int
	Text     string
}

// Participant is an entity in an event with its role.
type Participant struct {
	EntityID uint64
	Role     string
}

// Event is a canonical event: the same event reported several times has several evidence.
type Event struct {
	ID            uint64
	Type          string
	CAMEO         string
	Trigger       string
	Date          string
	DatePrecision string
	Participants  []Participant
	LocationID    uint64 // 0 when unknown
	Confidence    float64
	Evidence      []Evidence
	// EvidenceLoaded is false in lists (Events, SearchEvents), which leave
	// Evidence empty: page it with EventEvidence.
	EvidenceLoaded bool `json:"-"`
}

// Relation is a typed directed edge between two canonical entities.
type Relation struct {
	ID         uint64
	Type       string
	Source     uint64
	Target     uint64
	Confidence float64
	Count      int
	FirstSeen  string
	LastSeen   string
	Evidence   []Evidence
	// EvidenceLoaded is false in lists (Relations, Neighborhood), which leave
	// Evidence empty to stay cheap: page it with RelationEvidence.
	EvidenceLoaded bool `json:"-"`
}

// Quote is speech attributed to a canonical entity.
type Quote struct {
	ID       uint64
	Speaker  uint64
	Text     string
	Direct   bool
	Evidence Evidence
}

// Direction selects edges by which end an entity is on.
type Direction int

const (
	Both Direction = iota
	Out
	In
)

// RelationFilter narrows an entity's relations.
type RelationFilter struct {
	Types     []string
	Direction Direction
	// Since and Until (YYYY-MM-DD, inclusive) keep relations seen in that
	// range: LastSeen >= Since and FirstSeen <= Until. Relations of undated
	// documents have no dates and are dropped by either bound.
	Since, Until  string
	MinConfidence float64
}

func (f RelationFilter) matchEdge(dir Direction, typ string) bool {
	if len(f.Types) > 0 && !slices.Contains(f.Types, typ) {
		return false
	}
	return f.Direction == Both || f.Direction == dir
}

func (f RelationFilter) matchRecord(r *Relation) bool {
	if f.Since != "" && (r.LastSeen == "" || r.LastSeen < f.Since) {
		return false
	}
	if f.Until != "" && (r.FirstSeen == "" || r.FirstSeen > f.Until) {
		return false
	}
	return r.Confidence >= f.MinConfidence
}

// matchesAll tells whether the filter keeps every relation. A relation's
// confidence starts at 0 and only ever takes the max of what documents
// report, so a zero MinConfidence keeps all.
func (f RelationFilter) matchesAll() bool {
	return len(f.Types) == 0 && f.Direction == Both && !f.needsRecord()
}

// needsRecord tells whether match reads the relation record.
func (f RelationFilter) needsRecord() bool {
	return f.Since != "" || f.Until != "" || f.MinConfidence > 0
}

// EventFilter narrows the event list. Empty fields match everything.
type EventFilter struct {
	Types       []string
	EntityID    uint64 // participant or location
	Participant uint64 // takes part in the event
	Location    uint64 // the event happened there
	Since       string // YYYY-MM-DD inclusive
	Until       string // YYYY-MM-DD inclusive
}

// Hop is one edge on a path.
type Hop struct {
	From     uint64
	To       uint64
	Relation Relation
}

// Path is a chain of relations from one entity to another.
type Path struct {
	Entities []uint64
	Hops     []Hop
}

// Stats counts what the store holds.
type Stats struct {
	Documents int
	Entities  int
	Relations int
	Events    int
	Quotes    int
	Mentions  int
}

// IngestDoc is one analysed document handed to the writer.
type IngestDoc struct {
	Doc      Document // ID and IngestedAt are assigned by the store
	Analysis *extract.Analysis
	// Words, when not nil, must be DocumentWords(Doc.Title, Doc.Text): a
	// caller with spare cores (ingest's extraction workers) computes them
	// so the writer, which is serialized, does not have to.
	Words []string
}

// IngestResult tells what writing one document did.
type IngestResult struct {
	ExtID       string
	DocID       uint64
	Skipped     bool // already stored with the same id and text: nothing changed
	Entities    int  // distinct canonical entities the document touches
	NewEntities int
	Relations   int
	Events      int
	Quotes      int
}
