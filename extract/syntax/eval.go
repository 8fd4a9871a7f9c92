package syntax

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Scores are tagging and attachment accuracies over words, punctuation
// included (as the CoNLL 2018 shared task scores UD).
type Scores struct {
	Words    int
	UPOS     int // words with the gold UPOS
	UAS      int // words with the gold head
	LAS      int // gold head and gold relation, subtype included (nsubj:pass)
	LASUniv  int // gold head and gold universal relation (subtype ignored, CoNLL 2018 LAS)
	Elapsed  time.Duration
	Sentence int
}

func pct(a, n int) float64 { return 100 * float64(a) / float64(max(n, 1)) }

// Evaluate parses every sentence from its words and scores it against the gold.
func (p *Parser) Evaluate(sents []Sentence) Scores {
	var sc Scores
	var out []Word
	start := time.Now()
	for _, s := range sents {
		out = p.ParseInto(out, s.Words)
		sc.Sentence++
		for i, w := range out {
			sc.Words++
			if w.Tag == s.Tags[i] {
				sc.UPOS++
			}
			if w.Head == s.Heads[i] {
				sc.UAS++
				if w.Rel == s.Rels[i] {
					sc.LAS++
				}
				if universal(w.Rel) == universal(s.Rels[i]) {
					sc.LASUniv++
				}
			}
		}
	}
	sc.Elapsed = time.Since(start)
	return sc
}

func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// Report prints the scores on one line under name.
func (s Scores) Report(w io.Writer, name string) {
	fmt.Fprintf(w, "%-6s %5d sentences %6d words  UPOS %.2f  UAS %.2f  LAS %.2f (universal relations %.2f)  %.0f words/s\n",
		name, s.Sentence, s.Words, pct(s.UPOS, s.Words), pct(s.UAS, s.Words), pct(s.LAS, s.Words), pct(s.LASUniv, s.Words),
		float64(s.Words)/max(s.Elapsed.Seconds(), 1e-9))
}
