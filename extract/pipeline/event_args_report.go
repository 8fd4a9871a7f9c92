package pipeline

// reportVerb: a verb that reports its subject's own deed when a pronoun
// follows it ("The U.S. military reports it has captured two al-Qaida
// leaders", "The army confirmed it had killed"). The pronoun is the
// reporter itself; the short list it replaces (twelfth session) lacked the
// present "reports" and the verbs of owning up.
// "saying" is left out: a participle's subject stands before the main verb
// ("McCain spoke to reporters, saying he urged"), which subject() does not
// reach, and the pronoun's own reading finds it.
func reportVerb(w string) bool {
	if sayForms[w] && w != "saying" {
		return true
	}
	switch w {
	case "confirmed", "confirms", "acknowledged", "acknowledges", "admitted", "admits", "insists":
		return true
	}
	return false
}
