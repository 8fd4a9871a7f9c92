package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseInterspersed(t *testing.T) {
	for _, c := range []struct {
		args, paths []string
		date        string
	}{
		{[]string{"--date", "2014-03-30", "a", "b"}, []string{"a", "b"}, "2014-03-30"},
		{[]string{"a", "--date", "2014-03-30", "b"}, []string{"a", "b"}, "2014-03-30"},
		{[]string{"a", "-", "b", "--date=2014-03-30"}, []string{"a", "-", "b"}, "2014-03-30"},
		{[]string{"a", "--", "--date", "b"}, []string{"a", "--date", "b"}, ""},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		date := fs.String("date", "", "")
		paths, err := parseInterspersed(fs, c.args)
		if err != nil || !slices.Equal(paths, c.paths) || *date != c.date {
			t.Errorf("parseInterspersed(%q) = %q, date %q, %v; want %q, date %q", c.args, paths, *date, err, c.paths, c.date)
		}
	}
}

func TestIngestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"--date", "30/03/2014", "x.txt"},
		{"--workers", "0", "x.txt"},
		{"--max-doc-bytes", "lots", "x.txt"},
		{"--no-such-flag", "x.txt"},
	} {
		var out, errb bytes.Buffer
		err := runIngest(context.Background(), append([]string{"--db", t.TempDir()}, args...), &out, &errb)
		var ec exitCoder
		if !errors.As(err, &ec) || ec.ExitCode() != 2 {
			t.Errorf("ingest %q = %v; want a usage error (exit 2)", args, err)
		}
	}
}

// TestIngestCommand runs the real command over good and bad inputs: the bad ones
// are named on stderr, the good ones stored, the exit status is 1, and a second
// run changes nothing.
func TestIngestCommand(t *testing.T) {
	dir := t.TempDir()
	put := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	put("a.txt", "Kerry meets Lavrov\n\nSecretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Paris on Sunday.")
	put("b.jsonl", `{"id":"b1","text":"President Barack Obama called Russian President Vladimir Putin on Friday."}`+"\n"+`{"id":"b2",`+"\n")
	put("c.txt", "")
	db := t.TempDir()
	var out, errb bytes.Buffer
	err := runIngest(context.Background(), []string{"--db", db, dir, "--date", "2014-03-30", "--quiet"}, &out, &errb)
	var ec exitCoder
	if !errors.As(err, &ec) || ec.ExitCode() != 1 {
		t.Fatalf("ingest = %v; want exit status 1 for the failed inputs\nstderr: %s", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(errb.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "b.jsonl:2: invalid JSON") || !strings.Contains(lines[1], "c.txt: empty file") {
		t.Errorf("stderr = %q; want one line for b.jsonl:2 and one for c.txt", lines)
	}
	if !strings.HasPrefix(out.String(), "ingested 2 documents (0 skipped, 2 failed): ") {
		t.Errorf("summary = %q", out.String())
	}

	out.Reset()
	errb.Reset()
	runIngest(context.Background(), []string{"--db", db, "--quiet", "--date", "2014-03-30", filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.jsonl")}, &out, &errb)
	if !strings.HasPrefix(out.String(), "ingested 0 documents (2 skipped, 1 failed): 0 new entities; 0 relations, 0 events, 0 quotes extracted") {
		t.Errorf("second run summary = %q; want everything skipped", out.String())
	}
}
