package pipeline

// A team's tour is no visit.
//
// "Tour" is the word of a sports team's series of away matches as much as
// of a leader's trip ("the last Lions tour of Australia", "fit in time for
// the tour to New Zealand"), and a sports story often names only one
// sport word near it (a coach, a match, rugby), fewer than sportsStory
// asks. So the noun "tour" (not "visit" or "trip", which a leader makes at
// a match as well) is read as no VISIT when a sport-only word stands
// within sportsReach sentences; any visit noun, like the verbs
// (sportsVerbs), when the story tells of games ("New Zealand's next visit
// to Wales ... drew 6-6 at Swansea"). (Fifteenth session, visit2_16: five
// sports tours read as visits on BBC, none in TUNE.)

// sportsTour: the visit noun at i is "tour" or "tours".
func sportsTour(d *doc, i int) bool {
	return d.lower[i] == "tour" || d.lower[i] == "tours"
}

// sportWordNear: a sport-only word stands within sportsReach sentences of si.
func (p *Pipeline) sportWordNear(d *doc, si int) bool {
	for j := max(0, si-sportsReach); j <= si+sportsReach && j < len(d.sents); j++ {
		if d.sportsOf(j, p.shapes.sports).nOnly > 0 {
			return true
		}
	}
	return false
}
