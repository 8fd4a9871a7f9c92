package pipeline

import "testing"

// TestSubjectAcrossPlace pins a subject read across a place phrase before
// the verb: a home body "in" a country acts for it, a named body keeps its
// own name, and troops "in" a country, a city or a verb of saying give no
// subject. Each case is a short story written for the test.
func TestSubjectAcrossPlace(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "police in a country",
			text: "Police in Kenya have arrested the leader of an outlawed sect, Maina Njenga, in Nairobi.",
			want: []string{"ARREST arrested [Kenya:AGENT Maina Njenga:PATIENT]"},
		},
		{
			name: "a named body in a city",
			text: "The U.N. tribunal in Arusha has convicted former mayor Jean-Paul Akayesu of genocide.",
			want: []string{"TRIAL convicted [Jean-Paul Akayesu:PATIENT United Nations:AGENT]"},
		},
		{
			name: "agents from a named agency",
			text: "Jamal Ahmed was taken into custody on Friday by agents from the Federal Bureau of Investigation.",
			want: []string{"ARREST taken [Federal Bureau of Investigation:AGENT Jamal Ahmed:PATIENT]"},
		},
		{
			name: "troops in a country serve elsewhere",
			text: "Coalition troops in Iraq have captured a suspected al-Qaida financier, Abu Omar.",
			want: []string{"ARREST captured [Abu Omar:PATIENT]"},
		},
		{
			name:   "a verb of saying",
			text:   "Police in Mexico say gunmen raided a rehabilitation center in Chihuahua.",
			absent: []string{"ATTACK"},
		},
	})
}
