// Package tokenize splits news text into Penn-Treebank-like tokens and sentences,
// with offsets in Unicode code points, and marks words that scraping glued together.
package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one token of the input.
type Token struct {
	Text       string // surface text
	Start, End int    // Unicode code-point offsets into the input, end exclusive
	// Glued is set on a token split off the previous one inside a run with no
	// space, where scraping joined two words ("KerryJohn" -> "Kerry", "John").
	// Entity spans must never cross into a Glued token.
	Glued       bool
	SpaceBefore bool
}

// tokenizer holds the cursor that converts byte offsets into code-point
// offsets incrementally, so the whole text is counted once.
type tokenizer struct {
	text    string
	toks    []Token
	curByte int
	curCP   int
	space   bool // whitespace seen since the last emitted token
	// general sends every chunk through the general path (tests compare
	// plainChunk's shortcut with it).
	general bool
	// ascii: the text is all ASCII, so a byte offset is its code-point
	// offset and cp need not count (most news: all of Reuters, 70% of BBC).
	ascii bool
}

// asciiOnly reports whether s has no byte >= 0x80, eight bytes at a time.
func asciiOnly(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8] // one bounds check; the compiler makes the ORs one load
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// cp returns the code-point offset of byte offset b, which must not be
// smaller than any offset asked before.
func (t *tokenizer) cp(b int) int {
	if t.ascii {
		t.curByte = max(t.curByte, b)
		return t.curByte
	}
	if b > t.curByte {
		s := t.text[t.curByte:b]
		n := 0
		for i := 0; i < len(s); i++ {
			// Count rune starts; every invalid byte counts as one code
			// point, as []rune(text) and utf8.DecodeRuneInString do.
			if s[i] < 0x80 {
				n++
			} else {
				n = -1
				break
			}
		}
		if n < 0 {
			n = utf8.RuneCountInString(s)
		}
		t.curCP += n
		t.curByte = b
	}
	return t.curCP
}

func (t *tokenizer) emit(bs, be int, glued bool) {
	if be <= bs {
		return
	}
	s := t.cp(bs)
	e := t.cp(be)
	t.toks = append(t.toks, Token{Text: t.text[bs:be], Start: s, End: e, Glued: glued, SpaceBefore: t.space})
	t.space = false
}

// Tokenize splits text into tokens. It never fails: invalid UTF-8 bytes are
// treated as single symbols.
func Tokenize(text string) []Token {
	return AppendTokens(make([]Token, 0, Capacity(text)), text)
}

// Capacity is the room for the tokens of text that spares most documents a
// copy of a grown slice. News runs about one token per five bytes (at len/5
// a fifth of the BBC documents outgrew it, at 2len/9 one in three hundred).
func Capacity(text string) int { return len(text)*2/9 + 4 }

// AppendTokens appends the tokens of text to dst and returns the extended
// slice: Tokenize for callers that reuse a buffer from one text to the next.
func AppendTokens(dst []Token, text string) []Token {
	t := tokenizer{text: text, toks: dst, ascii: asciiOnly(text)}
	return t.run()
}

// run tokenizes t.text.
func (t *tokenizer) run() []Token {
	text := t.text
	i := 0
	for i < len(text) {
		r, w := decode(text, i)
		if isSpace(r) {
			t.space = true
			i += w
			continue
		}
		j := i + w
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				// ASCII, most of the text: no decoding.
				if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
					break
				}
				j++
				continue
			}
			r2, w2 := decode(text, j)
			if isSpace(r2) {
				break
			}
			j += w2
		}
		t.chunk(i, j)
		i = j
	}
	return t.toks
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\n', '\t', '\r', '\f', '\v':
		return true
	}
	if r < 0x80 {
		return false
	}
	// Zero-width space and BOM separate words in scraped text.
	return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF
}

