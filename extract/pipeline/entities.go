package pipeline

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

// mention is one name (or definite description) in the text, by token span.
type mention struct {
	start, end int    // token indices, end exclusive
	label      string // PER LOC ORG MISC from the tagger, or NORP for a demonym
	ent        int    // index into doc.ents after buildEntities
	nominal    bool   // a description ("his Russian counterpart"): evidence, not an alias
	kb         *gazetteer.Entry
	// nested marks a nationality or place kept inside an organization's span
	// ("Russian" in "Russian Defence Ministry", mention_shapes.go): a mention of
	// its entity, left out of mentionAt; host is the organization's mention.
	nested bool
	host   int
}

// entity is one in-document coreference cluster.
type entity struct {
	id       string
	name     string
	typ      string
	subtype  string
	kb       string
	country  string // the gazetteer's country code of a known place or actor
	mentions []int
	aliases  []string // extra surface forms, such as the titled name
	dropped  bool
}

// nerType maps tagger labels to graph entity types.
var nerType = map[string]string{
	"PER":  extract.Person,
	"LOC":  extract.Location,
	"ORG":  extract.Organization,
	"MISC": extract.Misc,
	"NORP": extract.NORP,
}

// addMention cleans a tagger span and records it. Titles are roles, not names
// ("Secretary of State John Kerry" -> "John Kerry"), a span never crosses a scraped
// glue boundary, and trailing possessives are not part of the name.
func (p *Pipeline) addMention(d *doc, start, end int, label string) {
	if start < 0 || end > len(d.toks) || start >= end {
		return
	}
	// Split at glue boundaries: each piece is a candidate of its own.
	for i := start + 1; i < end; i++ {
		if d.toks[i].Glued {
			p.addMention(d, start, i, label)
			p.addMention(d, i, end, label)
			return
		}
	}
	// Wire-service codes ("NC1404123794 Cairo") are never part of a name.
	for i := start; i < end; i++ {
		if serialCode(d.words[i]) {
			p.addMention(d, start, i, label)
			p.addMention(d, i+1, end, label)
			return
		}
	}
	// A form of address starts a person's name: "Grants , N.M. Ms. Calico"
	// is a place and a person.
	for i := start + 1; i < end; i++ {
		if honorifics[strings.TrimSuffix(d.lower[i], ".")] && hasUpperLetter(d.words[i][:1]) && d.lower[i-1] != "and" {
			p.addMention(d, start, i, label)
			p.addMention(d, i, end, "PER")
			return
		}
	}
	// A dateline's month is not part of the place: "Moscow March 3".
	if end-start >= 2 && label != "PER" && datelineMonths[d.lower[end-1]] && len(p.gaz.Lookup(d.text(start, end-1))) > 0 {
		end--
	}
	// A dateline's date is no name: "London THE SUNDAY TIMES 30 Jan 94".
	if end-start == 1 && monthAbbrev[d.lower[start]] && start > 0 && allDigits(d.words[start-1]) && end < len(d.words) && allDigits(d.words[end]) {
		return
	}
	// A dateline's place is not part of its source: "Tokyo NIHON KEIZAI SHIMBUN".
	if k := p.datelineSplit(d, start, end); k > 0 {
		p.addMention(d, start, k, "LOC")
		p.recordMention(d, k, end, "ORG")
		return
	}
	// A country's or a body's abbreviation before a name the gazetteer knows
	// alone is a modifier, not part of the name: "U.N. | International Atomic
	// Energy Agency", "U.S. | Central Intelligence Agency". A name known
	// whole ("U.N. Security Council") keeps its span.
	if k := p.abbrevPrefix(d, start, end, label); k > 0 {
		p.addMention(d, start, k, p.gazLabel(d.text(start, k)))
		p.addMention(d, k, end, label)
		return
	}
	// A portfolio the tagger reads as a name is part of a title: "Ukrainian
	// Fuel | and Energy Minister", "Economy and | Labour | Minister". A
	// nationality before it stays a mention of its own.
	if p.inPortfolio(d, start, end) {
		if p.isDemonym(d.words[start]) {
			p.addMention(d, start, start+1, "MISC")
		}
		return
	}
	if label == "ORG" {
		if k := p.orgOfPlace(d, start, end); k > 0 {
			p.addMention(d, start, k, "ORG")
			p.addMention(d, k+1, end, "LOC")
			return
		}
	}
	for start < end {
		if n := p.gaz.IsTitle(d.lower, start); n > 0 && start+n < end {
			start += n
			continue
		}
		if n := p.occupationAt(d, start); n > 0 && start+n < end && label == "PER" {
			start += n
			continue
		}
		if w := d.lower[start]; w == "the" || w == "a" || w == "an" {
			start++
			continue
		}
		if leadPossessive(d, start, end) {
			start++ // "Her National League for Democracy won": the party is the name (entity_leadposs.go)
			continue
		}
		break
	}
	for end > start && (d.lower[end-1] == "'s" || d.lower[end-1] == "’s" || d.lower[end-1] == "'" || isPunct(d.words[end-1])) {
		end--
	}
	if start >= end || !hasUpperLetter(d.words[start]) {
		return
	}
	if label == "PER" && end < len(d.toks) && regnal(d.words[end]) && !d.toks[end].Glued {
		end++ // "Pope John Paul II", "Pope Benedict XVI": the numeral is part of the name
	}
	if n := p.gaz.IsTitle(d.lower, start); n == end-start {
		return // the whole span is a title such as "Foreign Minister"
	}
	if p.shoutedWords(d, start, end) {
		return
	}
	// An Arabic article written apart and in lower case ("al Qaida", "el
	// Baradei") is left outside the span by the tagger, which then takes the
	// bare word for a person; the gazetteer knows the name with its article.
	if start > 0 && (d.lower[start-1] == "al" || d.lower[start-1] == "el") && d.mentionAt[start-1] < 0 && !d.toks[start].Glued {
		if es := p.gaz.Lookup(d.text(start-1, end)); len(es) > 0 {
			start--
			if label == "PER" && !compatible(label, es[0]) {
				label = "ORG"
			}
		}
	}
	p.recordMention(d, start, end, label)
	// Some place names keep their article ("The Hague"): the tagger, or the
	// loop above, leaves it out, and the bare word is no name the gazetteer
	// knows. The span stays the tagger's (widening it changed what the
	// relation model learns from CoNLL04); the entity takes the gazetteer's
	// name with the article. A name known without it
	// ("the Netherlands") is left alone.
	if start > 0 && d.lower[start-1] == "the" && label != "PER" && mixedCase(d.words[start:end]) {
		if mi := d.mentionAt[start]; mi >= 0 && d.mentions[mi].start == start && d.mentions[mi].end == end && d.mentions[mi].kb == nil && !p.gazKnows(d.text(start, end)) {
			// PETRARCH files "the hague" under the Netherlands: the city is
			// a place of its own in that country, as buildEntities reads it.
			full := "The " + d.text(start, end)
			for _, e := range p.gaz.Lookup(full) {
				if compatible("LOC", e) {
					e := p.placeInCountry(e, full)
					d.mentions[mi].kb = &e
					break
				}
			}
		}
	}
}

