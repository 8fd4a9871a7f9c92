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

// Two countries never share a name: Phoenix writes Guinea-Bissau also as
// "GUINEA_(BISSAU)_" and the Democratic Republic of Congo as
// "CONGO_(KINSHASA)_", which stripped of the qualifier are Guinea and Congo.
func TestCountryNamesDistinct(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]string{}
	for _, e := range g.entries {
		if e.Subtype != "COUNTRY" {
			continue
		}
		if other, ok := byName[e.Name]; ok {
			t.Errorf("countries %s and %s are both named %q", other, e.Key, e.Name)
		}
		byName[e.Name] = e.Key
	}
	for name, key := range map[string]string{"Guinea-Bissau": "GNB", "Guinea": "GIN", "Congo": "COG", "China": "CHN", "Georgia": "GEO"} {
		if byName[name] != key {
			t.Errorf("country named %q is %q; want %s", name, byName[name], key)
		}
	}
}
