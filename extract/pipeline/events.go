package pipeline

import (
	"sort"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/timex"
)

// event is one event in the document; reports of the same event merge into one.
type event struct {
	typ, code, trigger string
	trigStart, trigEnd int
	sentence           int
	nominal            bool
	fallback           bool // participants taken from the sentence subject, not the trigger's own words
	parts              []part
	loc                int // entity index, -1 when unknown
	date, precision    string
	conf               float64
	sentences          []int
	dropped            bool
}

type part struct {
	ent  int
	role string
}

// Roles of event participants.
const (
	agent       = "AGENT"
	patient     = "PATIENT"
	participant = "PARTICIPANT"
)

// symmetric events have no agent: both sides take part alike.
var symmetric = map[string]bool{"MEET": true, "PHONE_CALL": true, "NEGOTIATE": true, "AGREEMENT": true}

// statement-like codes are not events of their own: quotes carry what was said.
func skipCode(code string) bool {
	return code == "" || code == "---" || (len(code) >= 2 && code[:2] == "01")
}

// motionVerbs are CAMEO's GO_SOMEWHERE block.
var motionVerbs = map[string]bool{"go": true, "travel": true, "leave": true, "depart": true, "journey": true,
	"tour": true, "touring": true, "embark": true, "egress": true, "go_to": true, "go_away": true, "go_forth": true}

// inventory is the event types the graph keeps (DESIGN.md); the lexicon knows more
// CAMEO families, but outside this list its precision on news is too low to store.
var inventory = map[string]bool{
	"MEET": true, "PHONE_CALL": true, "VISIT": true, "NEGOTIATE": true, "AGREEMENT": true,
	"APPEAL": true, "DEMAND": true, "THREATEN": true, "PROTEST": true, "MILITARY_POSTURE": true,
	"SANCTION": true, "ATTACK": true, "OCCUPY": true, "ARREST": true, "TRIAL": true, "SENTENCE": true,
	"ELECTION": true, "APPOINTMENT": true, "RESIGNATION": true, "DEATH": true, "INJURY": true,
}

// findEvents finds triggers with the CAMEO lexicon, reads their participants from the
// sentence around them, anchors dates, and merges reports of the same event.
func (p *Pipeline) findEvents(d *doc) {
	for si, s := range d.sents {
		var evs []*event
		for _, tr := range p.scanTriggers(d, si) {
			m := tr.m
			ev := &event{typ: tr.typ, code: m.Code, trigger: d.text(m.Start, m.End), trigStart: m.Start, trigEnd: m.End,
				sentence: si, nominal: m.Nominal, loc: -1, sentences: []int{si}}
			p.readArguments(d, ev, s.Start, s.End)
			if m.Reverse { // "faced trial": the subject is the one acted on
				for k := range ev.parts {
					switch ev.parts[k].role {
					case agent:
						ev.parts[k].role = patient
					case patient:
						ev.parts[k].role = agent
					}
				}
			}
			evs = append(evs, ev)
		}
		if len(evs) == 0 {
			continue
		}
		p.anchorDates(d, evs, si)
		for _, ev := range evs {
			p.placeEvent(d, ev, s.Start, s.End)
			d.addEvent(ev)
		}
	}
	for _, ev := range d.events {
		// A meeting or call needs two parties; with one it is a misread trigger.
		// A visit needs a visitor and a place visited.
		if len(ev.parts) == 0 || symmetric[ev.typ] && len(ev.parts) < 2 || ev.typ == "VISIT" && !(hasRole(ev, agent) && hasRole(ev, patient)) {
			ev.dropped = true
		}
	}
}