// newMention returns a pointer to a copy of m. Mentions are allocated in
// blocks (a document has dozens to hundreds), not one by one.
func (d *doc) newMention(m mention) *mention {
	if len(d.mentionSlab) == cap(d.mentionSlab) {
		d.mentionSlab = make([]mention, 0, max(32, len(d.mentions)))
	}
	d.mentionSlab = append(d.mentionSlab, m)
	return &d.mentionSlab[len(d.mentionSlab)-1]
}

// recordMention records a mention over tokens [start, end) unless one is
// there already.
func (p *Pipeline) recordMention(d *doc, start, end int, label string) {
	for start < end && isPunct(d.words[end-1]) {
		end--
	}
	if start >= end {
		return
	}
	for i := start; i < end; i++ {
		if d.mentionAt[i] >= 0 {
			return // overlapping spans: the first one wins
		}
	}
	m := d.newMention(mention{start: start, end: end, label: label, ent: -1, host: -1})
	if end-start == 1 && label != "PER" {
		if e, ok := p.gaz.Demonym(d.words[start]); ok {
			// A copy taken here: &e itself would put e on the heap for
			// every one-word name, demonym or not.
			kb := e
			m.label = "NORP"
			m.kb = &kb
		}
	}
	if m.kb == nil && label == "MISC" && end-start <= 3 {
		if e, ok := p.derivedDemonym(d.text(start, end)); ok {
			m.label = "NORP"
			m.kb = &e
		}
	}
	idx := len(d.mentions)
	d.mentions = append(d.mentions, m)
	for i := start; i < end; i++ {
		d.mentionAt[i] = idx
	}
}

// regnal: a Roman numeral after a name ("II", "XVI").
func regnal(w string) bool {
	if len(w) < 1 || len(w) > 5 || w == "I" {
		return false // "I" alone is the pronoun
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X':
		default:
			return false
		}
	}
	return true
}

// addPeoples adds the groups the tagger missed: a capitalised plural that the
// treebank knows only as a proper noun ("Muslims also demonstrated", "the
// massacre of Muslims"), as CoNLL's MISC. Common plurals that open a sentence
// ("Officials say", "Presidents of ...") are nouns in the treebank, in the
// plural or the singular, and stay out.
func (p *Pipeline) addPeoples(d *doc) {
	for i, w := range d.words {
		if d.mentionAt[i] >= 0 || !peopleWord(w) || p.cls(d, i) != wProper {
			continue
		}
		if sg := d.lower[i][:len(w)-1]; p.wc.of(sg, sg)&wNoun != 0 {
			continue // "Presidents of member nations": a title, a common noun in the singular
		}
		p.addMention(d, i, i+1, "MISC")
	}
}

// shoutedWords reports whether a span is only common words in capitals ("MORE",
// "READ MORE"): page furniture of scraped articles, not a name, unless the
// gazetteer knows it ("WHO").
func (p *Pipeline) shoutedWords(d *doc, start, end int) bool {
	for i := start; i < end; i++ {
		w := d.words[i]
		if len(w) < 2 || changedByUpper(w) || !tokenize.IsCommonWord(d.lower[i]) {
			return false
		}
	}
	return len(p.gaz.Lookup(d.text(start, end))) == 0
}

