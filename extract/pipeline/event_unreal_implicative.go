package pipeline

// Implicative causatives (twenty-first session, helper fold22).
//
// purposeInfinitive reads an infinitive as a purpose or a plan unless its
// governor asserts the act ("managed to", "began to", "was able to"). Verbs
// of making someone act are implicative in the same way when told in the
// past and not denied: "The allegations led former finance minister David
// Mwiraria to resign last month", "Syria was forced to withdraw its troops",
// "fighting has forced residents to flee": the resignation, the withdrawal and
// the flight happened. Not "could be forced to resign", "would have forced
// RCTV to stop", "is being forced to suspend", "did not force him to": a
// modal, a progressive or a negation leaves the act untold. (Guard audit on
// TUNE: unreal:args-infinitive lost "led ... to resign"; fold21 left it undone.)

// causeVerbs make someone do what the infinitive after their object says.
// ("pressured", "urged", "persuaded" are left out: one pressed may refuse.)
var causeVerbs = map[string]bool{
	"forced": true, "compelled": true, "obliged": true, "led": true, "prompted": true, "caused": true,
}

// untoldBefore are words right before a past verb that leave its act untold:
// a modal, an infinitive marker, a negation, a progressive "being".
var untoldBefore = map[string]bool{
	"would": true, "could": true, "might": true, "may": true, "will": true, "should": true, "can": true,
	"must": true, "to": true, "not": true, "never": true, "being": true, "if": true,
}

// pastCause: the infinitive's governor at g (the word before "to") is a
// cause verb told as done: a passive "was forced", "has been compelled", or
// an active "led X to", "has forced residents to" with an object of at most
// six words between.
func pastCause(d *doc, g, ss int) bool {
	if causeVerbs[d.lower[g]] && g-1 >= ss {
		// the passive: "was forced to", "were compelled to", "has been forced to"
		switch d.lower[g-1] {
		case "was", "were":
			return g-2 < ss || !untoldBefore[d.lower[g-2]]
		case "been":
			return g-2 >= ss && (d.lower[g-2] == "has" || d.lower[g-2] == "have" || d.lower[g-2] == "had") && (g-3 < ss || !untoldBefore[d.lower[g-3]])
		}
	}
	for k := g - 1; k >= ss && k >= g-6; k-- {
		w := d.lower[k]
		switch w {
		case ",", ";", ":", "that", "which", "who", "when", "and", "but", "to", "for", "as", "if":
			return false // the object phrase ends: the verb is no cause of this infinitive
		}
		if !causeVerbs[w] || d.mentionAt[k] >= 0 {
			continue
		}
		if k-1 < ss {
			return true
		}
		prev := d.lower[k-1]
		if prev == "has" || prev == "have" || prev == "had" {
			return k-2 < ss || !untoldBefore[d.lower[k-2]]
		}
		return !untoldBefore[prev] && !isBe(prev) && prev != "-"
	}
	return false
}

// passiveCauseGap: the word at i is "forced", "compelled" or "obliged" right
// before "to", as in "Syria was forced to withdraw": the subject of "was" is
// the one who acts, so the subject reader steps over it like "able" in
// "was able to".
func passiveCauseGap(d *doc, i int) bool {
	switch d.lower[i] {
	case "forced", "compelled", "obliged":
		return i+1 < len(d.lower) && d.lower[i+1] == "to" && i > 0 && (isBe(d.lower[i-1]) || d.lower[i-1] == "been")
	}
	return false
}
