package pipeline

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestBodyHeads: a name the gazetteer knows as a place is a body when a
// body's head noun follows it in a phrase opened by "the", in every mention
// of the story, unless the story also uses it as a place. Sentences written
// for the test.
func TestBodyHeads(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, name, typ string
	}{
		{"Gunmen loyal to the ruling Fatah party stormed a government office on Tuesday. Fatah officials later condemned the raid.",
			"Fatah", extract.Organization},
		{"Leaders of the Fatah movement met in Ramallah. Hamas and Fatah have clashed for months.",
			"Fatah", extract.Organization},
		// near: the place before a head noun that describes a named band,
		// and a city the story also uses as a place.
		{"Glasgow group Franz Ferdinand won two prizes on Wednesday night.",
			"Glasgow", extract.Location},
		{"The Moscow group of investors met on Friday. Talks in Moscow will go on next week.",
			"Moscow", extract.Location},
	}
	for _, c := range cases {
		a, err := p.Analyze(context.Background(), extract.Document{ID: "t", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range a.Entities {
			if e.Name != c.name {
				continue
			}
			found = true
			if e.Type != c.typ {
				t.Errorf("%q: %s typed %s, want %s", c.text, c.name, e.Type, c.typ)
			}
		}
		if !found {
			t.Errorf("%q: no entity %s", c.text, c.name)
		}
	}
}
