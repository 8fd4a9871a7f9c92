package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
)

// Features are 64-bit hashes of (template, value); the model maps the hashes
// it kept to weight rows. Nothing is allocated per token: values are hashed
// while they are read.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Feature templates. Their numbers are part of the model: append, never renumber.
const (
	tBias = iota + 1
	tWord
	tLower
	tLowerM1
	tLowerP1
	tLowerM2
	tLowerP2
	tShape
	tShapeM1
	tShapeP1
	tShape3
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tBigramL
	tBigramR
	tFirst
	tGaz
	tGazM1
	tGazP1
	tGazCap
	tTitle
	tDemonym
	tGlued
	tHist
	tHistCap
	tWordShapeP1
	tCluster
	tClusterM1
	tClusterP1
	tLen
	// Person words (gazetteer.PersonWord): the word alone, with its
	// capitalisation and one-word gazetteer types; in the sentence (first
	// word or not); and the person words next to it.
	tPersonWord
	tPersonCtx
	tPersonNear
	tPersonP1
	tPersonHist
)

// Token flags.
const (
	fCap     = 1 << iota // first letter upper case
	fAllCaps             // every letter upper case, at least two letters
	fDigit
	fHyphen
	fGlued
	fLowerFirst // starts with a lower-case letter
	fPunct      // no letter or digit
	// fCommonLower marks a word of lower-case letters only that is no name
	// particle ("met", "and", "said"; not "de", "van", "bin"): decoding never
	// continues a person's name over it (tagSentence). Features mask it out.
	fCommonLower
)

// nameParticles are the lower-case words written inside personal names in
// news ("Frederik de Klerk", "Ernst vom Rath", "Hassan al Turabi").
var nameParticles = map[string]bool{"de": true, "van": true, "von": true, "vom": true, "der": true,
	"den": true, "del": true, "della": true, "dei": true, "di": true, "da": true, "dal": true, "du": true,
	"des": true, "la": true, "le": true, "los": true, "las": true, "dos": true, "das": true, "do": true,
	"ter": true, "ten": true, "zu": true, "y": true, "e": true, "i": true, "bin": true, "ibn": true, "bint": true,
	"ben": true, "al": true, "el": true, "abu": true, "wa": true, "of": true, "the": true, "op": true,
	"mac": true, "st": true, "'t": true, "d'": true, "o'": true, "ould": true, "ag": true, "degli": true,
	"delle": true, "dello": true, "tot": true}

// commonLower reports a word of lower-case ASCII letters (an inner hyphen or
// apostrophe allowed) that is not a name particle.
func commonLower(w string) bool {
	if w == "" || nameParticles[w] {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < 'a' || c > 'z') && (i == 0 || c != '-' && c != '\'') {
			return false
		}
	}
	return !strings.HasPrefix(w, "al-") && !strings.HasPrefix(w, "el-") && !strings.HasPrefix(w, "bin-") && !strings.HasPrefix(w, "ben-")
}

// tokInfo is what the features need of one token, computed once per document.
type tokInfo struct {
	word, lower, shape uint64
	pre, suf           [4]uint64
	flags              uint32
	runes              uint32
	gaz                uint32 // position in the longest gazetteer match (1..4) << 4 | type bits
	title              uint32 // 1 inside a role title, 2 right after one
	demonym            bool
	// person holds the gazetteer's Surname and GivenName bits of a
	// capitalised word; gaz1 the types of the word alone as a gazetteer
	// name (MatchTypes of the one word), when person is set. (Beside
	// demonym, they take its padding.)
	person, gaz1 uint8
	cluster      uint32 // word cluster + 1, 0 unknown
}

func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

func feat(tmpl int, v uint64) uint64 { return mix(v*0x9e3779b97f4a7c15 ^ uint64(tmpl)) }

func hashBytes(h uint64, b byte) uint64 { h ^= uint64(b); return h * fnvPrime }

func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return hashBytes(h, byte(r))
	}
	for r > 0 {
		h = hashBytes(h, byte(r))
		r >>= 8
	}
	return h
}

// sentinel values for positions outside the sentence.
const (
	hBOS = 0x5b424f535d // "[BOS]"
	hEOS = 0x5b454f535d
)

