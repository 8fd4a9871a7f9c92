package pipeline

import "strings"

// Events named with "any" or "no" (fifteenth session). An event noun whose
// phrase opens with "any" or "no" names a kind of event, not one that took
// place: "any U.S. attack on the Islamic republic would be a strategic
// mistake", "was unaware of any attack against Kuwaiti oil installations",
// "engage in any discussions concerning a business combination", "a lead
// for the ruling party in any general election", "denied any such
// agreement", "no talks are planned". The Guideline leaves out
// hypothetical, denied and generic events; read on TUNE (dev28's warning
// about a U.S. strike on Iran) and on Reuters and BBC (threats of
// retaliation against any attack, merger talks refused, polls).

const guardUnrealAnyNoun = "unreal:any-noun" // "any U.S. attack would be a mistake"

// anyNoun: the event noun's phrase opens with "any" or "no", with only
// modifiers and names between ("any Iranian attack", "any such agreement",
// "any further legal proceedings").
func (p *Pipeline) anyNoun(d *doc, ev *event, ss int) bool {
	if !ev.nominal && strings.HasSuffix(d.lower[ev.trigStart], "ed") {
		return false // a noun read as a verb ("any U.S. attack") is taken, a participle is not
	}
	for k := ev.trigStart - 1; k >= ss && k >= ev.trigStart-4; k-- {
		switch d.lower[k] {
		case "any", "no":
			return true
		case "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "'s":
			return false // "any of the talks", "no sign of the attack": the noun has its own determiner
		}
		if d.mentionAt[k] < 0 && (p.cls(d, k)&(wAdj|wNoun|wProper|wNum) == 0 || p.cls(d, k)&(wPrep|wVerb|wPast|wPron) != 0) {
			return false
		}
	}
	return false
}
