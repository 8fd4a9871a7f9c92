package pipeline

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"sort"
	"strings"
)

// A learned reader of event participants.
//
// The hand rules (event_args.go, event_tree.go) find a trigger and then read
// its participants from the words around it; on unseen news the commonest
// miss is a trigger found whose participants no rule reads, so the event is
// dropped. This classifier scores every named mention of the trigger's
// sentence as the event's AGENT, PATIENT, PARTICIPANT or nothing, and is
// asked only when the rules found no participant. Its features are general
// (the event type, where the name stands, the words between, the
// preposition before it, the dependency path), not the trigger's lemma or
// the names, so that 600 labelled events teach the construction and not the
// stories. It is trained from the development gold files by
// `newsgraph train events` (TrainEventArgs) and embedded as eventmodel.bin;
// `newsgraph eval events --cv` measures it set by set on sets it did not
// train on.
//
// Three parts, each switched on only when leaving each training set out in
// turn shows a gain: fill (above), re-read (add names the rules left out of
// an event they gave participants) and a filter of the events kept at the
// end. First measured (eighth session, five development sets, leave one set
// out): none gains on a held-out set. Of 605 triggers the rules leave
// without participants, 89 have every gold participant in their sentence;
// at an event margin of 1 the held-out fill made 6 events right and 17
// false, and 3 right and 5 false at 2; re-read lost more right events than
// it won at every margin; the filter's lowest-scored events were false no
// more often than the kept events overall (16%). In-sample every part fits
// its sets almost perfectly: the constructions the rules miss on these
// stories do not repeat across sets. So the shipped model switches all
// three off and the pipeline does not keep it (New).
//
// Ninth session, ten development sets (1,000 gold events, 702 kept by the
// rules), leave one set out. Where the errors are: of 473 gold events
// missed, 380 have no kept event of their type in their sentences and 93
// were kept with other participants; of 206 false events, 113 have no gold
// event of the type in the sentence and 93 are those wrong readings. The
// sets split in two: on the four the rules were tuned on longest
// (voa_gold, voa_blind2, voa_dev4, voa_dev5) the rules keep 9 events right
// in 10; on the other six, 5 in 10, as on unseen news. Pooled over all ten
// no part gains (fill: at most 17 right for 113 false at margin 0; even
// told which triggers are events, the role reader reads 97 of 209 right;
// re-read loses at every margin; the filter's lowest 100 hold 46 false
// events and 54 right ones, at the base rate of the sets the rules were
// tuned on mixed with that of the others). Trained on the six untuned
// sets and judged on them (train events --tuned), the filter does rank:
// its lowest 100 hold 73 false and 27 right; leaving each set out, it
// turns tp-fp on those six from 11 to 53 (every set gains 2 to 13;
// precision 0.516 to 0.602, recall 0.333 to 0.300, F1 0.405 to 0.401) but
// on the four tuned sets from 279 to 210 (it drops events the rules were
// tuned to keep). Richer filter features (the trigger's stem, its parse
// relation and head, hedge, negation and quote words, participant paths,
// salience) ranked no better held out; stem and parse features did not
// help the fill's event classifier either. The gain hangs on which sets
// are marked: marking only voa_gold and voa_blind2, the filter loses on
// voa_dev4 and voa_dev5 (rules precision 0.83), the fold gate switches it
// off in most folds, and tp-fp on the eight unmarked sets goes from 76 to
// 72. It helps where the rules keep right about half their events, not
// where they keep four in five. The default (no set marked
// tuned) switches every part off; --tuned voa_gold.tsv,voa_blind2.tsv,
// voa_dev4.tsv,voa_dev5.tsv switches the filter on, a choice to make on
// sets no one tuned on (voa_dev8, voa_dev9).
//
// Eleventh session: the fourteen TUNE sets (voa_gold, voa_blind2,
// voa_dev4..dev15; the first four, which the rules fit closely, marked
// tuned by default), leave one set out (`eval events --cv`, which now
// scores rules, rules+filter, rules+fill/re-read and rules+all per set).
// On the ten untuned sets the rules keep 334 right and 227 false (533
// missed: P 0.595, R 0.385, tp-fp 107), on the four tuned 335 and 40.
// Rules+filter: 332/227 (tp-fp 105: the inner choice switched the filter
// on in one fold of fourteen, voa_dev7, which lost 2); rules+fill and
// re-read: 334/227, off in every fold; the tuned sets unchanged. The
// ninth session's ranking did not repeat once voa_dev8, dev9, dev14 and
// dev15 joined: held out, the filter's lowest 100 events of the untuned
// sets hold 61 false and 39 right (ninth: 73/27 on six sets), AUC 0.63.
// Features added and measured held out (the side and distance of each
// participant's nearest mention; its salience; the trigger inside a
// quotation and where the attribution stands; the story's count of kept
// events and of events of the type, and the sentence's third; names of
// the sentence the event leaves out; the mention's label; the auxiliary
// before the trigger; the trigger word; which reader gave the
// participants: readArgs, the tree, or a later rule): AUC 0.61 to 0.65,
// nested gain on the untuned sets -2 to +3 at evDropCost 2; none kept.
// Trained on all fourteen sets: AUC 0.59, nested +7 on the untuned sets
// (15 false dropped, 8 right) and -3 on voa_gold. At cost 1 (the tp-fp
// break-even): +7 untuned, -85 tuned (right events of voa_gold and
// voa_blind2 dropped by the dozen). The rule of the ninth session switched
// re-read on for the model trained on all fourteen sets (the tuned sets
// had no say); on CHECK (voa_dev16, voa_dev17) that model lost 3 right
// events and added 4 false (tp-fp -8 to -15). So a tuned set held out
// now vetoes a part that loses more than evFoldLoss on it (foldGate),
// though only the untuned sets choose margins. In hindsight (not a
// decision rule): a filter trained on the untuned sets, its margin chosen
// on their own pooled held-out scores at cost 2, drops 17 false and 7
// right there; on CHECK 7 false and no right one (tp-fp -8 to -1); on
// the BBC stories 126 of 1,411 events, of which a random 20 held 13 false.
// The signal is too weak for the gain rule: every part stays off.
//
// Thirteenth session: the switch was a knife edge. Two small rule changes
// each switched the filter on (in-sample TUNE +17, CHECK unchanged, BBC
// 58 events dropped, half of them right). On the 20 TUNE sets (`train
// events --folds`): fill's best pooled utility is -29, re-read's -13; the
// filter's chosen margin gains 12 pooled on the 16 untuned sets but loses
// 6 (tp-fp) on voa_gold, so it is off. Judged set by set at a margin
// chosen without the set (nested), that 12 is all margin choice: the
// untuned sets' nested utilities sum to 0 (30 false events dropped, 15
// right), the tuned ones lose 10 tp-fp (2 false, 12 right). Retrained
// without each TUNE set in turn (--leave-each-out), the old rule switched
// the filter on in 4 of 20 (without voa_dev7, dev12, dev17, dev21). So
// gatePart (event_learn_gate.go) also asks the nested gains to be
// consistent: mean over the held-out sets above 2 standard errors, at
// most one set in four losing. With it no part switches on in any of
// the 20 retrainings. (The old rule's model without voa_dev7, voa_gold
// losing exactly 2, scores TUNE tp-fp 598 -> 633, CHECK 29 -> 32: 6 false
// and 3 right events dropped, recall down; at cost 2 no gain, as nested.)
// A stricter filter (its margin chosen at a cost of 3
// or 4 right events per false one, to drop only events it is sure of)
// finds no such events: pooled utility 3 at cost 3, none at 4.

