package pipeline

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

// Mention shapes: the tagger (trained on CoNLL-2003) cuts a few kinds of
// names in ways a knowledge graph does not want. These rules reshape its spans
// before the entities are built:
//
//	Tokyo NIHON KEIZAI SHIMBUN        a dateline: place + source -> LOC + ORG
//	Havana Radio Reloj Network        (the same with a broadcaster)
//	Moscow PRAVDA                     the source the tagger left out -> ORG
//	Russian | Defence Ministry        nationality + organization -> one ORG
//	Haitian Parliament, French Government  (nationality + a body)
//	Eagle-Picher Industries of Cincinnati  organization + "of" + place -> ORG, LOC
//	Composer Thomas, Justice Lewis Powell  an occupation is a role, not a name
//
// A joined organization keeps its country: the nationality stays a mention of
// its own (nested inside the organization's span, outside mentionAt) so the
// country is still an entity of the document, and orgCountryRelations links
// the two with BASED_IN.

// datelineSplit returns the token where a place written before a news source
// ends ("Tokyo | NIHON KEIZAI SHIMBUN", "Havana | Radio Reloj Network",
// "Kiev | UT-1 Television Network"), or 0. The place is in mixed case and
// known to the gazetteer; the source is in capitals or a broadcaster's name.
func (p *Pipeline) datelineSplit(d *doc, start, end int) int {
	if end-start < 2 {
		return 0
	}
	for k := min(end-1, start+3); k > start; k-- {
		// The cheap tests first: most names are no dateline.
		if !sourceShaped(d, k, end) || !mixedCase(d.words[start:k]) {
			continue
		}
		if p.gazPlace(d.text(start, k)) && !p.gazPlace(d.text(k, end)) && !p.gazKnows(d.text(start, end)) {
			return k
		}
	}
	return 0
}

// sourceShaped reports a news source's name in tokens [k, end): capitals
// ("PRAVDA", "THE NATION", "O GLOBO", "UT-1 Television Network"), or a
// broadcaster ("Radio Reloj Network", "Suomen Yleisradio Network", "Kanal-6
// Television"). A lone two-letter word ("Washington DC") is a state.
func sourceShaped(d *doc, k, end int) bool {
	w := d.words[k]
	switch {
	case capsWord(w):
		return end-k > 1 || letterCount(w) > 2
	case len(w) == 1 && unicode.IsUpper(rune(w[0])) && k+1 < end && capsWord(d.words[k+1]):
		return true // "O GLOBO", "I KATHIMERINI"
	case end-k < 2:
		return false
	case w == "Radio":
		return true
	}
	switch d.words[end-1] {
	case "Network", "Television", "TV":
		return true
	}
	return false
}

// datelineSources adds the source the tagger left out of a dateline: a run of
// words in capitals right after a place that opens a sentence or follows a
// wire-service code ("Madrid EFE", "London THE SUNDAY TIMES", "PY2604013394 Rio
// de Janeiro O GLOBO in Portuguese").
func (p *Pipeline) datelineSources(d *doc) {
	for i := 0; i < len(d.mentions); i++ {
		m := d.mentions[i]
		if m.label != "LOC" || m.nested {
			continue
		}
		s := d.sents[d.sentOf[m.start]]
		if m.start != s.Start && !(m.start-1 >= s.Start && serialCode(d.words[m.start-1])) {
			continue
		}
		if !mixedCase(d.words[m.start:m.end]) {
			continue
		}
		// The run of capitals may hold names the tagger read as people or
		// other ("YOMIURI SHIMBUN" MISC, "METEOROLOGIYA I GIDROLOGIYA"
		// with a PER at the end): the source is one organization.
		k := m.end
		for k < s.End && (capsWord(d.words[k]) || len(d.words[k]) == 1 && unicode.IsUpper(rune(d.words[k][0]))) {
			k++
		}
		if k == m.end || !capsWord(d.words[k-1]) {
			// A broadcaster in mixed case: "Guatemala City Teleonce
			// Television in Spanish".
			k = m.end
			for k < s.End && k < m.end+5 && d.mentionAt[k] < 0 && isWordLike(d.words[k]) && hasUpperLetter(d.words[k][:1]) {
				k++
			}
			if k-m.end < 2 {
				continue
			}
			switch d.words[k-1] {
			case "Television", "Network", "TV":
			default:
				continue
			}
		}
		if !sourceShaped(d, m.end, k) {
			continue
		}
		if k < s.End && d.mentionAt[k] >= 0 && d.mentions[d.mentionAt[k]].start < k {
			continue // a name runs on past the capitals
		}
		// "Moscow ITAR-TASS"'s "TASS" as a place: leave it; a place
		// word opening a longer source ("Tokyo NIHON KEIZAI SHIMBUN",
		// NIHON Japan) is part of the name.
		inside := false
		if mi := d.mentionAt[k-1]; mi >= 0 && d.mentions[mi].label == "LOC" {
			inside = true
		}
		if inside {
			continue
		}
		for t := m.end; t < k; t++ {
			if mi := d.mentionAt[t]; mi >= 0 {
				dropMention(d, mi)
			}
		}
		p.recordMention(d, m.end, k, "ORG")
	}
}

// dateline is the opening of a wire story: "KHARTOUM , Sudan ( AP )",
// "Saint-Gall , Switzerland , Feb 2 ( AFP ) --", "( Text ) Moscow April 25
// TASS --": a place, maybe a larger place and a date, then the source.
type dateline struct {
	place      *mention // the tagger's mention of the opening name, or nil
	start, end int      // the opening name's tokens
	larger     *mention // the larger place after a comma, or nil
	date       []int    // the date's tokens, which the tagger may have named
	source     int      // the source's token
}

