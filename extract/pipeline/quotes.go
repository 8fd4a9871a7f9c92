package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// speechVerbs introduce what somebody said.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true, "adds": true, "adding": true,
	"tweeted": true, "tweets": true, "wrote": true, "writes": true, "stated": true, "declared": true,
	"announced": true, "noted": true, "insisted": true, "warned": true, "explained": true, "argued": true,
	"replied": true, "stressed": true, "indicated": true, "acknowledged": true, "asserted": true,
	"claimed": true, "continued": true, "recalled": true, "remarked": true, "urged": true,
}

func isOpenQuote(w string) bool  { return w == "“" || w == "``" || w == "‘‘" }
func isCloseQuote(w string) bool { return w == "”" || w == "''" || w == "’’" }
func isQuoteMark(w string) bool  { return w == "\"" || isOpenQuote(w) || isCloseQuote(w) }

// quoteSpan is the tokens strictly inside a pair of quote marks.
type quoteSpan struct{ open, close int }

// pairQuotes pairs quote marks across the document: curly marks by direction,
// straight ones alternately. An unbalanced mark pairs with nothing.
func pairQuotes(d *doc) []quoteSpan {
	var out []quoteSpan
	open := -1
	for i, w := range d.words {
		switch {
		case isOpenQuote(w):
			open = i
		case isCloseQuote(w):
			if open >= 0 {
				out = append(out, quoteSpan{open, i})
			}
			open = -1
		case w == "\"":
			// Spacing says the direction where it can: a mark spaced before
			// and attached to the next word opens ('dream. "It's'), one
			// attached before and spaced after closes. Scraped news often
			// drops the closing mark between two quoted sentences ('"Japan is
			// where ... time. "They already have ..."'): a new opener then
			// ends the open quote and starts the next.
			switch straightQuoteDir(d, i) {
			case 1:
				if open >= 0 {
					out = append(out, quoteSpan{open, i})
				}
				open = i
			case -1:
				if open >= 0 {
					out = append(out, quoteSpan{open, i})
				}
				open = -1
			default:
				if open >= 0 {
					out = append(out, quoteSpan{open, i})
					open = -1
				} else {
					open = i
				}
			}
		}
		// a quote never runs past a paragraph: sentence breaks on blank lines reset it
		if open >= 0 && i+1 < len(d.toks) && paragraphBreak(d, i) {
			open = -1
		}
	}
	return out
}

// straightQuoteDir tells a straight quote mark's direction from its spacing:
// 1 opens, -1 closes, 0 cannot tell.
func straightQuoteDir(d *doc, i int) int {
	spacedBefore := i == 0 || d.toks[i].SpaceBefore
	attachedAfter := i+1 < len(d.toks) && !d.toks[i+1].SpaceBefore
	switch {
	case spacedBefore && attachedAfter && !isPunct(d.words[i+1]):
		return 1
	case !spacedBefore && !attachedAfter && isPunct(d.words[i-1]):
		return -1
	}
	return 0
}

// paragraphBreak reports whether a blank line follows token i.
func paragraphBreak(d *doc, i int) bool {
	return strings.Count(d.src.Text[d.byteEnd(i):d.byteStart(i+1)], "\n") >= 2
}

// speakerOf finds who speaks in sentence si: "X said", "said X", "X told reporters",
// "he added". Pronouns go to the last speaker, else to the last person named.
// named reports a speech verb outside quotation marks whose speaker the
// sentence names in words this reader could not resolve ("the prime minister
// said", "added Ernst and Young's Sanjay Mehta"): a quote there is not the
// previous speaker's.
func (p *Pipeline) speakerOf(d *doc, si int, lastSpeaker int, inQuote []bool) (ent, verb int, named bool) {
	s := d.sents[si]
	for v := s.Start; v < s.End; v++ {
		if !p.shapes.speech.may(d.lower[v]) || !speechVerbs[d.lower[v]] || d.mentionAt[v] >= 0 {
			continue
		}
		e, n := p.speakerAt(d, si, v, lastSpeaker, inQuote)
		if e >= 0 {
			return e, v, true
		}
		// "...this survey tells you that..." inside a quote is the speaker's
		// own words, not a new speaker.
		named = named || n && !inQuote[v]
	}
	return -1, -1, named
}

