package pipeline

// "Called" that names or convenes, not phones (twenty-third session, helper
// newsfp5-24).
//
// Of the 20 PHONE_CALLs in the baseline extraction of BBC and Reuters-21578,
// 15 are no phone call; a judged random sample of 150 events had two. The
// verb "called" gives most of them, in three constructions callsSomeone
// (event_triggers.go) does not see:
//   - the naming participle after an indefinite noun phrase: "formed a
//     joint venture called Screen Gems with Coca-Cola", "a musical based on
//     Zola's novel, called Thou Shalt Not", "a subsystem called the 5200
//     Optical Storage Facility" (a phone call's caller is its subject, not
//     "a venture");
//   - the passive of convening with an event noun as subject: "The strike
//     ... was called by the union and the association";
//   - naming with the predicate after a longer object: "called U.S./Japan
//     relations on certain key trade issues very strained", "called U.S.
//     and European Community export subsidies "just plain nonsensical"": an
//     intensifier or a quote mark before the clause's next verb.

// intensifiers open a predicative adjective: "very strained", "too high".
var intensifiers = map[string]bool{
	"very": true, "too": true, "so": true, "extremely": true, "highly": true, "deeply": true,
	"increasingly": true, "completely": true, "totally": true, "utterly": true, "absolutely": true,
	"quite": true, "rather": true, "just": true, "particularly": true, "especially": true,
}

// callNamesThing: the verb "called" at [t, e) in sentence [ss, se) names
// or convenes something rather than phoning someone (see above).
func (p *Pipeline) callNamesThing(d *doc, t, e, ss, se int) bool {
	if d.lower[t] != "called" || e != t+1 {
		return false
	}
	// the passive of convening: "The strike ... was called by"
	if t-1 >= ss && (d.lower[t-1] == "was" || d.lower[t-1] == "were" || d.lower[t-1] == "been") && e < se && d.lower[e] == "by" {
		for k := t - 2; k >= ss && k >= t-12; k-- {
			if d.mentionAt[k] < 0 && p.eventNoun(d, k, k+1) && p.cls(d, k)&wNoun != 0 {
				return true
			}
		}
	}
	// the naming participle after an indefinite noun phrase: "a joint
	// venture called", "a novel, called"
	k := t - 1
	if k >= ss && d.lower[k] == "," {
		k--
	}
	for n := 0; k >= ss && n < 4; n, k = n+1, k-1 {
		w := d.lower[k]
		if w == "a" || w == "an" {
			return n > 0
		}
		if d.mentionAt[k] >= 0 || p.cls(d, k)&(wNoun|wAdj) == 0 || p.cls(d, k)&(wVerb|wPrep|wPron) != 0 && p.cls(d, k)&wNoun == 0 {
			break
		}
	}
	// the predicate after a longer object: an intensifier or a quote mark
	// before the clause goes on
	// (a word that can be a noun, or that stands before one, goes on with
	// the object: "export subsidies")
	for k := e; k < se && k < e+14; k++ {
		w := d.lower[k]
		verb := d.mentionAt[k] < 0 && p.verbLike(d, k) && p.cls(d, k)&wNoun == 0 &&
			!(k+1 < se && d.mentionAt[k+1] < 0 && p.cls(d, k+1)&wNoun != 0)
		if w == "," || w == ";" || w == "to" || w == "and" && k+1 < se && d.mentionAt[k+1] < 0 && p.verbLike(d, k+1) || verb {
			break
		}
		if isQuoteMark(d.words[k]) || intensifiers[w] && k+1 < se && p.cls(d, k+1)&wAdj != 0 {
			return true
		}
	}
	return false
}
