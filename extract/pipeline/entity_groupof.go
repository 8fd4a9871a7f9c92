package pipeline

import "strings"

// Groups of nations by their shorthand (twenty-second session). The tagger
// gives "G-8", "G-20", "G8", "G-Eight" as MISC, the gazetteer knows only
// "Group of Eight", and participantOK keeps no MISC name that is not a
// people, so every event whose only named participant is the group lost it:
// "the G-20 summit" (MEET), "G-20 governments are calling for" (APPEAL),
// "urged G-8 countries to act" (APPEAL). In TUNE 25 gold events name such a
// group; the misses "no participant read" among them span dev12, dev16,
// dev17, dev40, dev48, dev54 and dev57. The shape is a closed class: a
// capital G, an optional hyphen and a count in digits or words.

// groupOfNationsCounts are the counts written as words in such names.
var groupOfNationsCounts = map[string]bool{
	"seven": true, "eight": true, "twenty": true, "four": true, "five": true, "six": true,
}

// groupOfNations tells whether word is a group of nations' shorthand, "G-8".
func groupOfNations(word string) bool {
	rest, ok := strings.CutPrefix(word, "G")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "-")
	if rest == "" {
		return false
	}
	if groupOfNationsCounts[strings.ToLower(rest)] {
		return true
	}
	if len(rest) > 2 {
		return false
	}
	for _, r := range rest {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
