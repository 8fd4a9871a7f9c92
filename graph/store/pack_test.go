package store

import (
	"encoding/json"
	"testing"
)

// TestAppendEvidence compares the hand-written encoder with encoding/json,
// whose bytes every stored evidence value had so far, on texts that take
// the fast path and on texts that need escaping.
func TestAppendEvidence(t *testing.T) {
	texts := []string{"", "Kerry", "“Curly” quotes and é", "a\"b", `back\slash`, "<b>&amp;</b>",
		"tab\there", "new\nline", "\x00\x1f", "bad \xff utf-8", "line\u2028sep\u2029", "emoji 😀", "\x7f"}
	evs := []Evidence{{}, {DocID: 1<<64 - 1, Sentence: -1, Start: 1 << 40, End: -1 << 40}}
	for _, text := range texts {
		evs = append(evs, Evidence{DocID: 12, Sentence: 3, Start: 45, End: 50, Text: text})
	}
	for _, ev := range evs {
		want, err := json.Marshal(ev)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendEvidence([]byte("prefix"), ev); string(got) != "prefix"+string(want) {
			t.Errorf("appendEvidence(%+v) = %s, want %s", ev, got[6:], want)
		}
	}
}

// FuzzAppendJSONString holds appendJSONString to encoding/json on any string.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "Kerry", "é\u2028", "\xff", "<&>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}
