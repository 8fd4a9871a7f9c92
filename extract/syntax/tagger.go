package syntax

// The tagger is greedy, left to right: each word's UPOS from an averaged
// perceptron over its spelling, its neighbours and the two tags before it
// (Collins 2002; the feature set follows Honnibal's "A good POS tagger in
// about 200 lines of Python").

// upos are the 17 Universal POS tags, in class order.
var upos = [...]string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

const (
	numTags  = len(upos)
	tagStart = numTags     // tag "before the sentence"
	tagRoot  = numTags + 1 // the parser's root token
	tagNone  = numTags + 2 // no token at this position
)

func tagIndex(s string) (int, bool) {
	for i, t := range upos {
		if t == s {
			return i, true
		}
	}
	return 0, false
}

// Tagger feature templates.
const (
	tfBias = iota + 1
	tfWord
	tfSuf2
	tfSuf3
	tfSuf4
	tfPre1
	tfPre3
	tfShape
	tfP1
	tfP1P2
	tfP1Word
	tfPrevWord
	tfPrevSuf3
	tfPrev2Word
	tfNextWord
	tfNextSuf3
	tfNext2Word
	tfFirstUpper
	tfNextShape
	tfPrevWordWord
	tfWordNextWord
	tfSuf1
	tfPre2
	tfP1Suf3
	tfPrevNext
	tfNextSuf2
	tfP1NextShape
	tfP1Suf2NextShape
)

// tagFeatures appends the features of word i. ws is padded with two
// entries on each side: word i is ws[i+2].
func tagFeatures(dst []uint64, ws []wordInfo, i int, p1, p2 int) []uint64 {
	w := &ws[i+2]
	prev, prev2, next, next2 := &ws[i+1], &ws[i], &ws[i+3], &ws[i+4]
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	if w.upper {
		first |= 2
	}
	return append(dst,
		key1(tfBias, 0),
		key1(tfWord, w.norm),
		key1(tfSuf2, w.suf2),
		key1(tfSuf3, w.suf3),
		key1(tfSuf4, w.suf4),
		key1(tfPre1, w.pre1),
		key1(tfPre3, w.pre3),
		key1(tfShape, w.shape),
		key1(tfP1, uint64(p1)),
		key2(tfP1P2, uint64(p1), uint64(p2)),
		key2(tfP1Word, uint64(p1), w.norm),
		key1(tfPrevWord, prev.norm),
		key1(tfPrevSuf3, prev.suf3),
		key1(tfPrev2Word, prev2.norm),
		key1(tfNextWord, next.norm),
		key1(tfNextSuf3, next.suf3),
		key1(tfNext2Word, next2.norm),
		key2(tfFirstUpper, first, w.suf3),
		key2(tfNextShape, w.shape, next.shape),
		key2(tfPrevWordWord, prev.norm, w.norm),
		key2(tfWordNextWord, w.norm, next.norm),
		key1(tfSuf1, w.suf1),
		key1(tfPre2, w.pre2),
		key2(tfP1Suf3, uint64(p1), w.suf3),
		key2(tfPrevNext, prev.norm, next.norm),
		key2(tfNextSuf2, w.norm, next.suf2),
		// A headline verb ("Russia annexes Crimea") sits between names.
		key2(tfP1NextShape, uint64(p1), next.shape),
		key3(tfP1Suf2NextShape, uint64(p1), w.suf2, next.shape),
	)
}

// padWords fills ws (len n+4) with the analysed words, two pads each side.
func padWords(ws []wordInfo, words []string) {
	pad := wordInfo{norm: hashStart, pre2: hashStart, suf1: hashStart, pre1: hashStart, pre3: hashStart, suf2: hashStart, suf3: hashStart, suf4: hashStart, shape: hashStart}
	ws[0], ws[1] = pad, pad
	for i, w := range words {
		analyzeWord(w, &ws[i+2])
	}
	end := wordInfo{norm: hashEnd, pre2: hashEnd, suf1: hashEnd, pre1: hashEnd, pre3: hashEnd, suf2: hashEnd, suf3: hashEnd, suf4: hashEnd, shape: hashEnd}
	ws[len(words)+2], ws[len(words)+3] = end, end
}

func argmax[T int32 | float32](s []T) int {
	best := 0
	for c := 1; c < len(s); c++ {
		if s[c] > s[best] {
			best = c
		}
	}
	return best
}
