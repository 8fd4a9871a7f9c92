package pipeline

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestPremodifiedNoun: a trigger after an article and a premodifier that can
// also be a verb is the noun, which takes the light verb's subject.
func TestPremodifiedNoun(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "made a surprise visit",
			text: "Brazilian President Luiz Inacio Lula da Silva has made a surprise visit to Haiti to meet Haitian leaders.",
			want: []string{"VISIT visit [Haiti:PATIENT Luiz Inacio Lula da Silva:AGENT]"},
		},
		{
			name: "made a brief visit",
			text: "German Chancellor Angela Merkel made a brief visit to Kabul on Sunday.",
			want: []string{"VISIT visit [Angela Merkel:AGENT Kabul:PATIENT]"},
		},
	})
}

// TestPremodifiedNounNear: a plural before a bare word, or an object after
// it, keeps the word a verb.
func TestPremodifiedNounNear(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"Merkel made a surprise visit to Kabul.", "visit", true},
		{"Witnesses say the rebels attack convoys near Kandahar.", "attack", false},
		{"Witnesses say the police attack protesters near the palace.", "attack", false},
		{"North Korea defended its rocket launch on Sunday.", "launch", false},
	} {
		d := p.readNames(extract.Document{ID: "t", Text: c.text, Published: "2007-06-14"})
		i := slices.Index(d.lower, c.word)
		s := d.sents[0]
		if got := p.premodifiedNoun(d, i, i+1, s.Start, s.End); got != c.want {
			t.Errorf("%q: premodifiedNoun(%s) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}
