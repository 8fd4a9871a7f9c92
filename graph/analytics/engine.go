// Package analytics answers whole-graph questions about the stored news graph:
// which entities matter most (PageRank, degree, betweenness, mentions), which
// groups hang together (Louvain communities, connected components), and what
// happened when (event counts, who met whom most often). The algorithms are
// gonum's; this package builds the graphs they run on from a store snapshot,
// filtered by entity types, link types and dates, and caches the results until
// the store changes.
package analytics

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/graph/store"
)

// Link types that do not come from stored relations. Relation types (MET_WITH,
// WORKS_FOR...) are used as stored.
const (
	// EdgeEventPrefix + an event type links every two participants of an event
	// of that type ("EVENT:MEET"); weight 1 per event.
	EdgeEventPrefix = "EVENT:"
	// EdgeCoMention links two entities mentioned in the same document; weight 1
	// per document. Dense (every pair in every article), so only built when a
	// filter names it.
	EdgeCoMention = "CO_MENTION"
)

// Filter selects the subgraph to analyse. The zero value is the whole graph
// with relation and event links.
type Filter struct {
	// EntityTypes keeps entities of these types (PERSON, ORGANIZATION...); empty keeps all.
	EntityTypes []string
	// EdgeTypes keeps links of these types: relation types, EVENT:<type>, or
	// EVENT:* for every event type, and CO_MENTION. Empty means every relation
	// and event link (not CO_MENTION).
	EdgeTypes []string
	// Since and Until (YYYY-MM-DD, inclusive, either may be empty) keep what was
	// seen in the period: relations seen in it, events dated in it, and mentions
	// in documents published in it. Undated facts are left out of a dated filter.
	Since, Until string
}

func (f Filter) dated() bool { return f.Since != "" || f.Until != "" }

// key is a canonical form of f for the cache: order and duplicates do not matter.
func (f Filter) key() string {
	norm := func(ss []string) string {
		c := slices.Clone(ss)
		slices.Sort(c)
		return strings.Join(slices.Compact(c), ",")
	}
	return norm(f.EntityTypes) + "|" + norm(f.EdgeTypes) + "|" + f.Since + "|" + f.Until
}

// Validate reports a malformed date.
func (f Filter) Validate() error {
	for _, d := range []string{f.Since, f.Until} {
		if d == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return fmt.Errorf("analytics: date %q: want YYYY-MM-DD", d)
		}
	}
	if f.Since != "" && f.Until != "" && f.Since > f.Until {
		return fmt.Errorf("analytics: since %s is after until %s", f.Since, f.Until)
	}
	return nil
}

// inPeriod reports whether a date of any precision (YYYY, YYYY-MM, YYYY-MM-DD)
// overlaps [since, until]: a month-precision date is in a period touching that month.
func inPeriod(date, since, until string) bool {
	if since == "" && until == "" {
		return true
	}
	if date == "" {
		return false
	}
	if since != "" && date < since[:min(len(since), len(date))] {
		return false
	}
	if until != "" && date > until[:min(len(until), len(date))] {
		return false
	}
	return true
}

// spanInPeriod reports whether [first, last] overlaps [since, until].
func spanInPeriod(first, last, since, until string) bool {
	if since == "" && until == "" {
		return true
	}
	if first == "" && last == "" {
		return false
	}
	if last == "" {
		last = first
	}
	if first == "" {
		first = last
	}
	return (until == "" || first <= until) && (since == "" || last >= since)
}

func (f Filter) keepsEntityType(t string) bool {
	return len(f.EntityTypes) == 0 || slices.Contains(f.EntityTypes, t)
}

func (f Filter) keepsEdgeType(t string) bool {
	if len(f.EdgeTypes) == 0 {
		return t != EdgeCoMention
	}
	if slices.Contains(f.EdgeTypes, t) {
		return true
	}
	return strings.HasPrefix(t, EdgeEventPrefix) && slices.Contains(f.EdgeTypes, EdgeEventPrefix+"*")
}

