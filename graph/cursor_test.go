package graph

import (
	"bytes"
	"testing"

	"github.com/newsgraph/newsgraph/graph/store"
)

func TestCursorRoundTrip(t *testing.T) {
	scope := scopeOf("entities", "putin", "PERSON")
	for _, c := range []cursor{
		{scope: scope},
		{scope: scope, skip: 3},
		{scope: scope, after: []byte{0, 1, 2, 0xff}},
		{scope: scope, skip: maxCursorSkip, after: []byte("k")},
	} {
		s := encodeCursor(c)
		got, err := decodeCursor(s, scope)
		if err != nil || got.scope != c.scope || got.skip != c.skip || !bytes.Equal(got.after, c.after) {
			t.Errorf("decodeCursor(encodeCursor(%+v)) = %+v, %v", c, got, err)
		}
		if _, err := decodeCursor(s, scopeOf("entities", "putin")); err == nil {
			t.Errorf("cursor %s accepted for another scope", s)
		}
	}
	// Scopes separate their parts: ("ab","c") and ("a","bc") differ.
	if scopeOf("ab", "c") == scopeOf("a", "bc") {
		t.Error("scopeOf does not separate its parts")
	}
}

func TestDecodeCursorRejects(t *testing.T) {
	scope := scopeOf("documents")
	tooFar := encodeCursor(cursor{scope: scope, skip: maxCursorSkip + 1})
	for _, s := range []string{"", "!!!", "AQ", "AgAAAAAA", tooFar, "AQAAAAD_"} {
		if c, err := decodeCursor(s, scope); err == nil {
			t.Errorf("decodeCursor(%q) = %+v; want an error", s, c)
		}
	}
}

func FuzzDecodeCursor(f *testing.F) {
	scope := scopeOf("documents")
	f.Add(encodeCursor(cursor{scope: scope, skip: 2, after: []byte("key")}))
	f.Add("")
	f.Add("AQAAAAAA")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := decodeCursor(s, scope)
		if err != nil {
			return
		}
		if c.skip < 0 || c.skip > maxCursorSkip {
			t.Fatalf("decodeCursor(%q) accepted skip %d", s, c.skip)
		}
		again, err := decodeCursor(encodeCursor(c), scope)
		if err != nil || again.skip != c.skip || !bytes.Equal(again.after, c.after) {
			t.Fatalf("re-encoding %q: %+v, %v; want %+v", s, again, err, c)
		}
	})
}

func TestParseID(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want uint64
		ok   bool
	}{
		{"e1", 1, true},
		{"e18446744073709551615", 1<<64 - 1, true},
		{"e18446744073709551616", 0, false},
		{"e0", 0, false},
		{"e01", 0, false},
		{"e", 0, false},
		{"", 0, false},
		{"e-1", 0, false},
		{"e+1", 0, false},
		{"e1 ", 0, false},
		{"E1", 0, false},
		{"d1", 0, false}, // a document id where an entity id is wanted
	} {
		got, err := parseID(tc.in, store.KindEntity)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("parseID(%q) = %d, %v; want %d, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func FuzzParseID(f *testing.F) {
	f.Add("e42")
	f.Add("q0")
	f.Add("v18446744073709551615")
	f.Fuzz(func(t *testing.T, s string) {
		k, n, err := parseAnyID(s)
		if err != nil {
			return
		}
		// Only canonical ids parse, so formatting gives back the input.
		if got := formatID(k, n); got != s {
			t.Fatalf("parseAnyID(%q) = %c %d, which formats as %q", s, k, n, got)
		}
	})
}

func TestExpandDate(t *testing.T) {
	for _, tc := range []struct {
		in         string
		start, end string
	}{
		{"2024-03-04", "2024-03-04", "2024-03-04"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2023-12", "2023-12-01", "2023-12-31"},
		{"2024", "2024-01-01", "2024-12-31"},
	} {
		s, err1 := expandDate(tc.in, false)
		e, err2 := expandDate(tc.in, true)
		if s != tc.start || e != tc.end || err1 != nil || err2 != nil {
			t.Errorf("expandDate(%q) = %q..%q (%v, %v); want %q..%q", tc.in, s, e, err1, err2, tc.start, tc.end)
		}
	}
	for _, bad := range []string{"March", "2024-13", "2024-02-30", "24-01-01"} {
		if got, err := expandDate(bad, false); err == nil {
			t.Errorf("expandDate(%q) = %q; want an error", bad, got)
		}
	}
}
