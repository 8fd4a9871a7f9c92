package cameo

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// newLexicon decodes the embedded lexicon once for all tests of the package.
var newLexicon = sync.OnceValues(New)

func lex(t testing.TB) *Lexicon {
	t.Helper()
	l, err := newLexicon()
	if err != nil {
		t.Fatalf("New() = %v", err)
	}
	return l
}

// find locates the first word equal to target (or, with "@", the n-th).
func index(words []string, target string) int {
	for i, w := range words {
		if w == target {
			return i
		}
	}
	return -1
}

func TestMatch(t *testing.T) {
	l := lex(t)
	tests := []struct {
		sent, at string
		code     string // "" means no event; a prefix like "19" matches any 19x
		typ      string
		nominal  bool
		span     string // expected trigger words when longer than the word itself
	}{
		{"kerry met lavrov in paris on sunday", "met", "04", Meet, false, ""},
		{"kerry met with lavrov in paris", "met", "04", Meet, false, "met with"},
		{"during a meeting on sunday , kerry said", "meeting", "04", Meet, true, ""},
		{"the meeting was very productive", "meeting", "04", Meet, true, ""},
		{"the un called for restraint", "called", "02", Appeal, false, ""},
		{"obama called on russia to pull back", "called", "02", Appeal, false, ""},
		{"obama called putin on friday", "called", "041", PhoneCall, false, ""},
		{"a call between president obama and putin", "call", "041", PhoneCall, true, ""},
		{"in a phone call with putin", "phone", "041", PhoneCall, true, "phone call"},
		{"they spoke by telephone on friday", "spoke", "041", PhoneCall, false, ""},
		// the dictionary spells it TELEPHONE; news writes "phone"
		{"they spoke by phone on friday", "spoke", "041", PhoneCall, false, ""},
		{"obama and putin talk by phone on friday", "talk", "041", PhoneCall, false, ""},
		{"following russia 's annexation of crimea", "annexation", "192", Occupy, true, ""},
		{"russia annexed crimea last month", "annexed", "192", Occupy, false, ""},
		{"russia invaded ukraine", "invaded", "192", Occupy, false, ""},
		{"the invasion of iraq", "invasion", "192", Occupy, true, ""},
		{"rebels attacked a police station", "attacked", "19", Attack, false, ""},
		{"the attack killed ten people", "attack", "19", Attack, true, ""},
		{"police arrested two men", "arrested", "173", Arrest, false, ""},
		{"after his arrest in moscow", "arrest", "173", Arrest, true, ""},
		{"kerry visited kiev", "visited", "042", Visit, false, ""},
		{"during his visit to kiev", "visit", "042", Visit, true, ""},
		{"kerry said the talks were useful", "said", "010", Statement, false, ""},
		{"kerry told reporters", "told", "010", Statement, false, ""},
		{"thousands protested in kiev", "protested", "14", Protest, false, ""},
		{"the protests spread", "protests", "14", Protest, true, ""},
		{"talks between russia and ukraine", "talks", "046", Negotiate, true, ""},
		{"the eu imposed sanctions on russia", "imposed", "163", Sanction, false, ""},
		{"new sanctions against moscow", "sanctions", "163", Sanction, true, ""},
		{"troops were killed in the clash", "killed", "19", Attack, false, ""},
		{"he died of natural causes", "died", CodeDie, Death, false, ""},
		{"the death of the president", "death", CodeDie, Death, true, ""},
		{"two soldiers were wounded", "wounded", "18", Attack, false, ""},
		{"he was elected president", "elected", CodeElect, Election, false, ""},
		{"the elections in may", "elections", CodeElect, Election, true, ""},
		{"obama appointed her ambassador", "appointed", CodeAppoint, Appointment, false, ""},
		{"she was named as foreign minister", "named", CodeAppoint, Appointment, false, ""},
		{"a man named john", "named", "", "", false, ""},
		{"the minister resigned on friday", "resigned", CodeResign, Resignation, false, ""},
		{"he stepped down last week", "stepped", CodeResign, Resignation, false, "stepped down"},
		{"he was sentenced to ten years", "sentenced", CodeSentence, Sentence, false, ""},
		{"the trial began", "trial", CodeTrial, Trial, true, ""},
		{"russia threatened to cut gas supplies", "threatened", "13", Threaten, false, ""},
		{"russian forces massed on the border", "massed", "", "", false, ""},
		{"secretary of state john kerry", "state", "", "", false, ""},
		{"in the face of pressure", "face", "", "", false, ""},
		{"the", "the", "", "", false, ""},
		{"they negotiated a deal", "negotiated", "046", Negotiate, false, ""},
		{"the two sides signed an agreement", "agreement", "057", Agreement, true, ""},
		{"the two sides signed an agreement", "signed", "057", Agreement, false, ""},
	}
	for _, tc := range tests {
		w := strings.Fields(tc.sent)
		i := index(w, tc.at)
		if i < 0 {
			t.Fatalf("test bug: %q not in %q", tc.at, tc.sent)
		}
		m, ok := l.Match(w, i)
		if tc.code == "" && tc.typ == "" {
			if ok {
				t.Errorf("Match(%q, %q) = %+v; want no event", tc.sent, tc.at, m)
			}
			continue
		}
		if !ok {
			t.Errorf("Match(%q, %q) = no event; want %s %s", tc.sent, tc.at, tc.code, tc.typ)
			continue
		}
		if !strings.HasPrefix(m.Code, tc.code) || EventType(m.Code) != tc.typ {
			t.Errorf("Match(%q, %q) = %s %s (lemma %q, pattern %q); want %s* %s", tc.sent, tc.at, m.Code, EventType(m.Code), m.Lemma, m.Pattern, tc.code, tc.typ)
		}
		if m.Nominal != tc.nominal {
			t.Errorf("Match(%q, %q).Nominal = %v; want %v", tc.sent, tc.at, m.Nominal, tc.nominal)
		}
		wantSpan := tc.span
		if wantSpan == "" {
			wantSpan = tc.at
		}
		if got := strings.Join(w[m.Start:m.End], " "); got != wantSpan {
			t.Errorf("Match(%q, %q) span = %q; want %q", tc.sent, tc.at, got, wantSpan)
		}
	}
}

