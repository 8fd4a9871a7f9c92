package cameo

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed data/CAMEO.2.0.txt data/derived.tsv
var dataFS embed.FS

// Lexicon maps words to CAMEO event codes. It is read-only after New and safe
// for concurrent use.
type Lexicon struct {
	blocks   []block
	triggers map[string][]trigger // first word of a trigger phrase -> candidates
	// isTrigger holds the keys of triggers (filter.go): six words in seven
	// are none, and Match turns them away without a lookup in the map.
	isTrigger wordFilter
}

type block struct {
	name     string
	patterns []cpattern
	// The indexes find the patterns worth trying. A pattern can only match
	// with its anchor near the trigger (right[0] within maxGap words after
	// it, or the last left element within maxGap+3 words before it), so the
	// right and left indexes, by anchor word, are consulted only there. wide
	// holds the few patterns whose anchor word has an inflection with other
	// first letters ("be" -> "bing"), by the first two letters: they keep
	// the whole-window test that every pattern once had.
	right, left anchorIndex
	wide        map[string][]int32
}

// anchorIndex finds the patterns whose anchor word a token can match
// (inflectionOf): by the word itself, by the word less a regular ending,
// and, for words ending in e or y, by their stem ("clos" of "closing").
type anchorIndex struct {
	word, stemE, stemY map[string][]int32
	// keys is a Bloom filter of the keys of the three maps, 16 bits a key
	// and two probes (built by sealFilter). Eleven in twelve of the words
	// and stems looked up near a trigger are in none (a lexicon holds
	// hundreds of blocks, so their maps are seldom in cache); the filter
	// turns nearly all of those away.
	keys []uint64
	mask uint32
	// empty is set by sealFilter on an index without keys: lookup returns
	// at once, without reading the maps' headers.
	empty bool
}

// FNV-1a, 32 bits: the filter hashes every prefix of a word in one pass.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func keyHash(k string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(k); i++ {
		h = (h ^ uint32(k[i])) * fnvPrime
	}
	return h
}

// probes are the two filter bits of a key hash: its low bits and the
// bits from 16 on.
func (ix *anchorIndex) probes(h uint32) (uint32, uint32) {
	return h & ix.mask, (h >> 16) & ix.mask
}

// mayHave is false only for keys not in the maps; before sealFilter it
// accepts every key.
func (ix *anchorIndex) mayHave(h uint32) bool {
	if ix.keys == nil {
		return true
	}
	a, b := ix.probes(h)
	return ix.keys[a/64]&(1<<(a%64)) != 0 && ix.keys[b/64]&(1<<(b%64)) != 0
}

// sealFilter builds keys once the maps are complete.
func (ix *anchorIndex) sealFilter() {
	n := len(ix.word) + len(ix.stemE) + len(ix.stemY)
	ix.empty = n == 0
	size := uint32(64)
	for size < uint32(n)*16 {
		size *= 2
	}
	ix.keys, ix.mask = make([]uint64, size/64), size-1
	for _, m := range []map[string][]int32{ix.word, ix.stemE, ix.stemY} {
		for k := range m {
			a, b := ix.probes(keyHash(k))
			ix.keys[a/64] |= 1 << (a % 64)
			ix.keys[b/64] |= 1 << (b % 64)
		}
	}
}

func newAnchorIndex() anchorIndex {
	return anchorIndex{word: map[string][]int32{}, stemE: map[string][]int32{}, stemY: map[string][]int32{}}
}

func (ix *anchorIndex) add(pw pword, idx int32) {
	addIdx := func(m map[string][]int32, k string) {
		if l := m[k]; len(l) == 0 || l[len(l)-1] != idx {
			m[k] = append(l, idx)
		}
	}
	addIdx(ix.word, pw.w)
	if pw.exact || len(pw.w) < 2 {
		return
	}
	switch pw.w[len(pw.w)-1] {
	case 'e':
		addIdx(ix.stemE, pw.w[:len(pw.w)-1])
	case 'y':
		addIdx(ix.stemY, pw.w[:len(pw.w)-1])
	}
}

