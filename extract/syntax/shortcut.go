package syntax

import "slices"

// Two shortcuts skip a perceptron where the training data leaves no doubt
// (Honnibal's tag dictionary, and its analogue for relations):
//
//   - a frequent word seen with one tag nearly always ("the", ",", "of",
//     "and", "said") takes that tag without scoring 28 features;
//   - an arc whose dependent and head tags and direction nearly always carry
//     one relation in the treebank (PUNCT: punct; DET before a NOUN: det)
//     takes it without scoring the relation features.

// Shortcut thresholds, chosen on EWT dev.
const (
	dictMinCount  = 20
	dictMinShare  = 0.98
	ruleMinCount  = 50
	ruleMinShare  = 0.99
	ruleDirRight  = 1
	ruleTagsLimit = tagNone + 1 // tag indexes a rule reads: UPOS, start, root, none
)

// tagDict maps a word's normalised-form hash to its one tag; open
// addressing over a power-of-two table small enough for L1/L2.
type tagDict struct {
	keys []uint64
	tags []uint8
	mask uint64
}

func newTagDict(keys []uint64, tags []uint8) *tagDict {
	size := 16
	for size < 2*len(keys) {
		size <<= 1
	}
	d := &tagDict{keys: make([]uint64, size), tags: make([]uint8, size), mask: uint64(size - 1)}
	for i, k := range keys {
		if k == 0 {
			continue // 0 marks an empty slot; no real hash is 0 in practice
		}
		for j := mix(k) & d.mask; ; j = (j + 1) & d.mask {
			if d.keys[j] == 0 {
				d.keys[j], d.tags[j] = k, tags[i]
				break
			}
		}
	}
	return d
}

// lookup returns the word's tag, or -1.
func (d *tagDict) lookup(norm uint64) int {
	if norm == 0 {
		return -1
	}
	for j := mix(norm) & d.mask; ; j = (j + 1) & d.mask {
		switch d.keys[j] {
		case norm:
			return int(d.tags[j])
		case 0:
			return -1
		}
	}
}

// buildTagDict lists the words seen at least minCount times with one tag
// in at least minShare of them; a -1 (a news word whose tag the PTB map
// leaves open) counts against every tag. Keys come out sorted.
func buildTagDict(sents []Sentence, gold [][]int32, minCount int, minShare float64) ([]uint64, []uint8) {
	counts := map[uint64]*[numTags + 1]int{}
	var wi wordInfo
	for i, s := range sents {
		for k, w := range s.Words {
			analyzeWord(w, &wi)
			c := counts[wi.norm]
			if c == nil {
				c = new([numTags + 1]int)
				counts[wi.norm] = c
			}
			t := gold[i][k]
			if t < 0 {
				t = int32(numTags)
			}
			c[t]++
		}
	}
	var keys []uint64
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var outK []uint64
	var outT []uint8
	for _, k := range keys {
		c := counts[k]
		total, best := 0, 0
		for t, n := range c {
			total += n
			if t < numTags && n > c[best] {
				best = t
			}
		}
		if total >= minCount && float64(c[best]) >= minShare*float64(total) {
			outK = append(outK, k)
			outT = append(outT, uint8(best))
		}
	}
	return outK, outT
}

// labelRule fixes the relation of arcs with dependent tag dp, head tag hp
// and direction dir (1: the dependent follows the head).
type labelRule struct {
	dp, hp, dir uint8
	rel         uint8
}

// ruleIndex is where a rule sits in Parser.rules.
func ruleIndex(dp, hp, dir int) int { return (dp*ruleTagsLimit+hp)*2 + dir }

// buildLabelRules counts relations per (dependent tag, head tag, direction)
// over the training trees, with the parser's input tags (jackknifed, as at
// parse time), and keeps the combinations one relation nearly always has.
func buildLabelRules(sents []Sentence, tags [][]int32, relIdx map[string]int32, root int32, minCount int, minShare float64) []labelRule {
	type combo struct{ dp, hp, dir int }
	counts := map[combo]map[int32]int{}
	for i, s := range sents {
		for k, h := range s.Heads {
			if h < 0 {
				continue
			}
			dir := 0
			if k > h {
				dir = ruleDirRight
			}
			c := combo{int(tags[i][k]), int(tags[i][h]), dir}
			if counts[c] == nil {
				counts[c] = map[int32]int{}
			}
			counts[c][relIdx[s.Rels[k]]]++
		}
	}
	var out []labelRule
	for dp := range numTags {
		for hp := range numTags {
			for dir := range 2 {
				c := counts[combo{dp, hp, dir}]
				total, best, bestN := 0, int32(-1), 0
				for r, n := range c {
					total += n
					if n > bestN || (n == bestN && r < best) {
						best, bestN = r, n
					}
				}
				if total >= minCount && best != root && float64(bestN) >= minShare*float64(total) {
					out = append(out, labelRule{uint8(dp), uint8(hp), uint8(dir), uint8(best)})
				}
			}
		}
	}
	return out
}

func arcDir(h, d int32) int {
	if d > h {
		return ruleDirRight
	}
	return 0
}

// ruleTable lays the rules out by ruleIndex: the relation, or -1.
func ruleTable(rules []labelRule) []int16 {
	t := make([]int16, ruleTagsLimit*ruleTagsLimit*2)
	for i := range t {
		t[i] = -1
	}
	for _, r := range rules {
		t[ruleIndex(int(r.dp), int(r.hp), int(r.dir))] = int16(r.rel)
	}
	return t
}