var datelineMonths = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// serialCode reports a token of letters and at least six digits, such as the
// document numbers of wire services.
func serialCode(w string) bool {
	if len(w) < 7 {
		return false // six digits and a letter at least; most words stop here
	}
	digits, letters := 0, 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return digits >= 6 && letters > 0
}

func isPunct(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func hasUpperLetter(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// placeShaped reports a name the tagger typed otherwise that is a place by its
// form: it ends in a word for a kind of place ("Dan Sai District", "Cameron
// Parish", "Tiananmen Square"), or a comma and an abbreviated state follow it
// ("Azusa , Calif.", "Rockville , Md."), as news writes a town.
func placeShaped(d *doc, m *mention) bool {
	if m.end-m.start >= 2 && placeNameEnds[d.words[m.end-1]] {
		return true
	}
	k := m.end
	if k+1 >= len(d.words) || d.words[k] != "," || d.mentionAt[k+1] < 0 {
		return false
	}
	st := d.mentions[d.mentionAt[k+1]]
	if st.start != k+1 || st.end != k+2 || st.label != "LOC" {
		return false
	}
	w := d.words[st.start]
	n := len(w)
	if n >= 2 && n <= 5 && st.end < len(d.words) && d.words[st.end] == "." && !d.toks[st.end].SpaceBefore {
		n, w = n+1, w+"." // the tokenizer split "Md." into "Md" "."
	}
	return n >= 3 && n <= 6 && strings.HasSuffix(w, ".") && hasUpperLetter(w[:1]) && !strings.Contains(w[:n-1], " ")
}

// placeNameEnds end place names.
var placeNameEnds = map[string]bool{"District": true, "Province": true, "County": true, "Counties": true,
	"Parish": true, "Square": true, "Desert": true, "Valley": true, "Peninsula": true, "Islands": true,
	"Mountains": true, "Ocean": true, "Sea": true, "Strait": true, "Prefecture": true, "Oblast": true}

// orgNameEnds end the names of bodies: a name the tagger typed a place or a
// person that ends so is an organization ("the African Union", "Highland
// Council"), unless the gazetteer knows it as a place (the Soviet Union).
// "Bank" (West Bank) and "Court" (Hampton Court) also end places, and
// "League" ends competitions as often as bodies (the Champions League).
var orgNameEnds = map[string]bool{"Union": true, "Council": true, "Party": true, "Ministry": true,
	"Committee": true, "Commission": true, "Association": true, "Agency": true, "Organisation": true,
	"Organization": true, "Federation": true, "Institute": true, "University": true,
	"Corporation": true, "Foundation": true, "Fund": true, "Authority": true, "Front": true,
	"Movement": true, "Alliance": true, "Coalition": true, "Congress": true, "Society": true,
	"Army": true, "Navy": true, "Police": true, "Brigades": true, "Inc": true, "Ltd": true,
	"Corp": true, "Plc": true, "PLC": true}

// miscNameEnds end the names of competitions, prizes and festivals, which
// news (and CoNLL) count as MISC: a team, a firm or a city is never named
// "... Cup" ("Heineken Cup", "Davis Cup", "Turner Prize").
var miscNameEnds = map[string]bool{"Cup": true, "Award": true, "Awards": true, "Prize": true,
	"Trophy": true, "Championship": true, "Championships": true, "Festival": true, "Olympics": true}

// sameKey is what makes two mentions one entity in buildEntities.
type sameKey struct {
	kb          bool
	label, name string // the actor's key when kb
}

// compatible tells whether a gazetteer entry may name a mention with this tagger label.
func compatible(label string, e gazetteer.Entry) bool {
	switch label {
	case "PER":
		return e.Type == extract.Person
	case "LOC":
		return e.Type == extract.Location
	case "ORG":
		return e.Type == extract.Organization
	case "MISC":
		return false
	}
	return false
}

// buildEntities links mentions to gazetteer actors and clusters them into entities:
// same actor, same name, or a short person name that is part of exactly one longer one.
func (p *Pipeline) buildEntities(d *doc) {
	p.addPeoples(d)
	p.addMovementAdjectives(d) // "Maoist rebels" (event_args_groupforce.go)
	widenPeoples(d)            // "six Shi'ite Muslims" (entity_groups.go)
	n := len(d.mentions)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) { parent[find(b)] = find(a) }

	for _, m := range d.mentions {
		switch {
		case m.label != "LOC" && m.label != "NORP" && placeShaped(d, m):
			m.label = "LOC"
		case m.label != "ORG" && m.label != "NORP" && !m.nominal && m.end-m.start >= 2 && (orgNameEnds[d.words[m.end-1]] || corporateSuffix[d.lower[m.end-1]] && m.label != "LOC") && !p.gazPlace(d.text(m.start, m.end)):
			m.label = "ORG" // "African Union", "Highland Council"; not the Soviet Union
		case m.label == "MISC" && m.end-m.start == 1 && groupOfNations(d.words[m.start]):
			m.label = "ORG" // "the G-20 summit": a group of nations by its shorthand (entity_groupof.go)
		case m.label != "MISC" && m.label != "NORP" && !m.nominal && m.end-m.start >= 2 && miscNameEnds[d.words[m.end-1]]:
			m.label = "MISC" // "Heineken Cup", "UK Film Talent Award": events and prizes
		}
	}
	p.typeBodyHeads(d) // "the ruling Fatah party" (entity_orghead.go)
	texts := make([]string, n)
	known := d.buf.knownNames(n) // a name said ten times is looked up once
	for i, m := range d.mentions {
		texts[i] = d.text(m.start, m.end)
		if m.kb == nil {
			es, ok := known[texts[i]]
			if !ok {
				es = p.gaz.Lookup(texts[i])
				known[texts[i]] = es
			}
			for _, e := range es {
				if compatible(m.label, e) {
					e := p.placeInCountry(e, texts[i])
					m.kb = &e
					break
				}
			}
		}
	}
	norms := make([]string, n)
	normNames(texts, norms)
	// Mentions of the same actor, or of the same name with a compatible
	// label, are one entity.
	byKey := d.buf.sameKeys(n)
	for i, m := range d.mentions {
		key := sameKey{label: coarse(m.label), name: norms[i]}
		if m.kb != nil {
			key = sameKey{kb: true, name: m.kb.Key}
		}
		if j, ok := byKey[key]; ok {
			union(j, i)
		} else {
			byKey[key] = i
		}
	}
	// One unknown name is one thing in one article: the tagger calls
	// "Peugeot" a person in one sentence and a company in the next, and
	// keeping the two apart splits the company in two and leaves a false
	// person behind. The cluster's type is then voted over all its mentions.
	// Known names (kb) keep their own keys: "Jordan" the country and
	// "Jordan" the player are told apart by the gazetteer.
	// Only when the article's cues say which it is (typeCues): without them
	// the two stay apart as the tagger labelled them, since a merged
	// cluster gets one type and a wrong one costs every mention.
	var sameName []int
	for i, m := range d.mentions {
		if m.kb != nil || m.nominal || m.label != "PER" {
			continue
		}
		j, ok := byKey[sameKey{label: "X", name: norms[i]}]
		if !ok || d.mentions[j].kb != nil || d.mentions[j].nominal || d.mentions[j].label == "NORP" || find(i) == find(j) {
			continue
		}
		sameName = sameName[:0]
		for k, o := range d.mentions {
			if o.kb == nil && !o.nominal && norms[k] == norms[i] {
				sameName = append(sameName, k)
			}
		}
		if company, person := p.typeCues(d, sameName); company != person {
			union(j, i)
		}
	}
	// Short person names: "Kerry" joins "John Kerry" when exactly one longer person
	// cluster ends (or starts) with it. A one-word LOC/ORG/MISC that equals such a
	// surname is the same person mistagged (document-level consistency).
	// Index person mentions by their last word so each short name looks only at
	// the names it could end (a quadratic scan dominated long documents).
	// Mentions of one spelling are already one cluster, so one of each spelling
	// is indexed: a name repeated a thousand times is checked once.
	words := nameWords(norms)
	byLast := map[string][]int{}
	byFirst := map[string][]int{} // full names by their first word, for "Mr. Hu" (Hu Jintao)
	indexed := map[string]bool{}
	for i, m := range d.mentions {
		if m.label == "PER" && len(words[i]) > 0 && !indexed[norms[i]] {
			indexed[norms[i]] = true
			last := words[i][len(words[i])-1]
			byLast[last] = append(byLast[last], i)
			if len(words[i]) > 1 {
				byFirst[words[i][0]] = append(byFirst[words[i][0]], i)
			}
		}
	}
	linkInitials(d, words, byLast, find, union)
	for i, m := range d.mentions {
		if m.label == "NORP" {
			continue
		}
		ti := words[i]
		if len(ti) == 0 || len(ti) != 1 && m.label != "PER" {
			continue
		}
		var cand, ncand int
		for _, j := range byLast[ti[len(ti)-1]] {
			if j == i || len(words[j]) <= len(ti) || !hasSuffix(words[j], ti) {
				continue
			}
			if r := find(j); ncand == 0 || r != cand {
				if ncand > 0 && r != cand {
					ncand = 2
					break
				}
				cand, ncand = r, 1
			}
		}
		if ncand == 0 && len(ti) == 1 && m.start > 0 && honorifics[strings.TrimSuffix(d.lower[m.start-1], ".")] {
			// "Chinese President Hu Jintao ... Mr. Hu": the family name comes
			// first in Chinese, Korean and Vietnamese names; an honorific says
			// the word is a family name.
			knight := strings.TrimSuffix(d.lower[m.start-1], ".") == "sir"
			for _, j := range byFirst[ti[0]] {
				if !knight && surnameUsedAlone(d, words, find, j) {
					continue // "Mr Flight" is Howard Flight; "Mr Howard" another man
				}
				if r := find(j); ncand == 0 || r != cand {
					if ncand > 0 {
						ncand = 2
						break
					}
					cand, ncand = r, 1
				}
			}
		}
		if ncand == 1 && (m.label == "PER" || m.kb == nil) {
			union(cand, i)
		}
	}
	linkLoneFirstNames(d, words, byFirst, find, union) // "Li Xianliang" ... "Li" (entity_firstname.go)
	p.linkOrgShortNames(d, words, find, union)
	// The clusters in the order of their roots, each listing its mentions
	// in order: the roots of the mentions, counted, place each cluster in
	// one shared array.
	root := make([]int, n)
	size := make([]int, n)
	for i := range d.mentions {
		root[i] = find(i)
		size[root[i]]++
	}
	at := make([]int, n) // where each root's cluster starts in members
	members := make([]int, n)
	next := 0
	nroots := 0
	for r := range size {
		if size[r] > 0 {
			at[r] = next
			next += size[r]
			nroots++
		}
	}
	for i, r := range root {
		members[at[r]] = i
		at[r]++
	}
	ents := make([]entity, nroots)
	d.ents = slices.Grow(d.ents, nroots)
	for r := range size {
		if size[r] == 0 {
			continue
		}
		// Capped: later stages append to an entity's mentions (pronouns,
		// descriptions), which must not run into the next cluster.
		ms := members[at[r]-size[r] : at[r] : at[r]]
		e := &ents[0]
		ents = ents[1:]
		e.mentions = ms
		var votes labelVotes
		var kb *gazetteer.Entry
		nper := 0
		for _, mi := range ms {
			m := d.mentions[mi]
			if m.label != "NORP" {
				votes.add(m.label, 2)
			} else {
				votes.add("NORP", 1)
			}
			if m.label == "PER" {
				nper++
			}
			if m.kb != nil && kb == nil {
				kb = m.kb
			}
		}
		label := votes.argmax()
		if kb == nil {
			company, person := 0, 0
			if label == "PER" || label == "LOC" || nper > 0 && nper < len(ms) {
				company, person = p.typeCues(d, ms)
			}
			switch {
			case company > person && (label == "PER" || label == "LOC" || nper > 0):
				label = "ORG"
			case person > company && nper > 0:
				label = "PER" // merged across labels on a person's cue
			}
		}
		e.typ = nerType[label]
		if kb != nil {
			e.kb = kb.Key
			e.name = kb.Name
			e.typ = kb.Type
			e.subtype = kb.Subtype
			e.country = kb.Country
			if e.typ == extract.Person {
				// A person keeps the full name as this article spells it ("Sergey
				// Lavrov"); the KB key still links the spellings across documents.
				if n := bestName(d, ms, texts); severalWords(n) {
					e.name = n
				}
			}
		}
		if e.name == "" {
			e.name = bestName(d, ms, texts)
		}
		if kb == nil && e.typ == extract.Organization && isAcronym(e.name) {
			// Initials said more often than the name ("AU", "FA") name a
			// body less clearly than the full name the article gives once
			// ("African Union"). A known body keeps the dictionaries' name
			// ("NATO").
			for _, mi := range ms {
				if t := texts[mi]; !d.mentions[mi].nominal && severalWords(t) && initialsOf(d, d.mentions[mi]) == e.name {
					e.name = t
					break
				}
			}
		}
		if e.typ == extract.NORP && kb == nil {
			e.typ = extract.NORP
		}
		e.id = prefixedItoa('e', len(d.ents)+1)
		for _, mi := range ms {
			d.mentions[mi].ent = len(d.ents)
		}
		d.ents = append(d.ents, e)
	}
}

// linkOrgShortNames joins an organization's short forms to its full name:
// an acronym defined in parentheses ("International Atomic Energy Agency
// (IAEA)") or spelling the initials of exactly one longer name, and a one-word
// name that ends exactly one longer one ("Brotherhood" for "Muslim
// Brotherhood"). Ambiguity (two ministries) links nothing.
func (p *Pipeline) linkOrgShortNames(d *doc, words [][]string, find func(int) int, union func(int, int)) {
	var orgs []int
	for i, m := range d.mentions {
		if m.label == "ORG" && !m.nominal && len(words[i]) > 1 {
			orgs = append(orgs, i)
		}
	}
	if len(orgs) == 0 {
		return
	}
	for i, m := range d.mentions {
		if m.nominal || m.end-m.start != 1 || len(words[i]) != 1 || m.kb != nil && m.label != "ORG" {
			continue
		}
		w := d.words[m.start]
		// Defined right here: "Agency ( IAEA )".
		if m.start >= 2 && d.words[m.start-1] == "(" && d.mentionAt[m.start-2] >= 0 {
			oi := d.mentionAt[m.start-2]
			o := d.mentions[oi]
			if o.label == "ORG" && o.end == m.start-1 && initialsMatch(d, o, strings.ToUpper(w)) {
				union(oi, i)
				continue
			}
		}
		if m.label != "ORG" {
			continue
		}
		acronym := isAcronym(w)
		// Candidates are one body when they share a root or differ only by a
		// company suffix ("General Motors", "General Motors Corp"), which
		// linkOrgPrefixes would join anyway.
		var cands []int
		key, ambiguous := "", false
		for _, j := range orgs {
			o := d.mentions[j]
			// A name opening with the acronym spelled with dots ("C.T.C. Dealer
			// Holdings") competes with one whose initials give it.
			ok := acronym && (initialsMatch(d, o, w) || strings.Contains(d.words[o.start], ".") && strings.ReplaceAll(d.words[o.start], ".", "") == w) || !acronym && hasSuffix(words[j], words[i])
			if !ok {
				continue
			}
			k := strings.Join(withoutCorporateSuffix(words[j]), " ")
			if len(cands) > 0 && k != key && find(j) != find(cands[0]) {
				ambiguous = true
				break
			}
			key = k
			cands = append(cands, j)
		}
		if !ambiguous {
			for _, j := range cands {
				union(j, i)
			}
		}
	}
	p.linkOrgPrefixes(d, words, orgs, find, union)
}

// linkOrgPrefixes joins a company's name cut short at the end ("Scientific
// Micro" after "Scientific Micro Systems Inc", "Liebert" after "Liebert
// Corp") to the full name told earlier, when exactly one full name starts
// so. The tagger often types the short form as a person or place; it is the
// organization's. A one-word short form must not be a common word ("Bank"
// for "Bank of America").
func (p *Pipeline) linkOrgPrefixes(d *doc, words [][]string, orgs []int, find func(int) int, union func(int, int)) {
	for i, m := range d.mentions {
		if m.nominal || m.kb != nil || m.label == "NORP" || len(words[i]) == 0 {
			continue
		}
		if len(words[i]) == 1 && p.wc.of(d.lower[m.start], d.words[m.start])&(wNoun|wAdj|wVerb|wPast|wPrep|wDet) != 0 {
			continue
		}
		if p.gazKnows(d.text(m.start, m.end)) {
			continue // "St Louis" before "St Louis Merchants' Exchange" is the city
		}
		cand, n := -1, 0
		for _, j := range orgs {
			o := d.mentions[j]
			if o.start >= m.start || len(words[j]) <= len(words[i]) || !slices.Equal(words[j][:len(words[i])], words[i]) {
				continue
			}
			// The rest of the long name, as written: name words are normalised
			// (punctuation dropped), so count the short form's tokens instead.
			if rest := o.start + (m.end - m.start); rest >= o.end || !namePartsOnly(d.words[rest:o.end]) {
				continue // ("Aviator for Oscar", "Tories and Lib Dems": not one name)
			}
			if !corporateSuffix[strings.ToLower(d.words[o.end-1])] && (m.label == "PER" || m.label == "LOC" || m.start > 0 && (placePreps[d.lower[m.start-1]] || d.lower[m.start-1] == "to")) {
				// "visitors to Blackpool" is not the Blackpool Hotel Association,
				// nor "Bush" the Bush Presidency; "Sealy" is Sealy Inc
				continue
			}
			if r := find(j); n == 0 || r != cand {
				cand = r
				n++
			}
		}
		if n == 1 && find(i) != cand && !shortFormOfOther(d, words, find, i) {
			union(cand, i)
			d.mentions[i].label = "ORG"
		}
	}
}

// isAcronym reports a word of two to six capital letters.
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// initialsMatch reports that w is the initials of the name, with or without
// a closing company suffix: "Japan Credit Rating Agency Ltd (JCRA)".
func initialsMatch(d *doc, m *mention, w string) bool {
	if initialsOf(d, m) == w {
		return true
	}
	if m.end-m.start > 2 && corporateSuffix[d.lower[m.end-1]] {
		short := *m
		short.end--
		return initialsOf(d, &short) == w
	}
	return false
}

// initialsOf is the capitalised initials of a name, skipping "of", "the", "and":
// "International Atomic Energy Agency" -> "IAEA".
func initialsOf(d *doc, m *mention) string {
	var b strings.Builder
	for k := m.start; k < m.end; k++ {
		switch d.lower[k] {
		case "of", "the", "and", "for", "&":
			continue
		}
		r := []rune(d.words[k])
		if len(r) > 0 && unicode.IsUpper(r[0]) {
			b.WriteRune(r[0])
		}
	}
	return b.String()
}

func coarse(label string) string {
	if label == "PER" {
		return "PER"
	}
	return "X"
}

func hasSuffix(long, short []string) bool {
	if len(short) > len(long) {
		return false
	}
	off := len(long) - len(short)
	for i := range short {
		if long[off+i] != short[i] {
			return false
		}
	}
	return true
}

// voteLabels are the labels an entity's type is voted among, in the order
// that breaks ties.
var voteLabels = [...]string{"PER", "ORG", "LOC", "MISC", "NORP"}

// labelVotes counts votes for each of voteLabels; other labels get none.
type labelVotes [len(voteLabels)]int

func (v *labelVotes) add(label string, n int) {
	for k, l := range voteLabels {
		if l == label {
			v[k] += n
			return
		}
	}
}

// argmax is the label with the most votes, the first of voteLabels on ties.
func (v *labelVotes) argmax() string {
	best, bn := "", -1
	for k, l := range voteLabels {
		if v[k] > bn {
			best, bn = l, v[k]
		}
	}
	return best
}

// severalWords reports len(strings.Fields(s)) > 1 without building the fields.
func severalWords(s string) bool {
	n, in := 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			in = true
			n++
		}
	}
	return n > 1
}

