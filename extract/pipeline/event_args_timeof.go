package pipeline

// A time told between an act noun and its "of" (sixteenth session,
// atkpart17): "the kidnapping this week of an Iranian diplomat", "the
// killing last month of a Russian journalist", "the abduction on Friday of
// two German engineers". The "of" reader takes the phrase only right after
// the noun; news often puts the act's time first, and the one the act was
// done to after it.

// timeBeforeOf: the words from k to the "of" at o are a time only ("this
// week", "late Tuesday", "on Friday", "in 2005", "earlier this month").
func timeBeforeOf(d *doc, k, o int) bool {
	if o <= k || o-k > 3 || d.lower[o] != "of" {
		return false
	}
	named := false
	for j := k; j < o; j++ {
		w := d.lower[j]
		switch {
		case dayName(w) || monthName(w) || w == "week" || w == "month" || w == "year" || w == "weekend" || w == "night":
			named = true
		case len(w) == 4 && w[0] >= '1' && w[0] <= '2' && w[1] >= '0' && w[1] <= '9' && j > k && d.lower[j-1] == "in":
			named = true // "in 2005"
		case w == "this" || w == "last" || w == "earlier" || w == "late" || w == "early" || w == "on" || w == "in" || w == "overnight":
			named = named || w == "overnight"
		default:
			return false
		}
	}
	return named
}
