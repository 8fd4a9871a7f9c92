package pipeline

// Reading an event's participants from the words around its trigger, with
// noun-phrase chunks built from word classes (event_wordclass.go) instead of a
// parser: the subject noun phrase before a verb (through auxiliaries, with
// passive voice detected), the object after it, prepositional phrases (with,
// between, against, on, of, by, to), possessors and premodifiers of a noun
// trigger ("Russia's annexation", "the Israeli strike"), the subject of a light
// verb ("held talks with"), and safe pronouns ("he", "his", "they" after "X
// say"). Places ("in Kandahar") are never participants.

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// np is a noun-phrase chunk [start, end) and the entities it names: one per
// conjunct ("Obama and Putin" names two; "Russian Foreign Minister Lavrov" one).
type np struct {
	start, end int
	ents       []int
}

func (p *Pipeline) cls(d *doc, i int) wclass {
	if d.mentionAt[i] >= 0 {
		return wProper
	}
	return d.wordClass(p.wc, i)
}

// wclassKnown marks a word class in doc.wcls as looked up.
const wclassKnown = 1 << 16

// wordClass is wc.of of token i, looked up once per token: reading event
// arguments asks about the same words many times, and each ask was a look
// up in a large map.
func (d *doc) wordClass(wc wordClasses, i int) wclass {
	if c := d.wcls[i]; c&wclassKnown != 0 {
		return wclass(c)
	}
	c := wc.of(d.lower[i], d.words[i])
	d.wcls[i] = uint32(c) | wclassKnown
	return c
}

func isBe(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting":
		return true
	}
	return false
}

// npWord is a word that can stand inside a noun phrase.
func (p *Pipeline) npWord(d *doc, i int) bool {
	if d.mentionAt[i] >= 0 {
		return true
	}
	switch d.lower[i] {
	case "'s", "’s", "the", "a", "an":
		return true
	case "both":
		// a determiner of the pair it opens ("Both countries agreed"), which
		// pairBefore resolves; the word class reads it as the conjunction
		// of "both X and Y" only
		return i+1 < len(d.lower) && d.mentionAt[i+1] < 0 && p.cls(d, i+1)&wNoun != 0
	case "who", "which", "that", "what", "where", "when", "there", "it", "they", "he", "she", "we", "i", "you":
		return false
	case "$", "€", "£", "us$":
		// a sum premodifies the head like a number: "signed a $1.3 billion
		// agreement with China" (twelfth session)
		return i+1 < len(d.lower) && d.lower[i+1] != "" && d.lower[i+1][0] >= '0' && d.lower[i+1][0] <= '9'
	}
	c := p.cls(d, i)
	if c&(wModal|wPron|wPunct|wConj|wPrep|wAdv) != 0 && c&(wNoun|wAdj|wProper) == 0 {
		return false
	}
	if c&wPrep != 0 && c&wNoun == 0 || afterPreposition(d, i+1, i) && d.lower[i] != "of" {
		return false // "near", "over", "amid": a preposition ends the phrase
	}
	return c&(wNoun|wAdj|wDet|wNum|wProper) != 0 && c&(wModal|wPron|wPunct|wConj) == 0
}

// quantifier phrases inside noun phrases that start with a preposition:
// "at least 16 members", "more than 200 Palestinians", "up to".
func quantifierAt(d *doc, i, se int) int {
	if i+1 >= se {
		return 0
	}
	switch d.lower[i] + " " + d.lower[i+1] {
	case "at least", "more than", "less than", "fewer than", "up to", "as many", "nearly all", "some of", "one of",
		"two of", "three of", "many of", "most of", "all of", "dozens of", "hundreds of", "thousands of":
		return 2
	}
	return 0
}

// titleOfBeforePerson returns the length of a role title with "of" in it
// ("secretary of state", "minister of defense") starting at token k and
// followed by a person's name, or 0.
func (p *Pipeline) titleOfBeforePerson(d *doc, k, se int) int {
	if d.mentionAt[k] >= 0 || !capitalised(d.words[k]) {
		return 0
	}
	t := p.gaz.IsTitle(d.lower, k)
	if t < 3 || k+t >= se || !slices.Contains(d.lower[k+1:k+t-1], "of") {
		return 0
	}
	mi := d.mentionAt[k+t]
	if mi < 0 || d.mentions[mi].start != k+t || d.mentions[mi].ent < 0 || d.ents[d.mentions[mi].ent].typ != extract.Person {
		return 0
	}
	return t
}

// npRight reads the noun phrase starting at token k.
func (p *Pipeline) npRight(d *doc, k, se int) np {
	out := np{start: k, end: k}
	var conj []int // mentions of the current conjunct
	flush := func() {
		if e := headEntity(d, conj); e >= 0 {
			out.ents = append(out.ents, e)
		} else if e := p.peopleAdjEntity(d, conj); e >= 0 {
			out.ents = append(out.ents, e) // "talks with Kashmiri political leaders" (event_args_peopleadj.go)
		} else if e := p.ledForceEntity(d, conj); e >= 0 {
			out.ents = append(out.ents, e) // "attacked NATO-led troops" (event_args_ledforce.go)
		}
		conj = conj[:0]
	}
	n := 0
	if k+1 < se && (d.lower[k] == "his" || d.lower[k] == "her" || d.lower[k] == "their" || d.lower[k] == "its") &&
		(d.mentionAt[k+1] >= 0 || p.cls(d, k+1)&(wNoun|wAdj) != 0) {
		k++ // a possessive determiner opens the phrase: "with her lawyer Kyi Win"
		n++
	}
	for k < se && n < 14 {
		if q := quantifierAt(d, k, se); q > 0 {
			k += q
			n += q
			continue
		}
		if mi := d.mentionAt[k]; mi >= 0 {
			if !p.possessorOfGroup(d, d.mentions[mi], se) {
				conj = append(conj, mi)
			}
			k = d.mentions[mi].end
			n++
			if k+2 < se && d.lower[k] == "(" && d.mentionAt[k+1] >= 0 && d.mentions[d.mentionAt[k+1]].end < se && d.lower[d.mentions[d.mentionAt[k+1]].end] == ")" {
				k = d.mentions[d.mentionAt[k+1]].end + 1 // "National Liberation Army (ELN) leader Francisco Galan"
			}
			continue
		}
		w := d.lower[k]
		if t := p.titleOfBeforePerson(d, k, se); t > 0 {
			// "met U.S. Secretary of State Condoleezza Rice": a title with
			// "of" before a name premodifies the name (no head before "of"),
			// so the person, not the country before the title, is the head
			k += t
			n += t
			continue
		}
		if (w == "of" || w == "from" && k > out.start && groupNouns[d.lower[k-1]]) && k > out.start && k+1 < se && p.npWord(d, k+1) {
			conj = append(conj, -1) // what follows modifies the head: "the Fatah party of President Abbas"
			k++                     // "members of the Muslim Brotherhood", "officials from the United Nations"
			n++
			continue
		}
		if (w == "," || w == "(") && k > out.start && k+1 < se && len(conj) > 0 && d.mentionAt[k-1] < 0 && p.cls(d, k-1)&wNoun != 0 {
			// apposition after a description: "his Chinese counterpart, Li Zhaoxing"
			if mi := d.mentionAt[k+1]; mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == extract.Person {
				conj = conj[:0]
				k++
				n++
				continue
			}
		}
		if w == "," && len(conj) > 0 && d.mentionAt[k-1] >= 0 {
			if a := p.describedConjunct(d, k, se); a >= 0 {
				// "Christopher Howes, a British mine-clearing expert, and his
				// interpreter Huon Huot" (event_args_coord.go)
				flush()
				n += a + 1 - k
				k = a + 1
				if d.lower[k] == "his" || d.lower[k] == "her" {
					k++
				}
				continue
			}
		}
		if (w == "and" || w == ",") && k > out.start && k+1 < se && (len(conj) > 0 || d.mentionAt[k+1] >= 0 || p.namedConjunctAfter(d, k, se)) && p.npWord(d, k+1) && !p.verbLike(d, k+1) && // ("killed three soldiers and an Afghan contractor": event_args_detconj.go)
			(w != "," || d.mentionAt[k+1] >= 0 || !strings.HasSuffix(d.lower[k+1], "ing")) && // (", arresting eight members": a clause)
			!(w == "," && p.clauseSubjectAt(d, k+1, se)) && // ("killed 18 people, Muslims have missed": a new clause)
			!(w == "," && personBefore(d, k) && (d.lower[k+1] == "the" || d.lower[k+1] == "a" || d.lower[k+1] == "an")) { // ("al-Hakim, the leader of Iraq's largest party": who he is)
			flush()
			k++
			n++
			continue
		}
		if w == "," && k+2 < se && d.lower[k+1] == "and" && len(conj) > 0 && d.mentionAt[k-1] >= 0 && d.mentionAt[k+2] >= 0 && !p.clauseSubjectAt(d, k+2, se) {
			// a list's last name after a serial comma: "sponsored by the
			// World Bank, European Union, and China" (not a clause's
			// subject: "the invasion of Iraq, and Moore was a critic")
			flush()
			k += 2
			n += 2
			continue
		}
		if (w == "mainly" || w == "largely" || w == "predominantly" || w == "mostly" || w == "overwhelmingly") && k+1 < se && p.cls(d, k+1)&(wAdj|wProper) != 0 {
			k++ // "a rare visit to mainly Kurdish southeastern Turkey"
			n++
			continue
		}
		if k == out.start && openingParticiple(d, k, se) {
			k++ // "attacked suspected al-Qaida hideouts" (event_args_suspected.go)
			n++
			continue
		}
		if k > out.start && d.mentionAt[k] < 0 && (p.cls(d, k-1)&wDet != 0 || p.cls(d, k-1) == wNum) && p.cls(d, k)&(wPart|wPast) != 0 {
			// (or after a number: "eight accused members of Islamic Jihad")
			k++ // "a suspected terrorist": a participle after a determiner is an adjective
			n++
			continue
		}
		if p.participleBeforeName(d, k, out.start, se) {
			k++ // "by suspected Taleban fighters" (event_args_nonactor.go)
			n++
			continue
		}
		if !p.npWord(d, k) || (k > out.start && p.verbLike(d, k) && d.mentionAt[k] < 0 && p.cls(d, k-1)&wDet == 0) {
			break // (a participle right after a determiner is an adjective: "a suspected terrorist")
		}
		if k > out.start && strings.HasSuffix(w, "ing") && d.mentionAt[k-1] < 0 && p.cls(d, k-1)&wNoun != 0 && p.cls(d, k-1)&wDet == 0 {
			break // "cartoons depicting the Prophet": a clause about the head, not part of it
		}
		k++
		n++
	}
	flush()
	out.end = k
	return out
}

// allPersons: every entity of ents is a person.
func allPersons(d *doc, ents []int) bool {
	for _, e := range ents {
		if d.ents[e].typ != extract.Person {
			return false
		}
	}
	return true
}

// personBefore: a person's name ends right before token k.
func personBefore(d *doc, k int) bool {
	if k < 1 {
		return false
	}
	mi := d.mentionAt[k-1]
	return mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == extract.Person
}

// clauseSubjectAt: the name at k opens a clause: an auxiliary or a verb
// follows it ("..., Muslims have missed an opportunity").
func (p *Pipeline) clauseSubjectAt(d *doc, k, se int) bool {
	mi := d.mentionAt[k]
	if mi < 0 {
		return false
	}
	e := d.mentions[mi].end
	for n := 0; n < 2 && e < se && d.mentionAt[e] < 0 && p.cls(d, e)&wNoun != 0 && p.cls(d, e)&(wVerb|wDet|wPrep) == 0; n++ {
		e++ // "..., Pentagon officials have said": the name opens the clause's subject
	}
	if e >= se {
		return false
	}
	switch d.lower[e] {
	case "have", "has", "had", "is", "are", "was", "were", "will", "would", "said", "says", "say":
		return true
	}
	return false
}

// visitedPlace: the people a visit is to are told to be in a place ("U.S.
// troops in Mosul and Baghdad", "survivors in L'Aquila"): the place is what
// is visited. It returns the first place's entity, or -1.
func visitedPlace(d *doc, ph np, se int) int {
	head := ph.end - 1
	if head < ph.start || d.mentionAt[head] >= 0 || !(groupNouns[d.lower[head]] || peopleNouns[d.lower[head]]) {
		return -1
	}
	k := ph.end
	if k+1 >= se || d.lower[k] != "in" {
		return -1
	}
	mi := d.mentionAt[k+1]
	if mi < 0 {
		return -1
	}
	m := d.mentions[mi]
	if m.ent < 0 || d.ents[m.ent].typ != extract.Location || m.label == "NORP" {
		return -1
	}
	return m.ent
}

// peopleNouns are the people a visitor goes to see.
var peopleNouns = map[string]bool{
	"survivors": true, "victims": true, "refugees": true, "residents": true, "workers": true, "students": true,
	"patients": true, "families": true, "villagers": true, "peacekeepers": true, "sailors": true, "marines": true,
}

// possessorOfGroup: the name m is the possessor of a group noun ("Colombia's
// second largest rebel group", "Egypt's main opposition movement"): where the
// group is, not the group.
func (p *Pipeline) possessorOfGroup(d *doc, m *mention, se int) bool {
	if m.end >= se || d.lower[m.end] != "'s" && d.lower[m.end] != "’s" {
		return false
	}
	for k := m.end + 1; k < se && k < m.end+6; k++ {
		if d.mentionAt[k] >= 0 {
			return false
		}
		if groupHeads[d.lower[k]] || d.lower[k] == "rebels" || d.lower[k] == "opposition" || d.lower[k] == "insurgents" {
			return true
		}
		if p.cls(d, k)&(wAdj|wNum|wNoun) == 0 {
			return false
		}
	}
	return false
}

// verbLike: a word that is a verb and not a noun or adjective.
func (p *Pipeline) verbLike(d *doc, i int) bool {
	if d.mentionAt[i] >= 0 || d.lower[i] == "'s" || d.lower[i] == "’s" {
		return false
	}
	c := p.cls(d, i)
	return c&(wVerb|wPast|wPart) != 0 && c&(wNoun|wAdj|wProper|wNum) == 0
}

// npLeft reads the noun phrase that ends right before token k (exclusive).
func (p *Pipeline) npLeft(d *doc, k, ss int) np {
	out := np{start: k, end: k}
	var conjs [][]int
	var conj []int
	sawAnd := false
	j := k - 1
	n := 0
	for j >= ss && n < 12 {
		if mi := d.mentionAt[j]; mi >= 0 {
			m := d.mentions[mi]
			conj = append(conj, mi)
			j = p.phraseStart(d, m, ss) - 1
			n++
			continue
		}
		w := d.lower[j]
		if (w == "from" || w == "at" || w == "with" || w == "for") && j+1 < k && j-1 >= ss && len(conj) > 0 && ((w == "from" || w == "at") && (groupNouns[d.lower[j-1]] || sentNouns[d.lower[j-1]]) ||
			w != "from" && (personNouns[d.lower[j-1]] || d.lower[j-1] == "editor")) { // ("An editor at Izvestia resigned"; "a journalist with the BBC was murdered", "a worker for the U.N.")
			// "inspectors from the U.N. International Atomic Energy Agency will travel"
			conj = append(conj, -1)
			j--
			n++
			continue
		}
		if w == "of" && j+1 < k && j-1 >= ss && p.npWord(d, j-1) {
			conj = append(conj, -1)
			j--
			n++
			continue
		}
		if w == "," && len(conj) > 0 && j-1 > ss && d.mentionAt[j-1] < 0 && (personNouns[d.lower[j-1]] || kinNouns[d.lower[j-1]] || d.lower[j-1] == "counterpart" || p.gaz.IsTitle(d.lower, j-1) > 0) {
			// "Ivan Plachkov and his Russian counterpart, Viktor Khristenko
			// met": the description before the comma is the same conjunct
			// as the name after it; go on to the conjunct before "and"
			b := j - 2
			for b > ss && b > j-6 && d.lower[b] != "and" && (d.mentionAt[b] >= 0 || p.cls(d, b)&(wAdj|wNoun) != 0 && p.cls(d, b)&wVerb == 0 ||
				d.lower[b] == "his" || d.lower[b] == "her" || d.lower[b] == "their" || d.lower[b] == "its") {
				if mi := d.mentionAt[b]; mi >= 0 {
					b = d.mentions[mi].start
				}
				b--
			}
			if b > ss && d.lower[b] == "and" && d.mentionAt[b-1] >= 0 && b < j-2 {
				j = b
				n++
				continue
			}
		}
		if (w == "its" || w == "their") && j+1 < k && j-2 >= ss && d.lower[j-1] == "and" && d.mentionAt[j-2] >= 0 && len(conj) == 0 {
			// "Afghanistan and its neighbors": the one named and its unnamed others
			j--
			n++
			conjs = append(conjs, conj)
			sawAnd = true
			j--
			n++
			continue
		}
		if (w == "and" || w == ",") && j+1 < k && (len(conj) > 0 || w == "and" && d.mentionAt[j+1] < 0 && p.cls(d, j+1)&wNoun != 0 && (p.cls(d, j-1)&wNoun != 0 || d.mentionAt[j-1] >= 0) ||
			w == "and" && d.lower[j+1] == "other" && d.mentionAt[j-1] >= 0 && actorKinds[d.lower[k-1]]) && // ("Malaysia, Singapore and other regional neighbors": the named ones and their unnamed others)
			j-1 >= ss && (d.mentionAt[j-1] >= 0 || w == "and" && p.npWord(d, j-1) && !p.verbLike(d, j-1)) &&
			(w == "and" || sawAnd || d.mentionAt[j+1] >= 0) {
			// (unnamed conjuncts too: "Iraqi civilians and policemen were killed")
			// "militants and Ethiopian forces": conjuncts, named or not; a comma
			// joins a list ("France, Britain and Germany"), not an opening
			// adverbial ("In Doha, Qatar, the IWF's committee sanctioned")
			sawAnd = sawAnd || w == "and"
			conjs = append(conjs, conj)
			conj = nil
			j--
			n++
			continue
		}
		if strings.HasSuffix(w, "ly") && j+1 < k && d.mentionAt[j+1] < 0 && p.cls(d, j)&wAdv != 0 && p.cls(d, j+1)&(wAdj|wPart|wPast) != 0 {
			j-- // "Baghdad's heavily fortified Green Zone": an adverb of the adjective after it
			n++
			continue
		}
		if (w == "led" || w == "backed") && j-2 >= ss && d.lower[j-1] == "-" && d.mentionAt[j-2] >= 0 {
			j -= 2 // "U.S.-led troops": the name leads the head
			n += 2
			continue
		}
		if !p.npWord(d, j) || p.verbLike(d, j) || dayName(w) {
			break // (a day ends the phrase: "say on Saturday U.S. soldiers killed")
		}
		j--
		n++
	}
	conjs = append(conjs, conj)
	out.start = j + 1
	for i := len(conjs) - 1; i >= 0; i-- {
		// mentions were collected right to left; headEntity wants text order
		c := conjs[i]
		for a, b := 0, len(c)-1; a < b; a, b = a+1, b-1 {
			c[a], c[b] = c[b], c[a]
		}
		if e := headEntity(d, c); e >= 0 {
			out.ents = append(out.ents, e)
		} else if e := p.peopleAdjEntity(d, c); e >= 0 {
			out.ents = append(out.ents, e) // "Kashmiri separatist leaders called for" (event_args_peopleadj.go)
		} else if e := p.ledForceEntity(d, c); e >= 0 {
			out.ents = append(out.ents, e) // "NATO-led troops killed" (event_args_ledforce.go)
		}
	}
	return out
}

