package pipeline

import "strings"

// Rates and habits told in the present (twentieth session, helper atk21).
//
// habitual reads "every year" and "each day" after a present verb as a
// habit ("the disease that kills 2,000 children every day"); English says
// the same with the article: "cigarettes kill 50,000 Spaniards a year",
// "the mines kill ten people a day". A rate counts what happens
// over and over; it is no one event, and by the Guideline no attack.
// A present plural verb right after a relative "who" tells what a group
// does as a habit, not what it did: "called on Pakistan to fight militants
// who launch attacks on Afghan forces" (the "who" clause describes the
// militants). Read on dev46..dev49 (the two false ATTACKs of voa-2104 and
// voa-2153).
//
// Left alone: "a year ago", "a week after the truce", "a day later"
// (a point in time, not a rate), and a past verb ("was killed a day after":
// told once); a singular subject's "who attacks" with -s is read by the
// sentence's tense elsewhere.

// killRate reports a present attack verb at t followed, before the clause
// ends, by "a" and a unit of time after a noun: "kill 50,000 Spaniards a
// year". Only attacks: "visit Washington for a week" is a span and "100,000
// barrels per day" a measure (both met on Reuters when every event type
// was read so), and only the article right after a noun or number, not
// after a preposition ("for a week", "in a day").
func killRate(d *doc, t, se int) bool {
	if strings.HasSuffix(d.lower[t], "ed") || strings.HasSuffix(d.lower[t], "ing") {
		return false // "was killed a day after": told once
	}
	for k := t + 2; k+1 < se && k < t+8; k++ {
		switch d.lower[k] {
		case ",", ";", ":", "but", "while", "when", "after", "before", "and":
			return false
		case "a":
			switch d.lower[k+1] {
			case "day", "week", "month", "year":
			default:
				continue
			}
			if k+2 < se {
				switch d.lower[k+2] {
				case "ago", "after", "before", "later", "earlier", "since", "from", "into", "of":
					return false // "a year ago", "a week after the truce"
				}
			}
			prev := d.lower[k-1]
			return prev != "" && (prev[0] >= '0' && prev[0] <= '9' || strings.HasSuffix(prev, "s") && d.mentionAt[k-1] < 0 || d.mentionAt[k-1] >= 0)
		}
	}
	return false
}

// relativeHabit reports a bare present verb at t right after a relative
// "who" whose antecedent is a plural noun ("militants who launch attacks").
func (p *Pipeline) relativeHabit(d *doc, t, ss int) bool {
	if t-2 < ss || d.lower[t-1] != "who" {
		return false
	}
	w := d.lower[t]
	switch w {
	case "have", "had", "are", "were", "be", "do", "did", "will", "would", "can", "could", "may", "might", "must", "should":
		return false // an auxiliary: "who have kidnapped", "who are visiting" tell the verb after it
	}
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || p.cls(d, t)&wVerb == 0 {
		return false // ("who attacked", "who attacks": told once, or left to tense)
	}
	a := d.lower[t-2]
	return d.mentionAt[t-2] < 0 && strings.HasSuffix(a, "s") && !strings.HasSuffix(a, "ss")
}

// habitClause reports a trigger told by a plural's present "who" clause:
// the verb itself ("rebels who attack") or the verb a few words before the
// trigger whose object it is ("militants who launch attacks", "groups who
// carry out suicide bombings"; the tagger may take "attacks" after "launch"
// for a verb, so both readings look back).
func (p *Pipeline) habitClause(d *doc, t, ss int) bool {
	if p.relativeHabit(d, t, ss) {
		return true
	}
	for k := t - 1; k > ss && k >= t-3; k-- {
		if d.lower[k] == "," || d.lower[k] == "and" || d.mentionAt[k] >= 0 {
			return false
		}
		if d.lower[k-1] == "who" {
			return p.relativeHabit(d, k, ss)
		}
	}
	return false
}
