package graph

import (
	"context"
	"errors"
	"io"
	"math"
	"strconv"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/graph/model"
)

// The plain writer answers the read-only root fields analysts and UIs call
// most (entity with its relations, neighbours and neighbourhood graph,
// entity search, paths) by walking the selection once, in one goroutine, and
// writing the JSON as it goes.
//
// Why: gqlgen's executor runs every element of a list of objects in a
// goroutine of its own and builds a field context, a path and several closures
// for every field. On a page of fifty relations that was 11,000 allocations
// and a millisecond of CPU, most of it the goroutines' stack growth, for
// 11 KB of JSON; the store's part was under a tenth. The cost grew with the
// answer, so a bigger store, whose entities have more relations, cost more
// per request for the same question.
//
// The writer is a second executor for a small, closed set of fields, so it
// must answer exactly as gqlgen does or not at all:
//   - fields are collected with gqlgen's own CollectFields (fragments,
//     aliases, @skip/@include, merging), arguments parsed by the generated
//     argument functions, resolvers called through the same ResolverRoot, and
//     scalars written as gqlgen's marshalers write them;
//   - a selection holding any field outside plainTypes (or @defer) is left to
//     gqlgen before anything is resolved;
//   - anything that would make gqlgen report an error (a resolver error, null
//     in a non-null field, a float JSON cannot hold) abandons the answer and
//     hands the field to gqlgen, which resolves it again and reports the error
//     as it always did. Reads have no side effects, so resolving twice is
//     only slower, and only on the error path.
//
// Operation-level checks (complexity, depth, the guard) have run before any
// root field; field middleware (AroundFields) would not see the fields the
// writer answers, and the server installs none: one added later must turn
// the writer off (ServerConfig.gqlgenOnly) or be applied here too.
//
// TestPlainMatchesGqlgen checks byte-for-byte agreement with gqlgen's answers.

// errNotPlain abandons a plain answer; the caller falls back to gqlgen.
var errNotPlain = errors.New("graph: not answerable by the plain writer")

// plainType lists a type's fields the writer answers and, for object-valued
// fields, the type of their value ("" for scalars and enums).
type plainType struct {
	implementors []string
	fields       map[string]string
}

var plainTypes = map[string]plainType{
	"Entity": {entityImplementors, map[string]string{
		"__typename": "", "id": "", "name": "", "type": "", "subtype": "", "kb": "",
		"aliasNames": "", "mentionCount": "", "documentCount": "", "firstSeen": "", "lastSeen": "",
		"aliases": "Alias", "relations": "RelationConnection", "neighbors": "Entity", "neighborhood": "Neighborhood",
	}},
	"Neighborhood":     {neighborhoodImplementors, map[string]string{"__typename": "", "truncated": "", "nodes": "NeighborhoodNode", "edges": "Relation"}},
	"NeighborhoodNode": {neighborhoodNodeImplementors, map[string]string{"__typename": "", "depth": "", "entity": "Entity"}},
	"Alias":            {aliasImplementors, map[string]string{"__typename": "", "text": "", "count": ""}},
	"RelationConnection": {relationConnectionImplementors, map[string]string{
		"__typename": "", "totalCount": "", "edges": "RelationEdge", "pageInfo": "PageInfo",
	}},
	"RelationEdge": {relationEdgeImplementors, map[string]string{"__typename": "", "cursor": "", "node": "Relation"}},
	"PageInfo":     {pageInfoImplementors, map[string]string{"__typename": "", "hasNextPage": "", "endCursor": ""}},
	"Relation": {relationImplementors, map[string]string{
		"__typename": "", "id": "", "type": "", "confidence": "", "count": "", "firstSeen": "", "lastSeen": "",
		"evidenceCount": "", "source": "Entity", "target": "Entity", "evidence": "Evidence",
	}},
	"Evidence": {evidenceImplementors, map[string]string{
		"__typename": "", "sentence": "", "text": "", "start": "", "end": "",
	}},
	"EntityConnection": {entityConnectionImplementors, map[string]string{
		"__typename": "", "totalCount": "", "edges": "EntityEdge", "pageInfo": "PageInfo",
	}},
	"EntityEdge": {entityEdgeImplementors, map[string]string{"__typename": "", "cursor": "", "node": "Entity"}},
	"Path":       {pathImplementors, map[string]string{"__typename": "", "length": "", "entities": "Entity", "hops": "Hop"}},
	"Hop":        {hopImplementors, map[string]string{"__typename": "", "from": "Entity", "to": "Entity", "relation": "Relation"}},
}