// speakerAt reads the speaker of speech verb v, or reports that the sentence
// names one this reader cannot resolve.
func (p *Pipeline) speakerAt(d *doc, si, v, lastSpeaker int, inQuote []bool) (ent int, named bool) {
	s := d.sents[si]
	// left: "Kerry said", "Kerry also said", "he tweeted"
	k := v - 1
	for k >= s.Start && (d.lower[k] == "also" || d.lower[k] == "later" || d.lower[k] == "has" || d.lower[k] == "had" || d.lower[k] == "then" || d.lower[k] == "meanwhile") {
		k--
	}
	if k >= s.Start {
		if mi := d.mentionAt[k]; mi >= 0 {
			if e, described := p.speakerOfPhrase(d, s.Start, d.mentions[mi].start); described {
				return e, true // "Anne Thompson of the Hollywood Reporter said"
			}
			if e := d.mentions[mi].ent; e >= 0 && speakerType(d, e) {
				return e, true
			}
		}
		switch d.lower[k] {
		case "he", "she":
			// "Simon Hughes branded Mr Howard 'arrogant'. '...,' he said": the
			// subject of the sentence before, where it says whom.
			if e, ok := p.previousSubject(d, si, inQuote); ok {
				return e, e < 0
			}
			if lastSpeaker >= 0 {
				return lastSpeaker, true
			}
			if e := lastPerson(d, s.Start); e >= 0 {
				return e, true
			}
		case ",":
			if w := d.lower[v]; w == "adding" || w == "saying" {
				// "Edu tried to play down the incidents, adding: ...": the
				// main clause's subject speaks
				if e, ok := p.subjectFrom(d, si, inQuote); ok && e >= 0 {
					return e, true
				}
			}
			// "the play's organiser, Sarah Mukasa, told the BBC"; "Glenn
			// Maguire, chief economist at Societe Generale, told AFP"
			if e := appositiveSpeaker(d, s.Start, k); e >= 0 {
				return e, true
			}
			if mi := d.mentionAt[k-1]; k > s.Start && mi >= 0 && d.mentions[mi].end == k && p.opensClause(d, s.Start, d.mentions[mi].start) {
				if e := d.mentions[mi].ent; e >= 0 && speakerType(d, e) {
					return e, true
				}
			}
		}
		if c := d.wordClass(p.wc, k); c&wNoun != 0 && c&wPron == 0 && c&wProper == 0 || p.gaz.IsTitle(d.lower, k) > 0 {
			named = true // "the prime minister said", "officials said"
		}
	}
	if v+1 >= s.End {
		return -1, named
	}
	switch d.lower[v] {
	case "told", "tells", "tell":
		return -1, named // "X told Agence France Presse": the name after is who heard it
	}
	if k >= s.Start && !isPunct(d.words[k]) && !isQuoteMark(d.words[k]) {
		// A subject before the verb ("The former finance officer said Mr
		// Ebbers knew"): the names after it are what was said. A speaker
		// follows the verb only in an inversion ("..., said Kerry").
		return -1, named
	}
	// right: "said Kerry", "said Russian Foreign Minister Sergey Lavrov"
	if e, _ := p.possessorsPerson(d, v+1, s.End); e >= 0 {
		return e, true // "said Gartner's principal analyst Kobita Desai"
	}
	if ents := p.chainRight(d, v+1, s.End); len(ents) == 1 && speakerType(d, ents[0]) {
		return ents[0], true
	} else if len(ents) > 1 {
		named = true
	}
	return -1, named
}

// previousSubject reads the subject of the last sentence before si that is
// not all quotation: a person named first ("Lib Dem president Simon Hughes
// branded..."), or -1 for a description ("A spokesman for the Home Office
// defended the proposals. He said: ..."). ok is false when the sentence opens
// otherwise (a pronoun, a clause) and tells nothing.
func (p *Pipeline) previousSubject(d *doc, si int, inQuote []bool) (ent int, ok bool) {
	return p.subjectFrom(d, si-1, inQuote)
}

