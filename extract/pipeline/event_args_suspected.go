package pipeline

// A phrase opened by an attributive participle (nineteenth session, helper
// atk20): "troops attacked suspected al-Qaida hideouts", "an aircraft fired
// missiles at suspected Hamas militants", "police arrested alleged members
// of the gang". npRight takes a participle after a determiner or a number
// as an adjective ("a suspected terrorist", "18 suspected militants"); with
// neither before it the participle opened no phrase, so the group named
// after it was lost (the event kept its AGENT only, or was dropped).
// These participles are adjectives in that place: news uses them for a
// charge not yet proven, never as the verb of a clause that starts right
// after another verb or a preposition. "wanted" and "accused" are left
// out: they head clauses there ("wanted militants to leave", "accused
// Israel of").

// openingParticiples stand before a noun as a hedge on what it names.
var openingParticiples = map[string]bool{
	"suspected": true, "alleged": true, "presumed": true, "purported": true, "reputed": true, "so-called": true,
}

// openingParticiple: token k is such a participle and a noun, an adjective
// or a name follows it.
func openingParticiple(d *doc, k, se int) bool {
	return openingParticiples[d.lower[k]] && d.mentionAt[k] < 0 && k+1 < se &&
		(d.mentionAt[k+1] >= 0 || isLowerWord(d.words[k+1]) && !sayForms[d.lower[k+1]] && d.lower[k+1] != "of" && d.lower[k+1] != "by" && d.lower[k+1] != "that")
}
