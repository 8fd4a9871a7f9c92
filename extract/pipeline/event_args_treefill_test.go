package pipeline

import "testing"

// TestTreeFill pins the parse's reading of an event the word rules leave
// empty: a subject the word windows lose behind an apposition or a phrase
// between it and its verb; and the parser's errors it does not take. Each
// case is a sentence written for the test.
func TestTreeFill(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "subject, day between",
			text: "The Arab League on Monday called on its member states to send food to Darfur.",
			want: []string{"APPEAL called [Arab League:AGENT]"},
		},
		{
			name: "subject, apposition between",
			text: "Joaquin Ortega, Spain's former ambassador to the European Union, has died in a car accident near Madrid.",
			want: []string{"DEATH died [Joaquin Ortega:PATIENT]"},
		},
		{
			name: "subject, apposition with a relative clause between",
			text: "Seven Banks Holdings, the Korean firm that owns hotels in Seoul, has reached a deal to buy the retailer.",
			want: []string{"AGREEMENT reached [Seven Banks Holdings:PARTICIPANT]"},
		},
		{
			name: "subject, day between, object after",
			text: "The World Bank on Tuesday urged governments in Africa to spend more on roads.",
			want: []string{"APPEAL urged [World Bank:AGENT]"},
		},
		{
			// a name in apposition to a name is no second party
			name:   "apposition to a name",
			text:   "Mr Alvarez, a former CEO at Santander, also asked the court for more time.",
			absent: []string{"APPEAL asked"},
		},
		{
			// a subject after a preposition is the parser's error
			name:   "name after a preposition",
			text:   "The new rules let web users outside the US visit the site freely.",
			absent: []string{"VISIT visit"},
		},
	})
}
