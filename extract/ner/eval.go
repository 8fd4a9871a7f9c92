package ner

import (
	"fmt"
	"io"
	"sort"

	"github.com/newsgraph/newsgraph/extract/ner/corpus"
)

// Counts are exact-span matches for one type, as conlleval counts them.
type Counts struct{ Gold, Pred, Correct int }

// Precision, Recall and F1 are conlleval's, in [0, 1].
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Pred) }
func (c Counts) Recall() float64    { return ratio(c.Correct, c.Gold) }
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores holds counts per entity type.
type Scores map[string]*Counts

// Add scores one sentence's predicted IOB tags against the gold ones.
func (s Scores) Add(gold, pred []string) {
	get := func(t string) *Counts {
		c := s[t]
		if c == nil {
			c = &Counts{}
			s[t] = c
		}
		return c
	}
	gs := corpus.Spans(gold)
	ps := corpus.Spans(pred)
	set := make(map[corpus.Span]bool, len(gs))
	for _, sp := range gs {
		get(sp.Type).Gold++
		set[sp] = true
	}
	for _, sp := range ps {
		get(sp.Type).Pred++
		if set[sp] {
			get(sp.Type).Correct++
		}
	}
}

// Micro sums the counts of the given types (all when none given).
func (s Scores) Micro(types ...string) Counts {
	var m Counts
	for t, c := range s {
		if len(types) > 0 && !contains(types, t) {
			continue
		}
		m.Gold += c.Gold
		m.Pred += c.Pred
		m.Correct += c.Correct
	}
	return m
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// Report prints the scores in conlleval's layout plus a PER/LOC/ORG line.
func (s Scores) Report(w io.Writer) {
	all := s.Micro()
	fmt.Fprintf(w, "processed phrases: found: %d; correct: %d; gold: %d.\n", all.Pred, all.Correct, all.Gold)
	fmt.Fprintf(w, "%-10s precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n", "overall", 100*all.Precision(), 100*all.Recall(), 100*all.F1())
	types := make([]string, 0, len(s))
	for t := range s {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := s[t]
		fmt.Fprintf(w, "%10s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n", t, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Pred)
	}
	plo := s.Micro("PER", "LOC", "ORG")
	fmt.Fprintf(w, "%-10s precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n", "PER+LOC+ORG", 100*plo.Precision(), 100*plo.Recall(), 100*plo.F1())
}

// Evaluate tags every document of a labelled corpus and scores it.
func (t *Tagger) Evaluate(docs []corpus.Document) Scores {
	s := Scores{}
	for _, d := range docs {
		words := make([][]string, len(d.Sentences))
		for i, se := range d.Sentences {
			words[i] = se.Words
		}
		pred := t.TagSentences(words)
		for i, se := range d.Sentences {
			s.Add(se.Tags, pred[i])
		}
	}
	return s
}
