package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/graph/store"
)

// The resolvers' work lives here so that schema.resolvers.go stays a thin,
// regenerable shell.

const (
	defaultEvidence  = 10
	defaultNeighbors = 20
	// defaultNeighborhood and maxNeighborhood bound Entity.neighborhood's nodes.
	defaultNeighborhood = 50
	maxNeighborhood     = 500
	defaultMaxHops      = 3
	maxMaxHops          = 6
	// neighborScanPages bounds how many relation pages neighbors reads to find
	// enough distinct entities.
	neighborScanPages = 10
)

// lookupErr translates the store's not-found into a client error naming the id.
func lookupErr(what, id string, err error) error {
	if errors.Is(err, store.ErrNotFound) {
		return notFound(what, id)
	}
	if err != nil {
		return fmt.Errorf("load %s %s: %w", what, id, err)
	}
	return nil
}

func (r *Resolver) entity(ctx context.Context, id string) (*model.Entity, error) {
	n, err := parseID(id, store.KindEntity)
	if err != nil {
		return nil, err
	}
	// The shared model when the read cache holds the entity: a neighbourhood
	// or profile request starts here, and converting the record anew cost a
	// dozen allocations per request.
	if m, ok := r.cachedEntity(n); ok {
		return m, nil
	}
	e, err := r.Store.Entity(ctx, n)
	if err := lookupErr("entity", id, err); err != nil {
		return nil, err
	}
	return r.entityModel(e), nil
}

func (r *Resolver) document(ctx context.Context, id string) (*model.Document, error) {
	n, err := parseID(id, store.KindDocument)
	if err != nil {
		return nil, err
	}
	d, err := r.Store.Document(ctx, n)
	if err := lookupErr("document", id, err); err != nil {
		return nil, err
	}
	return toDocument(d), nil
}

func (r *Resolver) documentByExtID(ctx context.Context, ext string) (*model.Document, error) {
	d, err := r.Store.DocumentByExtID(ctx, ext)
	if err := lookupErr("document", fmt.Sprintf("with extId %q", ext), err); err != nil {
		return nil, err
	}
	return toDocument(d), nil
}

func (r *Resolver) event(ctx context.Context, id string) (*model.Event, error) {
	n, err := parseID(id, store.KindEvent)
	if err != nil {
		return nil, err
	}
	e, err := r.Store.Event(ctx, n)
	if err := lookupErr("event", id, err); err != nil {
		return nil, err
	}
	return toEvent(e), nil
}

func (r *Resolver) relation(ctx context.Context, id string) (*model.Relation, error) {
	n, err := parseID(id, store.KindRelation)
	if err != nil {
		return nil, err
	}
	rel, err := r.Store.Relation(ctx, n)
	if err := lookupErr("relation", id, err); err != nil {
		return nil, err
	}
	return toRelation(r.refs(ctx), rel), nil
}

func (r *Resolver) quote(ctx context.Context, id string) (*model.Quote, error) {
	n, err := parseID(id, store.KindQuote)
	if err != nil {
		return nil, err
	}
	q, err := r.Store.Quote(ctx, n)
	if err := lookupErr("quote", id, err); err != nil {
		return nil, err
	}
	return toQuote(q), nil
}

// node dispatches on the id's kind letter.
func (r *Resolver) node(ctx context.Context, id string) (model.Node, error) {
	k, _, err := parseAnyID(id)
	if err != nil {
		return nil, err
	}
	switch k {
	case store.KindEntity:
		return asNode(r.entity(ctx, id))
	case store.KindDocument:
		return asNode(r.document(ctx, id))
	case store.KindEvent:
		return asNode(r.event(ctx, id))
	case store.KindRelation:
		return asNode(r.relation(ctx, id))
	case store.KindQuote:
		return asNode(r.quote(ctx, id))
	case store.KindMerge:
		return asNode(r.merge(ctx, id))
	case store.KindResolution:
		return asNode(r.resolution(ctx, id))
	}
	return nil, badID(id, "unknown kind")
}

// asNode returns an untyped nil on error: a nil *T stored in a Node is not nil.
func asNode[T model.Node](v T, err error) (model.Node, error) {
	if err != nil {
		return nil, err
	}
	return v, nil
}

