package pipeline

// A subject opened by an approximate count (seventeenth session).
//
// "About 100 Polish workers demonstrated outside EU headquarters", "Around
// 2,000 Hamas supporters marched": the count's "about" or "around" reads as
// a preposition, so subject took the phrase for a prepositional one ("marched
// through London": London is no subject) and read no one. A count word
// right after it, at the clause's start, makes it an adverb of the count:
// the phrase is the subject. ("Over 100 people" and "Some 100 workers"
// already read so: "over" before a number and "some" are no preposition
// there.)

// approxWords tell a count as approximate.
var approxWords = map[string]bool{
	"about": true, "around": true, "approximately": true, "roughly": true, "nearly": true, "almost": true,
}

// approxCount: the phrase starting at k is a count ("100", "7,000",
// "hundreds") opened by "about" or "around" at the start of its clause.
func approxCount(d *doc, k, ss int) bool {
	if k-1 < ss || k >= len(d.lower) || !approxWords[d.lower[k-1]] || !clauseStart(d, k-1, ss) {
		return false
	}
	w := d.lower[k]
	return w != "" && w[0] >= '0' && w[0] <= '9' || countWords[w]
}

// countWords are counts told in words.
var countWords = map[string]bool{
	"hundreds": true, "thousands": true, "dozens": true, "tens": true, "a": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
	"ten": true, "twenty": true, "thirty": true, "forty": true, "fifty": true, "hundred": true, "thousand": true,
}
