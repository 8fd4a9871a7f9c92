package graph

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/graph/analytics"
	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/graph/store"
)

// Helpers behind graph/analytics.graphql; the resolvers in
// analytics.resolvers.go only call these.

const defaultTop = 10

// analysis returns the cached analysis of the subgraph the arguments select.
func (r *Resolver) analysis(ctx context.Context, types []model.EntityType, links []string, since, until *string) (*analytics.Analysis, error) {
	if r.Analytics == nil {
		return nil, errors.New("analytics engine not configured")
	}
	f := analytics.Filter{
		EntityTypes: mapSlice(types, func(t model.EntityType) string { return string(t) }),
		EdgeTypes:   links,
		Since:       deref(since),
		Until:       deref(until),
	}
	if err := f.Validate(); err != nil {
		return nil, badInput("%v", err)
	}
	a, err := r.Analytics.Analyze(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("analytics: %w", err)
	}
	return a, nil
}

// checkMetric turns a metric the subgraph is too large for into a client error.
func checkMetric(a *analytics.Analysis, m analytics.Metric) error {
	err := a.Check(m)
	if errors.Is(err, analytics.ErrTooLarge) {
		return &apiError{code: CodeBadUserInput, msg: err.Error(), ext: map[string]any{"reason": "SUBGRAPH_TOO_LARGE"}, err: err}
	}
	return err
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// loadEntities reads the entities of ids in one store call, in order.
func (r *Resolver) loadEntities(ctx context.Context, ids []uint64) ([]*model.Entity, error) {
	es, err := r.Store.Entities(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Entity, len(ids))
	for i, e := range es {
		if e.ID == 0 {
			// Analyses come from a snapshot; a store read sees at least as
			// much, and entities are never deleted, so this is corruption.
			return nil, fmt.Errorf("entity %d: %w", ids[i], store.ErrNotFound)
		}
		out[i] = toEntity(e)
	}
	return out, nil
}

// rankedEntities turns scored nodes into the schema type with entities loaded.
func (r *Resolver) rankedEntities(ctx context.Context, scored []analytics.Scored) ([]*model.RankedEntity, error) {
	ids := make([]uint64, len(scored))
	for i, s := range scored {
		ids[i] = s.ID
	}
	es, err := r.loadEntities(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*model.RankedEntity, len(scored))
	for i, s := range scored {
		out[i] = &model.RankedEntity{Entity: es[i], Score: s.Score, Position: s.Position}
	}
	return out, nil
}

func (r *Resolver) topEntities(ctx context.Context, by *model.RankMetric, types []model.EntityType, links []string, since, until *string, first *int) ([]*model.RankedEntity, error) {
	n, err := pageSize(first, defaultTop)
	if err != nil {
		return nil, err
	}
	m := analytics.PageRank
	if by != nil {
		m = analytics.Metric(*by)
	}
	a, err := r.analysis(ctx, types, links, since, until)
	if err != nil {
		return nil, err
	}
	if err := checkMetric(a, m); err != nil {
		return nil, err
	}
	return r.rankedEntities(ctx, a.Top(m, n))
}

func (r *Resolver) entityRank(ctx context.Context, obj *model.Entity, types []model.EntityType, links []string, since, until *string) (*model.EntityRank, error) {
	a, err := r.analysis(ctx, types, links, since, until)
	if err != nil {
		return nil, err
	}
	id := obj.Key
	n, ok := a.Graph.Node(id)
	if !ok {
		return nil, nil
	}
	// Only what the client selected is computed: betweenness and Louvain on
	// a large subgraph (CO_MENTION links) take far longer than the rest.
	want := map[string]bool{}
	for _, f := range graphql.CollectAllFields(ctx) {
		want[f] = true
	}
	score := func(m analytics.Metric) float64 { s, _ := a.Score(m, id); return s }
	rank := &model.EntityRank{Degree: a.Graph.Degree(id), Mentions: n.Mentions}
	if want["pagerank"] || want["pagerankPosition"] {
		rank.Pagerank, rank.PagerankPosition = score(analytics.PageRank), a.Position(analytics.PageRank, id)
	}
	if want["degreePosition"] {
		rank.DegreePosition = a.Position(analytics.Degree, id)
	}
	if want["betweenness"] || want["betweennessPosition"] {
		if err := checkMetric(a, analytics.Betweenness); err != nil {
			return nil, err
		}
		rank.Betweenness, rank.BetweennessPosition = score(analytics.Betweenness), a.Position(analytics.Betweenness, id)
	}
	if want["mentionsPosition"] {
		rank.MentionsPosition = a.Position(analytics.Mentions, id)
	}
	if want["community"] {
		rank.Community = a.Graph.Communities().Of[id]
	}
	if want["component"] {
		rank.Component = a.Component(id)
	}
	return rank, nil
}

// communities returns the model communities with every member ranked but no
// entity loaded: Members carries (id, score, position) in Entity.Key, and the
// members resolver cuts it to `first` and loads those entities. The schema
// type has no room for the analysis itself, and loading every member of every
// community up front would read far more than a client asks for.
func (r *Resolver) communities(ctx context.Context, types []model.EntityType, links []string, since, until *string, minSize, first *int) ([]*model.Community, error) {
	n, err := pageSize(first, defaultTop)
	if err != nil {
		return nil, err
	}
	minMembers := 2
	if minSize != nil {
		minMembers = max(*minSize, 1)
	}
	a, err := r.analysis(ctx, types, links, since, until)
	if err != nil {
		return nil, err
	}
	cs := a.Communities(minMembers)
	cs = cs[:min(n, len(cs))]
	out := make([]*model.Community, len(cs))
	for i, c := range cs {
		mc := &model.Community{Index: c.Index, Size: len(c.Members), Members: make([]*model.RankedEntity, len(c.Members))}
		for j, m := range c.Members {
			mc.Members[j] = &model.RankedEntity{Entity: &model.Entity{Key: m.ID}, Score: m.Score, Position: m.Position}
		}
		out[i] = mc
	}
	return out, nil
}

func (r *Resolver) communityMembers(ctx context.Context, obj *model.Community, first *int) ([]*model.RankedEntity, error) {
	n, err := pageSize(first, defaultTop)
	if err != nil {
		return nil, err
	}
	members := obj.Members[:min(n, len(obj.Members))]
	scored := make([]analytics.Scored, len(members))
	for i, m := range members {
		scored[i] = analytics.Scored{Node: analytics.Node{ID: m.Entity.Key}, Score: m.Score, Position: m.Position}
	}
	return r.rankedEntities(ctx, scored)
}

func (r *Resolver) graphSummary(ctx context.Context, types []model.EntityType, links []string, since, until *string) (*model.GraphSummary, error) {
	a, err := r.analysis(ctx, types, links, since, until)
	if err != nil {
		return nil, err
	}
	s := a.Summary()
	return &model.GraphSummary{
		Version: strconv.FormatUint(s.Version, 10), Entities: s.Nodes, Links: s.Edges,
		Components: s.Components, LargestComponent: s.LargestComponent,
		Communities: s.Communities, Modularity: s.Modularity,
	}, nil
}

func counts(cs []analytics.Count) []*model.CountByKey {
	out := make([]*model.CountByKey, len(cs))
	for i, c := range cs {
		out[i] = &model.CountByKey{Key: c.Key, Count: c.Count}
	}
	return out
}

func (r *Resolver) eventFilterArgs(types []string, entityTypes []model.EntityType, since, until *string) (analytics.EventFilter, error) {
	f := analytics.EventFilter{Types: types, Since: deref(since), Until: deref(until),
		EntityTypes: mapSlice(entityTypes, func(t model.EntityType) string { return string(t) })}
	if err := (analytics.Filter{Since: f.Since, Until: f.Until}).Validate(); err != nil {
		return f, badInput("%v", err)
	}
	if r.Analytics == nil {
		return f, errors.New("analytics engine not configured")
	}
	return f, nil
}

func (r *Resolver) eventCounts(ctx context.Context, types []string, since, until *string) (*model.EventCounts, error) {
	f, err := r.eventFilterArgs(types, nil, since, until)
	if err != nil {
		return nil, err
	}
	st, err := r.Analytics.EventStats(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("analytics: %w", err)
	}
	return &model.EventCounts{Total: st.Total, Undated: st.Undated, ByType: counts(st.ByType), ByMonth: counts(st.ByMonth)}, nil
}

func (r *Resolver) activePairs(ctx context.Context, eventTypes []string, entityTypes []model.EntityType, since, until *string, first *int) ([]*model.EntityPair, error) {
	n, err := pageSize(first, defaultTop)
	if err != nil {
		return nil, err
	}
	f, err := r.eventFilterArgs(eventTypes, entityTypes, since, until)
	if err != nil {
		return nil, err
	}
	pairs, err := r.Analytics.ActivePairs(ctx, f, n)
	if err != nil {
		return nil, fmt.Errorf("analytics: %w", err)
	}
	ids := make([]uint64, 0, 2*len(pairs))
	for _, p := range pairs {
		ids = append(ids, p.A.ID, p.B.ID)
	}
	es, err := r.loadEntities(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*model.EntityPair, len(pairs))
	for i, p := range pairs {
		out[i] = &model.EntityPair{A: es[2*i], B: es[2*i+1], Count: p.Count,
			First: optional(p.First), Last: optional(p.Last), ByType: counts(p.Types)}
	}
	return out, nil
}

// setAnalyticsComplexity prices the analytics lists like the store lists:
// first times the selection (see complexity.go).
func setAnalyticsComplexity(c *ComplexityRoot) {
	c.Query.TopEntities = func(child int, _ *model.RankMetric, _ []model.EntityType, _ []string, _, _ *string, first *int) int {
		return listCost(child, first, defaultTop)
	}
	c.Query.Communities = func(child int, _ []model.EntityType, _ []string, _, _ *string, _, first *int) int {
		return listCost(child, first, defaultTop)
	}
	c.Query.ActivePairs = func(child int, _ []string, _ []model.EntityType, _, _ *string, first *int) int {
		return listCost(child, first, defaultTop)
	}
	c.Community.Members = func(child int, first *int) int {
		return listCost(child, first, defaultTop)
	}
}
