package pipeline

// Speech-act triggers read in a sense that is no act of speech.
//
// APPEAL, DEMAND and THREATEN are things one party says to another (the
// Guideline: "urged X to", "demanded that", "warned X not to"), and
// NEGOTIATE is talks held between parties. CAMEO's verb patterns also file
// words whose news sense is none of these under them, and on unlabelled
// news (BBC) and the TUNE stories every such event was false:
//   - a campaign is advocacy or advertising, not an appeal to anyone
//     ("are launching a campaign to vaccinate children", "Labour will be
//     campaigning hard", "Mr Campbell's campaigning skills"), unless a verb
//     of asking tells whom it asks ("a campaign urging Egypt to free");
//   - searching, needing, showing, counting on, submitting, presenting,
//     extending, joining, soliciting, beating, tightening, stepping up,
//     giving or kicking off ask nothing of anyone ("troops searching the
//     safe house", "he needs the support of", "polls have shown",
//     "submitted proposals of a third bid", "has extended the mandate");
//   - seeking refuge or asylum is fleeing, not an appeal ("a dissident has
//     sought refuge at the embassy"); asking questions is questioning
//     ("Police asked the prime minister questions"); pleading guilty is
//     a plea in court ("pleaded guilty to fraud");
//   - a warning about a danger or of one is a caution, not a threat ("issued
//     a warning about the new strains of the virus", "a profits warning",
//     "sounded warning of the dominance to come");
//   - gathering and speaking are no talks ("Americans are gathering with
//     family", "Speaking with the French press agency"), nor is the verb
//     "talk" after a pronoun ("When he talks with the squad");
//   - demand in a sentence of markets is buyers' demand ("US demand for
//     heating oil was predicted to be 14% above normal");
//   - talks that are only wanted, offered or refused are not held: "ready
//     for a second round of talks", "wanted continued negotiations", "plan
//     to boycott the talks" (scheduled talks, "will hold talks next week",
//     are kept, as the Guideline labels them).
// (Thirteenth session.)

import "github.com/newsgraph/newsgraph/extract/cameo"

// speechlessLemmas are verbs CAMEO files under appeals, demands or threats
// whose sense in news asks or threatens nothing.
var speechlessLemmas = map[string]bool{
	"campaign": true, "search": true, "need": true, "show": true, "count": true, "submit": true,
	"present": true, "extend": true, "join": true, "solicit": true, "beat": true, "tighten": true,
	"step": true, "give": true, "kick": true, "push": true, "look": true,
	// advocating is a stance held, not a request put to anyone ("The
	// Brotherhood advocates an Islamic state", "had always advocated a
	// greater fill rate"): no TUNE story labels one (nineteenth session)
	"advocate": true,
}

// talklessLemmas are verbs CAMEO files under consultations that are no talks.
var talklessLemmas = map[string]bool{"gather": true, "speak": true, "kick": true}

// cautionHazards premodify a warning of danger: "a profits warning", "a travel warning".
var cautionHazards = map[string]bool{
	"profit": true, "profits": true, "travel": true, "weather": true, "health": true, "storm": true,
	"hurricane": true, "flood": true, "tsunami": true, "virus": true, "safety": true,
}

// speechlessSense: the trigger m of type typ, in the sentence from ss to
// se, is read in a sense that is no act of speech (or no talks).
func speechlessSense(d *doc, m *cameo.Match, typ string, ss, se int) bool {
	switch typ {
	case "APPEAL", "DEMAND", "THREATEN":
	case "NEGOTIATE":
		if talklessLemmas[m.Lemma] || m.Nominal && talksOnlyWanted(d, m.Start, ss) {
			return true
		}
		if m.Lemma == "talk" && !m.Nominal && m.Start > ss {
			switch d.lower[m.Start-1] {
			case "he", "she", "it", "they", "who":
				return true // "When he talks with the squad": speaking
			case "to":
				return d.lower[m.Start] == "talk" // "wants to talk with his rival" (not "agreed to talks with Japan")
			}
		}
		return false
	default:
		return false
	}
	if speechlessLemmas[m.Lemma] && !(m.Lemma == "campaign" && appealAfter(d, m.End, se)) {
		return true
	}
	if m.Lemma == "pressure" && (d.lower[m.Start] != "pressured" && d.lower[m.Start] != "pressuring" || d.lower[m.Start] == "pressured" && m.Start > ss && isBe(d.lower[m.Start-1])) {
		return true // "inflationary pressures to build", "was pressured by rising costs": no one pressed (fourteenth session)
	}
	if m.Lemma == "launch" || m.Lemma == "start" || m.Lemma == "begin" || m.Lemma == "open" {
		// ("opened his 2005 campaign with a victory", "opened the campaign to
		// replace their late leader": a season or an election race begun)
		for k := m.End; k < se && k < m.End+4; k++ {
			if (d.lower[k] == "campaign" || d.lower[k] == "campaigns" || d.lower[k] == "drive") && !appealAfter(d, k+1, se) {
				return true // "launched an information campaign": advocacy, no appeal
			}
		}
	}
	if m.Lemma == "seek" && m.End < se {
		for k := m.End; k < se && k < m.End+3; k++ {
			switch d.lower[k] {
			case "refuge", "asylum", "shelter", "sanctuary":
				return true // "has sought refuge at the embassy": fleeing
			}
		}
	}
	if formulaRequest(d, m, ss, se) {
		return true // "has not responded to requests for comment" (event_trig_requestsense.go)
	}
	if m.Lemma == "ask" && wordWithin(d, m.End, se, "questions", 5) {
		return true // "asked the prime minister questions": questioning
	}
	if m.Lemma == "plead" && m.End < se {
		switch d.lower[m.End] {
		case "guilty", "innocent", "not", "no":
			return true // "pleaded guilty": a plea in court
		}
	}
	if typ == "THREATEN" {
		return cautionWarning(d, m, ss, se)
	}
	return marketDemand(d, m, ss, se)
}

