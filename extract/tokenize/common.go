package tokenize

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
)

// commonwords.txt lists frequent English words that are not names: built by
// BuildCommonWords from the Universal Dependencies English Web Treebank (CC BY-SA
// 4.0), keeping lower-case words seen often and almost never as proper nouns.
//
//go:embed commonwords.txt
var commonWordsText string

// commonWords is read-only after package initialisation (like the unicode
// tables): a lookup set decoded from the embedded list.
var commonWords = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(commonWordsText) {
		m[w] = struct{}{}
	}
	return m
}()

// IsCommonWord reports whether lower, a lower-case word, is a frequent English
// word rather than a name: "more", "next", "tube". A name written in capitals
// that is also such a word ("MORE" in scraped page furniture) is suspect.
func IsCommonWord(lower string) bool {
	_, ok := commonWords[lower]
	return ok
}

// BuildCommonWords reads CoNLL-U text (FORM in column 2, UPOS in column 4) and
// writes, one per line, the lower-case words seen at least minCount times inside
// sentences, of which at most a tenth are tagged PROPN and at least 90% are written
// in lower case.
func BuildCommonWords(r io.Reader, w io.Writer, minCount int) error {
	type stat struct{ total, lower, propn int }
	stats := map[string]*stat{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 4 {
			continue
		}
		form := cols[1]
		if cols[0] == "1" || !allLetters(form) {
			continue // sentence-initial capitals say nothing about a word
		}
		low := strings.ToLower(form)
		st := stats[low]
		if st == nil {
			st = &stat{}
			stats[low] = st
		}
		st.total++
		if form == low {
			st.lower++
		}
		if cols[3] == "PROPN" {
			st.propn++
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("common words: %w", err)
	}
	var out []string
	for wd, st := range stats {
		if st.total >= minCount && st.propn*10 <= st.total && st.lower*10 >= st.total*9 && len(wd) >= 2 {
			out = append(out, wd)
		}
	}
	sort.Strings(out)
	bw := bufio.NewWriter(w)
	for _, wd := range out {
		bw.WriteString(wd)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func allLetters(s string) bool {
	for _, r := range s {
		if !isLetter(r) {
			return false
		}
	}
	return s != ""
}
