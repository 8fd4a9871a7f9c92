package pipeline

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// go test ./extract/pipeline -run TestRelationCVCauses -relmodel-cv-causes ../../../shared/data/conll04/conll04_train.json
// sorts the cross-validated misses of the relation stage on a training file
// by the first stage that lost them: an entity span, the candidate pairs, the
// type check, the rules of relationKept, the threshold or the class.
var relCVCauses = flag.String("relmodel-cv-causes", "", "CoNLL04 training file: count the cross-validated misses by cause")

func TestRelationCVCauses(t *testing.T) {
	if *relCVCauses == "" {
		t.Skip("no -relmodel-cv-causes file")
	}
	sents, err := ReadCoNLL04(*relCVCauses)
	if err != nil {
		t.Fatal(err)
	}
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	exs, err := p.relExamples(ctx, sents, true)
	if err != nil {
		t.Fatal(err)
	}
	typeIndex := map[string]int{}
	for i, t := range CoNLL04Types {
		typeIndex[t] = i
	}
	causes := map[string]int{}
	dropTP, dropFP := map[string]int{}, map[string]int{}
	var cutLog []string
	examples := map[string][]string{}
	for k := 0; k < relFolds; k++ {
		var tr []relExample
		for _, ex := range exs {
			if ex.sent%relFolds != k {
				tr = append(tr, ex)
			}
		}
		var buf bytes.Buffer
		if err := trainRelFull(tr, defaultRelTraining, 0).encode(&buf); err != nil {
			t.Fatal(err)
		}
		m, err := decodeRelModel(buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		q := *p
		q.rel = m
		for i := range sents {
			if i%relFolds != k {
				continue
			}
			s := &sents[i]
			rep, err := q.EvalCoNLL04(ctx, []CoNLL04Sentence{*s})
			if err != nil {
				t.Fatal(err)
			}
			fns := map[string]bool{}
			for _, e := range rep.Errors {
				if strings.HasPrefix(e, "0 FN ") {
					fns[strings.SplitN(e[5:], " | ", 2)[0]] = true
				}
			}
			if len(fns) == 0 {
				continue
			}
			text, starts := s.text()
			golds := s.entities(starts)
			d := q.readNames(extract.Document{Text: text})
			runes := []rune(text)
			lw := lowerWordsOf(runes)
			span := func(s relSpan) string { return string(runes[s.start:s.end]) }
			find := func(g relSpan) (*mention, string) {
				var cut *mention
				for _, m := range d.mentions {
					al, ok := q.alignSpan(runes, lw, relSpan{d.toks[m.start].Start, d.toks[m.end-1].End}, golds)
					if ok && al == g {
						if !relCandidate(d, m) {
							return m, "notcand"
						}
						return m, ""
					}
					ms, me := d.toks[m.start].Start, d.toks[m.end-1].End
					if ms < g.end && g.start < me {
						cut = m
					}
				}
				if cut != nil {
					cutLog = append(cutLog, fmt.Sprintf("gold %q ours %q", span(g), d.text(cut.start, cut.end)))
					return nil, "cut"
				}
				return nil, "missed"
			}
			{
				// Pairs the classifier relates but a check of
				// relationDrop drops, by check, class and margin.
				gold := map[[2]relSpan]int{}
				for _, g := range s.triples(golds) {
					gold[[2]relSpan{g.head, g.tail}] = typeIndex[g.typ]
				}
				forEachRelPair(d, func(a, b *mention) {
					ta, tb := relType(d, a), relType(d, b)
					if !anyClassFits(ta, tb) || inList(d, a, b) {
						return
					}
					feats := d.relFeatures(nil, a, b, ta, tb)
					var sc [relClasses]float32
					m.scores(feats, &sc)
					best := bestClass(&sc, ta, tb)
					if best == 0 {
						return
					}
					why := q.relationDrop(d, best, a, b)
					if why == "" {
						return
					}
					ga, oka := q.alignSpan(runes, lw, relSpan{d.toks[a.start].Start, d.toks[a.end-1].End}, golds)
					gb, okb := q.alignSpan(runes, lw, relSpan{d.toks[b.start].Start, d.toks[b.end-1].End}, golds)
					label := 0
					if oka && okb {
						if t, ok := gold[[2]relSpan{ga, gb}]; ok {
							label = relClass(t, true)
						} else if t, ok := gold[[2]relSpan{gb, ga}]; ok {
							label = relClass(t, false)
						}
					}
					bin := "lo"
					if mg := sc[best] - sc[0]; mg > 3 {
						bin = "hi"
					} else if mg > 1.5 {
						bin = "mid"
					}
					k := fmt.Sprintf("%s/%s/%s", why, CoNLL04Types[(best-1)/2], bin)
					if label == best {
						dropTP[k]++
					} else {
						dropFP[k]++
					}
				})
			}
			for _, g := range s.triples(golds) {
				key := fmt.Sprintf("%s(%s, %s)", g.typ, span(g.head), span(g.tail))
				if !fns[key] {
					continue
				}
				cause := func() string {
					hm, hc := find(g.head)
					tm, tc := find(g.tail)
					if hc != "" || tc != "" {
						return "span:" + hc + "/" + tc
					}
					a, b, firstIsHead := hm, tm, true
					if tm.start < hm.start {
						a, b, firstIsHead = tm, hm, false
					}
					c := relClass(typeIndex[g.typ], firstIsHead)
					ta, tb := relType(d, a), relType(d, b)
					if a.ent == b.ent {
						return "pair:sameent"
					}
					if b.start-a.end > maxRelGap {
						return "pair:gap"
					}
					if quoteBetween(d, a.end, b.start) {
						return "pair:quote"
					}
					if clauseBreak(d, a.end, b.start) {
						for k := a.end; k < b.start; k++ {
							switch d.lower[k] {
							case ";", "said", "says", "say", "told", "according", "while", "but", "although":
								return "pair:clause:" + d.lower[k]
							}
						}
						return "pair:clause:gap"
					}
					if !classFits(c, ta, tb) {
						return "type:" + ta + tb
					}
					if inList(d, a, b) {
						return "list"
					}
					if why := q.relationDrop(d, c, a, b); why != "" {
						return "kept:" + why
					}
					feats := d.relFeatures(nil, a, b, ta, tb)
					var sc [relClasses]float32
					m.scores(feats, &sc)
					best := bestClass(&sc, ta, tb)
					if best == 0 {
						margin := sc[c] - sc[0]
						switch {
						case margin > -1:
							return "thr:near"
						case margin > -3:
							return "thr:mid"
						}
						return "thr:far"
					}
					if best != c {
						return "class"
					}
					return "later"
				}()
				causes[cause]++
				examples[cause] = append(examples[cause], key+" | "+text)
			}
			q.release(d)
		}
	}
	var names []string
	for c := range causes {
		names = append(names, c)
	}
	sort.Slice(names, func(i, j int) bool { return causes[names[i]] > causes[names[j]] })
	var b strings.Builder
	for _, c := range names {
		fmt.Fprintf(&b, "%-16s %4d\n", c, causes[c])
	}
	for _, c := range names {
		for i, e := range examples[c] {
			if i >= 25 {
				break
			}
			fmt.Fprintf(&b, "%s: %s\n", c, e)
		}
	}
	var dk []string
	for k := range dropTP {
		dk = append(dk, k)
	}
	for k := range dropFP {
		if dropTP[k] == 0 {
			dk = append(dk, k)
		}
	}
	sort.Strings(dk)
	for _, k := range dk {
		fmt.Fprintf(&b, "drop %-36s right %4d wrong %4d\n", k, dropTP[k], dropFP[k])
	}
	for _, c := range cutLog {
		fmt.Fprintln(&b, "cut:", c)
	}
	t.Log("\n" + b.String())
}
