// Package model holds the Go types behind the GraphQL schema. The types in this
// file are written by hand so they can carry store ids (the *Key fields) that
// child resolvers need without exposing them; gqlgen binds to them by name and
// writes the rest to models_gen.go.
package model

// Entity is a canonical entity. Key is its store id.
type Entity struct {
	Key           uint64
	ID            string
	Name          string
	Type          EntityType
	Subtype       *string
	Kb            *string
	Aliases       []*Alias
	AliasNames    []string
	Roles         []*Role
	MentionCount  int
	DocumentCount int
	FirstSeen     *string
	LastSeen      *string
}

func (Entity) IsNode() {}

// Role is a title an entity held; OrgKey is the store id of the organization (0 when unknown).
type Role struct {
	Title     string
	Org       *string
	OrgKey    uint64
	FirstSeen *string
	LastSeen  *string
	Count     int
}

// Evidence points into a stored document; DocKey is the document's store id.
type Evidence struct {
	DocKey   uint64
	Sentence int
	Text     string
	Start    int
	End      int
}

// Document is a stored article. Key is its store id.
type Document struct {
	Key        uint64
	ID         string
	ExtID      string
	Title      *string
	URL        *string
	Source     *string
	Published  *string
	IngestedAt string
	// Body is the text when it was read with the document; nil for documents
	// from lists, whose text fields read it on demand (a page of fifty
	// articles should not drag fifty texts through the store unasked).
	Body  *string
	Spans []Span
}

// Span is a sentence's code-point range in a document's text.
type Span struct{ Start, End int }

func (Document) IsNode() {}

// Participant is an entity in an event; EntityKey is its store id.
type Participant struct {
	EntityKey uint64
	Role      string
}

// Event is a canonical event. EvidenceList holds the evidence the store loads
// with it (at most store.MaxEvidenceLoaded); longer lists are paged from the store.
type Event struct {
	Key            uint64
	ID             string
	Type           string
	Cameo          *string
	Trigger        *string
	Date           *string
	DatePrecision  *string
	Participants   []*Participant
	LocationKey    uint64
	Confidence     float64
	EvidenceList   []*Evidence
	EvidenceLoaded bool
}

func (Event) IsNode() {}

// Relation is a typed directed edge between two entities; EvidenceList as in Event.
type Relation struct {
	Key          uint64
	ID           string
	Type         string
	SourceKey    uint64
	TargetKey    uint64
	Confidence   float64
	Count        int
	FirstSeen    *string
	LastSeen     *string
	EvidenceList []*Evidence
	// EvidenceLoaded is false for relations from lists, which come without
	// evidence; the evidence fields then ask the store.
	EvidenceLoaded bool
	Refs           Refs
}

// Refs resolves what a Relation, Hop or Path refers to by store id; the
// GraphQL layer gives each request its own. The fields below are methods
// without a context on purpose: gqlgen then resolves them in line, where a
// resolver would cost a goroutine per field of every list element (a page
// of fifty relations spawned fifty goroutines for their targets alone),
// while the answers come from memory (the store's read cache) nearly always.
type Refs interface {
	Entity(key uint64) (*Entity, error)
	Entities(keys []uint64) ([]*Entity, error)
	// RelationEvidence is the first `first` pieces of r's evidence.
	RelationEvidence(r *Relation, first *int) ([]*Evidence, error)
	RelationEvidenceCount(r *Relation) (int, error)
}

// Source is the relation's source entity; null when it no longer exists.
func (r *Relation) Source() (*Entity, error) { return r.Refs.Entity(r.SourceKey) }

// Target is the relation's target entity; null when it no longer exists.
func (r *Relation) Target() (*Entity, error) { return r.Refs.Entity(r.TargetKey) }

// Evidence is the first `first` pieces of evidence.
func (r *Relation) Evidence(first *int) ([]*Evidence, error) {
	return r.Refs.RelationEvidence(r, first)
}

// EvidenceCount counts the relation's evidence.
func (r *Relation) EvidenceCount() (int, error) { return r.Refs.RelationEvidenceCount(r) }

func (Relation) IsNode() {}

// Quote is speech attributed to an entity.
type Quote struct {
	Key        uint64
	ID         string
	SpeakerKey uint64
	Text       string
	Direct     bool
	Evidence   *Evidence
}

func (Quote) IsNode() {}

// Hop is one relation on a path.
type Hop struct {
	FromKey  uint64
	ToKey    uint64
	Relation *Relation
}

// From is the entity the hop leaves (a method for the reason Refs gives).
func (h *Hop) From() (*Entity, error) { return h.Relation.Refs.Entity(h.FromKey) }

// To is the entity the hop reaches.
func (h *Hop) To() (*Entity, error) { return h.Relation.Refs.Entity(h.ToKey) }

// Path is a chain of relations; EntityKeys lists the entities along it in order.
type Path struct {
	Length     int
	EntityKeys []uint64
	Hops       []*Hop
	Refs       Refs
}

// Entities lists the entities along the path, in order.
func (p *Path) Entities() ([]*Entity, error) { return p.Refs.Entities(p.EntityKeys) }

// IngestResult tells what ingesting one document did; DocKey is 0 when nothing was stored.
type IngestResult struct {
	DocKey      uint64
	Skipped     bool
	Entities    int
	NewEntities int
	Relations   int
	Events      int
	Quotes      int
}

// Merge is a recorded merge; Key is its store id, IntoKey the kept entity's.
type Merge struct {
	Key      uint64
	ID       string
	IntoKey  uint64
	FromID   string
	FromName string
	At       string
}

func (Merge) IsNode() {}

// DocumentMention is one entity mention in a document; EntityKey is the entity's store id.
type DocumentMention struct {
	EntityKey uint64
	Sentence  int
	Start     int
	End       int
	Text      string
}
