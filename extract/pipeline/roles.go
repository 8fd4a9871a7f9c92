package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/gazetteer"
)

// roleFact is "person holds title (for org)" read from a premodifier such as
// "Russian Foreign Minister Sergey Lavrov" or "U.S. Secretary of State John Kerry".
type roleFact struct {
	person   int // entity index
	title    string
	org      int // entity index, -1 when the text names none
	orgStart int // first token of the org mention when it is written before the title, else -1
	sentence int
	start    int // token span of the whole phrase, for evidence
	end      int
	// noun: the title is a role noun ("leader", "spokesman") read beside its
	// body, not a title; descriptions do not resolve to it (see describedPerson).
	noun bool
}

// findRoles reads titles written right before a person's name, and the country or
// organization written right before the title (adjective, name, or possessive).
func (p *Pipeline) findRoles(d *doc) {
	p.splitTitledOrgs(d)
	for _, m := range d.mentions {
		if m.label != "PER" || m.nominal || m.ent < 0 {
			continue
		}
		ts, title := p.titleBefore(d, m.start)
		noun := false
		if ts < 0 {
			ts, title = p.roleNounBefore(d, m.start)
			noun = ts >= 0
		}
		if ts < 0 {
			continue
		}
		if honorifics[strings.TrimSuffix(strings.ToLower(title), ".")] {
			// "Mr. Bush": the titled form is an alias, but "Mr." is no role.
			d.ents[m.ent].aliases = append(d.ents[m.ent].aliases, d.text(ts, m.end))
			continue
		}
		org, orgStart := p.orgBefore(d, ts)
		e := d.ents[m.ent]
		if e.typ != "PERSON" {
			continue
		}
		d.roles = append(d.roles, roleFact{
			person: m.ent, title: title, org: org, orgStart: orgStart, sentence: d.sentOf[m.start], start: ts, end: m.end, noun: noun,
		})
		e.aliases = append(e.aliases, d.text(ts, m.end))
	}
	for _, m := range d.mentions {
		if m.label != "PER" || m.nominal || m.ent < 0 || d.ents[m.ent].typ != "PERSON" {
			continue
		}
		if r, ok := p.appositiveAfter(d, m); ok {
			d.roles = append(d.roles, r)
		}
		if r, ok := p.appositiveBefore(d, m); ok {
			d.roles = append(d.roles, r)
		}
		if r, ok := counterpartBefore(d, m); ok {
			d.roles = append(d.roles, r)
		}
	}
	p.ledeDescriptions(d)
}

// counterpartBefore reads "Russian President Dmitry Medvedev and his Venezuelan
// counterpart, Hugo Chavez" and "Blair and his Irish counterpart Bertie Ahern":
// the named person holds, for the country of the adjective, the title of the
// person the possessive points at, the nearest earlier holder of a role in the
// sentence. Without one the title is unknown and nothing is read.
func counterpartBefore(d *doc, m *mention) (roleFact, bool) {
	si := d.sentOf[m.start]
	sent := d.sents[si]
	k := m.start - 1
	if k >= sent.Start && d.words[k] == "," {
		k--
	}
	if k < sent.Start || d.lower[k] != "counterpart" {
		return roleFact{}, false
	}
	k--
	if k < sent.Start || d.mentionAt[k] < 0 {
		return roleFact{}, false
	}
	o := d.mentions[d.mentionAt[k]]
	if o.end != k+1 || o.ent < 0 || o.label != "NORP" && o.label != "LOC" || d.ents[o.ent].subtype != extract.Country {
		return roleFact{}, false
	}
	det := o.start - 1
	if det < sent.Start {
		return roleFact{}, false
	}
	switch d.lower[det] {
	case "his", "her", "their", "its":
	default:
		return roleFact{}, false
	}
	title := ""
	for _, r := range d.roles {
		if r.sentence == si && r.end <= det && r.person != m.ent {
			title = r.title
		}
	}
	if title == "" {
		return roleFact{}, false
	}
	return roleFact{person: m.ent, title: title, org: o.ent, orgStart: -1, sentence: si, start: det + 1, end: m.end}, true
}

