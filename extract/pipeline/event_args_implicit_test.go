package pipeline

import "testing"

// TestImplicitAgent pins the state of a bare domestic force: each case is
// a short story of its own, written for the test.
func TestImplicitAgent(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			name: "force named with its country earlier, pronoun subject",
			text: "Authorities in Peru have freed a kidnapped businessman in Lima.\n\nAuthorities said they arrested four suspects on Tuesday.",
			want: []string{"ARREST arrested [Peru:AGENT]"},
		},
		{
			name: "the country of the reporting clause",
			text: "Chilean radio reported Monday that police detained three foreign journalists near the border.",
			want: []string{"ARREST detained [Chile:AGENT]"},
		},
		{
			name: "the story's one country, a city counting as it",
			text: "Greek media say police have foiled a bomb plot in Athens.\n\nThe reports say police later arrested a second suspect.",
			want: []string{"ARREST arrested [Greece:AGENT]"},
		},
		{
			name: "a demonym on the force itself",
			text: "Irish police have charged two men with planning a robbery.",
			want: []string{"TRIAL charged [Ireland:AGENT]"},
		},
		{
			// two countries and no force named with one: whose police is not said
			name:   "several countries",
			text:   "Officials from France and Spain met in Madrid on Monday.\n\nPolice later arrested two protesters.",
			absent: []string{"ARREST"},
		},
		{
			// the last item of a bulletin: its own country, not the first item's
			name: "a later item",
			text: "Kenyan authorities have banned a protest in Nairobi.\n\nA mine flooded in northern China on Monday.\n\nChina's state media say twelve miners were trapped.\n\nThe Xinhua news agency says police have detained the owner of the mine.",
			want: []string{"ARREST detained [China:AGENT]"},
		},
		{
			// one arrested is named, the state arresting is the force's
			name: "agent beside a patient",
			text: "Federal prosecutors in Norway say police have arrested a Swedish man suspected of smuggling weapons.",
			want: []string{"ARREST arrested [Norway:AGENT Swedish:PATIENT]"},
		},
		{
			name: "a state's aircraft named with its country, a strike noun after a light verb",
			text: "Syrian warplanes have launched strikes on the northern town.",
			want: []string{"ATTACK strikes [Syria:AGENT]"},
		},
		{
			// an attack by aircraft no country is named on is not guessed
			name:   "bare aircraft",
			text:   "Fighting continued in Yemen on Monday.\n\nWarplanes have launched strikes on the northern town.",
			absent: []string{"ATTACK strikes"},
		},
		{
			// the force inside a clash's modifier is one side, not the killer
			name:   "force inside a modifier",
			text:   "A clash between militants and Kenyan forces killed five people on Monday.",
			absent: []string{"ATTACK killed [Kenya:AGENT]"},
		},
		{
			name:   "only possible",
			text:   "Greek media say police have foiled a bomb plot in Athens.\n\nPolice may arrest more suspects.",
			absent: []string{"ARREST arrest"},
		},
	}
	checkEventCases(t, p, cases)
}

// TestMoreOfThem: "one other suspect" tells of another arrest than the first.
func TestMoreOfThem(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want int
	}{
		{"Greek police have arrested a man carrying explosives in Athens.\n\nThe reports say police later arrested at least one other suspect.", 2},
		{"Greek police have arrested a man carrying explosives in Athens.\n\nThe reports say police arrested him near the port.", 1},
	} {
		if n := typeCount(t, p, c.text, "ARREST"); n != c.want {
			t.Errorf("%q: %d arrests (%q), want %d", c.text, n, eventLines(t, p, c.text), c.want)
		}
	}
}
