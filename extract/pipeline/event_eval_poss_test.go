package pipeline

import "testing"

// A gold name written as the story's possessive ("Iraq's") matches the
// entity whose mention is "Iraq"; a different name does not.
func TestNamesMatchPossessive(t *testing.T) {
	names := map[string]bool{"iraq": true, "the philippines": true}
	cases := []struct {
		alts []string
		want bool
	}{
		{[]string{"Iraq's"}, true},
		{[]string{"Iraq’s"}, true},
		{[]string{"Iraq"}, true},
		{[]string{"the Philippines'"}, true},
		{[]string{"Iran's"}, false},
		{[]string{"'s"}, false},
		{[]string{"Iraqi"}, false},
	}
	for _, c := range cases {
		if got := namesMatch(c.alts, names); got != c.want {
			t.Errorf("namesMatch(%q) = %v, want %v", c.alts, got, c.want)
		}
	}
}
