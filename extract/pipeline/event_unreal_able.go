package pipeline

// "Was able to": an infinitive whose act was done.
//
// purposeInfinitive reads an infinitive after most words as a purpose, a
// plan or an attempt ("sent troops to attack", "a decision to invade"),
// and keeps those after verbs that assert the act ("managed to", "began
// to"). "Able to" is one of those when it is told in the past and not
// denied: "Gambari was able to travel to Burma" says he travelled, while
// "will be able to travel", "would be able to", "has been able to" and
// "was not able to" do not. (Thirteenth session: the guard audit found unreal:args-infinitive
// losing such a trip.)

// pastAble: the word at g is "able", told in the simple past of "be"
// without a negation: "was able", "were able". (Not "has been able to
// appeal": a right he holds, not an appeal made.)
func pastAble(d *doc, g, ss int) bool {
	return d.lower[g] == "able" && g-1 >= ss && (d.lower[g-1] == "was" || d.lower[g-1] == "were")
}
