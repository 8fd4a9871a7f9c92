package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// A reported act of one's own made to hang on another side's is a threat,
// whatever its verbs: "Israel says the transfers will be suspended if a
// Hamas-led government is formed", "the kidnappers said they would kill
// the woman unless Germany ends its support", "Turkey says it will not take
// part in the talks unless ...". CAMEO's 139 (give an ultimatum: threaten
// with sanctions or force unless demands are met) is the code; the
// guideline reads these as THREATENs (testdata/events/README.md, the
// `dev10` conditional warnings and the `dev14` conditional refusal). The
// verb after the modal is the trigger (an attack or a boycott it tells is
// not asserted: conditional() makes it unreal), the one the condition falls
// on, named after "if" or "unless", is the PATIENT, and the speaker acts
// when the clause names no one. A forecast ("prices will rise if OPEC cuts
// output") has no speaker's side: the clause's subject must be the
// speaker's pronoun, a name, or the passive of an act.
// Added in the thirteenth session (trig14).

var threatModals = map[string]bool{"will": true, "would": true, "may": true, "could": true, "'ll": true}

// threatStarts are the modals ifThreat can fire on (scanWords).
func threatStarts() []string { return wordsOf(threatModals) }

// ifThreat reads a conditional threat from the modal at i of sentence si;
// the match is the verb the modal governs.
func (p *Pipeline) ifThreat(d *doc, i, si int) (cameo.Match, bool) {
	s := d.sents[si]
	if !threatModals[d.lower[i]] || i == s.Start {
		return cameo.Match{}, false
	}
	say := p.sayVerbBefore(d, i, s.Start)
	if say < 0 {
		return cameo.Match{}, false
	}
	// the subject of the modal: the speaker's pronoun or a name
	subjOK := false
	switch w := d.lower[i-1]; {
	case w == "it" || w == "they" || w == "we" || w == "he" || w == "she":
		subjOK = true
	case d.mentionAt[i-1] >= 0 || w == ")" && i-2 > s.Start && d.mentionAt[i-2] >= 0:
		subjOK = true
	}
	v := i + 1
	negated := false
	for v < s.End && (d.lower[v] == "not" || d.lower[v] == "also" || d.lower[v] == "then" || d.lower[v] == "immediately") {
		negated = negated || d.lower[v] == "not"
		v++
	}
	if v+1 < s.End && d.lower[v] == "be" && d.mentionAt[v+1] < 0 && p.participle(d, v+1) {
		v++ // "will be suspended": the passive of an act
		subjOK = true
	}
	if !subjOK || v >= s.End || d.mentionAt[v] >= 0 || d.lower[v] == "be" || d.lower[v] == "have" {
		return cameo.Match{}, false
	}
	if p.conditionSide(d, v+1, s.End) < 0 {
		return cameo.Match{}, false
	}
	vm, ok := p.lex.Match(d.lower, v)
	if ok && !conflictCode(vm.Code) && negated && !p.complianceAsked(d, v+1, s.End) {
		ok = false // "will not serve a full term if Obama is elected": a plan, not a refusal
	}
	if !ok || vm.Nominal || skipCode(vm.Code) || !negated && !conflictCode(vm.Code) {
		// (what is threatened is an act CAMEO codes as conflict, "suspend",
		// "kill", "block", or cooperation refused, "will not take part";
		// not a forecast or a plan: "relations will suffer if", "she will
		// serve a second term if")
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "139", Lemma: "threaten if", Start: v, End: max(vm.End, v+1)}, true
}

// sayVerbBefore is the say verb (or "warn") the clause before i reports
// through, -1 when none: "Israel says the transfers will ...".
func (p *Pipeline) sayVerbBefore(d *doc, i, ss int) int {
	for k := i - 1; k >= ss && k >= i-14; k-- {
		switch d.lower[k] {
		case "says", "said", "say", "warned", "warns", "warn", "vowed", "vows":
			return k
		case ";", "if", "unless", "when", "after", "because":
			return -1
		}
	}
	return -1
}

