package pipeline

// A people's or movement's one-word adjective on an armed group's head
// ("Hutu rebels killed", "Tamil guerrillas attacked", "Maoist rebels blew up
// a railway line") names the group's people or movement as the side: the
// Guideline reads "Rwandan rebels" as Rwanda, and the labels read "Hutu"
// and "Maoist" the same way. participantOK takes a demonym so ("Kurdish
// rebels": the suffix test); an ethnic adjective with no demonym's suffix
// ("Hutu", "Tamil", "Pashtun") and a movement's ("Maoist") it did not, and
// the tagger leaves "Maoist" untagged. Faith adjectives stay out: the
// eighteenth session found "Shi'ite militiamen", "Muslim rebels" a loss
// (the labels take a faith as the actor only now and then). Twentieth
// session (part21).

// ethnicAdjectives: peoples whose adjective is no country's demonym and no
// faith (a subset of groupAdjectives).
var ethnicAdjectives = map[string]bool{
	"hutu": true, "tutsi": true, "pashtun": true, "tamil": true, "sinhalese": true,
	"uighur": true, "uyghur": true, "baluch": true, "hazara": true, "berber": true,
	"tuareg": true, "turkmen": true, "assyrian": true,
}

// movementAdjectives: political movements named by an adjective the tagger
// leaves untagged ("Naxalite" is India's word for its Maoists).
var movementAdjectives = map[string]bool{"maoist": true, "marxist": true, "naxalite": true}

// armedGroupHead: the common noun of an armed group a people's adjective
// stands on.
func armedGroupHead(w string) bool {
	return fighterNouns[w] || w == "militiamen" || w == "militias" || w == "gunmen" || w == "cadres"
}

// groupForceAdjective reports a one-word mention of an ethnic or movement
// adjective right before an armed group's head: "Hutu rebels", "Maoist
// guerrillas". Not "Tamil villages" (no armed head) nor "the Tamil rebel
// group" (groupDescription: a named group told of).
func groupForceAdjective(d *doc, m *mention) bool {
	if m.end-m.start != 1 || m.end >= len(d.lower) || d.mentionAt[m.end] >= 0 || !capitalised(d.words[m.start]) {
		return false
	}
	w := d.lower[m.start]
	return (ethnicAdjectives[w] || movementAdjectives[w]) && armedGroupHead(d.lower[m.end])
}

// addMovementAdjectives gives an untagged movement adjective on an armed
// group's head ("Maoist rebels", "suspected Marxist guerrillas") a MISC
// mention, so that groupForceAdjective can read it; the plural ("Maoists")
// is a people's word addPeoples already takes.
func (p *Pipeline) addMovementAdjectives(d *doc) {
	for i := 0; i+1 < len(d.words); i++ {
		if d.mentionAt[i] >= 0 || !movementAdjectives[d.lower[i]] || !capitalised(d.words[i]) || !armedGroupHead(d.lower[i+1]) {
			continue
		}
		p.addMention(d, i, i+1, "MISC")
	}
}
