package pipeline

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/extract"
)

// Rule relations are the few sentence shapes news uses to state a relation
// outright; they hold whatever the classifier thinks and need no training.
//
//	Atlanta businessman Neil Estes      place/org + occupation + person
//	National Football League placekicker Mark Moseley
//	Aiken, S.C.                         place, larger place
//	Marie Ferraro, 50, of Bethany       person (, age,) of place
//	Drexel Burnham Lambert Inc. in New York   organization in place
//	Havana Radio Reloj, Moscow's Bolshoi      place + organization
//	Fred Demler, metals economist with Drexel Burnham Lambert
//	Thomas is a native of Chisholm; born in Columbus
func (p *Pipeline) ruleRelations(d *doc) {
	add := func(typ string, head, tail *mention, conf float64) {
		if head.ent == tail.ent {
			return
		}
		a, b := head, tail
		if b.start < a.start {
			a, b = b, a
		}
		d.relations = append(d.relations, extract.Relation{
			Type: typ, Source: d.ents[head.ent].id, Target: d.ents[tail.ent].id, Confidence: conf,
			Evidence: []extract.Evidence{d.spanEvidence(a.start, b.end)},
		})
	}
	var ms []*mention
	for si := range d.sents {
		ms = ms[:0]
		s := d.sents[si]
		for _, m := range d.mentionsIn(s.Start, s.End) {
			if !m.nominal && m.ent >= 0 && !d.ents[m.ent].dropped {
				ms = append(ms, m)
			}
		}
		for _, m := range ms {
			if d.ents[m.ent].typ != extract.Person {
				continue
			}
			if o, member := p.workAfter(d, m, s.End); o != nil {
				if member {
					add("MEMBER_OF", m, o, 0.7)
				} else {
					add("WORKS_FOR", m, o, 0.7)
				}
			}
			if l := bornIn(d, m, s.End); l != nil {
				add("LIVES_IN", m, l, 0.7)
			}
			for _, l := range placeOccupationAfter(d, m, s.End) {
				if d.ents[l.ent].subtype == extract.Country {
					add("CITIZEN_OF", m, l, 0.7)
				} else {
					add("LIVES_IN", m, l, 0.6)
				}
			}
		}
		for i := 0; i+1 < len(ms); i++ {
			if b := placeOwnedBody(d, ms[i], s.End); b != nil {
				add("BASED_IN", b, ms[i], 0.7)
			}
			for _, b := range memberStateOf(d, ms[i], s.End) {
				add("MEMBER_OF", ms[i], b, 0.7)
			}
		}
		for i := 0; i+1 < len(ms); i++ {
			a, b := ms[i], ms[i+1]
			ea, eb := d.ents[a.ent], d.ents[b.ent]
			switch {
			case eb.typ == extract.Person && (ea.typ == extract.Organization || ea.typ == extract.Location):
				occ, member, plural := p.occupationBetween(d, a.end, b.start)
				if !occ && b.start == a.end && a.label == "NORP" && ea.subtype == extract.Country {
					// "Brazilian Jean Charles de Menezes", "Spaniard Feliciano Lopez"
					occ = true
				}
				if !occ {
					break
				}
				people := []*mention{b}
				if plural && i+2 < len(ms) && d.ents[ms[i+2].ent].typ == extract.Person && ms[i+2].start == b.end+1 && d.lower[b.end] == "and" {
					people = append(people, ms[i+2]) // "American actors Angelina Jolie and Brad Pitt"
				}
				for _, b := range people {
					switch {
					case ea.typ == extract.Organization && member:
						add("MEMBER_OF", b, a, 0.75)
					case ea.typ == extract.Organization:
						add("WORKS_FOR", b, a, 0.75)
					case ea.subtype == extract.Country:
						add("CITIZEN_OF", b, a, 0.7)
					default:
						add("LIVES_IN", b, a, 0.6)
					}
				}
			case ea.typ == extract.Person && eb.typ == extract.Person:
				switch killerBetween(d, a.end, b.start) {
				case 1:
					add("KILLED", a, b, 0.8)
				case 2:
					add("KILLED", b, a, 0.8)
				}
			case ea.typ == extract.Location && eb.typ == extract.Location:
				if ea.subtype == extract.Country && eb.subtype != extract.Country && b.start == a.end+2 && placeKindNouns[d.lower[a.end]] && d.lower[a.end+1] == "of" {
					// "the U.S. state of Oklahoma", "the Russian city of
					// Orenburg": the country names where the place of that
					// kind lies.
					add("LOCATED_IN", b, a, 0.75)
				}
				// The larger place is a name: a nationality adjective after the
				// comma starts the next phrase ("In Damascus, Syrian officials").
				if b.start == a.end+1 && d.words[a.end] == "," && b.label != "NORP" && ea.subtype != extract.Country && largerPlace(d, a, b, ms[i+1:]) && (abbreviatedState(d, b) || ea.country != "" && ea.country == eb.country || !inList(d, a, b)) {
					// A list ("Europe, Latin America, Asia, India") is no place
					// hierarchy, but "River Channel, Azusa, Calif." is.
					add("LOCATED_IN", a, b, 0.75)
				}
			case ea.typ == extract.Person && eb.typ == extract.Location:
				if personOf(d, a.end, b.start) {
					add("LIVES_IN", a, b, 0.6)
					// "of Bethany, Conn.": the state too
					if i+2 < len(ms) {
						c := ms[i+2]
						if c.start == b.end+1 && d.words[b.end] == "," && d.ents[c.ent].typ == extract.Location && largerPlace(d, b, c, ms[i+2:]) {
							add("LIVES_IN", a, c, 0.6)
						}
					}
				}
			case ea.typ == extract.Location && eb.typ == extract.Organization && a.label != "NORP":
				k := a.end
				if k < b.start && (d.lower[k] == "'s" || d.lower[k] == "’s") {
					k++
				}
				if k == b.start {
					add("BASED_IN", b, a, 0.6)
				}
			case ea.typ == extract.Organization && eb.typ == extract.Location:
				k := a.end
				if k < b.start && d.words[k] == "," {
					k++
				}
				if k+1 == b.start && (d.lower[k] == "in" || d.lower[k] == "of") && eb.subtype != extract.Country {
					add("BASED_IN", a, b, 0.6)
				}
			}
		}
	}
}

