package store

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

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