// parseDateline reads a dateline at the start of sentence s.
func parseDateline(d *doc, s tokenize.Sentence) (dateline, bool) {
	var dl dateline
	if s.Start >= len(d.toks) || s.End > len(d.toks) {
		return dl, false
	}
	// Most sentences have no source mark near their start: look for one
	// before reading anything else.
	mark := false
	for k := s.Start; k+1 < s.End && k < s.Start+16; k++ {
		switch d.words[k] {
		case "(", "--", "-", "—":
			mark = true
		}
	}
	if !mark {
		return dl, false
	}
	st := s.Start
	if st+2 < s.End && d.words[st] == "(" && d.words[st+2] == ")" {
		st += 3 // "( Text )"
	} else if st < s.End && d.words[st] == ")" {
		st++
	}
	if st >= s.End {
		return dl, false
	}
	// The opening name: the tagger's, or capitalised words it left out
	// ("STOCKTON-ON-TEES").
	end := st
	if mi := d.mentionAt[st]; mi >= 0 {
		dl.place = d.mentions[mi]
		if dl.place.start != st || dl.place.label == "PER" && !capsRun(d, dl.place.start, dl.place.end) {
			return dl, false
		}
		end = dl.place.end
	} else {
		for end < s.End && end < st+4 && d.mentionAt[end] < 0 && isWordLike(d.words[end]) && hasUpperLetter(d.words[end][:1]) {
			end++
		}
		if end == st {
			return dl, false
		}
	}
	dl.start, dl.end = st, end
	k := end
	if k+1 < s.End && d.words[k] == "," && d.mentionAt[k+1] >= 0 && d.mentions[d.mentionAt[k+1]].label == "LOC" {
		dl.larger = d.mentions[d.mentionAt[k+1]]
		k = dl.larger.end
	}
	j := k
	if j < s.End && d.words[j] == "," {
		j++
	}
	for j < s.End && j < k+5 && (datelineMonths[d.lower[j]] || monthAbbrev[strings.TrimSuffix(d.lower[j], ".")] || allDigits(d.words[j]) || d.words[j] == ".") {
		dl.date = append(dl.date, j)
		j++
	}
	if len(dl.date) > 0 {
		k = j
	}
	switch {
	case k+2 < s.End && d.words[k] == "(" && d.words[k+2] == ")" && (capsWord(d.words[k+1]) || isAgency(d, k+1)):
		dl.source = k + 1
	case len(dl.date) > 0 && k+1 < s.End && capsWord(d.words[k]) && (d.words[k+1] == "--" || d.words[k+1] == "-" || d.words[k+1] == "—"):
		dl.source = k // "Moscow April 25 TASS --"
	default:
		return dl, false
	}
	return dl, true
}

// datelinePlaces types as a place the name that opens a dateline, whatever
// the tagger made of it, and drops the names it read in the date ("Feb").
func (p *Pipeline) datelinePlaces(d *doc) {
	p.serialCodePlaces(d)
	for _, s := range d.sents {
		dl, ok := parseDateline(d, s)
		if !ok {
			continue
		}
		for _, j := range dl.date {
			if mi := d.mentionAt[j]; mi >= 0 && d.mentions[mi].start == j && d.mentions[mi].end == j+1 {
				dropMention(d, mi)
			}
		}
		if dl.place == nil {
			p.recordMention(d, dl.start, dl.end, "LOC")
			continue
		}
		dl.place.label = "LOC"
	}
}

// serialCodePlaces types as a place a name the gazetteer knows as one
// right after a monitoring service's serial code ("LD1606082994 Tunis
// Tunisian Republic Radio Network in Arabic", "LD2204095694 Madrid RNE
// International"): the header names where the source broadcast from, and
// the tagger, seeing a run of capitalised words, reads the city as part of
// an organization's name or as one of its own.
func (p *Pipeline) serialCodePlaces(d *doc) {
	for k := 0; k+1 < len(d.toks); k++ {
		mi := d.mentionAt[k+1]
		if mi < 0 || !serialCode(d.words[k]) || d.sentOf[k+1] != d.sentOf[k] {
			continue
		}
		m := d.mentions[mi]
		if m.start != k+1 || m.nested || m.label == "LOC" || m.label == "NORP" {
			continue
		}
		// Only a span the gazetteer knows whole as a place is retyped
		// (a place opening a longer span is datelineSplit's).
		if p.gazPlace(d.text(m.start, m.end)) {
			m.label = "LOC"
		}
	}
}

// datelineRelations reads where a dateline's source filed from: the source
// REPORTED_FROM the dateline's places ("BANGKOK , Thailand ( AP )"). It is not
// BASED_IN: a wire service files from hundreds of cities, and a BASED_IN edge
// for each would bury where it is based. CoNLL04 annotates these pairs as
// OrgBased_In (30 of 53 training datelines), so its scorer maps the type there.
func datelineRelations(d *doc) {
	for _, s := range d.sents {
		dl, ok := parseDateline(d, s)
		if !ok || dl.place == nil || d.mentionAt[dl.source] < 0 {
			continue
		}
		src := d.mentions[d.mentionAt[dl.source]]
		if src.ent < 0 || d.ents[src.ent].typ != extract.Organization {
			continue
		}
		for _, pl := range []*mention{dl.place, dl.larger} {
			if pl == nil || pl.ent < 0 || pl.ent == src.ent || d.ents[pl.ent].typ != extract.Location {
				continue
			}
			d.relations = append(d.relations, extract.Relation{
				Type: "REPORTED_FROM", Source: d.ents[src.ent].id, Target: d.ents[pl.ent].id, Confidence: 0.9,
				Evidence: []extract.Evidence{d.spanEvidence(pl.start, src.end)},
			})
		}
	}
}

// isAgency reports a one-word organization name at token k ("Reuters").
func isAgency(d *doc, k int) bool {
	mi := d.mentionAt[k]
	return mi >= 0 && d.mentions[mi].label == "ORG" && d.mentions[mi].start == k && d.mentions[mi].end == k+1
}

// monthAbbrev are the months as datelines abbreviate them.
var monthAbbrev = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// capsRun reports tokens [i, j) all in capitals.
func capsRun(d *doc, i, j int) bool {
	for k := i; k < j; k++ {
		if !capsWord(d.words[k]) {
			return false
		}
	}
	return i < j
}