//go:embed eventmodel.bin
var embeddedEventModel []byte

// Classes of a (trigger, mention) pair.
const (
	evNone = iota
	evAgent
	evPatient
	evParticipant
	evClasses
)

var evRoleName = [evClasses]string{"", agent, patient, participant}

func evClassOf(role string) int {
	switch role {
	case agent:
		return evAgent
	case patient:
		return evPatient
	case participant:
		return evParticipant
	}
	return evNone
}

// eventArgModel is the learned reader: an event classifier (is the
// trigger, as the rules left it without participants, a gold event whose
// participants stand in its sentence?) and a role classifier over its
// candidates, each with the margin it must clear.
type eventArgModel struct {
	event, role             *evLinear
	eventMargin, roleMargin float32
	// keepMargin: the margin a name of an event the rules gave
	// participants must clear to be one; infinite leaves their reading.
	keepMargin float32
	// filter judges the events kept at the end (1 right, 0 false); one
	// whose margin falls below dropMargin is dropped (minus infinity: none).
	filter     *evLinear
	dropMargin float32
}

// parts says which parts of the model are switched on: the margins
// cross-validation chose leave a part off when it gained nothing.
func (m *eventArgModel) parts() string {
	on := func(b bool) string {
		if b {
			return "on"
		}
		return "off"
	}
	return fmt.Sprintf("fill %s, re-read %s, filter %s", on(!math.IsInf(float64(m.eventMargin), 1)),
		on(!math.IsInf(float64(m.keepMargin), 1)), on(!math.IsInf(float64(m.dropMargin), -1)))
}

