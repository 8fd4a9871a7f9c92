package ingest

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func readAll(t *testing.T, paths []string, opts ReadOptions) (docs []Item, errs []string) {
	t.Helper()
	for it := range Read(context.Background(), paths, opts) {
		if it.Err != nil {
			errs = append(errs, it.Err.Error())
			continue
		}
		if it.Doc.Text == "" {
			t.Errorf("item from %s:%d has neither text nor error", it.Input, it.Line)
		}
		docs = append(docs, it)
	}
	return docs, errs
}

// TestBadInputs puts each kind of bad input in a batch between two good files:
// it must give exactly one error line naming it and its reason, and both good
// files must still be read.
func TestBadInputs(t *testing.T) {
	cases := []struct {
		name   string
		file   string
		data   []byte
		max    int64
		reason string
	}{
		{"empty", "empty.txt", nil, 0, "empty file"},
		{"blank", "blank.txt", []byte(" \n\t\n"), 0, "empty file"},
		{"nul bytes", "nul.txt", []byte("PK\x03\x04\x00\x00binary"), 0, "binary file"},
		{"mostly control", "ctl.txt", []byte(strings.Repeat("\x01\x02\x03\x1b", 50) + "text"), 0, "binary file"},
		{"invalid utf-8", "latin1.txt", []byte("Caf\xe9 au lait in M\xfcnchen, a long enough line of ordinary text."), 0, "invalid UTF-8 at byte 3"},
		{"too large", "big.txt", []byte(strings.Repeat("News. ", 200)), 1000, "document too large"},
		{"empty html", "empty.html", nil, 0, "empty file"},
		{"html without text", "nav.html", []byte("<html><body><nav>Home | About</nav><script>x()</script></body></html>"), 0, "no readable text"},
		{"empty jsonl", "empty.jsonl", nil, 0, "empty file"},
		{"unknown type", "notes.pdf", []byte("%PDF-1.4"), 0, "unsupported file type"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			good1 := write(t, dir, "a.txt", []byte("First story\n\nParis is in France."))
			bad := write(t, dir, c.file, c.data)
			good2 := write(t, dir, "z.txt", []byte("Second story\n\nKiev is in Ukraine."))
			docs, errs := readAll(t, []string{good1, bad, good2}, ReadOptions{MaxDocBytes: c.max})
			if len(errs) != 1 {
				t.Fatalf("errors = %q; want exactly one", errs)
			}
			want := "ingest: " + bad + ": "
			if !strings.HasPrefix(errs[0], want) || !strings.Contains(errs[0], c.reason) || strings.Contains(errs[0], "\n") {
				t.Errorf("error = %q; want one line starting %q with %q", errs[0], want, c.reason)
			}
			if len(docs) != 2 || docs[0].Input != good1 || docs[1].Input != good2 {
				t.Errorf("good documents read = %v; want %s and %s", inputs(docs), good1, good2)
			}
		})
	}
}

func inputs(items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Input)
	}
	return out
}

func TestUnreadablePaths(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", []byte("Title\n\nBody text."))
	missing := filepath.Join(dir, "missing.txt")
	notDir := filepath.Join(good, "x.txt")
	docs, errs := readAll(t, []string{missing, good, notDir}, ReadOptions{})
	if len(docs) != 1 {
		t.Errorf("read %d documents; want 1", len(docs))
	}
	if len(errs) != 2 || !strings.Contains(errs[0], missing+": no such file") || !strings.Contains(errs[1], notDir+": ") {
		t.Errorf("errors = %q; want missing file and not-a-directory, each named", errs)
	}

	if os.Geteuid() == 0 {
		t.Log("running as root: permission checks do not apply, skipping the permission case")
		return
	}
	locked := write(t, dir, "locked.txt", []byte("Secret\n\ntext"))
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	lockedDir := filepath.Join(dir, "lockeddir")
	write(t, lockedDir, "inner.txt", []byte("Inner\n\ntext"))
	if err := os.Chmod(lockedDir, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(lockedDir, 0o755) })
	_, errs = readAll(t, []string{locked, good, dir}, ReadOptions{})
	var denied int
	for _, e := range errs {
		if strings.Contains(e, "permission denied") {
			denied++
		}
	}
	// locked.txt named on its own and again under dir, plus lockeddir.
	if denied != 3 {
		t.Errorf("errors = %q; want 3 permission denied lines", errs)
	}
}

