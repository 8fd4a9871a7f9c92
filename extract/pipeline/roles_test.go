package pipeline

import (
	"context"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

func TestAppositiveRoles(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, person, title, org string
	}{
		{"Sergey Lavrov, Russia's foreign minister, met Kerry in Paris.", "Sergey Lavrov", "Foreign Minister", "Russia"},
		{"The talks were led by the Russian foreign minister, Sergey Lavrov, on Sunday.", "Sergey Lavrov", "Foreign Minister", "Russia"},
		{"John Kerry, the secretary of state, arrived on Sunday.", "John Kerry", "Secretary of State", ""},
		{"Angela Merkel, chancellor of Germany, spoke on Monday.", "Angela Merkel", "Chancellor", "Germany"},
		// A possessive determines the title as "the" does.
		{"Egypt's foreign minister, Sameh Shoukry, said the meeting was useful.", "Sameh Shoukry", "Foreign Minister", "Egypt"},
	}
	for _, c := range cases {
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		e := entityNamed(a, c.person)
		if e == nil {
			t.Errorf("Analyze(%q): no entity %q; entities %v", c.text, c.person, names(a))
			continue
		}
		found := false
		for _, r := range e.Roles {
			if r.Title == c.title && r.Org == c.org {
				found = true
			}
		}
		if !found {
			t.Errorf("Analyze(%q): %s roles = %+v; want %q (%q)", c.text, c.person, e.Roles, c.title, c.org)
		}
	}
}

// Page furniture in capitals is not a name; an acronym the gazetteer knows is.
func TestShoutedCommonWords(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := p.Analyze(context.Background(), extract.Document{Text: "US and Germany launch climate partnership MORE and Russian Foreign Minister Sergey Lavrov met in Paris."})
	if err != nil {
		t.Fatal(err)
	}
	if e := entityNamed(a, "MORE"); e != nil {
		t.Errorf("MORE became entity %s; entities %v", e.Type, names(a))
	}
	a, err = p.Analyze(context.Background(), extract.Document{Text: "The panel was presented by NextEra Energy on Monday."})
	if err != nil {
		t.Fatal(err)
	}
	if e := entityNamed(a, "NextEra Energy"); e == nil {
		t.Errorf("no entity NextEra Energy; entities %v", names(a))
	}
}

// A definite description joins the one person whose role it names.
func TestDescriptionCoreference(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Paris on Sunday. " +
		"The secretary said the talks were useful. Kerry later flew home. " +
		"The Russian foreign minister said Moscow had no plans to invade."
	a, err := p.Analyze(context.Background(), extract.Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"secretary": "John Kerry", "foreign minister": "Sergey Lavrov", "Kerry": "John Kerry"}
	for frag, who := range want {
		e := entityNamed(a, who)
		if e == nil {
			t.Fatalf("no entity %q; entities %v", who, names(a))
		}
		found := false
		for _, m := range e.Mentions {
			if m.Text == frag {
				found = true
			}
		}
		if !found {
			t.Errorf("%s mentions = %+v; want one reading %q", who, e.Mentions, frag)
		}
	}
}

// Wire datelines: a document code and the month are not part of the place.
func TestDatelineNames(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"LD2804174994 Moscow INTERFAX reported the talks.",
		"Moscow March 3 -- Russian officials said the talks would resume.",
	} {
		a, err := p.Analyze(context.Background(), extract.Document{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		ok := false
		for _, e := range a.Entities {
			if e.Name == "Moscow" {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Analyze(%q) entities = %v; want the place alone", text, names(a))
		}
	}
}

func TestPronounCoreference(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, person string
		want         int // mentions reading "He"
	}{
		{"John Kerry arrived in Paris on Sunday. He said the talks would be hard.", "John Kerry", 1},
		{"John Kerry met Sergey Lavrov in Paris. He said the talks would be hard.", "John Kerry", 0},
		{"Officials said John Kerry would travel. He said the talks would be hard.", "John Kerry", 0},
	}
	for _, c := range cases {
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		e := entityNamed(a, c.person)
		if e == nil {
			t.Fatalf("Analyze(%q): no %s", c.text, c.person)
		}
		n := 0
		for _, m := range e.Mentions {
			if m.Text == "He" {
				n++
			}
		}
		if n != c.want {
			t.Errorf("Analyze(%q): %s has %d mentions \"He\"; want %d", c.text, c.person, n, c.want)
		}
	}
}

func TestOrganizationShortNames(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "The International Atomic Energy Agency (IAEA) met in Vienna. IAEA inspectors will return. " +
		"Egyptian police arrested members of the Muslim Brotherhood. The Brotherhood said the arrests were unfair."
	a, err := p.Analyze(context.Background(), extract.Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for full, short := range map[string]string{"International Atomic Energy Agency": "IAEA", "Muslim Brotherhood": "Brotherhood"} {
		e := entityNamed(a, full)
		if e == nil {
			t.Errorf("no entity %q; entities %v", full, names(a))
			continue
		}
		if !slices.Contains(e.Aliases, short) {
			t.Errorf("%s aliases = %q; want %q", full, e.Aliases, short)
		}
	}
}

// Two people fit "the president": the description stays unresolved.
func TestAmbiguousDescription(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := p.Analyze(context.Background(), extract.Document{Text: "President Barack Obama spoke with Russian President Vladimir Putin on Friday. The president said the call was useful."})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Text == "president" {
				t.Errorf("\"the president\" was linked to %s; want no link", e.Name)
			}
		}
	}
}
