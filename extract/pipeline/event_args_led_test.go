package pipeline

import "testing"

// TestLedBy pins the one named in a "-led" or "-linked" compound before an
// act noun as its doer, in the three ways the text reaches the reader: a
// name, a hyphen and the participle; one word the tagger keeps whole; one
// word it does not tag. Each case is a short story written for the test.
func TestLedBy(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "name, hyphen, participle",
			text: "Many of the fighters fled a U.S.-led offensive in Afghanistan in 2001.",
			want: []string{"ATTACK offensive [United States:AGENT]"},
		},
		{
			name: "one word tagged whole, an adjective between",
			text: "NATO says its troops are ready. The rebels fled a NATO-led military offensive in the south.",
			want: []string{"ATTACK offensive [NATO:AGENT]"},
		},
		{
			name: "one untagged word",
			text: "Al-Qaida has threatened Spain. Spain has stepped up security since the al-Qaida-linked bombings of Madrid trains.",
			want: []string{"ATTACK bombings [al-Qaida:AGENT]"},
		},
	})
}