func TestTextDocument(t *testing.T) {
	dir := t.TempDir()
	text := "\uFEFF\n\n  Kerry:   'Ukrainians will decide'  \n\nSecretary of State John Kerry said."
	p := write(t, dir, "seed.txt", []byte(text))
	docs, errs := readAll(t, []string{p}, ReadOptions{})
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("docs, errs = %v, %q", docs, errs)
	}
	d := docs[0].Doc
	if d.Title != "Kerry: 'Ukrainians will decide'" {
		t.Errorf("title = %q", d.Title)
	}
	if strings.HasPrefix(d.Text, "\uFEFF") || d.Text != text[3:] {
		t.Errorf("text = %q; want the file without its byte-order mark", d.Text)
	}
	if d.ID != ContentID(d.Text) || !strings.HasPrefix(d.ID, "sha256:") || len(d.ID) != 7+64 {
		t.Errorf("id = %q; want sha256:<hex of text>", d.ID)
	}
	if docs[0].Bytes != int64(len(text)) {
		t.Errorf("bytes = %d; want %d", docs[0].Bytes, len(text))
	}
}

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{"id":"a1","title":"One","url":"http://x/1","published":"2014-03-30","text":"Kerry met Lavrov."}`,
		``,
		`{"id":"a2","title":"Two","published":"2014-03-28T21:30:00-04:00","text":"Obama called Putin."}`,
		`{"id":"a3", "text": "broken`,
		`{"id":"a4","title":"no text"}`,
		`{"id":"a5","text":""}`,
		`{"id":"a6","published":"March 30","text":"Bad date."}`,
		`["not","an","object"]`,
		"{\"id\":\"a8\",\"text\":\"Caf\xe9\"}",
		`{"text":"No id or title.\nSecond line."}`,
		`{"id":"a10","text":"` + strings.Repeat("x", 2000) + `"}`,
		`{"id":"a11","source":"VOA","text":"Last one."}` + "\r",
	}
	p := write(t, dir, "x.jsonl", []byte(strings.Join(lines, "\n")))
	docs, errs := readAll(t, []string{p}, ReadOptions{MaxDocBytes: 1000})
	wantErrs := []string{
		p + ":4: invalid JSON",
		p + `:5: missing "text" field`,
		p + `:6: missing "text" field`,
		p + `:7: invalid published date "March 30"`,
		p + ":8: invalid record",
		p + ":9: invalid UTF-8",
		p + ":11: document too large",
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %q; want %d", errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		if !strings.HasPrefix(errs[i], "ingest: "+w) {
			t.Errorf("error %d = %q; want prefix %q", i, errs[i], "ingest: "+w)
		}
	}
	var ids, dates, lns []string
	for _, d := range docs {
		ids = append(ids, d.Doc.ID)
		dates = append(dates, d.Doc.Published)
		lns = append(lns, strconv.Itoa(d.Line))
	}
	wantIDs := []string{"a1", "a2", ContentID("No id or title.\nSecond line."), "a11"}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("ids = %q; want %q", ids, wantIDs)
	}
	if !slices.Equal(dates, []string{"2014-03-30", "2014-03-28", "", ""}) {
		t.Errorf("published = %q; want dates as written, YYYY-MM-DD", dates)
	}
	if !slices.Equal(lns, []string{"1", "3", "10", "12"}) {
		t.Errorf("lines = %q", lns)
	}
	if docs[2].Doc.Title != "No id or title." || docs[3].Doc.Source != "VOA" || docs[0].Doc.URL != "http://x/1" {
		t.Errorf("fields: %+v", docs)
	}
}

func TestJSONLLongLine(t *testing.T) {
	dir := t.TempDir()
	long := `{"id":"big","text":"` + strings.Repeat("y", 300<<10) + `"}`
	p := write(t, dir, "long.jsonl", []byte(long+"\n"+`{"id":"after","text":"Still read."}`+"\n"))
	docs, errs := readAll(t, []string{p}, ReadOptions{MaxDocBytes: 100 << 10})
	if len(errs) != 1 || !strings.HasPrefix(errs[0], "ingest: "+p+":1: line too long") {
		t.Errorf("errors = %q; want line 1 too long", errs)
	}
	if len(docs) != 1 || docs[0].Doc.ID != "after" || docs[0].Line != 2 {
		t.Errorf("docs = %+v; want the line after the long one", docs)
	}
}

func TestHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head>
<title>Kerry meets Lavrov in Paris</title>
<meta property="article:published_time" content="2014-03-30T18:05:00Z">
<meta property="og:site_name" content="The Hill">
<link rel="canonical" href="https://example.com/kerry">
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script>
</head><body>
<header><h1>Site banner</h1><nav><a href="/">Home</a> | <a>World</a></nav></header>
<article>
<h2>Kerry and Lavrov talk</h2>
<p>Secretary of State <b>John Kerry</b> met
   Russian Foreign Minister Sergey Lavrov.</p>
