package model

// Cursors gives the cursor of each item of one page, encoded when asked for.
// Clients page with pageInfo.endCursor and rarely select an edge's cursor,
// while encoding one for every edge cost two allocations per edge of every
// page (fifty relations of a neighbourhood, ten hits of a search).
type Cursors interface {
	Cursor(i int) string
}

// The connection edges: Page and Index locate the edge's cursor.

type EntityEdge struct {
	Node  *Entity
	Page  Cursors
	Index int
}

// Cursor is the cursor to pass as `after` to continue after this edge.
func (e *EntityEdge) Cursor() string { return e.Page.Cursor(e.Index) }

type RelationEdge struct {
	Node  *Relation
	Page  Cursors
	Index int
}

// Cursor is the cursor to pass as `after` to continue after this edge.
func (e *RelationEdge) Cursor() string { return e.Page.Cursor(e.Index) }

type EventEdge struct {
	Node  *Event
	Page  Cursors
	Index int
}

// Cursor is the cursor to pass as `after` to continue after this edge.
func (e *EventEdge) Cursor() string { return e.Page.Cursor(e.Index) }

type DocumentEdge struct {
	Node  *Document
	Page  Cursors
	Index int
}

// Cursor is the cursor to pass as `after` to continue after this edge.
func (e *DocumentEdge) Cursor() string { return e.Page.Cursor(e.Index) }

type EvidenceEdge struct {
	Node  *Evidence
	Page  Cursors
	Index int
}

// Cursor is the cursor to pass as `after` to continue after this edge.
func (e *EvidenceEdge) Cursor() string { return e.Page.Cursor(e.Index) }

type QuoteEdge struct {
	Node  *Quote
	Page  Cursors
	Index int
}

// Cursor is the cursor to pass as `after` to continue after this edge.
func (e *QuoteEdge) Cursor() string { return e.Page.Cursor(e.Index) }

type ResolutionEdge struct {
	Node  *Resolution
	Page  Cursors
	Index int
}

// Cursor is the cursor to pass as `after` to continue after this edge.
func (e *ResolutionEdge) Cursor() string { return e.Page.Cursor(e.Index) }
