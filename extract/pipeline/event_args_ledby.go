package pipeline

// An agent phrase headed by an unnamed body "led by" someone (twelfth
// session): "he was ousted by a guerrilla campaign led by Meles Zenawi",
// "the town was captured by rebel forces led by Laurent Nkunda". The "by"
// phrase names nobody itself; the one leading it is the doer, as in the
// compound "a U.S.-led offensive" (event_args_led.go).

// ledByAfter returns the names of the "led by" (or "headed by",
// "commanded by") phrase right after the unnamed phrase ph, or nil.
func (p *Pipeline) ledByAfter(d *doc, ph np, se int) []int {
	if len(ph.ents) > 0 || ph.end <= ph.start || ph.end+2 >= se || d.lower[ph.end+1] != "by" {
		return nil
	}
	switch d.lower[ph.end] {
	case "led", "headed", "commanded":
	default:
		return nil
	}
	return p.npRight(d, ph.end+2, se).ents
}
