package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/ner/corpus"
	"github.com/newsgraph/newsgraph/extract/pipeline"
)

// pipelineLabel maps an entity type to the CoNLL label its names are scored
// under: nationalities are MISC in CoNLL-2003 ("Russian", "German").
var pipelineLabel = map[string]string{
	extract.Person:       "PER",
	extract.Location:     "LOC",
	extract.Organization: "ORG",
	extract.Misc:         "MISC",
	extract.NORP:         "MISC",
}

// pronouns are coreference mentions, whatever their case.
var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "his": true, "her": true,
	"him": true, "them": true, "its": true, "their": true, "we": true, "i": true, "you": true}

// evalNERPipeline scores what a user of `newsgraph extract` gets, not the
// tagger alone: each CoNLL document is run through the whole extractor (its
// sentences as paragraphs, words joined by spaces), and every named mention
// is scored with its entity's final type, after titles are cut, mentions are
// clustered and each cluster is typed by the gazetteer and the article. A
// mention whose edges fall inside a word counts as a wrong prediction.
// Descriptions ("the minister") are coreference, not names, and are left out.
//
// With errs, every gold span missed or mistyped and every wrong prediction is
// listed there, one per line, with its sentence.
func evalNERPipeline(ctx context.Context, docs []corpus.Document, stdout, errs io.Writer) error {
	p, err := pipeline.New()
	if err != nil {
		return err
	}
	g, err := gazetteer.New()
	if err != nil {
		return err
	}
	s := ner.Scores{}
	var b strings.Builder
	for di, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		// Code-point offset of each word, and the word starting/ending at an offset.
		type at struct{ sent, word int }
		starts := map[int]at{}
		ends := map[int]at{}
		b.Reset()
		off := 0
		for si, se := range d.Sentences {
			if si > 0 {
				b.WriteString("\n\n")
				off += 2
			}
			for wi, w := range se.Words {
				if wi > 0 {
					b.WriteByte(' ')
					off++
				}
				starts[off] = at{si, wi}
				b.WriteString(w)
				off += utf8.RuneCountInString(w)
				ends[off] = at{si, wi}
			}
		}
		a, err := p.Analyze(ctx, extract.Document{ID: fmt.Sprintf("conll-%d", di), Text: b.String()})
		if err != nil {
			return fmt.Errorf("eval ner --pipeline: document %d: %w", di+1, err)
		}
		pred := make([][]string, len(d.Sentences))
		for si, se := range d.Sentences {
			pred[si] = make([]string, len(se.Words))
			for wi := range pred[si] {
				pred[si][wi] = "O"
			}
		}
		stray := map[string]int{}
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				label := pipelineLabel[e.Type]
				if _, ok := g.Demonym(m.Text); ok {
					label = "MISC" // "Russian" is a mention of Russia, and MISC in CoNLL
				}
				if r, _ := utf8.DecodeRuneInString(m.Text); !unicode.IsUpper(r) && !unicode.IsDigit(r) || pronouns[strings.ToLower(m.Text)] {
					continue // a description or a pronoun ("He" opening a sentence), not a name
				}
				st, ok1 := starts[m.Start]
				en, ok2 := ends[m.End]
				if !ok1 || !ok2 || st.sent != en.sent {
					stray[label]++
					continue
				}
				pred[st.sent][st.word] = "B-" + label
				for k := st.word + 1; k <= en.word; k++ {
					pred[st.sent][k] = "I-" + label
				}
			}
		}
		for si, se := range d.Sentences {
			s.Add(se.Tags, pred[si])
			if errs != nil {
				listSpanErrors(errs, di, se.Words, se.Tags, pred[si])
			}
		}
		for label, n := range stray {
			c := s[label]
			if c == nil {
				c = &ner.Counts{}
				s[label] = c
			}
			c.Pred += n
		}
	}
	s.Report(stdout)
	return nil
}

// listSpanErrors writes the gold spans a prediction missed or mistyped and
// the predicted spans that are not gold.
func listSpanErrors(w io.Writer, doc int, words, gold, pred []string) {
	gs, ps := corpus.Spans(gold), corpus.Spans(pred)
	in := func(sp corpus.Span, set []corpus.Span) bool {
		for _, x := range set {
			if x == sp {
				return true
			}
		}
		return false
	}
	sent := strings.Join(words, " ")
	for _, sp := range gs {
		if !in(sp, ps) {
			fmt.Fprintf(w, "doc %d MISS %s %q | %s\n", doc+1, sp.Type, strings.Join(words[sp.Start:sp.End], " "), sent)
		}
	}
	for _, sp := range ps {
		if !in(sp, gs) {
			fmt.Fprintf(w, "doc %d WRONG %s %q | %s\n", doc+1, sp.Type, strings.Join(words[sp.Start:sp.End], " "), sent)
		}
	}
}
