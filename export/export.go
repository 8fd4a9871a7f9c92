// Package export writes the stored graph in the formats other tools read:
// JSON Lines, CSV, GraphML and GEXF (Gephi, NetworkX), RDF N-Quads with a
// Dgraph schema (Dgraph's live and bulk loaders), and neo4j-admin import CSVs.
// Every writer streams: records go out as the store yields them, from one
// consistent snapshot, and only the ids of kept entities are held in memory.
package export

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph/store"
)

// Format names an export format.
type Format string

const (
	JSONL   Format = "jsonl"
	CSV     Format = "csv"
	GraphML Format = "graphml"
	GEXF    Format = "gexf"
	NQuads  Format = "nquads"
	Neo4j   Format = "neo4j"
)

// Formats lists every format.
var Formats = []Format{JSONL, CSV, GraphML, GEXF, NQuads, Neo4j}

// ParseFormat accepts a format name in any case.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(s))
	if !slices.Contains(Formats, f) {
		return "", fmt.Errorf("export: unknown format %q (want jsonl, csv, graphml, gexf, nquads or neo4j)", s)
	}
	return f, nil
}

// MultiFile reports whether f writes several files (into a folder) rather than one stream.
func (f Format) MultiFile() bool { return f == CSV || f == NQuads || f == Neo4j }

// Files lists the files a format writes, in the order written.
func (f Format) Files() []string {
	switch f {
	case CSV:
		return []string{"nodes.csv", "edges.csv"}
	case NQuads:
		return []string{"graph.rdf", "graph.schema"}
	case Neo4j:
		return []string{"entities.csv", "events.csv", "relations.csv", "participants.csv", "locations.csv", "import.txt"}
	case GraphML:
		return []string{"graph.graphml"}
	case GEXF:
		return []string{"graph.gexf"}
	}
	return []string{"graph.jsonl"}
}

// Filter narrows an export. The zero value exports everything.
type Filter struct {
	// EntityTypes keeps entities of these types, and the relations and event
	// participations between kept entities; empty keeps all.
	EntityTypes []string
	// RelationTypes keeps relations of these types; empty keeps all.
	RelationTypes []string
	// Since and Until (YYYY-MM-DD, inclusive) keep entities and relations seen
	// in the period and events dated in it; undated ones are left out.
	Since, Until string
}

// Validate reports malformed dates.
func (f Filter) Validate() error {
	for _, d := range []string{f.Since, f.Until} {
		if d == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return fmt.Errorf("export: date %q: want YYYY-MM-DD", d)
		}
	}
	return nil
}

func (f Filter) dated() bool { return f.Since != "" || f.Until != "" }

// spanIn reports whether [first, last] (dates of any precision) overlaps the period.
func (f Filter) spanIn(first, last string) bool {
	if !f.dated() {
		return true
	}
	if first == "" {
		first = last
	}
	if last == "" {
		last = first
	}
	if first == "" {
		return false
	}
	// Compare at the coarser precision so "2014-03" overlaps a period in March.
	if f.Until != "" && first > f.Until[:min(len(f.Until), len(first))] {
		return false
	}
	return f.Since == "" || last >= f.Since[:min(len(f.Since), len(last))]
}

func (f Filter) keepEntity(e store.Entity) bool {
	return (len(f.EntityTypes) == 0 || slices.Contains(f.EntityTypes, e.Type)) && f.spanIn(e.FirstSeen, e.LastSeen)
}

// Counts tells what an export wrote.
type Counts struct {
	Entities, Relations, Events int
}

// Opener creates the named file of an export; the writer is closed by the caller
// of Export when Export returns, so an Opener may hand out a shared writer.
type Opener func(name string) (io.Writer, error)

