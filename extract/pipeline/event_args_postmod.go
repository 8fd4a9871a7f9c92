package pipeline

import "strings"

// Participants across a post-modifier (eighteenth session, helper subj19).
// English sets a modifier between a noun and the verb it governs or that
// describes it: a parenthetical between dashes before the verb ("Former
// President Jaafar Nimeiri - who imposed Islamic law on Sudan - has died":
// the subject is the phrase before the first dash), and a reduced passive
// relative after a preposition's object ("the release of an American
// missionary kidnapped Thursday": the missionary is acted on, not the
// kidnapper). A subject skip across a participle modifier ending right
// before the verb ("An Iraqi woman suspected of being infected with bird flu
// has died") was tried and dropped: TUNE +2 tp +1 fp, CHECK -2.

// modPreps are the prepositions that may follow a reduced passive
// participle ("kidnapped in", "jailed for", "killed by"); an active verb
// takes its object or clause there instead ("ruled that").
var modPreps = map[string]bool{
	"of": true, "by": true, "for": true, "with": true, "in": true, "on": true, "from": true, "at": true,
	"over": true, "after": true, "since": true, "during": true, "near": true, "under": true,
}

// dashedSubject reads the subject before a parenthetical set off by dashes
// that ends at the dash k right before the verb: "Former Sudanese President
// Jaafar Nimeiri - who imposed Islamic law on Sudan - has died", "Italy's
// candidate, Rocco Buttiglione - a conservative Catholic - stepped down".
func (p *Pipeline) dashedSubject(d *doc, k, ss int) []int {
	for j := k - 2; j > ss && j >= k-25; j-- {
		switch d.lower[j] {
		case ";", ":":
			return nil
		case "-", "--", "—", "–":
			if j+1 < k && (d.mentionAt[j-1] >= 0 || p.cls(d, j-1)&wNoun != 0) && d.mentionAt[j+1] < 0 && p.cls(d, j+1)&wNum != 0 && p.cls(d, j-1)&wNum != 0 {
				return nil // a range: "2002 - 3"
			}
			q := p.npLeft(d, j, ss)
			if q.start < j && len(q.ents) > 0 && !afterPreposition(d, q.start, ss) &&
				(clauseStart(d, q.start, ss) || q.start-1 > ss && (sayForms[d.lower[q.start-1]] || d.lower[q.start-1] == "that")) {
				return q.ents
			}
			return nil
		}
	}
	return nil
}

// relPreps open a phrase whose noun a reduced relative may describe ("the
// release of an American missionary kidnapped Thursday"); "after", "before"
// and "since" are left out: they as often open a clause ("a day after troops
// fought in Kandahar").
var relPreps = map[string]bool{
	"of": true, "for": true, "with": true, "to": true, "among": true, "including": true, "on": true, "against": true, "from": true,
}

// subjectOpener words open a clause whose subject follows them.
var subjectOpener = map[string]bool{"and": true, "but": true, "that": true, "who": true, "which": true, "when": true, "while": true, "as": true, "after": true, "before": true, "since": true, "because": true, "if": true}

// reducedAfterPrep: when the bare participle at t follows a preposition's object
// and takes no object of its own, so it describes that object passively:
// "secure the release of an American missionary kidnapped Thursday in a
// separate incident" (the missionary was kidnapped; the U.S. kidnapped no
// one). A finite verb after a preposition's object is no subject's verb
// at all, so the only reading is the reduced passive. It returns the
// object's named participants (the ones acted on), or nil.
func (p *Pipeline) reducedAfterPrep(d *doc, t, ss, se int) []int {
	if !strings.HasSuffix(d.lower[t], "ed") || p.cls(d, t)&(wPart|wPast) == 0 || t-1 <= ss {
		return nil
	}
	ph := p.npLeft(d, t, ss)
	r := ph.start - 1 // the preposition: before the phrase, or inside it ("the release of an American missionary")
	for i := t - 1; i >= ph.start; i-- {
		if d.mentionAt[i] < 0 && relPreps[d.lower[i]] {
			r = i
			break
		}
	}
	if r <= ss || r >= t-1 || !relPreps[d.lower[r]] {
		return nil
	}
	obj := p.npLeft(d, t, r+1)
	if len(obj.ents) == 0 {
		return nil
	}
	if w := d.lower[r-1]; d.lower[r] == "of" && (countWords[w] || w[0] >= '0' && w[0] <= '9') &&
		(r-2 < ss || clauseStart(d, r-1, ss) || d.mentionAt[r-2] >= 0 || p.cls(d, r-2)&wNoun != 0 && p.cls(d, r-2)&wVerb == 0) {
		// "In the city of Saragossa thousands of Spanish farmers battled
		// with police": a count that no verb or preposition governs heads
		// the subject (not "have seen hundreds of Afghan civilians killed")
		return nil
	}
	if q := p.npLeft(d, r, ss); q.start >= r || countOpensClause(d, q.start, ss) || subjectOpener[d.lower[q.start-1]] || sayForms[d.lower[q.start-1]] {
		// the phrase with the preposition opens the clause, so it is the
		// participle's subject: "President for Life Saparmurat Niyazov died
		// in December", "The head of the agency resigned in March"
		return nil
	}
	n := t + 1
	for n < se && (dayName(d.lower[n]) || timeWord(d.lower[n])) {
		n++ // "kidnapped Thursday"
	}
	if n < se {
		if w := d.lower[n]; w != "," && w != "." && !modPreps[w] {
			return nil // an object or a clause follows: an active verb ("ruled Wednesday that")
		}
	}
	return obj.ents
}

// countLead words before a count may open its phrase: "About 300 local
// representatives on the union's council convened", "At least 40 soldiers".
var countLead = map[string]bool{
	"about": true, "some": true, "nearly": true, "at": true, "least": true, "more": true, "than": true,
	"up": true, "to": true, "around": true, "almost": true, "over": true, "roughly": true,
}

// countOpensClause: the phrase at i opens its clause, counting the words
// that lead a count ("At least 40 soldiers ...") as part of it.
func countOpensClause(d *doc, i, ss int) bool {
	j := i
	for j-1 >= ss && j > i-4 && countLead[d.lower[j-1]] {
		j--
	}
	return clauseStart(d, i, ss) || clauseStart(d, j, ss)
}
