package tokenize

import "unicode/utf8"

// Sentence is a run of tokens.
type Sentence struct {
	Start, End         int // token indices, end exclusive
	CharStart, CharEnd int // code points
}

// titleAbbrevs come before a name or number and never end a sentence.
var titleAbbrevs = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "prof.": true, "gen.": true, "gov.": true,
	"sen.": true, "rep.": true, "reps.": true, "lt.": true, "col.": true, "maj.": true, "capt.": true,
	"cpt.": true, "sgt.": true, "cmdr.": true, "adm.": true, "rev.": true, "st.": true, "mt.": true,
	"jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true, "aug.": true,
	"sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true, "no.": true, "nos.": true,
	"messrs.": true, "mme.": true, "pres.": true, "supt.": true, "insp.": true, "det.": true,
	"pvt.": true, "cpl.": true, "brig.": true, "hon.": true, "vs.": true, "cf.": true, "ald.": true,
}

// starters are words that begin sentences far more often than they follow an
// abbreviation inside one; after "U.S." or "Inc." they signal a boundary.
var starters = map[string]bool{
	"The": true, "He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "But": true,
	"In": true, "A": true, "An": true, "This": true, "That": true, "These": true, "Those": true,
	"There": true, "His": true, "Her": true, "Its": true, "Their": true, "Our": true, "And": true,
	"However": true, "Meanwhile": true, "On": true, "At": true, "As": true, "If": true, "When": true,
	"While": true, "After": true, "Some": true, "Many": true, "Officials": true, "You": true,
	"What": true, "Why": true, "How": true, "So": true, "Yet": true, "Still": true, "Also": true,
}

func isTerminator(s string) bool {
	switch s {
	case ".", "!", "?", "...", "…", "?!", "!?":
		return true
	}
	return false
}

func isCloser(s string) bool {
	switch s {
	case "\"", "'", "”", "’", ")", "]", "}", "»", "›":
		return true
	}
	return false
}

// SplitSentences groups toks (from Tokenize(text)) into sentences. A blank line
// always ends a sentence, so a headline without final punctuation stands alone.
func SplitSentences(text string, toks []Token) []Sentence {
	return splitSentences(text, toks, asciiOnly(text))
}

// splitSentences is SplitSentences told whether text is all ASCII (tests
// hold the ASCII shortcut to the walk).
func splitSentences(text string, toks []Token, ascii bool) []Sentence {
	if len(toks) == 0 {
		return nil
	}
	sents := make([]Sentence, 0, len(toks)/20+1)
	// Walk the text alongside the tokens to find the bytes between them.
	bytePos, cpPos := 0, 0
	// In ASCII text (most news) a code point is a byte: no walk.
	toByte := func(cp int) int {
		if ascii {
			if cp > cpPos {
				cpPos = min(cp, len(text))
				bytePos = cpPos
			}
			return bytePos
		}
		for cpPos < cp && bytePos < len(text) {
			if text[bytePos] < utf8.RuneSelf {
				bytePos++
			} else {
				_, w := utf8.DecodeRuneInString(text[bytePos:])
				bytePos += w
			}
			cpPos++
		}
		return bytePos
	}
	start := 0
	closeAt := func(end int) {
		if end > start {
			sents = append(sents, Sentence{Start: start, End: end, CharStart: toks[start].Start, CharEnd: toks[end-1].End})
		}
		start = end
	}
	for i := 0; i < len(toks); i++ {
		if i > start {
			// Hard break on a blank line between toks[i-1] and toks[i].
			b0 := toByte(toks[i-1].End)
			b1 := toByte(toks[i].Start)
			if b1 > len(text) {
				b1 = len(text)
			}
			if b0 <= b1 && hasBlankLine(text[b0:b1]) {
				closeAt(i)
			}
		}
		tk := toks[i].Text
		end := -1
		switch {
		case isTerminator(tk):
			end = i + 1
		case len(tk) > 1 && tk[len(tk)-1] == '.' && !isTitleAbbrev(tk):
			// "U.S." or "Inc." ends a sentence only before a typical starter.
			if i+1 < len(toks) && starters[toks[i+1].Text] {
				end = i + 1
			}
		}
		if end < 0 {
			continue
		}
		for end < len(toks) && isCloser(toks[end].Text) && !toks[end].SpaceBefore {
			end++
		}
		// Absorb a closing quote after a space only when nothing follows on
		// the same footing ("... said. ' " is rare; "?" he said is common).
		if end < len(toks) && startsLower(toks[end].Text) {
			continue
		}
		// Nor does one start with a comma: "Tampa, Fla., police said".
		if end < len(toks) && (toks[end].Text == "," || toks[end].Text == ";") {
			continue
		}
		i = end - 1
		closeAt(end)
	}
	closeAt(len(toks))
	return sents
}

func hasBlankLine(gap string) bool {
	nl := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n':
			nl++
			if nl >= 2 {
				return true
			}
		case ' ', '\t', '\r', '\f', '\v':
		default:
			// Non-ASCII spaces between newlines still count as blank.
			if gap[i] < 0x80 {
				nl = 0
			}
		}
	}
	return false
}

func startsLower(s string) bool {
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isLower(r)
}

// isTitleAbbrev looks tk up case-insensitively without allocating.
func isTitleAbbrev(tk string) bool {
	if len(tk) > 8 {
		return false
	}
	var buf [8]byte
	for i := 0; i < len(tk); i++ {
		c := tk[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return titleAbbrevs[string(buf[:len(tk)])]
}
