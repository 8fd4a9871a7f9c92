package pipeline

import "strings"

// A movement told by its adjective on an armed plural (twentieth session,
// helper atk21): "Police said Maoist rebels attacked a police station",
// "Former Maoist rebels attacked vehicles". participantOK reads a one-word
// MISC adjective on a plural or force head as its people only when the word
// is shaped like a country's demonym ("Sudanese militias", "Somali
// pirates"); a movement's adjective is not so shaped, so the attack lost
// its side and was dropped. The insurgents of Nepal and India go by the
// adjective as their name, and the gold names them by it ("Maoist": 17
// TUNE events).
//
// Measured and left out: the faith and ethnic adjectives of groupAdjectives
// ("Hutu militias", "Tamil rebels", "Buddhist monks") on the same heads.
// Read as sides they gained two TUNE events and lost nine: faiths are
// seldom a side ("Buddhist monks" are imprisoned persons, not a people
// arrested), and in the Rwanda stories "Hutu" beside "Tutsi" merged the
// killings of both. Generic ideologies ("Islamist militants") stay out
// too: they tell a kind, not a group, and the gold names no side for them.

// movementAdjectives: adjectives of armed movements known by them as a
// group's name ("Naxalite" is India's word for its Maoists).
var movementAdjectives = map[string]bool{"maoist": true, "naxalite": true}

// groupSideWord reports a one-word adjective at k that names its movement
// on a head of armed men or people ("Maoist rebels", "Maoist cadres"); on
// other plurals it only describes ("chanted Maoist slogans", TUNE voa-0150).
func groupSideWord(d *doc, k int) bool {
	if !movementAdjectives[d.lower[k]] || k+1 >= len(d.lower) {
		return false
	}
	h := d.lower[k+1]
	if strings.HasSuffix(h, "s") {
		h = h[:len(h)-1]
	}
	return fighterNouns[d.lower[k+1]] || forceNouns[d.lower[k+1]] || ownForceNouns[d.lower[k+1]] || takenPeople[d.lower[k+1]] ||
		personNouns[h] || takenPeople[h] || h == "cadre" || h == "guerrilla" || h == "supporter" || h == "militia"
}
