package pipeline

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestEventTriggers7 pins the trigger mechanisms of the sixth session
// (trigger-level misses on dev4, voa_gold and blind2 classified by cause:
// missing from the lexicon, CAMEO codes typed outside the inventory, filters
// turning away real events). Each sentence is written for the test.
func TestEventTriggers7(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			// CAMEO's "call * (FOR &INVESTIGATION) [090]" codes what is asked
			// for; the inventory codes the asking
			name: "called for an investigation",
			text: "Opposition leader Juan Perez has called for an investigation into reports of fraud by the Chilean government.",
			want: []string{"APPEAL called [Juan Perez:AGENT]"},
		},
		{
			// nouns the web treebank is too small to attest and a million words
			// of news (GMB) do: cameo.Sources.News
			name: "kidnapping noun",
			text: "Police in Nigeria are investigating the kidnapping of two German engineers by militants.",
			want: []string{"ATTACK kidnapping [Germany:PATIENT]"},
		},
		{
			// threaten -> threat (a new suffix rule), kept only when someone makes it
			name: "threat made",
			text: "Al-Qaida made a new threat against Denmark on Monday.",
			want: []string{"THREATEN threat [Denmark:PATIENT al-Qaida:AGENT]"},
		},
		{
			// signing or reaching a pact CAMEO codes by its kind (0311 trade
			// treaty, 060 contract, 030 a deal reached) concludes an agreement
			name: "signed a deal, reached a compromise",
			text: "Russia's Rosneft has signed a long-term oil supply deal with China.\n\nIndia and Pakistan reached a compromise on the Siachen glacier on Monday.",
			want: []string{"AGREEMENT signed [China:PARTICIPANT Rosneft:PARTICIPANT]", "AGREEMENT reached [India:PARTICIPANT Pakistan:PARTICIPANT]"},
		},
		{
			// a pact has another side, named or not
			name: "signed contracts, one side named",
			text: "The Palestinian Authority has signed seven new oil contracts.",
			want: []string{"AGREEMENT signed [Palestinian Authority:PARTICIPANT]"},
		},
		{
			// a player's contract is no agreement between parties of the graph
			name:   "signed a player",
			text:   "Arsenal have signed Spanish defender Juan Perez on a three-year deal.",
			absent: []string{"AGREEMENT"},
		},
		{
			// a takeover bid with no force told stays out
			name:   "takeover attempt by a businessman",
			text:   "After a long bidding war, Mercer fought off a takeover attempt by British industrialist Sir James Goldsmith.",
			absent: []string{"OCCUPY"},
		},
		{
			// signing a law is no agreement
			name:   "signed into law",
			text:   "President Bush signed the bill into law on Friday.",
			absent: []string{"AGREEMENT"},
		},
		{
			name: "burned effigies",
			text: "Students burned posters of President Bush in Seoul.",
			want: []string{"PROTEST burned [Bush:PATIENT]"},
		},
		{
			name:   "burned houses is no protest",
			text:   "Rebels in Darfur burned houses in three villages.",
			absent: []string{"PROTEST"},
		},
		{
			// CAMEO's 174 (expel) for a rule ended by force
			name: "ousted by force",
			text: "Colonel Mengistu fled to Zimbabwe in 1991 after he was ousted by Eritrean rebels.\n\nU.S.-led forces ousted the Taleban government in late 2001.",
			want: []string{"ATTACK ousted [Eritrea:AGENT Mengistu:PATIENT]", "ATTACK ousted [Taleban:PATIENT United States:AGENT]"},
		},
		{
			name:   "ousted with no one ousting",
			text:   "Rebels moved into the area after the Taleban government was ousted in Afghanistan in 2001.",
			absent: []string{"ATTACK ousted"},
		},
		{
			name: "land captured by",
			text: "The plan calls for a halt to settlement growth on land captured by Israel in the 1967 war.",
			want: []string{"OCCUPY captured [Israel:AGENT]"},
		},
		{
			name: "designated as successor",
			text: "Kim Jong Il was designated as his father's successor in 1980.",
			want: []string{"APPOINTMENT designated [Kim Jong Il:PATIENT]"},
		},
		{
			name:   "designated as a terrorist group",
			text:   "The United States designated Hamas as a terrorist organization in 1997.",
			absent: []string{"APPOINTMENT"},
		},
		{
			name: "a filed legal complaint",
			text: "A Cuban exile group in Miami had filed a legal complaint against the U.S. government.",
			want: []string{"TRIAL legal complaint [United States:PATIENT]"},
		},
		{
			name:   "nuclear tests, not a cricket Test",
			text:   "Sanctions followed North Korea's nuclear tests in 2006.\n\nPakistan lost the second Test against India.",
			want:   []string{"MILITARY_POSTURE tests [North Korea:AGENT]"},
			absent: []string{"MILITARY_POSTURE test", "MILITARY_POSTURE Test"},
		},
		{
			// a takeover with no company named and force told is a seizure
			name: "violent takeover",
			text: "Gaza has been sealed since a violent takeover by the militant group Hamas last year.",
			want: []string{"OCCUPY takeover [Hamas:AGENT]"},
		},
		{
			// a court agreeing to take up a case; parties agreeing stay an agreement
			name:   "court agreed to hear",
			text:   "Chile's Supreme Court has agreed to review the case.\n\nChile and Peru agreed to review the border treaty.",
			want:   []string{"TRIAL agreed [Chile:AGENT]", "AGREEMENT agreed [Chile:PARTICIPANT Peru:PARTICIPANT]"},
			absent: []string{"AGREEMENT agreed [Supreme Court:PARTICIPANT]"},
		},
		{
			// an appeal with no one asked, after a court's ruling, goes to a higher court
			name:   "appealed a ruling",
			text:   "A court in Harare acquitted the two British journalists on Monday. But Zimbabwe's government appealed, keeping them in custody.",
			want:   []string{"TRIAL appealed [Zimbabwe:AGENT]"},
			absent: []string{"APPEAL"},
		},
		{
			// CAMEO's "visit * SITE [090]" codes the purpose; the trip is a visit
			name: "inspectors visited the site",
			text: "IAEA inspectors visited the Syrian site on Tuesday.",
			want: []string{"VISIT visited [International Atomic Energy Agency:AGENT Syria:PATIENT]"},
		},
		{
			name:   "proceedings of a court, not of a congress",
			text:   "A Harare court heard that the proceedings against the British journalists lasted an hour.\n\nThe proceedings of the Chinese Communist Party congress were broadcast live.",
			want:   []string{"TRIAL proceedings [Britain:PATIENT]"},
			absent: []string{"TRIAL proceedings [Chinese Communist Party:PATIENT]", "TRIAL proceedings [China:PATIENT]"},
		},
		{
			// a prosecutor's charges told by the noun; a company's charges are costs
			name:   "criminal charges, not costs",
			text:   "Roger King faces charges of cocaine possession.\n\nAcme Inc took one-time charges of 12 mln dlrs against Exxon.",
			want:   []string{"TRIAL charges [Roger King:PATIENT]"},
			absent: []string{"TRIAL charges [Exxon:PATIENT]", "TRIAL charges [Acme Inc:PATIENT]"},
		},
		{
			// the charges of a trial told in the same sentence are that trial's
			name:   "charges beside a trial",
			text:   "Algerian Rachid Ramda went on trial in Paris on Monday. In Monday's trial, Ramda is facing charges of being an accomplice to three bombings.",
			want:   []string{"TRIAL went [Rachid Ramda:PATIENT]"},
			absent: []string{"TRIAL charges"},
		},
		{
			// CAMEO files "meet (at)" under 036, intent to meet: a meeting told
			// with its place was lost (seventh session, dev6)
			name: "met at a place",
			text: "President Bush and Macedonian Prime Minister Vlado Buckovski have met at the White House to discuss reforms.",
			want: []string{"MEET met [Bush:PARTICIPANT Vlado Buckovski:PARTICIPANT]"},
		},
		{
			// contacting is a message, not a meeting; a shot at goal is no attack
			name:   "contacted and shot at goal",
			text:   "The company was unavailable for comment when contacted by BBC News. Milan Baros shot wide of the goal from ten yards.",
			absent: []string{"MEET contacted", "ATTACK shot"},
		},
		{
			// a noun called a name is named, not phoned or appealed to
			name:   "a unit called",
			text:   "Imperial Chemical Industries said it is forming a new pharmaceuticals unit called ICI Pharma.",
			absent: []string{"PHONE_CALL called", "APPEAL called"},
		},
	}
	checkEventCases(t, p, cases)
}

