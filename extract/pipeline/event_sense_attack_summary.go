package pipeline

import "strings"

// Summaries of violence (fourteenth session). The Guideline's summary
// reading (testdata/events/README.md, decided readings: fighting "for two
// decades", troops battling rebels "for several years in the 1990s", "a wave
// of Taleban-led attacks") makes a sum of attacks over a long span, or a
// count of them, no event. attackTally reads the sum at the head of the
// sentence and "an increase in attacks"; these are the other two shapes news
// uses: a noun of quantity a few modifiers before the attacks ("a rising
// number of attacks on", "a wave of Taleban-led attacks", "an increase in
// Taleban militant attacks") and a span of years the fighting lasts ("have
// been battling an insurgency for more than a year", "battled rebels for
// several years in the 1990s"). A named day anchors one event and keeps it.

// summaryHeads: nouns that count the attacks after "of"/"in".
var summaryHeads = map[string]bool{
	"wave": true, "waves": true, "number": true, "spate": true, "string": true, "rash": true,
	"increase": true, "surge": true, "rise": true, "upsurge": true, "escalation": true, "decline": true,
}

// spanCounts: words that may count a span after "for" ("for several years").
var spanCounts = map[string]bool{
	"a": true, "one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "several": true, "many": true, "more": true, "than": true,
	"over": true, "nearly": true, "almost": true, "about": true, "some": true, "the": true, "past": true,
	"last": true, "two-and-a-half": true,
}

// attackSummary: the ATTACK at ev is a count or a span-long sum of attacks.
func attackSummary(d *doc, ev *event, ss, se int) bool {
	if ev.typ != "ATTACK" || dayAnchored(d, ss, se) {
		return false
	}
	t := ev.trigStart
	if strings.HasSuffix(d.lower[ev.trigEnd-1], "s") {
		// "a rising number of attacks", "a wave of Taleban-led attacks" (a
		// noun after "of"/"in", whatever the tagger read: "attacks" is read a verb)
		for k := t - 1; k-1 >= ss && k >= t-4; k-- {
			w := d.lower[k]
			if (w == "of" || w == "in") && summaryHeads[d.lower[k-1]] {
				return true
			}
			if w == "," || w == "the" && k < t-1 || eventVerbLike(w) {
				break
			}
		}
	}
	// "battled rebels for several years", "for more than a year"
	for k := ev.trigEnd; k+1 < se && k < ev.trigEnd+14; k++ {
		switch d.lower[k] {
		case ";", ":", "but", "while", "when", "after", "before", "because", "which", "who", "that", "said", "says":
			return false
		case "for":
			j := k + 1
			for j < se && j < k+5 && spanCounts[d.lower[j]] {
				j++
			}
			if j < se && longSpanUnits[d.lower[j]] {
				return true
			}
		}
	}
	return false
}

// eventVerbLike: a word that ends a noun phrase going back from the trigger
// ("launched attacks": the verb, not a count, governs the noun).
func eventVerbLike(w string) bool {
	return strings.HasSuffix(w, "ed") && w != "led" && !strings.HasSuffix(w, "-led")
}
