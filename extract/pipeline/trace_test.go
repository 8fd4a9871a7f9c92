package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestTrace: the trace shows the mentions, the raw triggers with their
// participants and the events kept, in that order.
func TestTrace(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	d := extract.Document{ID: "t", Published: "2014-03-30", Text: "John Kerry met Sergey Lavrov in Paris on Sunday."}
	if err := p.Trace(context.Background(), &b, d); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	want := []string{"t s0: ", "[John Kerry/PER=John Kerry/PERSON/]", `raw MEET "met"`, "John Kerry:PARTICIPANT",
		`EVENT MEET "met" [John Kerry:PARTICIPANT Sergey Lavrov:PARTICIPANT] loc=Paris date=2014-03-30 sents=[0]`}
	at := 0
	for _, w := range want {
		i := strings.Index(out[at:], w)
		if i < 0 {
			t.Fatalf("trace lacks %q after offset %d:\n%s", w, at, out)
		}
		at += i
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.Trace(ctx, &b, d); err == nil {
		t.Error("Trace on a cancelled context succeeded")
	}
}