func (r *Resolver) entities(ctx context.Context, search *string, types []model.EntityType, first *int, after *string) (*model.EntityConnection, error) {
	q := ""
	if search != nil {
		q = strings.TrimSpace(*search)
	}
	ts := mapSlice(types, func(t model.EntityType) string { return string(t) })
	scope := scopeOf("entities", q, strings.Join(ts, ","))
	p, err := fetchPage(ctx, "entities", scope, first, after, func(ctx context.Context, pg store.Page) ([]store.Entity, store.PageInfo, error) {
		return r.Store.FindEntities(ctx, q, ts, pg)
	})
	if err != nil {
		return nil, err
	}
	return r.entityConnection(p), nil
}

func (r *Resolver) events(ctx context.Context, filter *model.EventFilter, first *int, after *string) (*model.EventConnection, error) {
	f, err := eventFilter(filter)
	if err != nil {
		return nil, err
	}
	return r.eventList(ctx, f, first, after)
}

func (r *Resolver) eventList(ctx context.Context, f store.EventFilter, first *int, after *string) (*model.EventConnection, error) {
	scope := scopeOf("events", strings.Join(f.Types, ","), fmt.Sprint(f.EntityID), fmt.Sprint(f.Participant), fmt.Sprint(f.Location), f.Since, f.Until)
	p, err := fetchPage(ctx, "events", scope, first, after, func(ctx context.Context, pg store.Page) ([]store.Event, store.PageInfo, error) {
		return r.Store.Events(ctx, f, pg)
	})
	if err != nil {
		return nil, err
	}
	return eventConnection(p), nil
}

func (r *Resolver) entityEvents(ctx context.Context, key uint64, types []string, since, until *string, first *int, after *string) (*model.EventConnection, error) {
	f, err := eventFilter(&model.EventFilter{Types: types, Since: since, Until: until})
	if err != nil {
		return nil, err
	}
	f.EntityID = key
	return r.eventList(ctx, f, first, after)
}

// eventFilter validates the filter. Dates may be given as YYYY, YYYY-MM or
// YYYY-MM-DD; since/until expand to the first/last day of that period.
func eventFilter(in *model.EventFilter) (store.EventFilter, error) {
	var f store.EventFilter
	if in == nil {
		return f, nil
	}
	f.Types = in.Types
	for _, x := range []struct {
		id  *string
		dst *uint64
	}{{in.Entity, &f.EntityID}, {in.Participant, &f.Participant}, {in.Location, &f.Location}} {
		if x.id == nil {
			continue
		}
		n, err := parseID(*x.id, store.KindEntity)
		if err != nil {
			return f, err
		}
		*x.dst = n
	}
	var err error
	if in.Since != nil {
		if f.Since, err = expandDate(*in.Since, false); err != nil {
			return f, err
		}
	}
	if in.Until != nil {
		if f.Until, err = expandDate(*in.Until, true); err != nil {
			return f, err
		}
	}
	if f.Since != "" && f.Until != "" && f.Since > f.Until {
		return f, badInput("since %s is after until %s", *in.Since, *in.Until)
	}
	return f, nil
}

func expandDate(s string, end bool) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if end {
			switch layout {
			case "2006-01":
				t = t.AddDate(0, 1, -1)
			case "2006":
				t = t.AddDate(1, 0, -1)
			}
		}
		return t.Format("2006-01-02"), nil
	}
	return "", badInput("bad date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
}

func (r *Resolver) documents(ctx context.Context, first *int, after *string) (*model.DocumentConnection, error) {
	p, err := fetchPage(ctx, "documents", scopeOf("documents"), first, after, r.Store.Documents)
	if err != nil {
		return nil, err
	}
	return documentConnection(p), nil
}

func (r *Resolver) entityDocuments(ctx context.Context, key uint64, first *int, after *string) (*model.DocumentConnection, error) {
	p, err := fetchPage(ctx, "documents", scopeOf("entity-documents", fmt.Sprint(key)), first, after,
		func(ctx context.Context, pg store.Page) ([]store.Document, store.PageInfo, error) {
			return r.Store.EntityDocuments(ctx, key, pg)
		})
	if err != nil {
		return nil, err
	}
	return documentConnection(p), nil
}