// plainRoots are the Query fields the writer answers, with their value's type.
var plainRoots = map[string]string{"entity": "Entity", "entities": "EntityConnection", "path": "Path"}

// plainWriter writes one root field's value.
type plainWriter struct {
	ctx context.Context
	ec  *executionContext
	buf []byte
	// Every element of a list has the same selection and arguments: they are
	// collected and parsed once per request (a path's hops asked gqlgen's
	// field cache, which hashes the selection, and parsed evidence(first:)
	// anew on every hop).
	collected []plainCollected
	args      []plainArgs
	evidences []plainEvidence // see relationEvidence
	pool      *sync.Pool      // where release puts w (nil: nowhere)
}

// plainEvidence is a relation's evidence as the request asked for it (first
// is the parsed argument, the same pointer for every element of a list).
type plainEvidence struct {
	rel   *model.Relation
	first *int
	ev    []*model.Evidence
}

type plainCollected struct {
	sel    *ast.Selection // the selection set's first element
	n      int
	impl   *string // the implementors' first element
	fields []graphql.CollectedField
}

type plainArgs struct {
	field *ast.Field
	args  map[string]any
}

// plainRootField answers the root field in ctx when the plain writer can,
// reporting false (having resolved nothing, or only reads) when gqlgen must.
func plainRootField(ctx context.Context, es *executableSchema) (m graphql.Marshaler, ok bool) {
	// gqlgen recovers panics inside the root field, not in the middleware
	// around it where the writer runs: a panic here hands the field to
	// gqlgen, which meets it again where it is recovered and reported.
	defer func() {
		if r := recover(); r != nil {
			m, ok = nil, false
		}
	}()
	oc := graphql.GetOperationContext(ctx)
	rfc := graphql.GetRootFieldContext(ctx)
	if oc == nil || rfc == nil || oc.Operation == nil || oc.Operation.Operation != ast.Query {
		return nil, false
	}
	f := rfc.Field
	typ, ok := plainRoots[f.Name]
	if !ok || f.IsDeferred() {
		return nil, false
	}
	var pool *sync.Pool
	if r, ok := es.Resolvers.(*Resolver); ok {
		pool = r.plainWriters
	}
	w := newPlainWriter(pool)
	w.ctx, w.ec = ctx, newExecutionContext(oc, es, nil)
	if !w.selectable(typ, f.Selections, 0) {
		w.release()
		return nil, false
	}
	if err := w.root(f); err != nil {
		w.release()
		return nil, false
	}
	return w, true
}

// Writers and their buffers are reused across requests: a fresh buffer grew
// by doubling to the answer's size (1, 2, 4, 8, 16 KB for a page of fifty
// relations), so each request allocated and cleared about three times its
// answer, a cost that grows with the answers a bigger store gives.
func newPlainWriter(pool *sync.Pool) *plainWriter {
	if pool != nil {
		if w, ok := pool.Get().(*plainWriter); ok {
			return w
		}
	}
	return &plainWriter{buf: make([]byte, 0, 1024), pool: pool}
}

// maxPooledAnswer bounds the buffers kept for reuse, so one huge answer does
// not pin its buffer.
const maxPooledAnswer = 256 << 10

// release hands w back to its pool, forgetting the request: the collected
// fields and parsed arguments depend on the request's variables (@skip,
// @include, $first), so they never outlive it.
func (w *plainWriter) release() {
	clear(w.collected)
	clear(w.args)
	clear(w.evidences)
	*w = plainWriter{buf: w.buf[:0], collected: w.collected[:0], args: w.args[:0], evidences: w.evidences[:0], pool: w.pool}
	if w.pool != nil && cap(w.buf) <= maxPooledAnswer {
		w.pool.Put(w)
	}
}

// MarshalGQL writes the answer where gqlgen assembles the response, which
// copies it; the writer is then free for the next request. gqlgen marshals a
// root field's value once.
func (w *plainWriter) MarshalGQL(out io.Writer) {
	if w.ec == nil {
		panic("graph: plain answer written twice")
	}
	_, _ = out.Write(w.buf)
	w.release()
}

