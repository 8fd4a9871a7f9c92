package pipeline

import "testing"

// TestEventDatesPremodParticiple: a participle before a noun ("a new
// proposed constitution") is no past verb of the clause; the clause's
// coming tense reads the day ahead (premodParticiple). A past verb of the
// clause still reads it back.
func TestEventDatesPremodParticiple(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "coming vote on a proposed charter",
			text: "Zambians are to vote on a new proposed charter in a national referendum on November 21.",
			want: []string{"ELECTION referendum=2007-11-21@0"},
		},
		{
			// near: a past verb of the clause tells of the past
			name: "past vote on a proposed charter",
			text: "Zambians voted on a new proposed charter in a national referendum on November 21.",
			want: []string{"ELECTION referendum=2006-11-21@0"},
		},
	})
}

// TestEventDatesVotingPresent: a plain present verb of voting after its
// named subject tells of a coming vote (votingPresent); the past tells of
// one held.
func TestEventDatesVotingPresent(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			name: "coming vote in the news present",
			text: "Haitians choose a new president on February 7.",
			want: []string{"ELECTION choose=2008-02-07@0"},
		},
		{
			// near: the past tells of a vote held
			name: "vote held",
			text: "Haitians chose a new president on February 7.",
			want: []string{"ELECTION chose=2007-02-07@0"},
		},
	})
}
