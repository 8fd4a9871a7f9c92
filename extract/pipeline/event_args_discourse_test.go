package pipeline

import "testing"

// TestEarlierTalks pins the sides of talks told with none: those of the
// talks or pact told before them. Each case is a short story of its own,
// written for the test.
func TestEarlierTalks(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "talks after a pact",
			text: "Ukraine and Belarus have reached a short term agreement on a new price for oil deliveries.\n\nBelarus will pay 200 dollars a ton over the next three months.\n\nTalks on a longer contract will continue.",
			want: []string{"NEGOTIATE Talks [Belarus:PARTICIPANT Ukraine:PARTICIPANT]"},
		},
		{
			name: "talks that led to a pact",
			text: "Vietnam and Cambodia have signed a border accord in Hanoi.\n\nA joint statement following peace talks in Hanoi on Sunday says the accord will end the dispute.",
			want: []string{"NEGOTIATE talks [Cambodia:PARTICIPANT Vietnam:PARTICIPANT]"},
		},
		{
			// (a bulletin's next item is about others)
			name:   "not across an item break",
			text:   "Vietnam and Cambodia have signed a border accord in Hanoi.\n\nSeparately, talks on a new trade law stalled in parliament.",
			absent: []string{"NEGOTIATE"},
		},
	})
}

// TestNextRound: "the next round of talks" is another round than the one
// told before, with the same sides; "the talks" told again is the same.
func TestNextRound(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []string
	}{
		{
			"Iran agreed last month during six-nation talks in Geneva to suspend the enrichment of uranium.\n\nIran's president also visited Syria on Friday.\n\nThe next round of talks is scheduled for November.",
			[]string{"NEGOTIATE talks [Iran:PARTICIPANT]", "NEGOTIATE talks [Iran:PARTICIPANT]"},
		},
		{
			"Iran agreed last month during six-nation talks in Geneva to suspend the enrichment of uranium.\n\nIran's president also visited Syria on Friday.\n\nThe talks were held at a lakeside hotel.",
			[]string{"NEGOTIATE talks [Iran:PARTICIPANT]"},
		},
	} {
		var got []string
		for _, l := range eventLines(t, p, c.text) {
			if len(l) > 9 && l[:9] == "NEGOTIATE" {
				got = append(got, l)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: talks %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: talks %q, want %q", c.text, got, c.want)
				break
			}
		}
	}
}

// TestEarlierShowOfForce: a test told with no one conducting it is the
// state's that conducted the tests told just before.
func TestEarlierShowOfForce(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{{
		name: "a test after tests",
		text: "Japan suspended its food aid after Iran conducted missile tests last July.\n\nA nuclear test followed in October.",
		want: []string{"MILITARY_POSTURE test [Iran:AGENT]"},
	}})
}

// TestVotingCountry: an election told with a date and no voters is the
// one country's its sentence and the one before name; not one a contestant
// is told to have won, nor one without a date.
func TestVotingCountry(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "the country of the sentence before",
			text: "Car bombs killed nine people in northern Nigeria on Monday.\n\nInsurgents are seeking to disrupt the country before the April 14 elections.",
			want: []string{"ELECTION elections [Nigeria:PARTICIPANT]"},
		},
		{
			name: "a scheduled referendum",
			text: "Lawmakers in Kenya approved a draft constitution on Tuesday.\n\nA referendum on the draft is scheduled for August 4.",
			want: []string{"ELECTION referendum [Kenya:PARTICIPANT]"},
		},
		{
			name:   "a contest won",
			text:   "The president flew to Bolivia on Monday, his first trip since winning a referendum this month.",
			absent: []string{"ELECTION referendum [Bolivia:PARTICIPANT]"},
		},
		{
			name:   "two countries",
			text:   "Officials from Kenya and Uganda met in Nairobi on Monday.\n\nBoth are preparing for elections next year.",
			absent: []string{"ELECTION"},
		},
	})
}
