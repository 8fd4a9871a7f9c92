package pipeline

// Parentheses between an event and its date (sixteenth session).
//
// otherClause passes over a parenthesis opened by a participle ("talks,
// aimed at ending the strike, will resume Friday"). Two more kinds close
// before the date and leave it in the event's clause: a list's part
// ("the killings of eight Afghans, including a child, by coalition forces
// in Kunar province on Thursday") and an apposition naming who a name is
// ("troops killed Ali Wali, a member of the Ansar al-Islam group, during a
// raid in Baghdad on Saturday").

// listOpeners open a parenthesis that picks out part of what stands
// before it.
var listOpeners = map[string]bool{
	"including": true, "among": true, "mostly": true, "mainly": true, "especially": true,
}

// parenthesisOpens: the comma at c opens a list's part (", including a
// child,") or an apposition to the name before it (", a member of ...,").
func parenthesisOpens(d *doc, c int) bool {
	if c+1 >= len(d.lower) {
		return false
	}
	w := d.lower[c+1]
	if listOpeners[w] {
		return true
	}
	if c-1 < 0 || d.mentionAt[c-1] < 0 || w != "a" && w != "an" && w != "the" || c+2 >= len(d.lower) || d.mentionAt[c+2] >= 0 {
		return false // (", the EC and Thailand,": a list of names, no apposition)
	}
	for k := c + 2; k < len(d.lower) && k < c+16; k++ {
		if d.lower[k] == "," {
			// (", a farmer, and his son": a list goes on after it)
			return k+1 < len(d.lower) && d.lower[k+1] != "and" && d.lower[k+1] != "or"
		}
	}
	return false
}