// anyOn: some part of the model reads something (nil reads nothing).
func (m *eventArgModel) anyOn() bool {
	return m != nil && (!math.IsInf(float64(m.eventMargin), 1) || !math.IsInf(float64(m.keepMargin), 1) || !math.IsInf(float64(m.dropMargin), -1))
}

// filterLog is an event kept at the end with its filter features.
type filterLog struct {
	ev    *event
	feats []uint64
}

// learnedFilter drops the kept events the filter judges false.
func (p *Pipeline) learnedFilter(d *doc) {
	if d.filterLog == nil && (p.evArgs == nil || math.IsInf(float64(p.evArgs.dropMargin), -1)) {
		return
	}
	for _, ev := range d.events {
		if ev.dropped {
			continue
		}
		f := p.evFilterFeatures(d, ev)
		if d.filterLog != nil {
			*d.filterLog = append(*d.filterLog, filterLog{ev: ev, feats: f})
			continue
		}
		if p.evArgs.filter.eventMargin(f) < p.evArgs.dropMargin {
			ev.dropped = true
		}
	}
}

// evFilterFeatures describes a kept event as a whole: its type, how its
// participants were read, their kinds, what the sentence around its
// trigger says; no words of the story beyond closed-class ones.
func (p *Pipeline) evFilterFeatures(d *doc, ev *event) []uint64 {
	fs := make([]uint64, 0, 40)
	add := func(parts ...string) { fs = append(fs, evHash(parts...)) }
	pos := "N"
	if !ev.nominal {
		pos = "V"
	}
	typ := ev.typ
	s := d.sents[ev.sentence]
	ss, se := s.Start, s.End
	add("bias")
	add("type", typ, pos)
	add("code2", typ, ev.code[:min(2, len(ev.code))])
	add("nparts", distBucket(len(ev.parts)), typ)
	roles := make([]string, 0, len(ev.parts))
	local := 0
	for _, pt := range ev.parts {
		roles = append(roles, pt.role)
		en := d.ents[pt.ent]
		add("part", pt.role, en.typ, en.subtype, typ)
		add("part.pos", pt.role, en.typ, pos)
		here := false
		for _, mi := range en.mentions {
			if m := d.mentions[mi]; m.start >= ss && m.end <= se {
				here = true
				break
			}
		}
		if here {
			local++
		}
	}
	sort.Strings(roles)
	add("roles", strings.Join(roles, "+"), typ)
	add("local", distBucket(len(ev.parts)-local), pos)
	add("flags", fmt.Sprint(ev.fallback, ev.counterpart, ev.collective, ev.attended, ev.consent, ev.lightSubject))
	add("fallback", fmt.Sprint(ev.fallback), typ)
	add("recent", fmt.Sprint(ev.recent), pos)
	add("date", ev.precision, pos)
	add("loc", fmt.Sprint(ev.loc >= 0), typ)
	add("nsent", distBucket(len(ev.sentences)), pos)
	add("first", distBucket(ev.sentence))
	add("conf", fmt.Sprintf("%.1f", ev.conf), typ)
	add("trig-1", wordFeat(d, ev.trigStart-1, ss, se), pos)
	add("trig+1", wordFeat(d, ev.trigEnd, ss, se), pos)
	add("trig-2", wordFeat(d, ev.trigStart-2, ss, se), pos)
	modal, said, quote := false, false, false
	for k := ss; k < se; k++ {
		switch d.lower[k] {
		case "would", "could", "may", "might", "should", "if", "not", "no", "never":
			if k < ev.trigStart && k >= ev.trigStart-4 {
				modal = true
			}
		case "said", "says", "say", "told", "according":
			said = true
		case "\"", "``", "''":
			quote = true
		}
	}
	add("modal", fmt.Sprint(modal), pos)
	add("said", fmt.Sprint(said, quote))
	n := 0
	for _, o := range d.events {
		if o != ev && !o.dropped && o.sentence == ev.sentence {
			n++
		}
	}
	add("others", distBucket(n), pos)
	return fs
}

