package pipeline

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
)

// Business events: a company bought (ACQUISITION) or two joined (MERGER).
// CAMEO files buying and merging under economic cooperation (060, 061) with
// every purchase ("bought weapons", "buy time"); news tells a deal by the
// company it names beside the verb or noun, so that is what types one.

// stakeWords stand between a buying verb and the company bought: "bought a
// 20 percent stake in X", "acquired control of X", "buy the rest of X".
var stakeWords = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "majority": true, "minority": true,
	"controlling": true, "control": true, "of": true, "in": true, "percent": true, "pct": true, "%": true,
	"rest": true, "remaining": true, "all": true, "outstanding": true, "part": true, "remainder": true,
}

// holdingWords tell that what was bought is a part of the company: shares,
// a stake; wholeWords that it is control of it ("a controlling stake", "the
// remaining shares").
var holdingWords = map[string]bool{
	"stake": true, "stakes": true, "shares": true, "share": true, "interest": true, "stock": true,
	"common": true, "preferred": true, "bonds": true, "notes": true, "debt": true, "warrants": true,
}

var wholeWords = map[string]bool{
	"majority": true, "controlling": true, "control": true, "all": true, "rest": true,
	"remaining": true, "remainder": true, "outstanding": true,
}

// firmNouns end a description of a company before its name ("wine company
// Chalone", "U.S. rival MCI").
var firmNouns = map[string]bool{
	"company": true, "firm": true, "group": true, "bank": true, "maker": true, "rival": true,
	"unit": true, "subsidiary": true, "carrier": true, "airline": true, "brewer": true,
	"retailer": true, "chain": true, "operator": true, "producer": true, "giant": true,
	"insurer": true, "publisher": true, "broadcaster": true, "manufacturer": true, "supplier": true,
}

// waitWords stand between a merging company and the verb: "X has merged",
// "X agreed to merge", "X and Y will merge".
var waitWords = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "to": true, "agreed": true,
	"plans": true, "plan": true, "planned": true, "is": true, "are": true, "was": true, "were": true,
	"set": true, "also": true, "finally": true, "formally": true, "officially": true,
}

// businessTrigger types a buying or merging trigger: business is false for
// any other trigger; typ is "" when no company is named beside it (the
// trigger is then no event of ours).
func (p *Pipeline) businessTrigger(d *doc, lemma string, m *cameo.Match, ss, se int) (typ, code string, business bool) {
	if m.Code != cameo.CodeAcquire && m.Code != cameo.CodeMerge {
		return "", "", false
	}
	typ = cameo.EventType(m.Code)
	var named bool
	switch {
	case m.Nominal:
		named = p.companyBesideNoun(d, m.Start, m.End, ss, se) // "acquisition of YouTube", "Vodafone's takeover"
	case m.Code == cameo.CodeAcquire:
		named = p.companyBought(d, m, ss, se, lemma == "acquire") >= 0
	default:
		named = p.companyMerging(d, m, ss, se)
	}
	if !named {
		return "", "", true
	}
	return typ, m.Code, true
}

// companyBought: the verb's object is a named company ("bought a 20 percent
// stake in Honeywell"), or its passive subject is ("YouTube was acquired").
// strong verbs ("acquire") also take a name the tagger did not call a company.
// It returns the company's mention, or -1.
func (p *Pipeline) companyBought(d *doc, m *cameo.Match, ss, se int, strong bool) int {
	part, whole := false, false // "bought 32,800 Robeson shares", "a 20 percent stake": a holding, not the company
	described := false          // "Californian wine company Chalone": a description, then the name
	for k := m.End; k < se && k < m.End+7; k++ {
		if mi := d.mentionAt[k]; mi >= 0 {
			end := d.mentions[mi].end
			if descriptive(d, d.mentions[mi]) && end < se && d.mentionAt[end] < 0 && p.cls(d, end)&(wNoun|wAdj) != 0 && p.cls(d, end)&(wVerb|wPast|wPrep|wDet) == 0 {
				described, k = true, end-1 // "Californian wine company", "U.S. rival"
				continue
			}
			switch {
			case described && !firmNouns[d.lower[k-1]]:
				return -1
			case described:
				if p.company(d, mi, true) {
					return mi // "wine company Chalone": the description says it is one
				}
				return -1
			case !p.company(d, mi, strong), part && !whole:
				return -1
			case k > m.End && p.cls(d, k-1) == wNum && !stakeWords[d.lower[k-1]]:
				return -1 // "buy four Boeing 747s": aircraft, not the maker
			case end < se && (holdingWords[d.lower[end]] || p.cls(d, end)&wNum != 0):
				return -1 // "Robeson common shares", "Boeing 747-400's"
			case end < se && (d.lower[end] == "'s" || d.lower[end] == "’s"):
				return -1 // "BSkyB's 4.76% holding", "Toyota's hybrid technology": the seller's
			case end < se && d.mentionAt[end] < 0 && p.cls(d, end)&wNoun != 0 && p.cls(d, end)&(wPast|wPrep|wDet|wPunct|wNum) == 0 && !timeWord(d.lower[end]):
				return -1 // "buying Christmas presents": the name modifies what was bought
			}
			return mi
		}
		w := d.lower[k]
		if holdingWords[w] {
			part = true
		}
		if wholeWords[w] {
			whole = true
		}
		if described && p.cls(d, k)&(wNoun|wAdj) != 0 && p.cls(d, k)&(wVerb|wPast|wPrep|wDet) == 0 {
			continue
		}
		if !stakeWords[w] && !holdingWords[w] && p.cls(d, k)&wNum == 0 && w != "<" {
			break // ("<" opens a Reuters ticker name: "acquired <Gulfex Inc>")
		}
	}
	if k := m.Start - 1; k > ss && isBe(d.lower[k]) {
		if mi := d.mentionAt[k-1]; mi >= 0 && p.company(d, mi, strong) {
			return mi
		}
	}
	return -1
}

