package pipeline

import "strings"

// An event told in the present tense inside a clause of time or condition
// (eighteenth session, helper fp19).
//
// English tells a future or a supposed event in a clause opened by "until",
// "once", "when", "if" or "unless" with the present tense, not with "will": "organizers say they will not quit the protests
// until Governor Ruiz resigns", "whoever wins would succeed Mugabe when he
// steps down", "Washington will have to get involved when the European Union
// and Iran discuss security issues", "threatened reprisals if the protests
// take place". The clause's event has not happened: it is waited for or
// supposed (the Guideline: not hypothetical or wished-for). A past verb
// there tells what did happen ("when the rebels attacked the town") and is
// left alone, and so is a clause that names its time ("when Karzai meets
// with Obama in Washington this week", "on March first, when he takes
// office"): a scheduled event the Guideline counts. "Before" and "after"
// are left out: they order events on a calendar far more often than they
// suppose one ("before President Bush visits New Delhi next month", "one day
// before the IAEA board meets in Vienna": five TUNE stories, each a
// scheduled event).

const guardUnrealClauseTense = "unreal:clause-present" // "until Governor Ruiz resigns"

// timeConditionWords open a clause whose present tense tells a future or a
// supposed event.
var timeConditionWords = map[string]bool{
	"until": true, "till": true, "once": true, "when": true, "whenever": true,
	"if": true, "unless": true,
}

// whenHeads head a relative "when" clause: "at a time when", "the day when".
var whenHeads = map[string]bool{
	"day": true, "days": true, "time": true, "times": true, "moment": true, "year": true, "years": true,
	"period": true, "era": true, "week": true, "month": true, "hour": true, "night": true, "morning": true, "point": true,
}

// clauseTimeWord names when a clause's event is set: "this week", "next
// month", "later", "within two weeks, when", "for a third day", "during his
// current tour" (Reuters: a meeting or a visit on a calendar), a day or a
// month.
func clauseTimeWord(w string) bool {
	switch w {
	case "week", "weeks", "month", "months", "year", "day", "days", "next", "later", "soon", "tomorrow", "today",
		"tonight", "weekend", "first", "third", "current":
		return true
	}
	return weekdays[w] || monthNames[w]
}

// presentInTimeClause: the event's verb (or its noun's light verb) is a
// present-tense verb whose subject (a short noun phrase, a name or a
// pronoun) stands right after one of timeConditionWords, and the clause
// names no time.
func (p *Pipeline) presentInTimeClause(d *doc, ev *event, ss, se int) bool {
	v := eventVerb(d, ev, ss)
	if v <= ss {
		return false
	}
	w := d.lower[v]
	c := p.cls(d, v)
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || isBe(w) {
		return false // past, participle or gerund: an act told as done or going on
	}
	// a third-person "-s" (the word list knows "resigns" and "steps" only as
	// nouns, but the trigger was read as a verb), or a bare verb form
	if !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) && (c&wVerb == 0 || c&wPast != 0) {
		return false
	}
	// back over the subject: names, determiners, modifiers, nouns, a pronoun
	k := v - 1
	for k > ss && k >= v-8 && (d.mentionAt[k] >= 0 || d.lower[k] == "'s" || d.lower[k] == "and" ||
		p.cls(d, k)&(wDet|wAdj|wNoun|wProper|wNum|wPron) != 0 && p.cls(d, k)&(wPrep|wModal|wConj|wPunct) == 0 && !timeConditionWords[d.lower[k]]) {
		k--
	}
	if k == v-1 || !timeConditionWords[d.lower[k]] {
		return false
	}
	if d.lower[k] == "when" && k-1 >= ss && whenHeads[d.lower[k-1]] {
		return false // "the day when": a relative clause, whose time is the noun's
	}
	// the clause, or the words just before it, name its time: scheduled
	for j := max(ss, k-4); j < se && d.lower[j] != ";" && (j < k || d.lower[j] != ","); j++ {
		if clauseTimeWord(d.lower[j]) {
			return false
		}
	}
	return true
}
