package export

import (
	"bufio"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph/store"
)

// RDF N-Quads for Dgraph (graph.rdf) and its schema (graph.schema), loadable
// with `dgraph live -f graph.rdf -s graph.schema` or `dgraph bulk`.
//
// Subjects are blank nodes named by the public ids (_:e42), which the loaders
// map to uids; the id is also kept in the xid predicate so later loads can
// upsert against it. Predicates are bare names (<name>), Dgraph's convention,
// and typed literals use Dgraph's xs: datatypes. Relations appear twice: as a
// direct edge <met_with> for traversal, and as a Relation node that carries
// count, confidence and dates (plain N-Quads has no edge properties; Dgraph
// facets are not N-Quads). Events are nodes linked to their participants, with
// the role in a per-role predicate (<participant_agent>) besides <participant>.

// nqScalars are the fixed predicates with their schema lines; relation and
// role predicates are added as the data reveals them.
var nqScalars = [][2]string{
	{"xid", "string @index(exact) @upsert"},
	{"name", "string @index(exact, term, trigram)"},
	{"entity_type", "string @index(exact)"},
	{"subtype", "string @index(exact)"},
	{"kb", "string @index(exact)"},
	{"alias", "[string] @index(term)"},
	{"mention_count", "int @index(int)"},
	{"document_count", "int"},
	{"first_seen", "datetime @index(day)"},
	{"last_seen", "datetime @index(day)"},
	{"relation_type", "string @index(exact)"},
	{"relation_source", "uid @reverse"},
	{"relation_target", "uid @reverse"},
	{"relation_count", "int"},
	{"confidence", "float"},
	{"event_type", "string @index(exact)"},
	{"cameo", "string @index(exact)"},
	{"trigger", "string"},
	{"date", "string @index(exact)"},
	{"date_precision", "string"},
	{"participant", "[uid] @reverse @count"},
	{"location", "uid @reverse"},
}

var (
	nqEntityFields   = []string{"xid", "name", "entity_type", "subtype", "kb", "alias", "mention_count", "document_count", "first_seen", "last_seen"}
	nqRelationFields = []string{"xid", "relation_type", "relation_source", "relation_target", "relation_count", "confidence", "first_seen", "last_seen"}
	nqEventFields    = []string{"xid", "event_type", "cameo", "trigger", "date", "date_precision", "participant", "location", "confidence"}
)

// predicateName maps a relation type or role to a Dgraph predicate: lower
// case letters, digits and underscores, prefixed when it would shadow a
// fixed predicate.
func predicateName(prefix, t string) string {
	var b strings.Builder
	b.WriteString(prefix)
	for _, r := range strings.ToLower(t) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	name := b.String()
	if name == prefix {
		name += "other"
	}
	for _, s := range nqScalars {
		if s[0] == name {
			return "rel_" + name
		}
	}
	if strings.HasPrefix(name, "dgraph.") {
		return "rel_" + name
	}
	return name
}