// selectable tells whether every field selected under sel (a value of type
// typ) is one the writer answers. depth guards against a selection nested
// past what the depth limit lets through. The selections it collects are
// the ones the writer then walks.
func (w *plainWriter) selectable(typ string, sel ast.SelectionSet, depth int) bool {
	t, ok := plainTypes[typ]
	if !ok || depth > 64 {
		return false
	}
	for _, f := range w.collect(sel, t.implementors) {
		child, ok := t.fields[f.Name]
		if !ok || f.IsDeferred() {
			return false
		}
		if child != "" && !w.selectable(child, f.Selections, depth+1) {
			return false
		}
	}
	return true
}

func (w *plainWriter) root(f graphql.CollectedField) error {
	ec, ctx := w.ec, w.ctx
	switch f.Name {
	case "entity":
		args, err := ec.field_Query_entity_args(ctx, f.ArgumentMap(ec.Variables))
		if err != nil {
			return errNotPlain
		}
		e, err := ec.Resolvers.Query().Entity(ctx, args["id"].(string))
		if err != nil {
			return errNotPlain
		}
		return w.entity(f.Selections, e)
	case "entities":
		args, err := ec.field_Query_entities_args(ctx, f.ArgumentMap(ec.Variables))
		if err != nil {
			return errNotPlain
		}
		c, err := ec.Resolvers.Query().Entities(ctx, args["search"].(*string), args["types"].([]model.EntityType),
			args["first"].(*int), args["after"].(*string))
		if err != nil || c == nil {
			return errNotPlain
		}
		return w.entityConnection(f.Selections, c)
	case "path":
		args, err := ec.field_Query_path_args(ctx, f.ArgumentMap(ec.Variables))
		if err != nil {
			return errNotPlain
		}
		ps, err := ec.Resolvers.Query().Path(ctx, args["from"].(string), args["to"].(string),
			args["maxHops"].(*int), args["relationTypes"].([]string))
		if err != nil {
			return errNotPlain
		}
		if err := writeList(w, f.Selections, ps, w.path); err != nil {
			return err
		}
		return nil
	}
	return errNotPlain
}

// object writes the fields selected by sel as one JSON object, each value
// written by field, in the order gqlgen writes them.
func (w *plainWriter) object(sel ast.SelectionSet, implementors []string, field func(f graphql.CollectedField) error) error {
	w.buf = append(w.buf, '{')
	for i, f := range w.collect(sel, implementors) {
		w.comma(i)
		w.str(f.Alias)
		w.buf = append(w.buf, ':')
		if err := field(f); err != nil {
			return err
		}
	}
	w.buf = append(w.buf, '}')
	return nil
}

// collect is graphql.CollectFields, remembered for the request.
func (w *plainWriter) collect(sel ast.SelectionSet, implementors []string) []graphql.CollectedField {
	if len(sel) == 0 {
		return nil
	}
	for _, c := range w.collected {
		if c.sel == &sel[0] && c.n == len(sel) && c.impl == &implementors[0] {
			return c.fields
		}
	}
	fields := graphql.CollectFields(w.ec.OperationContext, sel, implementors)
	w.collected = append(w.collected, plainCollected{&sel[0], len(sel), &implementors[0], fields})
	return fields
}

// fieldArgs parses f's arguments with parse (a generated argument function),
// once per request.
func (w *plainWriter) fieldArgs(f graphql.CollectedField,
	parse func(*executionContext, context.Context, map[string]any) (map[string]any, error)) (map[string]any, error) {
	for _, a := range w.args {
		if a.field == f.Field {
			return a.args, nil
		}
	}
	args, err := parse(w.ec, w.ctx, f.ArgumentMap(w.ec.Variables))
	if err != nil {
		return nil, err
	}
	w.args = append(w.args, plainArgs{f.Field, args})
	return args, nil
}

