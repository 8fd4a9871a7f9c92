package pipeline

// conditionalWarning: what is warned of is the warner's own act made to
// depend on the other side's, the shape of a threat whatever the verbs:
// "warned he may delay the elections if Israel blocks voting", "have warned
// that they will curtail funding unless the group renounces violence"; or
// the other side is told to act or bear the consequence: "warned foreign
// militants to leave or be killed". A forecast ("warned the economy could
// slow if rates rise") has no pronoun of the warner before its modal.
func conditionalWarning(d *doc, k, se int) bool {
	own, told := false, false
	for j := k; j < se && j < k+25; j++ {
		switch w := d.lower[j]; w {
		case "will", "would", "may", "might", "could", "'ll":
			if j > k {
				switch d.lower[j-1] {
				case "it", "they", "we", "he", "she":
					own = true
				}
			}
		case "to":
			if j+1 < se && d.mentionAt[j+1] < 0 && !told {
				told = true
			}
		case "unless", "if":
			if own {
				return true
			}
		case "or":
			if told && j+1 < se {
				switch d.lower[j+1] {
				case "be", "face", "else", "risk":
					return true
				}
			}
		case ";":
			return false
		}
	}
	return false
}