// placeKindNouns name a kind of place inside a country: "the U.S. state of
// Oklahoma", "the Egyptian port of El Arish".
var placeKindNouns = map[string]bool{"state": true, "province": true, "city": true, "town": true,
	"village": true, "region": true, "port": true, "capital": true, "county": true, "district": true,
	"island": true, "territory": true, "enclave": true}

// killerBetween reads the words between two person names for who killed whom:
// 1 for "Booth, the assassin of Lincoln" (the first killed the second), 2 for
// "Kennedy's assassin, Lee Harvey Oswald" and "King assassin James Earl Ray"
// (the second killed the first), 0 otherwise.
func killerBetween(d *doc, i, j int) int {
	ws := d.lower[i:j]
	if len(ws) > 0 && (ws[0] == "'s" || ws[0] == "’s") {
		ws = ws[1:]
		if len(ws) == 2 && killerNouns[ws[0]] && ws[1] == "," {
			return 2
		}
		return 0
	}
	if len(ws) == 1 && killerNouns[ws[0]] {
		return 2
	}
	if len(ws) >= 3 && ws[0] == "," {
		ws = ws[1:]
		if ws[0] == "the" {
			ws = ws[1:]
		}
		if len(ws) == 2 && killerNouns[ws[0]] && ws[1] == "of" {
			return 1
		}
	}
	return 0
}

// killerNouns name the person who killed someone.
var killerNouns = map[string]bool{"assassin": true, "killer": true, "murderer": true}