// subjectFrom reads the subject of sentence first, or of the last sentence
// before it that does not open inside a quotation (up to two back).
func (p *Pipeline) subjectFrom(d *doc, first int, inQuote []bool) (ent int, ok bool) {
	for j := first; j >= 0 && j >= first-2; j-- {
		s := d.sents[j]
		k := s.Start
		for k < s.End && (isQuoteMark(d.words[k]) || d.lower[k] == "but" || d.lower[k] == "and" || d.lower[k] == "meanwhile" || d.words[k] == ",") {
			k++
		}
		if k >= s.End || inQuote[k] {
			continue // the quote itself: look further back
		}
		for n := p.gaz.IsTitle(d.lower, k); n > 0 && k+n < s.End; n = p.gaz.IsTitle(d.lower, k) {
			k += n // "Chief executive Simon Hart said"
		}
		possessor := false
		if mi := d.mentionAt[k]; mi >= 0 {
			e := d.mentions[mi].end
			possessor = e < s.End && (d.lower[e] == "'s" || d.lower[e] == "’s")
		}
		if mi := d.mentionAt[k]; mi >= 0 && !possessor {
			m := d.mentions[mi]
			// "Lib Dem president Simon Hughes", "Franz Ferdinand frontman Alex
			// Kapranos", "James Hardie chairwoman, Meredith Hellicar": a
			// premodifier and a title, then the person.
			for j := m.end; j < s.End && j <= m.end+4; j++ {
				if mj := d.mentionAt[j]; mj >= 0 {
					if d.mentions[mj].label == "PER" && j > m.end {
						m = d.mentions[mj]
					}
					break
				}
				if d.words[j] != "," && (hasUpperLetter(d.words[j][:1]) || d.wordClass(p.wc, j)&(wNoun|wAdj) == 0) {
					break
				}
			}
			if m.ent >= 0 && d.ents[m.ent].typ == extract.Person {
				return m.ent, true
			}
			return -1, false
		}
		switch {
		case possessor || d.mentionAt[k] < 0 && p.opensNounPhrase(d, k, s.End):
			// "The company's new chief executive Peter Lynch said", "Arsenal
			// midfielder Patrick Vieira tried", "The cardinal said": the
			// person in the subject, before its verb; else this tells nothing
			// ("A spokesman for the Home Office", "Fowler's double strike
			// helped City").
			if possessor {
				k = d.mentions[d.mentionAt[k]].end
			}
			for j := k + 1; j < s.End && j <= k+8; j++ {
				if mi := d.mentionAt[j]; mi >= 0 {
					m := d.mentions[mi]
					if m.ent >= 0 && d.ents[m.ent].typ == extract.Person && (m.end >= s.End || d.lower[m.end] != "'s" && d.lower[m.end] != "’s") {
						return m.ent, true
					}
					j = m.end - 1
					continue
				}
				if d.words[j] == "," && (j+1 >= s.End || d.mentionAt[j+1] < 0) {
					break // "Alison Howe, producer of TV show Later... With Jools Holland": an aside, not the subject
				}
				if c := d.wordClass(p.wc, j); c&(wVerb|wPast|wModal|wPrep) != 0 && c&(wNoun|wAdj) == 0 || d.lower[j] == "said" || d.lower[j] == "has" {
					break
				}
			}
		}
		return -1, false
	}
	return -1, false
}

// appositiveSpeaker reads "Name, description," ending at the comma c: the
// person named before the description. A description naming another person
// is a list or a clause of its own ("Lady Hale, sitting with Lords Bingham,
// Steyn, Hope and Carswell, said"), unless it is a relative clause ("Mr
// Blair, who returned Mr Livingstone to the party, insisted").
func appositiveSpeaker(d *doc, start, c int) int {
	k := c - 1
	for ; k > start && k >= c-25 && d.words[k] != ","; k-- {
		if isQuoteMark(d.words[k]) {
			return -1
		}
	}
	if k <= start || d.words[k] != "," {
		return -1
	}
	if d.lower[k+1] != "who" {
		if c-k > 15 {
			return -1 // a long stretch that is no relative clause is a clause of its own
		}
		for j := k + 1; j < c; j++ {
			if mi := d.mentionAt[j]; mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == extract.Person {
				return -1
			}
		}
	}
	mi := d.mentionAt[k-1]
	if mi < 0 || d.mentions[mi].end != k {
		return -1
	}
	if e := d.mentions[mi].ent; e >= 0 && d.ents[e].typ == extract.Person {
		return e
	}
	return -1
}