// evLinear holds one row of class weights per hashed feature.
type evLinear struct {
	k       int // classes: 2 for the event classifier, evClasses for roles
	rows    map[uint64]int32
	weights []float32
}

func (m *evLinear) scores(feats []uint64, s *[evClasses]float32) {
	*s = [evClasses]float32{}
	for _, f := range feats {
		r, ok := m.rows[f]
		if !ok {
			continue
		}
		w := m.weights[int(r)*m.k : int(r+1)*m.k]
		for c := range w {
			s[c] += w[c]
		}
	}
}

// roleMargin is the best role's score over "none".
func (m *evLinear) roleMargin(feats []uint64) (int, float32) {
	var sc [evClasses]float32
	m.scores(feats, &sc)
	bc := evAgent
	for k := evPatient; k < evClasses; k++ {
		if sc[k] > sc[bc] {
			bc = k
		}
	}
	return bc, sc[bc] - sc[evNone]
}

// eventMargin is the event score over "no event".
func (m *evLinear) eventMargin(feats []uint64) float32 {
	var sc [evClasses]float32
	m.scores(feats, &sc)
	return sc[1] - sc[0]
}

// argCand is one named mention of the sentence considered for an event.
type argCand struct {
	ent   int
	rule  string // the role the rules gave it, "" for none
	feats []uint64
}

// evArgCandidates lists the named mentions of the sentence [ss, se) outside
// the trigger that could take part in ev, one per entity (the nearest to the
// trigger), with their features.
func (p *Pipeline) evArgCandidates(d *doc, ev *event, ss, se int) []argCand {
	type near struct {
		m    *mention
		dist int
	}
	best := map[int]near{}
	var order []int
	for k := ss; k < se; k++ {
		mi := d.mentionAt[k]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if m.start != k || m.ent < 0 || m.nominal {
			continue
		}
		if m.end > ev.trigStart && m.start < ev.trigEnd {
			continue // a name inside the trigger ("the Taba summit") is its place or modifier
		}
		if !participantOK(d, m) {
			continue
		}
		dist := ev.trigStart - m.end
		if m.start >= ev.trigEnd {
			dist = m.start - ev.trigEnd
		}
		if o, ok := best[m.ent]; !ok || dist < o.dist {
			if !ok {
				order = append(order, m.ent)
			}
			best[m.ent] = near{m, dist}
		}
	}
	if len(order) == 0 {
		return nil
	}
	var t tree
	if tw := p.sentTree(d, d.sentOf[ev.trigStart]); len(tw) == se-ss {
		t = tree{w: tw, ss: ss}
	}
	out := make([]argCand, 0, len(order))
	for _, e := range order {
		c := argCand{ent: e}
		for _, pt := range ev.parts {
			if pt.ent == e {
				c.rule = pt.role
			}
		}
		c.feats = p.evArgFeatures(d, ev, best[e].m, ss, se, t, len(order))
		// what the rules read: the model learns when to keep it
		r := c.rule
		if r == "" {
			r = "none"
		}
		nr := distBucket(len(ev.parts))
		c.feats = append(c.feats, evHash("rule", r, nr), evHash("rule.type", r, ev.typ), evHash("rule.dir", r, dirOf(ev, best[e].m), nr))
		out = append(out, c)
	}
	return out
}

// closedWords are the function words a feature may name; any other word
// is named by its shape only, so that no feature remembers a story's words.
var closedWords = map[string]bool{
	"by": true, "of": true, "with": true, "against": true, "on": true, "in": true, "at": true, "to": true,
	"from": true, "for": true, "between": true, "and": true, "or": true, ",": true, "'s": true, "the": true,
	"a": true, "an": true, "said": true, "says": true, "who": true, "which": true, "that": true, "after": true,
	"when": true, "while": true, "was": true, "were": true, "is": true, "are": true, "has": true, "have": true,
	"had": true, "been": true, "will": true, "his": true, "her": true, "their": true, "its": true, "into": true,
	"over": true, "during": true, "among": true, "(": true, ")": true, "\"": true, "''": true, "``": true,
	"--": true, "-": true, ":": true, ";": true, "as": true, "than": true, "not": true,
}

func wordFeat(d *doc, k, lo, hi int) string {
	if k < lo || k >= hi {
		return "<>"
	}
	w := d.lower[k]
	if closedWords[w] {
		return w
	}
	if d.mentionAt[k] >= 0 {
		return "NAME"
	}
	if capitalised(d.words[k]) {
		return "Cap"
	}
	if strings.HasSuffix(w, "ed") {
		return "-ed"
	}
	if strings.HasSuffix(w, "ing") {
		return "-ing"
	}
	return "w"
}