// workAfter reads "X, metals economist with Y", "X, a professor of political
// science at Y", "X, the commander of Y", "X of the Y": the organization a person
// works for, written after the name.
func (p *Pipeline) workAfter(d *doc, m *mention, end int) (org *mention, member bool) {
	k := m.end
	comma := k < end && d.words[k] == ","
	if comma {
		k++
	} else if k < end && (d.lower[k] == "is" || d.lower[k] == "was") {
		k++ // "Barrett is a member of the Illinois Commerce Commission"
	}
	occ, words := false, 0
	for ; k < end && words <= 8; k++ {
		if mi := d.mentionAt[k]; mi >= 0 {
			o := d.mentions[mi]
			if o.ent >= 0 && d.ents[o.ent].typ == extract.Organization && comma && !occ && o.start == k {
				// "Susan Cruzan, an FDA spokeswoman", "Tal, a senior Defense
				// Ministry official": the organization names whom the job is for.
				j := o.end
				if j < end && (d.lower[j] == "'s" || d.lower[j] == "’s") {
					j++
				}
				if j < end && d.words[j] == d.lower[j] && (occupationLike(d.lower[j]) || staffNouns[d.lower[j]] || p.gaz.IsTitle(d.lower, j) > 0) {
					return o, false
				}
				if j < end && memberNouns[d.lower[j]] {
					return o, true
				}
			}
			if o.ent < 0 || d.ents[o.ent].typ != extract.Location {
				return nil, false // another person or organization comes first
			}
			k = o.end - 1
			words++
			continue
		}
		lw := d.lower[k]
		switch lw {
		case "of", "at", "with", "for":
			j := k + 1
			if j < end && d.lower[j] == "the" {
				j++
			}
			// "a member of the pro-Syrian Al-Ahbash group", "an adviser to
			// the ruling Baath party": a modifier or two before the name.
			for n := 0; occ && n < 2 && j < end; n++ {
				if mi := d.mentionAt[j]; mi >= 0 {
					o := d.mentions[mi]
					if o.start != j || o.ent < 0 || d.ents[o.ent].typ == extract.Organization || o.label != "MISC" && o.label != "NORP" {
						break
					}
					j = o.end
					continue
				}
				if d.words[j] != d.lower[j] || !isWordLike(d.words[j]) || workStop[d.lower[j]] {
					break
				}
				j++
			}
			if j < end && d.mentionAt[j] >= 0 {
				o := d.mentions[d.mentionAt[j]]
				if o.start == j && o.ent >= 0 && d.ents[o.ent].typ == extract.Organization && (occ || words == 0 && lw == "of") {
					return o, member
				}
			}
			if !occ {
				return nil, false
			}
			continue
		case "a", "an", "the", "'s", "’s":
			continue
		}
		if !isWordLike(d.words[k]) || workStop[lw] {
			return nil, false
		}
		if memberNouns[lw] {
			occ, member = true, true
		}
		if p.gaz.IsTitle(d.lower, k) > 0 || occupationLike(lw) {
			occ = true
		}
		words++
	}
	return nil, false
}

// staffNouns name a job without an occupation suffix.
var staffNouns = map[string]bool{"official": true, "chief": true, "head": true, "aide": true, "staffer": true,
	"executive": true, "veteran": true, "boss": true, "agent": true, "officer": true}

// workStop ends an appositive: a verb or clause word means the sentence went on.
var workStop = map[string]bool{"said": true, "says": true, "told": true, "was": true, "is": true, "were": true,
	"are": true, "has": true, "had": true, "have": true, "will": true, "would": true, "who": true, "which": true,
	"that": true, "and": true, "but": true, "when": true, "after": true, "before": true}

