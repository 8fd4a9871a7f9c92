package pipeline

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/syntax"
)

// Event participants from the dependency tree.
//
// The word-class rules of event_args.go read a trigger's participants from
// the words around it. The tree reads them from the grammatical relations
// instead: the subject of the trigger verb (or the "by" phrase of a
// passive), its object, its prepositional phrases with the preposition that
// says the role ("talks with X", "an attack on Y"), the controller of an
// infinitive ("urged Iran to halt": Iran halts) and the possessor of a noun
// trigger ("Russia's attack"). It is read for every event candidate; how it
// combines with the rules is in treeParts.

// lazyParser decodes the parser's model (0.15 s) the first time a
// sentence needs a parse, so that a pipeline which never asks (most tests,
// short documents) does not pay for it.
type lazyParser struct {
	once sync.Once
	p    *syntax.Parser
	err  error
}

func (l *lazyParser) get() (*syntax.Parser, error) {
	l.once.Do(func() { l.p, l.err = syntax.New() })
	return l.p, l.err
}

// LoadParser decodes the dependency parser's model now instead of when a
// sentence first needs a parse, and reports a model that does not decode.
// A server calls it in the background as it starts, so that its first
// ingest does not wait for the model; a document that needs a parse
// meanwhile waits for this decoding, not for one of its own.
func (p *Pipeline) LoadParser() error {
	if p.syn == nil {
		return nil
	}
	_, err := p.syn.get()
	return err
}

// sentTree returns the parse of sentence si, parsing it the first time it
// is asked for. Heads are indexes into the sentence (-1 for the root).
func (p *Pipeline) sentTree(d *doc, si int) []syntax.Word {
	if p.syn == nil || si < 0 || si >= len(d.sents) {
		return nil
	}
	if d.trees == nil {
		d.trees = make([][]syntax.Word, len(d.sents))
	}
	if d.trees[si] == nil {
		s := d.sents[si]
		ws := d.words[s.Start:min(s.End, len(d.words))]
		if len(ws) == 0 || len(ws) > maxTreeWords {
			d.trees[si] = []syntax.Word{}
			return d.trees[si]
		}
		syn, err := p.syn.get()
		if err != nil {
			// the embedded model is checked by extract/syntax's tests; a
			// build without a readable one reads participants by rules only
			d.trees[si] = []syntax.Word{}
			return d.trees[si]
		}
		d.trees[si] = syn.Parse(ws)
	}
	return d.trees[si]
}

// maxTreeWords: a longer "sentence" is a list or a table the sentence
// splitter did not break, which the parser would only misread, slowly.
const maxTreeWords = 120

// tree is one sentence's parse, with its children listed.
type tree struct {
	w  []syntax.Word
	ss int // the sentence's first token in the document
}

func (t tree) rel(i int) string {
	if i < 0 || i >= len(t.w) {
		return ""
	}
	return t.w[i].Rel
}

// baseRel is the relation without its subtype ("nmod:poss" -> "nmod").
func baseRel(r string) string {
	if i := strings.IndexByte(r, ':'); i >= 0 {
		return r[:i]
	}
	return r
}

// child returns the first child of h with relation rel (exact), or -1.
func (t tree) child(h int, rel string) int {
	for i, w := range t.w {
		if w.Head == h && w.Rel == rel {
			return i
		}
	}
	return -1
}

// caseOf is the preposition of the phrase headed by h: its case child, or,
// for a name with a title ("with Israeli Prime Minister Ehud Olmert"), a
// case child of a word in its name or title.
func (t tree) caseOf(d *doc, h int) string {
	best := -1
	for i, w := range t.w {
		if w.Rel != "case" || i > h {
			continue
		}
		if w.Head == h {
			return d.lower[t.ss+i]
		}
		if hh := w.Head; hh >= 0 && hh < h && t.w[hh].Head == h {
			switch t.w[hh].Rel {
			case "compound", "flat", "nmod:desc", "amod", "appos":
				best = i
			}
		}
	}
	if best >= 0 {
		return d.lower[t.ss+best]
	}
	return ""
}