func (w *plainWriter) entity(sel ast.SelectionSet, e *model.Entity) error {
	if e == nil {
		w.null()
		return nil
	}
	return w.object(sel, entityImplementors, func(f graphql.CollectedField) error {
		switch f.Name {
		case "__typename":
			w.str("Entity")
		case "id":
			w.str(e.ID)
		case "name":
			w.str(e.Name)
		case "type":
			if !e.Type.IsValid() {
				return errNotPlain
			}
			w.str(e.Type.String())
		case "subtype":
			w.optStr(e.Subtype)
		case "kb":
			w.optStr(e.Kb)
		case "aliasNames":
			w.buf = append(w.buf, '[')
			for i, a := range e.AliasNames {
				w.comma(i)
				w.str(a)
			}
			w.buf = append(w.buf, ']')
		case "mentionCount":
			w.int(e.MentionCount)
		case "documentCount":
			w.int(e.DocumentCount)
		case "firstSeen":
			w.optStr(e.FirstSeen)
		case "lastSeen":
			w.optStr(e.LastSeen)
		case "aliases":
			if err := writeList(w, f.Selections, e.Aliases, func(sel ast.SelectionSet, a *model.Alias) error {
				return w.object(sel, aliasImplementors, func(f graphql.CollectedField) error {
					switch f.Name {
					case "__typename":
						w.str("Alias")
					case "text":
						w.str(a.Text)
					case "count":
						w.int(a.Count)
					default:
						return errNotPlain
					}
					return nil
				})
			}); err != nil {
				return err
			}
		case "relations":
			args, err := w.fieldArgs(f, (*executionContext).field_Entity_relations_args)
			if err != nil {
				return errNotPlain
			}
			c, err := w.ec.Resolvers.Entity().Relations(w.ctx, e, args["types"].([]string), args["direction"].(*model.Direction),
				args["since"].(*string), args["until"].(*string), args["minConfidence"].(*float64), args["first"].(*int), args["after"].(*string))
			if err != nil || c == nil {
				return errNotPlain
			}
			return w.relationConnection(f.Selections, c)
		case "neighbors":
			args, err := w.fieldArgs(f, (*executionContext).field_Entity_neighbors_args)
			if err != nil {
				return errNotPlain
			}
			es, err := w.ec.Resolvers.Entity().Neighbors(w.ctx, e, args["types"].([]string), args["direction"].(*model.Direction), args["first"].(*int))
			if err != nil {
				return errNotPlain
			}
			if err := writeList(w, f.Selections, es, w.entity); err != nil {
				return err
			}
		case "neighborhood":
			args, err := w.fieldArgs(f, (*executionContext).field_Entity_neighborhood_args)
			if err != nil {
				return errNotPlain
			}
			nb, err := w.ec.Resolvers.Entity().Neighborhood(w.ctx, e, args["depth"].(*int), args["types"].([]string),
				args["minConfidence"].(*float64), args["limit"].(*int))
			if err != nil || nb == nil {
				return errNotPlain
			}
			return w.neighborhood(f.Selections, nb)
		default:
			return errNotPlain
		}
		return nil
	})
}

func (w *plainWriter) neighborhood(sel ast.SelectionSet, nb *model.Neighborhood) error {
	return w.object(sel, neighborhoodImplementors, func(f graphql.CollectedField) error {
		switch f.Name {
		case "__typename":
			w.str("Neighborhood")
		case "truncated":
			w.buf = strconv.AppendBool(w.buf, nb.Truncated)
		case "edges":
			if err := writeList(w, f.Selections, nb.Edges, w.relation); err != nil {
				return err
			}
		case "nodes":
			if err := writeList(w, f.Selections, nb.Nodes, func(sel ast.SelectionSet, n *model.NeighborhoodNode) error {
				return w.object(sel, neighborhoodNodeImplementors, func(f graphql.CollectedField) error {
					switch f.Name {
					case "__typename":
						w.str("NeighborhoodNode")
					case "depth":
						w.int(n.Depth)
					case "entity":
						if n.Entity == nil {
							return errNotPlain // non-null
						}
						return w.entity(f.Selections, n.Entity)
					default:
						return errNotPlain
					}
					return nil
				})
			}); err != nil {
				return err
			}
		default:
			return errNotPlain
		}
		return nil
	})
}

func (w *plainWriter) relationConnection(sel ast.SelectionSet, c *model.RelationConnection) error {
	return writeConnection(w, sel, connectionShape{"RelationConnection", relationConnectionImplementors, "RelationEdge", relationEdgeImplementors},
		c.TotalCount, c.PageInfo, c.Edges, (*model.RelationEdge).Cursor,
		func(sel ast.SelectionSet, e *model.RelationEdge) error {
			if e.Node == nil {
				return errNotPlain // non-null
			}
			return w.relation(sel, e.Node)
		})
}

func (w *plainWriter) entityConnection(sel ast.SelectionSet, c *model.EntityConnection) error {
	return writeConnection(w, sel, connectionShape{"EntityConnection", entityConnectionImplementors, "EntityEdge", entityEdgeImplementors},
		c.TotalCount, c.PageInfo, c.Edges, (*model.EntityEdge).Cursor,
		func(sel ast.SelectionSet, e *model.EntityEdge) error {
			if e.Node == nil {
				return errNotPlain // non-null
			}
			return w.entity(sel, e.Node)
		})
}

