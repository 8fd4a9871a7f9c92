package pipeline

// Court nouns (twenty-first session, court22): three readers ask whether a
// word names a court or one who decides in it, and each once kept its own
// list. They share courtHeads now, and each adds only the words its reading
// needs, so a word added for courts reaches all three:
//   - courtWords (answeredRequest, event_args_speechsides.go): a request
//     granted near one is a plea in court; adds "justice" and "panel" (the
//     subject of a grant, "Justice Smith granted", "a three-judge panel").
//   - courtSubjects (courtDecided, event_trig_court.go): the subject of a
//     decision verb; adds the plurals "justices", "magistrates" and the
//     deciders out of a courtroom, "jury", "arbitrator". No "justice": "the
//     Justice Ministry ruled" is no court.
//   - deciders (legalAppeal, event_sense_legalappeal.go): who decides an
//     appeal; adds "justice" (guarded by justiceOffices there), umpires and
//     referees (a sports appeal) and "arbitration".

// courtHeads name a court or its judge.
var courtHeads = []string{"court", "courts", "judge", "judges", "tribunal", "magistrate"}

// courtWords tell a court: a request it grants is a plea in court.
var courtWords = courtNouns("justice", "panel")

// courtSubjects are the heads of a court or its deciders.
var courtSubjects = courtNouns("justices", "magistrates", "jury", "arbitrator")

// deciders decide an appeal: a court, a judge, an umpire.
var deciders = courtNouns("justice", "umpire", "umpires", "referee", "referees", "arbitration")

// courtNouns is courtHeads with the words one reader adds.
func courtNouns(extra ...string) map[string]bool {
	set := make(map[string]bool, len(courtHeads)+len(extra))
	for _, w := range courtHeads {
		set[w] = true
	}
	for _, w := range extra {
		set[w] = true
	}
	return set
}
