package pipeline

import "testing"

// TestPossPremodParticiple: a participle (and an -ly adverb before it)
// between a possessive and its event noun is stepped over to the
// possessor; a name before a past verb stays the verb's subject.
func TestPossPremodParticiple(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "adverb and participle after a win word",
			text: "Days earlier the generals claimed a sweeping victory in Cambodia's widely disputed first election in a decade.",
			want: []string{"ELECTION election [Cambodia:PARTICIPANT]"},
		},
		{
			name: "a participle alone",
			text: "The generals claimed victory in Cambodia's criticized election on Sunday.",
			want: []string{"ELECTION election [Cambodia:PARTICIPANT]"},
		},
		{
			name: "a name before a past verb is its subject",
			text: "Hamas won elections in January.",
			want: []string{"ELECTION elections [Hamas:PARTICIPANT]"},
		},
	})
}