// connectionShape names a connection type and its edge type.
type connectionShape struct {
	name         string
	implementors []string
	edge         string
	edgeImpl     []string
}

// writeConnection writes a cursor connection: totalCount, pageInfo and its
// edges with cursor (encoded only when asked for) and node.
func writeConnection[E any](w *plainWriter, sel ast.SelectionSet, shape connectionShape, total int, page *model.PageInfo,
	edges []*E, cursor func(*E) string, node func(ast.SelectionSet, *E) error) error {
	return w.object(sel, shape.implementors, func(f graphql.CollectedField) error {
		switch f.Name {
		case "__typename":
			w.str(shape.name)
		case "totalCount":
			w.int(total)
		case "pageInfo":
			return w.pageInfo(f.Selections, page)
		case "edges":
			if err := writeList(w, f.Selections, edges, func(sel ast.SelectionSet, e *E) error {
				return w.object(sel, shape.edgeImpl, func(f graphql.CollectedField) error {
					switch f.Name {
					case "__typename":
						w.str(shape.edge)
					case "cursor":
						w.str(cursor(e))
					case "node":
						return node(f.Selections, e)
					default:
						return errNotPlain
					}
					return nil
				})
			}); err != nil {
				return err
			}
		default:
			return errNotPlain
		}
		return nil
	})
}

func (w *plainWriter) pageInfo(sel ast.SelectionSet, p *model.PageInfo) error {
	if p == nil {
		return errNotPlain // non-null
	}
	return w.object(sel, pageInfoImplementors, func(f graphql.CollectedField) error {
		switch f.Name {
		case "__typename":
			w.str("PageInfo")
		case "hasNextPage":
			w.buf = strconv.AppendBool(w.buf, p.HasNextPage)
		case "endCursor":
			w.optStr(p.EndCursor)
		default:
			return errNotPlain
		}
		return nil
	})
}

func (w *plainWriter) relation(sel ast.SelectionSet, r *model.Relation) error {
	return w.object(sel, relationImplementors, func(f graphql.CollectedField) error {
		switch f.Name {
		case "__typename":
			w.str("Relation")
		case "id":
			w.str(r.ID)
		case "type":
			w.str(r.Type)
		case "confidence":
			return w.float(r.Confidence)
		case "count":
			w.int(r.Count)
		case "firstSeen":
			w.optStr(r.FirstSeen)
		case "lastSeen":
			w.optStr(r.LastSeen)
		case "evidenceCount":
			n, err := r.EvidenceCount()
			if err != nil {
				return errNotPlain
			}
			w.int(n)
		case "source":
			e, err := r.Source()
			if err != nil {
				return errNotPlain
			}
			return w.entity(f.Selections, e)
		case "target":
			e, err := r.Target()
			if err != nil {
				return errNotPlain
			}
			return w.entity(f.Selections, e)
		case "evidence":
			args, err := w.fieldArgs(f, (*executionContext).field_Relation_evidence_args)
			if err != nil {
				return errNotPlain
			}
			ev, err := w.relationEvidence(r, args["first"].(*int))
			if err != nil {
				return errNotPlain
			}
			if err := writeList(w, f.Selections, ev, w.evidence); err != nil {
				return err
			}
		default:
			return errNotPlain
		}
		return nil
	})
}

// relationEvidence is r.Evidence(first), remembered for the request: the
// tied paths of a path answer share their relations' models, and each hop
// asked the store for the same evidence and converted it again.
func (w *plainWriter) relationEvidence(r *model.Relation, first *int) ([]*model.Evidence, error) {
	for _, m := range w.evidences {
		if m.rel == r && m.first == first {
			return m.ev, nil
		}
	}
	ev, err := r.Evidence(first)
	if err == nil && len(w.evidences) < maxRememberedEvidence {
		w.evidences = append(w.evidences, plainEvidence{r, first, ev})
	}
	return ev, err
}

// maxRememberedEvidence bounds the linear search of relationEvidence (a
// path answer has at most MaxPaths x MaxHops hops).
const maxRememberedEvidence = 64

func (w *plainWriter) evidence(sel ast.SelectionSet, e *model.Evidence) error {
	return w.object(sel, evidenceImplementors, func(f graphql.CollectedField) error {
		switch f.Name {
		case "__typename":
			w.str("Evidence")
		case "sentence":
			w.int(e.Sentence)
		case "text":
			w.str(e.Text)
		case "start":
			w.int(e.Start)
		case "end":
			w.int(e.End)
		default:
			return errNotPlain
		}
		return nil
	})
}