// nameWords splits each normalised name (normName: words joined by single
// spaces) into its words, all in one shared array.
func nameWords(norms []string) [][]string {
	nw := 0
	for _, s := range norms {
		if s != "" {
			nw += strings.Count(s, " ") + 1
		}
	}
	all := make([]string, 0, nw)
	words := make([][]string, len(norms))
	for i, s := range norms {
		start := len(all)
		for s != "" {
			w, rest, _ := strings.Cut(s, " ")
			all = append(all, w)
			s = rest
		}
		words[i] = all[start:len(all):len(all)]
	}
	return words
}

// bestName picks the fullest non-description mention: the longest for persons
// (up to five words), otherwise the most frequent, longest on ties.
func bestName(d *doc, ms []int, texts []string) string {
	count := map[string]int{}
	for _, mi := range ms {
		if !d.mentions[mi].nominal {
			count[texts[mi]]++
		}
	}
	best, bc, bl := "", -1, -1
	for _, mi := range ms {
		m := d.mentions[mi]
		if m.nominal {
			continue
		}
		t := texts[mi]
		l := m.end - m.start
		if m.label == "PER" && l <= 5 {
			// On a tie, the longer spelling: "Robert Sidoli", not "R Sidoli".
			if l > bl || (l == bl && (count[t] > bc || count[t] == bc && len(t) > len(best))) {
				best, bc, bl = t, count[t], l
			}
			continue
		}
		if count[t] > bc || (count[t] == bc && l > bl) {
			best, bc, bl = t, count[t], l
		}
	}
	return best
}