// dropMention removes mention mi before entities are built.
func dropMention(d *doc, mi int) {
	d.mentions = append(d.mentions[:mi], d.mentions[mi+1:]...)
	for t := range d.mentionAt {
		switch {
		case d.mentionAt[t] == mi:
			d.mentionAt[t] = -1
		case d.mentionAt[t] > mi:
			d.mentionAt[t]--
		}
	}
}

// orgOfPlace returns the "of" in an organization's name followed by a place
// at its end ("Eagle-Picher Industries of Cincinnati", "Supreme Court of
// Canada", "Institute of Zoology of Kunming"), where news names the body and
// where it sits; or 0. A one-word head ("Bank of America", "University of
// Iowa") and a university's name are one name, as is a name the gazetteer
// knows ("Communist Party of China").
func (p *Pipeline) orgOfPlace(d *doc, start, end int) int {
	if end-start < 4 {
		return 0
	}
	for k := end - 2; k >= start+2; k-- {
		if d.lower[k] != "of" {
			continue
		}
		switch d.lower[k-1] {
		case "university", "college", "republic", "federation", "state", "states", "kingdom":
			return 0
		}
		if !mixedCase(d.words[k+1:end]) || !p.gazPlace(d.text(k+1, end)) || p.gazKnows(d.text(start, end)) {
			return 0
		}
		return k
	}
	return 0
}

// orgHeads are the bodies news names by a nationality or a place: "the
// Haitian Parliament", "the French Government", "the Chinese government".
var orgHeads = map[string]bool{"government": true, "parliament": true, "embassy": true, "consulate": true,
	"ministry": true, "army": true, "navy": true, "police": true, "cabinet": true, "duma": true,
	"assembly": true, "legislature": true, "senate": true, "military": true, "court": true, "council": true,
	"agency": true, "guard": true, "force": true, "forces": true, "television": true, "radio": true,
	"service": true, "bank": true, "party": true, "fleet": true, "office": true, "committee": true}

// joinNationalOrgs makes a nationality and the organization it names one
// organization: "Russian" + "Defence Ministry", "Haitian" + "Parliament",
// "Italian" + "Agricultural Confederation", "French Government". A place
// and a body stay two ("U.S. | Navy", "Cape Town | Supreme Court"), and "the
// Cambodian government" in lower case stands for the country, as event
// actors are read. An organization the gazetteer knows alone ("CIA") keeps
// its name.
func (p *Pipeline) joinNationalOrgs(d *doc) {
	n := len(d.mentions)
	for i := 0; i < n; i++ {
		m := d.mentions[i]
		if m.nested || m.nominal || m.label != "NORP" && m.label != "LOC" && m.label != "MISC" {
			continue
		}
		demonym := m.label == "NORP" || m.end-m.start == 1 && p.isDemonym(d.words[m.start])
		k := m.end
		if k >= len(d.toks) || d.sentOf[k] != d.sentOf[m.start] || d.toks[k].Glued {
			continue
		}
		if mi := d.mentionAt[k]; mi >= 0 {
			o := d.mentions[mi]
			if !demonym || o.label != "ORG" || o.start != k || o.nominal || p.gazKnows(d.text(o.start, o.end)) ||
				o.end-o.start == 1 && peopleWord(d.words[o.start]) {
				// "Bosnian Muslims" are people, not a body.
				continue
			}
			p.nestInto(d, m, o.start, o.end, o)
			continue
		}
		if !demonym {
			continue
		}
		// "Haitian Parliament", "Russian State Duma": up to three capitalised
		// words the tagger left out, the last a body.
		j := k
		for j < len(d.toks) && j < k+3 && d.mentionAt[j] < 0 && d.sentOf[j] == d.sentOf[k] && hasUpperLetter(d.words[j][:1]) && isWordLike(d.words[j]) {
			j++
		}
		for j > k && !orgHeads[d.lower[j-1]] {
			j--
		}
		if j > k && !titleOver(d, k) {
			p.nestInto(d, m, k, j, nil)
		}
	}
}

// titleOver reports tokens [k, j) that start with a word that ranks a post
// ("Japanese Chief Cabinet Secretary" names a post, not a cabinet).
func titleOver(d *doc, k int) bool {
	switch d.lower[k] {
	case "chief", "deputy", "vice", "acting", "senior", "assistant", "under", "former":
		return true
	}
	return false
}

// nestInto widens organization o (or a new ORG mention when o is nil) over
// the nationality or place m and tokens [k, j); m stays a mention of its own
// inside the organization's span.
func (p *Pipeline) nestInto(d *doc, m *mention, k, j int, o *mention) {
	if o == nil {
		o = &mention{start: k, end: j, label: "ORG", ent: -1}
		d.mentions = append(d.mentions, o)
	}
	oi := -1
	for i, x := range d.mentions {
		if x == o {
			oi = i
			break
		}
	}
	o.start = m.start
	o.label = "ORG"
	o.kb = nil
	for t := o.start; t < o.end; t++ {
		d.mentionAt[t] = oi
	}
	m.nested = true
	m.host = oi
}

// orgCountryRelations adds BASED_IN from an organization joined with a
// nationality or place to that place ("Russian Defence Ministry" -> Russia),
// and gives the organization the place's country.
func orgCountryRelations(d *doc) {
	for _, m := range d.mentions {
		if !m.nested || m.host < 0 || m.ent < 0 {
			continue
		}
		o := d.mentions[m.host]
		if o.ent < 0 || o.ent == m.ent {
			continue
		}
		org, place := d.ents[o.ent], d.ents[m.ent]
		if org.typ != extract.Organization || place.typ != extract.Location {
			continue
		}
		if org.country == "" {
			org.country = place.country
		}
		ev := []extract.Evidence{d.spanEvidence(o.start, o.end)}
		// The country named again in the sentence ("the Haitian Parliament
		// ... president of Haiti"): the pair is related there too.
		for _, pi := range place.mentions {
			pm := d.mentions[pi]
			if pm.nested || pm.nominal || d.sentOf[pm.start] != d.sentOf[o.start] {
				continue
			}
			ev = append(ev, d.spanEvidence(min(o.start, pm.start), max(o.end, pm.end)))
		}
		d.relations = append(d.relations, extract.Relation{
			Type: "BASED_IN", Source: org.id, Target: place.id, Confidence: 0.8, Evidence: ev,
		})
	}
}