// ErrTooLarge is returned (wrapped, with the figures) when a metric would take
// too long on the selected subgraph; a narrower filter answers.
var ErrTooLarge = errors.New("subgraph too large")

// DefaultMaxBetweennessWork bounds Graph.BetweennessWork for exact
// betweenness: about 20 s on one core of the development machine (gonum's
// Brandes does about 5e6 units a second). Relation and event graphs of news
// corpora stay far below it; document co-mention graphs (CO_MENTION) do not:
// BBC's is 2e9.
const DefaultMaxBetweennessWork = 1e8

// Engine computes analytics over a store and caches them per store version:
// the first question after a write rebuilds from a fresh snapshot, the rest
// are answered from memory. Safe for concurrent use.
type Engine struct {
	st *store.Store
	// MaxCachedFilters bounds the subgraphs kept per store version.
	maxFilters int
	// MaxBetweennessWork bounds betweenness (see DefaultMaxBetweennessWork);
	// set it before the first question, 0 means the default, <0 no limit.
	MaxBetweennessWork float64

	mu      sync.Mutex
	current *base // the newest loaded snapshot, nil before the first question
	loading *loadCall
}

type loadCall struct {
	done chan struct{}
	b    *base
	err  error
}

// New returns an engine reading st.
func New(st *store.Store) *Engine { return &Engine{st: st, maxFilters: 64} }

// Analysis is the analysed subgraph for one filter at one store version.
type Analysis struct {
	Version uint64
	Filter  Filter
	Graph   *Graph
	// MaxBetweennessWork is the engine's limit; see Check.
	MaxBetweennessWork float64
	// entities holds every stored entity (not only the filtered ones) so
	// callers can name members without another store read.
	entities map[uint64]*entityInfo

	mu    sync.Mutex
	ranks map[Metric]*lazy[rankIndex] // memoized rankings, built on first use
}

// rankIndex is one metric's ranking with each entity's position in it.
type rankIndex struct {
	list []Scored
	pos  map[uint64]int
}

// Analyze returns the analysis of the subgraph f selects, from the cache when
// the store has not changed since it was computed.
func (e *Engine) Analyze(ctx context.Context, f Filter) (*Analysis, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	b, err := e.base(ctx)
	if err != nil {
		return nil, err
	}
	return b.analysis(f, e.maxFilters, e.MaxBetweennessWork), nil
}

// Version is the store version the latest analyses were computed at (0 before any).
func (e *Engine) Version() uint64 {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.current == nil {
		return 0
	}
	return e.current.version
}

