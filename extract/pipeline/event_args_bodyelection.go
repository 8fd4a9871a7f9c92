package pipeline

// Elections whose country is told by one of its own bodies.
//
// An election noun every other reader left without participants, in a
// sentence that names the country's own government, parliament, party,
// court or electoral commission by that country ("Congo's electoral
// commission has requested a delay in national elections", "the Haitian
// government ... to prepare for elections later this year", "Israel's Labor
// party has voted to quit the ruling coalition, paving the way for early
// national elections"), is that country's vote: a state's own bodies hold,
// call, delay or fight over its elections, not another state's. The
// Guideline names an election by the country that votes when no candidate
// is told. electionCountries and storyElections read the country only when
// the story keeps no election with contestants or is about one country;
// the body's possessor tells it in the sentence itself.
//
// Not in a story that tells its elections by their contestants
// (toldByContestants, namesContestant: "the opposition candidate seemed
// poised to win ... presidential elections" with the candidates named
// elsewhere), nor when someone runs in it ("its members, running in elections as
// independents, hold seats in Egypt's parliament": a habit, and the
// runner is its participant), nor when the sentence names a person (the labels name who ran or won,
// "confirmed Mr. Kabila as Congo's president") or a second country (a
// foreign observer), nor for a survey "poll", a mock vote or "the last /
// previous election" (another vote than the story's).
//
// Twenty-first session (helper elect22).

// stateBodyNouns are a state's own bodies, told by the state's name or
// people's adjective before them.
var stateBodyNouns = map[string]bool{
	"government": true, "parliament": true, "commission": true, "court": true, "party": true,
	"congress": true, "legislature": true, "cabinet": true, "coalition": true, "assembly": true,
	"voters": true, "electorate": true, "lawmakers": true, "legislators": true,
}

// bodyElections gives each kept election still without participants the
// country whose own body its sentence names.
func bodyElections(d *doc) {
	if toldByContestants(d) || namesContestant(d) {
		return // the labels name its elections by who ran in them (storyElections)
	}
	for i, ev := range d.events {
		if ev.typ != "ELECTION" || ev.dropped || ev.unreal || !ev.nominal || len(ev.parts) > 0 || notAVote(d, ev) || previousVote(d, ev) || runningIn(d, ev) {
			continue
		}
		s := d.sents[ev.sentence]
		if namesPerson(d, s.Start, s.End) {
			continue
		}
		c := soleState(d, s.Start, s.End)
		if c < 0 || !namesOwnBody(d, s.Start, s.End, c) {
			continue
		}
		ev.addPart(c, participant)
		d.joinRepeated(ev, i)
	}
}

// namesOwnBody: tokens [from, to) tell a body of country c by c's name or
// people's adjective, a possessive and up to two modifiers between
// ("Congo's electoral commission", "the Haitian government", "Ukraine's
// Supreme Court").
func namesOwnBody(d *doc, from, to, c int) bool {
	for mi, m := range d.mentionsIn(from, to) {
		if countryOf(d, mi) != c {
			continue
		}
		k := m.end
		if k < to && (d.lower[k] == "'s" || d.lower[k] == "’s") {
			k++
		}
		for n := 0; k < to && n < 3; k, n = k+1, n+1 {
			if stateBodyNouns[d.lower[k]] {
				return true
			}
			if d.mentionAt[k] >= 0 && d.mentionAt[k] != mi && countryOf(d, d.mentionAt[k]) >= 0 {
				break
			}
		}
	}
	return false
}