// ledeDescriptions gives a role its country or organisation from an unnamed
// description earlier in the story: news often opens with "Kenya's president
// has announced ..." and names him a sentence later, "President Mwai Kibaki
// said". The description is an organisation or nationality, a title in lower
// case and no name after it; its title and the role's must name each other
// ("vice president" and "Vice President"), and it must be the only such
// description before the name, with nobody holding that title in between.
func (p *Pipeline) ledeDescriptions(d *doc) {
	for i := range d.roles {
		r := &d.roles[i]
		if r.org >= 0 {
			continue
		}
		rt := strings.ToLower(r.title)
		org := -1
		for k := r.start - 1; k >= 0 && k >= r.start-describeWindow; k-- {
			if mi := d.mentionAt[k]; mi >= 0 {
				m := d.mentions[mi]
				if m.label == "PER" && m.ent != r.person && p.holdsTitle(d, m.ent, rt) {
					break // someone else with that title is nearer
				}
				k = m.start
				continue
			}
			n := p.gaz.IsTitle(d.lower, k)
			if n == 0 || d.words[k] != d.lower[k] || p.longerTitle(d, k, k+n) {
				continue // the loop reaches the longer title's first word next
			}
			dt := strings.ToLower(strings.Join(d.words[k:k+n], " "))
			if dt != rt && !titleNamedBy(dt, rt) && !titleNamedBy(rt, dt) {
				continue
			}
			if e := k + n; e < len(d.toks) && d.mentionAt[e] >= 0 && d.mentions[d.mentionAt[e]].label == "PER" {
				continue // "the president Vladimir Putin" names its holder
			}
			o, _ := p.orgBefore(d, k)
			if o < 0 || org >= 0 && o != org {
				org = -1
				break
			}
			org = o
		}
		if org >= 0 && d.ents[org].typ != extract.Person {
			r.org = org
		}
	}
}

// longerTitle reports a title that ends at end and starts before k: "vice
// president" around "president".
func (p *Pipeline) longerTitle(d *doc, k, end int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && d.mentionAt[j] < 0; j-- {
		if p.gaz.IsTitle(d.lower, j) == end-j {
			return true
		}
	}
	return false
}

// holdsTitle reports whether a person already holds a title named like t.
func (p *Pipeline) holdsTitle(d *doc, ent int, t string) bool {
	for _, r := range d.roles {
		if r.person == ent {
			rt := strings.ToLower(r.title)
			if rt == t || titleNamedBy(rt, t) || titleNamedBy(t, rt) {
				return true
			}
		}
	}
	return false
}

// orgMentionAt returns the entity of a nationality, place or organization name
// starting at token k, and the token after it (and after a possessive "'s").
func orgMentionAt(d *doc, k, end int) (ent, next int) {
	if k >= end || d.mentionAt[k] < 0 {
		return -1, k
	}
	o := d.mentions[d.mentionAt[k]]
	if o.start != k || o.ent < 0 || o.end > end {
		return -1, k
	}
	switch o.label {
	case "NORP", "LOC", "ORG":
	default:
		return -1, k
	}
	next = o.end
	if next < end && (d.lower[next] == "'s" || d.lower[next] == "’s") {
		next++
	}
	return o.ent, next
}

