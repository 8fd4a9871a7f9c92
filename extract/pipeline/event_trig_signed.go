package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/cameo"
)

// A pact signed (eighteenth session). The lexicon reads "signed a deal",
// "signed a contract", and the noun "agreement" itself; it misses the
// pact told by its name, where the tagger takes the name for an
// organization and no word of it is a trigger ("Liechtenstein signed a
// Tax Information Exchange Agreement with the US", "Ghana signed a
// Millennium Challenge Corporation Compact"), the passive with its
// signers after "by" ("a memorandum of understanding, signed last month
// by Cambodia, China and Laos", "The deal was signed Tuesday by NASA's
// chief"), and the noun ("the signing of 13 deals between French and
// Chinese businesses", "Friday's signing of the EU constitution").
// Signing a pact concludes it: an AGREEMENT (CAMEO 057) of its signers.
// "signed a letter", "signed the bill into law", "signed autographs" and
// "signed on to portray" name no pact and stay out.

// signForms are the words of signing.
var signForms = map[string]bool{"sign": true, "signs": true, "signed": true, "signing": true}

// pactHeads end a pact's name or head its noun phrase.
var pactHeads = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "treaty": true, "treaties": true,
	"pact": true, "pacts": true, "compact": true, "protocol": true, "charter": true, "convention": true,
	"memorandum": true, "declaration": true, "constitution": true, "deal": true, "deals": true,
	"contract": true, "contracts": true, "facility": true,
}

// signedLemma marks pactSigned's matches for signedArgs.
const signedLemma = "sign pact"

// pactSigned reads a pact signed at i: "signed <the pact's name>",
// "<pact> ... signed ... by <signers>", "the signing of <pact>".
func (p *Pipeline) pactSigned(d *doc, i, ss, se int) (cameo.Match, bool) {
	w := d.lower[i]
	m := cameo.Match{Code: "057", Lemma: signedLemma, Start: i, End: i + 1}
	if w == "signing" {
		if i+2 < se && d.lower[i+1] == "of" && pactWithin(d, i+2, min(se, i+7)) {
			m.Nominal = true
			return m, true
		}
		return cameo.Match{}, false
	}
	if i > ss && (p.cls(d, i-1)&wDet != 0 || d.lower[i-1] == "'s" || d.lower[i-1] == "’s") {
		return cameo.Match{}, false // "the signed copy", "a sign of"
	}
	if namedPactAfter(d, i+1, se) {
		return m, true
	}
	if w == "signed" && signersAfter(d, i+1, se) >= 0 && pactBefore(d, i, ss) {
		return m, true
	}
	return cameo.Match{}, false
}

// pactMention: a name at k that ends in a pact's head ("the Kyoto
// Protocol", "a Millennium Challenge Account Compact").
func pactMention(d *doc, k int) bool {
	if k < 0 || k >= len(d.mentionAt) || d.mentionAt[k] < 0 {
		return false
	}
	mt := d.mentions[d.mentionAt[k]]
	return mt.label != "PER" && pactHeads[d.lower[mt.end-1]]
}

// namedPactAfter: the object of "signed" is a pact's name, after at most
// an article, a number and modifiers: "signed a three-year Poverty
// Reduction and Growth Facility", "signed the Kyoto Protocol".
func namedPactAfter(d *doc, k, se int) bool {
	for j := k; j < se && j < k+4; j++ {
		if d.mentionAt[j] >= 0 {
			return pactMention(d, j)
		}
		switch w := d.lower[j]; {
		case w == "a" || w == "an" || w == "the" || strings.HasSuffix(w, "-year") || allDigits(w) || w == "new" || w == "landmark" || w == "historic":
		default:
			return false
		}
	}
	return false
}

// pactWithin: a pact's head or name in k..end ("13 deals", "the EU
// constitution", "a free trade agreement").
func pactWithin(d *doc, k, end int) bool {
	for j := k; j < end; j++ {
		if pactHeads[d.lower[j]] || pactMention(d, j) {
			return true
		}
		if w := d.lower[j]; w == "," || w == "." || w == "between" || w == "with" || w == "by" {
			return false
		}
	}
	return false
}

// pactBefore: a pact's head or name in the eight words before a passive
// "signed" ("The deal was signed", "a memorandum of understanding against
// trafficking, signed").
func pactBefore(d *doc, i, ss int) bool {
	for j := i - 1; j >= ss && j >= i-8; j-- {
		if pactHeads[d.lower[j]] || pactMention(d, j) {
			return true
		}
		if d.lower[j] == ";" {
			return false
		}
	}
	return false
}