// opensClause reports that the name at m opens its clause: it follows a comma
// or the sentence start, maybe after a short description ("steel giant LNM,
// told BBC News"), not a preposition or a conjunction ("chief strategist at
// UBS, said"; "Hope and Carswell, said").
func (p *Pipeline) opensClause(d *doc, start, m int) bool {
	for j := m - 1; j >= start && j >= m-4; j-- {
		switch d.lower[j] {
		case ",":
			return true
		case "the", "a", "an":
			continue
		}
		if c := d.wordClass(p.wc, j); c&(wPrep|wConj|wVerb|wPast|wPart|wGerund|wPron) != 0 || c&(wNoun|wAdj) == 0 {
			return false
		}
	}
	return m == start
}

// possessorsPerson reads "Gartner's principal analyst Kobita Desai" at k: the
// person after a name in the possessive and a few lower-case title words. A
// body's name without the possessive needs a title or an occupation right
// before the person ("Global Insight analyst Howard Archer"), and no word
// that could open a clause or a phrase: in "the sources said Baker respects
// Volcker" neither speaks.
func (p *Pipeline) possessorsPerson(d *doc, k, end int) (ent, after int) {
	mi := d.mentionAt[k]
	if mi < 0 || d.mentions[mi].start != k {
		return -1, -1
	}
	j := d.mentions[mi].end
	if j >= end {
		return -1, -1
	}
	poss := d.lower[j] == "'s" || d.lower[j] == "’s"
	if poss {
		j++
	}
	for first := j; j < end && j <= d.mentions[mi].end+5; j++ {
		if mj := d.mentionAt[j]; mj >= 0 {
			if e := d.mentions[mj].ent; e >= 0 && d.ents[e].typ == extract.Person && d.mentions[mj].start == j && (poss || j > first && (p.titleEndsAt(d, j) || occupationLike(d.lower[j-1]) || titleHeads[d.lower[j-1]])) {
				return e, d.mentions[mj].end
			}
			return -1, -1
		}
		if isPunct(d.words[j]) {
			return -1, -1
		}
		if !poss && (d.words[j] != d.lower[j] || titleGlue[d.lower[j]]) {
			return -1, -1
		}
	}
	return -1, -1
}

// titleHeads end titles that occupationLike's endings miss ("analyst",
// "chief", "official").
var titleHeads = map[string]bool{
	"analyst": true, "chief": true, "head": true, "boss": true, "executive": true, "official": true,
	"secretary": true, "minister": true, "representative": true, "expert": true, "fellow": true,
	"deputy": true, "aide": true, "attorney": true, "counsel": true, "coach": true, "captain": true,
	"star": true, "veteran": true, "biographer": true, "chairwoman": true,
}

// titleGlue are the lower-case words that end a title before a name: after
// them comes a clause or a phrase ("said Reuters that Smith...", "said
// officials in Paris").
var titleGlue = map[string]bool{
	"that": true, "and": true, "or": true, "but": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "with": true, "by": true, "from": true, "as": true, "the": true, "a": true, "an": true, "who": true,
	"which": true, "when": true, "while": true, "after": true, "before": true, "if": true, "it": true, "its": true,
	"he": true, "she": true, "they": true, "was": true, "is": true, "were": true, "are": true, "had": true, "has": true,
}

func speakerType(d *doc, e int) bool {
	t := d.ents[e].typ
	return t == extract.Person || t == extract.Organization
}

// lastPerson is the person named most recently before token t.
func lastPerson(d *doc, t int) int {
	for k := t - 1; k >= 0; k-- {
		if mi := d.mentionAt[k]; mi >= 0 {
			if e := d.mentions[mi].ent; e >= 0 && d.ents[e].typ == extract.Person {
				return e
			}
		}
	}
	return -1
}

