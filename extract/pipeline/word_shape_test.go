package pipeline

import "testing"

// The shapes only spare lookups: a listed word they turned away would be
// a word the extractor no longer sees on its list.
func TestWordShapesKeepEveryListedWord(t *testing.T) {
	p := NewWith(nil, nil, nil)
	for name, c := range map[string]struct {
		shape *wordShape
		words []string
	}{
		"work":   {p.shapes.work, wordsOf(workNouns)},
		"killer": {p.shapes.killer, wordsOf(killerVerbs)},
		"sports": {p.shapes.sports, append(wordsOf(sportsWords), "games", "team", "coach")},
		"speech": {p.shapes.speech, wordsOf(speechVerbs)},
	} {
		if len(c.words) == 0 {
			t.Fatalf("%s: empty list", name)
		}
		for _, w := range c.words {
			if !c.shape.may(w) {
				t.Errorf("%s: shape turns away listed word %q", name, w)
			}
		}
	}
	for _, f := range scanFamilies() {
		if len(f.words) == 0 {
			t.Fatalf("scan family %b: no words", f.flag)
		}
		for _, w := range f.words {
			if p.scanWords.of(w)&f.flag == 0 {
				t.Errorf("scanWords.of(%q) lacks flag %b", w, f.flag)
			}
		}
	}
	// and it turns words away: otherwise it spares nothing
	for _, w := range []string{"the", "government", "Paris", ""} {
		if p.scanWords.of(w) != 0 {
			t.Errorf("scanWords.of(%q) = %b, want 0", w, p.scanWords.of(w))
		}
	}
	if p.shapes.speech.may("xylophone") {
		t.Error(`speech shape lets "xylophone" through`)
	}
	var none *wordShape
	if !none.may("said") {
		t.Error("a nil shape must let every word through")
	}
}
