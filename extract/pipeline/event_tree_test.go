package pipeline

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestEventTreeParticipants pins what the dependency tree adds to the
// word-class rules: the named people a passive trigger verb was done to
// when a long description stands between them and the verb, and the one its
// "by" phrase names. Each sentence is written for the test.
func TestEventTreeParticipants(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			// a description with a relative clause between subject and verb
			name: "passive subject after a long apposition",
			text: "Last month Tomas Varga, a Slovak accountant who ran two sham charities for families in Leeds, was jailed for five years.",
			want: []string{"SENTENCE jailed [Tomas Varga:PATIENT]"},
		},
		{
			// a people named by its plural demonym
			name: "people as a passive subject",
			text: "In Herat, at least six Afghans were killed in a roadside blast on Sunday.",
			want: []string{"ATTACK killed [Afghanistan:PATIENT]"},
		},
		{
			// an adverb between the auxiliary and the participle
			name: "passive with an adverb",
			text: "Pablo Ruiz, a former mayor of two coastal towns who ran a charity in Malaga, was reportedly arrested on Friday.",
			want: []string{"ARREST arrested [Pablo Ruiz:PATIENT]"},
		},
		{
			name: "passive subject after a title apposition",
			text: "Karl Weber, deputy director of the Hamburg Port Authority, was arrested at Frankfurt airport on Monday.",
			want: []string{"ARREST arrested [Karl Weber:PATIENT]"},
		},
		{
			// the "by" phrase names who did it; the one shot is unnamed
			name: "by phrase of a passive",
			text: "The banker was stabbed in 1999 by Luis Ortega, who later killed himself.",
			want: []string{"ATTACK stabbed [Luis Ortega:AGENT]"},
		},
	}
	checkEventCases(t, p, cases)
}

// TestEventTreeReading pins the tree reader itself on sentences whose
// arguments the parser gets right: subject and object, a passive, an
// object-controlled infinitive, and a noun trigger with its possessor and
// its "with" phrase.
func TestEventTreeReading(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, trigger string
		want          map[string]string // argument (a name's words: the parser may head it by either) -> role
	}{
		{"Egyptian police arrested Omar Nasser on Sunday.", "arrested", map[string]string{"police": agent, "Omar Nasser": patient}},
		{"Omar Nasser was arrested by Egyptian police on Sunday.", "arrested", map[string]string{"Omar Nasser": patient, "police": agent}},
		{"The president urged Iran to halt enrichment.", "halt", map[string]string{"Iran": agent}},
		{"Olmert's talks with Abbas ended on Monday.", "talks", map[string]string{"Olmert": participant, "Abbas": participant}},
	}
	for _, c := range cases {
		d := p.readNames(extract.Document{ID: "t", Text: c.text, Published: "2007-06-14"})
		ss, se := d.sents[0].Start, d.sents[0].End
		t0 := -1
		for i := ss; i < se; i++ {
			if d.words[i] == c.trigger {
				t0 = i
			}
		}
		if t0 < 0 {
			t.Fatalf("%q: no trigger %q", c.text, c.trigger)
		}
		ev := &event{typ: "ARREST", trigStart: t0, trigEnd: t0 + 1, nominal: c.trigger == "talks"}
		switch c.trigger {
		case "talks":
			ev.typ = "NEGOTIATE"
		case "halt":
			ev.typ = "SANCTION"
		}
		got := map[string]string{}
		for _, a := range p.treeArgs(d, ev, ss, se) {
			r := a.role
			if symmetricType(ev.typ) {
				r = participant
			}
			got[d.words[a.head]] = r
		}
		for w, r := range c.want {
			ok := false
			for _, x := range strings.Fields(w) {
				ok = ok || got[x] == r
			}
			if !ok {
				t.Errorf("%q, trigger %q: argument %q not %q (all: %v)", c.text, c.trigger, w, r, got)
			}
		}
		p.release(d)
	}
}