// base returns the snapshot of the current store version, loading it when the
// store changed. Concurrent callers share one load.
func (e *Engine) base(ctx context.Context) (*base, error) {
	v, err := e.st.Version(ctx)
	if err != nil {
		return nil, fmt.Errorf("analytics: %w", err)
	}
	e.mu.Lock()
	if e.current != nil && e.current.version >= v {
		b := e.current
		e.mu.Unlock()
		return b, nil
	}
	call := e.loading
	if call == nil {
		call = &loadCall{done: make(chan struct{})}
		e.loading = call
		go func() {
			// Detached from the first caller's context so that its
			// cancellation does not fail the others waiting on this load.
			b, err := loadBase(context.WithoutCancel(ctx), e.st)
			e.mu.Lock()
			call.b, call.err = b, err
			if err == nil && (e.current == nil || b.version > e.current.version) {
				e.current = b
			}
			e.loading = nil
			e.mu.Unlock()
			close(call.done)
		}()
	}
	e.mu.Unlock()
	select {
	case <-call.done:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if call.err != nil {
		return nil, call.err
	}
	if call.b.version < v {
		// A load that started before our version was visible; load again.
		return e.base(ctx)
	}
	return call.b, nil
}

type entityInfo struct {
	Node
	FirstSeen, LastSeen string
}

// base is everything analytics needs from one store snapshot, in memory.
type base struct {
	version   uint64
	entities  map[uint64]*entityInfo
	relations []store.Relation
	events    []store.Event
	docDate   map[uint64]string
	// entityDocs holds (entity, doc, mentions) triples ordered by entity.
	entityDocs []entityDoc

	mu       sync.Mutex
	analyses map[string]*lazyAnalysis
	order    []string // insertion order, for eviction
}

type entityDoc struct {
	entity, doc uint64
	mentions    int
}

type lazyAnalysis struct {
	once sync.Once
	a    *Analysis
}

func loadBase(ctx context.Context, st *store.Store) (*base, error) {
	b := &base{entities: map[uint64]*entityInfo{}, docDate: map[uint64]string{}, analyses: map[string]*lazyAnalysis{}}
	err := st.Snapshot(ctx, func(sn *store.Snapshot) error {
		b.version = sn.Version()
		if err := sn.Entities(func(e store.Entity) error {
			b.entities[e.ID] = &entityInfo{
				Node:      Node{ID: e.ID, Name: e.Name, Type: e.Type, Mentions: e.MentionCount},
				FirstSeen: e.FirstSeen, LastSeen: e.LastSeen,
			}
			return nil
		}); err != nil {
			return err
		}
		if err := sn.Relations(func(r store.Relation) error { b.relations = append(b.relations, r); return nil }); err != nil {
			return err
		}
		if err := sn.Events(func(ev store.Event) error { b.events = append(b.events, ev); return nil }); err != nil {
			return err
		}
		if err := sn.Documents(func(d store.Document) error { b.docDate[d.ID] = d.Published; return nil }); err != nil {
			return err
		}
		return sn.EntityDocuments(func(ent, doc uint64, n int) error {
			b.entityDocs = append(b.entityDocs, entityDoc{ent, doc, n})
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("analytics: load snapshot: %w", err)
	}
	return b, nil
}

func (b *base) analysis(f Filter, maxCached int, maxBetweenness float64) *Analysis {
	k := f.key()
	b.mu.Lock()
	la, ok := b.analyses[k]
	if !ok {
		la = &lazyAnalysis{}
		b.analyses[k] = la
		b.order = append(b.order, k)
		if len(b.order) > maxCached {
			delete(b.analyses, b.order[0])
			b.order = b.order[1:]
		}
	}
	b.mu.Unlock()
	la.once.Do(func() {
		la.a = b.build(f)
		la.a.MaxBetweennessWork = maxBetweenness
	})
	return la.a
}

// Check reports ErrTooLarge when computing m on this graph would exceed the
// engine's limits; call it before asking for the metric.
func (a *Analysis) Check(m Metric) error {
	limit := a.MaxBetweennessWork
	if limit == 0 {
		limit = DefaultMaxBetweennessWork
	}
	if m != Betweenness || limit < 0 {
		return nil
	}
	if w := a.Graph.BetweennessWork(); w > limit {
		return fmt.Errorf("analytics: betweenness over %d entities and %d links would take about %.0fx the limit: %w; narrow the entity types, links or dates",
			len(a.Graph.Nodes()), a.Graph.EdgeCount(), w/limit, ErrTooLarge)
	}
	return nil
}

// build makes the filtered graph: entities of the kept types (with mentions
// in the period when dated), and links of the kept types seen in the period.
func (b *base) build(f Filter) *Analysis {
	mentions := map[uint64]int{}
	if f.dated() {
		for _, ed := range b.entityDocs {
			if inPeriod(b.docDate[ed.doc], f.Since, f.Until) {
				mentions[ed.entity] += ed.mentions
			}
		}
	}
	keep := map[uint64]bool{}
	var nodes []Node
	addNode := func(id uint64) bool {
		if done, seen := keep[id]; seen {
			return done
		}
		e, ok := b.entities[id]
		ok = ok && f.keepsEntityType(e.Type)
		keep[id] = ok
		if ok {
			n := e.Node
			if f.dated() {
				n.Mentions = mentions[id]
			}
			nodes = append(nodes, n)
		}
		return ok
	}
	// Undated: every entity of the kept types is a node, linked or not.
	// Dated: those mentioned in the period, plus ends of links in it.
	for id := range b.entities {
		if !f.dated() || mentions[id] > 0 {
			addNode(id)
		}
	}
	var edges []Edge
	for _, r := range b.relations {
		if !f.keepsEdgeType(r.Type) || !spanInPeriod(r.FirstSeen, r.LastSeen, f.Since, f.Until) {
			continue
		}
		if addNode(r.Source) && addNode(r.Target) {
			edges = append(edges, Edge{From: r.Source, To: r.Target, Type: r.Type, Weight: float64(max(r.Count, 1))})
		}
	}
	for _, ev := range b.events {
		t := EdgeEventPrefix + ev.Type
		if !f.keepsEdgeType(t) || !inPeriod(ev.Date, f.Since, f.Until) {
			continue
		}
		var ids []uint64
		for _, p := range ev.Participants {
			if addNode(p.EntityID) {
				ids = append(ids, p.EntityID)
			}
		}
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				edges = append(edges, Edge{From: ids[i], To: ids[j], Type: t, Weight: 1})
			}
		}
	}
	if f.keepsEdgeType(EdgeCoMention) {
		edges = append(edges, b.coMentions(f, addNode)...)
	}
	return &Analysis{Version: b.version, Filter: f, Graph: NewGraph(nodes, edges), entities: b.entities}
}

// coMentions links every two kept entities of each document in the period,
// once per document, in both directions (co-mention has no direction).
func (b *base) coMentions(f Filter, addNode func(uint64) bool) []Edge {
	byDoc := map[uint64][]uint64{}
	for _, ed := range b.entityDocs {
		if inPeriod(b.docDate[ed.doc], f.Since, f.Until) && addNode(ed.entity) {
			byDoc[ed.doc] = append(byDoc[ed.doc], ed.entity)
		}
	}
	var edges []Edge
	for _, ids := range byDoc {
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				edges = append(edges,
					Edge{From: ids[i], To: ids[j], Type: EdgeCoMention, Weight: 1},
					Edge{From: ids[j], To: ids[i], Type: EdgeCoMention, Weight: 1})
			}
		}
	}
	return edges
}