// normName is the comparison form of a name: lower case, letters and digits only,
// single spaces.
func normName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	writeNorm(&b, s)
	return b.String()
}

// normNames sets norms[i] to normName(texts[i]), all written into one
// shared buffer instead of an allocation each. Strings already taken from
// the builder stay valid as it grows: it only appends.
func normNames(texts, norms []string) {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	var b strings.Builder
	b.Grow(n)
	for i, t := range texts {
		start := b.Len()
		writeNorm(&b, t)
		norms[i] = b.String()[start:]
	}
}

// writeNorm writes normName(s) to b.
func writeNorm(b *strings.Builder, s string) {
	start := b.Len()
	space := false
	for _, r := range s {
		r = unicode.ToLower(r) // as strings.ToLower does, without its copy
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > start {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r == '.' || r == '\'' || r == '’':
			// "U.S." == "US"; "O'Neil" == "ONeil"
		default:
			space = true
		}
	}
}

// prefixedItoa is string(prefix) + strconv.Itoa(i) in one allocation.
func prefixedItoa(prefix byte, i int) string {
	var b [21]byte
	return string(strconv.AppendInt(append(b[:0], prefix), int64(i), 10))
}

func itoa(i int) string { return strconv.Itoa(i) }

// exportSlab holds the mentions and aliases of a document's exported
// entities: two allocations per document instead of two per entity. Each
// entity's slices are capped, so appending to one never writes into the
// next entity's.
type exportSlab struct {
	mentions []extract.Mention // room for every mention of the kept entities
	aliases  []string          // room for every mention and alias of them
}