func distBucket(n int) string {
	switch {
	case n <= 0:
		return "0"
	case n == 1:
		return "1"
	case n == 2:
		return "2"
	case n <= 4:
		return "3-4"
	case n <= 8:
		return "5-8"
	case n <= 15:
		return "9-15"
	}
	return "16+"
}

func dirOf(ev *event, m *mention) string {
	if m.end <= ev.trigStart {
		return "L"
	}
	return "R"
}

// evArgFeatures describes mention m as a participant of ev.
func (p *Pipeline) evArgFeatures(d *doc, ev *event, m *mention, ss, se int, t tree, nCands int) []uint64 {
	typ := ev.typ
	cls := "asym"
	if symmetric[typ] {
		cls = "sym"
	}
	pos := "N"
	if !ev.nominal {
		pos = "V"
		if (tree{ss: ss}).passive(d, ev.trigStart-ss) {
			pos = "Vpass"
		}
	}
	dir, dist := "R", m.start-ev.trigEnd
	if m.end <= ev.trigStart {
		dir, dist = "L", ev.trigStart-m.end
	}
	en := d.ents[m.ent]
	etype := en.typ + "/" + en.subtype
	if m.label == "NORP" {
		etype = "NORP"
	}
	// words between the name and the trigger
	lo, hi := m.end, ev.trigStart
	if dir == "R" {
		lo, hi = ev.trigEnd, m.start
	}
	comma, verb, names, said, rel := false, false, 0, false, false
	for k := lo; k < hi; k++ {
		switch w := d.lower[k]; w {
		case ",", ";", ":", "--":
			comma = true
		case "said", "says", "say", "told":
			said = true
		case "who", "which", "that", "when", "after", "while", "because":
			rel = true
		}
		if d.mentionAt[k] >= 0 && (k == lo || d.mentionAt[k-1] != d.mentionAt[k]) {
			names++
		}
		if k > lo && isVerbish(d.lower[k]) {
			verb = true
		}
	}
	before := wordFeat(d, m.start-1, ss, se)
	after := wordFeat(d, m.end, ss, se)
	trigBefore := wordFeat(d, ev.trigStart-1, ss, se)
	trigAfter := wordFeat(d, ev.trigEnd, ss, se)
	subj := false
	for _, e := range p.sentenceSubject(d, ss, ev.trigStart) {
		if e == m.ent {
			subj = true
		}
	}
	path := "nopath"
	cas := ""
	if t.w != nil {
		path = t.path(ev, m)
		if h := t.nameHead(m); h >= 0 {
			cas = t.caseOf(d, h)
			if !closedWords[cas] {
				cas = "other"
			}
		}
	}
	fs := make([]uint64, 0, 48)
	add := func(parts ...string) { fs = append(fs, evHash(parts...)) }
	add("bias")
	add("type", typ)
	add("cls", cls, pos)
	add("type.pos", typ, pos)
	add("etype", etype)
	add("etype.cls", etype, cls)
	add("etype.type", etype, typ)
	add("dir", dir, pos)
	add("dir.type", dir, typ, pos)
	add("dist", dir, distBucket(dist))
	add("dist.cls", dir, distBucket(dist), cls, pos)
	add("between", fmt.Sprint(comma, verb, said, rel))
	add("between.dir", dir, fmt.Sprint(comma, verb, said, rel), pos)
	add("names", dir, distBucket(names))
	add("ncands", distBucket(nCands))
	add("before", before, dir)
	add("before.cls", before, dir, cls, pos)
	add("after", after, dir)
	add("after.cls", after, dir, cls, pos)
	add("trig-1", trigBefore, dir, pos)
	add("trig+1", trigAfter, dir, pos)
	add("trig-1.type", trigBefore, dir, typ)
	add("trig+1.type", trigAfter, dir, typ)
	add("subj", fmt.Sprint(subj), pos, cls)
	add("subj.type", fmt.Sprint(subj), typ)
	if dist == 0 {
		add("adjacent", dir, after, pos, cls)
		add("adjacent.type", dir, typ, after)
	}
	add("path", path, cls)
	add("path.type", path, typ)
	add("path.pos", path, pos)
	add("case", cas, dir, cls)
	add("case.type", cas, typ)
	add("case.path", cas, path)
	return fs
}

