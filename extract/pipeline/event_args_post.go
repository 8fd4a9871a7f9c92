package pipeline

import "strings"

// postNouns are people named by a post they hold somewhere: a phrase after
// them ("ambassadors to Iraq", "envoy to the United Nations", "police in
// Basra") says where they serve, and the names before them say whose they
// are.
var postNouns = map[string]bool{
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "diplomat": true, "diplomats": true,
	"officials": true, "official": true, "representative": true, "representatives": true, "delegates": true,
	"delegation": true, "troops": true, "soldiers": true, "forces": true, "police": true, "commanders": true,
	"negotiators": true, "observers": true, "peacekeepers": true, "monitors": true, "inspectors": true,
}

// headBeforePost reads the subject of a verb whose phrase before it,
// starting at st, is the object of a preposition of place or post after a
// post noun ("U.S. and Iranian ambassadors to Iraq met"): the names of the
// phrase before the preposition, when it opens a clause. It returns nil
// when the phrase at st is no such object.
func (p *Pipeline) headBeforePost(d *doc, st, ss int) []int {
	pr := st - 1
	if pr-1 <= ss {
		return nil
	}
	switch d.lower[pr] {
	case "to", "in", "at", "from":
	default:
		return nil
	}
	if d.mentionAt[pr-1] >= 0 || !postNouns[strings.ToLower(d.lower[pr-1])] {
		return nil
	}
	q := p.npLeft(d, pr, ss)
	if q.start >= pr || len(q.ents) == 0 || afterPreposition(d, q.start, ss) {
		return nil
	}
	if !clauseStart(d, q.start, ss) {
		// (or a clause opened by a conjunction or a verb of saying:
		// "as U.S. and Iranian ambassadors to Iraq met", "say Iraqi police in Basra arrested")
		switch b := d.lower[q.start-1]; {
		case b == "as" || b == "while" || b == "when" || b == "after" || b == "that" || b == "and" || b == "but" || sayForms[b]:
		default:
			return nil
		}
	}
	return q.ents
}
