package export

import (
	"bufio"
	"encoding/xml"
	"fmt"

	"github.com/newsgraph/newsgraph/graph/store"
)

// GraphML and GEXF are written by hand, element by element, rather than
// through encoding/xml's Marshal, which would need the whole graph in memory.
// Text and attribute values go through xml.EscapeText, which also replaces
// characters XML 1.0 cannot carry.

// xmlWriter accumulates the first write error so the format code stays linear.
type xmlWriter struct {
	bw  *bufio.Writer
	err error
}

func (w *xmlWriter) raw(s string) {
	if w.err == nil {
		_, w.err = w.bw.WriteString(s)
	}
}

func (w *xmlWriter) esc(s string) {
	if w.err == nil {
		w.err = xml.EscapeText(w.bw, []byte(s))
	}
}

// attr writes ` name="value"`.
func (w *xmlWriter) attr(name, value string) {
	w.raw(" " + name + `="`)
	w.esc(value)
	w.raw(`"`)
}

func (w *xmlWriter) flush() error {
	if w.err == nil {
		w.err = w.bw.Flush()
	}
	return w.err
}

func (x *exporter) xmlWriter(name string) (*xmlWriter, error) {
	w, err := x.open(name)
	if err != nil {
		return nil, err
	}
	return &xmlWriter{bw: bufio.NewWriterSize(w, 1<<16)}, nil
}

// attrSpec is a node or edge attribute declared once and written per element.
type attrSpec struct {
	id, name string
	graphml  string // GraphML attr.type: string, int, double
	gexf     string // GEXF attribute type: string, integer, double
}

var (
	nodeAttrs = []attrSpec{
		{"n_type", "type", "string", "string"},
		{"n_subtype", "subtype", "string", "string"},
		{"n_kb", "kb", "string", "string"},
		{"n_mentions", "mentions", "int", "integer"},
		{"n_documents", "documents", "int", "integer"},
		{"n_first_seen", "first_seen", "string", "string"},
		{"n_last_seen", "last_seen", "string", "string"},
	}
	edgeAttrs = []attrSpec{
		{"r_type", "type", "string", "string"},
		{"r_count", "count", "int", "integer"},
		{"r_confidence", "confidence", "double", "double"},
		{"r_first_seen", "first_seen", "string", "string"},
		{"r_last_seen", "last_seen", "string", "string"},
	}
)

func nodeValues(e store.Entity) []string {
	return []string{e.Type, e.Subtype, e.KB, itoa(e.MentionCount), itoa(e.DocCount), e.FirstSeen, e.LastSeen}
}

func edgeValues(r store.Relation) []string {
	return []string{r.Type, itoa(r.Count), ftoa(r.Confidence), r.FirstSeen, r.LastSeen}
}

// GraphML (graphml.graphdrawing.org): keys declared before the graph, every
// edge directed, weight = relation count so NetworkX and Gephi can use it.
func (x *exporter) graphml() error {
	w, err := x.xmlWriter(GraphML.Files()[0])
	if err != nil {
		return err
	}
	w.raw(xml.Header)
	w.raw(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	w.raw(`  <key id="n_name" for="node" attr.name="name" attr.type="string"/>` + "\n")
	for _, a := range nodeAttrs {
		w.raw(fmt.Sprintf(`  <key id="%s" for="node" attr.name="%s" attr.type="%s"/>`+"\n", a.id, a.name, a.graphml))
	}
	w.raw(`  <key id="r_weight" for="edge" attr.name="weight" attr.type="double"/>` + "\n")
	for _, a := range edgeAttrs {
		w.raw(fmt.Sprintf(`  <key id="%s" for="edge" attr.name="%s" attr.type="%s"/>`+"\n", a.id, a.name, a.graphml))
	}
	w.raw(`  <graph id="newsgraph" edgedefault="directed">` + "\n")
	data := func(key, v string) {
		if v == "" {
			return // GraphML: an absent data element means the key's default
		}
		w.raw(`      <data key="` + key + `">`)
		w.esc(v)
		w.raw("</data>\n")
	}
	if err := x.entities(func(e store.Entity) error {
		w.raw(`    <node id="` + entityID(e.ID) + `">` + "\n")
		data("n_name", e.Name)
		for i, v := range nodeValues(e) {
			data(nodeAttrs[i].id, v)
		}
		w.raw("    </node>\n")
		return w.err
	}); err != nil {
		return err
	}
	if err := x.relations(func(r store.Relation) error {
		w.raw(`    <edge id="` + relationID(r.ID) + `" source="` + entityID(r.Source) + `" target="` + entityID(r.Target) + `">` + "\n")
		data("r_weight", itoa(max(r.Count, 1)))
		for i, v := range edgeValues(r) {
			data(edgeAttrs[i].id, v)
		}
		w.raw("    </edge>\n")
		return w.err
	}); err != nil {
		return err
	}
	w.raw("  </graph>\n</graphml>\n")
	return w.flush()
}

// GEXF 1.2 (gexf.net/1.2draft, the version Gephi and NetworkX read by
// default): attributes declared per class, nodes before edges, edge weight =
// relation count and label = relation type.
func (x *exporter) gexf() error {
	w, err := x.xmlWriter(GEXF.Files()[0])
	if err != nil {
		return err
	}
	w.raw(xml.Header)
	w.raw(`<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">` + "\n")
	w.raw("  <meta><creator>Newsgraph</creator><description>entities and relations extracted from news</description></meta>\n")
	w.raw(`  <graph mode="static" defaultedgetype="directed" idtype="string">` + "\n")
	declare := func(class string, specs []attrSpec) {
		w.raw(`    <attributes class="` + class + `" mode="static">` + "\n")
		for _, a := range specs {
			w.raw(fmt.Sprintf(`      <attribute id="%s" title="%s" type="%s"/>`+"\n", a.id, a.name, a.gexf))
		}
		w.raw("    </attributes>\n")
	}
	declare("node", nodeAttrs)
	declare("edge", edgeAttrs)
	attvalues := func(specs []attrSpec, values []string) {
		w.raw("<attvalues>")
		for i, v := range values {
			if v == "" {
				continue
			}
			w.raw(`<attvalue for="` + specs[i].id + `"`)
			w.attr("value", v)
			w.raw("/>")
		}
		w.raw("</attvalues>")
	}
	w.raw("    <nodes>\n")
	if err := x.entities(func(e store.Entity) error {
		w.raw(`      <node id="` + entityID(e.ID) + `"`)
		w.attr("label", e.Name)
		w.raw(">")
		attvalues(nodeAttrs, nodeValues(e))
		w.raw("</node>\n")
		return w.err
	}); err != nil {
		return err
	}
	w.raw("    </nodes>\n    <edges>\n")
	if err := x.relations(func(r store.Relation) error {
		w.raw(`      <edge id="` + relationID(r.ID) + `" source="` + entityID(r.Source) + `" target="` + entityID(r.Target) + `"`)
		w.attr("label", r.Type)
		w.raw(` weight="` + itoa(max(r.Count, 1)) + `">`)
		attvalues(edgeAttrs, edgeValues(r))
		w.raw("</edge>\n")
		return w.err
	}); err != nil {
		return err
	}
	w.raw("    </edges>\n  </graph>\n</gexf>\n")
	return w.flush()
}
