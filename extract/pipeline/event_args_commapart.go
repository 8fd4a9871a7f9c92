package pipeline

import (
	"slices"
	"strings"
)

// A subject across a participle phrase set off by commas (twenty-first
// session, helper part22). News sets a participle phrase between a subject
// and its verb: "Asia-Pacific leaders, meeting in Singapore, have called for
// more cooperation", "EU foreign ministers, meeting in emergency session in
// Luxembourg, are expected to meet again", "Iraqi forces, backed by U.S.
// troops, rounded up dozens". English grammar makes the phrase before the
// first comma the subject of both the participle and the verb after the
// second comma; the reader stopped at the comma and read neither. The
// uncommaed form ("forces backed by U.S. troops rounded up") was tried in the
// eighteenth session and dropped (postModifierHead): without the commas a
// participle after a noun is as often a reduced relative on an object.

// commaPartSkip are -ing words that open no participle phrase of the
// subject: "including" lists members (read by its own rule), "according"
// names a source.
var commaPartSkip = map[string]bool{"including": true, "according": true, "excluding": true, "notwithstanding": true}

// commaParticipleOpen: the word at i opens a participle phrase: an -ing
// verb form ("meeting in", "citing"), or a past participle with a
// preposition after it ("backed by", "based in", "angered by").
func (p *Pipeline) commaParticipleOpen(d *doc, i, se int) bool {
	if d.mentionAt[i] >= 0 || commaPartSkip[d.lower[i]] {
		return false
	}
	w := d.lower[i]
	c := d.wordClass(p.wc, i)
	if strings.HasSuffix(w, "ing") && len(w) > 5 {
		return c&(wVerb|wGerund) != 0
	}
	if strings.HasSuffix(w, "ed") && c&(wPart|wPast) != 0 && i+1 < se {
		// only a passive with its agent or means ("led by", "backed by",
		// "faced with"): an intransitive past before a preposition is a
		// finite verb of its own ("Joe Rogers, resigned in September, has
		// named": a broken apposition), and "agreed in Paris" a text's
		// ("based in" and "stationed in" are passives that omit their agent)
		return d.lower[i+1] == "by" || d.lower[i+1] == "with" || w == "based" || w == "stationed"
	}
	return false
}

// commaActorExtra: actor heads the reader's noun lists leave out.
var commaActorExtra = map[string]bool{
	"government": true, "governments": true, "ambassadors": true, "ambassador": true, "administration": true,
	"ministry": true, "party": true, "court": true, "union": true, "president": true, "minister": true,
	"chief": true, "secretary": true, "spokesman": true, "spokeswoman": true, "agency": true, "alliance": true,
	"authorities": true, "army": true, "military": true, "democrat": true, "republican": true,
}

// commaActorHead: the subject phrase ends in a name or a noun that can act
// (a body, its members, a person): "Brazil's financial problems, illustrated
// by ...", "The General Motors plan, announced after ..., calls for" and
// "Belgium's surplus, measured on a cash basis" are no actors.
func commaActorHead(d *doc, i int) bool {
	if d.mentionAt[i] >= 0 {
		return true
	}
	w := d.lower[i]
	return groupNouns[w] || personNouns[w] || personNouns[strings.TrimSuffix(w, "s")] || forceNouns[w] || fighterNouns[w] ||
		groupHeads[w] || bodyNouns[w] || spokesNouns[w] || officialNouns[w] || commaActorExtra[w]
}

// commaSubject reads the named subject phrase that ends at the comma j and
// opens its clause (or follows a say verb or "that"), not a preposition's
// object: "Israel launched a raid on Gaza, killing" has no such phrase.
func (p *Pipeline) commaSubject(d *doc, j, ss int) []int {
	q := p.npLeft(d, j, ss)
	if q.start >= j || len(q.ents) == 0 || afterPreposition(d, q.start, ss) || !commaActorHead(d, j-1) {
		return nil
	}
	if !clauseStart(d, q.start, ss) && !(q.start-1 > ss && (sayForms[d.lower[q.start-1]] || d.lower[q.start-1] == "that")) {
		return nil
	}
	if q.start-1 >= ss && d.lower[q.start-1] == "," {
		// "In Luxembourg, EU ministers, meeting ...": fine; but a phrase
		// after a comma that follows a name is a list or an apposition
		// ("Germany, France, meeting ..."), not a subject
		if q.start-2 >= ss && d.mentionAt[q.start-2] >= 0 {
			return nil
		}
	}
	return q.ents
}

// commaParticipleSubject: the verb after the comma k closes a participle
// phrase that opens at an earlier comma: the subject is the phrase before
// that comma ("APEC leaders, meeting in Singapore, have called for").
func (p *Pipeline) commaParticipleSubject(d *doc, k, ss int) []int {
	for j := k - 2; j > ss && j >= k-16; j-- {
		switch d.lower[j] {
		case ";", ":", "who", "which", "that", "and", "but", "-", "--", "—", "–":
			return nil
		case ",":
			if !p.commaParticipleOpen(d, j+1, k) {
				return nil
			}
			subj := p.commaSubject(d, j, ss)
			if len(subj) > 0 && (d.lower[j+1] == "led" || d.lower[j+1] == "headed") && d.lower[j+2] == "by" {
				// "A Brazilian delegation, led by central bank president
				// Francisco Gros, will meet": the leader acts with the body
				for _, e := range p.npRight(d, j+3, k).ents {
					if !slices.Contains(subj, e) {
						subj = append(subj, e)
					}
				}
			}
			return subj
		}
		if j < k-1 && p.verbLike(d, j) && !strings.HasSuffix(d.lower[j], "ing") && !p.participle(d, j) {
			return nil // a finite verb inside: another clause, no participle phrase
		}
	}
	return nil
}

// commaParticipleOwn: the trigger at t is itself the -ing participle that opens a
// phrase set off by commas after the subject ("EU foreign ministers,
// meeting in emergency session in Luxembourg, are expected ..."): its
// subject is the phrase before the comma. The phrase must close with a comma
// before a verb, so a participle after a whole clause ("attacked the
// crossing, killing two soldiers") is left to the clause's own readers.
func (p *Pipeline) commaParticipleOwn(d *doc, t, ss int) []int {
	k := t - 1
	if k <= ss || d.lower[k] != "," || !strings.HasSuffix(d.lower[t], "ing") || !p.commaParticipleOpen(d, t, len(d.lower)) {
		// an -ed participle here is passive and as often a question put
		// ("The Illinois Democrat, asked on a television interview, said",
		// "A ministry spokesman, asked for a reaction, said"): only the -ing
		return nil
	}
	se := t
	for se < len(d.lower) && d.sentOf[se] == d.sentOf[t] {
		se++
	}
	closed := false
	for j := t + 1; j < se && j <= t+16; j++ {
		switch d.lower[j] {
		case ";", ":", "who", "which", "and", "but", ".":
			j = se
			continue
		case ",":
			n := j + 1
			for n < se && (timeWord(d.lower[n]) || p.cls(d, n) == wAdv) {
				n++ // "EU ministers, meeting ..., also agreed"
			}
			closed = n < se && (p.finiteLike(d, n) || isBe(d.lower[n]) || p.cls(d, n)&wModal != 0 || d.lower[n] == "have" || d.lower[n] == "has" || d.lower[n] == "had")
			j = se
			continue
		}
	}
	if !closed {
		return nil
	}
	return p.commaSubject(d, k, ss)
}
