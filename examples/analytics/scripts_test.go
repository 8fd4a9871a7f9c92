// Package analytics holds the Python example scripts; this test runs each of
// them against a real Newsgraph HTTP server over a real store.
package analytics

import (
	"bytes"
	"context"
	"encoding/csv"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

func python(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("python3 is required in CI to run the example scripts: %v", err)
		}
		t.Skipf("python3 not found: %v", err)
	}
	return p
}

func person(id, name string) extract.Entity {
	return extract.Entity{ID: id, Name: name, Type: extract.Person, Mentions: []extract.Mention{{Text: name, End: len(name)}}}
}

func event(typ, date string, ids ...string) extract.Event {
	ev := extract.Event{Type: typ, Trigger: "met", Date: date, Confidence: 0.9, Evidence: []extract.Evidence{{Text: "met"}}}
	for _, id := range ids {
		ev.Participants = append(ev.Participants, extract.Participant{Entity: id, Role: "PARTICIPANT"})
	}
	return ev
}

// server serves a store holding: Kerry met Lavrov in March and again in April
// (the April article names Kerry twice), Obama phoned Putin in April.
func server(t *testing.T) string {
	t.Helper()
	st, err := store.Open(t.TempDir(), store.Options{GCInterval: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	kerry2 := person("k", "John Kerry")
	kerry2.Mentions = append(kerry2.Mentions, extract.Mention{Text: "Kerry", Start: 20, End: 25})
	docs := []store.IngestDoc{
		{Doc: store.Document{ExtID: "d1", Published: "2014-03-30", Text: "one"}, Analysis: &extract.Analysis{
			Entities: []extract.Entity{person("k", "John Kerry"), person("l", "Sergey Lavrov"),
				{ID: "p", Name: "Paris", Type: extract.Location, Mentions: []extract.Mention{{Text: "Paris", End: 5}}}},
			Events: []extract.Event{event("MEET", "2014-03-30", "k", "l")}}},
		{Doc: store.Document{ExtID: "d2", Published: "2014-04-02", Text: "two"}, Analysis: &extract.Analysis{
			Entities: []extract.Entity{kerry2, person("l", "Sergey Lavrov")},
			Events:   []extract.Event{event("MEET", "2014-04-01", "k", "l")}}},
		{Doc: store.Document{ExtID: "d3", Published: "2014-04-05", Text: "three"}, Analysis: &extract.Analysis{
			Entities: []extract.Entity{person("o", "Barack Obama"), person("v", "Vladimir Putin")},
			Events:   []extract.Event{event("PHONE_CALL", "2014-04-04", "o", "v")}}},
	}
	if _, errs := st.Ingest(context.Background(), docs); slices.ContainsFunc(errs, func(e error) bool { return e != nil }) {
		t.Fatalf("ingest: %v", errs)
	}
	srv := httptest.NewServer(graph.NewHandler(graph.ServerConfig{Store: st}))
	t.Cleanup(srv.Close)
	return srv.URL + "/graphql"
}

// script runs one example and returns its stdout parsed as CSV.
func script(t *testing.T, name string, args ...string) [][]string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, python(t), append([]string{name}, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("python3 %s %v: %v\nstderr:\n%s", name, args, err, errb.String())
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatalf("%s printed no CSV: %v\n%s", name, err, out.String())
	}
	return rows
}

func TestWhoMetWhom(t *testing.T) {
	url := server(t)
	rows := script(t, "who_met_whom.py", "--url", url)
	want := [][]string{{"a", "b", "meetings", "first", "last"}, {"John Kerry", "Sergey Lavrov", "2", "2014-03-30", "2014-04-01"}}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("who_met_whom.py = %q; want %q", rows, want)
	}
	rows = script(t, "who_met_whom.py", "--url", url, "--event-types", "PHONE_CALL")
	if len(rows) != 2 || rows[1][0] != "Barack Obama" || rows[1][1] != "Vladimir Putin" {
		t.Errorf("who_met_whom.py --event-types PHONE_CALL = %q", rows)
	}
}

func TestTopEntitiesPerMonth(t *testing.T) {
	url := server(t)
	rows := script(t, "top_entities_per_month.py", "--url", url, "--first", "2")
	want := [][]string{
		{"month", "rank", "entity", "type", "score"},
		{"2014-03", "1", "John Kerry", "PERSON", "1"},
		{"2014-03", "2", "Sergey Lavrov", "PERSON", "1"},
		{"2014-04", "1", "John Kerry", "PERSON", "2"},
		{"2014-04", "2", "Sergey Lavrov", "PERSON", "1"},
	}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("top_entities_per_month.py = %q; want %q", rows, want)
	}
	rows = script(t, "top_entities_per_month.py", "--url", url, "--types", "LOCATION", "--from", "2014-02", "--to", "2014-04")
	if len(rows) != 2 || rows[1][0] != "2014-03" || rows[1][2] != "Paris" {
		t.Errorf("top_entities_per_month.py --types LOCATION = %q; want only Paris in March", rows)
	}
}

func TestCooccurrenceCSV(t *testing.T) {
	url := server(t)
	dir := t.TempDir()
	edges, nodes := filepath.Join(dir, "edges.csv"), filepath.Join(dir, "nodes.csv")
	script(t, "cooccurrence_csv.py", "--url", url, "--out", edges, "--nodes", nodes, "--types", "PERSON")
	read := func(p string) [][]string {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	e := read(edges)
	if len(e) != 3 || !slices.Equal(e[0], []string{"Source", "Target", "Weight", "source_name", "target_name"}) {
		t.Fatalf("edges.csv = %q; want a header and two pairs", e)
	}
	if e[1][2] != "2" || e[1][3] != "John Kerry" || e[1][4] != "Sergey Lavrov" || e[2][2] != "1" ||
		!strings.Contains(e[2][3]+e[2][4], "Obama") {
		t.Errorf("edges.csv = %q; want Kerry-Lavrov in 2 articles, then Obama-Putin in 1", e)
	}
	if n := read(nodes); len(n) != 5 || n[0][0] != "Id" {
		t.Errorf("nodes.csv = %q; want 4 people", n)
	}
}
