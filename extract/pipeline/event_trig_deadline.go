package pipeline

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/cameo"
)

// A deadline a named side set for another to act (twenty-second session,
// notrig23): "a January 13 deadline set by Prime Minister Sher Bahadur
// Deuba for the Maoists to resume peace talks", "an August 31 U.N.
// Security Council deadline for Iran to halt its nuclear activities",
// "refuse to meet an August 31 Security Council deadline to stop
// enriching uranium". The lexicon has no "deadline"; the labels read one
// as a DEMAND of its setter on the side that must act when both the setter
// and the act are told (3 of the 3 TUNE sentences with a named setter and
// an infinitive; the 23 others, "ahead of the August 15 deadline", "a
// deadline for the receipt of bids", "a government deadline to resume",
// are not labelled and stay out: no setter named, or no act asked).
//
// The setter (a name modifying the noun or after "set by") is the AGENT;
// the side that must act is the PATIENT when named after "for" or as the
// subject of a verb that meets, misses or defies the deadline.

// deadlineLemma marks the match for deadlineArgs.
const deadlineLemma = "deadline set"

// deadlineStarts are the words deadlineSet reads (scanDeadline).
func deadlineStarts() []string { return []string{"deadline"} }

// deadlineMeets are the verbs whose subject is the side a deadline binds
// ("Iran ... refuse to meet an August 31 deadline", "Pyongyang missed").
var deadlineMeets = map[string]bool{
	"meet": true, "met": true, "meets": true, "miss": true, "missed": true, "misses": true,
	"defied": true, "defy": true, "defies": true, "rejected": true, "reject": true, "rejects": true,
	"ignored": true, "ignore": true, "ignores": true,
}

// deadlineSet reads the noun at i as a deadline a named side set for
// another to act.
func (p *Pipeline) deadlineSet(d *doc, i, ss, se int) (cameo.Match, bool) {
	if d.lower[i] != "deadline" || d.mentionAt[i] >= 0 {
		return cameo.Match{}, false
	}
	setters, _, k := p.deadlineSides(d, i, ss, se)
	if len(setters) == 0 || !p.infinitiveAt(d, k, se) {
		return cameo.Match{}, false
	}
	return cameo.Match{Code: "100", Lemma: deadlineLemma, Start: i, End: i + 1, Nominal: true}, true
}

// deadlineOwnerStart is the first token of the names, dates and
// modifiers before the noun at i ("an August 31 U.N. Security Council
// deadline": "August").
func (p *Pipeline) deadlineOwnerStart(d *doc, i, ss int) int {
	j := i
	for j-1 >= ss {
		w := d.lower[j-1]
		if d.mentionAt[j-1] < 0 && w != "and" && !monthNames[w] && p.cls(d, j-1)&wNum == 0 && !allDigits(w) {
			break
		}
		j--
	}
	return j
}

// deadlineSides reads the setters (before the noun, or after "set by")
// and the sides told after "for", and returns the token after them.
func (p *Pipeline) deadlineSides(d *doc, i, ss, se int) (setters, bound []int, next int) {
	for k := p.deadlineOwnerStart(d, i, ss); k < i; k++ {
		if e := pressureSide(d, k); e >= 0 && !slices.Contains(setters, e) {
			setters = append(setters, e)
		}
	}
	k := i + 1
	if k+1 < se && d.lower[k] == "set" && d.lower[k+1] == "by" {
		names, end := p.pressureList(d, k+2, se)
		if len(names) == 0 {
			return nil, nil, k
		}
		for _, e := range names {
			if !slices.Contains(setters, e) {
				setters = append(setters, e)
			}
		}
		k = end
	}
	if k < se && d.lower[k] == "for" {
		if names, end := p.pressureList(d, k+1, se); len(names) > 0 {
			return setters, names, end
		}
		// "for Ugandan rebels to disarm": the names in a short phrase
		// before the infinitive stand for the side bound
		for j := k + 1; j < se && j <= k+6; j++ {
			if d.lower[j] == "to" {
				return setters, bound, j
			}
			if d.lower[j] == "," || d.lower[j] == "of" || d.lower[j] == "in" {
				break
			}
			if e := pressureSide(d, j); e >= 0 && !slices.Contains(bound, e) {
				bound = append(bound, e)
			}
		}
		bound = nil
	}
	return setters, bound, k
}

// deadlineBound is the subject of a verb that meets, misses or defies
// the deadline at i ("Iran continues to refuse to meet an August 31
// deadline"): the nearest name before the verb with no comma between, or
// -1.
func (p *Pipeline) deadlineBound(d *doc, i, ss int) int {
	j := p.deadlineOwnerStart(d, i, ss) - 1
	for j >= ss && (d.lower[j] == "a" || d.lower[j] == "an" || d.lower[j] == "the") {
		j--
	}
	if j < ss || !deadlineMeets[d.lower[j]] {
		return -1
	}
	for k := j - 1; k >= ss && k >= j-6; k-- {
		if d.lower[k] == "," || d.lower[k] == ";" {
			return -1
		}
		if e := pressureSide(d, k); e >= 0 {
			return e
		}
	}
	return -1
}

// deadlineArgs makes the setters the AGENT and the side bound the
// PATIENT, dropping what else the noun's readers took from the sentence.
func (p *Pipeline) deadlineArgs(d *doc, ev *event, m cameo.Match, ss, se int) {
	setters, bound, _ := p.deadlineSides(d, m.Start, ss, se)
	if len(bound) == 0 {
		if e := p.deadlineBound(d, m.Start, ss); e >= 0 {
			bound = []int{e}
		}
	}
	ev.setSides(setters, bound)
}
