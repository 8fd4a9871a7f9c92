package pipeline

// lexVerbAt: the word at k opens an event of the lexicon ("charged",
// "beaten"): a verb joined to "arrested and" that is its own event keeps
// its own trigger, so the arrest does not take it over (event_triggers.go,
// "+ARREST_AND").
func (p *Pipeline) lexVerbAt(d *doc, k int) bool {
	_, ok := p.lex.Match(d.lower, k)
	return ok
}