// Export writes st's graph in format f, creating its files (Format.Files) with open.
func Export(ctx context.Context, st *store.Store, f Format, flt Filter, open Opener) (Counts, error) {
	if err := flt.Validate(); err != nil {
		return Counts{}, err
	}
	var c Counts
	err := st.Snapshot(ctx, func(sn *store.Snapshot) error {
		x := &exporter{sn: sn, flt: flt, open: open, kept: map[uint64]bool{}, counts: &c}
		switch f {
		case JSONL:
			return x.jsonl()
		case CSV:
			return x.csv()
		case GraphML:
			return x.graphml()
		case GEXF:
			return x.gexf()
		case NQuads:
			return x.nquads()
		case Neo4j:
			return x.neo4j()
		}
		return fmt.Errorf("export: unknown format %q", f)
	})
	if err != nil {
		return c, fmt.Errorf("export %s: %w", f, err)
	}
	return c, nil
}

// ToDir exports into dir (created if missing), one file per Format.Files name.
// Each file is written under a temporary name and renamed when complete.
func ToDir(ctx context.Context, st *store.Store, f Format, flt Filter, dir string) (Counts, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Counts{}, fmt.Errorf("export: %w", err)
	}
	var files []*os.File
	var names []string
	defer func() {
		for _, fh := range files {
			fh.Close()
			os.Remove(fh.Name())
		}
	}()
	c, err := Export(ctx, st, f, flt, func(name string) (io.Writer, error) {
		fh, err := os.CreateTemp(dir, "."+name+"-*")
		if err != nil {
			return nil, err
		}
		files, names = append(files, fh), append(names, name)
		return fh, nil
	})
	if err != nil {
		return c, err
	}
	for i, fh := range files {
		if err := fh.Close(); err != nil {
			return c, fmt.Errorf("export: %w", err)
		}
		if err := os.Rename(fh.Name(), filepath.Join(dir, names[i])); err != nil {
			return c, fmt.Errorf("export: %w", err)
		}
	}
	files = nil
	return c, nil
}

// exporter carries one export's state through the format writers.
type exporter struct {
	sn     *store.Snapshot
	flt    Filter
	open   Opener
	kept   map[uint64]bool // entities written, which relations and events may point at
	counts *Counts
}

// entities calls fn for each kept entity and records it as kept.
func (x *exporter) entities(fn func(store.Entity) error) error {
	return x.sn.Entities(func(e store.Entity) error {
		if !x.flt.keepEntity(e) {
			return nil
		}
		x.kept[e.ID] = true
		x.counts.Entities++
		return fn(e)
	})
}

// relations calls fn for each kept relation between kept entities.
func (x *exporter) relations(fn func(store.Relation) error) error {
	return x.sn.Relations(func(r store.Relation) error {
		if !x.kept[r.Source] || !x.kept[r.Target] || !x.flt.spanIn(r.FirstSeen, r.LastSeen) ||
			(len(x.flt.RelationTypes) > 0 && !slices.Contains(x.flt.RelationTypes, r.Type)) {
			return nil
		}
		x.counts.Relations++
		return fn(r)
	})
}

// events calls fn for each event dated in the period, with its participants and
// location narrowed to kept entities; an event none of whose participants is
// kept is left out when entity types are filtered.
func (x *exporter) events(fn func(store.Event) error) error {
	return x.sn.Events(func(ev store.Event) error {
		if x.flt.dated() && !x.flt.spanIn(ev.Date, ev.Date) {
			return nil
		}
		parts := ev.Participants[:0:0]
		for _, p := range ev.Participants {
			if x.kept[p.EntityID] {
				parts = append(parts, p)
			}
		}
		if len(x.flt.EntityTypes) > 0 && len(parts) == 0 {
			return nil
		}
		ev.Participants = parts
		if !x.kept[ev.LocationID] {
			ev.LocationID = 0
		}
		x.counts.Events++
		return fn(ev)
	})
}

// Public ids, the same as the GraphQL API's: kind letter and decimal store id.
func entityID(id uint64) string   { return "e" + strconv.FormatUint(id, 10) }
func relationID(id uint64) string { return "r" + strconv.FormatUint(id, 10) }
func eventID(id uint64) string    { return "v" + strconv.FormatUint(id, 10) }

func itoa(n int) string { return strconv.Itoa(n) }

func ftoa(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