// businessParts mends what the argument reader made of a business event:
// places are no party to a merger ("the merger of Central Bank and Trust
// Co, Glenmora, La., with ..." names where the bank is), and a buying verb's
// company may lie beyond its object ("bought control of Honeywell").
func (p *Pipeline) businessParts(d *doc, ev *event, ss, se int) {
	if ev.typ == cameo.Merger {
		ev.parts = slices.DeleteFunc(ev.parts, func(pt part) bool { return d.ents[pt.ent].typ == extract.Location })
	}
	if ev.typ == cameo.Acquisition && ev.nominal && ev.trigEnd+1 < se && d.lower[ev.trigEnd] == "by" {
		// "P&O Princess's takeover by Carnival": the possessor was bought
		if mi := d.mentionAt[ev.trigEnd+1]; mi >= 0 && d.mentions[mi].ent >= 0 {
			buyer := d.mentions[mi].ent
			for i := range ev.parts {
				if ev.parts[i].ent != buyer && ev.parts[i].role == agent {
					ev.parts[i].role = patient
				}
			}
			ev.addPart(buyer, agent)
			for i := range ev.parts {
				if ev.parts[i].ent == buyer {
					ev.parts[i].role = agent
				}
			}
		}
	}
	if ev.typ != cameo.Acquisition || ev.nominal || hasRole(ev, patient) {
		return
	}
	m := cameo.Match{Start: ev.trigStart, End: ev.trigEnd}
	if mi := p.companyBought(d, &m, ss, se, true); mi >= 0 && d.mentions[mi].ent >= 0 {
		ev.addPart(d.mentions[mi].ent, patient)
	}
}

// companyMerging: "merged with Chrysler", or a company is the subject ("AOL
// and Time Warner merged", "Exxon agreed to merge").
func (p *Pipeline) companyMerging(d *doc, m *cameo.Match, ss, se int) bool {
	if m.End+1 < se && d.lower[m.End] == "with" && d.mentionAt[m.End+1] >= 0 {
		return p.company(d, d.mentionAt[m.End+1], true)
	}
	for k := m.Start - 1; k >= ss && k >= m.Start-4; k-- {
		if mi := d.mentionAt[k]; mi >= 0 {
			return p.company(d, mi, true)
		}
		if !waitWords[d.lower[k]] {
			break
		}
	}
	return false
}

// companyBesideNoun: a company is named right before a business noun
// ("Vodafone's takeover", "the Daimler-Chrysler merger") or after it
// ("acquisition of YouTube", "merger with Chrysler", "takeover by Exxon").
func (p *Pipeline) companyBesideNoun(d *doc, t0, t1, ss, se int) bool {
	for k := t0 - 1; k >= ss && k >= t0-3; k-- {
		if mi := d.mentionAt[k]; mi >= 0 {
			return p.company(d, mi, true)
		}
		w := d.lower[k]
		if w != "'s" && w != "’s" && p.cls(d, k)&(wAdj|wNum) == 0 && w != "$" && w != "-" {
			break
		}
	}
	if t1+1 < se && (d.lower[t1] == "bid" || d.lower[t1] == "offer" || d.lower[t1] == "deal" || d.lower[t1] == "talks") {
		t1++ // "a takeover bid for Cadbury"
	}
	if t1+1 < se {
		switch d.lower[t1] {
		case "of", "with", "by", "between", "for":
			k := t1 + 1
			if k+1 < se && (d.lower[k] == "the" || d.lower[k] == "a") {
				k++
			}
			if mi := d.mentionAt[k]; mi >= 0 {
				return p.company(d, mi, true)
			}
		}
	}
	return false
}

// company: the mention names a company, or may (strong triggers only): the
// tagger often calls an unknown firm a person or place ("Daimler merged with
// Chrysler"); a place or person the gazetteer knows is never one.
func (p *Pipeline) company(d *doc, mi int, strong bool) bool {
	m := d.mentions[mi]
	if m.ent < 0 || m.label == "NORP" {
		return false
	}
	e := d.ents[m.ent]
	switch e.typ {
	case extract.Organization, extract.Misc:
		return true
	case extract.Person, extract.Location:
		return strong && e.kb == ""
	}
	return false
}

// descriptive: a people's or place name that can open a description of a
// company ("Californian wine company", "U.S. rival").
func descriptive(d *doc, m *mention) bool {
	if m.label == "NORP" || m.label == "MISC" {
		return true
	}
	return m.ent >= 0 && d.ents[m.ent].typ == extract.Location
}
