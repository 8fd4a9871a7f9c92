package pipeline

import "testing"

// TestNonActors: a treaty's name and a continent's adjective are no side of
// an event; a continent's union, a named organisation, stays one.
func TestNonActors(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "the treaty signed is no party to it",
			text: "Peru opened its markets after signing the Treaty of Lima with Chile in 1929.",
			want: []string{"AGREEMENT signing [Chile:PARTICIPANT Peru:PARTICIPANT]"},
		},
		{
			name: "a memorandum signed is no party to it",
			text: "Peru and Chile signed a Memorandum of Understanding on Tuesday to share port facilities.",
			want: []string{"AGREEMENT signed [Chile:PARTICIPANT Peru:PARTICIPANT]"},
		},
		{
			name: "a continent's adjective names no one urged",
			text: "Mr. Omi called for stronger political will by Asian governments to stop the spread of the disease.",
			want: []string{"APPEAL called [Omi:AGENT]"},
		},
		{
			name: "near: a continent's union is a named body",
			text: "The African Union and French President Jacques Chirac have opened a two-day summit in Bamako.",
			want: []string{"MEET summit [African Union:PARTICIPANT Jacques Chirac:PARTICIPANT]"},
		},
		{
			name: "near: an agreement with a named bloc",
			text: "Peru signed the agreement with the Andean Community on Tuesday.",
			want: []string{"AGREEMENT agreement [Andean Community:PARTICIPANT Peru:PARTICIPANT]"},
		},
	})
}

// TestParticipleBeforeName: a participle opening a phrase after a
// preposition, right before a name, premodifies the name; with no name
// after it nothing is read.
func TestParticipleBeforeName(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "an attacker behind 'by suspected'",
			text: "Two Marines have been wounded during an ambush by suspected Taleban fighters north of Jalalabad.",
			want: []string{"ATTACK ambush [Taleban:AGENT]"},
		},
		{
			name: "a target behind 'at suspected'",
			text: "An Israeli aircraft has fired missiles at suspected Hamas militants in the Gaza Strip.",
			want: []string{"ATTACK fired [Hamas:PATIENT Israel:AGENT]"},
		},
		{
			name:   "near: no name after the participle",
			text:   "Two Marines were wounded in an ambush by suspected militants north of Jalalabad on Sunday.",
			absent: []string{"ATTACK"},
		},
	})
}