func (e *entity) export(d *doc, slab *exportSlab) extract.Entity {
	nm, na := len(slab.mentions), len(slab.aliases)
	if cap(slab.mentions)-nm < len(e.mentions) {
		slab.mentions = make([]extract.Mention, 0, len(e.mentions))
		nm = 0
	}
	if room := len(e.mentions) + len(e.aliases) + 1; cap(slab.aliases)-na < room {
		slab.aliases = make([]string, 0, room)
		na = 0
	}
	out := extract.Entity{
		ID:       e.id,
		Name:     e.name,
		Type:     e.typ,
		Subtype:  e.subtype,
		KB:       e.kb,
		Aliases:  slab.aliases[na:na:cap(slab.aliases)],
		Roles:    []extract.Role{},
		Mentions: slab.mentions[nm:nm:cap(slab.mentions)],
	}
	// An entity has a handful of spellings: a scan of those kept finds a
	// repeat as a set would, without building one per entity.
	addAlias := func(s string) {
		if s != "" && !slices.Contains(out.Aliases, s) {
			out.Aliases = append(out.Aliases, s)
		}
	}
	for _, mi := range e.mentions {
		m := d.mentions[mi]
		t := d.text(m.start, m.end)
		if !m.nominal {
			addAlias(t)
		}
		out.Mentions = append(out.Mentions, extract.Mention{
			Text: t, Start: d.toks[m.start].Start, End: d.toks[m.end-1].End, Sentence: d.sentOf[m.start],
		})
	}
	for _, a := range e.aliases {
		addAlias(a)
	}
	addAlias(sectAlias(e.name)) // "Sunni" for "Sunni Muslim" (entity_sectalias.go)
	// slices.SortFunc runs the same pdqsort as sort.Slice did (mentions
	// that start together keep the same order), without its allocations.
	slices.SortFunc(out.Mentions, func(a, b extract.Mention) int { return cmp.Compare(a.Start, b.Start) })
	var rs map[extract.Role]bool
	for _, r := range d.roles {
		if d.ents[r.person] != e {
			continue
		}
		role := extract.Role{Title: r.title}
		if r.org >= 0 {
			role.Org = d.ents[r.org].name
			role.OrgID = d.ents[r.org].id
		}
		if rs == nil {
			rs = map[extract.Role]bool{}
		}
		if !rs[role] {
			rs[role] = true
			out.Roles = append(out.Roles, role)
		}
	}
	// Cap what this entity took and leave the rest to the next.
	out.Aliases = out.Aliases[:len(out.Aliases):len(out.Aliases)]
	out.Mentions = out.Mentions[:len(out.Mentions):len(out.Mentions)]
	slab.aliases = slab.aliases[:na+len(out.Aliases)]
	slab.mentions = slab.mentions[:nm+len(out.Mentions)]
	return out
}

