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
