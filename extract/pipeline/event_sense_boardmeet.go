package pipeline

// A body's own board or shareholders meeting among themselves is no MEET
// (twenty-second session, newsfp4-23). sense:company-meeting
// (event_sense_business.go) reads only "annual/special/board meeting" in a
// sentence with a company word; BBC/Reuters still gave ~25 MEETs of a
// board or of shareholders deciding: "the IPCL board met in Mumbai to
// discuss", "American Motors directors met for five hours", "VW's
// supervisory board will meet tomorrow", "its shareholders approved the
// merger at a meeting held on", "the board decided at a meeting on Friday".
// No two parties meet: it is how one body decides. The general test: the
// meeters are a board, its directors or shareholders, and the trigger names
// no one else met ("meet Secretary of State Shultz", "met with the
// dissident group", "a meeting with officials" are kept), "board" is not
// a title or a group of members ("Board Chairman Paul Volcker", "Bank
// Board members met", "board of governors": member states), and a board
// is a company's: a company word in the sentence, or directors or
// shareholders (VOA gold keeps "the IAEA board meets in Vienna" and a
// sports federation's board "during a meeting" as MEETs, so a board of
// no company is kept).

const guardBoardMeeting = "sense:board-meeting" // "the company's board met to discuss the offer"

// boardNouns: the bodies a company or an organization decides by.
var boardNouns = map[string]bool{
	"board": true, "directors": true, "shareholders": true, "shareholder": true,
	"stockholders": true, "stockholder": true,
}

// companySigns: words of company business beside companyWords
// (event_sense_business.go), which make a board a company's.
var companySigns = map[string]bool{
	"merger": true, "takeover": true, "buyout": true, "payout": true, "tender": true,
	"supervisory": true, "recapitalization": true, "corp.": true, "inc.": true, "co.": true,
}

// companySentence: the sentence tells of a company's business.
func companySentence(d *doc, ss, se int) bool {
	for k := ss; k < se; k++ {
		if companyWords[d.lower[k]] || companySigns[d.lower[k]] {
			return true
		}
	}
	return false
}

// boardGap: the words that may stand between the board and its verb
// ("board of directors will meet", "board was still meeting", "is
// scheduled to meet").
var boardGap = map[string]bool{
	"will": true, "would": true, "was": true, "is": true, "are": true, "were": true, "still": true,
	"to": true, "scheduled": true, "due": true, "of": true, "directors": true, "has": true, "have": true,
	"had": true, "also": true, "again": true, "supervisory": true, "executive": true, "management": true,
}

// meetObjects after the verb name someone met.
var meetObjects = map[string]bool{
	"with": true, "the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"reporters": true, "officials": true, "representatives": true, "members": true, "leaders": true,
}

// boardHead: a board noun at k that is the body itself, not a title or a
// group of its members.
func boardHead(d *doc, k, ss, se int) bool {
	if !boardNouns[d.lower[k]] || d.lower[k] == "board" && !companySentence(d, ss, se) {
		return false
	}
	if k+1 < se {
		switch d.lower[k+1] {
		case "members", "member", "chairman", "chairwoman", "president", "official", "officials", "representatives", "seat", "seats":
			return false
		case "of":
			return !(k+2 < se && d.lower[k+2] == "governors")
		}
		if w := d.words[k+1]; w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			return false // "Board Chairman Paul Volcker"
		}
	}
	return true
}

// boardMeeting: a MEET ("met", "meet", "meeting") whose meeters are a
// board, directors or shareholders and whose trigger names no one met.
func boardMeeting(d *doc, ev *event, ss, se int) bool {
	if ev.typ != "MEET" || ev.trigStart < ss || ev.trigEnd > se {
		return false
	}
	w := d.lower[ev.trigStart]
	switch w {
	case "meet", "meets", "met", "meeting", "meetings":
	default:
		return false
	}
	// someone named with whom, or the meeting's other side: kept
	for k := ev.trigEnd; k < se && k < ev.trigEnd+4; k++ {
		if d.lower[k] == "with" || d.lower[k] == "between" {
			return false
		}
	}
	if (w == "meeting" || w == "meetings") && ev.nominal {
		if ev.trigEnd < se && d.lower[ev.trigEnd] == "of" {
			// "a meeting of its board": only the body's own board
			for k := ev.trigEnd + 1; k < se && k <= ev.trigEnd+4; k++ {
				if boardHead(d, k, ss, se) {
					return true
				}
			}
			return false
		}
		for k := ss; k < se; k++ {
			if boardHead(d, k, ss, se) {
				return true
			}
		}
		return false
	}
	// the verb: its subject is the board, only auxiliaries or the company's
	// name between, no object after
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-7; k-- {
		if boardHead(d, k, ss, se) {
			if ev.trigEnd < se && meetObjects[d.lower[ev.trigEnd]] {
				return false
			}
			if ev.trigEnd < se {
				if nw := d.words[ev.trigEnd]; nw != "" && nw[0] >= 'A' && nw[0] <= 'Z' && !weekdayOrMonth(d.lower[ev.trigEnd]) {
					return false // "meet Secretary of State George Shultz"
				}
			}
			return true
		}
		if uw := d.words[k]; uw != "" && uw[0] >= 'A' && uw[0] <= 'Z' && k > ss && d.lower[k-1] != "," {
			continue // the company's name: "Directors of Brandt Inc will meet"
		}
		if !boardGap[d.lower[k]] && d.lower[k] != "'s" {
			return false
		}
	}
	return false
}

// weekdayOrMonth: a day or month after "meet" tells when, not whom.
func weekdayOrMonth(w string) bool {
	return weekdayName(w) || monthName(w) || monthAbbrev[w]
}
