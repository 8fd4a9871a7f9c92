package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
)

// Company context. The tagger types a name it has never seen mostly from the
// name's own shape, and company names look like surnames ("Peugeot",
// "Heineken", "Rosneft") or places ("Varig", "Sina"). What the article says
// around the name settles it: "French car maker Peugeot", "Heineken's net
// income", "a 20% stake in Sina", "Varig, Brazil's flagship airline". These
// cue words are about what companies are and own, not about any one story.

// companyBefore are words that, right before a name, make it a company
// ("car maker Peugeot", "state-owned Rosneft", "firm Heineken").
var companyBefore = map[string]bool{
	"firm": true, "company": true, "maker": true, "carmaker": true, "automaker": true,
	"drugmaker": true, "chipmaker": true, "retailer": true, "insurer": true,
	"brewer": true, "airline": true, "carrier": true, "operator": true, "conglomerate": true,
	"state-owned": true, "manufacturer": true, "supermarket": true, "telecoms": true,
	"subsidiary": true, "broadcaster": true, "giant": true,
	// the press and finance: "Dutch newspaper Algemeen Dagblad", "TV network
	// NBC", "investment bank Lazard", "news agency Interfax"
	"newspaper": true, "magazine": true, "tabloid": true, "daily": true, "weekly": true,
	"website": true, "network": true, "channel": true, "studio": true, "label": true,
	"bank": true, "agency": true, "brokerage": true,
}

// personMaker are the words that make a "maker" a person ("film maker
// Theo van Gogh").
var personMaker = map[string]bool{
	"film": true, "movie": true, "documentary": true, "programme": true, "policy": true,
	"law": true, "peace": true, "decision": true, "trouble": true, "music": true,
}

// companyAfter are words that, right after a name, make it a company's
// ("the Sandoz unit", "the Maserati brand", "Titan corporation").
var companyAfter = map[string]bool{
	"unit": true, "business": true, "brand": true, "corporation": true, "subsidiary": true,
	"shares": true, "shareholders": true, "division": true,
	"employees": true, "workforce": true, "products": true,
}

// companyOwned are things only a company has, after its possessive
// ("Heineken's net income", "Varig's main shareholder", "Hexal's US
// affiliate", "Magna's North American car and truck seating business"); they
// are looked for in the next six words, up to a punctuation mark.
var companyOwned = map[string]bool{
	"shares": true, "shareholder": true, "shareholders": true, "profits": true, "profit": true,
	"income": true, "revenue": true, "revenues": true, "earnings": true, "sales": true,
	"affiliate": true, "subsidiary": true, "unit": true, "brand": true, "brands": true,
	"board": true, "chairman": true, "executive": true, "boss": true,
	"plant": true, "factory": true, "workforce": true, "employees": true,
	"takeover": true, "merger": true, "dividend": true, "customers": true, "products": true,
	"stake": true,
}

// companyHeads name what a company is, as an appositive's head ("Titan, a
// California-based company", "Chrysler, the US unit of ...").
var companyHeads = map[string]bool{
	"company": true, "firm": true, "maker": true, "carmaker": true, "unit": true,
	"subsidiary": true, "airline": true, "carrier": true, "bank": true, "lender": true,
	"insurer": true, "retailer": true, "group": true, "operator": true, "portal": true,
	"producer": true, "manufacturer": true, "brewer": true, "conglomerate": true,
	"corporation": true, "chain": true, "supplier": true, "provider": true,
	"broadcaster": true, "publisher": true, "developer": true,
}

// appositiveEnd are the words that end an appositive's head noun phrase.
var appositiveEnd = map[string]bool{
	",": true, ".": true, "of": true, "with": true, "at": true, "for": true, "in": true,
	"which": true, "that": true, "who": true, "and": true,
}