// bornIn reads "X is a native of Y", "X was born in Y", "X was born on Feb. 5,
// 1907, in Y", and "Y-born X": where a person comes from.
func bornIn(d *doc, m *mention, end int) *mention {
	if k := m.start - 1; k >= 0 && (d.lower[k] == "born" || d.lower[k] == "-born") {
		j := k - 1
		if j >= 0 && d.words[j] == "-" {
			j--
		}
		if j >= 0 && d.mentionAt[j] >= 0 {
			o := d.mentions[d.mentionAt[j]]
			if o.ent >= 0 && d.ents[o.ent].typ == extract.Location && o.end == j+1 {
				return o
			}
		}
	}
	for k := m.end; k < end && k < m.end+4; k++ {
		if d.mentionAt[k] >= 0 {
			return nil
		}
		trigger := 0
		switch {
		case d.lower[k] == "native" && k+1 < end && d.lower[k+1] == "of":
			trigger = k + 2
		case d.lower[k] == "born":
			// "born in Y" or "born on <date>, in Y"
			for j := k + 1; j < end && j <= k+8; j++ {
				if d.lower[j] == "in" {
					trigger = j + 1
					break
				}
				if d.mentionAt[j] >= 0 {
					break
				}
			}
		}
		if trigger > 0 && trigger < end && d.mentionAt[trigger] >= 0 {
			o := d.mentions[d.mentionAt[trigger]]
			if o.start == trigger && o.ent >= 0 && d.ents[o.ent].typ == extract.Location {
				return o
			}
		}
		if trigger > 0 {
			return nil
		}
	}
	return nil
}

// occupationBetween reports whether tokens [i, j) are a possessive and one to three
// words naming what a person does: "businessman", "'s premier", "placekicker",
// "Ambassador", "presidential candidate", "actors". The last word is a title or
// looks like an occupation noun (or the plural of one); a word before it may be
// an adjective ("presidential", "senior"); an honorific ("Mr.") says nothing
// about work. plural: the noun is plural, so a list of names may follow
// ("American actors Angelina Jolie and Brad Pitt").
func (p *Pipeline) occupationBetween(d *doc, i, j int) (occ, member, plural bool) {
	if i < j && (d.lower[i] == "'s" || d.lower[i] == "’s") {
		i++
	}
	n := j - i
	if n < 1 || n > 3 {
		return false, false, false
	}
	titles := true
	for k := i; k < j; k++ {
		w, lw := d.words[k], d.lower[k]
		if !isWordLike(w) || honorifics[strings.TrimSuffix(lw, ".")] {
			return false, false, false
		}
		if memberNouns[lw] {
			member, titles = true, false
			plural = strings.HasSuffix(lw, "s")
			continue
		}
		if p.gaz.IsTitle(d.lower, k) > 0 {
			plural = false
			continue
		}
		titles = false
		if unicode.IsUpper([]rune(w)[0]) {
			return false, false, false
		}
		if occupationLike(lw) {
			plural = false
			continue
		}
		if sg, ok := strings.CutSuffix(lw, "s"); ok && !strings.HasSuffix(sg, "s") && (occupationLike(sg) || staffNouns[sg]) {
			plural = true
			continue
		}
		if k < j-1 && adjectiveLike(lw) {
			continue
		}
		return false, false, false
	}
	// A bare title is a role ("Russian Foreign Minister"): findRoles has it.
	return !titles, member, plural
}

