package pipeline

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

func TestRuleRelations(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, typ, src, dst string }{
		{"Fred Demler, an economist with Goldman Sachs, said prices fell.", "WORKS_FOR", "Fred Demler", "Goldman Sachs"},
		{"John Smith, a member of the Liberal Party, said he would vote against the bill.", "MEMBER_OF", "John Smith", "Liberal Party"},
		{"The singer Elvis Presley was born in Tupelo in 1935.", "LIVES_IN", "Elvis Presley", "Tupelo"},
		{"The storm hit Aiken, S.C., on Monday.", "LOCATED_IN", "Aiken", "S.C."},
		{"Russian Foreign Minister Sergey Lavrov arrived in Paris.", "HOLDS_ROLE", "Sergey Lavrov", "Russia"},
		{"Russian Foreign Minister Sergey Lavrov arrived in Paris.", "CITIZEN_OF", "Sergey Lavrov", "Russia"},
		{"Marie Ferraro, 50, of Bethany was shot.", "LIVES_IN", "Marie Ferraro", "Bethany"},
		{"The drug should stay on prescription, said Susan Cruzan, an FDA spokeswoman.", "WORKS_FOR", "Susan Cruzan", "FDA"},
		// (A first name: a sentence-initial surname with no other evidence is
		// the tagger's guess, and this case is about the membership rule.)
		{"Jim Barrett is a member of the Illinois Commerce Commission.", "MEMBER_OF", "Jim Barrett", "Illinois Commerce Commission"},
		{"The files name Robert Kennedy's assassin, Sirhan Sirhan, as the only gunman.", "KILLED", "Sirhan Sirhan", "Robert Kennedy"},
		{"They found John Wilkes Booth, the assassin of Abraham Lincoln, in a barn.", "KILLED", "John Wilkes Booth", "Abraham Lincoln"},
		{"Daniel Bakst, a West Palm Beach, Fla., lawyer, said he would appeal.", "LIVES_IN", "Daniel Bakst", "Fla"},
		{"Daniel Bakst, a West Palm Beach, Fla., lawyer, said he would appeal.", "LIVES_IN", "Daniel Bakst", "West Palm Beach"},
		{"Robert Corduwener, a Netherlands businessman, bought the firm.", "CITIZEN_OF", "Robert Corduwener", "Netherlands"},
		// the deed before the first name or after the second
		{"Police said the man who murdered John Lennon, Mark Chapman, had a gun.", "KILLED", "Mark Chapman", "John Lennon"},
		{"The report says Jack Ruby shot Lee Oswald in Dallas.", "KILLED", "Jack Ruby", "Lee Oswald"},
	}
	for _, c := range cases {
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		name := namesByID(a)
		found := false
		var got []string
		for _, r := range a.Relations {
			got = append(got, r.Type+"("+name[r.Source]+", "+name[r.Target]+")")
			if r.Type == c.typ && name[r.Source] == c.src && name[r.Target] == c.dst {
				found = true
				if len(r.Evidence) == 0 || r.Evidence[0].Text == "" {
					t.Errorf("%s(%s, %s) has no evidence", c.typ, c.src, c.dst)
				}
			}
		}
		if !found {
			t.Errorf("Analyze(%q) relations = %q; want %s(%s, %s)", c.text, got, c.typ, c.src, c.dst)
		}
	}
}

