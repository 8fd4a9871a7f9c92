package store

import (
	"encoding/json"
	"reflect"
	"testing"
	"unsafe"
)

// TestPackEntity checks that packing keeps every string's value and puts
// them in one allocation.
func TestPackEntity(t *testing.T) {
	e := &Entity{
		ID: 7, Name: "Sergey Lavrov", Type: "PERSON", KB: "Q1", FirstSeen: "2005-01-02", LastSeen: "2005-03-04",
		Aliases: []Alias{{Text: "Lavrov", Count: 3}, {Text: "", Count: 1}, {Text: "Sergei Lavrov", Count: 2}},
		Roles:   []Role{{Title: "foreign minister", Org: "Russia", OrgID: 9, FirstSeen: "2005-01-02", LastSeen: "2005-01-03", Count: 2}},
	}
	want := *e
	want.Aliases = append([]Alias(nil), e.Aliases...)
	want.Roles = append([]Role(nil), e.Roles...)
	packEntity(e)
	if !reflect.DeepEqual(*e, want) {
		t.Fatalf("packed entity\n%+v\nwant\n%+v", *e, want)
	}
	base := uintptr(unsafe.Pointer(unsafe.StringData(e.Name)))
	last := uintptr(unsafe.Pointer(unsafe.StringData(e.Roles[0].LastSeen)))
	if n := len("Sergey LavrovPERSONQ12005-01-022005-03-04LavrovSergei Lavrovforeign ministerRussia2005-01-02"); last != base+uintptr(n) {
		t.Errorf("the last string is at offset %d from the first, want %d (one allocation, in order)", last-base, n)
	}
}

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
