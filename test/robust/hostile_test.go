package robust

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// maxRSS is the memory bound the issue sets for the 100 MB inputs.
const maxRSS = 2 << 30

// TestHostileCorpus ingests every committed hostile input in one run: each is
// either stored or named on stderr with a reason, nothing panics, and the
// exit status says some inputs failed.
func TestHostileCorpus(t *testing.T) {
	dir := repoFile(t, "testdata/hostile")
	db := filepath.Join(t.TempDir(), "db")
	// Files of unknown type are skipped inside a folder, so the PDF is also named.
	pdf := filepath.Join(dir, "unknown.pdf")
	r := runBinary(t, 5*time.Minute, nil, "ingest", "--quiet", "--db", db, dir, pdf)
	if r.exit != 1 {
		t.Fatalf("exit %d; want 1 (some inputs failed)\nstderr: %s", r.exit, tail(r.stderr))
	}
	if strings.Contains(r.stderr, "panic") {
		t.Fatalf("a panic was reported:\n%s", r.stderr)
	}
	// Each failing input with the reason it must be given.
	wantErrors := map[string]string{
		"binary.txt":           "binary file",
		"empty.txt":            "empty file",
		"whitespace.txt":       "only white space",
		"nul.txt":              "NUL bytes",
		"invalid-utf8.txt":     "invalid UTF-8 at byte 19",
		"truncated-utf8.txt":   "invalid UTF-8 at byte 135",
		"invalid-utf8.jsonl:1": "invalid UTF-8",
		"nested.html":          "open stack of elements exceeds 512",
		"nested-inline.html":   "open stack of elements exceeds 512",
		"only-script.html":     "no readable text",
		"unknown.pdf":          "unsupported file type",
		"huge-id.jsonl:1":      "longer than 255",
		"dup-ids.jsonl:3":      "already stored with different text",
		"wrong-types.jsonl:1":  "cannot unmarshal number",
		"wrong-types.jsonl:2":  "cannot unmarshal object",
		"wrong-types.jsonl:3":  "cannot unmarshal array",
		"wrong-types.jsonl:4":  "cannot unmarshal string",
		"wrong-types.jsonl:5":  `missing "text"`,
		"wrong-types.jsonl:6":  `missing "text"`,
		"wrong-types.jsonl:8":  `invalid published date "yesterday"`,
		"wrong-types.jsonl:9":  "invalid JSON",
		"wrong-types.jsonl:10": `missing "text"`,
		"wrong-types.jsonl:11": "cannot unmarshal number",
		"wrong-types.jsonl:12": "NUL bytes",
		"wrong-types.jsonl:14": "empty text",
		"wrong-types.jsonl:15": "exceeded max depth",
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	got := map[string]string{}
	for _, l := range lines {
		rest, ok := strings.CutPrefix(l, "ingest: ")
		if !ok {
			continue
		}
		where, msg, ok := strings.Cut(rest, ": ")
		if !ok {
			t.Errorf("error line without a reason: %q", l)
			continue
		}
		got[filepath.Base(where)] = msg
	}
	for input, want := range wantErrors {
		msg, ok := got[input]
		switch {
		case !ok:
			t.Errorf("%s: no error reported; want one containing %q", input, want)
		case !strings.Contains(msg, want):
			t.Errorf("%s: error %q; want it to contain %q", input, msg, want)
		}
	}
	for input, msg := range got {
		if _, ok := wantErrors[input]; !ok {
			t.Errorf("%s: unexpected error %q (it should be handled)", input, msg)
		}
	}
	// bom-crlf, combining, control-chars, emoji, longword, rtl, malformed.html;
	// huge-id 3 of 4; dup-ids the first "dup" and the first id-less text; wrong-types 7, 13, 16.
	const wantDocs, wantSkipped = 15, 2
	if want := fmt.Sprintf("ingested %d documents (%d skipped, %d failed)", wantDocs, wantSkipped, len(wantErrors)); !strings.Contains(r.stdout, want) {
		t.Errorf("summary %q; want %q", strings.TrimSpace(r.stdout), want)
	}
	st := openStore(t, db)
	s, err := st.Stats(t.Context())
	st.Close()
	if err != nil || s.Documents != wantDocs {
		t.Fatalf("store holds %d documents (%v); want %d", s.Documents, err, wantDocs)
	}
	// Idempotent even for the odd ones: a second run stores nothing new.
	r2 := runBinary(t, 5*time.Minute, nil, "ingest", "--quiet", "--db", db, dir, pdf)
	if want := fmt.Sprintf("ingested 0 documents (%d skipped, %d failed)", wantDocs+wantSkipped, len(wantErrors)); !strings.Contains(r2.stdout, want) {
		t.Errorf("second run: %q; want %q", strings.TrimSpace(r2.stdout), want)
	}
	t.Logf("%d hostile inputs (files and JSONL lines): %d stored, %d skipped as duplicates, %d refused with a reason; peak RSS %d MiB",
		wantDocs+wantSkipped+len(wantErrors), wantDocs, wantSkipped, len(wantErrors), r.hwmKB>>10)
}

// writeGiant writes a file of one line: head, n filler bytes, tail.
func writeGiant(t *testing.T, path, head string, n int, filler, tail string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString(head)
	chunk := strings.Repeat(filler, (64<<10)/len(filler)+1)[:64<<10]
	for written := 0; written < n; written += len(chunk) {
		w.WriteString(chunk[:min(len(chunk), n-written)])
	}
	w.WriteString(tail)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestHostileGiants feeds 100 MB single-line inputs (as JSONL, as text, on
// stdin) and many tiny documents, measuring the peak RSS of the process.
func TestHostileGiants(t *testing.T) {
	dir := t.TempDir()
	const size = 100 << 20
	filler := "John Kerry met Sergei Lavrov in Geneva on Monday and said the talks were useful "
	jsonl := filepath.Join(dir, "single-line.jsonl")
	writeGiant(t, jsonl, `{"id":"giant","text":"`, size, filler, `"}`+"\n"+`{"id":"after","text":"Ban Ki-moon arrived in Geneva on Tuesday."}`+"\n")
	txt := filepath.Join(dir, "single-line.txt")
	writeGiant(t, txt, "", size, filler, "")

	cases := []struct {
		name  string
		args  []string
		stdin string
		want  string // in stderr
		docs  string // in stdout
	}{
		{"100 MB JSONL line", []string{jsonl}, "", "line too long", "ingested 1 documents (0 skipped, 1 failed)"},
		{"100 MB text file", []string{txt}, "", "document too large: 100 MiB", "ingested 0 documents (0 skipped, 1 failed)"},
		{"100 MB on stdin", []string{"-"}, txt, "document too large", "ingested 0 documents (0 skipped, 1 failed)"},
		{"100 MB JSONL on stdin", []string{"-"}, jsonl, "line too long", "ingested 1 documents (0 skipped, 1 failed)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"ingest", "--quiet", "--db", filepath.Join(t.TempDir(), "db")}, c.args...)
			var r result
			if c.stdin != "" {
				r = runBinaryStdin(t, c.stdin, args...)
			} else {
				r = runBinary(t, 5*time.Minute, nil, args...)
			}
			if r.exit != 1 || !strings.Contains(r.stderr, c.want) || !strings.Contains(r.stdout, c.docs) || strings.Contains(r.stderr, "panic") {
				t.Fatalf("exit %d, stdout %q, stderr %q; want exit 1, %q and %q", r.exit, r.stdout, tail(r.stderr), c.docs, c.want)
			}
			if r.maxRSSKB<<10 > maxRSS {
				t.Fatalf("peak RSS %d MiB; want under %d MiB", r.maxRSSKB>>10, maxRSS>>20)
			}
			t.Logf("%s: refused in %s, peak RSS %d MiB (VmHWM; getrusage bound %d MiB)", c.name, r.elapsed.Round(time.Millisecond), r.hwmKB>>10, r.maxRSSKB>>10)
		})
	}

	t.Run("tiny documents", func(t *testing.T) {
		n := 20_000
		if *long {
			n = 1_000_000
		}
		path := filepath.Join(t.TempDir(), "tiny.jsonl")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(f)
		for i := range n {
			fmt.Fprintf(w, `{"id":"t%d","text":"Paris %d."}`+"\n", i, i)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		f.Close()
		r := runBinary(t, 30*time.Minute, nil, "ingest", "--quiet", "--db", filepath.Join(t.TempDir(), "db"), path)
		if want := fmt.Sprintf("ingested %s documents (0 skipped, 0 failed)", commas(n)); r.exit != 0 || !strings.Contains(r.stdout, want) {
			t.Fatalf("exit %d, stdout %q; want %q\n%s", r.exit, r.stdout, want, tail(r.stderr))
		}
		if r.maxRSSKB<<10 > maxRSS {
			t.Fatalf("peak RSS %d MiB; want under %d MiB", r.maxRSSKB>>10, maxRSS>>20)
		}
		t.Logf("%d tiny documents: %s (%.0f docs/s), peak RSS %d MiB (VmHWM; getrusage bound %d MiB)", n, r.elapsed.Round(time.Millisecond), float64(n)/r.elapsed.Seconds(), r.hwmKB>>10, r.maxRSSKB>>10)
	})
}

func commas(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// runBinaryStdin is runBinary with a file on stdin.
func runBinaryStdin(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	f, err := os.Open(stdin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return runBinaryIn(t, 5*time.Minute, f, args...)
}

// TestBigDocument ingests the whole bundled sample as one 0.3 MB document,
// well under the 10 MiB limit, and bounds the time it may take. Long form only:
// today it fails (about 40 s on 2 cores): entity clustering in
// extract/pipeline compares every mention with every other (O(mentions²)), so
// a document under the size limit can hold ingest, or an ingestDocument
// mutation, for hours.
func TestBigDocument(t *testing.T) {
	if !*long {
		t.Skip("long form only (-long or NEWSGRAPH_LONG=1): it documents a known quadratic slowdown")
	}
	var b strings.Builder
	for _, d := range readCorpus(t, repoFile(t, "sample/voa.jsonl")) {
		b.WriteString(d.Text)
		b.WriteString("\n\n")
	}
	path := filepath.Join(t.TempDir(), "one.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runBinary(t, 30*time.Minute, nil, "ingest", "--quiet", "--db", filepath.Join(t.TempDir(), "db"), path)
	if r.exit != 0 {
		t.Fatalf("exit %d\n%s", r.exit, tail(r.stderr))
	}
	t.Logf("%.1f MB as one document: %s, peak RSS %d MiB", float64(b.Len())/1e6, r.elapsed.Round(time.Millisecond), r.hwmKB>>10)
	if r.elapsed > 20*time.Second {
		t.Errorf("one %.1f MB document took %s; want under 20s (0.35 MB of separate documents takes about 1s)", float64(b.Len())/1e6, r.elapsed.Round(time.Second))
	}
}
