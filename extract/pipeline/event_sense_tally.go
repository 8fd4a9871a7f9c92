package pipeline

// Attacks counted by a noun of number (seventeenth session). A plural
// attack noun counted by "a series of", "scores of", "dozens of", "a string
// of" sums many acts into one phrase: "Hamas, whose military wing has
// claimed scores of attacks against Israel", "Militants have carried out a
// series of attacks on NATO convoys in recent weeks", "wanted since 1998
// for a series of attacks on Israelis", "has carried out dozens of suicide
// bombings". None is one event the story reports; the Guideline leaves
// generic ones out. attackTally calls this only when the sentence names no
// day: a series told on a day is one operation ("a series of raids launched
// late Tuesday", "a series of raids following Wednesday's killing", both
// labelled). "A wave of bombings" is left alone: a wave is told as one
// attack. Read on dev34..dev37 (four stories) and checked on BBC/Reuters.

// countHeads count acts: "a series of attacks", "scores of raids".
var countHeads = map[string]bool{
	"series": true, "scores": true, "dozens": true, "hundreds": true, "thousands": true,
	"string": true, "spate": true, "succession": true,
}

// countedNoun: the trigger noun, after at most two modifiers ("suicide",
// "recent", "rocket and mortar"), follows "of" after a count head.
func (p *Pipeline) countedNoun(d *doc, ev *event, ss int) bool {
	k := ev.trigStart - 1
	for n := 0; k >= ss && n < 4 && d.lower[k] != "of"; n++ {
		if d.lower[k] != "and" && d.mentionAt[k] < 0 && (p.cls(d, k)&(wAdj|wNoun) == 0 || p.cls(d, k)&(wPrep|wVerb|wDet) != 0) {
			return false
		}
		k--
	}
	return k-1 >= ss && d.lower[k] == "of" && countHeads[d.lower[k-1]]
}
