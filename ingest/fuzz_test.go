package ingest

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
)

func checkDoc(t *testing.T, d extract.Document) {
	t.Helper()
	if strings.TrimSpace(d.Text) == "" || !utf8.ValidString(d.Text) || strings.IndexByte(d.Text, 0) >= 0 {
		t.Errorf("accepted text %q", d.Text)
	}
	if d.ID == "" {
		t.Error("accepted document without id")
	}
	if d.Published != "" {
		if p, err := NormalizeDate(d.Published); err != nil || p != d.Published {
			t.Errorf("published %q is not YYYY-MM-DD", d.Published)
		}
	}
	if strings.Contains(d.Title, "\n") {
		t.Errorf("title %q spans lines", d.Title)
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","url":"u","published":"2014-03-30","text":"Kerry met Lavrov."}` + "\n" + `{"text":"x"}`))
	f.Add([]byte(`{"published":"2014-03-30T10:00:00+02:00","text":"a\u0000b"}`))
	f.Add([]byte("{\"text\":\"\xff\"}\n\n\r\n{broken"))
	f.Add([]byte(`{"text":null}` + "\n" + `[1]` + "\n" + `"s"`))
	f.Fuzz(func(t *testing.T, data []byte) {
		lastLine := 0
		r := &reader{ctx: context.Background(), max: 1 << 10, yield: func(it Item) bool {
			if it.Err == nil {
				checkDoc(t, it.Doc)
			}
			if it.Line != 0 && it.Line <= lastLine {
				t.Errorf("line %d after line %d", it.Line, lastLine)
			}
			lastLine = max(lastLine, it.Line)
			if it.Err != nil && strings.Contains(it.Err.Error(), "\n") {
				t.Errorf("error spans lines: %q", it.Err)
			}
			return true
		}}
		r.jsonl("fuzz.jsonl", strings.NewReader(string(data)))
	})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(`<html><head><title>T</title><meta property="article:published_time" content="2014-03-30T10:00:00Z"></head><body><p>Hello <b>world</b></p><script>x</script></body></html>`))
	f.Add([]byte(`<h1>A</h1><time datetime="bad">t</time><div><p>one<br>two</p></div><nav>n</nav>`))
	f.Add([]byte("<meta charset=\"windows-1252\"><p>Caf\xe9</p>"))
	f.Add([]byte(`<table><tr><td>a</td><td>b</td></tr></table><pre>  x  </pre><!-- c -->`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := parseHTML(data)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans lines: %q", err)
			}
			return
		}
		checkDoc(t, d)
		for _, p := range strings.Split(d.Text, "\n\n") {
			if p == "" || p != strings.TrimSpace(p) || strings.Contains(p, "\n") {
				t.Errorf("paragraph %q is not trimmed, single-line text", p)
			}
		}
	})
}