func isAlnum(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

func isLetter(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r))
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isUpper(r rune) bool {
	if r < 0x80 {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func isLower(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isApos(r rune) bool { return r == '\'' || r == '’' }

// chunk tokenizes one whitespace-free run text[cs:ce].
func (t *tokenizer) chunk(cs, ce int) {
	if !t.general && t.plainChunk(cs, ce) {
		return
	}
	s := t.text[cs:ce]
	if us, ue, ok := urlLike(s); ok {
		t.punct(cs, cs+us)
		t.emit(cs+us, cs+ue, false)
		t.punct(cs+ue, ce)
		return
	}
	p := cs
	if p < ce && cs > 0 && (t.text[p] == '\'' || t.text[p] == 0xE2) {
		p = t.possessive(p, ce)
	}
	for p < ce {
		r, w := decode(t.text, p)
		if isAlnum(r) {
			p = t.word(p, ce)
			continue
		}
		t.punct1(p, ce, r, w, &p)
	}
}

// plainChunk emits the commonest chunks, an ASCII word of letters and digits
// alone or before a comma, the way the general path does, and reports
// whether it did. Such a word is no URL, no possessive and joins nothing;
// without a capital after its third letter it is never split as glued.
func (t *tokenizer) plainChunk(cs, ce int) bool {
	we := ce
	if t.text[ce-1] == ',' {
		we--
	}
	if we == cs {
		return false
	}
	for p := cs; p < we; p++ {
		c := t.text[p]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			if p >= cs+3 {
				return false // maybe glued: "KerryJohn"
			}
		default:
			return false
		}
	}
	t.emit(cs, we, false)
	if we < ce {
		t.emit(we, ce, false)
	}
	return true
}

// possessive emits a possessive written apart at p ("Pakistan 's": text
// tokenized the treebank way keeps it apart; it is still the clitic "'s") and
// returns where the rest of the chunk starts.
func (t *tokenizer) possessive(p, ce int) int {
	if r, w := decode(t.text, p); isApos(r) && p+w < ce && (t.text[p+w] == 's' || t.text[p+w] == 'S') {
		if e := p + w + 1; e == ce || !isLetter(rune(t.text[e])) {
			t.emit(p, e, false)
			return e
		}
	}
	return p
}

// punct emits every token of text[bs:be], which holds no word characters
// that need joining (URL surroundings).
func (t *tokenizer) punct(bs, be int) {
	p := bs
	for p < be {
		r, w := decode(t.text, p)
		if isAlnum(r) {
			p = t.word(p, be)
			continue
		}
		t.punct1(p, be, r, w, &p)
	}
}

// punct1 emits the punctuation token starting at p and advances *next.
func (t *tokenizer) punct1(p, ce int, r rune, w int, next *int) {
	q := p + w
	switch r {
	case '.', '-':
		// Ellipses and double dashes stay one token.
		for q < ce && t.text[q] == byte(r) {
			q++
		}
	}
	t.emit(p, q, false)
	*next = q
}

// word scans the word starting at p (an alphanumeric rune) and emits it,
// splitting clitics and glued camel-case words; it returns the end.
func (t *tokenizer) word(p, ce int) int {
	text := t.text
	q := p
	var prev rune
	segLetters := 0     // letters since the last '.' inside the word
	onlySingles := true // every dot-separated segment so far is one letter
	dots := 0
	clitic := -1 // byte offset where a clitic ('s, n't) starts
	for q < ce {
		r, w := decode(text, q)
		if isAlnum(r) {
			if isLetter(r) {
				segLetters++
			} else {
				onlySingles = false
			}
			prev = r
			q += w
			continue
		}
		if q+w >= ce {
			break
		}
		nr, nw := decode(text, q+w)
		if !isAlnum(nr) {
			break
		}
		join := false
		switch {
		case r == '.':
			if isDigit(prev) && isDigit(nr) {
				join = true
			} else if isLetter(prev) && isLetter(nr) && segLetters == 1 && onlySingles {
				// U.S, e.g, p.m: single letters separated by dots.
				join = true
				dots++
				segLetters = 0
			}
		case r == ',' || r == ':':
			join = isDigit(prev) && isDigit(nr) && q+w+nw <= ce
		case r == '-' || r == '‐' || r == '‑':
			join = true
		case r == '&':
			join = isUpper(prev) && isUpper(nr)
		case isApos(r):
			if isLetter(prev) && isLetter(nr) {
				if c := cliticAt(text, q, ce); c >= 0 {
					clitic = c
				} else {
					join = true
				}
			}
		}
		if !join || clitic >= 0 {
			break
		}
		if r != '.' {
			onlySingles = false
		}
		prev = r
		q += w
	}
	end := q
	if clitic >= 0 {
		end = clitic
	}
	// A trailing period belongs to abbreviations and initials.
	if clitic < 0 && q < ce && text[q] == '.' && !(q+1 < ce && text[q+1] == '.') {
		if (dots > 0 && segLetters == 1 && onlySingles) || isAbbrev(text[p:q], text, q+1) {
			end = q + 1
			q = end
		}
	}
	t.emitCamel(p, end)
	if clitic >= 0 {
		// The clitic runs to the end of its letters.
		c := clitic
		for c < ce {
			r, w := decode(text, c)
			if !(isLetter(r) || isApos(r)) {
				break
			}
			c += w
		}
		t.emit(clitic, c, false)
		return c
	}
	return end
}

// cliticAt reports where a clitic starts when the apostrophe at q begins one
// ('s 're 've 'll 'd 'm) or closes n't; -1 when the apostrophe is part of a
// name (O'Brien).
func cliticAt(text string, q, ce int) int {
	_, aw := decode(text, q)
	// Letters after the apostrophe, up to a non-letter.
	e := q + aw
	for e < ce {
		r, w := decode(text, e)
		if !isLetter(r) {
			break
		}
		e += w
	}
	after := strings.ToLower(text[q+aw : e])
	switch after {
	case "s", "re", "ve", "ll", "d", "m":
		return q
	case "t":
		if q > 0 && (text[q-1] == 'n' || text[q-1] == 'N') {
			return q - 1
		}
	}
	return -1
}

// abbrevs never end a word without their period. Whether they end a sentence is
// SplitSentences' business.
var abbrevSet = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "gov": true, "sen": true,
	"rep": true, "reps": true, "lt": true, "col": true, "maj": true, "capt": true, "cpt": true, "sgt": true,
	"cmdr": true, "adm": true, "rev": true, "st": true, "jr": true, "sr": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "bros": true, "vs": true, "etc": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "mt": true, "ft": true, "ave": true, "blvd": true, "dept": true, "univ": true, "assn": true,
	"est": true, "approx": true, "pres": true, "gov't": true, "messrs": true, "mme": true, "mlle": true,
	"fig": true, "no": true, "nos": true, "vol": true, "pp": true, "cf": true, "al": true, "ald": true,
	"supt": true, "insp": true, "det": true, "pvt": true, "cpl": true, "brig": true, "hon": true,
}

// isAbbrev reports whether word followed by '.' is an abbreviation. "No." only
// counts before a number ("No. 2").
func isAbbrev(word, text string, after int) bool {
	if len(word) > 7 {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return isUpper(r) // initials: "J." ; a lone lowercase letter is rarely one
	}
	var buf [8]byte
	n := 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 0x80 {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	lw := string(buf[:n])
	if !abbrevSet[lw] {
		return false
	}
	if lw == "no" || lw == "nos" {
		j := after
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		return j < len(text) && text[j] >= '0' && text[j] <= '9'
	}
	return true
}

// emitCamel emits text[bs:be], split where scraping glued a capitalised word
// onto the previous word: a lowercase letter followed by an uppercase letter
// that starts a capitalised word. Prefixes of at most two letters (Mc, De, i)
// and "Mac" are name patterns (McDonald, DeLay, iPhone, MacArthur), not glue.
func (t *tokenizer) emitCamel(bs, be int) {
	text := t.text
	// A split needs an upper-case letter after at least three letters; an
	// ASCII word without one (most words) is emitted without the scan.
	split := false
	for p := bs + 3; p < be; p++ {
		if c := text[p]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			split = true
			break
		}
	}
	if !split {
		t.emit(bs, be, false)
		return
	}
	start := bs
	segStart := bs // start of the current run of letters
	segLen := 0
	var prev rune
	for p := bs; p < be; {
		r, w := decode(text, p)
		if !isLetter(r) {
			segStart = p + w
			segLen = 0
			prev = r
			p += w
			continue
		}
		if isUpper(r) && isLower(prev) && segLen >= 3 && p+w < be {
			nr, _ := decode(text, p+w)
			if isLower(nr) && !strings.EqualFold(text[segStart:p], "mac") && !brandLike(text, segStart, p, be) {
				t.emit(start, p, start != bs)
				start = p
				segStart = p
				segLen = 0
			}
		}
		segLen++
		prev = r
		p += w
	}
	t.emit(start, be, start != bs)
}

// brandLike reports whether the camel-case word at text[ls:be] split at p reads as
// one made-up name of common words ("NextEra", "YouTube", "PayPal") rather than
// scraped glue, which nearly always starts with a name ("KerryJohn").
func brandLike(text string, ls, p, be int) bool {
	if !IsCommonWord(strings.ToLower(text[ls:p])) {
		return false
	}
	q := p
	n := 0
	for q < be {
		r, w := decode(text, q)
		if n > 0 && !isLower(r) {
			break
		}
		q += w
		n++
	}
	return n <= 4 || IsCommonWord(strings.ToLower(text[p:q]))
}

// urlLike reports the URL or e-mail address inside chunk s, without the
// punctuation around it.
func urlLike(s string) (start, end int, ok bool) {
	i := strings.Index(s, "://")
	switch {
	case i > 0:
		start = i
		for start > 0 && isLetter(rune(s[start-1])) {
			start--
		}
	case strings.HasPrefix(s, "www.") || strings.HasPrefix(s, "WWW."):
		start = 0
	default:
		at := strings.IndexByte(s, '@')
		if at <= 0 || !strings.Contains(s[at:], ".") {
			return 0, 0, false
		}
		start = at
		for start > 0 && (isAlnum(rune(s[start-1])) || strings.IndexByte("._%+-", s[start-1]) >= 0) {
			start--
		}
		if start == at {
			return 0, 0, false
		}
		ok = true
	}
	end = len(s)
	for end > start {
		c := s[end-1]
		if strings.IndexByte(".,;:!?)]}>\"'", c) >= 0 {
			end--
			continue
		}
		if end-start >= 3 && strings.HasSuffix(s[:end], "’") || strings.HasSuffix(s[:end], "”") {
			end -= 3
			continue
		}
		break
	}
	if end-start < 5 {
		return 0, 0, false
	}
	return start, end, true
}