func (w *plainWriter) path(sel ast.SelectionSet, p *model.Path) error {
	return w.object(sel, pathImplementors, func(f graphql.CollectedField) error {
		switch f.Name {
		case "__typename":
			w.str("Path")
		case "length":
			w.int(p.Length)
		case "entities":
			es, err := p.Entities()
			if err != nil {
				return errNotPlain
			}
			if err := writeList(w, f.Selections, es, w.entity); err != nil {
				return err
			}
		case "hops":
			if err := writeList(w, f.Selections, p.Hops, w.hop); err != nil {
				return err
			}
		default:
			return errNotPlain
		}
		return nil
	})
}

func (w *plainWriter) hop(sel ast.SelectionSet, h *model.Hop) error {
	return w.object(sel, hopImplementors, func(f graphql.CollectedField) error {
		switch f.Name {
		case "__typename":
			w.str("Hop")
		case "from":
			e, err := h.From()
			if err != nil {
				return errNotPlain
			}
			return w.entity(f.Selections, e)
		case "to":
			e, err := h.To()
			if err != nil {
				return errNotPlain
			}
			return w.entity(f.Selections, e)
		case "relation":
			if h.Relation == nil {
				return errNotPlain
			}
			return w.relation(f.Selections, h.Relation)
		default:
			return errNotPlain
		}
		return nil
	})
}

// writeList writes a JSON list of non-null objects; a null element abandons
// the answer (gqlgen reports it as an error).
func writeList[E any](w *plainWriter, sel ast.SelectionSet, xs []*E, write func(ast.SelectionSet, *E) error) error {
	w.buf = append(w.buf, '[')
	for i, x := range xs {
		if x == nil {
			return errNotPlain
		}
		w.comma(i)
		if err := write(sel, x); err != nil {
			return err
		}
	}
	w.buf = append(w.buf, ']')
	return nil
}

func (w *plainWriter) comma(i int) {
	if i > 0 {
		w.buf = append(w.buf, ',')
	}
}

func (w *plainWriter) null() { w.buf = append(w.buf, "null"...) }

func (w *plainWriter) int(n int) { w.buf = strconv.AppendInt(w.buf, int64(n), 10) }

// float writes f as graphql.MarshalFloatContext does (%g), which refuses
// infinities and NaN.
func (w *plainWriter) float(f float64) error {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return errNotPlain
	}
	w.buf = strconv.AppendFloat(w.buf, f, 'g', -1, 64)
	return nil
}

// load8 reads s[i:i+8] as a little-endian word (the compiler makes it one
// load).
func load8(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// escapeIn8 tells whether any of the eight bytes in x is a control
// character, a quote or a backslash (the standard "has a byte less than n"
// and "has a zero byte" tests, exact for whether any byte matches).
func escapeIn8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below20 := (x - 0x20*ones) & ^x & highs
	quote := x ^ ('"' * ones)
	backslash := x ^ ('\\' * ones)
	return below20|(quote-ones)&^quote&highs|(backslash-ones)&^backslash&highs != 0
}

func (w *plainWriter) optStr(s *string) {
	if s == nil {
		w.null()
		return
	}
	w.str(*s)
}

// str writes s quoted as graphql.MarshalString does: only quotes,
// backslashes and control characters are escaped (the transport escapes the
// rest as encoding/json would, for every answer alike).
func (w *plainWriter) str(s string) {
	const hex = "0123456789ABCDEF" // upper case, as gqlgen writes them
	b := append(w.buf, '"')
	start := 0
	i := 0
	// Eight bytes at a time while none needs escaping (names, dates and
	// quoted sentences nearly never do): the byte-by-byte loop was a tenth
	// of a relation page's CPU, and the text it reads grows with the answer.
	for ; i+8 <= len(s) && !escapeIn8(load8(s, i)); i += 8 {
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '\\' && c != '"' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '\t':
			b = append(b, `\t`...)
		case '\r':
			b = append(b, `\r`...)
		case '\n':
			b = append(b, `\n`...)
		case '\\':
			b = append(b, `\\`...)
		case '"':
			b = append(b, `\"`...)
		default:
			b = append(b, `\u00`...)
			b = append(b, hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	w.buf = append(b, '"')
}
