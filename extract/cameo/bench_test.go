package cameo

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// splitWords is a rough tokenizer for tests: words and single punctuation marks.
func splitWords(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'':
			if start < 0 {
				start = i
			}
		default:
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			if !unicode.IsSpace(r) {
				out = append(out, string(r))
			}
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// sentences splits lower-cased words at sentence-final punctuation.
func sentences(text string) [][]string {
	var out [][]string
	var cur []string
	for _, w := range splitWords(strings.ToLower(text)) {
		cur = append(cur, w)
		if w == "." || w == "!" || w == "?" {
			out = append(out, cur)
			cur = nil
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// benchText is news text from the shared data when present (Reuters, read
// only at test time), else a built-in paragraph.
func benchText(_ testing.TB, limit int) string {
	dir := os.Getenv("NEWSGRAPH_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data")
	}
	f, err := os.Open(filepath.Join(dir, "news", "reuters21578.jsonl"))
	if err != nil {
		return strings.Repeat("Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov discussed ways to deescalate the crisis in Ukraine during a meeting on Sunday, Kerry said. The meeting between the two diplomats followed a call between President Obama and Russian President Vladimir Putin on Friday. Police arrested two men after rebels attacked a convoy and protesters rallied in the capital. ", 200)
	}
	defer f.Close()
	var sb strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() && sb.Len() < limit {
		var doc struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &doc) == nil {
			sb.WriteString(doc.Text)
			sb.WriteString("\n")
		}
	}
	return sb.String()
}

// BenchmarkMatch calls Match on every token of news text, as the event
// extractor does, and reports text throughput.
func BenchmarkMatch(b *testing.B) {
	l := lex(b)
	text := benchText(b, 2<<20)
	sents := sentences(text)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	hits := 0
	for b.Loop() {
		hits = 0
		for _, s := range sents {
			for i := range s {
				if _, ok := l.Match(s, i); ok {
					hits++
				}
			}
		}
	}
	b.ReportMetric(float64(hits), "triggers")
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
