package pipeline

import "testing"

// TestCorefFrontedAdverbial: a sentence-opening "He" is the subject of the
// sentence before, not a person named in that sentence's fronted
// prepositional phrase; a fronted phrase's verb does not hide the subject.
func TestCorefFrontedAdverbial(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "person inside the fronted phrase",
			text: "Vice President Dick Cheney criticized Senate Democrats on Wednesday. " +
				"In a speech near Washington, Mr. Cheney called the allegations reprehensible. " +
				"In a statement released after Mr. Cheney's speech, Senator Harry Reid accused the administration of playing politics. " +
				"He urged the White House to give troops a strategy for success.",
			want: []string{"APPEAL urged [Harry Reid:AGENT White House:PATIENT]"},
		},
	})
}

// TestCorefStatusDescription: a definite description whose title is
// preceded by words of standing ("the exiled former leader", "the former
// dictator") names the one earlier person whose title fits.
func TestCorefStatusDescription(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "exiled former leader",
			text: "A war crimes tribunal has accused former Liberian President Charles Taylor of backing a plot. " +
				"The court's chief prosecutor says the exiled former leader ordered the assassination of Guinean President Lansana Conte in January.",
			want: []string{"ATTACK assassination [Charles Taylor:AGENT Lansana Conte:PATIENT]"},
		},
		{
			name: "former dictator",
			text: "Ethiopia has sought the extradition of former President Mengistu Haile Mariam from Zimbabwe. " +
				"The former dictator was convicted of genocide on Tuesday.",
			want: []string{"TRIAL convicted [Mengistu Haile Mariam:PATIENT]"},
		},
	})
}

// TestCorefDescribedOpener: "He" opening a sentence after one whose subject
// is an unnamed person's description is that person: the body a spokesman
// speaks for, or no one named, never the person the story named before.
func TestCorefDescribedOpener(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "spokesman for a body",
			text: "A Warsaw court found Jerzy Urban guilty of insulting a head of state. " +
				"A spokesman for the Organization for Security and Cooperation in Europe said the ruling curtails press freedom. " +
				"He then called on Polish authorities to decriminalize libel.",
			want: []string{"APPEAL called [Organization for Security and Cooperation In Europe:AGENT Poland:PATIENT]"},
		},
	})
}

// TestCorefStoryForce: bare soldiers wounded by a hostile act are the
// forces of the one country whose forces the story just named, under any
// force noun; two countries' forces leave them unresolved.
func TestCorefStoryForce(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "one country's forces",
			text: "On Thursday, Pakistani security forces said at least 10 militants were killed during a military operation in North Waziristan. " +
				"A military spokesman says the militants were killed while fleeing the site of a roadside bombing that wounded five soldiers.",
			want: []string{"ATTACK wounded [Pakistan:PATIENT]"},
		},
		{
			name: "two countries' forces",
			text: "On Thursday, Pakistani security forces and Afghan troops said at least 10 militants were killed during a military operation in North Waziristan. " +
				"A military spokesman says the militants were killed while fleeing the site of a roadside bombing that wounded five soldiers.",
			absent: []string{"ATTACK wounded [Pakistan:PATIENT]"},
		},
	})
}
