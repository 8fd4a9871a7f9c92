package pipeline

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// eventTypes runs the pipeline over text and returns each event as
// "TYPE trigger".
func eventTypes(t *testing.T, p *Pipeline, text string) []string {
	t.Helper()
	a, err := p.Analyze(context.Background(), extract.Document{Text: text, Published: "2007-06-14"})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range a.Events {
		out = append(out, e.Type+" "+e.Trigger)
	}
	return out
}

// typeCase is a sentence and the "TYPE trigger" that must be found in it
// or, written with a leading "-", must not be.
type typeCase struct{ text, want string }

// checkEventTypes runs each case through one pipeline: the guard tests
// each pair a false event a guard must remove with a near sentence whose
// right event it must keep.
func checkEventTypes(t *testing.T, cases []typeCase) {
	t.Helper()
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		got := eventTypes(t, p, c.text)
		want, absent := strings.CutPrefix(c.want, "-")
		if slices.Contains(got, want) == absent {
			t.Errorf("Analyze(%q) = %v; want %q found: %v", c.text, got, want, !absent)
		}
	}
}

// TestStoppedEventsAreNotEvents: what a verb of stopping or preventing acts
// on is kept from happening, not reported as happening; the same act told
// plainly is an event.
func TestStoppedEventsAreNotEvents(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"The Palestinian militant group Islamic Jihad says it has ordered its gunmen in the Gaza Strip to stop firing rockets at Israeli targets.", "-ATTACK firing"},
		{"Israel promised to stop killing Palestinians in the West Bank.", "-ATTACK killing"},
		{"Islamic Jihad gunmen fired rockets at Israeli targets on Monday.", "ATTACK fired"},
	})
}

// TestHopedOfEventIsReal: an event noun that is the subject of the clause
// a verb of hoping takes is a real event; what is hoped is the predicate.
func TestHopedOfEventIsReal(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Georgian Prime Minister Zurab Zhvania says he hopes the upcoming Ukrainian presidential election will be free and fair."
	got := eventTypes(t, p, text)
	found := false
	for _, g := range got {
		found = found || g == "ELECTION election"
	}
	if !found {
		t.Errorf("Analyze(%q) = %v; want an ELECTION event", text, got)
	}
}

// TestAskedInfinitiveIsNotAnEvent: what an appeal asks someone to do, in
// the infinitive clause after the one asked, has not happened, however far
// the event word sits from the appeal; the appeal itself stays, and the
// same act told as done is an event.
func TestAskedInfinitiveIsNotAnEvent(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	asked := eventTypes(t, p, "Senator John McCain said he urged the Chinese to support the international community in imposing sanctions on North Korea.")
	hasAppeal := false
	for _, g := range asked {
		if strings.HasPrefix(g, "SANCTION") {
			t.Errorf("asked-for sanctions read as an event: %v", asked)
		}
		hasAppeal = hasAppeal || g == "APPEAL urged"
	}
	if !hasAppeal {
		t.Errorf("the appeal itself is lost: %v", asked)
	}
	// a noun in a prepositional phrase of the asked clause is its topic, real already
	topic := eventTypes(t, p, "Tony Blair is urging European leaders to wake up from their state of denial over President Bush's re-election.")
	found := false
	for _, g := range topic {
		found = found || strings.HasPrefix(g, "ELECTION")
	}
	if !found {
		t.Errorf("the re-election a clause is about = %v; want an ELECTION event", topic)
	}
	done := eventTypes(t, p, "The United Nations imposed sanctions on North Korea on Monday.")
	if len(done) == 0 || !strings.HasPrefix(done[0], "SANCTION") {
		t.Errorf("sanctions imposed = %v; want a SANCTION event", done)
	}
}

// TestStanceObjectIsNoEvent: an event noun with no determiner as the
// object of a verb that bans or favours it is a kind of act, not one that
// took place.
func TestStanceObjectIsNoEvent(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, typ string }{
		{"But Russia and China favor less stringent sanctions against Iran.", "SANCTION"},
		{"The International Olympic Committee bars demonstrations at Olympic venues.", "PROTEST"},
	} {
		for _, g := range eventTypes(t, p, c.text) {
			if strings.HasPrefix(g, c.typ) {
				t.Errorf("Analyze(%q): %s read as an event", c.text, g)
			}
		}
	}
}

// TestGoalPhraseIsNoEvent: a verb in a phrase that states a goal ("aimed
// at", "in an effort to") tells an aim, not an act; told as done, it is an
// event.
func TestGoalPhraseIsNoEvent(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	aim := eventTypes(t, p, "McCain criticized the six-nation talks aimed at disarming North Korea's nuclear program.")
	for _, g := range aim {
		if strings.HasPrefix(g, "ATTACK") {
			t.Errorf("an aim read as an event: %v", aim)
		}
	}
	done := eventTypes(t, p, "U.S. troops captured Taleban commander Mullah Dadullah in Kandahar on Monday.")
	if len(done) == 0 || done[0] != "ARREST captured" {
		t.Errorf("a capture told as done = %v; want ARREST captured", done)
	}
}

// TestAttributiveParticipleIsNoEvent: a participle used as an adjective
// before a noun describes a state; the same verb with a subject is an act.
func TestAttributiveParticipleIsNoEvent(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text  string
		event bool
	}{
		{"The court confiscated half of Thaksin's frozen assets in February.", false},
		{"Injured Chelsea winger Arjen Robben has insisted that he only has a 10% chance of making a return.", false},
		{"U.S. Treasury officials have frozen the assets of KindHearts, an Ohio-based charity.", true},
		{"Israeli troops injured three Palestinian youths near Nablus on Monday.", true},
	} {
		got := eventTypes(t, p, c.text)
		if (len(got) > 0) != c.event {
			t.Errorf("Analyze(%q) = %v; want an event: %v", c.text, got, c.event)
		}
	}
}

// TestPerfectWithAdverbIsAVerb: "has since hosted game shows" is a verb in
// the perfect with an adverb between, not a participle used as an adjective.
func TestPerfectWithAdverbIsAVerb(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := p.readNames(extract.Document{Text: "The 75-year-old presented American Bandstand from 1956 and has since hosted game shows."})
	defer p.release(d)
	for i, w := range d.lower {
		if w == "hosted" {
			ev := &event{trigStart: i, trigEnd: i + 1}
			if p.attributiveParticiple(d, ev, 0, len(d.lower)) {
				t.Errorf("'has since hosted game shows' read as an attributive participle")
			}
			return
		}
	}
	t.Fatal("no 'hosted' token")
}

// TestDisasterDeathsAreNoAttacks: deaths a storm named at the story's start
// or an accident told in the main clause causes are no attacks; the same
// participle clause after an attack is one.
func TestDisasterDeathsAreNoAttacks(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text   string
		attack bool
	}{
		{"Typhoon Damrey, now a tropical storm, pounded northern and eastern Vietnam Tuesday, killing at least one person.", false},
		{"Bangladesh fire officials say a five-story building has collapsed in the capital of Dhaka, killing at least 20 people.", false},
		{"Taleban gunmen have attacked a police post in Kandahar, killing at least 20 Afghan policemen.", true},
	} {
		got := eventTypes(t, p, c.text)
		attack := false
		for _, g := range got {
			attack = attack || strings.HasPrefix(g, "ATTACK")
		}
		if attack != c.attack {
			t.Errorf("Analyze(%q) = %v; want an ATTACK: %v", c.text, got, c.attack)
		}
	}
}
