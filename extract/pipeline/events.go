package pipeline

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/timex"
)

// event is one event in the document; reports of the same event merge into one.
type event struct {
	typ, code, trigger string
	trigStart, trigEnd int
	sentence           int
	nominal            bool
	fallback           bool // participants taken from the sentence subject, not the trigger's own words
	unreal             bool // denied or only possible: "will not renew", "could impose sanctions"
	counterpart        bool // the text names the other side, if only as a common noun
	placeVisited       bool // a visit's object is a place the text does not name ("visited the hospital")
	struggle           bool // "fought", "battled": an attack only when someone is fought
	foughtPeople       bool // the object names people or a group
	parts              []part
	loc                int // entity index, -1 when unknown
	date, precision    string
	conf               float64
	sentences          []int
	dropped            bool
	// collective: a meeting of one body with itself ("Mercosur leaders are
	// meeting", "the EU pledged at a donors conference").
	collective bool
	// attended: "is attending an international conference": a meeting the
	// one named takes part in with others, who may go unnamed
	attended bool
	// consent: "agreed to allow": agreeing to what another party asked, who
	// may go unnamed
	consent bool
	// lightSubject: the participants include the subject of a light verb
	// ("the leaders of the African Union have opened their summit").
	lightSubject bool
	// office is the adjective naming what an election fills ("parliamentary",
	// "presidential"): elections for different offices are different events.
	office string
	// recent: a verb in the present perfect ("Spanish police have arrested
	// seven people"): news of the last days, not of a month or year before.
	recent bool
	// purposeOf is the word a purpose infinitive trigger depends on ("an
	// offensive to drive X out"), -1 when the trigger is no such infinitive.
	purposeOf int
}

type part struct {
	ent  int
	role string
}

// Roles of event participants.
const (
	agent       = "AGENT"
	patient     = "PATIENT"
	participant = "PARTICIPANT"
)

// symmetric events have no agent: both sides take part alike.
var symmetric = map[string]bool{"MEET": true, "PHONE_CALL": true, "NEGOTIATE": true, "AGREEMENT": true, "MERGER": true}

// statement-like codes are not events of their own: quotes carry what was said.
func skipCode(code string) bool {
	return code == "" || code == "---" || (len(code) >= 2 && code[:2] == "01")
}

// motionVerbs are CAMEO's GO_SOMEWHERE block.
var motionVerbs = map[string]bool{"go": true, "travel": true, "leave": true, "depart": true, "journey": true,
	"tour": true, "touring": true, "embark": true, "egress": true, "go_to": true, "go_away": true, "go_forth": true}

// inventory is the event types the graph keeps (DESIGN.md); the lexicon knows more
// CAMEO families, but outside this list its precision on news is too low to store.
var inventory = map[string]bool{
	"MEET": true, "PHONE_CALL": true, "VISIT": true, "NEGOTIATE": true, "AGREEMENT": true,
	"APPEAL": true, "DEMAND": true, "THREATEN": true, "PROTEST": true, "MILITARY_POSTURE": true,
	"SANCTION": true, "ATTACK": true, "OCCUPY": true, "ARREST": true, "TRIAL": true, "SENTENCE": true,
	"ELECTION": true, "APPOINTMENT": true, "RESIGNATION": true, "DEATH": true, "INJURY": true,
	"ACQUISITION": true, "MERGER": true,
}

// findEvents finds triggers with the CAMEO lexicon, reads their participants from the
// sentence around them, anchors dates, and merges reports of the same event.
func (p *Pipeline) findEvents(d *doc) {
	free := make([]*timex.Timex, len(d.sents))     // a day no event of its sentence took
	sideless := make([]*timex.Timex, len(d.sents)) // a day only an event with no named side took
	ref := ""                                      // the last day the story named: "two days later" counts from it
	refAt := -1                                    // the sentence that named it
	for si, s := range d.sents {
		var evs, unreal []*event
		trs := p.scanTriggers(d, si)
		for _, tr := range trs {
			m := tr.m
			ev := &event{typ: tr.typ, code: m.Code, trigger: d.text(m.Start, m.End), trigStart: m.Start, trigEnd: m.End,
				sentence: si, nominal: m.Nominal, loc: -1, sentences: []int{si}, purposeOf: -1}
			p.readArgs(d, ev, s.Start, s.End)
			p.treeParts(d, ev, s.Start, s.End)
			p.businessParts(d, ev, s.Start, s.End)
			p.bailParts(d, ev, s.End)
			ev.recent = !ev.nominal && presentPerfect(d, s.Start, m.Start)
			if m.Reverse { // "faced trial": the subject is the one acted on
				for k := range ev.parts {
					switch ev.parts[k].role {
					case agent:
						ev.parts[k].role = patient
					case patient:
						ev.parts[k].role = agent
					}
				}
			}
			if askedBy(d, ev, evs) != nil && !ev.unreal {
				ev.unreal = true // "demanding the group disarm": what is asked for has not happened
			}
			if ev.unreal && ev.purposeOf >= 0 && (ev.typ == "APPEAL" || ev.typ == "DEMAND") {
				// "Rice telephoned Iraq's President Jalal Talabani on Friday to
				// urge that ...": the purpose of a call or meeting that took
				// place is said in it; the one called is the one urged
				for _, o := range evs {
					if (o.typ == "PHONE_CALL" || o.typ == "MEET") && !o.nominal && o.trigEnd <= ev.purposeOf && ev.purposeOf-o.trigEnd < 12 && hasRole(ev, agent) {
						ev.unreal = false
						for _, pt := range o.parts {
							if !hasPart(ev, pt.ent) {
								ev.addPart(pt.ent, patient)
							}
						}
						break
					}
				}
			}
			if ev.unreal {
				if ev.purposeOf >= 0 {
					// "launched an offensive to drive Taleban remnants out": the
					// purpose names the target of the event noun it tells of
					for _, o := range evs {
						if o.nominal && o.typ == ev.typ && o.trigEnd-1 == ev.purposeOf {
							for _, pt := range ev.parts {
								o.addPart(pt.ent, pt.role)
							}
						}
					}
				}
				unreal = append(unreal, ev) // it still claims the dates told about it
				continue                    // denied or only possible
			}
			if ev.typ == "ELECTION" && m.Start > s.Start && electionAdjective[d.lower[m.Start-1]] {
				ev.office = d.lower[m.Start-1]
			}
			if severalEvents(d, ev, s.End) {
				continue // "killed in two separate ambushes": the sentence sums up events told one by one
			}
			retypeDeath(d, ev, m.Secondary, s.Start, s.End)
			if ev.typ == "ARREST" && !ev.nominal && m.Start > s.Start && abductorNouns[d.lower[m.Start-1]] {
				ev.typ, ev.code = "ATTACK", "181" // "kidnappers seized an Iraqi official": an abduction, not an arrest
			}
			if ev.typ == "ATTACK" && !ev.nominal && !hasRole(ev, agent) && m.End < s.End && d.lower[m.End] == "dead" && strings.HasPrefix(d.lower[m.Start], "found") {
				ev.typ, ev.code = "DEATH", "DIE" // "was found dead at his home": a death no one is said to have caused
			}
			if ev.typ == "DEATH" && inCombat(d, ev, s.End) {
				ev.typ, ev.code = "ATTACK", "190" // "the deaths of 10 soldiers in hostile action": killings
			}
			if ev.typ == "PROTEST" && strings.HasPrefix(d.lower[m.Start], "put") && m.Start+1 < s.End && d.lower[m.Start+1] == "down" {
				continue // "security forces killed 200 people while putting down demonstrations": a crackdown, not a protest
			}
			if ev.typ == "ATTACK" && (p.byDisaster(d, ev, s.End) || p.sportsWin(d, ev, s.Start, s.End)) {
				continue // "locales devastated by a deadly earthquake", "Haas beat Muller in straight sets"
			}
			if ev.typ == "MEET" && len(ev.parts) == 1 && d.ents[ev.parts[0].ent].typ == extract.Organization && (!ev.nominal || ev.fallback || ev.lightSubject) {
				// an organization meets as a body: "Mercosur leaders are meeting",
				// "the EU pledged at a donors conference" (not "the annual
				// conference of the Labor Party", which says no more than that it has one)
				ev.collective = true
			}
			if ev.typ == "AGREEMENT" && !ev.nominal && m.End+1 < s.End && d.lower[m.End] == "to" {
				switch d.lower[m.End+1] {
				case "allow", "permit", "let", "accept", "grant":
					ev.consent, ev.counterpart = true, true // "Iran had agreed to allow access to the site"
				}
			}
			if ev.typ == "AGREEMENT" && !ev.nominal && (m.Lemma == "sign" || m.Lemma == "reach") {
				ev.consent, ev.counterpart = true, true // "has signed seven new foreign oil deals": a pact has another side, named or not
			}
			if symmetric[ev.typ] && len(ev.parts) == 2 {
				ownSide(d, ev)
			}
			if ev.typ == "NEGOTIATE" && ev.nominal && len(ev.parts) == 1 {
				hostCountry(d, ev, s.End) // "he traveled to the UAE, following talks in Oman"
			}
			if ev.typ == "DEATH" || ev.typ == "INJURY" {
				// no one causes a death told as a death: "Marcos announced the
				// death of Comandante Ramona" names who told of it, not a killer
				kept := ev.parts[:0]
				for _, pt := range ev.parts {
					if pt.role != agent {
						kept = append(kept, pt)
					}
				}
				ev.parts = kept
			}
			switch strings.ToLower(m.Lemma) {
			case "fight", "battle", "struggle", "resist", "combat":
				ev.struggle = true // "he fought extradition"
			}
			evs = append(evs, ev)
		}
		for _, ev := range evs {
			p.learnedParts(d, ev, evs, s.Start, s.End)
		}
		evs = p.dropCriticism(d, evs, s.End)
		before := ref
		if len(evs) > 0 || recentEvent(d, si) {
			// unreal events take part so that "planning for a re-election
			// campaign in 2012" does not date the appointment told before it
			free[si] = p.anchorDates(d, append(evs[:len(evs):len(evs)], unreal...), si, &ref, &sideless[si])
		} else if d.src.Published != "" && mayName(d.lower[s.Start:s.End]) {
			for _, tx := range timex.FindLower(d.words[s.Start:s.End], d.lower[s.Start:s.End], d.src.Published, timex.Options{Ref: ref}) {
				if tx.Precision == timex.Day && !tx.Follows {
					ref = tx.Value
				}
			}
		}
		if ref != before {
			refAt = si
		} else if refAt == si-1 && ref != "" && ref <= d.src.Published && !anyDated(evs) && !itemBreak(d, si-1, si) {
			// (only a day already past: "will meet Friday. ... They met" is not that Friday)
			// a sentence naming no day goes on with the one just named
			// (not across "Separately," or "In another development,"):
			// "... fired at soldiers near an army post Sunday. Authorities say
			// the soldiers returned fire, killing one of the attackers."
			for _, ev := range evs {
				if ev.date == "" && !ev.nominal && len(ev.parts) > 0 && !perfect(d, s.Start, ev.trigStart) {
					ev.date, ev.precision = ref, timex.Day
				}
			}
		}
		for _, ev := range p.foldSentence(d, evs) {
			p.placeEvent(d, ev, s.Start, s.End)
			d.addEvent(ev)
		}
	}
	announced(d)
	lateDates(d, free)
	leadDates(d, sideless)
	for _, ev := range d.events {
		// A meeting or call needs two parties; with one it is a misread trigger.
		// A visit needs a visitor and a place visited; an appeal, demand or
		// threat someone it is aimed at ("asked to leave" asks no one).
		if !viable(ev) || appointsBody(d, ev) {
			ev.dropped = true
		}
	}
	p.learnedFilter(d)
}

