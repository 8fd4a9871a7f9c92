package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// loadDevSetsForTest reads the development gold files `newsgraph train
// events` trains on and their stories (never a blind or a CHECK set), the
// sets the rules were tuned on marked.
func loadDevSetsForTest(t *testing.T) []EventSet {
	t.Helper()
	byID := sampleByID(t)
	dir := filepath.Join("..", "..", "testdata", "events")
	f, err := os.Open(filepath.Join(dir, "voa_extra.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 4<<20)
	for sc.Scan() {
		var d extract.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		byID[d.ID] = d
	}
	tuned := map[string]bool{}
	for _, n := range RulesTunedEventSets() {
		tuned[n] = true
	}
	var sets []EventSet
	for _, n := range DevEventSets() {
		gf, err := os.Open(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		g, err := ReadEventGold(gf, n)
		gf.Close()
		if err != nil {
			t.Fatal(err)
		}
		sets = append(sets, EventSet{Name: strings.TrimSuffix(n, ".tsv"), Gold: g, Stories: byID, RulesTuned: tuned[n]})
	}
	return sets
}

// handModel is a model written by hand, not trained: it keeps every event
// the rules leave without participants and reads each candidate as a
// PATIENT; it re-reads nothing and filters nothing. It pins the mechanism,
// whatever the shipped model switches on.
func handModel() *eventArgModel {
	ev := &evLinear{k: 2, rows: map[uint64]int32{evHash("bias"): 0}, weights: []float32{0, 5}}
	role := &evLinear{k: evClasses, rows: map[uint64]int32{evHash("bias"): 0}, weights: []float32{0, 0, 5, 0}}
	filter := &evLinear{k: 2, rows: map[uint64]int32{}}
	return &eventArgModel{event: ev, role: role, filter: filter, keepMargin: float32(math.Inf(1)), dropMargin: float32(math.Inf(-1))}
}

func encodeModel(t *testing.T, m *eventArgModel) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := m.encode(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func eventsWith(t *testing.T, p *Pipeline, m *eventArgModel, text string) *extract.Analysis {
	t.Helper()
	var data []byte
	if m != nil {
		data = encodeModel(t, m)
	}
	q, err := p.WithEventModel(data)
	if err != nil {
		t.Fatal(err)
	}
	a, err := q.Analyze(context.Background(), extract.Document{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestLearnedPartsFillEventTheRulesDrop(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	// the rules find "explosion" and "wounded" but read no one: no event
	const text = "The explosion near the Norwegian aid office wounded several passers-by, police in the capital said." // (an embassy is its country's: event_args_placestruck.go)
	if a := eventsWith(t, p, nil, text); len(a.Events) != 0 {
		t.Fatalf("rules alone: want no event, got %+v", a.Events)
	}
	a := eventsWith(t, p, handModel(), text)
	if len(a.Events) != 1 || a.Events[0].Type != "ATTACK" || len(a.Events[0].Participants) != 1 {
		t.Fatalf("with the learned reader: want one ATTACK with one participant, got %+v", a.Events)
	}
	pt := a.Events[0].Participants[0]
	for _, e := range a.Entities {
		if e.ID == pt.Entity && (e.Name != "Norway" || pt.Role != patient) {
			t.Errorf("participant %s as %s, want Norway as PATIENT", e.Name, pt.Role)
		}
	}
}

func TestLearnedFilterDropsEvents(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const text = "Thousands of Peruvians protested in Lima on Sunday."
	if a := eventsWith(t, p, nil, text); len(a.Events) != 1 {
		t.Fatalf("rules alone: want the protest, got %+v", a.Events)
	}
	m := handModel()
	m.filter = &evLinear{k: 2, rows: map[uint64]int32{evHash("bias"): 0}, weights: []float32{5, 0}} // judges every event false
	m.dropMargin = 0
	if a := eventsWith(t, p, m, text); len(a.Events) != 0 {
		t.Fatalf("a filter judging every event false kept %+v", a.Events)
	}
}

func TestEventModelEncoding(t *testing.T) {
	data := encodeModel(t, handModel())
	m, err := decodeEventArgModel(data)
	if err != nil {
		t.Fatal(err)
	}
	if again := encodeModel(t, m); !bytes.Equal(again, data) {
		t.Fatal("decode then encode changed the bytes")
	}
	if m, err := decodeEventArgModel(nil); m != nil || err != nil {
		t.Fatalf("an empty file is no model: got %v, %v", m, err)
	}
	if _, err := decodeEventArgModel([]byte("not a model")); err == nil {
		t.Fatal("garbage decoded")
	}
	for n := 1; n < len(data); n++ {
		if _, err := decodeEventArgModel(data[:n]); err == nil {
			t.Fatalf("a model cut to %d of %d bytes decoded", n, len(data))
		}
	}
}

// TestEventModelRebuild: the embedded eventmodel.bin is what `newsgraph
// train events` builds from the development sets now, so training is
// deterministic across processes.
func TestEventModelRebuild(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	bySet, _, err := p.eventExamples(context.Background(), loadDevSetsForTest(t))
	if err != nil {
		t.Fatal(err)
	}
	// One training that reproduces the model another process built shows
	// determinism too; a second training, the slowest step of the package's
	// tests (sixty sets), runs only to tell the two failures apart.
	a := encodeModel(t, trainOnSets(bySet))
	if !bytes.Equal(a, embeddedEventModel) {
		if b := encodeModel(t, trainOnSets(bySet)); !bytes.Equal(a, b) {
			t.Fatal("two trainings on the same examples gave different models")
		}
		t.Fatalf("extract/pipeline/eventmodel.bin (%d bytes) is not what the development sets train (%d bytes): run `go run ./cmd/newsgraph train events` and commit it", len(embeddedEventModel), len(a))
	}
}

// gateOf is a part's held-out record with the given gains per set, the
// same at the chosen margin and nested; the first half of the sets choose.
func gateOf(gains [][2]int) partGate {
	g := partGate{name: "filter", cost: evDropCost}
	for i, gb := range gains {
		f := foldGain{set: fmt.Sprintf("set%d", i), tuned: i >= len(gains)/2, good: gb[0], bad: gb[1], nestedGood: gb[0], nestedBad: gb[1]}
		if !f.tuned {
			g.pooled += f.utility(g.cost)
		}
		g.folds = append(g.folds, f)
	}
	return g
}

// TestFoldGate: a part that gains on most sets but loses more than
// evFoldLoss (tp-fp) on one held-out set is switched off; one that loses
// no more stays on.
func TestFoldGate(t *testing.T) {
	for _, c := range []struct {
		second [2]int // good, bad events on the second set
		on     bool
	}{{[2]int{0, 0}, true}, {[2]int{0, 1 + evFoldLoss}, false}, {[2]int{1, 1 + evFoldLoss}, true}} {
		gains := make([][2]int, 12)
		for i := range gains {
			gains[i] = [2]int{2, 0}
		}
		gains[1] = c.second
		if on, why := gatePart(gateOf(gains)); on != c.on {
			t.Errorf("second set gaining %d, losing %d: on %v (%s), want %v", c.second[0], c.second[1], on, why, c.on)
		}
	}
}

// TestChooseDropNeedsGain: a filter that would drop fewer false events
// than evMinGain (and no right ones) is left off; one that drops enough is on.
func TestChooseDropNeedsGain(t *testing.T) {
	mk := func(falseN int) []filterHeld {
		var hs []filterHeld
		for range falseN {
			hs = append(hs, filterHeld{margin: -2})
		}
		for range 20 {
			hs = append(hs, filterHeld{margin: 1, right: true})
		}
		return hs
	}
	if dm, u := chooseDrop(mk(evMinGain - 1)); u >= evMinGain {
		t.Errorf("%d false events below the right ones: drop margin %g, utility %d, want < %d", evMinGain-1, dm, u, evMinGain)
	}
	if dm, u := chooseDrop(mk(evMinGain)); dm <= -2 || dm >= 1 || u != evMinGain {
		t.Errorf("%d false events below the right ones: drop margin %g, utility %d, want between them, %d", evMinGain, dm, u, evMinGain)
	}
	// the gate: the same utility spread over the sets switches it on,
	// below evMinGain off
	for _, c := range []struct {
		n  int
		on bool
	}{{evMinGain - 1, false}, {evMinGain, true}} {
		gains := make([][2]int, 2*c.n)
		for i := range c.n {
			gains[i] = [2]int{1, 0}
			gains[c.n+i] = [2]int{1, 0}
		}
		if on, why := gatePart(gateOf(gains)); on != c.on {
			t.Errorf("pooled utility %d on %d sets: on %v (%s), want %v", c.n, c.n, on, why, c.on)
		}
	}
}

// TestGateNoKnifeEdge: the switch does not flip when one event changes on
// one held-out set. The first record is like the filter's that flipped in
// the thirteenth session: a pooled utility of exactly evMinGain carried by
// a few sets while others lose (the old rule, pooled gain and fold loss
// alone, says on, and off with one event less). The second gains a little
// on most sets: on, and still on with any one event more or less.
func TestGateNoKnifeEdge(t *testing.T) {
	edge := [][2]int{{5, 3}, {3, 0}, {1, 1}, {1, 1}, {2, 0}, {3, 0}, {0, 0}, {4, 2}, {1, 2}, {1, 0},
		{1, 0}, {0, 0}, {0, 1}, {0, 0}, {1, 1}, {1, 0}}
	steady := make([][2]int, 16)
	for i := range steady {
		steady[i] = [2]int{2, i % 4 / 3} // three in four gain 2, the others lose nothing net
	}
	for _, c := range []struct {
		name  string
		gains [][2]int
		on    bool
	}{{"edge", edge, false}, {"steady", steady, true}} {
		g := gateOf(c.gains)
		if c.name == "edge" && g.pooled != evMinGain {
			t.Fatalf("edge: pooled utility %d, want %d (the old rule's threshold)", g.pooled, evMinGain)
		}
		if on, why := gatePart(g); on != c.on {
			t.Fatalf("%s: on %v (%s), want %v", c.name, on, why, c.on)
		}
		oldFlips := false // does the old rule flip with one event?
		for i := range c.gains {
			for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
				gs := append([][2]int(nil), c.gains...)
				gs[i] = [2]int{gs[i][0] + d[0], gs[i][1] + d[1]}
				if gs[i][0] < 0 || gs[i][1] < 0 {
					continue
				}
				if on, why := gatePart(gateOf(gs)); on != c.on {
					t.Errorf("%s with set %d changed by %v: on %v (%s), want %v", c.name, i, d, on, why, c.on)
				}
				oldFlips = oldFlips || oldGate(gateOf(gs)) != oldGate(g)
			}
		}
		if c.name == "edge" && (!oldGate(g) || !oldFlips) {
			t.Errorf("edge: the old rule says on %v and flips with one event %v; want a knife edge (on, flips)", oldGate(g), oldFlips)
		}
	}
}

// oldGate is the switch before the thirteenth session: a pooled utility of
// evMinGain and no held-out set losing more than evFoldLoss.
func oldGate(g partGate) bool {
	if g.pooled < evMinGain {
		return false
	}
	for _, f := range g.folds {
		if f.net() < -evFoldLoss {
			return false
		}
	}
	return true
}

// TestFilterTrainingSkipsTunedSets: with sets marked as tuned on by the
// rules, the filter learns from the others only, and never from the set
// left out; with none marked, from every set.
func TestFilterTrainingSkipsTunedSets(t *testing.T) {
	ex := func(n int) []linEx { return make([]linEx, n) }
	sets := []setData{{filter: ex(5), tuned: true}, {filter: ex(3)}, {filter: ex(2)}}
	if got := len(filterTraining(sets, -1)); got != 5 {
		t.Errorf("untuned sets hold 5 examples, got %d", got)
	}
	if got := len(filterTraining(sets, 1)); got != 2 {
		t.Errorf("leaving set 1 out: want its 2 untuned neighbours' examples, got %d", got)
	}
	for i := range sets {
		sets[i].tuned = false
	}
	if got := len(filterTraining(sets, 0)); got != 5 {
		t.Errorf("no tuned sets, set 0 left out: want 5 examples, got %d", got)
	}
}

// TestTunedSetVetoesFilter: a filter the sets the rules were not tuned on
// would switch on (it drops their false events) stays off when it drops
// the right events of a set the rules were tuned on; it stays on when it
// drops that set's false events too.
func TestTunedSetVetoesFilter(t *testing.T) {
	x, bias := evHash("x"), evHash("bias")
	mk := func(xLabel int, tuned bool) setData {
		var exs []linEx
		for range 4 {
			exs = append(exs, linEx{feats: []uint64{bias, x}, label: xLabel})
		}
		for range 6 {
			exs = append(exs, linEx{feats: []uint64{bias}, label: 1})
		}
		// (a trigger without participants: trainOnSets leaves out a fold with none)
		return setData{filter: exs, tuned: tuned, groups: []evGroup{{feats: []uint64{bias}}}}
	}
	for _, c := range []struct {
		tunedX int // the label of the tuned set's events with feature x
		on     bool
	}{{1, false}, {0, true}} {
		sets := []setData{mk(0, false), mk(0, false), mk(0, false), mk(c.tunedX, true)}
		m := trainOnSets(sets)
		if on := !math.IsInf(float64(m.dropMargin), -1); on != c.on {
			t.Errorf("tuned set's x events labelled %d: filter on %v, want %v", c.tunedX, on, c.on)
		}
	}
}
