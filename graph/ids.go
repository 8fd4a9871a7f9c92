package graph

import (
	"strconv"

	"github.com/newsgraph/newsgraph/graph/store"
)

// Public ids are the store's kind letter followed by the decimal store id
// ("e42" is entity 42). Store ids are assigned once and never reused, so these
// stay stable across restarts and re-ingests; the kind letter lets node(id:)
// dispatch without a lookup. Clients must treat them as opaque.

func formatID(k store.Kind, id uint64) string {
	var b [24]byte // one allocation, the string's (concatenating made two)
	return string(strconv.AppendUint(append(b[:0], string(rune(k))...), id, 10))
}

func kindName(k store.Kind) string {
	switch k {
	case store.KindEntity:
		return "entity"
	case store.KindDocument:
		return "document"
	case store.KindEvent:
		return "event"
	case store.KindRelation:
		return "relation"
	case store.KindQuote:
		return "quote"
	case store.KindMerge:
		return "merge"
	case store.KindResolution:
		return "resolution"
	}
	return "unknown"
}

// parseAnyID splits a public id into kind and store id. Only the canonical form
// is accepted (no sign, no leading zeros, no zero id) so that one object has
// exactly one id string.
func parseAnyID(s string) (store.Kind, uint64, error) {
	if len(s) < 2 {
		return 0, 0, badID(s, "too short")
	}
	k := store.Kind(s[0])
	if kindName(k) == "unknown" {
		return 0, 0, badID(s, "unknown kind")
	}
	digits := s[1:]
	if digits[0] == '0' {
		return 0, 0, badID(s, "not canonical")
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, 0, badID(s, "not a number")
		}
	}
	n, err := strconv.ParseUint(digits, 10, 64)
	if err != nil {
		return 0, 0, badID(s, "out of range")
	}
	return k, n, nil
}

// parseID parses an id that must name an object of kind want.
func parseID(s string, want store.Kind) (uint64, error) {
	k, n, err := parseAnyID(s)
	if err != nil {
		return 0, err
	}
	if k != want {
		return 0, badID(s, "is a "+kindName(k)+" id, want a "+kindName(want)+" id")
	}
	return n, nil
}
