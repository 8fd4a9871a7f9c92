package pipeline

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestScoreRelations scores a hand-built analysis against hand-written gold lines,
// one rule of testdata/relations/README.md each, and checks every count.
func TestScoreRelations(t *testing.T) {
	gold := "doc d1 split=x\n" +
		"HOLDS_ROLE\t0\tSergey Lavrov|Lavrov\tRussia|Russian\tForeign Minister\n" + // right as WORKS_FOR (one class)
		"CITIZEN_OF\t0\tSergey Lavrov\tRussia\t-\n" + // found twice (two unmerged Lavrovs): one right, one false
		"MET_WITH\t0\tJohn Kerry\tSergey Lavrov\t-\n" + // written the other way round by the extractor
		"MEMBER_OF|WORKS_FOR\t1\tShimon Peres\tLabor\t-\n" + // both types extracted: one right, the other neutral
		"LOCATED_IN\t1\tKennedy Space Center\tCape Canaveral\t-\n" +
		"LOCATED_IN\t1\tCape Canaveral\tFlorida\t-\n" + // the center in Florida is a neutral chain
		"BASED_IN?\t1\tNASA\tU.S.\t-\n" + // optional and found: neutral
		"SPOKE_WITH?\t1\tKerry\tPeres\t-\n" + // optional and missed: nothing
		"SPOKE_WITH\t1\tJohn Kerry\tAbbas\t-\n" // missed
	docs, err := ReadRelationGold(strings.NewReader(gold), "test")
	if err != nil {
		t.Fatal(err)
	}
	ent := func(id, name string, aliases ...string) extract.Entity {
		return extract.Entity{ID: id, Name: name, Aliases: aliases}
	}
	lavrov := ent("e1", "Sergey Lavrov", "Lavrov")
	lavrov.Roles = []extract.Role{{Title: "Foreign Minister", Org: "Russia", OrgID: "e2"}}
	a := &extract.Analysis{Entities: []extract.Entity{
		lavrov, ent("e2", "Russia", "Russian"), ent("e3", "John Kerry"), ent("e4", "Shimon Peres"),
		ent("e5", "Labor"), ent("e6", "Kennedy Space Center"), ent("e7", "Cape Canaveral"),
		ent("e8", "Florida"), ent("e9", "NASA"), ent("e10", "U.S."), ent("e11", "Sergey Lavrov"),
	}}
	rel := func(typ, src, dst string) extract.Relation {
		return extract.Relation{Type: typ, Source: src, Target: dst}
	}
	a.Relations = []extract.Relation{
		rel("WORKS_FOR", "e1", "e2"),
		rel("HOLDS_ROLE", "e1", "e2"), // the same pair and class: one prediction
		rel("CITIZEN_OF", "e1", "e2"),
		rel("CITIZEN_OF", "e11", "e2"), // a second Lavrov entity: false
		rel("MET_WITH", "e1", "e3"),
		rel("MET_WITH", "e3", "e1"), // the same meeting both ways: one prediction
		rel("MEMBER_OF", "e4", "e5"),
		rel("WORKS_FOR", "e4", "e5"),
		rel("LOCATED_IN", "e6", "e7"),
		rel("LOCATED_IN", "e7", "e8"),
		rel("LOCATED_IN", "e6", "e8"), // chain: neutral
		rel("BASED_IN", "e9", "e10"),  // optional: neutral
		rel("BASED_IN", "e9", "e8"),   // false
		rel("LIVES_IN", "e3", "e8"),   // not a scored type
		rel("KILLED", "e3", "e4"),     // not a scored type
	}
	s := NewRelScore()
	s.ScoreRelations(docs[0], a)
	want := map[string]Counts{
		"WORKS_FOR":  {TP: 1},
		"CITIZEN_OF": {TP: 1, FP: 1},
		"MET_WITH":   {TP: 1},
		"MEMBER_OF":  {TP: 1},
		"LOCATED_IN": {TP: 2},
		"BASED_IN":   {FP: 1},
		"SPOKE_WITH": {FN: 1},
	}
	for c, w := range want {
		if got := s.Classes[c]; got == nil || *got != w {
			t.Errorf("%s = %+v; want %+v", c, got, w)
		}
	}
	if len(s.Classes) != len(want) {
		t.Errorf("classes %v; want only %v", s.Classes, want)
	}
	if w := (Counts{TP: 6, FP: 2, FN: 1}); s.All != w {
		t.Errorf("micro = %+v; want %+v", s.All, w)
	}
	if s.Neutral != 3 {
		t.Errorf("neutral = %d; want 3 (Peres's WORKS_FOR, the chain, the optional NASA line)", s.Neutral)
	}
	if s.Roles != 1 || s.RolesRight != 1 {
		t.Errorf("roles %d/%d; want 1/1", s.RolesRight, s.Roles)
	}
	// The role needs its title: a different one is a miss, listed.
	a.Entities[0].Roles[0].Title = "Minister"
	s = NewRelScore()
	s.ScoreRelations(docs[0], a)
	if s.RolesRight != 0 || !strings.Contains(strings.Join(s.Errors, "\n"), "ROLE d1 Sergey Lavrov / Foreign Minister / Russia missing") {
		t.Errorf("a wrong title counted right (%d) or unlisted:\n%s", s.RolesRight, strings.Join(s.Errors, "\n"))
	}
}

func TestReadRelationGoldErrors(t *testing.T) {
	for _, bad := range []string{
		"HOLDS_ROLE\t0\tA\tB\tT\n",        // before a doc line
		"doc d\nLIVES_IN\t0\tA\tB\t-\n",   // not a scored type
		"doc d\nHOLDS_ROLE\t0\tA\tB\t-\n", // a role without its title
		"doc d\nCITIZEN_OF\tx\tA\tB\t-\n", // paragraph not a number
		"doc d\nCITIZEN_OF\t0\tA\tB\n",    // four fields
		"doc d\nCITIZEN_OF\t0\t\tB\t-\n",  // no source
	} {
		if _, err := ReadRelationGold(strings.NewReader(bad), "bad.tsv"); err == nil || !strings.Contains(err.Error(), "bad.tsv:") {
			t.Errorf("ReadRelationGold(%q) = %v; want an error naming the file and line", bad, err)
		}
	}
}
