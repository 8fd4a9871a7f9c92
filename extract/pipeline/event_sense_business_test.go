package pipeline

import "testing"

// TestCompanyMeeting: a company's shareholders' meeting is no MEET; an
// annual meeting of a bank's member states' ministers is.
func TestCompanyMeeting(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "annual meeting", text: "Hartwell Tools Inc said shareholders at its annual meeting approved a merger with Brandt Corp for 12 dlrs per share.", absent: []string{"MEET"}},
		{name: "board meeting", text: "The company said its board of directors will hold a special meeting on Friday to consider the offer.", absent: []string{"MEET"}},
		{name: "ministers' meeting", text: "Finance ministers of Japan and China met at the annual meeting of the Asian Development Bank in Kyoto on Monday.", want: []string{"MEET met [Asian Development Bank:PARTICIPANT China:PARTICIPANT Japan:PARTICIPANT]"}},
	})
}

// TestBoardElection: a board electing a president names an officer (an
// APPOINTMENT); a parliament electing a president holds an ELECTION.
func TestBoardElection(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "board elected", text: "Hartwell Tools Inc said its board elected Peter Lang president and chief executive officer.", absent: []string{"ELECTION"}, want: []string{"APPOINTMENT elected [Peter Lang:PATIENT]"}},
		{name: "parliament elected", text: "Lebanon's parliament elected Michel Suleiman president on Sunday.", absent: []string{"APPOINTMENT"}},
	})
}

// TestAskedQuestion: a question told after its question mark or "asked
// about" something asks for nothing; asking a government to act is an APPEAL.
func TestAskedQuestion(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "question mark", text: "\"Why should we pay for the rescue of these banks?\" asked Senator John Reed at the hearing.", absent: []string{"APPEAL"}},
		{name: "asked about", text: "Treasury Secretary James Baker was asked about the loans at a news conference in Washington.", absent: []string{"APPEAL"}},
		{name: "asked to act", text: "The union asked the French government to stop the sale of the steel works.", want: []string{"APPEAL asked [France:PATIENT]"}},
	})
}

// TestKilledDeath: a death told with the bullets that caused it is a
// killing (ATTACK); a death in a crash stays a DEATH.
func TestKilledDeath(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "hail of bullets", text: "The Iraqi judge, Ahmed Saleh, died in a hail of bullets on Tuesday as he drove through Baghdad.", absent: []string{"DEATH"}},
		{name: "crash", text: "The Iraqi judge, Ahmed Saleh, died in a car crash on Tuesday as he drove through Baghdad.", want: []string{"DEATH died [Ahmed Saleh:PATIENT]"}},
	})
}

// TestCaptiveHeld: hostages held by kidnappers are under no ARREST; a
// suspect held by police is.
func TestCaptiveHeld(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "held by kidnappers", text: "Two Italian engineers were kidnapped in the Niger Delta last month and held for five days before their release.", absent: []string{"ARREST"}},
		{name: "held by police", text: "Nigerian police held two Italian engineers for five days on suspicion of smuggling.", want: []string{"ARREST held [Italy:PATIENT Nigeria:AGENT]"}},
	})
}

// TestNamingAs: naming a country as an example appoints no one; naming a
// person as chairman does.
func TestNamingAs(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "country as", text: "The report names Pakistan as the state of gravest concern.", absent: []string{"APPOINTMENT"}},
		{name: "them as", text: "He named them as high tariffs and curbs on technology transfer.", absent: []string{"APPOINTMENT"}},
		{name: "person as chairman", text: "Hartwell Tools Inc named Peter Lang as chairman on Monday.", want: []string{"APPOINTMENT named [Hartwell Tools Inc:AGENT Peter Lang:PATIENT]"}},
	})
}

// TestOccupationState: a standing occupation is a state; troops occupying a
// town on a day is an OCCUPY.
func TestOccupationState(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "occupies", text: "Morocco, which occupies most of Western Sahara, rejected the plan on Friday.", absent: []string{"OCCUPY"}},
		{name: "under occupation", text: "The Greek town was twice under German occupation in the last century.", absent: []string{"OCCUPY"}},
		{name: "occupied the town", text: "Ethiopian troops occupied the Somali town of Baidoa on Monday.", want: []string{"OCCUPY occupied [Ethiopia:AGENT Somalia:PATIENT]"}},
	})
}
