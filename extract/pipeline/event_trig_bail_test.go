package pipeline

import "testing"

// TestBailTold pins a release on bail and a bail hearing read as a TRIAL,
// with the defendant a pronoun stands for (event_trig_bail.go,
// event_args_defendant.go), and a business bail-out left alone.
func TestBailTold(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "freed on bail, told with a pronoun",
			text: "Kenyan police arrested opposition journalist Daniel Kamau on Monday. He has since been freed on bail.",
			want: []string{"TRIAL freed on bail [Daniel Kamau:PATIENT]"},
		},
		{
			name: "released him on bail",
			text: "British police arrested fundraiser Michael Levy on Tuesday. They later released him on bail.",
			want: []string{"TRIAL released him on bail [Britain:AGENT Michael Levy:PATIENT]"},
		},
		{
			name:   "a bail-out",
			text:   "The government released $5 billion to bail out Northern Rock on Monday.",
			absent: []string{"TRIAL"},
		},
	}
	checkEventCases(t, p, cases)
}