// analyze fills info for one token.
func analyze(word string, info *tokInfo) {
	var lowerRunes [64]rune
	n := 0
	hw, hl, hs := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var last rune = -1
	letters, uppers := 0, 0
	flags := uint32(0)
	first := true
	for _, r := range word {
		hw = hashRune(hw, r)
		lr := r
		var sc rune
		switch {
		case r >= 'a' && r <= 'z':
			sc = 'x'
			letters++
			if first {
				flags |= fLowerFirst
			}
		case r >= 'A' && r <= 'Z':
			sc = 'X'
			lr = r + 'a' - 'A'
			letters++
			uppers++
			if first {
				flags |= fCap
			}
		case r >= '0' && r <= '9':
			sc = 'd'
			flags |= fDigit
		case r < utf8.RuneSelf:
			sc = r
			if r == '-' {
				flags |= fHyphen
			}
		case unicode.IsUpper(r):
			sc = 'X'
			lr = unicode.ToLower(r)
			letters++
			uppers++
			if first {
				flags |= fCap
			}
		case unicode.IsLetter(r):
			sc = 'x'
			letters++
			if first && unicode.IsLower(r) {
				flags |= fLowerFirst
			}
		case unicode.IsDigit(r):
			sc = 'd'
			flags |= fDigit
		default:
			sc = r
		}
		first = false
		hl = hashRune(hl, lr)
		if sc != last {
			hs = hashRune(hs, sc)
			last = sc
		}
		if n < len(lowerRunes) {
			lowerRunes[n] = lr
		}
		n++
	}
	if letters >= 2 && uppers == letters {
		flags |= fAllCaps
	}
	if letters == 0 && flags&fDigit == 0 {
		flags |= fPunct
	}
	if flags&fLowerFirst != 0 && commonLower(word) {
		flags |= fCommonLower
	}
	info.word, info.lower, info.shape, info.flags = hw, hl, hs, flags
	info.runes = uint32(n)
	if n > len(lowerRunes) {
		n = len(lowerRunes)
	}
	for k := 0; k < 4; k++ {
		if k+1 > n {
			info.pre[k], info.suf[k] = 0, 0
			continue
		}
		hp, hsf := uint64(fnvOffset), uint64(fnvOffset)
		for j := 0; j <= k; j++ {
			hp = hashRune(hp, lowerRunes[j])
			hsf = hashRune(hsf, lowerRunes[n-1-j])
		}
		info.pre[k], info.suf[k] = hp, hsf
	}
}

// docInfo computes token information for one document's words.
func docInfo(g *gazetteer.Gazetteer, words []string, glued []bool, infos []tokInfo, clusters map[uint64]uint32) {
	for i, w := range words {
		info := &infos[i]
		analyze(w, info)
		if glued != nil && glued[i] {
			info.flags |= fGlued
		}
		info.gaz, info.title, info.demonym, info.cluster = 0, 0, false, 0
		info.person, info.gaz1 = 0, 0
		if clusters != nil {
			info.cluster = clusters[info.lower]
		}
	}
	if g == nil {
		return
	}
	for i := 0; i < len(words); i++ {
		if infos[i].flags&fPunct != 0 {
			continue
		}
		// Names start with a capital letter or a digit; trying only there
		// keeps "us" the pronoun from matching "US" and saves lookups.
		if infos[i].flags&(fCap|fDigit) == 0 {
			goto title
		}
		if n, types := g.MatchTypes(words, i); n > 0 {
			// Keep the longest match covering each token.
			for j := i; j < i+n; j++ {
				pos := uint32(2) // inside
				switch {
				case n == 1:
					pos = 4
				case j == i:
					pos = 1
				case j == i+n-1:
					pos = 3
				}
				if infos[j].gaz == 0 || n > int(infos[j].gaz>>8) {
					infos[j].gaz = uint32(n)<<8 | pos<<4 | uint32(types)
				}
			}
		}
	title:
		if n := g.IsTitle(words, i); n > 0 {
			for j := i; j < i+n; j++ {
				infos[j].title = 1
			}
			if i+n < len(words) && infos[i+n].title == 0 {
				infos[i+n].title = 2
			}
		}
		if infos[i].flags&fCap != 0 && g.IsDemonym(words[i]) {
			infos[i].demonym = true
		}
		if infos[i].flags&fCap != 0 {
			if p := g.PersonWord(words[i]); p != 0 {
				infos[i].person = p
				if n, types := g.MatchTypes(words[i:i+1], 0); n == 1 {
					infos[i].gaz1 = types
				}
			}
		}
	}
}

// history counts, per lower-cased capitalised word, the labels the tagger gave
// it earlier in the document: a name tagged PER once is a person throughout.
type history struct {
	// counts holds the tallies by value: a pointer per word was one
	// allocation per capitalised word and document.
	counts map[uint64][5]uint16
}

func (h *history) reset() { clear(h.counts) }

// code summarizes the history of a word: 0 none, 1+label of the majority,
// and an ambiguity flag.
func (h *history) code(lower uint64) uint64 {
	c, ok := h.counts[lower]
	if !ok {
		return 0
	}
	best, bestN, total := 0, uint16(0), uint16(0)
	for k, n := range c {
		total += n
		if n > bestN {
			best, bestN = k, n
		}
	}
	amb := uint64(0)
	if bestN*2 < total+1 {
		amb = 1
	}
	return uint64(best+1)<<1 | amb
}

// record adds the labels of one tagged sentence.
func (h *history) record(infos []tokInfo, tags []uint8) {
	for i, t := range tags {
		if infos[i].flags&fCap == 0 {
			continue
		}
		c := h.counts[infos[i].lower]
		if c[tagType(t)] < 60000 {
			c[tagType(t)]++
		}
		h.counts[infos[i].lower] = c
	}
}