// headEntity picks the entity a conjunct names: a person when one is named
// ("Russian Foreign Minister Sergey Lavrov"), else the name nearest the head
// noun ("Russia's Itar-Tass news agency"), skipping places that only locate
// the head ("Mogadishu residents" keeps no one).
func headEntity(d *doc, ms []int) int {
	for i, mi := range ms {
		if mi < 0 {
			// "the rival Fatah party of President Abbas": the head before "of"
			// wins; "members of the Muslim Brotherhood": else the one after it
			if e := headEntity(d, ms[:i]); e >= 0 {
				return e
			}
			return headEntity(d, ms[i+1:])
		}
	}
	best := -1
	for _, mi := range ms {
		m := d.mentions[mi]
		if !participantOK(d, m) || placeInCountry(d, m) {
			continue
		}
		if d.ents[m.ent].typ == extract.Person {
			best = m.ent
			continue
		}
		if best >= 0 && d.ents[best].typ == extract.Person {
			continue
		}
		best = m.ent
	}
	return best
}

// auxiliaries, adverbs and control verbs that may stand between a subject and its verb.
func (p *Pipeline) gapWord(d *doc, i int) bool {
	w := d.lower[i]
	if gapWords[w] || isBe(w) {
		return true
	}
	if passiveCauseGap(d, i) {
		return true // "was forced to resign" (event_unreal_implicative.go)
	}
	switch w {
	case "has", "have", "had", "having", "not", "never", "to", "allegedly", "jointly", "formally", "quickly",
		"agreed", "agree", "decided", "vowed", "threatened", "wants", "want", "wanted", "tried", "began", "begun",
		"continued", "continue", "hope", "hoped", "hopes", "refused", "pledged", "promised", "sought", "seeks",
		"plan", "intends", "intend", "scheduled", "due", "set", "going", "able", "likely", "unlikely",
		"first", "just", "still", "now", "soon", "repeatedly", "immediately", "briefly", "secretly", "publicly":
		return true
	}
	c := p.cls(d, i)
	return c == wAdv || c == wModal
}

// subject reads the subject of the verb at t: the participants named in it,
// whether the verb is passive, and whether it is only possible or denied
// ("could impose", "will not renew").
func (p *Pipeline) subject(d *doc, t, ss int) (ents []int, passive, unreal bool) {
	if e := p.rankedSubject(d, t, ss); e != nil {
		return e, false, false // "X is the most senior U.S. official to visit Kosovo" (event_unreal_superlative.go)
	}
	if t-2 > ss && d.lower[t-1] == "as" && strings.HasSuffix(d.lower[t], "ing") {
		// "Reuters quotes the Netherlands leader as urging voters": the one
		// quoted acts, not the medium quoting
		// ("quotes" reads as a noun too, so look for it, then read the phrase after it)
		for j := t - 2; j > ss && j >= t-12; j-- {
			if quotingVerbs[d.lower[j]] {
				if ph := p.npRight(d, j+1, t-1); ph.end == t-1 && len(ph.ents) > 0 {
					return ph.ents, false, false
				}
				break
			}
		}
	}
	k := t - 1
	gap := 0
	for k >= ss && gap < 6 && (p.gapWord(d, k) || timeWord(d.lower[k])) {
		switch d.lower[k] {
		case "could", "would", "might", "may", "should", "not", "never", "n't", "if", "can", "cannot", "must":
			unreal = true // ("can defeat organized crime only if": an ability, not an act)
		}
		if isBe(d.lower[k]) && (gap == 0 || d.lower[k+1] == "been" || p.cls(d, k+1) == wAdv) {
			passive = p.participle(d, t)
		}
		if d.lower[k] == "been" || d.lower[k] == "being" {
			passive = p.participle(d, t)
		}
		k--
		gap++
	}
	// "The African Union (AU) has urged" (event_args_parensubj.go)
	k = p.parenAcronymBefore(d, k, ss)
	relative := false // the verb's subject is a relative pronoun: its antecedent acts
	if k >= ss && (d.lower[k] == "who" || d.lower[k] == "which" || d.lower[k] == "that") {
		relative = d.lower[k] != "that" // ("that" is as often a complementizer: "said that")
		k--
		if k >= ss && d.lower[k] == "," {
			k--
		}
	}
	if k < ss {
		return nil, passive, unreal
	}
	if relative && d.lower[k+1] != "," {
		if e := p.appositiveAntecedent(d, k, ss); e >= 0 {
			return []int{e}, passive, unreal // "Cindy Sheehan, the woman who led a protest"
		}
	}
	if relative && d.mentionAt[k] < 0 && p.npWord(d, k) && k+2 < len(d.lower) && d.lower[k+1] == "," && d.lower[k+2] == "who" &&
		(groupNouns[d.lower[k]] || personNouns[strings.TrimSuffix(d.lower[k], "s")] || forceNouns[d.lower[k]] || sentNouns[d.lower[k]] || fighterNouns[d.lower[k]]) {
		// "determined by Syrian and Lebanese military officials, who are set
		// to meet next week": the antecedent is the subject wherever it
		// stands, inside a prepositional phrase too
		if ph := p.npLeft(d, k+1, ss); len(ph.ents) > 0 && !p.eventNoun(d, ph.start, k+1) {
			return ph.ents, passive, unreal
		}
	}
	if relative && d.mentionAt[k] >= 0 && k+1 < len(d.lower) && d.lower[k+1] == "," {
		// "corruption under Mr. Arafat, who died in November": a named
		// antecedent of "who" is the subject wherever it stands, inside a
		// prepositional phrase too, with the names it is listed with
		// ("replace Paul Wells and Douglas MacGarvey, who also resigned");
		// "which" after a preposition is as often the phrase's head's
		// ("the site in the USA, which was facing legal action")
		m := d.mentions[d.mentionAt[k]]
		ph := p.npLeft(d, k+1, ss)
		if m.ent >= 0 && participantOK(d, m) && !placeInCountry(d, m) && (d.ents[m.ent].typ != extract.Location || d.ents[m.ent].subtype == extract.Country) &&
			slices.Contains(ph.ents, m.ent) && (d.lower[k+2] == "who" || !afterPreposition(d, ph.start, ss)) {
			return ph.ents, passive, unreal
		}
	}
	if d.lower[k] == "and" && k-1 > ss {
		if gap == 0 {
			if subj, ok := p.passivePair(d, t, k, ss); ok {
				return subj, true, unreal // "a Marine was shot and killed" (event_args_passivepair.go)
			}
		}
		// "X scrapped the deal, and said ...": the first verb's subject
		bare := gap == 0 && p.participle(d, t)
		reach := 10
		if bare {
			reach = 16 // a participle's auxiliary may stand further back
		}
		for j := k - 1; j > ss && j > k-reach; j-- {
			if p.finiteLike(d, j) && !isBe(d.lower[j]) && d.lower[j-1] != "to" && !determinedNoun(d, j) || j == k-1 && p.firstConjunctVerb(d, j, ss) && p.finiteBefore(d, j, k-reach, ss) {
				subj, firstPassive, _ := p.subject(d, j, ss)
				for m := j + 1; m < k && firstPassive; m++ {
					switch d.lower[m] {
					case "when", "while", "after", "before", "because", "since", "if", "who", "which", "that", "where",
						"he", "she", "they", "it", "we":
						// "has not been seen since 2006 when he underwent surgery
						// and ceded power": another clause, with a verb of its own
						firstPassive = false
					}
				}
				if bare && firstPassive {
					// "Bouterse was convicted in the Netherlands for drug
					// trafficking, and sentenced to 11 years": a bare participle
					// shares the first verb's auxiliary, so its voice too
					passive = true
				} else if j <= k-10 {
					break
				}
				return subj, passive, unreal
			}
		}
		return p.farConjunctSubject(d, k, ss), passive, unreal // (event_args_farconjunct.go)
	}
	if e := p.pronoun(d, k, ss); e != nil {
		return e, passive, unreal
	}
	if d.lower[k] == "," {
		if gap == 0 && k == t-1 {
			if q := p.commaParticipleOwn(d, t, ss); len(q) > 0 {
				return q, passive, unreal // "EU ministers, meeting in Luxembourg, are" (event_args_commapart.go)
			}
		}
		if q := p.commaParticipleSubject(d, k, ss); len(q) > 0 {
			return q, passive, unreal // "APEC leaders, meeting in Singapore, have called" (event_args_commapart.go)
		}
		// a parenthetical: "The European Union, with U.S. backing, has threatened"
		for j := k - 1; j > ss && j > k-16; j-- {
			if d.lower[j] == "," && (d.lower[j+1] == "who" || d.lower[j+1] == "which" || d.lower[j+1] == "whose") {
				// "Former Croatian General Ante Gotovina, who many Croats still
				// consider a hero, goes on trial": the subject before the relative clause
				q := p.npLeft(d, j, ss)
				if q.start < j && len(q.ents) > 0 && !afterPreposition(d, q.start, ss) {
					return q.ents, passive, unreal
				}
				if q.start < j && clauseStart(d, q.start, ss) && d.mentionAt[j-1] < 0 {
					// "The singer, who has been linked to supermodel Kate
					// Moss, was arrested": an unnamed antecedent opening the
					// sentence is the subject, not a name in the relative clause
					return nil, passive, unreal
				}
				break
			}
			if d.lower[j] == "," && j > k-8 {
				if d.lower[j+1] == "or" {
					// another name for it: "rebels from the Kurdistan Workers' Party, or PKK, ambushed"
					if q := p.npLeft(d, j, ss); q.start < j && len(q.ents) > 0 {
						return q.ents, passive, unreal
					}
				}
				if d.lower[j+1] == "including" {
					// "four people, including parliament member Akmatbayev, were killed"
					if ph := p.npRight(d, j+2, k); len(ph.ents) > 0 {
						return ph.ents, passive, unreal
					}
				}
				if with := alongWith(d, j+1, k); with > 0 {
					// "China, along with Russia, has called for restraint": both
					// act (event_args_coord.go)
					if q := p.npLeft(d, j, ss); q.start < j && len(q.ents) > 0 && !afterPreposition(d, q.start, ss) {
						return append(q.ents, p.npRight(d, j+1+with, k).ents...), passive, unreal
					}
				}
				if afterPreposition(d, j+2, ss) && !(d.mentionAt[j+1] >= 0) {
					if q := p.npLeft(d, j, ss); q.start < j && !afterPreposition(d, q.start, ss) {
						return q.ents, passive, unreal
					}
				}
				break
			}
		}
		// apposition: "Japan's Foreign Minister, Nobutaka Machimura, arrives"
		if mi := d.mentionAt[k-1]; mi >= 0 && k-1 > ss {
			m := d.mentions[mi]
			if st := p.phraseStart(d, m, ss); m.ent >= 0 && (d.ents[m.ent].typ == extract.Person || d.ents[m.ent].typ == extract.Organization) && st-1 > ss && d.lower[st-1] == "," {
				// "The head of Iran's Atomic Energy Organization, Gholamreza
				// Aghazadeh, called on": the person the description names acts,
				// not the body named inside the description
				// (an organization too: "The press freedom group, Reporters Without Borders, has called on")
				if q := p.npLeft(d, st-1, ss); q.start < st-1 && !q.hasPerson(d) && !afterPreposition(d, q.start, ss) && clauseStart(d, q.start, ss) &&
					(d.ents[m.ent].typ == extract.Person || !q.hasOrganization(d) && groupHeads[d.lower[st-2]]) {
					return []int{m.ent}, passive, unreal
				}
			}
		}
		ph := p.npLeft(d, k, ss)
		for ph.start-1 > ss && d.mentionAt[ph.start-1] < 0 && p.cls(d, ph.start-1) == wAdv {
			ph.start-- // "Khodorkovsky, once Russia's richest man, was convicted"
		}
		if ph.start < k && ph.hasPerson(d) {
			return ph.ents, passive, unreal
		}
		if ph.start-1 > ss && d.lower[ph.start-1] == "," {
			if q := p.npLeft(d, ph.start-1, ss); q.start < ph.start-1 && !afterPreposition(d, q.start, ss) {
				return q.ents, passive, unreal
			}
		}
		return nil, passive, unreal
	}
	switch d.lower[k] {
	case "-", "--", "—", "–":
		if q := p.dashedSubject(d, k, ss); len(q) > 0 {
			return q, passive, unreal // "Nimeiri - who imposed Islamic law - has died" (event_args_postmod.go)
		}
	}
	ph := p.npLeft(d, k+1, ss)
	if len(ph.ents) > 0 {
		if e := p.describedFirst(d, ph, ss); e >= 0 && !slices.Contains(ph.ents, e) {
			// "Hassan Madhoun, a senior member of the Brigades, and Fawzi Abu
			// Kara were killed" (event_args_coord.go)
			return append([]int{e}, ph.ents...), passive, unreal
		}
	}
	if len(ph.ents) == 0 && ph.start < k+1 {
		// "Damascus recently agreed", "Beijing warned": a capital alone as a
		// verb's subject stands for its government
		if mi := d.mentionAt[ph.start]; mi >= 0 && d.mentions[mi].start == ph.start && d.mentions[mi].end == k+1 && placeInCountry(d, d.mentions[mi]) &&
			clauseStart(d, ph.start, ss) {
			ph.ents = []int{d.mentions[mi].ent}
		}
	}
	if t-1 > ss && d.lower[t-1] == "to" && p.cls(d, t)&wVerb != 0 && (ph.start > k || afterPreposition(d, ph.start, ss) || p.eventNoun(d, ph.start, k+1) ||
		len(ph.ents) == 0 || ph.start-1 > ss && p.finiteLike(d, ph.start-1)) {
		// a purpose infinitive after an object: "NATO forces launched an
		// offensive to drive Taleban remnants out": the first verb's subject
		for j := ph.start - 1; j > ss && j > t-12; j-- {
			if p.finiteLike(d, j) && !isBe(d.lower[j]) && d.lower[j-1] != "to" {
				subj, _, u := p.subject(d, j, ss)
				return subj, passive, unreal || u
			}
		}
	}
	if ph.start <= k && afterPreposition(d, ph.start, ss) {
		// "a British soldier serving with the NATO-led coalition in
		// Afghanistan was killed": the phrase before the verb ends a
		// participle modifier; the subject is the noun the participle follows
		for g := ph.start - 2; g > ss && g >= ph.start-10; g-- {
			if mi := d.mentionAt[g]; mi >= 0 {
				g = d.mentions[mi].start // ("with the NATO-led coalition": names inside the modifier)
				continue
			}
			if q := p.byParticipleSubject(d, g, ph.start, ss); len(q) > 0 {
				return q, passive, unreal // "Iraqi forces backed by U.S. troops rounded up" (event_args_bypart.go)
			}
			if p.finiteLike(d, g) && !strings.HasSuffix(d.lower[g], "ing") && d.lower[g] != "based" && d.lower[g] != "stationed" {
				break
			}
			if (strings.HasSuffix(d.lower[g], "ing") || d.lower[g] == "based" || d.lower[g] == "stationed") && (d.mentionAt[g-1] >= 0 || p.cls(d, g-1)&wNoun != 0 && p.cls(d, g-1)&wVerb == 0) {
				if q := p.npLeft(d, g, ss); q.start < g && len(q.ents) > 0 && !afterPreposition(d, q.start, ss) &&
					(clauseStart(d, q.start, ss) || q.start-1 > ss && (sayForms[d.lower[q.start-1]] || d.lower[q.start-1] == "that")) {
					return q.ents, passive, unreal
				}
				break
			}
		}
	}
	if ph.start <= k && ph.start-2 > ss && d.lower[ph.start-1] == "for" && d.mentionAt[ph.start-2] < 0 && spokesNouns[d.lower[ph.start-2]] {
		// "The United Nations human rights envoy for Burma is calling on",
		// "A spokesman for Hamas threatened": the officer's own body acts,
		// or else the one spoken for
		if q := p.npLeft(d, ph.start-1, ss); q.start < ph.start-1 && clauseStart(d, q.start, ss) {
			if len(q.ents) > 0 {
				return q.ents, passive, unreal
			}
			return ph.ents, passive, unreal
		}
	}
	if ph.start <= k {
		if q := p.headBeforePost(d, ph.start, ss); len(q) > 0 {
			return q, passive, unreal // "U.S. and Iranian ambassadors to Iraq met": the envoys' countries, not the post
		}
	}
	if ph.start <= k && !sayForms[d.lower[t]] && !sayForms[d.lower[k+1]] {
		if q := p.subjectAcrossPlace(d, ph, ss); len(q) > 0 {
			return q, passive, unreal // "Police in Lebanon have arrested" (event_args_across.go)
		}
	}
	if ph.start <= k {
		if q := p.detConjunct(d, ph, ss); len(q) > 0 {
			return q, passive, unreal // "A Japanese engineer and his driver were kidnapped" (event_args_conjdet.go)
		}
	}
	if relative && passive {
		if q := p.whoAntecedent(d, ph, k, ss); len(q) > 0 {
			return q, passive, unreal // "a ransom for an Italian engineer who was kidnapped" (event_args_relwho.go)
		}
	}
	if ph.start > k || afterPreposition(d, ph.start, ss) && !approxCount(d, ph.start, ss) {
		// ("About 100 Polish workers demonstrated": a count, event_args_aboutcount.go)
		return nil, passive, unreal // "marched through London to protest": London is no subject
	}
	if p.eventNoun(d, ph.start, k+1) {
		return nil, passive, unreal // "a clash between militants and Ethiopian forces killed": the clash's sides
	}
	if len(ph.ents) == 0 && (d.lower[ph.start] == "his" || d.lower[ph.start] == "her") {
		return p.pronoun(d, ph.start, ss), passive, unreal // "his vehicle was ambushed"
	}
	if len(ph.ents) == 0 {
		if pair := pairBefore(d, ph.start, k+1); pair != nil {
			return pair, passive, unreal // "the two presidents met Friday"
		}
	}
	if e := p.namedNext(d, ph, k+1); e >= 0 {
		return namedOverNationality(d, ph, k+1, e), passive, unreal
	}
	if e := describedGroup(d, ph, k+1); e >= 0 {
		return append(ph.ents, e), passive, unreal
	}
	if len(ph.ents) == 0 {
		if e := p.earlierForce(d, ph, k+1); e >= 0 {
			return []int{e}, passive, unreal
		}
		if !passive && p.bareForce(d, ph, k+1) && clauseStart(d, ph.start, ss) {
			// a state force acting with no country of its own: the story's
			// one country (not the force acted on: "urged security forces",
			// "two police officers were wounded" may be any country's)
			if e := soleCountry(d, ph.start); e >= 0 {
				return []int{e}, passive, unreal
			}
		}
		if e := earlierGroup(d, ph, k+1); e >= 0 {
			return []int{e}, passive, unreal
		}
	}
	return append(ph.ents, p.bareSides(d, ph)...), passive, unreal
}

