package store

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"
)

// packStrings copies the strings *ps point to into one allocation and points
// each at its part. The read cache holds tens of thousands of decoded records
// for the life of a server; as JSON decodes them every name, alias, date and
// type is an object of its own, and the garbage collector marks each one in
// every cycle. Packed, a record costs it a handful of objects, which shortens
// the mark phases that set a busy server's tail latency.
func packStrings(ps []*string) {
	n := 0
	for _, p := range ps {
		n += len(*p)
	}
	if n == 0 {
		return
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range ps {
		b.WriteString(*p)
	}
	all, off := b.String(), 0
	for _, p := range ps {
		l := len(*p)
		*p = all[off : off+l]
		off += l
	}
}

// packRelation packs r's strings and its evidence's (see packStrings).
func packRelation(r *Relation) {
	ps := []*string{&r.Type, &r.FirstSeen, &r.LastSeen}
	for i := range r.Evidence {
		ps = append(ps, &r.Evidence[i].Text)
	}
	packStrings(ps)
}

// packEvidence packs the texts of ev (see packStrings).
func packEvidence(ev []Evidence) {
	ps := make([]*string, len(ev))
	for i := range ev {
		ps[i] = &ev[i].Text
	}
	packStrings(ps)
}

// packEdges packs the relation types of edges (see packStrings).
func packEdges(edges []adjEdge) {
	ps := make([]*string, len(edges))
	for i := range edges {
		ps[i] = &edges[i].typ
	}
	packStrings(ps)
}

// appendEvidence appends ev encoded exactly as encoding/json encodes it (the
// field names, in order, and its string escaping), without reflection: ingest
// encodes one per mention, relation and event report, tens of thousands per
// batch.
func appendEvidence(b []byte, ev Evidence) []byte {
	b = append(b, `{"DocID":`...)
	b = strconv.AppendUint(b, ev.DocID, 10)
	b = append(b, `,"Sentence":`...)
	b = strconv.AppendInt(b, int64(ev.Sentence), 10)
	b = append(b, `,"Start":`...)
	b = strconv.AppendInt(b, int64(ev.Start), 10)
	b = append(b, `,"End":`...)
	b = strconv.AppendInt(b, int64(ev.End), 10)
	b = append(b, `,"Text":`...)
	b = appendJSONString(b, ev.Text)
	return append(b, '}')
}

// appendJSONString appends s as a JSON string the way encoding/json writes it.
// Strings it would copy unchanged (valid UTF-8 without control characters,
// quotes, backslashes, the HTML characters <>& or U+2028 and U+2029) are
// copied here; anything else is left to encoding/json itself.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
				return appendJSONStringSlow(b, s)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || r == '\u2028' || r == '\u2029' {
			return appendJSONStringSlow(b, s)
		}
		i += n
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

func appendJSONStringSlow(b []byte, s string) []byte {
	q, _ := json.Marshal(s) // a string always encodes
	return append(b, q...)
}
