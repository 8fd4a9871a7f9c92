package cameo

import (
	"bufio"
	"encoding/csv"
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
	// News is a POS-tagged news corpus in the GMB NER extract's CSV shape
	// (Sentence #,Word,POS,Tag; Voice of America news). The web treebank is
	// too small to attest many event nouns news uses daily ("kidnapping",
	// "abduction", "slaying", "shelling"); a million words of news do.
	// Optional.
	News string
	// Exclude are texts whose sentences the News counts leave out: the
	// bundled stories come from the same corpus, and some are blind test
	// sets, so no word may be attested by them.
	Exclude []string
}

// Minimum evidence in the treebank.
const (
	minNounCount = 1    // suffix nominalisations ("annexation") are seldom anything else
	minZeroCount = 3    // zero-derived and -ing nouns ("attack", "meeting") need more
	minFormCount = 5    // a form seen this often ...
	maxVerbShare = 0.10 // ... and a verb less often than this is not a verb trigger
	// In the news corpus (Sources.News) a noun of an inventory event needs
	// more uses, as it is larger and only its POS tags (no lemmas) say so:
	// three for a suffix noun, five for a zero-derived or -ing noun, which
	// must moreover be tagged a noun at least as often as a verb ("firing",
	// "beating" are mostly verbs there).
	minNewsNoun   = 3
	minNewsZero   = 5
	derivedHeader = "# cameo derived lists v1, written by cameo.Build; do not edit.\n" +
		"# N noun verb-lemma count: nominal trigger (plural generated at load); count is the\n" +
		"#   treebank's, or news=N when only the news corpus attests it\n" +
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
	news := newsCounts{noun: map[string]int{}, verb: map[string]int{}}
	if src.News != "" {
		if err := news.read(src.News, src.Exclude); err != nil {
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
	newsOnly := map[string]int{}
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
				} else if n, ok := news.attests(c, zero, typ); ok {
					nominals[c] = lemma
					newsOnly[c] = n
				}
			}
		}
	}
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, derivedHeader)
	nouns := sortedKeys(nominals)
	for _, n := range nouns {
		if c, ok := newsOnly[n]; ok {
			fmt.Fprintf(bw, "N\t%s\t%s\tnews=%d\n", n, nominals[n], c)
			continue
		}
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

// newsEventful are the types a noun attested only by the news corpus may
// take: the inventory's (a noun of any other CAMEO family would be turned
// away by the pipeline anyway).
var newsEventful = map[string]bool{
	Meet: true, PhoneCall: true, Visit: true, Negotiate: true, Agreement: true, Appeal: true, Demand: true,
	Threaten: true, Protest: true, MilitaryPosture: true, Sanction: true, Attack: true, Occupy: true,
	Arrest: true, Trial: true, Sentence: true, Election: true, Appointment: true, Resignation: true,
	Death: true, Injury: true,
}

// newsCounts are a POS-tagged news corpus's counts by lower-case form.
type newsCounts struct {
	noun map[string]int // NN and NNS
	verb map[string]int // VB*
}

// attests reports whether the news corpus has c as a noun often enough
// for a trigger of type typ, and how often (singular and plural uses).
func (nc *newsCounts) attests(c string, zero bool, typ string) (int, bool) {
	if !newsEventful[typ] {
		return 0, false
	}
	n := nc.noun[c] + nc.noun[pluralOf(c)]
	if !zero {
		return n, n >= minNewsNoun
	}
	return n, n >= minNewsZero && n >= nc.verb[c]
}

// read counts the GMB NER extract: "Sentence: N,Word,POS,Tag" opens a
// sentence, ",Word,POS,Tag" continues it (CSV, with quoted commas; the
// file is Windows-1252, whose non-ASCII bytes no event noun has).
// Sentences found in an excluded text are not counted.
func (nc *newsCounts) read(path string, exclude []string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cameo: build: %w", err)
	}
	defer f.Close()
	skip := map[string]bool{}
	for _, t := range exclude {
		for _, s := range roughSentences(t) {
			skip[sentenceKey(s)] = true
		}
	}
	r := csv.NewReader(bufio.NewReader(f))
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	var words, tags []string
	flush := func() {
		if len(words) > 0 && !skip[sentenceKey(strings.Join(words, " "))] {
			for i, w := range words {
				w = strings.ToLower(w)
				switch {
				case tags[i] == "NN" || tags[i] == "NNS":
					nc.noun[w]++
				case strings.HasPrefix(tags[i], "VB"):
					nc.verb[w]++
				}
			}
		}
		words, tags = words[:0], tags[:0]
	}
	for first := true; ; first = false {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("cameo: build: reading %s: %w", path, err)
		}
		if first || len(rec) < 4 {
			continue // the header
		}
		if rec[0] != "" {
			flush()
		}
		words, tags = append(words, rec[1]), append(tags, rec[2])
	}
	flush()
	return nil
}

// roughSentences splits a text at paragraph breaks and after ". ", "? ",
// "! ": enough to find the corpus's sentences in it by sentenceKey.
func roughSentences(t string) []string {
	var out []string
	for _, para := range strings.Split(t, "\n") {
		start := 0
		for i := 0; i+1 < len(para); i++ {
			if (para[i] == '.' || para[i] == '?' || para[i] == '!') && para[i+1] == ' ' {
				out = append(out, para[start:i+1])
				start = i + 2
			}
		}
		out = append(out, para[start:])
	}
	return out
}

// sentenceKey is a sentence's first 40 letters and digits, lower case:
// the same for a text's sentence and the corpus's tokens of it.
func sentenceKey(s string) string {
	var b strings.Builder
	for i := 0; i < len(s) && b.Len() < 40; i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteByte(c)
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		}
	}
	return b.String()
}