// occupationWords are occupations news writes before a name as a title
// ("Composer Aaron Copland", "Actress Angie Dickinson") and abbreviated forms
// of address ("Rep.", "Sen."): roles, not part of the name, as with the
// gazetteer's titles. CoNLL04 sometimes keeps them in its spans; the
// evaluation aligns over them as over titles (titlesOnly).
var occupationWords = map[string]bool{"composer": true, "actress": true, "actor": true, "singer": true,
	"author": true, "writer": true, "novelist": true, "poet": true, "painter": true, "artist": true,
	"playwright": true, "sculptor": true, "architect": true, "photographer": true, "comedian": true,
	"dancer": true, "pianist": true, "violinist": true, "conductor": true, "filmmaker": true,
	"journalist": true, "columnist": true, "historian": true, "economist": true, "scientist": true,
	"physicist": true, "astronaut": true, "explorer": true, "inventor": true, "lawyer": true,
	"attorney": true, "justice": true, "judge": true, "detective": true, "officer": true,
	"patrolman": true, "trooper": true, "sheriff": true, "coach": true, "evangelist": true,
	"rep.": true, "sen.": true, "gov.": true, "gen.": true, "lt.": true, "col.": true, "sgt.": true,
	"capt.": true, "adm.": true, "maj.": true, "cmdr.": true, "cpl.": true, "pvt.": true, "rev.": true,
	"dr.": true, "prof.": true}

// occupationAt is the number of occupation or title words at token i (one or
// none); a word in lower case is a noun of the sentence, not a title.
func (p *Pipeline) occupationAt(d *doc, i int) int {
	if occupationWords[d.lower[i]] && hasUpperLetter(d.words[i][:1]) {
		return 1
	}
	if i+1 < len(d.toks) && d.words[i+1] == "." && !d.toks[i+1].SpaceBefore && occupationWords[d.lower[i]+"."] {
		return 2 // the tokenizer split "Rep." into "Rep" "."
	}
	return 0
}

func (p *Pipeline) isDemonym(w string) bool {
	_, ok := p.gaz.Demonym(w)
	return ok
}

// gazKnows reports a name the gazetteer knows.
func (p *Pipeline) gazKnows(s string) bool { return len(p.gaz.Lookup(s)) > 0 }

// gazPlace reports a name the gazetteer knows as a place.
func (p *Pipeline) gazPlace(s string) bool {
	for _, e := range p.gaz.Lookup(s) {
		if e.Type == extract.Location {
			return true
		}
	}
	return false
}

// mixedCase reports words that each have a lower-case letter or are a
// lower-case particle ("Rio de Janeiro", "U.S." excepted: an abbreviation
// with dots), not a run of capitals.
func mixedCase(ws []string) bool {
	for _, w := range ws {
		if strings.Contains(w, ".") {
			continue
		}
		lower := false
		for _, r := range w {
			if unicode.IsLower(r) {
				lower = true
				break
			}
		}
		if !lower {
			return false
		}
	}
	return len(ws) > 0
}

// capsWord reports a word of at least two letters, all capitals ("PRAVDA",
// "N-TV", "UT-1").
func capsWord(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case unicode.IsLetter(r):
			return false
		case unicode.IsDigit(r) || r == '-' || r == '\'':
		default:
			return false
		}
	}
	return n >= 2
}