<p>They met in <a href="/paris">Paris</a> on Sunday.<br>Talks went on.</p>
<aside>Related: other stories</aside>
<ul><li>First point</li><li>Second point</li></ul>
<time datetime="2001-01-01">old</time>
</article>
<footer>Copyright 2014</footer>
</body></html>`
	d, err := parseHTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "Kerry and Lavrov talk\n\nSecretary of State John Kerry met Russian Foreign Minister Sergey Lavrov.\n\nThey met in Paris on Sunday. Talks went on.\n\nFirst point\n\nSecond point\n\nold"
	if d.Text != want {
		t.Errorf("text =\n%q\nwant\n%q", d.Text, want)
	}
	if d.Title != "Kerry meets Lavrov in Paris" || d.Published != "2014-03-30" || d.Source != "The Hill" || d.URL != "https://example.com/kerry" {
		t.Errorf("metadata = %q %q %q %q", d.Title, d.Published, d.Source, d.URL)
	}

	// No <title>: the first <h1>; no meta date: the first <time datetime>.
	d, err = parseHTML([]byte(`<body><h1>Headline here</h1><time datetime="2014-03-28T10:00:00+02:00">Fri</time><p>Obama called Putin.</p></body>`))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Headline here" || d.Published != "2014-03-28" || d.Text != "Headline here\n\nFri\n\nObama called Putin." {
		t.Errorf("fallbacks: title %q published %q text %q", d.Title, d.Published, d.Text)
	}

	// A page declared in windows-1252 is decoded, not rejected.
	d, err = parseHTML([]byte("<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title></head><body><p>Caf\xe9 in M\xfcnchen.</p></body></html>"))
	if err != nil || d.Text != "Café in München." || d.Title != "Café" {
		t.Errorf("windows-1252 page: %q %q %v", d.Title, d.Text, err)
	}
}

func TestDirectoryRecursion(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b/2.txt", []byte("B two\n\ntext"))
	write(t, dir, "b/1.HTM", []byte("<p>B one</p>"))
	write(t, dir, "a.jsonl", []byte(`{"id":"j1","text":"J one"}`+"\n"+`{"id":"j2","text":"J two"}`))
	write(t, dir, "c/d/deep.html", []byte("<title>Deep</title><p>deep text</p>"))
	write(t, dir, "c/readme.md", []byte("# not news"))
	write(t, dir, "c/image.png", []byte("\x89PNG\x00\x00"))
	write(t, dir, ".git/x.txt", []byte("hidden"))
	write(t, dir, ".hidden.txt", []byte("hidden"))
	docs, errs := readAll(t, []string{dir}, ReadOptions{})
	if len(errs) != 0 {
		t.Errorf("errors = %q", errs)
	}
	var got []string
	for _, d := range docs {
		rel, _ := filepath.Rel(dir, d.Input)
		got = append(got, rel+"="+d.Doc.Title)
	}
	want := []string{"a.jsonl=J one", "a.jsonl=J two", "b/1.HTM=B one", "b/2.txt=B two", "c/d/deep.html=Deep"}
	if !slices.Equal(got, want) {
		t.Errorf("read %q; want %q (sorted, recursive, known types only, no dot-files)", got, want)
	}
}

func TestStdin(t *testing.T) {
	cases := []struct {
		name, in string
		max      int64
		ids      []string
		errs     int
	}{
		{"jsonl", "{\"id\":\"s1\",\"text\":\"One.\"}\n\n{\"id\":\"s2\",\"text\":\"Two.\"}\n", 0, []string{"s1", "s2"}, 0},
		{"text", "Headline\n{not json}\nBody.", 0, []string{ContentID("Headline\n{not json}\nBody.")}, 0},
		{"jsonl longer than one document", strings.Repeat("{\"id\":\"r\",\"text\":\"Repeated.\"}\n", 100), 200, slices.Repeat([]string{"r"}, 100), 0},
		{"text too large", strings.Repeat("word ", 100), 200, nil, 1},
		// No line ends within the first document's worth: the first line decides.
		{"jsonl whose first line is too long", "{\"id\":\"big\",\"text\":\"" + strings.Repeat("x", 70000) + "\"}\n{\"id\":\"s2\",\"text\":\"Two.\"}\n", 200, []string{"s2"}, 1},
		{"empty", "", 0, nil, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			docs, errs := readAll(t, []string{"-"}, ReadOptions{Stdin: strings.NewReader(c.in), MaxDocBytes: c.max})
			var ids []string
			for _, d := range docs {
				ids = append(ids, d.Doc.ID)
				if d.Input != StdinName {
					t.Errorf("input = %q; want %q", d.Input, StdinName)
				}
			}
			if !slices.Equal(ids, c.ids) || len(errs) != c.errs {
				t.Errorf("ids %q, errors %q; want %q and %d errors", ids, errs, c.ids, c.errs)
			}
			for _, e := range errs {
				if !strings.HasPrefix(e, "ingest: stdin:") {
					t.Errorf("error %q does not name stdin", e)
				}
			}
		})
	}
}

func TestNormalizeDate(t *testing.T) {
	for in, want := range map[string]string{
		"2014-03-30":                "2014-03-30",
		"2014-03-30T23:30:00-04:00": "2014-03-30",
		"2014-03-30T23:30:00Z":      "2014-03-30",
		"2014-03-30T23:30:00.123Z":  "2014-03-30",
		"2014-03-30 10:00:00":       "2014-03-30",
		" 2014-03-30 ":              "2014-03-30",
	} {
		if got, err := NormalizeDate(in); got != want || err != nil {
			t.Errorf("NormalizeDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"30/03/2014", "2014-13-01", "yesterday", "2014-03"} {
		if got, err := NormalizeDate(bad); err == nil {
			t.Errorf("NormalizeDate(%q) = %q; want an error", bad, got)
		}
	}
}