// agreeForms of "agree": what is agreed to is still to come.
var agreeForms = map[string]bool{"agree": true, "agreed": true, "agrees": true, "agreeing": true}

// woundNouns are harm one suffers: "died of his wounds" names the wounded.
var woundNouns = map[string]bool{"wound": true, "wounds": true, "injury": true, "injuries": true}

// closingVerbs end a meeting or talks the subject held: "ended a two-day
// conference", "concluded talks".
var closingVerbs = map[string]bool{
	"end": true, "ended": true, "ends": true, "conclude": true, "concluded": true, "concludes": true,
	"adjourn": true, "adjourned": true, "adjourns": true, "wrapped": true, "closed": true,
}

// gatheringNouns are meetings of many parties, where one named host is news
// enough.
var gatheringNouns = map[string]bool{"conference": true, "summit": true, "forum": true}

// quotingVerbs report what someone said: "quotes X as saying".
var quotingVerbs = map[string]bool{"quotes": true, "quoted": true, "quoting": true, "quote": true, "cites": true, "cited": true, "citing": true}

// lastCountry is the country named last before token k, in its sentence
// or the one before (not across a bulletin's item break), or -1.
func lastCountry(d *doc, k int) int {
	return lastCountryWhere(d, k, nil)
}

// lastCountryWhere is lastCountry passing over the mentions skip reports.
func lastCountryWhere(d *doc, k int, skip func(m *mention) bool) int {
	si := d.sentOf[k]
	lo := d.sents[max(0, si-1)].Start
	for _, m := range d.mentionsBack(lo, k) {
		if skip != nil && skip(m) {
			continue
		}
		if m.ent >= 0 && d.ents[m.ent].typ == extract.Location && d.ents[m.ent].subtype == extract.Country && !placeInCountry(d, m) {
			if itemBreak(d, d.sentOf[m.start], si) {
				return -1
			}
			return m.ent
		}
	}
	return -1
}

// earlierBody resolves an object phrase that names no one but a bare force
// noun or "the group" ("attacked the soldiers late Thursday", "demanding the
// group disarm") to the country or organization the story just gave it.
func (p *Pipeline) earlierBody(d *doc, ph np) []int {
	for h := ph.start; h < ph.end && h < ph.start+4; h++ {
		if fighterNouns[d.lower[h]] && h == ph.end-1 && h > ph.start && d.lower[h-1] == "the" {
			// (a bare count, "killed 14 more insurgents", may be anyone's)
			if e := earlierFighters(d, h); e >= 0 {
				return []int{e}
			}
			if e := storyRef(d, h); e >= 0 {
				return []int{e} // "attacked the rebels": the story's one armed group
			}
			return nil
		}
		if forceNouns[d.lower[h]] {
			if e := p.earlierForce(d, ph, h+1); e >= 0 {
				return []int{e}
			}
			if e := storyRef(d, h); e >= 0 && h == ph.end-1 {
				return []int{e} // "demanded the government resign": the story's one country
			}
			if p.bareForce(d, ph, h+1) {
				if e := p.storyForce(d, h); e >= 0 {
					return []int{e} // "a roadside bombing that wounded five soldiers": the story's forces
				}
			}
			return nil
		}
		if groupHeads[d.lower[h]] {
			if e := earlierGroup(d, np{start: ph.start, end: h + 1}, h+1); e >= 0 {
				return []int{e}
			}
			return nil
		}
	}
	return nil
}

// countrysBody resolves "that country's government", "the country's
// leaders" at token i to the country named last before it, or -1.
func countrysBody(d *doc, i, se int) int {
	if i+3 >= se || d.lower[i] != "that" && d.lower[i] != "the" || d.lower[i+1] != "country" && d.lower[i+1] != "nation" ||
		d.lower[i+2] != "'s" && d.lower[i+2] != "’s" {
		return -1
	}
	return lastCountry(d, i)
}

// describedCountry resolves "the South American country", "the impoverished
// nation" at token i (up to three modifiers, no name among them) to the
// country named last before it that ev does not already hold, or -1: VOA's
// way of naming a country a second time.
func (p *Pipeline) describedCountry(d *doc, ev *event, i, se int) int {
	if i >= se || d.lower[i] != "the" {
		return -1
	}
	h := i + 1
	for h < se && h <= i+3 && d.lower[h] != "country" && d.lower[h] != "nation" {
		if mi := d.mentionAt[h]; mi >= 0 {
			if d.mentions[mi].label != "MISC" {
				return -1 // ("the Sunni Arab country" names a people's adjective; "the Iraq country team" is no description)
			}
			h = d.mentions[mi].end
			continue
		}
		if p.cls(d, h)&(wAdj|wProper) == 0 && !strings.Contains(d.lower[h], "-") { // ("the oil-rich nation")
			return -1
		}
		h++
	}
	if h >= se || h == i+1 || d.lower[h] != "country" && d.lower[h] != "nation" {
		return -1 // (a bare "the country" is left to the rules that know the story's own)
	}
	si := d.sentOf[i]
	return lastCountryWhere(d, i, func(m *mention) bool {
		// the clause's own actors: "Iraqi troops invaded the small oil-rich nation"
		return m.start >= d.sents[si].Start && m.start < ev.trigStart || hasPart(ev, m.ent)
	})
}

// groupHeads head a definite description of an organization: "the group".
var groupHeads = map[string]bool{
	"group": true, "movement": true, "organization": true, "organisation": true, "faction": true, "militia": true,
}

// earlierGroup resolves "the group", "the militant group" to the organization
// named last in its sentence or the two before it (not across a bulletin's
// item break, and not a news organization): "the armed Basque separatist
// group ETA ... The group", "Hamas ... The group refuses".
func earlierGroup(d *doc, ph np, end int) int {
	head := end - 1
	if head < ph.start || d.mentionAt[head] >= 0 || !groupHeads[d.lower[head]] || d.lower[ph.start] != "the" {
		return -1
	}
	for k := ph.start + 1; k < head; k++ {
		if d.mentionAt[k] >= 0 || d.lower[k] == "of" {
			return -1 // "the Hamas group", "the group of ...": named or described otherwise
		}
	}
	si := d.sentOf[head]
	lo := max(0, si-2)
	latest, subjectOrg := -1, -1
	for k := ph.start - 1; k >= d.sents[lo].Start; k-- {
		if itemBreak(d, d.sentOf[k], si) {
			break
		}
		mi := d.mentionAt[k]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		k = m.start
		if m.ent >= 0 && d.ents[m.ent].typ == extract.Organization && !mediaName(d.ents[m.ent].name) && participantOK(d, m) {
			if latest < 0 {
				latest = m.ent
			}
			if subjectOrg < 0 && opensSentence(d, d.sents[d.sentOf[m.start]].Start, m.start) {
				subjectOrg = m.ent // "The Sikh Coalition said it had been informed by the TSA ... The organization urged"
			}
		}
	}
	if subjectOrg >= 0 {
		return subjectOrg
	}
	return latest
}

// forceCompound nouns make a force noun of the noun after them: "police officers", "security forces".
var forceCompound = map[string]bool{"police": true, "security": true, "army": true, "border": true, "military": true, "government": true}

// forceNouns are the bodies a story first names with their country ("Kenyan
// police", "Israeli soldiers") and then bare ("Police say they have arrested").
var forceNouns = map[string]bool{
	"police": true, "troops": true, "soldiers": true, "forces": true, "army": true, "military": true,
	"authorities": true, "government": true, "navy": true, "policemen": true, "officers": true, "guards": true,
}

// earlierForce resolves a bare force noun ("the soldiers", "Police") to the
// country of the same noun named earlier in the story ("Israeli soldiers").
func (p *Pipeline) earlierForce(d *doc, ph np, end int) int {
	head := end - 1
	if !p.bareForce(d, ph, end) {
		return -1
	}
	// within the last three sentences: a bulletin's next item is another story
	lo := d.sents[max(0, d.sentOf[head]-3)].Start
	ss := d.sents[d.sentOf[head]].Start
	for k := ph.start - 1; k > lo; k-- {
		if d.lower[k] != d.lower[head] && !(k >= ss && (forceNouns[d.lower[k]] || d.lower[k] == "officials")) {
			continue // (in its own sentence any force will do: "The Israeli army says troops raided", "Pakistani officials say security forces")
		}
		j := k - 1
		if j >= 0 && forceCompound[d.lower[j]] && j-1 >= 0 {
			j-- // "Six Afghan police officers ... the police officers"
		}
		if j >= 0 && (d.lower[j] == "'s" || d.lower[j] == "’s") {
			j--
		}
		if mi := d.mentionAt[j]; mi >= 0 {
			m := d.mentions[mi]
			if m.ent >= 0 && (m.label == "NORP" || d.ents[m.ent].typ == extract.Location && d.ents[m.ent].subtype == extract.Country ||
				m.label == "MISC" && participantOK(d, m)) { // ("The Sri Lankan navy": a people's adjective the tagger calls MISC)
				return m.ent
			}
		}
	}
	return -1
}

// soleCountry is the one country named in k's sentence before k and in the
// sentence before it, or -1 when none or several are: a story's state force
// told bare ("Ethiopia's first parliamentary poll since a disputed 2005 vote
// ... Security forces killed nearly 200 people") is that country's.
func soleCountry(d *doc, k int) int {
	si := d.sentOf[k]
	from := si
	if si > 0 && !itemBreak(d, si-1, si) {
		from = si - 1
	}
	sole := -1
	for _, m := range d.mentionsIn(d.sents[from].Start, k) {
		if m.ent < 0 {
			continue
		}
		e := d.ents[m.ent]
		if e.typ != extract.Location || e.subtype != extract.Country || placeInCountry(d, m) {
			continue
		}
		if sole >= 0 && sole != m.ent {
			return -1
		}
		sole = m.ent
	}
	return sole
}

// bareForce: the phrase [ph.start, end) is a force noun with no country or
// body of its own, bare or counted ("the soldiers", "three soldiers",
// "security forces"; not "two other soldiers").
func (p *Pipeline) bareForce(d *doc, ph np, end int) bool {
	head := end - 1
	if head < ph.start || d.mentionAt[head] >= 0 || !forceNouns[d.lower[head]] {
		return false
	}
	for k := ph.start; k < head; k++ {
		if w := d.lower[k]; w != "the" && w != "its" && w != "their" && w != "at" && w != "least" && p.cls(d, k) != wNum && !(k == head-1 && forceCompound[w]) {
			return false
		}
	}
	return true
}

// facilityNouns are posts a country or body keeps, so that a blast at one
// strikes its owner: "an explosion at an American military base".
var facilityNouns = map[string]bool{
	"base": true, "embassy": true, "consulate": true, "checkpoint": true, "compound": true, "camp": true,
	"barracks": true, "convoy": true, "headquarters": true, "outpost": true, "post": true, "mission": true,
}

// vehicleNouns carry a country's people: "an Afghan army bus".
var vehicleNouns = map[string]bool{
	"bus": true, "vehicle": true, "truck": true, "car": true, "patrol": true, "helicopter": true, "plane": true,
	"ship": true, "jeep": true, "tanker": true,
}

// fighterNouns name armed groups by what they do; a story names the group
// once on them ("Tamil Tiger rebels", "Taleban insurgents") and then says
// "the rebels".
var fighterNouns = map[string]bool{
	"rebel": true, "rebels": true, "militants": true, "insurgents": true, "guerrillas": true, "separatists": true,
	"fighters": true, "extremists": true,
}