func letterCount(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// placeInCountry corrects a gazetteer hit on a country for a name that is a
// place inside it: PETRARCH lists many of a country's cities and regions
// among its names ("Haifa", "Tel Aviv" for Israel; "Naples", "Campania" for
// Italy), and reading them as the country merges Haifa with Israel in the
// graph. A name is the country's own when it is the country's name or shares
// a word with it ("Great Britain"), an abbreviation ("U.S.", "UAE"), the root
// of one of its nationality words ("America", "Holland"), or one of the few
// other names news uses ("United Kingdom", "Myanmar"); any other is a place
// in that country.
func (p *Pipeline) placeInCountry(e gazetteer.Entry, text string) gazetteer.Entry {
	if e.Subtype != extract.Country || text == e.Name || strings.Contains(text, ".") || len(text) <= 4 && strings.ToUpper(text) == text {
		return e
	}
	t, n := normName(text), normName(e.Name)
	if t == n || otherCountryNames[t] {
		return e
	}
	for _, w := range strings.Fields(t) {
		for _, v := range strings.Fields(n) {
			if w == v || len(w) >= 5 && len(v) >= 5 && w[:5] == v[:5] {
				return e
			}
		}
	}
	for _, suf := range []string{"n", "an", "ian", "ese", "ish", "i", "er", "ic"} {
		if d, ok := p.gaz.Demonym(text + suf); ok && d.Key == e.Key {
			return e
		}
	}
	return gazetteer.Entry{Key: e.Key + "/" + strings.ToUpper(strings.ReplaceAll(t, " ", "_")), Name: text,
		Type: extract.Location, Subtype: extract.Region, Country: e.Country}
}

// otherCountryNames are names news uses for a country that share nothing
// with the gazetteer's display name.
var otherCountryNames = map[string]bool{"united kingdom": true, "myanmar": true, "persia": true,
	"the netherlands": true, "holland": true, "america": true, "the united states": true,
	"united states of america": true, "the gambia": true, "east timor": true, "timor leste": true}

// placePreps put a place after them.
var placePreps = map[string]bool{"in": true, "of": true, "near": true, "at": true, "from": true, "outside": true}

// usStates are the AP abbreviations of the U.S. states, lower case without
// dots ("Calif." -> "calif", "N.Y." -> "ny").
var usStates = map[string]bool{"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true,
	"conn": true, "del": true, "fla": true, "ga": true, "ill": true, "ind": true, "kan": true, "kans": true,
	"ky": true, "la": true, "md": true, "mass": true, "mich": true, "minn": true, "miss": true, "mo": true,
	"mont": true, "neb": true, "nev": true, "nh": true, "nj": true, "nm": true, "ny": true, "nc": true,
	"nd": true, "okla": true, "ore": true, "pa": true, "ri": true, "sc": true, "sd": true, "tenn": true,
	"tex": true, "vt": true, "va": true, "wash": true, "wva": true, "wis": true, "wyo": true, "dc": true}

// stateAbbrev returns the end of a U.S. state's abbreviation at token k
// ("Calif.", "N.Y.", or split by the tokenizer "N.Y" "."), or 0. Without a
// dot only two capitals count ("NY"): "Mass" or "Miss" alone are words.
func stateAbbrev(d *doc, k int) int {
	if k >= len(d.toks) {
		return 0
	}
	w := d.words[k]
	if len(w) < 2 || len(w) > 6 || w[0] < 'A' || w[0] > 'Z' {
		return 0
	}
	key := strings.ToLower(strings.ReplaceAll(w, ".", ""))
	if !usStates[key] {
		return 0
	}
	switch {
	case strings.HasSuffix(w, "."):
		return k + 1
	case k+1 < len(d.toks) && d.words[k+1] == ".":
		return k + 2
	case strings.Contains(w, "."), len(w) == 2 && strings.ToUpper(w) == w:
		return k + 1
	}
	return 0
}

// statePlaces reads "Rock Hill , S.C.", "Plymouth , Vt.", "Albuquerque , N.M."
// as a town and its state: the name before the comma is a place whatever the
// tagger typed it (not a person: "Rock Hill"; not an organization: "Trapper
// Creek"), and the state a place too, added when the tagger left it out.
func (p *Pipeline) statePlaces(d *doc) {
	for i := 0; i < len(d.mentions); i++ {
		m := d.mentions[i]
		if m.nested || m.nominal || m.kb != nil {
			continue
		}
		k := m.end
		if k+1 >= len(d.toks) || d.words[k] != "," || d.sentOf[k+1] != d.sentOf[m.start] {
			continue
		}
		end := stateAbbrev(d, k+1)
		if end == 0 {
			continue
		}
		if mi := d.mentionAt[k+1]; mi >= 0 {
			st := d.mentions[mi]
			if st.start != k+1 || st.end > end {
				continue
			}
			st.label = "LOC"
		} else {
			last := end
			if d.words[last-1] == "." && last-1 > k+1 {
				last-- // the tokenizer's split dot stays out of the name, as in "N.Y ."
			}
			p.recordMention(d, k+1, last, "LOC")
		}
		if m.label == "LOC" || m.label == "NORP" || p.gazKnows(d.text(m.start, m.end)) {
			continue
		}
		if m.label == "PER" && !capsRun(d, m.start, m.end) && !(m.start > 0 && placePreps[d.lower[m.start-1]]) {
			continue // "John Smith , N.Y.": a person and where from, unless "in Rock Hill , S.C."
		}
		m.label = "LOC"

	}
}

// killVerbs take the person killed as their object: "Booth shot Lincoln",
// "the slaying of King".
var killVerbs = map[string]bool{"killed": true, "killing": true, "shot": true, "shooting": true,
	"assassinated": true, "assassinating": true, "murdered": true, "murdering": true, "slew": true,
	"stabbed": true, "strangled": true, "executed": true}

// killNouns take the person killed after "of": "the assassination of Kennedy".
var killNouns = map[string]bool{"assassination": true, "slaying": true, "murder": true, "killing": true,
	"killer": true, "assassin": true, "murderer": true}

// victimNames types as a person a one-word name the tagger typed otherwise
// where only a person fits: the object of a killing ("shot Lincoln", "the
// slaying of Mendes") or the possessor of a killer ("Lincoln 's assassin"),
// unless the gazetteer knows the name.
func (p *Pipeline) victimNames(d *doc) {
	for _, m := range d.mentions {
		if m.nested || m.nominal || m.end-m.start != 1 || m.label == "PER" || m.label == "NORP" || m.label == "MISC" && peopleWord(d.words[m.start]) {
			continue
		}
		k := m.start
		victim := k >= 1 && killVerbs[d.lower[k-1]] ||
			k >= 2 && d.lower[k-1] == "of" && killNouns[d.lower[k-2]] ||
			k+2 < len(d.toks) && (d.lower[k+1] == "'s" || d.lower[k+1] == "’s") && killNouns[d.lower[k+2]] ||
			k+3 < len(d.toks) && d.words[k+1] == "'" && d.lower[k+2] == "s" && killNouns[d.lower[k+3]]
		if victim && !p.gazKnows(d.words[k]) {
			m.label = "PER"
		}
	}
	// A name the tagger left out there: "the first-degree murder of King".
	for k := 2; k < len(d.toks); k++ {
		w := d.words[k]
		if w == "" || w[0] < 'A' || w[0] > 'Z' || d.mentionAt[k] >= 0 {
			continue
		}
		if !(killVerbs[d.lower[k-1]] || d.lower[k-1] == "of" && killNouns[d.lower[k-2]]) {
			continue
		}
		if !isWordLike(w) || len(w) < 3 || !unicode.IsUpper(rune(w[0])) || strings.ToUpper(w) == w || p.gazKnows(w) ||
			datelineMonths[d.lower[k]] || weekdays[d.lower[k]] || k+1 < len(d.toks) && d.mentionAt[k+1] >= 0 {
			continue
		}
		if d.sentOf[k] != d.sentOf[k-1] || k+1 < len(d.toks) && isWordLike(d.words[k+1]) && hasUpperLetter(d.words[k+1][:1]) {
			continue // a longer name the tagger did not read: leave it
		}
		p.recordMention(d, k, k+1, "PER")
	}
	// The killers and the people an age marks, in the same pass over names.
	p.killerNames(d)
	p.personCues(d)
}

// killerVerbs are the killing verbs whose subject, before a person killed,
// is the killer: "Sirhan shot Kennedy", "Ruby fatally shot Oswald".
var killerVerbs = map[string]bool{"killed": true, "shot": true, "assassinated": true, "murdered": true,
	"stabbed": true, "strangled": true, "slew": true, "kills": true, "shoots": true, "murders": true}

// killerNames types as a person a one-word name the tagger typed otherwise
// (or left out, as "Ruby" or "Ray" opening a sentence) where it is the
// subject of a killing verb whose object is a person: "Sirhan shot Kennedy",
// "Oswald shot him", "Ruby fatally shot Oswald". A place or a body that
// kills is nearly always one the gazetteer knows ("Israel", "Hamas") or
// several words ("the army"); a known name is left as it is.
func (p *Pipeline) killerNames(d *doc) {
	for k := 0; k+2 < len(d.toks); k++ {
		v := k + 1
		if strings.HasSuffix(d.lower[v], "ly") && len(d.lower[v]) > 4 && d.words[v] == d.lower[v] {
			v++ // "fatally shot"
		}
		if v+1 >= len(d.toks) || !p.shapes.killer.may(d.lower[v]) || !killerVerbs[d.lower[v]] || d.sentOf[v+1] != d.sentOf[k] {
			continue
		}
		obj := d.lower[v+1] == "him" || d.lower[v+1] == "her"
		if oi := d.mentionAt[v+1]; oi >= 0 && d.mentions[oi].start == v+1 && d.mentions[oi].label == "PER" {
			obj = true
		}
		if !obj {
			continue
		}
		w := d.words[k]
		if k > 0 && (d.mentionAt[k-1] >= 0 || isWordLike(d.words[k-1]) && hasUpperLetter(d.words[k-1][:1])) {
			continue // a longer name
		}
		if mi := d.mentionAt[k]; mi >= 0 {
			m := d.mentions[mi]
			if m.start != k || m.end != k+1 || m.nested || m.nominal || m.kb != nil || m.label == "PER" || m.label == "NORP" {
				continue
			}
			if m.label == "MISC" && peopleWord(w) || p.gazKnows(w) {
				continue
			}
			m.label = "PER"
			continue
		}
		if !isWordLike(w) || len(w) < 3 || !unicode.IsUpper(rune(w[0])) || strings.ToUpper(w) == w || p.gazKnows(w) {
			continue
		}
		// Left out: only where the word is known as a surname or a given
		// name ("Ruby"), not a common noun opening the sentence ("Police").
		if p.gaz.PersonWord(w) == 0 {
			continue
		}
		p.recordMention(d, k, k+1, "PER")
	}
}

// personCues types as a person a name news writes as only a person's:
// with an age between commas ("Albrecht , 54 , is a former professor",
// "Ray , 60 , was sentenced"). The tagger reads a surname it has never seen
// as a company, or, opening a sentence, as the common noun it also spells
// ("Ray", "Winter"); an age is about people, not any one story. ", who" is
// no such cue: sports news writes it after teams ("Surrey , who thrashed
// Warwickshire"). A name the gazetteer knows keeps its type.
func (p *Pipeline) personCues(d *doc) {
	for k := 0; k+2 < len(d.toks); k++ {
		if d.words[k+1] != "," {
			continue
		}
		if !(k+3 < len(d.toks) && d.words[k+3] == "," && ageWord(d.words[k+2]) && !(k+4 < len(d.toks) && allDigits(d.words[k+4]))) {
			continue
		}
		if mi := d.mentionAt[k]; mi >= 0 {
			m := d.mentions[mi]
			if m.end != k+1 || m.nested || m.nominal || m.kb != nil || m.label == "PER" || m.label == "NORP" {
				continue
			}
			if m.end-m.start > 3 {
				continue
			}
			if m.label == "MISC" && peopleWord(d.words[m.start]) || p.gazKnows(d.text(m.start, m.end)) {
				continue
			}
			m.label = "PER"
			continue
		}
		w := d.words[k]
		if !isWordLike(w) || len(w) < 3 || !unicode.IsUpper(rune(w[0])) || strings.ToUpper(w) == w ||
			p.gazKnows(w) || datelineMonths[d.lower[k]] || weekdays[d.lower[k]] {
			continue
		}
		if k > 0 && d.sentOf[k-1] == d.sentOf[k] && (d.mentionAt[k-1] >= 0 || isWordLike(d.words[k-1]) && hasUpperLetter(d.words[k-1][:1])) {
			continue // a longer name the tagger did not read
		}
		p.recordMention(d, k, k+1, "PER")
	}
}

// ageWord reports a number that can be a person's age.
func ageWord(w string) bool {
	if len(w) == 0 || len(w) > 3 || !allDigits(w) {
		return false
	}
	n, _ := strconv.Atoi(w)
	return n >= 1 && n <= 115
}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// residencePlaces types as a place the name after a person's age and "of"
// ("Daniel Urquhart , 8 , of Aumsville": news style for where someone lives),
// whatever the tagger made of it, and an "other" name right after "PERSON of"
// ("diver Brian Michaud of Millinocket"), unless the gazetteer knows it.
func (p *Pipeline) residencePlaces(d *doc) {
	for _, m := range d.mentions {
		if m.label != "PER" || m.nested || m.nominal {
			continue
		}
		k, aged := m.end, false
		if k+3 < len(d.toks) && d.words[k] == "," && allDigits(d.words[k+1]) && d.words[k+2] == "," {
			k, aged = k+3, true
		}
		if k+1 >= len(d.toks) || d.lower[k] != "of" || d.mentionAt[k+1] < 0 {
			continue
		}
		pl := d.mentions[d.mentionAt[k+1]]
		if pl.start != k+1 || pl.nested || pl.label == "LOC" || pl.label == "NORP" || pl.label == "PER" {
			continue
		}
		if !aged && pl.label != "MISC" || p.gazKnows(d.text(pl.start, pl.end)) {
			continue
		}
		pl.label = "LOC"
	}
	p.originPlaces(d)
	p.placeShapedNames(d)
	p.acronymOrgs(d)
}

// birthPlacePreps are the words after which a name is where someone was
// born or lives ("born in Brooklyn", "lives in Rock Hill", "a native of
// Akron"); nativeWord after a name makes it the place someone is from
// ("Modesto native George Lucas").
var birthPlacePreps = map[[2]string]bool{{"born", "in"}: true, {"native", "of"}: true,
	{"lives", "in"}: true, {"living", "in"}: true}

// originPlaces types as a place a name that can only be one where a person
// was born, lives or comes from: right after "born in", "lives in", "native
// of", or right before a lower-case "native" ("Modesto native George
// Lucas"), whatever the tagger made of it (a company: "Modesto"; a person:
// "Rock Hill"). A name the gazetteer knows keeps its type, and a
// nationality stays one ("Egyptian native" is no place).
func (p *Pipeline) originPlaces(d *doc) {
	for _, m := range d.mentions {
		if m.nested || m.nominal || m.kb != nil || m.label == "LOC" || m.label == "NORP" || m.end-m.start > 3 {
			continue
		}
		k := m.start
		before := k >= 2 && birthPlacePreps[[2]string{d.lower[k-2], d.lower[k-1]}] && d.sentOf[k-2] == d.sentOf[k]
		after := m.end < len(d.toks) && d.words[m.end] == "native" && d.sentOf[m.end] == d.sentOf[k]
		if !before && !after {
			continue
		}
		if m.label == "MISC" && (peopleWord(d.words[m.end-1]) || p.isDemonym(d.words[m.end-1])) || p.gazKnows(d.text(m.start, m.end)) {
			continue
		}
		m.label = "LOC"
	}
}

// placeHeadWords end names of places and nothing else a person is named
// ("McHenry Avenue", "E. Day St.", "King County", "Snake River");
// placeFirstWords open them ("Mount Blanc").
var placeHeadWords = map[string]bool{"avenue": true, "street": true, "st.": true, "boulevard": true,
	"county": true, "river": true, "mountains": true, "valley": true, "canyon": true}
var placeFirstWords = map[string]bool{"mount": true, "mt.": true}

// placeShapedNames types as a place a name of two or more words the tagger
// read as a person or an "other" name when its head word is one only places
// have. Organizations keep their type: "Orange County" is a team or a
// newspaper as often as the county.
func (p *Pipeline) placeShapedNames(d *doc) {
	for _, m := range d.mentions {
		if m.nested || m.nominal || m.kb != nil || m.label != "PER" && m.label != "MISC" || m.end-m.start < 2 {
			continue
		}
		if placeHeadWords[d.lower[m.end-1]] || placeFirstWords[d.lower[m.start]] {
			m.label = "LOC"
		}
	}
}

// orgRoleNouns name someone's place in an organization; an acronym right
// before one names the organization ("FAA Administrator Allan McArtor", "a
// former CBOT trader", "BJP leader").
var orgRoleNouns = map[string]bool{"official": true, "officials": true, "spokesman": true, "spokeswoman": true,
	"trader": true, "employee": true, "employees": true, "leader": true, "chairman": true, "director": true,
	"administrator": true, "chief": true, "agent": true, "agents": true, "officer": true, "member": true,
	"members": true, "executive": true, "secretary": true}

// notOrgAcronyms are capitalised abbreviations that are no organization.
var notOrgAcronyms = map[string]bool{"tv": true, "pm": true, "am": true, "ceo": true, "mp": true, "gmt": true,
	"ok": true, "us": true, "uk": true, "usa": true, "cfo": true, "coo": true}

// acronymOrgs adds as an organization an acronym the tagger left out where
// only an organization fits: before a role noun ("FAA Administrator Allan
// McArtor", "a former CBOT trader") or before the organization's name in
// brackets ("CHP ( Republican People 's Party ) leader"). Places the
// gazetteer knows ("UK official") and abbreviations of titles or times stay
// out.
func (p *Pipeline) acronymOrgs(d *doc) {
	for k := 0; k+1 < len(d.toks); k++ {
		w := d.words[k]
		if d.mentionAt[k] >= 0 || !capsWord(w) || letterCount(w) > 6 || letterCount(w) != len(w) || notOrgAcronyms[d.lower[k]] ||
			d.sentOf[k+1] != d.sentOf[k] || p.gazPlace(w) || p.gaz.IsTitle(d.lower, k) != 0 || datelineMonths[d.lower[k]] || monthAbbrev[d.lower[k]] {
			continue
		}
		if capsWord(d.words[k+1]) {
			continue // a line in capitals ("PAYING AGENT :")
		}
		org := orgRoleNouns[d.lower[k+1]] || p.gaz.IsTitle(d.lower, k+1) != 0 && k+2 < len(d.toks) && d.mentionAt[k+2] >= 0
		if !org && d.words[k+1] == "(" && k+2 < len(d.toks) {
			if mi := d.mentionAt[k+2]; mi >= 0 {
				m := d.mentions[mi]
				org = m.start == k+2 && m.label == "ORG" && m.end < len(d.toks) && d.words[m.end] == ")"
			}
		}
		if org {
			p.recordMention(d, k, k+1, "ORG")
		}
	}
}

// articleParticles open Arabic surnames written with the article joined by a
// hyphen ("el-Sisi", "al-Assad", "ash-Shaara").
var articleParticles = []string{"al-", "el-", "ad-", "ed-", "as-", "es-", "ash-", "at-", "az-", "ar-", "an-"}

// joinNameParticles makes a hyphenated article surname right after a person's
// name part of it: the tagger, trained on English news of 1996, ends "Abdel
// Fattah el-Sisi" before the lower-case particle and reads "el-Sisi" as a
// name of its own (MISC), or leaves it out. When the tagger read the surname
// as the person and the given names before it as something else ("Abu Musab"
// ORG, "al-Zarqawi" PER), the whole is the person, unless the first part is
// a place the gazetteer knows ("Baghdad al-Jadida").
func (p *Pipeline) joinNameParticles(d *doc, spans []ner.Span) []ner.Span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		k := sp.End
		if k < len(d.toks) && !d.toks[k].Glued && d.sentOf[k] == d.sentOf[sp.Start] && articleSurname(d.words[k]) {
			next := i + 1
			own := next < len(spans) && spans[next].Start == k && spans[next].End == k+1
			switch {
			case sp.Type == "PER" && own:
				sp.End = k + 1
				i++ // the particle's own one-token span is absorbed
			case sp.Type == "PER" && (next >= len(spans) || spans[next].Start > k):
				sp.End = k + 1
			case own && spans[next].Type == "PER" && sp.End-sp.Start <= 3 && !p.gazPlace(d.text(sp.Start, sp.End)):
				sp.End, sp.Type = k+1, "PER"
				i++
			}
		}
		out = append(out, sp)
	}
	return out
}

