package pipeline

// Protests held for a summit.
//
// The labels give protests held for a summit the summit's organisation as
// PATIENT (the sixth session's reading: "protests held for a summit have
// its organisation (WTO) as PATIENT"). Of the 34 PROTEST misses "no
// participant read" on TUNE at the start of the fourteenth session, 6 (in
// 5 stories) are such protests, with no protester named: "Thousands of
// anti-globalization activists marched ... as the city prepares to host
// the World Trade Organization's annual summit", "small, peaceful protests
// ... ahead of NATO's 60th anniversary summit", "police and protesters
// have clashed ... as leaders gather for the Group of Eight summit".
//
// summitProtests reads the summit's owner from the protest's own
// sentence: an organisation named right before the summit noun ("NATO's
// 60th anniversary summit", "the G-8 summit") or after "summit of". A bare
// "the summit" is the summit the story's item names with its owner; when
// it names summits of two owners, none. The reader runs on the sentence's
// protests that no other reader gave participants (partlessParts).
//
// Measured (fourteenth session): TUNE tp-fp +2 (2 stories: the WTO and
// NATO protests; the others name the summit by a word the tagger misses,
// "G8", or the protest by a noun that is no trigger, "protesters"),
// CHECK unchanged; BBC and Reuters output unchanged.

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// summitNouns are meetings of leaders whose organisation protests target.
var summitNouns = map[string]bool{"summit": true, "summits": true}

// summitProtests gives each protest of the sentence still without
// participants the organisation whose summit the sentence tells of.
func summitProtests(d *doc, evs []*event) {
	for _, ev := range evs {
		if ev.typ != "PROTEST" || ev.unreal || len(ev.parts) > 0 {
			continue
		}
		if o := summitIn(d, ev.sentence); o >= 0 && !hasPart(ev, o) {
			ev.addPart(o, patient)
		}
	}
}

// summitIn is the organisation whose summit sentence si names, or -1.
func summitIn(d *doc, si int) int {
	s := d.sents[si]
	for k := s.Start; k < s.End; k++ {
		if !summitNouns[d.lower[k]] || d.mentionAt[k] >= 0 {
			continue
		}
		if o := summitOwner(d, k, s.Start, s.End); o >= 0 {
			return o
		}
		if k > s.Start && d.lower[k-1] == "the" {
			return itemSummit(d, si) // "demonstrations planned for the summit"
		}
	}
	return -1
}

// summitOwner is the organisation named on the summit noun at k: before it
// across up to three modifiers and a possessive ("NATO's 60th anniversary
// summit", "the World Trade Organization's (WTO) annual summit", "the G-8
// summit") or after "of" ("a summit of the African Union"), or -1. The
// summit must be what the sentence's act is timed to or aimed at (after
// "ahead of", "for", "during", "host" ...): "to bring the situation to the
// attention of the G-8 summit" is no protest held for it.
func summitOwner(d *doc, k, ss, se int) int {
	owner, start := -1, k
	for j := k - 1; j >= ss && j >= k-8 && owner < 0; j-- {
		w := d.lower[j]
		if mi := d.mentionAt[j]; mi >= 0 {
			m := d.mentions[mi]
			if !summitHolder(d, m) {
				return -1
			}
			owner, start = m.ent, m.start
			break
		}
		switch {
		case w == ")":
			for h := j - 1; h >= ss && h >= j-3; h-- {
				if d.lower[h] == "(" {
					j = h // "(WTO)": on to the full name before it
					break
				}
			}
		case w == "'s" || w == "’s" || w == "'" || summitModifiers[w]:
		case w[0] >= '0' && w[0] <= '9' && allDigits(strings.TrimRight(w, "stndrh")): // "60th"
		default:
			return -1
		}
	}
	if owner < 0 && k+2 < se && d.lower[k+1] == "of" {
		j := k + 2
		if d.lower[j] == "the" && j+1 < se {
			j++
		}
		if mi := d.mentionAt[j]; mi >= 0 && summitHolder(d, d.mentions[mi]) {
			owner = d.mentions[mi].ent
		}
		start = k
	}
	if owner < 0 {
		return -1
	}
	if start > ss && (d.lower[start-1] == "the" || d.lower[start-1] == "a" || d.lower[start-1] == "an") {
		start--
	}
	if start <= ss || !summitTimed[d.lower[start-1]] {
		return -1
	}
	if d.lower[start-1] == "of" && !(start-2 >= ss && d.lower[start-2] == "ahead") {
		return -1
	}
	return owner
}

// summitHolder: mention m names an organisation that can hold a summit
// (the tagger gives "G-8" as MISC).
func summitHolder(d *doc, m *mention) bool {
	if m.ent < 0 || !participantOK(d, m) || m.label == "NORP" {
		return false
	}
	t := d.ents[m.ent].typ
	return t == extract.Organization || m.label == "MISC"
}

// summitModifiers stand between a summit's owner and the noun.
var summitModifiers = map[string]bool{
	"anniversary": true, "annual": true, "emergency": true, "extraordinary": true, "special": true,
	"ministerial": true, "leaders": true, "economic": true, "regional": true,
}

// summitTimed words put the act in time with a summit or aim it at one:
// "ahead of", "before", "during", "for", "at", "outside", "against",
// "as the city prepares to host".
var summitTimed = map[string]bool{
	"of": true, "before": true, "during": true, "for": true, "at": true, "outside": true, "near": true,
	"against": true, "host": true, "hosts": true, "hosting": true, "attend": true, "attending": true, "opened": true,
}

// itemSummit is the one organisation whose summit the story's item around
// sentence si names, or -1.
func itemSummit(d *doc, si int) int {
	from := itemStart(d, si)
	found := -1
	for j := from; j < len(d.sents); j++ {
		if j > si && itemBreak(d, j-1, j) {
			break
		}
		s := d.sents[j]
		for k := s.Start; k < s.End; k++ {
			if !summitNouns[d.lower[k]] || d.mentionAt[k] >= 0 {
				continue
			}
			o := summitOwner(d, k, s.Start, s.End)
			if o < 0 {
				continue
			}
			if found >= 0 && found != o {
				return -1
			}
			found = o
		}
	}
	return found
}