// Metric names a ranking of entities.
type Metric string

const (
	PageRank    Metric = "PAGERANK"
	Degree      Metric = "DEGREE"
	Betweenness Metric = "BETWEENNESS"
	Mentions    Metric = "MENTIONS"
)

// Metrics lists every metric, in the order reports show them.
var Metrics = []Metric{PageRank, Degree, Betweenness, Mentions}

// ParseMetric accepts a metric name in any case.
func ParseMetric(s string) (Metric, error) {
	m := Metric(strings.ToUpper(s))
	if !slices.Contains(Metrics, m) {
		return "", fmt.Errorf("analytics: unknown metric %q (want pagerank, degree, betweenness or mentions)", s)
	}
	return m, nil
}

// Scored is an entity with its score under a metric and its 1-based position.
type Scored struct {
	Node
	Score    float64
	Position int
}

// Score returns id's score under m; ok is false when id is not in the graph.
func (a *Analysis) Score(m Metric, id uint64) (float64, bool) {
	n, ok := a.Graph.Node(id)
	if !ok {
		return 0, false
	}
	switch m {
	case PageRank:
		return a.Graph.PageRank()[id], true
	case Degree:
		return float64(a.Graph.Degree(id)), true
	case Betweenness:
		return a.Graph.Betweenness()[id], true
	default:
		return float64(n.Mentions), true
	}
}

// Ranking returns every node of the graph ordered by m, best first; ties by
// id. The slice is shared between callers and must not be modified.
func (a *Analysis) Ranking(m Metric) []Scored { return a.rankIndex(m).list }

