package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
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
	const text = "The explosion near the Norwegian embassy wounded several passers-by, police in the capital said."
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

// TestEventModelRebuild: training is deterministic and the embedded
// eventmodel.bin is what `newsgraph train events` builds from the
// development sets now.
func TestEventModelRebuild(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	bySet, _, err := p.eventExamples(context.Background(), loadDevSetsForTest(t))
	if err != nil {
		t.Fatal(err)
	}
	a := encodeModel(t, trainOnSets(bySet))
	b := encodeModel(t, trainOnSets(bySet))
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same examples gave different models")
	}
	if !bytes.Equal(a, embeddedEventModel) {
		t.Fatalf("extract/pipeline/eventmodel.bin (%d bytes) is not what the development sets train (%d bytes): run `go run ./cmd/newsgraph train events` and commit it", len(embeddedEventModel), len(a))
	}
}

// TestFoldGate: a part whose margin gains pooled but loses more than
// evFoldLoss on one held-out set is switched off; one that loses no more
// stays on.
func TestFoldGate(t *testing.T) {
	held := func(falseN, rightN int) []filterHeld {
		var hs []filterHeld
		for range falseN {
			hs = append(hs, filterHeld{margin: -1})
		}
		for range rightN {
			hs = append(hs, filterHeld{margin: -1, right: true})
		}
		return append(hs, filterHeld{margin: 3, right: true})
	}
	for _, c := range []struct {
		second [2]int // false, right events the filter drops on the second set
		on     bool
	}{{[2]int{0, evFoldLoss}, true}, {[2]int{0, evFoldLoss + 1}, false}, {[2]int{1, evFoldLoss + 1}, true}} {
		m := handModel()
		m.dropMargin = 0
		foldGate(m, [][]evHeld{nil, nil}, [][]filterHeld{held(12, 0), held(c.second[0], c.second[1])})
		if on := !math.IsInf(float64(m.dropMargin), -1); on != c.on {
			t.Errorf("second set dropping %d false, %d right: filter on %v, want %v", c.second[0], c.second[1], on, c.on)
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
	if dm := chooseDrop(mk(evMinGain - 1)); !math.IsInf(float64(dm), -1) {
		t.Errorf("%d false events below the right ones: drop margin %g, want none", evMinGain-1, dm)
	}
	if dm := chooseDrop(mk(evMinGain)); dm <= -2 || dm >= 1 {
		t.Errorf("%d false events below the right ones: drop margin %g, want between them", evMinGain, dm)
	}
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
