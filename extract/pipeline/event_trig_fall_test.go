package pipeline

import "testing"

// TestRulerFell pins a ruler's fall told by a noun (event_trig_fall.go),
// and leaves falls of prices and currencies alone.
func TestRulerFell(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "the fall of dictator X",
			text: "Liberia has known little peace since the fall of dictator Samuel Doe in 1990.",
			want: []string{"RESIGNATION fall [Samuel Doe:PATIENT]"},
		},
		{
			name: "the downfall of the prime minister",
			text: "The strikes led to the downfall of Prime Minister Viktor Orban last year.",
			want: []string{"RESIGNATION downfall [Viktor Orban:PATIENT]"},
		},
		{
			name:   "the fall of the dollar",
			text:   "Exporters in Germany suffered from the fall of the dollar against the mark.",
			absent: []string{"RESIGNATION"},
		},
	}
	checkEventCases(t, p, cases)
}
