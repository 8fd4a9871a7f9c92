package pipeline

import "github.com/newsgraph/newsgraph/extract"

// frontedEnd returns the first token after a fronted adverbial phrase that
// opens sentence si ("In a statement released after Mr. Cheney's speech,
// Senate Minority Leader Harry Reid accused"): a preposition opening the
// sentence, and the comma that closes its phrase within a few words. A
// person named inside such a phrase is not the sentence's subject, and a verb
// inside it ("released") is not the sentence's verb. It returns the
// sentence's start when no such phrase opens it.
func (p *Pipeline) frontedEnd(d *doc, si int) int {
	s := d.sents[si]
	k := s.Start
	if k < s.End && (d.lower[k] == "but" || d.lower[k] == "and") {
		k++
	}
	if k >= s.End || d.mentionAt[k] >= 0 || p.cls(d, k)&wPrep == 0 || d.lower[k] == "that" {
		return s.Start
	}
	for j := k + 1; j < s.End && j < k+20; j++ {
		if d.lower[j] == "," {
			return j + 1
		}
		if isQuoteMark(d.words[j]) || d.lower[j] == ";" {
			break
		}
	}
	return s.Start
}

// statusWords tell a person's standing apart from the title in a
// description: "the exiled former leader", "the ousted president", "the
// former dictator". They are passed over so that the title decides whom the
// description names.
var statusWords = map[string]bool{
	"former": true, "exiled": true, "ousted": true, "deposed": true, "toppled": true, "jailed": true,
	"imprisoned": true, "detained": true, "ailing": true, "late": true, "outgoing": true, "embattled": true,
}

// leaderNouns name the one who rules a country without a title of office:
// "the former dictator", "the exiled strongman".
var leaderNouns = map[string]bool{"leader": true, "dictator": true, "strongman": true, "ruler": true}

// afterStatus returns the first token at or after j that is no status word.
func afterStatus(d *doc, j int) int {
	for j < len(d.toks) && j < len(d.lower) && d.mentionAt[j] < 0 && statusWords[d.lower[j]] {
		j++
	}
	return j
}

// describedOpener: sentence si opens with a description of one person who
// is not named ("A spokesman for the Organization for Security and
// Cooperation in Europe said", "An official said") as the subject of its
// first verb: an indefinite one, or any that names whom the officer speaks
// for ("The spokesman for X"); a bare definite one ("The Cosatu official
// said") may stand for a person named before, so it decides nothing. A "he" or "she" opening the next sentence is that
// person, not someone the story named earlier. It returns whether such a
// description opens the sentence and, for an officer speaking or acting
// "for" someone, the one spoken for (the body or person the subject reading
// gives the officer's acts to), else -1.
func (p *Pipeline) describedOpener(d *doc, si int) (bool, int) {
	s := d.sents[si]
	start := p.frontedEnd(d, si)
	if start >= s.End {
		return false, -1
	}
	switch d.lower[start] {
	case "a", "an", "the":
	default:
		return false, -1
	}
	head := -1
	for k := start + 1; k < s.End && k < start+12; k++ {
		if mi := d.mentionAt[k]; mi >= 0 {
			m := d.mentions[mi]
			if m.label == "PER" || m.ent >= 0 && d.ents[m.ent].typ == extract.Person {
				return false, -1 // ("The injured man, attorney Harry Whittington,": named)
			}
			k = m.end - 1
			continue
		}
		w := d.lower[k]
		if w == "," || w == "who" || isQuoteMark(d.words[k]) {
			return false, -1 // an apposition or a relative clause may name him
		}
		if head < 0 && (personNouns[w] || spokesNouns[w] || agentNouns[w]) {
			head = k
			continue
		}
		if p.finiteLike(d, k) && head >= 0 {
			break
		}
	}
	if head < 0 {
		return false, -1
	}
	j := head + 1
	if j < s.End && d.lower[j] == "for" {
		j++
		if j < s.End && d.lower[j] == "the" {
			j++
		}
		if j < s.End {
			if mi := d.mentionAt[j]; mi >= 0 && d.mentions[mi].ent >= 0 {
				return true, d.mentions[mi].ent
			}
		}
	}
	if d.lower[start] == "the" {
		return false, -1 // "The Cosatu official said ... He also urged": a definite description may be of someone named before
	}
	return true, -1
}

// storyForce resolves a bare force noun at head ("five soldiers") that
// earlierForce could not match word for word to the country whose forces
// the story named in the two sentences before or in the noun's own
// sentence, under any force noun: "Pakistani security forces said ... a
// roadside bombing that wounded five soldiers". Every force named with a
// country in that window must be the same country's (not "U.S. and Afghan
// troops ... the soldiers"), and the window does not cross a bulletin's
// item break.
func (p *Pipeline) storyForce(d *doc, head int) int {
	si := d.sentOf[head]
	from := si
	for from > 0 && from > si-2 && !itemBreak(d, from-1, si) {
		from--
	}
	found := -1
	for k := d.sents[from].Start + 1; k < head; k++ {
		if d.mentionAt[k] >= 0 || !forceNouns[d.lower[k]] {
			continue
		}
		j := k - 1
		if forceCompound[d.lower[j]] && j > d.sents[from].Start {
			j-- // "Pakistani security forces"
		}
		if d.lower[j] == "'s" || d.lower[j] == "’s" {
			j--
		}
		mi := d.mentionAt[j]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if m.ent < 0 || !(m.label == "NORP" || d.ents[m.ent].typ == extract.Location && d.ents[m.ent].subtype == extract.Country) {
			continue
		}
		if found >= 0 && found != m.ent {
			return -1
		}
		found = m.ent
	}
	return found
}
