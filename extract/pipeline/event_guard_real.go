package pipeline

import "strings"

// Realness guards that look at the words around a trigger after its
// participants are read (readTrigger), before findEvents keeps the event.
// Each is stated for a construction, not a story.

// stoppedEvent: the event is what a verb of stopping or preventing acts
// on, so the text does not assert it happens: "ordered its gunmen to stop
// firing rockets", "efforts to stop militants from attacking", "declared
// an end to militant attacks", "the policy did little to deter attacks",
// "police have thwarted a bomb attack". The walk goes left from the trigger
// over the words of its phrase ("its practice of", "militants from") and
// stops at a clause boundary, so "the attack came despite efforts to stop
// them" keeps the attack told before the stopping.
func stoppedEvent(d *doc, ev *event, ss int) bool {
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-6; k-- {
		w := d.lower[k]
		switch w {
		case ",", ";", ":", "(", "and", "or", "but", "that", "which", "who", "while", "when", "after", "before", "because", "if", "as", "despite", "since", "until":
			return false
		case "to":
			// "an end to attacks", "put an end to the killing"
			return k-1 >= ss && d.lower[k-1] == "end"
		}
		if stopVerbs[w] {
			return !hinderedVote(d, k, ev.trigStart) // (not "trying to stop the referendum": set anyway, event_unreal_heldvote.go)
		}
	}
	return false
}

// stopVerbs: verbs whose object is an act stopped or kept from happening.
// ("ended", "halted" and "suspended" stay out: "ended a two-day meeting",
// "halted talks" tell talks that took place.)
var stopVerbs = map[string]bool{
	"stop": true, "stops": true, "stopped": true, "stopping": true,
	"cease": true, "ceases": true, "ceased": true, "ceasing": true,
	"prevent": true, "prevents": true, "prevented": true, "preventing": true,
	"avert": true, "averts": true, "averted": true, "averting": true,
	"thwart": true, "thwarts": true, "thwarted": true, "thwarting": true,
	"foil": true, "foils": true, "foiled": true, "foiling": true,
	"deter": true, "deters": true, "deterred": true, "deterring": true,
	"refrain": true, "refrains": true, "refrained": true, "refraining": true,
}

// hopedOfEvent: an event noun that is the subject of the clause a verb of
// hoping or believing takes is real; what is hoped is told by the clause's
// predicate: "hopes the upcoming presidential election will be free and
// fair", "insists the elections will be fair", "expressed hope the
// negotiations would protect Iran's achievements". The realness rules read
// the hope verb a few words before the noun as wishing the noun itself.
func (p *Pipeline) hopedOfEvent(d *doc, ev *event, ss, se int) bool {
	if !ev.nominal || ev.trigEnd >= se || !clauseAux[d.lower[ev.trigEnd]] {
		return false
	}
	k := ev.trigStart - 1
	for k >= ss && k >= ev.trigStart-6 && (d.mentionAt[k] >= 0 || yearWord(d.lower[k]) || d.lower[k] == "the" ||
		p.cls(d, k)&(wAdj|wNoun) != 0 && p.cls(d, k)&(wPrep|wPron|wVerb|wPunct|wConj) == 0 && !hopeVerbs[d.lower[k]]) {
		k--
	}
	if k >= ss && d.lower[k] == "that" {
		k--
	}
	return k >= ss && hopeVerbs[d.lower[k]]
}

// clauseAux: a finite auxiliary or copula right after a noun makes the noun
// its clause's subject.
var clauseAux = map[string]bool{
	"will": true, "would": true, "could": true, "can": true, "should": true, "must": true, "may": true, "might": true,
	"is": true, "are": true, "was": true, "were": true,
}

// hopeVerbs take a clause: what they hope or hold is its predicate.
var hopeVerbs = map[string]bool{
	"hope": true, "hopes": true, "hoped": true, "hoping": true,
	"insist": true, "insists": true, "insisted": true, "insisting": true,
	"believe": true, "believes": true, "believed": true, "believing": true,
	"trust": true, "trusts": true, "confident": true, "optimistic": true,
}

