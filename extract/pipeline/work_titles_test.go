package pipeline

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestWorkTitles: a title named after a word for the work is one MISC name,
// and the people around it are not related to pieces of it.
func TestWorkTitles(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text      string
		want      map[string]string // name -> type; "" means no such entity
		noRelWith string            // no relation may touch an entity of this name
	}{
		{"Her book Small Island won the prize, said the writer Andrea Levy.",
			map[string]string{"Small Island": extract.Misc, "Andrea Levy": extract.Person}, "Small Island"},
		{"The comedy Shaun of the Dead was directed by Edgar Wright.",
			map[string]string{"Shaun of the Dead": extract.Misc, "Shaun": "", "Edgar Wright": extract.Person}, ""},
		{"Samantha Morton starred in the drama My Summer of Love in London.",
			map[string]string{"My Summer of Love": extract.Misc, "My Summer": "", "Love": ""}, "My Summer of Love"},
		{"The documentary Super Size Me sold well, as did the German film The Downfall.",
			map[string]string{"Super Size Me": extract.Misc, "Downfall": extract.Misc}, ""},
		{"Shakespeare in Love won, and Hugh Grant starred in the film Love Actually in Paris.",
			map[string]string{"Love Actually": extract.Misc}, ""},
		// not titles: a class of shares, a place, the noun's possessive
		{"The company will redeem its preferred stock series B next year.", map[string]string{"B": ""}, ""},
		{"The show Britain loves most is on again.", map[string]string{"Britain": extract.Location}, ""},
		{"The film's director Steven Spielberg said he was pleased.", map[string]string{"Steven Spielberg": extract.Person}, ""},
	}
	for _, c := range cases {
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		ids := map[string]string{}
		for _, e := range a.Entities {
			got[e.Name] = e.Type
			ids[e.ID] = e.Name
		}
		for name, typ := range c.want {
			if got[name] != typ {
				t.Errorf("Analyze(%q): %q is %q; want %q (entities %v)", c.text, name, got[name], typ, got)
			}
		}
		for _, r := range a.Relations {
			if c.noRelWith != "" && (ids[r.Source] == c.noRelWith || ids[r.Target] == c.noRelWith) {
				t.Errorf("Analyze(%q): %s %s -> %s relates the title", c.text, r.Type, ids[r.Source], ids[r.Target])
			}
		}
	}
}