func (r *Resolver) mentions(ctx context.Context, key uint64, first *int, after *string) (*model.EvidenceConnection, error) {
	p, err := fetchPage(ctx, "mentions", scopeOf("mentions", fmt.Sprint(key)), first, after,
		func(ctx context.Context, pg store.Page) ([]store.Evidence, store.PageInfo, error) {
			return r.Store.Mentions(ctx, key, pg)
		})
	if err != nil {
		return nil, err
	}
	return evidenceConnection(p), nil
}

func (r *Resolver) quotes(ctx context.Context, speaker *string, first *int, after *string) (*model.QuoteConnection, error) {
	var key uint64
	if speaker != nil {
		n, err := parseID(*speaker, store.KindEntity)
		if err != nil {
			return nil, err
		}
		key = n
	}
	return r.quoteList(ctx, key, first, after)
}

func (r *Resolver) quoteList(ctx context.Context, speaker uint64, first *int, after *string) (*model.QuoteConnection, error) {
	p, err := fetchPage(ctx, "quotes", scopeOf("quotes", fmt.Sprint(speaker)), first, after,
		func(ctx context.Context, pg store.Page) ([]store.Quote, store.PageInfo, error) {
			return r.Store.Quotes(ctx, speaker, pg)
		})
	if err != nil {
		return nil, err
	}
	return quoteConnection(p), nil
}

func direction(d *model.Direction) store.Direction {
	if d == nil {
		return store.Both
	}
	switch *d {
	case model.DirectionOut:
		return store.Out
	case model.DirectionIn:
		return store.In
	}
	return store.Both
}

func (r *Resolver) relations(ctx context.Context, key uint64, types []string, dir *model.Direction, since, until *string, minConfidence *float64, first *int, after *string) (*model.RelationConnection, error) {
	f := store.RelationFilter{Types: types, Direction: direction(dir)}
	dates, err := eventFilter(&model.EventFilter{Since: since, Until: until})
	if err != nil {
		return nil, err
	}
	f.Since, f.Until = dates.Since, dates.Until
	if minConfidence != nil {
		if *minConfidence < 0 || *minConfidence > 1 {
			return nil, badInput("minConfidence must be between 0 and 1, got %g", *minConfidence)
		}
		f.MinConfidence = *minConfidence
	}
	scope := scopeOf("relations", fmt.Sprint(key), strings.Join(types, ","), fmt.Sprint(f.Direction), f.Since, f.Until, fmt.Sprint(f.MinConfidence))
	p, err := fetchPage(ctx, "relations", scope, first, after,
		func(ctx context.Context, pg store.Page) ([]store.Relation, store.PageInfo, error) {
			return r.Store.Relations(ctx, key, f, pg)
		})
	if err != nil {
		return nil, err
	}
	return relationConnection(r.refs(ctx), p), nil
}

// neighbors collects the distinct entities at the other end of key's
// relations, in the store's relation order.
func (r *Resolver) neighbors(ctx context.Context, key uint64, types []string, dir *model.Direction, first *int) ([]*model.Entity, error) {
	n, err := pageSize(first, defaultNeighbors)
	if err != nil {
		return nil, err
	}
	f := store.RelationFilter{Types: types, Direction: direction(dir)}
	seen := map[uint64]bool{key: true}
	var ids []uint64
	pg := store.Page{Limit: maxFirst}
	for range neighborScanPages {
		if len(ids) >= n {
			break
		}
		rels, info, err := r.Store.Relations(ctx, key, f, pg)
		if err != nil {
			return nil, fmt.Errorf("neighbors of entity %d: %w", key, err)
		}
		for _, rel := range rels {
			other := rel.Target
			if other == key {
				other = rel.Source
			}
			if !seen[other] && len(ids) < n {
				seen[other] = true
				ids = append(ids, other)
			}
		}
		if !info.HasNext || len(info.Next) == 0 {
			break
		}
		pg.After = info.Next
	}
	return r.entityList(ctx, ids)
}

// evidenceSource pages one fact's evidence in the store.
type evidenceSource func(ctx context.Context, id uint64, p store.Page) ([]store.Evidence, store.PageInfo, error)

// evidencePrefix returns the first `first` pieces of a fact's evidence, from
// what the store loaded with the fact when that is enough.
func evidencePrefix(ctx context.Context, loaded []*model.Evidence, isLoaded bool, key uint64, first *int,
	src func(ctx context.Context, id uint64, n int) ([]store.Evidence, error)) ([]*model.Evidence, error) {
	n, err := pageSize(first, defaultEvidence)
	if err != nil {
		return nil, err
	}
	if isLoaded && (n <= len(loaded) || len(loaded) < store.MaxEvidenceLoaded) {
		return loaded[:min(n, len(loaded))], nil
	}
	es, err := src(ctx, key, n)
	if err != nil {
		return nil, fmt.Errorf("evidence of %d: %w", key, err)
	}
	return mapSlice(es, toEvidence), nil
}