// lookup appends to out the pattern lists of every anchor word t may be
// (a superset of those inflectionOf accepts).
func (ix *anchorIndex) lookup(t string, out [][]int32) [][]int32 {
	if ix.empty {
		return out
	}
	// The keys are t less its last 0 to 4 bytes: pre[4-j] is the hash of
	// t[:n-j], taken on the way through t.
	n := len(t)
	var pre [5]uint32
	h := uint32(fnvOffset)
	for i := 0; i < n; i++ {
		if k := i - (n - 4); k >= 0 {
			pre[k] = h
		}
		h = (h ^ uint32(t[i])) * fnvPrime
	}
	pre[4] = h
	add := func(m map[string][]int32, less int) {
		if !ix.mayHave(pre[4-less]) {
			return
		}
		if l := m[t[:n-less]]; len(l) > 0 {
			out = append(out, l)
		}
	}
	add(ix.word, 0)
	if n < 3 {
		return out
	}
	switch t[n-1] {
	case 's': // -s, -es, -ies
		add(ix.word, 1)
		if t[n-2] == 'e' {
			add(ix.word, 2)
			if t[n-3] == 'i' {
				add(ix.stemY, 3)
			}
		}
	case 'd': // -d, -ed, doubled -ed, -ied
		add(ix.word, 1)
		if t[n-2] == 'e' {
			add(ix.word, 2)
			add(ix.word, 3)
			if t[n-3] == 'i' {
				add(ix.stemY, 3)
			}
		}
	case 'g': // -ing, doubled -ing, e dropped before -ing
		if n >= 4 && t[n-3:] == "ing" {
			add(ix.word, 3)
			add(ix.word, 4)
			add(ix.stemE, 3)
		}
	}
	return out
}

type cpattern struct {
	left, right []elem
	code        string // primary code, "---" for no event
	reverse     bool   // the code is for the event with the subject as target
	text        string
	words       int  // pattern words, the specificity used to rank matches
	prepOnly    bool // the right side is one preposition: it must follow the verb directly
	order       int
}

type trigger struct {
	rest      []string // words after the first that must follow
	lemma     string
	block     int32 // -1: no patterns
	code      string
	reverse   bool
	nominal   bool
	secondary string
	requires  string
	curated   bool // our own entry: wins over a CAMEO reading of the same words
	order     int32
}

// Match is one event trigger found by Lexicon.Match.
type Match struct {
	Code    string // CAMEO code ("040", "0231") or one of ours (CodeDie, ...)
	Lemma   string // the verb lemma, also for nominal triggers: "annexation" -> "annex"
	Start   int    // trigger span in words, End exclusive
	End     int
	Pattern string // the CAMEO pattern that chose the code, "" for the verb's default
	Nominal bool   // the trigger is a noun ("meeting", "annexation of")
	// Reverse is true when CAMEO codes the event with the sentence subject as
	// its target ("faced trial", "came under fire": ":173", ":111").
	Reverse bool
	// Secondary is a second inventory type the trigger implies: "killed" is
	// an ATTACK and a DEATH.
	Secondary string
}

// New decodes the embedded dictionary and derived word lists.
func New() (*Lexicon, error) {
	cameo, err := dataFS.ReadFile("data/CAMEO.2.0.txt")
	if err != nil {
		return nil, fmt.Errorf("cameo: embedded dictionary: %w", err)
	}
	derived, err := dataFS.ReadFile("data/derived.tsv")
	if err != nil {
		return nil, fmt.Errorf("cameo: embedded derived list: %w", err)
	}
	d, err := parseDict(bytes.NewReader(cameo), "CAMEO.2.0.txt")
	if err != nil {
		return nil, err
	}
	dv, err := parseDerived(derived)
	if err != nil {
		return nil, err
	}
	return compile(d, dv), nil
}

// derivedLists is what the builder learned from treebank data.
type derivedLists struct {
	nominals map[string]string // noun -> verb lemma
	nonVerbs map[string]bool   // forms that are rarely verbs: not verb triggers
}

