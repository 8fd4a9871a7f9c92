package pipeline

import (
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Dismissals (thirteenth session). The guideline reads a dismissal as a
// RESIGNATION with the dismissed as PATIENT, and an ouster with no force
// told too; CAMEO files "fire" under use of force, "dismiss" under
// disapproval (110: "dismissed the claims") and "sack" and "oust" under
// expulsion, outside the inventory. The sense is in the object: a person
// or an office holder removed ("Abbas fired his security chief", "was
// sacked as manager", "parliament ousted the prime minister"), not a
// weapon fired or a claim dismissed.

// dismissLemmas are the verbs news tells a removal from a post with.
var dismissLemmas = map[string]bool{"fire": true, "sack": true, "dismiss": true, "oust": true}

// dismissalTrigger reports whether the verb at i removes a person from a
// post, so that it is a RESIGNATION.
func (p *Pipeline) dismissalTrigger(d *doc, lemma string, m *cameo.Match, i, si int) bool {
	s := d.sents[si]
	if !dismissLemmas[lemma] || m.Nominal || m.End != i+1 {
		return false
	}
	if i > s.Start && d.mentionAt[i-1] < 0 && (d.lower[i-1] == "(" || d.lower[i-1] == "including" ||
		p.cls(d, i-1)&(wVerb|wPast) != 0 && !isBe(d.lower[i-1]) && !isHave(d.lower[i-1]) && d.lower[i-1] != "been") {
		return false // "replaced ousted Prime Minister Garret Fitzgerald", "(fired aide) Oliver North": a former office
	}
	if lemma == "dismiss" && caseBefore(d, i, s.Start) {
		return false // "the insider trading case against Ivan Boesky was dismissed": a case thrown out
	}
	if lemma == "oust" && p.ousterForced(d, m, si) {
		return false // "was ousted by a guerrilla campaign": an attack (event_triggers.go)
	}
	if i > s.Start && p.cls(d, i-1)&wPrep != 0 {
		return false // "strategies for ousting Gadhafi": a purpose, not a removal told
	}
	if i > s.Start {
		switch d.lower[i-1] {
		case "the", "a", "an", "his", "her", "its", "their", "'s", "’s", "recently", "newly":
			if i-2 < s.Start || !isHave(d.lower[i-2]) {
				return false // "the ousted president", "Haiti's ousted leader": a former office, told as background
			} // ("has recently fired": a verb after its auxiliary)
		}
		if d.mentionAt[i-1] >= 0 && !personBefore(d, i) {
			return false // "Haiti ousted president": a name as a modifier
		}
	}
	if lemma == "dismiss" && asWithin(d, m.End, s.End, 5) {
		return false // "dismissed as a publicity stunt", "dismissed him as a liar": a rejection
	}
	// passive: "He was fired last month", "Smith was sacked as manager"
	if i-2 >= s.Start && (isBe(d.lower[i-1]) || d.lower[i-1] == "been") {
		j := i - 2
		if d.lower[i-1] == "been" && isHave(d.lower[j]) {
			j-- // "has been sacked"
		}
		if j >= s.Start && (d.lower[j] == "he" || d.lower[j] == "she" || personBefore(d, j+1)) {
			return true
		}
		return false
	}
	if i > s.Start && isBe(d.lower[i-1]) {
		return false
	}
	// active: the object is a named person or people in posts
	if m.End >= s.End || p.cls(d, m.End)&wPrep != 0 {
		return false
	}
	head, mm, ok := p.objectHead(d, m.End, s.End)
	if !ok {
		return false
	}
	if mm == nil && head-2 > m.End && timeAdverbs[d.lower[head-1]] && (timeNouns[d.lower[head]] || weekdays[d.lower[head]]) {
		// "fired his defense minister last week": the noun phrase reader runs
		// on into the time; the object ends before it (seventeenth session)
		head -= 2
		if mi := d.mentionAt[head]; mi >= 0 {
			mm = d.mentions[mi]
		}
	}
	if mm == nil && head+2 < s.End && d.lower[head+1] == "of" && amountNouns[d.lower[head]] {
		// "fired a large number of traffic police officers", "sacked dozens
		// of officials": the people counted head the object (seventeenth session)
		if head, mm, ok = p.objectHead(d, head+2, s.End); !ok {
			return false
		}
	}
	if mm != nil {
		return mm.ent >= 0 && d.ents[mm.ent].typ == extract.Person
	}
	w := d.lower[head]
	return dismissedNouns[w] || dismissedNouns[trimPlural(w)]
}

// dismissedNouns head objects that hold a post ("fired his defense minister",
// "sacked two senior officials", "dismissed the coach").
var dismissedNouns = map[string]bool{
	"minister": true, "chief": true, "head": true, "official": true, "commander": true, "general": true,
	"governor": true, "director": true, "chairman": true, "manager": true, "coach": true, "aide": true,
	"adviser": true, "advisor": true, "ambassador": true, "envoy": true, "spokesman": true, "premier": true,
	"president": true, "deputy": true, "secretary": true, "executive": true, "boss": true, "cabinet": true,
	"government": true, "prosecutor": true, "judge": true, "officer": true, "leader": true,
	"peacekeeper": true, "policeman": true, "policemen": true,
}

// timeNouns end a time phrase after "last", "this" or "next" ("last week"),
// as the weekdays do ("last Friday": weekdays, mention_shapes.go).
var timeNouns = map[string]bool{
	"week": true, "month": true, "year": true, "weekend": true, "night": true, "spring": true, "summer": true,
	"autumn": true, "fall": true, "winter": true,
}

// amountNouns count what follows them with "of" ("a number of officers").
var amountNouns = map[string]bool{
	"number": true, "dozens": true, "hundreds": true, "scores": true, "thousands": true, "handful": true,
	"group": true, "couple": true,
}

func isHave(w string) bool { return w == "has" || w == "have" || w == "had" }

func trimPlural(w string) string {
	if len(w) > 3 && w[len(w)-1] == 's' {
		return w[:len(w)-1]
	}
	return w
}

// quitPosts head the objects one quits by leaving a post ("quit his
// post", "quit the government", "quit her seat"); other common nouns are
// things given up ("quits Yukos shares", "quitting the LCD panel market",
// "quit the show"). A named object (a party, a club, a band) is a post.
var quitPosts = map[string]bool{
	"post": true, "job": true, "seat": true, "office": true, "government": true, "cabinet": true,
	"party": true, "coalition": true, "parliament": true, "position": true, "role": true, "presidency": true,
	"leadership": true, "board": true, "company": true, "club": true, "team": true, "side": true,
	"alliance": true, "movement": true, "group": true, "band": true, "legislature": true, "assembly": true,
}

// quitsThing: the verb "quit" at i takes a common-noun object that is no
// post, so it gives something up rather than leaving office.
func (p *Pipeline) quitsThing(d *doc, m *cameo.Match, si int) bool {
	s := d.sents[si]
	if m.End >= s.End || p.cls(d, m.End)&wPrep != 0 || d.lower[m.End] == "as" {
		return false // "quit on Friday", "quit as chairman"
	}
	// the object's head: the last word of the first run of nouns,
	// adjectives and names ("the UDF party earlier this year": "party")
	head := -1
	for j := m.End; j < s.End && j < m.End+6; j++ {
		w := d.lower[j]
		if j == m.End && (w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "its") {
			continue
		}
		if d.mentionAt[j] < 0 && (p.cls(d, j)&(wNoun|wAdj) == 0 || timeAdverbs[w]) {
			break
		}
		head = j
	}
	if head < 0 {
		return false
	}
	if quitPosts[d.lower[head]] {
		return false // "quit the UDF party"
	}
	if mi := d.mentionAt[head]; mi >= 0 {
		e := d.mentions[mi].ent
		return e >= 0 && d.ents[e].typ != extract.Organization && d.ents[e].typ != extract.Person
	}
	return !quitPosts[d.lower[head]] && !dismissedNouns[d.lower[head]] && !dismissedNouns[trimPlural(d.lower[head])]
}

// asWithin: "as" is among the n words from k.
func asWithin(d *doc, k, se, n int) bool {
	for j := k; j < se && j < k+n; j++ {
		if d.lower[j] == "as" {
			return true
		}
	}
	return false
}

// timeAdverbs end an object before a time phrase ("quit the party earlier this year").
var timeAdverbs = map[string]bool{"earlier": true, "later": true, "last": true, "this": true, "next": true, "today": true, "yesterday": true}

// caseBefore: a legal case or charge is told within eight words before i.
func caseBefore(d *doc, i, ss int) bool {
	for j := i - 1; j >= ss && j >= i-8; j-- {
		switch d.lower[j] {
		case "case", "cases", "charges", "charge", "lawsuit", "suit", "complaint", "appeal", "petition":
			return true
		}
	}
	return false
}
