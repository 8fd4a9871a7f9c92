package pipeline

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestLeadPossessive: a capitalised third-person possessive at a name
// span's start is no part of the name; a style of address and a title's
// first person are kept.
func TestLeadPossessive(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		n    int
		want bool
	}{
		{"Her Movement for Democratic Change won the elections in 2000.", 5, true},
		{"Their Freedom Party came second in the vote.", 3, true},
		{"His Holiness the Dalai Lama arrived in Delhi.", 2, false},
		{"My Left Foot won two awards.", 3, false},
		{"Her party won the vote.", 2, false},
	} {
		d := p.prepare(extract.Document{ID: "t", Text: c.text})
		if got := leadPossessive(d, 0, c.n); got != c.want {
			t.Errorf("%q: leadPossessive = %v, want %v", c.text, got, c.want)
		}
	}
}
