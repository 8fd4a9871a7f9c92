package pipeline

import "testing"

// TestLoadParser: New leaves the parser's model for later, LoadParser
// decodes it, and the parse a document asks for afterwards is that parser's.
func TestLoadParser(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if p.syn.p != nil {
		t.Fatal("New decoded the parser's model; want it left until needed")
	}
	if err := p.LoadParser(); err != nil {
		t.Fatalf("LoadParser: %v", err)
	}
	syn := p.syn.p
	if syn == nil {
		t.Fatal("LoadParser left no parser")
	}
	if err := p.LoadParser(); err != nil || p.syn.p != syn {
		t.Errorf("a second LoadParser: %v, same parser %v; want nil, true", err, p.syn.p == syn)
	}
	if got := syn.Parse([]string{"Police", "arrested", "him", "."}); len(got) != 4 || got[1].Rel != "root" {
		t.Errorf("parse %+v; want 4 words, the verb the root", got)
	}
	if err := (&Pipeline{}).LoadParser(); err != nil {
		t.Errorf("LoadParser on a pipeline without a parser: %v", err)
	}
}
