package pipeline

import "testing"

// TestPenaltyImposed pins penalties laid on a named party as SANCTIONs
// (event_trig_penalty.go) and leaves bans on things, a court's fine and an
// employer's suspension alone.
func TestPenaltyImposed(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "a regulator fines a named company",
			text: "The Federal Communications Commission fined Viacom $1 million on Tuesday for a broadcast that breached its rules.",
			want: []string{"SANCTION fined [Federal Communications Commission:AGENT Viacom:PATIENT]"},
		},
		{
			name: "a ban shutting a named airline out",
			text: "Belgian aviation authorities say they have banned Air Zimbabwe flights from Brussels because of safety concerns.",
			want: []string{"SANCTION banned [Air Zimbabwe:PATIENT Belgium:AGENT]"},
		},
		{
			name: "a suspension of a country's program, the country punished",
			text: "In 1999, the IMF suspended Zambia's structural adjustment program over corruption.",
			want: []string{"SANCTION suspended [International Monetary Fund:AGENT Zambia:PATIENT]"},
		},
		{
			name:   "a ban on a thing",
			text:   "Lebanon's government has banned public demonstrations on the eve of an opposition rally.",
			absent: []string{"SANCTION"},
		},
		{
			name:   "a court's fine is its ruling",
			text:   "A Polish court has fined Jerzy Urban $6,400 for insulting the pope.",
			absent: []string{"SANCTION"},
		},
		{
			name:   "an employer's suspension",
			text:   "Nahum Vaskevitch was suspended by Merrill Lynch, which said it was cooperating with the probe.",
			absent: []string{"SANCTION"},
		},
		{
			name:   "a market halted, no party punished",
			text:   "Trading in both issues will be suspended by the American Stock Exchange on Friday.",
			absent: []string{"SANCTION"},
		},
	}
	checkEventCases(t, p, cases)
}
