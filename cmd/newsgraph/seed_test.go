package main

import (
	"bytes"
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSeedThroughGraphQL ingests the seed article with the real command, then asks
// the real GraphQL handler over the real store for every fact issue 2 lists.
func TestSeedThroughGraphQL(t *testing.T) {
	db := t.TempDir()
	seed := filepath.Join("..", "..", "sample", "seed.txt")
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"ingest", "--db", db, "--date", "2014-03-30", seed}, nil, &out, &errb); err != nil {
		t.Fatalf("ingest seed: %v\nstderr: %s", err, errb.String())
	}
	s, err := openStore(db, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := client.New(graph.NewHandler(graph.ServerConfig{Store: s}), client.Path("/graphql"))

	type ent struct {
		ID      string
		Name    string
		Type    string
		Aliases []struct{ Text string }
		Roles   []struct {
			Title string
			Org   *string
		}
		Mentions struct {
			Edges []struct {
				Node struct {
					Sentence int
					Text     string
				}
			}
		}
	}
	lookup := func(search, typ string) ent {
		t.Helper()
		var resp struct {
			Entities struct{ Edges []struct{ Node ent } }
		}
		q := `query($s: String, $t: [EntityType!]) { entities(search: $s, types: $t, first: 5) { edges { node {
			id name type aliases { text } roles { title org }
			mentions(first: 20) { edges { node { sentence text } } } } } } }`
		c.MustPost(q, &resp, client.Var("s", search), client.Var("t", []string{typ}))
		if len(resp.Entities.Edges) == 0 {
			t.Fatalf("entities(search: %q, types: [%s]) found nothing", search, typ)
		}
		return resp.Entities.Edges[0].Node
	}
	aliasTexts := func(e ent) []string {
		var out []string
		for _, a := range e.Aliases {
			out = append(out, a.Text)
		}
		return out
	}
	hasRole := func(e ent, title, org string) bool {
		for _, r := range e.Roles {
			if r.Title == title && (org == "" || r.Org != nil && *r.Org == org) {
				return true
			}
		}
		return false
	}

	kerry := lookup("John Kerry", "PERSON")
	if kerry.Name != "John Kerry" || !slices.Contains(aliasTexts(kerry), "Kerry") || !slices.Contains(aliasTexts(kerry), "Secretary of State John Kerry") {
		t.Errorf("Kerry = %s %v; want John Kerry with aliases Kerry, Secretary of State John Kerry", kerry.Name, aliasTexts(kerry))
	}
	if !hasRole(kerry, "Secretary of State", "") {
		t.Errorf("Kerry roles = %+v; want Secretary of State", kerry.Roles)
	}
	if len(kerry.Mentions.Edges) < 5 {
		t.Errorf("Kerry has %d mentions with evidence; want >= 5", len(kerry.Mentions.Edges))
	}
	for _, m := range kerry.Mentions.Edges {
		if !strings.Contains(m.Node.Text, "Kerry") {
			t.Errorf("Kerry mention evidence %q does not contain the name", m.Node.Text)
		}
	}
	lavrov := lookup("Lavrov", "PERSON")
	if lavrov.Name != "Sergey Lavrov" || !hasRole(lavrov, "Foreign Minister", "Russia") {
		t.Errorf("Lavrov = %s %+v; want Sergey Lavrov, Foreign Minister of Russia", lavrov.Name, lavrov.Roles)
	}
	obama := lookup("Obama", "PERSON")
	if !hasRole(obama, "President", "") {
		t.Errorf("Obama roles = %+v; want President", obama.Roles)
	}
	putin := lookup("Putin", "PERSON")
	if putin.Name != "Vladimir Putin" || !hasRole(putin, "President", "Russia") {
		t.Errorf("Putin = %s %+v; want Vladimir Putin, President of Russia", putin.Name, putin.Roles)
	}
	for _, name := range []string{"Paris", "Ukraine", "Russia", "Crimea", "Kiev"} {
		if e := lookup(name, "LOCATION"); e.Name != name {
			t.Errorf("location %q = %q", name, e.Name)
		}
	}
	if us := lookup("U.S.", "LOCATION"); us.Name != "United States" {
		t.Errorf("U.S. resolves to %q; want United States", us.Name)
	}
	if r := lookup("Russian", "LOCATION"); r.Name != "Russia" {
		t.Errorf("Russian attaches to %q; want Russia", r.Name)
	}
	if u := lookup("Ukrainians", "LOCATION"); u.Name != "Ukraine" {
		t.Errorf("Ukrainians attaches to %q; want Ukraine", u.Name)
	}

	type event struct {
		Type         string
		Date         *string
		Participants []struct {
			Entity struct{ Name string }
			Role   string
		}
		Location *struct{ Name string }
		Evidence []struct {
			Sentence int
			Text     string
		}
	}
	var evResp struct {
		Events struct{ Edges []struct{ Node event } }
	}
	c.MustPost(`{ events(first: 50) { edges { node { type date participants { entity { name } role } location { name } evidence { sentence text } } } } }`, &evResp)
	findEvent := func(typ string, who ...string) *event {
		for _, e := range evResp.Events.Edges {
			if e.Node.Type != typ {
				continue
			}
			names := map[string]bool{}
			for _, p := range e.Node.Participants {
				names[p.Entity.Name] = true
			}
			all := true
			for _, w := range who {
				all = all && names[w]
			}
			if all {
				ev := e.Node
				return &ev
			}
		}
		return nil
	}
	meet := findEvent("MEET", "John Kerry", "Sergey Lavrov")
	switch {
	case meet == nil:
		t.Errorf("no MEET of Kerry and Lavrov among %+v", evResp.Events.Edges)
	case meet.Location == nil || meet.Location.Name != "Paris" || meet.Date == nil || *meet.Date != "2014-03-30" || len(meet.Evidence) == 0:
		t.Errorf("MEET = %+v; want at Paris on 2014-03-30 with evidence", *meet)
	}
	call := findEvent("PHONE_CALL", obama.Name, "Vladimir Putin")
	if call == nil || call.Date == nil || *call.Date != "2014-03-28" {
		t.Errorf("PHONE_CALL of Obama and Putin on 2014-03-28: got %+v", call)
	} else if !strings.Contains(call.Evidence[0].Text, "call between President Obama") {
		t.Errorf("PHONE_CALL evidence = %q", call.Evidence[0].Text)
	}
	if occ := findEvent("OCCUPY", "Russia", "Crimea"); occ == nil {
		t.Errorf("no OCCUPY of Crimea by Russia")
	}

	var qResp struct {
		Quotes struct {
			Edges []struct {
				Node struct {
					Text    string
					Speaker struct{ Name string }
				}
			}
		}
	}
	c.MustPost(`{ quotes(first: 50) { edges { node { text speaker { name } } } } }`, &qResp)
	wantQuote := map[string]string{"defuse this": "John Kerry", "very, very productive": "Sergey Lavrov"}
	for frag, who := range wantQuote {
		found := false
		for _, q := range qResp.Quotes.Edges {
			if strings.Contains(q.Node.Text, frag) {
				found = true
				if q.Node.Speaker.Name != who {
					t.Errorf("quote %q by %q; want %q", frag, q.Node.Speaker.Name, who)
				}
			}
		}
		if !found {
			t.Errorf("no quote containing %q", frag)
		}
	}

	var noise struct {
		Entities struct {
			Edges []struct{ Node struct{ Name string } }
		}
	}
	c.MustPost(`{ entities(search: "John Kerry John", first: 5) { edges { node { name } } } }`, &noise)
	for _, e := range noise.Entities.Edges {
		if strings.Count(e.Node.Name, "Kerry") > 1 {
			t.Errorf("scraped noise produced entity %q", e.Node.Name)
		}
	}
}