// appositiveAfter reads "Sergey Lavrov, Russia's foreign minister," and "Sergey
// Lavrov, the foreign minister of Russia." The phrase must close with
// punctuation or the sentence: a title running on into more words is something else.
func (p *Pipeline) appositiveAfter(d *doc, m *mention) (roleFact, bool) {
	sent := d.sents[d.sentOf[m.start]]
	k := m.end
	if k+1 >= sent.End || d.words[k] != "," {
		return roleFact{}, false
	}
	k++
	if w := d.lower[k]; w == "the" || w == "a" || w == "an" {
		k++
	}
	org := -1
	if e, next := orgMentionAt(d, k, sent.End); e >= 0 {
		org, k = e, next
	}
	if k >= sent.End || d.mentionAt[k] >= 0 {
		return roleFact{}, false
	}
	n := p.gaz.IsTitle(d.lower, k)
	roleNoun := false
	if n == 0 {
		if n = roleNounAt(d, k, sent.End); n == 0 {
			return roleFact{}, false
		}
		roleNoun = true
	}
	title := titleCase(d.words[k : k+n])
	end := k + n
	if org < 0 && end+1 < sent.End && (d.lower[end] == "of" || d.lower[end] == "for" || d.lower[end] == "at") {
		j := end + 1
		if d.lower[j] == "the" {
			j++
		}
		if e, next := orgMentionAt(d, j, sent.End); e >= 0 {
			org, end = e, next
			// "the director of the Baghdad office of Care International":
			// the office is the body's, and the body employs her.
			if end+2 < sent.End && officeNouns[d.lower[end]] && d.lower[end+1] == "of" {
				if e2, next2 := orgMentionAt(d, end+2, sent.End); e2 >= 0 && d.ents[e2].subtype != extract.Country {
					org, end = e2, next2
				}
			}
		}
	}
	if roleNoun && org < 0 {
		return roleFact{}, false // "X, the leader," of whom the text does not say
	}
	if end < sent.End && !isPunct(d.words[end]) {
		return roleFact{}, false
	}
	return roleFact{person: m.ent, title: title, org: org, orgStart: -1, sentence: d.sentOf[m.start], start: m.start, end: end, noun: roleNoun}, true
}

// bodyBeforeAnd returns the organisation or country named right before "and"
// at token k-1 ("Hamas and its leader"), or -1.
func bodyBeforeAnd(d *doc, k, start int) int {
	if k-2 < start || d.lower[k-1] != "and" || d.mentionAt[k-2] < 0 {
		return -1
	}
	m := d.mentions[d.mentionAt[k-2]]
	if m.end != k-1 || m.ent < 0 || m.nominal {
		return -1
	}
	if e := d.ents[m.ent]; e.typ == extract.Organization || e.subtype == extract.Country {
		return m.ent
	}
	return -1
}

// orgEnd returns the token after the mention starting at k.
func orgEnd(d *doc, k int) int {
	return d.mentions[d.mentionAt[k]].end
}

// appositiveBefore reads "the Russian foreign minister, Sergey Lavrov" and
// "Egypt's foreign minister, Sameh Shoukry" (a possessive is the phrase's
// determiner, as "the" is).
func (p *Pipeline) appositiveBefore(d *doc, m *mention) (roleFact, bool) {
	sent := d.sents[d.sentOf[m.start]]
	c := m.start - 1
	if c-1 < sent.Start || d.words[c] != "," {
		return roleFact{}, false
	}
	for ts := c - 1; ts >= sent.Start && ts >= c-6; ts-- {
		if d.mentionAt[ts] >= 0 {
			break
		}
		if n := p.gaz.IsTitle(d.lower, ts); n == 0 || ts+n != c {
			continue
		}
		ts := p.regionPortfolio(d, ts)
		org, orgStart := p.orgBefore(d, ts)
		first := ts
		if org >= 0 {
			first = orgStart
		}
		possessive := org >= 0 && (d.lower[orgEnd(d, orgStart)] == "'s" || d.lower[orgEnd(d, orgStart)] == "’s")
		if org < 0 && first-1 > sent.Start && d.lower[first-1] == "its" {
			// "the Palestinian Authority and its president, Mahmoud Abbas":
			// "its" points at the body named right before "and".
			if o := bodyBeforeAnd(d, first-1, sent.Start); o >= 0 {
				return roleFact{person: m.ent, title: titleCase(d.words[ts:c]), org: o, orgStart: -1, sentence: d.sentOf[m.start], start: first - 1, end: m.end}, true
			}
		}
		if !possessive && (first-1 < sent.Start || d.lower[first-1] != "the") {
			continue
		}
		return roleFact{person: m.ent, title: titleCase(d.words[ts:c]), org: org, orgStart: -1, sentence: d.sentOf[m.start], start: first, end: m.end}, true
	}
	return roleFact{}, false
}