// bareSides resolves the bare definite fighter nouns among a phrase's
// conjuncts ("Colombo and the rebels", "the government and the rebels") to
// the group last named on the same noun (earlierFighters), skipping ones the
// phrase already names.
func (p *Pipeline) bareSides(d *doc, ph np) []int {
	var out []int
	for h := ph.start + 1; h < ph.end; h++ {
		if !fighterNouns[d.lower[h]] && !forceNouns[d.lower[h]] || d.lower[h-1] != "the" || d.mentionAt[h] >= 0 {
			continue
		}
		if b := h - 2; b >= ph.start && d.lower[b] != "and" && d.lower[b] != "," {
			continue // "the new rebels' leader": not a conjunct of its own
		}
		if h+1 < ph.end && d.lower[h+1] != "and" && d.lower[h+1] != "," {
			continue
		}
		e := earlierFighters(d, h)
		if forceNouns[d.lower[h]] {
			e = p.earlierForce(d, np{start: h - 1, end: h + 1}, h+1)
		}
		if e < 0 {
			e = storyRef(d, h) // the story's one armed group or country (event_args_storyref.go)
		}
		if e >= 0 && !slices.Contains(ph.ents, e) && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// earlierFighters is the group named right before the same fighter noun
// ("Tamil Tiger rebel control", "Taleban insurgents") in the three sentences
// before the bare noun at head, or earlier in its own (not across a
// bulletin's item break); -1 when there is none or the noun there is a
// country's ("Colombian rebels" are no part of Colombia).
func earlierFighters(d *doc, head int) int {
	stem := strings.TrimSuffix(d.lower[head], "s")
	si := d.sentOf[head]
	lo := d.sents[max(0, si-3)].Start
	for k := head - 2; k > lo; k-- {
		if strings.TrimSuffix(d.lower[k], "s") != stem || d.mentionAt[k] >= 0 {
			continue
		}
		if itemBreak(d, d.sentOf[k], si) {
			return -1
		}
		mi := d.mentionAt[k-1]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if m.ent < 0 || d.ents[m.ent].typ == extract.Location || m.label == "NORP" || !participantOK(d, m) {
			return -1
		}
		return m.ent
	}
	return -1
}

// describedGroup resolves a subject that describes an organization without
// naming it ("Egypt's largest opposition group defied authorities") to the one
// organization the story goes on to name ("the Muslim Brotherhood") in the
// rest of the sentence or the next two; -1 when there is none or more than one.
func describedGroup(d *doc, ph np, end int) int {
	if end-1 < ph.start || end-1 < 0 || d.mentionAt[end-1] >= 0 {
		return -1
	}
	switch d.lower[end-1] {
	case "group", "movement", "organization", "organisation", "faction", "militia", "party":
	default:
		return -1
	}
	for _, e := range ph.ents {
		if d.ents[e].typ == extract.Organization {
			return -1
		}
	}
	if end-ph.start == 2 && d.lower[ph.start] == "the" {
		return -1 // "The organization urged": the one just named (earlierGroup), not one named later
	}
	for k := ph.start; k < end; k++ {
		if d.lower[k] == "and" {
			return -1 // "the Khartoum government and Darfur's main rebel group": one side of several
		}
	}
	// the story goes on to name it: this sentence after the description and the next two
	si := d.sentOf[end-1]
	hi := min(len(d.sents)-1, si+2)
	found := -1
	for k := end; k < d.sents[hi].End; k++ {
		mi := d.mentionAt[k]
		if mi < 0 || d.mentions[mi].start != k {
			continue
		}
		m := d.mentions[mi]
		if m.label != "ORG" || m.ent < 0 || d.ents[m.ent].typ != extract.Organization || mediaName(d.ents[m.ent].name) {
			continue
		}
		if found >= 0 && found != m.ent {
			return -1 // two organizations: no telling which
		}
		found = m.ent
	}
	return found
}

// mediaName: a news organization, which reports events rather than acting in them.
func mediaName(name string) bool {
	for _, w := range []string{"News", "Agency", "Times", "Post", "Press", "Reuters", "Xinhua", "Associated", "Television", "Radio", "Journal", "Herald", "Tribune", "BBC", "CNN"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// namedNext resolves a story's opening description of a person to the name
// the next sentence opens with: "An Algerian man goes on trial Monday ...
// Prosecutors say Rachid Ramda helped ...", "a teacher stabbed a girl ... Yu
// Hagino, 23, was arrested". Only an indefinite description in one of the
// story's first two sentences, with no person named in it, is resolved.
func (p *Pipeline) namedNext(d *doc, ph np, end int) int {
	if ph.hasPerson(d) || end-ph.start < 2 || !personNouns[d.lower[end-1]] {
		return -1
	}
	if w := d.lower[ph.start]; w != "a" && w != "an" {
		return -1
	}
	si := d.sentOf[ph.start]
	if si > 1 || si+1 >= len(d.sents) {
		return -1
	}
	ns := d.sents[si+1]
	for i := ns.Start; i < ns.End && i < ns.Start+6; i++ {
		if mi := d.mentionAt[i]; mi >= 0 {
			m := d.mentions[mi]
			if m.ent >= 0 && d.ents[m.ent].typ == extract.Person {
				return m.ent
			}
			i = m.end - 1
			continue
		}
		if p.finiteLike(d, i) && i+1 < ns.End && d.mentionAt[i+1] >= 0 {
			continue // "Prosecutors say Rachid Ramda ...": the reported clause's subject
		}
		if p.finiteLike(d, i) {
			return -1
		}
	}
	return -1
}

// spokesNouns are officers who act or speak for a body named after "for".
var spokesNouns = map[string]bool{
	"envoy": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "ambassador": true,
	"representative": true, "coordinator": true, "commissioner": true, "negotiator": true, "rapporteur": true,
}

// personNouns head descriptions of one person.
var personNouns = map[string]bool{
	"man": true, "woman": true, "teacher": true, "journalist": true, "officer": true, "official": true,
	"soldier": true, "student": true, "activist": true, "priest": true, "cleric": true, "doctor": true,
	"lawyer": true, "politician": true, "businessman": true, "businesswoman": true, "diplomat": true,
	"worker": true, "suspect": true, "reporter": true, "tourist": true, "pilot": true, "judge": true,
	"militant": true, "leader": true, "commander": true, "opposition": true, "dissident": true,
}

// pairBefore resolves "the two sides", "both countries", "the two presidents"
// in [i, j) to the two parties the story just named: those of the latest event
// with two participants in the three sentences before, or else the last two
// people (for people nouns) or countries and groups named before i.
func pairBefore(d *doc, i, j int) []int {
	if j-i < 2 || j-i > 3 {
		return nil
	}
	first := d.lower[i] + " " + d.lower[i+1]
	head := d.lower[j-1]
	switch {
	case first == "the two" || first == "both the" || d.lower[i] == "both":
	case j-i == 2 && d.lower[i] == "the" && (head == "countries" || head == "sides"):
	default:
		return nil
	}
	people := false
	switch head {
	case "presidents", "leaders", "ministers", "men", "diplomats", "envoys", "officials", "sides", "countries",
		"nations", "governments", "neighbors", "neighbours", "rivals", "parties", "foes", "allies":
		people = head == "presidents" || head == "leaders" || head == "ministers" || head == "men" || head == "diplomats" || head == "envoys"
	case "women", "defendants", "suspects", "journalists":
		people = true
	default:
		return nil
	}
	either := eitherKindHeads[head] // "Hariri and Aoun ... The two sides"
	si := d.sentOf[i]
	for k := len(d.events) - 1; k >= 0; k-- {
		ev := d.events[k]
		// the latest report counts: "the talks ... The two sides have been holding"
		if ev.sentences[len(ev.sentences)-1] < si-3 {
			continue
		}
		if len(ev.parts) == 2 && ev.sentence <= si && ev.typ != "VISIT" { // (a visitor and the place visited are no two sides)
			a, b := ev.parts[0].ent, ev.parts[1].ent
			if (d.ents[a].typ == extract.Person) == (d.ents[b].typ == extract.Person) && (either || (d.ents[a].typ == extract.Person) == people) {
				return []int{a, b}
			}
		}
	}
	lo := 0
	if si >= 3 {
		lo = d.sents[si-3].Start
	}
	out, at := pairOfKind(d, i, lo, head, people)
	if either {
		// the pair named last, people or bodies
		if o, a := pairOfKind(d, i, lo, head, !people); o != nil && (out == nil || a > at) {
			out = o
		}
	}
	return out
}

func (ph np) hasOrganization(d *doc) bool {
	for _, e := range ph.ents {
		if d.ents[e].typ == extract.Organization {
			return true
		}
	}
	return false
}

func (ph np) hasPerson(d *doc) bool {
	for _, e := range ph.ents {
		if d.ents[e].typ == extract.Person {
			return true
		}
	}
	return false
}

// afterPreposition: the phrase starting at i is a preposition's object.
func afterPreposition(d *doc, i, ss int) bool {
	if i-1 < ss {
		return false
	}
	switch d.lower[i-1] {
	case "in", "at", "on", "from", "through", "into", "near", "with", "by", "for", "to", "across", "against",
		"over", "under", "between", "among", "toward", "towards", "outside", "inside", "around", "during",
		"about", "despite", "without", "within", "along", "behind", "beyond", "of", "like", "including",
		"amid", "amidst", "via", "onto", "upon", "throughout", "across from":
		return true
	}
	return false
}

// monthName: a month told by name ("Afghanistan's September parliamentary vote").
func monthName(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// dayName: a day told by name, which dates a clause and heads no noun phrase.
func dayName(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight":
		return true
	}
	return false
}

// timeWord may stand between a subject and its verb: "Iran this week restarted".
func timeWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
		"tonight", "earlier", "last", "this", "week", "month", "year", "recently", "meanwhile", "also", "later":
		return true
	}
	return false
}

// participle: the trigger word can be a past participle.
func (p *Pipeline) participle(d *doc, t int) bool {
	c := d.wordClass(p.wc, t)
	// the treebank knows some participles only as adjectives ("wounded");
	// after a form of "be" an -ed form is the passive
	return c&wPart != 0 || c&wAdj != 0 && strings.HasSuffix(d.lower[t], "ed")
}

// pronoun resolves a personal pronoun at token k when that is safe: a subject
// "they"/"he" right after "X say(s) (that)" is X; "he"/"she" opening a
// sentence is the person the story is about so far (most mentioned, then
// latest); "his"/"her"/"him" inside a sentence is the nearest person named
// before it in the sentence, else that same person.
func (p *Pipeline) pronoun(d *doc, k, ss int) []int {
	w := d.lower[k]
	switch w {
	case "he", "she", "they", "it":
		j := k - 1
		if j >= ss && d.lower[j] == "that" {
			j--
		}
		if j >= ss && reportVerb(d.lower[j]) {
			if subj, _, _ := p.subject(d, j, ss); len(subj) > 0 {
				return subj // ("Police say they have arrested": the police, as the story named them)
			}
			return nil
		}
		if w == "they" && (k == ss || k == ss+1 && (d.lower[ss] == "but" || d.lower[ss] == "and")) {
			// "Shi'ite militants attacked the convoy. They also fired rockets":
			// the group that was the subject of the sentence before
			if si := d.sentOf[k]; si > 0 {
				if e := p.openingGroup(d, si-1); e >= 0 {
					return []int{e}
				}
			}
			return nil
		}
		if w == "they" && k-1 > ss {
			switch d.lower[k-1] {
			case "where", "after", "before", "since", "because", "and", "but", "until":
				// "Afghan and coalition troops killed five insurgents in Kunar,
				// where they launched a major offensive last week": the
				// plural subject of the clause just before
				for j := k - 2; j > ss && j > k-25; j-- {
					if d.mentionAt[j] >= 0 || !p.finiteLike(d, j) || isBe(d.lower[j]) || sayForms[d.lower[j]] || d.lower[j-1] == "to" ||
						p.cls(d, j-1)&(wDet|wNum) != 0 { // ("five suspected Taleban insurgents": an adjective)
						continue
					}
					subj, passive, unreal := p.subject(d, j, ss)
					if passive || unreal || len(subj) == 0 {
						return nil
					}
					if ph := p.npLeft(d, j, ss); ph.end > ph.start && !strings.HasSuffix(d.lower[ph.end-1], "s") && len(subj) < 2 && !forceNouns[d.lower[ph.end-1]] {
						return nil // a singular subject is no "they"
					}
					return subj
				}
				return nil
			}
		}
		if w == "they" || w == "it" {
			return nil
		}
	case "his", "her", "him":
		for _, m := range d.mentionsBack(ss, k) {
			if m.ent >= 0 && d.ents[m.ent].typ == extract.Person && !otherGender(d, m.ent, w) {
				return []int{m.ent}
			}
		}
	default:
		return nil
	}
	if (w == "he" || w == "she") && (k == ss || k == ss+1 && (d.lower[ss] == "but" || d.lower[ss] == "and" || d.lower[ss] == "yet" || p.cls(d, ss) == wAdv) ||
		k == ss+2 && d.lower[ss+1] == "," && p.cls(d, ss)&wAdv != 0) { // ("Instead he traveled", "Later, he said")
		// opening a sentence: the person who opened the one before as its
		// subject, or else the one before that (up to three back, within the
		// bulletin's item): "Mohammed Deif, who has eluded ... The alleged
		// bombmaker, who ... He warned"
		si := d.sentOf[k]
		for back := 1; back <= 3 && si-back >= 0; back++ {
			if back > 1 && itemBreak(d, si-back, si) {
				break
			}
			if e := p.openingPerson(d, si-back); e >= 0 && !otherGender(d, e, w) {
				return []int{e}
			}
			if back == 1 {
				if desc, body := p.describedOpener(d, si-1); desc {
					if body >= 0 {
						return []int{body} // "A spokesman for the OSCE said ... He then called on"
					}
					return nil // "An official said ... He added": the official, unnamed
				}
			}
		}
	}
	if describedBetween(d, k, ss) {
		return nil // "Jawid Ahmad said the bomber was killed when he detonated": he is the bomber
	}
	if e := salientPerson(d, k); e >= 0 {
		return []int{e}
	}
	return nil
}

// describedBetween: a description of one person ("the bomber", "a man")
// stands in the sentence before the pronoun at k, closer than any name: the
// pronoun is more likely that person's than a named one's.
func describedBetween(d *doc, k, ss int) bool {
	for i := k - 1; i > ss; i-- {
		if mi := d.mentionAt[i]; mi >= 0 {
			if m := d.mentions[mi]; m.ent >= 0 && d.ents[m.ent].typ == extract.Person {
				return false
			}
			i = d.mentions[mi].start
			continue
		}
		if (personNouns[d.lower[i]] || agentNouns[d.lower[i]]) && (d.lower[i-1] == "the" || d.lower[i-1] == "a" || d.lower[i-1] == "an" || d.lower[i-1] == "another") {
			return true
		}
	}
	return false
}

// agentNouns describe one person by what they did: "the bomber".
var agentNouns = map[string]bool{
	"bomber": true, "gunman": true, "attacker": true, "assailant": true, "driver": true, "victim": true,
	"hijacker": true, "kidnapper": true, "shooter": true, "killer": true, "boy": true, "girl": true, "teenager": true,
}

// openingPerson is the person named in sentence si before its first verb
// ("Russian President Vladimir Putin visited", "Mohammed Deif, who"), or -1.
func (p *Pipeline) openingPerson(d *doc, si int) int {
	ps := d.sents[si]
	for i := p.frontedEnd(d, si); i < ps.End; i++ {
		if mi := d.mentionAt[i]; mi >= 0 {
			m := d.mentions[mi]
			if m.ent >= 0 && d.ents[m.ent].typ == extract.Person {
				return m.ent
			}
			i = m.end - 1
			continue
		}
		if p.finiteLike(d, i) {
			break
		}
	}
	return -1
}

// openingGroup is the group, organization or country that is the plural
// subject of sentence si ("Taleban militants claimed", "Iraqi officials say"),
// or -1 when the subject names a person or more than one party.
func (p *Pipeline) openingGroup(d *doc, si int) int {
	s := d.sents[si]
	for v := s.Start + 1; v < s.End && v < s.Start+10; v++ {
		if d.mentionAt[v] >= 0 || !p.finiteLike(d, v) {
			continue
		}
		ph := p.npLeft(d, v, s.Start)
		for ph.start > s.Start && d.mentionAt[ph.start-1] < 0 && p.gapWord(d, ph.start-1) {
			ph = p.npLeft(d, ph.start-1, s.Start)
		}
		if ph.start != s.Start || len(ph.ents) != 1 || d.ents[ph.ents[0]].typ == extract.Person {
			return -1
		}
		h := v - 1
		if mi := d.mentionAt[h]; mi >= 0 {
			if !peopleWord(d.words[h]) {
				return -1 // a country or a body named alone ("Cuba severed ties ... They were convicted") is not "they"
			}
		} else if !strings.HasSuffix(d.lower[h], "s") && d.lower[h] != "police" {
			return -1 // a singular head ("the government", "a Taleban spokesman") is not "they"
		}
		return ph.ents[0]
	}
	return -1
}

// salientPerson is the person mentioned most often before token k (the
// latest on ties), in the bulletin item token k is in: a person of an
// earlier item is not who a pronoun refers to.
func salientPerson(d *doc, k int) int {
	count := map[int]int{}
	last := map[int]int{}
	w := d.lower[k]
	si := d.sentOf[k]
	from := 0
	for j := si; j > 0; j-- {
		if itemBreak(d, j-1, j) {
			from = d.sents[j].Start
			break
		}
	}
	for i, m := range d.mentions {
		if m.start >= k || m.start < from || m.ent < 0 || d.ents[m.ent].typ != extract.Person || otherGender(d, m.ent, w) {
			continue
		}
		count[m.ent]++
		last[m.ent] = i
	}
	best := -1
	for e, n := range count {
		if best < 0 || n > count[best] || n == count[best] && last[e] > last[best] {
			best = e
		}
	}
	return best
}

// otherGender: the pronoun w ("he", "her") cannot stand for person e, whom
// the story titles the other way ("Ms Hessel" is no "his"; "Mr Sullivan" no
// "she"). Untitled people may be either.
func otherGender(d *doc, e int, w string) bool {
	var female bool
	switch w {
	case "he", "his", "him", "himself":
	case "she", "her", "hers", "herself":
		female = true
	default:
		return false
	}
	for _, mi := range d.ents[e].mentions {
		st := d.mentions[mi].start
		if st < 1 || d.mentions[mi].nominal {
			continue
		}
		switch d.lower[st-1] {
		case "mr", "mr.", "sir", "lord", "king", "prince":
			return female
		case "ms", "ms.", "mrs", "mrs.", "miss", "madam", "lady", "queen", "princess", "dame":
			return !female
		}
	}
	return false
}

// possessorRole is the role of a noun trigger's possessor or premodifier:
// "his arrest", "Saddam's trial" are about the one acted on.
// suitNouns are legal actions brought by their possessor: "her lawsuit",
// "Yukos's suit" are the plaintiff's.
var suitNouns = map[string]bool{"lawsuit": true, "lawsuits": true, "suit": true, "complaint": true}

func possessorRole(typ string) string {
	switch typ {
	case "ARREST", "TRIAL", "SENTENCE", "DEATH", "INJURY", "APPOINTMENT":
		return patient // "Sperling's appointment"
	case "ELECTION":
		return participant // "Ukrainian elections": Ukraine votes
	}
	return agent
}

// judicial: the story gives the person a judge's or prosecutor's title
// ("Judge Victor Montiglio"), so they try or charge rather than stand trial.
func judicial(d *doc, ent int) bool {
	if ent < 0 {
		return false
	}
	for _, r := range d.roles {
		if r.person != ent {
			continue
		}
		t := strings.ToLower(r.title)
		if strings.Contains(t, "judge") || strings.Contains(t, "prosecutor") || strings.Contains(t, "magistrate") {
			return true
		}
	}
	return false
}

// ofRole is the role of "of X" after a noun trigger ("the killing of X").
func ofRole(typ string) string {
	switch typ {
	case "VISIT":
		return agent // "the arrival of a U.S. frigate", "a visit of the president"
	case "MEET", "NEGOTIATE", "AGREEMENT", "PHONE_CALL", "PROTEST", "ELECTION", "RESIGNATION", "APPOINTMENT":
		return participant
	}
	return patient
}

// lightVerbs take a noun trigger as object and give it their subject:
// "Kerry held talks with Lavrov", "Israel launched an offensive".
var lightVerbs = map[string]bool{
	"hold": true, "held": true, "holds": true, "holding": true, "have": true, "has": true, "had": true,
	"launch": true, "launched": true, "launches": true, "stage": true, "staged": true, "stages": true,
	"conduct": true, "conducted": true, "carry": true, "carried": true, "resume": true, "resumed": true,
	"begin": true, "began": true, "begun": true, "start": true, "started": true, "announce": true,
	"announced": true, "make": true, "made": true, "pay": true, "paid": true, "face": true, "faces": true,
	"faced": true, "facing": true, "attend": true, "attended": true, "join": true, "joined": true,
	"sign": true, "signed": true, "reach": true, "reached": true, "open": true, "opened": true,
	"mount": true, "mounted": true, "continue": true, "continued": true, "led": true, "lead": true,
	"host": true, "hosted": true, "organize": true, "organized": true, "call": true, "called": true,
	"goes": true, "went": true, "go": true, "gone": true, "on": true, "out": true,
	"refused": true, "rejected": true, "accepted": true, "received": true, "denied": true, "ignored": true,
	"refuses": true, "rejects": true, "accepts": true, "receives": true, "denies": true, "ignores": true,
	"head": true, "headed": true, "heading": true, "heads": true,
	"restarted": true, "re-started": true, "renewed": true, "reopened": true, "revived": true,
	// the progressive: "Iran is conducting military maneuvers"
	"conducting": true, "staging": true, "launching": true, "mounting": true, "carrying": true, "signing": true,
	"attending": true, "hosting": true, "organizing": true, "making": true, "resuming": true, "continuing": true,
	"beginning": true, "starting": true, "leading": true, "paying": true,
	// ordering an act makes one its author: "ordered the assassination of Conte"
	"ordered": true, "orders": true, "order": true,
}

// topicVerb: a verb of talking whose object is the topic.
func topicVerb(w string) bool {
	for _, st := range []string{"discuss", "debat", "review", "address", "consider", "examin"} {
		if strings.HasPrefix(w, st) {
			return true
		}
	}
	return false
}

// symmetricType: both sides take part alike.
func symmetricType(typ string) bool { return symmetric[typ] }

// readArgs fills ev.parts (the place comes later, from placeEvent).
func (p *Pipeline) readArgs(d *doc, ev *event, ss, se int) {
	t0, t1 := ev.trigStart, ev.trigEnd
	add := func(ents []int, r string) {
		if symmetricType(ev.typ) {
			r = participant
		}
		for _, e := range ents {
			if partAllowed(d, ev.typ, r, e) {
				ev.addPart(e, r)
			}
		}
	}
	after := t1
	if ev.nominal && (p.wishedNoun(d, t0, ss) || expectedNoun(d, t0, ss)) {
		ev.unreal = true // "planning car bomb attacks", "a likely re-election campaign", "an expected Taleban offensive"
	}
	if conditional(d, t0, ss, se) {
		ev.unreal = true // "if he can not continue his policies, he will resign"
	}
	if t0-2 >= ss && d.lower[t0-1] == "of" && strings.HasSuffix(d.lower[t0], "ing") && aimNouns[d.lower[t0-2]] {
		ev.unreal = true // "Hamas' long-standing policy of destroying Israel": an aim, not an act
	}
	if !ev.nominal && (ev.typ == "APPEAL" || ev.typ == "DEMAND") && futureAux(d, t0, ss) {
		ev.unreal = true // "he will also ask for economic aid": a request still to be made is a plan
	}
	if !ev.nominal && noSubject(d, t0, ss) {
		ev.unreal = true // "no Somali prisoners have been killed": denied
	}
	if deniedReport(d, t0, ss) {
		ev.unreal = true // "has denied a newspaper report that says he will ask a U.N. tribunal": not asserted
	}
	if habitual(d, t0, ss, se) || p.habitClause(d, t0, ss) || ev.typ == "ATTACK" && killRate(d, t0, se) {
		ev.unreal = true // "has organized suicide attacks against Israeli targets in the past": a habit, not an event
	}
	if ev.nominal {
		// possessor or premodifier: "Russia's annexation", "the Israeli strike", "his resignation"
		k := t0 - 1
		nounBetween := false
		for k >= ss && k > t0-6 && d.mentionAt[k] < 0 && (p.cls(d, k)&(wAdj|wNoun) != 0 && p.cls(d, k)&(wDet|wPrep|wPron) == 0 || monthName(d.lower[k]) || yearWord(d.lower[k]) || ordinalWord(d.lower[k]) ||
			p.possPremodParticiple(d, k, t0, ss) || // "Burma's widely criticized first election" (event_args_partpremod.go)
			d.lower[k] == "and" && k-1 >= ss && k+1 < t0 && p.cls(d, k-1)&wAdj != 0 && p.cls(d, k+1)&wAdj != 0) { // ("first direct and democratic presidential elections")
			if p.cls(d, k)&wAdj == 0 && !groupNouns[d.lower[k]] && !instrumentNouns[d.lower[k]] {
				nounBetween = true // "a Cuban airliner bombing": Cuban names the airliner
			}
			k--
		}
		k = skipAcronym(d, k, ss) // "the World Trade Organization's (WTO) annual summit" (event_args_possmod.go)
		poss := false
		if k >= ss && (d.lower[k] == "'s" || d.lower[k] == "’s") {
			k--
			poss = true
			if ev.typ == "ELECTION" && k-1 >= ss && d.lower[k-1] == "the" && (d.lower[k] == "country" || d.lower[k] == "nation") {
				// "the country's first presidential elections": the country the story is about
				if e := lastCountry(d, k-1); e >= 0 {
					add([]int{e}, possessorRole(ev.typ))
				}
			}
		}
		if k >= ss {
			if mi := d.mentionAt[k]; mi >= 0 {
				m := d.mentions[mi]
				r := possessorRole(ev.typ)
				if w := d.lower[m.start]; len(w) > 5 && w[:5] == "anti-" {
					// "anti-Japanese protests" are against Japan
					if e := p.entityForWord(d, d.words[m.start][5:]); e >= 0 {
						add([]int{e}, patient)
					}
				} else if participantOK(d, m) && !placeInCountry(d, m) && (poss || m.label != "LOC" || d.ents[m.ent].subtype == extract.Country) &&
					!(!poss && m.label != "NORP" && d.ents[m.ent].typ == extract.Location && d.ents[m.ent].subtype != extract.Country) { // ("the 1995 Srebrenica massacre": where it happened)
					if nounBetween && !poss && ev.typ == "ATTACK" {
						r = patient
					}
					if poss && ev.typ == "ATTACK" && sufferedNoun(d.lower[t0]) && d.ents[m.ent].typ == extract.Person {
						r = patient // "Rafik Hariri's assassination": a person's killing is of that person
					}
					if (ev.typ == "TRIAL" || ev.typ == "SENTENCE") && judicial(d, m.ent) || ev.typ == "TRIAL" && poss && suitNouns[d.lower[t1-1]] {
						r = agent // "Mr. Montiglio's indictment": the judge's act; "Yukos's lawsuit": the plaintiff's
					}
					add([]int{m.ent}, r)
				}
			} else if d.lower[k] == "his" || d.lower[k] == "her" {
				r := possessorRole(ev.typ)
				if ev.typ == "TRIAL" && suitNouns[d.lower[t1-1]] {
					r = agent // "her lawsuit, filed in the US District Court": she sues
				}
				if ev.typ == "ATTACK" && (sufferedNoun(d.lower[t0]) || woundNouns[d.lower[t0]]) {
					r = patient // "blamed the group for his assassination": the one killed
				}
				add(p.pronoun(d, k, ss), r)
			} else if (d.lower[k] == "their" || d.lower[k] == "its") && (symmetricType(ev.typ) || ev.typ == "VISIT") && !afterPreposition(d, k, ss) {
				// "Energy ministers of Russia and Ukraine have adjourned until
				// Thursday their talks": the clause's subject holds its own talks
				// (not "disappointment with their talks", whose owner is told elsewhere)
				if subj := p.mainSubject(d, ss, k); len(subj) > 0 {
					add(subj, possessorRole(ev.typ))
					ev.lightSubject = true
				}
			}
		}
		if hostile(ev.typ) && !hasRole(ev, agent) {
			// "The government blamed ethnic Karen rebels for a land mine
			// explosion": the one blamed did it, when the text names no other
			for j := t0 - 1; j > ss && j >= t0-5; j-- {
				if d.lower[j] != "for" {
					continue
				}
				for b := j - 1; b > ss && b >= j-8; b-- {
					if d.lower[b] == "blamed" || d.lower[b] == "blames" || d.lower[b] == "blaming" {
						if ph := p.npRight(d, b+1, j); ph.end == j && d.lower[b+1] != "each" {
							add(ph.ents, agent)
						}
						break
					}
				}
				break
			}
		}
		if hostile(ev.typ) && !hasRole(ev, agent) {
			add(p.accusedOf(d, t0, ss), agent)
		}
		if !hasRole(ev, agent) {
			ag, pa := p.accusedAgent(d, ev, ss) // "blame X for planning the bombings"
			add(ag, agent)
			add(pa, patient)
		}
		if len(ev.parts) == 0 {
			if e := p.ledBy(d, ev, ss); e >= 0 {
				add([]int{e}, possessorRole(ev.typ)) // "a U.S.-led offensive"
			}
		}
		if hostile(ev.typ) && !hasRole(ev, agent) {
			if v := p.responsibilityFor(d, t0, ss); v >= 0 {
				// "Taleban militants claimed responsibility for the attack"
				subj, _, _ := p.subject(d, v, ss)
				if len(subj) == 0 {
					if e := p.claimant(d, v, ss); e >= 0 {
						subj = []int{e} // "a Taleban spokesman claimed" (event_args_claimant.go)
					}
				}
				add(subj, agent)
			} else if withNoun(d, t0, ss) {
				// "Palestinian gunmen interrupted a truce with an attack on an
				// Israeli vehicle": the clause's subject attacked
				if subj := p.mainSubject(d, ss, t0); len(subj) > 0 {
					add(subj, agent)
				}
			}
		}
		if symmetricType(ev.typ) && k >= ss && k == t0-1 {
			// "next week's Israeli-Palestinian summit": both sides
			if mi := d.mentionAt[k]; mi >= 0 && strings.Count(d.text(d.mentions[mi].start, d.mentions[mi].end), "-") == 1 {
				a, b, _ := strings.Cut(d.text(d.mentions[mi].start, d.mentions[mi].end), "-")
				ea, eb := p.entityForWord(d, a), p.entityForWord(d, b)
				if ea >= 0 && eb >= 0 && ea != eb {
					add([]int{ea, eb}, participant)
				}
			}
			add(hyphenPairSides(d, k, ss), participant) // "a U.S.-European summit" in three tokens (event_args_pairmod.go)
		}
		// light verb: "X held talks", "X launched an attack", "X faces trial"
		j := t0 - 1
		for j >= ss && j > t0-7 && !lightVerbs[d.lower[j]] && !closingVerbs[d.lower[j]] && (p.npWord(d, j) && d.mentionAt[j] < 0 || quantifierAt(d, j, se) > 0 || d.lower[j] == "of" ||
			premodifierMention(d, j, t0)) {
			if mi := d.mentionAt[j]; mi >= 0 {
				j = d.mentions[mi].start // "rejected a Venezuelan request", "responded to Mr. Alston's request"
			}
			j-- // "hold a third round of peace talks"
		}
		if j >= ss && j+1 < t0 && (d.lower[j] == "have" || d.lower[j] == "has" || d.lower[j] == "had") && d.mentionAt[j+1] < 0 && p.participle(d, j+1) {
			// "distributors have hailed the conviction": an auxiliary of the
			// verb after it, which the walk took for an adjective (a verb of
			// the lexicon is the event's own: "has imposed sanctions")
			if _, ok := p.lex.Match(d.lower, j+1); !ok {
				j = ss - 1
			}
		}
		p.survivedAttack(d, ev, j, ss, add) // "Dostum escaped an assassination attempt" (event_args_survive.go)
		if j-1 >= ss && d.lower[j] == "to" && (d.lower[j-1] == "responded" || d.lower[j-1] == "replied" || d.lower[j-1] == "reacted") &&
			(ev.typ == "APPEAL" || ev.typ == "DEMAND") {
			// "Thailand has not responded to Mr. Alston's request": the one asked
			subj, _, _ := p.subject(d, j-1, ss)
			add(subj, patient)
			ev.counterpart = true
		}
		if j-1 >= ss && (d.lower[j] == "in" || d.lower[j] == "under") && lightPreps[d.lower[j-1]] {
			// "was involved in negotiations", "was placed under house arrest"
			subj, _, unreal := p.subject(d, j-1, ss)
			r := agent
			if d.lower[j] == "under" {
				r = patient
			}
			add(subj, r)
			ev.counterpart = true
			ev.unreal = ev.unreal || unreal
		} else if j >= ss && (lightVerbs[d.lower[j]] || closingVerbs[d.lower[j]] && (ev.typ == "MEET" || ev.typ == "NEGOTIATE")) {
			v := j
			if (d.lower[j] == "on" || d.lower[j] == "out") && j-1 >= ss && lightVerbs[d.lower[j-1]] {
				v = j - 1
			} else if d.lower[j] == "on" && j-1 >= ss && isBe(d.lower[j-1]) && walkoutStrike(d, t0, ss) {
				v = j - 1 // "has been on a hunger strike", "dockers are on strike" (event_trig_walkout.go)
			} else if d.lower[j] == "on" && walkoutStrike(d, t0, ss) {
				if e := p.strikersBefore(d, j, ss); e >= 0 {
					add([]int{e}, agent) // "40 Afghan asylum seekers on a hunger strike" (event_trig_walkout.go)
				}
			}
			if v != j || d.lower[j] != "on" && d.lower[j] != "out" {
				ev.counterpart = true // "held talks": the other side may go unnamed
				subj, passive, unreal := p.subject(d, v, ss)
				if strings.HasPrefix(d.lower[v], "call") {
					// "Blair called the apparent killing of the humanitarian an
					// abhorrent act": calling an event something names it, its
					// author is not the one naming
					for n := t1; n < se && n < t1+10; n++ {
						if (d.lower[n] == "a" || d.lower[n] == "an") && d.mentionAt[n-1] < 0 && p.cls(d, n-1)&(wNoun|wAdj) != 0 && p.cls(d, n-1)&(wDet|wPrep|wVerb) == 0 {
							subj = nil
							break
						}
						if d.lower[n] == "," || p.verbLike(d, n) {
							break
						}
					}
				}
				// "expect Chemical Ali to go on trial": an infinitive after a
				// named object tells what someone expects, asks or allows of it
				// ("plan to hold talks", "is at the prison to head negotiations" stay)
				g := p.purposeInfinitive(d, v, ss)
				unreal = unreal || p.wished(d, v, ss) || g >= 0 && d.mentionAt[g] >= 0 || expectedTo(d, v, ss) ||
					v-2 >= ss && d.lower[v-1] == "to" && agreeForms[d.lower[v-2]] // "agreed to hold a new round of peace talks": what was agreed is still to come
				if receiverVerbs[d.lower[v]] && (ev.typ == "APPEAL" || ev.typ == "DEMAND") {
					passive = true // "Tokyo has refused requests from Lima": Tokyo was asked
					for k := v + 1; k < t0; k++ {
						if d.mentionAt[k] < 0 && p.cls(d, k)&wNoun != 0 && p.cls(d, k)&wAdj == 0 {
							// "rejected a bill calling for a referendum": what was
							// rejected is the bill, not a request made to the subject
							subj = nil
						}
					}
				}
				if len(subj) == 0 && v-1 >= ss && d.lower[v-1] == "to" {
					subj = p.mainSubject(d, ss, v) // "X is at the prison to head negotiations"
				}
				r := agent
				if passive || ev.typ == "TRIAL" || ev.typ == "SENTENCE" {
					r = patient // "faces trial", "went on trial"
				}
				add(subj, r)
				ev.lightSubject = len(subj) > 0
				if ev.typ == "MEET" && len(subj) > 0 && gatheringNouns[d.lower[t1-1]] && !lightVerbs[d.lower[v]] {
					// "Afghanistan and its neighbors have ended a two-day
					// conference": one named host of a gathering of many
					ev.attended = true
				}
				if ev.typ == "MEET" && len(subj) > 0 && strings.HasPrefix(d.lower[v], "attend") && v+1 < t0 && (d.lower[v+1] == "a" || d.lower[v+1] == "an") {
					// "Boucher is attending an international conference in Berlin"
					// (not "is to attend the summit": the meeting already told)
					ev.attended = true
				}
				ev.unreal = ev.unreal || unreal
			}
		}
	} else {
		subj, passive, unreal := p.subject(d, t0, ss)
		if participleClause(d, t0, ss) && !symmetricType(ev.typ) {
			// "Kirchner wrote to his Cuban counterpart, Fidel Castro, asking
			// him to": the name before the comma ends the main clause; the
			// participle's subject is the main clause's (read below)
			subj, passive = nil, false
		}
		if !passive && len(subj) > 0 && p.reducedRelative(d, t0, t1, ss, se) {
			passive = true // "released a Lebanese man arrested in connection with ...": the man was arrested
		}
		if !passive {
			if q := p.reducedAfterPrep(d, t0, ss, se); len(q) > 0 {
				subj, passive = q, true // "the release of an American missionary kidnapped Thursday" (event_args_postmod.go)
			}
		}
		if !passive && strings.HasSuffix(d.lower[t0], "ed") && p.participle(d, t0) {
			// "Adil Abdul Mahdi, a leading Shi'ite politician named as one of
			// the new vice presidents": a participle after the person's
			// description tells what was done to the person
			for k := t0 - 1; k-2 >= ss && k >= t0-8; k-- {
				if d.lower[k] == "," {
					if personBefore(d, k) && (d.lower[k+1] == "a" || d.lower[k+1] == "an" || d.lower[k+1] == "the") {
						passive = true
						subj = []int{d.mentions[d.mentionAt[k-1]].ent}
					}
					break
				}
				if d.mentionAt[k] < 0 && p.cls(d, k)&(wVerb|wPast|wPrep|wPunct|wConj) != 0 && p.cls(d, k)&(wNoun|wAdj) == 0 {
					break
				}
			}
		}
		if !passive && len(subj) > 0 && t1 < se && d.lower[t1] == "by" && strings.HasSuffix(d.lower[t0], "ed") && p.participle(d, t0) &&
			t0-1 >= ss && (d.mentionAt[t0-1] >= 0 || p.cls(d, t0-1)&wNoun != 0) {
			passive = true // "Five Japanese kidnapped by North Korea returned": a participle with its agent
		}
		gov := p.purposeInfinitive(d, t0, ss)
		ev.unreal = ev.unreal || unreal || p.wished(d, t0, ss) || gov >= 0 ||
			t0-2 >= ss && d.lower[t0-1] == "to" && agreeForms[d.lower[t0-2]] && (!strings.HasSuffix(d.lower[t0], "s") || strings.HasSuffix(d.lower[t0], "ss")) &&
				ev.typ != "ACQUISITION" && ev.typ != "MERGER"
		// ("ECOWAS has agreed to slap an arms embargo": still to come; not "agreed to talks with Japan in October", a noun;
		// a deal is news when it is agreed: "Disney agreed to buy Pixar")
		ev.purposeOf = gov
		if len(subj) == 0 && t0-1 > ss && d.lower[t0-1] == "of" && strings.HasSuffix(d.lower[t0], "ing") {
			// "accused Sudanese helicopters of bombing rebel sites"
			if ph := p.npLeft(d, t0-1, ss); ph.start > ss && accuseVerbs[d.lower[ph.start-1]] {
				subj = ph.ents
			}
		}
		if lightVerbs[d.lower[t0]] {
			ev.counterpart = true // "is to hold talks"
		}
		if ev.typ == "THREATEN" && p.selfThreat(d, t1, se) {
			ev.counterpart = true // "Russia is warning it will take retaliatory steps if any country ...": aimed at whoever does
		}
		obj := np{start: t1, end: t1}
		k := t1
		for k < se && k < t1+2 && (d.lower[k] == "up" || d.lower[k] == "down" || d.lower[k] == "off" || d.lower[k] == "out") {
			k++
		}
		if !passive && k < se {
			switch {
			case d.lower[k] == "to" && k+2 < se && p.verbAfterTo(d, k+1) && (ev.typ == "APPEAL" || ev.typ == "DEMAND" || ev.typ == "THREATEN"):
				// "threatened to refer Iran": the one the threat is aimed at
				obj = p.npRight(d, k+2, se)
				if ev.typ == "THREATEN" && obj.end > obj.start {
					ev.counterpart = true // "threatened to abandon the group": a threat to act on someone
					if e := obj.end; len(obj.ents) == 0 && e+1 < se && (d.lower[e] == "to" || d.lower[e] == "on" || d.lower[e] == "against") && !p.verbAfterTo(d, e+1) {
						// "threatening to cut natural gas supplies to Ukraine": who it is aimed at
						obj.ents = append(obj.ents, p.npRight(d, e+1, se).ents...)
					}
				}
			case d.lower[k] == "her" && k+1 < se && (d.mentionAt[k+1] >= 0 || p.cls(d, k+1)&(wNoun|wAdj) != 0 && p.cls(d, k+1)&wVerb == 0):
				obj = p.npRight(d, k, se) // "meeting with her lawyer Kyi Win": a determiner
			case d.lower[k] == "him" || d.lower[k] == "her":
				obj = np{start: k, end: k + 1, ents: p.objectPronoun(d, k, t0, ss, subj)} // (event_args_objpron.go)
			case d.lower[k] != "to" && (quantifierAt(d, k, se) > 0 || p.npWord(d, k)):
				obj = p.npRight(d, k, se)
			}
		}
		if obj.end > obj.start {
			if k := obj.end; k+1 < se && d.lower[k] == "," && d.lower[k+1] == "including" {
				// "met with a number of U.S. officials, including National
				// Security Advisor Condoleezza Rice": the one named among them
				obj.ents = append(obj.ents, p.npRight(d, k+2, se).ents...)
			}
			if len(obj.ents) == 0 && ev.typ != "MILITARY_POSTURE" && ev.typ != "VISIT" {
				// (troops deployed or visited are the actor's own, not a side)
				if e := p.describedCountry(d, ev, obj.start, se); e >= 0 {
					obj.ents = []int{e} // "invaded the tiny Gulf nation"
				} else if pair := pairBefore(d, obj.start, obj.end); pair != nil {
					obj.ents = pair // "a court sentenced the two men"
				} else {
					obj.ents = p.earlierBody(d, obj)
				}
			}
		}
		if !passive && k+1 < se && (ev.typ == "APPEAL" || ev.typ == "DEMAND") && (d.lower[k] == "to" && !p.verbAfterTo(d, k+1) || d.lower[k] == "for") {
			ev.counterpart = true // "appealed to the ruling military", "calling for global action": aimed at someone
		}
		if ev.typ == "VISIT" && p.visitingAttributive(d, t0, ss, se, obj) {
			// "a joint news conference with visiting Syrian President Bashar
			// al-Assad": the participle describes the visitor; the place he
			// is visiting is the one the sentence puts the scene in
			// (event_args_visiting.go)
			subj, passive = obj.ents, false
			obj.ents = nil
			if e := sceneIn(d, ss, se, obj); e >= 0 {
				obj.ents = []int{e}
			} else {
				ev.placeVisited = true // "Mr. Chirac told visiting Croatian Prime Minister Ivo Sanader": the host's country, unnamed
			}
		}
		if ev.typ == "VISIT" && obj.end > obj.start {
			obj.ents = placeBeforeComma(d, obj) // "After visiting Brazil and Chile, Mr. Li is" (event_args_visiting.go)
			if e := visitedPlace(d, obj, se); e >= 0 {
				obj.ents = append(obj.ents, e) // "visited U.S. troops in Mosul": Mosul is visited
			}
			if len(obj.ents) == 0 && strings.HasPrefix(d.lower[t0], "visit") && d.lower[obj.start] == "the" {
				ev.placeVisited = true // "Putin visited the hospital": a place visited, if unnamed
			}
		}
		if topicVerb(d.lower[t0]) && obj.start == k {
			// "the two men are expected to discuss Israel's plan": the object is
			// what is talked about, not who talks
			obj.ents = nil
		}
		if ev.typ == "MEET" && obj.end > obj.start && len(obj.ents) == 0 && p.peopleAfter(d, obj.start, se) {
			ev.collective = true // "met with a federal grand jury": the other side, if unnamed, is people
		}
		if obj.end > obj.start && obj.start == k {
			switch ev.typ {
			case "APPEAL", "DEMAND", "THREATEN":
				ev.counterpart = true // "urged security forces to cooperate"
			}
			for j := obj.start; j < obj.end; j++ {
				if groupNouns[d.lower[j]] || d.mentionAt[j] >= 0 {
					ev.foughtPeople = true // "fighting Shi'ite militants", not "fought extradition"
				}
			}
		}
		if !passive && !ev.nominal && (ev.typ == "APPEAL" || ev.typ == "DEMAND") && len(obj.ents) == 0 && !(t0 > ss && d.lower[t0-1] == "to") && p.addressedAct(d, ev, ss) && p.unnamedAddressee(d, k, se) {
			ev.counterpart = true // "urged them to follow", "calling on all political forces to" (event_args_addressee.go)
		}
		switch {
		case passive:
			add(subj, patient)
		case ev.typ == "DEATH" || ev.typ == "INJURY":
			add(subj, patient)
		default:
			add(subj, agent)
		}
		add(obj.ents, patient)
		p.callForAddressee(d, ev, obj, se, add) // "repeated calls for Congress to pass" (event_args_callfor.go)
		if obj.end > after {
			after = obj.end
		}
	}
	if ev.nominal && t1 < se && t1-1 > t0 && (d.lower[t1-1] == "with" || d.lower[t1-1] == "between") {
		// the trigger took its preposition ("a White House meeting with Adil
		// Abdul Mahdi"): the phrase after it names the other side
		ph := p.npRight(d, t1, se)
		if ph.end > ph.start {
			ev.counterpart = true
		}
		add(ph.ents, participant)
		if ph.end > after {
			after = ph.end
		}
	}
	p.readPPs(d, ev, after, se, add)
	p.protestPurpose(d, ev, se, add)
	p.topicOwner(d, ev, se, add) // "talks on North Korea's nuclear program"
	if ev.typ == "ATTACK" && !ev.nominal && participleClause(d, t0, ss) && !hasRole(ev, patient) {
		// "a roadside bomb tore through an Afghan army bus Thursday, killing
		// the driver": the country whose vehicle or post the blast hit
		verb, passiveMain := -1, false // the main clause's verb: a vehicle before it is the attacker's, unless the clause is passive
		for v := ss; v < t0; v++ {
			if d.mentionAt[v] < 0 && (p.finiteLike(d, v) || isBe(d.lower[v])) && !sayForms[d.lower[v]] {
				verb = v
				passiveMain = isBe(d.lower[v]) && v+1 < t0 && p.participle(d, v+1)
				break
			}
		}
		for j := t0 - 2; j > ss && j > t0-20; j-- {
			if !facilityNouns[d.lower[j]] && !vehicleNouns[d.lower[j]] {
				continue
			}
			if verb >= 0 && j < verb && !passiveMain {
				break // "an Israeli helicopter gunship fired a missile ..., killing three": the attacker's
			}
			for b := j - 1; b >= ss && b >= j-3; b-- {
				if mi := d.mentionAt[b]; mi >= 0 {
					m := d.mentions[mi]
					if m.ent >= 0 && (m.label == "NORP" || d.ents[m.ent].typ == extract.Location && d.ents[m.ent].subtype == extract.Country) {
						add([]int{m.ent}, patient)
					}
					break
				}
			}
			break
		}
	}
	if !ev.nominal && !symmetricType(ev.typ) && participleClause(d, t0, ss) && !hasRole(ev, agent) {
		// "Israeli troops raided the town, arresting eight members of Islamic
		// Jihad": a participle clause after the main one shares its subject
		if subj := p.mainSubject(d, ss, t0); len(subj) > 0 {
			add(subj, agent)
		}
	}
	if !ev.nominal && (symmetricType(ev.typ) || strings.HasSuffix(d.lower[t0], "ing")) && afterSubordinator(d, t0, ss) && !hasRole(ev, agent) {
		// "Ismail announced the decision after meeting with officials from the UN":
		// the main clause's subject is at the meeting
		if subj := p.mainSubject(d, ss, t0); len(subj) > 0 {
			add(subj, agent)
			return
		}
	}
	if !ev.nominal && t0-1 > ss && d.lower[t0-1] == "being" && afterSubordinator(d, t0-1, ss) && len(ev.parts) == 0 {
		// "DeLay stepped down after being indicted": the main clause's
		// subject is the one the passive act was done to
		if subj := p.mainSubject(d, ss, t0-1); len(subj) > 0 {
			add(subj, patient)
			return
		}
	}
	if ev.nominal && len(ev.parts) == 0 {
		p.passiveAuthor(d, ev, se, add) // "the strike was called by Syed Ali Geelani" (event_args_byauthor.go)
	}
	won := p.electionWinner(d, ev, ss, add)       // "X's victory in the election" (event_args_winner.go)
	won = won || p.broughtToPower(d, ev, se, add) // "elections that brought X to power" (event_args_topower.go)
	if ev.typ == "ELECTION" && ev.nominal && len(ev.parts) == 0 && t1+1 < se && d.lower[t1] == "in" {
		// "last month's presidential runoff election in Guinea-Bissau": the country votes
		if mi := d.mentionAt[t1+1]; mi >= 0 {
			if m := d.mentions[mi]; m.ent >= 0 && d.ents[m.ent].typ == extract.Location && d.ents[m.ent].subtype == extract.Country {
				add([]int{m.ent}, participant)
			}
		}
	}
	if ev.typ == "ELECTION" && ev.nominal && len(ev.parts) == 0 {
		p.electionVoters(d, ev, ss, se, add)
	}
	p.electionRivals(d, ev, ss, se, add)
	p.electionPeople(d, ev, ss, se, add)
	if ev.typ == "ELECTION" && ev.nominal && hasRole(ev, participant) && contestBefore(d, t0, ss) && !won {
		// "Hamas dominated recent Palestinian elections": the winner took part too
		// (not "called on Hamas, which won elections": the relative's antecedent won)
		if subj := p.mainSubject(d, ss, t0); len(subj) > 0 {
			add(subj, participant)
		}
	}
	if !hasRole(ev, agent) && (!hasRole(ev, participant) || symmetricType(ev.typ) && (len(ev.parts) == 1 || p.withSidesOnly(d, ev, ss, se))) {
		// Subject of the sentence, for gerunds and nouns inside adverbials of a
		// meeting or trip ("after meeting with ...", "during a meeting on Sunday",
		// "arrives for talks"); other events in adverbials have their own actors.
		if !hasRole(ev, participant) && p.readFight(d, ev, ss, add) {
			return // "Hamas seized control of Gaza after factional fighting with Fatah": the clause's subject is one side of its own fight
		}
		if !symmetricType(ev.typ) && ev.typ != "VISIT" && !(ev.typ == "ELECTION" && contestBefore(d, t0, ss)) {
			return // ("The NLD won a landslide victory in 1990 elections": who ran)
		}
		if !ev.nominal && !afterSubordinator(d, t0, ss) {
			return
		}
		of := ev.nominal && !nounInAdverbial(d, t0, ss) && adverbialOf(d, t0, ss) // "on the sidelines of a conference"
		if ev.nominal && !nounInAdverbial(d, t0, ss) && !of {
			return
		}
		if subj := p.mainSubject(d, ss, t0); len(subj) > 0 {
			add(subj, agent)
			ev.conf -= 0.15
			ev.fallback = true
			ev.attended = ev.attended || of && ev.typ == "MEET" && gatheringNouns[d.lower[t1-1]] // one of a gathering's many
		}
	}
}

// partAllowed keeps towns and regions out of roles they cannot play: a city
// is visited, occupied or attacked, but does not die, meet or protest.
func partAllowed(d *doc, typ, role string, e int) bool {
	en := d.ents[e]
	if en.typ != extract.Location || en.subtype != extract.City && en.subtype != extract.Region {
		return true
	}
	switch typ {
	case "APPEAL", "DEMAND", "THREATEN", "SANCTION", "AGREEMENT", "NEGOTIATE":
		return true // a capital stands for its government: "requests from Lima", "Ankara signed an agreement with Baghdad"
	}
	for _, mi := range en.mentions {
		if d.mentions[mi].label == "NORP" {
			return true // named by its people somewhere ("Germans"): a country, whatever the subtype says
		}
	}
	if role != patient {
		return false
	}
	switch typ {
	case "VISIT", "OCCUPY", "SANCTION", "DEMAND", "APPEAL", "THREATEN":
		return true // a capital stands for its government: "demanded proof of Bangkok's allegations"
	}
	return false
}

// entityForWord finds the document's entity a name or demonym stands for ("Japanese" -> Japan).
func (p *Pipeline) entityForWord(d *doc, w string) int {
	lw := strings.ToLower(w)
	for i, m := range d.mentions {
		_ = i
		if m.ent >= 0 && strings.ToLower(d.text(m.start, m.end)) == lw {
			return m.ent
		}
	}
	if e, ok := p.gaz.Demonym(w); ok {
		for i, en := range d.ents {
			if !en.dropped && en.name == e.Name {
				return i
			}
		}
	}
	return -1
}

// accusedWords try or charge someone for an act: the one tried did it.
var accusedWords = map[string]bool{
	"trial": true, "tried": true, "charged": true, "convicted": true, "accused": true, "indicted": true,
	"guilty": true, "sentenced": true, "suspected": true,
}

// accusedOf reads who is tried or charged for the hostile act the noun at t
// names: "the ousted dictator and seven co-defendants are on trial for the
// 1982 killing of 140 Shi'ites", "Hamas leaders were convicted of the
// bombings", "the court convicted Mengistu of the massacre".
func (p *Pipeline) accusedOf(d *doc, t, ss int) []int {
	k := t - 1
	for k > ss && k >= t-5 && d.lower[k] != "for" && d.lower[k] != "of" && d.lower[k] != "with" {
		if d.mentionAt[k] < 0 && p.cls(d, k)&(wDet|wAdj|wNum|wNoun) == 0 && !yearWord(d.lower[k]) {
			return nil // only a determiner and premodifiers stand between: "for the 1982 killing"
		}
		if p.cls(d, k) == wNum && !yearWord(d.lower[k]) {
			return nil // "convicted of four murders": acts counted, not one event told
		}
		k--
	}
	if k <= ss || k < t-5 || d.lower[k] == "with" && d.lower[k-1] != "charged" {
		return nil
	}
	w := k - 1
	if mi := d.mentionAt[w]; mi >= 0 {
		// "convicted former President Mengistu of the massacre": the one named before "of"
		st := d.mentions[mi].start
		for st-1 > ss && d.mentionAt[st-1] < 0 && p.cls(d, st-1)&(wAdj|wNoun) != 0 && p.cls(d, st-1)&wVerb == 0 {
			st--
		}
		if st-1 >= ss && (d.lower[st-1] == "convicted" || d.lower[st-1] == "accused" || d.lower[st-1] == "charged" || d.lower[st-1] == "indicted") {
			return []int{d.mentions[mi].ent}
		}
		return nil
	}
	if !accusedWords[d.lower[w]] {
		return nil
	}
	if d.lower[w] == "trial" {
		if w-1 < ss || d.lower[w-1] != "on" {
			return nil // "the trial for the killing" names no one on trial
		}
		return p.mainSubject(d, ss, w-1)
	}
	subj, passive, unreal := p.subject(d, w, ss)
	if unreal || !passive && d.lower[w] != "guilty" && d.lower[w] != "suspected" {
		return nil // ("police accused him of": read by the active verb's object rules)
	}
	return subj
}

// responsibilityFor: the noun trigger at t is what someone claimed or took
// responsibility for ("claimed responsibility for the attack", "has taken
// responsibility for five attacks"); it returns that verb, or -1.
func (p *Pipeline) responsibilityFor(d *doc, t, ss int) int {
	for k := t - 1; k >= ss+1 && k >= t-5; k-- {
		if d.lower[k] == "for" && d.lower[k-1] == "responsibility" {
			if v := k - 2; v >= ss && d.mentionAt[v] < 0 {
				switch d.lower[v] {
				case "claimed", "claims", "claim", "claiming", "took", "taken", "take", "takes", "accepted", "admitted":
					return v
				}
			}
			return -1
		}
		if d.mentionAt[k] >= 0 || p.cls(d, k)&(wVerb|wPrep) != 0 && p.cls(d, k)&(wNoun|wAdj|wNum|wDet) == 0 {
			return -1 // (a determiner read as a preposition too stays: "for that attack")
		}
	}
	return -1
}

// withNoun: the noun trigger at t is the object of "with" after its clause's
// verb and object: "interrupted a truce Thursday with an attack on".
func withNoun(d *doc, t, ss int) bool {
	for k := t - 1; k >= ss && k >= t-3; k-- {
		switch d.lower[k] {
		case "with":
			// (not "in connection with", "in line with": a compound preposition)
			return k-1 >= ss && d.lower[k-1] != "," && d.mentionAt[k-1] < 0 && !(k-2 >= ss && (d.lower[k-2] == "in" || d.lower[k-2] == "of"))
		case "a", "an", "the", "new", "fresh", "deadly", "surprise":
		default:
			return false
		}
	}
	return false
}

// nounInAdverbial: a noun trigger inside "after/during/for/at ... the meeting".
func nounInAdverbial(d *doc, t, ss int) bool {
	for k := t - 1; k >= ss && k >= t-4; k-- {
		switch d.lower[k] {
		case "after", "before", "during", "following", "since", "for", "at", "in", "on", "ahead", "through", "under":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// readPPs reads prepositional phrases after the trigger (and its object).
func (p *Pipeline) readPPs(d *doc, ev *event, k, se int, add func([]int, string)) {
	start := k
	seen := map[string]bool{}
	limit := min(se, k+10)
	for ; k < limit; k++ {
		w := d.lower[k]
		switch w {
		case ",", ";", ":", "who", "which", "that", "because", "after", "before", "when", "while", "but", "as", "said", "says":
			return
		}
		if k > ev.trigEnd && p.verbLike(d, k) && !isBe(w) {
			if j := occurredBetween(d, ev, k, se); j > k {
				k, ev.foughtPeople = j-1, true // "clashes broke out between X and Y": the fight's sides (event_args_brokeout.go)
				continue
			}
			return // another clause
		}
		if w == "to" && k+1 < se && (p.cls(d, k+1) == wVerb || k > ev.trigEnd && p.verbAfterTo(d, k+1) && p.cls(d, k+1)&wVerb != 0) {
			return // an infinitive clause: "returned from exile to run against X", "calls on Europeans to stand against Washington"
		}
		if k > ev.trigEnd && d.mentionAt[k] < 0 {
			if _, ok := p.lex.Match(d.lower, k); ok && d.wordClass(p.wc, k)&(wNoun|wVerb|wPast|wPart|wGerund) != 0 {
				return // the phrases after another trigger are its own ("convicted in an attempt against X")
			}
		}
		if seen[w] {
			continue
		}
		var ph np
		read := func() np {
			j := k + 1
			for j < se && (d.lower[j] == "his" || d.lower[j] == "her") {
				j++
			}
			ph = p.npRight(d, j, se)
			for n := 2; len(ph.ents) == 0 && n <= 3 && j+n <= se; n++ {
				if pair := pairBefore(d, j, j+n); pair != nil { // "imposed sanctions on both countries"
					ph = np{start: j, end: j + n, ents: pair}
				}
			}
			if ph.start == ph.end && (d.lower[k+1] == "him" || d.lower[k+1] == "his" || d.lower[k+1] == "her") {
				ph.ents = p.pronoun(d, k+1, d.sents[ev.sentence].Start)
				ph.end = k + 2
			}
			return ph
		}
		switch w {
		case "between", "among", "with":
			fight := w == "with" && ev.typ == "ATTACK" && fightWord(d.lower[ev.trigStart]) && k == ev.trigEnd
			if w == "with" && !symmetricType(ev.typ) && !fight {
				continue // "an attack with rockets": an instrument
			}
			seen[w] = true
			r := participant // "a clash between militants and Ethiopian forces": both sides
			if fight {
				r = patient // "clashed with Bedouin tribesmen": the other side
			}
			ph := read()
			if ph.end > ph.start {
				ev.counterpart = true // "negotiations with the inmates": a side, if unnamed
			}
			if fight {
				ph.ents = p.fightSide(d, ph) // (not "a battle with cancer", "the clash with the Golden Globes")
			}
			add(ph.ents, r)
			add(p.bareSides(d, ph), r) // "the agreement between Colombo and the rebels"
		case "against":
			if !hostile(ev.typ) {
				continue // "returned to run against X": another verb's phrase
			}
			if k > start && k-1 >= ev.trigEnd && d.mentionAt[k-1] < 0 && p.cls(d, k-1)&wNoun != 0 && p.cls(d, k-1)&wVerb == 0 {
				continue // "arrested in connection with a plot against Allawi": the plot's target
			}
			seen[w] = true
			add(read().ents, patient)
		case "on", "upon":
			if hostile(ev.typ) && k-1 >= ev.trigEnd && (d.lower[k-1] == "blamed" || d.lower[k-1] == "blames") && !hasRole(ev, agent) {
				// "an ambush blamed on the main Darfur rebel group": the one
				// blamed did it, when the text names no other
				seen[w] = true
				add(read().ents, agent)
				continue
			}
			if k != ev.trigEnd && k != ev.trigEnd+1 {
				continue
			}
			switch ev.typ {
			case "ATTACK", "SANCTION", "APPEAL", "DEMAND", "THREATEN", "PROTEST":
				seen[w] = true
				ph := read()
				if ph.end > ph.start {
					ev.counterpart = true // "called on all Muslims": aimed at someone, if unnamed
				}
				if len(ph.ents) == 0 {
					if e := countrysBody(d, k+1, se); e >= 0 {
						ph.ents = []int{e} // "calling on that country's government"
					} else if e := p.describedCountry(d, ev, k+1, se); e >= 0 {
						ph.ents = []int{e} // "imposed sanctions on the South American country"
					} else if ph.end > ph.start {
						ph.ents = p.earlierBody(d, ph) // "imposed sanctions on the group"
					}
				}
				add(ph.ents, patient)
			}
		case "of":
			if !ev.nominal || k != ev.trigEnd && !timeBeforeOf(d, ev.trigEnd, k) {
				continue // ("the kidnapping this week of": event_args_timeof.go)
			}
			seen[w] = true
			ph := read()
			ents := ph.ents
			if e := p.namedNext(d, ph, ph.end); e >= 0 && !slices.Contains(ents, e) {
				// "condemned the killing of a U.N. security officer ...
				// Mohamuud Musse Gurage, a Somali national, was shot": the
				// story's opening description names the one the next sentence does
				ents = namedOverNationality(d, ph, ph.end, e)
			}
			add(ents, nominalOfRole(d, ev)) // "at the request of X": the asker (event_args_requestof.go)
		case "by":
			if k-1 >= ev.trigEnd && d.mentionAt[k-1] < 0 && p.participle(d, k-1) && !(ev.nominal && k-1 <= ev.trigEnd+1) {
				// "wiped out the budget surplus inherited by President Bush":
				// the agent of the participle before it, not of the trigger
				// (but "a lawsuit filed by Mr Spitzer", "an attack carried out
				// by": the participle tells of the event noun itself)
				return
			}
			seen[w] = true
			ph := read()
			add(ph.ents, agent)
			add(p.ledByAfter(d, ph, se), agent) // "ousted by a guerrilla campaign led by Meles Zenawi" (event_args_ledby.go)
		case "from":
			if e := returnedFromPlace(d, ev, k, se); e >= 0 {
				seen[w] = true
				add([]int{e}, patient) // "just returned from a trip to Iraq" (event_args_visitfrom.go)
				break
			}
			if ev.nominal && ev.typ == "PHONE_CALL" && k == ev.trigEnd {
				// "a phone call from President Bush to Abdul-Aziz al-Hakim"
				seen[w] = true
				add(read().ents, participant)
				break
			}
			if !ev.nominal || k != ev.trigEnd || ev.typ != "APPEAL" && ev.typ != "DEMAND" {
				continue
			}
			seen[w] = true
			add(read().ents, agent) // "requests from Lima"
		case "to":
			if (ev.typ == "PHONE_CALL" || ev.typ == "MEET") && !ev.nominal && k == ev.trigEnd || ev.typ == "PHONE_CALL" && ev.nominal && (seen["from"] || phoneCallTo(d, ev, k)) {
				// "Obama talked to Putin by phone": the other side
				seen[w] = true
				add(read().ents, participant)
				break
			}
			if ev.typ != "VISIT" && ev.typ != "APPEAL" && ev.typ != "MILITARY_POSTURE" || k != ev.trigEnd && !ev.nominal && ev.typ != "MILITARY_POSTURE" {
				continue
			}
			seen[w] = true
			ph := read()
			if ev.typ == "VISIT" {
				ph.ents = placeBeforeComma(d, ph) // "On a visit to Ireland, Treasury Secretary John Snow said" (event_args_visiting.go)
			}
			if e := visitedPlace(d, ph, se); ev.typ == "VISIT" && e >= 0 {
				ph.ents = append(ph.ents, e) // "a surprise visit to American troops in Iraq"
			}
			if len(ph.ents) == 0 && ev.typ == "VISIT" && ph.end > ph.start {
				// "a visit to Havana": the place visited, even a city the
				// gazetteer files under its country (headEntity leaves those out)
				if mi := d.mentionAt[ph.start]; mi >= 0 && d.mentions[mi].label == "LOC" && d.mentions[mi].ent >= 0 {
					ph.ents = []int{d.mentions[mi].ent}
				}
			}
			add(ph.ents, patient)
		case "in":
			if ev.typ != "VISIT" || !strings.HasPrefix(d.lower[ev.trigStart], "arriv") && !stopNoun(d, ev, k) || k > ev.trigEnd+2 {
				continue
			}
			seen[w] = true
			add(read().ents, patient) // "arrived in Beijing", "his next stop in Brazil"
		case "at":
			if stopNoun(d, ev, k) {
				seen[w] = true
				add(read().ents, patient) // "a scheduled stop at Paya Lebar Air Base" (event_trig_stop.go)
				continue
			}
			if ev.typ == "ATTACK" && ev.nominal && k == ev.trigEnd && !hasRole(ev, patient) {
				// "Tuesday's massive explosion at an American military base": a
				// blast at a country's post strikes that country (not "a bombing at
				// a market in Baghdad": a place)
				ph := read()
				if ph.end > ph.start && facilityNouns[d.lower[ph.end-1]] {
					for _, e := range ph.ents {
						if d.ents[e].typ == extract.Location && d.ents[e].subtype == extract.Country || d.ents[e].typ == extract.Organization {
							seen[w] = true
							add([]int{e}, patient)
						}
					}
				}
				continue
			}
			if ev.typ != "ATTACK" || ev.nominal || !firingVerb(d.lower[ev.trigStart]) {
				continue
			}
			seen[w] = true
			add(read().ents, patient) // "fired rockets at a NATO base": the target
		case "into":
			if ev.typ == "OCCUPY" || ev.typ == "ATTACK" {
				if k > ev.trigEnd && p.npRight(d, ev.trigEnd, se).end != k {
					continue // "battling for control of drug-trafficking routes into the United States": the routes go there
				}
				seen[w] = true
				add(read().ents, patient)
			}
		default:
			continue
		}
		if ph.end > k+1 {
			k = ph.end - 1
		}
	}
}

// firingVerb: a verb of shooting whose "at" phrase is its target.
func firingVerb(w string) bool {
	for _, st := range []string{"fire", "fired", "firing", "shot", "shoot", "lob", "launch", "aim", "hurl", "throw", "threw"} {
		if strings.HasPrefix(w, st) {
			return true
		}
	}
	return false
}

// placeInCountry: a place name resolved to the country it lies in ("Bali"
// -> Indonesia): where the place is, not who acts. Names of the country
// itself, abbreviations ("U.S.") and demonyms are the country.
func placeInCountry(d *doc, m *mention) bool {
	if m.label != "LOC" || m.ent < 0 {
		return false
	}
	e := d.ents[m.ent]
	if e.subtype != extract.Country {
		return false
	}
	txt := d.text(m.start, m.end)
	if strings.EqualFold(txt, e.name) || strings.ContainsAny(txt, ".") || strings.ToUpper(txt) == txt {
		return false
	}
	switch strings.ToLower(txt) {
	case "america", "united states", "united kingdom", "great britain", "britain", "england", "holland", "burma", "myanmar":
		return false
	}
	return true
}

// sentNouns are people sent by a body: "inspectors from the IAEA".
var sentNouns = map[string]bool{
	"inspectors": true, "experts": true, "investigators": true, "observers": true, "monitors": true,
	"team": true, "teams": true, "mission": true, "staff": true, "workers": true, "troops": true,
}

// groupNouns are people standing for a body: "officials from the United Nations".
var groupNouns = map[string]bool{
	"officials": true, "official": true, "representatives": true, "representative": true, "delegates": true,
	"delegation": true, "delegations": true, "envoys": true, "envoy": true, "leaders": true, "members": true,
	"diplomats": true, "ministers": true, "negotiators": true, "troops": true, "forces": true, "soldiers": true,
	"police": true, "militants": true, "fighters": true, "rebels": true, "lawmakers": true, "agents": true,
}

// mainSubject is the subject of the clause that token t is part of: that of
// the nearest finite verb before it ("Kerry told reporters in Paris after
// meeting", "Lavrov discussed ways ... during a meeting"), or else the name
// chain that opens the sentence.
func (p *Pipeline) mainSubject(d *doc, ss, t int) []int {
	for k := t - 1; k > ss; k-- {
		if d.mentionAt[k] >= 0 || !p.finiteLike(d, k) || isBe(d.lower[k]) && !beInPlace(d, k, t) || d.lower[k-1] == "to" {
			continue
		}
		if sayForms[d.lower[k]] && k+1 < t {
			// "Ukraine's navy says the U.S. vessel is on a friendly visit": the
			// reported clause's subject, not the speaker
			j := k + 1
			if d.lower[j] == "that" {
				j++
			}
			if ph := p.npRight(d, j, t); ph.end > ph.start && ph.end < t && (isBe(d.lower[ph.end]) || p.finiteLike(d, ph.end) || p.cls(d, ph.end)&wModal != 0) {
				return ph.ents // (a clause: its subject comes before its verb; "declared a truce during" has none)
			}
			if p.reportedClauseBefore(d, k, t, ss) {
				return nil // the reported clause's subject, unnamed: not the speaker (event_args_saidclause.go)
			}
		}
		if subj, _, unreal := p.subject(d, k, ss); len(subj) > 0 && !unreal {
			return subj
		}
	}
	if subj := p.sentenceSubject(d, ss, t); len(subj) > 0 {
		return subj
	}
	// "In a visit to the consulate on Wednesday, Mr. Fujimori had ...": the
	// clause after the opening adverbial
	se := d.sents[d.sentOf[t]].End
	for k := t + 1; k < se && k < t+15; k++ {
		if d.lower[k] != "," {
			continue
		}
		if mi := d.mentionAt[k+1]; mi >= 0 && d.mentions[mi].end < se && d.lower[d.mentions[mi].end] == "," {
			k = d.mentions[mi].end // "after a meeting in Doha, Qatar, the IWF's committee": a place's country
		}
		for v := k + 1; v < se && v < k+12; v++ {
			if p.finiteLike(d, v) && d.mentionAt[v] < 0 {
				if subj, _, unreal := p.subject(d, v, k+1); !unreal {
					return subj
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// lightPreps take a noun trigger through a preposition: "involved in
// negotiations", "took part in talks", "placed under house arrest".
var lightPreps = map[string]bool{
	"involved": true, "participated": true, "participating": true, "part": true, "engaged": true,
	"placed": true, "put": true, "kept": true, "remains": true, "remained": true,
}

// hostile events have a target: "against X".
func hostile(typ string) bool {
	switch typ {
	case "ATTACK", "PROTEST", "SANCTION", "THREATEN", "DEMAND", "APPEAL", "OCCUPY", "MILITARY_POSTURE", "TRIAL", "ARREST":
		return true
	}
	return false
}

// accuseVerbs take the doer of a gerund as object: "accused X of bombing".
var accuseVerbs = map[string]bool{
	"accused": true, "accuses": true, "accusing": true, "accuse": true, "suspected": true, "blamed": true,
	"blames": true, "blame": true, "charged": true, "convicted": true,
}

// wishedFor: the verb at t is only hoped for or weighed ("hope to arrange to
// hold talks", "are considering a resumption of talks").
func wishedFor(d *doc, t, ss int) bool { return wishedForBut(d, t, ss, nil) }

// wishedForBut is wishedFor, not counting the wish words at which
// subjectNoun holds (nil: none).
func wishedForBut(d *doc, t, ss int, subjectNoun func(k int) bool) bool {
	// "is promising retaliation", "vowed to track down the killers": what is
	// promised has not happened (the words right before the trigger only:
	// "promising retaliation against new U.N. sanctions" does not promise the sanctions)
	k := t - 1
	for k > ss && k > t-4 && (d.lower[k] == "a" || d.lower[k] == "an" || d.lower[k] == "new" || d.lower[k] == "swift" || d.lower[k] == "harsh" || d.lower[k] == "to") {
		k--
	}
	if k >= ss {
		switch d.lower[k] {
		case "vowed", "vows", "vowing", "promised", "promises", "promising", "pledged", "pledges", "pledging":
			return true
		}
	}

	for k := t - 1; k >= ss && k >= t-6; k-- {
		switch d.lower[k] {
		case "hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "considering", "consider",
			"offered", "offer", "offers", "offering", "proposed", "propose", "proposes", "proposing",
			"try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting", // ("will try to reach a new agreement")
			"considers", "whether", "unless", "could", "might", "allow", "allows", "like", "if",
			"planning", "plotting", "plot", "plots", "likely", "possible", "potential", "prevent", "avoid",
			"preparing", "prepares": // ("were preparing to launch a rocket attack")
			if subjectNoun != nil && subjectNoun(k) {
				continue // "The offer came during a visit": the subject of a clause of its own
			}
			return true
		case "refused", "refuses", "refusing", "declined", "declines":
			if d.lower[k+1] == "to" {
				return true // "refused to hold elections" (not "refused requests from Lima": the requests were made)
			}
		case "out":
			if k-1 >= ss && (d.lower[k-1] == "ruled" || d.lower[k-1] == "rules" || d.lower[k-1] == "ruling") {
				return true // "China ruled out holding a meeting"
			}
		case "about":
			if d.lower[k+1] == "to" {
				return true // "was about to carry out an attack"
			}
		case ",", ";", ":", ".":
			return false
		}
	}
	return false
}

// expectedNoun: the noun trigger at t is premodified as only expected or
// feared ("to pre-empt an expected Taleban offensive", "a planned summit").
func expectedNoun(d *doc, t, ss int) bool {
	for k := t - 1; k >= ss && k >= t-4; k-- {
		switch d.lower[k] {
		case "expected", "anticipated", "feared", "planned", "proposed", "threatened", "possible", "would-be", "future":
			return true
		case "a", "an", "the", ",", ";", ":", "of", "to", "for", "in", "on":
			return false
		}
	}
	return false
}

// clauseStart: the phrase starting at k opens its clause: only determiners
// or a possessive pronoun stand between it and the sentence start or a comma
// ("The head of ..., Gholamreza Aghazadeh, called", not "wrote to his
// Cuban counterpart, Fidel Castro, asking").
func clauseStart(d *doc, k, ss int) bool {
	j := k - 1
	for j >= ss {
		switch d.lower[j] {
		case "the", "a", "an":
			j--
			continue
		}
		break
	}
	return j < ss || d.lower[j] == "," || d.lower[j] == ";" || isQuoteMark(d.words[j])
}

// aimNouns take a gerund that tells an aim, not an act: "policy of destroying".
var aimNouns = map[string]bool{
	"policy": true, "goal": true, "aim": true, "aims": true, "intention": true, "strategy": true, "plan": true,
	"plans": true, "threat": true, "risk": true, "danger": true, "possibility": true, "idea": true, "option": true,
}

// expectedTo: the infinitive at v ("to go on trial") is what someone
// expects or hopes of another ("they expect Chemical Ali to be among the
// first of several top lieutenants to go on trial"), told earlier in its clause.
func expectedTo(d *doc, v, ss int) bool {
	if v-1 < ss || d.lower[v-1] != "to" {
		return false
	}
	for k := v - 2; k >= ss && k >= v-22; k-- {
		switch d.lower[k] {
		case "expect", "expects", "hope", "hopes", "want", "wants", "wanted", "urged", "urge", "asked", "ask":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// participleClause: the verb at t opens a participle clause after a comma
// ("..., arresting eight members", "..., asking him to allow").
func participleClause(d *doc, t, ss int) bool {
	return strings.HasSuffix(d.lower[t], "ing") && t-1 > ss && (d.lower[t-1] == "," || dayBeforeParticiple(d, t, ss))
}

// futureAux: "will" or "'ll" stands among the auxiliaries before the verb at t.
func futureAux(d *doc, t, ss int) bool {
	for k := t - 1; k >= ss && k >= t-3; k-- {
		switch d.lower[k] {
		case "will", "'ll", "shall":
			return true
		case "also", "soon", "then", "not", "formally", "again":
			continue
		}
		return false
	}
	return false
}

// noSubject: the verb's subject is quantified by "no" ("no Somali
// prisoners have been killed", "none of the hostages were hurt").
func noSubject(d *doc, t, ss int) bool {
	for k := t - 1; k >= ss && k >= t-8; k-- {
		switch d.lower[k] {
		case "no", "none":
			return k == ss || d.lower[k-1] == "," || d.lower[k-1] == "that" || sayForms[d.lower[k-1]] || d.lower[k-1] == "and"
		case ",", ";", ":", "who", "which", "when", "after", "before", "while", "because":
			return false
		}
	}
	return false
}

// deniedReport: the trigger is told inside a report or claim someone
// denied or dismissed ("denied a newspaper report that says he will ask",
// "dismissed claims that troops attacked").
func deniedReport(d *doc, t, ss int) bool {
	claim := false
	for k := t - 1; k >= ss; k-- {
		switch d.lower[k] {
		case "report", "reports", "claim", "claims", "allegation", "allegations", "rumor", "rumors", "rumours", "suggestions", "accusations":
			claim = true
		case "denied", "denies", "deny", "denying", "dismissed", "dismisses", "rejected", "rejects", "refuted", "refutes":
			return claim
		case "but", ";":
			// "have denied the allegations, but Greek lawmakers have called
			// for an investigation": a clause of its own, outside the denial
			// (twentieth session, fold21)
			return false
		}
	}
	return false
}

// habitual: the trigger tells what someone does or did as a habit
// ("militants frequently attack", "has organized attacks in the past").
func habitual(d *doc, t, ss, se int) bool {
	for k := t - 1; k >= ss && k >= t-3; k-- {
		switch d.lower[k] {
		case "frequently", "often", "regularly", "routinely", "usually", "sometimes", "occasionally",
			"regular", "frequent", "repeated", "occasional", "sporadic", "periodic": // ("experiences regular bombing attacks")
			return true
		case ",", ";", ":":
			k = ss
		}
	}
	longRunning := t-2 >= ss && d.lower[t-1] == "been" && (d.lower[t-2] == "has" || d.lower[t-2] == "have") && strings.HasSuffix(d.lower[t], "ing")
	for k := t + 1; k+1 < se && k < t+12; k++ {
		switch d.lower[k] {
		case ",", ";", ":", "but", "while", "when", "after":
			return false
		case "in":
			if k+2 < se && d.lower[k+1] == "the" && d.lower[k+2] == "past" {
				return !pastSpan(d, k, se) // (not "in the past two days": a span the act was done in)
			}
		case "every", "each":
			switch d.lower[k+1] {
			case "day", "week", "month", "year", "night":
				return !strings.HasSuffix(d.lower[t], "ed") // "the disease that kills 2,000 children every day" (not "was killed every ...")
			}
		case "for":
			if longRunning && (d.lower[k+1] == "years" || d.lower[k+1] == "decades" || d.lower[k+1] == "generations") {
				return true // "Baluch rebels have been fighting a low-level insurgency for years": a state of affairs
			}
		case "since":
			if w := d.lower[k+1]; longRunning && len(w) == 4 && allDigits(w) && w < "2000" {
				return true // "have been fighting ... since 1983"
			}
		}
	}
	return false
}

// conditional: the trigger at t is the future consequence of a condition
// its sentence states ("if he can not continue ..., he will resign", "Israel
// will withdraw if ..."), or a plan told in the past ("was to hold talks"):
// not asserted to happen.
func conditional(d *doc, t, ss, se int) bool {
	for k := t - 1; k-1 >= ss && k >= t-3; k-- {
		if d.lower[k] == "to" && (d.lower[k-1] == "was" || d.lower[k-1] == "were") {
			return true // "Mottaki was to hold talks with his Saudi counterpart": planned, then not
		}
	}
	future := false
	for k := t - 1; k >= ss && k >= t-4; k-- {
		switch d.lower[k] {
		case "will", "would", "'ll", "'d":
			future = true
		}
	}
	if !future {
		return false
	}
	for k := ss; k < se; k++ {
		if d.lower[k] == "if" || d.lower[k] == "unless" {
			return true
		}
	}
	return false
}

// reducedRelative: the participle at t follows the object of another verb and
// takes no object of its own ("have released a Lebanese man arrested in
// connection with a plot"), so it describes that object passively.
func (p *Pipeline) reducedRelative(d *doc, t, t1, ss, se int) bool {
	if t1+1 < se && (d.lower[t1] == "hostage" || d.lower[t1] == "captive") {
		t1++ // "freed one German and four Afghans held hostage in Afghanistan"
	}
	if !strings.HasSuffix(d.lower[t], "ed") && p.cls(d, t)&wPart == 0 || p.cls(d, t)&(wPart|wAdj) == 0 || t1 >= se || p.cls(d, t1)&wPrep == 0 || d.lower[t1] == "by" {
		return false
	}
	ph := p.npLeft(d, t, ss)
	if ph.start <= ss || ph.start >= t {
		return false
	}
	v := ph.start - 1
	return d.mentionAt[v] < 0 && p.finiteLike(d, v) && !isBe(d.lower[v]) && !p.gapWord(d, v)
}

// purposeInfinitive: the verb at t is an infinitive that tells a purpose, a
// plan or an attempt, not something done: "were sent to attack volunteers",
// "are going to Tombstone to protest", "a campaign to help patrol the
// border". Infinitives after a form of "be" (scheduled: "are to sign"),
// after verbs that assert the act ("began to", "managed to") or that
// schedule it ("set to", "expected to") keep the event.
// It returns the word the infinitive depends on, or -1.
func (p *Pipeline) purposeInfinitive(d *doc, t, ss int) int {
	k := t - 1
	if k > ss && (d.lower[k] == "help" || d.lower[k] == "helping") {
		k-- // "to help patrol"
	}
	if k-2 > ss && d.lower[k] == "and" && d.lower[k-2] == "to" && p.cls(d, k-1)&wVerb != 0 {
		k -= 2 // "to identify and sanction athletes"
	}
	if k <= ss || d.lower[k] != "to" {
		return -1
	}
	g := k - 1
	for g > ss && (d.lower[g] == "formally" || d.lower[g] == "also" || d.lower[g] == "not" || d.lower[g] == "then") {
		g--
	}
	switch w := d.lower[g]; {
	case isBe(w):
		return -1
	case assertingGovernors[w]:
		return -1
	case pastAble(d, g, ss):
		return -1 // "was able to travel to Burma": he did (event_unreal_able.go)
	case pastCause(d, g, ss):
		return -1 // "the allegations led the minister to resign": he did (event_unreal_implicative.go)
	}
	for j := g; j > ss && j >= g-4; j-- {
		switch d.lower[j] {
		case "first", "last", "only":
			return -1 // "the first Russian leader to visit Cairo": it happened
		}
		if p.superlativeAt(d, j) && p.rankedNP(d, j, g, ss) {
			return -1 // "the highest-ranking Iranian official to visit Iraq" (event_unreal_superlative.go)
		}
	}
	return g
}

// assertingGovernors take an infinitive whose act happens, or is scheduled to.
var assertingGovernors = map[string]bool{
	"began": true, "begin": true, "begins": true, "begun": true, "beginning": true, "started": true, "start": true,
	"starts": true, "continued": true, "continue": true, "continues": true, "managed": true, "went": true,
	"set": true, "scheduled": true, "due": true, "expected": true, "slated": true, "used": true,
	"agreed": true, "agree": true, "agrees": true, "voted": true, "decided": true, "ordered": true,
}

// contestBefore: a verb of having won or run comes shortly before t.
func contestBefore(d *doc, t, ss int) bool {
	for k := t - 1; k >= ss && k >= t-7; k-- {
		switch d.lower[k] {
		case "won", "lost", "ran", "contested", "defeated", "dominated", "swept":
			return true // past: a contest that took place ("running in elections as independents" is a habit)
		}
	}
	return false
}

// eventNoun: the phrase [i, j) holds a noun trigger.
func (p *Pipeline) eventNoun(d *doc, i, j int) bool {
	for k := i; k < j; k++ {
		if d.mentionAt[k] >= 0 {
			continue
		}
		if m, ok := p.lex.Match(d.lower, k); ok && m.Nominal && !skipCode(m.Code) {
			return true
		}
	}
	return false
}

// finiteLike: a verb, or a past form that is not an adjective here ("also
// scrapped the deal" but not "the scrapped deal").
func (p *Pipeline) finiteLike(d *doc, i int) bool {
	if p.verbLike(d, i) {
		return true
	}
	if d.mentionAt[i] >= 0 || p.cls(d, i)&wPast == 0 {
		return false
	}
	if i > 0 && i+1 < len(d.lower) && p.cls(d, i-1)&wNoun != 0 && p.cls(d, i-1)&wDet == 0 {
		switch d.lower[i+1] {
		case "a", "an", "the":
			return true // "Palestinian gunmen interrupted a truce": a noun, then the verb and its object
		}
	}
	return i == 0 || p.cls(d, i-1)&(wDet|wAdj) == 0
}

// verbAfterTo: the word at i, after "to", is a verb: one the treebank
// knows as a verb, or one it does not know at all ("to abandon").
func (p *Pipeline) verbAfterTo(d *doc, i int) bool {
	if d.mentionAt[i] >= 0 {
		return false
	}
	if _, known := p.wc[d.lower[i]]; !known {
		return !strings.HasSuffix(d.lower[i], "s") // "to Brazil's ports" is no verb; "to abandon" is
	}
	return p.cls(d, i)&wVerb != 0
}

// premodifierMention: the name at j only modifies the noun trigger at t:
// a people's adjective or a possessor ("a Venezuelan request", "Alston's request").
func premodifierMention(d *doc, j, t int) bool {
	mi := d.mentionAt[j]
	if mi < 0 {
		return false
	}
	m := d.mentions[mi]
	if m.end < t && (d.lower[m.end] == "'s" || d.lower[m.end] == "’s") {
		return true
	}
	return m.label == "NORP" && m.end == t
}

// receiverVerbs take an appeal as object and have its addressee as subject.
var receiverVerbs = map[string]bool{
	"refused": true, "rejected": true, "accepted": true, "received": true, "denied": true, "ignored": true,
	"refuses": true, "rejects": true, "accepts": true, "receives": true, "denies": true, "ignores": true,
}

// bailParts: bail is granted or denied to the accused ("granted bail to
// opposition leader Bola Tinubu", "denied bail for Luis Posada Carriles"),
// whom the argument reader, taking "to" as a destination, leaves out.
func (p *Pipeline) bailParts(d *doc, ev *event, se int) {
	if ev.typ != "TRIAL" || d.lower[ev.trigEnd-1] != "bail" || hasRole(ev, patient) || ev.trigEnd+1 >= se ||
		d.lower[ev.trigEnd] != "to" && d.lower[ev.trigEnd] != "for" {
		return
	}
	for _, e := range p.npRight(d, ev.trigEnd+1, se).ents {
		ev.addPart(e, patient)
	}
}
