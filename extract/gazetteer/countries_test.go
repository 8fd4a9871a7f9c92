package gazetteer

import "testing"

// A country is named by its own block, not by a block that joined its code
// later (East German cities under DEU, a breakaway region under MDA).
func TestCountryNames(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for name, adj := range map[string]string{"Germany": "German", "Moldova": "Moldovan", "Russia": "Russian", "France": "French"} {
		es := g.Lookup(name)
		found := false
		for _, e := range es {
			if e.Subtype == "COUNTRY" && e.Name == name {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q) = %+v; want the country named %s", name, es, name)
		}
		if e, ok := g.Demonym(adj); !ok || e.Name != name {
			t.Errorf("Demonym(%q) = %+v, %v; want %s", adj, e, ok, name)
		}
	}
}
