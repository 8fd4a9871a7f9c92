package pipeline

import "github.com/newsgraph/newsgraph/extract"

// Presence abroad told without a verb of travel or speech: "Syrian Prime
// Minister Naji Otri, who is in Tehran Wednesday, said", "Kofi Annan, now
// in Scotland, joined", "Rice, in London for a conference, issued", "Mr.
// Chavez was in Russia where he signed"; a meeting placed abroad, whose
// guest is on a trip ("Zapatero met with Brazilian President Lula in
// Brasilia", "during a meeting in Riyadh with Syrian President Bashar
// al-Assad", "after talks in Moscow with his Georgian counterpart"); and a
// fronted place after an opening time adverb ("Earlier today in Saudi
// Arabia, Ms. Rice had talks"). The Guideline makes a political actor's
// presence in a place a VISIT (the `dev10` reading); abroad19's
// home-country test (abroad) still decides, so a person at home is none.
// These readers extend abroadVisitors (event_trig_abroad.go) on the same
// "in" the scanAbroad family fires on. Added in the twenty-first session
// (helper visit22).

// presenceAdverbs may stand between a form of "be" (or an apposition's
// comma) and "in": "who is now in Tehran", "Annan, now in Scotland".
var presenceAdverbs = map[string]bool{"now": true, "currently": true, "still": true, "already": true}

// presenceBe are the forms of "be" that place their subject: "was in
// Russia", "who is in Tehran".
var presenceBe = map[string]bool{"is": true, "was": true, "are": true, "were": true}

// placedMeetWords are the meeting words a place and a guest follow: "met
// with X in PLACE", "a meeting in PLACE with X", "talks in PLACE with X".
var placedMeetWords = map[string]bool{
	"met": true, "meets": true, "meeting": true, "meetings": true, "talks": true,
}

// presentVisitors are the people the "in" at i places in place by
// presence: the subject of "is|was (now) in", the antecedent of "who is
// in", or the name an apposition ", (now) in PLACE," or ", in PLACE for"
// follows; each only when away from home.
func (p *Pipeline) presentVisitors(d *doc, i, ss, se, place int) []int {
	j := i - 1
	if j > ss && presenceAdverbs[d.lower[j]] {
		j--
	}
	if j <= ss {
		return nil
	}
	var cands []int
	switch {
	case presenceBe[d.lower[j]] && d.lower[j-1] == "who" && j-2 > ss && d.lower[j-2] == ",":
		cands = personEndingAt(d, j-2, ss) // "Naji Otri, who is in Tehran"
	case presenceBe[d.lower[j]]:
		cands = p.speakers(d, j, ss) // "Mr. Chavez was in Russia"
	case d.lower[j] == "," && apposedPlaceEnds(d, i, se):
		cands = personEndingAt(d, j, ss) // "Kofi Annan, now in Scotland,"
	}
	return awayFrom(d, cands, place)
}

// apposedPlaceEnds: the place's mention after the "in" at i is followed (past a day) by a
// comma or "for", closing an apposition ("now in Scotland, joined", "in
// London for a conference"), not opening a clause ("X, in London, said
// on Friday" still is one; "Y, in turn, ..." names no place).
func apposedPlaceEnds(d *doc, i, se int) bool {
	k := placeEnd(d, i, se)
	if k < 0 {
		return false
	}
	if k < se && dayName(d.lower[k]) {
		k++
	}
	return k < se && (d.lower[k] == "," || d.lower[k] == "for")
}

// placeEnd is the token after the place's mention opening right after
// the "in" at i (placeAt), or -1.
func placeEnd(d *doc, i, se int) int {
	if i+1 >= se || d.mentionAt[i+1] < 0 {
		return -1
	}
	return d.mentions[d.mentionAt[i+1]].end
}

// personEndingAt is the person whose name ends right before token k (an
// apposition's comma), as a one-element list, or nil.
func personEndingAt(d *doc, k, ss int) []int {
	if k-1 < ss {
		return nil
	}
	mi := d.mentionAt[k-1]
	if mi < 0 {
		return nil
	}
	m := d.mentions[mi]
	if m.ent < 0 || m.end != k || d.ents[m.ent].typ != extract.Person {
		return nil
	}
	return []int{m.ent}
}