// askedBy: ev is what an appeal, demand or threat told just before it in
// the sentence asks for or threatens (returned, else nil) ("is demanding the group disarm",
// "called for talks", "threatened an attack").
func askedBy(d *doc, ev *event, evs []*event) *event {
	for _, o := range evs {
		switch o.typ {
		case "APPEAL", "DEMAND", "THREATEN":
		default:
			continue
		}
		if o.unreal || o.trigEnd > ev.trigStart || ev.trigStart-o.trigEnd > 6 {
			continue
		}
		if !o.nominal && ev.trigStart == o.trigEnd && ev.typ == "VISIT" && d.lower[ev.trigStart] == "visiting" {
			continue // "asked visiting envoys Elliott Abrams and David Welch for": the envoys are asked
		}
		if o.nominal && o.trigEnd < len(d.lower) && d.lower[o.trigEnd] != "for" && d.lower[o.trigEnd] != "to" {
			// a noun asks for what its "for" or "to" says ("an appeal for
			// talks"), not for what follows it ("her legal appeal during a
			// meeting with her lawyer")
			continue
		}
		clause := true
		for k := o.trigEnd; k < ev.trigStart; k++ {
			switch d.lower[k] {
			case ",", ";", ":", "that", "which", "who", "after", "before", "when", "while", "because", "as", "and", "but":
				clause = false
			}
		}
		if clause {
			return o
		}
	}
	return nil
}

// hostCountry adds the country talks with one named party are held in,
// right after the noun ("following talks in Oman"): its officials are the
// other side. Not a city ("talks in Geneva" are anyone's), nor the party's
// own country; not a meeting ("an indoor meeting in France" is a sports meet).
func hostCountry(d *doc, ev *event, se int) {
	k := ev.trigEnd
	if k+1 >= se || d.lower[k] != "in" || gatheringNouns[d.lower[k-1]] {
		return // (not "a summit in Hong Kong": a gathering's host is only its place)
	}
	mi := d.mentionAt[k+1]
	if mi < 0 {
		return
	}
	m := d.mentions[mi]
	if m.ent < 0 || d.ents[m.ent].typ != extract.Location || d.ents[m.ent].subtype != extract.Country || placeInCountry(d, m) || m.ent == ev.parts[0].ent {
		return
	}
	if m.end < se && (d.lower[m.end] == "and" || d.lower[m.end] == "," && m.end+1 < se && d.mentionAt[m.end+1] >= 0) {
		return // "talks in Egypt and Jordan": a tour, not one host
	}
	for _, r := range d.roles {
		if r.person == ev.parts[0].ent && r.org == m.ent {
			return // "Iranian Foreign Minister Mottaki ... talks in Iran"
		}
	}
	ev.addPart(m.ent, participant)
}

// ownSide drops from a two-sided event the country or body its other
// participant holds a title of ("A U.S. judge has agreed to review ...":
// the judge and the United States are one side, not two that agree).
func ownSide(d *doc, ev *event) {
	for i, a := range ev.parts {
		b := ev.parts[1-i]
		if d.ents[a.ent].typ != extract.Person || d.ents[b.ent].typ == extract.Person {
			continue
		}
		for _, r := range d.roles {
			if r.person == a.ent && r.org == b.ent {
				ev.parts = []part{a}
				return
			}
		}
		// "A U.S. judge has agreed ... U.S. District Judge Federico Moreno":
		// a description resolved to a person named elsewhere, its country
		// with it
		s := d.sents[ev.sentence]
		named, described := false, false
		for k := s.Start; k < s.End; k++ {
			mi := d.mentionAt[k]
			if mi < 0 {
				continue
			}
			m := d.mentions[mi]
			k = m.end - 1
			named = named || m.ent == a.ent
			described = described || m.ent == b.ent && m.end < s.End && personNouns[d.lower[m.end]]
		}
		if described && !named {
			ev.parts = []part{a}
			return
		}
	}
}

// appointsBody: an appointment whose appointee is an organization ("named
// Drexel Burnham Lambert sole underwriter"): a business mandate, not a post.
func appointsBody(d *doc, ev *event) bool {
	if ev.typ != "APPOINTMENT" {
		return false
	}
	for _, pt := range ev.parts {
		if pt.role == patient && d.ents[pt.ent].typ == extract.Organization {
			return true
		}
	}
	return false
}

// afterSubordinator: a gerund after "after", "before"... shares the main clause's subject.
func afterSubordinator(d *doc, t, ss int) bool {
	if t-1 < ss {
		return false
	}
	switch d.lower[t-1] {
	case "after", "before", "during", "while", "following", "since", "upon", "when", "by":
		return true
	case "of":
		// "LRA fighters are accused of murdering civilians"
		if t-2 >= ss {
			switch d.lower[t-2] {
			case "accused", "suspected", "charged", "convicted", "guilty", "capable", "responsible":
				return true
			}
		}
	}
	return false
}

func hasRole(ev *event, role string) bool {
	for _, p := range ev.parts {
		if p.role == role {
			return true
		}
	}
	return false
}

func (ev *event) addPart(e int, role string) {
	for i, p := range ev.parts {
		if p.ent == e {
			if p.role == participant && role != participant {
				ev.parts[i].role = role
			}
			return
		}
	}
	ev.parts = append(ev.parts, part{ent: e, role: role})
}

// Gap words may stand between a subject and its verb.
var gapWords = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "also": true, "is": true, "are": true,
	"was": true, "were": true, "been": true, "be": true, "did": true, "does": true, "do": true, "not": true,
	"n't": true, "may": true, "might": true, "could": true, "can": true, "should": true, "then": true,
	"later": true, "reportedly": true, "recently": true, "already": true, "again": true, "finally": true,
	"to": true, "agreed": true, "plans": true, "planned": true, "expected": true, "officially": true,
}

// phraseStart extends a mention left over its role premodifiers: "Russian Foreign
// Minister Sergey Lavrov" starts at "Russian".
func (p *Pipeline) phraseStart(d *doc, m *mention, ss int) int {
	k := m.start
	if m.label == "PER" {
		if ts, _ := p.titleBefore(d, k); ts >= 0 {
			k = ts
			if k-1 >= ss && d.mentionAt[k-1] >= 0 {
				if om := d.mentions[d.mentionAt[k-1]]; om.end == k && om.label != "PER" {
					k = om.start
				}
			}
		}
	}
	return k
}

// participantOK tells whether a mention can take part in an event.
func participantOK(d *doc, m *mention) bool {
	if m.ent < 0 {
		return false
	}
	if partyState(d.words[m.start]) {
		return false // "Rep. Tony Hall, D-Ohio, urges": a party and state, not an actor
	}
	if m.end < len(d.lower) {
		switch d.lower[m.end] {
		case "news", "newspaper", "daily", "television", "radio", "magazine", "network":
			return false // "Japan's Kyodo news agency reports": a medium reports, it does not act
		}
	}
	for _, mi := range d.ents[m.ent].mentions {
		if o := d.mentions[mi]; o.start >= 2 && (d.lower[o.start-1] == "agency" || d.lower[o.start-1] == "newspaper") {
			return false // "the official news agency Tass said ... destroying bridges, Tass said": a medium
		}
	}
	if m.label == "NORP" {
		return true // "Two Germans": a people, whatever type its cluster took
	}
	if m.label == "MISC" && m.end < len(d.lower) && d.mentionAt[m.end] < 0 && (d.lower[m.end] == "administration" || d.lower[m.end] == "regime") {
		return true // "the Bush administration reached agreement": a leader's government, whatever the tagger called the name
	}
	if m.label == "MISC" && m.end-m.start == 1 && peopleWord(d.words[m.start]) {
		return true // "Muslims demonstrated": a group the tagger calls MISC
	}
	if m.label == "MISC" && (m.end-m.start == 1 || m.end-m.start == 2 && capitalised(d.words[m.start])) && demonym(d.lower[m.end-1]) && m.end < len(d.lower) && d.mentionAt[m.end] < 0 &&
		(strings.HasSuffix(d.lower[m.end], "s") && d.lower[m.end] != "'s" || personNouns[d.lower[m.end]] || takenPeople[d.lower[m.end]] || forceNouns[d.lower[m.end]]) {
		return true // "60 African migrants drowned", "The Sri Lankan navy": a people named by its adjective on a plural head or a force
	}
	if m.label == "MISC" && m.end-m.start == 2 && capitalised(d.words[m.start]) && demonym(d.lower[m.start]) && m.end < len(d.lower) && d.mentionAt[m.end] < 0 &&
		strings.HasSuffix(d.lower[m.end], "s") && d.lower[m.end] != "'s" {
		return true // "Bosnian Serb forces killed": a people's two-word adjective on a plural head (not "a Bosnian Serb police officer")
	}
	switch d.ents[m.ent].typ {
	case extract.Person, extract.Organization, extract.Location, extract.NORP:
		return true
	}
	return false
}

// chainRight reads names starting at token k: "Obama and Russian President Vladimir Putin".
func (p *Pipeline) chainRight(d *doc, k, se int) []int {
	var out []int
	for k < se {
		for k < se && (d.lower[k] == "the" || d.lower[k] == "his" || d.lower[k] == "her") {
			k++
		}
		// skip a role premodifier: an adjective/name mention then a title before a person
		start := k
		if k < se && d.mentionAt[k] >= 0 {
			m := d.mentions[d.mentionAt[k]]
			if m.label != "PER" && m.end < se && d.mentionAt[m.end] >= 0 && d.mentions[d.mentionAt[m.end]].label == "PER" {
				k = m.end // "his Russian counterpart": the person, not the adjective
				m = d.mentions[d.mentionAt[k]]
			}
			if m.label != "PER" && m.end < se {
				if n := p.gaz.IsTitle(d.lower, m.end); n > 0 && m.end+n < se && d.mentionAt[m.end+n] >= 0 {
					k = m.end + n
				}
			}
		}
		if k < se && d.mentionAt[k] < 0 {
			if n := p.gaz.IsTitle(d.lower, k); n > 0 {
				k += n
			}
		}
		if k >= se || d.mentionAt[k] < 0 {
			if start != k {
				// a premodifier with no name after it ("his Russian counterpart" was
				// already resolved into a mention, so this is a bare adjective)
				if mi := d.mentionAt[start]; mi >= 0 && participantOK(d, d.mentions[mi]) {
					out = append(out, d.mentions[mi].ent)
				}
			}
			break
		}
		m := d.mentions[d.mentionAt[k]]
		if !participantOK(d, m) {
			break
		}
		out = append(out, m.ent)
		k = m.end
		if k < se && (d.lower[k] == "and" || d.lower[k] == ",") {
			k++
			continue
		}
		break
	}
	return out
}

// sentenceSubject returns the name chain that opens the sentence's main clause, if it
// comes before token t.
func (p *Pipeline) sentenceSubject(d *doc, ss, t int) []int {
	k := ss
	// skip an opening quote or adverbial word
	for k < t && isPunct(d.words[k]) {
		k++
	}
	for k < t && d.mentionAt[k] < 0 {
		if n := p.gaz.IsTitle(d.lower, k); n > 0 {
			k += n
			continue
		}
		return nil
	}
	if k >= t {
		return nil
	}
	return p.chainRight(d, k, t)
}

