package pipeline

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestCompanyContext: a name the tagger has never seen is typed by what the
// article says around it: a company's cue words make it an organization,
// and a person's cue (a title, "said he") keeps a person a person even
// beside company words. The sentences are written for the test; the names
// are invented so that neither the gazetteer nor the tagger's training
// knows them.
func TestCompanyContext(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, name, typ string
	}{
		{"Dutch firm Velkamp saw its annual profits drop by a third. Velkamp's net income fell to 537m euros, and Velkamp said it would cut costs.",
			"Velkamp", extract.Organization},
		{"The government is ready to save Marvosa, the country's flagship airline. Marvosa's main shareholder has asked for more time.",
			"Marvosa", extract.Organization},
		{"Investors bought a 20% stake in Quorvia on Friday. Quorvia said its shares had risen.",
			"Quorvia", extract.Organization},
		// A name ending in a word for a body is one.
		{"African Union mediators extended the deadline. The African Union said talks would go on.",
			"African Union", extract.Organization},
		{"The convener of education at Highland Council resigned on Monday.",
			"Highland Council", extract.Organization},
		// Competitions and prizes are MISC, whatever the tagger said.
		{"The band will perform at this month's Grammy Awards in Los Angeles.", "Grammy Awards", extract.Misc},
		{"Their debut album won last year's Mercury Music Prize.", "Mercury Music Prize", extract.Misc},
		// People stay people: the appositive's head is "analyst", not the
		// bank after "with", and a title or "said he" outweighs a possessive.
		{"\"Demand is strong,\" said Tadeo Marqueli, an analyst with Farnsby Bank. Marqueli said he expected more growth.",
			"Tadeo Marqueli", extract.Person},
		{"Chief executive Orlan Vesk said the results were good. Vesk's profits from the sale will go to charity, he said.",
			"Orlan Vesk", extract.Person},
		// The press and the market's commentators.
		{"The report appeared in Dutch newspaper Velderblad on Sunday. Velderblad said the club had agreed.",
			"Velderblad", extract.Organization},
		{"\"Prices will rise,\" said Jun Park, an analyst at Hansol Quorvest in Seoul.",
			"Hansol Quorvest", extract.Organization},
		// A list is not an appositive.
		{"The hearing was held by Commissioner Edvin Talbry, the Federal Home Loan Bank of Dallas and the state.",
			"Edvin Talbry", extract.Person},
	}
	for _, c := range cases {
		a, err := p.Analyze(context.Background(), extract.Document{ID: "t", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, e := range a.Entities {
			if e.Name != c.name {
				continue
			}
			n++
			if e.Type != c.typ {
				t.Errorf("%q: %s typed %s, want %s", c.text, c.name, e.Type, c.typ)
			}
		}
		if n != 1 {
			t.Errorf("%q: %d entities named %s, want 1 (%v)", c.text, n, c.name, a.Entities)
		}
	}
}

// TestDerivedDemonym: a two-word nationality the dictionaries lack is read
// from its country's name; "Korean" alone names no one Korea.
func TestDerivedDemonym(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := p.Analyze(context.Background(), extract.Document{ID: "t",
		Text: "A Sri Lankan truck driver met South Korean envoys. Korean diplomats were not there."})
	if err != nil {
		t.Fatal(err)
	}
	of := map[string]string{}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			of[m.Text] = e.Name
		}
	}
	for mention, want := range map[string]string{"Sri Lankan": "Sri Lanka", "South Korean": "South Korea"} {
		if of[mention] != want {
			t.Errorf("%q is a mention of %q, want %q", mention, of[mention], want)
		}
	}
	if n := of["Korean"]; n == "North Korea" || n == "South Korea" {
		t.Errorf("\"Korean\" alone joined %s", n)
	}
}
