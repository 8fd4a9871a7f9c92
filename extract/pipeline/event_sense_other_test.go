package pipeline

import "testing"

// TestShowingSense: "demonstrated how" shows something; people who
// demonstrated against a plan protest.
func TestShowingSense(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "demonstrated how", text: "Microsoft demonstrated how its new software could stop viruses.", absent: []string{"PROTEST"}},
		{name: "demonstrated why", text: "But the former Arsenal striker Henry demonstrated why he has never scored against Chelsea.", absent: []string{"PROTEST"}},
		{name: "hit the shops", text: "When the video game Halo 2 hit the shops in Britain last week, fans queued outside stores in London.", absent: []string{"PROTEST"}},
		{name: "demonstrated against", text: "Thousands of Kenyans demonstrated against the new constitution in Nairobi on Monday.", want: []string{"PROTEST demonstrated [Kenya:AGENT]"}},
	})
}

// TestSportsTrip: a player's "meetings" with a rival in a sports story are
// games; two prime ministers' meeting at the same tournament is a MEET.
func TestSportsTrip(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const lead = "Britain's Greg Rusedski reached the second round of the Australian Open in Melbourne. The tennis player beat Carlos Moya in straight sets after a tie-break in the first set. "
	const tail = " He next plays the Wimbledon champion at the tournament."
	checkEventCases(t, p, []eventCase{
		{name: "previous meetings", text: lead + "Rusedski, who had lost all three of his previous meetings with the Spanish seed, won 6-4 6-3 6-2." + tail, absent: []string{"MEET"}},
		{name: "leaders at the tournament", text: lead + "On Sunday, Prime Minister Tony Blair had a meeting with Australian Prime Minister John Howard at the tennis tournament." + tail, want: []string{"MEET meeting with [John Howard:PARTICIPANT Tony Blair:PARTICIPANT]"}},
	})
}

// TestBroadcastHost: a presenter who hosts a show visits no one; a host
// country receiving a minister is a VISIT.
func TestBroadcastHost(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "tv host", text: "US TV host Larry King was taken to hospital in Los Angeles on Monday.", absent: []string{"VISIT"}},
		{name: "hosting a show", text: "Jo Whiley has been hosting The Radio One Breakfast Show since January.", absent: []string{"VISIT"}},
		{name: "hosting a minister", text: "On Tuesday, Germany hosted Russian Foreign Minister Sergei Lavrov in Berlin.", want: []string{"VISIT hosted [Germany:AGENT Sergei Lavrov:PATIENT]"}},
	})
}

// TestControlOfThing: control of a business or a computer is no OCCUPY;
// control of a town is.
func TestControlOfThing(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "of a business", text: "The chief executive of the Renault group has taken day-to-day control of its loss-making truck business.", absent: []string{"OCCUPY"}},
		{name: "of a computer", text: "Microsoft warned of a virus that takes control of another computer.", absent: []string{"OCCUPY"}},
		{name: "of a town", text: "On Sunday, Taleban fighters took control of the town of Musa Qala in Helmand province.", want: []string{"OCCUPY took [Taleban:AGENT]"}},
	})
}

// TestThinkingAndEnlisting: "mulls" and "elicits" meet no one and a man
// who joined the Navy is no show of force; "conferred with" is a meeting.
func TestThinkingAndEnlisting(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "mulls", text: "Volkswagen mulls Lamborghini market listing", absent: []string{"MEET"}},
		{name: "elicits", text: "The classic Sinclair Spectrum computer elicits fond memories for those who owned one.", absent: []string{"MEET"}},
		{name: "joined troops", text: "The hero is a Nigerian who joined British troops to fight Japan but finds life hard when he settles in London.", absent: []string{"MILITARY_POSTURE"}},
		{name: "conferred with", text: "On Monday, Secretary of State Condoleezza Rice conferred with Israeli Prime Minister Ehud Olmert in Jerusalem.", want: []string{"MEET conferred [Condoleezza Rice:PARTICIPANT Ehud Olmert:PARTICIPANT]"}},
	})
}