// anchorDates gives each date expression of the sentence to the event it
// dates: a noun trigger it stands right before ("the October 1 Bali
// bombings", "Saturday's elections") or a trigger it follows directly
// ("elections Saturday"), else the closest trigger before it, or else after it,
// preferring events with participants (a bare noun such as "patrol" is seldom
// what the date is about). An expression dating what follows it ("a day after
// a bomber killed five") goes to the first trigger after it. It returns a
// day-precise expression no event took, and moves *ref to the last day named.
func (p *Pipeline) anchorDates(d *doc, evs []*event, si int, ref *string, sideless **timex.Timex) *timex.Timex {
	s := d.sents[si]
	words := d.words[s.Start:s.End]
	lower := d.lower[s.Start:s.End]
	var unclaimed *timex.Timex
	var dated []timex.Timex
	var future []timex.Timex
	sentRef := *ref
	for _, ev := range evs {
		if k := ev.trigStart - 1; !ev.nominal && k >= s.Start && (d.lower[k] == "has" || d.lower[k] == "have") {
			// "An airstrike has killed a commander, a day after ...": a
			// present perfect tells of now, whatever day the story last named
			// (a bulletin's new item opens so)
			sentRef = ""
		}
	}
	// Whether the sentence tells of the past (timex.Options.Past) matters
	// only to the dates found in it, and most sentences name none: the
	// sentence is read first without it. (Past only drops readings, so a
	// sentence without dates has none with it either.)
	txs := timex.FindLower(words, lower, d.src.Published, timex.Options{Ref: sentRef})
	if len(txs) > 0 && p.pastSentence(d, s.Start, s.End) {
		txs = timex.FindLower(words, lower, d.src.Published, timex.Options{Past: true, Ref: sentRef})
	}
	for _, tx := range txs {
		at := s.Start + tx.Start
		end := s.Start + tx.End
		if w := end; w < s.End && (d.lower[w] == "when" || d.lower[w] == "," && w+1 < s.End && d.lower[w+1] == "when") {
			// "since 2003 when he stepped down", "in June, when Yudhoyono is
			// to visit Moscow": the date is the when-clause's
			var next *event
			for _, ev := range evs {
				if !ev.unreal && ev.trigStart > w && ev.trigStart <= w+10 && (next == nil || ev.trigStart < next.trigStart) {
					next = ev
				}
			}
			if next != nil && next.date == "" {
				next.date, next.precision = tx.Value, tx.Precision
			}
		}
		if at-1 >= s.Start && d.lower[at-1] == "since" {
			// a span's start dates only the event right before it ("had
			// detained Besigye since November"), never one further back
			// ("signed a peace deal to end fighting that has killed 200,000 since 2003")
			var near *event
			for _, ev := range evs {
				if ev.trigEnd <= at && (near == nil || ev.trigEnd > near.trigEnd) {
					near = ev
				}
			}
			if near == nil || !viable(near) || near.unreal {
				continue
			}
		}
		if tx.Precision == timex.Year && at-1 >= s.Start && (d.lower[at-1] == "fiscal" || d.lower[at-1] == "year" && at-2 >= s.Start && (d.lower[at-2] == "tax" || d.lower[at-2] == "fiscal" || d.lower[at-2] == "financial")) {
			continue // "pleaded guilty for the tax year 1984", "fiscal 1987 profits": a period the event is about
		}
		if dateBound(d, s.Start, at, end, evs) {
			continue // "threatened to retaliate after April 1": a deadline, not the threat's day
		}
		if p.futureAt(d, s.Start, at) && !harmNamedByDate(evs, at, end) && !(tx.Precision == timex.Month && premodifier(d, s.Start, at, end, evs)) {
			if future == nil {
				future = timex.FindLower(words, lower, d.src.Published, timex.Options{Future: true, Ref: sentRef})
			}
			for _, fx := range future {
				if fx.Start == tx.Start && fx.End == tx.End {
					tx = fx
				}
			}
		}
		if tx.Precision == timex.Day && !tx.Follows && !(end < s.End && datedHarmNouns[d.lower[end]] && !sameYear(tx.Value, d.src.Published)) {
			// (an attack of another year named by its date, "the fifth
			// anniversary of the September 11 attacks", is history, not the
			// day the story goes on from)
			*ref = tx.Value
		}
		if tx.Follows {
			var best *event
			for _, ev := range evs {
				if !ev.unreal && ev.trigStart >= end && ev.trigStart <= end+10 && (best == nil || ev.trigStart < best.trigStart) {
					best = ev
				}
			}
			if best != nil && best.date == "" {
				best.date, best.precision = tx.Value, tx.Precision
			}
			continue
		}
		var best *event
		for _, ev := range evs {
			if ev.trigEnd == at {
				best = ev
			}
			k := end
			for k < s.End && k < end+3 && (d.mentionAt[k] >= 0 || d.lower[k] == "'s" || d.lower[k] == "’s") {
				k++
			}
			// "Saturday's suicide bombing", "the Thursday evening helicopter
			// strike": a noun or two may stand between the date and the event noun
			for m := 0; m < 2 && k < ev.trigStart && k < s.End && d.mentionAt[k] < 0 && p.cls(d, k)&(wNoun|wAdj) != 0 && p.cls(d, k)&(wVerb|wPrep|wDet) == 0; m++ {
				k++
			}
			if ev.nominal && ev.trigStart == k {
				best = ev
			}
		}
		if best == nil && end < s.End && datedHarmNouns[d.lower[end]] {
			// "broadcast Monday - the fifth anniversary of the September 11
			// attacks": a date right before an attack the reader found no
			// event for is that attack's, not the day of what is told around it
			continue
		}
		if best == nil {
			best = mediumEvent(d, s.Start, at, evs)
		}
		if best == nil && at-3 >= s.Start && (d.lower[at-1] == "began" || d.lower[at-1] == "started" || d.lower[at-1] == "opened") && (d.lower[at-2] == "which" || d.lower[at-2] == "that") {
			// "his U.S. visit, which began Sunday": a relative clause
			// telling when the event noun it hangs on began dates that noun
			for _, ev := range evs {
				if ev.trigEnd == at-2 || ev.trigEnd == at-3 && d.lower[at-3] == "," {
					best = ev
				}
			}
		}
		if best == nil && p.nounModifier(d, s.Start, at, end, evs) {
			// "postponed the original July 1 deadline at the request of the
			// Commission", "subject to a June 30 vote": the date names the
			// noun it stands before, no event, but what that noun's relative
			// clause tells happened at it: "days ahead of the Monday
			// ceremony, during which 351 new lawmakers will be sworn in"
			for k := end + 1; k+2 < s.End && k <= end+3; k++ {
				if d.lower[k] != "," {
					continue
				}
				if w := d.lower[k+1]; (w == "during" || w == "at" || w == "in") && d.lower[k+2] == "which" {
					var next *event
					for _, ev := range evs {
						if !ev.unreal && ev.trigStart > k+2 && ev.trigStart <= k+12 && (next == nil || ev.trigStart < next.trigStart) {
							next = ev
						}
					}
					if next != nil && next.date == "" {
						next.date, next.precision = tx.Value, tx.Precision
					}
				}
				break
			}
			continue
		}
		opening := tx.Start <= 2 && end < s.End && d.lower[end] == "," // "Also Monday, a group claimed ..."
		if !opening && openingPhrase[d.lower[s.Start]] {
			// "In a statement Tuesday after a meeting in Doha, Qatar, the
			// committee sanctioned ...": a date in the opening adverbial dates the main clause
			for k := s.Start + 1; k < at; k++ {
				if d.lower[k] == "," {
					break
				}
				if k == at-1 {
					opening = true
				}
			}
		}
		// "In a statement Tuesday after a meeting": the date is of what stands
		// before it, not of the event it is said to come after
		afterAt := -1
		if opening && end < s.End {
			switch d.lower[end] {
			case "after", "before", "following":
				afterAt = end
			}
		}
		owned := false // the date belongs to a verb of its own clause that tells no event
		// a report's day ("officials late Thursday said", "A statement Sunday
		// says", "in a statement issued Tuesday") dates the report: only an
		// event made by being announced (an appeal, a threat, a sanction
		// told in it) takes it, not what the report tells of
		report := reportDay(d, s.Start, at, end)
		for pass := 0; pass < 2 && best == nil; pass++ {
			// an unreal event claims only a date told right after it ("a
			// re-election campaign in 2012"), so that the appointment before
			// it does not take the date
			ok := func(ev *event) bool {
				if report && !announcedTypes[ev.typ] {
					return false
				}
				if ev.unreal {
					return at-ev.trigEnd <= 4 && at >= ev.trigEnd
				}
				// (the verb of the main clause an opening date belongs to,
				// though its sides are named in another sentence: "In
				// Ramallah Thursday, Mr. Qureia asked visiting envoys ...")
				return pass == 1 || viable(ev) || opening && !ev.nominal
			}
			// the closest event before the date whose clause the date
			// stands in: "talks between X and Y, aimed at ending the strike
			// at Z, will resume this afternoon" passes over the strike
			lo := -1
			for {
				var near *event
				for _, ev := range evs {
					if ok(ev) && ev.trigEnd <= at && (lo < 0 || ev.trigEnd < lo) && (near == nil || ev.trigEnd > near.trigEnd) {
						near = ev
					}
				}
				if near == nil {
					break
				}
				if !p.otherClause(d, near.trigEnd, at) {
					best = near
					break
				}
				owned = true
				lo = near.trigEnd
			}
			if owned && best == nil {
				break
			}
			if best == nil {
				for _, ev := range evs {
					if afterAt >= 0 && ev.trigStart > afterAt && !strings.Contains(strings.Join(d.lower[afterAt:ev.trigStart], " "), ",") {
						continue
					}
					if at-1 >= s.Start && saidWords[d.lower[at-1]] && !announcedTypes[ev.typ] {
						// "Iraq said today its troops had killed thousands":
						// the day is the report's, not the killing's (an
						// announced appointment or appeal is the report itself)
						owned = true
						continue
					}
					if !opening && commaBetween(d, end, ev.trigStart) && !(d.lower[ev.trigStart-1] == "," && strings.HasSuffix(d.lower[ev.trigStart], "ing")) {
						// "which struck for most of last week, meets on
						// Monday": a clause closed by a comma keeps its date
						// (but "tore through a bus Thursday, killing the
						// driver": the participle clause shares it)
						continue
					}
					if ok(ev) && ev.trigStart >= end && (ev.trigStart <= end+6 || opening) && (best == nil || ev.trigStart < best.trigStart) {
						best = ev
					}
				}
			}
		}
		if report && best == nil {
			// no event of the sentence is the report's, and the day is no
			// other event's: not even an undated one told before ("U.N.
			// troops have exchanged gunfire ... . U.N. officials late
			// Thursday said the trouble happened Wednesday")
			owned = true
		}
		dated = append(dated, tx)
		switch {
		case best != nil && best.date == "":
			best.date, best.precision = tx.Value, tx.Precision
			if len(best.parts) == 0 && !best.unreal && tx.Precision == timex.Day {
				// "Iran has test-fired several missiles. ... the missiles
				// were launched Thursday": an event with no named side
				// retells the undated one of its type told just before
				if !retold(d, best, si, tx) && *sideless == nil {
					// else the event, with no named side, is dropped, and
					// its day may be the present-perfect lead's ("police
					// opened fire Monday on a car carrying the suspects")
					t := tx
					*sideless = &t
				}
			}
		case best == nil && !owned && unclaimed == nil && tx.Precision == timex.Day:
			t := tx
			unclaimed = &t
		}
	}
	if n := len(dated); n == 1 && dated[0].Precision == timex.Day {
		// the one day told in the sentence dates the purpose of a trip too:
		// "arrives Sunday in Beijing for talks"
		for _, ev := range evs {
			if ev.date == "" && ev.nominal && ev.trigStart-1 > s.Start && d.lower[ev.trigStart-1] == "for" {
				ev.date, ev.precision = dated[0].Value, dated[0].Precision
			}
			if ev.date == "" && !ev.unreal && p.linkedClause(d, ev, evs) {
				ev.date, ev.precision = dated[0].Value, dated[0].Precision
			}
			if ev.date == "" && ev.typ == "VISIT" && p.visitingPremodifier(d, ev) {
				// "a joint news conference Sunday with visiting Syrian
				// President Bashar al-Assad": the visit is on that day
				ev.date, ev.precision = dated[0].Value, dated[0].Precision
			}
		}
	}
	for _, ev := range evs {
		// "the 2003 invasion of Iraq", "the 2002 Bali bombings"
		if ev.date != "" || !ev.nominal {
			continue
		}
		for k := ev.trigStart - 1; k >= s.Start && k >= ev.trigStart-3; k-- {
			if w := d.lower[k]; len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && allDigits(w) {
				ev.date, ev.precision = w, timex.Year
				break
			}
			if d.mentionAt[k] < 0 && p.cls(d, k)&(wAdj|wNoun|wProper) == 0 {
				break
			}
		}
	}
	return unclaimed
}