// findQuotes attributes direct quotes (between quote marks) and reported speech
// ("..., Kerry said." / "Kerry said the ...") to a speaker entity.
func (p *Pipeline) findQuotes(d *doc) {
	spans := pairQuotes(d)
	inQuote := make([]bool, len(d.toks))
	for _, q := range spans {
		for k := q.open; k <= q.close && k < len(inQuote); k++ {
			inQuote[k] = true
		}
	}
	last := -1
	speaker := make([]int, len(d.sents))
	verbAt := make([]int, len(d.sents))
	named := make([]bool, len(d.sents))
	for si := range d.sents {
		speaker[si], verbAt[si], named[si] = p.speakerOf(d, si, last, inQuote)
		if speaker[si] >= 0 {
			last = speaker[si]
		}
	}
	quoted := make([]bool, len(d.sents))
	prevSpeaker, prevClose := -1, -10
	for _, q := range spans {
		if q.close-q.open < 2 {
			continue
		}
		so, sc := d.sentOf[q.open], d.sentOf[q.close]
		who := speaker[sc]
		if who < 0 {
			who = speaker[so]
		}
		if who < 0 && !named[sc] && !named[so] && prevSpeaker >= 0 && (d.sentOf[prevClose] == so || d.sentOf[prevClose]+1 == so) {
			who = prevSpeaker // the same speaker goes on: "...," Kerry said. "What we ..."
		}
		for si := so; si <= sc; si++ {
			quoted[si] = true
		}
		if who < 0 {
			continue
		}
		start, end := d.toks[q.open].End, d.toks[q.close].Start
		d.quotes = append(d.quotes, extract.Quote{
			Speaker: d.ents[who].id, Text: trimSpace(d.src.Text[d.byteEnd(q.open):d.byteStart(q.close)]), Direct: true,
			Start: start, End: end, Sentence: so,
		})
		prevSpeaker, prevClose = who, q.close
	}
	scare := scareQuoted(d, spans)
	for si, s := range d.sents {
		if speaker[si] < 0 && !quoted[si] {
			p.accordingTo(d, si)
			continue
		}
		if speaker[si] < 0 || quoted[si] && !scare[si] {
			continue
		}
		v := verbAt[si]
		var a, b int
		if rest := p.afterVerb(d, v, s.End); rest >= s.End || isPunct(d.words[rest]) && rest+1 >= s.End {
			// "..., Kerry said." — nothing after the verb: the clause before the comma
			if !endsClause(d, s.Start, v) {
				continue
			}
			a, b = s.Start, clauseEnd(d, s.Start, v)
		} else {
			// "Kerry said (on Sunday) (that) ...", "He told reporters that ..."
			a = p.contentStart(d, v, s.End)
			if a < 0 {
				continue
			}
			b = s.End
			for b > a && isPunct(d.words[b-1]) && !isQuoteMark(d.words[b-1]) {
				b--
			}
		}
		if b-a < 3 {
			continue
		}
		start, end := d.toks[a].Start, d.toks[b-1].End
		d.quotes = append(d.quotes, extract.Quote{
			Speaker: d.ents[speaker[si]].id, Text: d.text(a, b), Direct: false,
			Start: start, End: end, Sentence: si,
		})
	}
}

// accordingTo attributes "..., according to X." and "According to X, ..." to X
// as reported speech.
func (p *Pipeline) accordingTo(d *doc, si int) {
	s := d.sents[si]
	for k := s.Start; k+2 < s.End; k++ {
		if d.lower[k] != "according" || d.lower[k+1] != "to" {
			continue
		}
		who, after := -1, -1
		for j := k + 2; j < s.End && j <= k+6; j++ {
			if d.words[j] == "," {
				break
			}
			if mi := d.mentionAt[j]; mi >= 0 {
				m := d.mentions[mi]
				if m.ent >= 0 && !m.nominal && speakerType(d, m.ent) {
					who, after = m.ent, m.end
				}
				if m.label != "NORP" {
					break // "according to Russian officials": no named source
				}
				j = m.end - 1
			}
		}
		if who < 0 {
			return
		}
		var a, b int
		if k == s.Start {
			// "According to X, the talks failed."
			a = after
			for a < s.End && d.words[a] != "," {
				a++
			}
			a++
			b = s.End
		} else {
			a, b = s.Start, k
		}
		for b > a && isPunct(d.words[b-1]) {
			b--
		}
		if b-a < 3 {
			return
		}
		start, end := d.toks[a].Start, d.toks[b-1].End
		d.quotes = append(d.quotes, extract.Quote{
			Speaker: d.ents[who].id, Text: d.text(a, b), Direct: false,
			Start: start, End: end, Sentence: si,
		})
		return
	}
}

// speechTimeWords may stand between a speech verb and what was said: "said Sunday that".
var speechTimeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "today": true, "yesterday": true, "on": true, "last": true, "this": true, "earlier": true,
	"later": true, "week": true, "month": true, "year": true, "night": true, "morning": true, "evening": true,
	"afternoon": true, "also": true,
}

