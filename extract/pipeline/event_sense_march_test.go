package pipeline

import "testing"

// TestMarchSense: a parade at a feast and troops on the move are no
// PROTEST; a march for a cause, drums and all, stays one.
func TestMarchSense(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name:   "parade at a feast",
			text:   "Armenian scouts marched through the old city of Jerusalem on Sunday, opening the Easter celebrations.",
			absent: []string{"PROTEST marched"},
		},
		{
			name:   "troops on the move",
			text:   "Hundreds of Syrian troops marched into the refugee camp in Beirut on Tuesday.",
			absent: []string{"PROTEST marched"},
		},
		{
			name: "march for a cause with drums",
			text: "Thousands of Congolese marched in Kinshasa on Wednesday, beating drums, to demand that voter registration be reopened.",
			want: []string{"PROTEST marched [Democratic Republic of Congo:AGENT]"},
		},
	})
}