// conditionSide is the entity named as the subject of an "if" or "unless"
// clause after k (within the clause), -1 when none: "unless Britain
// apologizes", "if candidates from the Hamas militant group are allowed".
func (p *Pipeline) conditionSide(d *doc, k, se int) int {
	for j := k; j < se && j < k+20; j++ {
		switch d.lower[j] {
		case ";":
			return -1
		case "if", "unless":
			for c := j + 1; c < se && c < j+6; c++ {
				if mi := d.mentionAt[c]; mi >= 0 {
					if e := d.mentions[mi].ent; e >= 0 {
						return e
					}
					return -1
				}
				if p.cls(d, c)&(wVerb|wPast|wModal) != 0 && p.cls(d, c)&wNoun == 0 {
					return -1 // the clause's verb came first: "if it appears"
				}
			}
			return -1
		}
	}
	return -1
}

// ifThreatParts gives a conditional threat (ifThreat) its sides: the one
// the condition falls on, and the speaker when the clause names no one.
// The threat is told, not only possible: the modal is the threat's.
func (p *Pipeline) ifThreatParts(d *doc, ev *event, ss, se int) {
	if ev.code != "139" || ev.typ != "THREATEN" || ev.nominal || ev.trigStart-1 <= ss {
		return
	}
	m := ev.trigStart - 1
	for m > ss && !threatModals[d.lower[m]] && m > ev.trigStart-4 {
		m--
	}
	if !threatModals[d.lower[m]] {
		return
	}
	say := p.sayVerbBefore(d, m, ss)
	e := p.conditionSide(d, ev.trigEnd, se)
	if say < 0 || e < 0 {
		return
	}
	ev.unreal = false
	if d.lower[m-1] == "they" {
		// "Torsello's kidnappers had said they would kill him": a plural
		// pronoun is no one person
		kept := ev.parts[:0]
		for _, pt := range ev.parts {
			if pt.role != agent || d.ents[pt.ent].typ != extract.Person {
				kept = append(kept, pt)
			}
		}
		ev.parts = kept
	}
	if !hasRole(ev, agent) {
		subj, _, _ := p.subject(d, say, ss)
		for _, a := range subj {
			if a != e && partAllowed(d, ev.typ, agent, a) && (d.lower[m-1] != "they" || d.ents[a].typ != extract.Person) {
				ev.addPart(a, agent)
			}
		}
	}
	for _, pt := range ev.parts {
		if pt.ent == e {
			return
		}
	}
	if strings.HasSuffix(d.ents[e].name, "-led") || strings.HasSuffix(d.ents[e].name, "-backed") {
		ev.counterpart = true // "if a Hamas-led government is formed": the government, led by the one named
		return
	}
	if partAllowed(d, ev.typ, patient, e) {
		ev.addPart(e, patient)
	}
}

// conflictCode: a CAMEO code of conflict, 10 (demand) to 20 (mass
// violence), where CAMEO's quad classes put verbal and material conflict.
func conflictCode(c string) bool {
	if len(c) > 0 && c[0] == ':' {
		c = c[1:]
	}
	return len(c) >= 2 && (c[0] == '1' && c[1] >= '0' && c[1] <= '9' || c[0] == '2' && c[1] == '0')
}

// complianceAsked: the condition after k asks the other side to act:
// "unless Britain apologizes", "if Zagreb does not continue" (a refusal
// made to hang on it is a threat; "if Obama is elected" is a plan's
// circumstance).
func (p *Pipeline) complianceAsked(d *doc, k, se int) bool {
	for j := k; j < se && j < k+20; j++ {
		switch d.lower[j] {
		case "unless":
			return true
		case "if":
			for c := j + 1; c < se && c < j+10; c++ {
				if d.lower[c] == "not" || d.lower[c] == "n't" || d.lower[c] == "fails" || d.lower[c] == "refuses" {
					return true
				}
			}
			return false
		}
	}
	return false
}