// TestSeedArticle runs Match over the article Newsgraph was designed around and
// checks the events a reader sees in it are found.
func TestSeedArticle(t *testing.T) {
	dir := sharedData(t)
	b, err := os.ReadFile(filepath.Join(dir, "seed", "kerry-lavrov-2014-03-30.txt"))
	if err != nil {
		t.Skip(err)
	}
	l := lex(t)
	got := map[string]int{}
	for _, s := range sentences(string(b)) {
		for i := range s {
			if m, ok := l.Match(s, i); ok {
				got[EventType(m.Code)+" "+strings.Join(s[m.Start:m.End], " ")]++
			}
		}
	}
	for _, want := range []string{"MEET meeting", "MEET meeting with", "PHONE_CALL call", "OCCUPY annexation", "STATEMENT said"} {
		if got[want] == 0 {
			t.Errorf("seed article: no %q among %v", want, got)
		}
	}
	for _, bad := range []string{"MEET face", "STATEMENT state"} {
		if got[bad] > 0 {
			t.Errorf("seed article: false trigger %q", bad)
		}
	}
}

func TestMatchBounds(t *testing.T) {
	l := lex(t)
	w := []string{"kerry", "met", "lavrov"}
	for _, i := range []int{-1, 3, 100} {
		if m, ok := l.Match(w, i); ok {
			t.Errorf("Match(%v, %d) = %+v; want no event", w, i, m)
		}
	}
	if _, ok := l.Match(nil, 0); ok {
		t.Error("Match(nil, 0) found an event")
	}
}

func FuzzMatch(f *testing.F) {
	l, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("kerry met with lavrov in a phone call between them for talks")
	f.Add("- * ( ) { } & called for upon the , stepped down")
	f.Fuzz(func(t *testing.T, s string) {
		w := strings.Fields(strings.ToLower(s))
		for i := range w {
			m, ok := l.Match(w, i)
			if !ok {
				continue
			}
			if m.Start != i || m.End <= m.Start || m.End > len(w) || m.Code == "" || m.Code == "---" {
				t.Fatalf("Match(%q, %d) = %+v", s, i, m)
			}
		}
	})
}

func TestEventType(t *testing.T) {
	tests := map[string]string{
		"010": Statement, "020": Appeal, "0256": Appeal, "036": IntendCooperate, "057": Agreement,
		"040": Meet, "041": PhoneCall, "042": Visit, "043": Visit, "044": Meet, "046": Negotiate,
		"100": Demand, "138": Threaten, "141": Protest, "154": MilitaryPosture, "163": Sanction,
		"160": ReduceRelations, "173": Arrest, "172": Coerce, "183": Attack, "190": Attack,
		"192": Occupy, "195": Attack, "202": Attack, "042:043": Visit,
		CodeDie: Death, CodeInjure: Injury, CodeElect: Election, CodeAppoint: Appointment,
		CodeResign: Resignation, CodeTrial: Trial, CodeSentence: Sentence,
		"---": "", "": "", "x1": "", "99": "",
	}
	for code, want := range tests {
		if got := EventType(code); got != want {
			t.Errorf("EventType(%q) = %q; want %q", code, got, want)
		}
	}
}
