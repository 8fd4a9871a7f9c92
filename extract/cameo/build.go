package cameo

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Sources are the inputs of Build.
type Sources struct {
	CAMEO string   // PETRARCH's CAMEO.2.0.txt
	UD    []string // CoNLL-U files (UD English EWT); noun lemmas and verb shares come from them
}

// Minimum evidence in the treebank.
const (
	minNounCount  = 1    // suffix nominalisations ("annexation") are seldom anything else
	minZeroCount  = 3    // zero-derived and -ing nouns ("attack", "meeting") need more
	minFormCount  = 5    // a form seen this often ...
	maxVerbShare  = 0.10 // ... and a verb less often than this is not a verb trigger
	derivedHeader = "# cameo derived lists v1, written by cameo.Build; do not edit.\n" +
		"# N noun verb-lemma treebank-count: nominal trigger (plural generated at load)\n" +
		"# X form verb-share/count: a dictionary verb form that is rarely a verb: not a trigger\n"
)

// eventfulZero are the types whose verbs may be used as nouns unchanged ("an
// attack", "the visit"); a statement verb used as a noun ("a comment", "a
// report") names a text, not an event.
var eventfulZero = map[string]bool{
	Meet: true, PhoneCall: true, Visit: true, Negotiate: true, Protest: true, Attack: true,
	Occupy: true, Arrest: true, Sanction: true, MilitaryPosture: true, Death: true, Injury: true,
	Election: true, Appointment: true, Resignation: true, Trial: true, Sentence: true,
	Threaten: true, Demand: true, Appeal: true,
}

// Build writes the derived lists that New embeds (data/derived.tsv): the
// nominal triggers proposed by suffix rules and attested as nouns in the
// treebank, and the verb forms the treebank shows are rarely verbs. The output
// depends only on the inputs' contents.
func Build(src Sources, w io.Writer) error {
	f, err := os.Open(src.CAMEO)
	if err != nil {
		return fmt.Errorf("cameo: build: %w", err)
	}
	defer f.Close()
	d, err := parseDict(f, filepath.Base(src.CAMEO))
	if err != nil {
		return err
	}
	tb := treebankCounts{nounLemma: map[string]int{}, form: map[string]int{}, formVerb: map[string]int{}}
	for _, p := range src.UD {
		if err := tb.read(p); err != nil {
			return err
		}
	}
	overrides := codeOverrides()
	deny := nominalDeny()
	curatedNoun := map[string]bool{}
	for _, c := range curatedEntries() {
		if c.nominal && len(c.words) == 1 {
			curatedNoun[c.words[0]] = true
		}
	}
	nominals := map[string]string{}
	counts := map[string]int{}
	verbForm := map[string]bool{}
	for _, b := range d.blocks {
		for _, v := range b.verbs {
			for _, f := range phraseForms(v) {
				if len(f) == 1 {
					verbForm[f[0]] = true
				}
			}
			if len(v.words) != 1 {
				continue
			}
			lemma := v.words[0]
			code, _ := splitCode(effectiveCode(lemma, v.code, b.code, overrides))
			typ := EventType(code)
			if typ == "" {
				continue
			}
			for _, c := range nominalCandidates(lemma) {
				if deny[c] || curatedNoun[c] {
					continue
				}
				if _, taken := nominals[c]; taken {
					continue
				}
				zero := c == lemma || strings.HasSuffix(c, "ing")
				need := minNounCount
				if zero {
					if !eventfulZero[typ] {
						continue
					}
					need = minZeroCount
				}
				if n := tb.nounLemma[c]; n >= need {
					nominals[c] = lemma
					counts[c] = n
				}
			}
		}
	}
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, derivedHeader)
	nouns := sortedKeys(nominals)
	for _, n := range nouns {
		fmt.Fprintf(bw, "N\t%s\t%s\t%d\n", n, nominals[n], counts[n])
	}
	for _, form := range sortedKeys(verbForm) {
		total := tb.form[form]
		if total < minFormCount || nominals[form] != "" {
			continue
		}
		share := float64(tb.formVerb[form]) / float64(total)
		if share < maxVerbShare {
			fmt.Fprintf(bw, "X\t%s\t%.3f/%d\n", form, share, total)
		}
	}
	return bw.Flush()
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type treebankCounts struct {
	nounLemma map[string]int // lower-case NOUN lemma -> count
	form      map[string]int // lower-case form -> count
	formVerb  map[string]int // lower-case form -> count as VERB
}

// read adds one CoNLL-U file: ID FORM LEMMA UPOS ... per token line.
func (tb *treebankCounts) read(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cameo: build: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1024*1024), 1024*1024)
	for sc.Scan() {
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		cols := strings.Split(t, "\t")
		if len(cols) < 4 || strings.ContainsAny(cols[0], "-.") {
			continue // multiword-token ranges and empty nodes
		}
		form, lemma, upos := strings.ToLower(cols[1]), strings.ToLower(cols[2]), cols[3]
		if upos == "PROPN" {
			// Names and months ("March", "Sue") say nothing about the word's use.
			continue
		}
		tb.form[form]++
		switch upos {
		case "VERB":
			tb.formVerb[form]++
		case "NOUN":
			tb.nounLemma[lemma]++
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("cameo: build: reading %s: %w", path, err)
	}
	return nil
}