// nqLiteral quotes s as an N-Quads STRING_LITERAL_QUOTE: backslash, quote and
// line breaks escaped (ECHAR), other control characters as \uXXXX (UCHAR).
func nqLiteral(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

type nqWriter struct {
	bw  *bufio.Writer
	err error
}

func (w *nqWriter) quad(subj, pred, obj string) {
	if w.err == nil {
		_, w.err = w.bw.WriteString(subj + " <" + pred + "> " + obj + " .\n")
	}
}

// str writes a string literal, skipping empty values (absent, not "").
func (w *nqWriter) str(subj, pred, v string) {
	if v != "" {
		w.quad(subj, pred, nqLiteral(v))
	}
}

func (w *nqWriter) typed(subj, pred, v, typ string) {
	if v != "" {
		w.quad(subj, pred, nqLiteral(v)+"^^<"+typ+">")
	}
}

func blank(id string) string { return "_:" + id }

func (x *exporter) nquads() error {
	files := NQuads.Files()
	out, err := x.open(files[0])
	if err != nil {
		return err
	}
	w := &nqWriter{bw: bufio.NewWriterSize(out, 1<<16)}
	edgePreds := map[string]bool{}
	rolePreds := map[string]bool{}
	if err := x.entities(func(e store.Entity) error {
		s := blank(entityID(e.ID))
		w.quad(s, "dgraph.type", `"Entity"`)
		w.str(s, "xid", entityID(e.ID))
		w.str(s, "name", e.Name)
		w.str(s, "entity_type", e.Type)
		w.str(s, "subtype", e.Subtype)
		w.str(s, "kb", e.KB)
		for _, a := range e.Aliases {
			w.str(s, "alias", a.Text)
		}
		w.typed(s, "mention_count", itoa(e.MentionCount), "xs:int")
		w.typed(s, "document_count", itoa(e.DocCount), "xs:int")
		w.typed(s, "first_seen", e.FirstSeen, "xs:dateTime")
		w.typed(s, "last_seen", e.LastSeen, "xs:dateTime")
		return w.err
	}); err != nil {
		return err
	}
	if err := x.relations(func(r store.Relation) error {
		src, dst := blank(entityID(r.Source)), blank(entityID(r.Target))
		pred := predicateName("", r.Type)
		edgePreds[pred] = true
		w.quad(src, pred, dst)
		s := blank(relationID(r.ID))
		w.quad(s, "dgraph.type", `"Relation"`)
		w.str(s, "xid", relationID(r.ID))
		w.str(s, "relation_type", r.Type)
		w.quad(s, "relation_source", src)
		w.quad(s, "relation_target", dst)
		w.typed(s, "relation_count", itoa(r.Count), "xs:int")
		w.typed(s, "confidence", ftoa(r.Confidence), "xs:float")
		w.typed(s, "first_seen", r.FirstSeen, "xs:dateTime")
		w.typed(s, "last_seen", r.LastSeen, "xs:dateTime")
		return w.err
	}); err != nil {
		return err
	}
	if err := x.events(func(ev store.Event) error {
		s := blank(eventID(ev.ID))
		w.quad(s, "dgraph.type", `"Event"`)
		w.str(s, "xid", eventID(ev.ID))
		w.str(s, "event_type", ev.Type)
		w.str(s, "cameo", ev.CAMEO)
		w.str(s, "trigger", ev.Trigger)
		// Dates of month or year precision are not datetimes; kept as ISO strings, which sort.
		w.str(s, "date", ev.Date)
		w.str(s, "date_precision", ev.DatePrecision)
		w.typed(s, "confidence", ftoa(ev.Confidence), "xs:float")
		for _, p := range ev.Participants {
			who := blank(entityID(p.EntityID))
			w.quad(s, "participant", who)
			if p.Role != "" {
				pred := predicateName("participant_", p.Role)
				rolePreds[pred] = true
				w.quad(s, pred, who)
			}
		}
		if ev.LocationID != 0 {
			w.quad(s, "location", blank(entityID(ev.LocationID)))
		}
		return w.err
	}); err != nil {
		return err
	}
	if w.err == nil {
		w.err = w.bw.Flush()
	}
	if w.err != nil {
		return w.err
	}
	schema, err := x.open(files[1])
	if err != nil {
		return err
	}
	_, err = schema.Write([]byte(dgraphSchema(sortedKeys(edgePreds), sortedKeys(rolePreds))))
	return err
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// dgraphSchema declares every predicate graph.rdf uses and the three types.
func dgraphSchema(edgePreds, rolePreds []string) string {
	var b strings.Builder
	b.WriteString("# Dgraph schema for graph.rdf (newsgraph export --format nquads).\n")
	for _, s := range nqScalars {
		fmt.Fprintf(&b, "%s: %s .\n", s[0], s[1])
	}
	for _, p := range edgePreds {
		fmt.Fprintf(&b, "%s: [uid] @reverse @count .\n", p)
	}
	for _, p := range rolePreds {
		fmt.Fprintf(&b, "%s: [uid] @reverse .\n", p)
	}
	typ := func(name string, fields ...[]string) {
		fmt.Fprintf(&b, "\ntype %s {\n", name)
		for _, fs := range fields {
			for _, f := range fs {
				fmt.Fprintf(&b, "  %s\n", f)
			}
		}
		b.WriteString("}\n")
	}
	typ("Entity", nqEntityFields, edgePreds)
	typ("Relation", nqRelationFields)
	typ("Event", nqEventFields, rolePreds)
	return b.String()
}
