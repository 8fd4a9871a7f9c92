package pipeline

// Requests that ask no party to act.
//
// Two formulas of news use "request" for something that is no appeal of
// one named party to another (the Guideline's APPEAL: "urged X to",
// "called on X to", "appealed for"):
//   - a request for comment is the reporter's own question: "Mahee
//     Worldwide Ventures has not responded to requests for comment", "a
//     spokesman did not return requests for comment", whose named company
//     is the one asked, and nothing happened between the story's parties;
//   - an asylum request is an application to an authority under its law,
//     like "sought asylum" (event_trig_speech.go): "Colombia has rejected
//     asylum requests by former Venezuelan officers", "his request for
//     political asylum"; its ruling, when told, is the event.
// Both were false APPEALs on TUNE (voa-1412, voa-1491; no gold event of the
// type in their sentences). (Sixteenth session, appeal17.)

import "github.com/newsgraph/newsgraph/extract/cameo"

// requestTopics follow "request(s) for" or premodify "request(s)" when the
// request asks no party to act.
var requestTopics = map[string]bool{
	"comment": true, "comments": true, "asylum": true, "refugee": true,
}

// formulaRequest: the trigger m is the noun "request" in a request for
// comment or for asylum.
func formulaRequest(d *doc, m *cameo.Match, ss, se int) bool {
	if m.Lemma != "request" {
		return false
	}
	t := m.Start
	switch d.lower[t] {
	case "request", "requests":
	default:
		return false
	}
	if t-1 >= ss && requestTopics[d.lower[t-1]] {
		return true // "asylum requests"
	}
	k := t + 1
	if k < se && d.lower[k] == "for" {
		k++
		if k < se && d.lower[k] == "political" {
			k++ // "request for political asylum"
		}
		return k < se && requestTopics[d.lower[k]]
	}
	return false
}
