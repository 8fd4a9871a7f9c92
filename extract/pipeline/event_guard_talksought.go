package pipeline

import (
	"slices"
	"strings"
)

// Talks only sought, offered or hoped for (twentieth session, helper meet21).
//
// The Guideline leaves out wished-for and hypothetical events ("hope to
// hold talks"). prospective reads an intention's infinitive ("ready to hold
// talks", "plan to hold talks"); news tells talks not yet held by more
// heads than that, and the labels give none of these a NEGOTIATE:
//   - an attempt, an offer or a chance whose infinitive starts the talks:
//     "struggling to launch peace talks with Islamists", "efforts at the
//     time to restart peace talks", "an offer ... to hold another round of
//     peace talks", "a memorandum ... to begin talks on importing gas",
//     "Sharon will soon begin negotiations" is left alone (a finite verb);
//   - a head that takes the talks as what it waits on or asks for:
//     "depends upon negotiations between", "one last chance to talks with",
//     "push for resumed negotiations", "would welcome negotiations with",
//     "is open to holding talks with" (the lexicon reads "open" ... "talks"
//     as the trigger).
// Twelve TUNE stories, four of dev46..dev49 (voa-2037, 2056, 2066, 2186).
// A travel verb's infinitive ("arrived in Beijing to begin talks") tells
// talks that are held, and stays (no attempt head).

// attemptHeads govern an infinitive of talks not yet begun.
var attemptHeads = map[string]bool{
	"effort": true, "efforts": true, "attempt": true, "attempts": true, "bid": true,
	"struggle": true, "struggling": true, "struggled": true, "trying": true, "tried": true,
	"seeking": true, "sought": true, "offer": true, "offers": true, "offered": true,
	"offering": true, "proposal": true, "proposed": true, "chance": true, "opportunity": true,
	"memorandum": true, "failed": true, "refused": true, "declined": true,
}

// startVerbs begin or hold talks in an infinitive.
var startVerbs = map[string]bool{
	"launch": true, "restart": true, "begin": true, "start": true, "resume": true,
	"reopen": true, "revive": true, "open": true, "hold": true, "have": true,
}

// awaitingHeads take talks as what they wait on or ask for, before a
// preposition: "depends upon", "chance to", "push for", "open to holding".
var awaitingHeads = map[string]string{
	"depends": "on upon", "depend": "on upon", "depending": "on upon", "dependent": "on upon",
	"chance": "to for", "push": "for", "pushing": "for", "open": "to",
}

// talksSought: ev is a talks noun (NEGOTIATE) whose clause only seeks,
// offers or waits on it (see above).
func talksSought(d *doc, ev *event, ss int) bool {
	if ev.typ != "NEGOTIATE" || ev.trigStart-1 < ss {
		return false
	}
	t := d.lower[ev.trigStart]
	if t == "open" && ev.trigStart+1 < len(d.lower) && d.lower[ev.trigStart+1] == "to" {
		return true // the adjective: "says it is open to holding talks with"
	}
	if !ev.nominal && t != "talks" {
		return false // (the tagger reads "chance to talks" as a verb)
	}
	// back over the noun's premodifiers and "another round of": "peace
	// talks", "resumed negotiations", "another round of peace talks"
	k := ev.trigStart - 1
	for k > ss && k >= ev.trigStart-5 && d.mentionAt[k] < 0 && !isPunct(d.words[k]) && !startVerbs[d.lower[k]] && d.lower[k] != "holding" && !prepositionWord(d.lower[k]) {
		k--
	}
	if d.lower[k] == "holding" {
		k-- // "open to holding talks"
	}
	if k-1 < ss {
		return false
	}
	w := d.lower[k]
	if startVerbs[w] {
		if k-2 < ss || d.lower[k-1] != "to" {
			return false // a finite verb: "will soon begin negotiations"
		}
		h := k - 2
		if h-3 >= ss && d.lower[h] == "time" && d.lower[h-1] == "the" && d.lower[h-2] == "at" {
			h -= 3 // "efforts at the time to restart"
		}
		return attemptHeads[d.lower[h]]
	}
	preps, ok := awaitingHeads[d.lower[k-1]]
	return ok && slices.Contains(strings.Fields(preps), w)
}

// prepositionWord: w is a preposition, which ends a noun's premodifiers.
func prepositionWord(w string) bool {
	switch w {
	case "to", "for", "on", "upon", "in", "with", "at", "by", "from", "about", "between", "during":
		return true
	}
	return false
}
