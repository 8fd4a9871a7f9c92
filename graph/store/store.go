// Package store owns every Badger key of Newsgraph: documents, canonical entities,
// mentions, relations, events, quotes and their indexes. Nothing else imports badger.
package store

import (
	"context"
	"errors"
	"log/slog"
)

var errTODO = errors.New("store: not implemented yet")

// Options configures Open. The zero value is usable.
type Options struct {
	Logger   *slog.Logger
	InMemory bool // for tests that do not need a folder
	ReadOnly bool
}

// Store is the graph database. It is safe for concurrent use; writes are serialized.
type Store struct{}

// Open opens (creating if needed) the store in dir.
func Open(dir string, opts Options) (*Store, error) { return nil, errTODO }

// Close flushes and closes the store.
func (s *Store) Close() error { return errTODO }

// Ingest writes analysed documents in one batch, resolving each document's local
// entities to canonical ones. A document already stored with the same ExtID and
// text is skipped (Skipped=true), so ingest is idempotent. A failed document does
// not stop the others; its error is returned in errs at the same index.
func (s *Store) Ingest(ctx context.Context, docs []IngestDoc) (res []IngestResult, errs []error) {
	return nil, []error{errTODO}
}

func (s *Store) Entity(ctx context.Context, id uint64) (Entity, error) { return Entity{}, errTODO }

// Entities returns the entities for ids in the same order; missing ones are returned with ID 0.
func (s *Store) Entities(ctx context.Context, ids []uint64) ([]Entity, error) { return nil, errTODO }

// FindEntities lists entities whose name or an alias matches search (case- and
// accent-insensitive, prefix of any word run), most mentioned first; all entities
// when search is empty. types filters by entity type when non-empty.
func (s *Store) FindEntities(ctx context.Context, search string, types []string, p Page) ([]Entity, PageInfo, error) {
	return nil, PageInfo{}, errTODO
}

func (s *Store) Document(ctx context.Context, id uint64) (Document, error) { return Document{}, errTODO }
func (s *Store) DocumentByExtID(ctx context.Context, ext string) (Document, error) {
	return Document{}, errTODO
}
func (s *Store) Documents(ctx context.Context, p Page) ([]Document, PageInfo, error) {
	return nil, PageInfo{}, errTODO
}

// EntityDocuments lists the documents mentioning an entity.
func (s *Store) EntityDocuments(ctx context.Context, id uint64, p Page) ([]Document, PageInfo, error) {
	return nil, PageInfo{}, errTODO
}

// Mentions lists the evidence of an entity's mentions.
func (s *Store) Mentions(ctx context.Context, id uint64, p Page) ([]Evidence, PageInfo, error) {
	return nil, PageInfo{}, errTODO
}

func (s *Store) Event(ctx context.Context, id uint64) (Event, error) { return Event{}, errTODO }
func (s *Store) Events(ctx context.Context, f EventFilter, p Page) ([]Event, PageInfo, error) {
	return nil, PageInfo{}, errTODO
}

func (s *Store) Relation(ctx context.Context, id uint64) (Relation, error) { return Relation{}, errTODO }

// Relations lists an entity's edges.
func (s *Store) Relations(ctx context.Context, id uint64, f RelationFilter, p Page) ([]Relation, PageInfo, error) {
	return nil, PageInfo{}, errTODO
}

// Quotes lists quotes by a speaker (all quotes when speaker is 0).
func (s *Store) Quotes(ctx context.Context, speaker uint64, p Page) ([]Quote, PageInfo, error) {
	return nil, PageInfo{}, errTODO
}

// ShortestPaths returns the shortest paths (several when tied, at most 10) of at most maxHops relations.
func (s *Store) ShortestPaths(ctx context.Context, from, to uint64, maxHops int) ([]Path, error) {
	return nil, errTODO
}

func (s *Store) Stats(ctx context.Context) (Stats, error) { return Stats{}, errTODO }