// linkedClause: ev is told in a clause tied in time to a dated event of its
// sentence ("was wounded Friday when protesters tried to march ... burning
// Danish flags", "the first meeting took place after Mr. Chavez arrived Friday
// night"), so the sentence's one day dates it too.
func (p *Pipeline) linkedClause(d *doc, ev *event, evs []*event) bool {
	for _, o := range evs {
		if o == ev || o.date == "" || o.unreal {
			continue
		}
		if !ev.nominal && o.trigEnd <= ev.trigStart && ev.trigStart > 0 && d.lower[ev.trigStart-1] == "," && strings.HasSuffix(d.lower[ev.trigStart], "ing") {
			return true // "troops raided Jenin today, arresting eight": the participle clause's act is the same day's
		}
		if ev.purposeOf >= o.trigEnd && ev.purposeOf-o.trigEnd < 12 && !o.nominal {
			return true // "telephoned Talabani on Friday to urge that ...": what a call was made for is said in it
		}
		lo, hi := o.trigEnd, ev.trigStart
		if ev.trigStart < o.trigStart {
			lo, hi = ev.trigEnd, o.trigStart
		}
		for k := lo; k < hi; k++ {
			switch d.lower[k] {
			case "when", "after", "while":
				return true
			case "where":
				// the place of a dated event is where what is told next took
				// place: "received a formal welcome Tuesday in New Delhi,
				// where he met ..." (not "after visiting the U.S., ... on his
				// way to Tokyo, where he is to arrive on Sunday")
				if lo == o.trigEnd {
					return true
				}
			case "and":
				// a second predicate of the same subject: "arrived in
				// Islamabad early Friday for a day-long trip and held
				// talks with ..." (not "was arrested in May and will be
				// tried": a past verb must follow)
				if lo == o.trigEnd && k+1 < hi && hi-(k+1) <= 3 && d.mentionAt[k+1] < 0 && p.cls(d, k+1)&wPast != 0 && p.cls(d, k+1)&(wNoun|wAdj) == 0 {
					return true
				}
			}
		}
	}
	return false
}

// visitingPremodifier: ev is told by "visiting" before the visitor's name
// or title ("visiting Syrian President Bashar al-Assad", "visiting envoys"),
// not by a verb ("is visiting Moscow").
func (p *Pipeline) visitingPremodifier(d *doc, ev *event) bool {
	k := ev.trigStart
	if d.lower[k] != "visiting" || ev.trigEnd >= len(d.lower) || d.sentOf[ev.trigEnd] != d.sentOf[k] {
		return false
	}
	if k > 0 {
		switch d.lower[k-1] {
		case "is", "are", "was", "were", "be", "been", "'s", "while", "after", "before", "when", "of", "by":
			return false
		}
	}
	return d.mentionAt[ev.trigEnd] >= 0 || p.cls(d, ev.trigEnd)&(wAdj|wProper|wNoun) != 0 && p.cls(d, ev.trigEnd)&(wDet|wVerb) == 0
}

// openingPhrase: first words of a sentence-opening adverbial ("In a statement
// Tuesday, ...", "On Monday, ...") whose date belongs to the main clause after it.
var openingPhrase = map[string]bool{"in": true, "on": true, "at": true, "during": true, "also": true, "earlier": true, "later": true}

// perfect: the verb at t is in a perfect tense ("has captured"), which opens
// news of its own rather than going on with the story's last day.
// presentPerfect: "has" or "have" among the three words before the verb at t.
func presentPerfect(d *doc, ss, t int) bool {
	for k := t - 1; k >= ss && k >= t-3; k-- {
		switch d.lower[k] {
		case "has", "have", "'ve":
			return true
		}
	}
	return false
}

// olderThanRecent: an event told in the present perfect and dated by no
// expression of its own is recent news; a report dated a past month or year
// ("Last month, police arrested 11 people") or days more than a week before
// publication is another event.
func (d *doc) olderThanRecent(a, b *event) bool {
	if !a.recent || a.date != "" || b.date == "" || len(d.src.Published) < 10 {
		return false
	}
	pub := d.src.Published
	switch {
	case len(b.date) == 4:
		return b.date < pub[:4]
	case len(b.date) == 7:
		return b.date < pub[:7]
	case len(b.date) == 10:
		t, err1 := time.Parse("2006-01-02", b.date)
		p, err2 := time.Parse("2006-01-02", pub)
		return err1 == nil && err2 == nil && p.Sub(t) > 8*24*time.Hour
	}
	return false
}

func perfect(d *doc, ss, t int) bool {
	for k := t - 1; k >= ss && k >= t-3; k-- {
		switch d.lower[k] {
		case "has", "have", "had", "'s", "'ve":
			return true
		}
	}
	return false
}

// announcedTypes are events that happen by being announced: the day of "the
// announcement" is theirs.
var announcedTypes = map[string]bool{
	"APPOINTMENT": true, "RESIGNATION": true, "SANCTION": true, "AGREEMENT": true,
	"APPEAL": true, "DEMAND": true, "THREATEN": true, "MILITARY_POSTURE": true,
}

// announced dates an undated event told earlier in the story with the day of
// a later "made the announcement Friday" / "announced it Friday": "Obama has
// named Gene Sperling ... Mr. Obama made the announcement Friday."
func announced(d *doc) {
	for si, s := range d.sents {
		k := -1
		for i := s.Start; i < s.End; i++ {
			if d.lower[i] == "announcement" || d.lower[i] == "announced" {
				k = i
				break
			}
		}
		if k < 0 || d.src.Published == "" {
			continue
		}
		day := ""
		for _, tx := range timex.FindLower(d.words[s.Start:s.End], d.lower[s.Start:s.End], d.src.Published, timex.Options{}) {
			if at := s.Start + tx.Start; tx.Precision == timex.Day && !tx.Follows && at > k && at <= k+3 {
				day = tx.Value
				break
			}
		}
		if day == "" {
			continue
		}
		var best *event
		for _, ev := range d.events {
			first := ev.sentences[0]
			if ev.dropped || !viable(ev) || len(ev.parts) == 0 || first >= si || !announcedTypes[ev.typ] || itemBreak(d, first, si) {
				continue
			}
			if best == nil || first < best.sentences[0] {
				best = ev
			}
		}
		if best != nil && best.date == "" {
			best.date, best.precision = day, timex.Day
		}
	}
}

// dayWords are words a day-precise date expression cannot do without.
var dayWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"today": true, "tonight": true, "yesterday": true, "tomorrow": true, "day": true, "days": true, "night": true,
	"morning": true, "evening": true, "afternoon": true, "overnight": true,
}

// mayName: the sentence may name a day, worth the date finder's time when no
// event is told in it (the day only moves the story's reference day).
func mayName(lower []string) bool {
	for _, w := range lower {
		if dayWords[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), ".")] || strings.ContainsAny(w, "0123456789") {
			return true
		}
		if len(w) >= 3 && (strings.HasPrefix(w, "mon") || strings.HasPrefix(w, "tue") || strings.HasPrefix(w, "wed") || strings.HasPrefix(w, "thu") ||
			strings.HasPrefix(w, "fri") || strings.HasPrefix(w, "sat") || strings.HasPrefix(w, "sun")) {
			return true
		}
	}
	return false
}

// againstBetween: the later of two event nouns of a sentence is what the
// earlier one is against ("appeal ... against his conviction"), an earlier event.
func againstBetween(d *doc, a, b *event) bool {
	if b.trigStart < a.trigStart {
		a, b = b, a
	}
	if b.trigStart-a.trigEnd > 12 {
		return false
	}
	for k := b.trigStart - 1; k >= a.trigEnd && k >= b.trigStart-3; k-- {
		if d.lower[k] == "against" {
			return true
		}
	}
	return false
}

