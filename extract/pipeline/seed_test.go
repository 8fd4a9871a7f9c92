package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// The seed article must come out right through general mechanisms (issue 2).
func seedAnalysis(t *testing.T) *extract.Analysis {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "sample", "seed.txt"))
	if err != nil {
		t.Fatalf("read seed article: %v", err)
	}
	p, err := New()
	if err != nil {
		t.Fatalf("New() = %v", err)
	}
	a, err := p.Analyze(context.Background(), extract.Document{ID: "seed", Published: "2014-03-30", Text: string(b)})
	if err != nil {
		t.Fatalf("Analyze(seed) = %v", err)
	}
	return a
}

func entityNamed(a *extract.Analysis, name string) *extract.Entity {
	for i := range a.Entities {
		if a.Entities[i].Name == name {
			return &a.Entities[i]
		}
	}
	return nil
}

// namesByID maps an analysis's entity ids to their names.
func namesByID(a *extract.Analysis) map[string]string {
	name := make(map[string]string, len(a.Entities))
	for _, e := range a.Entities {
		name[e.ID] = e.Name
	}
	return name
}

func TestSeedEntities(t *testing.T) {
	a := seedAnalysis(t)
	byID := map[string]*extract.Entity{}
	for i := range a.Entities {
		byID[a.Entities[i].ID] = &a.Entities[i]
	}
	people := []struct {
		name, title, org string
		aliases          []string
	}{
		{"John Kerry", "Secretary of State", "", []string{"Kerry", "Secretary of State John Kerry"}},
		{"Sergey Lavrov", "Foreign Minister", "Russia", nil},
		{"Obama", "President", "", nil},
		{"Vladimir Putin", "President", "Russia", nil},
	}
	for _, p := range people {
		e := entityNamed(a, p.name)
		if e == nil {
			if p.name == "Obama" {
				e = entityNamed(a, "Barack Obama")
			}
			if e == nil {
				t.Errorf("no entity %q; entities: %v", p.name, names(a))
				continue
			}
		}
		if e.Type != extract.Person {
			t.Errorf("%s: type = %s; want PERSON", p.name, e.Type)
		}
		for _, al := range p.aliases {
			if !slices.Contains(e.Aliases, al) {
				t.Errorf("%s: aliases = %q; want %q among them", p.name, e.Aliases, al)
			}
		}
		found := false
		for _, r := range e.Roles {
			if r.Title == p.title && (p.org == "" || r.Org == p.org) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: roles = %+v; want %q (%q)", p.name, e.Roles, p.title, p.org)
		}
	}
	for _, loc := range []string{"Paris", "Ukraine", "Russia", "Crimea", "Kiev", "United States"} {
		e := entityNamed(a, loc)
		if e == nil || e.Type != extract.Location {
			t.Errorf("no LOCATION %q; entities: %v", loc, names(a))
		}
	}
	if us := entityNamed(a, "United States"); us != nil && !slices.Contains(us.Aliases, "U.S.") {
		t.Errorf("United States aliases = %q; want U.S.", us.Aliases)
	}
	for name, adj := range map[string]string{"Russia": "Russian", "Ukraine": "Ukrainian"} {
		if e := entityNamed(a, name); e != nil && !slices.Contains(e.Aliases, adj) {
			t.Errorf("%s aliases = %q; want %q attached", name, e.Aliases, adj)
		}
	}
	for _, e := range a.Entities {
		n := strings.ToLower(e.Name)
		if strings.Contains(n, "kerryjohn") || strings.Contains(n, "kerry john") || strings.Contains(n, "equilibrium") && e.Type == extract.Person {
			t.Errorf("scraped noise became entity %q (%s)", e.Name, e.Type)
		}
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Sentence < 0 || m.Sentence >= len(a.Sentences) || m.Start < a.Sentences[m.Sentence].Start || m.End > a.Sentences[m.Sentence].End {
				t.Errorf("%s mention %q [%d,%d) not inside its sentence %d", e.Name, m.Text, m.Start, m.End, m.Sentence)
			}
		}
	}
}

