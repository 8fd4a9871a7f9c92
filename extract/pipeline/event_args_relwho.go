package pipeline

// The antecedent of "who" inside a prepositional phrase or an object
// (twenty-second session, nopartA23): "a ransom for an Italian engineer who
// was kidnapped", "repatriate 45 Liberian refugees who were arrested", "in
// exchange for an Italian journalist who was abducted". subject() reads the
// phrase before the verb, but a phrase after a preposition is no subject
// ("marched through London to protest"), so the relative clause's verb was
// left with no one named and the event dropped ("trigger found, dropped: no
// participant read"). "who" (unlike "which" or "that") takes the noun phrase
// right before it as its antecedent wherever that phrase stands, so the
// names on that phrase (the nationality on its head, a named person) fill the
// passive relative verb's subject, its patient. Only passive verbs: with
// active ones ("warlords who are plundering", "militants who have increased
// attacks") as many false events came back as right ones (TUNE +6/+6); with
// passive ones TUNE tp/fp 2632/1112 -> 2637/1113, six misses in six sets.

// whoAntecedent returns the names of the phrase ph that ends right before
// "who" at k+1, when ph stands after a preposition and names someone. An
// event noun ("the attack on X who") is no antecedent.
func (p *Pipeline) whoAntecedent(d *doc, ph np, k, ss int) []int {
	if k+1 >= len(d.lower) || d.lower[k+1] != "who" || ph.start > k || len(ph.ents) == 0 {
		return nil
	}
	if p.eventNoun(d, ph.start, k+1) {
		return nil
	}
	return ph.ents
}