// signersAfter finds "by <name>" within four words after a passive
// "signed" ("signed Tuesday, by NASA", "signed last month by Cambodia");
// it gives the first name's index, or -1.
func signersAfter(d *doc, k, se int) int {
	for j := k; j < se && j < k+4; j++ {
		if d.lower[j] == "by" && j+1 < se {
			for n := j + 1; n < se && n <= j+3; n++ {
				if d.mentionAt[n] >= 0 {
					return n
				}
				if w := d.lower[n]; w != "the" && !titleWord(w) && !officeTitles[w] {
					return -1
				}
			}
			return -1
		}
		if d.mentionAt[j] >= 0 {
			return -1
		}
	}
	return -1
}

// signedArgs names a pact's signers: the names after a passive's "by" or
// after "between", the names inside a signed pact's phrase ("the EU
// constitution"); a pact's own name is never one of its sides.
func (p *Pipeline) signedArgs(d *doc, ev *event, m cameo.Match, ss, se int) {
	var sides []int
	add := func(k int) {
		mt := d.mentions[d.mentionAt[k]]
		if mt.label == "NORP" && describedOrgAfter(d, mt.end, se) {
			return // "Indian space agency ISRO": the nationality describes the body named next
		}
		if mt.ent >= 0 && !pactMention(d, k) {
			sides = append(sides, mt.ent)
		}
	}
	from := -1
	if d.lower[m.Start] == "signed" {
		from = signersAfter(d, m.End, se)
	}
	if from < 0 && m.Nominal {
		from = m.End + 1
	}
	if from >= 0 {
		body := false // the conjunct named the body its signer acts for
		for k := from; k < se; k++ {
			w := d.lower[k]
			if w == "and" || w == "," {
				body = false
			}
			if mi := d.mentionAt[k]; mi >= 0 {
				// "by Nigerian Finance Minister Chu Okongwu", "by NASA
				// administrator Michael Griffin": a person signs for the
				// state or body named before the title, which is the side
				if d.mentions[mi].label != "PER" || !body {
					add(k)
				}
				body = body || d.mentions[mi].label != "PER"
				k = d.mentions[mi].end - 1
				continue
			}
			if w == "in" || w == "on" || w == "at" || w == "to" || w == "." || w == ";" || w == "as" || p.verbLike(d, k) && !pactHeads[w] {
				break
			}
		}
	}
	if len(sides) == 0 {
		// the active "signed <named pact> with <party>": the reading of its
		// subject and "with" stands, less the pact's own name
		keep := ev.parts[:0]
		for _, pt := range ev.parts {
			if !pactEntity(d, pt.ent) {
				keep = append(keep, pt)
			}
		}
		ev.parts = keep
		return
	}
	ev.parts = ev.parts[:0]
	for _, e := range sides {
		ev.addPart(e, participant)
	}
}

// pactEntity: an entity whose name ends in a pact's head.
func pactEntity(d *doc, e int) bool {
	if e < 0 || e >= len(d.ents) {
		return false
	}
	f := strings.Fields(strings.ToLower(d.ents[e].name))
	return len(f) > 0 && pactHeads[f[len(f)-1]]
}

// describedOrgAfter: an organization named within three lower-case words
// after k ("space agency ISRO").
func describedOrgAfter(d *doc, k, se int) bool {
	for j := k; j < se && j < k+4; j++ {
		if mi := d.mentionAt[j]; mi >= 0 {
			return d.mentions[mi].label == "ORG"
		}
		if w := d.words[j]; w == "" || w[0] < 'a' || w[0] > 'z' {
			return false
		}
	}
	return false
}

// signedPact gives the entity of the pact named right after an event's
// "signed", or -1.
func signedPact(d *doc, ev *event) int {
	if ev.typ != "AGREEMENT" || ev.trigEnd <= 0 || !signForms[d.lower[ev.trigStart]] {
		return -1
	}
	se := d.sents[ev.sentence].End
	for j := ev.trigEnd; j < se && j < ev.trigEnd+4; j++ {
		if d.mentionAt[j] >= 0 {
			if pactMention(d, j) {
				return d.mentions[d.mentionAt[j]].ent
			}
			return -1
		}
	}
	return -1
}

// otherPacts: two signings of pacts named apart are two agreements, though
// one country signed both ("Lesotho has signed an Interim Poverty
// Reduction and Growth Facility with the IMF. In July 2007, Lesotho signed
// a Millennium Challenge Account Compact with the US").
func otherPacts(d *doc, a, b *event) bool {
	pa, pb := signedPact(d, a), signedPact(d, b)
	return pa >= 0 && pb >= 0 && pa != pb
}