// subjectOf follows the tree up from a verb with no subject of its own:
// an infinitive or participle takes its controller ("urged Iran to halt":
// Iran; "agreed to meet": the subject of "agreed"), a verb joined by "and"
// the subject of the first one. It returns the subject's head and whether
// the subject is the one acted on (a passive subject), or -1.
func (t tree) subjectOf(d *doc, v int) (int, bool) {
	for range 4 {
		if s := t.child(v, "nsubj"); s >= 0 {
			return s, t.passive(d, v)
		}
		if s := t.child(v, "nsubj:pass"); s >= 0 {
			return s, t.passive(d, v)
		}
		h := t.w[v].Head
		if h < 0 {
			return -1, false
		}
		switch t.w[v].Rel {
		case "xcomp":
			if o := t.child(h, "obj"); o >= 0 {
				return o, false // object control: "urged Iran to halt"
			}
		case "conj":
			if t.child(v, "obj") >= 0 && t.child(h, "nsubj:pass") >= 0 {
				return -1, false // "was arrested and charged X": no shared subject to trust
			}
		case "advcl":
			// "after meeting with officials", ", killing the driver", "to
			// discuss": a non-finite verb shares the main clause's subject
			if w := d.lower[t.ss+v]; !strings.HasSuffix(w, "ing") && !(v > 0 && d.lower[t.ss+v-1] == "to") {
				return -1, false
			}
		default:
			return -1, false
		}
		v = h
	}
	return -1, false
}

// passive: verb v is a participle after a passive auxiliary ("was
// arrested", "have been killed", "got arrested"), whatever label the
// parser gave its subject (it gives "nsubj" and "nsubj:pass" both ways).
func (t tree) passive(d *doc, v int) bool {
	if strings.HasSuffix(d.lower[t.ss+v], "ing") {
		return false // "is conducting"
	}
	for i := v - 1; i >= 0 && i >= v-3; i-- {
		switch d.lower[t.ss+i] {
		case "was", "were", "is", "are", "be", "been", "being", "get", "got", "gets", "'s":
			return true
		case "not", "n't", "also", "later", "never", "just":
			continue
		}
		if w := d.lower[t.ss+i]; len(w) > 4 && strings.HasSuffix(w, "ly") {
			continue // "was reportedly arrested", "was wrongly convicted"
		}
		break
	}
	return false
}

// relPronoun: a relative pronoun stands for the noun its clause modifies.
func relPronoun(w string) bool {
	return w == "who" || w == "which" || w == "that" || w == "whom"
}

// treeRole gives the role a prepositional phrase plays for an event type,
// "" when the preposition says no role ("in", "on Sunday", "for").
func treeRole(typ, prep string) string {
	switch prep {
	case "with", "between", "among":
		if symmetricType(typ) {
			return participant
		}
	case "against":
		switch typ {
		case "ATTACK", "PROTEST", "SANCTION", "THREATEN", "TRIAL", "DEMAND", "APPEAL", "MILITARY_POSTURE":
			return patient
		}
	case "on":
		switch typ {
		case "ATTACK", "SANCTION":
			return patient // "fired on the convoy", "sanctions on Iran"
		case "APPEAL", "DEMAND":
			return patient // "called on Congress to"
		}
	case "by":
		return agent
	case "to":
		switch typ {
		case "APPEAL", "DEMAND", "VISIT", "MILITARY_POSTURE":
			return patient // "appealed to the UN", "a visit to China", "deployed troops to Somalia"
		}
	}
	return ""
}

// treeArg is one argument the tree gives: the head word (document index)
// and its role.
type treeArg struct {
	head int
	role string
	// direct: a dependent of the trigger itself, not one found through a
	// controller, a relative clause or a light verb
	direct bool
	// passive: the subject of a passive verb or its "by" phrase
	passive bool
	// subject: the verb's subject or its "by" phrase
	subject bool
}

