package pipeline

// "Was able to": an infinitive whose act was done.
//
// purposeInfinitive reads an infinitive after most words as a purpose, a
// plan or an attempt ("sent troops to attack", "a decision to invade"),
// and keeps those after verbs that assert the act ("managed to", "began
// to"). "Able to" is one of those when it is told in the past and not
// denied: "Gambari was able to travel to Burma" says he travelled, while
// "will be able to travel", "would be able to" and "was not able to" do
// not. (Thirteenth session: the guard audit found unreal:args-infinitive
// losing such a trip.)

// pastAble: the word at g is "able", told in the past of "be" without a
// negation: "was able", "were able", "had been able", "has been able".
func pastAble(d *doc, g, ss int) bool {
	if d.lower[g] != "able" || g-1 < ss {
		return false
	}
	switch d.lower[g-1] {
	case "was", "were":
		return true
	case "been":
		if g-2 < ss {
			return false
		}
		switch d.lower[g-2] {
		case "has", "have", "had":
			return true
		}
	}
	return false
}
