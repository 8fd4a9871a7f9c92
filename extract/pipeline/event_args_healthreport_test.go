package pipeline

import "testing"

// TestHealthReported pins healthReported: a death a country's health body
// reports is the country's; a victim of another country, or a reporter
// that is no health body, is left to the rules. Each sentence is written
// for the test.
func TestHealthReported(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "health officials of a country",
			text: "Vietnamese health officials say a 32-year-old man from the north has died of bird flu.",
			want: []string{"DEATH died [Vietnam:PATIENT]"},
		},
		{
			name: "ministry of health",
			text: "Turkey's ministry of health says a boy has died from the H5N1 virus.",
			want: []string{"DEATH died [Turkey:PATIENT]"},
		},
		{
			name:   "near: another country in the reported clause",
			text:   "Vietnamese health officials say a man has died of bird flu after a trip to Laos.",
			absent: []string{"DEATH died [Vietnam:PATIENT]"},
		},
		{
			name:   "near: no health body",
			text:   "Vietnamese officials say a 32-year-old man from the north has died.",
			absent: []string{"DEATH died [Vietnam:PATIENT]"},
		},
	})
}