// treeArgs reads the arguments of ev's trigger from the tree of its
// sentence.
func (p *Pipeline) treeArgs(d *doc, ev *event, ss, se int) []treeArg {
	t, ok := p.eventTree(d, ev, ss, se)
	if !ok {
		return nil
	}
	v := t.trigHead(ev)
	if v < 0 {
		return nil
	}
	var out []treeArg
	direct := true
	addArg := func(h int, role string) {
		if h < 0 || role == "" {
			return
		}
		dir := direct
		if relPronoun(d.lower[ss+h]) && t.w[h].Head >= 0 {
			dir = false
			// "the militants who attacked": the noun the clause is about
			c := t.w[h].Head
			if t.rel(c) == "acl:relcl" && t.w[c].Head >= 0 {
				h = t.w[c].Head
			}
		}
		out = append(out, treeArg{head: ss + h, role: role, direct: dir})
	}
	verbal := t.w[v].Tag == "VERB" || !ev.nominal && t.w[v].Tag != "NOUN" && t.w[v].Tag != "PROPN"
	if verbal {
		subjRole := agent
		if ev.typ == "DEATH" || ev.typ == "INJURY" {
			subjRole = patient
		}
		hasSubj := false
		for c, w := range t.w {
			if w.Head != v {
				continue
			}
			switch w.Rel {
			case "nsubj", "nsubj:pass":
				// the parser gives active subjects the passive label too ("The
				// European Union, with U.S. backing, has threatened"): a
				// passive is told by its auxiliary
				if t.passive(d, v) {
					addArg(c, patient)
					out[len(out)-1].passive = true
				} else {
					addArg(c, subjRole)
				}
				out[len(out)-1].subject = true
				hasSubj = true
			case "obl:agent":
				addArg(c, agent)
				out[len(out)-1].passive = t.passive(d, v)
				out[len(out)-1].subject = true
			case "obj", "iobj":
				if !topicVerb(d.lower[ev.trigStart]) {
					addArg(c, patient)
				}
			case "obl":
				addArg(c, treeRole(ev.typ, t.caseOf(d, c)))
			}
		}
		if !hasSubj {
			direct = false
			switch t.rel(v) {
			case "acl":
				// a participle on a noun: "a man arrested in Paris" was
				// arrested; "gunmen attacking a convoy" attack
				if h := t.w[v].Head; h >= 0 {
					if strings.HasSuffix(d.lower[ev.trigStart], "ing") {
						addArg(h, subjRole)
					} else if t.child(v, "obj") < 0 {
						addArg(h, patient)
					}
				}
			case "acl:relcl":
				// "the man police arrested": the noun is the object
				if h := t.w[v].Head; h >= 0 && t.child(v, "obj") < 0 {
					addArg(h, patient)
				}
			default:
				if s, pass := t.subjectOf(d, v); s >= 0 {
					if pass {
						addArg(s, patient)
					} else {
						addArg(s, subjRole)
					}
				}
			}
		}
		return out
	}
	// a noun trigger
	for c, w := range t.w {
		if w.Head != v {
			continue
		}
		switch w.Rel {
		case "nmod:poss":
			addArg(c, possessorRole(ev.typ))
		case "nmod":
			prep := t.caseOf(d, c)
			if prep == "of" {
				addArg(c, ofRole(ev.typ))
			} else {
				addArg(c, treeRole(ev.typ, prep))
			}
		}
	}
	// light verb: "Israel launched an offensive", "X held talks with Y"
	direct = false
	if h := t.w[v].Head; h >= 0 && t.w[v].Rel == "obj" && lightVerbs[d.lower[ss+h]] {
		r := agent
		if ev.typ == "TRIAL" || ev.typ == "SENTENCE" {
			r = patient // "faces trial"
		}
		if s, pass := t.subjectOf(d, h); s >= 0 {
			if pass {
				r = patient
			}
			addArg(s, r)
		}
		for c, w := range t.w {
			if w.Head == h && w.Rel == "obl" {
				addArg(c, treeRole(ev.typ, t.caseOf(d, c)))
			}
		}
	}
	return out
}

// argEnts maps an argument's head word to the entities it names: the
// mention over it and the names joined to it by "and" or set beside it
// ("Victor Conte along with ... trainer Greg Anderson").
func (p *Pipeline) argEnts(d *doc, t tree, h int, keep func(m *mention) bool) []int {
	var ents []int
	heads := []int{h - t.ss}
	for i := 0; i < len(heads) && i < 12; i++ {
		for c, w := range t.w {
			if w.Head == heads[i] && (w.Rel == "conj" || w.Rel == "appos") {
				heads = append(heads, c)
			}
		}
	}
	for _, x := range heads {
		if mi := d.mentionAt[t.ss+x]; mi >= 0 {
			if m := d.mentions[mi]; participantOK(d, m) && keep(m) {
				ents = appendUnique(ents, m.ent)
			}
		}
	}
	return ents
}