func anyDated(evs []*event) bool {
	for _, ev := range evs {
		if ev.date != "" {
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// pastSentence: the sentence tells of what already happened (a verb in the
// past tense, no future marker), so a date without a year lies before publication.
func (p *Pipeline) pastSentence(d *doc, ss, se int) bool {
	past := false
	for k := ss; k < se; k++ {
		switch d.lower[k] {
		case "will", "'ll", "shall", "upcoming", "next":
			return false
		}
		if d.mentionAt[k] < 0 {
			if c := p.cls(d, k); c&wPast != 0 && c&(wVerb|wNoun|wAdj) == 0 {
				past = true
			}
		}
	}
	return past
}

// sameYear reports two dates (YYYY...) in one year; an unknown one is.
func sameYear(a, b string) bool {
	return len(a) < 4 || len(b) < 4 || a[:4] == b[:4]
}

// datedHarmNouns are the nouns of attacks a date names by standing right
// before them ("the September 11 attacks", "the July 7 bombings").
var datedHarmNouns = map[string]bool{
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "blast": true, "blasts": true,
	"killings": true, "massacre": true, "assassination": true, "explosion": true, "explosions": true,
}

// harmNamedByDate: the date [at, end) names a killing, death, injury or
// arrest told by its noun right after it ("the February assassination of
// Rafik Hariri"): a harm so named has happened, whatever the clause around
// it says is still to come ("Annan will release the findings into ...").
func harmNamedByDate(evs []*event, at, end int) bool {
	for _, ev := range evs {
		if ev.nominal && ev.trigStart == end {
			switch ev.typ {
			case "ATTACK", "DEATH", "INJURY", "ARREST":
				return true
			}
		}
	}
	return false
}

// futureAt: the words before a date expression say it is still to come
// ("will meet Sunday", "is to hold talks Wednesday", "arrives Sunday").
func (p *Pipeline) futureAt(d *doc, ss, at int) bool {
	for k := at - 1; k >= ss && k >= at-4; k-- {
		if d.mentionAt[k] < 0 && p.cls(d, k)&wPast != 0 && p.cls(d, k)&(wVerb|wNoun|wAdj) == 0 {
			break // a past verb nearer the date tells its tense: "his U.S. visit, which began Sunday"
		}
		switch d.lower[k] {
		case "arrives", "begins", "starts", "opens", "goes", "leaves", "travels", "meets", "visits", "heads", "holds",
			"resumes", "arrive", "begin", "start", "open", "go", "leave", "travel", "meet", "visit", "head", "hold":
			if k-1 >= ss && (d.lower[k-1] == "a" || d.lower[k-1] == "an" || d.lower[k-1] == "the") {
				continue // "in an open area near Kandahar Saturday": a noun or adjective
			}
			// the news present tells what is coming: "goes on trial Monday",
			// "the union, which struck last week, meets on Monday"
			return true
		}
		if k-1 >= ss && (d.lower[k-1] == "is" || d.lower[k-1] == "are") && arrangedVerbs[d.lower[k]] {
			// and so does the progressive of a verb of arranged events:
			// "Ministers are meeting Friday in Pekanbara" (not "the
			// prosecution is presenting experts Monday", told on that day)
			return true
		}
	}
	for k := at - 1; k >= ss && k >= at-12; k-- {
		if d.mentionAt[k] < 0 && k > ss {
			// the nearest verb before the date tells its tense: "would repeat
			// the action they took on February 20", "who will serve ...,
			// replaced Fox, who resigned January 12" (a passive's participle
			// leaves it to the auxiliary: "elections to be held May 25")
			if c := p.cls(d, k); c&(wPast|wPart) != 0 && c&(wVerb|wNoun|wProper) == 0 && !futureWords[d.lower[k]] {
				switch {
				case d.lower[k] == "set" && k+1 < at && (d.lower[k+1] == "to" || d.lower[k+1] == "for"):
					return true // "a contract set to begin July 1", "a meeting set for December 31"
				case d.lower[k-1] == "be" || d.lower[k-1] == "been" || d.lower[k-1] == "being" || d.lower[k-1] == "is" || d.lower[k-1] == "are":
				default:
					return false
				}
			}
		}
		switch d.lower[k] {
		case "will", "'ll", "shall", "scheduled", "due", "upcoming", "plan", "plans", "planned", "expected", "next", "ahead",
			"intend", "intends", "intended":
			return true
		case "would":
			// the future of a past report: "said he would meet Aquino on
			// Monday", "asked if Reagan would see Volcker before leaving on Wednesday"
			return true
		case "to":
			if k-1 >= ss && (d.lower[k-1] == "is" || d.lower[k-1] == "are") {
				return true
			}
			if k+1 < at && d.lower[k+1] == "be" {
				return true // "elections to be held May 25"
			}
		case "said", "says", "say", "was", "were", "had", "did", "ago", "last":
			return false
		}
	}
	return false
}

// arrangedVerbs: progressives of the verbs of the news present above,
// which tell of an arrangement for a coming day ("are meeting Friday").
var arrangedVerbs = map[string]bool{"arriving": true, "beginning": true, "starting": true, "opening": true, "going": true,
	"leaving": true, "traveling": true, "travelling": true, "meeting": true, "visiting": true, "heading": true,
	"holding": true, "resuming": true}

// retypeDeath: a killing with no attacker in a crash, a flood or an epidemic is
// a death, not an attack ("14 soldiers were killed in a crash").
func retypeDeath(d *doc, ev *event, secondary string, ss, se int) {
	if secondary != "DEATH" || ev.typ != "ATTACK" || hasRole(ev, agent) {
		return
	}
	for k := ss; k < se && k < ev.trigEnd+8; k++ {
		switch d.lower[k] {
		case "crash", "accident", "flood", "floods", "flooding", "earthquake", "quake", "storm", "fire", "blaze",
			"cold", "weather", "heat", "virus", "flu", "disease", "illness", "landslide", "avalanche", "collapse",
			"exposure", "hypothermia", "cyclone", "hurricane", "typhoon", "tsunami", "outbreak", "epidemic":
			ev.typ, ev.code = "DEATH", "DIE"
			return
		}
	}
}

// dropCriticism drops an attack verb whose object is another event ("Hamas
// dominated recent Palestinian elections", "attacked the agreement"):
// criticism or a win, not violence.
func (p *Pipeline) dropCriticism(d *doc, evs []*event, se int) []*event {
	out := evs[:0:0]
	for _, ev := range evs {
		drop := false
		if ev.typ == "ATTACK" && !ev.nominal {
			for _, o := range evs {
				if o == ev || !o.nominal || o.typ == "ATTACK" || o.trigStart < ev.trigEnd || o.trigStart > ev.trigEnd+4 {
					continue
				}
				drop = true
				for k := ev.trigEnd; k < o.trigStart; k++ {
					if d.mentionAt[k] < 0 && p.cls(d, k)&(wDet|wAdj|wNum) == 0 {
						drop = false // not just the object's premodifiers
					}
				}
			}
		}
		if !drop {
			out = append(out, ev)
		}
	}
	return out
}

// abductorNouns take people by force, not by law.
var abductorNouns = map[string]bool{
	"kidnappers": true, "gunmen": true, "militants": true, "rebels": true, "insurgents": true, "pirates": true,
	"abductors": true, "guerrillas": true, "fighters": true, "attackers": true, "hijackers": true,
}

// severalEvents: the trigger sums up several events ("two separate
// ambushes", "were killed in separate clashes"), each told on its own or not
// at all; as one event it would join their sides into one.
func severalEvents(d *doc, ev *event, se int) bool {
	if ev.nominal {
		return ev.trigStart > 0 && d.lower[ev.trigStart-1] == "separate"
	}
	for k := ev.trigEnd; k < se && k < ev.trigEnd+5; k++ {
		switch d.lower[k] {
		case ",", ";", "when", "after", "while", "who", "which", "that":
			return false
		case "separate":
			// "killed in two separate ambushes"
			return k > ev.trigEnd && (d.lower[k-1] == "in" || d.lower[k-2] == "in")
		}
	}
	return false
}

// inCombat: the death is told to have come in fighting ("the deaths of 10
// American soldiers in hostile action", "died in combat").
func inCombat(d *doc, ev *event, se int) bool {
	for k := ev.trigEnd; k+1 < se && k < ev.trigEnd+8; k++ {
		switch d.lower[k] {
		case ",", ";", ":", "after", "while", "when":
			return false
		case "in", "during":
			for j := k + 1; j < se && j < k+4; j++ {
				switch d.lower[j] {
				case "combat", "action", "fighting", "clashes", "battle", "attack", "attacks", "ambush", "violence", "raid", "bombing":
					return true
				}
			}
		}
	}
	return false
}

// disasterWords name harm no one did.
var disasterWords = map[string]bool{
	"earthquake": true, "quake": true, "flood": true, "floods": true, "flooding": true, "storm": true, "hurricane": true,
	"cyclone": true, "typhoon": true, "tsunami": true, "landslide": true, "avalanche": true, "drought": true, "fire": true,
	"wildfire": true, "blaze": true, "tornado": true, "eruption": true, "disease": true, "epidemic": true, "outbreak": true,
	"snow": true, "snows": true, "snowstorm": true, "blizzard": true, "rain": true, "rains": true, "winds": true, "weather": true,
	"storms": true, "gales": true, "blizzards": true, "hurricanes": true, "typhoons": true, "earthquakes": true,
	"snowstorms": true, "tornadoes": true, "cyclones": true, "quakes": true,
}

// byDisaster: the attack verb's doer is a disaster ("devastated earlier this
// month by a deadly earthquake", "Hurricane Katrina slammed into Florida").
func (p *Pipeline) byDisaster(d *doc, ev *event, se int) bool {
	for _, pt := range ev.parts {
		if pt.role != agent {
			continue
		}
		for _, mi := range d.ents[pt.ent].mentions {
			m := d.mentions[mi]
			if m.start > 0 && (disasterWords[d.lower[m.start-1]] || disasterWords[d.lower[m.start]]) {
				return true // the agent is a storm: "tropical storm Delta ..., hitting the islands", "Hurricane Katrina slammed into"
			}
		}
	}
	if ev.nominal {
		return false
	}
	for k := ev.trigStart - 1; k >= 0 && k >= ev.trigStart-10 && d.sentOf[k] == ev.sentence; k-- {
		if w := d.lower[k]; disasterWords[w] && w != "fire" && w != "blaze" || w == "tropical" {
			return true // "tropical storm Delta struck the region", "an earthquake which struck Japan killed one" (not "returned fire and killed")
		}
		if w := d.lower[k]; w == "," || w == ";" || w == ":" || w == "and" || w == "said" || w == "says" {
			break
		}
	}
	for k := ev.trigEnd; k < se && k < ev.trigEnd+8; k++ {
		if d.lower[k] == "by" {
			for j := k + 1; j < se && j < k+5; j++ {
				if disasterWords[d.lower[j]] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// Words of sport. gameWord: the word tells of a game in a sentence, so
// "beat" or "defeated" beside it tell of a win ("sets", "final",
// "tournament"). sportOnly: nothing but sport uses the word, so three of
// them near each other make a stretch of news a sports story (on BBC, 329
// of 511 sports stories have three, and 12 of 1,714 others; no story of
// 3,000 from Reuters has).
const (
	gameWord uint8 = 1 << iota
	sportOnly
)

var sportsWords = map[string]uint8{
	"sets": gameWord, "set": gameWord, "seeded": gameWord | sportOnly, "seed": gameWord | sportOnly,
	"semifinal": gameWord | sportOnly, "semifinals": gameWord | sportOnly, "quarterfinal": gameWord | sportOnly,
	"quarterfinals": gameWord | sportOnly, "final": gameWord, "finals": gameWord, "tournament": gameWord | sportOnly,
	"match": gameWord | sportOnly, "championship": gameWord | sportOnly, "champion": gameWord | sportOnly,
	"goals": gameWord | sportOnly, "goal": gameWord | sportOnly, "points": gameWord, "innings": gameWord | sportOnly,
	"tennis": gameWord | sportOnly, "soccer": gameWord | sportOnly, "football": gameWord | sportOnly,
	"basketball": gameWord | sportOnly, "baseball": gameWord | sportOnly, "cricket": gameWord | sportOnly,
	"golf": gameWord | sportOnly, "race": gameWord, "cup": gameWord | sportOnly, "races": gameWord,
	"runners": gameWord, "athletes": gameWord | sportOnly, "athletics": gameWord | sportOnly,
	"olympic": gameWord | sportOnly, "olympics": gameWord | sportOnly, "medal": gameWord | sportOnly,
	"marathon": gameWord | sportOnly, "league": gameWord | sportOnly, "striker": gameWord | sportOnly,
	"goalkeeper": gameWord | sportOnly, "rugby": gameWord | sportOnly, "matches": gameWord | sportOnly,
	"season": gameWord, "championships": gameWord | sportOnly, "title": gameWord, "runner": gameWord,
	"sprinter": gameWord | sportOnly, "coach": gameWord | sportOnly, "semi-final": sportOnly,
	"semi-finals": sportOnly, "quarter-final": sportOnly, "quarter-finals": sportOnly, "midfielder": sportOnly,
	"defender": sportOnly, "keeper": sportOnly, "premiership": sportOnly, "fixture": sportOnly,
}

// contestVerbs tell of a win as readily as of an attack.
var contestVerbs = map[string]bool{
	"beat": true, "beats": true, "beaten": true, "beating": true, "defeated": true, "defeat": true, "defeats": true,
	"crushed": true, "routed": true, "thrashed": true, "eliminated": true, "upset": true, "edged": true, "downed": true,
	"overpowered": true, "knocked": true, "battled": true, "outlasted": true, "dominated": true, "thumped": true, "hammered": true,
}

// sportsWin: a contest verb in a sentence about a game: a win, not an attack.
func (p *Pipeline) sportsWin(d *doc, ev *event, ss, se int) bool {
	if !contestVerbs[d.lower[ev.trigStart]] {
		return false
	}
	if p.sportsContext(d, ev.sentence) {
		return true
	}
	for k := ss; k < se; k++ {
		if sportsWords[d.lower[k]]&gameWord != 0 || strings.Contains(d.lower[k], "-seeded") {
			return true
		}
	}
	return false
}

// foldSentence merges what one sentence tells twice: a bare noun beside the
// same event told with its participants ("protests ... with protesters
// pelting the Japanese consulate"), and a death beside the attack that caused
// it ("found shot dead").
func (p *Pipeline) foldSentence(d *doc, evs []*event) []*event {
	out := evs[:0:0]
	absorbed := make([]bool, len(evs))
	for i, ev := range evs {
		for j, o := range evs {
			if i == j || absorbed[j] || absorbed[i] {
				continue
			}
			into := false
			switch {
			case len(ev.parts) == 0 && len(o.parts) > 0 && o.typ == ev.typ && !relativeBetween(d, ev, o):
				// (not across a relative clause: "the soldiers were killed Sunday near an area where a
				// Kurdish rebel was killed" tells two killings)
				into = true
			case ev.typ == "DEATH" && o.typ == "ATTACK" && coveredPatients(ev, o):
				into = true
			case ev.typ == "DEATH" && o.typ == "ATTACK" && !o.nominal && ev.trigStart > o.trigStart && ev.trigStart-o.trigEnd <= 3 && d.lower[ev.trigStart] == "dead":
				// "Israeli troops shot dead a militant", "shot him dead": the
				// death is the shooting's result, not an event of its own
				into = true
			case (ev.typ == "INJURY" || ev.typ == "DEATH") && !ev.nominal && o.typ == "ATTACK" && o.nominal && inEventNoun(d, ev, o):
				// "five Afghan soldiers were wounded in an ambush": the injuries
				// of an attack are that attack's
				for _, pt := range ev.parts {
					o.addPart(pt.ent, patient)
				}
				into = true
			case !ev.nominal && o.nominal && o.typ == ev.typ && (p.nounSubjectOf(d, o, ev) || inEventNoun(d, ev, o)):
				// "An Israeli airstrike in Gaza has killed a commander": the
				// noun is the verb's subject, one attack told by both
				for _, pt := range ev.parts {
					if !hasPart(o, pt.ent) {
						o.addPart(pt.ent, pt.role)
					}
				}
				into = true
			}
			if into {
				absorbed[i] = true
				if o.date == "" {
					o.date, o.precision = ev.date, ev.precision
				}
			}
		}
	}
	for i, ev := range evs {
		if !absorbed[i] {
			out = append(out, ev)
		}
	}
	return out
}

// inEventNoun: the verb of v is told to have happened in the event noun of n:
// "three soldiers have been wounded in an attack by Palestinian militants".
func inEventNoun(d *doc, v, n *event) bool {
	k := v.trigEnd
	if k < len(d.lower) && dayName(d.lower[k]) {
		k++ // "were killed Thursday during a raid"
	}
	if n.trigStart <= k || n.trigStart-k > 4 {
		return false
	}
	switch d.lower[k] {
	case "in", "during":
	default:
		return false
	}
	for j := k + 1; j < n.trigStart; j++ {
		switch d.lower[j] {
		case "a", "an", "the", "this", "that", "suicide", "car", "bomb", "rocket", "mortar", "deadly", "suspected":
		default:
			if d.mentionAt[j] >= 0 || instrumentNouns[d.lower[j]] {
				continue // "killed during a U.S. helicopter raid"
			}
			return false
		}
	}
	return true
}

// instrumentNouns premodify an attack noun with the attacker's means, not its
// target: "a U.S. helicopter raid", "an Israeli air strike".
var instrumentNouns = map[string]bool{
	"helicopter": true, "air": true, "drone": true, "missile": true, "artillery": true, "tank": true, "naval": true,
	"rocket": true, "mortar": true, "suicide": true, "car": true, "truck": true, "bomb": true, "grenade": true,
	"gunship": true, "commando": true, "ground": true, "military": true, "police": true, "army": true, "cross-border": true,
}

// itemBreak: a sentence after from, up to to, opens a new item ("Separately,
// ...", "Meanwhile, ...", "In other news"), so reports on either side are of
// different events.
func itemBreak(d *doc, from, to int) bool {
	for si := from + 1; si <= to && si < len(d.sents); si++ {
		s := d.sents[si]
		if s.End-s.Start < 2 {
			continue
		}
		switch d.lower[s.Start] {
		case "separately", "meanwhile", "elsewhere":
			return true
		case "in":
			switch d.lower[s.Start+1] {
			case "other", "another", "a":
				if d.lower[s.Start+1] != "a" || s.End-s.Start > 2 && d.lower[s.Start+2] == "separate" {
					return true
				}
			}
		}
	}
	return false
}

// relativeBetween: a relative clause opens between the triggers of a and b.
func relativeBetween(d *doc, a, b *event) bool {
	i, j := a.trigEnd, b.trigStart
	if b.trigEnd <= a.trigStart {
		i, j = b.trigEnd, a.trigStart
	}
	for k := i; k < j; k++ {
		switch d.lower[k] {
		case "where", "which", "who", "whom":
			return true
		}
	}
	return false
}

// nounSubjectOf: the noun trigger of n heads the subject of the verb trigger
// of v: only its modifiers ("in the Gaza Strip") and auxiliaries stand between.
func (p *Pipeline) nounSubjectOf(d *doc, n, v *event) bool {
	if n.trigEnd > v.trigStart || v.trigStart-n.trigEnd > 8 {
		return false
	}
	for k := n.trigEnd; k < v.trigStart; k++ {
		switch d.lower[k] {
		case ",", "that", "which", "who", "and", "but", ";", ":", "as", "when", "after", "before":
			return false
		}
		if d.mentionAt[k] < 0 && p.verbLike(d, k) && !p.gapWord(d, k) {
			return false
		}
	}
	return true
}

func hasPart(ev *event, e int) bool {
	for _, pt := range ev.parts {
		if pt.ent == e {
			return true
		}
	}
	return false
}

// coveredPatients: every participant of a is a patient of b.
func coveredPatients(a, b *event) bool {
	for _, p := range a.parts {
		found := false
		for _, q := range b.parts {
			if q.ent == p.ent && q.role == patient {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// retold gives the day of ev, an event of sentence si with no named side,
// to the latest undated event of its type told in the two sentences before,
// or, when ev is told in the passive, to the undated event of the sentence
// just before whatever its type, and says whether it found one.
func retold(d *doc, ev *event, si int, tx timex.Timex) bool {
	passive := false
	if k := ev.trigStart - 1; k >= d.sents[si].Start && !ev.nominal {
		switch d.lower[k] {
		case "was", "were", "been", "be":
			passive = true // "the missiles were launched Thursday" retells what was done
		}
	}
	var best *event
	for _, o := range d.events {
		first := o.sentences[0]
		if o.dropped || !(o.typ == ev.typ || passive && first == si-1) || o.date != "" || len(o.parts) == 0 || first >= si || first < si-2 {
			continue
		}
		if best == nil || first > best.sentences[0] {
			best = o
		}
	}
	if best != nil {
		best.date, best.precision = tx.Value, tx.Precision
	}
	return best != nil
}

// lateDates gives an undated event the day named in one of the next two
// sentences when no event there took it: "Gunmen kidnapped two Germans. ...
// the gunmen stopped the boat Wednesday."
func lateDates(d *doc, free []*timex.Timex) {
	for si, day := range free {
		if day == nil {
			continue
		}
		if !relativeDay(day.Text) {
			// a calendar date told later ("is payable June 30", "runs until
			// September 1, 1987") is a term or a deadline far more often than
			// the day of an undated event told before: the late day is a
			// relative one ("the gunmen stopped the boat Wednesday")
			continue
		}
		var best *event
		for _, ev := range d.events {
			first := ev.sentences[0]
			if ev.dropped || !viable(ev) || len(ev.parts) == 0 || first >= si || first < si-2 {
				// (not one about to be dropped: "his supporters call it a political trial" is no phone call)
				continue
			}
			if best == nil || first > best.sentences[0] {
				best = ev
			}
		}
		if best != nil && best.date == "" {
			best.date, best.precision = day.Value, day.Precision
		}
	}
}

// leadDates gives a day that only an event with no named side took (one
// about to be dropped) to the undated event told in the present perfect in
// the sentence just before: a lead tells the news in the present perfect
// and the next sentence gives its day ("Pakistani officials say security
// forces have arrested at least three al-Qaida suspects. They say police
// opened fire Monday on a car carrying the suspects"). Any other event
// told before is left undated: such a day is as often another event's.
func leadDates(d *doc, sideless []*timex.Timex) {
	for _, ev := range d.events {
		// "An Ethiopian court has convicted former President Mengistu ...
		// The 12-year trial of Colonel Mengistu ended Tuesday": the next
		// sentence's event of the same type, with a day, retells the lead
		if ev.dropped || !ev.recent || ev.date != "" || len(ev.parts) == 0 {
			continue
		}
		for _, o := range d.events {
			if o != ev && !o.dropped && o.typ == ev.typ && o.sentences[0] == ev.sentences[0]+1 && o.precision == timex.Day {
				ev.date, ev.precision = o.date, o.precision
				break
			}
		}
	}
	for si, day := range sideless {
		if day == nil || si == 0 || !relativeDay(day.Text) {
			continue // (a calendar date is a term as often: see lateDates)
		}
		for _, ev := range d.events {
			if ev.dropped || !viable(ev) || len(ev.parts) == 0 || ev.sentences[0] != si-1 || !ev.recent || ev.date != "" {
				continue
			}
			ev.date, ev.precision = day.Value, day.Precision
			break
		}
	}
}

// placeEvent takes a location named with "in"/"at" in the sentence that is not a participant.
func (p *Pipeline) placeEvent(d *doc, ev *event, ss, se int) {
	best, bestDist := -1, 1<<30
	for k := ss; k+1 < se; k++ {
		switch d.lower[k] {
		case "in", "at", "near", "outside", "inside":
		default:
			continue
		}
		// "in the western Chinese city of Shanghai", "at a prison near Bishkek"
		j := k + 1
		for j < se && j < k+7 && d.mentionAt[j] < 0 && (p.cls(d, j)&(wDet|wAdj|wNum) != 0 || placeNouns[d.lower[j]] || d.lower[j] == "of") {
			j++
		}
		for j < se && d.mentionAt[j] >= 0 && d.mentions[d.mentionAt[j]].label == "NORP" && j < k+7 {
			j = d.mentions[d.mentionAt[j]].end
			for j < se && (placeNouns[d.lower[j]] || d.lower[j] == "of") {
				j++
			}
		}
		if j >= se {
			continue
		}
		mi := d.mentionAt[j]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		if m.ent < 0 || d.ents[m.ent].typ != extract.Location || m.label == "NORP" {
			continue
		}
		isPart := false
		for _, pt := range ev.parts {
			if pt.ent == m.ent {
				isPart = true
			}
		}
		if isPart {
			continue
		}
		dist := k - ev.trigEnd
		if dist < 0 {
			dist = (ev.trigStart - k) * 2 // a place after the trigger is more likely its own
		}
		if dist > 10 {
			continue // too far to be the event's place rather than some noun's
		}
		if dist < bestDist {
			best, bestDist = m.ent, dist
		}
	}
	if best < 0 && ev.typ == "VISIT" {
		for _, pt := range ev.parts {
			if pt.role == patient && d.ents[pt.ent].typ == extract.Location {
				best = pt.ent // the place visited is where the visit happens
			}
		}
	}
	ev.loc = best
	ev.conf += 0.7
	if len(ev.parts) >= 2 {
		ev.conf += 0.1
	}
	if ev.conf > 1 {
		ev.conf = 1
	}
}

// addEvent merges ev into an earlier report of the same event, or appends it. An
// anaphoric report with no participants ("the meeting") joins the latest event of its type.
func (d *doc) addEvent(ev *event) {
	if o := d.sharedVote(ev); o != nil {
		for _, pt := range ev.parts {
			o.addPart(pt.ent, participant)
		}
		o.sentences = appendUnique(o.sentences, ev.sentence)
		return
	}
	if o := d.meetingTalks(ev); o != nil {
		for _, pt := range ev.parts {
			o.addPart(pt.ent, participant)
		}
		o.sentences = appendUnique(o.sentences, ev.sentence)
		o.date, o.precision = finerDate(o.date, o.precision, ev.date, ev.precision)
		if o.loc < 0 {
			o.loc = ev.loc
		}
		return
	}
	if o := d.definiteAnaphor(ev); o != nil {
		// "Six Afghan police officers were killed when a bomb ripped through
		// their vehicle. The Taliban claimed responsibility for the attack."
		for _, pt := range ev.parts {
			o.addPart(pt.ent, pt.role)
		}
		o.sentences = appendUnique(o.sentences, ev.sentence)
		o.date, o.precision = finerDate(o.date, o.precision, ev.date, ev.precision)
		return
	}
	if len(ev.parts) == 0 {
		for i := len(d.events) - 1; i >= 0; i-- {
			o := d.events[i]
			last := o.sentences[len(o.sentences)-1]
			if !ev.nominal && ev.sentence-last > 2 || ev.sentence-last > 4 {
				// a verb with no one named: only a close continuation of the
				// same story ("The two presidents met Friday") adds to an event;
				// a noun ("the meeting") reaches a little further, but not into
				// a bulletin's earlier items
				break
			}
			if itemBreak(d, last, ev.sentence) {
				break // "Separately, ...": a new item of the bulletin
			}
			if o.typ == ev.typ && !o.dropped && dateCompatible(o.date, ev.date) && !d.anotherOne(ev) && !d.olderThanRecent(o, ev) {
				// (not "a similar attack", "another bombing": told as another one)
				o.sentences = appendUnique(o.sentences, ev.sentence)
				o.date, o.precision = finerDate(o.date, o.precision, ev.date, ev.precision)
				if o.loc < 0 {
					o.loc = ev.loc
				}
				return
			}
		}
		if ev.nominal {
			d.events = append(d.events, ev)
		}
		return
	}
	// Of the earlier reports this one may repeat, take the one sharing most
	// participants, then the fullest, then the latest: a noun told with no
	// arguments of its own ("during a meeting") belongs to the richest event of
	// its sentence, and "was convicted in May" to "his conviction" told last
	// rather than to "the appeal" before it.
	var o *event
	bestShared, bestParts := -1, -1
	again := ev.trigEnd < len(d.lower) && d.lower[ev.trigEnd] == "again" ||
		ev.trigEnd+1 < len(d.lower) && d.lower[ev.trigEnd+1] == "again" || ev.trigStart > 0 && d.lower[ev.trigStart-1] == "again" ||
		!ev.nominal && ev.trigStart > 0 && d.lower[ev.trigStart-1] == "also" // "Nambiar also met Saturday with Burma's foreign minister": another meeting
	for _, c := range d.events {
		if again && c.sentence < ev.sentence {
			continue // "met again with Mr. Castro": another meeting than the one told before
		}
		if c.typ != ev.typ || len(c.parts) == 0 || !sameEvent(c, ev) || itemBreak(d, c.sentences[len(c.sentences)-1], ev.sentence) ||
			d.olderThanRecent(c, ev) || d.olderThanRecent(ev, c) {
			continue
		}
		if c.sentence == ev.sentence && !c.fallback && !ev.fallback && shared(c, ev) == 0 {
			continue
		}
		if c.sentence == ev.sentence && c.nominal && ev.nominal && againstBetween(d, c, ev) {
			continue // "the appeal of Khodorkovsky against his conviction": the conviction came before
		}
		if sh := shared(c, ev); sh > bestShared || sh == bestShared && len(c.parts) >= bestParts {
			o, bestShared, bestParts = c, sh, len(c.parts)
		}
	}
	if o == nil {
		// a bare noun told just before ("witnesses to the Sunday shooting ...
		// Two men attacked the nun") is this event, first told without its actors
		for i := len(d.events) - 1; i >= 0; i-- {
			b := d.events[i]
			if b.sentence < ev.sentence-1 {
				break
			}
			if len(b.parts) == 0 && b.nominal && b.typ == ev.typ && b.sentence < ev.sentence && !b.dropped && dateCompatible(b.date, ev.date) {
				b.parts, b.fallback = ev.parts, ev.fallback
				b.trigger, b.code, b.nominal, b.conf = ev.trigger, ev.code, ev.nominal, ev.conf
				b.sentences = appendUnique(b.sentences, ev.sentence)
				b.date, b.precision = finerDate(b.date, b.precision, ev.date, ev.precision)
				if ev.loc >= 0 {
					b.loc = ev.loc
				}
				return
			}
		}
	}
	if o != nil {
		for _, pt := range ev.parts {
			o.addPart(pt.ent, pt.role)
		}
		o.date, o.precision = finerDate(o.date, o.precision, ev.date, ev.precision)
		if o.loc < 0 || ev.loc >= 0 && d.ents[o.loc].subtype == extract.Country && d.ents[ev.loc].subtype != extract.Country {
			// venues are towns more often than countries ("the crisis in Ukraine")
			o.loc = ev.loc
		}
		if ev.conf > o.conf {
			o.conf = ev.conf
		}
		o.sentences = appendUnique(o.sentences, ev.sentence)
		return
	}
	d.events = append(d.events, ev)
}

// definiteAnaphor: ev is "the attack" told with only its doers, right after
// an attack told with only its victims: the same attack, its doer named now.
// It returns that attack, or nil.
func (d *doc) definiteAnaphor(ev *event) *event {
	if !ev.nominal || ev.trigStart == 0 || len(ev.parts) == 0 || hasRole(ev, patient) || hasRole(ev, participant) {
		return nil
	}
	switch d.lower[ev.trigStart-1] {
	case "the", "that", "this", "tuesday's", "sunday's":
	default:
		return nil
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		o := d.events[i]
		last := o.sentences[len(o.sentences)-1]
		if ev.sentence-last > 1 {
			return nil
		}
		if o.typ != ev.typ || o.dropped || hasRole(o, agent) || !hasRole(o, patient) || last == ev.sentence || itemBreak(d, last, ev.sentence) ||
			!dateCompatible(o.date, ev.date) {
			continue
		}
		return o
	}
	return nil
}

// meetingTalks: ev is "the talks" of a meeting told (by a verb: a summit
// holds talks of its own) in one of the two sentences before ("met Saturday with a top U.N. official. ... praised the
// talks with Vijay Nambiar"): talks told right after a meeting are that
// meeting, not negotiations of their own. It returns the meeting, or nil.
func (d *doc) meetingTalks(ev *event) *event {
	if ev.typ != "NEGOTIATE" || !ev.nominal || len(ev.parts) > 1 && ev.fallback {
		return nil
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		o := d.events[i]
		last := o.sentences[len(o.sentences)-1]
		if ev.sentence-last > 2 {
			break
		}
		if o.typ != "MEET" || o.nominal || o.dropped || o.sentence >= ev.sentence || len(o.parts) == 0 || !dateCompatible(o.date, ev.date) || itemBreak(d, last, ev.sentence) {
			continue
		}
		if len(ev.parts) <= 1 || shared(o, ev) > 0 {
			return o
		}
	}
	return nil
}

// anotherOne: the sentence of a report with no participants tells of another
// event than one before: "Another soldier died of wounds suffered in a
// similar attack", "a second blast".
func (d *doc) anotherOne(ev *event) bool {
	s := d.sents[ev.sentence]
	for k := s.Start; k < s.End; k++ {
		switch d.lower[k] {
		case "similar", "another", "separate", "second", "third":
			return true
		}
	}
	return false
}

func shared(a, b *event) int {
	n := 0
	for _, p := range a.parts {
		for _, q := range b.parts {
			if p.ent == q.ent {
				n++
			}
		}
	}
	return n
}

// sameEvent: the participants overlap, and dates and places do not disagree.
func sameEvent(a, b *event) bool {
	if !dateCompatible(a.date, b.date) || a.office != "" && b.office != "" && a.office != b.office {
		return false // (parliamentary and presidential elections are two)
	}
	if a.sentence == b.sentence && (a.fallback || b.fallback) {
		return true // "X and Y discussed ... during a meeting": one event told twice
	}
	if hasRole(a, agent) && hasRole(b, agent) && !sharesRole(a, b, agent) {
		return false // different actors: Ethiopia's deployment and the African Union's
	}
	if hasRole(a, patient) && hasRole(b, patient) && !sharesRole(a, b, patient) {
		return false // different targets: Obama named Sperling, then Daley
	}
	for _, p := range a.parts {
		for _, q := range b.parts {
			if p.ent == q.ent && (p.role == agent && q.role == patient || p.role == patient && q.role == agent) {
				return false // the attacker in one is the attacked in the other
			}
		}
	}
	for _, p := range a.parts {
		for _, q := range b.parts {
			if p.ent == q.ent {
				return true
			}
		}
	}
	return false
}

func appendUnique(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

func (ev *event) export(d *doc) extract.Event {
	out := extract.Event{
		Type: ev.typ, CAMEO: ev.code, Trigger: ev.trigger, Date: ev.date, DatePrecision: ev.precision,
		Participants: []extract.Participant{}, Confidence: round2(ev.conf), Evidence: []extract.Evidence{},
	}
	for _, p := range ev.parts {
		ent := actingCountry(d, ev.parts, p)
		if ent < 0 {
			continue
		}
		out.Participants = append(out.Participants, extract.Participant{Entity: d.ents[ent].id, Role: p.role})
	}
	if ev.loc >= 0 {
		out.Location = d.ents[ev.loc].id
	}
	sort.Ints(ev.sentences)
	for _, si := range ev.sentences {
		out.Evidence = append(out.Evidence, d.sentenceEvidence(si))
	}
	return out
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// dateCompatible: one date may be the other told more or less precisely
// ("this week" and "Thursday", "June" and "June 12").
func dateCompatible(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if strings.Contains(a, "W") {
		t, err := time.Parse("2006-01-02", b)
		if err != nil {
			return false
		}
		y, w := t.ISOWeek()
		return a == fmt.Sprintf("%04d-W%02d", y, w)
	}
	return strings.HasPrefix(b, a)
}

// finerDate keeps the more precise of two compatible dates.
func finerDate(a, ap, b, bp string) (string, string) {
	if a == "" || dateCompatible(a, b) && len(b) > len(a) && !strings.Contains(b, "W") {
		if b != "" {
			return b, bp
		}
	}
	return a, ap
}

func sharesRole(a, b *event, role string) bool {
	for _, p := range a.parts {
		for _, q := range b.parts {
			if p.ent == q.ent && p.role == role && q.role == role {
				return true
			}
		}
	}
	return false
}

// viable: the event keeps enough participants to survive the final checks.
func viable(ev *event) bool {
	return !(len(ev.parts) == 0 || symmetric[ev.typ] && len(ev.parts) < 2 && !((ev.typ == "NEGOTIATE" || ev.typ == "AGREEMENT" && (ev.nominal || ev.consent)) && ev.counterpart) && !ev.collective && !ev.attended ||
		ev.typ == "VISIT" && !(hasRole(ev, agent) && (hasRole(ev, patient) || ev.placeVisited)) ||
		(ev.typ == "APPEAL" || ev.typ == "DEMAND" || ev.typ == "THREATEN") && !hasRole(ev, patient) && !ev.counterpart ||
		ev.typ == "ATTACK" && ev.struggle && !hasRole(ev, patient) && !ev.foughtPeople ||
		// a show of force no one named makes: "Syria was forced to withdraw its troops";
		// a threat or demand no one named makes: "terrorist groups that threaten India"
		(ev.typ == "MILITARY_POSTURE" || ev.typ == "THREATEN" || ev.typ == "DEMAND") && !hasRole(ev, agent))
}

// recentEvent: an event was told in one of the two sentences before si, so a
// day named in si may be its date (lateDates).
func recentEvent(d *doc, si int) bool {
	for i := len(d.events) - 1; i >= 0; i-- {
		ev := d.events[i]
		if ev.sentences[0] >= si-2 && len(ev.parts) > 0 {
			return true
		}
		if ev.sentence < si-2 {
			break
		}
	}
	return false
}

// partyState: a U.S. legislator's party and state ("D-Ohio", "R-Texas").
func partyState(w string) bool {
	return len(w) > 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// demonym: a word shaped like a people's adjective ("African", "Sunni",
// "Somali", "Kurdish", "Congolese").
func demonym(w string) bool {
	if strings.ContainsAny(w, "-'") {
		return false // "Israeli-Palestinian", "anti-Japanese": two sides, or against one
	}
	for _, suf := range []string{"an", "ese", "ish", "i"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// capitalised: the word opens with a capital letter ("Sri", not "2,000").
func capitalised(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// peopleWord: a capitalised plural or a movement name that stands for a group
// of people ("Muslims", "Shi'ites", "Kurds", "Taleban").
func peopleWord(w string) bool {
	if w == "" {
		return false
	}
	// Every word is asked (addPeoples): it is lower-cased only when it
	// can be one of the names, all of which begin with f, h or t (no other
	// letter lower-cases to those three).
	switch w[0] {
	case 'f', 'F', 'h', 'H', 't', 'T':
		switch strings.ToLower(w) {
		case "taleban", "taliban", "hamas", "hezbollah", "fatah":
			return true
		}
	}
	n := len(w)
	return n > 3 && w[0] >= 'A' && w[0] <= 'Z' && w[n-1] == 's' && w[n-2] != 's' && changedByUpper(w)
}

// changedByUpper is strings.ToUpper(w) != w without building the upper case:
// true at the first rune that upper-casing changes.
func changedByUpper(w string) bool {
	for _, r := range w {
		if r == utf8.RuneError {
			return strings.ToUpper(w) != w // invalid UTF-8: ToUpper replaces it
		}
		if unicode.ToUpper(r) != r {
			return true
		}
	}
	return false
}

// placeNouns stand between a preposition and a place name: "in the city of X".
var placeNouns = map[string]bool{
	"city": true, "town": true, "village": true, "province": true, "region": true, "state": true,
	"capital": true, "district": true, "area": true, "port": true, "border": true, "island": true,
}

// actingCountry is the entity an event participant stands for. A city that
// acts ("Damascus agreed to allow ...", "Tel Aviv accused ...") is news
// shorthand for its country's government: when the story names that country,
// the country takes part. As a place an event reaches (a PATIENT: "visited
// troops in Mosul") the city stays. It returns -1 when the country already
// takes part in the same role, so it is not listed twice.
func actingCountry(d *doc, parts []part, p part) int {
	e := d.ents[p.ent]
	if p.role == patient || e.typ != extract.Location || e.country == "" || e.kb == e.country || !strings.HasPrefix(e.kb, e.country+"/") {
		return p.ent
	}
	for ci, c := range d.ents {
		if c.dropped || c.kb != e.country || c.subtype != extract.Country {
			continue
		}
		for _, q := range parts {
			if q.ent == ci && q.role == p.role {
				return -1
			}
		}
		return ci
	}
	return p.ent
}

// relativeDay: the day expression text is told relative to the story's day
// ("Wednesday", "yesterday", "last night"), not a calendar date ("June 30").
func relativeDay(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if dayWords[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), ".")] {
			return true
		}
	}
	return false
}

// dateBound: the date at words [at,end) is a bound on a span ("by April 22",
// "before mid-May", "after April 1", "through 1990", "until March 10", "by
// the end of 1988"), not the day of an event: a deadline, an expiry or a
// term. Dating the event of the clause with it would be wrong, and so would
// taking it as the story's day. A date modifying an event noun ("after
// Monday's meeting") dates that noun, and "postponed until March 10 its
// meeting" moves the meeting to that day: neither is a bound.
func dateBound(d *doc, ss, at, end int, evs []*event) bool {
	k := at - 1
	// "by the end of 1988", "by the close of business on March 30": the
	// bound word may stand a few words before the date
	for j := k; j >= ss && j >= at-6; j-- {
		if !boundFiller[d.lower[j]] {
			k = j
			break
		}
	}
	if k < ss {
		return false
	}
	switch d.lower[k] {
	case "by", "before", "after", "until", "till", "through", "thru":
	default:
		return false
	}
	for _, ev := range evs {
		if ev.nominal && ev.trigStart >= end && ev.trigStart <= end+2 {
			return false // "after Monday's meeting", "before the May 19 vote"
		}
	}
	for j := k - 1; j >= ss && j >= k-3; j-- {
		switch w := d.lower[j]; {
		case strings.HasPrefix(w, "postpone"), strings.HasPrefix(w, "delay"), strings.HasPrefix(w, "adjourn"), strings.HasPrefix(w, "defer"), strings.HasPrefix(w, "reschedul"), w == "put" || w == "off" || w == "moved" || w == "pushed":
			return false
		}
	}
	return true
}

// boundFiller: words between a bound word and its date ("by the end of
// 1988", "before the close of business on March 30").
var boundFiller = map[string]bool{"the": true, "end": true, "close": true, "of": true, "business": true, "on": true,
	"beginning": true, "start": true, "middle": true, "first": true, "second": true, "half": true}

// futureWords are the participles futureAt reads as telling of what is to come.
var futureWords = map[string]bool{"scheduled": true, "planned": true, "expected": true, "intended": true}

// premodifier: the date stands between a determiner and the event noun it
// names ("in the light of the February agreement"). Named by its month, it
// is a known event, read at the nearest occurrence whatever the clause
// around it says is to come; a scheduled one is named by its day ("plan to
// vote in the June first referendum").
func premodifier(d *doc, ss, at, end int, evs []*event) bool {
	if at-1 < ss {
		return false
	}
	switch d.lower[at-1] {
	case "the", "its", "their", "his", "her", "this", "that":
	default:
		return false
	}
	for _, ev := range evs {
		if ev.nominal && ev.trigStart == end {
			return true
		}
	}
	return false
}

// commaBetween: a comma stands among words [a, b).
func commaBetween(d *doc, a, b int) bool {
	for k := a; k < b; k++ {
		if d.lower[k] == "," {
			return true
		}
	}
	return false
}

// otherClause: the date at b belongs to a clause of its own, opened after
// the trigger ending at a: the verb nearest before the date comes after a
// clause opener that comes after the trigger ("its first discussions with
// creditors since it suspended payments last month", "Darman, who achieved
// agreements ..., will leave the Treasury on April 13", "an increase in the
// minimum wage, which has not been raised since 1981").
func (p *Pipeline) otherClause(d *doc, a, b int) bool {
	// "Talks between management and unions, aimed at ending the strike,
	// will resume this afternoon": a parenthesis right after the event noun,
	// closed before the date, leaves the date in the event's own clause
	// (the event noun's own words may come first: "talks between X and Y, aimed ...")
	for {
		c1 := -1
		for k := a; k < b && k < a+12; k++ {
			if d.lower[k] == "," {
				c1 = k
				break
			}
			if d.mentionAt[k] < 0 && d.lower[k] != "'s" && clauseVerb(p.cls(d, k), d.lower[k]) {
				break // (a possessive's "'s" is no verb: "Cargill U.K. Ltd's management")
			}
		}
		if c1 < 0 || c1+1 >= b || d.mentionAt[c1+1] >= 0 || p.cls(d, c1+1)&wPart == 0 {
			break // a parenthesis opens with a participle: ", aimed at ..."
		}
		c2 := -1
		for k := c1 + 1; k < b; k++ {
			if d.lower[k] == "," {
				c2 = k
				break
			}
		}
		if c2 < 0 {
			break
		}
		a = c2 + 1
	}
	v := -1
	for k := b - 1; k >= a; k-- {
		if d.mentionAt[k] >= 0 {
			continue
		}
		if c := p.cls(d, k); clauseVerb(c, d.lower[k]) {
			if k-1 >= a && d.lower[k-1] == "," && c&wPart != 0 && (commaBetween(d, k+1, b) || k-1 == a || futureWords[d.lower[k]]) {
				// a participle after a comma modifies what stands before
				// it: a parenthesis closed before the date ("the new
				// offensive, codenamed Karbala-7, on Tuesday night"), the
				// event noun itself ("the agreement, signed March 11",
				// "talks, scheduled for Thursday"); but "sentenced a
				// citizen, released last year from Guantanamo" dates the release
				continue
			}
			v = k
			break
		}
	}
	for k := a; k < v; k++ {
		switch d.lower[k] {
		case "since", "which", "who", "that", "because", "following", "after", "before", "while", ",", ";", "--":
			return true

		}
	}
	return false
}

// clauseVerb: a word of class c is the verb of a clause: a finite verb, a
// past form, an auxiliary or a participle not also a noun ("adding", "took",
// "was", "has"), not an adjective-only form or a noun.
func clauseVerb(c wclass, w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "'s":
		return true
	}
	if gapWords[w] {
		return false
	}
	switch {
	case c&(wNoun|wProper|wDet|wPrep|wNum) != 0:
		return false
	case c&(wPast|wPart) != 0:
		return true
	case c&wVerb != 0 && c&wAdj == 0:
		return true
	case c&wGerund != 0 && c&wAdj == 0:
		return true
	}
	return false
}

// saidWords: a date right after one is the day of a report ("said
// Monday that ...").
var saidWords = map[string]bool{"said": true, "says": true, "told": true, "announced": true, "reported": true}

// reportDay: the date at [at, end) is the day of a report: right before a
// verb of saying ("officials late Thursday said", "Costa Tuesday told"), or
// right after a statement noun ("A statement Sunday says", "in a statement
// issued Tuesday"). What the report tells of may be of any day before it.
func reportDay(d *doc, ss, at, end int) bool {
	se := d.sents[d.sentOf[at]].End
	if end < se && saidWords[d.lower[end]] {
		return true
	}
	k := at - 1
	if k >= ss && (d.lower[k] == "late" || d.lower[k] == "early" || d.lower[k] == "on") {
		k-- // "late Thursday", "on Tuesday"
	}
	if k >= ss && (d.lower[k] == "issued" || d.lower[k] == "released") {
		k--
	}
	return k >= ss && statementNouns[d.lower[k]]
}

// mediumEvent: the date at follows a message an announced event was made
// in ("issued the threat in a videotaped message that was broadcast
// Monday", "called for talks in a statement released Tuesday"): the
// message's day is the event's. It returns that event, else nil.
func mediumEvent(d *doc, ss, at int, evs []*event) *event {
	k := at - 1
	if k < ss || !releaseVerbs[d.lower[k]] {
		return nil
	}
	k--
	if k >= ss && (d.lower[k] == "was" || d.lower[k] == "were") {
		k--
	}
	if k >= ss && (d.lower[k] == "that" || d.lower[k] == "which") {
		k--
	}
	if k < ss || !mediumNouns[d.lower[k]] {
		return nil
	}
	for j := 0; j < 3 && k-1 >= ss; j++ {
		k--
		if w := d.lower[k]; w == "in" || w == "on" || w == "via" {
			for _, ev := range evs {
				if announcedTypes[ev.typ] && !ev.unreal && ev.trigEnd <= k && k-ev.trigEnd <= 4 {
					return ev
				}
			}
			return nil
		}
	}
	return nil
}

// releaseVerbs: how a message comes out on its day.
var releaseVerbs = map[string]bool{"broadcast": true, "aired": true, "released": true, "issued": true, "published": true, "posted": true, "televised": true}

// mediumNouns: messages an announced event is made in.
var mediumNouns = map[string]bool{"message": true, "statement": true, "video": true, "videotape": true, "tape": true, "audiotape": true,
	"recording": true, "letter": true, "communique": true, "broadcast": true, "speech": true, "address": true}

// statementNouns: things a report is made in, whose day is the report's.
var statementNouns = map[string]bool{"statement": true, "communique": true, "interview": true}

// nounModifier: the date at [at, end) stands between a determiner and a
// noun that tells no event ("the July 1 deadline", "a June 30 vote", "its
// 1987 budget"), whose date it is.
func (p *Pipeline) nounModifier(d *doc, ss, at, end int, evs []*event) bool {
	if at-1 < ss || end >= d.sents[d.sentOf[at]].End {
		return false
	}
	for k := at - 1; k > ss && k >= at-2 && d.mentionAt[k] < 0 && p.cls(d, k)&wAdj != 0 && p.cls(d, k)&(wDet|wVerb) == 0; k-- {
		at = k // "the original July 1 deadline"
	}
	switch d.lower[at-1] {
	case "the", "a", "an", "its", "their", "his", "her":
	default:
		return false
	}
	if (d.lower[at-1] == "a" || d.lower[at-1] == "an") && at-2 >= ss && (d.lower[at-2] == "in" || d.lower[at-2] == "at") {
		return false // "resigned in a March 10 letter": the event is done in it
	}
	for _, ev := range evs {
		if ev.trigStart >= end && ev.trigStart <= end+2 {
			return false // "the October 1 Bali bombings"
		}
	}
	if d.mentionAt[end] >= 0 {
		return false
	}
	c := p.cls(d, end)
	return c&wNoun != 0 && c&(wVerb|wPast|wPart|wPrep|wDet|wPunct) == 0
}
