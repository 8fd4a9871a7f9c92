package pipeline

// A death told with the bomb that caused it (eighteenth session, helper
// fp19). retypeKilledDeath reads bullets and fighting in a death's sentence
// as a killing; the Guideline makes every killing an ATTACK and keeps DEATH
// for deaths no one caused, and news tells bombings the same way: "an
// American soldier died when a roadside bomb hit his convoy", "also died on
// Monday, in a car bomb blast" (TUNE labels these an ATTACK, never a DEATH).
// A bomb named inside an attack noun ("died in a roadside bomb attack") is
// left to foldSentence, which folds the death into that attack.

// bombWords tell an explosive set off by someone.
var bombWords = map[string]bool{
	"bomb": true, "bombs": true, "bombing": true, "bombings": true, "bomber": true, "bombers": true,
	"roadside": true, "grenade": true, "grenades": true, "airstrike": true, "airstrikes": true,
	"car-bomb": true, "mortar": true, "mortars": true, "rocket": true, "rockets": true,
}

// bombCause: the sentence [ss, se) names a bomb that is no premodifier of an
// attack noun ("a roadside bomb hit", not "a roadside bomb attack").
func bombCause(d *doc, ss, se int) bool {
	for k := ss; k < se; k++ {
		if !bombWords[d.lower[k]] {
			continue
		}
		inAttack := false
		for j := k + 1; j < se && j <= k+2; j++ {
			if d.lower[j] == "attack" || d.lower[j] == "attacks" {
				inAttack = true
			}
		}
		if !inAttack {
			return true
		}
	}
	return false
}
