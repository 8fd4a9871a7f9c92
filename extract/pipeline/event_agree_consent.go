package pipeline

// A party's agreement to what others asked of it, and to what it gives.
//
// "agreed" names one party as a rule ("Britain agreed to extradite him"
// is a decision of its own), so viable drops a verbal AGREEMENT with one
// party and no other side. The Guideline reads three kinds of "agreed"
// as pacts all the same:
//
//   - a concession: "Iran agreed to suspend uranium enrichment",
//     "unions have agreed not to strike": the party yields to what
//     another asked, who may go unnamed (as "agreed to allow" before);
//   - a transfer to a named recipient: "Israel agreed to release tax
//     revenues ... to the Palestinians", "agreed to give 200,000 tons of
//     fertilizer to the North", "agreed to help Burma": the recipient is
//     the other side (agreedRecipient);
//   - a body's members agreeing: "European Union leaders have agreed on a
//     common approach" is an AGREEMENT of the body (the OPEC consensus
//     reading), as "EU foreign ministers meeting" is a MEET of it.
//
// Agreeing to talks or to discuss is intent to negotiate (CAMEO 036, no
// event), and agreeing to extend a mission or extradite someone is a
// decision with no other side; both stay one-sided and dropped. So does
// "agreed to" a noun phrase ("agreed to the joint force", "agreed to all
// of its demands"): read as consent it gained three TUNE events but lost
// one on CHECK, where the phrase names the other side the rule misses.
// (Fifteenth session: viable:one-sided removed 23 AGREEMENTs on TUNE, nine
// of them right as they stood and five more with the recipient missing.)

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// yieldVerbs are acts a party gives up or concedes (CAMEO 08x, yield).
var yieldVerbs = map[string]bool{
	"suspend": true, "halt": true, "stop": true, "end": true, "freeze": true, "cease": true,
	"withdraw": true, "abandon": true, "dismantle": true, "scrap": true, "drop": true,
	"lift": true, "ease": true, "disarm": true, "pull": true, "scale": true, "curb": true,
	"comply": true, "abide": true, "submit": true, "recognize": true, "recognise": true,
	// a payment to settle a claim and a captive freed are concessions too
	// (twentieth session): "Marc Anthony has agreed to pay $2.5 million in
	// back taxes", "Israel has agreed to pay some $2 million to the family",
	// "Japan has agreed to free two anti-whaling activists"
	"pay": true, "repay": true, "free": true,
}

// transferVerbs give something to a recipient the infinitive names; the
// true ones may take the recipient as their first object ("give Israel",
// "lend Ecuador five mln barrels", "help Burma"), the others name the
// thing given first ("sell its division to X", "release the revenues").
var transferVerbs = map[string]bool{
	"give": true, "pay": true, "send": true, "lend": true, "loan": true, "grant": true,
	"offer": true, "help": true, "assist": true, "compensate": true, "supply": true,
	"release": false, "hand": false, "provide": false, "sell": false, "return": false,
	"transfer": false, "deliver": false,
}

// agreedVerb: ev is a verbal AGREEMENT told by "agree" and kept so far.
func agreedVerb(d *doc, ev *event) bool {
	return ev.typ == "AGREEMENT" && !ev.nominal && !ev.dropped && strings.HasPrefix(d.lower[ev.trigStart], "agree")
}

// agreedConsent: the "agree" of ev is followed by a concession ("to
// suspend", "not to strike"), in its sentence ending at se.
func agreedConsent(d *doc, ev *event, se int) bool {
	if !agreedVerb(d, ev) || jointSubject(d, ev) {
		return false
	}
	k := afterTimeWords(d, ev.trigEnd, se)
	if k+1 < se && d.lower[k] == "not" && d.lower[k+1] == "to" {
		return true // "agreed not to strike": a party refrains at another's request
	}
	if k+1 >= se || d.lower[k] != "to" {
		return false
	}
	if payVerbs[d.lower[k+1]] && paysFor(d, k+2, se) {
		return false // "agreed to pay 125 mln dlrs for six vessels": a purchase, whose seller is the other side
	}
	return yieldVerbs[d.lower[k+1]]
}

// payVerbs pay a sum: a concession unless the sum buys something.
var payVerbs = map[string]bool{"pay": true, "repay": true}

// paysFor: the clause of a payment opening at a says what the sum buys,
// "for" and a noun ("for six vessels", "for the bankrupt sawmill"); "for"
// and a gerund tells why ("a fine for bribing an official").
func paysFor(d *doc, a, se int) bool {
	for j := a; j < se && j < a+12; j++ {
		switch d.lower[j] {
		case ",", ";", "and", "but", "which", "after", "to":
			return false
		case "for":
			return j+1 < se && !strings.HasSuffix(d.lower[j+1], "ing")
		}
	}
	return false
}

// jointSubject: the subject before the verb of ev joins two or more
// parties ("Eminem and his ex-wife have agreed not to") of which ev
// holds only one: the other side was missed, and one side alone would
// be wrong.
func jointSubject(d *doc, ev *event) bool {
	ss := d.sents[ev.sentence].Start
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-8; k-- {
		switch d.lower[k] {
		case "and", "both":
			return len(ev.parts) < 2
		case ",", "that", "who", "which", "said", "says":
			return false
		}
	}
	return false
}

