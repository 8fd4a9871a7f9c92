package pipeline

import "strings"

// linkLoneFirstNames joins a one-word person name to the one longer person
// name the story opens with that word, where no longer name ends with it:
// "Chinese dissident Li Xianliang ... Li said", "Saddam Hussein ... Saddam's
// trial". The family name comes first in Chinese, Korean and Vietnamese
// names, and Arab leaders are called by their given name; the surname pass
// in buildEntities only reads the first word after an honorific ("Mr. Hu"),
// so the bare name stayed a second person and its events were told twice
// (repeats) or named a participant the gold calls by the full name
// (twenty-second session, coref23).
//
// Two people who share the word stay apart: the word must open exactly one
// cluster of longer names ("Kim Jong Il" and "Kim Sung-ho" link nothing) and
// end none ("Howard" for Michael Howard is a surname). A full name the story
// also calls by its last word alone ("Howard Flight" ... "Flight") is read
// as a Western name whose first word is a given name, which names another
// person as often as this one, so it takes nothing.
func linkLoneFirstNames(d *doc, words [][]string, byFirst map[string][]int, find func(int) int, union func(int, int)) {
	// Last words of every longer name, whatever its label: "Prince Charles"
	// typed a place still makes "Charles" his (a BBC sample joined it to
	// Charles Kennedy when only person names were looked at).
	ends := map[string]bool{}
	for k, m := range d.mentions {
		if len(words[k]) > 1 && !m.nominal {
			ends[words[k][len(words[k])-1]] = true
		}
		// "Prince Charles" (the title inside the span, where the norm may
		// drop it, or before it): his name is regnal, and every lone
		// "Charles" of the story is his, not Charles Kennedy's.
		titled := m.end-m.start > 1 && regnalTitles[strings.TrimSuffix(d.lower[m.start], ".")] ||
			m.start > 0 && regnalTitles[strings.TrimSuffix(d.lower[m.start-1], ".")]
		if titled && len(words[k]) > 0 {
			ends[words[k][len(words[k])-1]] = true
		}
	}
	for i, m := range d.mentions {
		// One token: a span whose title the name's norm dropped ("Prince
		// Charles" reads as "charles") is a regnal name, no given name.
		if m.label != "PER" || m.nominal || m.end-m.start != 1 || len(words[i]) != 1 || len(words[i][0]) < 2 {
			continue
		}
		w := words[i][0]
		if ends[w] || shortFormOfOther(d, words, find, i) {
			continue
		}
		cand, n := -1, 0
		for _, j := range byFirst[w] {
			if len(words[j]) < 2 || len(words[j]) > 3 {
				continue
			}
			if r := find(j); n == 0 || r != cand {
				cand = r
				n++
			}
		}
		if n != 1 || find(i) == cand {
			continue
		}
		if surnameOfCluster(d, words, find, cand) {
			continue
		}
		union(cand, i)
	}
}

// surnameOfCluster: the story calls some full name of cluster r by its last
// word alone.
func surnameOfCluster(d *doc, words [][]string, find func(int) int, r int) bool {
	for k := range d.mentions {
		if len(words[k]) > 1 && find(k) == r && surnameUsedAlone(d, words, find, k) {
			return true
		}
	}
	return false
}

// regnalTitles: titles before a monarch's, a noble's or a saint's one name,
// which is no given name of the story's other people (a BBC sample joined
// "Prince Charles" to "Charles Kennedy").
var regnalTitles = map[string]bool{
	"prince": true, "princess": true, "king": true, "queen": true, "pope": true, "saint": true,
	"st": true, "emperor": true, "empress": true, "lord": true, "lady": true, "duke": true, "duchess": true,
}
