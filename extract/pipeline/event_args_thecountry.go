package pipeline

// "The country" as the other side of a two-party event often points back
// to a country its own sentence has just named: "since U.S. forces invaded
// the country in 2003" after "Iraqi civilians", "after Israeli troops
// invaded the country" after "Israel's withdrawal from Lebanon", "is in
// Pakistan for talks with the country's leaders". describedCountry leaves a
// bare "the country" to the rules that know the story's own country; those
// look at earlier sentences and miss one named in the same sentence. This
// reader takes the country named last before the description in the same
// sentence that is not already a side of the event (the actor's own
// country is not the one invaded or met).
//
// Measured in the fourteenth session on TUNE: the missing side of OCCUPY
// and NEGOTIATE events in three stories.

import "github.com/newsgraph/newsgraph/extract"

// countryInSentence gives each two-party event of the sentence that lacks
// its other side the country a bare "the country" after its trigger
// refers to.
func (p *Pipeline) countryInSentence(d *doc, evs []*event, ss, se int) {
	for _, ev := range evs {
		if ev.unreal || len(ev.parts) == 0 || !countrySideTypes[ev.typ] {
			continue
		}
		role := patient
		if symmetricType(ev.typ) {
			role = participant
			if len(ev.parts) > 1 {
				continue
			}
		} else if hasRole(ev, patient) {
			continue
		}
		k := ev.trigEnd
		if ev.nominal && k < se && (d.lower[k] == "with" || d.lower[k] == "against" || d.lower[k] == "on") {
			k++ // "talks with the country's leaders"
		}
		if k+1 >= se || d.lower[k] != "the" || d.lower[k+1] != "country" && d.lower[k+1] != "nation" {
			continue
		}
		if e := sameSentenceCountry(d, ev, ss, k); e >= 0 && partAllowed(d, ev.typ, role, e) {
			ev.addPart(e, role)
		}
	}
}

// sameSentenceCountry: the country named last in [ss, k) that is not a
// side of ev, or -1.
func sameSentenceCountry(d *doc, ev *event, ss, k int) int {
	for _, m := range d.mentionsBack(ss, k) {
		if m.ent < 0 || hasPart(ev, m.ent) {
			continue
		}
		if e := d.ents[m.ent]; e.typ == extract.Location && e.subtype == extract.Country && !sideTitle(d, ev, m.end, k) {
			return m.ent
		}
	}
	return -1
}

// sideTitle: the country mention ending at j opens the title of one of
// ev's sides ("Philippine Finance Secretary Jaime Ongpin starts
// negotiations with the country's banks": his own country, the side he is
// on, not the other): a name that is a side follows within three words
// that are neither punctuation nor verbs.
func sideTitle(d *doc, ev *event, j, k int) bool {
	for n := j; n < k && n <= j+3; n++ {
		if mi := d.mentionAt[n]; mi >= 0 {
			return d.mentions[mi].ent >= 0 && hasPart(ev, d.mentions[mi].ent)
		}
		if isPunct(d.words[n]) || d.lower[n] == "'s" || d.lower[n] == "’s" || !isUpperStart(d.words[n]) {
			return false
		}
	}
	return false
}

// isUpperStart: the word opens with a capital ("Finance", "Secretary").
func isUpperStart(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// countrySideTypes are the events whose other side a country can be.
var countrySideTypes = map[string]bool{
	"OCCUPY": true, "NEGOTIATE": true, "MEET": true, "SANCTION": true, "THREATEN": true, "APPEAL": true, "DEMAND": true,
}