// readArguments fills participants from the words around the trigger.
func (p *Pipeline) readArguments(d *doc, ev *event, ss, se int) {
	add := func(ents []int, role string) {
		for _, e := range ents {
			if symmetric[ev.typ] {
				role = participant
			}
			ev.addPart(e, role)
		}
	}
	t0, t1 := ev.trigStart, ev.trigEnd
	// Preposition phrases after the trigger: between X and Y, with X, of X, by X, against X.
	for k := t1; k < se && k <= t1+3; k++ {
		switch d.lower[k] {
		case "between", "among":
			add(p.chainRight(d, k+1, se), participant)
		case "with":
			add(p.chainRight(d, k+1, se), participant)
		case "of", "against", "on", "in", "into", "over", "to":
			if ev.nominal || d.lower[k] != "of" {
				if k == t1 || k == t1+1 {
					add(p.chainRight(d, k+1, se), patient)
				}
			}
		case "by":
			add(p.chainRight(d, k+1, se), agent)
		}
		if len(ev.parts) > 0 {
			break
		}
	}
	if ev.nominal {
		// Possessor or name modifier: "Russia's annexation", "U.S. sanctions".
		k := t0 - 1
		for k >= ss && isModifierWord(d.lower[k]) {
			k--
		}
		if k >= ss && (d.lower[k] == "'s" || d.lower[k] == "’s") {
			k--
		}
		if k >= ss && d.mentionAt[k] >= 0 {
			if m := d.mentions[d.mentionAt[k]]; m.end == k+1 && m.ent >= 0 {
				add([]int{m.ent}, agent)
			}
		}
		if len(ev.parts) == 0 && k >= ss && (d.lower[k] == "the" || d.lower[k] == "this" || d.lower[k] == "that") {
			return // anaphoric: "the meeting" refers to an event already told
		}
	} else {
		// Direct object right after the verb.
		if len(ev.parts) == 0 {
			add(p.chainRight(d, t1, min(se, t1+3)), patient)
		}
		add(p.chainLeft(d, t0, ss), agent)
	}
	if !hasRole(ev, agent) && (!hasRole(ev, participant) || symmetric[ev.typ] && len(ev.parts) == 1) {
		// Subject of the sentence, for gerunds and nouns inside adverbials
		// ("after meeting with ...", "during a meeting on Sunday").
		if !ev.nominal && !afterSubordinator(d, t0, ss) {
			return // "an official to travel to China": the subject of "to travel" is not the sentence's
		}
		if subj := p.sentenceSubject(d, ss, t0); len(subj) > 0 {
			add(subj, agent)
			ev.conf -= 0.15
			ev.fallback = true
		}
	}
}

// afterSubordinator: a gerund after "after", "before"... shares the main clause's subject.
func afterSubordinator(d *doc, t, ss int) bool {
	if t-1 < ss {
		return false
	}
	switch d.lower[t-1] {
	case "after", "before", "during", "while", "following", "since", "upon", "when", "by":
		return true
	}
	return false
}

func hasRole(ev *event, role string) bool {
	for _, p := range ev.parts {
		if p.role == role {
			return true
		}
	}
	return false
}

func (ev *event) addPart(e int, role string) {
	for i, p := range ev.parts {
		if p.ent == e {
			if p.role == participant && role != participant {
				ev.parts[i].role = role
			}
			return
		}
	}
	ev.parts = append(ev.parts, part{ent: e, role: role})
}

// isModifierWord is a word that may stand between a possessor and a noun trigger.
func isModifierWord(w string) bool {
	switch w {
	case "illegal", "recent", "planned", "forced", "military", "latest", "first", "second", "brief", "annual",
		"formal", "official", "historic", "telephone", "phone":
		return true
	}
	return false
}

// Gap words may stand between a subject and its verb.
var gapWords = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "also": true, "is": true, "are": true,
	"was": true, "were": true, "been": true, "be": true, "did": true, "does": true, "do": true, "not": true,
	"n't": true, "may": true, "might": true, "could": true, "can": true, "should": true, "then": true,
	"later": true, "reportedly": true, "recently": true, "already": true, "again": true, "finally": true,
	"to": true, "agreed": true, "plans": true, "planned": true, "expected": true, "officially": true,
}

// phraseStart extends a mention left over its role premodifiers: "Russian Foreign
// Minister Sergey Lavrov" starts at "Russian".
func (p *Pipeline) phraseStart(d *doc, m *mention, ss int) int {
	k := m.start
	if m.label == "PER" {
		if ts, _ := p.titleBefore(d, k); ts >= 0 {
			k = ts
			if k-1 >= ss && d.mentionAt[k-1] >= 0 {
				if om := d.mentions[d.mentionAt[k-1]]; om.end == k && om.label != "PER" {
					k = om.start
				}
			}
		}
	}
	return k
}

// participantOK tells whether a mention can take part in an event.
func participantOK(d *doc, m *mention) bool {
	if m.ent < 0 {
		return false
	}
	switch d.ents[m.ent].typ {
	case extract.Person, extract.Organization, extract.Location, extract.NORP:
		return true
	}
	return false
}

