package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph/graph/store"
)

// Column headers of the plain CSV export (nodes.csv, edges.csv): the shape
// Gephi's spreadsheet import and pandas expect (Id/Source/Target are the
// names Gephi maps without asking).
var (
	csvNodeHeader = []string{"id", "name", "type", "subtype", "kb", "mentions", "documents", "first_seen", "last_seen", "aliases"}
	csvEdgeHeader = []string{"id", "source", "target", "type", "count", "confidence", "first_seen", "last_seen"}
)

// csvFile is one CSV output with a buffered writer.
type csvFile struct {
	bw *bufio.Writer
	w  *csv.Writer
}

func (x *exporter) csvFile(name string, header []string) (*csvFile, error) {
	w, err := x.open(name)
	if err != nil {
		return nil, err
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	f := &csvFile{bw: bw, w: csv.NewWriter(bw)}
	return f, f.w.Write(header)
}

func (f *csvFile) row(cols ...string) error { return f.w.Write(cols) }

func (f *csvFile) close(name string) error {
	f.w.Flush()
	if err := f.w.Error(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := f.bw.Flush(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// aliasList joins alias texts with sep after removing sep from each, so the
// list splits back into the same texts.
func aliasList(as []store.Alias, sep string) string {
	texts := make([]string, len(as))
	for i, a := range as {
		texts[i] = strings.ReplaceAll(a.Text, sep, " ")
	}
	return strings.Join(texts, sep)
}

func (x *exporter) csv() error {
	files := CSV.Files()
	nodes, err := x.csvFile(files[0], csvNodeHeader)
	if err != nil {
		return err
	}
	if err := x.entities(func(e store.Entity) error {
		return nodes.row(entityID(e.ID), e.Name, e.Type, e.Subtype, e.KB, itoa(e.MentionCount), itoa(e.DocCount),
			e.FirstSeen, e.LastSeen, aliasList(e.Aliases, "|"))
	}); err != nil {
		return err
	}
	if err := nodes.close(files[0]); err != nil {
		return err
	}
	edges, err := x.csvFile(files[1], csvEdgeHeader)
	if err != nil {
		return err
	}
	if err := x.relations(func(r store.Relation) error {
		return edges.row(relationID(r.ID), entityID(r.Source), entityID(r.Target), r.Type, itoa(r.Count),
			ftoa(r.Confidence), r.FirstSeen, r.LastSeen)
	}); err != nil {
		return err
	}
	return edges.close(files[1])
}

// neo4j-admin database import CSVs. Headers carry the property types
// (name:type), :ID(space) / :START_ID(space) / :END_ID(space) tie
// relationships to nodes in the Entity and Event id spaces, :LABEL and :TYPE
// name labels and relationship types. Empty typed fields are skipped by the
// importer, so unknown dates stay absent rather than invalid.
var (
	neoEntityHeader      = []string{"id:ID(Entity)", "name", "type", "subtype", "kb", "aliases:string[]", "mentions:int", "documents:int", "firstSeen:date", "lastSeen:date", ":LABEL"}
	neoEventHeader       = []string{"id:ID(Event)", "type", "cameo", "trigger", "date", "datePrecision", "confidence:float", ":LABEL"}
	neoRelationHeader    = []string{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id", "count:int", "confidence:float", "firstSeen:date", "lastSeen:date"}
	neoParticipantHeader = []string{":START_ID(Entity)", ":END_ID(Event)", ":TYPE", "role"}
	neoLocationHeader    = []string{":START_ID(Event)", ":END_ID(Entity)", ":TYPE"}
)

// neoLabel turns an entity type into a label: PERSON -> Person, NORP -> Norp.
func neoLabel(t string) string {
	if t == "" {
		return "Entity"
	}
	return "Entity;" + strings.ToUpper(t[:1]) + strings.ToLower(t[1:])
}

// neoImportCommand is the command written to import.txt.
const neoImportCommand = `neo4j-admin database import full \
  --nodes=entities.csv --nodes=events.csv \
  --relationships=relations.csv --relationships=participants.csv --relationships=locations.csv \
  --array-delimiter=';' --multiline-fields=true neo4j
`

func (x *exporter) neo4j() error {
	files := Neo4j.Files()
	ents, err := x.csvFile(files[0], neoEntityHeader)
	if err != nil {
		return err
	}
	if err := x.entities(func(e store.Entity) error {
		return ents.row(entityID(e.ID), e.Name, e.Type, e.Subtype, e.KB, aliasList(e.Aliases, ";"),
			itoa(e.MentionCount), itoa(e.DocCount), e.FirstSeen, e.LastSeen, neoLabel(e.Type))
	}); err != nil {
		return err
	}
	if err := ents.close(files[0]); err != nil {
		return err
	}
	// Events are streamed once: participations and locations are written
	// alongside, into their own files.
	evs, err := x.csvFile(files[1], neoEventHeader)
	if err != nil {
		return err
	}
	rels, err := x.csvFile(files[2], neoRelationHeader)
	if err != nil {
		return err
	}
	parts, err := x.csvFile(files[3], neoParticipantHeader)
	if err != nil {
		return err
	}
	locs, err := x.csvFile(files[4], neoLocationHeader)
	if err != nil {
		return err
	}
	if err := x.events(func(ev store.Event) error {
		if err := evs.row(eventID(ev.ID), ev.Type, ev.CAMEO, ev.Trigger, ev.Date, ev.DatePrecision,
			ftoa(ev.Confidence), "Event"); err != nil {
			return err
		}
		for _, p := range ev.Participants {
			if err := parts.row(entityID(p.EntityID), eventID(ev.ID), "PARTICIPATED_IN", p.Role); err != nil {
				return err
			}
		}
		if ev.LocationID != 0 {
			return locs.row(eventID(ev.ID), entityID(ev.LocationID), "TOOK_PLACE_IN")
		}
		return nil
	}); err != nil {
		return err
	}
	if err := x.relations(func(r store.Relation) error {
		return rels.row(entityID(r.Source), entityID(r.Target), neoRelType(r.Type), relationID(r.ID),
			itoa(r.Count), ftoa(r.Confidence), r.FirstSeen, r.LastSeen)
	}); err != nil {
		return err
	}
	for i, f := range []*csvFile{evs, rels, parts, locs} {
		if err := f.close(files[i+1]); err != nil {
			return err
		}
	}
	w, err := x.open(files[5])
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, neoImportCommand)
	return err
}

// neoRelType keeps relationship types to letters, digits and underscores,
// which Cypher accepts without backquotes.
func neoRelType(t string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(t) {
		if r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	if b.Len() == 0 {
		return "RELATED_TO"
	}
	return b.String()
}