// isVerbish: a word that ends a clause's subject ("said", an -ed form).
func isVerbish(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "will", "said", "says":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// nameHead is the word of mention m whose head lies outside it, as a
// sentence index, or -1.
func (t tree) nameHead(m *mention) int {
	for i := m.start; i < m.end; i++ {
		j := i - t.ss
		if j < 0 || j >= len(t.w) {
			return -1
		}
		if h := t.w[j].Head; h < m.start-t.ss || h >= m.end-t.ss {
			return j
		}
	}
	return -1
}

// path is the dependency path from the trigger's head up to the lowest
// common ancestor and down to the name's head, as relations: "nsubj^",
// "obl:with^ nmod_", ... ("far" when longer than four steps).
func (t tree) path(ev *event, m *mention) string {
	a, b := t.trigHead(ev), t.nameHead(m)
	if a < 0 || b < 0 {
		return "nohead"
	}
	depth := func(i int) []int {
		var up []int
		for n := 0; i >= 0 && n < 64; n++ {
			up = append(up, i)
			i = t.w[i].Head
		}
		return up
	}
	ua, ub := depth(a), depth(b)
	at := map[int]int{}
	for k, i := range ua {
		at[i] = k
	}
	lca, kb := -1, 0
	for k, i := range ub {
		if _, ok := at[i]; ok {
			lca, kb = i, k
			break
		}
	}
	if lca < 0 {
		return "nolca"
	}
	ka := at[lca]
	if ka+kb > 4 {
		return "far"
	}
	var sb strings.Builder
	for _, i := range ua[:ka] {
		sb.WriteString(t.w[i].Rel)
		sb.WriteString("^ ")
	}
	for k := kb - 1; k >= 0; k-- {
		sb.WriteString(t.w[ub[k]].Rel)
		sb.WriteString("_ ")
	}
	return sb.String()
}

// learnedParts reads the participants of an event with the learned model.
// When the rules gave none, the event classifier says whether the trigger
// tells an event whose participants stand in its sentence, and if so each
// candidate whose best role scores above "none" by the role margin joins in
// that role (at most two, the best first). When the rules gave some, the
// role model judges the sentence's other names, the rules' reading among its
// features: a name joins when it clears the keep margin.
func (p *Pipeline) learnedParts(d *doc, ev *event, evs []*event, ss, se int) {
	if d.argLog == nil && (p.evArgs == nil || math.IsInf(float64(p.evArgs.eventMargin), 1) && math.IsInf(float64(p.evArgs.keepMargin), 1)) {
		return // (no candidates, no parse: the model reads nothing)
	}
	cands := p.evArgCandidates(d, ev, ss, se)
	if len(cands) == 0 {
		return
	}
	var efeats []uint64
	if len(ev.parts) == 0 {
		efeats = p.evEventFeatures(d, ev, evs, ss, se, cands)
	}
	if d.argLog != nil {
		*d.argLog = append(*d.argLog, argEventLog{ev: ev, feats: efeats, cands: cands, ruleParts: append([]part(nil), ev.parts...), viable: viable(ev)})
		return
	}
	m := p.evArgs
	if len(ev.parts) == 0 && math.IsInf(float64(m.eventMargin), 1) {
		return
	}
	if len(ev.parts) > 0 {
		if math.IsInf(float64(m.keepMargin), 1) {
			return
		}
		// the rules' names stay (chooseKeep measured dropping them: it
		// lost more events than it won); a name they left out joins when
		// it clears the keep margin
		for _, c := range cands {
			if c.rule != "" {
				continue
			}
			bc, mg := m.role.roleMargin(c.feats)
			r := evRoleName[bc]
			if mg <= m.keepMargin || (ev.typ == "DEATH" || ev.typ == "INJURY") && r == agent || !partAllowed(d, ev.typ, r, c.ent) {
				continue
			}
			ev.addPart(c.ent, r)
		}
		return
	}
	if m.event.eventMargin(efeats) <= m.eventMargin {
		return
	}
	type pick struct {
		ent    int
		class  int
		margin float32
	}
	var picks []pick
	for _, c := range cands {
		bc, mg := m.role.roleMargin(c.feats)
		if (ev.typ == "DEATH" || ev.typ == "INJURY") && bc == evAgent {
			continue // no one causes a death told as a death (findEvents drops such agents too)
		}
		if mg > m.roleMargin && partAllowed(d, ev.typ, evRoleName[bc], c.ent) {
			picks = append(picks, pick{c.ent, bc, mg})
		}
	}
	sort.SliceStable(picks, func(i, j int) bool { return picks[i].margin > picks[j].margin })
	for i, pk := range picks {
		if i == 2 {
			break
		}
		ev.addPart(pk.ent, evRoleName[pk.class])
	}
}

// evEventFeatures describes the event as a whole: whether a trigger the
// rules left without participants tells a real event with named ones.
func (p *Pipeline) evEventFeatures(d *doc, ev *event, evs []*event, ss, se int, cands []argCand) []uint64 {
	typ := ev.typ
	pos := "N"
	if !ev.nominal {
		pos = "V"
		if (tree{ss: ss}).passive(d, ev.trigStart-ss) {
			pos = "Vpass"
		}
	}
	fs := make([]uint64, 0, 24)
	add := func(parts ...string) { fs = append(fs, evHash(parts...)) }
	add("bias")
	add("type", typ)
	add("type.pos", typ, pos)
	add("code", ev.code)
	add("trig-1", wordFeat(d, ev.trigStart-1, ss, se), pos)
	add("trig-2", wordFeat(d, ev.trigStart-2, ss, se), pos)
	add("trig+1", wordFeat(d, ev.trigEnd, ss, se), pos)
	add("trig-1.type", wordFeat(d, ev.trigStart-1, ss, se), typ)
	add("ncands", distBucket(len(cands)))
	add("ncands.type", distBucket(len(cands)), typ)
	lead := "body"
	if d.sentOf[ev.trigStart] == 0 {
		lead = "lead"
	}
	add("lead", lead, pos)
	left, right := 0, 0
	for _, c := range cands {
		for _, mi := range d.ents[c.ent].mentions {
			if m := d.mentions[mi]; m.start >= ss && m.end <= se {
				if m.end <= ev.trigStart {
					left++
				} else {
					right++
				}
				break
			}
		}
	}
	add("sides", distBucket(left), distBucket(right), pos)
	modal := false
	for k := max(ss, ev.trigStart-4); k < ev.trigStart; k++ {
		switch d.lower[k] {
		case "would", "could", "may", "might", "should", "will", "to", "if", "not", "no":
			modal = true
		}
	}
	add("modal", fmt.Sprint(modal), pos)
	// another report of the sentence with participants: this trigger is
	// likely the same event told again ("killed ... in an attack") or a
	// part of it
	same, other := "none", "none"
	for _, o := range evs {
		if o == ev || len(o.parts) == 0 {
			continue
		}
		rel := "before"
		if o.trigStart > ev.trigStart {
			rel = "after"
		}
		if o.typ == ev.typ {
			same = rel
		} else {
			other = rel
		}
	}
	add("sibling", same, other, pos)
	add("sibling.type", same, typ)
	// the same type told in the two sentences before: an anaphor ("the attack")
	prev := "no"
	for i := len(d.events) - 1; i >= 0; i-- {
		o := d.events[i]
		if o.sentences[len(o.sentences)-1] < ev.sentence-2 {
			break
		}
		if o.typ == ev.typ && len(o.parts) > 0 {
			prev = "yes"
			break
		}
	}
	add("prev", prev, pos)
	add("prev.det", prev, wordFeat(d, ev.trigStart-1, ss, se), pos)
	return fs
}

func evHash(parts ...string) uint64 {
	h := fnv.New64a()
	for i, s := range parts {
		if i > 0 {
			h.Write([]byte{0})
		}
		io.WriteString(h, s)
	}
	return h.Sum64()
}

// argEventLog is what a collecting run records of one event the rules gave
// no participants: the event and its candidates.
type argEventLog struct {
	ev        *event
	feats     []uint64
	cands     []argCand
	ruleParts []part // what the rules read, before the model
	viable    bool   // with what the rules read, the event passes the final checks
}

const eventModelMagic = "NGEVA4\n"

// encode writes the model: magic, the two margins, then each classifier:
// its class and row counts, then per row its key and its class weights as
// float32, keys sorted, so the same model gives the same bytes.
func (m *eventArgModel) encode(w io.Writer) error {
	var buf bytes.Buffer
	buf.WriteString(eventModelMagic)
	var b [8]byte
	put32 := func(v uint32) {
		binary.LittleEndian.PutUint32(b[:4], v)
		buf.Write(b[:4])
	}
	put32(math.Float32bits(m.eventMargin))
	put32(math.Float32bits(m.roleMargin))
	put32(math.Float32bits(m.keepMargin))
	put32(math.Float32bits(m.dropMargin))
	for _, l := range []*evLinear{m.event, m.role, m.filter} {
		keys := make([]uint64, 0, len(l.rows))
		for k := range l.rows {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		put32(uint32(l.k))
		put32(uint32(len(keys)))
		for _, k := range keys {
			binary.LittleEndian.PutUint64(b[:], k)
			buf.Write(b[:])
			r := l.rows[k]
			for _, v := range l.weights[int(r)*l.k : int(r+1)*l.k] {
				put32(math.Float32bits(v))
			}
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// decodeEventArgModel reads a model written by encode; an empty file is no
// model (rules only).
func decodeEventArgModel(data []byte) (*eventArgModel, error) {
	if len(data) == 0 {
		return nil, nil
	}
	if !bytes.HasPrefix(data, []byte(eventModelMagic)) {
		return nil, errors.New("event model: bad header")
	}
	raw := data[len(eventModelMagic):]
	get32 := func() (uint32, bool) {
		if len(raw) < 4 {
			return 0, false
		}
		v := binary.LittleEndian.Uint32(raw)
		raw = raw[4:]
		return v, true
	}
	finite := func(v float32) bool { return !math.IsNaN(float64(v)) && !math.IsInf(float64(v), -1) }
	em, ok1 := get32()
	rm, ok2 := get32()
	km, ok3 := get32()
	dm, ok4 := get32()
	m := &eventArgModel{eventMargin: math.Float32frombits(em), roleMargin: math.Float32frombits(rm), keepMargin: math.Float32frombits(km),
		dropMargin: math.Float32frombits(dm)}
	if !ok1 || !ok2 || !ok3 || !ok4 || !finite(m.eventMargin) || !finite(m.roleMargin) || !finite(m.keepMargin) ||
		math.IsNaN(float64(m.dropMargin)) || math.IsInf(float64(m.dropMargin), 1) {
		return nil, errors.New("event model: bad margins")
	}
	for i := 0; i < 3; i++ {
		k, ok1 := get32()
		n, ok2 := get32()
		if !ok1 || !ok2 || k < 2 || k > evClasses || uint64(len(raw)) < uint64(n)*uint64(8+4*k) {
			return nil, fmt.Errorf("event model: classifier %d: bad size", i)
		}
		l := &evLinear{k: int(k), rows: make(map[uint64]int32, n), weights: make([]float32, 0, int(n)*int(k))}
		for r := 0; r < int(n); r++ {
			l.rows[binary.LittleEndian.Uint64(raw)] = int32(r)
			raw = raw[8:]
			for c := 0; c < int(k); c++ {
				v, _ := get32()
				f := math.Float32frombits(v)
				if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
					return nil, fmt.Errorf("event model: classifier %d row %d: weight not finite", i, r)
				}
				l.weights = append(l.weights, f)
			}
		}
		switch i {
		case 0:
			m.event = l
		case 1:
			m.role = l
		default:
			m.filter = l
		}
	}
	if len(raw) != 0 {
		return nil, fmt.Errorf("event model: %d bytes left over", len(raw))
	}
	return m, nil
}

// candNames are the lower-cased names an entity is known by, as the scorer
// (event_eval.go) reads them: its name, aliases and mention texts, and those
// of the country a people's name stands for when exported.
func candNames(d *doc, e int) map[string]bool {
	out := map[string]bool{}
	addEnt := func(x int) {
		en := d.ents[x]
		out[strings.ToLower(en.name)] = true
		for _, a := range en.aliases {
			out[strings.ToLower(a)] = true
		}
		for _, mi := range en.mentions {
			mn := d.mentions[mi]
			out[strings.ToLower(d.text(mn.start, mn.end))] = true
		}
	}
	addEnt(e)
	if c := actingCountry(d, []part{{ent: e, role: participant}}, part{ent: e, role: participant}); c >= 0 && c != e {
		addEnt(c)
	}
	return out
}

// WithEventModel returns a copy of p that reads event participants with the
// model in data (a file written by TrainEventArgs; empty: rules only), for
// measuring a model other than the embedded one.
func (p *Pipeline) WithEventModel(data []byte) (*Pipeline, error) {
	m, err := decodeEventArgModel(data)
	if err != nil {
		return nil, err
	}
	q := *p
	q.evArgs = m
	return &q, nil
}
