package pipeline

// A threat made by captors no one names.
//
// A threat needs its maker (viable drops a THREATEN with no agent: "terrorist
// groups that threaten India" tells a danger, no threat made). Captors who
// threaten their hostages are a maker the story tells but cannot name:
// "their abductors threatened to kill the men unless China clarifies its
// role", "the kidnappers ... are threatening to kill her if their demands
// are not met", "Torsello's kidnappers had said they would kill him", "her
// captors who threatened to kill her". The Guideline labels these with the
// one threatened alone, so such a threat is kept when it names whom it
// threatens. (Nineteenth session, speech20.)

// captorNouns name hostage takers.
var captorNouns = map[string]bool{
	"kidnappers": true, "kidnapper": true, "abductors": true, "abductor": true,
	"captors": true, "captor": true, "hostage-takers": true, "hijackers": true,
}

// captorsThreat: a captor noun stands in the ten words before the THREATEN
// ev, in its sentence (from ss), with no clause break after it.
func captorsThreat(d *doc, ev *event, ss int) bool {
	if ev.typ != "THREATEN" {
		return false
	}
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-10; k-- {
		switch d.lower[k] {
		case ";", ":", "but", "while", "after", "before", "because":
			return false
		}
		if captorNouns[d.lower[k]] {
			return true
		}
	}
	return false
}