// TestRelationGuards pins relations the classifier must not output: a killing
// without a word of killing, a place after a finite verb, an international
// organization "based" where it acts.
func TestRelationGuards(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, typ string }{
		{"Obama named another ex-Clinton official, William Daley, as his new chief of staff, replacing Rahm Emmanuel.", "KILLED"},
		{"The U.S. State Department criticizes Sri Lanka over its record.", "BASED_IN"},
		{"NATO aircraft in southern Afghanistan bombed the positions.", "BASED_IN"},
		{"The storm from Western Europe has landed in Iraq.", "LOCATED_IN"},
		{"The London march came ahead of anti-war protests today in other cities, including Rome, Paris, and Madrid.", "LOCATED_IN"},
		{"Speaking on Fox News Sunday, Admiral Thad Allen said the leak was slowing.", "WORKS_FOR"},
		{"The group has offices in Paris, London, Singapore and Tokyo.", "LOCATED_IN"},
		{"Exports went to England, Italy, Zaire and Uganda.", "LOCATED_IN"},
		{"He addressed the U.N. General Assembly Wednesday in New York, President Hu said.", "WORKS_FOR"},
		// names far apart in one list
		{"The film stars Gwyneth Paltrow, Dustin Hoffman and Halle Berry.", "WORKS_FOR"},
		{"The finalists are Manchester, Liverpool, Leicester and Hull.", "LIVES_IN"},
		// a word of killing in the sentence that is not about the pair
		{"Board members Philip Yea and Tom Brown were voted out, against the wishes of chief executive David Gill.", "KILLED"},
		{"Frank Holt had a shot blocked before a fine save from Peter Marsh kept the score level.", "KILLED"},
		{"Tom Baines was shooting tamely at Harry Kemp in injury time.", "KILLED"},
		{"Jim Dolan fires a forehand shot wide to lose his serve, and Carlos Vega holds.", "KILLED"},
		{"Sam Hart was sin-binned after killing the ball, and Ryan Moore kicked the penalty.", "KILLED"},
		{"Peter Doyle will return in a new series of Midsomer Murders with Jane Wyatt.", "KILLED"},
		{"Tim Lowe's plan, perfectly executed by the team, was finished by Andy Cole.", "KILLED"},
		{"Anne Kerr led the inquiry into the death of David Kelly.", "KILLED"},
		// rivals, fixtures and fans are no staff
		{"In the final, Maria Costa beat Lisa Brandt in three sets.", "WORKS_FOR"},
		{"Tom Harris will miss the rest of the Six Nations with a knee injury.", "WORKS_FOR"},
		{"Crystal Palace fan Matthew Hughes said the ground was full.", "WORKS_FOR"},
		{"Saturday's fixtures: Hull City v Leeds United, Stoke v Derby County.", "BASED_IN"},
		// a line-up: each bracket belongs to the name before it
		{"Wales: Coyne (Burnley), Jones (Wolves), Roberts (Cardiff), Page (Cardiff), Partridge (Motherwell).", "LIVES_IN"},
	}
	for _, c := range cases {
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range a.Relations {
			if r.Type == c.typ {
				t.Errorf("Analyze(%q) has %s %s -> %s (%q)", c.text, r.Type, r.Source, r.Target, r.Evidence[0].Text)
			}
		}
	}
}

// TestEmployerByTitle: a title that names the employer ("Bank of England
// governor Mervyn King") keeps the classifier from giving him another body of
// the same sentence as employer.
func TestEmployerByTitle(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := p.Analyze(context.Background(), extract.Document{Text: "The ONS echoed an earlier caution from Bank of England governor Mervyn King not to read too much into the figures."})
	if err != nil {
		t.Fatal(err)
	}
	name := namesByID(a)
	employers := map[string]bool{}
	for _, r := range a.Relations {
		if r.Type == "WORKS_FOR" && name[r.Source] == "Mervyn King" {
			employers[name[r.Target]] = true
		}
	}
	if !employers["Bank of England"] || employers["ONS"] {
		t.Errorf("Mervyn King works for %v, want Bank of England only", employers)
	}
}

func TestPlaceShapedNames(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name string }{
		{"Police searched the San Gabriel River Channel near Azusa, Calif., on Monday.", "Azusa"},
		{"Troops moved into Dan Sai District on Friday.", "Dan Sai District"},
		{"At a briefing at NRC headquarters in nearby Rockville , Md. , Bernero said so.", "Rockville"},
	} {
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		typ := ""
		for _, e := range a.Entities {
			if e.Name == c.name {
				typ = e.Type
			}
		}
		if typ != extract.Location {
			t.Errorf("Analyze(%q): %s is %q; want %s", c.text, c.name, typ, extract.Location)
		}
	}
}

func TestPresentOfPast(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"criticizes": true, "visits": true, "countries": false, "news": false, "is": false} {
		if got := presentOfPast(p.wc, w); got != want {
			t.Errorf("presentOfPast(%q) = %v; want %v", w, got, want)
		}
	}
}
