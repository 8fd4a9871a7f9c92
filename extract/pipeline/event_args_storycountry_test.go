package pipeline

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestStoryElections: a dated election told without its country, in a
// story about one country, is that country's; a story about two countries,
// or an election someone runs in, gives none.
func TestStoryElections(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "the story's one country",
			text: "Thousands of teachers marched through the capital of Peru on Monday demanding higher pay. " +
				"Union leaders said Peru's government had broken its promises. " +
				"The strike closed most schools for a second week. " +
				"The rebel leader began a tour of the provinces in a bid to sway this year's presidential elections.",
			want: []string{"ELECTION elections [Peru:PARTICIPANT]"},
		},
		{
			name: "the sentence names the story's country, then another",
			text: "Thousands of teachers marched through the capital of Peru on Monday demanding higher pay. " +
				"Union leaders said Peru's government had broken its promises. " +
				"The strike closed most schools for a second week. " +
				"Many Peruvian teachers who work in Chile say they will wait until after this year's elections to return.",
			want: []string{"ELECTION elections [Peru:PARTICIPANT]"},
		},
		{
			name: "two countries: abstain",
			text: "Thousands of teachers marched through the capital of Peru on Monday demanding higher pay. " +
				"Union leaders said Bolivia and Peru had broken their promises. " +
				"The strike closed most schools for a second week. " +
				"The rebel leader began a tour of the provinces in a bid to sway this year's presidential elections.",
			absent: []string{"ELECTION"},
		},
		{
			name: "a story telling a candidate: abstain",
			text: "Thousands of teachers marched through the capital of Peru on Monday demanding higher pay. " +
				"Union leaders said Peru's government had broken its promises, and opposition leader Jorge Salinas backed them. " +
				"The strike closed most schools for a second week. " +
				"The rebel leader began a tour of the provinces in a bid to sway this year's presidential elections.",
			absent: []string{"ELECTION"},
		},
		{
			name: "an election someone runs in: abstain",
			text: "Thousands of teachers marched through the capital of Peru on Monday demanding higher pay. " +
				"Union leaders said Peru's government had broken its promises. " +
				"The strike closed most schools for a second week. " +
				"The court ruling stops the union leader from running in this year's presidential elections.",
			absent: []string{"ELECTION"},
		},
	})
}

// TestStoryElectionsPrevious: "the last election in 1983" told well after
// the vote a story reports is the one before it, not that vote again: it
// is not joined to it (and gives it no date).
func TestStoryElectionsPrevious(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "The Social Democrats became the biggest losers in Swiss parliamentary elections. " +
		"Projections by Swiss radio show the ruling alliance will likely hold on to power. " +
		"Less than half of voters cast a ballot, a record low turnout. " +
		"The Green Party won 11 seats in the lower house, a rise of eight. " +
		"The other green groupings lost one seat. " +
		"The four ruling parties are forecast to hold 159 seats, down seven from the last election in 1983."
	a, err := p.Analyze(context.Background(), extract.Document{ID: "t", Text: text, Published: "2007-06-14"})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range a.Events {
		if ev.Type == "ELECTION" && ev.Date == "1983" {
			t.Errorf("election %q dated %s: the previous election was joined to it", ev.Trigger, ev.Date)
		}
	}
}

// TestLeadingCountry: a dated election in a sentence that names, as a
// place, the country the story names most (though not twice as often as
// the next) is that country's; named only by a people's adjective, it is
// left without one.
func TestLeadingCountry(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "place in the sentence",
			text: "U.S. and Iraqi troops have detained 49 suspected insurgents north of Baghdad, as operations continue to secure the country ahead of January's election. " +
				"Officials said the raids took place in Iraq's Diyala province. A U.S. spokesman said more raids were planned.",
			want: []string{"ELECTION election [Iraq:PARTICIPANT]"},
		},
		{
			name: "adjective only",
			text: "U.S. and Iraqi troops have detained 49 suspected insurgents, as operations continue ahead of January's election. " +
				"Officials said the raids took place in Iraq's Diyala province near Baghdad. A U.S. spokesman said more raids were planned.",
			absent: []string{"ELECTION"},
		},
	})
}