// afterTimeWords skips the time words told right after a verb ("agreed
// this month to", "agreed on Tuesday to").
func afterTimeWords(d *doc, k, se int) int {
	for k < se-1 {
		switch {
		case timeWord(d.lower[k]):
			k++
		case d.lower[k] == "on" && dayName(d.lower[k+1]):
			k += 2 // "agreed on Tuesday to"
		default:
			return k
		}
	}
	return k
}

// agreedRecipient gives a one-party "agreed to <transfer>" the recipient
// its infinitive names: the object of "help" or "give" ("agreed to help
// Burma"), or a name after "to" or "for" within its clause ("to release
// ... to the Palestinians", "to supply fuel for Iran's reactor").
func agreedRecipient(d *doc) {
	for _, ev := range d.events {
		if !agreedVerb(d, ev) || len(ev.parts) != 1 {
			continue
		}
		se := d.sents[ev.sentence].End
		k := afterTimeWords(d, ev.trigEnd, se)
		if k+1 >= se || d.lower[k] != "to" {
			continue
		}
		first, ok := transferVerbs[d.lower[k+1]]
		if !ok {
			continue
		}
		if e := recipientAfter(d, k+2, se, first); e >= 0 && !hasPart(ev, e) {
			ev.parts = append(ev.parts, part{ent: e, role: participant})
		}
	}
}

// recipientAfter reads the recipient of a transfer verb whose object opens
// at a, up to the clause's end: a name right after the verb when the verb
// takes its recipient first (an object, "help Burma", "give the North"),
// else the first name after "to" or "for" ("hand over a copy ... to
// Egypt"). A possessor is no recipient ("to Doan's Backache Pills") but
// after "for" ("fuel for Iran's reactor"), and a
// place or country before a name only describes it ("to New York real
// estate tycoon Donald Trump", "US tycoon Malcolm Glazer"): the name is
// read. It returns the entity or -1.
func recipientAfter(d *doc, a, se int, first bool) int {
	for j := a; j < se && j < a+16; j++ {
		switch d.lower[j] {
		case ",", ";", "after", "but", "which", "who", "when", "because", "while":
			if j > a {
				return -1 // the clause ends: a name further on is no recipient
			}
		}
		mi := d.mentionAt[j]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		prev := d.lower[j-1]
		direct := first && (j == a || j == a+1 && prev == "the")
		after := prev == "to" || prev == "for" || prev == "the" && j-2 >= a && (d.lower[j-2] == "to" || d.lower[j-2] == "for")
		owner := prev == "of" && m.label == "NORP"                                                     // "release $54 million of Palestinian tax revenues"
		possessor := prev != "for" && m.end < se && (d.lower[m.end] == "'s" || d.lower[m.end] == "’s") // (but "fuel for Iran's reactor" is Iran's)
		if m.ent >= 0 && (direct || after || owner) && !possessor && recipientKind(d.ents[m.ent]) {
			if n := describedName(d, m, se); n >= 0 {
				return n
			}
			return m.ent
		}
		j = m.end - 1
	}
	return -1
}

// describedName: a place or country mention m premodifies a person's or
// organization's name a few words on, with no punctuation between ("New
// York real estate tycoon Donald Trump"): that name's entity, else -1.
func describedName(d *doc, m *mention, se int) int {
	if e := d.ents[m.ent]; e.typ != extract.Location && m.label != "NORP" {
		return -1
	}
	for j := m.end; j < se && j <= m.end+4; j++ {
		if d.lower[j] == "," || d.lower[j] == "(" || d.lower[j] == "and" {
			return -1
		}
		if mi := d.mentionAt[j]; mi >= 0 {
			n := d.mentions[mi]
			if n.ent >= 0 && (d.ents[n.ent].typ == extract.Person || d.ents[n.ent].typ == extract.Organization) {
				return n.ent
			}
			return -1
		}
	}
	return -1
}

// recipientKind: an entity that can be party to a pact.
func recipientKind(e *entity) bool {
	switch e.typ {
	case extract.Person, extract.Organization, extract.Country, extract.NORP, extract.Location:
		return true
	}
	return false
}

// membersAgreed: the one party of a verbal AGREEMENT is a body named on
// the plural noun of its members just before the verb ("European Union
// leaders have agreed", "OPEC ministers agreed"): the body's consensus.
func membersAgreed(d *doc, ev *event, ss int) bool {
	if !agreedVerb(d, ev) || len(ev.parts) != 1 || d.lower[ev.trigStart] != "agreed" || jointSubject(d, ev) {
		return false // (not "until EC farm ministers agree": not yet; not "Traders and officials agreed")
	}
	k := ev.trigStart - 1
	for k >= ss && (d.lower[k] == "have" || d.lower[k] == "has" || d.lower[k] == "had" || d.lower[k] == "also" || d.lower[k] == "unanimously") {
		k--
	}
	if k < ss || !memberBodyNouns[d.lower[k]] {
		return false
	}
	for j := k - 1; j >= ss && j >= k-3; j-- {
		if mi := d.mentionAt[j]; mi >= 0 {
			e := d.mentions[mi].ent
			return e == ev.parts[0].ent && d.ents[e].typ == extract.Organization
		}
	}
	return false
}
