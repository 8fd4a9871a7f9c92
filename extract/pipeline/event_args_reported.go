package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/syntax"
)

// The reporter's pronoun (nineteenth session, helper part20). A clause
// reported by a say verb tells its own subject's deeds with a pronoun:
// "Russia says it has conducted a test launch", "Tamil Tiger rebels in Sri
// Lanka say they have halted an offensive", "NATO said two of its troops
// were killed", "The Dutch military chief says his forces have killed 18
// militants". In English news a pronoun subject or possessor in the
// reported clause stands for the one who reports, when no name stands
// between them. The word rules (pronoun in event_args.go) read "X says
// it" only with the pronoun right after the verb; the tree finds the
// pronoun as the trigger's argument however far it stands, through a
// possessor ("its troops"), a partitive ("two of its troops"), a verb
// joined by "and" or a light verb ("it has conducted a launch").
//
// Measured over the 564 TUNE misses "no participant read" at the session
// start: where every gold name is a mention in the event's sentence and
// the tree does not propose it (278), the paths from trigger to gold name
// are a long tail; the largest group (about 35 stories) climbs to the
// clause of a say verb and down to its subject or the subject's country.
// Of these, the pronoun readings are the ones English grammar settles; the
// reporter's country as the victims' (the rest) was tried in the twelfth
// session and scored as often wrong as right (event_args_insent.go).

// reportedPronoun gives an event the rules left without participants the
// named reporter its pronoun argument stands for.
func (p *Pipeline) reportedPronoun(d *doc, ev *event, ss, se int) {
	if p.syn == nil || ev.unreal || ev.typ == "MEET" {
		return // (a meeting told by one side's pronoun is a board's own, or "received a letter")
	}
	if len(ev.parts) > 0 && !reportedAgentOpen(ev) {
		return // the rules read every side the pronoun could fill (event_args_reportedagent.go)
	}
	filled := len(ev.parts) > 0
	if !reportedPronounCue(d, ev, ss) {
		return // no say verb after a name and before a pronoun: no parse to pay for
	}
	t, ok := p.eventTree(d, ev, ss, se)
	if !ok {
		return
	}
	for _, a := range p.treeArgs(d, ev, ss, se) {
		if a.role == "" {
			continue
		}
		h := a.head - ss
		pr := pronounOfArg(d, t, h)
		if pr < 0 || p.expletiveIt(d, ss+pr) {
			continue
		}
		if pr != h && !ownedForce(d, t, h) {
			continue // "its board will elect", "its proposal called for": a firm's organ or paper, no side
		}
		if pr == h && a.role == agent && !strings.HasSuffix(d.lower[ev.trigStart], "ing") && beforeIsBe(d, ev.trigStart, ss) {
			continue // "admitted he was \"devastated\"": a state told of him, not his act
		}
		r := reportingVerbOver(d, t, ev, h)
		if r < 0 || namedBetween(d, ss+r+1, ss+pr) {
			continue // "Britain says Iran ... it": the nearer name is the pronoun's
		}
		if hedgedReport(d, ss+r+1, ev.trigStart) {
			continue // "said it has not yet reached an agreement", "said if ... it asked"
		}
		role := a.role
		if symmetricType(ev.typ) {
			role = participant
		}
		if filled && role != agent {
			continue // only the missing agent is read beside the rules' sides
		}
		for _, e := range reporterEnts(d, t, r, d.lower[ss+pr]) {
			if partAllowed(d, ev.typ, role, e) {
				ev.addPart(e, role)
			}
		}
	}
}

