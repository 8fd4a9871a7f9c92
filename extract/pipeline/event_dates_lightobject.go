package pipeline

// A date after the object noun of a verb of the same event (twenty-first
// session, helper dates22).
//
// "Crown Prince Abdullah delivered the warning Thursday", "issued the
// threat Monday": the verb and its object noun tell one act, and the date
// after the noun is the act's. The noun is read as an event of its own
// that the reader takes for unreal (a warning told as a thing, not done by
// a named side), so it takes the date right after it and is then left out
// with it, while the verb, the real event, keeps none. objectVerbOf finds
// the verb whose object the unreal noun is (nounObjectOf: only
// determiners and adjectives between, the same type), so that the date
// goes on to it. A noun read as real is folded into its verb with its
// date already (foldSentence); a noun with no verb of its type before it
// ("the warning Thursday" after "said") is left alone.

// objectVerbOf: the undated real verb event of evs whose object is the
// unreal event noun n, or nil.
func (p *Pipeline) objectVerbOf(d *doc, evs []*event, n *event) *event {
	if !n.unreal || !n.nominal {
		return nil
	}
	for _, v := range evs {
		if v != n && !v.unreal && !v.nominal && v.typ == n.typ && v.date == "" && p.nounObjectOf(d, v, n) {
			return v
		}
	}
	return nil
}
