package gazetteer

import (
	"slices"
	"testing"
)

// TestOrganizationSpellingsAreOneEntry: Phoenix files "THE_UNITED_NATIONS_",
// "UN_", "U.N._" and "UNITED_NATIONS_" (all [IGOUNO]) as separate actors;
// every spelling must find one entry, or stories saying "U.N." and stories
// saying "United Nations" never meet in the graph.
func TestOrganizationSpellingsAreOneEntry(t *testing.T) {
	g := newTest(t)
	var keys []string
	for _, n := range []string{"U.N.", "UN", "United Nations", "the United Nations", "The UN"} {
		es := g.Lookup(n)
		if len(es) != 1 {
			t.Errorf("Lookup(%q) = %d entries %v; want one", n, len(es), es)
			continue
		}
		keys = append(keys, es[0].Key)
	}
	for _, k := range keys {
		if k != "UNITED_NATIONS" {
			t.Errorf("keys %v; want UNITED_NATIONS for every spelling", keys)
			break
		}
	}
	// "UNITED_NATIONS COMMISSION_FOR_HUMAN_RIGHTS_" has a stray space: it is
	// the commission, not another United Nations.
	if es := g.Lookup("United Nations Commission for Human Rights"); len(es) != 1 || es[0].Key == "UNITED_NATIONS" {
		t.Errorf("Lookup(UN Commission for Human Rights) = %v; want the commission", es)
	}
}

func TestMergeSpellings(t *testing.T) {
	un := &actor{primary: "UN", names: []string{"UN"}, codes: []string{"IGOUNO"}, file: "f"}
	dotted := &actor{primary: "U.N.", names: []string{"U.N."}, file: "f"} // no codes: shares UN's
	full := &actor{primary: "UNITED_NATIONS", names: []string{"UNITED NATIONS"}, codes: []string{"IGOUNO"}, file: "g"}
	anc := &actor{primary: "ANC", names: []string{"ANC"}, codes: []string{"ZAFPTY"}, file: "f"}
	// Same initials, other codes: another body.
	other := &actor{primary: "AFRICAN_NATIONAL_CONGRESS", names: []string{"AFRICAN NATIONAL CONGRESS"}, codes: []string{"ZAFPTY"}, file: "f"}
	notANC := &actor{primary: "ARMY_NAVY_CLUB", names: []string{"ARMY NAVY CLUB"}, codes: []string{"USAMIL"}, file: "f"}
	// A codeless actor after an unrelated one stays apart.
	lone := &actor{primary: "UNESCO", names: []string{"UNESCO"}, file: "f"}
	out := mergeSpellings([]*actor{un, dotted, full, anc, other, notANC, lone})
	if len(out) != 4 {
		var ps []string
		for _, a := range out {
			ps = append(ps, a.primary)
		}
		t.Fatalf("kept %v; want UN (with U.N. and United Nations), ANC (with African National Congress), Army Navy Club, UNESCO", ps)
	}
	if out[0].primary != "UNITED_NATIONS" || !slices.Equal(out[0].names, []string{"UN", "U.N.", "UNITED NATIONS"}) {
		t.Errorf("UN group = %s %v; want key UNITED_NATIONS and all three names", out[0].primary, out[0].names)
	}
	if out[1].primary != "AFRICAN_NATIONAL_CONGRESS" || out[2].primary != "ARMY_NAVY_CLUB" || out[3].primary != "UNESCO" {
		t.Errorf("kept %s %s %s; want AFRICAN_NATIONAL_CONGRESS ARMY_NAVY_CLUB UNESCO", out[1].primary, out[2].primary, out[3].primary)
	}
}

func TestPrimaryID(t *testing.T) {
	for in, want := range map[string]string{
		"UNITED_NATIONS_": "UNITED_NATIONS_",
		"UNITED_NATIONS COMMISSION_FOR_HUMAN_RIGHTS_": "UNITED_NATIONS_COMMISSION_FOR_HUMAN_RIGHTS_",
		"JOHN_ROLAND_ROBINSON, BARON_MARTONMERE_":     "JOHN_ROLAND_ROBINSON",
	} {
		if got := primaryID(in); got != want {
			t.Errorf("primaryID(%q) = %q; want %q", in, got, want)
		}
	}
}
