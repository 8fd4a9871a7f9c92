package pipeline

// Trigger nouns that modify another noun (nineteenth session, fp20).
//
// A noun of an event put before another noun names a kind of that noun,
// not the event: "Iraq's election commission", "election workers", "the
// United Nations torture investigator", "a trial run of a bus service",
// "attack helicopters", "the terrorist attack threat level", "a protest
// vote". The labels give none of these an event of the modifier's type
// (TUNE: "election commission" in two stories, "torture investigator",
// "trial run", "attack threat level", "prisoner abuse scandal"). The heads
// are the people, bodies, rules and things an election, a trial or an
// attack is done with or looked into by; "election campaign", "election
// results" and "election fraud" tell the election itself and stay, as does
// "arrest warrant", which event_args_warrant.go reads as the arrest.

const guardModifierNoun = "sense:modifier-noun" // "Iraq's election commission", "a trial run"

// modifiedHeads are, by event type, the nouns a trigger noun of that type
// only modifies.
var modifiedHeads = map[string]map[string]bool{
	"ELECTION": {
		"commission": true, "commissions": true, "commissioner": true, "commissioners": true,
		"official": true, "officials": true, "worker": true, "workers": true, "staff": true,
		"observer": true, "observers": true, "monitor": true, "monitors": true, "law": true, "laws": true,
		"rules": true, "code": true, "board": true, "committee": true, "panel": true, "body": true,
		"authorities": true, "authority": true, "chief": true, "agency": true, "watchdog": true,
	},
	"TRIAL": {
		"run": true, "runs": true, "period": true, "basis": true, "balloon": true, "version": true,
		"lawyer": true, "lawyers": true, "chamber": true, "chambers": true,
	},
	"ATTACK": {
		"helicopter": true, "helicopters": true, "submarine": true, "submarines": true, "dog": true,
		"dogs": true, "aircraft": true, "plane": true, "planes": true, "jet": true, "jets": true,
		"investigator": true, "investigators": true, "scandal": true, "threat": true, "threats": true,
	},
	"PROTEST": {"vote": true, "votes": true, "song": true, "songs": true, "singer": true, "singers": true},
	"MEET":    {"room": true, "rooms": true, "hall": true, "halls": true, "venue": true},
}

// determinersBefore open a noun phrase: a verb-tagged trigger after one
// of them (past a name) is a noun ("the United Nations torture
// investigator").
var determinersBefore = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "'s": true,
}

// modifierNoun: the event's trigger is one noun directly before a head noun
// it only modifies.
func modifierNoun(d *doc, ev *event, ss, se int) bool {
	if ev.trigEnd != ev.trigStart+1 || ev.trigEnd >= se {
		return false
	}
	heads := modifiedHeads[ev.typ]
	if heads == nil || !heads[d.lower[ev.trigEnd]] || d.mentionAt[ev.trigEnd] >= 0 {
		return false
	}
	if ev.typ == "ELECTION" && voteElsewhere(d, ev.trigStart, ss, se) {
		return false // "Haiti's chief elections official fled after this month's presidential elections": one election, whose participants the modifier carries
	}
	if ev.nominal {
		return true
	}
	k := ev.trigStart - 1
	if k >= ss {
		if mi := d.mentionAt[k]; mi >= 0 {
			k = d.mentions[mi].start - 1
		}
	}
	return k >= ss && determinersBefore[d.lower[k]]
}

// electionNames name an election.
var electionNames = map[string]bool{
	"election": true, "elections": true, "vote": true, "poll": true, "polls": true, "ballot": true,
	"referendum": true, "runoff": true, "results": true, // "the election commission stands by the partial results": the election told
}

// voteElsewhere: the sentence names an election at a token other than t.
func voteElsewhere(d *doc, t, ss, se int) bool {
	for k := ss; k < se; k++ {
		if k != t && electionNames[d.lower[k]] {
			return true
		}
	}
	return false
}
