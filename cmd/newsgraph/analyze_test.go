package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ingestText ingests a few sentences through the real ingest command.
func ingestText(t *testing.T, db, name, text string) {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"ingest", "--db", db, "--quiet", "--date", "2014-03-30", p}, nil, &out, &errb); err != nil {
		t.Fatalf("ingest %s: %v\n%s", name, err, errb.String())
	}
}

func runCmd(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, nil, &out, &errb)
	return out.String(), errb.String(), err
}

const kerryText = "Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Paris on Sunday. " +
	"Kerry and Lavrov met again in Geneva. President Barack Obama called Russian President Vladimir Putin on Friday."

func TestAnalyzeExportBackupRestoreCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	ingestText(t, db, "a.txt", kerryText)

	out, _, err := runCmd(t, "analyze", "--db", db, "--top", "3")
	if err != nil {
		t.Fatalf("analyze: %v", err)
	}
	for _, want := range []string{"Top 3 by pagerank", "Top 3 by betweenness", "Largest communities", "Events:", "Most active pairs", "Timings:"} {
		if !strings.Contains(out, want) {
			t.Errorf("analyze output lacks %q:\n%s", want, out)
		}
	}
	out, _, err = runCmd(t, "analyze", "--db", db, "--json", "--types", "person", "--pair-events", "", "--metrics", "pagerank,mentions")
	if err != nil {
		t.Fatalf("analyze --json: %v", err)
	}
	var rep struct {
		Summary struct{ Nodes int }
		Top     map[string][]struct{ Name, Type string }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("analyze --json output does not parse: %v\n%s", err, out)
	}
	if rep.Summary.Nodes == 0 || len(rep.Top["MENTIONS"]) == 0 || rep.Top["BETWEENNESS"] != nil {
		t.Errorf("analyze --json --types person: %+v", rep)
	}
	for _, r := range rep.Top["PAGERANK"] {
		if r.Type != "PERSON" {
			t.Errorf("--types person ranked %s (%s)", r.Name, r.Type)
		}
	}

	exp := t.TempDir()
	for _, f := range []string{"jsonl", "csv", "graphml", "gexf", "nquads", "neo4j"} {
		target := filepath.Join(exp, f)
		if _, _, err := runCmd(t, "export", "--db", db, "--format", f, "--out", target); err != nil {
			t.Errorf("export --format %s: %v", f, err)
		}
		if _, err := os.Stat(target); err != nil {
			t.Errorf("export --format %s wrote nothing at %s", f, target)
		}
	}
	out, errOut, err := runCmd(t, "export", "--db", db, "--format", "jsonl", "--types", "PERSON")
	if err != nil || !strings.Contains(out, `"kind":"entity"`) || !strings.Contains(errOut, "to stdout") {
		t.Errorf("export to stdout: %v\nstdout %.200s\nstderr %s", err, out, errOut)
	}

	full := filepath.Join(t.TempDir(), "full.bak")
	out, _, err = runCmd(t, "backup", "--db", db, "--out", full)
	if err != nil {
		t.Fatalf("backup: %v", err)
	}
	since := versionFrom(t, out)
	ingestText(t, db, "b.txt", "Chancellor Angela Merkel met French President Francois Hollande in Berlin.")
	incr := filepath.Join(t.TempDir(), "incr.bak")
	if out, _, err = runCmd(t, "backup", "--db", db, "--out", incr, "--since", since); err != nil {
		t.Fatalf("incremental backup: %v", err)
	}
	restored := filepath.Join(t.TempDir(), "restored")
	if out, _, err = runCmd(t, "restore", "--db", restored, full, incr); err != nil {
		t.Fatalf("restore: %v", err)
	}
	orig, _, _ := runCmd(t, "export", "--db", db, "--format", "jsonl")
	back, _, _ := runCmd(t, "export", "--db", restored, "--format", "jsonl")
	if orig != back || !strings.Contains(back, "Merkel") {
		t.Errorf("restored store exports differently (or lacks the incremental's Merkel):\n%.300s\n---\n%.300s", orig, back)
	}
	if _, _, err := runCmd(t, "restore", "--db", restored, full); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("restore into a used store: %v; want a not-empty error", err)
	}
}

// versionFrom reads the --since value a backup printed.
func versionFrom(t *testing.T, out string) string {
	t.Helper()
	_, rest, ok := strings.Cut(out, "--since ")
	if !ok {
		t.Fatalf("backup output names no --since: %q", out)
	}
	return strings.Fields(rest)[0]
}

func TestAnalyzeExportBackupUsageErrors(t *testing.T) {
	db := t.TempDir()
	for _, args := range [][]string{
		{"analyze", "--db", db, "--since", "yesterday"},
		{"analyze", "--db", db, "extra"},
		{"analyze", "--db", db, "--metrics", "pagerank,closeness"},
		{"export", "--db", db},
		{"export", "--db", db, "--format", "parquet"},
		{"export", "--db", db, "--format", "csv", "--until", "2014-13-01"},
		{"backup", "--db", db},
		{"restore", "--db", db},
	} {
		_, _, err := runCmd(t, args...)
		var ec exitCoder
		if !errors.As(err, &ec) || ec.ExitCode() != 2 {
			t.Errorf("%q = %v; want a usage error (exit 2)", args, err)
		}
	}
}