// afterVerb skips the speaker and time words after a speech verb ("said Kerry on
// Sunday") and returns the first token of what follows.
func (p *Pipeline) afterVerb(d *doc, v, end int) int {
	k := v + 1
	for k < end {
		if _, after := p.possessorsPerson(d, k, end); after > k {
			k = after // "said Mercedes chief executive Eckhard Cordes."
			continue
		}
		if mi := d.mentionAt[k]; mi >= 0 && d.mentions[mi].start == k {
			if e := d.mentions[mi].ent; e >= 0 && speakerType(d, e) {
				k = d.mentions[mi].end
				continue
			}
		}
		if speechTimeWords[d.lower[k]] {
			k++
			continue
		}
		break
	}
	return k
}

// contentStart returns where the reported speech after verb v begins: after time
// words and "that"; after "told <someone> that"; -1 when "told" has no "that".
func (p *Pipeline) contentStart(d *doc, v, end int) int {
	k := v + 1
	for k < end && speechTimeWords[d.lower[k]] {
		k++
	}
	switch d.lower[v] {
	case "told", "tells", "tell":
		for j := k; j < end && j <= k+10; j++ {
			if d.lower[j] == "that" {
				return j + 1
			}
		}
		return -1
	}
	if k < end && d.lower[k] == "that" {
		k++
	}
	return k
}

// scareQuoted reports per sentence whether every quotation touching it is short
// (a word or phrase the writer quotes inside reported speech: take a "miracle").
func scareQuoted(d *doc, spans []quoteSpan) []bool {
	out := make([]bool, len(d.sents))
	for i := range out {
		out[i] = true
	}
	for _, q := range spans {
		so, sc := d.sentOf[q.open], d.sentOf[q.close]
		if q.close-q.open > 5 || so != sc {
			for si := so; si <= sc; si++ {
				out[si] = false
			}
		}
	}
	return out
}

// endsClause reports whether a comma stands before the speaker phrase that ends at v.
func endsClause(d *doc, ss, v int) bool { return clauseEnd(d, ss, v) > ss }

// clauseEnd returns the index of the last comma before v that precedes the speaker.
func clauseEnd(d *doc, ss, v int) int {
	k := v - 1
	for k > ss && d.mentionAt[k] >= 0 {
		k--
	}
	if k > ss && d.words[k] == "," {
		return k
	}
	return ss
}

func trimSpace(s string) string {
	i, j := 0, len(s)
	for i < j && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t') {
		i++
	}
	for j > i && (s[j-1] == ' ' || s[j-1] == '\n' || s[j-1] == '\t') {
		j--
	}
	return s[i:j]
}

// speakerOfPhrase reads a name that ends a longer subject, right before its
// speech verb: "Anne Thompson of the Hollywood Reporter said" is Anne
// Thompson speaking, not the Hollywood Reporter. (A description before the
// preposition, "a spokesman for Franco Frattini said", speaks for the name
// and keeps it.) It reports false when the name is not so attached; start is
// the name's first token.
func (p *Pipeline) speakerOfPhrase(d *doc, ss, start int) (ent int, attached bool) {
	k := start - 1
	for k > ss && start-k < 4 && d.lower[k] == "the" {
		k--
	}
	if k <= ss {
		return -1, false
	}
	switch d.lower[k] {
	case "of", "at", "from", "with":
	default:
		return -1, false
	}
	if mi := d.mentionAt[k-1]; mi >= 0 && d.mentions[mi].end == k {
		if e := d.mentions[mi].ent; e >= 0 && d.ents[e].typ == extract.Person {
			return e, true
		}
	}
	return -1, false
}

// opensNounPhrase reports a sentence whose first word k opens a noun phrase:
// a word of no other class than noun or adjective ("The", "Arsenal"), or one
// that could also be a verb when a noun or adjective follows it ("Shadow home
// secretary David Davis echoed", not "Speaking to reporters, ...").
func (p *Pipeline) opensNounPhrase(d *doc, k, end int) bool {
	c := d.wordClass(p.wc, k)
	if c&(wPron|wPrep|wConj|wAdv) != 0 {
		return false
	}
	if c&(wVerb|wPast) == 0 {
		return true
	}
	if c&wNoun == 0 || k+1 >= end || d.mentionAt[k+1] >= 0 {
		return false
	}
	n := d.wordClass(p.wc, k+1)
	return n&(wNoun|wAdj) != 0 && n&(wDet|wPrep|wPron|wVerb|wPast) == 0
}