// evidenceCount counts a fact's evidence, asking the store only when the
// loaded list may have been cut short.
func evidenceCount(ctx context.Context, loaded []*model.Evidence, isLoaded bool, key uint64, src evidenceSource) (int, error) {
	if isLoaded && len(loaded) < store.MaxEvidenceLoaded {
		return len(loaded), nil
	}
	_, info, err := src(ctx, key, store.Page{Limit: 1})
	if err != nil {
		return 0, fmt.Errorf("count evidence of %d: %w", key, err)
	}
	return info.Total, nil
}

func evidencePage(ctx context.Context, what string, key uint64, first *int, after *string, src evidenceSource) (*model.EvidenceConnection, error) {
	p, err := fetchPage(ctx, what, scopeOf(what, fmt.Sprint(key)), first, after,
		func(ctx context.Context, pg store.Page) ([]store.Evidence, store.PageInfo, error) {
			return src(ctx, key, pg)
		})
	if err != nil {
		return nil, err
	}
	return evidenceConnection(p), nil
}

func (r *Resolver) documentEntities(ctx context.Context, key uint64, first *int, after *string) (*model.EntityConnection, error) {
	p, err := fetchPage(ctx, "document entities", scopeOf("document-entities", fmt.Sprint(key)), first, after,
		func(ctx context.Context, pg store.Page) ([]store.Entity, store.PageInfo, error) {
			return r.Store.DocumentEntities(ctx, key, pg)
		})
	if err != nil {
		return nil, err
	}
	return r.entityConnection(p), nil
}

func (r *Resolver) path(ctx context.Context, from, to string, maxHops *int, relationTypes []string) ([]*model.Path, error) {
	a, err := parseID(from, store.KindEntity)
	if err != nil {
		return nil, err
	}
	b, err := parseID(to, store.KindEntity)
	if err != nil {
		return nil, err
	}
	hops := defaultMaxHops
	if maxHops != nil {
		hops = *maxHops
	}
	if hops < 1 || hops > maxMaxHops {
		return nil, badInput("maxHops must be between 1 and %d, got %d", maxMaxHops, hops)
	}
	paths, err := r.Store.ShortestPaths(ctx, a, b, hops, relationTypes...)
	if errors.Is(err, store.ErrNotFound) {
		return nil, &apiError{code: CodeNotFound, msg: fmt.Sprintf("path from %s to %s: entity not found", from, to), err: err}
	}
	if err != nil {
		return nil, fmt.Errorf("path from %s to %s: %w", from, to, err)
	}
	f := r.refs(ctx)
	return toPaths(f, paths), nil
}

func (r *Resolver) stats(ctx context.Context) (*model.Stats, error) {
	s, err := r.Store.Stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	return toStats(s), nil
}

func (r *Resolver) ingestDocument(ctx context.Context, in model.DocumentInput) (*model.IngestResult, error) {
	if r.Ingester == nil {
		return nil, &apiError{code: CodeIngestDisabled, msg: "this server does not accept documents"}
	}
	deref := func(p *string) string {
		if p == nil {
			return ""
		}
		return strings.TrimSpace(*p)
	}
	d := extract.Document{
		ID:        deref(in.ID),
		Title:     deref(in.Title),
		URL:       deref(in.URL),
		Source:    deref(in.Source),
		Published: deref(in.Published),
		Text:      in.Text,
	}
	if strings.TrimSpace(d.Text) == "" {
		return nil, badInput("document text is empty")
	}
	if d.Published != "" {
		if _, err := time.Parse("2006-01-02", d.Published); err != nil {
			return nil, badInput("bad published date %q: want YYYY-MM-DD", d.Published)
		}
	}
	res, err := r.Ingester.IngestDocument(ctx, d)
	if err != nil {
		name := d.ID
		if name == "" {
			name = d.Title
		}
		return nil, fmt.Errorf("ingest document %q: %w", name, err)
	}
	return toIngestResult(res), nil
}