// adjectiveLike reports a lower-case word shaped like an adjective that may
// stand before an occupation noun: "presidential", "senior", "Islamic",
// "former". Verbs ("say", "arrested") have none of these shapes.
func adjectiveLike(w string) bool {
	switch w {
	case "former", "top", "senior", "leading", "young", "veteran", "prominent", "key", "chief":
		return true
	}
	for _, suf := range []string{"al", "ic", "ive", "ous", "ary", "ern"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// memberNouns say a person belongs to a group rather than works for it.
var memberNouns = map[string]bool{"member": true, "members": true, "militant": true, "militants": true,
	"activist": true, "activists": true, "supporter": true, "supporters": true, "fighter": true, "fighters": true,
	"rebel": true, "rebels": true, "lawmaker": true, "legislator": true, "candidate": true}

// honorifics titles are forms of address, not roles.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "messrs": true, "sir": true, "madam": true}

// occupationLike reports a lower-case word shaped like a noun for a person's
// work: "businessman", "historian", "placekicker", "negotiator", "activist".
func occupationLike(w string) bool {
	for _, suf := range []string{"man", "woman", "person", "ist", "ian", "er", "or", "ant", "ent", "ee"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

func isWordLike(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '.' {
			return false
		}
	}
	return w != ""
}

// largerPlace reports whether b, written right after "a ,", is a place containing
// a: a country, a place the gazetteer puts in the same country, or an abbreviated
// state ("Minn.", "S.C."); a list of places ("Paris, London and Rome") is not.
func largerPlace(d *doc, a, b *mention, rest []*mention) bool {
	ea, eb := d.ents[a.ent], d.ents[b.ent]
	if len(rest) > 1 {
		c := rest[1]
		if c.start <= b.end+2 && d.ents[c.ent].typ == extract.Location && eb.subtype != extract.Country {
			return false // a list
		}
	}
	if eb.subtype == extract.Country {
		return true
	}
	if ea.country != "" && ea.country == eb.country && ea.kb != eb.kb {
		return true
	}
	return abbreviatedState(d, b)
}

// abbreviatedState reports a one-word place written as a state's
// abbreviation: "S.C.", "Minn.", "Minn .", "NY"; not "Miami".
func abbreviatedState(d *doc, b *mention) bool {
	if b.end-b.start != 1 {
		return false
	}
	w := d.words[b.start]
	n := len([]rune(w))
	switch {
	case n <= 6 && strings.Contains(w, "."):
		return true
	case n <= 5 && b.end < len(d.words) && d.words[b.end] == "." && !d.toks[b.end].SpaceBefore:
		return true
	case n == 2 && strings.ToUpper(w) == w:
		return true
	}
	return false
}

// personOf reports whether [i, j) reads ", 50, of" or "of" or ", of": where a
// person is from.
func personOf(d *doc, i, j int) bool {
	k := i
	if k < j && d.words[k] == "," {
		k++
		if k+1 < j && allDigits(d.words[k]) && d.words[k+1] == "," {
			k += 2
		}
	}
	return k+1 == j && d.lower[k] == "of"
}

// placeOccupationAfter reads "Guy Struve , the New York attorney", "Robert
// Corduwener , a Netherlands businessman", "Daniel Bakst , a West Palm Beach
// , Fla. , lawyer": an appositive naming a place and an occupation says where
// the person lives or what country they are from (the town and its state).
func placeOccupationAfter(d *doc, m *mention, end int) []*mention {
	k := m.end
	if k+3 >= end || d.words[k] != "," {
		return nil
	}
	switch d.lower[k+1] {
	case "a", "an", "the":
	default:
		return nil
	}
	mi := d.mentionAt[k+2]
	if mi < 0 {
		return nil
	}
	l := d.mentions[mi]
	if l.start != k+2 || l.ent < 0 || d.ents[l.ent].typ != extract.Location {
		return nil
	}
	places := []*mention{l}
	j := l.end
	if j+2 < end && d.words[j] == "," && d.mentionAt[j+1] >= 0 {
		// "West Palm Beach , Fla. ,": the town's state
		st := d.mentions[d.mentionAt[j+1]]
		if st.start == j+1 && st.ent >= 0 && d.ents[st.ent].typ == extract.Location {
			places = append(places, st)
			j = st.end
			if j < end && d.words[j] == "." {
				j++
			}
			if j < end && d.words[j] == "," {
				j++
			}
		}
	}
	// One or two lower-case words, the last an occupation.
	for n := 0; n < 2 && j < end; n++ {
		w := d.words[j]
		if w != d.lower[j] || !isWordLike(w) {
			return nil
		}
		if occupationLike(w) || staffNouns[w] || w == "attorney" || w == "lawyer" || w == "native" || w == "resident" {
			return places
		}
		j++
	}
	return nil
}

// bodyKindNouns name the kind of a body written around its name: "Russia's
// state-run gas monopoly, Gazprom", "Israel's ruling Likud party".
var bodyKindNouns = map[string]bool{"company": true, "firm": true, "monopoly": true, "corporation": true,
	"conglomerate": true, "newspaper": true, "daily": true, "weekly": true, "magazine": true, "agency": true,
	"broadcaster": true, "network": true, "channel": true, "station": true, "television": true, "radio": true,
	"party": true, "movement": true, "group": true, "organization": true, "organisation": true, "airline": true,
	"carrier": true, "bank": true, "giant": true, "producer": true, "maker": true, "manufacturer": true,
	"operator": true, "exchange": true, "university": true}

// placeOwnedBody reads a place or nationality that owns a body described by its
// kind: "Russia's state-run natural gas monopoly, Gazprom", "Venezuela's state
// oil firm (PDVSA)", "a U.S. newspaper, The Washington Post" (the kind, then
// the name) and "Israel's ruling Likud party", "Iran's ISNA news agency" (the
// name, then the kind). It returns the organization's mention or nil. The
// words between are lower case and few, so a clause ("Russia said the firm
// Gazprom") is no such phrase.
func placeOwnedBody(d *doc, a *mention, end int) *mention {
	if a.ent < 0 || d.ents[a.ent].typ != extract.Location {
		return nil
	}
	k := a.end
	if k < end && (d.lower[k] == "'s" || d.lower[k] == "’s") {
		k++
	} else if a.label != "NORP" && d.ents[a.ent].subtype != extract.Country {
		return nil // "the Berlin wall", but "U.S. newspaper" and "Russian news agency"
	}
	org := func(k int) *mention { return orgStartingAt(d, k, end) }
	for j := k; j < end && j < k+5; j++ {
		if d.mentionAt[j] >= 0 {
			// the name, then its kind: "Israel's ruling Likud party"
			if o := org(j); o != nil && o.end < end && bodyKindNouns[d.lower[o.end]] && d.words[o.end] == d.lower[o.end] {
				return o
			}
			return nil
		}
		w := d.words[j]
		if w != d.lower[j] || !isWordLike(w) || workStop[w] {
			return nil
		}
		if bodyKindNouns[w] {
			// the kind, then the name: after a comma, a bracket or "the"
			n := j + 1
			if n < end && (d.words[n] == "," || d.words[n] == "(") {
				n++
			}
			if n < end && d.lower[n] == "the" {
				n++
			}
			return org(n)
		}
	}
	return nil
}

// orgStartingAt is the organization named from token k, before end: a
// mention that starts there and resolves to an organization, else nil.
func orgStartingAt(d *doc, k, end int) *mention {
	if k >= end || d.mentionAt[k] < 0 {
		return nil
	}
	o := d.mentions[d.mentionAt[k]]
	if o.start != k || o.ent < 0 || d.ents[o.ent].typ != extract.Organization {
		return nil
	}
	return o
}

// memberStateOf reads a country that belongs to an alliance or bloc: "The
// Czech Republic joined NATO in 1999 and the European Union in 2004",
// "Cyprus, an EU member state", "Turkey, a member of NATO". It returns the
// organizations' mentions.
func memberStateOf(d *doc, a *mention, end int) []*mention {
	if a.ent < 0 || d.ents[a.ent].subtype != extract.Country {
		return nil
	}
	org := func(k int) *mention {
		if k < end && d.lower[k] == "the" {
			k++
		}
		return orgStartingAt(d, k, end)
	}
	k := a.end
	if k+1 >= end {
		return nil
	}
	switch {
	case d.lower[k] == "joined" || (d.lower[k] == "has" || d.lower[k] == "had") && d.lower[k+1] == "joined":
		if d.lower[k] != "joined" {
			k++
		}
		o := org(k + 1)
		if o == nil {
			return nil
		}
		out := []*mention{o}
		// "... in 1999 and the European Union in 2004": a date between
		for j := o.end; j < end && j < o.end+4; j++ {
			if d.lower[j] == "and" {
				if o2 := org(j + 1); o2 != nil {
					out = append(out, o2)
				}
				break
			}
			if d.mentionAt[j] >= 0 || d.lower[j] != "in" && !allDigits(d.words[j]) {
				break
			}
		}
		return out
	case d.words[k] == "," && (d.lower[k+1] == "a" || d.lower[k+1] == "an"):
		if o := org(k + 2); o != nil && o.end < end && d.lower[o.end] == "member" {
			return []*mention{o} // "Cyprus, an EU member state"
		}
		if k+3 < end && d.lower[k+2] == "member" && d.lower[k+3] == "of" {
			if o := org(k + 4); o != nil {
				return []*mention{o} // "Turkey, a member of NATO"
			}
		}
	}
	return nil
}
