package pipeline

import "testing"

// TestAttractionSense pins "appeal to" as attraction, a penalty appeal and
// the adjective "demanding" as no events (event_trig_appealsense.go), each
// beside an appeal or demand told with the same words. Sentences written
// for the test.
func TestAttractionSense(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "a thing appeals to people",
			text:   "The new Toyota model appealed to Chinese buyers and sold out within a week.",
			absent: []string{"APPEAL"},
		},
		{
			name:   "a candidate appealing to voters",
			text:   "Mr. Karzai formally announced his candidacy on Monday, appealing to Afghanistan's ethnic minorities.",
			absent: []string{"APPEAL"},
		},
		{
			name: "appealed to a party for help stays an appeal",
			text: "Niger appealed to the United Nations for emergency food aid.",
			want: []string{"APPEAL appealed [Niger:AGENT United Nations:PATIENT]"},
		},
		{
			name: "appealed to a party not to act stays an appeal",
			text: "Pakistan appealed to India not to deploy more troops on the border.",
			want: []string{"APPEAL appealed [India:PATIENT Pakistan:AGENT]"},
		},
		{
			name: "appealed to a party to do what the treebank knows as a noun",
			text: "The Bangkok Shipowners Association has appealed to the Thai government to scrap the purchase plan.",
			want: []string{"APPEAL appealed [Bangkok Shipowners Association:AGENT Thailand:PATIENT]"},
		},
		{
			name:   "the adjective demanding",
			text:   "Nokia has struggled to satisfy Japan's technologically demanding mobile users.",
			absent: []string{"DEMAND"},
		},
		{
			name:   "a penalty appeal",
			text:   "Chelsea had a late penalty appeal waved away by the referee.",
			absent: []string{"APPEAL"},
		},
	})
}
