package pipeline

import (
	"strings"
	"testing"
)

// TestInSentenceParts pins the readers of participants named in a
// trigger's own sentence that no other rule reads: each case is a short
// story written for the test.
func TestInSentenceParts(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "an election in a sentence naming one country",
			text: "Inflation in Mongolia rose sharply during the parliamentary election.",
			want: []string{"ELECTION election [Mongolia:PARTICIPANT]"},
		},
		{
			name: "the country named only by its possessive",
			text: "Benin's electoral commission says voting in the presidential election went smoothly.",
			want: []string{"ELECTION election [Benin:PARTICIPANT]"},
		},
		{
			// two countries: the observer's and the voters'
			name:   "two countries",
			text:   "Canadian and Brazilian observers say the election went smoothly.",
			absent: []string{"ELECTION"},
		},
		{
			// a person named: the labels name who ran, not the country
			name:   "a candidate named",
			text:   "Zambia's electoral commission chairman, Ireen Mambilima, says turnout was high in the election.",
			absent: []string{"ELECTION"},
		},
		{
			// a story's later mentions of the election it names no one in are
			// the same election
			name: "one election in the story",
			text: "Inflation in Mongolia rose sharply before the parliamentary election.\n\nThe central bank said prices would ease.\n\nThe bank expects growth to recover.\n\nOfficials said imports fell.\n\nExports of copper rose.\n\nCoal sales to China doubled.\n\nThe election will give Mongolia a new government.",
			want: []string{"ELECTION election [Mongolia:PARTICIPANT]"},
		},
		{
			name:   "a mock election",
			text:   "Schools across Canada are to take part in a mock general election this month.",
			absent: []string{"ELECTION"},
		},
		{
			name: "the state's bare forces strike in its officials' report",
			text: "Police in eastern Peru say security forces have killed three drug traffickers in a gunbattle.",
			// the killing folds into the gunbattle it was done in (event_fold_object.go): one attack
			want: []string{"ATTACK gunbattle [Peru:AGENT]"},
		},
		{
			name: "a raid noun after the forces' verb",
			text: "Syrian officials say police have detained at least 30 suspected smugglers in raids near the border.",
			want: []string{"ATTACK raids [Syria:AGENT]"},
		},
		{
			// another country's troops, or a coalition's, are not the reporter's
			name:   "coalition forces",
			text:   "Afghan officials say coalition forces killed four insurgents in the south.",
			absent: []string{"ATTACK killed [Afghanistan:AGENT]"},
		},
		{
			// the bomber is not the state: no agent, and the victims go unread
			name:   "an attack on the state's people",
			text:   "Yemeni police say a suicide bomber attacked a checkpoint in the capital, killing two people.",
			absent: []string{"ATTACK attacked [Yemen:AGENT]"},
		},
		{
			name: "a statement speaks for the body that issued it",
			text: "A statement from the World Health Organization urged travellers to avoid poultry markets.",
			want: []string{"APPEAL urged [World Health Organization:AGENT]"},
		},
		{
			name: "the officials of a place asked",
			text: "A new report from the World Bank urges officials in Central America to spend more on schools.",
			want: []string{"APPEAL urges [Central America:PATIENT World Bank:AGENT]"},
		},
		{
			name: "the day between the act's noun and its of phrase",
			text: "Police are questioning two men over the killing Sunday of a Kenyan aid worker.",
			want: []string{"ATTACK killing [Kenya:PATIENT]"},
		},
	}
	checkEventCases(t, p, cases)
	// the story's later mention joins the election read from its first
	n := 0
	for _, g := range eventLines(t, p, cases[4].text) {
		if strings.HasPrefix(g, "ELECTION ") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%s: got %d elections, want 1", cases[4].name, n)
	}
}
