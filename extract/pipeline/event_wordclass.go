package pipeline

// Word classes for reading event arguments: which words can be nouns, verbs,
// past participles, prepositions... The list is counts-derived from the UD
// English EWT treebank (CC BY-SA 4.0) by BuildWordClasses; only the tags a
// word takes in at least a tenth of its occurrences are kept, so the list says
// "can be", never "is". Unknown words get classes from their shape.

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

//go:embed event_wordclass.tsv
var wordClassTSV []byte

// wclass is a set of word classes.
type wclass uint16

const (
	wNoun   wclass = 1 << iota // NN NNS
	wProper                    // NNP NNPS
	wVerb                      // VB VBP VBZ (finite or bare)
	wPast                      // VBD
	wPart                      // VBN: past participle
	wGerund                    // VBG
	wAdj                       // JJ JJR JJS
	wDet                       // DT PDT PRP$ WDT WP$ POS
	wPrep                      // IN TO RP
	wAdv                       // RB RBR RBS WRB
	wModal                     // MD
	wPron                      // PRP WP EX
	wNum                       // CD
	wConj                      // CC
	wPunct                     // punctuation
	wOther
)

func xposClass(x string) wclass {
	switch x {
	case "NN", "NNS":
		return wNoun
	case "NNP", "NNPS":
		return wProper
	case "VB", "VBP", "VBZ":
		return wVerb
	case "VBD":
		return wPast
	case "VBN":
		return wPart
	case "VBG":
		return wGerund
	case "JJ", "JJR", "JJS":
		return wAdj
	case "DT", "PDT", "PRP$", "WDT", "WP$", "POS":
		return wDet
	case "IN", "TO", "RP":
		return wPrep
	case "RB", "RBR", "RBS", "WRB":
		return wAdv
	case "MD":
		return wModal
	case "PRP", "WP", "EX":
		return wPron
	case "CD":
		return wNum
	case "CC":
		return wConj
	case ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP", "$", "#":
		return wPunct
	}
	return wOther
}

var classNames = []string{"N", "NNP", "V", "VBD", "VBN", "VBG", "J", "D", "IN", "RB", "MD", "PRP", "CD", "CC", "P", "X"}

func classByName(s string) wclass {
	for i, n := range classNames {
		if n == s {
			return 1 << i
		}
	}
	return 0
}

// wordClasses maps lower-case word forms to their classes.
type wordClasses map[string]wclass

// loadWordClasses decodes the embedded list; malformed lines are skipped (the
// list is ours and TestWordClassesUpToDate checks it).
func loadWordClasses() wordClasses {
	wc := wordClasses{}
	sc := bufio.NewScanner(bytes.NewReader(wordClassTSV))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		form, tags, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		var c wclass
		for _, t := range strings.Split(tags, ",") {
			c |= classByName(t)
		}
		wc[form] = c
	}
	return wc
}

// of returns the classes of a lower-case word, guessing from its shape when the
// treebank did not have it.
func (wc wordClasses) of(lower, orig string) wclass {
	if c, ok := wc[lower]; ok {
		return c
	}
	if n := len(lower); n > 3 && lower[n-1] == 's' {
		// "arrives": a verb the treebank has only in other forms
		if c, ok := wc[lower[:n-1]]; ok && c&wVerb != 0 {
			return wVerb | c&wNoun
		}
		if c, ok := wc[lower[:n-2]]; ok && n > 4 && lower[n-2] == 'e' && c&wVerb != 0 {
			return wVerb | c&wNoun
		}
	}
	switch {
	case orig != "" && hasUpperLetter(orig[:1]):
		return wProper
	case isPunct(lower):
		return wPunct
	case strings.HasSuffix(lower, "ed"):
		return wPast | wPart | wAdj
	case strings.HasSuffix(lower, "ing"):
		return wGerund | wNoun
	case strings.HasSuffix(lower, "ly"):
		return wAdv
	case lower[0] >= '0' && lower[0] <= '9':
		return wNum
	}
	return wNoun | wAdj
}

// BuildWordClasses writes the word-class list from CoNLL-U files.
func BuildWordClasses(ud []string, w io.Writer) error {
	counts := map[string]map[wclass]int{}
	for _, p := range ud {
		f, err := os.Open(p)
		if err != nil {
			return fmt.Errorf("word classes: %w", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if line == "" || line[0] == '#' {
				continue
			}
			col := strings.Split(line, "\t")
			if len(col) < 5 || strings.ContainsAny(col[0], "-.") {
				continue
			}
			form := strings.ToLower(col[1])
			if counts[form] == nil {
				counts[form] = map[wclass]int{}
			}
			counts[form][xposClass(col[4])]++
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return fmt.Errorf("word classes: %s: %w", p, err)
		}
	}
	forms := make([]string, 0, len(counts))
	for f, m := range counts {
		total := 0
		for _, n := range m {
			total += n
		}
		if total >= 2 && !strings.ContainsAny(f, "\t\n") {
			forms = append(forms, f)
		}
	}
	sort.Strings(forms)
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# word classes v1, written by BuildWordClasses from UD English EWT (CC BY-SA 4.0); do not edit.")
	fmt.Fprintln(bw, "# form <tab> classes taking at least a tenth of its occurrences, most frequent first")
	for _, f := range forms {
		m := counts[f]
		total := 0
		type kv struct {
			c wclass
			n int
		}
		var kvs []kv
		for c, n := range m {
			total += n
			kvs = append(kvs, kv{c, n})
		}
		sort.Slice(kvs, func(i, j int) bool {
			if kvs[i].n != kvs[j].n {
				return kvs[i].n > kvs[j].n
			}
			return kvs[i].c < kvs[j].c
		})
		var names []string
		for _, x := range kvs {
			if x.n*10 < total {
				break
			}
			for i := range classNames {
				if x.c == 1<<i {
					names = append(names, classNames[i])
				}
			}
		}
		fmt.Fprintf(bw, "%s\t%s\n", f, strings.Join(names, ","))
	}
	return bw.Flush()
}