// reportedPronounCue: a say verb stands after a name in [ss, trigStart) and
// a pronoun after it, before the trigger's end.
func reportedPronounCue(d *doc, ev *event, ss int) bool {
	named := false
	for i := ss; i < ev.trigStart; i++ {
		if d.mentionAt[i] >= 0 {
			named = true
			continue
		}
		if named && reportVerb(d.lower[i]) {
			for k := i + 1; k < ev.trigEnd; k++ {
				if reporterPronoun(d.lower[k]) != "" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// reporterPronoun gives the number a pronoun that can stand for a reporter
// asks of it: "sing" (it, its), "plural" (they, their), "person" (he, she,
// his, her), or "".
func reporterPronoun(w string) string {
	switch w {
	case "it", "its":
		return "sing"
	case "they", "their":
		return "plural"
	case "he", "she", "his", "her":
		return "person"
	}
	return ""
}

// pronounOfArg is the pronoun (sentence index) that argument h is or
// is owned by: "it", "its troops", "two of its troops"; or -1.
func pronounOfArg(d *doc, t tree, h int) int {
	if reporterPronoun(d.lower[t.ss+h]) != "" && d.mentionAt[t.ss+h] < 0 {
		return h
	}
	for c, w := range t.w {
		if w.Head != h {
			continue
		}
		switch {
		case w.Rel == "nmod:poss" && reporterPronoun(d.lower[t.ss+c]) != "":
			return c
		case w.Rel == "nmod" && t.caseOf(d, c) == "of" && d.mentionAt[t.ss+h] < 0:
			// a partitive: "two of its troops"
			if q := t.child(c, "nmod:poss"); q >= 0 && reporterPronoun(d.lower[t.ss+q]) != "" {
				return q
			}
		}
	}
	return -1
}

// reportingVerbOver is the say verb (sentence index) whose reported clause
// argument h belongs to: the trigger's clause (or, for a noun trigger, its
// verb's) is the verb's complement, directly or as a verb joined to it by
// "and" or an infinitive it takes ("said it had produced weapons and was
// withdrawing", "says it plans to lift"), and h depends on that chain
// ("said he expects the vendors will plead guilty": "he" expects, he does
// not plead); or -1.
func reportingVerbOver(d *doc, t tree, ev *event, h int) int {
	x := t.trigHead(ev)
	if x < 0 {
		return -1
	}
	on := t.w[h].Head == x
	for range 5 {
		if x < 0 {
			return -1
		}
		switch t.rel(x) {
		case "ccomp":
			if r := t.w[x].Head; r >= 0 && on && reportVerb(d.lower[t.ss+r]) {
				return r
			}
			return -1
		case "conj", "xcomp":
			x = t.w[x].Head
		case "obj", "nsubj", "nsubj:pass", "obl":
			if t.w[x].Tag == "VERB" {
				return -1 // a verb that is another's argument: not the reported clause's own
			}
			x = t.w[x].Head // a noun's own verb: "it has conducted a launch"
		default:
			return -1
		}
		on = on || t.w[h].Head == x
	}
	return -1
}

// ownedForce: argument h is a force a pronoun owns ("its troops", "two of
// its soldiers", "its warplanes"), one that acts for the reporter; a
// firm's board, shareholders or proposal do not.
func ownedForce(d *doc, t tree, h int) bool {
	w := d.lower[t.ss+h]
	if c := t.child(h, "nmod"); c >= 0 && t.caseOf(d, c) == "of" {
		w = d.lower[t.ss+c] // "two of its troops"
	}
	return forceNouns[w] || fighterNouns[w] || ownForceNouns[w] // (event_args_sayerforce.go)
}

// beforeIsBe: a form of "be" stands right before the trigger at k, a
// quotation mark aside.
func beforeIsBe(d *doc, k, ss int) bool {
	k--
	for k > ss && (d.lower[k] == "\"" || d.lower[k] == "``" || d.lower[k] == "'") {
		k--
	}
	return k >= ss && isBe(d.lower[k])
}

// namedBetween: a name that could be a participant stands in [i, j).
func namedBetween(d *doc, i, j int) bool {
	for k := i; k < j; k++ {
		if mi := d.mentionAt[k]; mi >= 0 && !d.mentions[mi].nominal && participantOK(d, d.mentions[mi]) {
			return true
		}
	}
	return false
}

// reporterBodies head a reporter that speaks for the country or body named
// on it ("the Dutch military chief", "Israeli ground troops", "Thailand's
// military-installed government").
var reporterBodies = map[string]bool{
	"government": true, "military": true, "army": true, "ministry": true, "police": true, "troops": true,
	"forces": true, "rebels": true, "officials": true, "authorities": true, "chief": true, "commander": true,
	"navy": true, "spokesman": true, "spokeswoman": true, "leadership": true, "command": true, "soldiers": true,
}

// reporterEnts are the entities the subject of say verb r names, as the
// pronoun pr can stand for them: a named person for he/she, a country,
// body or people for it/they; or the country or body a reporting body is
// named with ("Israeli ground troops say they", "the Dutch military chief
// says his forces").
func reporterEnts(d *doc, t tree, r int, pr string) []int {
	s := t.child(r, "nsubj")
	if s < 0 {
		return nil
	}
	num := reporterPronoun(pr)
	if mi := d.mentionAt[t.ss+s]; mi >= 0 {
		m := d.mentions[mi]
		if m.nominal || !participantOK(d, m) {
			return nil
		}
		isPerson := d.ents[m.ent].typ == extract.Person
		if isPerson != (num == "person") || isPerson && otherGender(d, m.ent, pr) {
			return nil
		}
		ents := []int{m.ent}
		for c, w := range t.w {
			if w.Head == s && w.Rel == "conj" {
				if cm := d.mentionAt[t.ss+c]; cm >= 0 && num == "plural" && participantOK(d, d.mentions[cm]) && !d.mentions[cm].nominal {
					ents = appendUnique(ents, d.mentions[cm].ent)
				}
			}
		}
		if len(ents) > 1 || num != "plural" || d.ents[m.ent].typ != extract.Person {
			return ents
		}
		return nil
	}
	head := d.lower[t.ss+s]
	if !reporterBodies[head] {
		return nil
	}
	if num == "person" && pr != "his" && pr != "her" {
		return nil // "the official said he was kidnapped": the official himself
	}
	named := func(w syntax.Word) bool { return w.Rel == "amod" || w.Rel == "compound" || w.Rel == "nmod:poss" }
	for c, w := range t.w {
		// on the head or on a word before it ("the Dutch military chief":
		// the parser may hang "Dutch" on "military")
		if !named(w) || w.Head != s && (w.Head < 0 || t.w[w.Head].Head != s || !named(t.w[w.Head])) {
			continue
		}
		mi := d.mentionAt[t.ss+c]
		if mi < 0 || d.mentions[mi].nominal || !participantOK(d, d.mentions[mi]) {
			continue
		}
		if e := d.ents[d.mentions[mi].ent]; e.typ == extract.Person || e.typ == extract.Location && e.subtype != "" && e.subtype != extract.Country {
			continue // a person's or a city's troops are no side
		}
		return []int{d.mentions[mi].ent}
	}
	return nil
}

// expletiveIt: "it" opens a clause about a state of affairs, not about
// anyone ("it is unlikely the jet was shot down", "it was clear that"):
// a form of "be" and an adjective follow it.
func (p *Pipeline) expletiveIt(d *doc, k int) bool {
	if d.lower[k] != "it" || k+2 >= len(d.lower) {
		return false
	}
	j := k + 1
	if d.lower[j] == "is" || d.lower[j] == "was" || d.lower[j] == "'s" || d.lower[j] == "would" || d.lower[j] == "will" {
		if d.lower[j] == "would" || d.lower[j] == "will" {
			j++ // "it would be difficult"
		}
		for j+1 < len(d.lower) && (d.lower[j+1] == "not" || d.lower[j+1] == "be" || d.lower[j+1] == "very" || d.lower[j+1] == "too") {
			j++
		}
		c := p.cls(d, j+1)
		return c&wAdj != 0 && c&(wPart|wGerund|wVerb) == 0 || d.lower[j+1] == "time"
	}
	return false
}

// hedgedReport: a word in [i, j) makes the reported act denied, wished or
// conditional rather than told ("has not yet reached", "was eager to
// continue meeting", "if the board decides ..., it asked", "expects the
// vendors will plead guilty").
func hedgedReport(d *doc, i, j int) bool {
	for k := i; k < j; k++ {
		switch d.lower[k] {
		case "not", "n't", "never", "if", "unless", "whether", "eager", "hopes", "hoped", "wants", "wanted",
			"expects", "expected", "would", "could", "may", "might":
			return true
		}
	}
	return false
}
