package pipeline

import (
	"context"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestOrgPrefixes: a company's name cut short at the end is the company, but
// a person or place that opens another body's name is not that body.
func TestOrgPrefixes(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text     string
		together []string // mention texts that must name one entity
		apart    []string // two mention texts that must name two entities
	}{
		{text: "Scientific Micro Systems Inc said it has acquired Supermac Technology. Scientific Micro said the deal closed on Friday.",
			together: []string{"Scientific Micro Systems Inc", "Scientific Micro"}},
		{text: "Liebert Corp said its shareholders approved the merger. Under the terms of the merger, each Liebert shareholder will receive 1.2 shares.",
			together: []string{"Liebert Corp", "Liebert"}},
		{text: "Ex-Cell-O Corp said it sold its unit to Textron. Ex-Cell-O said the sale closed on Friday.",
			together: []string{"Ex-Cell-O Corp", "Ex-Cell-O"}}, // (a hyphenated name is one token but several name words)
		{text: "Howard Dean, president of Dean Foods Co, said Dean expects higher earnings.",
			apart: []string{"Dean Foods Co", "Dean"}},
		{text: "The Blackpool Hotel Association said visitors to Blackpool fell last year.",
			apart: []string{"Blackpool Hotel Association", "Blackpool"}},
		// Initials leave out a closing company suffix; a name with and without
		// its suffix is one candidate, not two.
		{text: "Takeshi Watanabe, president of Japan Credit Rating Agency Ltd (JCRA), said the outlook was stable. JCRA will review it.",
			together: []string{"Japan Credit Rating Agency Ltd", "JCRA"}},
		{text: "General Motors Corp said sales fell. General Motors blamed the weather, and GM said it would cut output.",
			together: []string{"General Motors Corp", "GM"}},
		{text: "C.T.C. Dealer Holdings Ltd extended its offer for Canadian Tire Corp Ltd to midnight on March 26. CTC, a group of Canadian Tire dealers, already owns 17 pct of Canadian Tire.",
			apart: []string{"Canadian Tire Corp Ltd", "CTC"}},
		// After an honorific, a name's first word is its family name (Chinese,
		// Korean) or a knight's given name.
		{text: "Chinese President Hu Jintao marked New Year's Eve with a speech. In a speech broadcast on television, Mr. Hu said China's development is peaceful.",
			together: []string{"Hu Jintao", "Hu"}},
		{text: "Sir Paul McCartney will headline the show. Organisers said Sir Paul had agreed to play for an hour.",
			together: []string{"Paul McCartney", "Paul"}},
		{text: "Tory MP Howard Flight was sacked. Mr Flight said he was sorry, but Mr Howard said the rules were clear.",
			apart: []string{"Howard Flight", "Howard"}},
		// A line-up's initials join the full name with that initial, and the
		// bare surname then has one person to join.
		{text: "Wales coach Mike Ruddock picked Gavin Henson at centre, and Henson kicked three goals. Wales: G Henson, R Sidoli, T Shanklin. Robert Sidoli was injured.",
			together: []string{"Gavin Henson", "G Henson", "Henson"}},
		{text: "Wales coach Mike Ruddock picked Gavin Henson at centre, and Henson kicked three goals. Wales: G Henson, R Sidoli, T Shanklin. Robert Sidoli was injured.",
			together: []string{"Robert Sidoli", "R Sidoli"}},
		{text: "Gareth Thomas and Jonathan Thomas both started. Replacements: G Thomas, D Peel.",
			apart: []string{"Jonathan Thomas", "G Thomas"}},
		// An Arabic article written apart belongs to the name the gazetteer knows.
		{text: "Officials say al Qaida in Iraq fighters have fled. The offensive targets al-Qaida.",
			together: []string{"al Qaida", "al-Qaida"}},
	}
	for _, c := range cases {
		a, err := p.Analyze(context.Background(), extract.Document{ID: "t", Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		owner := map[string][]string{}
		for _, e := range a.Entities {
			for _, m := range e.Mentions {
				if !slices.Contains(owner[m.Text], e.ID) {
					owner[m.Text] = append(owner[m.Text], e.ID)
				}
			}
		}
		if len(c.together) == 2 {
			x, y := owner[c.together[0]], owner[c.together[1]]
			if len(x) == 0 || len(y) == 0 || !slices.Equal(x, y) {
				t.Errorf("%q: %q is %v and %q is %v; want one entity", c.text, c.together[0], x, c.together[1], y)
			}
		}
		if len(c.apart) == 2 {
			x, y := owner[c.apart[0]], owner[c.apart[1]]
			if len(x) == 0 || len(y) == 0 || slices.Equal(x, y) {
				t.Errorf("%q: %q is %v and %q is %v; want two entities", c.text, c.apart[0], x, c.apart[1], y)
			}
		}
	}
}
