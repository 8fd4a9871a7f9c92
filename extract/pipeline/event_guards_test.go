package pipeline

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestSportsStoryMeetings: in a story about sport, players who "meet" play
// each other, one who "struggled past" another won, and a player who "met a
// cross" headed a ball; none is a meeting or an attack. The same verb in
// political news is a meeting.
func TestSportsStoryMeetings(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		meet bool
	}{
		{"Top seed Anna Kovac won her first tennis tournament as champion last year.\n\n" +
			"She was born in Split.\n\nHer family moved to Zagreb when she was four.\n\n" +
			"She lives there with her brother.\n\nThe Croatian will meet Maria Lind in the second round after the Russian struggled past Selima Sfar.", false},
		{"Tom Parker met Jack Reid's cross with a header to give the visitors the lead.", false},
		{"Foreign Minister Tom Parker will meet his Polish counterpart Jan Nowak in Warsaw on Friday.", true},
	}
	for _, c := range cases {
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		meet := false
		for _, e := range a.Events {
			meet = meet || e.Type == "MEET" || e.Type == "ATTACK"
		}
		if meet != c.meet {
			t.Errorf("Analyze(%q): a MEET or ATTACK event is %v; want %v (events %+v)", c.text, meet, c.meet, a.Events)
		}
	}
}

// TestCallsThatAreNoCalls: "called" naming someone and "calling back" goods
// are no telephone calls.
func TestCallsThatAreNoCalls(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"The threat then was a scruffy little Austrian called Adolf Hitler.",
		"The company is also calling back 12,400 Ford Mondeos, Nissan Micras, Fiat Puntos and Honda Civics made in 2003.",
	} {
		a, err := p.Analyze(context.Background(), extract.Document{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range a.Events {
			if e.Type == "PHONE_CALL" || e.Type == "APPEAL" {
				t.Errorf("Analyze(%q) has a %s event (trigger %q)", text, e.Type, e.Trigger)
			}
		}
	}
}

// TestAwardsAreNoAppointments: a nomination for a prize and a player of the
// year are no posts; a manager named to his job is.
func TestAwardsAreNoAppointments(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Helen Marsh was nominated for best actress for her role in the drama.", false},
		{"South Africa's Pieter Botha was named player of the year as the champions swept the top honours.", false},
		{"The club has appointed Tom Ward as its new manager.", true},
	} {
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, e := range a.Events {
			got = got || e.Type == "APPOINTMENT"
		}
		if got != c.want {
			t.Errorf("Analyze(%q): an APPOINTMENT is %v; want %v", c.text, got, c.want)
		}
	}
}
