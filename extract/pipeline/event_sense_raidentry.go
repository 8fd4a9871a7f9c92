package pipeline

// Forces going in for a raid are no occupation (twenty-second session,
// helper typemix23, type confusions ATTACK vs OCCUPY). The gold reads
// "Ethiopian troops entered Somalia two years ago to help the government"
// and "since they entered Lebanon" as OCCUPY, but an entry told with the
// purpose or frame of a raid ("troops entered the West Bank city of
// Tulkarm in search of two wanted militants", "entered the Khan Younis
// camp in an operation the army says is aimed at ...", "have entered
// Congo on two occasions to attack Hutu extremists") has no OCCUPY in
// any TUNE set: the gold gives the raid (ATTACK) or nothing.

// raidFrame names a search, an operation or a raid.
var raidFrame = map[string]bool{
	"operation": true, "operations": true, "raid": true, "raids": true,
	"incursion": true, "incursions": true, "search": true, "searching": true,
	"hunt": true, "hunting": true, "manhunt": true,
}

// raidEntry: the sentence of the entry verb at i (ss..se) frames it as a
// raid: a raid word anywhere in it, or "to attack"/"to arrest" after it.
func raidEntry(d *doc, i, ss, se int) bool {
	if anyWord(d, raidFrame, ss, se) {
		return true
	}
	for k := i + 1; k+1 < se; k++ {
		if d.lower[k] != "to" {
			continue
		}
		if w := d.lower[k+1]; w == "attack" || w == "arrest" || w == "capture" || w == "raid" {
			return true
		}
	}
	return false
}

// entryVerb: the word is "enter" or "move" ("troops moved into Gaza").
func entryVerb(w string) bool {
	switch w {
	case "enter", "entered", "enters", "entering", "move", "moved", "moves", "moving":
		return true
	}
	return false
}
