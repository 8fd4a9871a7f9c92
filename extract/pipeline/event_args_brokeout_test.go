package pipeline

import (
	"strings"
	"testing"
)

// TestBrokeOutBetween pins the sides of a fight told by a verb of
// occurring ("broke out", "has been reported") before its "between"
// phrase. Each case is a sentence written for the test.
func TestBrokeOutBetween(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, text, want string }{
		{"broke out, a nationality on the second side", "Clashes broke out on Friday between gunmen and Ethiopian soldiers in the south.", "Ethiopia"},
		{"has been reported", "Officials say new fighting has been reported between Sudanese troops and rebels in Darfur.", "Sudan"},
	}
	for _, c := range cases {
		found := false
		for _, l := range eventLines(t, p, c.text) {
			if strings.HasPrefix(l, "ATTACK ") && strings.Contains(l, c.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q gives %q; want an ATTACK with %s", c.name, c.text, eventLines(t, p, c.text), c.want)
		}
	}
}
