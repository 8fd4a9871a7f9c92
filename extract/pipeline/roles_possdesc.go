package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// A country's possessive before a title, with no name after it, describes
// the one person the story names with that title: "Iran's hard-line
// president has called for the destruction of Israel" before "President
// Mahmoud Ahmadinejad told thousands of students", "Sri Lanka's president
// has acknowledged she had asked ..." in a story about President Chandrika
// Kumaratunga. The Guideline names a participant as the text names it
// anywhere in the story, and the labels give the person, not the country:
// read as the country, such an event was a miss and a false event at once
// (twenty-first session, helper other22).
//
// resolveDescriptions reads only a determiner's descriptions ("the
// Venezuelan leader") and only back; a lede's possessive description
// comes before the name as often as after it, so this one looks both
// ways, within a few sentences, and takes the person only when one fits.
// A title read with no body ("President Mahmoud Ahmadinejad" in a story
// that names Iran elsewhere) fits unless the person holds it elsewhere
// for another body.

// possDescSentences is how many sentences on a possessive description may
// name its person.
const possDescSentences = 2

// possessiveDescriptions links "COUNTRY's [status] TITLE" with no name
// after it to the person the story names with that title.
func (p *Pipeline) possessiveDescriptions(d *doc) {
	for i := 1; i+1 < len(d.toks); i++ {
		if d.lower[i] != "'s" || d.mentionAt[i-1] < 0 || d.mentionAt[i] >= 0 {
			continue
		}
		cm := d.mentions[d.mentionAt[i-1]]
		if cm.ent < 0 || d.ents[cm.ent].typ != extract.Location || d.ents[cm.ent].subtype != extract.Country {
			continue
		}
		org := cm.ent
		j := i + 1
		for j < len(d.toks) && d.mentionAt[j] < 0 && (statusWords[d.lower[j]] || hyphenedModifier(d.lower[j])) {
			j++ // "Iran's hard-line president", "Chile's former leader"
		}
		if j >= len(d.toks) || d.mentionAt[j] >= 0 {
			continue
		}
		head, n := "", 0
		if d.lower[j] == "leader" {
			head, n = "leader", 1
		} else if t := p.gaz.IsTitle(d.lower, j); t > 0 {
			head, n = strings.ToLower(strings.Join(d.words[j:j+t], " ")), t
		}
		if n == 0 {
			continue
		}
		end := j + n
		if end < len(d.toks) && (d.mentionAt[end] >= 0 || d.lower[end] == "," || d.lower[end] == "'s") {
			continue // "Iran's President Mahmoud Ahmadinejad", "Venezuela's ambassador, X,": the name is right there
		}
		inSpan := false
		for k := j; k < end; k++ {
			inSpan = inSpan || d.mentionAt[k] >= 0
		}
		if inSpan {
			continue
		}
		target := p.possDescribedPerson(d, i, head, org)
		if target < 0 {
			continue
		}
		m := &mention{start: j, end: end, label: "PER", ent: target, nominal: true}
		d.addDescription(m)
		i = end - 1
	}
}

// hyphenedModifier: a lower-case hyphened word before a title modifies it
// ("hard-line", "newly-elected", "pro-Western").
func hyphenedModifier(w string) bool {
	return strings.Contains(w, "-") && strings.ToLower(w) == w && !strings.HasPrefix(w, "-") && !strings.HasSuffix(w, "-")
}

// possDescribedPerson returns the one person named within
// possDescSentences sentences of token i, before or after but not in its
// own sentence, whose roles fit the title head for the country org, or -1
// when none or several fit.
func (p *Pipeline) possDescribedPerson(d *doc, i int, head string, org int) int {
	fits := func(ent int) bool {
		if d.ents[ent].typ != extract.Person {
			return false
		}
		fit, other := false, false
		for _, r := range d.roles {
			if r.person != ent || r.noun {
				continue
			}
			if r.org >= 0 && r.org != org && d.ents[r.org].typ == extract.Location {
				other = true // holds office for another country
				continue
			}
			t := strings.TrimPrefix(strings.ToLower(r.title), "former ")
			if head == "leader" && leaderTitle(t) || head != "leader" && titleNamedBy(t, head) {
				fit = true
			}
		}
		return fit && !other
	}
	si := d.sentOf[i]
	from := d.sents[max(0, si-possDescSentences)].Start
	to := d.sents[min(len(d.sents)-1, si+possDescSentences)].End
	found := -1
	for k := from; k < to && k < len(d.mentionAt); k++ {
		mi := d.mentionAt[k]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		k = m.end - 1
		if m.label != "PER" || m.ent < 0 || m.nominal || !fits(m.ent) {
			continue
		}
		if d.sentOf[m.start] == si {
			// a clause names no one twice, by a description and by name, out
			// of apposition: "Japan's foreign minister is in Afghanistan to
			// meet with ... Foreign Minister Rangin Dadfar Spanta" is another
			return -1
		}
		if found >= 0 && found != m.ent {
			return -1
		}
		found = m.ent
	}
	return found
}