func parseDerived(b []byte) (derivedLists, error) {
	dv := derivedLists{nominals: map[string]string{}, nonVerbs: map[string]bool{}}
	sc := bufio.NewScanner(bytes.NewReader(b))
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		switch {
		case f[0] == "N" && len(f) >= 3:
			dv.nominals[f[1]] = f[2]
		case f[0] == "X" && len(f) >= 2:
			dv.nonVerbs[f[1]] = true
		default:
			return dv, fmt.Errorf("cameo: derived.tsv:%d: bad line %q", line, t)
		}
	}
	return dv, sc.Err()
}

// effectiveCode is the code of a verb before patterns: ours, its own, or its block's.
func effectiveCode(lemma, own, blockCode string, overrides map[string]string) string {
	if c, ok := overrides[lemma]; ok {
		return c
	}
	if own != "" {
		return own
	}
	return blockCode
}

// splitCode turns a raw "042:043", ":173" or "---" into the primary code.
func splitCode(raw string) (code string, reverse bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" || strings.HasPrefix(raw, "---") {
		return "---", false
	}
	a, b, has := strings.Cut(raw, ":")
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a != "" && a != "---" {
		return a, false
	}
	if has && b != "" && b != "---" {
		return b, true
	}
	return "---", false
}

var prepositions = map[string]bool{
	"to": true, "for": true, "on": true, "with": true, "at": true, "by": true, "in": true,
	"upon": true, "from": true, "into": true, "against": true, "between": true, "over": true,
	"about": true, "of": true, "off": true, "up": true, "out": true, "back": true,
}

// betterPattern: cp, matched with g words of gaps, is a better match than
// best (matched with bestGap): more words; at equal length a pattern naming
// what the verb acts on beats a bare adverb particle ("broke off
// diplomatic relations" is "* RELATIONS" [161], reduce relations, not "*
// OFF" [130], however close "off" is; a preposition names who is acted
// on, "called on companies to improve ties" stays "* (ON)"); then fewer
// gaps, then file order.
func betterPattern(cp *cpattern, g int, best *cpattern, bestGap int) bool {
	if cp.words != best.words {
		return cp.words > best.words
	}
	if a, b := adverbParticle(cp), adverbParticle(best); a != b {
		return b
	}
	if g != bestGap {
		return g < bestGap
	}
	return cp.order < best.order
}

// adverbParticle: the pattern is one adverb particle after the verb ("* OFF").
func adverbParticle(cp *cpattern) bool {
	if !cp.prepOnly {
		return false
	}
	switch cp.right[0].units[0].alts[0][0].w {
	case "off", "up", "out", "back", "away", "down":
		return true
	}
	return false
}