// treeParts adds what the tree reads where the rules read nobody: the
// named person or people a passive trigger verb was done to, and the one
// its "by" phrase names ("Samuel Amoah, a Belgian national who set up two
// sham weddings, was jailed"; "The designer was shot outside his home by
// Andrew Cunanan"). A subject far from its passive verb is where the
// word-window rules give up, and a passive verb is rarely a misread
// trigger.
//
// Measured on the development sets (voa_gold, voa_blind2, voa_dev4,
// voa_dev5; eighth session), the tree's other readings did not beat the
// rules: taking its arguments before the rules' lost 30 correct events,
// vetoing rule picks the tree puts in another clause lost 6, and filling
// every event the rules left empty added 12 false events for 3 true ones
// and was right for about a third of the 64 BBC events it changed; filling
// from active subjects and objects of people was right for 7 of 19 BBC and
// 3 of 5 GMB changes. This reading changes no development event but one
// (a second report of an attack, "At least one Kenyan was wounded", that
// the merge does not join to the first), and 9 BBC and 3 GMB events, 11
// of them rightly.
func (p *Pipeline) treeParts(d *doc, ev *event, ss, se int) {
	p.describedOnly(d, ev, ss, se)
	p.deepOnly(d, ev, ss, se)
	p.bodyGathering(d, ev, ss)
	p.placeOfObject(d, ev, ss, se)
	p.passiveParts(d, ev, ss, se)
	p.treeFill(d, ev, ss, se)
	p.reportedPronoun(d, ev, ss, se) // "Russia says it has conducted a test launch" (event_args_reported.go)
}

// passiveParts reads the named people a passive trigger verb was done to,
// or its "by" phrase names (treeParts).
func (p *Pipeline) passiveParts(d *doc, ev *event, ss, se int) {
	if p.syn == nil || len(ev.parts) > 0 || ev.nominal {
		return
	}
	if !(tree{ss: ss}).passive(d, ev.trigStart-ss) {
		return // only a passive verb is read (the words tell it): no parse for the rest
	}
	// a person's name or a people's ("five Iraqis"); a body or place may
	// stand in a misparsed subject ("the House of Commons chamber")
	people := func(m *mention) bool {
		return m.label == "PER" || m.label == "NORP" || d.ents[m.ent].typ == extract.Person
	}
	// the subject stands before a passive verb, the agent after "by"
	// ("Also arrested were X" is rare): without either, no parse
	named := false
	for i := ss; i < ev.trigStart && !named; i++ {
		if mi := d.mentionAt[i]; mi >= 0 && d.mentions[mi].ent >= 0 {
			named = people(d.mentions[mi])
		}
	}
	by := false
	for i := ev.trigEnd; i < se && !named; i++ {
		by = by || d.lower[i] == "by"
		if mi := d.mentionAt[i]; by && mi >= 0 && d.mentions[mi].ent >= 0 {
			named = people(d.mentions[mi])
		}
	}
	if !named {
		return
	}
	t, ok := p.eventTree(d, ev, ss, se)
	if !ok {
		return
	}
	for _, a := range p.treeArgs(d, ev, ss, se) {
		if !a.direct || !a.passive {
			continue
		}
		r := a.role
		if symmetricType(ev.typ) {
			r = participant
		}
		for _, e := range p.argEnts(d, t, a.head, people) {
			if partAllowed(d, ev.typ, r, e) {
				ev.addPart(e, r)
			}
		}
	}
}

// trigHead is the trigger's head word (sentence index): the one whose head
// lies outside the trigger, or -1.
func (t tree) trigHead(ev *event) int {
	for i := ev.trigStart; i < ev.trigEnd; i++ {
		if i-t.ss < 0 || i-t.ss >= len(t.w) {
			return -1
		}
		h := t.w[i-t.ss].Head
		if h < ev.trigStart-t.ss || h >= ev.trigEnd-t.ss {
			return i - t.ss
		}
	}
	return -1
}

// eventTree is the parse of ev's sentence [ss,se) as a tree, when the parse
// has one word for each of the sentence's words (otherwise no reading of it
// can be trusted).
func (p *Pipeline) eventTree(d *doc, ev *event, ss, se int) (tree, bool) {
	tw := p.sentTree(d, d.sentOf[ev.trigStart])
	if len(tw) != se-ss {
		return tree{}, false
	}
	return tree{w: tw, ss: ss}, true
}

// dropMarked removes from ev the participants with a marked mention and no
// plain one (a name that only describes another, or sits deep in a phrase),
// unless that would leave the event with nobody.
func dropMarked(ev *event, marked, plain map[int]bool) {
	kept := ev.parts[:0:0]
	for _, pt := range ev.parts {
		if marked[pt.ent] && !plain[pt.ent] {
			continue
		}
		kept = append(kept, pt)
	}
	if len(kept) > 0 {
		ev.parts = kept
	}
}
