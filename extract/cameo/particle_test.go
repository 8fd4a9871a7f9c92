package cameo

import (
	"strings"
	"testing"
)

// TestObjectBeatsAdverbParticle: at equal length a pattern naming what the
// verb acts on beats a bare adverb particle, and a preposition naming who
// is acted on keeps its pattern.
func TestObjectBeatsAdverbParticle(t *testing.T) {
	l := lex(t)
	for _, c := range []struct{ sent, at, code string }{
		{"washington broke off diplomatic relations in april 1980", "broke", "161"},     // "* RELATIONS", not "* OFF" [130]
		{"he also called on companies to improve ties with investors", "called", "020"}, // "* (ON)" stays
	} {
		w := strings.Fields(c.sent)
		m, ok := l.Match(w, index(w, c.at))
		if !ok || m.Code != c.code {
			t.Errorf("%q at %q: code %q (ok %v, pattern %q), want %q", c.sent, c.at, m.Code, ok, m.Pattern, c.code)
		}
	}
}

// TestTimePhraseIsNoParticle: a preposition that opens a weekday or a month
// is the verb's time, not its particle: "demanded on Monday" is no
// "press on" [190].
func TestTimePhraseIsNoParticle(t *testing.T) {
	l := lex(t)
	for _, c := range []struct{ sent, at, code string }{
		{"the european union demanded on monday that iran stop enriching uranium", "demanded", "100"},
		{"the rebels pressed on with their offensive", "pressed", "190"},
	} {
		w := strings.Fields(c.sent)
		m, ok := l.Match(w, index(w, c.at))
		if !ok || m.Code != c.code {
			t.Errorf("%q at %q: code %q (ok %v, pattern %q), want %q", c.sent, c.at, m.Code, ok, m.Pattern, c.code)
		}
	}
}