// bodyRoleNouns name a position held in a body but are no title written before a
// name in capitals ("Libyan leader Muammar Gadhafi", "Secret Service
// spokesman Ed Donovan", "the director of Care International"): a role only
// with the body written beside them.
var bodyRoleNouns = map[string]bool{"leader": true, "chief": true, "head": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "chairman": true, "chairwoman": true, "director": true,
	"founder": true, "co-founder": true, "co-chair": true, "boss": true}

// roleModifiers may stand before a role noun inside the role: "security
// chief", "foreign ministry spokesman", "deputy leader".
var roleModifiers = map[string]bool{"security": true, "party": true, "ministry": true, "foreign": true,
	"defense": true, "defence": true, "military": true, "deputy": true, "senior": true, "former": true,
	"spiritual": true, "supreme": true, "opposition": true, "executive": true, "managing": true, "parliamentary": true}

// officeNouns are a body's branches: "the Baghdad office of Care International".
var officeNouns = map[string]bool{"office": true, "bureau": true, "branch": true, "mission": true}

// roleNounAt returns the length of a role written in lower case at token k: up
// to two modifiers and a role noun ("security chief"), or 0.
func roleNounAt(d *doc, k, end int) int {
	for j := k; j < end && j < k+3 && d.mentionAt[j] < 0 && d.words[j] == d.lower[j]; j++ {
		if bodyRoleNouns[d.lower[j]] {
			return j + 1 - k
		}
		if !roleModifiers[d.lower[j]] {
			return 0
		}
	}
	return 0
}

// roleNounBefore finds a role noun that ends at token i with a body written
// right before it ("Libyan leader", "Labor Party leader", "Iran's foreign
// ministry spokesman"); it returns the role's first token and its text, or -1.
func (p *Pipeline) roleNounBefore(d *doc, i int) (int, string) {
	sent := d.sents[d.sentOf[i]]
	for ts := i - 1; ts >= sent.Start && ts >= i-3; ts-- {
		if d.mentionAt[ts] >= 0 {
			break
		}
		if roleNounAt(d, ts, i) == i-ts {
			if org, _ := p.orgBefore(d, ts); org >= 0 {
				return ts, titleCase(d.words[ts:i])
			}
		}
	}
	return -1, ""
}

// titleBefore finds a title that ends exactly at token i, within the sentence; it
// returns its first token and canonical text, or -1.
func (p *Pipeline) titleBefore(d *doc, i int) (int, string) {
	sent := d.sents[d.sentOf[i]]
	best := -1
	for k := i - 1; k >= sent.Start && k >= i-6; k-- {
		if d.mentionAt[k] >= 0 {
			break // "Russian President": the adjective is the org, not part of the title
		}
		if n := p.gaz.IsTitle(d.lower, k); n > 0 && k+n == i {
			best = k
		}
	}
	if best < 0 {
		return -1, ""
	}
	if r := p.regionPortfolio(d, best); r < best {
		return r, titleCase(d.words[r:i])
	}
	best = portfolioBefore(d, best, i, sent.Start)
	return best, titleCase(d.words[best:i])
}

// portfolioBefore extends a bare "Minister" or "Secretary" ending at token i
// over the capitalised words before it that name the portfolio, which the
// title list lacks for many ("Finance Minister", "Home Secretary", "Health
// Minister"): up to three words, "and" between them ("Economic Development
// and Trade Minister"), none a name, a day or a sentence's connective.
func portfolioBefore(d *doc, ts, i, start int) int {
	if i-ts != 1 || d.lower[ts] != "minister" && d.lower[ts] != "secretary" {
		return ts
	}
	best := ts
	for k, n := ts-1, 0; k >= start && n < 3 && d.mentionAt[k] < 0; k-- {
		w, lw := d.words[k], d.lower[k]
		if lw == "and" && k > start && best == k+1 {
			continue
		}
		if !capitalised(w) || w == strings.ToUpper(w) || portfolioStop[lw] || weekdays[lw] || datelineMonths[lw] {
			break
		}
		best, n = k, n+1
	}
	return best
}

