package pipeline

import (
	"context"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestGuardAudit: the audit names the guard that drops an event, leaves
// the extraction as Analyze makes it, and scores the dropped event as lost
// when a gold event nothing kept matched wants it, as removed when none does.
func TestGuardAudit(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	doc := extract.Document{ID: "t1", Published: "2006-05-02", Text: "Two Iraqi civilians were killed in separate attacks near Baquba on Monday."}
	a, drops, err := p.AnalyzeGuards(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := p.Analyze(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, plain) {
		t.Errorf("AnalyzeGuards changed the extraction:\n%+v\nwant\n%+v", a, plain)
	}
	var several *GuardDrop
	for i := range drops {
		if drops[i].Reason == guardSeveral {
			several = &drops[i]
		}
	}
	if several == nil || several.Event.Type != "ATTACK" || len(several.Event.Participants) != 1 {
		t.Fatalf("drops %+v: want the ATTACK \"killed\" with its victims dropped as %s", drops, guardSeveral)
	}
	iraq := []GoldPart{{Names: []string{"Iraq", "Iraqi"}, Role: patient}}
	for _, c := range []struct {
		gold          []GoldEvent
		lost, removed int
	}{
		{[]GoldEvent{{Type: "ATTACK", Sentences: []int{0}, Trigger: "killed", Parts: iraq}}, 1, 0},
		{[]GoldEvent{{Type: "ATTACK", Sentences: []int{1}, Trigger: "killed", Parts: iraq}}, 0, 1}, // another paragraph
		{nil, 0, 1},
	} {
		s := NewEventScore()
		s.ScoreGuards(GoldDoc{ID: "t1", Events: c.gold}, doc.Text, a, drops)
		got := s.Guards[guardSeveral]
		if got == nil || got.Lost != c.lost || got.Removed != c.removed {
			t.Errorf("gold %+v: %s counts %+v; want lost %d removed %d", c.gold, guardSeveral, got, c.lost, c.removed)
		}
		if s.GuardLostGold != c.lost {
			t.Errorf("gold %+v: %d gold events lost to guards; want %d", c.gold, s.GuardLostGold, c.lost)
		}
	}
}

// analyzeText runs the pipeline on one text published on 2 May 2006.
func analyzeText(t *testing.T, p *Pipeline, text string) *extract.Analysis {
	t.Helper()
	a, err := p.Analyze(context.Background(), extract.Document{ID: "t", Published: "2006-05-02", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// hasEvent: a holds an event of type typ whose trigger is trig with n participants.
func hasEvent(a *extract.Analysis, typ, trig string, n int) bool {
	for _, e := range a.Events {
		if e.Type == typ && e.Trigger == trig && len(e.Participants) == n {
			return true
		}
	}
	return false
}

// TestBodySummit: a summit named after a body of several countries is its
// members' meeting though none is named; one named after a body of one
// country is not kept on that ground.
func TestBodySummit(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Global warming will be a major topic at this week's Group of Eight summit in Germany.", true},
		{"Global warming will be a major topic at this week's Georgetown University summit in Washington.", false},
	} {
		if got := hasEvent(analyzeText(t, p, c.text), "MEET", "summit", 1); got != c.want {
			t.Errorf("%q: a MEET \"summit\" of the body is %v; want %v", c.text, got, c.want)
		}
	}
}

// TestAskedInClause: a verb that asks or threatens by itself, followed by
// a "that" clause, tells the demand or threat whoever it is addressed to;
// a verb that mostly tells a view does not.
func TestAskedInClause(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, typ, trig string
		want            bool
	}{
		{"Pakistani President Pervez Musharraf demanded that all hate material be removed from public markets by December.", "DEMAND", "demanded", true},
		{"The World Health Organization marked Wednesday by urging that nations take steps to ensure women are given better access to treatment.", "APPEAL", "urging", true},
		{"Robben had been expected to be out for six weeks, but Meersseman hinted that the winger could be fit for the game.", "APPEAL", "hinted", false},
	} {
		if got := hasEvent(analyzeText(t, p, c.text), c.typ, c.trig, 1); got != c.want {
			t.Errorf("%q: a %s %q with its one side is %v; want %v", c.text, c.typ, c.trig, got, c.want)
		}
	}
}

// TestManySidedTalks: talks premodified by the number of their sides
// ("six-nation talks") are a forum of their own, not the talks of the
// meeting told just before, and need not name the other sides.
func TestManySidedTalks(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Chinese President Hu Jintao met South Korean President Roh Moo-hyun in Seoul on Tuesday.\n\n" +
		"Mr. Hu's trip precedes the next round of six-nation talks on North Korea's nuclear ambitions, set to take place in Beijing early next month."
	a := analyzeText(t, p, text)
	if !hasEvent(a, "NEGOTIATE", "talks", 1) || !hasEvent(a, "MEET", "met", 2) {
		t.Errorf("%q: events %+v; want the meeting of two and the six-nation talks with North Korea apart", text, a.Events)
	}
}

// TestAlsoReported: what a source "also says" happened is news added to
// what it told before, not a second report of the same event.
func TestAlsoReported(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Iraqi police detained 12 suspected insurgents in Baghdad on Monday.\n\n" +
		"The U.S. military also says Iraqi special forces detained seven suspected criminals in Sadr City."
	n := 0
	for _, e := range analyzeText(t, p, text).Events {
		if e.Type == "ARREST" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%q: %d ARREST events; want 2", text, n)
	}
}

// TestOtherSides: two meetings of one man, each with a body the other
// does not name, are two meetings.
func TestOtherSides(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "U.S. Defense Secretary Robert Gates arrived Tuesday in Ohrid for the annual meeting of the Southeast Europe Defense Ministers.\n\n" +
		"He will attend an informal meeting of NATO defense officials in Budapest on Thursday."
	n := 0
	for _, e := range analyzeText(t, p, text).Events {
		if e.Type == "MEET" && len(e.Participants) == 2 {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%q: %d MEET events of two parties; want 2", text, n)
	}
}

// TestAnalyzeGuardsBadInput: bad text and a cancelled context are errors
// naming the document, not panics.
func TestAnalyzeGuardsBadInput(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := p.AnalyzeGuards(context.Background(), extract.Document{ID: "bad", Text: "a\xffb"}); err == nil {
		t.Error("AnalyzeGuards on invalid UTF-8: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := p.AnalyzeGuards(ctx, extract.Document{ID: "c", Text: "Police arrested him."}); err == nil {
		t.Error("AnalyzeGuards with a cancelled context: no error")
	}
}
