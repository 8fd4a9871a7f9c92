package pipeline

import "testing"

// TestPostHolderSuspended pins suspensions of people told by their post
// as SANCTIONs (event_trig_suspended.go), and leaves a suspended activity
// and a company's suspended staff alone.
func TestPostHolderSuspended(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "a president suspends party officials",
			text: "On Monday, President Yoweri Museveni suspended five senior party officials accused of plotting against him.",
			want: []string{"SANCTION suspended [Yoweri Museveni:AGENT]"},
		},
		{
			name: "a post holder named in an apposition",
			text: "Kenyan President Mwai Kibaki has suspended the country's police chief, Joseph Kamau, over the raid.",
			want: []string{"SANCTION suspended [Joseph Kamau:PATIENT Mwai Kibaki:AGENT]"},
		},
		{
			name:   "a suspended activity is no punished party",
			text:   "President Yoweri Museveni suspended the party elections on Monday.",
			absent: []string{"SANCTION"},
		},
		{
			name:   "a carmaker suspending its officials",
			text:   "VW has suspended four senior officials and fired its former treasury chief.",
			absent: []string{"SANCTION"},
		},
		{
			name:   "an airline suspending staff",
			text:   "Delta Air Lines has suspended two pilots pending an inquiry into the incident.",
			absent: []string{"SANCTION"},
		},
	}
	checkEventCases(t, p, cases)
}