// givenBeforeInitial makes the capitalised word right before a person whose
// name opens with an initial part of the name: "Ulf D. Merbold", which the
// tagger, not knowing "Ulf", reads as "D. Merbold". A given name, a middle
// initial and a surname is the shape of a person's name; a title ("Gen. D.
// Petraeus", "President") or a word of another name stays out.
func (p *Pipeline) givenBeforeInitial(d *doc, spans []ner.Span) []ner.Span {
	prevEnd := 0
	for i := range spans {
		sp := &spans[i]
		k := sp.Start - 1
		if sp.Type == "PER" && sp.End-sp.Start >= 2 && k >= prevEnd && k >= 0 && initialWord(d.words[sp.Start]) &&
			d.sentOf[k] == d.sentOf[sp.Start] && !d.toks[sp.Start].Glued && capitalised(d.words[k]) && letterCount(d.words[k]) >= 2 &&
			!strings.HasSuffix(d.words[k], ".") && !honorifics[d.lower[k]] && !occupationLike(d.lower[k]) && p.gaz.IsTitle(d.lower, k) == 0 && !p.titleEndsAt(d, k+1) &&
			!p.gazKnows(d.words[k]) && !weekdays[d.lower[k]] && !datelineMonths[d.lower[k]] {
			sp.Start = k
		}
		prevEnd = sp.End
	}
	return spans
}

