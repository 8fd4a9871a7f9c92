package pipeline

// leaveLemmas are the verbs (and the noun of withdrawing) of leaving
// something one took part in.
var leaveLemmas = map[string]bool{
	"pull out": true, "walk out": true, "withdraw": true, "drop out": true, "pull": true, "walk": true,
}

// boycottObject: "of" or "from" follows within three words of k, and its
// object is a vote, talks or a sitting ("pulled out of Sunday's
// parliamentary elections", "withdrew from the talks", "walked out of
// parliament").
func boycottObject(d *doc, k, se int) bool {
	for j := k; j < se && j < k+3; j++ {
		if d.lower[j] != "of" && d.lower[j] != "from" {
			continue
		}
		for n := j + 1; n < se && n < j+7; n++ {
			switch d.lower[n] {
			case "election", "elections", "vote", "voting", "poll", "polls", "ballot", "runoff", "race", "referendum",
				"talks", "negotiations", "parliament", "session", "sessions", "conference", "summit", "assembly":
				return true
			case ",", ";", "and", "but", "because", "after", "before", "to":
				return false
			}
		}
		return false
	}
	return false
}