// companyHeld are the word pairs before a name that hold a share of it
// ("a stake in Sina", "a bid for Qwest"); "30% of" is as often a place's.
var companyHeld = map[[2]string]bool{
	{"stake", "in"}: true, {"stakes", "in"}: true,
	{"bid", "for"}: true, {"takeover", "of"}: true,
	{"bid", "from"}: true, {"investment", "in"}: true,
	// where the market's commentators work: "an analyst at Sejong Securities"
	{"analyst", "at"}: true, {"analyst", "with"}: true, {"economist", "at"}: true,
	{"economist", "with"}: true, {"strategist", "at"}: true, {"strategist", "with"}: true,
}

// typeCues counts the company and the person cues around an entity's
// mentions. A person cue is an honorific, a known given name opening the
// name, "X, who" or "X said he"; "X, which" and "X said it" count for a
// company only with a company cue beside them.
func (p *Pipeline) typeCues(d *doc, ms []int) (company, person int) {
	nonPerson := 0
	lw := func(i int) string {
		if i < 0 || i >= len(d.lower) {
			return ""
		}
		return d.lower[i]
	}
	for _, mi := range ms {
		m := d.mentions[mi]
		if m.nominal || m.nested {
			continue
		}
		// A known given name and a known surname ("Keanu Reeves"); a given
		// name alone opens "Davis Cup" and "Man Utd".
		if m.end-m.start > 1 && p.gaz.PersonWord(d.words[m.start])&gazetteer.GivenName != 0 && p.gaz.PersonWord(d.words[m.end-1])&gazetteer.Surname != 0 {
			person++
		}
		prev, prev2 := lw(m.start-1), lw(m.start-2)
		if honorifics[strings.TrimSuffix(prev, ".")] || p.titleEndsAt(d, m.start) {
			person++
		}
		if companyBefore[prev] && d.words[m.start-1] == prev && !personMaker[prev2] || companyHeld[[2]string{prev2, prev}] {
			// (lower-case: "the Child Support Agency Doug Smith" ends a name)
			company++
		}
		next := lw(m.end)
		switch {
		case next == "'s" || next == "'" && !d.toks[m.end].SpaceBefore && strings.HasSuffix(d.lower[m.end-1], "s"):
			for k := m.end + 1; k <= m.end+6 && k < len(d.lower); k++ {
				if isPunct(d.words[k]) {
					break
				}
				if companyOwned[d.lower[k]] {
					company++
					break
				}
			}
		case companyAfter[next]:
			company++
		case next == ",":
			switch lw(m.end + 1) {
			case "who":
				person++
			case "which":
				nonPerson++
			default:
				if companyAppositive(d, m.end+1) {
					company++
				}
			}
		case next == "said" || next == "says" || next == "has" || next == "had":
			switch lw(m.end + 1) {
			case "it", "its":
				nonPerson++
			case "he", "she", "his", "her":
				person++
			}
		}
	}
	if company > 0 {
		company += nonPerson
	}
	return company, person
}

// titleEndsAt reports a role title ending right before token i ("Actor
// Keanu Reeves", "Lord Woolf"); titleBefore without building its text.
func (p *Pipeline) titleEndsAt(d *doc, i int) bool {
	for j := max(0, i-3); j < i; j++ {
		if p.gaz.IsTitle(d.lower, j) == i-j {
			return true
		}
	}
	return false
}

// companyAppositive reports an appositive starting at token i whose head
// names what a company is ("Titan, a California-based company", "Varig,
// Brazil's flagship airline"). It opens with a determiner or a possessive;
// its head is the last word before the next comma, stop, preposition or
// relative within eight words ("Tetsuro Tsusaka, a telecoms analyst with
// Deutsche Bank": analyst, not bank), and a common noun: a list ("Bowman,
// the Federal Home Loan Bank of Dallas") names.
func companyAppositive(d *doc, i int) bool {
	if i+1 >= len(d.lower) {
		return false
	}
	switch d.lower[i] {
	case "the", "a", "an", "its":
	default:
		if d.lower[i+1] != "'s" {
			return false
		}
	}
	for k := i + 1; k <= i+8 && k < len(d.lower); k++ {
		if appositiveEnd[d.lower[k]] {
			return companyHeads[d.lower[k-1]] && d.words[k-1] == d.lower[k-1]
		}
	}
	return false
}
