package gazetteer

import (
	"slices"
	"strings"
)

// mergeSpellings joins the actors Phoenix files separately although they are
// spellings of one name: "THE_UNITED_NATIONS_ [IGOUNO]", "UN_ [IGOUNO]",
// "U.N._" (no code of its own, right after UN_) and, in another file,
// "UNITED_NATIONS_ [IGOUNO]". Kept apart they become four knowledge-base keys,
// and a story saying "U.N." is never linked to one saying "United Nations".
//
// Two actors are joined only when their names are one spelling (case, dots and
// a leading "the" aside) or one is the initials of the other, and they carry
// the same codes; an actor without codes is compared with the actor just
// before it in its file, whose codes it shares. Names alone would join
// different bodies that share initials ("ANC").
func mergeSpellings(actors []*actor) []*actor {
	var out []*actor
	byCodes := map[string][]*actor{} // sorted codes -> actors kept
	var prev *actor                  // the last actor kept or joined, in file order
	for _, a := range actors {
		if a.isCounty {
			out = append(out, a)
			prev = nil
			continue
		}
		var into *actor
		if len(a.codes) == 0 {
			if prev != nil && prev.file == a.file && sameName(prev, a) {
				into = prev
			}
		} else {
			for _, k := range byCodes[codesKey(a.codes)] {
				if sameName(k, a) {
					into = k
					break
				}
			}
		}
		if into == nil {
			out = append(out, a)
			if len(a.codes) > 0 {
				byCodes[codesKey(a.codes)] = append(byCodes[codesKey(a.codes)], a)
			}
			prev = a
			continue
		}
		for _, n := range a.names {
			if !slices.Contains(into.names, n) {
				into.names = append(into.names, n)
			}
		}
		into.leader = into.leader || a.leader
		// The key is the full name: UNITED_NATIONS rather than UN or
		// THE_UNITED_NATIONS.
		if betterPrimary(a.primary, into.primary) {
			into.primary = a.primary
		}
		prev = into
	}
	return out
}

func codesKey(codes []string) string {
	c := slices.Clone(codes)
	slices.Sort(c)
	return strings.Join(slices.Compact(c), " ")
}

// sameName reports whether some name of a and some name of b are one spelling
// or initials and full name.
func sameName(a, b *actor) bool {
	for _, x := range a.names {
		cx, ix := spelling(x), initials(x)
		for _, y := range b.names {
			cy, iy := spelling(y), initials(y)
			if cx == cy || ix != "" && ix == cy || iy != "" && iy == cx {
				return true
			}
		}
	}
	return false
}

// spelling is a name without case, dots and a leading "the": "U.N." -> "UN".
func spelling(name string) string {
	s := strings.ToUpper(strings.ReplaceAll(name, ".", ""))
	s = strings.TrimPrefix(s, "THE ")
	return strings.Join(strings.Fields(s), " ")
}

// initials are the first letters of a name's words of two or more, function
// words left out: "The United Nations" -> "UN"; "" for one word.
func initials(name string) string {
	words := strings.Fields(spelling(name))
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "OF", "FOR", "AND", "THE", "ON", "IN", "DE", "DU", "LA", "LE", "ET", "&":
			continue
		}
		b.WriteString(w[:1])
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// betterPrimary prefers a key of more words, then one without a leading THE_.
func betterPrimary(cand, cur string) bool {
	wc := func(p string) int { return len(strings.Fields(spelling(strings.ReplaceAll(p, "_", " ")))) }
	if a, b := wc(cand), wc(cur); a != b {
		return a > b
	}
	return strings.HasPrefix(cur, "THE_") && !strings.HasPrefix(cand, "THE_")
}
