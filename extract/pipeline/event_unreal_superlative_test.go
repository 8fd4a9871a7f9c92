package pipeline

import "testing"

// TestRankedInfinitive: a superlative ranking the one who acted ("the
// highest-ranking European official to visit Havana") tells a visit that
// happened, made by the copula's subject; a superlative on a thing before a
// purpose infinitive ("their biggest-ever rally in Delhi to press their
// claim") tells no act of the infinitive.
func TestRankedInfinitive(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "highest-ranking official",
			text: "Spanish Foreign Minister Miguel Moratinos is the highest-ranking European official to visit Havana in a decade.",
			want: []string{"VISIT visit [Havana:PATIENT Miguel Moratinos:AGENT]"},
		},
		{
			name:   "biggest rally to press",
			text:   "Hindu activists staged their biggest-ever rally in Delhi to press their claim against India's Moslem minority.",
			absent: []string{"APPEAL"},
		},
	})
}