// surnameUsedAlone reports that the story calls full name j by its last word
// alone ("Howard Flight" ... "Mr Flight"): that last word is the family name.
func surnameUsedAlone(d *doc, words [][]string, find func(int) int, j int) bool {
	last, r := words[j][len(words[j])-1], find(j)
	for k := range d.mentions {
		if len(words[k]) == 1 && words[k][0] == last && find(k) == r {
			return true
		}
	}
	return false
}

// shortFormOfOther: mention i already stands for a longer name ("Dean" for
// "Howard Dean", not for "Dean Foods Co").
func shortFormOfOther(d *doc, words [][]string, find func(int) int, i int) bool {
	r := find(i)
	for k := range d.mentions {
		if k != i && len(words[k]) > len(words[i]) && find(k) == r {
			return true
		}
	}
	return false
}

// corporateSuffix ends a company's name: a short form without it is the
// company even where the tagger typed it a person or place.
var corporateSuffix = map[string]bool{
	"inc": true, "inc.": true, "corp": true, "corp.": true, "co": true, "co.": true, "ltd": true, "ltd.": true,
	"plc": true, "ag": true, "sa": true, "nv": true, "n.v.": true, "llc": true, "limited": true, "bancorp": true,
	"corporation": true, "company": true, "gmbh": true, "cos": true, "group": true, "holdings": true,
}