// marketWords tell a market: demand in their sentence is buyers' demand.
var marketWords = map[string]bool{
	"oil": true, "crude": true, "barrels": true, "energy": true, "supply": true, "supplies": true,
	"prices": true, "price": true, "stocks": true, "sales": true, "consumer": true, "consumers": true,
	"imports": true, "exports": true, "car": true, "cars": true, "goods": true, "inventories": true,
}

// marketDemand: the noun "demand" is buyers' demand ("US demand for heating
// oil", "South African car demand surges", "enough to meet U.S. demand"
// in a story of oil reserves), not a party's demand: a market word stands
// in its sentence.
func marketDemand(d *doc, m *cameo.Match, ss, se int) bool {
	w := d.lower[m.Start]
	if m.Lemma != "demand" || w != "demand" && w != "demands" || !anyWord(d, marketWords, ss, se) {
		return false
	}
	if m.Nominal || m.Start+1 >= se {
		return true
	}
	switch d.lower[m.Start+1] {
	case "for", "surges", "surged", "rose", "fell", "grew", "is", "was", "will", "has", "growth", ".", ",":
		return true // (the tagger reads "car demand surges" as a verb: an object or "that" would follow one)
	}
	return false
}

// cautionWarning: the noun "warning" at or just after the trigger is a
// warning of a danger: "a warning about the new strains", "warnings of
// heavy rains", "a profits warning" (not "warnings that Moscow will not
// tolerate ...": a threat told in its that-clause).
func cautionWarning(d *doc, m *cameo.Match, ss, se int) bool {
	for k := m.Start; k < se && k < m.End+4; k++ {
		if d.lower[k] != "warning" && d.lower[k] != "warnings" {
			continue
		}
		if k > ss && cautionHazards[d.lower[k-1]] {
			return true
		}
		if k+1 < se {
			switch d.lower[k+1] {
			case "about", "of", "over", "on", "for":
				return true
			}
		}
		return false
	}
	return false
}

// appealAfter: a verb of asking follows in the sentence: the campaign is
// one of appeals ("launched a campaign Monday urging Egypt to free ...").
func appealAfter(d *doc, k, se int) bool {
	for ; k < se; k++ {
		switch d.lower[k] {
		case "urging", "calling", "asking", "demanding", "pressing", "pressuring", "appealing":
			return true
		}
	}
	return false
}

// talksWanted are words that make the talks after them only wanted, offered
// or refused: "ready for a second round of talks", "wanted continued
// negotiations", "plan to boycott the talks", "a commitment to begin
// membership talks" (not "scheduled to begin", "agreed to talks": those are
// set and told as held).
var talksWanted = map[string]bool{
	"ready": true, "readiness": true, "willing": true, "willingness": true,
	"want": true, "wants": true, "wanted": true, "boycott": true, "boycotted": true,
	"boycotting": true, "commitment": true,
	// talks offered, refused or still to be revived (fourteenth session):
	// "has offered to hold peace talks with ETA", "has refused to
	// participate in peace talks", "efforts to jumpstart six-party talks"
	"offered": true, "offer": true, "offers": true, "offering": true, "refused": true, "refuses": true,
	"refuse": true, "refusal": true, "revive": true, "reviving": true, "jumpstart": true, "jump-start": true,
	"efforts": true, "effort": true,
}

// talksOnlyWanted: a word of talksWanted stands in the six words before
// the talks noun at t, with no punctuation between.
func talksOnlyWanted(d *doc, t, ss int) bool {
	for k := t - 1; k >= ss && k >= t-6; k-- {
		w := d.lower[k]
		if w == "," || w == ";" || w == ":" || w == "." {
			return false
		}
		if talksWanted[w] {
			return true
		}
	}
	return false
}
