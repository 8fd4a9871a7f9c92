package pipeline

import "testing"

// TestSpeechSides pins the side of a threat, an answered request and an
// issued document's appeal (event_args_speechsides.go), each with a near
// sentence the readers must leave alone. Sentences written for the test.
func TestSpeechSides(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "threat with a particle verb",
			text: "Russia has threatened to cut off gas supplies to Ukraine.",
			want: []string{"THREATEN threatened [Russia:AGENT Ukraine:PATIENT]"},
		},
		{
			name: "threat to relations with someone",
			text: "Venezuela threatened to break off diplomatic relations with Colombia.",
			want: []string{"THREATEN threatened [Colombia:PATIENT Venezuela:AGENT]"},
		},
		{
			name: "threat to one's own act names no target",
			text: "Venezuela threatened to break off the talks on Monday.",
			want: []string{"THREATEN threatened [Venezuela:AGENT]"},
		},
		{
			name: "a threat with its condition is aimed at the condition's subject",
			text: "Hamas leaders vowed to resume rocket attacks unless Israel frees the prisoners.",
			want: []string{"THREATEN vowed [Hamas:AGENT Israel:PATIENT]"},
		},
		{
			name: "a threat to resign with a condition is made",
			text: "President Rafael Correa threatened to resign if the assembly rejected the budget.",
			want: []string{"THREATEN threatened [Rafael Correa:AGENT]"},
		},
		{
			name:   "a threat to resign with no condition and no one it is aimed at",
			text:   "President Rafael Correa threatened to resign on Monday.",
			absent: []string{"THREATEN"},
		},
		{
			name:   "a threatened act with a condition is no threat made",
			text:   "The Senate approved a bill to let the United States retaliate if foreign markets stay closed.",
			absent: []string{"THREATEN"},
		},
		{
			name: "a request granted: the one who grants was asked",
			text: "On Tuesday, President Nicolas Sarkozy granted Merkel's request for a delay.",
			want: []string{"APPEAL request [Merkel:AGENT Nicolas Sarkozy:PATIENT]"},
		},
		{
			name: "an organisation's request rejected",
			text: "Prime Minister Recep Tayyip Erdogan has rejected a European Union request for talks on Cyprus.",
			want: []string{"APPEAL request [European Union:AGENT Recep Tayyip Erdogan:PATIENT]"},
		},
		{
			name:   "a request no one is told to have made",
			text:   "Prime Minister Recep Tayyip Erdogan has granted the request.",
			absent: []string{"APPEAL"},
		},
		{
			name: "a resolution passed, calling on someone",
			text: "The European Parliament passed a non-binding resolution calling on Serbia to arrest the fugitives.",
			want: []string{"APPEAL calling [European Parliament:AGENT Serbia:PATIENT]"},
		},
		{
			name:   "a resolution only debated is no one's appeal",
			text:   "Lawmakers debated a resolution calling on Serbia to arrest the fugitives.",
			absent: []string{"APPEAL calling [European Parliament:AGENT Serbia:PATIENT]"},
		},
	})
}