// portfolioStop are capitalised words that open a sentence or a phrase
// before a title without naming a portfolio.
var portfolioStop = map[string]bool{"the": true, "a": true, "an": true, "then": true, "but": true, "and": true,
	"in": true, "on": true, "when": true, "meanwhile": true, "former": true, "new": true, "his": true, "her": true,
	"its": true, "their": true, "as": true, "also": true, "earlier": true, "later": true, "now": true}

// tenureWords date a role without changing whose it is; written in lower case
// between the body and the title, they leave the body the title's ("Chile's
// former President", "Iraqi interim Prime Minister", "Iran's new President").
var tenureWords = map[string]bool{"former": true, "acting": true, "interim": true, "outgoing": true,
	"new": true, "late": true, "caretaker": true, "incoming": true, "deposed": true, "ousted": true}

// regionPortfolio extends a bare "Secretary" or "Minister" at token ts over a
// place below a country written right before it, when a country owns the title
// ("Britain's Northern Ireland Secretary"): the region is the portfolio, the
// country the body. It returns the title's first token.
func (p *Pipeline) regionPortfolio(d *doc, ts int) int {
	if ts < 1 || d.lower[ts] != "secretary" && d.lower[ts] != "minister" || d.mentionAt[ts-1] < 0 {
		return ts
	}
	m := d.mentions[d.mentionAt[ts-1]]
	if m.end != ts || m.ent < 0 || m.label != "LOC" || d.ents[m.ent].subtype == extract.Country {
		return ts
	}
	if org, _ := p.orgBefore(d, m.start); org < 0 || d.ents[org].subtype != extract.Country {
		return ts
	}
	return m.start
}

// orgBefore returns the entity written right before a title: "Russian", "U.S.",
// "Russia's", "the Kremlin's"; -1 when there is none.
func (p *Pipeline) orgBefore(d *doc, ts int) (int, int) {
	sent := d.sents[d.sentOf[ts]]
	k := ts - 1
	if k > sent.Start && tenureWords[d.words[k]] {
		k-- // "Britain's former Foreign Secretary", "Iraqi interim Prime Minister"
	}
	if k >= sent.Start && (d.lower[k] == "'s" || d.lower[k] == "’s") {
		k--
	}
	if k < sent.Start || d.mentionAt[k] < 0 {
		return -1, -1
	}
	m := d.mentions[d.mentionAt[k]]
	if m.end != k+1 || m.ent < 0 {
		return -1, -1
	}
	switch m.label {
	case "NORP", "LOC", "ORG", "MISC":
		return m.ent, m.start
	}
	return -1, -1
}

// titleCase writes a title the way style guides capitalise it before a name.
func titleCase(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case i > 0 && (lw == "of" || lw == "the" || lw == "and" || lw == "for"):
			out[i] = lw
		case w == strings.ToUpper(w) && len(w) <= 4:
			out[i] = w // acronyms such as "U.N." stay as written
		default:
			out[i] = strings.ToUpper(lw[:1]) + lw[1:]
		}
	}
	return strings.Join(out, " ")
}

