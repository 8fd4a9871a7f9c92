package main

import (
	"regexp"
	"strconv"
	"strings"
)

// token is one row of the GMB file.
type token struct {
	Word, POS, Tag string
}

var (
	// GMB joins multiword names with '~' (New~York, de~facto).
	// Its numbers were regrouped in the Indian style (1,00,000 for 100,000).
	indianNumber = regexp.MustCompile(`^\d{1,2}(,\d{2})+,\d{3}$`)
	// A spreadsheet turned scores like 6-3 into dates (03-Jun) before GMB was exported.
	excelDate = regexp.MustCompile(`^(\d\d)-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$`)
	// Initialisms that lost their final period to the tokenizer: U.S, U.N.
	clippedInitialism = regexp.MustCompile(`^([A-Z]\.)+[A-Z]$`)
)

var months = map[string]int{"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}

// attachLeft tokens take no space before them.
var attachLeft = map[string]bool{
	",": true, ".": true, ";": true, ":": true, "!": true, "?": true, "%": true,
	")": true, "]": true, "}": true, "...": true, "…": true,
	"'s": true, "'S": true, "’s": true, "n't": true, "N'T": true, "'ll": true, "'re": true,
	"'ve": true, "'m": true, "'d": true, "”": true,
}

// attachRight tokens take no space after them.
var attachRight = map[string]bool{"(": true, "[": true, "{": true, "$": true, "#": true, "“": true}

// fixWord repairs the corpus' own damage to single tokens.
func fixWord(w string) string {
	w = strings.ReplaceAll(w, "~", " ")
	if indianNumber.MatchString(w) {
		n, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
		if err == nil {
			return groupThousands(n)
		}
	}
	if m := excelDate.FindStringSubmatch(w); m != nil {
		day, _ := strconv.Atoi(m[1])
		return strconv.Itoa(months[m[2]]) + "-" + strconv.Itoa(day)
	}
	return w
}

func groupThousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func isQuote(t token) bool {
	return t.Word == `"` || (t.Word == "'" && t.POS == "``")
}

// detokenize rebuilds the written form of one tokenized sentence: punctuation
// attached, quotes paired, "$ 5" as "$5", "U.S ." as "U.S.".
func detokenize(toks []token) string {
	// Quotes are paired within the sentence (each sentence becomes its own
	// paragraph, and news style reopens a quote on every paragraph). With an
	// odd count, a first quote right after punctuation closes a quote opened in
	// an earlier sentence: `reform , " he said`.
	open := false
	nq, first := 0, -1
	for i, t := range toks {
		if isQuote(t) {
			if first < 0 {
				first = i
			}
			nq++
		}
	}
	if nq%2 == 1 && first > 0 && strings.Contains(",.?!", toks[first-1].Word) {
		open = true
	}

	var b strings.Builder
	glue := true // no space before the next token
	prev := ""
	for i, t := range toks {
		w := fixWord(t.Word)
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Word
		}
		if clippedInitialism.MatchString(w) && next != "." {
			w += "."
		}
		if w == "." && strings.HasSuffix(prev, ".") {
			continue // "U.S. ." — the abbreviation's period ends the sentence
		}
		left, right := attachLeft[w], attachRight[w]
		switch {
		case isQuote(t):
			if open {
				left = true
			} else {
				right = true
			}
			open = !open
		case w == "'" && t.POS == "POS":
			left = true // plural possessive: soldiers '
		}
		if b.Len() > 0 && !glue && !left {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		glue = right
		prev = w
	}
	return b.String()
}
