package pipeline

import (
	"slices"
	"testing"
)

// makersOf returns the names of the agents of the events of type typ whose
// trigger is trig, read from text.
func makersOf(t *testing.T, p *Pipeline, text, typ, trig string) []string {
	t.Helper()
	a, names := analyzeNamed(t, p, text)
	var out []string
	for _, ev := range a.Events {
		if ev.Type != typ || ev.Trigger != trig {
			continue
		}
		for _, pt := range ev.Participants {
			if pt.Role == "AGENT" {
				out = append(out, names[pt.Entity])
			}
		}
	}
	return out
}

// TestMakerByShortOrNameTitle pins two readers of the seventeenth session
// (maker18): a body's untagged short name after its full name, and "the
// pontiff" for the one pope named before. Each near case must stay unread.
func TestMakerByShortOrNameTitle(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text, typ, trig, want string
	}{
		{"short name opens sentence",
			"Amnesty International says prisoners in Egypt are beaten in custody.\n\nAmnesty also urged European governments to stop sending suspects back to Egypt.",
			"APPEAL", "urged", "Amnesty International"},
		{"short name is a common noun",
			"Amnesty International says prisoners in Egypt are beaten in custody.\n\nAmnesty for the rebels urged by the church was refused.",
			"APPEAL", "urged", ""},
		{"the pontiff",
			"Pope Benedict met pilgrims from Poland at the Vatican on Sunday.\n\nSpeaking from his window, the pontiff urged Christians to pray for the victims of the floods.",
			"APPEAL", "urged", "Pope Benedict"},
		{"warn ... could, and have urged",
			"World Health Organization experts warn a cholera outbreak could spread across the region, and have urged governments to send clean water.",
			"APPEAL", "urged", "World Health Organization"},
		{"said the rebels seized and demanded",
			"Nigerian police said the militants seized the platform and demanded a ransom from Chevron.",
			"DEMAND", "demanded", ""},
		{"two kings",
			"King Abdullah of Jordan and King Juan Carlos of Spain met in Madrid on Sunday.\n\nLater, the king urged Israel to return to talks.",
			"APPEAL", "urged", ""},
	}
	for _, c := range cases {
		got := makersOf(t, p, c.text, c.typ, c.trig)
		if c.want == "" {
			for _, g := range got {
				if g == "Amnesty International" || g == "King Abdullah" || g == "King Juan Carlos" || g == "Nigerian" || g == "Nigeria" {
					t.Errorf("%s: maker %q read, want none", c.name, g)
				}
			}
			continue
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%s: makers %v, want %q", c.name, got, c.want)
		}
	}
}
