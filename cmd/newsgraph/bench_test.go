package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/sample"
)

// TestMain lets the test binary serve as the bench's client process, which
// the bench starts from its own executable (bench --load-client in the
// real binary).
func TestMain(m *testing.M) {
	if os.Getenv(loadClientEnv) == "1" {
		if err := runLoadClient(context.Background(), os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestBenchCommand runs the load generator briefly on the bundled sample
// news: the store is built with the real extractor, cached, reused on the
// second run, and every query kind answers without errors, with the clients
// in the bench's process (the default) and in a process of their own.
func TestBenchCommand(t *testing.T) {
	docs, err := sample.Documents()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "sample.jsonl")
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, d := range docs {
		if err := enc.Encode(map[string]string{"id": d.ID, "title": d.Title, "published": d.Published, "text": d.Text}); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(corpus, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"bench", "--bbc", corpus, "--reuters", "", "--cache", filepath.Join(dir, "cache"),
		"--clients", "4", "--duration", "150ms", "--rate", "400", "--repeat", "3"}
	for run := 0; run < 2; run++ {
		var out, errb bytes.Buffer
		if run == 1 {
			args = append(args, "--client", "process")
		}
		if err := run0(args, &out, &errb); err != nil {
			t.Fatalf("bench run %d: %v\n%s%s", run, err, out.String(), errb.String())
		}
		text := out.String()
		if client := []string{"raw", "process"}[run]; !strings.Contains(text, "4 clients ("+client+")") {
			t.Errorf("run %d: want the %s client named\n%s", run, client, text)
		}
		for _, kind := range []string{"floor", "search", "neighbourhood", "path"} {
			line := lineStarting(text, kind)
			if f := strings.Fields(line); len(f) < 4 || f[2] != "0" || f[1] == "0" {
				t.Errorf("run %d: %s line %q; want requests and no errors\n%s", run, kind, line, text)
			}
		}
		// The paced rows keep to their schedule: 400 requests/s for 150 ms
		// is 60 requests (plus one per client at the start), where back to
		// back the same clients send thousands.
		for _, kind := range []string{"search", "neighbourhood"} {
			line := lineStarting(text, kind+" at 400/s")
			f := strings.Fields(line)
			if len(f) < 6 || f[4] != "0" {
				t.Errorf("run %d: paced %s line %q; want requests and no errors\n%s", run, kind, line, text)
				continue
			}
			if n, err := strconv.Atoi(f[3]); err != nil || n < 30 || n > 64 {
				t.Errorf("run %d: paced %s sent %s requests; want about 60\n%s", run, kind, f[3], text)
			}
		}
		// Each paced row ran three times; the median run's row is shown.
		if n := strings.Count(text, "(the run with the median p99 of 3: "); n != 2 {
			t.Errorf("run %d: %d notes of the paced rows' three runs; want 2\n%s", run, n, text)
		}
		// The collector's view of the store's heap, after its rows.
		if line := lineStarting(text, "heap after a collection:"); !strings.Contains(line, " objects, of which ") || !strings.Contains(line, "ms of CPU") {
			t.Errorf("run %d: heap line %q; want live objects, scanned part and a collection's CPU\n%s", run, line, text)
		}
		if !strings.Contains(text, "== targets") || lineStarting(text, "growth") != "" {
			t.Errorf("run %d: want the targets and no growth (one store)\n%s", run, text)
		}
		if cached := strings.Contains(text, "using the store cached"); cached != (run == 1) {
			t.Errorf("run %d: used the cached store = %v\n%s", run, cached, text)
		}
	}
}

func run0(args []string, stdout, stderr *bytes.Buffer) error {
	return run(context.Background(), args, nil, stdout, stderr)
}

func lineStarting(text, prefix string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix+" ") {
			return l
		}
	}
	return ""
}

// TestSearchTermsFor: the bench's search workload mixes the ways people
// type a name: as written or in lower case, a prefix, a misspelling, without
// accents, the last word alone.
func TestSearchTermsFor(t *testing.T) {
	for _, tc := range []struct {
		name string
		i    int
		want []string
	}{
		{"Arsène Wenger", 0, []string{"Arsène Wenger", "arsè", "arsène wenget", "Arsene Wenger", "wenger"}},
		{"Arsène Wenger", 1, []string{"arsène wenger", "arsè", "arèsne wenger", "Arsene Wenger", "wenger"}},
		{"Tony Blair", 2, []string{"Tony Blair", "tony", "ton blair", "blair"}},
		{"BBC", 3, []string{"bbc"}},
		{"Gordon Brown", 4, []string{"Gordon Brown", "gord", "gordo nbrown", "brown"}},
	} {
		if got := searchTermsFor(tc.name, tc.i); !slices.Equal(got, tc.want) {
			t.Errorf("searchTermsFor(%q, %d) = %q; want %q", tc.name, tc.i, got, tc.want)
		}
	}
}

// TestMedianP99: the paced rows report the run with the median p99.
func TestMedianP99(t *testing.T) {
	ms := func(ps ...int) []benchResult {
		var out []benchResult
		for i, p := range ps {
			out = append(out, benchResult{n: i, p99: time.Duration(p) * time.Millisecond})
		}
		return out
	}
	for _, tc := range []struct {
		p99s []int
		want int // index of the run
	}{
		{[]int{5}, 0},
		{[]int{9, 2, 4}, 2},
		{[]int{3, 12, 1, 2}, 3}, // the lower middle of an even number
		{[]int{7, 7, 1}, 0},
	} {
		if got := medianP99(ms(tc.p99s...)); got.n != tc.want {
			t.Errorf("medianP99(%v) = run %d; want run %d", tc.p99s, got.n, tc.want)
		}
	}
}