// initialWord reports an initial: one capital and a full stop ("D.").
func initialWord(w string) bool {
	return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.'
}

// articleSurname reports "el-Sisi": an article particle, then a capital.
func articleSurname(w string) bool {
	for _, a := range articleParticles {
		if rest, ok := strings.CutPrefix(w, a); ok && rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// abbrevPrefix returns the token after a country's or a body's abbreviation
// that opens an organization or place name ("U.N. | International Atomic
// Energy Agency", "U.S. | Central Intelligence Agency"), or 0. The rest must
// be a name of at least two words the gazetteer knows alone under that name
// (or any place name after a country), and the whole a name it does not know ("U.N. Security Council" is one name).
func (p *Pipeline) abbrevPrefix(d *doc, start, end int, label string) int {
	if end-start < 3 || label != "ORG" && label != "LOC" {
		return 0
	}
	w := d.words[start]
	if !strings.Contains(w, ".") || !isAcronym(strings.ReplaceAll(w, ".", "")) || !p.gazKnows(w) {
		return 0
	}
	rest := d.text(start+1, end)
	if !mixedCase(d.words[start+1:end]) || p.gazKnows(d.text(start, end)) {
		return 0
	}
	// A country before a region of it is a modifier whether or not the
	// gazetteer knows the region: "U.S. | Gulf Coast".
	if label == "LOC" && p.gazCountry(w) {
		return start + 1
	}
	// The rest must be the entry's own name: a name the gazetteer files
	// under another body ("Peace Corps" under the aid agency) would take that
	// body's name.
	for _, e := range p.gaz.Lookup(rest) {
		if normName(e.Name) == normName(rest) {
			return start + 1
		}
	}
	return 0
}

// gazLabel is the tagger label for a name the gazetteer knows: LOC for a
// place, otherwise ORG.
func (p *Pipeline) gazLabel(s string) string {
	if p.gazPlace(s) {
		return "LOC"
	}
	return "ORG"
}

// gazCountry reports a name the gazetteer knows as a country.
func (p *Pipeline) gazCountry(s string) bool {
	for _, e := range p.gaz.Lookup(s) {
		if e.Type == extract.Location && e.Subtype == extract.Country {
			return true
		}
	}
	return false
}

// inPortfolio reports a span [start, end) that is part of a minister's
// coordinated portfolio: followed by "and", capitalised words and
// "Minister" or "Secretary" ("Ukrainian Fuel | and Energy Minister", "Commerce
// | and Industry Minister"), or after "Economy and" and right before the
// title word ("Economy and | Labour | Minister").
func (p *Pipeline) inPortfolio(d *doc, start, end int) bool {
	if end >= len(d.toks) || d.sentOf[end] != d.sentOf[start] {
		return false
	}
	if !portfolioTitle(d.lower[end]) && d.lower[end] != "and" {
		// every way below to true needs one of these after the name; asked
		// first, it spares most mentions the gazetteer lookups
		return false
	}
	k := start
	if p.isDemonym(d.words[k]) {
		k++
	}
	// A portfolio holds no word of a person's name: "John Smith and Defense
	// Minister Ehud Barak" are two people. A place stays a place, whether
	// it names the portfolio or not ("in Cardiff and Northern Ireland
	// Minister John Spellar").
	if k < end && p.gazPlace(d.text(k, end)) {
		return false
	}
	for i := k; i < end; i++ {
		if p.gaz.PersonWord(d.words[i]) != 0 {
			return false
		}
	}
	if k < end && portfolioTitle(d.lower[end]) {
		// The word before "and" is a portfolio too, no name: "Cardiff and
		// Northern Ireland Minister" is a city and a minister's title.
		return start > 1 && d.lower[start-1] == "and" && hasUpperLetter(d.words[start-2][:1]) && d.mentionAt[start-2] < 0
	}
	if d.lower[end] != "and" {
		return false
	}
	for j := end + 1; j < len(d.toks) && j <= end+3 && d.sentOf[j] == d.sentOf[start] && hasUpperLetter(d.words[j][:1]); j++ {
		if portfolioTitle(d.lower[j]) {
			return j > end+1
		}
	}
	return false
}

// portfolioTitle reports the word that ends a minister's title after the
// portfolio ("Energy Minister", "Defense Secretary").
func portfolioTitle(w string) bool { return w == "minister" || w == "secretary" }
