package pipeline

// A setting is no wish (twenty-first session, helper fold22).
//
// "Crown Prince Abdullah delivered the warning Thursday during a meeting in
// Riyadh with President Assad", "the idea was first proposed last year during
// a meeting in Cuba between ...": a noun that "during", "amid" or "at" governs
// tells when or where the act before it was done, so it is not what a wish,
// an offer or a demand before it asks for. The readers of asked-for and
// wished-for events (askedBy, wishedNoun) looked only at the words between
// the cue and the noun and read such meetings as unreal. (Guard audit on
// TUNE: unreal:asked and unreal:wished lost them in dev50 and dev22; "called
// for help during a battle with insurgents" was removed the same way.)

// settingPreps open a phrase of time that an act is set in. "At" opens
// one only before a meeting (settingObject's caller says): "hints at legal
// action against Citicorp" is what is hinted, "at the request of the SEC"
// a request with its own reading.
var settingPreps = map[string]bool{"during": true, "amid": true}

// settingModifiers may stand between the preposition and its noun: an
// article, a possessive pronoun, a day or a few adjectives the noun
// trigger's phrase carries.
func settingModifier(d *doc, i int) bool {
	switch d.lower[i] {
	case ",", ";", ":", "to", "for", "that", "which", "who", "and", "or", "but", "of", "on", "in", "with", "by":
		return false
	}
	return true
}

// settingObject: the noun trigger at t is the object of a setting
// preposition standing after the cue word at k (k < t; "at" only when the
// noun is a meeting: "at a meeting on Friday"), with at most three
// modifiers between: "during a meeting", "at the emergency meeting", "amid
// his visit".
func settingObject(d *doc, k, t int, meeting bool) bool {
	for j := t - 1; j > k && j >= t-4; j-- {
		if settingPreps[d.lower[j]] || d.lower[j] == "at" && meeting {
			return true
		}
		if !settingModifier(d, j) {
			return false
		}
	}
	return false
}

// settingMeetings are the meeting nouns "at" may govern as a setting.
var settingMeetings = map[string]bool{
	"meeting": true, "meetings": true, "summit": true, "conference": true, "session": true, "forum": true, "talks": true,
}