// chainLeft reads the subject written right before token t: a name, or names joined
// by "and" and commas, with their titles.
func (p *Pipeline) chainLeft(d *doc, t, ss int) []int {
	k := t - 1
	gap := 0
	for k >= ss && gap < 3 && gapWords[d.lower[k]] {
		k--
		gap++
	}
	var out []int
	for k >= ss {
		mi := d.mentionAt[k]
		if mi < 0 {
			break
		}
		m := d.mentions[mi]
		if !participantOK(d, m) {
			break
		}
		out = append(out, m.ent)
		k = p.phraseStart(d, m, ss) - 1
		if k >= ss && (d.lower[k] == "and" || d.lower[k] == ",") {
			k--
			continue
		}
		break
	}
	return out
}

// chainRight reads names starting at token k: "Obama and Russian President Vladimir Putin".
func (p *Pipeline) chainRight(d *doc, k, se int) []int {
	var out []int
	for k < se {
		for k < se && (d.lower[k] == "the" || d.lower[k] == "his" || d.lower[k] == "her") {
			k++
		}
		// skip a role premodifier: an adjective/name mention then a title before a person
		start := k
		if k < se && d.mentionAt[k] >= 0 {
			m := d.mentions[d.mentionAt[k]]
			if m.label != "PER" && m.end < se && d.mentionAt[m.end] >= 0 && d.mentions[d.mentionAt[m.end]].label == "PER" {
				k = m.end // "his Russian counterpart": the person, not the adjective
				m = d.mentions[d.mentionAt[k]]
			}
			if m.label != "PER" && m.end < se {
				if n := p.gaz.IsTitle(d.lower, m.end); n > 0 && m.end+n < se && d.mentionAt[m.end+n] >= 0 {
					k = m.end + n
				}
			}
		}
		if k < se && d.mentionAt[k] < 0 {
			if n := p.gaz.IsTitle(d.lower, k); n > 0 {
				k += n
			}
		}
		if k >= se || d.mentionAt[k] < 0 {
			if start != k {
				// a premodifier with no name after it ("his Russian counterpart" was
				// already resolved into a mention, so this is a bare adjective)
				if mi := d.mentionAt[start]; mi >= 0 && participantOK(d, d.mentions[mi]) {
					out = append(out, d.mentions[mi].ent)
				}
			}
			break
		}
		m := d.mentions[d.mentionAt[k]]
		if !participantOK(d, m) {
			break
		}
		out = append(out, m.ent)
		k = m.end
		if k < se && (d.lower[k] == "and" || d.lower[k] == ",") {
			k++
			continue
		}
		break
	}
	return out
}

// sentenceSubject returns the name chain that opens the sentence's main clause, if it
// comes before token t.
func (p *Pipeline) sentenceSubject(d *doc, ss, t int) []int {
	k := ss
	// skip an opening quote or adverbial word
	for k < t && isPunct(d.words[k]) {
		k++
	}
	for k < t && d.mentionAt[k] < 0 {
		if n := p.gaz.IsTitle(d.lower, k); n > 0 {
			k += n
			continue
		}
		return nil
	}
	if k >= t {
		return nil
	}
	return p.chainRight(d, k, t)
}

// anchorDates gives each date expression of the sentence to the closest trigger
// before it, or else the closest after it.
func (p *Pipeline) anchorDates(d *doc, evs []*event, si int) {
	s := d.sents[si]
	words := d.words[s.Start:s.End]
	for _, tx := range timex.Find(words, d.src.Published) {
		at := s.Start + tx.Start
		var best *event
		for _, ev := range evs {
			if ev.trigEnd <= at && (best == nil || ev.trigEnd > best.trigEnd) {
				best = ev
			}
		}
		if best == nil {
			for _, ev := range evs {
				if ev.trigStart >= at+(tx.End-tx.Start) && (best == nil || ev.trigStart < best.trigStart) {
					best = ev
				}
			}
		}
		if best != nil && best.date == "" {
			best.date, best.precision = tx.Value, tx.Precision
		}
	}
}

