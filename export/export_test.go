package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/gonum/graph/formats/gexf12"
	"gonum.org/v1/gonum/graph/formats/rdf"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph/store"
)

// awkward is a name that breaks naive CSV, XML and N-Quads writers.
const awkward = "O'Brien, \"Ted\" <&> Ünïcode;\tx\\y"

func ent(id, typ, name string, aliases ...string) extract.Entity {
	e := extract.Entity{ID: id, Name: name, Type: typ, Aliases: aliases}
	for _, f := range append([]string{name}, aliases...) {
		e.Mentions = append(e.Mentions, extract.Mention{Text: f, Start: 0, End: len(f)})
	}
	return e
}

func participants(ids ...string) []extract.Participant {
	var out []extract.Participant
	for i, id := range ids {
		role := "AGENT"
		if i > 0 {
			role = "PATIENT"
		}
		out = append(out, extract.Participant{Entity: id, Role: role})
	}
	return out
}

// fixture stores 5 entities (4 in 2014-03, Merkel only in an undated
// document), 3 relations and 3 events.
func fixture(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ev := []extract.Evidence{{Text: "x"}}
	docs := []store.IngestDoc{
		{Doc: store.Document{ExtID: "d1", Published: "2014-03-30", Text: "one"}, Analysis: &extract.Analysis{
			Entities: []extract.Entity{ent("a", extract.Person, "John Kerry", "Kerry", "Secretary; Kerry"),
				ent("b", extract.Person, awkward), ent("c", extract.Location, "Paris"),
				ent("d", extract.Organization, "State Department")},
			Relations: []extract.Relation{
				{Type: "MET_WITH", Source: "a", Target: "b", Confidence: 0.9, Evidence: ev},
				{Type: "WORKS_FOR", Source: "a", Target: "d", Confidence: 0.7, Evidence: ev},
				{Type: "LOCATED_IN", Source: "d", Target: "c", Confidence: 0.5, Evidence: ev}},
			Events: []extract.Event{
				{Type: "MEET", CAMEO: "040", Trigger: "met", Date: "2014-03-30", DatePrecision: "day",
					Participants: participants("a", "b"), Location: "c", Confidence: 0.8, Evidence: ev},
				{Type: "STATEMENT", Trigger: "said \"no\"", Date: "2014-03", DatePrecision: "month",
					Participants: participants("d"), Confidence: 0.6, Evidence: ev}},
		}},
		{Doc: store.Document{ExtID: "d2", Text: "two"}, Analysis: &extract.Analysis{
			Entities: []extract.Entity{ent("m", extract.Person, "Angela Merkel")},
			Events:   []extract.Event{{Type: "VISIT", Trigger: "visited", Participants: participants("m"), Confidence: 0.5, Evidence: ev}},
		}},
	}
	if _, errs := s.Ingest(context.Background(), docs); errs[0] != nil || errs[1] != nil {
		t.Fatalf("ingest: %v", errs)
	}
	return s
}

// want lists the public ids an export with flt must contain.
type want struct {
	entities, relations, events []string
}