// resolveDescriptions links definite descriptions to the person they name:
// "his Russian counterpart", "the Russian president", "the secretary". Only a unique
// earlier person whose role fits is chosen: precision over recall.
func (p *Pipeline) resolveDescriptions(d *doc) {
	for i := 0; i+1 < len(d.toks); i++ {
		switch d.lower[i] {
		case "his", "her", "the", "their", "its":
		default:
			continue
		}
		j := afterStatus(d, i+1) // ("the exiled former leader")
		status := j > i+1
		org := -1
		if j >= len(d.toks) {
			continue
		}
		if d.mentionAt[j] >= 0 {
			m := d.mentions[d.mentionAt[j]]
			if m.label != "NORP" && m.label != "LOC" {
				continue
			}
			org = m.ent
			j = m.end
		}
		if j >= len(d.toks) || d.mentionAt[j] >= 0 {
			continue
		}
		head, n := "", 0
		if d.lower[j] == "counterpart" {
			head, n = "counterpart", 1
		} else if d.lower[j] == "leader" && org >= 0 {
			head, n = "leader", 1 // "the Venezuelan leader": its head of state or government
		} else if leaderNouns[d.lower[j]] && (org >= 0 || status) {
			head, n = "leader", 1 // "the former dictator", "the exiled former leader": a head of state who was
		} else if t := p.gaz.IsTitle(d.lower, j); t > 0 {
			head, n = strings.ToLower(strings.Join(d.words[j:j+t], " ")), t
		} else if nameTitleHeads[d.lower[j]] != nil && org < 0 {
			head, n = d.lower[j], 1 // "the pontiff": a title told only inside a name
		}
		if n == 0 {
			continue
		}
		end := j + n
		if end < len(d.toks) && d.mentionAt[end] >= 0 && d.mentions[d.mentionAt[end]].label == "PER" {
			continue // "the Russian president Vladimir Putin": the name is right there
		}
		if head == "counterpart" && org < 0 {
			continue
		}
		target := p.describedPerson(d, i, head, org)
		if target < 0 && org < 0 && n == 1 {
			target = nameTitledPerson(d, i, head) // "Pope Benedict ... the pontiff"
		}
		if target < 0 {
			continue
		}
		// Take over the tokens from i+1 (keep the determiner out of the span) only
		// when none is already a mention other than the org adjective.
		m := &mention{start: i + 1, end: end, label: "PER", ent: target, nominal: true}
		if org >= 0 {
			// the adjective stays its own mention; the description starts after it
			m.start = j
		}
		d.addDescription(m)
		i = end - 1
	}
}

// addDescription stores m, a description of the person m.ent, as one of
// that person's mentions over its tokens (resolveDescriptions and
// possessiveDescriptions).
func (d *doc) addDescription(m *mention) {
	idx := len(d.mentions)
	d.mentions = append(d.mentions, m)
	for k := m.start; k < m.end; k++ {
		d.mentionAt[k] = idx
	}
	d.ents[m.ent].mentions = append(d.ents[m.ent].mentions, idx)
}

// titleNamedBy reports whether a description's head names a title: "foreign
// minister" names "Foreign Minister", "minister" too, and "secretary" names
// "Secretary of State" (the head of "X of Y" is X).
func titleNamedBy(title, head string) bool {
	if title == head || strings.HasSuffix(title, " "+head) {
		return true
	}
	if i := strings.Index(title, " of "); i > 0 {
		return titleNamedBy(title[:i], head)
	}
	return false
}

// describeWindow is how many tokens back a description may name its person.
const describeWindow = 600

// leaderTitle: a title that makes its holder a country's leader.
func leaderTitle(t string) bool {
	switch t {
	case "president", "prime minister", "premier", "king", "queen", "chancellor", "leader", "emperor", "supreme leader", "dictator", "strongman", "ruler":
		return true
	}
	return false
}

// describedPerson returns the one person mentioned shortly before token i whose
// roles fit the description, or -1 when none or several fit.
func (p *Pipeline) describedPerson(d *doc, i int, head string, org int) int {
	fits := func(ent int) bool {
		if d.ents[ent].typ != "PERSON" {
			return false
		}
		for _, r := range d.roles {
			if r.person != ent || r.noun {
				// a role noun ("Hamas leader X") makes no description of him:
				// "the leader" is too common a phrase to be his
				continue
			}
			if org >= 0 && r.org != org {
				continue
			}
			if head == "leader" && !leaderTitle(strings.TrimPrefix(strings.ToLower(r.title), "former ")) || head != "counterpart" && head != "leader" && !titleNamedBy(strings.ToLower(r.title), head) {
				continue
			}
			return true
		}
		return false
	}
	// Look back a few paragraphs at most: a description refers to someone
	// recent, and an unbounded scan per description is quadratic in long texts.
	// Two people who both fit ("the president" after Obama and Putin) leave it
	// unresolved: a wrong link merges two people in the graph.
	found := -1
	for _, m := range d.mentionsBack(max(0, i-describeWindow), i) {
		if m.label == "PER" && m.ent >= 0 && fits(m.ent) {
			if found >= 0 && found != m.ent {
				return -1
			}
			found = m.ent
		}
	}
	return found
}

