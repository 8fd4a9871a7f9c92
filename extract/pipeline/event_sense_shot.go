package pipeline

// "Shot" in its two commonest unviolent senses beside a film's
// (twenty-third session, helper newsfp5-24).
//
// A judged random sample of 150 BBC and Reuters events found ATTACKs read
// from "the Georgia Democrat shot back: ..." (a retort) and "had a greater
// shot at picking up traffic" (a chance). Neither fires a gun:
//   - "shot back" told before a quote, a colon, "that" or the sentence's end
//     is a reply ("police shot back at the gunmen" goes on to a target and
//     stays an attack);
//   - the noun "shot" after a word of chance or size ("a long shot", "a
//     better shot", "their best shot") or followed by "at" and a gerund ("a
//     shot at winning") is an attempt ("fired a shot at the soldiers"
//     stays).

// chanceShotWords make the noun "shot" a chance.
var chanceShotWords = map[string]bool{
	"long": true, "good": true, "better": true, "best": true, "greater": true, "great": true, "fair": true,
	"real": true, "decent": true, "big": true, "bigger": true, "last": true, "second": true,
}

// shotNotFired: the trigger "shot" at [t, e) is a retort or a chance (see above).
func shotNotFired(d *doc, t, e, ss, se int) bool {
	if d.lower[t] != "shot" || e != t+1 {
		return false
	}
	if e < se && d.lower[e] == "back" {
		if e+1 >= se {
			return true // "..., he shot back."
		}
		n := d.lower[e+1]
		return isQuoteMark(d.words[e+1]) || n == ":" || n == "," || n == "that" || n == "." || n == "saying"
	}
	if t-1 >= ss && chanceShotWords[d.lower[t-1]] {
		return true // "a long shot", "a greater shot at picking up traffic"
	}
	if t-1 >= ss && (d.lower[t-1] == "a" || d.lower[t-1] == "another" || d.lower[t-1] == "their" || d.lower[t-1] == "his" || d.lower[t-1] == "her" || d.lower[t-1] == "its") &&
		e+1 < se && d.lower[e] == "at" && len(d.lower[e+1]) > 4 && d.lower[e+1][len(d.lower[e+1])-3:] == "ing" {
		return true // "a shot at winning the title"
	}
	return false
}
