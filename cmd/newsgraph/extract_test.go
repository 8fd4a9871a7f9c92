package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractJSONLEachDocument: a JSON Lines file is read as ingest reads it,
// one analysis per line with the line's id and date; a broken line is named
// on stderr and the others still come out.
func TestExtractJSONLEachDocument(t *testing.T) {
	in := filepath.Join(t.TempDir(), "news.jsonl")
	lines := []string{
		`{"id":"a1","published":"2014-03-30","text":"Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Paris on Sunday."}`,
		`not json`,
		`{"id":"a2","text":"Russia annexed Crimea on Tuesday."}`,
	}
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	err := runExtract(context.Background(), []string{"--date", "2014-03-20", in}, strings.NewReader(""), &out, &errb)
	if err == nil {
		t.Errorf("extract with a broken line succeeded; want an error")
	}
	if !strings.Contains(errb.String(), in+":2:") {
		t.Errorf("stderr %q does not name line 2 of %s", errb.String(), in)
	}
	type analysis struct {
		DocID  string `json:"doc_id"`
		Events []struct {
			Type string `json:"type"`
			Date string `json:"date"`
		} `json:"events"`
	}
	var got []analysis
	dec := json.NewDecoder(&out)
	for dec.More() {
		var a analysis
		if err := dec.Decode(&a); err != nil {
			t.Fatalf("decode output: %v", err)
		}
		got = append(got, a)
	}
	if len(got) != 2 || got[0].DocID != "a1" || got[1].DocID != "a2" {
		t.Fatalf("analyses %+v; want a1 and a2", got)
	}
	// a1 carries its own date (Sunday 2014-03-30); a2 has none and takes --date.
	if len(got[0].Events) == 0 || got[0].Events[0].Type != "MEET" || got[0].Events[0].Date != "2014-03-30" {
		t.Errorf("a1 events %+v; want the MEET on 2014-03-30", got[0].Events)
	}
	if len(got[1].Events) == 0 || got[1].Events[0].Date != "2014-03-18" {
		t.Errorf("a2 events %+v; want an event dated Tuesday 2014-03-18 (read against --date 2014-03-20)", got[1].Events)
	}
}

// TestExtractTrace: --trace writes how each document was read to stderr and
// leaves the JSON on stdout as it is without it.
func TestExtractTrace(t *testing.T) {
	text := "Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Paris on Sunday."
	var plain, out, errb bytes.Buffer
	if err := runExtract(context.Background(), []string{"--date", "2014-03-30", "-"}, strings.NewReader(text), &plain, &errb); err != nil {
		t.Fatal(err)
	}
	errb.Reset()
	if err := runExtract(context.Background(), []string{"--trace", "--date", "2014-03-30", "-"}, strings.NewReader(text), &out, &errb); err != nil {
		t.Fatal(err)
	}
	if out.String() != plain.String() {
		t.Errorf("--trace changed stdout:\n%s\nwant\n%s", out.String(), plain.String())
	}
	for _, w := range []string{"- s0: ", `raw MEET "met"`, `EVENT MEET "met" [John Kerry:PARTICIPANT Sergey Lavrov:PARTICIPANT] loc=Paris date=2014-03-30`} {
		if !strings.Contains(errb.String(), w) {
			t.Errorf("trace lacks %q:\n%s", w, errb.String())
		}
	}
}
