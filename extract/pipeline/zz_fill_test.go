package pipeline

import (
	"context"
	"os"
	"testing"
)

func TestZZFillCeiling(t *testing.T) {
	if os.Getenv("NG_ABLATE") == "" {
		t.Skip("scratch")
	}
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	bySet, _, err := p.eventExamples(context.Background(), loadDevSetsForTest(t))
	if err != nil {
		t.Fatal(err)
	}
	var held []evHeld
	for k := range bySet {
		var tr []evGroup
		for j := range bySet {
			if j != k {
				tr = append(tr, bySet[j].groups...)
			}
		}
		held = append(held, scoreGroups(trainModels(tr), bySet[k].groups)...)
	}
	for _, rm := range []float32{-1, 0, 1, 2} {
		var comp []evHeld
		for _, h := range held {
			if !h.withParts && h.complete {
				h.eventMargin = 100
				comp = append(comp, h)
			}
		}
		r, w := outcome(comp, 0, rm)
		t.Logf("role margin %g: complete groups %d: oracle event classifier reads right %d, wrong %d", rm, len(comp), r, w)
	}
	// event classifier separation: complete vs not by margin rank
	n, c := 0, 0
	for _, h := range held {
		if !h.withParts {
			n++
			if h.complete {
				c++
			}
		}
	}
	t.Logf("%d/%d complete", c, n)
}
