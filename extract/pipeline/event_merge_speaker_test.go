package pipeline

import (
	"strings"
	"testing"
)

// TestOtherSpeaker pins two speakers' appeals to one addressee as two
// appeals, and a pronoun's second appeal as the first one's. The story is
// written for the test.
func TestOtherSpeaker(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	count := func(text, prefix string) int {
		n := 0
		for _, g := range eventLines(t, p, text) {
			if strings.HasPrefix(g, prefix) {
				n++
			}
		}
		return n
	}
	two := "Anti-smoking groups urged the United States government on Monday to fight on against the tobacco companies.\n\n" +
		"But Richard Hale of the Campaign for Smoke-Free Schools urged the government to keep pressing its case in court."
	if n := count(two, "APPEAL urged"); n != 2 {
		t.Errorf("two speakers: got %d appeals, want 2", n)
	}
	one := "Alan Greenspan urged Congress on Wednesday to cut the budget deficit.\n\n" +
		"He also called on Congress to cut promised benefits for retirees."
	if n := count(one, "APPEAL"); n != 1 {
		t.Errorf("one speaker: got %d appeals, want 1", n)
	}
}
