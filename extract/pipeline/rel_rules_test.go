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
	}
	for _, c := range cases {
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		name := map[string]string{}
		for _, e := range a.Entities {
			name[e.ID] = e.Name
		}
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
