package pipeline

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// A sentence opened by "Speaking ... in PLACE," tells where the subject of
// its main clause is: "Speaking in Jakarta Thursday, after meetings with
// Indonesian officials, Burmese Foreign Minister Nyan Win said", "Speaking
// to students at the American University in Dubai, Mr. Clinton said". The
// participle's subject is the clause's, which English puts after the
// comma; abroadVerb reads only a subject before the verb. The home-country
// test of abroadSpoke still decides the trip ("Speaking Tuesday in Tehran,
// Iranian Foreign Minister Kamal Kharrazi said" is none). Added in the
// nineteenth session (helper visit20).

// openerMaxIn bounds how far into the opening participle phrase the "in"
// may stand ("Speaking to students at the American University in").
const openerMaxIn = 10

// openingSpeaker is the person subject of the main clause when the "in" at
// i stands in an opening "Speaking ..." phrase and that person is away
// from home in place; nil otherwise.
func openingSpeaker(d *doc, i, ss, se, place int) []int {
	if d.lower[ss] != "speaking" || i-ss > openerMaxIn {
		return nil
	}
	for k := ss + 1; k < i; k++ {
		if d.lower[k] == "," {
			return nil // the "in" is past the opening phrase
		}
	}
	place = apposedCountry(d, i+1, se, place)
	for k := i + 1; k < se; k++ {
		if tripNounsOpener[d.lower[k]] {
			return nil // "Speaking in Nairobi at the end of a three-day visit to Kenya": the noun tells the trip
		}
		if d.lower[k] != "," {
			continue
		}
		if k+1 < se && d.lower[k+1] == "visiting" {
			return nil // "visiting Iraqi Prime Minister Nouri al-Maliki said": the participle's own trip
		}
		if e := leadSubject(d, k+1, se); e >= 0 {
			if abroad(d, e, place) {
				return []int{e}
			}
			return nil
		}
	}
	return nil
}

// leadSubject is the person whose name opens the clause at k, past a
// nationality and capitalised title words ("Burmese Foreign Minister Nyan
// Win", "Mr. Clinton"), when a past or say verb follows (after "also");
// else -1.
func leadSubject(d *doc, k, se int) int {
	for n := 0; k < se && n < 5 && !personMentionAt(d, k, se); n++ {
		if mi := d.mentionAt[k]; mi >= 0 {
			if e := d.mentions[mi].ent; e < 0 || d.ents[e].typ != extract.Location {
				return -1
			}
			k = d.mentions[mi].end // "Burmese", "Japanese"
			continue
		}
		if !capitalWord(d, k) && !openerTitleWords[d.lower[k]] {
			return -1
		}
		k++
	}
	if !personMentionAt(d, k, se) {
		return -1
	}
	m := d.mentions[d.mentionAt[k]]
	v := m.end
	if v < se && d.lower[v] == "also" {
		v++
	}
	if v >= se || d.mentionAt[v] >= 0 || !strings.HasSuffix(d.lower[v], "ed") && !sayForms[d.lower[v]] {
		return -1
	}
	return m.ent
}

// openerTitleWords may stand lower-case in a title before the subject's
// name ("former U.S. President Bill Clinton").
var openerTitleWords = map[string]bool{"former": true, "the": true}

// apposedCountry is the country named after a comma past the place at k
// when the gazetteer knows no country for the place ("in Davos,
// Switzerland"), else place.
func apposedCountry(d *doc, k, se, place int) int {
	if placeCode(d, place) != "" || d.mentionAt[k] < 0 {
		return place
	}
	c := d.mentions[d.mentionAt[k]].end
	if c+1 >= se || d.lower[c] != "," || d.mentionAt[c+1] < 0 {
		return place
	}
	if e := d.mentions[d.mentionAt[c+1]].ent; e >= 0 && d.ents[e].subtype == extract.Country {
		return e
	}
	return place
}

// openerSubject is the person subject of the main clause when the
// participle at v opens its sentence ("Addressing the U.N. General
// Assembly Thursday, Ivo Jovic described", "Speaking Saturday to the World
// Economic Forum in Davos, Switzerland, Japanese Prime Minister Taro Aso
// also repeated"): the first name after a comma past k that opens a
// clause (leadSubject); else -1. Added in the nineteenth session (helper
// visit20).
func openerSubject(d *doc, v, k, se int) int {
	if v != d.sents[d.sentOf[v]].Start || !strings.HasSuffix(d.lower[v], "ing") {
		return -1
	}
	for ; k < se; k++ {
		if d.lower[k] != "," {
			continue
		}
		if k+1 < se && d.lower[k+1] == "visiting" {
			return -1
		}
		if e := leadSubject(d, k+1, se); e >= 0 {
			return e
		}
	}
	return -1
}

// tripNounsOpener tell the trip themselves in an opening phrase, which
// the visit reading of the noun dates and places.
var tripNounsOpener = map[string]bool{"visit": true, "trip": true, "tour": true}