func compile(d *dict, dv derivedLists) *Lexicon {
	l := &Lexicon{triggers: map[string][]trigger{}}
	overrides := codeOverrides()
	second := secondaryTypes()
	order := int32(0)
	deny := formDeny()
	add := func(form []string, t trigger) {
		if len(form) == 0 || form[0] == "" || (len(form) == 1 && deny[form[0]]) {
			return
		}
		t.rest = form[1:]
		t.order = order
		order++
		l.triggers[form[0]] = append(l.triggers[form[0]], t)
	}
	// lemmaTrig remembers each single-word lemma's first trigger so nominals
	// can borrow its block and code.
	lemmaTrig := map[string]trigger{}
	for bi, b := range d.blocks {
		cb := block{name: b.name, right: newAnchorIndex(), left: newAnchorIndex(), wide: map[string][]int32{}}
		for _, p := range b.patterns {
			code, rev := splitCode(p.code)
			indexUnits(p.left)
			indexUnits(p.right)
			cp := cpattern{left: p.left, right: p.right, code: code, reverse: rev, text: p.text, order: p.line}
			for _, e := range append(append([]elem{}, p.left...), p.right...) {
				cp.words += len(e.units)
			}
			cp.prepOnly = len(p.right) == 1 && len(p.right[0].units) == 1 && len(p.left) == 0 &&
				len(p.right[0].units[0].alts) == 1 && len(p.right[0].units[0].alts[0]) == 1 &&
				prepositions[p.right[0].units[0].alts[0][0].w]
			var anchor elem
			index := &cb.right
			switch {
			case len(p.right) > 0:
				anchor = p.right[0]
			case len(p.left) > 0:
				anchor = p.left[len(p.left)-1]
				index = &cb.left
			default:
				continue // "- * [code]" says nothing the verb's code does not
			}
			wide := false
			for _, alt := range anchor.units[0].alts {
				wide = wide || irregularKey(alt[0])
			}
			seen := map[string]bool{}
			for _, alt := range anchor.units[0].alts {
				switch k := key2(alt[0].w); {
				case !wide:
					index.add(alt[0], int32(len(cb.patterns)))
				case !seen[k]:
					seen[k] = true
					cb.wide[k] = append(cb.wide[k], int32(len(cb.patterns)))
				}
			}
			cb.patterns = append(cb.patterns, cp)
		}
		cb.right.sealFilter()
		cb.left.sealFilter()
		if len(cb.wide) == 0 {
			cb.wide = nil // len of a nil map is known without reading the map
		}
		l.blocks = append(l.blocks, cb)
		blockCode := b.code
		for _, v := range b.verbs {
			lemma := strings.Join(v.words, " ")
			code, rev := splitCode(effectiveCode(lemma, v.code, blockCode, overrides))
			t := trigger{lemma: lemma, block: int32(bi), code: code, reverse: rev, secondary: second[lemma]}
			if ownCode(code) && code != CodeDie {
				// CAMEO's patterns for these verbs code other things
				// ("MINISTER * [0831]" for resign): our code stands.
				t.block = -1
			}
			if len(v.words) == 1 {
				if _, ok := lemmaTrig[lemma]; !ok {
					lemmaTrig[lemma] = t
				}
			}
			for _, f := range phraseForms(v) {
				if len(f) == 1 && dv.nonVerbs[f[0]] {
					continue
				}
				add(f, t)
			}
		}
	}
	// Nominals derived by the builder, with their verb's block and code.
	nouns := make([]string, 0, len(dv.nominals))
	for n := range dv.nominals {
		nouns = append(nouns, n)
	}
	sort.Strings(nouns)
	for _, n := range nouns {
		vt, ok := lemmaTrig[dv.nominals[n]]
		if !ok {
			continue
		}
		vt.nominal = true
		add([]string{n}, vt)
		if p := pluralOf(n); p != n {
			add([]string{p}, vt)
		}
	}
	// Our own entries; a curated lemma that CAMEO also has keeps CAMEO's
	// patterns ("sentence" gets none, "die" gets "died in clashes").
	for _, c := range curatedEntries() {
		code, rev := splitCode(c.code)
		t := trigger{lemma: c.lemma, block: -1, code: code, reverse: rev, nominal: c.nominal,
			secondary: second[c.lemma], requires: c.requires, curated: true}
		switch {
		case c.verb:
			for _, f := range verbForms(c.words[0]) {
				add(append([]string{f}, c.words[1:]...), t)
			}
		default:
			add(c.words, t)
		}
	}
	l.isTrigger = newWordFilter(len(l.triggers))
	for w := range l.triggers {
		l.isTrigger.add(w)
	}
	return l
}

// byKeyMin is the number of alternatives from which a unit gets an index.
const byKeyMin = 8

// irregularKey reports a pattern word with inflections that do not share its
// first two letters ("be" -> "bing"; inflectionOf's stem rule on two letters).
func irregularKey(w pword) bool {
	return !w.exact && len(w.w) == 2 && (w.w[1] == 'e' || w.w[1] == 'y')
}