// withoutCorporateSuffix is a company's name words without a closing suffix
// ("general motors corp" -> "general motors").
func withoutCorporateSuffix(ws []string) []string {
	if len(ws) > 1 && corporateSuffix[ws[len(ws)-1]] {
		return ws[:len(ws)-1]
	}
	return ws
}

// namePartsOnly: every word is capitalised or a symbol inside names ("&").
func namePartsOnly(ws []string) bool {
	for _, w := range ws {
		if w == "&" || w == "-" || w == "." {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// linkInitials joins a name written with initials ("G Henson", "R. Sidoli",
// "KP Robertson", as line-ups and wire copy write them) to the one longer
// person name in the document with that surname whose given name starts
// with the initial ("Gavin Henson"). Left apart, the two forms also make
// the bare surname ("Henson") ambiguous, so it joined neither.
func linkInitials(d *doc, words [][]string, byLast map[string][]int, find func(int) int, union func(int, int)) {
	for i, m := range d.mentions {
		if m.label != "PER" || m.nominal || len(words[i]) != 2 {
			continue
		}
		ini := strings.ReplaceAll(d.words[m.start], ".", "")
		if len(ini) == 0 || len(ini) > 3 || strings.ToUpper(ini) != ini || strings.ToLower(ini) == ini {
			continue
		}
		first := strings.ToLower(ini[:1])
		cand, n := -1, 0
		for _, j := range byLast[words[i][1]] {
			wj := words[j]
			if len(wj) < 2 || len(wj[0]) < 2 || !strings.HasPrefix(wj[0], first) || find(j) == find(i) {
				continue
			}
			if r := find(j); n == 0 || r != cand {
				cand = r
				n++
			}
		}
		if n == 1 {
			union(cand, i)
		}
	}
}

// derivedDemonym reads a nationality word the dictionaries lack from its
// country's name: "Sri Lankan" is of Sri Lanka, "South Korean" of South
// Korea (the country's name plus "n"). Only for spans the tagger labelled
// MISC, the label of nationalities; one-word ones are all in the dictionaries.
func (p *Pipeline) derivedDemonym(text string) (gazetteer.Entry, bool) {
	if e, ok := p.gaz.Demonym(text); ok {
		return e, true
	}
	// Two words or more: "Korean" alone does not say which Korea.
	if !strings.Contains(text, " ") || !strings.HasSuffix(text, "n") {
		return gazetteer.Entry{}, false
	}
	for _, e := range p.gaz.Lookup(text[:len(text)-1]) {
		if e.Type == extract.Location && e.Subtype == extract.Country {
			return e, true
		}
	}
	return gazetteer.Entry{}, false
}
