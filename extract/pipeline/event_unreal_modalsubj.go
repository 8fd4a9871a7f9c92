package pipeline

// Events told only as a possibility by the clause they sit in (thirteenth
// session).
//
// readArgs reads a modal as unreal when it stands before the event's own
// verb, or before the light verb of its noun ("could hold talks"). It misses
// two general constructions of news English, found by reading events kept on
// BBC and Reuters stories:
//
//   - an event noun (or a gerund opening the sentence) that heads the subject
//     of a modal verb: "any negotiations with Algeria would emphasize looser
//     arrangements", "an accord with the IMF could be a helpful support",
//     "Buying MCI would give Qwest access to ...", "feared a takeover would
//     force them". What would follow from the event is weighed, so the event
//     itself is only supposed. "Will" is left out: "the talks will focus on"
//     tells talks that are scheduled, which the Guideline counts.
//   - an infinitive after "set to", "likely to", "unlikely to": "is set to
//     call for a fine", "is likely to attack". prospective reads "is to" and
//     "expected to" and keeps acts that are put on calendars ("is to meet
//     Sunday"); "set to" is read the same way, and "likely" always foresees.

const (
	guardUnrealModalSubj = "unreal:modal-subject" // "any negotiations with Algeria would emphasize"
	guardUnrealLikelyTo  = "unreal:likely-to"     // "is set to call for", "is likely to attack"
)

// supposeModals weigh what is possible; "will", "can" and "should" are left out ("the
// talks will focus on", "the election can go ahead", "insisted that talks
// with Turkey should include": a scheduled event, its content weighed).
var supposeModals = map[string]bool{"would": true, "could": true, "might": true, "may": true}

// knownDet point to an event already told or known: "officials said the
// attack would not affect talks" weighs an attack that took place.
var knownDet = map[string]bool{
	"the": true, "this": true, "that": true, "these": true, "those": true, "'s": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "last": true, "recent": true,
}

// supposeVerbs open a clause whose subject may be the event noun without
// "that": "feared a takeover would force them", "said any talks would".
// (Other verbs take the noun as their object: "reached an agreement".)
var supposeVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "feared": true, "fears": true, "fear": true,
	"believe": true, "believes": true, "believed": true, "think": true, "thinks": true, "thought": true,
	"argued": true, "argues": true, "warned": true, "warns": true, "added": true, "suggested": true,
	"expects": true, "expect": true, "hopes": true, "hope": true, "hoped": true,
}

// whWords open a relative clause, whose modal is not the event's.
var whWords = map[string]bool{"which": true, "that": true, "who": true, "whom": true, "whose": true, "where": true, "when": true}

// unrealFrame names why the clause around ev tells it as only possible, or
// "" when it does not.
func (p *Pipeline) unrealFrame(d *doc, ev *event, ss, se int) string {
	switch {
	case p.modalSubject(d, ev, ss, se):
		return guardUnrealModalSubj
	case p.likelyTo(d, ev, ss):
		return guardUnrealLikelyTo
	case planNounAfter(d, ev, se):
		return guardUnrealPlanNoun // (event_unreal_planned.go)
	case p.modalCoordinated(d, ev, ss):
		return guardUnrealModalCoord // "would impose travel bans and freeze the assets" (event_unreal_modalcoord.go)
	case p.anyNoun(d, ev, ss):
		return guardUnrealAnyNoun // "any U.S. attack would be a mistake" (event_unreal_anynoun.go)
	case p.presentInTimeClause(d, ev, ss, se):
		return guardUnrealClauseTense // "will not quit the protests until Governor Ruiz resigns" (event_unreal_clausetense.go)
	}
	return ""
}

// modalSubject: the trigger heads a noun phrase that opens its clause (the
// sentence's start, or after "that" or a verb: "feared a takeover would")
// and the phrase, with any prepositional phrases after the head ("with
// Algeria", "of Schult from Inland"), is followed straight by a modal.
func (p *Pipeline) modalSubject(d *doc, ev *event, ss, se int) bool {
	t0 := ev.trigStart
	gerund := !ev.nominal && t0 == ss && d.lower[t0] != "" && len(d.lower[t0]) > 4 && d.lower[t0][len(d.lower[t0])-3:] == "ing"
	if !ev.nominal && !gerund {
		return false
	}
	// left edge: only determiners, modifiers and names back to the clause's opening
	k := t0 - 1
	for k >= ss && k >= t0-6 && (d.mentionAt[k] >= 0 && d.lower[k] != "'s" || p.cls(d, k)&(wDet|wAdj|wNoun|wProper|wNum) != 0 && p.cls(d, k)&(wPrep|wVerb|wPast|wPron) == 0) {
		if knownDet[d.lower[k]] {
			return false // "the attack would not affect the talks": a known event, told in a reported future
		}
		k--
	}
	if k >= ss {
		w := d.lower[k]
		if w != "that" && !supposeVerbs[w] {
			return false
		}
	}
	// right edge: the head's own words, then prepositional phrases, then the modal
	i := ev.trigEnd
	if gerund {
		// the gerund's object: "Buying MCI would"
		for i < se && i < ev.trigEnd+5 && (d.mentionAt[i] >= 0 || p.cls(d, i)&(wDet|wAdj|wNoun|wNum) != 0 && p.cls(d, i)&(wPrep|wModal) == 0) {
			i++
		}
	}
	for n := 0; i < se && n < 12; n++ {
		w := d.lower[i]
		if supposeModals[w] {
			return true
		}
		switch {
		case w == "of" || w == "with" || w == "between" || w == "for" || w == "on" || w == "from" || w == "against" || w == "over" || w == "by" || w == "in" || w == "to":
			if i+1 >= se || w == "to" && d.mentionAt[i+1] < 0 && p.cls(d, i+1)&(wDet|wNum) == 0 ||
				p.cls(d, i+1)&(wVerb|wPast|wModal) != 0 && d.mentionAt[i+1] < 0 && p.cls(d, i+1)&(wNoun|wDet|wAdj) == 0 {
				return false // "to" of an infinitive, or a clause after the preposition
			}
		case d.mentionAt[i] >= 0 || w == "'s" || w == "and" && n > 0:
		case w == "'" || w == "\"" || w == "`" || w == "''" || w == "``":
			return false // "Election 'could be terror target'": a claim quoted about it
		case whWords[w]:
			return false // "an alliance which could have obliged": the modal is the relative clause's
		case p.cls(d, i)&(wDet|wAdj|wNoun|wProper|wNum) != 0 && p.cls(d, i)&(wPast|wModal|wPron) == 0 && (p.cls(d, i)&wVerb == 0 || p.cls(d, i)&wNoun != 0):
			// (a word read as a noun or a verb stays in the phrase: "a takeover of Sprint")
		default:
			return false
		}
		i++
	}
	return false
}

// likelyTo: the event's verb (or its noun's light verb: "set to hold
// talks") is an infinitive after "likely"/"unlikely", or after "set" told
// with "be" for an act that is not put on calendars ("is set to call for").
func (p *Pipeline) likelyTo(d *doc, ev *event, ss int) bool {
	v := eventVerb(d, ev, ss)
	if v < 0 {
		return false
	}
	k := v - 1
	if k >= ss && (d.lower[k] == "also" || d.lower[k] == "formally") {
		k--
	}
	if k-1 < ss || d.lower[k] != "to" {
		return false
	}
	switch h := d.lower[k-1]; {
	case h == "likely" || h == "unlikely":
		return true
	case h == "set":
		return k-2 >= ss && isBe(d.lower[k-2]) && !arranged[ev.typ]
	}
	return false
}