func names(a *extract.Analysis) []string {
	var out []string
	for _, e := range a.Entities {
		out = append(out, e.Name+"/"+e.Type)
	}
	return out
}

func TestSeedEvents(t *testing.T) {
	a := seedAnalysis(t)
	byID := map[string]string{}
	for _, e := range a.Entities {
		byID[e.ID] = e.Name
	}
	find := func(typ string, want ...string) *extract.Event {
		for i, ev := range a.Events {
			if ev.Type != typ {
				continue
			}
			got := map[string]bool{}
			for _, p := range ev.Participants {
				got[byID[p.Entity]] = true
			}
			ok := true
			for _, w := range want {
				if !got[w] {
					ok = false
				}
			}
			if ok {
				return &a.Events[i]
			}
		}
		return nil
	}
	if ev := find("MEET", "John Kerry", "Sergey Lavrov"); ev == nil {
		t.Errorf("no MEET of Kerry and Lavrov; events: %s", dumpEvents(a, byID))
	} else {
		if byID[ev.Location] != "Paris" {
			t.Errorf("MEET location = %q; want Paris", byID[ev.Location])
		}
		if ev.Date != "2014-03-30" {
			t.Errorf("MEET date = %q; want 2014-03-30", ev.Date)
		}
		if len(ev.Evidence) == 0 {
			t.Errorf("MEET has no evidence")
		}
	}
	obama := "Obama"
	if entityNamed(a, "Barack Obama") != nil {
		obama = "Barack Obama"
	}
	if ev := find("PHONE_CALL", obama, "Vladimir Putin"); ev == nil {
		t.Errorf("no PHONE_CALL of Obama and Putin; events: %s", dumpEvents(a, byID))
	} else if ev.Date != "2014-03-28" {
		t.Errorf("PHONE_CALL date = %q; want 2014-03-28", ev.Date)
	}
	occ := find("OCCUPY", "Russia", "Crimea")
	if occ == nil {
		t.Errorf("no OCCUPY of Crimea by Russia; events: %s", dumpEvents(a, byID))
	} else {
		for _, p := range occ.Participants {
			if byID[p.Entity] == "Russia" && p.Role != "AGENT" || byID[p.Entity] == "Crimea" && p.Role != "PATIENT" {
				t.Errorf("OCCUPY roles = %+v; want Russia AGENT, Crimea PATIENT", occ.Participants)
			}
		}
	}
}

func dumpEvents(a *extract.Analysis, byID map[string]string) string {
	var b strings.Builder
	for _, ev := range a.Events {
		b.WriteString("\n  " + ev.Type + " " + ev.CAMEO + " " + ev.Trigger + " " + ev.Date + " @" + byID[ev.Location] + ":")
		for _, p := range ev.Participants {
			b.WriteString(" " + byID[p.Entity] + "/" + p.Role)
		}
	}
	return b.String()
}

func TestSeedQuotes(t *testing.T) {
	a := seedAnalysis(t)
	byID := map[string]string{}
	for _, e := range a.Entities {
		byID[e.ID] = e.Name
	}
	want := map[string]string{
		"We’re trying to find a way to defuse this": "John Kerry",
		"Ukrainians will decide their future":       "John Kerry",
		"very, very productive":                     "Sergey Lavrov",
		"Russia and the U.S. have agreed":           "Sergey Lavrov",
	}
	for frag, who := range want {
		found := false
		for _, q := range a.Quotes {
			if strings.Contains(q.Text, frag) {
				found = true
				if byID[q.Speaker] != who {
					t.Errorf("quote %q speaker = %q; want %q", frag, byID[q.Speaker], who)
				}
			}
		}
		if !found {
			t.Errorf("no quote containing %q", frag)
		}
	}
	runes := []rune(seedText(t))
	for _, q := range a.Quotes {
		if q.Start < 0 || q.End > len(runes) || string(runes[q.Start:q.End]) != q.Text && !q.Direct {
			t.Errorf("quote %q offsets [%d,%d) do not match the text", q.Text, q.Start, q.End)
		}
	}
}

func seedText(t *testing.T) string {
	b, err := os.ReadFile(filepath.Join("..", "..", "sample", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
