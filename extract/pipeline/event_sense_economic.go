package pipeline

import "strings"

// Markets and trade (fourteenth session). Business copy uses the words of
// violence for prices, trade and jobs: "a farm subsidy war between the
// United States and the EC", "Canada slapped a duty on U.S. corn", "the
// dollar ... defeating new attempts by the Bank of Japan", "the UAW struck at
// three GM factories", "Kodak, which has been cutting down its staff". None
// is an attack of the Guideline. A sentence that tells of money, trade or
// jobs and of no weapon, armed men or harm to bodies uses them so; a tanker
// hit in the Gulf is told with its missile or its attacker.

// economicWords tell of money, markets, trade and jobs.
var economicWords = map[string]bool{
	"tariff": true, "tariffs": true, "duty": true, "duties": true, "trade": true, "subsidy": true,
	"subsidies": true, "imports": true, "exports": true, "prices": true, "price": true, "dlrs": true,
	"dlr": true, "shares": true, "stocks": true, "dollar": true, "yen": true, "currency": true,
	"market": true, "markets": true, "profits": true, "profit": true, "earnings": true, "revenue": true,
	"sales": true, "takeover": true, "bid": true, "stake": true, "contract": true, "wage": true,
	"wages": true, "staff": true, "workers": true, "union": true, "strike": true, "economy": true,
	"inflation": true, "interest": true, "rates": true, "bank": true, "investors": true, "merger": true,
	"company": true, "firm": true, "pound": true, "euro": true, "mln": true, "billion": true, "pct": true,
}

// bodilyTriggers: trigger stems with no sense of money or trade.
var bodilyTriggers = []string{
	"kidnap", "abduct", "hostage", "took", "take", "seiz", "kill", "murder", "shot", "shoot", "wound",
	"injur", "bomb", "tortur", "assassin", "stab", "beat", "massacre", "execut", "rampage",
}

// militaryContext: words that set the sentence in a war even when it tells
// of prices ("prices were supported by ... the Iranians launching a new
// offensive against Iraqi positions", "a 1973 coup", "strike against
// Iranian targets in the Gulf").
var militaryContext = map[string]bool{
	"deadly": true, "fatal": true, "coup": true, "coups": true, "offensive": true, "targets": true,
	"positions": true, "gulf": true, "retaliatory": true, "force": true, "guerrilla": true, "guerrillas": true,
}

// economicSense: the ATTACK at ev is a word of violence used of money,
// trade or jobs.
func economicSense(d *doc, ev *event, ss, se int) bool {
	if ev.typ != "ATTACK" || !anyWord(d, economicWords, ss, se) {
		return false
	}
	for _, pre := range bodilyTriggers {
		if strings.HasPrefix(d.lower[ev.trigStart], pre) {
			return false // "gunmen took its staff hostage": a kidnapping has no money sense
		}
	}
	for k := ss; k < se; k++ {
		w := d.lower[k]
		if physicalHarm[w] || warWords[w] || attackEvidence[w] || violentWords[w] && k != ev.trigStart || harmWords[w] || militaryContext[w] {
			return false
		}
	}
	return true
}