// histFeatures appends the label-history features of a capitalised token
// (first: it starts the sentence; hc: history code). Training adds them as it
// tags, so they are defined once, here.
func histFeatures(buf []uint64, cur *tokInfo, first, hc uint64) []uint64 {
	capf := uint64(cur.flags & (fCap | fAllCaps | fLowerFirst))
	buf = append(buf, feat(tHist, hc), feat(tHistCap, hc<<8|capf|first<<4))
	if cur.person != 0 {
		// A person word the document has not labelled yet: in a headline
		// ("Erdogan meets Rouhani"), the first word of a one-sentence
		// document is new, which for other capitalised words means O.
		buf = append(buf, feat(tPersonHist, uint64(cur.person)<<4|hc))
	}
	return buf
}

// features appends the hashed features of token i of a sentence (infos
// covers the sentence only) to buf.
func features(buf []uint64, infos []tokInfo, i int, hist *history) []uint64 {
	buf = wordFeatures(buf, &infos[i])
	return contextFeatures(buf, infos, i, hist)
}

// wordFeatures are the features that depend on the word's spelling only, so
// the tagger can cache their sum per word.
func wordFeatures(buf []uint64, cur *tokInfo) []uint64 {
	capf := uint64(cur.flags & (fCap | fAllCaps | fLowerFirst))
	buf = append(buf,
		feat(tBias, 0),
		feat(tWord, cur.word),
		feat(tLower, cur.lower),
		feat(tShape, cur.shape),
		feat(tLen, uint64(min(cur.runes, 12))<<8|capf),
	)
	for k := 0; k < 4; k++ {
		if cur.pre[k] == 0 {
			break
		}
		buf = append(buf, feat(tPre1+k, cur.pre[k]), feat(tSuf1+k, cur.suf[k]))
	}
	if cur.cluster != 0 {
		buf = append(buf, feat(tCluster, uint64(cur.cluster)))
	}
	if cur.person != 0 {
		buf = append(buf, feat(tPersonWord, uint64(cur.person)<<16|uint64(cur.gaz1)<<8|capf))
	}
	return buf
}

// contextFeatures are the features that look at neighbours, the gazetteer
// and the document.
func contextFeatures(buf []uint64, infos []tokInfo, i int, hist *history) []uint64 {
	cur := &infos[i]
	lm1, lm2, lp1, lp2 := uint64(hBOS), uint64(hBOS), uint64(hEOS), uint64(hEOS)
	sm1, sp1 := uint64(hBOS), uint64(hEOS)
	gm1, gp1 := uint64(1<<20), uint64(1<<21)
	cm1, cp1 := uint64(1<<22), uint64(1<<23)
	var tm1 uint32
	var pm1, pp1, pp2 uint8
	if i > 0 {
		p := &infos[i-1]
		lm1, sm1, gm1, cm1, tm1 = p.lower, p.shape, uint64(p.gaz&0xff), uint64(p.cluster), p.title
		pm1 = p.person
		if i > 1 {
			lm2 = infos[i-2].lower
		}
	}
	if i+1 < len(infos) {
		n := &infos[i+1]
		lp1, sp1, gp1, cp1 = n.lower, n.shape, uint64(n.gaz&0xff), uint64(n.cluster)
		pp1 = n.person
		if i+2 < len(infos) {
			lp2, pp2 = infos[i+2].lower, infos[i+2].person
		}
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	capf := uint64(cur.flags & (fCap | fAllCaps | fLowerFirst))
	buf = append(buf,
		feat(tLowerM1, lm1),
		feat(tLowerP1, lp1),
		feat(tLowerM2, lm2),
		feat(tLowerP2, lp2),
		feat(tShapeM1, sm1),
		feat(tShapeP1, sp1),
		feat(tShape3, sm1*31+cur.shape*17+sp1),
		feat(tBigramL, lm1*31+cur.lower),
		feat(tBigramR, cur.lower*31+lp1),
		feat(tFirst, first<<8|capf),
		feat(tWordShapeP1, cur.lower*31+sp1),
		feat(tGaz, uint64(cur.gaz&0xff)),
		feat(tGazM1, gm1),
		feat(tGazP1, gp1),
		feat(tGazCap, uint64(cur.gaz&0xff)<<8|capf),
		feat(tTitle, uint64(cur.title)<<4|uint64(tm1)),
	)
	if cur.demonym {
		buf = append(buf, feat(tDemonym, 1))
	}
	if cur.flags&fGlued != 0 {
		buf = append(buf, feat(tGlued, 1))
	}
	if cm1 != 0 || cp1 != 0 {
		buf = append(buf, feat(tClusterM1, cm1), feat(tClusterP1, cp1))
	}
	if hist != nil && cur.flags&fCap != 0 {
		buf = histFeatures(buf, cur, first, hist.code(cur.lower))
	}
	if cur.person != 0 {
		buf = append(buf, feat(tPersonCtx, uint64(cur.person)<<7|first<<6|capf), feat(tPersonP1, uint64(cur.person)*31+lp1))
	}
	if pm1|pp1|pp2 != 0 {
		buf = append(buf, feat(tPersonNear, uint64(cur.person)<<6|uint64(pm1)<<4|uint64(pp1)<<2|uint64(pp2)))
	}
	return buf
}
