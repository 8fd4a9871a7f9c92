package pipeline

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

func TestReportedSpeech(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, speaker, want string }{
		{"In remarks to reporters, Ahmed Qureia said the two sides agreed to begin writing.", "Ahmed Qureia", "the two sides agreed to begin writing"},
		{"John Kerry told reporters in Paris that the talks were very useful.", "John Kerry", "the talks were very useful"},
		{"Ahmed Qureia said Wednesday that a deal will take a \"miracle.\"", "Ahmed Qureia", "a deal will take a \"miracle.\""},
		{"The talks will resume in April, John Kerry said.", "John Kerry", "The talks will resume in April"},
		{"The talks will resume in April, according to John Kerry.", "John Kerry", "The talks will resume in April"},
		{"According to the United Nations, more than 300 people died in the floods.", "United Nations", "more than 300 people died in the floods"},
	}
	for _, c := range cases {
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		e := entityNamed(a, c.speaker)
		found := false
		var got []string
		for _, q := range a.Quotes {
			got = append(got, q.Text)
			if e != nil && q.Speaker == e.ID && !q.Direct && q.Text == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("Analyze(%q) quotes = %q; want %q by %s", c.text, got, c.want, c.speaker)
		}
	}
}