// splitTitledOrgs undoes one misreading of the tagger: a country and a title
// read as one organisation before a name ("U.S. Secretary of State
// Condoleezza Rice" as the body "U.S. Secretary of State", which then
// "employs" her). When every mention of such an organisation is a country or
// nationality the gazetteer knows followed by a title, and a person's name
// follows each, the mention shrinks to the country (joining the document's
// entity for it when there is one) and the title is left as words, where
// findRoles reads it as a role.
func (p *Pipeline) splitTitledOrgs(d *doc) {
	for ei, e := range d.ents {
		if e.dropped || e.typ != extract.Organization || len(e.mentions) == 0 {
			continue
		}
		var cut []int // per mention, the token where the title starts
		var place gazetteer.Entry
		for _, mi := range e.mentions {
			k, entry := p.titledOrg(d, d.mentions[mi])
			if k < 0 || place.Key != "" && entry.Key != place.Key {
				cut = nil
				break
			}
			cut, place = append(cut, k), entry
		}
		if len(cut) == 0 {
			continue
		}
		target := -1
		for j, o := range d.ents {
			if !o.dropped && o.kb == place.Key && j != ei {
				target = j
				break
			}
		}
		if target < 0 {
			// The organisation becomes the country: same id, the country's name.
			e.name, e.typ, e.subtype, e.kb, e.country = place.Name, place.Type, place.Subtype, place.Key, place.Country
			target = ei
		}
		for n, mi := range e.mentions {
			m := d.mentions[mi]
			for k := cut[n]; k < m.end; k++ {
				d.mentionAt[k] = -1
			}
			m.end, m.label, m.ent = cut[n], "LOC", target
			if target != ei {
				d.ents[target].mentions = append(d.ents[target].mentions, mi)
			}
		}
		if target != ei {
			e.mentions, e.dropped = nil, true
		}
	}
}

// titledOrg reads an organisation mention as a known country or nationality
// and a title, with a person's name right after: it returns the title's first
// token and the country's entry, or -1.
func (p *Pipeline) titledOrg(d *doc, m *mention) (int, gazetteer.Entry) {
	personAt := func(k int) bool {
		return k < len(d.toks) && d.mentionAt[k] >= 0 && d.mentions[d.mentionAt[k]].label == "PER" && d.mentions[d.mentionAt[k]].start == k
	}
	// "Palestinian Cabinet Minister Mohammed Dahlan": the organisation is
	// the country and the portfolio of the bare title after it.
	portfolio := m.end+1 < len(d.toks) && (d.lower[m.end] == "minister" || d.lower[m.end] == "secretary") && personAt(m.end+1)
	if m.nominal || !personAt(m.end) && !portfolio {
		return -1, gazetteer.Entry{}
	}
	var entry gazetteer.Entry
	k := m.start
	if de, ok := p.gaz.Demonym(d.lower[k]); ok {
		entry, k = de, k+1
	} else {
		for n := min(3, m.end-m.start-1); n > 0 && entry.Key == ""; n-- {
			for _, en := range p.gaz.Lookup(d.text(k, k+n)) {
				if en.Subtype == extract.Country {
					entry, k = en, k+n
					break
				}
			}
		}
	}
	if entry.Subtype != extract.Country || k >= m.end {
		return -1, gazetteer.Entry{}
	}
	if portfolio {
		for j := k; j < m.end; j++ {
			if !capitalised(d.words[j]) || portfolioStop[d.lower[j]] {
				return -1, gazetteer.Entry{}
			}
		}
		return k, entry
	}
	if p.gaz.IsTitle(d.lower, k) != m.end-k {
		return -1, gazetteer.Entry{}
	}
	return k, entry
}