// TestEventTriggers7Scan checks triggers the scan finds before participants
// are read (what WikiEvents scores): "the dead" is a death, a joint news
// conference a meeting (a news conference alone is speech).
func TestEventTriggers7Scan(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, typ, trigger string
		want               bool
	}{
		{"Among the dead were two Pakistani soldiers.", "DEATH", "dead", true},
		{"He spoke at a joint news conference with Syrian President Bashar al-Assad.", "MEET", "conference", true},
		{"He told a news conference in Damascus that talks would resume.", "MEET", "conference", false},
		{"Of the 130 injured, 77 were women or children.", "INJURY", "injured", true},
		{"Police said the wounded included two policemen.", "INJURY", "wounded", true},
	} {
		ts, err := p.Triggers(context.Background(), extract.Document{ID: "t", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, tr := range ts {
			got = got || tr.Type == c.typ && tr.Text == c.trigger
		}
		if got != c.want {
			t.Errorf("%q: %s %q trigger %v, want %v (triggers %v)", c.text, c.typ, c.trigger, got, c.want, ts)
		}
	}
}

// TestThreatNounSense checks at the trigger level (what WikiEvents scores,
// before participants decide which events are kept) that a threat noun is
// a THREATEN trigger only when someone makes it.
func TestThreatNounSense(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Al-Qaida made a new threat against Denmark on Monday.", true},
		{"The rebels repeated their threats to attack the capital.", true},
		{"The group issued a threat to kill the hostages.", true},
		{"Officials say al-Qaida poses a threat to India.", false},
		{"He faces charges that carry the threat of execution.", false},
		{"The threat of terrorism has risen, the minister said.", false},
	} {
		ts, err := p.Triggers(context.Background(), extract.Document{ID: "t", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, tr := range ts {
			got = got || tr.Type == "THREATEN" && (tr.Text == "threat" || tr.Text == "threats")
		}
		if got != c.want {
			t.Errorf("%q: THREATEN threat trigger %v, want %v (triggers %v)", c.text, got, c.want, ts)
		}
	}
}
