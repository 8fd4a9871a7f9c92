package pipeline

import "strings"

// Faith and ethnic group adjectives the tagger takes for people's names.
//
// The CoNLL tagger reads "Sunni Arab clerics", "a Sunni Muslim mosque" and
// "attacks by Rwandan Hutu and Congolese rebels" as PERSON spans: two
// capitalised words before a noun look like a given name and a surname. A
// person-typed group then names the event's participant as if it were a
// person, beside (or instead of) the person the sentence names ("Sunni Arab
// lawmaker Saadoun al-Dulaimi"). A span made only of people's adjectives
// (a faith or an ethnic group, or a nationality the gazetteer knows) that
// stands before a common noun, or before "and" and another such adjective,
// names a group: it is typed MISC, as CoNLL types "Sunni" and "Kurdish"
// (twelfth session).

// groupAdjectives: faiths and peoples whose adjective is no country's
// demonym, so the gazetteer's demonyms do not list them.
var groupAdjectives = map[string]bool{
	"sunni": true, "shi'ite": true, "shiite": true, "shia": true, "shi'a": true,
	"muslim": true, "christian": true, "jewish": true, "hindu": true, "sikh": true,
	"buddhist": true, "catholic": true, "protestant": true, "evangelical": true,
	"arab": true, "kurdish": true, "hutu": true, "tutsi": true, "pashtun": true,
	"tamil": true, "sinhalese": true, "alawite": true, "druze": true, "maronite": true,
	"coptic": true, "chaldean": true, "assyrian": true, "yazidi": true, "uighur": true,
	"uyghur": true, "baluch": true, "hazara": true, "berber": true, "tuareg": true,
	"bedouin": true, "turkmen": true,
}

// groupAdjectiveSpan reports a PERSON or ORGANIZATION span of tagger output over [start, end)
// that is a group's adjective used before a noun ("Sunni Arab clerics").
func (p *Pipeline) groupAdjectiveSpan(d *doc, start, end int) bool {
	if end-start < 2 || end-start > 3 || end >= len(d.words) {
		return false
	}
	faith, plural := false, false
	for i := start; i < end; i++ {
		switch w := d.lower[i]; {
		case groupAdjectives[w]:
			faith = true
		case p.isDemonym(d.words[i]):
		case i == end-1 && strings.HasSuffix(w, "s") && groupAdjectives[w[:len(w)-1]]:
			faith, plural = true, true // "Sunni Arabs", "Shi'ite Muslims"
		default:
			return false
		}
	}
	if !faith {
		return false // "Rwandan" alone is read as a demonym elsewhere
	}
	// A plural of peoples, or one of them with an article ("a Sunni Arab,
	// Saadoun al-Dulaimi"), is no person's name.
	if plural || start > 0 && (d.lower[start-1] == "a" || d.lower[start-1] == "an") {
		return true
	}
	// Attributive: a lower-case noun follows ("clerics", "mosque", "official"),
	// or "and" and another people's adjective ("Hutu and Congolese rebels").
	next := d.words[end]
	if next == "and" || next == "or" {
		return end+1 < len(d.words) && (groupAdjectives[d.lower[end+1]] || p.isDemonym(d.words[end+1]))
	}
	return next != "" && next[0] >= 'a' && next[0] <= 'z' && d.wordClass(p.wc, end)&wNoun != 0
}

// groupParticipant reports a MISC mention made of faith or ethnic adjectives
// that stands for its people in an event: a plural ("the execution of
// hundreds of Shi'ite Muslims", "Sunni Arabs") or the adjectives on a plural
// or people head ("Sunni Arab clerics pleaded"). participantOK reads the
// one-word adjectives on such heads already; these are their compounds.
func groupParticipant(d *doc, m *mention) bool {
	if m.label != "MISC" || m.end-m.start < 2 || m.end-m.start > 3 {
		return false
	}
	faith, plural := false, false
	for i := m.start; i < m.end; i++ {
		switch w := d.lower[i]; {
		case groupAdjectives[w]:
			faith = true
		case i == m.end-1 && strings.HasSuffix(w, "s") && groupAdjectives[w[:len(w)-1]]:
			faith, plural = true, true
		case demonym(d.words[i]):
		default:
			return false
		}
	}
	if !faith {
		return false
	}
	if plural {
		return true
	}
	if m.end >= len(d.lower) || d.mentionAt[m.end] >= 0 {
		return false
	}
	h := d.lower[m.end]
	return strings.HasSuffix(h, "s") && h != "'s" || personNouns[h] || takenPeople[h] || forceNouns[h]
}

// widenPeoples takes a faith or ethnic adjective the tagger left out into the
// people it qualifies: "killed six Shi'ite Muslims" names the Shi'ite
// Muslims, not Muslims at large. Only a one-word MISC plural ("Muslims",
// "Arabs") is widened, over one capitalised adjective no mention holds.
func widenPeoples(d *doc) {
	for mi := range d.mentions {
		m := d.mentions[mi]
		if m.label != "MISC" || m.end-m.start != 1 || m.start == 0 || m.nested || !peopleWord(d.words[m.start]) {
			continue
		}
		k := m.start - 1
		if d.mentionAt[k] >= 0 || !capitalised(d.words[k]) || !groupAdjectives[d.lower[k]] || d.toks[m.start].Glued {
			continue
		}
		m.start = k
		d.mentionAt[k] = mi
	}
}

// groupDescription reports a people's adjective inside a definite
// description of one organisation ("allies of the Shi'ite militant group",
// "the Sunni insurgent movement"): the description refers to a group the
// story names, and the faith or nation on it is no participant of its own.
func groupDescription(d *doc, m *mention) bool {
	if m.end-m.start != 1 || m.start == 0 || d.lower[m.start-1] != "the" || m.label != "NORP" && m.label != "MISC" && !groupAdjectives[d.lower[m.start]] {
		return false
	}
	for k := m.end; k < len(d.lower) && k <= m.end+2; k++ {
		switch d.lower[k] {
		case "group", "movement", "organization", "organisation", "faction", "militia":
			return true
		}
		if d.mentionAt[k] >= 0 || !startsLower(d.words[k]) {
			return false
		}
	}
	return false
}

// startsLower: a word that opens with a lower-case ASCII letter.
func startsLower(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }

// groupAdjectiveWord reports one faith or ethnic adjective the tagger typed
// as a person before a community noun ("a family belonging to Iraq's
// minority Yazidi sect", "two Yazidi villages"): no person's name stands
// before "sect" or "villages". Only such heads: before a plural of persons
// ("Hutu extremists") the person-typed span is already read as the people,
// and only PERSON spans are retyped: a one-word organization ("clashed
// with Bedouin tribesmen") is already a participant. Seventeenth session
// (peoples18).
func (p *Pipeline) groupAdjectiveWord(d *doc, i int) bool {
	if !groupAdjectives[d.lower[i]] || i+1 >= len(d.words) {
		return false
	}
	return communityNouns[d.lower[i+1]]
}