// indexUnits fills byKey of the large units of elements.
func indexUnits(es []elem) {
	for ei := range es {
		for ui := range es[ei].units {
			u := &es[ei].units[ui]
			if len(u.alts) < byKeyMin || u.byKey != nil {
				continue
			}
			idx := map[string][]int32{}
			for ai, alt := range u.alts {
				if len(alt) == 0 || irregularKey(alt[0]) {
					idx = nil
					break
				}
				k := key2(alt[0].w)
				idx[k] = append(idx[k], int32(ai))
			}
			u.byKey = idx
		}
	}
}

// phraseForms lists the inflected phrases of a dictionary verb: its explicit
// forms when it has any (they are complete in this dictionary), else the
// regular inflections of its first word.
func phraseForms(v dverb) [][]string {
	out := [][]string{v.words}
	if v.forms != nil {
		return append(out, v.forms...)
	}
	for _, f := range verbForms(v.words[0]) {
		if f == v.words[0] {
			continue
		}
		out = append(out, append([]string{f}, v.words[1:]...))
	}
	return out
}

func key2(w string) string {
	if len(w) > 2 {
		return w[:2]
	}
	return w
}

// clauseBreak ends the window in which pattern words are looked for.
func clauseBreak(w string) bool {
	switch w {
	case ".", ";", ":", "!", "?", ",", "\"", "“", "”", "(", ")", "--", "—", "–":
		return true
	}
	return false
}

// nominalCue are words before a trigger that make it a noun: "the attack",
// "a call", "their meeting", "in talks".
var nominalCue = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	"any": true, "no": true, "every": true, "each": true, "another": true, "such": true,
	"new": true, "further": true, "recent": true, "latest": true, "first": true, "last": true,
	"second": true, "phone": true, "telephone": true, "planned": true, "proposed": true,
	"weekend": true, "'s": true, "’s": true, "after": true, "during": true, "before": true,
	"since": true, "following": true, "of": true, "in": true, "at": true, "earlier": true,
	"two": true, "three": true, "several": true, "many": true, "more": true, "deadly": true,
	"major": true, "possible": true, "direct": true, "same": true, "previous": true,
}

// articles and possessives are never followed by a verb.
var articles = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "your": true,
}

// verbCue are words after which a word that may be a verb or a noun is a verb.
var verbCue = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"who": true, "which": true, "to": true, "will": true, "would": true, "could": true,
	"should": true, "may": true, "might": true, "must": true, "can": true, "did": true,
	"does": true, "do": true, "not": true, "n't": true, "also": true,
}

func nominalContext(w []string, i, end int) bool {
	if i > 0 {
		p := w[i-1]
		if nominalCue[p] || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") {
			return true
		}
	}
	if end < len(w) {
		switch w[end] {
		case "of", "between":
			return true
		}
	}
	return false
}

// MayMatch is false only for a lower-cased word that Match finds no trigger
// at, whatever its sentence: most words, turned away by the filter alone.
func (l *Lexicon) MayMatch(lowerWord string) bool {
	return l.isTrigger.mayHave(lowerWord)
}