// infinitiveAsked: ev lies in the infinitive clause an appeal or demand
// verb takes, further than askedBy's few words: "urged the Chinese to
// support the international community in imposing sanctions", "called on
// ethnic Shan people in Burma and overseas to stand united and fight".
// The asked-for clause opens with "to" after the one asked and runs to the
// event verb with no clause boundary between; an event noun there may be a
// topic already real ("urging European leaders to wake up from their state
// of denial over President Bush's re-election").
func (p *Pipeline) infinitiveAsked(d *doc, o, ev *event) bool {
	if o.nominal || ev.trigStart-o.trigEnd > 16 {
		return false
	}
	if ev.nominal && !p.verbObject(d, ev, o.trigEnd) {
		// a noun counts as the object of a verb of the clause ("in imposing
		// sanctions"), not inside a prepositional phrase ("over the re-election")
		return false
	}
	return p.askedInfinitive(d, o.trigEnd, ev.trigStart)
}

// askedInfinitive: a "to" opens an infinitive between from and to, with no
// clause boundary after it. The "to" takes a verb ("to support", "to
// stand"), not a noun phrase ("a halt to settlement expansion", "travel to
// Iraq", "draws to a close").
func (p *Pipeline) askedInfinitive(d *doc, from, to int) bool {
	inf := false
	for k := from; k < to; k++ {
		switch d.lower[k] {
		case "to":
			inf = inf || k+1 < to && d.mentionAt[k+1] < 0 && p.cls(d, k+1)&wVerb != 0 && p.cls(d, k+1)&(wDet|wPron|wNum|wProper) == 0 &&
				k-1 >= from && (d.mentionAt[k-1] >= 0 || p.cls(d, k-1)&(wNoun|wPron|wProper) != 0)
		case ",", ";", ":", "that", "which", "who", "after", "before", "when", "while", "because", "but":
			inf = false
		}
	}
	return inf
}

// stanceObject: an event noun told with no determiner as the object of a
// verb that bans or favours it names a kind of act the subject rules out
// or wants, not an act that took place: "The International Olympic
// Committee bars demonstrations at Olympic venues", "Russia and China favor
// less stringent sanctions". ("opposed the sanctions", "banned the
// rally planned for Friday", with a determiner, may tell a real one.)
func (p *Pipeline) stanceObject(d *doc, ev *event, ss int) bool {
	if !ev.nominal {
		return false
	}
	// (the verb is looked up before the walk goes over it: "bars" and
	// "favors" are nouns too)
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-4 && d.mentionAt[k] < 0; k-- {
		if stanceVerbs[d.lower[k]] {
			return true
		}
		if d.lower[k] != "less" && d.lower[k] != "more" && (p.cls(d, k)&(wAdj|wNoun) == 0 || p.cls(d, k)&(wDet|wPrep|wPron|wVerb|wPast|wPart) != 0) {
			return false
		}
	}
	return false
}

// stanceVerbs rule out or favour a kind of act.
var stanceVerbs = map[string]bool{
	"ban": true, "bans": true, "banned": true, "banning": true,
	"bar": true, "bars": true, "barred": true, "barring": true,
	"forbid": true, "forbids": true, "forbade": true, "forbidden": true, "forbidding": true,
	"prohibit": true, "prohibits": true, "prohibited": true, "prohibiting": true,
	"outlaw": true, "outlaws": true, "outlawed": true, "outlawing": true,
	"favor": true, "favors": true, "favored": true, "favoring": true,
	"favour": true, "favours": true, "favoured": true, "favouring": true,
	"oppose": true, "opposes": true, "opposed": true, "opposing": true,
	"advocate": true, "advocates": true, "advocated": true, "advocating": true,
}

// verbObject: the event noun's phrase follows a verb (after from), so it is
// that verb's object, not inside a prepositional phrase.
func (p *Pipeline) verbObject(d *doc, ev *event, from int) bool {
	const verbal = wVerb | wPast | wPart | wGerund
	k := ev.trigStart - 1
	for k > from && (d.mentionAt[k] >= 0 || d.lower[k] == "'s" || p.cls(d, k)&(wAdj|wNoun|wDet|wNum) != 0 && p.cls(d, k)&(wPrep|verbal) == 0) {
		k--
	}
	return k > from && p.cls(d, k)&verbal != 0 && p.cls(d, k)&wPrep == 0
}

