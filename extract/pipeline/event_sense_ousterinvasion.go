package pipeline

// An invasion told as what ousted a government (twenty-second session,
// helper typemix23, type confusions ATTACK vs OCCUPY): "since a U.S.-led
// invasion ousted the Taliban government in 2001", "the Taleban, which was
// ousted by a U.S.-led invasion". The gold of dev7, dev34 and dev40 reads
// each as one ATTACK at "ousted" (the ousted government its PATIENT) and
// none as OCCUPY, while the bare background "since the 2003 invasion of
// Iraq" stays OCCUPY in the gold; so only the invasion that ousts is
// dropped, leaving the ouster's ATTACK.

// ousterWords: verbs of removing a government from power.
var ousterWords = map[string]bool{
	"ousted": true, "ousting": true, "toppled": true, "toppling": true,
	"overthrew": true, "overthrown": true, "deposed": true,
}

// invasionOusts: the noun "invasion" at i..j (sentence ss..se) is the
// subject of an ouster verb ("invasion ousted") or its "by" agent
// ("ousted by a U.S.-led invasion").
func invasionOusts(d *doc, i, j, ss, se int) bool {
	if j < se && ousterWords[d.lower[j]] {
		return true
	}
	for k := i - 1; k >= ss && k >= i-5; k-- {
		if d.lower[k] == "by" {
			return k > ss && ousterWords[d.lower[k-1]]
		}
	}
	return false
}