// Match looks at the verb or nominal trigger at lowerWords[i] (lower-cased
// words of one sentence) and returns its best CAMEO code, with the rest of
// the sentence consulted for CAMEO's patterns. ok is false when the word is
// not an event trigger here.
func (l *Lexicon) Match(lowerWords []string, i int) (m Match, ok bool) {
	if i < 0 || i >= len(lowerWords) {
		return Match{}, false
	}
	if !l.isTrigger.mayHave(lowerWords[i]) {
		return Match{}, false
	}
	cands := l.triggers[lowerWords[i]]
	if len(cands) == 0 {
		return Match{}, false
	}
	// When a word is both a verb form and a noun trigger, context decides.
	hasVerb, hasNoun, curatedNoun, nounPhrase := false, false, false, false
	for k := range cands {
		if len(cands[k].rest) > 0 {
			nounPhrase = nounPhrase || cands[k].nominal
			continue
		}
		if cands[k].nominal {
			hasNoun = true
			curatedNoun = curatedNoun || cands[k].curated
		} else {
			hasVerb = true
		}
	}
	prev := ""
	if i > 0 {
		prev = lowerWords[i-1]
	}
	if !hasNoun && !nounPhrase && articles[prev] {
		// A verb does not follow an article: "in the face of", "a state".
		return Match{}, false
	}
	wantNoun := hasNoun && (!hasVerb || nominalContext(lowerWords, i, i+1) || (curatedNoun && !verbCue[prev]))
	type scored struct {
		m          Match
		span, prio int
		words, gap int
		order      int32
	}
	var best scored
	found := false
	for k := range cands {
		t := &cands[k]
		end := i + 1
		if len(t.rest) > 0 {
			if i+1+len(t.rest) > len(lowerWords) {
				continue
			}
			okRest := true
			for j, r := range t.rest {
				if lowerWords[i+1+j] != r {
					okRest = false
					break
				}
			}
			if !okRest {
				continue
			}
			end = i + 1 + len(t.rest)
		} else if (hasVerb && hasNoun && t.nominal != wantNoun) || (!t.nominal && articles[prev]) {
			continue
		}
		if t.requires != "" && !requiredWithin(lowerWords, end, t.requires, 9) {
			continue
		}
		code, rev, pat, words, gap := t.code, t.reverse, "", 0, 0
		if t.block >= 0 {
			if p, w, g, okp := l.bestPattern(&l.blocks[t.block], lowerWords, i, end); okp {
				code, rev, pat, words, gap = p.code, p.reverse, p.text, w, g
			}
		}
		if code == "---" && t.secondary != "" {
			code, rev = secondaryCode(t.secondary), false
		}
		if code == "---" || code == "" {
			continue
		}
		s := scored{
			m: Match{Code: code, Lemma: t.lemma, Start: i, End: end, Pattern: pat,
				Nominal: t.nominal, Reverse: rev, Secondary: t.secondary},
			span: end - i, words: words, gap: gap, order: t.order,
		}
		if t.curated {
			s.prio = 1
		}
		if !found || better(s.span, s.prio, s.words, s.gap, s.order, best.span, best.prio, best.words, best.gap, best.order) {
			best, found = s, true
		}
	}
	if !found {
		return Match{}, false
	}
	return best.m, true
}

func better(span, prio, words, gap int, order int32, bspan, bprio, bwords, bgap int, border int32) bool {
	if span != bspan {
		return span > bspan
	}
	if prio != bprio {
		return prio > bprio
	}
	if words != bwords {
		return words > bwords
	}
	if gap != bgap {
		return gap < bgap
	}
	return order < border
}

// requiredWithin is followsWithin through commas: "named another official,
// William Daley, as his chief of staff".
func requiredWithin(w []string, from int, word string, n int) bool {
	for j := from; j < len(w) && j < from+n; j++ {
		if w[j] == word {
			return true
		}
		if w[j] != "," && clauseBreak(w[j]) {
			return false
		}
	}
	return false
}

func followsWithin(w []string, from int, word string, n int) bool {
	for j := from; j < len(w) && j < from+n; j++ {
		if w[j] == word {
			return true
		}
		if clauseBreak(w[j]) {
			return false
		}
	}
	return false
}

// timeWords open a time phrase after a preposition: weekdays and months.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true,
}

const (
	rightWindow = 12 // words after the trigger searched for pattern words
	leftWindow  = 6  // words before it
	maxGap      = 3  // words allowed between consecutive pattern elements
)

