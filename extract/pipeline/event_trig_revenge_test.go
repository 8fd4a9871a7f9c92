package pipeline

import "testing"

// TestRevengeVowed: a vow to retaliate or avenge is a THREATEN by the one
// vowing, aimed at the possessor of what is avenged; the same infinitive
// telling an attack's motive is not (event_trig_revenge.go).
func TestRevengeVowed(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "vowed to retaliate", text: "Hours after the raid, leaders of Hamas vowed to retaliate.",
			want: []string{"THREATEN vowed to retaliate [Hamas:AGENT]"}},
		{name: "determined to avenge a possessor's acts", text: "Hamas says it is determined to avenge Israel's recent air strikes in Gaza.",
			want: []string{"THREATEN determined to avenge [Hamas:AGENT Israel:PATIENT]"}},
		{name: "a motive, not a vow", text: "Police said the bombing in Karachi was carried out to avenge the death of a militant leader.",
			absent: []string{"THREATEN"}},
	})
}
