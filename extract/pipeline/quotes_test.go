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
		// a body, a title, then the person who speaks
		{"House prices will fall again next year, said Harbury Research analyst Tom Wexley.", "Tom Wexley", "House prices will fall again next year"},
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

// TestQuoteSpeakers: who said a direct quote. The name after "told" heard it;
// an appositive or possessive description leads to the person; a sentence
// that names a speaker this reader cannot resolve does not inherit the
// previous speaker (want "" means: no quote attributed at all).
func TestQuoteSpeakers(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ text, quote, speaker string }{
		{`"There will be a serious relaxation of fiscal policy," Glenn Maguire, chief economist for the region at Societe Generale, told Agence France Presse.`,
			"There will be a serious relaxation of fiscal policy,", "Glenn Maguire"},
		{`"The market is growing fast," said Gartner's principal analyst Kobita Desai.`, "The market is growing fast,", "Kobita Desai"},
		{`"I'm extremely outraged at the hypocrisy," the play's organiser in Uganda, Sarah Mukasa, told the BBC's Focus on Africa programme.`,
			"I'm extremely outraged at the hypocrisy,", "Sarah Mukasa"},
		{`Mr Blair, who was instrumental in returning Mr Livingstone to the Labour Party, insisted on Wednesday: "He should apologise."`, "He should apologise.", "Blair"},
		{`Mr Hockney meanwhile told the BBC: "I believe the party can do better."`, "I believe the party can do better.", "Hockney"},
		{`"The market is growing fast," said Kobita Desai. "The relaxation could ignite interest," added Ernst and Young's Sanjay Mehta.`, "The relaxation could ignite interest,", ""},
		{`"We will cut prices," said Kobita Desai. According to Mr Peston the prime minister said: "Help me to get through the year."`, "Help me to get through the year.", ""},
		{`"We will cut prices," said Kobita Desai. "But this survey tells you that buyers are careful."`, "But this survey tells you that buyers are careful.", "Kobita Desai"},
		// A quote whose closing mark the page dropped ends where the next opens.
		{`"All the markets grew apart from Japan," analyst Carolina Milanesi told the BBC. "Japan is where other markets can be in a couple of years' time. "They already have TV and music on mobiles, so people have stopped buying phones."`,
			"They already have TV and music on mobiles, so people have stopped buying phones.", "Carolina Milanesi"},
		// A subject opening with a title whose first word could be a verb.
		{`"We stand by the Act," said John Denham. Shadow home secretary David Davis echoed criticisms of the rules. "There is genuine concern," he said.`,
			"There is genuine concern,", "David Davis"},
		// A person of a body, before the verb, speaks; the body does not.
		{`"It is heart-wrenching," Anne Thompson of the Hollywood Reporter said.`, "It is heart-wrenching,", "Anne Thompson"},
		// ", adding:" speaks for the main clause's subject.
		{`Arsenal midfielder Patrick Vieira tried to play down the incidents, adding: "There was nothing I have not seen in derbies."`,
			"There was nothing I have not seen in derbies.", "Patrick Vieira"},
		// "he" is the subject of the sentence before, not the last speaker.
		{`"We will win," said Tony Blair. Lib Dem president Simon Hughes branded Mr Howard "arrogant and wrong". "The evidence simply does not support his claims," he said.`,
			"The evidence simply does not support his claims,", "Simon Hughes"},
		{`"We will win," said Tony Blair. The company's new chief executive Peter Lynch said the firm would recover. "This includes big cost reductions," he said.`,
			"This includes big cost reductions,", "Peter Lynch"},
		{`"We will win," said Kevin Keegan. Fowler's double strike helped City come back from two goals down. "I feel a bit for Nigel Worthington," he said.`,
			"I feel a bit for Nigel Worthington,", "Kevin Keegan"},
	}
	for _, c := range cases {
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		name := namesByID(a)
		got, found := "", false
		for _, q := range a.Quotes {
			if q.Direct && q.Text == c.quote {
				got, found = name[q.Speaker], true
			}
		}
		if c.speaker == "" && found || c.speaker != "" && got != c.speaker {
			t.Errorf("Analyze(%q): quote %q said by %q (found %v); want %q", c.text, c.quote, got, found, c.speaker)
		}
	}
}

// TestReportedClauseIsNoSpeaker: in "the sources said Baker respects
// Volcker" the names after the verb are what was said, not who said it: a
// speaker follows the verb only in an inversion ("..., said Kerry").
func TestReportedClauseIsNoSpeaker(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, spokenOf string }{
		{"The sources said James Baker respects Paul Volcker and wants to work with him.", "Paul Volcker"},
		{"The sources said James Baker respects Paul Volcker and wants to work with him.", "James Baker"},
		{"The former finance officer said Bernard Ebbers knew about the entries.", "Bernard Ebbers"},
	} {
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		who := entityNamed(a, c.spokenOf)
		for _, q := range a.Quotes {
			if who != nil && q.Speaker == who.ID {
				t.Errorf("%q: quote %q given to %s, who is spoken of", c.text, q.Text, c.spokenOf)
			}
		}
	}
}