// bestPattern returns the most specific pattern of b that matches around
// words[start:end]. Patterns are tried only when a word in the window shares
// the first two letters of the pattern's anchor word.
func (l *Lexicon) bestPattern(b *block, w []string, start, end int) (p *cpattern, words, gap int, ok bool) {
	if len(b.patterns) == 0 {
		return nil, 0, 0, false
	}
	rlim := end
	for rlim < len(w) && rlim < end+rightWindow && !clauseBreak(w[rlim]) {
		rlim++
	}
	llim := start
	for llim > 0 && llim > start-leftWindow && !clauseBreak(w[llim-1]) {
		llim--
	}
	var tried [4]uint64 // up to 256 patterns per block; larger ones just retry
	bestWords, bestGap := 0, 0
	try := func(idx int32) {
		if idx < 256 {
			if tried[idx/64]&(1<<(idx%64)) != 0 {
				return
			}
			tried[idx/64] |= 1 << (idx % 64)
		}
		cp := &b.patterns[idx]
		g1, okR := matchRight(cp, w, end, rlim)
		if !okR {
			return
		}
		g2, okL := matchLeft(cp.left, w, start, llim)
		if !okL {
			return
		}
		g := g1 + g2
		if !ok || betterPattern(cp, g, p, bestGap) {
			p, ok, bestWords, bestGap = cp, true, cp.words, g
		}
	}
	// Anchor positions (see block): right[0] starts within maxGap words
	// after the trigger (matchRight), the last left element within
	// maxGap+3 words before it (matchLeft). Trying only patterns whose anchor
	// is seen there tries every pattern that can match, and nothing the
	// whole-window test would not have tried.
	var buf [8][]int32
	for j := end; j < rlim && j <= end+maxGap; j++ {
		for _, l := range b.right.lookup(w[j], buf[:0]) {
			for _, idx := range l {
				try(idx)
			}
		}
	}
	for j := max(llim, start-1-maxGap-3); j < start; j++ {
		for _, l := range b.left.lookup(w[j], buf[:0]) {
			for _, idx := range l {
				try(idx)
			}
		}
	}
	if len(b.wide) > 0 {
		for j := llim; j < rlim; j++ {
			if j >= start && j < end {
				continue
			}
			for _, idx := range b.wide[key2(w[j])] {
				try(idx)
			}
		}
	}
	return p, bestWords, bestGap, ok
}

func matchRight(cp *cpattern, w []string, pos, lim int) (gaps int, ok bool) {
	for k := range cp.right {
		allowed := maxGap
		if k == 0 && cp.prepOnly {
			allowed = 0
		}
		found := false
		for g := 0; g <= allowed && pos+g < lim; g++ {
			if n, okE := matchElem(&cp.right[k], w, pos+g, lim); okE {
				if k == 0 && cp.prepOnly && pos+n < len(w) && timeWords[w[pos+n]] {
					// The preposition heads a time phrase ("demanded on
					// Monday", "met in June"), not the verb's particle
					// ("press on" [190]).
					return 0, false
				}
				gaps += g
				pos += g + n
				found = true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return gaps, true
}

func matchLeft(left []elem, w []string, pos, lim int) (gaps int, ok bool) {
	for k := len(left) - 1; k >= 0; k-- {
		found := false
		for s := pos - 1; s >= lim && s >= pos-1-maxGap-3; s-- {
			n, okE := matchElem(&left[k], w, s, pos)
			if !okE || pos-(s+n) > maxGap {
				continue
			}
			gaps += pos - (s + n)
			pos = s
			found = true
			break
		}
		if !found {
			return 0, false
		}
	}
	return gaps, true
}

// matchElem matches an element at w[p:], not past lim, returning its length.
func matchElem(e *elem, w []string, p, lim int) (int, bool) {
	q := p
	for ui := range e.units {
		u := &e.units[ui]
		matched := false
		if u.byKey != nil {
			if q >= lim {
				return 0, false
			}
			for _, ai := range u.byKey[key2(w[q])] {
				if matched = matchAlt(u.alts[ai], w, q, lim); matched {
					q += len(u.alts[ai])
					break
				}
			}
		} else {
			for _, alt := range u.alts {
				if matched = matchAlt(alt, w, q, lim); matched {
					q += len(alt)
					break
				}
			}
		}
		if !matched {
			return 0, false
		}
	}
	return q - p, true
}

// matchAlt matches one alternative of a unit at w[q:], not past lim.
func matchAlt(alt []pword, w []string, q, lim int) bool {
	if q+len(alt) > lim {
		return false
	}
	for j, pw := range alt {
		t := w[q+j]
		if pw.exact {
			if t != pw.w {
				return false
			}
		} else if !inflectionOf(t, pw.w) {
			return false
		}
	}
	return true
}