// expected derives the ids from the store through the same Snapshot API but
// applying the filter by hand, so the test checks the writers, not itself.
func expected(t *testing.T, s *store.Store, flt Filter) want {
	t.Helper()
	var w want
	kept := map[uint64]bool{}
	err := s.Snapshot(context.Background(), func(sn *store.Snapshot) error {
		sn.Entities(func(e store.Entity) error {
			if (len(flt.EntityTypes) == 0 || slices.Contains(flt.EntityTypes, e.Type)) && (!flt.dated() || e.FirstSeen != "") {
				kept[e.ID] = true
				w.entities = append(w.entities, entityID(e.ID))
			}
			return nil
		})
		sn.Relations(func(r store.Relation) error {
			if kept[r.Source] && kept[r.Target] && (len(flt.RelationTypes) == 0 || slices.Contains(flt.RelationTypes, r.Type)) {
				w.relations = append(w.relations, relationID(r.ID))
			}
			return nil
		})
		return sn.Events(func(ev store.Event) error {
			any := false
			for _, p := range ev.Participants {
				any = any || kept[p.EntityID]
			}
			if (!flt.dated() || ev.Date != "") && (len(flt.EntityTypes) == 0 || any) {
				w.events = append(w.events, eventID(ev.ID))
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// run exports into a temporary folder and returns it.
func run(t *testing.T, s *store.Store, f Format, flt Filter) (string, Counts) {
	t.Helper()
	dir := t.TempDir()
	c, err := ToDir(context.Background(), s, f, flt, dir)
	if err != nil {
		t.Fatalf("export %s: %v", f, err)
	}
	for _, name := range f.Files() {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("export %s did not write %s: %v", f, name, err)
		}
	}
	return dir, c
}

var filters = map[string]Filter{
	"all":       {},
	"people":    {EntityTypes: []string{"PERSON"}},
	"relations": {RelationTypes: []string{"WORKS_FOR", "LOCATED_IN"}},
	"dated":     {Since: "2014-03-01", Until: "2014-03-31"},
}

func checkIDs(t *testing.T, what string, got, want []string) {
	t.Helper()
	g, w := slices.Clone(got), slices.Clone(want)
	slices.Sort(g)
	slices.Sort(w)
	if !slices.Equal(g, w) {
		t.Errorf("%s ids = %v; want %v", what, g, w)
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	s := fixture(t)
	for name, flt := range filters {
		t.Run(name, func(t *testing.T) {
			dir, c := run(t, s, JSONL, flt)
			w := expected(t, s, flt)
			data, _ := os.ReadFile(filepath.Join(dir, "graph.jsonl"))
			got := map[string][]string{}
			ids := map[string]bool{}
			var names []string
			for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
				var rec struct {
					Kind, ID, Name, Source, Target string
					Participants                   []struct{ Entity string }
				}
				if err := json.Unmarshal([]byte(line), &rec); err != nil {
					t.Fatalf("line %d %q: %v", i+1, line, err)
				}
				got[rec.Kind] = append(got[rec.Kind], rec.ID)
				ids[rec.ID] = true
				names = append(names, rec.Name)
				for _, ref := range []string{rec.Source, rec.Target} {
					if ref != "" && !ids[ref] {
						t.Errorf("line %d points at %s, not exported before it", i+1, ref)
					}
				}
				for _, p := range rec.Participants {
					if !ids[p.Entity] {
						t.Errorf("line %d: participant %s not exported", i+1, p.Entity)
					}
				}
			}
			checkIDs(t, "entity", got["entity"], w.entities)
			checkIDs(t, "relation", got["relation"], w.relations)
			checkIDs(t, "event", got["event"], w.events)
			if c != (Counts{len(w.entities), len(w.relations), len(w.events)}) {
				t.Errorf("Counts = %+v; want %d, %d, %d", c, len(w.entities), len(w.relations), len(w.events))
			}
			if name == "all" && !slices.Contains(names, awkward) {
				t.Errorf("the awkward name did not survive: %q", names)
			}
		})
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

func TestCSVRoundTrip(t *testing.T) {
	s := fixture(t)
	for name, flt := range filters {
		t.Run(name, func(t *testing.T) {
			dir, _ := run(t, s, CSV, flt)
			w := expected(t, s, flt)
			nodes := readCSV(t, filepath.Join(dir, "nodes.csv"))
			edges := readCSV(t, filepath.Join(dir, "edges.csv"))
			if !slices.Equal(nodes[0], csvNodeHeader) || !slices.Equal(edges[0], csvEdgeHeader) {
				t.Fatalf("headers %q and %q", nodes[0], edges[0])
			}
			var nodeIDs, edgeIDs []string
			known := map[string]bool{}
			for _, r := range nodes[1:] {
				nodeIDs = append(nodeIDs, r[0])
				known[r[0]] = true
				if _, err := strconv.Atoi(r[5]); err != nil {
					t.Errorf("node %s mentions %q: %v", r[0], r[5], err)
				}
				if r[1] == "John Kerry" && r[9] != "John Kerry|Kerry|Secretary; Kerry" && r[9] != "Kerry|John Kerry|Secretary; Kerry" {
					t.Errorf("Kerry's aliases = %q", r[9])
				}
			}
			for _, r := range edges[1:] {
				edgeIDs = append(edgeIDs, r[0])
				if !known[r[1]] || !known[r[2]] {
					t.Errorf("edge %s joins %s and %s, not both in nodes.csv", r[0], r[1], r[2])
				}
			}
			checkIDs(t, "node", nodeIDs, w.entities)
			checkIDs(t, "edge", edgeIDs, w.relations)
		})
	}
}

// GraphML as the format defines it: keys before the graph, each with a
// domain (for), a name and a type from the spec's list; data only for keys
// of its element's domain; unique node ids; edges between declared nodes.
type graphmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string        `xml:"edgedefault,attr"`
		Nodes       []graphmlElem `xml:"node"`
		Edges       []graphmlElem `xml:"edge"`
	} `xml:"graph"`
}

type graphmlElem struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Data   []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
}

func TestGraphMLRoundTrip(t *testing.T) {
	s := fixture(t)
	for name, flt := range filters {
		t.Run(name, func(t *testing.T) {
			dir, _ := run(t, s, GraphML, flt)
			w := expected(t, s, flt)
			data, _ := os.ReadFile(filepath.Join(dir, "graph.graphml"))
			var doc graphmlDoc
			if err := xml.Unmarshal(data, &doc); err != nil {
				t.Fatalf("GraphML does not parse: %v", err)
			}
			keys := map[string]string{} // id -> domain
			for _, k := range doc.Keys {
				if !slices.Contains([]string{"boolean", "int", "long", "float", "double", "string"}, k.Type) ||
					!slices.Contains([]string{"node", "edge", "graph", "all"}, k.For) || k.Name == "" {
					t.Errorf("key %+v is not a valid GraphML key", k)
				}
				keys[k.ID] = k.For
			}
			if doc.Graph.EdgeDefault != "directed" {
				t.Errorf("edgedefault = %q", doc.Graph.EdgeDefault)
			}
			var nodeIDs, edgeIDs []string
			nodes := map[string]bool{}
			names := map[string]bool{}
			for _, n := range doc.Graph.Nodes {
				if nodes[n.ID] {
					t.Errorf("node id %s repeated", n.ID)
				}
				nodes[n.ID] = true
				nodeIDs = append(nodeIDs, n.ID)
				for _, d := range n.Data {
					if keys[d.Key] != "node" {
						t.Errorf("node %s has data for key %q of domain %q", n.ID, d.Key, keys[d.Key])
					}
					if d.Key == "n_name" {
						names[d.Value] = true
					}
				}
			}
			for _, e := range doc.Graph.Edges {
				edgeIDs = append(edgeIDs, e.ID)
				if !nodes[e.Source] || !nodes[e.Target] {
					t.Errorf("edge %s: %s -> %s, not both declared", e.ID, e.Source, e.Target)
				}
				for _, d := range e.Data {
					if keys[d.Key] != "edge" {
						t.Errorf("edge %s has data for key %q of domain %q", e.ID, d.Key, keys[d.Key])
					}
				}
			}
			checkIDs(t, "node", nodeIDs, w.entities)
			checkIDs(t, "edge", edgeIDs, w.relations)
			if name == "all" && !names[awkward] {
				t.Errorf("the awkward name did not survive: %v", slices.Collect(maps.Keys(names)))
			}
		})
	}
}

// GEXF is read back with gonum's GEXF 1.2 types, which check the namespace.
func TestGEXFRoundTrip(t *testing.T) {
	s := fixture(t)
	for name, flt := range filters {
		t.Run(name, func(t *testing.T) {
			dir, _ := run(t, s, GEXF, flt)
			w := expected(t, s, flt)
			data, _ := os.ReadFile(filepath.Join(dir, "graph.gexf"))
			var doc gexf12.Content
			if err := xml.Unmarshal(data, &doc); err != nil {
				t.Fatalf("GEXF does not parse: %v", err)
			}
			if doc.Version != "1.2" || doc.Graph.DefaultEdgeType != "directed" {
				t.Errorf("version %q, defaultedgetype %q", doc.Version, doc.Graph.DefaultEdgeType)
			}
			declared := map[string]map[string]bool{}
			for _, as := range doc.Graph.Attributes {
				declared[as.Class] = map[string]bool{}
				for _, a := range as.Attributes {
					if !slices.Contains([]string{"integer", "long", "double", "float", "boolean", "liststring", "string", "anyURI"}, a.Type) {
						t.Errorf("attribute %+v has a type GEXF does not define", a)
					}
					declared[as.Class][a.ID] = true
				}
			}
			var nodeIDs, edgeIDs []string
			nodes := map[string]bool{}
			labels := map[string]bool{}
			for _, n := range doc.Graph.Nodes.Nodes {
				nodeIDs = append(nodeIDs, n.ID)
				nodes[n.ID] = true
				labels[n.Label] = true
				for _, v := range n.AttValues.AttValues {
					if !declared["node"][v.For] {
						t.Errorf("node %s: value for undeclared attribute %q", n.ID, v.For)
					}
				}
			}
			for _, e := range doc.Graph.Edges.Edges {
				edgeIDs = append(edgeIDs, e.ID)
				if !nodes[e.Source] || !nodes[e.Target] || e.Weight <= 0 || e.Label == "" {
					t.Errorf("edge %+v: endpoints must be nodes, weight positive, label the type", e)
				}
				for _, v := range e.AttValues.AttValues {
					if !declared["edge"][v.For] {
						t.Errorf("edge %s: value for undeclared attribute %q", e.ID, v.For)
					}
				}
			}
			checkIDs(t, "node", nodeIDs, w.entities)
			checkIDs(t, "edge", edgeIDs, w.relations)
			if name == "all" && !labels[awkward] {
				t.Errorf("the awkward name did not survive as a label")
			}
		})
	}
}

// nquadLine is the N-Quads statement grammar for the terms this export uses:
// subject a blank node, predicate an IRI, object a blank node or a string
// literal with an optional datatype IRI, no graph label.
var nquadLine = regexp.MustCompile(`^_:[A-Za-z0-9_]+ <[^<>"{}|^` + "`" + `\\\x00-\x20]+> ` +
	`(_:[A-Za-z0-9_]+|"([^"\\\n\r]|\\[tbnrf"'\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*"(\^\^<[^<>"{}|^` + "`" + `\\\x00-\x20]+>)?) \.$`)

var relativeIRI = regexp.MustCompile(`<([a-zA-Z_][a-zA-Z0-9_.]*|xs:[a-zA-Z]+)>`)

var schemaLine = regexp.MustCompile(`^([a-z][a-z0-9_.]*): (\[?(string|int|float|datetime|uid|bool)\]?)( @[a-z]+(\([a-z, ]+\))?)* \.$`)

func TestNQuadsRoundTrip(t *testing.T) {
	s := fixture(t)
	for name, flt := range filters {
		t.Run(name, func(t *testing.T) {
			dir, _ := run(t, s, NQuads, flt)
			w := expected(t, s, flt)
			f, err := os.Open(filepath.Join(dir, "graph.rdf"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			types := map[string][]string{} // dgraph.type -> subjects
			preds := map[string]bool{}
			var objects []string
			var lines []string
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				line := sc.Text()
				lines = append(lines, line)
				if !nquadLine.MatchString(line) {
					t.Errorf("not an N-Quads statement of the expected form: %q", line)
				}
				// gonum's parser implements the W3C N-Quads grammar, which
				// also requires absolute IRIs; Dgraph's dialect uses bare
				// predicate names, so they are resolved against a base first.
				st, err := rdf.ParseNQuad(relativeIRI.ReplaceAllString(line, "<urn:newsgraph:$1>"))
				if err != nil {
					t.Fatalf("rdf.ParseNQuad(%q): %v", line, err)
				}
				pred, _, _, _ := st.Predicate.Parts()
				pred = strings.TrimPrefix(pred, "urn:newsgraph:")
				preds[pred] = true
				obj, _, kind, _ := st.Object.Parts()
				subj, _, _, _ := st.Subject.Parts()
				if pred == "dgraph.type" {
					types[obj] = append(types[obj], strings.TrimPrefix(subj, "_:"))
				}
				if kind == rdf.Blank {
					objects = append(objects, strings.TrimPrefix(obj, "_:"))
				}
				if pred == "name" && name == "all" && strings.Contains(line, "O'Brien") && obj != awkward {
					t.Errorf("awkward name read back as %q", obj)
				}
			}
			checkIDs(t, "Entity", types["Entity"], w.entities)
			checkIDs(t, "Relation", types["Relation"], w.relations)
			checkIDs(t, "Event", types["Event"], w.events)
			subjects := map[string]bool{}
			for _, ids := range types {
				for _, id := range ids {
					subjects[id] = true
				}
			}
			for _, o := range objects {
				if !subjects[o] {
					t.Errorf("an edge points at _:%s, which has no dgraph.type", o)
				}
			}
			schema, _ := os.ReadFile(filepath.Join(dir, "graph.schema"))
			declared := map[string]bool{"dgraph.type": true}
			for _, line := range strings.Split(string(schema), "\n") {
				if m := schemaLine.FindStringSubmatch(line); m != nil {
					declared[m[1]] = true
				} else if line != "" && !strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "type ") &&
					line != "}" && !regexp.MustCompile(`^  [a-z][a-z0-9_]*$`).MatchString(line) {
					t.Errorf("schema line %q is not a Dgraph predicate, type or field", line)
				}
			}
			for p := range preds {
				if !declared[p] {
					t.Errorf("predicate %q used but not in the schema", p)
				}
			}
			if name == "all" && !preds["met_with"] {
				t.Errorf("no <met_with> edge among %v", slices.Sorted(maps.Keys(preds)))
			}
		})
	}
}

// neoHeader checks a neo4j-admin import header and returns the column index
// of each special field (":ID", ":START_ID", ...) with its id space.
func neoHeader(t *testing.T, file string, header []string) map[string]string {
	t.Helper()
	special := map[string]string{}
	re := regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_]*)?(:(ID|START_ID|END_ID|LABEL|TYPE|int|long|float|double|boolean|byte|short|char|string|date|datetime|localdatetime|point|duration)(\[\])?(\(([A-Za-z]+)\))?)?$`)
	for i, h := range header {
		m := re.FindStringSubmatch(h)
		if m == nil || (m[1] == "" && m[3] == "") {
			t.Errorf("%s: header field %q is not name:type", file, h)
			continue
		}
		if m[3] == "ID" || m[3] == "START_ID" || m[3] == "END_ID" || m[3] == "LABEL" || m[3] == "TYPE" {
			special[m[3]] = fmt.Sprintf("%d:%s", i, m[6])
		}
	}
	return special
}

func TestNeo4jRoundTrip(t *testing.T) {
	s := fixture(t)
	for name, flt := range filters {
		t.Run(name, func(t *testing.T) {
			dir, _ := run(t, s, Neo4j, flt)
			w := expected(t, s, flt)
			ids := map[string]map[string]bool{} // id space -> ids
			got := map[string][]string{}
			files := []string{"entities.csv", "events.csv", "relations.csv", "participants.csv", "locations.csv"}
			for _, file := range files {
				rows := readCSV(t, filepath.Join(dir, file))
				sp := neoHeader(t, file, rows[0])
				for _, row := range rows[1:] {
					if len(row) != len(rows[0]) {
						t.Fatalf("%s: row %q has %d fields, header %d", file, row, len(row), len(rows[0]))
					}
					for col, h := range rows[0] {
						if row[col] == "" {
							continue
						}
						var err error
						switch {
						case strings.HasSuffix(h, ":int"):
							_, err = strconv.Atoi(row[col])
						case strings.HasSuffix(h, ":float"):
							_, err = strconv.ParseFloat(row[col], 64)
						case strings.HasSuffix(h, ":date"):
							if !regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`).MatchString(row[col]) {
								err = fmt.Errorf("not YYYY-MM-DD")
							}
						}
						if err != nil {
							t.Errorf("%s: %s = %q: %v", file, h, row[col], err)
						}
					}
					if v, ok := sp["ID"]; ok {
						col, space, _ := strings.Cut(v, ":")
						i, _ := strconv.Atoi(col)
						if ids[space] == nil {
							ids[space] = map[string]bool{}
						}
						ids[space][row[i]] = true
						got[space] = append(got[space], row[i])
					}
					for _, end := range []string{"START_ID", "END_ID"} {
						if v, ok := sp[end]; ok {
							col, space, _ := strings.Cut(v, ":")
							i, _ := strconv.Atoi(col)
							if !ids[space][row[i]] {
								t.Errorf("%s: %s %s is not a node of id space %s", file, end, row[i], space)
							}
						}
					}
					if file == "relations.csv" {
						got["rel"] = append(got["rel"], row[3])
					}
				}
			}
			checkIDs(t, "Entity", got["Entity"], w.entities)
			checkIDs(t, "Event", got["Event"], w.events)
			checkIDs(t, "relationship", got["rel"], w.relations)
			cmd, _ := os.ReadFile(filepath.Join(dir, "import.txt"))
			for _, file := range files {
				if !bytes.Contains(cmd, []byte(file)) {
					t.Errorf("import.txt does not name %s", file)
				}
			}
		})
	}
}

func TestStreamsToOneWriterAndRejectsBadInput(t *testing.T) {
	s := fixture(t)
	var buf bytes.Buffer
	c, err := Export(context.Background(), s, GraphML, Filter{}, func(string) (io.Writer, error) { return &buf, nil })
	if err != nil || c.Entities != 5 || !bytes.HasPrefix(buf.Bytes(), []byte("<?xml")) {
		t.Fatalf("Export to a writer: %+v, %v, %q", c, err, buf.String()[:min(40, buf.Len())])
	}
	if _, err := ParseFormat("parquet"); err == nil {
		t.Error("ParseFormat(parquet) succeeded")
	}
	if _, err := Export(context.Background(), s, JSONL, Filter{Since: "March"}, nil); err == nil || !strings.Contains(err.Error(), "March") {
		t.Errorf("Export with a bad date: %v; want an error naming it", err)
	}
}
