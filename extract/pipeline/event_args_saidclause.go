package pipeline

import "strings"

// The speaker is no subject of a participle inside what it reports
// (twenty-third session, helper extra24). mainSubject gives a participle
// clause ("..., killing six guards", "..., injuring six people") the
// subject of the clause it follows. When that clause is the complement of
// a say verb and its own subject is unnamed ("Iraqi officials say
// insurgents ambushed a convoy in Baghdad, killing six guards", "Russian
// police confirm that a bomb exploded in a restaurant, injuring six
// people"), the search walked on past the reported clause's verb to the
// say verb and took the speaker: the speaker's state became the attacker
// of the attack it reports. English grammar attaches the participle to the
// nearest clause, the reported one, whose doer is unnamed, so the
// participle gets no subject there. Measured (twenty-third session): on
// TUNE five false events in five stories of five sets lose the speaker's
// state (four of them gone, fp 1177 -> 1173, no right event lost), CHECK
// unchanged, BBC unchanged, Reuters three events removed, all three wrong
// (a threat read from "..., endangering" after a report). Widened to a
// gerund after a subordinator ("... said the troops waited until the rebels
// entered the camp before attacking", "... before setting fire to"): TUNE
// fp 1173 -> 1169 (four stories of four sets), CHECK and BBC unchanged,
// Reuters the same three. A pronoun
// subject of the reported clause ("Iraqi police say they raided the town,
// arresting ...") is read before the say verb is reached (pronoun), so
// the speaker still acts there; the search does not always resolve it
// ("a Hamas official said he would participate in cease-fire talks",
// "Fujimori has told authorities he is trying to ... run in next April's
// election"), so a reported clause opening with a personal pronoun keeps
// the speaker.

// reportedClauseBefore: t opens a participle clause ("..., killing"), and
// between the say verb at k and t stands a verb or auxiliary of the
// reported clause: the participle follows that clause.
func (p *Pipeline) reportedClauseBefore(d *doc, k, t, ss int) bool {
	if t >= len(d.lower) || !participleClause(d, t, ss) && !gerundAfterSubordinator(d, t, ss) {
		// only a participle clause: a noun after a report ("Howard said
		// another issue he would raise during a visit to Japan", "Stoltenberg
		// said ... will be discussed at next week's meeting") is as often the
		// speaker's own meeting or trip. Tried for every trigger: TUNE +8 and
		// CHECK +2 more, but on Reuters 52 events removed and 19 added, of 16
		// judged about half wrong (the speaker's own talks and visits)
		return false
	}
	for j := k + 1; j < t && j < len(d.lower) && j <= k+7; j++ {
		// the speaker itself as the reported clause's subject, after the
		// hearers of "told" too: "a Hamas official said he would
		// participate in talks", "told a news conference here he ... by
		// calling for", "said: \"We ..."
		switch d.lower[j] {
		case "he", "she", "they", "it", "we", "i":
			return false
		}
		if d.mentionAt[j] < 0 && (p.finiteLike(d, j) || isBe(d.lower[j])) {
			break // the reported clause's verb: its subject stands before it
		}
	}
	for j := k + 1; j < t && j < len(d.lower); j++ {
		if d.mentionAt[j] >= 0 {
			continue
		}
		switch d.lower[j] {
		case "have", "has", "had", "will", "would", "was", "were", "is", "are":
			return true
		}
		if p.finiteLike(d, j) {
			return true
		}
	}
	return false
}

// gerundAfterSubordinator: the -ing verb at t follows a subordinator or a
// preposition of manner ("before setting fire to", "by detonating"): like a
// participle clause, it takes the subject of the clause it hangs on.
func gerundAfterSubordinator(d *doc, t, ss int) bool {
	if t-1 <= ss || !strings.HasSuffix(d.lower[t], "ing") || d.mentionAt[t] >= 0 {
		return false
	}
	switch d.lower[t-1] {
	case "before", "after", "while", "by", "when", "since", "without":
		return true
	}
	return false
}
