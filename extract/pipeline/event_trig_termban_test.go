package pipeline

import "testing"

// TestTermBan: a person banned for a term, or receiving a ban its term
// premodifies, is a SANCTION with no one named banning; a ban on things, a
// rule, an employer's suspension and a ban only faced are not.
func TestTermBan(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Weightlifter Chen Yanqing has become the third Chinese Olympic hopeful to be banned for life after a positive test.", "SANCTION banned"},
		{"Greek sprinter Costas Kenteris was banned for two years on Monday.", "SANCTION banned"},
		{"His coach, Li Wei, also received a permanent ban.", "SANCTION received a permanent ban"},
		{"England striker Wayne Rooney received a three-match ban for the tackle.", "SANCTION received a three-match ban"},
		// near sentences: things banned, a rule, a plain suspension, a ban faced, no term
		{"Imports of British beef were banned for two years.", "-SANCTION banned"},
		{"First-time offenders usually receive a two-year ban.", "-SANCTION receive a two-year ban"},
		{"Trader John Smith was suspended for two weeks without pay.", "-SANCTION suspended"},
		{"England striker Wayne Rooney faces a three-match ban for the tackle.", "-SANCTION faces a three-match ban"},
		{"England striker Wayne Rooney received a warning for the tackle.", "-SANCTION received a warning"},
	})
}
