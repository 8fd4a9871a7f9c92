package pipeline

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestLoneFirstNames: a one-word name that opens exactly one full name is
// that person (family name first, or a leader called by his given name);
// a word two full names share, or a regnal name after its title, joins none.
func TestLoneFirstNames(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, mention, want string
	}{
		{"Police in Harbin detained writer Zhou Wenqiang on Tuesday. Zhou had criticized the local government in several essays.",
			"Zhou", "Zhou Wenqiang"},
		{"Kim Dal-soo and Kim Hye-rin met reporters in Busan. Kim said the talks would resume.",
			"Kim", ""},
		{"Prince Edmund opened the hospital on Friday. Edmund thanked the nurses, and Edmund Tarrow, the mayor, welcomed the visit.",
			"Edmund", ""},
		{"Prince Edmund opened the hospital on Friday. Edmund Tarrow, the mayor, welcomed the visit.",
			"Edmund", ""},
	}
	for _, c := range cases {
		a, err := p.Analyze(context.Background(), extract.Document{ID: "t", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if m.Text == c.mention {
					got = e.Name
				}
			}
		}
		if c.want != "" && got != c.want {
			t.Errorf("%q: %q is a mention of %q, want %q", c.text, c.mention, got, c.want)
		}
		if c.want == "" && got != c.mention && got != "" {
			t.Errorf("%q: %q joined %q, want it apart", c.text, c.mention, got)
		}
	}
}
