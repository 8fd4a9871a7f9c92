package pipeline

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"

	"github.com/newsgraph/newsgraph/extract"
)

// relExample is one candidate pair with its gold class.
type relExample struct {
	feats []uint64
	label int
}

// relExamples runs the entity stages on each CoNLL04 sentence and turns every
// candidate pair into an example, labelled from the gold relations when both names
// align with gold entity spans (as EvalCoNLL04 aligns them).
//
// With withGold (training), gold entities our tagger missed or cut differently
// replace our mentions, so the classifier learns from every gold relation.
func (p *Pipeline) relExamples(ctx context.Context, sents []CoNLL04Sentence, withGold bool) ([]relExample, error) {
	typeIndex := map[string]int{}
	for i, t := range CoNLL04Types {
		typeIndex[t] = i
	}
	var out []relExample
	for i := range sents {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		s := &sents[i]
		text, starts := s.text()
		golds := s.entities(starts)
		gold := map[[2]relSpan]int{}
		for _, g := range s.triples(golds) {
			gold[[2]relSpan{g.head, g.tail}] = typeIndex[g.typ]
		}
		passes := 1
		if withGold {
			passes = 2
		}
		for pass := 0; pass < passes; pass++ {
			d := p.prepare(extract.Document{Text: text})
			p.buildEntities(d)
			p.findRoles(d)
			p.resolveDescriptions(d)
			if pass == 1 {
				p.injectGold(d, golds)
			}
			out = p.appendExamples(out, d, golds, gold)
		}
	}
	return out, nil
}

// appendExamples labels the candidate pairs of one analysed sentence.
func (p *Pipeline) appendExamples(out []relExample, d *doc, golds []c4Entity, gold map[[2]relSpan]int) []relExample {
	lw := lowerWordsOf(d.runes)
	align := func(m *mention) (relSpan, bool) {
		return p.alignSpan(d.runes, lw, relSpan{d.toks[m.start].Start, d.toks[m.end-1].End}, golds)
	}
	forEachRelPair(d, func(a, b *mention) {
		label := 0
		ga, oka := align(a)
		gb, okb := align(b)
		if oka && okb {
			if t, ok := gold[[2]relSpan{ga, gb}]; ok {
				label = relClass(t, true)
			} else if t, ok := gold[[2]relSpan{gb, ga}]; ok {
				label = relClass(t, false)
			}
		}
		ta, tb := relType(d, a), relType(d, b)
		out = append(out, relExample{feats: d.relFeatures(nil, a, b, ta, tb), label: label})
	})
	return out
}

// TrainRelations trains the relation classifier on CoNLL04 sentences and writes
// the model to w (the file embedded as relmodel.bin).
func (p *Pipeline) TrainRelations(ctx context.Context, sents []CoNLL04Sentence, epochs int, w io.Writer) error {
	exs, err := p.relExamples(ctx, sents, true)
	if err != nil {
		return err
	}
	m := trainRelModel(exs, epochs)
	if err := m.encode(w); err != nil {
		return fmt.Errorf("relation model: %w", err)
	}
	return nil
}

// trainRelModel is the averaged perceptron: w holds the current weights and u the
// updates weighted by their time, so the average is w - u/c.
func trainRelModel(exs []relExample, epochs int) *relModel {
	m := newRelModel()
	var u []float32
	row := func(f uint64) int {
		r, ok := m.rows[f]
		if !ok {
			r = int32(len(m.rows))
			m.rows[f] = r
			m.weights = append(m.weights, make([]float32, relClasses)...)
			u = append(u, make([]float32, relClasses)...)
		}
		return int(r) * relClasses
	}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(1, 2)) // fixed: training is reproducible
	c := float32(1)
	var sc [relClasses]float32
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := exs[i]
			m.scores(ex.feats, &sc)
			best := 0
			for k := 1; k < relClasses; k++ {
				if sc[k] > sc[best] {
					best = k
				}
			}
			if best != ex.label {
				for _, f := range ex.feats {
					r := row(f)
					m.weights[r+ex.label]++
					m.weights[r+best]--
					u[r+ex.label] += c
					u[r+best] -= c
				}
			}
			c++
		}
	}
	for i := range m.weights {
		m.weights[i] -= u[i] / c
	}
	return m
}

// c4GoldType maps CoNLL04 entity types to tagger labels and entity types.
var c4GoldType = map[string][2]string{
	"Peop": {"PER", extract.Person},
	"Loc":  {"LOC", extract.Location},
	"Org":  {"ORG", extract.Organization},
}

// injectGold makes every gold Peop/Loc/Org span a mention of its own entity,
// removing our mentions that overlap it.
func (p *Pipeline) injectGold(d *doc, golds []c4Entity) {
	lw := lowerWordsOf(d.runes)
	for _, g := range golds {
		gt, ok := c4GoldType[g.typ]
		if !ok {
			continue
		}
		i := 0
		for i < len(d.toks) && d.toks[i].Start < g.start {
			i++
		}
		if i == len(d.toks) || d.toks[i].Start != g.start {
			continue
		}
		j := i
		for j < len(d.toks) && d.toks[j].End <= g.end {
			j++
		}
		if j == i {
			continue
		}
		if al, ok := p.alignSpan(d.runes, lw, relSpan{d.toks[i].Start, d.toks[j-1].End}, []c4Entity{g}); !ok || al != g.relSpan {
			continue
		}
		if mi := d.mentionAt[i]; mi >= 0 && d.mentions[mi].start == i && d.mentions[mi].end == j {
			continue // ours already
		}
		for k := i; k < j; k++ {
			if mi := d.mentionAt[k]; mi >= 0 {
				m := d.mentions[mi]
				for x := m.start; x < m.end; x++ {
					d.mentionAt[x] = -1
				}
			}
		}
		m := &mention{start: i, end: j, label: gt[0], ent: len(d.ents)}
		d.ents = append(d.ents, &entity{id: "g" + itoa(len(d.ents)), name: d.text(i, j), typ: gt[1], mentions: []int{len(d.mentions)}})
		for k := i; k < j; k++ {
			d.mentionAt[k] = len(d.mentions)
		}
		d.mentions = append(d.mentions, m)
	}
}
