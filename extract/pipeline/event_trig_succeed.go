package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// A successor told by "succeed" or "replace" (eighteenth session):
// "Mahmoud Abbas, who succeeded the late Yasser Arafat", "Since succeeding
// his older brother in February, Raul Castro has ...", "Grigol
// Mgalobishvili will replace the prime minister", "He officially replaces
// Tony Hayward October 1". Taking someone's post is being put in office,
// an APPOINTMENT with the successor as PATIENT (the one appointed, as in
// "was named"); the one left is not a participant (the gold lists only
// the successor, or the predecessor as optional). Both verbs have other
// senses far more often ("succeeded in reaching", "replace the old
// reactor", "a deal to replace the 1995 pact"), so the object must be a
// person: a person's name, or a post or a kinsman with only a determiner
// and modifiers before it ("the prime minister", "his older brother").
// A passive ("was replaced by") is left to the removal readings. Games
// replace players ("Gravesen, who replaced Zidane, completed the
// scoring") and films actors ("replaced Neeson in the role of"): in a
// sports passage the sentence must name a post of management (a coach
// succeeding a coach), and a role is no post.

// successorForms are the verbs of taking another's place.
var successorForms = map[string]bool{
	"succeed": true, "succeeds": true, "succeeded": true, "succeeding": true,
	"replace": true, "replaces": true, "replaced": true, "replacing": true,
}

// successorLemma marks the match, for successorArgs.
const successorLemma = "succeed"

// successorOpeners may stand before the person or post succeeded.
var successorOpeners = map[string]bool{
	"the": true, "his": true, "her": true, "their": true, "late": true, "outgoing": true, "former": true,
	"older": true, "elder": true, "younger": true, "ailing": true, "retiring": true, "current": true,
	"acting": true, "interim": true, "embattled": true, "longtime": true, "long-time": true, "'s": true, "’s": true,
}

// managementWords name a post a sports passage may fill ("his first game
// as coach after succeeding Mark Hughes").
var managementWords = map[string]bool{
	"coach": true, "manager": true, "boss": true, "chairman": true, "director": true, "president": true,
	"chief": true, "executive": true, "head": true, "management": true, "coaching": true,
}

// positionWords name a place in a team's line-up ("Simon Webster replacing
// Simon Danielli on the wing", "scrum-half Matt Dawson, who replaced"),
// which a game story may tell with no other sports word near.
var positionWords = map[string]bool{
	"wing": true, "flanker": true, "scrum-half": true, "fly-half": true, "full-back": true, "prop": true,
	"hooker": true, "striker": true, "midfielder": true, "defender": true, "goalkeeper": true, "substitute": true,
	"bench": true, "line-up": true, "lineup": true, "squad": true, "winger": true, "centre": true,
}

// roleWords tell a part played, not a post held.
var roleWords = map[string]bool{"role": true, "roles": true, "part": true, "cast": true}

// successorTaken reads "succeeded <person or post>" at i; the match spans
// the verb alone.
func (p *Pipeline) successorTaken(d *doc, i, si int) (cameo.Match, bool) {
	ss, se := d.sents[si].Start, d.sents[si].End
	if !successorForms[d.lower[i]] || i+1 >= se || d.mentionAt[i] >= 0 {
		return cameo.Match{}, false
	}
	if anyWord(d, roleWords, ss, se) || (p.sportsContext(d, si) || anyWord(d, positionWords, ss, se)) && !anyWord(d, managementWords, ss, se) {
		return cameo.Match{}, false // "Gravesen, who replaced Zidane", "replaced Neeson in the role of"
	}
	if i > ss && (isBe(d.lower[i-1]) || d.lower[i-1] == "has" && i+1 < se && d.lower[i+1] == "been") {
		return cameo.Match{}, false // "was replaced by": passive
	}
	for k := i + 1; k < se && k <= i+5; k++ {
		w := d.lower[k]
		if personMention(d, k) {
			return cameo.Match{Code: cameo.CodeAppoint, Lemma: successorLemma, Start: i, End: i + 1}, true
		}
		if officeTitles[w] || kinNouns[w] {
			if k+1 < se && (d.lower[k+1] == "'s" || d.lower[k+1] == "’s" || d.lower[k+1] == "of" && k+2 < se && d.mentionAt[k+2] < 0) {
				return cameo.Match{}, false // "replace the minister's car", "the head of state media"
			}
			return cameo.Match{Code: cameo.CodeAppoint, Lemma: successorLemma, Start: i, End: i + 1}, true
		}
		if successorOpeners[w] || titleWord(w) || rulerWords[w] || d.mentionAt[k] >= 0 && d.mentions[d.mentionAt[k]].label != "PER" {
			continue // "Georgia's prime minister", "the late", "Vice President"
		}
		return cameo.Match{}, false
	}
	return cameo.Match{}, false
}

// successorArgs makes the one who takes the post the PATIENT (the one put
// in office) and drops the one left (read as the verb's object); a post
// is taken by a person, so with a person among the subjects a place or
// body read with it goes ("Georgia's ambassador to Turkey, Grigol
// Mgalobishvili, will replace").
func successorArgs(d *doc, ev *event) {
	person := false
	for _, pt := range ev.parts {
		if pt.role != patient && d.ents[pt.ent].typ == "PERSON" {
			person = true
		}
	}
	parts := ev.parts[:0]
	for _, pt := range ev.parts {
		if pt.role == patient || person && d.ents[pt.ent].typ != "PERSON" {
			continue
		}
		pt.role = patient
		parts = append(parts, pt)
	}
	ev.parts = parts
}
