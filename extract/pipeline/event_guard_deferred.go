package pipeline

// Events put off (thirteenth session).
//
// What a verb of postponing or cancelling takes as its object has not taken
// place: "Egyptian officials have postponed reconciliation talks scheduled
// next week", "the EU postponed membership talks with Croatia", "canceled a
// tour of Britain". The labellers tell the putting-off itself (a SANCTION
// when one side holds it back) and not the event put off. stoppedEvent
// leaves "suspended" and "halted" out ("halted talks" tell talks that took
// place); a postponed event never began. ("Called off" stays out too: it
// ends strikes and searches under way.) A putting-off that is itself only
// said or feared ("a mistake to postpone Iraqi elections", "may delay the
// elections") leaves the event as scheduled.

// deferVerbs put off an event that has not begun.
var deferVerbs = map[string]bool{
	"postpone": true, "postpones": true, "postponed": true, "postponing": true,
	"delay": true, "delays": true, "delayed": true, "delaying": true,
	"cancel": true, "cancels": true, "cancelled": true, "canceled": true, "cancelling": true, "canceling": true,
	"scrap": true, "scrapped": true, "scraps": true, "scrapping": true,
}

// callVerbs are the forms of "call": "call off" is made of them, and
// "called Tuesday for" asks (callOverTime).
var callVerbs = map[string]bool{"call": true, "calls": true, "called": true, "calling": true}

// deferredEvent: the noun trigger is the object of a verb of putting off
// ("postponed reconciliation talks", "canceled a planned visit"), with
// only determiners and modifiers between; not a participle modifier ("the
// postponed talks began"), nor a putting-off of something else ("delayed a
// vote on the talks").
func (p *Pipeline) deferredEvent(d *doc, ev *event, ss int) bool {
	if !ev.nominal {
		return false
	}
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-5; k-- {
		w := d.lower[k]
		if w == "off" && ev.typ == "VISIT" && k-1 >= ss && callVerbs[d.lower[k-1]] {
			k, w = k-1, "cancel" // "called off a trip to Japan": a visit called off never began (strikes and searches called off had)
		}
		if deferVerbs[w] {
			if k-1 < ss {
				return true
			}
			switch d.lower[k-1] {
			case "the", "a", "an", "to", "may", "might", "could", "would", "should", "will", "not":
				return false // a premodifier ("the postponed talks"), or a putting-off not asserted
			}
			return p.cls(d, k-1)&wDet == 0
		}
		if d.mentionAt[k] < 0 && p.cls(d, k)&(wDet|wAdj|wNoun|wNum) == 0 {
			return false
		}
	}
	return false
}