// goalClause: the event lies in a phrase that states a goal ("talks aimed
// at disarming North Korea", "in an effort to broker a peace deal",
// "designed to", "in order to"): an aim, not an act. The walk stops at a
// clause boundary ("an operation aimed at stopping insurgents who have
// killed 600 people" keeps the killings; "there were meant to be
// commentaries and the stars had agreed to do them" keeps the agreement).
// Verbs only: an event noun in the phrase is often a real one the aim is
// about ("intended to get on with winning the election", "his bid to run
// in next April's presidential election").
func (p *Pipeline) goalClause(d *doc, ev *event, ss int) bool {
	if ev.nominal {
		return false
	}
	for k := ev.trigStart - 1; k-1 >= ss && k >= ev.trigStart-12; k-- {
		w, prev := d.lower[k], d.lower[k-1]
		switch w {
		case ",", ";", ":", "(", "who", "which", "that", "when", "while", "because", "after", "before", "but", "and", "or":
			return false
		}
		goal := false
		switch {
		case w == "at":
			goal = prev == "aimed" || prev == "aiming" || prev == "aims"
		case w == "to":
			switch prev {
			case "aimed", "designed", "intended", "meant", "order":
				goal = true
			case "effort", "bid":
				goal = k-2 >= ss && (d.lower[k-2] == "an" || d.lower[k-2] == "a")
			case "as":
				goal = k-2 >= ss && d.lower[k-2] == "so"
			}
		case w == "of":
			goal = prev == "aim" && k-2 >= ss && d.lower[k-2] == "the"
		}
		if goal {
			return true
		}
	}
	return false
}

// attributiveParticiple: a participle used as an adjective before a noun
// describes a state of the thing named, not an act the sentence tells:
// "half of Thaksin's frozen assets", "a group of jailed Burmese
// activists", "the trial of ousted leader Saddam Hussein". It stands after
// a determiner, a possessive, a preposition or at the sentence start, and
// a noun or a name follows it. ("police detained five men": a subject
// before it makes it a verb.)
func (p *Pipeline) attributiveParticiple(d *doc, ev *event, ss, se int) bool {
	t := ev.trigStart
	if ev.nominal || ev.trigEnd-t != 1 || ev.trigEnd >= se || d.mentionAt[t] >= 0 || p.cls(d, t)&(wPart|wPast) == 0 {
		return false
	}
	if k := t - 1; k >= ss {
		switch w := d.lower[k]; {
		case w == "'s" || w == "’s":
		case sayerOpeners[w]:
			// "Fatah officials say jailed leader Marwan Barghouti has decided":
			// the participle opens the reported clause's subject (event_guard_sayerattrib.go)
			return p.openedSubject(d, ev, se)
		case d.mentionAt[k] >= 0 || p.cls(d, k)&(wDet|wPrep) == 0:
			return false
		}
		switch d.lower[k] {
		case "that", "which", "who", "as", "than":
			return false // a relative or comparative clause may start with its verb
		}
		if k-1 >= ss && auxWords[d.lower[k-1]] {
			return false // "has since hosted game shows": an adverb after the auxiliary
		}
	}
	n := ev.trigEnd
	return d.mentionAt[n] >= 0 || p.cls(d, n)&wNoun != 0 && p.cls(d, n)&(wDet|wPrep|wVerb|wPast|wPart|wPron|wAdv) == 0
}

// auxWords: auxiliaries a verb's participle follows.
var auxWords = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
}

// accidentClause: a participle clause (", killing 21 people") that tells
// the result of an accident its main clause tells: "a five-story building
// has collapsed in the capital, killing at least 20 people", "a passenger
// bus has plunged into a ravine, killing 21 people". The deaths have no
// attacker.
func accidentClause(d *doc, ev *event) bool {
	t := ev.trigStart
	if t < 1 || d.lower[t-1] != "," || !strings.HasSuffix(d.lower[t], "ing") {
		return false
	}
	for k := t - 2; k >= 0 && k >= t-16 && d.sentOf[k] == ev.sentence; k-- {
		switch w := d.lower[k]; w {
		case ";", ":", "after", "when", "while", "because":
			return false
		default:
			if accidentVerbs[w] {
				return true
			}
		}
	}
	return false
}

// accidentVerbs tell an accident, not an act against someone.
var accidentVerbs = map[string]bool{
	"collapsed": true, "collapses": true, "crashed": true, "crashes": true, "capsized": true, "capsizes": true,
	"sank": true, "sinks": true, "derailed": true, "derails": true, "overturned": true, "overturns": true,
	"toppled": true, "plunged": true, "plunges": true,
}
