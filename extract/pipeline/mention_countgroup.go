package pipeline

import "strings"

// Clubs of states named by their count (twentieth session, helper meet21).
//
// News names the standing clubs of states by the number of their members:
// "G-8", "G8", "G-20", "G7", "G-77", "the Group of Eight", "the Group of
// 20". The tagger calls the short form a MISC name (an event or a prize)
// and leaves "Group of 20" untagged, so "the G-8 summit that Russia will
// host" and "the Group of 20 economic summit" have no body for
// bodyGathering to give the summit to, and a "G7" that demands or a "G-8"
// that protesters target is no party. The labels name the club as an
// organisation ("G-8|Group of Eight", "Group of 20", "G7") in eleven TUNE
// stories.
//
// countGroups types such a name as an organisation: a one-token "G" name
// with a club's count ("G8", "G-20", "G-5"; not "G4", not "Pontiac G6", not
// a lower-case "g8") the tagger labelled otherwise or not at all, and "Group of" + a count word
// or number when the tagger left the three words untagged. A longer name
// the tagger joined ("Group of Seven Industrialized") is left as it is.

// clubCounts are the member counts that name a club after "Group of".
var clubCounts = map[string]bool{
	"five": true, "six": true, "seven": true, "eight": true, "ten": true, "twenty": true,
	"5": true, "6": true, "7": true, "8": true, "10": true, "20": true, "77": true,
}

// countGroupToken: w is a club's short name, "G" and a club's count, with
// or without a hyphen ("G8", "G-20"; not "G4", a processor).
func countGroupToken(w string) bool {
	n, ok := strings.CutPrefix(w, "G")
	if !ok {
		return false
	}
	n = strings.TrimPrefix(n, "-")
	return allDigits(n) && clubCounts[n]
}

// countGroups types the clubs' names as organisations (see above).
func (p *Pipeline) countGroups(d *doc) {
	for i, w := range d.words {
		switch {
		case countGroupToken(w):
			if i > 0 && d.sentOf[i-1] == d.sentOf[i] && i-1 > d.sents[d.sentOf[i]].Start && hasUpperLetter(d.words[i-1][:1]) && d.lower[i-1] != "the" {
				continue // a model's name: "the Pontiac G6", "PowerMac G5"
			}
			if mi := d.mentionAt[i]; mi >= 0 {
				if m := d.mentions[mi]; m.start == i && m.end == i+1 && m.label != "ORG" {
					m.label = "ORG"
				}
				continue
			}
			p.recordMention(d, i, i+1, "ORG")
		case w == "Group" && i+2 < len(d.words) && d.lower[i+1] == "of" && clubCounts[d.lower[i+2]] && d.sentOf[i] == d.sentOf[i+2]:
			if d.mentionAt[i] >= 0 || d.mentionAt[i+1] >= 0 || d.mentionAt[i+2] >= 0 {
				continue
			}
			if i+3 < len(d.words) && hasUpperLetter(d.words[i+3][:1]) && d.sentOf[i+3] == d.sentOf[i] {
				continue // a longer name goes on ("Group of Seven Industrialized Nations")
			}
			p.recordMention(d, i, i+3, "ORG")
		}
	}
}

// countGroupName: n is a club's name countGroups types ("G-8", "Group of
// 20"), a body of several states like the "...Union" names bodyName reads.
func countGroupName(n string) bool {
	if countGroupToken(n) {
		return true
	}
	rest, ok := strings.CutPrefix(n, "Group of ")
	return ok && clubCounts[strings.ToLower(rest)]
}
