package pipeline

// Jailed for a term or a crime: "has been jailed for more than five years
// for duping people", "three men who were jailed for murder and
// sabotage", "had previously been jailed and fined for his work". Putting
// someone in jail for a stated term, for an offence, or beside a fine is a
// court's sentence (SENTENCE), not an arrest; CAMEO codes "jail" and
// "imprison" 173 (ARREST) whatever follows. Added in the twelfth session
// (trig13).

var jailForms = map[string]bool{"jailed": true, "imprisoned": true, "jail": true, "jails": true, "imprison": true, "imprisons": true}

// termWords tell a span of time served.
var termWords = map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true, "days": true, "life": true, "decade": true, "decades": true,
}

// crimeNouns are offences a sentence is passed for.
var crimeNouns = map[string]bool{
	"murder": true, "murders": true, "fraud": true, "treason": true, "sabotage": true, "espionage": true, "spying": true,
	"corruption": true, "terrorism": true, "embezzlement": true, "bribery": true, "sedition": true, "manslaughter": true,
	"rape": true, "theft": true, "robbery": true, "smuggling": true, "kidnapping": true, "blasphemy": true, "contempt": true,
	"inciting": true, "insulting": true, "defamation": true, "libel": true, "tax": true, "drug": true, "drugs": true,
}

// jailTerm: the jail verb at i (its match ending at e) is followed, after
// at most three words of its object, by a term or an offence, or at once
// by a fine.
func jailTerm(d *doc, i, e, se int) bool {
	if !jailForms[d.lower[i]] || e >= se {
		return false
	}
	k := e
	if d.lower[k] == "and" && k+1 < se && (d.lower[k+1] == "fined" || d.lower[k+1] == "sentenced") {
		return true // "jailed and fined"
	}
	for n := 0; n < 3 && k < se && d.lower[k] != "for"; n++ {
		if d.lower[k] == "," || d.lower[k] == "and" || d.lower[k] == "after" || d.lower[k] == "by" {
			return false
		}
		k++ // "jails blogger for 14 years": the one jailed between
	}
	if k >= se || d.lower[k] != "for" {
		return false
	}
	for j := k + 1; j < se && j <= k+5; j++ {
		w := d.lower[j]
		if termWords[w] || j == k+1 && crimeNouns[w] {
			return true
		}
		if w == "," || w == ";" || w == "for" || w == "by" || w == "after" {
			return false
		}
	}
	return false
}