// awayFrom keeps the people of cands away from home in place.
func awayFrom(d *doc, cands []int, place int) []int {
	var out []int
	for _, e := range cands {
		if abroad(d, e, place) {
			out = append(out, e)
		}
	}
	return out
}

// meetPlacedVisitors are the guests of a meeting the "in" at i places:
// "X met with Y (Monday) in PLACE" (X and Y, each away from home), "a
// meeting|talks in PLACE with Y" (Y away from home). The host at home
// makes none ("Bush met with Maliki in Washington" is Maliki's trip).
func (p *Pipeline) meetPlacedVisitors(d *doc, i, ss, se, place int) []int {
	j := i - 1
	if j > ss && dayName(d.lower[j]) {
		j--
	}
	if placedMeetWords[d.lower[j]] {
		// "a meeting in Riyadh with Syrian President Bashar al-Assad"
		k := placeEnd(d, i, se)
		if k < 0 {
			return nil
		}
		if k+1 < se && d.lower[k] == "on" && dayName(d.lower[k+1]) {
			k += 2
		} else if k < se && dayName(d.lower[k]) {
			k++
		}
		if k >= se || d.lower[k] != "with" {
			return nil
		}
		return awayFrom(d, p.withPeople(d, k+1, se), place)
	}
	if d.lower[j] == "," {
		j-- // "after meeting with Ukraine's defense minister, Anatoliy Hrytsenko, in Moscow"
	}
	// "met with Brazilian President Luiz Inacio Lula da Silva in Brasilia"
	w := -1
	for k := j; k > ss+1 && k > j-12; k-- {
		if d.lower[k] == "with" {
			w = k
			break
		}
		if !p.guestWord(d, k) {
			return nil
		}
	}
	if w < 0 || !placedMeetWords[d.lower[w-1]] {
		return nil
	}
	guests := p.withPeople(d, w+1, i)
	if len(guests) == 0 {
		return nil
	}
	cands := guests
	if v := w - 1; d.lower[v] == "met" || d.lower[v] == "meets" {
		cands = append(p.speakers(d, v, ss), guests...)
	}
	return awayFrom(d, cands, place)
}

// guestWord: token k can stand inside a named guest's phrase after "with":
// a name, a title, a nationality, "his counterpart", a comma or "and".
func (p *Pipeline) guestWord(d *doc, k int) bool {
	if d.mentionAt[k] >= 0 || capitalWord(d, k) || p.gaz.IsTitle(d.lower, k) > 0 {
		return true
	}
	switch d.lower[k] {
	case ",", "and", "'s", "’s", "his", "her", "their", "its", "counterpart", "minister", "president", "leader", "chief", "prime", "foreign", "defense":
		return true
	}
	return false
}

// withPeople are the persons named in the guest phrase from k to end
// (exclusive), stopping at the first word that cannot be in it.
func (p *Pipeline) withPeople(d *doc, k, end int) []int {
	var out []int
	for ; k < end && k < len(d.lower); k++ {
		if mi := d.mentionAt[k]; mi >= 0 {
			m := d.mentions[mi]
			if m.ent >= 0 && d.ents[m.ent].typ == extract.Person {
				out = append(out, m.ent)
			}
			k = m.end - 1
			continue
		}
		if !p.guestWord(d, k) {
			break
		}
	}
	return out
}

// frontedAfterAdverb: the tokens of the sentence before the "in" at i are
// an opening time adverb ("Earlier today", "Earlier Friday", "Later this
// week"), so the fronted place reading of abroadVisitors applies.
func frontedAfterAdverb(d *doc, i, ss int) bool {
	if i-ss < 1 || i-ss > 3 || d.lower[ss] != "earlier" && d.lower[ss] != "later" {
		return false
	}
	for k := ss + 1; k < i; k++ {
		switch w := d.lower[k]; {
		case dayName(w), w == "today", w == "this", w == "week", w == "morning", w == "afternoon", w == "yesterday":
		default:
			return false
		}
	}
	return true
}

// placedAbroad: ev is a trip abroadSpoke read from the bare "in" before a
// place. A preposition phrase opens no clause, so no appeal or threat
// before it asks for it ("delivered the warning Thursday during a meeting
// in Riyadh with Syrian President Bashar al-Assad": the meeting happened).
func placedAbroad(d *doc, ev *event) bool {
	return ev.typ == "VISIT" && ev.trigEnd == ev.trigStart+1 && d.lower[ev.trigStart] == "in"
}