// placeEvent takes a location named with "in"/"at" in the sentence that is not a participant.
func (p *Pipeline) placeEvent(d *doc, ev *event, ss, se int) {
	best, bestDist := -1, 1<<30
	for k := ss; k+1 < se; k++ {
		if d.lower[k] != "in" && d.lower[k] != "at" {
			continue
		}
		mi := d.mentionAt[k+1]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if m.ent < 0 || d.ents[m.ent].typ != extract.Location || m.label == "NORP" {
			continue
		}
		isPart := false
		for _, pt := range ev.parts {
			if pt.ent == m.ent {
				isPart = true
			}
		}
		if isPart {
			continue
		}
		dist := k - ev.trigEnd
		if dist < 0 {
			dist = (ev.trigStart - k) * 2 // a place after the trigger is more likely its own
		}
		if dist > 6 {
			continue // too far to be the event's place rather than some noun's
		}
		if dist < bestDist {
			best, bestDist = m.ent, dist
		}
	}
	ev.loc = best
	ev.conf += 0.7
	if len(ev.parts) >= 2 {
		ev.conf += 0.1
	}
	if ev.conf > 1 {
		ev.conf = 1
	}
}

// addEvent merges ev into an earlier report of the same event, or appends it. An
// anaphoric report with no participants ("the meeting") joins the latest event of its type.
func (d *doc) addEvent(ev *event) {
	if len(ev.parts) == 0 {
		for i := len(d.events) - 1; i >= 0; i-- {
			o := d.events[i]
			if o.typ == ev.typ && !o.dropped {
				o.sentences = appendUnique(o.sentences, ev.sentence)
				return
			}
		}
		d.events = append(d.events, ev)
		return
	}
	// Of the earlier reports this one may repeat, take the one sharing most
	// participants, then the fullest: a noun told with no arguments of its own
	// ("during a meeting") belongs to the richest event of its sentence.
	var o *event
	bestShared, bestParts := -1, -1
	for _, c := range d.events {
		if c.typ != ev.typ || len(c.parts) == 0 || !sameEvent(c, ev) {
			continue
		}
		if c.sentence == ev.sentence && !c.fallback && !ev.fallback && shared(c, ev) == 0 {
			continue
		}
		if sh := shared(c, ev); sh > bestShared || sh == bestShared && len(c.parts) > bestParts {
			o, bestShared, bestParts = c, sh, len(c.parts)
		}
	}
	if o != nil {
		for _, pt := range ev.parts {
			o.addPart(pt.ent, pt.role)
		}
		if o.date == "" {
			o.date, o.precision = ev.date, ev.precision
		}
		if o.loc < 0 || ev.loc >= 0 && d.ents[o.loc].subtype == extract.Country && d.ents[ev.loc].subtype != extract.Country {
			// venues are towns more often than countries ("the crisis in Ukraine")
			o.loc = ev.loc
		}
		if ev.conf > o.conf {
			o.conf = ev.conf
		}
		o.sentences = appendUnique(o.sentences, ev.sentence)
		return
	}
	d.events = append(d.events, ev)
}

func shared(a, b *event) int {
	n := 0
	for _, p := range a.parts {
		for _, q := range b.parts {
			if p.ent == q.ent {
				n++
			}
		}
	}
	return n
}

// sameEvent: the participants overlap, and dates and places do not disagree.
func sameEvent(a, b *event) bool {
	if a.date != "" && b.date != "" && a.date != b.date {
		return false
	}
	if a.sentence == b.sentence && (a.fallback || b.fallback) {
		return true // "X and Y discussed ... during a meeting": one event told twice
	}
	for _, p := range a.parts {
		for _, q := range b.parts {
			if p.ent == q.ent {
				return true
			}
		}
	}
	return false
}

func appendUnique(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

func (ev *event) export(d *doc) extract.Event {
	out := extract.Event{
		Type: ev.typ, CAMEO: ev.code, Trigger: ev.trigger, Date: ev.date, DatePrecision: ev.precision,
		Participants: []extract.Participant{}, Confidence: round2(ev.conf), Evidence: []extract.Evidence{},
	}
	for _, p := range ev.parts {
		out.Participants = append(out.Participants, extract.Participant{Entity: d.ents[p.ent].id, Role: p.role})
	}
	if ev.loc >= 0 {
		out.Location = d.ents[ev.loc].id
	}
	sort.Ints(ev.sentences)
	for _, si := range ev.sentences {
		out.Evidence = append(out.Evidence, d.sentenceEvidence(si))
	}
	return out
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }
