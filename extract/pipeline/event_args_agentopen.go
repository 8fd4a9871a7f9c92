package pipeline

// agentOpen: ev has no participant yet, or only the ones it asks,
// demands of or threatens (its PATIENTs), so that the maker of a verb
// joined by "and" may still fill its agent: "Reporters Without Borders
// has expressed shock over the murder, and called on President Hamid
// Karzai to act" reads Karzai from the verb's own object and the group
// from the first verb's subject. The object is no subject of its own
// verb, so reading it first never made the joined verb's maker another
// party's; before the twenty-first session (helper other22) the "and"
// readers passed over every event with a participant, and such an appeal
// kept its PATIENT alone (a miss "found with other participants" and a
// false event at once).
func agentOpen(ev *event) bool {
	for _, pt := range ev.parts {
		if pt.role != patient {
			return false
		}
	}
	return true
}