func (a *Analysis) rankIndex(m Metric) rankIndex {
	a.mu.Lock()
	if a.ranks == nil {
		a.ranks = map[Metric]*lazy[rankIndex]{}
	}
	l := a.ranks[m]
	if l == nil {
		l = &lazy[rankIndex]{}
		a.ranks[m] = l
	}
	a.mu.Unlock()
	return l.get(func() rankIndex {
		nodes := a.Graph.Nodes()
		out := make([]Scored, len(nodes))
		for i, n := range nodes {
			s, _ := a.Score(m, n.ID)
			out[i] = Scored{Node: n, Score: s}
		}
		slices.SortFunc(out, func(x, y Scored) int {
			if c := cmp.Compare(roundScore(y.Score), roundScore(x.Score)); c != 0 {
				return c
			}
			return cmp.Compare(x.ID, y.ID)
		})
		pos := make(map[uint64]int, len(out))
		for i := range out {
			out[i].Position = i + 1
			pos[out[i].ID] = i + 1
		}
		return rankIndex{list: out, pos: pos}
	})
}

// Top returns the first n of Ranking(m).
func (a *Analysis) Top(m Metric, n int) []Scored {
	r := a.Ranking(m)
	return r[:min(max(n, 0), len(r))]
}

// Position returns id's 1-based position in Ranking(m), 0 when absent.
func (a *Analysis) Position(m Metric, id uint64) int { return a.rankIndex(m).pos[id] }

// Component returns the index of id's connected component (0 the largest), -1 when absent.
func (a *Analysis) Component(id uint64) int {
	of := a.Graph.componentOf.get(func() map[uint64]int {
		m := map[uint64]int{}
		for i, c := range a.Graph.Components() {
			for _, id := range c {
				m[id] = i
			}
		}
		return m
	})
	if i, ok := of[id]; ok {
		return i
	}
	return -1
}

// Entity returns what the snapshot knows of any stored entity (filtered or not).
func (a *Analysis) Entity(id uint64) (Node, bool) {
	e, ok := a.entities[id]
	if !ok {
		return Node{}, false
	}
	return e.Node, true
}

// Community is one Louvain community.
type Community struct {
	Index   int      // position in Communities, 0 the largest
	Members []Scored // by PageRank within the analysed graph, best first
}

// Communities returns the Louvain communities with at least minSize members,
// largest first, each with its members ranked by PageRank.
func (a *Analysis) Communities(minSize int) []Community {
	p := a.Graph.Communities()
	pr := a.Graph.PageRank()
	var out []Community
	for i, ids := range p.Communities {
		if len(ids) < minSize {
			break // sorted by size descending
		}
		c := Community{Index: i, Members: make([]Scored, len(ids))}
		for j, id := range ids {
			n, _ := a.Graph.Node(id)
			c.Members[j] = Scored{Node: n, Score: pr[id]}
		}
		slices.SortFunc(c.Members, func(x, y Scored) int {
			if c := cmp.Compare(roundScore(y.Score), roundScore(x.Score)); c != 0 {
				return c
			}
			return cmp.Compare(x.ID, y.ID)
		})
		for j := range c.Members {
			c.Members[j].Position = j + 1
		}
		out = append(out, c)
	}
	return out
}

// Summary describes the analysed graph.
type Summary struct {
	Version          uint64
	Nodes            int
	Edges            int
	Components       int
	LargestComponent int
	Communities      int // with at least 2 members
	Modularity       float64
}

// Summary computes the components and communities if not yet done.
func (a *Analysis) Summary() Summary {
	comps := a.Graph.Components()
	p := a.Graph.Communities()
	s := Summary{Version: a.Version, Nodes: len(a.Graph.Nodes()), Edges: a.Graph.EdgeCount(),
		Components: len(comps), Modularity: p.Modularity}
	if len(comps) > 0 {
		s.LargestComponent = len(comps[0])
	}
	for _, c := range p.Communities {
		if len(c) >= 2 {
			s.Communities++
		}
	}
	return s
}
