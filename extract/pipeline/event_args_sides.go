package pipeline

// One side named twice in a two-sided event.
//
// An event told over several sentences gathers the names each sentence
// gives its sides: "Japan and the United States have signed an agreement
// ... Japanese Defense Minister Yoshinori Ono and U.S. Ambassador Howard
// Baker signed it". The country and the minister who holds a post of it
// are one side, not two. ownSide folds them when an event has exactly
// those two; sameSides when it has more, after the sentences' reports are
// joined.

// sameSides folds, in every kept two-sided event with three or more
// participants, the country or organization a participating person holds
// a post of into that person.
func sameSides(d *doc) {
	for _, ev := range d.events {
		if ev.dropped || !symmetric[ev.typ] || len(ev.parts) < 3 {
			continue
		}
		drop := map[int]bool{}
		for _, a := range ev.parts {
			for _, r := range d.roles {
				if r.person != a.ent || r.org < 0 || r.org == a.ent {
					continue
				}
				for _, b := range ev.parts {
					if b.ent == r.org {
						drop[b.ent] = true
					}
				}
			}
		}
		if len(drop) == 0 {
			continue
		}
		kept := ev.parts[:0:0]
		for _, pt := range ev.parts {
			if !drop[pt.ent] {
				kept = append(kept, pt)
			}
		}
		if len(kept) >= 2 {
			ev.parts = kept
		}
	}
}
