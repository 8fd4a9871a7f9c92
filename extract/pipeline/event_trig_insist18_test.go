package pipeline

import "testing"

// TestInsistPresentAndSubjunctive pins the forms of "insist" the
// seventeenth session made reach insistDemand (event_trig_insist.go):
// "insists" and "insisting", which the lexicon reads as a say verb and the
// say-verb skip dropped; a title before the name asked; "be" after a
// plural subject; a verb the tagger does not know. The near sentences
// hold facts. Sentences written for the test.
func TestInsistPresentAndSubjunctive(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "insists, present tense", text: "The European Commission insists that Hungary withdraw the media law.",
			want: []string{"DEMAND insists [European Commission:AGENT Hungary:PATIENT]"}},
		{name: "insisting, a participle", text: "Hamas rejected the offer on Monday, insisting that the prisoners be freed first.",
			want: []string{"DEMAND insisting [Hamas:AGENT]"}},
		{name: "an unknown bare verb", text: "The European Union has insisted that Poland restructure its shipyards.",
			want: []string{"DEMAND insisted [European Union:AGENT Poland:PATIENT]"}},
		{name: "insists a fact, present tense", text: "Tehran insists that its nuclear program is peaceful.",
			absent: []string{"DEMAND"}},
		{name: "insisting a fact with a word the tagger does not know", text: "The union leader insisting that the system cannot be trusted walked out.",
			absent: []string{"DEMAND"}},
		{name: "insisting a plural's present", text: "The rebels rejected the plan on Monday, insisting the talks remain on track.",
			absent: []string{"DEMAND"}},
	})
}
